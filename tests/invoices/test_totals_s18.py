"""Session 18 (inv18b): which amount is the invoice's total, as unseen writers print it. Each
test failed before its fix, but the guards of what a fix must leave alone (a balance after a
deposit, a products' total over the freight, labels that were read whole already). Pages are
words placed by hand, in layouts of our own."""

from __future__ import annotations

import pytest
from support.ocr_words import read_rows, text_lines

from reinstate.invoices.fields import extract


def _polish(*rows, font: str = "Helvetica"):
    return read_rows(
        "Faktura VAT",
        "Tartak Zielonka Sp. z o.o.",
        (90, [("Data wystawienia: 14.05.2026", 50)]),
        (120, [("Nazwa", 50), ("Ilość", 250), ("Cena netto", 320), ("Wartość netto", 450)]),
        (134, [("Deska sosnowa", 50), ("40", 250), ("12,50", 320), ("500,00", 450)]),
        (148, [("Listwa dębowa", 50), ("10", 250), ("31,20", 320), ("312,00", 450)]),
        *rows,
        font=font,
    )


@pytest.mark.parametrize("font", ["Helvetica", "ocr"])
@pytest.mark.parametrize("currency", ["zł", "zt"])
def test_a_bare_sum_over_the_tax_and_the_amount_to_pay_is_the_net(font: str, currency: str) -> None:
    # "Razem" sums the lines before tax; "Razem do zapłaty" below it is the total
    fields = _polish(
        (170, [("Razem:", 380), (f"812,00 {currency}", 450)]),
        (184, [("Kwota VAT 23%:", 380), (f"115,00 {currency}", 450)]),
        (198, [("Kwota VAT 8%:", 380), (f"14,96 {currency}", 450)]),
        (212, [("Razem do zapłaty:", 380), (f"941,96 {currency}", 450)]),
        font=font,
    )
    assert fields.totals["subtotal"] == 812.0
    assert fields.totals["total"] == 941.96
    assert fields.totals["tax"] == 129.96


def test_a_bare_total_over_a_smaller_balance_stays_the_total() -> None:
    # a deposit taken off: the balance is no total with tax, the bare "Total" is the invoice's
    fields = read_rows(
        "INVOICE",
        "Harrow Lane Ceramics Ltd",
        (90, [("Invoice date: 14/05/2026", 50)]),
        (170, [("Total", 380), ("£1,200.00", 450)]),
        (184, [("Deposit received", 380), ("£400.00", 450)]),
        (198, [("Balance due", 380), ("£800.00", 450)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 1200.0
    assert "subtotal" not in fields.totals


@pytest.mark.parametrize(
    ("net", "gross", "expected"),
    [
        # LibreOffice Calc cuts a label at its cell's edge and prints the amount in the next cell
        ("Totale imponibil", "Totale docume", {"subtotal": 812.0, "total": 990.64}),
        ("Razem netto", "Razem do zapł", {"subtotal": 812.0, "total": 990.64}),
        ("Nettobetra", "Gesamtbetr", {"subtotal": 812.0, "total": 990.64}),
    ],
)
def test_a_sums_label_its_cell_cut_is_read_whole(net: str, gross: str, expected: dict) -> None:
    lines = text_lines(
        (40, [("Fattura", 250, 290)]),
        (60, [("Ceramiche Valdarno S.r.l.", 50, 180)]),
        (90, [("Data", 50, 80), ("14/05/2026", 120, 180)]),
        (170, [(net, 380, 450), ("812.00", 480, 520)]),
        (184, [("IVA 22%", 380, 420), ("178.64", 480, 520)]),
        (198, [(gross, 380, 450), ("990,64 €", 480, 520)]),
    )
    totals = extract(lines).totals
    assert {k: totals.get(k) for k in expected} == expected


def test_a_cut_label_two_sums_could_begin_names_none() -> None:
    # "Totale i" begins "Totale imponibile" and "Totale IVA": neither is said
    lines = text_lines(
        (40, [("Fattura", 250, 290)]),
        (60, [("Ceramiche Valdarno S.r.l.", 50, 180)]),
        (170, [("Totale imp", 380, 450), ("812.00", 480, 520)]),
        (198, [("Totale documento", 380, 450), ("990,64 €", 480, 520)]),
    )
    assert extract(lines).totals["total"] == 990.64


def test_an_items_name_that_says_its_rate_is_no_tax_line() -> None:
    fields = read_rows(
        "Fattura",
        "Pastificio Irpino S.r.l.",
        (90, [("Data: 14/05/2026", 50)]),
        (120, [("Descrizione", 50), ("Q.tà", 250), ("Prezzo", 320), ("Importo", 450)]),
        (134, [("Pasta di semola 1 kg (IVA 4%)", 50), ("20", 250), ("2,50", 320), ("50,00", 450)]),
        (148, [("Vassoio smaltato", 50), ("2", 250), ("31,00", 320), ("62,00", 450)]),
        (170, [("Totale imponibile", 380), ("112,00", 450)]),
        (184, [("IVA 22%", 380), ("13,64", 450)]),
        (198, [("IVA 4%", 380), ("2,00", 450)]),
        (212, [("Totale documento", 380), ("127,64", 450)]),
        font="Helvetica",
    )
    assert fields.totals["tax"] == 15.64


def _tally(*rows):
    return read_rows(
        "TAX INVOICE",
        "Kaveri Handloom Exports",
        (90, [("Dated: 14-May-2026", 50)]),
        (120, [("Description of Goods", 50), ("Quantity", 250), ("Rate", 320), ("Amount", 450)]),
        (134, [("Jute Floor Rug", 50), ("40 Pcs", 250), ("500.00", 320), ("20,000.00", 450)]),
        (148, [("CGST", 250), ("500.00", 450)]),
        (162, [("SGST", 250), ("500.00", 450)]),
        *rows,
        font="Helvetica",
    )


def test_a_total_whose_amount_is_printed_under_its_currency_sign_is_read() -> None:
    # Tally's "Total  40 Pcs  ₹" with the amount on the line under the sign
    fields = _tally(
        (176, [("Total", 250), ("40 Nos", 330), ("₹", 440)]),
        (188, [("21,000.00", 450)]),
        (204, [("Amount Chargeable (in words)", 50)]),
        (216, [("INR Twenty One Thousand Only", 50)]),
        (236, [("HSN/SAC", 50), ("Taxable Value", 150), ("CGST Amount", 300), ("Total", 450)]),
        (250, [("5702", 50), ("20,000.00", 150), ("500.00", 300), ("1,000.00", 450)]),
    )
    assert fields.totals["total"] == 21000.0
    # the HSN summary under the total is no subtotal of the invoice
    assert fields.totals.get("subtotal") in (None, 20000.0)


def test_a_hong_kong_traders_bilingual_total_is_read() -> None:
    fields = read_rows(
        "發票 INVOICE",
        "恒昌貿易有限公司",
        (90, [("日期 Date: 12-MAY-2026", 50)]),
        (170, [("小計 Subtotal", 330), ("9,260.00", 450)]),
        (184, [("總額 TOTAL (HKD)", 330), ("HK $9,260.00", 440)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 9260.0


def test_a_products_total_over_the_freight_is_no_invoice_total() -> None:
    fields = read_rows(
        "INVOICE",
        "Ningbo Harbour Trading Co., Ltd.",
        (170, [("Product total US $584.40", 330)]),
        (184, [("Shipping fee US $120.00", 330)]),
        (198, [("Total amount US $704.40", 330)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 704.4
