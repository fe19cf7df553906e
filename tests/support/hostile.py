"""A corpus of hostile files, generated (never downloaded): what a confused user, a broken
download or someone trying to break reinstate hands to a command that reads a file.

`write_corpus(folder)` writes every file and returns {name: path}. Each file is small (the
bombs are small compressed and large only when unpacked) so the whole suite stays fast.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

_RNG = random.Random(16)


def _random(n: int) -> bytes:
    return bytes(_RNG.getrandbits(8) for _ in range(n))


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions (a decompression bomb for image readers)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" * (30 << 20))
    return buffer.getvalue()


def _export(mutate: Callable[[dict], None]) -> bytes:
    data = {
        "schema_version": 1,
        "kind": "case_export",
        "case": {
            "account": "Hostile",
            "marketplace": "US",
            "category": "other",
            "status": "suspended",
            "notice_date": None,
            "deadline_days": None,
            "appeal_limit": None,
            "asins": [],
            "requested_documents": [],
            "final_decision": False,
            "events": [],
            "documents": [],
        },
        "files": {},
    }
    mutate(data)
    return json.dumps(data).encode()


def _set(path: str, value: object) -> Callable[[dict], None]:
    def mutate(data: dict) -> None:
        target = data
        *parents, last = path.split(".")
        for part in parents:
            target = target[part]
        target[last] = value

    return mutate


TERMINAL = "Lotus\x1b[2J\x1b]0;owned\x07 [bold red]X[/] \u202eevil\u202c\r\n"

CORPUS: dict[str, Callable[[], bytes]] = {
    "empty.txt": lambda: b"",
    "nul.txt": lambda: b"\x00" * 4096,
    "random.bin": lambda: _random(64 * 1024),
    "random-named.pdf": lambda: _random(8 * 1024),
    "pdf-header-only.pdf": lambda: b"%PDF-1.7\n",
    "pdf-truncated.pdf": lambda: (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0"
    ),
    "pdf-as-appeal.txt": lambda: b"%PDF-1.4\n" + b"BT /F1 12 Tf (Root cause) Tj ET\n" * 200,
    "png-huge-claim.png": lambda: _png_header(60000, 60000),
    "jpeg-truncated.jpg": lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "zip-bomb.docx": _zip_bomb,
    "gzip-bomb.json.gz": lambda: gzip.compress(b" " * (40 << 20)),
    "gzip-garbage.json.gz": lambda: b"\x1f\x8b\x08\x00" + _random(512),
    "invalid-utf8.txt": lambda: b"Root cause \xff\xfe\xfa\x80 corrective",
    "utf16-no-bom.txt": lambda: "Root cause: supplier".encode("utf-16-le"),
    "gbk.txt": lambda: "根本原因：供应商未提供发票。纠正措施：下架。".encode("gbk"),
    "terminal-escapes.txt": lambda: TERMINAL.encode(),
    "one-long-line.txt": lambda: b"a" * (3 << 20),
    "control-chars.txt": lambda: bytes(range(1, 32)) * 64 + b"Root cause:\x0c\x0b\x1b[31m",
    "deep.json": lambda: b"[" * 200_000 + b"]" * 200_000,
    "json-scalar.json": lambda: b"42",
    "json-nan.json": lambda: b'{"accountStatuses": NaN, "performanceMetrics": Infinity}',
    "health-wrong-types.json": lambda: json.dumps(
        {
            "accountStatuses": [{"marketplaceId": 5, "status": None}],
            "performanceMetrics": "x",
        }
    ).encode(),
    "health-huge-numbers.json": lambda: json.dumps(
        {
            "accountStatuses": [{"marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL"}],
            "performanceMetrics": [
                {
                    "marketplaceId": "ATVPDKIKX0DER",
                    "lateShipmentRate": {"rate": 1e308, "targetValue": -1e308},
                    "listingPolicyViolations": {"defectsCount": 10**30},
                    "accountHealthRating": {"reportingDateRange": {"reportingDateTo": "9999-99"}},
                }
            ],
        }
    ).encode(),
    "export-wrong-kind.json": lambda: b'{"kind": "case", "schema_version": 1}',
    "export-bad-types.json": lambda: _export(_set("case.events", [1, "x", None])),
    "export-bad-doc.json": lambda: _export(
        _set("case.documents", [{"sha256": "0" * 64, "filename": None, "role": "x"}])
    ),
    "export-future.json": lambda: _export(
        _set("case.events", [{"id": 1, "kind": "note", "at": "2999-01-01T00:00:00"}])
    ),
    "export-absurd-deadline.json": lambda: _export(_set("case.deadline_days", 10**12)),
    "export-bad-base64.json": lambda: _export(_set("files", {"a" * 64: "!!!not base64"})),
    "csv-header-only.csv": lambda: b"account_id,name,email\n",
    "csv-bom-crlf.csv": lambda: b"\xef\xbb\xbfaccount_id,name\r\nA1,\x00\x00\r\n",
    "csv-ragged.csv": lambda: b'account_id,name\n"A1,"unterminated\nA2,b,c,d,e\n',
    "csv-gbk.csv": lambda: "账户,名称\nA1,莲花贸易\n".encode("gbk"),
    "html-deep.html": lambda: b"<div>" * 50_000 + b"Your account has been deactivated",
    "eml-broken.eml": lambda: (
        b"From: =?utf-8?B?!!!?=\r\nSubject: =?gbk?Q?=FF=FE?=\r\nContent-Type: multipart/mixed;"
        b' boundary="x"\r\n\r\n--x\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n'
    ),
}


def write_corpus(folder: Path) -> dict[str, Path]:
    """Write every hostile file into `folder` (plus a folder and a dangling link)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make in CORPUS.items():
        path = folder / name
        path.write_bytes(make())
        paths[name] = path
    (folder / "a-folder.txt").mkdir(exist_ok=True)
    paths["a-folder.txt"] = folder / "a-folder.txt"
    dangling = folder / "dangling.txt"
    if not dangling.is_symlink():
        os.symlink(folder / "does-not-exist", dangling)
    paths["dangling.txt"] = dangling
    if Path("/dev/zero").exists():
        paths["dev-zero"] = Path("/dev/zero")
    return paths
