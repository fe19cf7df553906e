"""The checker's arithmetic run on fields alone (no file), as a check of one page's reading:
the tests of sums on outside layouts place words on a page, read them into fields and ask only
what the arithmetic makes of them."""

from __future__ import annotations

from reinstate.invoices.check import InvoiceReport, _Checker
from reinstate.invoices.fields import Fields
from reinstate.rules import default_registry

SUMS = ("I109", "I110", "I116")


def checked(
    fields: Fields, *, ocr: bool = False, gate: bool = False, file_type: str = "pdf"
) -> InvoiceReport:
    """The report after the arithmetic (and, with `gate`, the gate that doubts it). `ocr` is a
    file read by OCR: the checker's flag and the report's OCR record, as on a real scan."""
    report = InvoiceReport(filename="x", file_type=file_type, sha256="")
    report.ocr = [{"engine": "test"}] if ocr else []
    checker = _Checker(report, default_registry(), b"", ocr=ocr, timeout=None, isolate=False)
    checker._arithmetic(fields)
    if gate:
        checker._gate(fields, 0)
    return report


def sums_found(
    fields: Fields, *, ocr: bool = False, gate: bool = False
) -> dict[str, dict[str, str]]:
    """The sums' findings (I109, I110, I116) by code, their parameters as text."""
    return {
        x.code: {k: str(v) for k, v in x.params.items()}
        for x in checked(fields, ocr=ocr, gate=gate).findings
        if x.code in SUMS
    }


def codes_found(fields: Fields, *, ocr: bool = False, file_type: str = "pdf") -> set[str]:
    """Every code the arithmetic raises on the fields."""
    return set(checked(fields, ocr=ocr, file_type=file_type).codes)
