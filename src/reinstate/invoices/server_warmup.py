"""Imported by the reader server only (`sandbox._PRELOAD`): it reads one small invoice of its own.

Every reader child forks from that server. Importing the reader is not all a read needs: the
field and date patterns compile on first use, pdfminer fills its font and encoding tables on
the first page it lays out. In a fresh child that first use was a third of a text invoice's
reading time (issue 18). Read once here, they are in the server's memory, and every child
starts with them. The invoice is made up in this module (a standard font, no embedded files);
whatever goes wrong reading it, the server starts as before.
"""

from __future__ import annotations

# (x, y, size, text) in points from the bottom left of an A4 page
_LINES = (
    (50, 780, 16, "INVOICE"),
    (50, 750, 10, "Invoice No: INV-20417"),
    (50, 736, 10, "Invoice date: 05/01/2026"),
    (50, 722, 10, "Seller: Northwind Supplies Ltd, 12 Mill Lane, Leeds LS1 4AB, United Kingdom"),
    (50, 708, 10, "VAT No: GB123456789"),
    (50, 680, 10, "Bill to: Harbour Goods Ltd, 3 Quay Street, Bristol BS1 5TH"),
    (50, 640, 10, "Description"),
    (300, 640, 10, "Qty"),
    (360, 640, 10, "Unit price"),
    (460, 640, 10, "Amount"),
    (50, 624, 10, "Widget A SKU-1001"),
    (300, 624, 10, "2"),
    (360, 624, 10, "10.00"),
    (460, 624, 10, "20.00"),
    (50, 610, 10, "Widget B SKU-1002"),
    (300, 610, 10, "3"),
    (360, 610, 10, "5.00"),
    (460, 610, 10, "15.00"),
    (360, 580, 10, "Subtotal"),
    (460, 580, 10, "35.00"),
    (360, 566, 10, "VAT 20%"),
    (460, 566, 10, "7.00"),
    (360, 552, 10, "Total"),
    (460, 552, 10, "GBP 42.00"),
)


def sample_pdf() -> bytes:
    """A one-page text invoice in Helvetica, written by the project's own small PDF writer."""
    from reinstate.samples import text_pdf

    return text_pdf(_LINES, producer="reinstate")


def read_sample() -> None:
    """Read the sample as a reader child would; a failure only leaves the server cold."""
    try:
        from reinstate.invoices.digest import digest
        from reinstate.invoices.reader import read_facts

        digest(read_facts(sample_pdf(), ocr=False), {})
    except Exception:  # an optimisation must never stop the server
        pass


read_sample()
