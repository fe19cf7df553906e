"""A local fake of the Selling Partner API endpoints that `reinstate health pull` uses.

Login with Amazon (POST /auth/o2/token) and the Reports API 2021-06-30 (createReport, getReport,
getReportDocument) as the published model describes them, plus a presigned document URL. A
`Scenario` injects what the real service does on a bad day: throttling (429 with or without
Retry-After and x-amzn-RateLimit-Limit), reports that stay IN_QUEUE/IN_PROGRESS for several polls,
gzip documents, expired access tokens, revoked refresh tokens, server errors, FATAL reports and a
connection dropped halfway through.

Runs on 127.0.0.1 on a random port in a thread: `with FakeSpApi(scenario) as api: api.url`.
"""

from __future__ import annotations

import gzip
import itertools
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

REPORTS = "/reports/2021-06-30"


@dataclass
class Scenario:
    client_id: str = "amzn1.application-oa2-client.fake"
    client_secret: str = "fake-client-secret-value"
    refresh_token: str = "Atzr|fake-refresh-token-value"
    revoked: bool = False
    echo_secrets: bool = False  # a careless server repeats the refresh token in its error
    documents: list[bytes] = field(default_factory=list)  # one per createReport, last repeats
    gzip: bool = False
    content_encoding: bool = False  # also send Content-Encoding: gzip with a gzip document
    pending_polls: int = 0  # getReport answers IN_QUEUE/IN_PROGRESS this many times first
    final_status: str = "DONE"
    throttle: dict[str, int] = field(default_factory=dict)  # operation -> 429s before success
    retry_after: str | None = None
    rate_limit: str | None = "50"
    server_errors: dict[str, int] = field(default_factory=dict)  # operation -> 503s first
    expire_token_once: bool = False  # the first access token is refused once as expired
    drop_download: int = 0  # close the connection without an answer this many times
    token_lifetime: int = 3600


