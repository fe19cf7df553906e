"""An invoice whose bold total's figures were covered by a white box and typed again in a
regular font, then flattened to a picture (rendered at 150 dpi and wrapped in a PDF by
Pillow, a JPEG at quality 75): the bold currency code stays beside regular figures
(`retyped_amount`). Made here, not taken from any outside writer's file."""

from __future__ import annotations

ROWS = (
    ("Corrugated box 40x30", "120", "0.85", "102.00"),
    ("Packing tape 66 m", "60", "1.20", "72.00"),
    ("Stretch film 500 mm", "8", "14.50", "116.00"),
)


def invoice_pdf(retyped: bool) -> bytes:
    """The text PDF: rows and subtotal in regular print, the total's line in bold; `retyped`:
    the total's figures covered by a white box and typed again in regular print."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.text(50, 60, "Harbour Lane Packaging Ltd")
    pdf.set_font("helvetica", "", 11)
    pdf.text(50, 82, "12 Quay Street, Bristol BS1 4DJ")
    pdf.text(50, 124, "INVOICE  No. HL-20417   Date: 14 March 2026")
    pdf.text(50, 144, "Bill to: Northfield Goods Ltd, 8 Mill Road, Leeds LS2 7HQ")
    y = 200
    for text, qty, price, amount in ROWS:
        pdf.text(50, y, text)
        pdf.text(300, y, qty)
        pdf.text(360, y, price)
        pdf.text(440, y, f"EUR {amount}")
        y += 20
    pdf.text(360, y + 10, "Subtotal")
    pdf.text(440, y + 10, "EUR 290.00")
    pdf.text(360, y + 30, "VAT 21%")
    pdf.text(440, y + 30, "EUR 60.90")
    pdf.set_font("helvetica", "B", 12)
    pdf.text(360, y + 54, "Total")
    pdf.text(440, y + 54, "EUR")
    figures_x = 440 + pdf.get_string_width("EUR ")
    pdf.text(figures_x, y + 54, "350.90")
    if retyped:
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(figures_x - 1, y + 42, pdf.get_string_width("350.90") + 3, 16, style="F")
        pdf.set_font("helvetica", "", 12.5)
        pdf.text(figures_x, y + 54, "850.90")
    return bytes(pdf.output())


def flattened_pdf(retyped: bool, dpi: int = 150) -> bytes:
    """The invoice rendered at `dpi` and saved by Pillow as a one-picture PDF."""
    from support.invoice_corpus import flattened

    return flattened(invoice_pdf(retyped), dpi)
