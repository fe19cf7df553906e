"""Tesseract through its C API (session 13): the words and the budget are the CLI's, and the CLI
is used where libtesseract cannot be loaded."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.invoice_corpus import make_reportlab, random_spec, rasterise

from reinstate.invoices import ocr, tesseract_api

needs = pytest.mark.skipif(
    not {"eng", "jpn"} <= ocr.languages() or tesseract_api.engine() is None,
    reason="tesseract eng+jpn and libtesseract.so.5 needed",
)


@pytest.fixture
def fresh() -> Iterator[None]:
    tesseract_api.reset()
    yield
    tesseract_api.reset()


def _page(tmp_path: Path, seed: int, lang: str) -> str:
    """One of our generated invoices as a scan, prepared as `ocr_image` sends it."""
    from datetime import UTC, datetime

    spec = random_spec(seed, lang=lang)
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    gray, _ = ocr._ready(rasterise(make_reportlab(spec, made), seed=1).convert("L"), 1.0)
    path = str(tmp_path / "page.pgm")
    gray.save(path)
    return path


def _cli(path: str, lang: str, limit: float, monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setenv("REINSTATE_OCR_CLI", "1")
    tesseract_api.reset()
    try:
        return ocr._tesseract(path, lang, limit)
    finally:
        monkeypatch.delenv("REINSTATE_OCR_CLI")
        tesseract_api.reset()


@needs
@pytest.mark.parametrize(("seed", "lang", "tess"), [(1301, "en", "eng"), (1302, "ja", "jpn+eng")])
def test_the_c_api_reads_the_very_tsv_the_cli_reads(
    tmp_path: Path, seed: int, lang: str, tess: str, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    path = _page(tmp_path, seed, lang)
    cli_tsv, _, cli_done = _cli(path, tess, 30.0, monkeypatch)
    engine = tesseract_api.engine()
    assert engine is not None
    api = engine.recognize(path, tess, ocr.PSM, 30.0, ocr.TIMEOUT)
    assert api is not None
    api_tsv, used, api_done = api
    assert cli_done and api_done
    assert api_tsv == cli_tsv
    assert len(ocr._words(api_tsv)) > 40
    # a second call on the loaded model reads the same again, and is charged the CLI's start
    again = engine.recognize(path, tess, ocr.PSM, 30.0, ocr.TIMEOUT)
    assert again is not None and again[0] == cli_tsv
    assert used >= tesseract_api.Engine.charge(tess)


@needs
def test_the_budget_stops_a_long_call_as_the_cli_kill_does(tmp_path: Path, fresh: None) -> None:
    import time

    path = _page(tmp_path, 1303, "en")
    engine = tesseract_api.engine()
    assert engine is not None
    whole = engine.recognize(path, "eng", ocr.PSM, 30.0, ocr.TIMEOUT)
    assert whole is not None and whole[2]
    limit = tesseract_api.Engine.charge("eng") + (whole[1] - tesseract_api.Engine.charge("eng")) / 3
    started = time.thread_time()
    cut = engine.recognize(path, "eng", ocr.PSM, limit, ocr.TIMEOUT)
    spent = time.thread_time() - started
    assert cut is not None
    tsv, used, done = cut
    # nothing read, the whole limit spent, and stopped near it (not run to the end)
    assert (tsv, done) == ("", False)
    assert used >= limit
    assert spent < whole[1] - tesseract_api.Engine.charge("eng")
    # a limit below what the CLI spends before it reads is not even started
    assert engine.recognize(path, "eng", ocr.PSM, 0.05, ocr.TIMEOUT) == ("", 0.05, False)


@pytest.mark.skipif(not ocr.available(), reason="tesseract needed")
def test_the_cli_is_used_when_libtesseract_is_missing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fresh: None,
) -> None:
    path = _page(tmp_path, 1304, "en")
    monkeypatch.setattr(tesseract_api, "LIBRARY", "libtesseract-not-installed.so.5")
    started = subprocess.Popen
    programs: list[str] = []

    def popen(args: list[str], **kwargs: object) -> subprocess.Popen:
        programs.append(args[0])
        return started(args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(subprocess, "Popen", popen)
    with caplog.at_level(logging.INFO, logger=tesseract_api.__name__):
        for _ in range(2):
            tsv, _used, done = ocr._tesseract(path, "eng", 30.0)
            assert done and len(ocr._words(tsv)) > 40
    assert programs == ["tesseract", "tesseract"]
    # why, once
    said = [r.getMessage() for r in caplog.records if r.name == tesseract_api.__name__]
    assert len(said) == 1 and "libtesseract-not-installed.so.5" in said[0]


def test_a_language_that_cannot_be_loaded_goes_to_the_cli(fresh: None) -> None:
    engine = tesseract_api.engine()
    if engine is None:
        pytest.skip("libtesseract.so.5 not installed")
    assert engine.recognize("/nonexistent.pgm", "xx_not_a_model", "4", 5.0, 45) is None


@needs
def test_leptonica_keeps_its_complaints_off_the_terminal(fresh: None) -> None:
    # "Error in boxClipToRectangle: box outside rectangle" went to the user's terminal from a
    # photo's layout analysis once Tesseract ran in-process (the CLI's stderr was thrown away)
    import ctypes

    found = tesseract_api.engine()
    assert found is not None
    severity = ctypes.c_int.in_dll(found.lept, "LeptMsgSeverity").value
    assert severity == tesseract_api.LEPT_SEVERITY_NONE
