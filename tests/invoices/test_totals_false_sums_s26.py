"""Session 26 (inv26c): totals, dates and false sums on French, Italian, Spanish, English and
Japanese layouts. A dinar's thousandths taken for thousands; a registration number under a tax's
name read as the tax; a total drawn over the end of its label; a company number wrapped before
the tax's name; "Total HT" misread by OCR and taken for the total; CGST and SGST at one rate
never checked; a discount above the subtotal taken off the tax's base again; OCR's "=" for a
rupee sign; a total whose cents a page's edge cut. Pages, companies and figures are my own."""

from __future__ import annotations

import pytest
from support.arith_check import sums_found
from support.ocr_words import placed_lines, read_rows
from support.rows_pdf import Row
from support.rows_pdf import rows_pdf as _pdf

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Fields, Item, extract

_SUMS = {"I109", "I110", "I116"}


def _checked(rows: list[Row]):  # type: ignore[no-untyped-def]
    return check_invoice(_pdf(rows), filename="x.pdf", ocr=False)


# A Tunisian supplier's facture: its dinar has a thousandth as minor unit ("millimes"), every
# amount printed with three decimals, grouped by a space
_DINARS = [
    [("Poterie Kerkouane SARL", 40), ("FACTURE", 450)],
    [("Zone industrielle, 8050 Hammamet, Tunisie", 40), ("N° TK-4417", 450)],
    [("MF 1587321/B/A/M/000", 40), ("Date : 14/05/2025", 450)],
    [("Client : Maison Sirocco SARL, 12 quai du Port, 13007 Marseille", 40)],
    [("Désignation", 40), ("Qté", 260), ("P.U. HT", 320), ("Montant HT", 460)],
    [("Jarre émaillée 40 cm", 40), ("12", 265), ("61,250", 320), ("735,000", 460)],
    [("Plat à couscous", 40), ("30", 265), ("14,375", 320), ("431,250", 460)],
    [("Total HT", 360), ("1 166,250 DT", 460)],
    [("TVA 19%", 360), ("221,588 DT", 460)],
    [("Total TTC", 360), ("1 387,838 DT", 460)],
]


def test_a_dinar_invoice_reads_its_thousandths_as_decimals() -> None:
    report = _checked(_DINARS)
    t = report.fields.totals
    assert t["total"] == pytest.approx(1387.838)
    assert t["subtotal"] == pytest.approx(1166.25)
    assert [i.line_total for i in report.fields.items] == pytest.approx([735.0, 431.25])
    assert not report.codes & _SUMS


def test_dinars_written_with_a_decimal_point_and_the_code_first() -> None:
    rows = [
        [("Gulf Lantern Trading W.L.L.", 40), ("INVOICE", 450)],
        [("Shuwaikh Industrial, Kuwait", 40), ("Date: 03/02/2026", 450)],
        [("Description", 40), ("Qty", 260), ("Unit", 320), ("Amount", 460)],
        [("Brass lantern", 40), ("4", 265), ("18.500", 320), ("74.000", 460)],
        [("Subtotal", 360), ("KWD 74.000", 460)],
        [("Freight", 360), ("KWD 6.250", 460)],
        [("Total", 360), ("KWD 80.250", 460)],
    ]
    report = _checked(rows)
    assert report.fields.totals["total"] == pytest.approx(80.25)
    assert not report.codes & _SUMS


