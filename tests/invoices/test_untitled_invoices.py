"""Session 13: genuine invoices called "not an invoice" (or nothing) because their title was
not read: a photo whose title is cropped or blurred, a title OCR misreads, a title outside the
vocabulary ("BILL", "SALES RECEIPT"), a title beside the logo in the supplier's cell, fpdf2
core-font pages. Each test failed before its fix; a pro forma, quotation or packing list title
still wins."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.invoice_untitled import TOTAL, fpdf_invoice, photo
from support.ocr_words import word

from reinstate.invoices import ocr
from reinstate.invoices.check import check_invoice
from reinstate.invoices.doc_shape import misread_title
from reinstate.invoices.fields import Fields, build_lines, extract, title_kind

pytest.importorskip("fpdf", reason="fpdf2 (the dev extra)")


def _check(data: bytes, name: str = "invoice.pdf") -> Any:
    return check_invoice(data, filename=name, notice_date=date(2026, 12, 10))


def _ocr_page(title: str, *rows: tuple[float, list[tuple[str, float]]]) -> Fields:
    """A page as OCR words (with Tesseract's confidence), the title large at the top."""
    words = [{**word(title, 380, 20), "bottom": 44, "size": 24.0, "conf": 61.0}]
    words.append({**word("Northwind Trading Ltd", 50, 60), "conf": 90.0})
    for top, cells in rows:
        words += [{**word(text, x, top), "conf": 90.0} for text, x in cells]
    return extract(build_lines({"number": 1, "chars": words}))


_BODY = (
    (80, [("No.", 380), ("20417", 420)]),
    (95, [("Date:", 380), ("14/03/2026", 420)]),
    (130, [("Description", 50), ("Qty", 300), ("Price", 380), ("Amount", 480)]),
    (150, [("USB-C", 50), ("cable", 85), ("10", 300), ("4.50", 380), ("45.00", 480)]),
    (165, [("Phone", 50), ("stand", 85), ("5", 300), ("12.00", 380), ("60.00", 480)]),
    (190, [("Subtotal", 380), ("105.00", 480)]),
    (205, [("VAT", 380), ("20%", 405), ("21.00", 480)]),
    (220, [("Total", 380), ("126.00", 480)]),
)


@pytest.mark.parametrize("misread", ["INVOlCE", "lNVOICE", "NVOICE", "INV OICE", "INV0ICE"])
def test_a_title_ocr_misread_is_still_the_title(misread: str) -> None:
    fields = _ocr_page(misread, *_BODY)
    assert (fields.document_type, fields.document_title) == ("invoice", misread)


def test_a_misread_title_of_another_kind_keeps_its_kind() -> None:
    assert _ocr_page("QU0TATI0N", *_BODY).document_type == "quotation"
    assert _ocr_page("PR0F0RMA", *_BODY).document_type == "pro_forma"
    # words one letter from a title are not titles
    for other in ("Invoiced", "Invoices", "Notice", "Picture", "Recipient", "Invoice to:"):
        assert misread_title(other) is None, other


def test_an_untitled_page_built_as_an_invoice_is_one() -> None:
    # the title lost (cropped, blurred into nothing): number, date, items and total remain
    fields = _ocr_page("~~", *_BODY)
    assert fields.document_type == "invoice" and fields.document_title is None


@pytest.mark.parametrize(
    "said",
    [
        [("This", 50), ("is", 75), ("not", 90), ("an", 110), ("invoice", 125)],
        [("Valid", 50), ("until", 80), ("30/04/2026", 110)],
        [("Packing", 50), ("list", 90)],
    ],
)
def test_an_untitled_page_that_says_what_it_is_not_is_no_invoice(
    said: list[tuple[str, float]],
) -> None:
    assert _ocr_page("~~", *_BODY, (260, said)).document_type != "invoice"


def test_a_reference_to_another_document_does_not_veto_the_structure() -> None:
    # invoices print the delivery note's and the order's numbers, here under the page's head
    terms = [(240 + 12 * i, [(f"Term{i}", 50), ("applies.", 90)]) for i in range(10)]
    for reference in (
        [("Delivery", 50), ("note", 95), ("No.", 120), ("DN-88", 140)],
        [("Purchase", 50), ("order:", 95), ("4711", 130)],
    ):
        fields = _ocr_page("~~", *_BODY, *terms, (400, reference))
        assert fields.document_type == "invoice"


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("BILL", "invoice"),
        ("Bill No. 12", "invoice"),
        ("SALES RECEIPT", "receipt"),
        ("Cash Receipt", "receipt"),
        ("Sales Invoice", "invoice"),
        ("Bill of Lading", "packing_list"),
        ("Air Waybill", "packing_list"),
        ("Bill to:", None),
        ("Bill From", None),
        ("Billing address", None),
        ("Sales", None),
    ],
)
def test_bill_and_sales_receipt_titles(cell: str, kind: str | None) -> None:
    assert title_kind(cell) == kind


