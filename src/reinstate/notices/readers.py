"""Turn what the seller gives us (bytes of a .txt, .eml, .html or pasted text) into plain text.

Everything here is bounded: at most `MAX_BYTES` of input are read and at most `MAX_CHARS` of the
extracted text are classified, and the caller is told when either limit cut the input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from itertools import pairwise

from reinstate.errors import ReinstateError

MAX_BYTES = 2 * 1024 * 1024
MAX_CHARS = 60_000

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_EML_HINT = re.compile(
    rb"^(?:mime-version|content-type|received|return-path|message-id|delivered-to):",
    re.IGNORECASE | re.MULTILINE,
)
_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|table|span|!doctype)\b", re.IGNORECASE)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_SINGLE_BYTE = re.compile(r"^(?:iso-?8859|latin|windows-125|cp125|us-ascii|ascii)", re.IGNORECASE)


@dataclass
class Extracted:
    """Plain text of a notice plus what the envelope told us."""

    text: str
    kind: str  # text | eml | html
    subject: str | None = None
    sender: str | None = None
    sent: date | None = None
    charset: str | None = None
    warnings: list[str] = field(default_factory=list)


class _TextFromHTML(HTMLParser):
    _BLOCK = frozenset(
        [
            "p",
            "br",
            "div",
            "li",
            "tr",
            "td",
            "th",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "pre",
            "hr",
            "title",
        ]
    )
    _SKIP = frozenset(("script", "style", "head", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block per line."""
    parser = _TextFromHTML()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; a failure here means garbage, keep what we have
        pass
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_binary(raw: bytes) -> bool:
    """True for data that is not text in any encoding we read."""
    head = raw[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a BOM
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return head.count(0) > 0 or controls / len(head) > 0.05


def _suspicious(text: str) -> bool:
    """Mojibake from a wrong single-byte declaration: runs of accented Latin-1 characters."""
    high = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if len(high) < 4:
        return False
    if any("\x80" <= text[i] <= "\x9f" for i in high):
        return True
    paired = sum(1 for a, b in pairwise(high) if b == a + 1)
    return paired / len(high) > 0.5


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes, trusting a declaration only when the result looks like text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    if declared:
        name = _SUPERSETS.get(declared.lower().strip(), declared.lower().strip())
        try:
            text = raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if not (_SINGLE_BYTE.match(name) and _suspicious(text)):
                return text, name
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:MAX_BYTES]).best()
    if best is not None and best.encoding:
        name = _SUPERSETS.get(best.encoding.lower(), best.encoding)
        return raw.decode(name, errors="replace"), name
    return raw.decode("utf-8", errors="replace"), "utf-8?"


def _is_eml(raw: bytes, filename: str | None) -> bool:
    if filename and filename.lower().endswith((".eml", ".msg.txt", ".mbox")):
        return True
    head = raw[:4096].lstrip()
    if not _HEADER_LINE.match(head):
        return False
    block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return bool(_EML_HINT.search(block))


def _eml(raw: bytes) -> Extracted:
    import email
    from email import policy
    from email.message import EmailMessage

    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    warnings: list[str] = []
    if msg.defects:
        warnings.append("mime_defects")

    def header(name: str) -> str | None:
        try:
            value = msg.get(name)
            return str(value) if value is not None else None
        except Exception:
            warnings.append("bad_header")
            return None

    sent: date | None = None
    try:
        value = msg.get("date")
        stamp = getattr(value, "datetime", None)
        sent = stamp.date() if stamp is not None else None
    except Exception:
        warnings.append("bad_header")

    plain: list[str] = []
    html: list[str] = []
    charsets: list[str] = []
    parts = msg.walk() if msg.is_multipart() else iter([msg])
    for part in parts:
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html") or part.get_filename():
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            warnings.append("mime_defects")
            continue
        if not isinstance(payload, bytes):
            continue
        text, used = decode(payload, part.get_content_charset())
        charsets.append(used)
        (plain if ctype == "text/plain" else html).append(text)
    if plain:
        body = "\n\n".join(plain)
    elif html:
        body = "\n\n".join(html_to_text(h) for h in html)
    else:
        body = ""
        if not msg.is_multipart():
            text, used = decode(raw.split(b"\n\n", 1)[-1])
            body, charsets = text, [used]
    subject = header("subject")
    text = f"{subject}\n\n{body}" if subject else body
    return Extracted(
        text=text,
        kind="eml",
        subject=subject,
        sender=header("from"),
        sent=sent,
        charset=charsets[0] if charsets else None,
        warnings=warnings,
    )


def _width(text: str) -> str:
    """Fold full-width ASCII and curly apostrophes to plain ASCII without changing the length."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch in "\u2018\u2019\u02bc":  # typographic apostrophes: "We’ve", "Amazon’s"
            out.append("'")
        elif "\uff01" <= ch <= "\uff5e" or ch == "\u3000":
            folded = unicodedata.normalize("NFKC", ch)
            out.append(folded if len(folded) == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


def extract(raw: bytes | str, filename: str | None = None) -> Extracted:
    """The plain text of a notice; ReinstateError for empty or binary input."""
    warnings: list[str] = []
    if isinstance(raw, str):
        if len(raw) > MAX_BYTES:
            raw, warnings = raw[:MAX_BYTES], ["input_truncated"]
        data = raw.encode("utf-8", errors="surrogatepass")
        result = _from_bytes(data, filename, known_utf8=True)
    else:
        if len(raw) > MAX_BYTES:
            raw, warnings = raw[:MAX_BYTES], ["input_truncated"]
        if not raw.strip():
            raise _empty(filename)
        if looks_binary(raw):
            raise ReinstateError("notice_binary", path=filename)
        result = _from_bytes(raw, filename)
    result.warnings = warnings + result.warnings
    text = result.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        result.warnings.append("text_truncated")
    result.text = _width(text)
    if not result.text.strip():
        raise _empty(filename)
    return result


def _empty(filename: str | None) -> ReinstateError:
    return ReinstateError("notice_empty", path=filename)


def _from_bytes(raw: bytes, filename: str | None, known_utf8: bool = False) -> Extracted:
    if _is_eml(raw, filename):
        try:
            return _eml(raw)
        except Exception:
            pass  # broken MIME: fall back to reading it as text
    if known_utf8:
        text, charset = raw.decode("utf-8", errors="replace"), "utf-8"
    else:
        text, charset = decode(raw)
    is_html = bool(filename and filename.lower().endswith((".html", ".htm")))
    if is_html or _HTML_HINT.search(text[:4096]):
        return Extracted(text=html_to_text(text), kind="html", charset=charset)
    return Extracted(text=text, kind="text", charset=charset)
