"""Session 27 (inv27c): sums on Spanish-language and VAT-table layouts. A price column headed
"P. Unitario" not read, each row's price was taken for its amount; "Flete" (freight) under the
subtotal not read as a charge; a row whose amount is not its quantity × price under a subtotal
the page made from quantity × price told only as sums unconfirmed. Pages, companies and figures
are my own."""

from __future__ import annotations

import pytest
from support.rows_pdf import Row
from support.rows_pdf import rows_pdf as _pdf

from reinstate.invoices.check import check_invoice

_SUMS = {"I109", "I110", "I116"}


def _checked(rows: list[Row]):  # type: ignore[no-untyped-def]
    return check_invoice(_pdf(rows), filename="x.pdf", ocr=False)


def _factura(head: list[Row], rows: list[Row], sums: list[Row]) -> list[Row]:
    return [
        [("Alfarería Levante Norte S.L.", 40), ("FACTURA", 450)],
        [("C/ de Sagunto 141, 46009 Valencia", 40), ("Nº factura: 2026/0311", 400)],
        [("NIF: B46218390", 40), ("Fecha: 09/03/2026", 400)],
        [("Cliente: Comercial Anáhuac S.A. de C.V., Puebla", 40)],
        *head,
        *rows,
        *sums,
    ]


_HEAD_ES = [
    [("SKU", 40), ("Descripción", 100), ("Cant.", 290), ("P. Unitario", 360), ("Importe", 470)]
]


def test_a_spanish_price_column_and_freight_make_the_sums() -> None:
    rows = [
        [
            ("CT-1042", 40),
            ("Jarra de barro", 100),
            ("7", 295),
            ("312,45 €", 360),
            ("2.187,15 €", 470),
        ],
        [("CT-2210", 40), ("Plato hondo", 100), ("40", 295), ("18,90 €", 360), ("756,00 €", 470)],
    ]
    sums = [
        [("Subtotal", 360), ("2.943,15 €", 470)],
        [("Descuento", 360), ("-147,16 €", 470)],
        [("Flete", 360), ("85,40 €", 470)],
        [("IVA 21%", 360), ("605,08 €", 470)],
        [("Total", 360), ("3.486,47 €", 470)],
    ]
    report = _checked(_factura(_HEAD_ES, rows, sums))
    assert [i.unit_price for i in report.fields.items] == pytest.approx([312.45, 18.90])
    assert [i.line_total for i in report.fields.items] == pytest.approx([2187.15, 756.0])
    assert report.fields.totals["shipping"] == pytest.approx(85.40)
    assert not report.codes & _SUMS


def test_colombian_pesos_under_a_spanish_price_column() -> None:
    rows = [
        [
            ("AX-301", 40),
            ("Termo de acero", 100),
            ("12", 295),
            ("$ 84.350", 360),
            ("$ 1.012.200", 470),
        ],
        [
            ("AX-417", 40),
            ("Bolsa de fique", 100),
            ("30", 295),
            ("$ 21.990", 360),
            ("$ 659.700", 470),
        ],
    ]
    sums = [
        [("Subtotal", 360), ("$ 1.671.900", 470)],
        [("Flete", 360), ("$ 48.000", 470)],
        [("IVA", 360), ("$ 326.781", 470)],
        [("Total", 360), ("$ 2.046.681", 470)],
    ]
    report = _checked(_factura(_HEAD_ES, rows, sums))
    assert report.fields.totals["total"] == pytest.approx(2046681)
    assert report.fields.totals["shipping"] == pytest.approx(48000)
    assert [i.line_total for i in report.fields.items] == pytest.approx([1012200, 659700])
    assert not report.codes & _SUMS


def test_an_item_named_after_freight_is_no_charge() -> None:
    rows = [
        [
            ("FL-01", 40),
            ("Flete terrestre Valencia-Madrid", 100),
            ("3", 295),
            ("140,00 €", 360),
            ("420,00 €", 470),
        ],
    ]
    sums = [
        [("Subtotal", 360), ("420,00 €", 470)],
        [("IVA 21%", 360), ("88,20 €", 470)],
        [("Total", 360), ("508,20 €", 470)],
    ]
    report = _checked(_factura(_HEAD_ES, rows, sums))
    assert [i.unit_price for i in report.fields.items] == pytest.approx([140.0])
    assert "shipping" not in report.fields.totals
    assert not report.codes & _SUMS