@pytest.mark.parametrize(
    ("layout", "title", "label"),
    [
        ("right", "BILL", "No."),  # a title outside the vocabulary
        ("logo", "INVOICE", "No."),  # the title in the supplier's cell, beside the logo
        ("none", "", "No."),  # no title printed at all
        ("none", "", "Document No."),
    ],
)
def test_fpdf2_core_font_invoices_are_invoices(layout: str, title: str, label: str) -> None:
    fields = _check(fpdf_invoice(layout, title, label)).fields
    assert fields.document_type == "invoice"
    assert (fields.invoice_date, fields.totals.get("total")) == (date(2026, 3, 14), TOTAL)


@pytest.mark.parametrize(
    ("title", "kind"),
    [("QUOTATION", "quotation"), ("PACKING LIST", "packing_list"), ("PRO FORMA", "pro_forma")],
)
def test_fpdf2_titles_of_other_kinds_still_win(title: str, kind: str) -> None:
    report = _check(fpdf_invoice("right", title))
    assert report.fields.document_type == kind and "I101" in report.codes


@pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed")
@pytest.mark.parametrize(
    ("layout", "title", "label", "cut"),
    [
        ("right", "INVOICE", "No.", {"crop_top": 0.045}),  # the title outside the frame
        ("band", "INVOICE", "No.", {"crop_top": 0.05}),
        ("band", "TAX INVOICE", "Number:", {"blur_top": 0.06}),  # out of focus
    ],
)
def test_photo_of_a_paper_invoice_with_its_title_cut(
    layout: str, title: str, label: str, cut: dict[str, float]
) -> None:
    report = _check(photo(fpdf_invoice(layout, title, label), **cut), "photo.jpg")
    assert report.fields.document_type == "invoice"
    assert report.fields.totals.get("total") == TOTAL
    assert "I101" not in report.codes


@pytest.mark.parametrize("speck", ["°", "'", "’"])
def test_a_speck_after_an_ocr_total_is_not_part_of_it(speck: str) -> None:
    # "Totale documento € 1.379,60°": dust on a scan read after the cents left the total unread
    fields = _ocr_page(
        "FATTURA",
        (200, [("Totale", 300), ("documento", 340), ("€", 400), (f"1.379,60{speck}", 420)]),
    )
    assert fields.totals.get("total") == 1379.60


@pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed")
def test_the_head_of_a_latin_page_whose_words_name_no_document_is_read_again(
    tmp_path: Any,
) -> None:
    # A photo read as one column lost the top right block ("INVOICE", its number and date);
    # read again as one block, the top of the page gives them back.
    import pypdfium2 as pdfium

    from reinstate.invoices.limits import OcrBudget

    doc = pdfium.PdfDocument(fpdf_invoice("right"))
    gray = doc[0].render(scale=150 / 72).to_pil().convert("L")
    doc.close()
    lost = [{"text": "Northwind", "left": 90, "top": 90, "w": 120, "h": 20, "conf": 90.0}]
    lost[0]["line"] = "1.1.1"
    words = ocr._reread_head(gray, lost, str(tmp_path), "eng", OcrBudget())
    assert any(w["text"] == "INVOICE" for w in words)
    # words that name the document already are kept as they are
    named = [{**lost[0], "text": "INVOICE"}]
    assert ocr._reread_head(gray, named, str(tmp_path), "eng", OcrBudget()) == named


def test_another_kind_ending_a_cell_is_a_reference_not_the_title() -> None:
    # an untitled invoice naming the buyer's order at the end of a head cell stays an invoice
    fields = _ocr_page(
        "~~", (70, [("YOUR", 50), ("REF:", 80), ("PURCHASE", 110), ("ORDER", 160)]), *_BODY
    )
    assert fields.document_type == "invoice"
