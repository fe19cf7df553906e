"""Cases and files for the packet tests, all made here (no third-party documents)."""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import UTC, date, datetime
from typing import Any

from reinstate.cases import CaseDraft, Status

TODAY = date(2026, 11, 26)
SELLER = "深圳市莲花贸易有限公司"
ADDRESS = "广东省深圳市南山区科技园路 8 号 501 室"
POA = (
    "Root cause:\n"
    "We bought ASINs B0PACK0001 and B0PACK0002 from a wholesaler that could not show where the\n"
    "goods came from, and we did not ask for its purchase invoices before listing them.\n"
    "\n"
    "Corrective actions:\n"
    "- We removed both listings and stopped buying from that wholesaler.\n"
    "- We refunded the two customers who complained and checked the 80 units left in stock.\n"
    "\n"
    "Preventive measures:\n"
    "- Every new supplier must show the brand's authorisation before we order.\n"
    "- Our compliance manager checks each invoice against the listing before it goes live.\n"
)


def text_pdf(lines: list[str]) -> bytes:
    """A small PDF with a real text layer (Helvetica, one page), a line per entry."""
    from reinstate.samples import text_pdf as cells_pdf

    return cells_pdf([(50, 780 - 14 * i, 10, line) for i, line in enumerate(lines)])


def png(width: int = 4, height: int = 3) -> bytes:
    """A tiny grey PNG: a photo of a label, as far as the packet is concerned."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + bytes([128]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


INVOICE = text_pdf(
    [
        "INVOICE  No. LT-2026-0901        Date: 2026-09-01",
        "Supplier: Example Brand Distribution GmbH, Musterstrasse 1, 10115 Berlin",
        "Bill to: Shenzhen Lotus Trading Co., Ltd",
        "B0PACK0001  Steel water bottle  qty 400  x 3.00 EUR = 1200.00 EUR",
        "Total: 1200.00 EUR",
    ]
)
LABEL_PHOTO = png()
AUTHORISATION = text_pdf(
    [
        "Letter of authorization",
        "Example Brand authorises Shenzhen Lotus Trading to sell B0PACK0002",
    ]
)


def make_case(store: Any, *, with_evidence: bool = True, requests: tuple[str, ...] = ()) -> int:
    """A deactivated inauthentic case with a Chinese seller name and address."""
    case = store.create_case(
        CaseDraft(
            account="Lotus Trading",
            marketplace="US",
            category="inauthentic",
            status=Status.deactivated,
            notice_date=date(2026, 11, 20),
            deadline_days=17,
            appeal_limit=2,
            asins=["B0PACK0001", "B0PACK0002"],
            requested_documents=list(requests or ("invoices", "plan_of_action")),
            notice_text="Your account has been deactivated (inauthentic): B0PACK0001, B0PACK0002.",
            profile={"seller_name": SELLER, "seller_address": ADDRESS},
        ),
        at=datetime(2026, 11, 20, 9, tzinfo=UTC),
    )
    if with_evidence:
        at = datetime(2026, 11, 24, 10, tzinfo=UTC)
        store.add_document(case.id, "供应商发票-LT-2026-0901.pdf", INVOICE, role="invoices", at=at)
        store.add_document(case.id, "label photo.png", LABEL_PHOTO, role="other", at=at)
        store.add_document(
            case.id, "授权书.pdf", AUTHORISATION, role="letter_of_authorization", at=at
        )
    return int(case.id)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'.,:;-]+", text)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> set[str]:
    """The base font names embedded in every page of a PDF."""
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            names.add(str(font.get("/BaseFont", "")))
            for descendant in font.get("/DescendantFonts", []) or []:
                names.add(str(descendant.get_object().get("/BaseFont", "")))
    return names


CJK_FONT = re.compile(r"WenQuanYi|wqy|CJK|SourceHan|DroidSansFallback", re.IGNORECASE)