def test_a_bare_number_under_a_tax_name_in_the_letterhead_is_no_tax() -> None:
    # a Taiwanese exporter's eight-digit business number printed as "VAT 41827305"
    rows = [
        [("Jade Harbour Electronics Co., Ltd.", 40), ("INVOICE", 450)],
        [("No. 7, Lane 12, Zhongshan Rd, Hsinchu City, Taiwan", 40)],
        [("VAT 41827305", 40)],
        [("Bill To: Orchard Lane Retail", 40), ("Invoice No.: JH-2291", 400)],
        [("Date: 2026-05-11", 400)],
        [("Description", 40), ("Qty", 260), ("Unit Price", 320), ("Amount", 460)],
        [("Travel adapter", 40), ("100", 265), ("NT$41", 320), ("NT$4,100", 460)],
        [("Subtotal", 360), ("NT$4,100", 460)],
        [("TOTAL", 360), ("NT$4,100", 460)],
    ]
    report = _checked(rows)
    assert "tax" not in report.fields.totals
    assert report.fields.totals["total"] == 4100
    assert not report.codes & _SUMS


def test_a_total_drawn_over_the_end_of_its_label_is_read() -> None:
    # fpdf2 prints a bold "Totale documento" past its cell and the amount from the next
    # cell's right edge, over the label's last letters: no glyph lies half under another
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for y, left, right in (
        (60, "Fattura", "N. 88/2025 - Data 09/06/2025"),
        (80, "Vetreria Laguna S.r.l.", "Cessionario: Bottega Ruggeri"),
        (100, "P.IVA IT04412760279", "Via Garibaldi 5, 40121 Bologna"),
    ):
        pdf.text(40, y, left)
        pdf.text(320, y, right)
    pdf.text(40, 140, "Descrizione")
    pdf.text(300, 140, "Q.ta")
    pdf.text(360, 140, "Prezzo")
    pdf.text(500, 140, "Importo")
    pdf.text(40, 158, "Bicchiere soffiato")
    pdf.text(300, 158, "12")
    pdf.text(360, 158, "18,40")
    pdf.text(500, 158, "220,80")
    pdf.text(400, 190, "Imponibile")
    pdf.text(500, 190, "220,80 EUR")
    pdf.text(400, 206, "IVA 22%")
    pdf.text(500, 206, "48,58 EUR")
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.text(430, 226, "Totale documento")
    # the amount's first figure a point into the label's "m": a tenth of it, not half
    pdf.text(430 + pdf.get_string_width("Totale docum") - 1.0, 226, "269,38 EUR")
    report = check_invoice(bytes(pdf.output()), filename="x.pdf", ocr=False)
    assert report.fields.totals["total"] == pytest.approx(269.38)
    assert not report.codes & _SUMS


def test_a_company_number_wrapped_before_the_tax_name_is_no_tax() -> None:
    # a spreadsheet's narrow cell wraps "SIRET 523 118 947 00026 · TVA FR…" onto three lines
    rows = [
        [("Atelier Calanque SAS", 40), ("FACTURE", 330)],
        [("SIRET 523 118", 40), ("N° FA-3310", 330)],
        [("947 00026 · TVA", 40)],
        [("FR61523118947", 40), ("Date 02/04/2025", 330)],
        [("Désignation", 40), ("Qté", 200), ("P.U. HT", 260), ("Montant HT", 420)],
        [("Coussin lin", 40), ("10", 205), ("22,50", 260), ("225,00", 420)],
        [("Total HT", 330), ("225,00 €", 420)],
        [("TVA 20%", 330), ("45,00 €", 420)],
        [("Total TTC", 330), ("270,00 €", 420)],
    ]
    report = _checked(rows)
    assert report.fields.totals["tax"] == pytest.approx(45.0)
    assert not report.codes & _SUMS


def test_a_net_total_misread_by_ocr_gives_way_to_the_total_with_tax() -> None:
    # a phone photo's "Total HT" read "Total AT", over the VAT and the "Total TTC"
    lines = placed_lines(
        [
            [("REÇU", 40)],
            [("Droguerie du Souss SARL, Agadir", 40)],
            [("Date : 11/03/2025", 300)],
            [("Total AT", 300), ("1.840,50 MAD", 420)],
            [("TVA 20%", 300), ("368,10 MAD", 420)],
            [("Total TTC", 300), ("2.208,60 MAD", 420)],
        ],
        conf=95.0,
    )
    f = extract(lines)
    assert f.totals["total"] == pytest.approx(2208.60)
    assert f.totals["subtotal"] == pytest.approx(1840.50)


