"""Session 21: a white box over glyphs that map to no text (I209). A page whose CJK font gives no
characters (re-distilled by Ghostscript, as a "compress PDF" tool does) is read like a scan; a
name covered with a white box and typed again on top is still a white-out. A white ground drawn
before the text, and the page untouched, stay silent.
"""

from __future__ import annotations

import io
from typing import Any
from unittest import mock

import pytest
from support import invoice_corpus as corpus

from reinstate.invoices import forensics, reader

LINES = [
    "宁波蓝水家居用品有限公司",
    "浙江省宁波市鄞州区滨江工业园",
    "购买方 深圳市海岸贸易有限公司",
]


def _page(cover: str) -> bytes:
    """A Chinese page in a font whose /ToUnicode maps nothing; `cover`: "after" a white box
    over the buyer's name with a new name on it, "before" a white ground under the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen import canvas

    whole = ttfonts.makeToUnicodeCMap

    def nothing(name: str, subset: list[int]) -> str:
        cmap = whole(name, subset).splitlines()
        start = next(i for i, line in enumerate(cmap) if line.endswith("beginbfchar"))
        end = cmap.index("endbfchar")
        return "\n".join([*cmap[:start], "0 beginbfchar", *cmap[end:]])

    font = corpus._rl_fonts()[0]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if cover == "before":
        c.setFillColorRGB(1, 1, 1)
        c.rect(50, 600, 400, 200, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 12)
    y = 780.0
    for line in LINES * 4:
        c.drawString(60, y, line)
        y -= 24
    if cover == "after":
        c.setFillColorRGB(1, 1, 1)
        c.rect(100, 728, 200, 16, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(105, 732, "北方商品有限公司")
    with mock.patch.object(ttfonts, "makeToUnicodeCMap", nothing):
        c.save()
    return buf.getvalue()


def _facts(data: bytes) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    with (
        mock.patch.object(reader, "_ocr_pdf_page", return_value={"chars": [], "source": "ocr"}),
        mock.patch.object(reader, "_scan_noise", return_value={}),
    ):
        reader._pages(data, facts, ocr=True, max_pages=1)
    return facts


def _i209(data: bytes) -> list[Any]:
    facts = _facts(data)
    assert facts["pages"][0].get("unmapped")
    return [s for s in forensics.page_signs(facts, [[]]) if s[0] == "I209"]


def test_a_white_box_over_unmapped_glyphs_is_a_white_out() -> None:
    signs = _i209(_page("after"))
    assert len(signs) == 1
    assert signs[0][1]["hidden"].startswith("\u25a1\u25a1")


@pytest.mark.parametrize("cover", ["before", "none"])
def test_a_white_ground_or_no_box_is_silent(cover: str) -> None:
    assert _i209(_page(cover)) == []
