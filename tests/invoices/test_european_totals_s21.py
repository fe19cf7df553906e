"""Session 21: the sums of Polish and Czech invoices. A spreadsheet (LibreOffice Calc) cuts a
label too long for its cell where the amount's cell starts ("Razem ne" of "Razem netto", its
last glyph under the amount's first digit), and cuts the rate off "Razem VAT 23%"; OCR reads
such a cut with a sliver of the cut glyph ("Razem nei") and a caron as an acute ("Celkem k
uhradé"); a Czech invoice's grand total is the bare "Celkem". Each test failed before its fix.
Pages and figures are my own, placed glyph by glyph or word by word."""

from __future__ import annotations

from datetime import date
from typing import Any

from support.ocr_words import read_rows

from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import Fields, build_lines, extract
from reinstate.invoices.vocab import TOTAL_LABELS

GLYPH = 6.0  # a bold 9 pt glyph's advance


def _glyphs(text: str, x0: float, top: float, order: int) -> list[dict[str, Any]]:
    """A text layer's characters, one glyph's advance apart, drawn in order from `order`."""
    return [
        {
            "text": c,
            "x0": x0 + i * GLYPH,
            "x1": x0 + (i + 1) * GLYPH,
            "top": top,
            "bottom": top + 9,
            "size": 9.0,
            "font": "DejaVuSans-Bold",
            "order": order + i,
        }
        for i, c in enumerate(text)
    ]


def _calc_page(rows: list[tuple[float, str, str]]) -> Fields:
    """Calc's sums: each label cut where its amount's cell starts, 1.2 glyphs before the cut
    label's last glyph ends (the amount right-aligned in a cell that starts under it)."""
    chars = _glyphs("FAKTURA VAT FV/12/2026", 300, 20, 0)
    chars += _glyphs("Data wystawienia 2026-02-03", 40, 40, 100)
    chars += _glyphs("Hurtownia Przykładowa Sp. z o.o.", 40, 60, 200)
    order = 300
    for top, label, amount in rows:
        chars += _glyphs(label, 400, top, order)
        chars += _glyphs(amount, 400 + (len(label) - 0.8) * GLYPH, top, order + 50)
        order += 100
    return extract(build_lines({"number": 1, "chars": chars}))


def test_a_cut_label_glued_to_its_amount_is_read_as_its_sum() -> None:
    f = _calc_page(
        [
            (300, "Razem ne", "2 300,00"),
            (315, "Razem V", " 345,00"),
            (330, "Razem V", "  40,00"),
            (345, "Razem br", "2 685,00"),
        ]
    )
    assert f.totals["subtotal"] == 2300.0
    assert f.totals["total"] == 2685.0


def test_two_rates_cut_off_one_tax_label_both_count() -> None:
    f = _calc_page(
        [
            (300, "Razem ne", "2 300,00"),
            (315, "Razem VAT", " 345,00"),
            (330, "Razem VAT", "  40,00"),
            (345, "Razem br", "2 685,00"),
        ]
    )
    assert f.totals["tax"] == 385.0


def test_a_scanned_cut_label_with_a_sliver_of_its_glyph() -> None:
    f = read_rows(
        "Faktura VAT",
        "Hurtownia Przykladowa Sp. z 0.0.",
        (100, [("Data", 50), ("wystawienia", 80), ("03.02.2026", 160)]),
        (300, [("Razem", 400), ("nei", 434), ("2 300,00", 470)]),
        (315, [("Razem", 400), ("VA’", 434), ("345,00", 481)]),
        (330, [("Razem", 400), ("VA_", 434), ("40,00", 487)]),
        (345, [("Razembru’", 400), ("2 685,00", 470)]),
        (370, [("Do", 50), ("zaptaty:", 66), ("2 685,00", 115), ("zt", 162)]),
    )
    assert f.totals["subtotal"] == 2300.0
    assert f.totals["total"] == 2685.0


def test_a_czech_bare_celkem_is_the_total() -> None:
    f = read_rows(
        "Faktura - danovy doklad",
        "Moravska Obchodni s.r.o.",
        (100, [("Datum", 50), ("vystaveni:", 86), ("3.", 150), ("2.", 163), ("2026", 176)]),
        (300, [("Celkem", 300), ("12 480,50", 470)]),
    )
    assert f.totals["total"] == 12480.5


def test_a_caron_read_as_an_acute_still_names_the_amount_to_pay() -> None:
    total = dict(TOTAL_LABELS)["total"]
    assert total.search("Celkem k uhradé:")


def test_a_dotted_date_with_a_stop_read_as_a_space() -> None:
    assert [d[2] for d in find_dates("Rechnungsdatum. 14.08 2025")] == [date(2025, 8, 14)]
    assert [d[2] for d in find_dates("Lieferdatum 14 08.2025")] == [date(2025, 8, 14)]
    assert find_dates("Menge 12 Preis 4.50 2025,00") == []


def test_each_rate_of_razem_vat_adds_to_the_tax() -> None:
    # "Razem VAT 23%" then "Razem VAT 5%": labelled like the taxes' sum, each is one rate's row
    f = read_rows(
        "Faktura VAT",
        "Hurtownia Przykladowa Sp. z o.o.",
        (300, [("Razem netto", 400), ("2 300,00", 500)]),
        (315, [("Razem VAT 23%", 400), ("345,00", 511)]),
        (330, [("Razem VAT 5%", 400), ("40,00", 517)]),
        (345, [("Razem brutto", 400), ("2 685,00", 500)]),
        font="Helvetica",
    )
    assert f.totals["tax"] == 385.0


def test_a_czech_row_with_its_discount_and_price_without_tax() -> None:
    head = [
        ("Označení dodávky", 40),
        ("Množství", 170),
        ("Cena/MJ bez DPH", 230),
        ("Sleva %", 320),
        ("Základ", 370),
        ("DPH %", 420),
        ("DPH", 460),
        ("Celkem s DPH", 500),
    ]
    row = [
        ("Skleněná dóza 1 l", 40),
        ("50", 180),
        ("120,00", 240),
        ("5", 330),
        ("5 700,00", 370),
        ("21%", 420),
        ("1 197,00", 455),
        ("6 897,00", 505),
    ]
    f = read_rows(
        "Faktura - daňový doklad",
        "Moravská Obchodní s.r.o.",
        (200, head),
        (215, row),
        font="Helvetica",
    )
    item = f.items[0]
    assert (item.quantity, item.unit_price, item.line_total) == (50.0, 120.0, 5700.0)


def test_a_scanned_year_read_after_its_due_date_takes_the_due_dates_year() -> None:
    # a fax's "2025" read "2026": the invoice dated a year after its own due date
    f = read_rows(
        "FACTURA",
        "Distribuidora del Norte S.A. de C.V.",
        (100, [("Fecha", 300), ("de", 330), ("emision:", 345), ("03-04-2026", 400)]),
        (115, [("Vencimiento:", 300), ("17-04-2025", 400)]),
    )
    assert f.invoice_date == date(2025, 4, 3)


def test_a_misread_long_label_with_its_amount_in_its_own_cell() -> None:
    # "Zahlbetrag" read "Zahibetrag", the amount a word space after it
    f = read_rows(
        "Rechnung",
        "Beispiel Haushaltswaren GmbH",
        (300, [("Zahibetrag:", 50), ("612,30", 117), ("EUR", 155)]),
    )
    assert f.totals["total"] == 612.3
