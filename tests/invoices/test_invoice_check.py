"""End to end on generated invoices: fields, requirements, arithmetic, signs, bad input."""

from __future__ import annotations

import hashlib
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from support.invoice_corpus import fixture

from reinstate.invoices import check_invoice


def _check(example: dict, **kw):  # type: ignore[no-untyped-def]
    data, name = fixture(example)
    return check_invoice(data, filename=name, **kw)


def test_genuine_english_invoice_fields_and_verdict() -> None:
    report = _check(
        {"make": "reportlab"}, notice_date=date(2026, 6, 1), seller_name="Northfield Goods LLC"
    )
    f = report.fields
    assert f.document_type == "invoice"
    assert f.supplier.name == "Harbourline Trading Co., Ltd."
    assert f.supplier.phone and f.supplier.website and f.supplier.email
    assert "Jinshan Road" in (f.supplier.address or "")
    assert f.buyer.name == "Northfield Goods LLC"
    assert f.invoice_number == "INV-2026-1637"
    assert f.invoice_date == date(2026, 3, 2)
    assert [(i.code, i.quantity) for i in f.items] == [("TM-350", 500), ("KS-5KG", 400)]
    assert f.totals["total"] == pytest.approx(sum(i.line_total or 0 for i in f.items))
    assert f.currency == "USD"
    assert report.verdict == "ok", [x.code for x in report.findings]
    body = report.to_json()
    assert body["kind"] == "invoice" and body["verdict"] == "ok"


def test_chinese_fapiao_fields() -> None:
    report = _check({"lang": "zh"})
    f = report.fields
    assert f.document_type == "invoice"
    assert f.supplier.name == "深圳市港湾贸易有限公司"
    assert f.buyer.name == "上海北原商贸有限公司"
    assert f.invoice_date == date(2026, 3, 2)
    assert f.currency == "CNY"
    assert len(f.items) == 3
    assert f.fapiao.get("kind") == "增值税普通发票"
    assert report.verdict == "ok", [x.code for x in report.findings]


def test_weasyprint_and_libreoffice_invoices_read() -> None:
    report = _check({"make": "weasyprint"})
    assert report.fields.items and report.verdict == "ok", report.codes
    if shutil.which("soffice"):
        lo = _check({"make": "libreoffice", "seed": 3})
        assert lo.fields.items and lo.fields.supplier.name
        assert {"I201", "I203", "I209", "I211"}.isdisjoint(lo.codes)


@pytest.mark.parametrize(
    ("example", "codes"),
    [
        ({"edit": "incremental_text"}, {"I201", "I202"}),
        ({"edit": "pikepdf_resave"}, {"I211"}),
        ({"edit": "overlay"}, {"I209", "I210"}),
        ({"edit": "overlay_incremental"}, {"I201", "I207", "I209"}),
        ({"edit": "reissue"}, {"I206"}),
    ],
)
def test_editing_methods_leave_signs_with_a_location(example: dict, codes: set[str]) -> None:
    report = _check(example)
    assert codes <= report.codes
    assert report.verdict in ("warn", "reject")
    assert all(t for f in report.findings for t in f.rule.tags)
    for finding, mark in zip(report.findings, report.marks, strict=True):
        if finding.code in ("I202", "I209", "I210"):
            assert mark.page == 1 and mark.bbox is not None


def test_white_box_hides_old_text_from_the_fields() -> None:
    report = _check({"edit": "overlay"})
    assert report.fields.items[0].quantity == 1500  # what the reviewer sees


def test_pasted_patch_in_a_scan_is_located() -> None:
    report = _check({"edit": "image_paste"}, ocr=False)
    mark = next(m for f, m in zip(report.findings, report.marks, strict=True) if f.code == "I213")
    assert mark.bbox is not None
    assert 330 < mark.bbox[0] < 400  # where the quantity was pasted, in points
    assert "I213" not in _check({"make": "scan_jpeg"}, ocr=False).codes


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("empty", "I002"),
        ("zip", "I001"),
        ("encrypted", "I003"),
        ("truncated", "I004"),
        ("corrupt", "I004"),
        ("nested", "I004"),
        ("pages200", "I005"),
    ],
)
def test_bad_input_is_a_finding(raw: str, code: str) -> None:
    report = _check({"raw": raw})
    assert code in report.codes
    assert report.verdict in ("reject", "ok", "warn")


def test_decompression_bomb_is_bounded() -> None:
    from support.invoice_corpus import bomb_pdf

    data = bomb_pdf(1 << 31)
    started = time.perf_counter()
    report = check_invoice(data, filename="bomb.pdf", timeout=30)
    # Refused by the inflation cap before any reader inflates it (it used to be a timeout).
    assert "I007" in report.codes
    assert time.perf_counter() - started < 4


def test_files_are_never_changed(tmp_path: Path) -> None:
    paths = []
    for i, ex in enumerate([{"edit": "overlay"}, {"raw": "truncated"}, {"make": "scan_png"}]):
        data, name = fixture(ex)
        path = tmp_path / f"{i}-{name}"
        path.write_bytes(data)
        paths.append((path, hashlib.sha256(data).hexdigest()))
    for path, digest in paths:
        check_invoice(path, ocr=False)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    from reinstate.errors import ReinstateError

    with pytest.raises(ReinstateError) as err:
        check_invoice(tmp_path / "nope.pdf")
    assert err.value.code == "file_missing"


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract-ocr is not installed")
def test_scanned_invoice_is_read_with_ocr() -> None:
    report = _check({"make": "scan_jpeg"})
    assert report.ocr and report.ocr[0]["engine"] == "tesseract"
    assert report.fields.invoice_date == date(2026, 3, 2)
    assert report.fields.supplier.phone
    assert report.verdict == "ok", report.codes
