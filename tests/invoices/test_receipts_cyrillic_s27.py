"""Session 27 (inv27b): totals the reader could not find. A Polish fiscal receipt (paragon
fiskalny) states its total as "SUMA PLN" under its PTU lines and their sum "SUMA PTU": no total
was read. Lithuanian and Ukrainian invoices were no read language: a Lithuanian one was known by
a few words only when no Polish buyer's address made its page "read", a Ukrainian one by none,
and either was told "not an invoice". Pages, companies and figures are my own."""

from __future__ import annotations

import pytest
from support.ocr_words import placed_lines, read_rows
from support.rows_pdf import Row, rows_pdf, unicode_font

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Fields, Line, Segment, Word, extract
from reinstate.invoices.vocab import detect_lang


def _pdf(rows: list[Row]) -> bytes:
    return rows_pdf(rows, font=unicode_font())


def _page(rows: list[Row], **kw: float) -> Fields:
    return extract(placed_lines(rows, **kw))


# A till's fiscal receipt: 2 x 19,99 at 23% and 3 x 4,10 at 5%; the PTU lines split each rate's
# gross sales (SPRZEDAŻ OPODATK.) into its tax: 39,98 x 23/123 = 7,48; 12,30 x 5/105 = 0,59.
_PARAGON = [
    [("Sklep Papierniczy Wisła s.c.", 60)],
    [("ul. Długa 14, 31-552 Kraków", 60)],
    [("NIP 677-104-22-18", 60)],
    [("2026-05-12 10:42", 40), ("nr wydr. 118", 220)],
    [("PARAGON FISKALNY", 100)],
    [("Zeszyt A4 w kratkę", 40)],
    [("2 x19,99", 50), ("39,98 A", 220)],
    [("Klej w sztyfcie 20 g", 40)],
    [("3 x4,10", 50), ("12,30 C", 220)],
    [("SPRZEDAŻ OPODATK. A", 40), ("39,98", 230)],
    [("PTU A 23%", 40), ("7,48", 236)],
    [("SPRZEDAŻ OPODATK. C", 40), ("12,30", 230)],
    [("PTU C 5%", 40), ("0,59", 236)],
    [("SUMA PTU", 40), ("8,07", 236)],
    [("SUMA PLN", 40), ("52,28", 230)],
    [("Gotówka", 40), ("60,00", 230)],
    [("Reszta", 40), ("7,72", 236)],
]


def test_a_paragon_fiskalny_states_its_total() -> None:
    # before: no total read (neither "SUMA PLN" nor "PTU" were labels)
    report = check_invoice(_pdf(_PARAGON), filename="paragon.pdf", ocr=False)
    f = report.fields
    assert f.document_type == "receipt"
    assert f.totals["total"] == 52.28
    # the sum of the taxes is the tax, never the total
    assert f.totals["tax"] == 8.07
    assert not report.codes & {"I109", "I110", "I116"}


def test_a_photographed_paragon_states_its_total() -> None:
    # OCR's words, the Polish letters lost ("SPRZEDAZ", "Gotowka")
    rows = [[(t.replace("Ż", "Z").replace("ó", "o"), x) for t, x in row] for row in _PARAGON]
    f = _page(rows, conf=88.0)
    assert f.totals["total"] == 52.28 and f.totals.get("tax") == 8.07


def test_suma_ptu_alone_is_no_total() -> None:
    rows = [r for r in _PARAGON if r[0][0] not in ("SUMA PLN", "Gotówka", "Reszta")]
    assert _page(rows).totals.get("total") != 8.07


# A Lithuanian VAT invoice as a Lithuanian supplier's software prints it to a Polish buyer:
# 12 x 45,50 = 546,00; 4 x 120,00 = 480,00; 1 026,00 + PVM 21% 215,46 = 1 241,46.
_LT = [
    [("PVM sąskaita faktūra", 40), ("Išrašymo data: 2026-05-04", 380)],
    [("Serija/Nr. LNK-2026-0412", 40), ("Pristatymo data: 2026-05-02", 380)],
    [("Pardavėjas", 40), ("Pirkėjas", 300)],
    [("UAB „Drobės kraštas“", 40), ("Papiernik Sp. z o.o.", 300)],
    [("Vilniaus g. 12, LT-44280 Kaunas", 40), ("ul. Lipowa 3, 20-020 Lublin", 300)],
    [("PVM kodas LT100004217", 40), ("NIP 712-290-44-51", 300)],
    [("Prekės pavadinimas", 40), ("Kiekis", 220), ("Kaina", 290), ("Suma be PVM", 400)],
    [("Keramikinis puodelis", 40), ("12", 230), ("45,50", 290), ("546,00", 410)],
    [("Ąžuolinė lentelė", 40), ("4", 230), ("120,00", 290), ("480,00", 410)],
    [("Suma be PVM", 300), ("1 026,00", 430)],
    [("PVM 21%", 300), ("215,46", 440)],
    [("Iš viso mokėti", 300), ("1 241,46 €", 420)],
    [("Apmokėti iki: 2026-05-18", 40)],
]


