from __future__ import annotations

import pytest

from reinstate.invoices import accepted_file_type, sniff


@pytest.mark.parametrize(
    ("data", "kind", "ok"),
    [
        (b"%PDF-1.7\n...", "pdf", True),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg", True),
        (b"\x89PNG\r\n\x1a\n\x00", "png", True),
        (b"GIF89a\x01\x00", "gif", True),
        (b"PK\x03\x04\x14\x00", "zip", False),
        (b"", "empty", False),
        (b"II*\x00", "tiff", False),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp", False),
        (b"hello", "unknown", False),
    ],
)
def test_kind_comes_from_bytes(data: bytes, kind: str, ok: bool) -> None:
    assert sniff(data) == kind
    assert accepted_file_type(data, "invoice.pdf") is ok


def test_name_does_not_decide() -> None:
    assert accepted_file_type(b"%PDF-1.4\n", "scan.bin")
    assert not accepted_file_type(b"PK\x03\x04", "invoice.pdf")