# A VAT table's rows: net, rate, tax, gross; the summary prints each rate's base and tax (the
# Polish words without their diacritics, which the standard Helvetica does not draw)
_HEAD_VAT = [
    [
        ("Nazwa", 40),
        ("Ilosc", 220),
        ("Cena netto", 270),
        ("Wartosc netto", 340),
        ("Stawka", 420),
        ("Kwota VAT", 470),
        ("Brutto", 530),
    ],
]


def _faktura(first: str, gross: str, total: str, tax23: str = "171,86") -> list[Row]:
    return [
        [("Ceramika Wisla Sp. z o.o.", 40), ("Faktura VAT", 450)],
        [("ul. Garncarska 5, 30-001 Kraków", 40), ("nr FV 42/03/2026", 430)],
        [("NIP 676-201-44-18", 40), ("Data wystawienia: 11.03.2026", 400)],
        [("Nabywca: Sklep Kubek s.c., Gdańsk", 40)],
        *_HEAD_VAT,
        [
            ("Miska gliniana", 40),
            ("20", 225),
            ("12,45", 270),
            (first, 340),
            ("23%", 420),
            ("57,27", 470),
            (gross, 530),
        ],
        [
            ("Dzbanek", 40),
            ("4", 225),
            ("124,55", 270),
            ("498,20", 340),
            ("23%", 420),
            ("114,59", 470),
            ("612,79", 530),
        ],
        [
            ("Ksiazka o ceramice", 40),
            ("2", 225),
            ("45,00", 270),
            ("90,00", 340),
            ("5%", 420),
            ("4,50", 470),
            ("94,50", 530),
        ],
        [("Wartosc netto 23%", 340), ("747,20", 530)],
        [("Kwota VAT 23%", 340), (tax23, 530)],
        [("Wartosc netto 5%", 340), ("90,00", 530)],
        [("Kwota VAT 5%", 340), ("4,50", 530)],
        [("Razem netto", 340), ("837,20", 530)],
        [("Do zaplaty", 340), (total, 530)],
    ]


def test_a_row_off_from_its_quantity_under_a_subtotal_of_quantity_times_price() -> None:
    # 20 × 12,45 is 249,00; the row says 261,45 (one piece more) and its gross that with its
    # tax, but the tax and the sums were made from 249,00
    report = _checked(_faktura("261,45", "318,72", "1 013,56"))
    found = {x.code: x.params for x in report.findings if x.code in _SUMS}
    # the row, and the subtotal off its printed rows by the same figure: one error, told
    assert set(found) == {"I109", "I110"}
    assert str(found["I109"]["expected"]) == "249"
    # the same row under a 23 % tax no rate of its base makes: more than one figure is off,
    # and the sums stay unconfirmed
    report = _checked(_faktura("261,45", "318,72", "1 025,56", tax23="183,86"))
    assert not report.codes & {"I109", "I110"}


def test_a_tax_invoice_title_takes_no_number_under_it_for_the_tax() -> None:
    # the title beside the supplier's name, its business number on the line under them
    rows = [
        [("TAX INVOICE", 40), ("Wattle Creek Supplies Pty Ltd", 380)],
        [("ABN: 61 204 518 377", 380)],
        [("Bill To: Harbourside Cafe Pty Ltd, Geelong VIC 3220", 40)],
        [("Invoice No.: TI-88213", 380)],
        [("Date: 14/07/2025", 380)],
        [("Description", 40), ("Qty", 260), ("Unit Price", 330), ("Amount", 460)],
        [("Enamel mug", 40), ("24", 265), ("8.35", 330), ("200.40", 460)],
        [("Tea towel", 40), ("10", 265), ("6.90", 330), ("69.00", 460)],
        [("Subtotal", 360), ("A$ 269.40", 460)],
        [("GST 10%", 360), ("A$ 26.94", 460)],
        [("Total (AUD)", 360), ("A$ 296.34", 460)],
    ]
    report = _checked(rows)
    assert report.fields.totals["tax"] == pytest.approx(26.94)
    assert not report.codes & _SUMS