def test_a_net_total_ocr_read_as_total_hi_is_the_subtotal() -> None:
    lines = placed_lines(
        [
            [("FACTURE", 40)],
            [("Savonnerie des Alpilles SAS", 40)],
            [("Date : 20/01/2025", 300)],
            [("Total HI", 300), ("900,00 €", 420)],
            [("Frais de port", 300), ("15,00 €", 420)],
            [("TVA 20%", 300), ("183,00 €", 420)],
            [("Total TTC", 300), ("1 098,00 €", 420)],
        ],
        conf=95.0,
    )
    f = extract(lines)
    assert f.totals["subtotal"] == pytest.approx(900.0)
    assert f.totals["total"] == pytest.approx(1098.0)


def _gst(cgst: str, sgst: str, total: str) -> list[Row]:
    return [
        [("Deccan Loom Works Pvt Ltd", 40), ("TAX INVOICE", 430)],
        [("Salem, Tamil Nadu, India", 40), ("Invoice Date: 14-Jan-2026", 400)],
        [("Description", 40), ("Qty", 260), ("Rate", 320), ("Amount", 460)],
        [("Cotton saree", 40), ("20", 265), ("1,250.00", 320), ("25,000.00", 460)],
        [("Handloom towel", 40), ("150", 265), ("86.55", 320), ("12,982.50", 460)],
        [("Subtotal", 360), ("37,982.50", 460)],
        [("CGST @ 6%", 360), (cgst, 460)],
        [("SGST @ 6%", 360), (sgst, 460)],
        [("Total", 360), (total, 460)],
    ]


def test_cgst_and_sgst_at_one_rate_are_checked_against_the_taxable_value() -> None:
    # 6 % of 37,982.50 is 2,278.95: both taxes printed 0.50 over it, the total made from them
    report = _checked(_gst("2,279.45", "2,279.45", "42,541.40"))
    assert "I110" in report.codes


def test_cgst_and_sgst_made_right_are_no_error() -> None:
    report = _checked(_gst("2,278.95", "2,278.95", "42,540.40"))
    assert not report.codes & _SUMS


def _yen_with_discount(tax: float) -> Fields:
    """Rows, a discount printed above the subtotal it is already taken from, the tax."""
    f = Fields(currency="JPY", tax_rate=10.0)
    f.items = [Item("Cast iron pan", None, 100, 4800, 480000, 1, (40, 100, 550, 110))]
    f.totals = {"discount": -24000, "subtotal": 456000, "tax": tax, "total": 456000 + tax}
    f.totals_where = {
        "discount": (1, (40, 120, 550, 130)),
        "subtotal": (1, (300, 140, 550, 150)),
        "tax": (1, (300, 160, 550, 170)),
        "total": (1, (300, 180, 550, 190)),
    }
    return f


def test_a_tax_off_its_rate_under_a_discounted_subtotal_is_an_error_of_the_tax() -> None:
    found = sums_found(_yen_with_discount(45700), gate=True)
    assert set(found) == {"I110"}
    assert found["I110"]["expected"] == "45,600"


def test_a_tax_on_a_discounted_subtotal_made_right_is_no_error() -> None:
    assert sums_found(_yen_with_discount(45600), gate=True) == {}


def test_a_rupee_sign_read_as_an_equals_sign_leaves_the_total() -> None:
    # a phone photo's "₹3,52,190.40" read "=3,52,190.40", with little confidence
    f = read_rows(
        "TAX INVOICE",
        "Vindhya Brassware Pvt Ltd, Moradabad, India",
        (120, [("Subtotal", 300), ("2,98,466.44", 420)]),
        (140, [("CGST @ 9%", 300), ("26,861.98", 420)]),
        (160, [("SGST @ 9%", 300), ("26,861.98", 420)]),
        (180, [("Total Due", 300), ("=3,52,190.40", 420)]),
    )
    assert f.totals["total"] == pytest.approx(352190.40)


