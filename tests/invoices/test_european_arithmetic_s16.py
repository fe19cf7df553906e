"""Session 16: European invoices' arithmetic (invoices18, a Hamburg reseller's suppliers, and
invoices20's German files). Each test failed before its fix. Pages are my own, drawn with
fpdf2 or placed as OCR words."""

from __future__ import annotations

from typing import Any

import pytest
from support.arith_check import SUMS, codes_found
from support.invoice_langs import money

from reinstate.invoices import check_invoice
from reinstate.invoices.fields import build_lines, extract

fpdf = pytest.importorskip("fpdf")

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

ITEMS = [
    ("Faltkarton 400x300x200 2-wellig", 500, "Stk", 0.82),
    ("Polybeutel mit Warnhinweis 30x40", 250, "Stk", 0.09),
    ("Klebeband braun 50 mm x 66 m", 36, "Rolle", 2.15),
]


def _de(value: float) -> str:
    return money(value, "de")


def _rechnung(
    totals: list[tuple[str, float]],
    *,
    letterhead: str = "USt-IdNr.: DE318447902",
    cut: bool = False,
) -> bytes:
    """A German supplier's invoice: letterhead with `letterhead` under it, the item table, and
    the `totals` lines (label, amount). With `cut`, each long total's label is cut where its amount
    starts, the amount drawn over the label's last glyph (LibreOffice Calc's cells)."""
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dejavu", "", 14)
    pdf.set_xy(50, 40)
    pdf.cell(240, 16, "Kartonagen Weißfeld GmbH")
    pdf.set_font("dejavu", "", 9)
    for i, text in enumerate(
        ["Industriestraße 41, 33334 Gütersloh", letterhead, "Telefon 05241 99 31 20"]
    ):
        pdf.set_xy(50, 60 + 12 * i)
        pdf.cell(300, 11, text)
    pdf.set_font("dejavu", "", 16)
    pdf.set_xy(380, 40)
    pdf.cell(165, 18, "RECHNUNG", align="R")
    pdf.set_font("dejavu", "", 9)
    for i, text in enumerate(["Rechnungsnummer: 2026-268", "Rechnungsdatum: 15.03.2026"]):
        pdf.set_xy(380, 100 + 12 * i)
        pdf.cell(165, 11, text, align="R")
    for i, text in enumerate(["LQ Handelsgesellschaft mbH", "Am Speicherhof 14, 21079 Hamburg"]):
        pdf.set_xy(50, 130 + 12 * i)
        pdf.cell(300, 11, text)
    y = 190.0
    for text, x, w, align in (
        ("Bezeichnung", 50, 220, "L"),
        ("Menge", 270, 50, "R"),
        ("Einheit", 325, 50, "L"),
        ("Einzelpreis", 375, 80, "R"),
        ("Gesamt", 455, 90, "R"),
    ):
        pdf.set_xy(x, y)
        pdf.cell(w, 12, text, align=align)
    for desc, qty, unit, price in ITEMS:
        y += 14
        for text, x, w, align in (
            (desc, 50, 220, "L"),
            (str(qty), 270, 50, "R"),
            (unit, 325, 50, "L"),
            (_de(price), 375, 80, "R"),
            (_de(round(qty * price, 2)), 455, 90, "R"),
        ):
            pdf.set_xy(x, y)
            pdf.cell(w, 12, text, align=align)
    y += 26
    for label, value in totals:
        amount = f"{_de(value)} €"
        if cut and len(label) > 12:
            # the label's cell ends four glyphs before the label does: the amount is drawn
            # from its edge, over the label's next glyph drawn before it
            shown = label[:-4]
            pdf.set_xy(380, y)
            pdf.cell(pdf.get_string_width(shown), 12, shown)
            edge = 380 + pdf.get_string_width(shown)
            pdf.set_xy(edge + 0.2, y)
            pdf.cell(4, 12, label[len(shown)])
            pdf.set_xy(edge, y)
            pdf.cell(pdf.get_string_width(amount), 12, amount)
        else:
            pdf.set_xy(330, y)
            pdf.cell(120, 12, label)
            pdf.set_xy(455, y)
            pdf.cell(90, 12, amount, align="R")
        y += 14
    return bytes(pdf.output())


