"""Invoices whose title is hard to read: fpdf2 pages in its core fonts (Helvetica, Times,
Courier: WinAnsi, no embedded font) in several layouts, and phone photos of them printed with
the title cropped off or blurred. Everything is invented."""

from __future__ import annotations

import io
from typing import Any

ITEMS = (("USB-C cable 1m", 10, 4.50), ("Phone stand aluminium", 5, 12.00))
TOTAL = 126.00


def _supplier(pdf: Any, x: float = 15, y: float = 15) -> None:
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(x, y)
    pdf.cell(80, 6, "Northwind Trading Ltd")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(x, y + 6)
    pdf.multi_cell(80, 4.5, "4 Mill Lane, Leeds LS1 2AB\nTel +44 113 496 0000\nVAT GB 123 4567 89")


def _head(pdf: Any, number_label: str, y: float = 50) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(15, y)
    pdf.multi_cell(80, 5, "Bill to:\nHarbour Goods Ltd\n12 Quay Street\nBristol BS1 4DJ")
    pdf.set_xy(120, y)
    pdf.multi_cell(80, 5, f"{number_label} 20417\nDate: 14 March 2026\nTerms: 30 days")


def _items(pdf: Any, y: float) -> None:
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(15, y)
    for head, width in (("Description", 90), ("Qty", 20), ("Unit price", 35), ("Amount", 35)):
        pdf.cell(width, 8, head, border=1)
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    for text, qty, price in ITEMS:
        pdf.set_x(15)
        pdf.cell(90, 7, text, border=1)
        pdf.cell(20, 7, str(qty), border=1, align="R")
        pdf.cell(35, 7, f"{price:.2f}", border=1, align="R")
        pdf.cell(35, 7, f"{qty * price:.2f}", border=1, align="R")
        pdf.ln(7)
    for label, amount in (("Subtotal", "105.00"), ("VAT 20%", "21.00"), ("Total", "126.00")):
        pdf.set_x(125)
        pdf.cell(35, 7, label)
        pdf.cell(35, 7, amount, align="R")
        pdf.ln(7)


def fpdf_invoice(layout: str, title: str = "INVOICE", number_label: str = "No.") -> bytes:
    """An fpdf2 invoice. `layout`: "right" (title top right), "band" (white title on a dark
    band), "spaced" (letter-spaced title), "logo" (title in the logo's line, beside the
    supplier's name), "none" (no title printed)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    top = 50.0
    if layout == "band":
        pdf.set_fill_color(20, 20, 20)
        pdf.rect(0, 0, 210, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 24)
        pdf.set_xy(15, 10)
        pdf.cell(100, 10, title)
        pdf.set_text_color(0, 0, 0)
        _supplier(pdf, 15, 35)
        top = 60
    elif layout == "logo":
        pdf.set_fill_color(30, 80, 160)
        pdf.rect(15, 12, 14, 14, style="F")
        pdf.set_font("Times", "B", 16)
        pdf.set_xy(31, 15)
        pdf.cell(0, 8, f"Northwind Trading Ltd   {title}")
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(31, 23)
        pdf.multi_cell(80, 4.5, "4 Mill Lane, Leeds LS1 2AB\nTel +44 113 496 0000")
    else:
        _supplier(pdf)
        if layout != "none":
            pdf.set_font("Courier" if layout == "spaced" else "Helvetica", "B", 22)
            if layout == "spaced":
                pdf.set_char_spacing(6)
            pdf.set_xy(120, 15)
            pdf.cell(80, 10, title)
            pdf.set_char_spacing(0)
    _head(pdf, number_label, top)
    _items(pdf, top + 40)
    return bytes(pdf.output())


def photo(pdf: bytes, *, crop_top: float = 0.0, blur_top: float = 0.0, seed: int = 1) -> bytes:
    """A phone photo (JPEG) of the printed page: tilted in perspective, lit from one side,
    with the top `crop_top` of the page outside the frame or the top `blur_top` out of focus."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0].render(scale=160 / 72).to_pil().convert("L")
    finally:
        doc.close()
    w, h = page.size
    if blur_top:
        box = (0, 0, w, int(h * blur_top))
        page.paste(page.crop(box).filter(ImageFilter.GaussianBlur(7)), box)
    if crop_top:
        page = page.crop((0, int(h * crop_top), w, h))
        w, h = page.size
    rng = np.random.default_rng(seed)
    d = [float(v) for v in rng.uniform(0.01, 0.04, 8) * (w, h, w, h, w, h, w, h)]
    # PIL's quad: upper left, lower left, lower right, upper right
    corners = (d[0], d[1], d[6], h - d[7], w - d[4], h - d[5], w - d[2], d[3])
    shot = page.transform((w, h), Image.QUAD, corners, resample=Image.BICUBIC, fillcolor=110)
    yy, xx = np.mgrid[0:h, 0:w]
    arr = np.asarray(shot, dtype=np.float32) * (0.8 + 0.2 * (xx / w) * (1 - 0.4 * yy / h))
    arr += rng.normal(0, 3, (h, w))
    out = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).save(out, format="JPEG", quality=88)
    return out.getvalue()
