"""Reading the user's files without ever changing them, and telling their type from the bytes."""

from __future__ import annotations

from pathlib import Path

from reinstate.errors import ReinstateError

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"),
)

# The evidence formats Amazon accepts for documents.
AMAZON_ACCEPTED = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})


def sniff_media_type(data: bytes) -> str:
    """The media type the bytes show, whatever the file is called."""
    head = data[:1024].lstrip(b"\x00\t\r\n ") if data[:5] != b"%PDF-" else data
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature) or head.startswith(signature):
            return media_type
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
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
            raise ReinstateError(
                "file_too_large",
                f"The file is larger than {limit // (1024 * 1024)} MB.",
                f"文件超过 {limit // (1024 * 1024)} MB。",
                path=str(p),
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise ReinstateError(
            "file_missing", "The file does not exist.", "文件不存在。", path=str(p)
        ) from None
    except IsADirectoryError:
        raise ReinstateError(
            "file_is_directory",
            "This is a folder, not a file.",
            "这是一个文件夹，不是文件。",
            path=str(p),
        ) from None
    except PermissionError:
        raise ReinstateError(
            "file_unreadable",
            "The file cannot be read (permission denied).",
            "无法读取文件（权限不足）。",
            path=str(p),
        ) from None
    except OSError as exc:
        raise ReinstateError(
            "file_unreadable",
            f"The file cannot be read: {exc.strerror}.",
            f"无法读取文件：{exc.strerror}。",
            path=str(p),
        ) from None


def read_text_file(path: str | Path, *, limit: int = 5 * 1024 * 1024) -> str:
    """A text file (UTF-8, with or without BOM; else GB18030 for Chinese Windows editors)."""
    data = read_file(path, limit=limit)
    if b"\x00" in data[:8192]:
        raise ReinstateError(
            "file_not_text",
            "The file is not text (it contains binary data).",
            "该文件不是文本（包含二进制数据）。",
            path=str(path),
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReinstateError(
        "file_not_text",
        "The file is not readable text (unknown encoding).",
        "无法识别文件编码，不是可读的文本。",
        path=str(path),
    )
