"""Error-level analysis (I216) and copy-move (I217) on scanned invoice images."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.invoice_corpus import image_clone, image_paste, make_scan, random_spec

from reinstate.invoices import image_edits
from reinstate.invoices.check import check_invoice

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _made(spec):  # type: ignore[no-untyped-def]
    return datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


@pytest.mark.parametrize(("seed", "lang", "kind"), [(1, "en", "scan_jpeg"), (2, "zh", "scan_png")])
def test_genuine_scans_stay_silent(seed: int, lang: str, kind: str) -> None:
    spec = random_spec(700 + seed, lang=lang)
    data = make_scan(spec, _made(spec), kind, seed=seed)
    report = check_invoice(data, filename="scan.jpg", ocr=False)
    assert not report.codes & {"I216", "I217"}


def test_a_pasted_region_stands_out_in_its_error_level() -> None:
    spec = random_spec(703, lang="fr")
    report = check_invoice(image_paste(spec, _made(spec), seed=3, variant=0), ocr=False)
    assert "I216" in report.codes
    where = report.marks[[f.code for f in report.findings].index("I216")]
    assert where.page == 1 and where.bbox is not None


def test_a_cloned_region_is_found_with_its_source() -> None:
    spec = random_spec(709, lang="in")
    report = check_invoice(image_clone(spec, _made(spec), seed=9, variant=9), ocr=False)
    assert "I217" in report.codes
    finding = next(f for f in report.findings if f.code == "I217")
    assert int(finding.params["pairs"]) >= image_edits.CM_MIN_PAIRS
    assert finding.params["source"].count(",") == 3
