"""Reading the user's files without ever changing them, and telling their type from the bytes."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO

from reinstate.errors import ReinstateError

MIB = 1024 * 1024

# One size limit per kind of file, quoted the same way by every command and the web upload.
# Amazon takes evidence up to 10 MB per file in Seller Central; a scan set zipped or a long PDF
# is larger, so the ledger keeps up to 50 MiB and says when Amazon may refuse it.
SIZE_LIMITS = {
    "document": 50 * MIB,  # evidence: invoices, letters, bills, notices, any stored file
    "text": 16 * MIB,  # an appeal, a message, a notice pasted as text
    "report": 20 * MIB,  # an Account Health report (JSON, or gzip that unpacks to this)
    "table": 2000 * MIB,  # an accounts file for the related-accounts check
    "export": 2000 * MIB,  # a case export with its files
}
MAX_DOCUMENT_BYTES = SIZE_LIMITS["document"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"RIFF", "riff"),
    (b"BM", "bmp"),
    (b"{\\rtf", "rtf"),
)

_MEDIA_TYPES = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "zip": "application/zip",
    "rar": "application/vnd.rar",
    "7z": "application/x-7z-compressed",
    "ole": "application/x-ole-storage",
    "tiff": "image/tiff",
    "bmp": "image/bmp",
    "webp": "image/webp",
    "heic": "image/heic",
    "rtf": "application/rtf",
    "html": "text/html",
    "empty": "application/x-empty",
}

# The evidence formats Amazon accepts for documents.
AMAZON_ACCEPTED = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})

# Roles whose files go to Amazon as evidence: only what Amazon accepts counts for a request.
EVIDENCE_ROLES = frozenset(
    {
        "invoices",
        "letter_of_authorization",
        "utility_bill",
        "identity_document",
        "bank_statement",
        "business_license",
    }
)

# File kinds that are documents, never an appeal's text: reading one as text lints PDF syntax.
DOCUMENT_KINDS = frozenset(
    {"pdf", "jpeg", "png", "gif", "zip", "rar", "7z", "ole", "tiff", "bmp", "webp", "heic", "rtf"}
)


def sniff_kind(data: bytes) -> str:
    """The kind of file the bytes hold: pdf, jpeg, png, gif, zip, ..., 'empty' or 'unknown'."""
    if not data:
        return "empty"
    # A PDF header may follow some junk; readers accept it within the first 1024 bytes.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "riff" and data[8:12] == b"WEBP":
                return "webp"
            return kind
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "heic"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def sniff_media_type(data: bytes) -> str:
    """The media type the bytes show, whatever the file is called."""
    kind = sniff_kind(data)
    if kind in _MEDIA_TYPES:
        return _MEDIA_TYPES[kind]
    if b"\x00" not in data[:4096]:
        try:
            data[:4096].decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError:
            pass
    return "application/octet-stream"


def evidence_problem(data: bytes, role: str) -> str | None:
    """Why these bytes cannot count as a document of `role`, or None when they can.

    The answer is a key of `EVIDENCE_PROBLEMS`; the same check runs when a file is added and
    when the ledger decides what a request still lacks, so a file stored before the check
    existed does not count either.
    """
    if not data:
        return "empty"
    if role not in EVIDENCE_ROLES:
        return None
    media_type = sniff_media_type(data)
    if media_type not in AMAZON_ACCEPTED:
        return "not_accepted"
    return None


def check_evidence(data: bytes, role: str, *, path: str | None = None) -> None:
    """Refuse a file that cannot serve as a document of `role` (see `evidence_problem`)."""
    problem = evidence_problem(data, role)
    if problem == "empty":
        raise ReinstateError("evidence_refused.empty", path=path)
    if problem == "not_accepted":
        raise ReinstateError(
            "evidence_refused.not_accepted", role=role, media_type=sniff_media_type(data), path=path
        )


def read_file(path: str | Path, *, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a user's file, with a clear error when it cannot be read.

    Only a regular file is read, and never more than `limit` bytes: a device such as /dev/zero
    or a pipe has no size to check and would otherwise be read forever.
    """
    p = Path(path)
    with open_file(p, limit=limit) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise unreadable(p, exc) from None
    if len(data) > limit:  # it grew while being read
        raise ReinstateError("file_too_large", limit=limit // MIB, path=str(p))
    return data


def open_file(path: str | Path, *, limit: int) -> BinaryIO:
    """A user's regular file of at most `limit` bytes, opened to be read in pieces (the checks
    and errors of `read_file`)."""
    p = Path(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReinstateError("file_is_directory", path=str(p))
        if not stat.S_ISREG(info.st_mode):
            raise ReinstateError("file_not_regular", path=str(p))
        if info.st_size > limit:
            raise ReinstateError("file_too_large", limit=limit // MIB, path=str(p))
        return p.open("rb")
    except OSError as exc:
        raise unreadable(p, exc) from None


def unreadable(p: Path, exc: OSError) -> ReinstateError:
    """An OS error opening or reading `p`, in words that name the file."""
    if isinstance(exc, FileNotFoundError):
        return ReinstateError("file_missing", path=str(p))
    if isinstance(exc, IsADirectoryError):
        return ReinstateError("file_is_directory", path=str(p))
    if isinstance(exc, PermissionError):
        return ReinstateError("file_unreadable", path=str(p))
    return ReinstateError(
        "file_unreadable.os_error", strerror=exc.strerror or type(exc).__name__, path=str(p)
    )


def read_text_file(path: str | Path, *, limit: int = SIZE_LIMITS["text"]) -> str:
    """A text file (UTF-8, with or without BOM; else GB18030 for Chinese Windows editors)."""
    return decode_text(read_file(path, limit=limit), str(path))


def decode_text(data: bytes, name: str) -> str:
    """Text from bytes (UTF-16 with BOM, UTF-8, GB18030); a PDF, image or archive is refused by
    name, since its bytes would otherwise be read as words."""
    kind = sniff_kind(data)
    if kind in DOCUMENT_KINDS:
        raise ReinstateError("file_not_text.document", kind=kind.upper(), path=name)
    text = try_decode(data)
    if text is not None:
        return text
    if looks_binary(data):
        raise ReinstateError("file_not_text.binary", path=name)
    raise ReinstateError("file_not_text", path=name)


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start of a file without a UTF-16 mark: no text encoding we read."""
    return not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:8192]


def try_decode(data: bytes) -> str | None:
    """The text in the first of the encodings sellers' editors write that fits (UTF-16 with a
    BOM, UTF-8, GB18030 for Chinese Windows), or None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    elif looks_binary(data):
        return None
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
