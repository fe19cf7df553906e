"""Chromium's print to PDF as a producer, the one-pass OCR, revisions and the scan noise check."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from support.invoice_corpus import (
    EDITORS,
    _chromium_cli,
    chromium_path,
    cjk_font_available,
    make_chromium_batch,
    make_reportlab,
    random_spec,
    rasterise,
)

from reinstate.invoices import check_invoice
from reinstate.invoices.ocr import plan

chromium = pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed")
tesseract = pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")
# Chinese pages need a CJK font on the machine that makes them: without one, Chromium and
# pdfium draw empty boxes and a test would fail on fonts, not on the code it tests.
cjk = pytest.mark.skipif(not cjk_font_available(), reason="no CJK font (fonts-wqy-microhei)")
FLAGS = {"altered", "reissued_after_date"}


@pytest.fixture(scope="module")
def printed() -> dict[str, bytes]:
    """One browser start for the module: an invoice printed today, and ones dated last spring.

    The English re-issue is the one the flag is tested on: its text needs no CJK font, so the
    test does not depend on the fonts of the machine (it failed on a fresh one)."""
    today = datetime.now(UTC).date()
    recent = random_spec(21, issued=today - timedelta(days=1))
    old = random_spec(22, lang="zh", issued=today - timedelta(days=240))
    old_en = random_spec(24, issued=today - timedelta(days=240))
    fresh, dated, dated_en = make_chromium_batch([recent, old, old_en])
    return {"recent": fresh, "old": dated, "old_en": dated_en}


def _notice() -> date:
    return datetime.now(UTC).date() + timedelta(days=5)


@chromium
def test_genuine_chromium_invoice_is_read_and_not_flagged(printed: dict[str, bytes]) -> None:
    data = printed["recent"]
    assert data.startswith(b"%PDF-1.")
    report = check_invoice(data, filename="chromium.pdf", notice_date=_notice())
    assert "Skia/PDF" in report.metadata["info"]["Producer"]
    assert report.fields.supplier.name and len(report.fields.items) >= 2
    assert not report.tags & FLAGS, report.codes
    assert report.verdict == "ok", report.codes


@chromium
@pytest.mark.parametrize(
    ("edit", "codes"),
    [
        ("overlay", {"I209", "I210"}),
        ("overlay_incremental", {"I201", "I209"}),
        ("metadata_pikepdf", {"I211"}),  # qpdf's layout under a Skia /Producer
        ("metadata_incremental", {"I201"}),
    ],
)
def test_altered_chromium_invoices_are_flagged(
    printed: dict[str, bytes], edit: str, codes: set[str]
) -> None:
    today = datetime.now(UTC).date()
    spec = random_spec(21, issued=today - timedelta(days=1))
    base = printed["recent"]
    if edit.startswith("metadata_"):  # back-dating a file printed long after its date
        spec = random_spec(24, issued=today - timedelta(days=240))
        base = printed["old_en"]
    altered = EDITORS[edit](base, spec, 0)
    report = check_invoice(altered, filename=f"{edit}.pdf", notice_date=_notice())
    assert codes <= report.codes, report.codes
    assert report.tags & FLAGS


@chromium
def test_chromium_reissue_is_flagged(printed: dict[str, bytes]) -> None:
    report = check_invoice(printed["old_en"], filename="old.pdf", notice_date=_notice())
    assert "I206" in report.codes, report.codes


@chromium
@cjk
def test_chromium_chinese_reissue_is_read_and_flagged(printed: dict[str, bytes]) -> None:
    report = check_invoice(printed["old"], filename="old.pdf", notice_date=_notice())
    assert "I206" in report.codes
    assert report.fields.supplier.name == "深圳市港湾贸易有限公司"


@chromium
def test_chromium_command_line_printing_without_playwright() -> None:
    exe = chromium_path()
    assert exe
    data = _chromium_cli(exe, random_spec(5))
    assert data.startswith(b"%PDF-") and b"Skia/PDF" in data


def test_language_plan_is_one_pass_per_script() -> None:
    installed = {"eng", "chi_sim", "jpn", "osd"}
    assert plan(installed, "chinese") == "chi_sim+eng"
    assert plan(installed, "japanese") == "jpn+eng"
    assert plan(installed, "latin") == "eng"
    assert plan({"eng"}, "chinese") == "eng"


@tesseract
@cjk
def test_chinese_scan_read_in_one_pass() -> None:
    spec = random_spec(31, lang="zh")
    image = rasterise(make_reportlab(spec, datetime(2026, 3, 2, 10, tzinfo=UTC)), seed=3)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=85)
    report = check_invoice(buf.getvalue(), filename="scan.jpg")
    assert [o["lang"] for o in report.ocr] == ["chi_sim+eng"]
    assert report.fields.supplier.name and "有限公司" in report.fields.supplier.name
    assert report.fields.totals.get("total") == pytest.approx(spec.total)


@tesseract
@cjk
def test_japanese_page_gets_a_japanese_pass() -> None:
    from PIL import Image, ImageDraw, ImageFont
    from support.invoice_corpus import CJK_FONT

    from reinstate.invoices.ocr import languages, ocr_image

    if "jpn" not in languages():
        pytest.skip("tesseract-ocr-jpn is not installed")
    page = Image.new("L", (1240, 900), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(CJK_FONT, 28)
    lines = [
        "請求書",
        "株式会社さくら商事 御中",
        "ステンレス水筒  400  3.85",
        "お支払いは30日以内にお願いします。",
    ]
    for i, line in enumerate(lines):
        draw.text((100, 100 + 80 * i), line, fill=20, font=font)
    result = ocr_image(page, scale=1.0)
    text = "".join(w["text"] for w in result["words"])
    assert result["meta"]["lang"] == "jpn+eng"
    assert "さくら" in text or "ステンレス" in text


def test_metadata_only_update_is_recognised_without_reading_pages_twice() -> None:
    import pypdf

    from reinstate.invoices.reader import _pages_unchanged

    spec = random_spec(23, issued=datetime.now(UTC).date())
    base = make_reportlab(spec, datetime.now(UTC))
    for edit, unchanged in (("metadata_incremental", True), ("incremental_text", False)):
        data = EDITORS[edit](base, spec, 0)
        before = pypdf.PdfReader(io.BytesIO(data[: data.find(b"%%EOF") + 5]))
        after = pypdf.PdfReader(io.BytesIO(data))
        assert _pages_unchanged(before, after) is unchanged, edit
        report = check_invoice(data, filename=f"{edit}.pdf")
        assert "I201" in report.codes
        assert ("I202" in report.codes) is not unchanged, report.codes
        # the page text is the same; the back-dated /CreationDate is what changed
        assert ("I215" in report.codes) is unchanged, report.codes


def _scan_jpeg(spec_seed: int, quality: int, seed: int = 0) -> bytes:
    spec = random_spec(spec_seed)
    image = rasterise(make_reportlab(spec, datetime(2026, 3, 2, 10, tzinfo=UTC)), seed=seed)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def test_date_patch_cropped_close_to_the_text_is_located() -> None:
    from support.invoice_corpus import image_paste

    spec = random_spec(62)
    data = image_paste(spec, datetime(2026, 3, 2, 10, tzinfo=UTC), seed=2, variant=1)
    report = check_invoice(data, filename="scan.jpg", ocr=False)
    marks = [m for f, m in zip(report.findings, report.marks, strict=True) if f.code == "I213"]
    assert marks and marks[0].bbox is not None
    assert marks[0].bbox[1] < 120  # the date, in the header: not the items further down


@pytest.mark.parametrize("quality", [60, 70, 85, 95])
def test_genuine_scans_stay_unflagged_and_coarse_jpegs_are_not_measured(quality: int) -> None:
    report = check_invoice(_scan_jpeg(44, quality, seed=4), filename="scan.jpg", ocr=False)
    assert "I213" not in report.codes
    assert report.metadata["image"]["jpeg_quality"] == pytest.approx(quality, abs=1)
