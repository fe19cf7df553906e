"""Hostile and broken files for the pre-flight: each must be refused quickly and cheaply.

huge_page      a 499-byte PDF with a 14,400 x 14,400 pt page and an image on it
stream_bomb    a ~400 KB compressed content stream that inflates to ~400 MB
image_bomb     an image declaring 60,000 x 60,000 pixels in a few bytes
many_objects   300,000 tiny objects
many_pages     2,000 pages
deep_nesting   arrays nested 100,000 deep
html, docx, zip, text   not PDFs at all, named invoice.pdf
truncated, garbage      a PDF cut short, and random bytes after a PDF header
"""

from __future__ import annotations

import io
import random
import zlib


def assemble(objs: list[bytes], root: int = 1) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, root, xref)
    )
    return out.getvalue()


def huge_page() -> bytes:
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    )
    content = b"q 14400 0 0 14400 0 0 cm /I Do Q"
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] "
            b"/Resources << /XObject << /I 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            image,
        ]
    )


def deflate_bomb(inflated: int) -> bytes:
    """`inflated` bytes of spaces as one deflate stream, built in milliseconds: after a full
    flush the compressor forgets its history, so every further megabyte compresses to the
    same bytes (the final checksum is left wrong; no reader gets that far)."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    return first + again * max(0, (inflated >> 20) - 1) + comp.flush()


def stream_bomb(inflated: int = 400 * 1024 * 1024) -> bytes:
    data = deflate_bomb(inflated)
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        ]
    )


def image_bomb() -> bytes:
    data = zlib.compress(b"\xff" * 100_000, 9)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(data)
        + data
        + b"\nendstream"
    )
    content = b"q 595 0 0 842 0 0 cm /I Do Q"
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /I 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            image,
        ]
    )


def many_objects(count: int = 300_000) -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    objs += [b"[%d]" % i for i in range(count)]
    return assemble(objs)


def many_pages(count: int = 2000) -> bytes:
    kids = b" ".join(b"%d 0 R" % (i + 3) for i in range(count))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
    ]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    return assemble(objs)


def deep_nesting(depth: int = 100_000) -> bytes:
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * depth + b"]" * depth + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )


def not_pdfs() -> dict[str, bytes]:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("[Content_Types].xml", "<Types/>")
    return {
        "html": b"<!doctype html><html><body><h1>INVOICE</h1></body></html>",
        "docx": buf.getvalue(),
        "text": b"INVOICE\nTotal 100.00\n",
    }


def broken(pdf: bytes) -> dict[str, bytes]:
    return {
        "truncated": pdf[: len(pdf) // 3],
        "garbage": b"%PDF-1.4\n" + bytes(random.Random(3).randrange(256) for _ in range(4000)),
    }


HOSTILE = {
    "huge_page": huge_page,
    "stream_bomb": stream_bomb,
    "image_bomb": image_bomb,
    "many_objects": many_objects,
    "many_pages": many_pages,
    "deep_nesting": deep_nesting,
}