def test_a_total_whose_cents_the_page_edge_cut_is_the_sum_of_its_parts() -> None:
    # "AED 6,214." at a scan's right edge: the sum read above it ends in those units
    f = read_rows(
        "TAX INVOICE",
        "Creek Harbour Trading LLC, Deira, Dubai, UAE",
        (120, [("Subtotal", 300), ("5,918.20", 420)]),
        (140, [("VAT 5%", 300), ("295.91", 420)]),
        (160, [("Total Due", 300), ("AED", 400), ("6,214.", 430)]),
    )
    assert f.totals["total"] == pytest.approx(6214.11)


def test_a_total_cut_to_other_units_than_the_sum_is_not_taken() -> None:
    f = read_rows(
        "TAX INVOICE",
        "Creek Harbour Trading LLC, Deira, Dubai, UAE",
        (120, [("Subtotal", 300), ("5,918.20", 420)]),
        (140, [("VAT 5%", 300), ("295.91", 420)]),
        (160, [("Total Due", 300), ("AED", 400), ("6,241.", 430)]),
    )
    assert "total" not in f.totals


# Session 26 (inv26g): mends of the above a reviewer found wrong


def test_whole_dinars_grouped_by_a_comma_are_read_whole() -> None:
    # a Kuwaiti shop's prices in whole dinars, "KD 1,180" a thousand and more: the bare "KD 295"
    # beside the same code says the currency is printed whole
    rows = [
        [("Fintas Marble & Tile Co. W.L.L.", 40), ("INVOICE", 450)],
        [("Block 4, Fahaheel, Kuwait", 40), ("Date: 11/03/2026", 450)],
        [("Invoice No: FM-0917", 40)],
        [("Description", 40), ("Qty", 260), ("Unit", 320), ("Amount", 460)],
        [("Marble slab", 40), ("4", 265), ("KD 295", 320), ("KD 1,180", 460)],
        [("Tile adhesive", 40), ("30", 265), ("KD 41", 320), ("KD 1,230", 460)],
        [("Total", 360), ("KD 2,410", 460)],
    ]
    report = _checked(rows)
    assert report.fields.totals["total"] == pytest.approx(2410.0)
    assert [i.line_total for i in report.fields.items] == pytest.approx([1180.0, 1230.0])
    assert not report.codes & _SUMS


def test_iraqi_dinars_grouped_twice_are_whole() -> None:
    rows = [
        [("Basra Cold Chain Trading Co.", 40), ("INVOICE", 450)],
        [("Ashar, Basra, Iraq", 40), ("Date: 11/03/2026", 420)],
        [("Invoice No: BC-3310", 40)],
        [("Description", 40), ("Qty", 250), ("Unit price", 300), ("Amount", 440)],
        [("Chest freezer", 40), ("6", 255), ("IQD 415,000", 300), ("IQD 2,490,000", 440)],
        [("Ice box", 40), ("25", 255), ("IQD 18,250", 300), ("IQD 456,250", 440)],
        [("Total", 340), ("IQD 2,946,250", 440)],
    ]
    report = _checked(rows)
    assert report.fields.totals["total"] == pytest.approx(2946250.0)
    assert not report.codes & _SUMS


def test_a_capital_in_whole_dinars_leaves_the_thousandths_read() -> None:
    # "au capital de 20.000 DT" on the letterhead: a whole number with the other mark; and a
    # stamp duty's whole "1 DT" under the sums
    rows = [[("Poterie Kerkouane SARL au capital de 20.000 DT", 40), ("FACTURE", 450)]]
    report = _checked([*rows, *_DINARS[1:], [("Droit de timbre inclus : 1 DT", 40)]])
    assert report.fields.totals["total"] == pytest.approx(1387.838)
    assert not report.codes & _SUMS


