"""Session 19: genuine Western and Indian invoices told their sums are wrong (invoices28's Dutch
files; invoices29's CFDI facturas, Quebec and Indian GST invoices). Each test failed before its
fix. Pages are my own, drawn with fpdf2: a letterhead, meta lines, an item table, the sums."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.invoices import check_invoice

fpdf = pytest.importorskip("fpdf")

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# x and width of each table column, the first left-aligned, the rest right-aligned
COLS = [(50, 190, "L"), (245, 70, "R"), (320, 50, "R"), (375, 80, "R"), (460, 85, "R")]


def _invoice(
    title: str,
    meta: list[str],
    head: list[str],
    rows: list[list[str]],
    sums: list[tuple[str, str]],
    *,
    left: bool = False,
) -> bytes:
    """A page with `meta` lines under the letterhead, `rows` under `head` (as many cells as
    the head, the last columns of `COLS`; `left`: every cell left-aligned, as an HTML table's),
    then each sum's label and amount."""
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dejavu", "", 14)
    pdf.set_xy(50, 40)
    pdf.cell(260, 16, "Harlow & Finch Trading Ltd.")
    pdf.set_xy(380, 40)
    pdf.cell(165, 16, title, align="R")
    pdf.set_font("dejavu", "", 9)
    y = 66.0
    for text in meta:
        pdf.set_xy(50, y)
        pdf.cell(495, 11, text)
        y += 13
    y += 16
    cols = COLS[:1] + COLS[len(COLS) - len(head) + 1 :]
    for cells in [head, *rows]:
        for text, (x, w, align) in zip(cells, cols, strict=True):
            pdf.set_xy(x, y)
            pdf.cell(w, 12, text, align="L" if left else align)
        y += 14
    y += 12
    for label, amount in sums:
        pdf.set_xy(340, y)
        pdf.cell(120, 12, label)
        pdf.set_xy(460, y)
        pdf.cell(85, 12, amount, align="R")
        y += 14
    return bytes(pdf.output())


def _arithmetic(data: bytes) -> list[tuple[str, dict[str, Any]]]:
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    return [(x.code, x.params) for x in report.findings if x.code in ("I109", "I110", "I116")]


def _dutch(price_head: str, *, off: float = 0.0) -> bytes:
    rows = [("Tuinslang 25 m", 12, 18.45), ("Plantenbak 60 cm", 40, 7.15)]
    amounts = [round(q * p, 2) for _d, q, p in rows]
    amounts[0] = round(amounts[0] + off, 2)
    net = round(sum(amounts), 2)
    tax = round(net * 0.21, 2)

    def nl(v: float) -> str:
        return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")

    return _invoice(
        "FACTUUR",
        ["Factuurnummer 2026-118", "Factuurdatum 03-03-2026", "Klant: Groenrijk Houten"],
        ["Omschrijving", "Aantal", price_head, "Bedrag"],
        [[d, str(q), nl(p), nl(a)] for (d, q, p), a in zip(rows, amounts, strict=True)],
        [("Subtotaal", nl(net)), ("BTW 21%", nl(tax)), ("Totaal (EUR)", nl(net + tax))],
    )


@pytest.mark.parametrize("price_head", ["Prijs/st", "Preis/Stk.", "Price/pc"])
def test_a_price_per_unit_header_with_its_unit_is_the_price(price_head: str) -> None:
    """ "Prijs/st" (price a piece): the header unread, each row's price was taken for its
    amount and the subtotal told it was a few euros where the rows make thousands."""
    data = _dutch(price_head)
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    assert [i.line_total for i in report.fields.items] == [221.4, 286.0]
    assert _arithmetic(data) == []


def test_a_row_off_its_price_under_a_price_per_unit_header_is_an_error() -> None:
    found = _arithmetic(_dutch("Prijs/st", off=10.0))
    assert [code for code, _params in found] == ["I109"]


def test_a_cfdi_product_code_column_is_no_quantity() -> None:
    """A Mexican CFDI's "Clave SAT" column (the product's code, seven digits here) before the
    quantity: the code was the quantity, each row told it was millions off."""
    rows = [
        ("Jarra de vidrio 1 l", "5211100", 60, 84.50),
        ("Canasta de mimbre", "3120200", 24, 212.75),
    ]
    net = round(sum(round(q * p, 2) for _d, _c, q, p in rows), 2)
    tax = round(net * 0.16, 2)
    data = _invoice(
        "FACTURA",
        ["Folio A1207", "Fecha 14/05/2026", "RFC receptor: XEXX010101000"],
        ["#  Descripción", "Clave SAT", "Cant.", "Precio unitario", "Importe"],
        [
            [f"{n}  {d}", c, str(q), f"{p:,.2f}", f"{q * p:,.2f}"]
            for n, (d, c, q, p) in enumerate(rows, start=1)
        ],
        [
            ("Subtotal", f"${net:,.2f}"),
            ("IVA 16%", f"${tax:,.2f}"),
            ("Total", f"${net + tax:,.2f}"),
        ],
        left=True,
    )
    assert _arithmetic(data) == []


def test_a_canadian_business_number_is_no_tax() -> None:
    """ "TPS 75531 0286 RT0001 · TVQ 1006372219 TQ0001" in a Quebec letterhead: the group
    before the tax account was read as one more tax of 286, the total told it was short."""
    net, ship = 1_240.00, 35.50
    gst, qst = round((net + ship) * 0.05, 2), round((net + ship) * 0.09975, 2)

    def fr(v: float) -> str:
        return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " $"

    data = _invoice(
        "FACTURE",
        ["TPS 81234 0417 RT0001 · TVQ 1209876543 TQ0001", "N° A-2210", "Date: 2026-02-11"],
        ["Description", "Qté", "Prix unitaire", "Montant"],
        [["Bougies de soja", "80", "15,50", "1 240,00"]],
        [
            ("Sous-total", fr(net)),
            ("Transport", fr(ship)),
            ("TPS 5 %", fr(gst)),
            ("TVQ 9,975 %", fr(qst)),
            ("Total", fr(net + ship + gst + qst)),
        ],
    )
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    assert report.fields.totals["tax"] == pytest.approx(gst + qst)
    assert _arithmetic(data) == []


def test_a_postcode_before_a_transport_mode_is_no_freight() -> None:
    """ "Place of supply: Karnataka 560058 | Transport: Road": the PIN code before the mode
    of transport was added to the freight, the total told it was short."""
    net, ship = 18_000.00, 1_250.00
    half = round((net + ship) * 0.09, 2)
    data = _invoice(
        "TAX INVOICE",
        [
            "Place of supply: Karnataka 560058 | Reverse charge: No | Transport: Road, LR pending",
            "Invoice # BLR/26-27/041",
            "Date 09/05/2026",
        ],
        ["Description", "Qty", "Unit price", "Amount"],
        [["Cotton bath towel", "400", "45.00", "18,000.00"]],
        [
            ("Subtotal", f"₹{net:,.2f}"),
            ("Shipping", f"₹{ship:,.2f}"),
            ("CGST 9%", f"₹{half:,.2f}"),
            ("SGST 9%", f"₹{half:,.2f}"),
            ("Total", f"₹{net + ship + 2 * half:,.2f}"),
        ],
    )
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    assert report.fields.totals["shipping"] == pytest.approx(ship)
    assert _arithmetic(data) == []


def test_a_lorry_receipt_number_is_no_freight() -> None:
    """ "Transport: By road, LR 60418" (India's lorry receipt): its number was the freight,
    the rows' sum told it was short by it."""
    net = 9_600.00
    half = round(net * 0.025, 2)
    data = _invoice(
        "TAX INVOICE",
        [
            "Place of supply: Punjab | Reverse charge: No | Transport: By road, LR 60418",
            "Invoice # LDH/26-27/112",
            "Date 12/06/2026",
        ],
        ["Description", "Qty", "Unit price", "Amount"],
        [["Woollen shawl", "60", "160.00", "9,600.00"]],
        [
            ("Subtotal", f"₹{net:,.2f}"),
            ("CGST 2.5%", f"₹{half:,.2f}"),
            ("SGST 2.5%", f"₹{half:,.2f}"),
            ("Total", f"₹{net + 2 * half:,.2f}"),
        ],
    )
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    assert "shipping" not in report.fields.totals
    assert _arithmetic(data) == []


def _wrapped_head(off: float = 0.0) -> bytes:
    """An HTML table whose "Unit price" header wraps in its narrow cell, centred on the
    header's line: "Unit" above it, "price" below it."""
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dejavu", "", 9)
    for y, text in (
        (40, "Birchwood Candle Co.      INVOICE"),
        (56, "Invoice # 3318"),
        (70, "Date March 4, 2026"),
    ):
        pdf.set_xy(50, y)
        pdf.cell(300, 11, text)
    cells = [(50, "Description"), (300, "Qty"), (420, "Amount")]
    for x, text in cells:
        pdf.set_xy(x, 120)
        pdf.cell(60, 11, text)
    for y, text in ((110, "Unit"), (130, "price")):
        pdf.set_xy(350, y)
        pdf.cell(40, 11, text)
    rows = [("Soy candle, amber jar", 24, 6.25), ("Linen wick trimmer", 10, 4.80)]
    y = 150.0
    net = 0.0
    for k, (desc, qty, price) in enumerate(rows):
        amount = round(qty * price + (off if k == 0 else 0), 2)
        net += amount
        for x, text in (
            (50, desc),
            (300, str(qty)),
            (350, f"{price:.2f}"),
            (420, f"{amount:,.2f}"),
        ):
            pdf.set_xy(x, y)
            pdf.cell(60, 11, text)
        y += 16
    for label, value in (("Subtotal", net), ("Total", net)):
        y += 14
        pdf.set_xy(300, y)
        pdf.cell(60, 11, label)
        pdf.set_xy(420, y)
        pdf.cell(60, 11, f"${value:,.2f}")
    return bytes(pdf.output())


def test_a_header_wrapped_around_the_header_line_is_read() -> None:
    """ "Unit" above and "price" below the line of "Description  Qty  Amount": the price's
    column unread, each row's price was its amount and the subtotal told it was wrong."""
    report = check_invoice(_wrapped_head(), filename="invoice.pdf", isolate=False)
    assert [i.unit_price for i in report.fields.items] == [6.25, 4.80]
    assert _arithmetic(_wrapped_head()) == []


def test_a_row_off_its_price_under_a_wrapped_header_is_an_error() -> None:
    assert [code for code, _p in _arithmetic(_wrapped_head(off=1.0))] == ["I109"]


def _credit_note(sign_on_price: bool = False) -> bytes:
    rows = [("Returned: enamel mug", 40, 3.15), ("Returned: tea towel", 25, 2.40)]

    def row(d: str, q: int, p: float) -> list[str]:
        price = f"-{p:.2f}" if sign_on_price else f"{p:.2f}"
        return [d, str(q), price, f"-{q * p:,.2f}"]

    net = -sum(round(q * p, 2) for _d, q, p in rows)
    return _invoice(
        "CREDIT NOTE",
        ["Credit note CN-0412", "Date: 2026-04-02", "Against invoice INV-1187"],
        ["Description", "Qty", "Unit price", "Amount"],
        [row(*r) for r in rows],
        [("Subtotal", f"-{abs(net):,.2f}"), ("TOTAL (USD)", f"-{abs(net):,.2f}")],
    )


def test_a_credit_notes_sign_on_the_amount_alone_is_no_error() -> None:
    """A credit note's rows "40 | 3.15 | -126.00": the quantity and price as sold, the amount
    credited. Each row was told its sums could not be confirmed."""
    assert _arithmetic(_credit_note()) == []


def test_two_cfdi_withholdings_add_up() -> None:
    """A CFDI for a service withholds two taxes ("IVA retenido", "ISR retenido") and prints
    them positive under "Impuestos retenidos": they were taken for taxes added."""
    net, iva, ret_iva, ret_isr = 8_000.00, 1_280.00, 853.33, 100.00
    data = _invoice(
        "FACTURA",
        ["Folio C310", "Fecha 18/06/2026", "Uso CFDI: G03 Gastos en general"],
        ["Descripción", "Cant.", "Precio unitario", "Importe"],
        [["Servicio de maquila", "1", "8,000.00", "8,000.00"]],
        [
            ("Subtotal", f"${net:,.2f}"),
            ("Impuestos trasladados IVA 16%", f"${iva:,.2f}"),
            ("Impuestos retenidos IVA", f"${ret_iva:,.2f}"),
            ("Impuestos retenidos ISR", f"${ret_isr:,.2f}"),
            ("Total", f"${net + iva - ret_iva - ret_isr:,.2f}"),
        ],
    )
    report = check_invoice(data, filename="invoice.pdf", isolate=False)
    assert report.fields.totals["withholding"] == pytest.approx(ret_iva + ret_isr)
    assert _arithmetic(data) == []


def _deposit(due: float) -> bytes:
    return _invoice(
        "INVOICE",
        ["Invoice # 5120", "Date 05/11/2026", "Terms: Net 15"],
        ["Description", "Qty", "Rate", "Amount"],
        [["Walnut serving board", "30", "28.00", "840.00"]],
        [
            ("Subtotal", "$840.00"),
            ("Sales tax 7%", "$58.80"),
            ("Less: deposit paid", "-$250.00"),
            ("Balance due", f"${due:,.2f}"),
        ],
    )


def test_a_balance_due_after_a_deposit_is_no_error() -> None:
    """ "Less: deposit paid -$250.00" then "Balance due": the total read is the amount due,
    the sums less what was paid; it was told it was the deposit short."""
    assert _arithmetic(_deposit(648.80)) == []


def test_a_balance_due_off_after_a_deposit_is_an_error() -> None:
    assert [code for code, _p in _arithmetic(_deposit(748.80))] == ["I110"]


def test_numbers_ending_a_description_are_not_the_row() -> None:
    """A spreadsheet's rows, headers left-aligned over right-aligned numbers, a description
    ending in a model number and a pack size ("NTC sensor 10K 3950 (100)"): they were read as
    the quantity and price, the price as the amount. The row's last three numbers make it."""
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dejavu", "", 9)
    for y, text in (
        (40, "Lanxi Sensor Components Co., Ltd.   INVOICE"),
        (56, "No. INV-7781"),
        (70, "Date Mar 21, 2026"),
    ):
        pdf.text(58, y, text)
    for x, text in (
        (58, "#"),
        (83, "Description"),
        (265, "Qty"),
        (321, "Unit Price"),
        (406, "Amount"),
    ):
        pdf.text(x, 120, text)
    rows = [
        ("Glass bead thermistor 10K 3950 (100)", 100, 1.85),
        ("ESP32 dev board", 20, 6.40),
        ("Ring terminal M4 22-16 AWG (50)", 40, 2.30),
    ]
    y = 136.0
    for n, (desc, qty, price) in enumerate(rows, start=1):
        pdf.text(58, y, str(n))
        pdf.text(83, y, desc)
        for right, text in ((319, str(qty)), (404, f"{price:.2f}"), (489, f"{qty * price:,.2f}")):
            pdf.text(right - pdf.get_string_width(text), y, text)
        y += 13
    net = round(sum(q * p for _d, q, p in rows), 2)
    for label, text in (("Subtotal", f"{net:,.2f}"), ("TOTAL (USD)", f"USD {net:,.2f}")):
        y += 14
        pdf.text(321, y, label)
        pdf.text(489 - pdf.get_string_width(text), y, text)
    assert _arithmetic(bytes(pdf.output())) == []
