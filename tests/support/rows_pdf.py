"""A one-page text PDF made of rows of cells, for tests that read a page's labels and sums."""

from __future__ import annotations

import io

Row = list[tuple[str, float]]

_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def unicode_font() -> str:
    """DejaVu Sans registered with reportlab, by name: Helvetica has no ą, ė, ı, ş nor Cyrillic."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", _DEJAVU))
    return "DejaVuSans"


def rows_pdf(rows: list[Row], *, font: str = "Helvetica") -> bytes:
    """Each row a line of cells (text, left edge), 18 points apart, in 10-point Helvetica, or
    in a font registered with reportlab (a CJK one for Korean pages)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.setFont(font, 10)
    for i, row in enumerate(rows):
        for text, x in row:
            page.drawString(x, 800 - 18 * i, text)
    page.save()
    return out.getvalue()
