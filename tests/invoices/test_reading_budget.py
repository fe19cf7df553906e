"""Issue 20, reading round: OCR within a per-file CPU budget, one pass in the page's script,
Japanese dates read whole, titles under a CSS stamp, Polish labels wrapped in Calc cells."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from support.invoice_corpus import make, make_reportlab, random_spec, rasterise
from support.invoice_polish import ERRORS, make_polish_calc, make_polish_vat

from reinstate.invoices import limits, ocr
from reinstate.invoices.check import check_invoice

tesseract = pytest.mark.skipif(
    not {"eng", "jpn", "chi_sim"} <= ocr.languages(), reason="tesseract eng+jpn+chi_sim needed"
)
ARITHMETIC = {"I109", "I110", "I114"}


def _made(spec):  # type: ignore[no-untyped-def]
    return datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


def _scan(spec) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    rasterise(make_reportlab(spec, _made(spec)), seed=1).save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def test_the_probe_tells_latin_chinese_and_japanese_apart() -> None:
    assert ocr.script_of("Rechnung Rheinwerk Haushaltswaren GmbH Rechnungsnummer") == "latin"
    assert ocr.script_of("增值税普通发票 名称: 上海北原商贸有限公司 ヽ") == "chinese"
    assert ocr.script_of("株式会社さくら商事 請求書 〒100-0005 東京都千代田区丸の内") == "japanese"
    assert ocr.script_of("Atelier Lumiere SARL 12 rue des Tanneurs ペ") == "latin"


def test_a_japanese_header_in_kanji_alone_is_japanese() -> None:
    # A phone photo's probe read the title block without the kana of the company's name.
    probe = "請求書請求書番号:F2026/978請求日:2026年1月5日顧客番号:2031-07-01"
    assert ocr.script_of(probe) == "japanese"
    assert ocr.script_of("増値税普通肥票朋票号礼:58701906井票日期:2026年11月05日") == "chinese"


@tesseract
def test_a_japanese_scan_is_read_in_one_japanese_pass() -> None:
    # Before: a Chinese pass first, then a Japanese one (two full passes, 6.5 s under load).
    spec = random_spec(4008, lang="ja", issued=date(2026, 11, 5))
    report = check_invoice(_scan(spec), filename="scan.jpg")
    assert [(o["script"], o["lang"]) for o in report.ocr] == [("japanese", "jpn+eng")]
    assert report.fields.document_type == "invoice"
    assert report.fields.invoice_date == spec.issued


@tesseract
def test_a_page_over_the_time_budget_stops_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "OCR_CPU_BUDGET", 0.05)
    spec = random_spec(4001, lang="en")
    report = check_invoice(_scan(spec), filename="scan.jpg", isolate=False)
    assert report.ocr[0]["cut"] is True
    assert report.ocr[0]["note"] == "page 1 not fully read in the time budget"
    assert report.pages_read == 0
    assert "I005" in report.codes
    assert "I101" not in report.codes  # what was not read is not called "not an invoice"


@tesseract
@pytest.mark.parametrize(("script", "left"), [("latin", 1.6), ("chinese", 3.6), ("japanese", 3.6)])
def test_a_cjk_page_is_given_the_larger_budget(
    monkeypatch: pytest.MonkeyPatch, script: str, left: float
) -> None:
    # A dense Chinese copier scan's one pass ran past 2 s and was stopped: nothing was read.
    limits_passed: list[float] = []

    def probe(gray, tmp, langs, budget):  # type: ignore[no-untyped-def]
        budget.spend(0.4)
        return script

    def tesseract(path, lang, cpu_limit, psm=None):  # type: ignore[no-untyped-def]
        limits_passed.append(cpu_limit)
        return "", cpu_limit, False  # stopped by the budget: nothing after it is tried

    monkeypatch.setattr(ocr, "_script", probe)
    monkeypatch.setattr(ocr, "_tesseract", tesseract)
    from PIL import Image

    page = Image.new("L", (1200, 1700), 255)
    result = ocr.ocr_image(page, scale=0.5, budget=limits.OcrBudget())
    assert limits_passed == [pytest.approx(left)]
    assert result["words"] == []


@tesseract
@pytest.mark.parametrize("seed", [4008, 4108])
def test_japanese_dates_keep_both_digits_of_the_month(seed: int) -> None:
    # "2026年11月5日" came out "2026年1月5日" (two like digits side by side merged into one) and
    # "2026年9月29日" as "20269298" (English kept for the whole date): read again alone, whole.
    issued = date(2026, 11, 5) if seed == 4008 else date(2026, 9, 29)
    spec = random_spec(seed, lang="ja", issued=issued)
    report = check_invoice(_scan(spec), filename="scan.jpg")
    assert report.fields.invoice_date == issued


@pytest.mark.parametrize(("lang", "seed"), [("de", 2), ("de", 3), ("nl", 2), ("fr", 0), ("in", 1)])
def test_a_stamp_drawn_over_the_title_leaves_the_title_readable(lang: str, seed: int) -> None:
    # h1::after { content: "KOPIE" } across "RECHNUNG" read as "KROECPHINEUNG": no title.
    spec = random_spec(300 + seed, lang=lang)
    report = check_invoice(make(spec, "title_stamped", _made(spec), seed=seed), filename="s.pdf")
    assert report.fields.document_type == "invoice"
    assert spec.title.lower() in (report.fields.document_title or "").lower()
    assert "I101" not in report.codes


@pytest.mark.parametrize("error", [None, *ERRORS])
def test_the_polish_rate_summary_layout_adds_up_and_its_errors_are_found(
    error: str | None,
) -> None:
    spec = random_spec(701, lang="pl")
    data = make_polish_vat(spec, _made(spec), error, engine="rates")
    codes = check_invoice(data, filename="faktura.pdf", ocr=False).codes
    assert bool(codes & ARITHMETIC) == (error is not None)


def test_a_calc_label_wrapped_over_two_lines_keeps_its_amount() -> None:
    from support.invoice_corpus import libreoffice_available

    if not libreoffice_available():
        pytest.skip("LibreOffice is not installed")
    # "Do" | "32019,25" over "zapłaty:" | "zł": the amount to pay was not tied to its label.
    spec = random_spec(700, lang="pl", issued=datetime.now(UTC).date())
    genuine, wrong = make_polish_calc([spec, spec], [None, "do_zaplaty"])
    report = check_invoice(genuine, filename="faktura.pdf", ocr=False)
    assert report.fields.amount_to_pay == report.fields.totals["total"]
    assert not report.codes & ARITHMETIC
    assert "I110" in check_invoice(wrong, filename="faktura.pdf", ocr=False).codes


@tesseract
@pytest.mark.parametrize(
    ("kind", "lang", "seed"),
    [
        ("phone_hard_jpeg", "fr", 0),
        ("phone_hard_jpeg", "de", 2),
        ("phone_hard_jpeg", "zh", 0),
        ("lowq_scan_jpeg", "ja", 0),
    ],
)
def test_hard_captures_are_still_invoices(kind: str, lang: str, seed: int) -> None:
    # de/2: only the footer was read (the photo's grainy surround made the page a picture to
    # Tesseract's layout analysis); zh/0: the title came out "增值税普通发", its last glyph lost.
    from support.invoice_captures import make_capture

    spec = random_spec(5000 + len(lang) + seed, lang=lang)
    report = check_invoice(make_capture(spec, _made(spec), kind, seed=seed), filename="c.jpg")
    assert report.fields.document_type == "invoice"
    assert "I101" not in report.codes