class _State:
    def __init__(self, scenario: Scenario) -> None:
        self.s = scenario
        self.lock = threading.Lock()
        self.log: list[dict[str, Any]] = []
        self.tokens: set[str] = set()
        self.expired: set[str] = set()
        self.reports: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.counter = itertools.count(1)
        self.created = 0


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    _entry: dict[str, Any] | None = None

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    # helpers

    def _send(
        self,
        status: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        content_type: str = "application/json",
    ) -> None:
        data = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", f"req-{next(self.server.state.counter)}")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        if self._entry is not None:
            self._entry["status"] = status
            self._entry["response"] = body if raw is None else None

    def _errors(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self._send(status, {"errors": [{"code": code, "message": message}]}, headers)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _record(self, op: str, **extra: Any) -> None:
        """Log the request once; a later call with a status marks how it was answered."""
        st = self.server.state
        with st.lock:
            entry = self._entry
            if entry is not None and entry["op"] == op:
                entry.update(extra)
                return
            self._entry = {"op": op, "path": self.path, "headers": dict(self.headers), **extra}
            st.log.append(self._entry)

    def _limits(self) -> dict[str, str]:
        rate = self.server.state.s.rate_limit
        return {"x-amzn-RateLimit-Limit": rate} if rate else {}

    def _injected(self, op: str) -> bool:
        """Answer with an injected 429 or 503 when the scenario asks for one."""
        st = self.server.state
        with st.lock:
            if st.s.throttle.get(op, 0) > 0:
                st.s.throttle[op] -= 1
                throttled = True
            else:
                throttled = False
            if not throttled and st.s.server_errors.get(op, 0) > 0:
                st.s.server_errors[op] -= 1
                failing = True
            else:
                failing = False
        if throttled:
            headers = self._limits()
            if st.s.retry_after is not None:
                headers["Retry-After"] = st.s.retry_after
            self._record(op, status=429)
            self._errors(
                429, "QuotaExceeded", "You exceeded your quota for the requested resource.", headers
            )
            return True
        if failing:
            self._record(op, status=503)
            self._errors(503, "ServiceUnavailable", "Service temporarily unavailable.")
            return True
        return False

    def _authorised(self, op: str) -> bool:
        st = self.server.state
        token = self.headers.get("x-amz-access-token")
        if token not in st.tokens:
            self._record(op, status=403)
            self._errors(403, "Unauthorized", "Access to requested resource is denied.")
            return False
        if st.s.expire_token_once and token not in st.expired:
            with st.lock:
                st.expired.add(token)
                st.tokens.discard(token)
                st.s.expire_token_once = False
            self._record(op, status=403)
            self._errors(403, "Unauthorized", "The access token you provided has expired.")
            return False
        return True

    # routes

    def do_POST(self) -> None:
        self._entry = None
        path = urlsplit(self.path).path
        body = self._body()
        if path == "/auth/o2/token":
            return self._token(body)
        if path == f"{REPORTS}/reports":
            return self._create_report(body)
        self._errors(404, "NotFound", "Resource not found.")

    def do_GET(self) -> None:
        self._entry = None
        path = urlsplit(self.path).path
        if path.startswith(f"{REPORTS}/reports/"):
            return self._get_report(path.rsplit("/", 1)[1])
        if path.startswith(f"{REPORTS}/documents/"):
            return self._get_document(path.rsplit("/", 1)[1])
        if path.startswith("/bucket/"):
            return self._download(path.rsplit("/", 1)[1])
        self._errors(404, "NotFound", "Resource not found.")

    def _token(self, body: bytes) -> None:
        st = self.server.state
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        self._record("token", form_keys=sorted(form))
        if self._injected("token"):
            return
        if form.get("grant_type") != "refresh_token":
            return self._send(
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": "The grant type is not supported.",
                },
            )
        if (
            form.get("client_id") != st.s.client_id
            or form.get("client_secret") != st.s.client_secret
        ):
            return self._send(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed."},
            )
        if st.s.revoked or form.get("refresh_token") != st.s.refresh_token:
            code = "invalid_grant"
            if st.s.echo_secrets:
                code += f" for {form.get('refresh_token')}"
            return self._send(
                400, {"error": code, "error_description": "The request has an invalid grant."}
            )
        token = f"Atza|access-{next(st.counter)}"
        with st.lock:
            st.tokens.add(token)
        self._send(
            200,
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": st.s.token_lifetime,
                "refresh_token": st.s.refresh_token,
            },
        )

    def _create_report(self, body: bytes) -> None:
        st = self.server.state
        self._record("createReport")
        if self._injected("createReport") or not self._authorised("createReport"):
            return
        try:
            spec = json.loads(body)
        except ValueError:
            return self._errors(400, "InvalidInput", "The body is not JSON.")
        ids = spec.get("marketplaceIds")
        if not spec.get("reportType") or not isinstance(ids, list) or not 1 <= len(ids) <= 25:
            return self._errors(400, "InvalidInput", "reportType and marketplaceIds are required.")
        with st.lock:
            index = st.created
            st.created += 1
            report_id = str(50000 + next(st.counter))
            st.reports[report_id] = {"spec": spec, "index": index}
            st.polls[report_id] = 0
        self._send(202, {"reportId": report_id}, self._limits())

    def _get_report(self, report_id: str) -> None:
        st = self.server.state
        self._record("getReport", report_id=report_id)
        if self._injected("getReport") or not self._authorised("getReport"):
            return
        found = st.reports.get(report_id)
        if found is None:
            return self._errors(404, "NotFound", "The report does not exist.")
        with st.lock:
            st.polls[report_id] += 1
            polls = st.polls[report_id]
        body: dict[str, Any] = {
            "reportId": report_id,
            "reportType": found["spec"]["reportType"],
            "marketplaceIds": found["spec"]["marketplaceIds"],
            "createdTime": "2026-11-02T08:00:00+00:00",
        }
        if polls <= st.s.pending_polls:
            body["processingStatus"] = "IN_QUEUE" if polls == 1 else "IN_PROGRESS"
        else:
            body["processingStatus"] = st.s.final_status
            body["processingStartTime"] = "2026-11-02T08:00:05+00:00"
            body["processingEndTime"] = "2026-11-02T08:01:00+00:00"
            if st.s.final_status in ("DONE", "FATAL"):
                body["reportDocumentId"] = f"amzn1.spdoc.{report_id}"
        self._send(200, body, self._limits())

    def _get_document(self, document_id: str) -> None:
        self._record("getReportDocument", document_id=document_id)
        if self._injected("getReportDocument") or not self._authorised("getReportDocument"):
            return
        host = self.headers.get("Host")
        body = {
            "reportDocumentId": document_id,
            "url": f"http://{host}/bucket/{document_id}?X-Amz-Signature=fake",
        }
        if self.server.state.s.gzip:
            body["compressionAlgorithm"] = "GZIP"
        self._send(200, body, self._limits())

    def _download(self, document_id: str) -> None:
        st = self.server.state
        self._record("download", document_id=document_id)
        with st.lock:
            drop = st.s.drop_download > 0
            if drop:
                st.s.drop_download -= 1
        if drop:
            self.close_connection = True
            self.connection.shutdown(2)  # the network goes away halfway through the pull
            return
        report_id = document_id.rsplit(".", 1)[1]
        index = st.reports[report_id]["index"]
        docs = st.s.documents or [b"{}"]
        data = docs[min(index, len(docs) - 1)]
        headers = {}
        if st.s.gzip:
            data = gzip.compress(data)
            if st.s.content_encoding:
                headers["Content-Encoding"] = "gzip"
        self._send(200, raw=data, content_type="application/octet-stream", headers=headers)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: _State


class FakeSpApi:
    """The fake server; `url` is both the LWA and the SP-API endpoint."""

    def __init__(self, scenario: Scenario | None = None) -> None:
        self.scenario = scenario or Scenario()
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.state = _State(self.scenario)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def log(self) -> list[dict[str, Any]]:
        return self.server.state.log

    def calls(self, op: str) -> list[dict[str, Any]]:
        return [entry for entry in self.log if entry["op"] == op]

    def __enter__(self) -> FakeSpApi:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
