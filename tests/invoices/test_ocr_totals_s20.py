"""Totals on OCR'd pages (session 20): a total read with low confidence that the tax at its
printed rate bears out, an amount with a speck after its cents, and a column of sums whose
labels OCR lost entirely."""

from __future__ import annotations

from typing import Any

from support.ocr_words import word

from reinstate.invoices.fields import Fields, build_lines, extract

Cell = tuple[str, float] | tuple[str, float, float]  # (text, x0) or (text, x0, confidence)


def _read(*rows: tuple[float, list[Cell]]) -> Fields:
    words: list[dict[str, Any]] = [word("FATTURA", 400, 20), word("Ceramiche Rossi", 50, 60)]
    for top, cells in rows:
        for cell in cells:
            w = word(cell[0], cell[1], top)
            w["conf"] = cell[2] if len(cell) == 3 else 95.0
            words.append(w)
    return extract(build_lines({"number": 1, "chars": words}))


def _sums(subtotal: str, tax: str, total: str, *, total_conf: float = 30.0) -> Fields:
    return _read(
        (300, [("Imponibile", 300), (subtotal, 450, 40.0)]),
        (312, [("Spese", 300), ("di", 335), ("spedizione", 350), ("25,00", 450)]),
        (324, [("IVA", 300), ("22%", 325), (tax, 450)]),
        (336, [("Totale", 300), ("documento", 340), (total, 450, total_conf)]),
    )


def test_a_doubted_total_the_tax_at_its_rate_bears_out_is_kept() -> None:
    # 145,80 + 25,00 = 170,80 taxed at 22 % is 37,58: the subtotal's 1 was read as a 2
    f = _sums("245,80", "37,58", "208,38")
    assert f.totals["total"] == 208.38
    assert "total" in f.doubtful  # still read in doubt: a sum it misses is unconfirmed


def test_a_doubted_total_the_tax_does_not_bear_out_is_dropped() -> None:
    f = _sums("245,80", "37,58", "208,83")
    assert "total" not in f.totals
    assert f.total_unreadable


def test_a_total_read_with_confidence_is_never_repaired_by_the_rate() -> None:
    f = _sums("245,80", "37,58", "208,38", total_conf=95.0)
    assert f.totals["total"] == 208.38
    assert "total" not in f.doubtful


def test_a_speck_after_the_cents_is_no_part_of_the_amount() -> None:
    f = _read((336, [("Totale", 300), ("documento", 340), ("(EUR)", 400), ("208,38.", 450)]))
    assert f.totals["total"] == 208.38


def test_a_day_and_month_are_no_amount() -> None:
    f = _read((336, [("Totale", 300), ("documento", 340), ("(EUR)", 400), ("12.03.", 450)]))
    assert "total" not in f.totals


def test_a_column_of_sums_without_labels_ends_with_its_total() -> None:
    # the rows' sum, a discount, freight, VAT, and the total: the labels lost to a photo's
    # glare, the amounts right-aligned one under another
    f = _read(
        (300, [("1", 60), ("Versandkarton", 80), ("9,60", 480), ("EUR", 510)]),
        (312, [("2", 60), ("Luftpolsterbeutel", 80), ("0,09", 480), ("EUR", 510)]),
        (330, [("9,69", 480), ("EUR", 510)]),
        (342, [("-0,48", 475), ("EUR", 510)]),
        (354, [("85,00", 475), ("EUR", 510)]),
        (366, [("17,90", 475), ("EUR", 510)]),
        (378, [("112,11", 470), ("EUR", 510)]),
    )
    assert f.totals["total"] == 112.11


def test_a_column_whose_last_amount_sums_nothing_has_no_total_there() -> None:
    f = _read(
        (330, [("9,69", 480), ("EUR", 510)]),
        (342, [("-0,48", 475), ("EUR", 510)]),
        (354, [("85,00", 475), ("EUR", 510)]),
        (366, [("17,90", 475), ("EUR", 510)]),
        (378, [("121,11", 470), ("EUR", 510)]),
    )
    assert "total" not in f.totals


def test_a_long_sum_label_ocr_read_with_one_letter_wrong_still_names_the_total() -> None:
    f = _read((336, [("Rechnungshetrag", 300), ("(brutte)", 380), ("1.324,52", 450), ("EUR", 500)]))
    assert f.totals["total"] == 1324.52


def test_a_short_word_one_letter_from_a_label_names_no_sum() -> None:
    # "Endbetrug" is as near to other words as to "endbetrag": too short to be taken for it
    f = _read((336, [("Endbetrug", 300), ("1.324,52", 450), ("EUR", 500)]))
    assert "total" not in f.totals


def test_a_misread_label_over_a_misread_amount_names_no_total() -> None:
    f = _read((336, [("Rechnungspetrag", 300), ("3.5/9", 440), ("69", 470)]))
    assert "total" not in f.totals