def test_a_lithuanian_invoice_is_read() -> None:
    # before: told not an invoice (I101), no total
    report = check_invoice(_pdf(_LT), filename="saskaita.pdf", ocr=False)
    f = report.fields
    assert f.lang == "lt" and not f.unread_language
    assert f.document_type == "invoice"
    assert str(f.invoice_date) == "2026-05-04"
    assert f.totals["total"] == 1241.46 and f.totals["tax"] == 215.46
    assert f.currency == "EUR" and len(f.items) == 2
    assert not report.codes & {"I101", "I109", "I110", "I116", "I132", "I137"}


def test_a_lithuanian_total_off_by_a_hundred_is_told() -> None:
    rows = [
        r if r[0][0] != "Iš viso mokėti" else [(r[0][0], 300), ("1 341,46 €", 420)] for r in _LT
    ]
    assert check_invoice(_pdf(rows), filename="saskaita.pdf", ocr=False).codes & {"I109", "I110"}


# A Ukrainian sole trader's invoice to a Polish buyer: 20 x 310,00 = 6 200,00 грн; ПДВ 20%
# 1 240,00; 7 440,00 to pay.
_UK = [
    [("Рахунок-фактура", 40), ("Дата складання: 21.04.2026", 380)],
    [("№ UA-2026-118", 40), ("Дата постачання: 18.04.2026", 380)],
    [("Постачальник", 40), ("Покупець", 300)],
    [("ФОП Ковальчук Ірина Петрівна", 40), ("Dom i Ogród Sp. z o.o.", 300)],
    [("вул. Шевченка, 12, м. Львів, 79005", 40), ("ul. Polna 8, 35-001 Rzeszów", 300)],
    [("ЄДРПОУ 31874520", 40), ("NIP 813-455-20-17", 300)],
    [("Найменування товару", 40), ("Кільк.", 220), ("Ціна без ПДВ", 280), ("Сума без ПДВ", 400)],
    [("Рушник вишитий", 40), ("20", 230), ("310,00", 290), ("6 200,00", 410)],
    [("Сума без ПДВ", 300), ("6 200,00", 430)],
    [("ПДВ 20%", 300), ("1 240,00", 430)],
    [("Всього до сплати", 300), ("7 440,00 грн", 420)],
    [("Сплатити до: 05.05.2026", 40)],
]


def test_a_ukrainian_invoice_is_read() -> None:
    # before: told not an invoice (I101), no total
    report = check_invoice(_pdf(_UK), filename="rakhunok.pdf", ocr=False)
    f = report.fields
    assert f.lang == "uk"
    assert f.document_type == "invoice"
    assert str(f.invoice_date) == "2026-04-21"
    assert f.totals["total"] == 7440.0 and f.totals["subtotal"] == 6200.0
    assert f.currency == "UAH"
    assert not report.codes & {"I101", "I109", "I110", "I116", "I132", "I137"}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("PVM SĄSKAITA FAKTŪRA", "invoice"),
        ("Išankstinė sąskaita faktūra", "pro_forma"),
        ("Kreditinė sąskaita faktūra", "credit_note"),
        ("Komercinis pasiūlymas", "quotation"),
        ("Važtaraštis", "packing_list"),
    ],
)
def test_a_lithuanian_title_says_what_the_page_is(title: str, kind: str) -> None:
    rows = [[(title, 40)], *_LT[1:]]
    assert _page(rows).document_type == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Рахунок-фактура", "invoice"),
        ("Видаткова накладна", "invoice"),
        ("Комерційна пропозиція", "quotation"),
        ("Товарно-транспортна накладна", "packing_list"),
    ],
)
def test_a_ukrainian_title_says_what_the_page_is(title: str, kind: str) -> None:
    rows = [[(title, 40)], *_UK[1:]]
    assert _page(rows).document_type == kind


def test_a_finnish_date_label_is_no_lithuanian_tax() -> None:
    # "Pvm" is a Finnish date's label: the page stays Finnish, its date no tax of 12.03
    text = "LASKU 2041\nPvm 12.03.2026\nEräpäivä 26.03.2026\nYhteensä 310,00 €\nALV 24 % 60,00"
    assert detect_lang(text) == "fi"
    rows = [[("LASKU 2041", 40)], [("Pvm 12.03.2026", 40)], [("Yhteensä", 300), ("310,00 €", 420)]]
    assert "tax" not in _page(rows).totals


