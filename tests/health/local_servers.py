"""Local servers that receive alerts: a minimal SMTP server and a webhook endpoint.

Both listen on 127.0.0.1 on a random port in a thread and keep what they received.
"""

from __future__ import annotations

import base64
import json
import socketserver
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: _SmtpServer

    def _say(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self) -> None:
        self._say("220 localhost ESMTP test")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                self._say("250-localhost")
                self._say("250 AUTH PLAIN")
            elif verb == "HELO":
                self._say("250 localhost")
            elif verb == "AUTH":
                parts = line.split()
                if len(parts) == 3 and parts[1].upper() == "PLAIN":
                    _, user, password = base64.b64decode(parts[2]).decode().split("\0")
                    self.server.logins.append((user, password))
                    self._say("235 2.7.0 Authentication successful")
                else:
                    self._say("504 Unrecognized authentication type")
            elif verb == "MAIL":
                sender, recipients = line.split(":", 1)[1].strip(), []
                self._say("250 OK")
            elif verb == "RCPT":
                if self.server.refuse:
                    self._say("550 mailbox unavailable")
                    continue
                recipients.append(line.split(":", 1)[1].strip().strip("<>"))
                self._say("250 OK")
            elif verb == "DATA":
                self._say("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                message = message_from_bytes(b"".join(lines), policy=policy.default)
                self.server.messages.append({"from": sender, "to": recipients, "message": message})
                self._say("250 OK: queued")
            elif verb == "RSET" or verb == "NOOP":
                self._say("250 OK")
            elif verb == "QUIT":
                self._say("221 Bye")
                return
            else:
                self._say("502 Command not implemented")


class _SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.messages: list[dict[str, Any]] = []
        self.logins: list[tuple[str, str]] = []
        self.refuse = False


class SmtpSink:
    def __init__(self) -> None:
        self.server = _SmtpServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.server.messages

    def body(self, index: int = -1) -> str:
        message: EmailMessage = self.messages[index]["message"]
        part = message.get_body(("plain",))
        assert part is not None
        return str(part.get_content())

    def __enter__(self) -> SmtpSink:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class _HookHandler(BaseHTTPRequestHandler):
    server: _HookServer

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.server.received.append(
            {"path": self.path, "headers": dict(self.headers), "json": json.loads(body)}
        )
        status = self.server.status
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _HookServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _HookHandler)
        self.received: list[dict[str, Any]] = []
        self.status = 204


class WebhookSink:
    def __init__(self) -> None:
        self.server = _HookServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hook"

    @property
    def received(self) -> list[dict[str, Any]]:
        return self.server.received

    def __enter__(self) -> WebhookSink:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
