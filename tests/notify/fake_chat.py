"""Local fake servers (127.0.0.1 only) for each chat platform and for SMTP.

Each chat fake answers like the platform's robot webhook and checks what the platform checks:
WeCom the robot key, DingTalk the signature in the query (HMAC-SHA256 of "{timestamp}\\n{secret}"
keyed with the secret, base64, URL-encoded), Feishu and Lark the signature in the body
(HMAC-SHA256 keyed with "{timestamp}\\n{secret}" over nothing, base64), Slack the webhook path.
A refused request is answered the way the platform refuses it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socketserver
import threading
import time
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

SECRET = "SEC0123456789abcdef"
TOKEN = "robottoken42"
WECOM_KEY = "wecom-key-7"
SLACK = ("T000TEST", "B000TEST", "XXXXSLACKSECRET")


def dingtalk_sign(secret: str, timestamp: str) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def feishu_sign(secret: str, timestamp: str) -> str:
    key = f"{timestamp}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


def _fresh(timestamp: str, unit: int) -> bool:
    return timestamp.isdigit() and abs(int(timestamp) / unit - time.time()) < 3600


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: Any) -> None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.loads(raw.decode("utf-8")) if raw else None
        platform, verified = self._check(url.path, query, body)
        self.server.received.append(
            {
                "platform": platform,
                "path": url.path,
                "query": query,
                "json": body,
                "verified": verified,
            }
        )
        if platform == "slack":
            self._answer(200 if verified else 403, "ok" if verified else "invalid_token")
        elif platform == "wecom":
            self._answer(200, {"errcode": 0 if verified else 93000, "errmsg": "ok"})
        elif platform == "dingtalk":
            self._answer(200, {"errcode": 0 if verified else 310000, "errmsg": "ok"})
        elif platform in ("feishu", "lark"):
            self._answer(200, {"code": 0 if verified else 19021, "msg": "ok", "data": {}})
        else:
            self._answer(404, {"error": "no such robot"})

    def _check(self, path: str, query: dict[str, str], body: Any) -> tuple[str, bool]:
        secret = self.server.secret
        if path == "/cgi-bin/webhook/send":
            return "wecom", query.get("key") == WECOM_KEY
        if path == "/robot/send":
            stamp = query.get("timestamp", "")
            ok = (
                query.get("access_token") == TOKEN
                and _fresh(stamp, 1000)
                and hmac.compare_digest(
                    unquote(query.get("sign", "")), dingtalk_sign(secret, stamp)
                )
            )
            return "dingtalk", ok
        for platform in ("feishu", "lark"):
            if path == f"/{platform}/open-apis/bot/v2/hook/{TOKEN}":
                stamp = str((body or {}).get("timestamp", ""))
                ok = _fresh(stamp, 1) and hmac.compare_digest(
                    str((body or {}).get("sign", "")), feishu_sign(secret, stamp)
                )
                return platform, ok
        if path == "/services/" + "/".join(SLACK):
            return "slack", True
        return "unknown", False


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[dict[str, Any]] = []
        self.secret = SECRET  # what the robots were set up with (a test may change it)


class ChatFakes:
    """All chat robots on one loopback port; apprise's plugins are pointed at it."""

    def __init__(self) -> None:
        self.server = _Server()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def received(self) -> list[dict[str, Any]]:
        return self.server.received

    def __enter__(self) -> ChatFakes:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: _SmtpServer

    def _say(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self) -> None:
        self._say("220 localhost ESMTP fake")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            verb = raw.decode("utf-8", "replace")[:4].upper()
            if verb == "EHLO":
                self._say("250-localhost")
                self._say("250 8BITMIME")
            elif verb == "DATA":
                self._say("354 go ahead")
                lines = []
                while (line := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    lines.append(line[1:] if line.startswith(b"..") else line)
                self.server.messages.append(
                    message_from_bytes(b"".join(lines), policy=policy.default)
                )
                self._say("250 queued")
            elif verb == "QUIT":
                self._say("221 bye")
                return
            else:
                self._say("250 OK")


class _SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.messages: list[Any] = []


class SmtpFake:
    def __init__(self) -> None:
        self.server = _SmtpServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def messages(self) -> list[Any]:
        return self.server.messages

    def __enter__(self) -> SmtpFake:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def urls(secret: str, smtp_port: int | None = None) -> dict[str, str]:
    """One notification address per platform, as a user would write them."""
    found = {
        "wecom": f"wecombot://{WECOM_KEY}",
        "dingtalk": f"dingtalk://{secret}@{TOKEN}/",
        "feishu": f"feishusign://{secret}@{TOKEN}",
        "lark": f"larksign://{secret}@{TOKEN}",
        "slack": "slack://" + "/".join(SLACK),
    }
    if smtp_port is not None:
        found["email"] = (
            f"mailto://reinstate@127.0.0.1:{smtp_port}"
            "?from=reinstate@example.com&to=team@example.com&mode=insecure"
        )
    return found
