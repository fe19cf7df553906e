"""A Selling Partner API client for the Account Health report, on httpx.

Login with Amazon refresh-token exchange → createReport → getReport polled with exponential
backoff → getReportDocument → download (gunzip when compressionAlgorithm is GZIP). Throttling
(429) waits as long as Retry-After or the x-amzn-RateLimit-Limit header says; each operation is
also paced by its usage plan so a burst never starts throttling. Server errors and network
failures are retried a bounded number of times. Nothing here writes to the ledger: the caller
stores the reports only when every download has succeeded.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from reinstate import __version__
from reinstate.errors import ReinstateError
from reinstate.health.marketplaces import REGIONS
from reinstate.health.report import MAX_REPORT_BYTES, REPORT_TYPE
from reinstate.health.settings import HealthSettings
from reinstate.health.vault import Credentials

API = "/reports/2021-06-30"
# Default usage plans (requests per second, burst) from the Reports API model.
USAGE_PLANS: dict[str, tuple[float, int]] = {
    "createReport": (0.0167, 15),
    "getReport": (2.0, 15),
    "getReportDocument": (0.0167, 15),
}
PENDING = frozenset({"IN_QUEUE", "IN_PROGRESS"})


class Bucket:
    """A token bucket: `take` says how long to wait before the next call is within the plan."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = float(burst)
        self.last: float | None = None

    def take(self, now: float) -> float:
        if self.last is not None:
            self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        wait = (1 - self.tokens) / self.rate
        self.tokens = 0.0
        self.last = now + wait
        return wait


