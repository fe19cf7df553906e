"""Session 27 (inv27g): four readings a review of inv27b's Lithuanian, Ukrainian and Polish work
found wrong. A narrow figure after the price took the price's place in its column; any
Ukrainian "Дата ..." (of payment, of the contract) was taken for the invoice's date; a VAT
payer's certificate and a Lithuanian VAT code cut short were read as the tax; a Polish
invoice's sums restated in złoty ("Suma PLN") were read as its total. Pages, companies and
figures are my own."""

from __future__ import annotations

from datetime import date

from support.ocr_words import placed_lines
from support.rows_pdf import Row, rows_pdf, unicode_font

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Fields, extract


def _pdf(rows: list[Row]) -> bytes:
    return rows_pdf(rows, font=unicode_font())


def _page(rows: list[Row]) -> Fields:
    return extract(placed_lines(rows))


def test_a_discount_after_the_price_leaves_the_price_its_column() -> None:
    # headers right-aligned in their cells, figures left-aligned, the cells touching: the "0"
    # of "Disc. %" starts just past "Unit Price" and is nearer that header than the price is
    rows = [
        [("INVOICE", 330)],
        [("Invoice date: 04/02/2026", 330)],
        [("Harrow Lighting Ltd", 30)],
        [("Article", 97), ("Qty", 159), ("Unit Price", 287), ("Disc. %", 353), ("Amount", 483)],
        [("Desk lamp", 31), ("4", 156), ("2,145.60", 237), ("5", 339), ("8,153.28", 483)],
        [("Floor lamp", 31), ("3", 156), ("1,208.40", 237), ("0", 339), ("3,625.20", 483)],
        [("Subtotal", 342), ("11,778.48", 472)],
        [("VAT 20%", 342), ("2,355.70", 478)],
        [("Total", 342), ("14,134.18", 472)],
    ]  # fmt: skip
    report = check_invoice(_pdf(rows), filename="lamps.pdf", ocr=False)
    assert [i.unit_price for i in report.fields.items] == [2145.6, 1208.4]
    assert not report.codes & {"I109", "I110", "I116"}


def test_an_overprinted_price_header_still_gives_the_row_its_price() -> None:
    # no price column ("Vnt. kaina" overprinted by the unit's header): the price by the amount's
    # header is the row's price, quantity times it making the amount beside it
    rows = [
        [("PVM sąskaita faktūra", 40)],
        [("Išrašymo data: 2026-04-20", 40)],
        [("#", 31), ("Prekės pavadinimas", 54), ("Kiekis", 275), ("Mato vn Kt.aina", 315),
         ("Suma be PVM", 422)],
        [("1", 31), ("Lino pagalvėlė", 54), ("4 vnt.", 304), ("18,25", 394), ("73,00", 479)],
        [("2", 31), ("Keramikos vaza", 54), ("2 vnt.", 304), ("41,10", 394), ("82,20", 479)],
        [("Suma be PVM", 371), ("155,20", 527)],
        [("PVM 21%", 371), ("32,59", 532)],
        [("Iš viso mokėti", 371), ("187,79 €", 513)],
    ]  # fmt: skip
    report = check_invoice(_pdf(rows), filename="saskaita.pdf", ocr=False)
    assert [(i.unit_price, i.line_total) for i in report.fields.items] == [
        (18.25, 73.0),
        (41.1, 82.2),
    ]


_UK_BODY = [
    [("Постачальник: ТОВ «Калина Плюс»", 40)],
    [("Найменування", 50), ("Кількість", 250), ("Ціна", 330), ("Сума", 440)],
    [("Скатертина лляна", 50), ("4", 265), ("250,00", 330), ("1 000,00", 440)],
    [("Сума без ПДВ", 350), ("1 000,00", 440)],
    [("ПДВ 20%", 350), ("200,00", 450)],
    [("Всього до сплати", 350), ("1 200,00 грн", 440)],
]


def test_a_ukrainian_payment_or_contract_date_is_not_the_invoices() -> None:
    title = [("Рахунок-фактура № 31 від 05.06.2026", 120)]
    paid = _page([title, *_UK_BODY, [("Дата оплати: 19.06.2026", 40)]])
    assert paid.invoice_date == date(2026, 6, 5)
    contract = _page([title, [("Дата договору: 14.01.2025", 40)], *_UK_BODY])
    assert contract.invoice_date == date(2026, 6, 5)
    drawn_up = _page(
        [
            [("Рахунок-фактура № 31", 120)],
            [("Дата оплати: 19.06.2026", 40)],
            [("Дата складання: 05.06.2026", 40)],
            *_UK_BODY,
        ]
    )
    assert drawn_up.invoice_date == date(2026, 6, 5)


def test_a_vat_payers_certificate_number_is_no_tax() -> None:
    rows = [
        [("Рахунок-фактура № 31", 120), ("Дата складання: 05.06.2026", 380)],
        [("Свідоцтво платника ПДВ № 400056789", 40)],
        *_UK_BODY,
    ]
    assert _page(rows).totals["tax"] == 200.0


def test_a_lithuanian_vat_code_cut_short_is_no_tax() -> None:
    rows = [
        [("PVM sąskaita faktūra", 40), ("Išrašymo data: 2026-04-20", 380)],
        [("Pardavėjas: UAB „Medžio dirbtuvė“", 40)],
        [("PVM k.: LT 200098761", 40)],
        [("PVM mok. k. LT 300012874", 40)],
        [("Prekės pavadinimas", 40), ("Kiekis", 220), ("Kaina", 290), ("Suma be PVM", 400)],
        [("Pjaustymo lentelė", 40), ("5", 230), ("22,00", 290), ("110,00", 410)],
        [("Suma be PVM", 300), ("110,00", 430)],
        [("PVM 21%", 300), ("23,10", 440)],
        [("Iš viso mokėti", 300), ("133,10 €", 420)],
    ]
    assert _page(rows).totals["tax"] == 23.1


def test_a_polish_invoice_in_euros_keeps_its_total_over_the_sum_in_zloty() -> None:
    # its sums restated in złoty (the VAT law's tax in PLN) before the gross total in euros
    rows = [
        [("Faktura VAT nr FV/118/2026", 300)],
        [("Data wystawienia: 2026-07-02", 300)],
        [("Sprzedawca: Gamma Sp. z o.o.", 40), ("Nabywca: Delta B.V.", 300)],
        [("Lp.", 30), ("Nazwa", 50), ("Ilość", 220), ("Cena netto", 270), ("Wartość netto", 350)],
        [("1", 30), ("Kosz wiklinowy", 50), ("8", 230), ("25,00", 275), ("200,00", 360)],
        [("Razem netto", 270), ("200,00 EUR", 360)],
        [("VAT 23%", 270), ("46,00 EUR", 360)],
        [("Kurs NBP EUR 4,3000 z dnia 2026-07-01", 40)],
        [("Suma PLN", 270), ("1 057,80", 360)],
        [("VAT PLN", 270), ("197,80", 360)],
        [("Razem brutto", 270), ("246,00 EUR", 360)],
    ]  # fmt: skip
    assert _page(rows).totals["total"] == 246.0
