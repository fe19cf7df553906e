"""Session 26 (inv26d): Turkish invoices are a read language. They were known by a few words only
(I137): the kind and the amount to pay read, no date label, party, item or tax, and no sum
checked, so a Turkish invoice's arithmetic error was never found. An e-Fatura's sums hold a KDV
line per rate under one base, a discount before the base and KDV withheld from the amount to
pay. Pages, companies and figures are my own."""

from __future__ import annotations

import pytest
from support.ocr_words import placed_lines
from support.rows_pdf import Row, rows_pdf, unicode_font

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Fields, extract
from reinstate.invoices.unread_language import language_read
from reinstate.invoices.vocab import detect_lang


def _pdf(rows: list[Row]) -> bytes:
    return rows_pdf(rows, font=unicode_font())


# GİB's e-Arşiv rendering: the supplier, "SAYIN" over the buyer, the head's table, rows at two
# KDV rates, the goods' sum, a discount on it, one KDV line per rate, the amount to pay.
# 40 x 212,50 = 8.500,00; 6 x 1.250,00 = 7.500,00; 16.000,00 less 5% (800,00) = 15.200,00;
# the discount falls on both rows alike: KDV 20% of 8.075,00 = 1.615,00 and 10% of 7.125,00 =
# 712,50; 15.200,00 + 2.327,50 = 17.527,50.
_EARSIV = [
    [("Kestane Seramik ve Cam San. Ltd. Şti.", 40)],
    [("Çarşı Mah. Fırın Sok. No:7 Kütahya", 40)],
    [("VKN: 3920418876", 40), ("e-ARŞİV FATURA", 420)],
    [("Vergi Dairesi: Çinicilik", 40)],
    [("SAYIN", 40)],
    [("Derebağ Ev Gereçleri A.Ş.", 40)],
    [("Kazım Dirik Cad. No:19 Bornova/İzmir", 40)],
    [("Senaryo", 300), ("EARSIVFATURA", 400)],
    [("Fatura No", 300), ("KSC2026000004417", 400)],
    [("Fatura Tarihi", 300), ("14.04.2026", 400)],
    [
        ("#", 30),
        ("Mal / Hizmet", 45),
        ("Miktar", 230),
        ("Birim Fiyat", 290),
        ("KDV %", 370),
        ("Mal Hizmet Tutarı", 440),
    ],
    [
        ("1", 30),
        ("Çini kase 18 cm", 45),
        ("40 Adet", 230),
        ("212,50", 290),
        ("%20", 370),
        ("8.500,00", 440),
    ],
    [
        ("2", 30),
        ("Cam sürahi 1 lt", 45),
        ("6 Adet", 230),
        ("1.250,00", 290),
        ("%10", 370),
        ("7.500,00", 440),
    ],
    [("Mal Hizmet Toplam Tutarı", 300), ("16.000,00 TL", 460)],
    [("Toplam İskonto %5", 300), ("-800,00 TL", 460)],
    [("Hesaplanan KDV (%20)", 300), ("1.615,00 TL", 460)],
    [("Hesaplanan KDV (%10)", 300), ("712,50 TL", 460)],
    [("Ödenecek Tutar", 300), ("17.527,50 TL", 460)],
]


def _with(rows: list[Row], label: str, new: list[Row]) -> list[Row]:
    """The rows with the one starting `label` replaced by `new`."""
    at = next(i for i, row in enumerate(rows) if row[0][0] == label)
    return [*rows[:at], *new, *rows[at + 1 :]]


def test_an_e_arsiv_invoice_is_read_in_full() -> None:
    # before: I137, the amount to pay alone read, no sum checked
    report = check_invoice(_pdf(_EARSIV), filename="fatura.pdf", ocr=False)
    f = report.fields
    assert f.lang == "tr" and not f.unread_language
    assert f.document_type == "invoice"
    assert str(f.invoice_date) == "2026-04-14" and f.invoice_number == "KSC2026000004417"
    assert f.currency == "TRY" and len(f.items) == 2
    assert f.totals["total"] == 17527.5 and f.totals["tax"] == 2327.5
    assert f.totals["discount"] == -800.0
    assert not report.codes & {"I101", "I109", "I110", "I116", "I132", "I137"}


def test_a_turkish_amount_to_pay_off_by_a_hundred_is_told() -> None:
    rows = _with(_EARSIV, "Ödenecek Tutar", [[("Ödenecek Tutar", 300), ("17.627,50 TL", 460)]])
    report = check_invoice(_pdf(rows), filename="fatura.pdf", ocr=False)
    assert report.codes & {"I109", "I110"}