NET = round(sum(round(q * p, 2) for _d, q, _u, p in ITEMS), 2)
TAX = round(NET * 0.19, 2)


def _arithmetic(data: bytes) -> list[tuple[str, dict[str, Any]]]:
    report = check_invoice(data, filename="rechnung.pdf", isolate=False)
    return [(x.code, x.params) for x in report.findings if x.code in ("I109", "I110", "I116")]


def test_a_tax_number_grouped_with_no_break_spaces_is_no_tax() -> None:
    """fpdf2's "USt-IdNr.: DE 330 671 048 Amtsgericht Bremen HRB 38120" with no-break spaces
    between the groups: read as a tax line, the register number made a tax of 38.120 and three
    genuine German invoices of invoices20 were told their total was wrong."""
    data = _rechnung(
        [("Zwischensumme netto", NET), ("USt. 19 %", TAX), ("Rechnungsbetrag", NET + TAX)],
        letterhead="USt-IdNr.: DE 330\u00a0671\u00a0048 Amtsgericht Bremen HRB 38120",
    )
    report = check_invoice(data, filename="rechnung.pdf", isolate=False)
    assert report.fields.totals["tax"] == pytest.approx(TAX)
    assert not report.codes & {"I109", "I110", "I116"}


def test_a_label_cut_by_the_amount_drawn_over_it_is_read() -> None:
    """LibreOffice Calc cuts "Zwischensumme netto" and "Rechnungsbetrag" at the next cell and
    draws the amount from there ("Rechnungsbe1.548,79", the label's next glyph under the
    amount's first digit): run together, no subtotal and no total was read
    (invoices20's and invoices18's Calc invoices)."""
    data = _rechnung(
        [("Zwischensumme netto", NET), ("USt. 19%", TAX), ("Rechnungsbetrag", NET + TAX)],
        cut=True,
    )
    report = check_invoice(data, filename="rechnung.pdf", isolate=False)
    lines = [ln.text for ln in build_lines_of(data)]
    assert any(text.startswith("Rechnungsbe ") for text in lines), lines
    assert report.fields.totals["subtotal"] == pytest.approx(NET)
    assert report.fields.totals["total"] == pytest.approx(NET + TAX)
    assert not report.codes & {"I109", "I110", "I116"}


def build_lines_of(data: bytes) -> list[Any]:
    from reinstate.invoices import reader

    facts = reader.read_facts(data, ocr=False)
    return [ln for page in facts["pages"] for ln in build_lines(page)]


def _checked(words: list[dict[str, Any]]) -> set[str]:
    """The arithmetic findings on a page of OCR words (no file: the fields checked alone)."""
    fields = extract(build_lines({"number": 1, "chars": words}))
    return codes_found(fields, ocr=True, file_type="jpeg") & set(SUMS)


def test_a_total_a_cent_off_parts_that_make_it_exactly_is_an_error() -> None:
    """ "Nettobetrag 3.101,02 / USt. 19% 589,19 / Rechnungsbetrag 3.690,20": the tax is 19 % of
    the net to the cent, so the total was made from the printed amounts and is 3.690,21; the
    three cents' slack for rounding hid the error (invoices18's 011)."""
    net = NET + 14.90
    tax = round(net * 0.19, 2)
    lines = [("Zwischensumme", NET), ("Versandkosten", 14.90), ("Nettobetrag", net)]
    wrong = _rechnung([*lines, ("USt. 19%", tax), ("Rechnungsbetrag", net + tax - 0.01)])
    found = _arithmetic(wrong)
    assert [code for code, _p in found] == ["I110"]
    assert found[0][1]["expected"] == _fmt_en(net + tax)
    right = _rechnung([*lines, ("USt. 19%", tax), ("Rechnungsbetrag", net + tax)])
    assert _arithmetic(right) == []


def _fmt_en(value: float) -> str:
    return f"{value:,.2f}"


def _scan_words(rows: list[tuple[float, list[tuple[str, float]]]]) -> list[dict[str, Any]]:
    """A copier's scan as OCR words read with confidence, rows of (top, [(text, x0)])."""
    from support.ocr_words import word

    words = [
        {**word("Rechnung", 400, 20), "conf": 95},
        {**word("Wendt & Söhne", 50, 60), "conf": 95},
    ]
    for top, cells in rows:
        words += [{**word(text, x, top), "conf": 93} for text, x in cells]
    return words


