"""Reading the user's files without ever changing them, and telling their type from the bytes."""

from __future__ import annotations

from pathlib import Path

from reinstate.errors import ReinstateError

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024

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


def read_file(path: str | Path, *, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a user's file, with a clear error when it cannot be read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise ReinstateError("file_too_large", limit=limit // (1024 * 1024), path=str(p))
        return p.read_bytes()
    except FileNotFoundError:
        raise ReinstateError("file_missing", path=str(p)) from None
    except IsADirectoryError:
        raise ReinstateError("file_is_directory", path=str(p)) from None
    except PermissionError:
        raise ReinstateError("file_unreadable", path=str(p)) from None
    except OSError as exc:
        raise ReinstateError(
            "file_unreadable.os_error", strerror=exc.strerror, path=str(p)
        ) from None


def read_text_file(path: str | Path, *, limit: int = 5 * 1024 * 1024) -> str:
    """A text file (UTF-8, with or without BOM; else GB18030 for Chinese Windows editors)."""
    data = read_file(path, limit=limit)
    if b"\x00" in data[:8192]:
        raise ReinstateError("file_not_text.binary", path=str(path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReinstateError("file_not_text", path=str(path))