def test_kdv_withheld_is_taken_from_the_amount_to_pay() -> None:
    # a KDV Tevkifatı (5/10 of the KDV, 808,25 of 1.616,50 here) is kept back by the buyer:
    # the amount to pay is the sum with its taxes less it
    rows = [
        *_EARSIV[:10],
        [("Mal / Hizmet", 45), ("Miktar", 230), ("Birim Fiyat", 290), ("Mal Hizmet Tutarı", 440)],
        [("Kalıp yapım hizmeti", 45), ("1 Adet", 230), ("8.082,50", 290), ("8.082,50", 440)],
        [("Mal Hizmet Toplam Tutarı", 300), ("8.082,50 TL", 460)],
        [("Hesaplanan KDV (%20)", 300), ("1.616,50 TL", 460)],
        [("Vergiler Dahil Toplam Tutar", 300), ("9.699,00 TL", 460)],
        [("KDV Tevkifatı (5/10)", 300), ("808,25 TL", 460)],
        [("Ödenecek Tutar", 300), ("8.890,75 TL", 460)],
    ]
    report = check_invoice(_pdf(rows), filename="fatura.pdf", ocr=False)
    assert report.fields.totals["total"] == 8890.75
    assert report.fields.totals["withholding"] == 808.25
    assert not report.codes & {"I109", "I110", "I116"}
    # the amount to pay 100 lira over the sum less the withholding: told
    rows[-1] = [("Ödenecek Tutar", 300), ("8.990,75 TL", 460)]
    assert check_invoice(_pdf(rows), filename="fatura.pdf", ocr=False).codes & {"I109", "I110"}


def test_carriage_is_added_before_the_kdv() -> None:
    # 3 x 1.400,00 = 4.200,00; carriage 300,00; KDV 20% of 4.500,00 = 900,00
    rows = [
        *_EARSIV[:10],
        [("Mal / Hizmet", 45), ("Miktar", 230), ("Birim Fiyat", 290), ("Mal Hizmet Tutarı", 440)],
        [("Seramik tabak seti", 45), ("3 Adet", 230), ("1.400,00", 290), ("4.200,00", 440)],
        [("Mal Hizmet Toplam Tutarı", 300), ("₺4.200,00", 460)],
        [("Nakliye", 300), ("₺300,00", 460)],
        [("Hesaplanan KDV %20", 300), ("₺900,00", 460)],
        [("Ödenecek Tutar", 300), ("₺5.400,00", 460)],
    ]
    report = check_invoice(_pdf(rows), filename="fatura.pdf", ocr=False)
    f = report.fields
    assert f.totals["shipping"] == 300.0 and f.totals["total"] == 5400.0
    assert not report.codes & {"I109", "I110", "I116"}


def _page(rows: list[Row], **kw: float) -> Fields:
    return extract(placed_lines(rows, **kw))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("e-FATURA", "invoice"),
        ("e-ARŞİV FATURA", "invoice"),
        ("SATIŞ FATURASI", "invoice"),
        ("PROFORMA FATURA", "pro_forma"),
        ("İADE FATURASI", "credit_note"),
        ("SEVK İRSALİYESİ", "packing_list"),
        ("e-İrsaliye", "packing_list"),
        ("ÇEKİ LİSTESİ", "packing_list"),
        ("FİYAT TEKLİFİ", "quotation"),
        ("SİPARİŞ FORMU", "order_confirmation"),
        ("TAHSİLAT MAKBUZU", "receipt"),
    ],
)
def test_a_turkish_title_says_what_the_page_is(title: str, kind: str) -> None:
    rows = [[(title, 40)], *[r for r in _EARSIV if r[-1][0] != "e-ARŞİV FATURA"]]
    assert _page(rows).document_type == kind


def test_the_date_is_the_invoices_not_the_due_date() -> None:
    # "Düzenleme Tarihi" written with a Turkish month, "Vade Tarihi" above it
    rows = _with(
        _EARSIV,
        "Fatura Tarihi",
        [
            [("Vade Tarihi", 300), ("5 Mayıs 2026", 400)],
            [("Düzenleme Tarihi", 300), ("5 Nisan 2026", 400)],
        ],
    )
    assert str(_page(rows).invoice_date) == "2026-04-05"


def test_an_ocr_read_turkish_page_keeps_its_few_words() -> None:
    # the English model loses the dotted letters and the lira's sign: on OCR's text the sums
    # are not placed nor checked, the amount to pay alone is read (I137)
    f = _page(_EARSIV, conf=90.0)
    assert f.unread_language and f.totals == {"total": 17527.5}


def test_a_portuguese_fatura_stays_portuguese() -> None:
    text = (
        "FATURA FT 2026/118\nData da fatura 03-04-2026\nContribuinte 509 441 227\n"
        "Descrição Quantidade Preço Valor\nTotal com IVA 1.230,00 €"
    )
    assert detect_lang(text) == "pt"


def test_an_english_invoice_from_a_turkish_exporter_stays_english() -> None:
    # the tax number and tax office are printed on a Turkish exporter's English invoices too
    text = (
        "COMMERCIAL INVOICE 2026-41\nKestane Seramik Ltd. Şti., VKN: 3920418876, Vergi Dairesi: "
        "Çinicilik\nInvoice date 2026-04-14\nDescription Qty Unit price Amount\n"
        "Total due 4,125.00 USD"
    )
    assert detect_lang(text) == "en"


def test_turkish_words_make_the_page_read() -> None:
    text = "\n".join(t for row in _EARSIV for t, _x in row)
    assert language_read(text) and detect_lang(text) == "tr"
    assert not language_read(text, ocr=True)
