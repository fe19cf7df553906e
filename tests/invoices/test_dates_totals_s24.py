"""Session 24: dates and totals read wrong. A Swiss invoice's title and number over its table
("Rechnung 48213") taken for a "Rechnungsbetrag" cut at a cell's edge; LibreOffice Calc's
right-aligned sums cut at the label's cell ("Totaal te b." + ".386,40" for 4.386,40); a carbon
book's date written on a dotted line; Vietnamese dates and totals as an English OCR model reads
them ("Téng tién thanh toan", "ném"); a cash receipt voucher's one amount received. Each test
failed before its fix. Pages and figures are my own, placed word by word."""

from __future__ import annotations

from datetime import date

from support.ocr_words import read_rows, text_lines

from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import build_lines, extract

SUPPLIER = ("Alpenfirn Handels AG, Seestrasse 8, 8800 Thalwil", 50, 300)


def test_a_title_and_its_number_over_the_table_is_no_cut_total() -> None:
    f = extract(
        text_lines(
            (20, [SUPPLIER]),
            (80, [("Rechnungsdatum:", 50, 130), ("14.02.2026", 140, 190)]),
            (110, [("Rechnung", 50, 95), ("48213", 100, 130)]),
            (130, [("1", 50, 55), ("Wanderstock", 70, 130), ("2", 300, 305), ("60.00", 400, 430)]),
            (200, [("Zwischensumme", 300, 370), ("CHF", 380, 400), ("1'200.00", 410, 450)]),
            (215, [("MWST", 300, 330), ("8.1", 335, 350), ("%", 352, 358), ("97.20", 420, 450)]),
            (230, [("Rechnungsbetrag", 300, 375), ("CHF", 380, 400), ("1'297.20", 410, 450)]),
        )
    )
    assert f.totals.get("total") == 1297.20


def _calc_sums(total_label: str, total: str) -> list[tuple[float, list[tuple[str, float, float]]]]:
    """A Calc export's sums: each label in its cell, the amount right-aligned in the next one
    (its edge at x=440); the total's label and amount cut at that edge, touching."""
    return [
        (20, [("Kempense Houthandel NV, Markt 3, 2400 Mol", 50, 300)]),
        (40, [("FACTUUR", 400, 450)]),
        (80, [("Factuurdatum", 50, 110), ("05/03/2026", 120, 170)]),
        (200, [("Subtotaal", 386, 430), ("2.600,00", 455, 490), ("€", 495, 503)]),
        (215, [("Btw", 386, 400), ("21%", 404, 420), ("546,00", 462, 490), ("€", 495, 503)]),
        (
            230,
            [
                ("Totaal", 386, 420),
                ("te", 425, 436),
                (total_label, 440, 449),
                (total, 449, 490),
                ("€", 495, 503),
            ],
        ),
    ]


def test_a_calc_total_cut_at_its_cells_edge_is_the_sum_it_ends() -> None:
    f = extract(text_lines(*_calc_sums("b.", "146,00")))
    assert f.totals.get("total") == 3146.0


def test_a_cut_total_the_sums_do_not_end_stays_as_read() -> None:
    f = extract(text_lines(*_calc_sums("b.", "147,00")))
    assert f.totals.get("total") == 147.0


def test_a_date_written_on_a_forms_dotted_line() -> None:
    found = find_dates("Datum / Date: .........26/08/2026", dayfirst=True)
    assert [d[2] for d in found] == [date(2026, 8, 26)]
    assert find_dates("Ref. 1.26/08/2026") == []


def test_a_vietnamese_date_whose_words_ocr_misread() -> None:
    found = find_dates("Ngay lap: Ngay 09 thang 02 ném 2026")
    assert [d[2] for d in found] == [date(2026, 2, 9)]


def test_a_vietnamese_total_as_an_english_ocr_model_reads_it() -> None:
    f = read_rows(
        "HOA DON GIA TRI GIA TANG",
        "CONG TY TNHH GOM SU HOA BINH",
        (80, [("Ngay", 50), ("lap:", 80), ("21/03/2026", 120)]),
        (200, [("Cong", 50), ("tién", 80), ("hang", 110), ("10.000.000", 400)]),
        # the discount's label garbled: the total is no sum of what was read above it
        (215, [("Chiét", 50), ("khéu", 80), ("-500.000", 400)]),
        (230, [("Tién", 50), ("thué", 80), ("GTGT", 110), ("8%", 150), ("760.000", 400)]),
        (245, [("Téng", 50), ("tién", 80), ("thanh", 110), ("toan", 145), ("10.260.000", 400)]),
    )
    assert f.totals.get("total") == 10_260_000


def test_a_date_labelled_in_vietnamese_is_day_first() -> None:
    f = read_rows(
        "PHIEU THU  No. 004417",
        "CONG TY TNHH DET MAY AN PHU",
        (80, [("Ly", 50), ("do", 70), ("nop:", 90), ("Khan", 130), ("bong", 160)]),
        (95, [("S6tién:", 50), ("7.420.000", 120)]),
        (110, [("Ngay:", 50), ("04/09/2026", 100)]),
    )
    assert f.invoice_date == date(2026, 9, 4)


