"""Session 24 (inv24d): genuine invoices told their sums are wrong or doubted, and arithmetic
errors missed. Prices printed rounded beside amounts made from finer ones; an amount whose first
figures a spreadsheet cell cut; the title's word before the invoice's number taken for a cut
total label; a tax line's base in brackets; a row priced for another quantity; a Swiss business
number before a phone; a till's VAT analysis; simplified 增值税 with its rate; tabular figures'
figure space; OCR's "-Y" for a discount in yuan. Pages and figures are my own."""

from __future__ import annotations

from support.arith_check import sums_found
from support.ocr_words import text_lines

from reinstate.invoices.fields import Fields, Item, _ocr_amount, build_lines, extract


def _rows(rows: list[tuple[float, float, float]], **totals: float) -> Fields:
    f = Fields(totals=dict(totals), currency=None)
    f.items = [
        Item(f"Item {i}", None, q, p, a, 1, (0, 10 * i, 1, 10 * i + 1))
        for i, (q, p, a) in enumerate(rows)
    ]
    return f


def _yen(rows: list[tuple[float, float, float]], tax: float) -> Fields:
    sub = sum(a for _q, _p, a in rows)
    f = _rows(rows, subtotal=sub, tax=tax, total=sub + tax)
    f.currency = "JPY"
    return f


def test_prices_printed_rounded_beside_finer_amounts_are_no_row_errors() -> None:
    # a program keeps each price to the sen and prints it to the yen: 36 × 2,417.38 = 87,026
    # beside a printed 2,417; every row of several pieces is off by its own few yen
    rows = [(36, 2417, 87026), (25, 1288, 32189), (12, 3905, 46864), (1, 740, 740)]
    assert sums_found(_yen(rows, 16682), gate=True) == {}


def test_one_row_a_few_yen_off_among_exact_rows_is_still_a_slip() -> None:
    rows = [(36, 2417, 87015), (25, 1288, 32200), (12, 3905, 46860), (4, 740, 2960)]
    found = sums_found(_yen(rows, 16903), gate=True)
    assert found["I109"]["found"] == "87,015"


def test_a_sum_read_as_its_last_figures_is_doubted_not_wrong() -> None:
    # "Totaal te b.386,40 €": the amount typed as text in a cell too narrow for it, or a sum
    # wrong in its first figures: with no glyphs to tell which, a doubt (I116), never I110
    f = _rows([], subtotal=3625.12, tax=761.28, total=386.40)
    assert set(sums_found(f, gate=True)) == {"I116"}


def test_a_cut_sum_whose_shown_figures_differ_is_still_checked() -> None:
    f = _rows([], subtotal=2189.92, total=184.92)
    assert set(sums_found(f, gate=True)) & {"I110", "I116"}


def test_the_title_before_the_invoice_number_is_no_cut_total_label() -> None:
    lines = text_lines(
        (100, [("Rechnung 58214", 40, 140)]),
        (140, [("Zwischensumme netto", 40, 160), ("CHF 2'410.00", 400, 460)]),
        (152, [("MWST 8.1 %", 40, 100), ("CHF 195.21", 400, 460)]),
        (164, [("Rechnungsbetrag", 40, 120), ("CHF 2'605.21", 400, 460)]),
    )
    assert extract(lines).totals["total"] == 2605.21


def test_a_tax_lines_base_in_brackets_is_its_base() -> None:
    lines = text_lines(
        (100, [("Rechnung Nr. 2025-118", 40, 160)]),
        (140, [("Summe netto", 40, 120), ("€ 412,40", 400, 460)]),
        (152, [("USt 20 % (412,40) € 83,48", 40, 300)]),
        (164, [("Rechnungsbetrag", 40, 120), ("€ 495,88", 400, 460)]),
    )
    f = extract(lines)
    assert [(r, b, t) for r, b, t, *_ in f.tax_rows] == [(20.0, 412.40, 83.48)]
    assert sums_found(f, gate=True)["I110"]["expected"] == "82.48"


def test_a_row_priced_for_one_piece_more_is_the_rows_error() -> None:
    # 5 × 1,183.50 printed 7,101.00 (six of them): the gap is a fifth of the row, as a VAT
    # rate of it would be, and the rest of the page holds
    rows = [(5, 1183.50, 7101.00), (20, 1230.00, 24600.00), (2, 364.25, 728.50)]
    f = _rows(rows, subtotal=32429.50, tax=6810.20, total=39239.70)
    found = sums_found(f, gate=True)
    assert found["I109"]["expected"] == "5,917.50"


def test_a_swiss_business_number_names_no_tax() -> None:
    lines = text_lines(
        (60, [("UID: CHE-204.377.915 MWST Tel. +41 44 318 6548", 40, 300)]),
        (100, [("Rechnung Nr. 4410", 40, 160)]),
        (140, [("Zwischensumme netto", 40, 160), ("CHF 600.00", 400, 460)]),
        (152, [("MWST 8.1 %", 40, 100), ("CHF 48.60", 400, 460)]),
        (164, [("Rechnungsbetrag", 40, 120), ("CHF 648.60", 400, 460)]),
    )
    f = extract(lines)
    assert f.totals["tax"] == 48.60
    assert sums_found(f, gate=True) == {}


def _till(tax_a: str) -> Fields:
    return extract(
        text_lines(
            (60, [("Bon 4-2291", 40, 100)]),
            (120, [("SUMME", 40, 80), ("EUR 1.358,60", 300, 360)]),
            (136, [(f"A 20 % Netto 712,50 USt {tax_a}", 40, 300)]),
            (148, [("B 10 % Netto 485,00 USt 48,50", 40, 300)]),
            (160, [("Bankomat / Karte", 40, 120)]),
        )
    )


def test_a_tills_vat_analysis_row_is_its_rates_base_and_tax() -> None:
    f = _till("142,50")
    assert "subtotal" not in f.totals and f.totals["tax"] == 191.0
    assert sorted(r for r, *_ in f.tax_rows) == [10.0, 20.0]
    assert sums_found(f, gate=True) == {}


def test_a_tills_vat_analysis_row_checks_its_tax() -> None:
    assert sums_found(_till("152,50"), gate=True)["I110"]["label"] == "tax at 20%"


def test_simplified_vat_with_its_rate_is_a_tax_line() -> None:
    lines = text_lines(
        (100, [("合计", 40, 80), ("¥10,000.00", 400, 460)]),
        (112, [("增值税 13 % (10,000.00) ¥1,300.00", 40, 300)]),
        (124, [("价税合计", 40, 80), ("¥11,300.00", 400, 460)]),
    )
    assert extract(lines).totals["tax"] == 1300.0


def test_a_figure_space_between_tabular_digits_groups_thousands() -> None:
    # the text in a proportional font (its space 3.8 wide), the figures tabular (7.2 each)
    chars = []
    for text, x0 in (("Butelka", 60.0), ("stalowa", 110.6)):
        chars.append({"text": text, "x0": x0, "x1": x0 + 46.8, "top": 50, "bottom": 62})
    for text, x0 in (("1", 491.2), ("361,60", 505.6)):
        chars.append({"text": text, "x0": x0, "x1": x0 + 7.2 * len(text), "top": 50})
    for c in chars:
        c.update(bottom=62, size=12.0, font="DejaVuSansMono", word=True)
    (line,) = build_lines({"number": 1, "chars": chars})
    assert line.words[-1].text == "1\u00a0361,60"


def test_ocr_reads_a_discounts_yuan_sign_as_y() -> None:
    assert _ocr_amount("-Y811.55", Fields()) == "-¥811.55"
