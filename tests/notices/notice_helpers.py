"""Shared helpers for the notice tests: the fixture folder and .eml builders."""

from __future__ import annotations

from email.header import Header
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(key: str) -> str:
    return (FIXTURES / key).read_text(encoding="utf-8")


def eml_bytes(
    body: str,
    *,
    charset: str,
    subject: str = "Notice",
    html: bool = False,
    multipart: bool = False,
    declared: str | None = None,
    date: str = "Mon, 02 Mar 2026 09:15:00 +0000",
    sender: str = "Seller Performance <seller-performance@amazon.com>",
) -> bytes:
    """An e-mail as Amazon might send it, encoded in `charset` (declared as `declared`)."""
    if html:
        escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>")
        content = f"<html><body><p>{escaped}</p></body></html>"
        part = MIMEText(content, "html", charset)
    else:
        part = MIMEText(body, "plain", charset)
    if multipart:
        msg: MIMEMultipart | MIMEText = MIMEMultipart("alternative")
        msg.attach(part)
    else:
        msg = part
    msg["Subject"] = Header(subject, charset).encode()
    msg["From"] = sender
    msg["To"] = "seller@example.com"
    msg["Date"] = date
    raw = msg.as_bytes()
    if declared:
        raw = raw.replace(f'charset="{charset}"'.encode(), f'charset="{declared}"'.encode())
    return raw


__all__ = ["FIXTURES", "EmailMessage", "eml_bytes", "fixture_text"]