SCAN_TABLE = [
    (100, [("Pos.", 50), ("Bezeichnung", 80), ("Menge", 300), ("—_—_Einzelpreis", 370)]),
    (100, [("Gesamt", 480)]),
    (118, [("1", 50), ("Bit-Set", 80), ("32-tlg.", 130), ("200", 300), ("8,12", 400)]),
    (118, [("1.624,00", 480)]),
    (132, [("2", 50), ("Cuttermesser", 80), ("18", 150), ("mm", 165), ("36", 305)]),
    (132, [("2,46", 400), ("88,56", 490)]),
]


def test_a_header_cell_s_rule_read_into_its_label_leaves_the_column() -> None:
    """A copier's scan reads the rule over "Einzelpreis" into it ("—_—_Einzelpreis"): the price
    column not found, each row's price was its amount, and the lines' sum (10,58) was doubted
    against the subtotal (I116) on invoices18's 204."""
    words = _scan_words([*SCAN_TABLE, (160, [("Zwischensumme", 330), ("1.712,56", 480)])])
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert [(i.quantity, i.unit_price, i.line_total) for i in fields.items] == [
        (200, 8.12, 1624.0),
        (36, 2.46, 88.56),
    ]


# the same rows under a header read clean
CLEAN_TABLE = [(top, [(text.strip("—_"), x) for text, x in cells]) for top, cells in SCAN_TABLE]


def _scan_totals(tax: float, total: float) -> list[dict[str, Any]]:
    return _scan_words(
        [
            *CLEAN_TABLE,
            (160, [("Zwischensumme", 330), ("1.712,56", 480)]),
            (174, [("Rabatt", 330), ("5%", 370), ("-85,63", 480)]),
            (188, [("Nettobetrag", 330), ("1.626,93", 480)]),
            (202, [("USt.", 330), ("19%", 360), (_de(tax), 480)]),
            (216, [("Rechnungsbetrag", 330), (_de(total), 480)]),
        ]
    )


def test_a_scan_s_tax_off_its_rate_that_the_total_bears_out_is_an_error() -> None:
    """A scan's "USt. 19% 318,12" under a net of 1.626,93 (19 % is 309,12), the total
    1.945,05 their sum: the total confirms OCR read the tax, and no rate makes it, so the tax
    is the supplier's error (invoices18's 204). OCR'd rates were not checked before."""
    assert _checked(_scan_totals(318.12, 1945.05)) == {"I110"}
    assert _checked(_scan_totals(309.12, 1936.05)) == set()


def test_a_scan_s_tax_that_another_rate_makes_is_in_doubt() -> None:
    """The tax at 7 % where the page reads 19 %: OCR may have misread the rate, so the sums
    are not confirmed (I116) rather than called wrong."""
    tax = round(1626.93 * 0.07, 2)
    assert _checked(_scan_totals(tax, round(1626.93 + tax, 2))) == {"I116"}


def test_a_discount_under_the_lines_with_no_subtotal_is_taken_off_them() -> None:
    """ "Descuento 4%: -289,80 € / Total factura: 6.955,16 €" with no subtotal read (a Spanish
    "Suma:"): the lines were compared with the total as they were, and a genuine invoice was
    told its total was wrong (invoices18's 106). A total off the lines less the discount still
    is an error."""
    rows = [
        (100, [("Concepto", 80), ("Cant.", 300), ("Precio", 370), ("Importe", 480)]),
        (118, [("Taza", 80), ("de", 110), ("cerámica", 125), ("60", 305), ("2,18", 400)]),
        (118, [("130,80", 480)]),
        (132, [("Azulejo", 80), ("decorativo", 125), ("500", 300), ("12,64", 400)]),
        (132, [("6.320,00", 480)]),
        (160, [("Descuento", 330), ("4%:", 385), ("-258,03", 480)]),
    ]
    right = _scan_words([*rows, (174, [("Total", 330), ("factura:", 360), ("6.192,77", 480)])])
    assert _checked(right) == set()
    wrong = _scan_words([*rows, (174, [("Total", 330), ("factura:", 360), ("6.292,77", 480)])])
    assert _checked(wrong) == {"I110"}


