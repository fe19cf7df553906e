"""Session 25 (inv25b): Turkish, Bulgarian and Greek documents, languages whose labels are not
read (I137: the kind and the amount to pay only). Turkish amounts carry the lira's sign before
them ("₺12.480,50"); a Turkish dispatch note prints the number and date of the invoice it goes
with ("Fatura No", "Fatura Tarihi"), whose "Fatura" is a read language's title word too; an
invoice prints its dispatch note's and order's numbers ("İrsaliye No", "Sipariş No"). Each test
failed before its fix. Pages and figures are my own, placed cell by cell."""

from __future__ import annotations

from support.ocr_words import placed_lines

from reinstate.invoices.fields import Fields, extract
from reinstate.invoices.unread_language import unread_mark, unread_title

Rows = list[list[tuple[str, float]]]

BUYER: Rows = [
    [("SAYIN", 40)],
    [("Kayalar Mefruşat Ltd. Şti.", 40)],
    [("Çarşı Mah. Lale Sok. No:7 Eskişehir", 40)],
    [("VKN: 3190457712", 40)],
]
ROWS: Rows = [
    [("#", 40), ("Mal / Hizmet", 60), ("Miktar", 260), ("Birim Fiyat", 330), ("Tutar", 440)],
    [("1", 40), ("Keten peçete 40x40", 60), ("300 Adet", 260), ("24,50", 330), ("7.350,00", 440)],
    [("2", 40), ("Pike takımı", 60), ("20 Adet", 260), ("214,00", 330), ("4.280,00", 440)],
]
SUMS: Rows = [
    [("Mal Hizmet Toplam Tutarı", 300), ("₺11.630,00", 440)],
    [("Hesaplanan KDV (%10)", 300), ("₺1.163,00", 440)],
    [("Ödenecek Tutar", 300), ("₺12.793,00", 440)],
]


def _page(head: Rows, *rest: Rows) -> Fields:
    rows = [
        [("Kaplan Dokuma San. ve Tic. A.Ş.", 40)],
        [("Organize Sanayi Bölgesi 4. Cad. No:11 Uşak", 40)],
        [("VKN: 5502918834", 40)],
        *head,
    ]
    for part in rest:
        rows += part
    return extract(placed_lines(rows))


def test_an_amount_to_pay_after_the_lira_sign_is_read() -> None:
    # before: "₺12.793,00" was no number, and the invoice had no total
    f = _page([[("Fatura No: KDM2026000001274", 300)], [("e-FATURA", 360)]], BUYER, ROWS, SUMS)
    assert f.document_type == "invoice"
    # named by its own title, not by the label of its number
    assert f.document_title == "e-FATURA"
    # Turkish is a read language since session 26 (inv26d): its sums are read, not only the
    # amount to pay
    assert not f.unread_language
    assert f.totals == {"subtotal": 11630.0, "tax": 1163.0, "total": 12793.00}


def test_a_dispatch_note_naming_its_invoice_is_no_invoice() -> None:
    # before: "Fatura No: ..." was taken for the title (Portuguese "Fatura"): an invoice
    f = _page(
        [[("SEVK İRSALİYESİ", 360)], [("Fatura No: KDM2026000001274", 300)]],
        [[("Fatura Tarihi: 04.03.2026", 300)]],
        BUYER,
        [ROWS[0][:4], *[r[:4] for r in ROWS[1:]]],
    )
    assert f.document_type == "packing_list"
    assert f.document_title == "SEVK İRSALİYESİ"


def test_a_packing_list_naming_its_invoice_is_no_invoice() -> None:
    f = _page([[("ÇEKİ LİSTESİ", 360)], [("Fatura No: KDM2026000001274", 300)]], BUYER)
    assert f.document_type == "packing_list"


def test_an_invoice_naming_its_dispatch_note_first_stays_an_invoice() -> None:
    # "İrsaliye No" above the title names the dispatch note: the page's own title decides
    f = _page(
        [[("İrsaliye No: IRS2026000000388", 300)], [("e-ARŞİV FATURA", 360)]],
        BUYER,
        ROWS,
        SUMS,
    )
    assert f.document_type == "invoice"
    assert f.totals.get("total") == 12793.00


def test_titles_naming_other_documents_yield_to_a_title_standing_alone() -> None:
    assert unread_title(["Sipariş Tarihi: 02.03.2026", "e-FATURA"]) == ("invoice", "e-FATURA")
    assert unread_title(["İRSALİYE YERİNE GEÇER", "e-FATURA"]) == ("invoice", "e-FATURA")
    # a quotation titled with its number alone is still one
    assert unread_title(["TEKLİF 2026/118"]) == ("quotation", "TEKLİF")


def test_an_amount_to_pay_in_the_cell_under_its_label_is_read() -> None:
    # a spreadsheet printed its label's cell over its amount's; before: no total
    stacked = [[("Ödenecek Tutar", 300)], [("₺12.793,00", 300)]]
    f = _page([[("FATURA", 360)], [("Fatura No: KDM2026000001274", 300)]], BUYER, ROWS, stacked)
    assert f.totals.get("total") == 12793.00