def _malaysian(total: str) -> list[Row]:
    return [
        [("Cempaka Cartons Sdn. Bhd.", 40), ("INVOICE", 450)],
        [("No. 5, Jalan Industri 7, 47100 Puchong, Selangor", 40)],
        [("Bill To: Teratai Home Living", 40), ("Invoice No.: INV-2025-4471", 380)],
        [("Date: 02/06/2025", 380)],
        [("Description", 40), ("Qty", 260), ("Unit Price", 330), ("Amount", 460)],
        [("Corrugated box 40x30x30", 40), ("150", 265), ("4.26", 330), ("639.00", 460)],
        [("Stretch film 500mm", 40), ("12", 265), ("38.90", 330), ("466.80", 460)],
        [("Subtotal", 360), ("RM 1,105.80", 460)],
        [("SST 10%", 360), ("RM 110.58", 460)],
        [("Total (MYR)", 360), (total, 460)],
    ]


def test_a_malaysian_sales_tax_is_a_part_of_the_total() -> None:
    report = _checked(_malaysian("RM 1,216.38"))
    assert report.fields.totals["tax"] == pytest.approx(110.58)
    assert not report.codes & _SUMS
    # a total that is not the subtotal with its SST is the invoice's error
    report = _checked(_malaysian("RM 1,296.38"))
    assert "I110" in report.codes


def _factuur(total: str) -> list[Row]:
    # a sheet's VAT table: no subtotal, each rate's base and tax on one line over the total
    return [
        [("Factuur F-2026-0417", 40)],
        [("Factuurdatum", 40), ("12-05-2026", 200)],
        [("Leverancier", 40), ("Factuuradres", 330)],
        [("Kwekerij De Linde B.V.", 40), ("Bloemenhuis Zonneveld", 330)],
        [("Dorpsstraat 8, 2161 AB Lisse", 40), ("Markt 3, 3811 CH Amersfoort", 330)],
        [("Btw-nr. NL812233615B01", 40)],
        [
            ("#", 30),
            ("Omschrijving", 45),
            ("Aantal", 200),
            ("Prijs", 250),
            ("Bedrag excl.", 300),
            ("Btw %", 380),
            ("Btw", 430),
            ("Bedrag incl.", 490),
        ],
        [
            ("1", 30),
            ("Narcisbollen, 25 st", 45),
            ("40", 205),
            ("12,35", 250),
            ("494,00", 300),
            ("9%", 380),
            ("44,46", 430),
            ("538,46", 490),
        ],
        [
            ("2", 30),
            ("Zinken plantenbak", 45),
            ("6", 205),
            ("31,90", 250),
            ("191,40", 300),
            ("21%", 380),
            ("40,19", 430),
            ("231,59", 490),
        ],
        [
            ("3", 30),
            ("Potgrond 40 l", 45),
            ("25", 205),
            ("4,85", 250),
            ("121,25", 300),
            ("9%", 380),
            ("10,91", 430),
            ("132,16", 490),
        ],
        [("9%: Bedrag excl. / Btw", 200), ("615,25", 330), ("55,37", 430)],
        [("21%: Bedrag excl. / Btw", 200), ("191,40", 330), ("40,19", 430)],
        [("Totaal te betalen", 200), (total, 330)],
    ]


def test_a_total_over_rates_bases_and_taxes_with_no_subtotal() -> None:
    # 615,25 + 191,40 + 55,37 + 40,19 = 902,21
    report = _checked(_factuur("€ 902,21"))
    assert report.fields.totals["tax"] == pytest.approx(95.56)
    assert not report.codes & _SUMS
    report = _checked(_factuur("€ 902,91"))
    assert "I110" in report.codes