def test_an_uncertain_total_one_digit_off_the_sums_is_said_to_be_unconfirmed() -> None:
    """A phone photo's "Rechnungsbetrag 1.469,38" (read at confidence 41, its comma lost)
    under a net of 1.318,81 and a tax of 250,57 making 1.569,38: the sum was taken for the
    total and nothing was said, though the page printed 1.469,38 (invoices18's 367, an error
    of the supplier's). OCR's misreading or the supplier's error: the sums are unconfirmed."""
    words = _scan_words(
        [
            (188, [("Nettobetrag:", 330), ("1.318,81", 480)]),
            (202, [("USt.", 330), ("19%:", 360), ("250,57", 480)]),
            (216, [("Rechnungsbetrag:", 330), ("1.469,38", 480)]),
        ]
    )
    words[-1]["conf"] = 41.0
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.totals["total"] == pytest.approx(1569.38)
    assert _checked(words) == {"I116"}


def test_the_net_under_the_subtotal_and_shipping_is_no_total() -> None:
    """A copier's scan whose "Rechnungsbetrag" OCR garbled ("Rechnungspetrag 3.5/9 69"):
    "Nettobetrag 3.008,14" sums "Zwischensumme 2.993,24" and "Versandkosten 14,90" and was
    taken for the total, and a genuine invoice was told its total missed the tax (I110 on
    invoices18's 358). No total is read rather than the net."""
    words = _scan_words(
        [
            (160, [("Zwischensumme", 330), ("2.993,24", 480)]),
            (174, [("Versandkosten", 330), ("14,90", 495)]),
            (188, [("Nettobetrag", 330), ("3.008,14", 480)]),
            (202, [("USt.", 330), ("19%", 360), ("571,55", 487)]),
            (216, [("Rechnungspetrag", 330), ("3.5/9", 470), ("69", 500)]),
        ]
    )
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert "total" not in fields.totals
    assert _checked(words) == set()


def test_a_thousands_group_after_a_narrow_one_is_one_amount() -> None:
    """OCR's box of a "1" hugs its narrow ink: "1 659,00" was read as 1 and 659,00 apart, the
    row's amount 1, and a genuine French scan was told its line and subtotal were wrong
    (invoices18's 303)."""
    from support.ocr_words import word

    words = [{**word("FACTURE", 400, 20), "conf": 95}, {**word("Morvan", 50, 60), "conf": 95}]
    for text, x0, x1 in (
        ("Désignation", 80, 140),
        ("Qté", 330, 350),
        ("P.U. HT", 430, 465),
        ("Montant HT", 500, 540),
    ):
        words.append({**word(text, x0, 100), "x1": x1, "conf": 93})
    for text, x0, x1, top, bottom in (
        ("Cuillère", 84.4, 119.9, 120, 127.7),
        ("300", 333.7, 349.0, 120, 127.7),
        ("5,53", 444.5, 462.7, 120, 127.7),
        ("1", 502.5, 505.3, 120, 126.7),
        ("659,00", 510.1, 538.9, 120, 127.7),
    ):
        words.append({**word(text, x0, top), "x1": x1, "bottom": bottom, "conf": 90})
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert [(i.quantity, i.unit_price, i.line_total) for i in fields.items] == [(300, 5.53, 1659.0)]


def test_a_scan_s_label_run_into_its_amount_is_read() -> None:
    """A copier's scan of a Calc page reads "Verzendkosten€12,50" as one word: the shipping
    not read, the total looked 12,50 too high (I110 on invoices18's 001)."""
    words = _scan_words(
        [
            (160, [("Subtotaal", 330), ("€1.465,00", 480)]),
            (174, [("Verzendkosten€12,50", 330)]),
            (188, [("Btw", 330), ("21%", 360), ("€310,28", 485)]),
            (202, [("Totaal", 330), ("€1.787,78", 480)]),
        ]
    )
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.totals["shipping"] == pytest.approx(12.5)
    assert _checked(words) == set()