def test_a_bulgarian_invoice_is_an_invoice_with_its_amount_to_pay() -> None:
    # before: no Bulgarian word was known; the page was told I132 (neither kind nor total)
    rows: Rows = [
        [("ФАКТУРА", 360)],
        [("Доставчик", 40), ("Получател", 300)],
        [("Струма Текстил ООД", 40), ("Kaplan Dokuma A.Ş.", 300)],
        [("ЕИК/ДДС №: BG204718835", 40), ("VKN: 5502918834", 300)],
        [("Номер: 0000004127", 300)],
        [("Дата на издаване: 11.02.2026 г.", 300)],
        [("#", 40), ("Наименование", 60), ("Кол.", 260), ("Ед. цена", 330), ("Стойност", 440)],
        [("1", 40), ("Хавлия 70x140", 60), ("40 бр.", 260), ("8,20", 330), ("328,00", 440)],
        [("Данъчна основа", 300), ("328,00 EUR", 440)],
        [("ДДС 20%", 300), ("65,60 EUR", 440)],
        [("Сума за плащане", 300), ("393,60 EUR", 440)],
    ]
    f = extract(placed_lines(rows))
    assert f.document_type == "invoice"
    assert f.unread_language
    assert f.totals == {"total": 393.60}


def test_a_greek_title_after_the_suppliers_name_is_read() -> None:
    # before: only a title starting its line was read; the page was told I132
    rows: Rows = [
        [("Ηπειρωτική Κλωστοϋφαντουργία Ε.Π.Ε. — ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", 40)],
        [("ΑΦΜ: EL094417261", 40), ("Ημερομηνία: 09/02/2026", 300)],
        [("#", 40), ("Περιγραφή", 60), ("Ποσότητα", 260), ("Τιμή", 330), ("Αξία", 440)],
        [("1", 40), ("Πετσέτα θαλάσσης", 60), ("50", 260), ("7,10", 330), ("355,00", 440)],
        [("Καθαρή αξία", 300), ("355,00 €", 440)],
        [("ΦΠΑ (24%)", 300), ("85,20 €", 440)],
        [("Πληρωτέο ποσό", 300), ("440,20 €", 440)],
    ]
    f = extract(placed_lines(rows))
    assert f.document_type == "invoice"
    assert f.totals == {"total": 440.20}


def test_an_invoice_titled_with_its_number_keeps_its_title_over_another_reference() -> None:
    # both name a number: the invoice's own title with its number, as before, not the
    # delivery note it refers to above it
    assert unread_title(["Otpremnica 4471", "RAČUN 10234"]) == ("invoice", "RAČUN")
    assert unread_title(["Dobavnica št. 12"]) == ("packing_list", "Dobavnica")


def test_an_e_fatura_whose_title_ocr_lost_is_an_invoice_by_its_scenario() -> None:
    # a photo whose head lost "e-FATURA" beside the QR code; the scenario and the amount to pay,
    # its rule read as "_", were read. Before: no kind, no total
    rows: Rows = [
        [("Kaplan Dokuma San. ve Tic. A.S.", 40)],
        [("VKN: 5502918834", 40)],
        [("SAYIN", 40)],
        [("Kayalar Mefrusat Ltd. Sti.", 40)],
        [("[Senaryo | TICARIFATURA", 40)],
        [("[Fature Tarihi [04.03.2026", 40)],
        [("1 [Keten pecete 40x40", 40), ("300 Adet", 260), ("24,50", 330), ("7.350,00", 440)],
        [("[Mal Hizmet Toplam Tutari", 300), ("7.350,00 TL", 440)],
        [("[Hesaplanan KDV(%10)", 300), ("735,00 TL", 440)],
        [("[Odenecek Tutar_ |", 300), ("8.085,00 TL", 440)],
    ]
    f = extract(placed_lines(rows, conf=90.0))
    assert f.document_type == "invoice"
    assert f.totals == {"total": 8085.00}


def test_an_e_irsaliye_scenario_names_no_invoice() -> None:
    assert unread_mark("Senaryo: TEMELIRSALIYE\nİrsaliye Tipi: SEVK") is None
    assert unread_mark("Senaryo EARSIVFATURA") == ("invoice", "EARSIVFATURA")


def test_an_ocr_amount_split_after_its_decimal_comma_is_one_amount() -> None:
    # a dot-matrix scan read "130.086, 55": before, its cents (55) were taken for the amount
    from support.ocr_words import word

    from reinstate.invoices.fields import build_lines

    cells = [
        ("FATURA", 360, 20),
        ("Kaplan Dokuma Ltd. Sti.", 40, 40),
        ("SAYIN:", 40, 60),
        ("Fatura No: KDM2026000001274", 300, 60),
        ("Mal Hizmet Toplam Tutari", 200, 120),
        ("118.260,50", 400, 120),
        ("Hesaplanan KDV %10", 200, 135),
        ("11.826,05", 400, 135),
        ("Odenecek Tutar", 200, 150),
        ("130.086,", 400, 150),
        ("55", 448, 150),
    ]
    chars = [word(text, x, top) for text, x, top in cells]
    f = extract(build_lines({"number": 1, "chars": chars}))
    assert f.document_type == "invoice"
    # a text layer's Turkish is read since session 26: its sums beside the amount to pay
    assert f.totals == {"subtotal": 118260.5, "tax": 11826.05, "total": 130086.55}


def test_a_turkish_scan_with_its_lira_read_as_pounds_is_not_british() -> None:
    # "Ltd. Şti." ends Turkish company names and OCR reads ₺ as "£": before, the page was
    # read as a British one, its Turkish words unread and its amount to pay lost
    from reinstate.invoices.unread_language import language_read, unread_language_of

    text = (
        "Kaplan Dokuma Ltd. Sti.\nFatura No: KDM2026000001274\n"
        "Hesaplanan KDV (%20) £6.048,10\nOdenecek Tutar £36.288,60"
    )
    # OCR's text: Turkish is read on a text layer only (session 26)
    assert not language_read(text, ocr=True)
    assert unread_language_of(text, ocr=True) == "tr"
