"""Polish VAT invoices: netto / VAT / brutto per line, the "Razem" row, "Do zapłaty ... zł"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.invoice_corpus import libreoffice_available, random_spec
from support.invoice_polish import ERRORS, make_polish_calc, make_polish_vat

from reinstate.invoices.check import check_invoice

ARITHMETIC = {"I109", "I110", "I114"}


def _check(data: bytes):  # type: ignore[no-untyped-def]
    return check_invoice(data, filename="faktura.pdf", ocr=False)


def test_a_genuine_polish_vat_invoice_adds_up() -> None:
    spec = random_spec(702, lang="pl")
    report = _check(make_polish_vat(spec, datetime(2026, 3, 2, 10, tzinfo=UTC)))
    f = report.fields
    assert not report.codes & ARITHMETIC
    assert f.totals["subtotal"] == spec.subtotal  # the Razem row: net, VAT, gross
    assert f.totals["total"] == round(
        sum(round(q * p, 2) for *_, q, p in spec.items) + f.totals["tax"], 2
    )
    assert all(i.gross is not None and i.tax_amount is not None for i in f.items)


@pytest.mark.parametrize(
    ("error", "code"),
    [("line_net", "I109"), ("line_gross", "I114"), ("razem", "I110"), ("do_zaplaty", "I110")],
)
def test_each_arithmetic_error_in_a_polish_vat_table_is_found(error: str, code: str) -> None:
    assert error in ERRORS
    spec = random_spec(702, lang="pl")
    report = _check(make_polish_vat(spec, datetime(2026, 3, 2, 10, tzinfo=UTC), error))
    assert code in report.codes


@pytest.mark.skipif(not libreoffice_available(), reason="LibreOffice is not installed")
def test_calc_headers_wrapped_onto_two_lines_are_read() -> None:
    # "Cena" / "netto", "Wartość" / "brutto": headers wrapped in narrow spreadsheet cells.
    spec = random_spec(701, lang="pl", issued=datetime.now(UTC).date())
    genuine, wrong = make_polish_calc([spec, spec], [None, "line_gross"])
    report = _check(genuine)
    assert not report.codes & ARITHMETIC
    assert [i.unit_price for i in report.fields.items] == [p for *_, p in spec.items]
    assert "I114" in _check(wrong).codes