@dataclass(frozen=True)
class Downloaded:
    """One report as it came from Amazon."""

    report: dict[str, Any]
    document: dict[str, Any]
    content: bytes


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class SpApiClient:
    def __init__(
        self,
        creds: Credentials,
        settings: HealthSettings,
        *,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.creds = creds
        self.settings = settings
        self.base = (settings.spapi_url or REGIONS[creds.region]).rstrip("/")
        self.http = http or httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0))
        self.sleep = sleep
        self.clock = clock
        self.buckets = {op: Bucket(*plan) for op, plan in USAGE_PLANS.items()}
        self._token: str | None = None
        self._token_until = 0.0
        self.waits: list[tuple[str, float]] = []

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SpApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pause(self, why: str, seconds: float) -> None:
        if seconds > 0:
            self.waits.append((why, seconds))
            self.sleep(seconds)

    def _backoff(self, attempt: int) -> float:
        return float(min(self.settings.max_wait, max(self.settings.first_wait, 0.01) * 2**attempt))

    def _send(self, what: str, do: Callable[[], httpx.Response]) -> httpx.Response:
        """One request with retries on network failures, throttling and server errors."""
        host = urlsplit(self.base).netloc
        for attempt in range(self.settings.retries):
            last = attempt == self.settings.retries - 1
            try:
                response = do()
            except httpx.TransportError as exc:
                if last:
                    raise ReinstateError(
                        "health_network",
                        path=host,
                        what=what,
                        reason=type(exc).__name__,
                    ) from None
                self._pause("network", self._backoff(attempt))
                continue
            if response.status_code == 429:
                if last:
                    raise ReinstateError(
                        "health_throttled",
                        what=what,
                        attempts=self.settings.retries,
                    )
                self._pause("throttled", self._throttle_wait(what, response, attempt))
                continue
            if response.status_code >= 500:
                if last:
                    raise ReinstateError(
                        "health_server_error",
                        what=what,
                        status=response.status_code,
                    )
                self._pause("server_error", self._backoff(attempt))
                continue
            return response
        raise AssertionError("unreachable")

    def _throttle_wait(self, op: str, response: httpx.Response, attempt: int) -> float:
        retry_after = _float(response.headers.get("Retry-After"))
        if retry_after is not None:
            return min(retry_after, 300.0)
        rate = _float(response.headers.get("x-amzn-RateLimit-Limit"))
        if rate and rate > 0:
            if op in self.buckets:
                self.buckets[op].rate = rate
            return float(min(1 / rate, max(self.settings.max_wait, 1.0)))
        return self._backoff(attempt)

    # Login with Amazon

    def access_token(self, *, refresh: bool = False) -> str:
        if self._token and not refresh and self.clock() < self._token_until:
            return self._token
        response = self._send(
            "Login with Amazon",
            lambda: self.http.post(
                self.settings.lwa_token_url,
                data={
                    "grant_type": "refresh_token",
                    "refresh_token": self.creds.refresh_token,
                    "client_id": self.creds.client_id,
                    "client_secret": self.creds.client_secret,
                },
                headers={"User-Agent": self._agent()},
            ),
        )
        body = _json(response)
        if response.status_code != 200 or not body.get("access_token"):
            reason = self._scrub(str(body.get("error") or response.status_code)[:80])
            raise ReinstateError(
                "health_credentials_rejected",
                account=self.creds.account,
                reason=reason,
            )
        self._token = str(body["access_token"])
        self._token_until = self.clock() + max(float(body.get("expires_in", 3600)) - 60, 1)
        return self._token

    def _scrub(self, text: str) -> str:
        """Whatever a server echoes back, a secret never reaches a message."""
        for secret in (self.creds.client_secret, self.creds.refresh_token, self._token):
            if secret:
                text = text.replace(secret, "***")
        return text

    def _agent(self) -> str:
        return f"reinstate/{__version__} (Language=Python)"

    # Selling Partner API

    def _call(self, op: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        refreshed = False
        while True:
            self._pause("rate_limit", self.buckets[op].take(self.clock()))
            token = self.access_token()
            response = self._send(
                op,
                lambda token=token: self.http.request(  # type: ignore[misc]
                    method,
                    self.base + path,
                    json=body,
                    headers={"x-amz-access-token": token, "User-Agent": self._agent()},
                ),
            )
            rate = _float(response.headers.get("x-amzn-RateLimit-Limit"))
            if rate and rate > 0:
                self.buckets[op].rate = rate
            if response.status_code in (401, 403) and not refreshed:
                refreshed = True  # the access token may have expired early: mint a new one once
                self.access_token(refresh=True)
                continue
            data = _json(response)
            if response.status_code in (401, 403):
                raise ReinstateError(
                    "health_credentials_rejected",
                    account=self.creds.account,
                    reason=self._scrub(_first_error(data)),
                )
            if response.status_code >= 400:
                raise ReinstateError(
                    "health_api_error",
                    what=op,
                    status=response.status_code,
                    reason=self._scrub(_first_error(data)),
                )
            return data

    def create_report(self, marketplace_ids: list[str]) -> str:
        data = self._call(
            "createReport",
            "POST",
            f"{API}/reports",
            {"reportType": REPORT_TYPE, "marketplaceIds": marketplace_ids},
        )
        return str(data["reportId"])

    def wait_for_report(self, report_id: str) -> dict[str, Any]:
        """Poll getReport with exponential backoff until the report is DONE."""
        started = self.clock()
        polls = 0
        while True:
            report = self._call("getReport", "GET", f"{API}/reports/{report_id}")
            status = report.get("processingStatus")
            if status == "DONE":
                if not report.get("reportDocumentId"):
                    raise ReinstateError(
                        "health_report_failed",
                        report_id=report_id,
                        status="DONE without a document",
                    )
                return dict(report)
            if status not in PENDING:
                raise ReinstateError(
                    "health_report_failed",
                    report_id=report_id,
                    status=str(status),
                )
            wait = self._backoff(polls)
            if self.clock() - started + wait > self.settings.timeout:
                raise ReinstateError(
                    "health_report_timeout",
                    report_id=report_id,
                    seconds=int(self.settings.timeout),
                )
            self._pause("poll", wait)
            polls += 1

    def report_document(self, document_id: str) -> dict[str, Any]:
        return dict(self._call("getReportDocument", "GET", f"{API}/documents/{document_id}"))

    def download(self, document: dict[str, Any]) -> bytes:
        """The document's bytes from its presigned URL (no access token is sent there)."""
        url = str(document["url"])
        response = self._send("download", lambda: self._bounded_get(url))
        if response.status_code != 200:
            raise ReinstateError(
                "health_api_error",
                what="download",
                status=response.status_code,
                reason="the report document URL failed",
            )
        raw = response.content
        # httpx already inflates a response sent with Content-Encoding: gzip; only a body that
        # still starts with the gzip magic number needs inflating here.
        if document.get("compressionAlgorithm") == "GZIP" and raw[:2] == b"\x1f\x8b":
            return _gunzip(raw)
        return raw

    def _bounded_get(self, url: str) -> httpx.Response:
        """GET that stops reading past the size limit instead of filling memory."""
        with self.http.stream("GET", url) as response:
            if response.status_code != 200:
                return httpx.Response(response.status_code)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_REPORT_BYTES:
                    raise ReinstateError(
                        "health_report_too_large",
                        path=None,
                        limit=MAX_REPORT_BYTES // (1024 * 1024),
                    )
                chunks.append(chunk)
        return httpx.Response(200, content=b"".join(chunks))

    def fetch(self, marketplace_ids: list[str]) -> list[Downloaded]:
        """One Account Health report per marketplace, each downloaded in full."""
        out = []
        for mid in marketplace_ids:
            report_id = self.create_report([mid])
            report = self.wait_for_report(report_id)
            document = self.report_document(str(report["reportDocumentId"]))
            out.append(Downloaded(report, document, self.download(document)))
        return out


def _gunzip(raw: bytes) -> bytes:
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = inflater.decompress(raw, MAX_REPORT_BYTES + 1)
    except zlib.error as exc:
        raise ReinstateError("health_report_not_json", path=None, reason=f"gzip: {exc}") from None
    if len(data) > MAX_REPORT_BYTES:
        raise ReinstateError(
            "health_report_too_large",
            path=None,
            limit=MAX_REPORT_BYTES // (1024 * 1024),
        )
    if not inflater.eof:
        raise ReinstateError(
            "health_report_not_json",
            path=None,
            reason="gzip: the document is truncated",
        )
    return data


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _first_error(data: dict[str, Any]) -> str:
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return f"{first.get('code', '')}: {first.get('message', '')}"[:200]
    return "no details"
