"""Small genuine documents made on the fly, with no PDF library: the example case's supplier
invoice and a minimal text-PDF writer. The demo, the guard rules' examples and tests use them; they
sit at the bottom of the layers so that none of those has to import the demo.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Cell", "demo_invoice_pdf", "text_pdf"]


def demo_invoice_pdf(mug_quantity: int = 300) -> bytes:
    """A small, genuine PDF invoice made here (no third-party document).

    Tests pass another `mug_quantity` to get the kind of file an edited copy would be.
    """
    header = [
        "Invoice No.: EX-2026-0815",
        "Invoice date: 2026-08-15",
        "Supplier: Example Brand Distribution GmbH",
        "Address: Musterstrasse 1, 10115 Berlin, Germany",
        "Phone: +49 30 0000000",
        "Website: www.example-brand-distribution.test",
        "Bill to: Example Home Goods Ltd",
        "Address: 1 Sample Road, Nanshan District, Shenzhen, China",
    ]
    table = [
        ("Item", "Description", "Qty", "Unit price", "Amount"),
        ("B0DEMO0001", "Ceramic mug set", str(mug_quantity), "4.00", "1200.00"),
        ("B0DEMO0002", "Tea towel pack", "200", "2.50", "500.00"),
    ]
    columns = (50, 150, 300, 360, 450)
    cells = [(50, 790, 16, "INVOICE")]
    cells += [(50, 760 - 14 * i, 10, line) for i, line in enumerate(header)]
    cells += [
        (x, 620 - 16 * row, 10, text)
        for row, values in enumerate(table)
        for x, text in zip(columns, values, strict=True)
    ]
    cells += [
        (360, 560, 10, "Total: EUR 1700.00"),
        (50, 530, 10, "Payment terms: paid by bank transfer"),
    ]
    return text_pdf(cells, producer="reinstate demo")


Cell = tuple[float, float, float, str]


def text_pdf(cells: Sequence[Cell], *, producer: str | None = None) -> bytes:
    """A one-page PDF with a real text layer: each cell is (x, y, font size, text) in Helvetica.

    Written by hand so the example needs no PDF library; tests use it for small genuine files.
    """

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = " ".join(
        f"BT /F1 {size} Tf {x} {y} Td ({escaped(text)}) Tj ET" for x, y, size, text in cells
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    info = f" /Info << /Producer ({producer}) >>" if producer else ""
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