def _dong(tax: str, total: str) -> list[Row]:
    return [
        [("Hoi An Silk Lantern Co., Ltd", 40), ("INVOICE", 450)],
        [("27 Tran Phu, Hoi An, Quang Nam", 40), ("Date: 11/03/2026", 420)],
        [("Invoice No: HA-0588", 40)],
        [("Description", 40), ("Qty", 260), ("Unit price", 320), ("Amount", 460)],
        [("Silk lantern", 40), ("80", 265), ("2350000", 320), ("188000000", 460)],
        [("Subtotal:", 360), ("188000000", 460)],
        [("VAT:", 360), (tax, 460)],
        [("Total:", 360), (total, 460)],
    ]


def test_an_ungrouped_tax_that_closes_the_sums_is_the_tax() -> None:
    # dong printed without grouping: "VAT: 18800000" is the tax, 188,000,000 + it the total
    report = _checked(_dong("18800000", "206800000"))
    assert report.fields.totals["tax"] == pytest.approx(18800000.0)
    assert not report.codes & _SUMS


def _gst_part(cgst: str, sgst: str, total: str) -> list[Row]:
    # one row exempt (printed books), the other at 18 %: CGST and SGST on that one only
    return [
        [("Kaveri Stationers & Book Depot", 40), ("TAX INVOICE", 430)],
        [("Tiruchirappalli, Tamil Nadu, India", 40), ("Invoice Date: 09-Feb-2026", 400)],
        [("Description", 40), ("Qty", 260), ("Rate", 320), ("Amount", 460)],
        [("Atlas of India (exempt)", 40), ("8", 265), ("250.00", 320), ("2,000.00", 460)],
        [("Geometry box", 40), ("56", 265), ("125.00", 320), ("7,000.00", 460)],
        [("Subtotal", 360), ("9,000.00", 460)],
        [("CGST @ 9%", 360), (cgst, 460)],
        [("SGST @ 9%", 360), (sgst, 460)],
        [("Total", 360), (total, 460)],
    ]


def test_cgst_and_sgst_on_part_of_the_goods_are_no_sure_error() -> None:
    # 18 % of 7,000.00 only: 1,260.00, half each; the page says nothing of which goods bear
    # it. 18 % of the subtotal, 1,620.00, has two figures swapped: once a sure slip (I110)
    report = _checked(_gst_part("630.00", "630.00", "10,260.00"))
    assert report.fields.tax_rate == pytest.approx(18.0)
    assert not report.codes & {"I109", "I110"}


def test_cgst_and_sgst_over_their_rate_of_the_subtotal_stay_an_error() -> None:
    # 18 % of 9,000.00 is 1,620.00: 1,700.00 is above any part of the goods
    report = _checked(_gst_part("850.00", "850.00", "10,700.00"))
    assert "I110" in report.codes


def test_totals_by_country_are_no_sums_of_the_invoice() -> None:
    # "Total AT" is Austria's part here, no "Total HT" misread: Germany's has its own line
    rows = [
        [("Brennerpass Outdoor GmbH", 40), ("INVOICE", 450)],
        [("Innstrasse 12, 6020 Innsbruck", 40), ("Date: 11/03/2026", 420)],
        [("Invoice No: BO-7720", 40)],
        [("Description", 40), ("Qty", 260), ("Price", 320), ("Amount", 460)],
        [("Trekking pole (to Graz)", 40), ("8", 265), ("12.50", 320), ("100.00", 460)],
        [("Head torch (to Passau)", 40), ("3", 265), ("15.00", 320), ("45.00", 460)],
        [("Total AT", 340), ("100.00", 460)],
        [("Total DE", 340), ("45.00", 460)],
        [("Total", 340), ("145.00", 460)],
    ]
    report = _checked(rows)
    assert report.fields.totals["total"] == pytest.approx(145.0)
    assert not report.codes & _SUMS