def test_a_receipt_vouchers_amount_received_is_its_total() -> None:
    f = read_rows(
        "CASH RECEIPT  No. 31877",
        "Harbour Crafts Trading",
        (80, [("Received", 50), ("from:", 100), ("Kestrel", 140), ("Goods", 180)]),
        (95, [("Amount:", 50), ("$1,318.40", 110)]),
        (110, [("Amount", 50), ("in", 95), ("words:", 110), ("Per", 150), ("invoice", 175)]),
        (125, [("Date:", 50), ("3", 85), ("March", 95), ("2026", 130)]),
    )
    assert f.totals.get("total") == 1318.40


def _glyphs(text: str, x0: float, top: float, start: int) -> list[dict[str, object]]:
    """A text layer's glyphs, 6 points apart, drawn in order from `start`."""
    return [
        {"text": ch, "x0": x0 + 6 * i, "x1": x0 + 6 * i + 6, "top": top, "bottom": top + 10}
        | {"size": 10.0, "font": "DejaVuSans", "order": start + i}
        for i, ch in enumerate(text)
    ]


def test_a_date_opening_with_its_month_drawn_over_a_cut_label() -> None:
    # "Invoice Da" cut at x=106, "June 12, 2026" drawn from that edge over the "a"
    chars = _glyphs("Bluebay Trading Ltd", 50, 20, 0) + _glyphs("INVOICE", 400, 20, 30)
    chars += _glyphs("Invoice Da", 46, 80, 50) + _glyphs("June 12, 2026", 102, 80, 60)
    chars += _glyphs("Due Date", 46, 95, 80) + _glyphs("August 11, 2026", 102, 95, 90)
    f = extract(build_lines({"number": 1, "chars": chars}))
    assert f.invoice_date == date(2026, 6, 12)


def test_a_japanese_payment_day_whose_word_ocr_misread_is_no_issue_date() -> None:
    f = read_rows(
        "請求書",
        "株式会社 みどり商会",
        (200, [("合計", 300), ("¥120,000", 400)]),
        (215, [("お支払若慈", 50), (":", 120), ("2026年9月14日", 130)]),
    )
    assert f.invoice_date is None


def test_a_faxs_garbled_words_around_a_year_are_no_date() -> None:
    assert find_dates("Lertintgerediatat  [Sams MeSS 1 7.2024", dayfirst=True) == []
    assert [d[2] for d in find_dates("Datum 29 09.2025", dayfirst=True)] == [date(2025, 9, 29)]


def test_a_calc_subtotal_starting_at_the_edge_where_the_total_was_cut() -> None:
    # "Subtotaal" fits its cell; its amount 12.600,00 was clipped at the edge the total's was
    head = (150, [("Omschrijving", 50, 110), ("Aantal", 300, 330), ("Prijs", 360, 385)])
    head[1].append(("Bedrag", 460, 490))
    row = (165, [("Eiken", 50, 75), ("plank", 80, 105), ("12", 310, 320), ("1.050,00", 350, 390)])
    row[1].append(("12.600,00", 445, 490))
    rows = _calc_sums("b.", "246,00")
    rows[3] = (200, [("Subtotaal", 386, 430), ("600,00", 450, 490), ("€", 495, 503)])
    rows[4] = (215, [("Btw", 386, 400), ("21%", 404, 420), ("2.646,00", 455, 490), ("€", 495, 503)])
    f = extract(text_lines(*rows[:3], head, row, *rows[3:]))
    assert (f.totals.get("subtotal"), f.totals.get("total")) == (12600.0, 15246.0)


def test_a_month_first_date_whose_comma_ocr_read_as_a_stop() -> None:
    assert [d[2] for d in find_dates("Date: Feb 23. 2026")] == [date(2026, 2, 23)]


def test_a_swiss_enterprise_numbers_line_names_no_tax() -> None:
    f = extract(
        text_lines(
            (20, [("Aarberg Haushalt GmbH", 50, 150)]),
            (35, [("UID:", 50, 70), ("CHE-218.447.903", 75, 150), ("MWST", 155, 180)]),
            (35, [("Tel.", 200, 215), ("+41", 220, 235), ("31", 240, 250), ("552", 255, 270)]),
            (80, [("Rechnung", 400, 450), ("Rechnungsdatum:", 50, 130), ("14.02.2026", 140, 190)]),
            (200, [("Zwischensumme", 300, 370), ("CHF", 380, 400), ("1'000.00", 410, 450)]),
            (215, [("MWST", 300, 330), ("8.1", 335, 350), ("%", 352, 358), ("81.00", 420, 450)]),
            (230, [("Rechnungsbetrag", 300, 375), ("CHF", 380, 400), ("1'081.00", 410, 450)]),
        )
    )
    assert f.totals.get("tax") == 81.0