def test_a_spreadsheets_rate_rows_make_the_subtotal_and_the_tax() -> None:
    # "8%: Wartość netto / Kwota VAT" cut at its cell's edge, the base's first figure glued to
    # the cut name: each rate's base and tax. Read by the base's name, the tax was the subtotal
    # and the genuine sums were told wrong (I110).
    rows = [
        [("Faktura VAT FV 12/05/2026", 40)],
        [("Data wystawienia: 2026-05-12", 40)],
        [("8%: Wartość netto / Kwot1", 250), ("345,50", 351), ("107,64", 447)],
        [("23%: Wartość netto / Kw", 250), ("1 188,20", 344), ("273,29", 447)],
        [("Do zapłaty", 250), ("2 914,63 zł", 340)],
    ]
    report = check_invoice(_pdf(rows), filename="faktura.pdf", ocr=False)
    f = report.fields
    assert f.totals["subtotal"] == 2533.70 and f.totals["tax"] == 380.93
    assert f.totals["total"] == 2914.63
    assert not report.codes & {"I109", "I110", "I116"}


# Scans' totals taken wrong (the bench's fapiao and CFDI scans): no total is better than a wrong
# one, and here the right one was printed.


def _ocr_line(top: float, cells: list[tuple[str, float]]) -> Line:
    """OCR's words of a line, each cell's words set side by side, 13 pixels high."""
    segments = []
    for text, x in cells:
        words, left = [], x
        for token in text.split(" "):
            width = 6.5 * len(token)
            words.append(Word(token, left, top, left + width, top + 13, ("ocr",), (12.0,), 90.0))
            left += width + 4
        segments.append(Segment(1, words))
    return Line(1, segments)


def test_a_fapiaos_total_in_capitals_takes_no_figures_from_the_rows_above() -> None:
    # the 价税合计 row read as its words' label, its capitals garbled, then 小写 and the figures;
    # a tax's sum stands alone on a line just above it
    lines = [
        _ocr_line(30, [("电子发票 (增值税专用发票 )", 180)]),
        _ocr_line(52, [("开票日期 : 2026 年 3 月 9 日", 300)]),
        _ocr_line(150, [("312.40", 370)]),
        _ocr_line(161, [("¥4,120.00", 356), ("¥535.60", 536)]),
        _ocr_line(168, [("价税合计 (大写 )", 32), ("| @ 肆仟陆佰伍拾伍元陆角", 158),
                        ("(小写 )", 395), ("¥4,655.60", 532)]),
    ]  # fmt: skip
    assert extract(lines).totals["total"] == 4655.6


def test_an_amount_split_after_its_thousands_mark_is_read_whole() -> None:
    # "¥7,215.30" read "¥7, 215.30": the total lost its thousands
    rows = [
        [("增值税专用发票", 180)],
        [("开票日期 : 2025 年 10 月 5 日", 300)],
        [("价税合计 (CNY)", 30), ("¥7, 215.30", 400)],
    ]
    assert _page(rows, conf=80.0).totals["total"] == 7215.3


def test_a_group_cut_after_its_mark_is_no_total() -> None:
    # "Subtotal $21,730.05" read "total 1,": its first group was the total, and the "Total"
    # under it was not taken
    f = read_rows(
        "FACTURA",
        "Juguetes Tlaquepaque S.A. de C.V.",
        (100, [("Fecha: 2026-02-17", 300)]),
        (258, [("total", 360), ("1,", 510)]),
        (276, [("IVA Trasladado 16%", 350), ("$3,476.81", 510)]),
        (288, [("Total", 345), ("$25,206.86", 500)]),
    )
    assert f.totals["total"] == 25206.86


def test_of_two_numbers_by_one_header_the_one_under_it_is_the_amount() -> None:
    # "Mato vnt." overprinted on "Kaina" in its header ("Kiekis Mato vn Kt.aina"): no price
    # column, and the price beside the amount's header was taken for the row's amount
    rows = [
        [("PVM sąskaita faktūra", 40)],
        [("Išrašymo data: 2026-09-11", 40)],
        [("#", 31), ("Prekės pavadinimas", 54), ("Kiekis", 275), ("Mato vn Kt.aina", 315),
         ("Suma be PVM", 422)],
        [("1", 31), ("Medinis dubuo", 54), ("6 vnt.", 304), ("32,99", 394), ("197,94", 474)],
        [("2", 31), ("Vilnonės kojinės", 54), ("20 vnt.", 299), ("108,07", 389),
         ("2 161,40", 466)],
        [("Suma be PVM", 371), ("2 359,34", 518)],
        [("PVM 21%", 371), ("495,46", 527)],
        [("Iš viso mokėti", 371), ("2 854,80 €", 493)],
    ]  # fmt: skip
    report = check_invoice(_pdf(rows), filename="saskaita.pdf", ocr=False)
    assert [i.line_total for i in report.fields.items] == [197.94, 2161.4]
    assert report.fields.totals["subtotal"] == 2359.34
    assert not report.codes & {"I109", "I110", "I116", "I137"}
