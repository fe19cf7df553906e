"""Session 17 (inv17d): the document type, date and total as unseen writers lay them out
(invoices21-23: LibreOffice Calc exports, an Australian receipt, a title set against a long
name). Each test failed before its fix. Pages are words or glyphs placed by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.ocr_words import read_rows

from reinstate.invoices.fields import build_lines, extract


def _calc_invoice(title: str, *cells: str):
    return read_rows(
        title,
        "Drewnex Kowalczyk-Biel s.c.",
        *[(90 + 13 * i, [(cell, 50)]) for i, cell in enumerate(cells)],
        (200, [("Razem brutto", 50), ("1 746,95 zł", 400)]),
    )


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # LibreOffice Calc cuts a label at its cell's edge; the value in the next cell is
        # printed flush against what is left of it.
        (("Nr FV/236/03/2025", "Data wystaw2025-03-25", "Termin płatn2025-04-24"), "2025-03-25"),
        (("Nr. F2025-2585", "Factuurdatu19-07-2025", "Vervaldatum18-08-2025"), "2025-07-19"),
        (("Rechnungsd28. Dezember 2025", "Fällig am 27. Januar 2026"), "2025-12-28"),
        # the due date's label cut first: still never the invoice's date
        (("Termin płatn2025-04-24", "Data wystaw2025-03-25"), "2025-03-25"),
    ],
)
def test_a_date_after_a_label_its_cell_cut_is_read(cells: tuple[str, ...], expected: str) -> None:
    fields = _calc_invoice("FAKTURA VAT", *cells)
    assert fields.invoice_date == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "cells",
    [
        ("Termin płatn2025-04-24",),  # only the due date: no invoice date said
        # "Fecha de" begins the issue date's label and the due date's alike
        ("Fecha de2025-03-25",),
        ("INV2025-03-25",),  # a number shaped like a date, after no label
    ],
)
def test_a_date_glued_to_no_issue_label_is_not_the_invoice_date(cells: tuple[str, ...]) -> None:
    assert _calc_invoice("FAKTURA VAT", *cells).invoice_date is None


def _glyphs(text: str, x0: float, top: float, size: float) -> list[dict[str, Any]]:
    out, x = [], x0
    for ch in text:
        width = 0.6 * size
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + width,
                "top": top,
                "bottom": top + size,
                "size": size,
                "font": "DejaVu-Sans-Bold",
            }
        )
        x += width
    return out


def _page(head: list[dict[str, Any]]) -> list[Any]:
    chars = [*head]
    rows = [
        (110, [("Bestellung", 45), ("6169149", 200)]),
        (125, [("Rechnungsdatum", 45), ("22.09.2025", 200)]),
        (170, [("Bezeichnung", 45), ("Menge", 200), ("Einzelpreis", 300), ("Gesamt", 400)]),
        (185, [("Holzpuzzle", 45), ("60", 200), ("9,59", 300), ("575,40", 400)]),
        (220, [("Rechnungsbetrag", 45), ("575,40", 400)]),
    ]
    for top, cells in rows:
        for text, x0 in cells:
            chars += _glyphs(text, x0, top, 9.0)
    return build_lines({"number": 1, "chars": chars})


def test_a_title_set_larger_against_a_long_name_is_the_title() -> None:
    # "Hennigsdorf Haushaltswaren GmbH" fills the line and "RECHNUNG", 20 pt after 17 pt,
    # starts where it ends: read as one word "GmbHRECHNUNG", the page was named after the
    # order it refers to ("Bestellung 6169149").
    name = _glyphs("Haushaltswaren GmbH", 45, 54, 17.0)
    title = _glyphs("RECHNUNG", name[-1]["x1"] + 0.5, 54, 20.0)
    fields = extract(_page(name + title))
    assert fields.document_type == "invoice"


def test_a_name_with_no_title_beside_it_names_no_type() -> None:
    # the same name in one size: no title read from it, the reference stays what was read
    fields = extract(_page(_glyphs("Haushaltswaren GmbHRECHNUNG", 45, 54, 17.0)))
    assert fields.document_type != "invoice"


@pytest.mark.parametrize(
    "marker", ["ABN 51 824 753 556", "Total AUD", "Southern Cross Homewares Pty Ltd"]
)
def test_australian_dollars_put_the_day_first(marker: str) -> None:
    fields = read_rows(
        "SALES RECEIPT",
        "Southern Cross Homewares",
        (76, [("02/06/2025 19:06", 50), ("INV-2515868", 300)]),
        (90, [(marker, 50)]),
        (160, [("Subtotal", 50), ("245.37", 400)]),
        (180, [("Total", 50), ("$269.91", 400)]),
    )
    assert fields.invoice_date == date(2025, 6, 2)


def test_american_dollars_still_put_the_month_first() -> None:
    fields = read_rows(
        "SALES RECEIPT",
        "Maple Run Outfitters LLC",
        (76, [("02/06/2025 19:06", 50), ("INV-2515868", 300)]),
        (180, [("Total", 50), ("$269.91", 400)]),
    )
    assert fields.invoice_date == date(2025, 2, 6)