def _placed_pdf(cells: list[tuple[str, float, float]]) -> bytes:
    """A page of cells each at its own height (text, left edge, points from the top)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.setFont("Helvetica", 9)
    for text, x, y in cells:
        page.drawString(x, 842 - y, text)
    page.save()
    return out.getvalue()


def test_an_italian_price_header_split_over_and_under_the_header_line() -> None:
    # "Prezzo" over and "unit." under the header's line, centred in a cell two lines high
    cells = [
        ("Ceramiche Vietresi S.r.l.", 40, 40),
        ("FATTURA", 450, 40),
        ("Via dei Vasai 3, 84010 Raito (SA)", 40, 55),
        ("N. 118/2026", 450, 55),
        ("P.IVA IT05218830651", 40, 70),
        ("Data: 16/03/2026", 450, 70),
        ("Cliente: Casa Brava S.L., Sevilla", 40, 90),
        ("Prezzo", 270, 124),
        ("Totale", 500, 124),
        ("#", 40, 130),
        ("Descrizione", 55, 130),
        ("Q.tà", 210, 130),
        ("Imponibile", 330, 130),
        ("IVA", 450, 130),
        ("unit.", 270, 136),
        ("riga", 500, 136),
        ("1", 40, 155),
        ("Piatto dipinto", 55, 155),
        ("40", 215, 155),
        ("21,35", 270, 155),
        ("854,00", 330, 155),
        ("187,88", 450, 155),
        ("1.041,88", 500, 155),
        ("2", 40, 170),
        ("Brocca", 55, 170),
        ("12", 215, 170),
        ("33,10", 270, 170),
        ("397,20", 330, 170),
        ("87,38", 450, 170),
        ("484,58", 500, 170),
        ("Imponibile", 330, 195),
        ("1.251,20", 500, 195),
        ("IVA 22%", 330, 210),
        ("275,26", 500, 210),
        ("Totale documento", 330, 225),
        ("€ 1.526,46", 500, 225),
    ]
    report = check_invoice(_placed_pdf(cells), filename="x.pdf", ocr=False)
    assert [i.unit_price for i in report.fields.items] == pytest.approx([21.35, 33.10])
    assert [i.line_total for i in report.fields.items] == pytest.approx([854.0, 397.2])
    assert not report.codes & _SUMS


def test_a_rate_first_summary_line_is_the_rates_base_and_tax() -> None:
    rows = [
        [("Rechnung R-2026-0933", 40)],
        [("Rechnungsdatum", 40), ("18.02.2026", 200)],
        [("Verkäufer", 40), ("Rechnungsempfänger", 330)],
        [("Kupferhof Küchenbedarf GmbH", 40), ("Atelier Sommerfeld", 330)],
        [("Lindenweg 3, 79098 Freiburg", 40), ("Hauptstr. 9, 68159 Mannheim", 330)],
        [("USt-IdNr. DE281733915", 40)],
        [
            ("#", 30),
            ("Artikel", 45),
            ("Menge", 200),
            ("Einzelpreis", 250),
            ("Netto", 320),
            ("USt.-Satz", 380),
            ("Brutto", 490),
        ],
        [
            ("1", 30),
            ("Kupferpfanne 24 cm", 45),
            ("3", 205),
            ("64,90", 250),
            ("194,70", 320),
            ("19%", 380),
            ("231,69", 490),
        ],
        [
            ("2", 30),
            ("Kochbuch Baden", 45),
            ("4", 205),
            ("18,50", 250),
            ("74,00", 320),
            ("7%", 380),
            ("79,18", 490),
        ],
        [("7%: Netto / USt.", 200), ("74,00", 320), ("5,18", 430)],
        [("19%: Netto / USt.", 200), ("194,70", 320), ("36,99", 430)],
        [("Gesamtbetrag", 200), ("310,87 €", 320)],
    ]
    report = _checked(rows)
    assert report.fields.totals["subtotal"] == pytest.approx(268.70)
    assert report.fields.totals["tax"] == pytest.approx(42.17)
    assert not report.codes & _SUMS


def _ticket(first_amount: str) -> list[Row]:
    # a till's rows on two lines: the quantity and the name, then the price and the amount
    return [
        [("Abarrotes La Esperanza S.A. de C.V.", 40)],
        [("RFC: AES150922K71", 40)],
        [("NOTA DE VENTA NV-031877", 40)],
        [("FECHA: 12/09/2025", 40), ("13:41", 260)],
        [("CANT", 40), ("DESCRIPCION", 70), ("IMPORTE", 250)],
        [("4", 45), ("Jabon de olivo 250 g", 70)],
        [("@ 38.50", 70), (first_amount, 255)],
        [("2", 45), ("Canasta de palma", 70)],
        [("@ 215.00", 70), ("430.00", 255)],
        [("DESCUENTO", 150), ("-58.40", 255)],
        [("TOTAL", 150), ("$525.60", 255)],
        [("PRECIOS CON IVA INCLUIDO", 40)],
    ]


def test_a_till_row_priced_on_the_line_under_it() -> None:
    report = _checked(_ticket("154.00"))
    assert [(i.quantity, i.unit_price, i.line_total) for i in report.fields.items] == [
        (4.0, 38.5, 154.0),
        (2.0, 215.0, 430.0),
    ]
    assert not report.codes & _SUMS
    # 4 × 38.50 is 154.00; the row says 163.00, and the total was made from 154.00
    report = _checked(_ticket("163.00"))
    assert "I109" in report.codes


def test_an_indonesian_discount_and_vat_make_the_total() -> None:
    rows = [
        [("PT Anggrek Kemasan Nusantara", 40), ("FAKTUR", 450)],
        [("Jl. Raya Bekasi Km 21, Jakarta Timur 13920", 40)],
        [("Kepada: Toko Melati Jaya, Surabaya", 40), ("No.: INV-2025-0718", 400)],
        [("Tanggal: 18/07/2025", 400)],
        [("Nama Barang", 40), ("Jumlah", 260), ("Harga Satuan", 320), ("Total Harga", 460)],
        [("Kotak kardus 40x30x20", 40), ("200", 265), ("12.500", 320), ("2.500.000", 460)],
        [("Lakban coklat 48 mm", 40), ("60", 265), ("9.800", 320), ("588.000", 460)],
        [("Subtotal", 360), ("Rp 3.088.000", 460)],
        [("Diskon", 360), ("-Rp 308.800", 460)],
        [("PPN 11%", 360), ("Rp 305.712", 460)],
        [("Total", 360), ("Rp 3.084.912", 460)],
    ]
    report = _checked(rows)
    assert report.fields.totals["tax"] == pytest.approx(305712)
    assert abs(report.fields.totals["discount"]) == pytest.approx(308800)
    assert not report.codes & _SUMS


# "Ø 26" at the end of a long description, left of the quantity printed under "Q.tà"
_DERUTA = [
    ("Maioliche Deruta S.r.l.", 40, 40),
    ("FATTURA", 450, 40),
    ("Via Tiberina 77, 06053 Deruta (PG)", 40, 55),
    ("N. 231/2026", 450, 55),
    ("P.IVA IT03318420544", 40, 70),
    ("Data: 02/04/2026", 450, 70),
    ("Cliente: Dom Ceramiki, Warszawa", 40, 90),
    ("Lp", 30, 120),
    ("Descrizione", 50, 120),
    ("Q.tà", 250, 120),
    ("U.M.", 285, 120),
    ("Prezzo unit.", 318, 120),
    ("Imponibile", 380, 120),
    ("Totale riga", 500, 120),
    ("1", 32, 140),
    ("Piatto dipinto a mano Ø 26 #1", 90, 140),
    ("3", 270, 140),
    ("pz", 285, 140),
    ("29,54", 345, 140),
    ("88,62", 400, 140),
    ("97,48", 505, 140),
    ("Imponibile", 330, 165),
    ("88,62", 505, 165),
    ("IVA 10%", 330, 180),
    ("8,86", 505, 180),
    ("Totale documento", 330, 195),
    ("€ 97,48", 500, 195),
]


def test_a_number_of_the_description_is_no_quantity_beside_the_quantitys_column() -> None:
    report = check_invoice(_placed_pdf(_DERUTA), filename="x.pdf", ocr=False)
    assert [(i.quantity, i.unit_price) for i in report.fields.items] == [(3.0, 29.54)]
    assert not report.codes & _SUMS


def _three_for_two(first_amount: str) -> list[Row]:
    """Candles sold "buy 2 get 1 free": the row charged for two of its three, the subtotal at
    list price and the free one with a trade discount in one "Discounts" line."""
    # 3 × 8.40 = 25.20 listed, 16.80 charged; 25.20 + 12 × 6.25 = 100.20 at list price;
    # discounts 8.40 free + 5% of 100.20 (5.01) = 13.41; 86.79 net, VAT 20% 17.36, total 104.15
    return [
        [("Wickford Candle Works Ltd", 40), ("INVOICE", 450)],
        [("7 Mill Yard, Wickford SS12 0AB", 40), ("Invoice No: WCW-4471", 380)],
        [("VAT Reg: GB 318 5520 47", 40), ("Date: 02/02/2026", 380)],
        [("Bill to: Lantern & Co, Chelmsford", 40)],
        [("Description", 40), ("Qty", 260), ("Unit Price", 320), ("Amount", 460)],
        [("Beeswax pillar, buy 2 get 1 free", 40), ("3", 265), ("8.40", 320), (first_amount, 460)],
        [("Tealight tin", 40), ("12", 265), ("6.25", 320), ("75.00", 460)],
        [("Subtotal", 360), ("100.20", 460)],
        [("Discounts", 360), ("-13.41", 460)],
        [("VAT 20%", 360), ("17.36", 460)],
        [("Total", 360), ("£104.15", 460)],
    ]


def test_a_free_piece_over_a_subtotal_at_list_price_is_no_error() -> None:
    report = _checked(_three_for_two("16.80"))
    assert not report.codes & {"I109", "I110"}


def test_a_row_charged_for_more_pieces_than_it_lists_is_still_told() -> None:
    # a fourth candle charged (33.60) on a row of three, the subtotal made from 3 × 8.40
    report = _checked(_three_for_two("33.60"))
    assert "I109" in report.codes


def _faktur_dpp(tax: str, total: str, dpp: bool = True) -> list[Row]:
    """PPN 12% charged on "DPP Nilai Lain", 11/12 of the price: 11 % of the subtotal."""
    # 4.800.000 × 11/12 = 4.400.000; 12 % of it 528.000; total 5.328.000
    base = [[("DPP Nilai Lain 11/12", 360), ("Rp 4.400.000", 460)]] if dpp else []
    return [
        [("CV Sumber Rejeki Plastik", 40), ("FAKTUR", 450)],
        [("Jl. Industri Raya 14, Tangerang 15135", 40)],
        [("Kepada: UD Cahaya Baru, Semarang", 40), ("No.: INV-2025-0933", 400)],
        [("Tanggal: 09/09/2025", 400)],
        [("Nama Barang", 40), ("Jumlah", 260), ("Harga Satuan", 320), ("Total Harga", 460)],
        [("Ember plastik 20 L", 40), ("150", 265), ("24.000", 320), ("3.600.000", 460)],
        [("Gayung mandi", 40), ("400", 265), ("3.000", 320), ("1.200.000", 460)],
        [("Subtotal", 360), ("Rp 4.800.000", 460)],
        *base,
        [("PPN 12%", 360), (tax, 460)],
        [("Total", 360), (total, 460)],
    ]


def test_ppn_on_a_printed_dpp_nilai_lain_is_the_pages_own() -> None:
    report = _checked(_faktur_dpp("Rp 528.000", "Rp 5.328.000"))
    assert report.fields.totals["tax"] == pytest.approx(528000)
    assert not report.codes & _SUMS


def test_ppn_12_at_eleven_percent_without_its_base_is_only_unconfirmed() -> None:
    report = _checked(_faktur_dpp("Rp 528.000", "Rp 5.328.000", dpp=False))
    assert not report.codes & {"I109", "I110"}


def test_ppn_no_base_makes_is_still_told() -> None:
    # 582.000 is 12 % of no amount of the page (4.800.000 makes 576.000, 4.400.000 528.000)
    report = _checked(_faktur_dpp("Rp 582.000", "Rp 5.382.000"))
    assert "I110" in report.codes


# a quantity set flush left in a wide cell whose header is set flush right, beside a column of
# pack sizes ("Conf.") the reading has no header for, its number under the quantity's header
_VETRERIA = [
    ("Vetreria Artigiana Empolese S.n.c.", 40, 40),
    ("FATTURA", 450, 40),
    ("Via Ponte a Elsa 12, 50053 Empoli (FI)", 40, 55),
    ("N. 88/2026", 450, 55),
    ("P.IVA IT05561230487", 40, 70),
    ("Data: 17/02/2026", 450, 70),
    ("Cliente: Sklo a Stůl s.r.o., Brno", 40, 90),
    ("Descrizione", 40, 120),
    ("Quantita", 262, 120),
    ("Conf.", 300, 120),
    ("Prezzo unit.", 340, 120),
    ("Importo", 500, 120),
    ("Calice da vino soffiato", 40, 140),
    ("24", 232, 140),
    ("4", 305, 140),
    ("2,75", 345, 140),
    ("66,00", 505, 140),
    ("Imponibile", 330, 165),
    ("66,00", 505, 165),
    ("IVA 22%", 330, 180),
    ("14,52", 505, 180),
    ("Totale documento", 330, 195),
    ("€ 80,52", 500, 195),
]


def test_a_quantity_alone_in_its_cell_left_of_its_header_is_the_quantity() -> None:
    report = check_invoice(_placed_pdf(_VETRERIA), filename="x.pdf", ocr=False)
    assert [(i.quantity, i.unit_price) for i in report.fields.items] == [(24.0, 2.75)]
    assert not report.codes & {"I109", "I110"}
