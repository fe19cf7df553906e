"""Issue 20, time per file (session 17): the script probe reads the top of a page with light
print, not the whole page, and a Chinese picture without its seal is prepared once."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import pytest
from PIL import Image
from support.invoice_corpus import make_reportlab, random_spec, rasterise

from reinstate.invoices import ocr
from reinstate.invoices.limits import OcrBudget

tesseract = pytest.mark.skipif(
    not {"eng", "jpn", "chi_sim"} <= ocr.languages(), reason="tesseract eng+jpn+chi_sim needed"
)


def _page(lang: str, seed: int, *, print_level: int | None = None) -> Any:
    """A generated scan; `print_level`: its print lightened to about that grey (a phone
    photo's grey print, a faded scan), the paper kept."""
    spec = random_spec(seed, lang=lang, issued=date(2026, 11, 5))
    made = datetime(2026, 11, 5, 10, tzinfo=UTC)
    gray = rasterise(make_reportlab(spec, made), seed=seed)
    if print_level is None:
        return gray
    arr = np.asarray(gray, dtype=np.float32)
    paper = float(np.median(arr))
    darkest = float(np.percentile(arr, 0.5))
    light = paper - (paper - arr) * (paper - print_level) / max(1.0, paper - darkest)
    return Image.fromarray(np.clip(light, 0, 255).astype("uint8"))


def test_a_page_with_dark_print_is_probed_as_before() -> None:
    # The band is the title and a few lines of letterhead: the same rows as before.
    gray = _page("en", 17001)
    band = ocr.probe_height(gray)
    assert band < 0.3 * gray.height
    edges = ocr._row_edges(gray)
    assert band == ocr._band(edges, gray.height)


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_a_page_with_light_print_is_probed_at_its_top(lang: str) -> None:
    # Print at grey 170 shows no row of text at the fixed ink level: the probe used to read the
    # whole page with the Japanese model (0.35-0.85 s of CPU on outside photos and scans).
    gray = _page(lang, 17002, print_level=170)
    assert not (ocr._row_edges(gray) >= 12).any()
    band = ocr.probe_height(gray)
    assert gray.height / 6 < band <= gray.height / 3 + 2


def test_a_page_without_any_print_is_probed_at_most_down_to_a_third() -> None:
    blank = Image.new("L", (1200, 1700), 240)
    assert ocr.probe_height(blank) <= 1700 / 3 + 2


@tesseract
@pytest.mark.parametrize(
    ("lang", "script"), [("en", "latin"), ("zh", "chinese"), ("ja", "japanese")]
)
def test_the_top_of_a_light_page_tells_its_script(lang: str, script: str) -> None:
    gray = _page(lang, 17003, print_level=170)
    budget = OcrBudget()
    with tempfile.TemporaryDirectory() as tmp:
        assert ocr._script(gray, tmp, ocr.languages(), budget) == script


def test_a_chinese_picture_with_a_seal_is_prepared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fapiao photo cut from its desk and read whole without its red seal: the whole picture
    # was prepared (levelled, evened) and then thrown away for the picture without the seal.
    picture = Image.new("RGB", (1400, 1000), (235, 235, 235))
    picture.paste((200, 30, 30), (600, 400, 760, 560))  # the seal
    prepared: list[Any] = []

    def ready(gray: Any, scale: float) -> tuple[Any, float]:
        prepared.append(gray)
        return gray, scale

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "flatten_sheet", lambda whole: None)
    monkeypatch.setattr(
        ocr, "crop_sheet", lambda whole: (whole.crop((50, 50, 1350, 950)), (50, 50))
    )
    monkeypatch.setattr(ocr, "_ready", ready)
    monkeypatch.setattr(ocr, "_script", lambda gray, tmp, langs, budget: "chinese")
    monkeypatch.setattr(ocr, "_tesseract", lambda path, lang, limit, psm=None: ("", 0.1, True))
    result = ocr.ocr_image(picture, scale=1.0)
    assert result["meta"]["script"] == "chinese"
    # the cut sheet for the probe, then the whole picture without its seal: nothing else
    assert [g.size for g in prepared] == [(1300, 900), (1400, 1000)]
    assert np.asarray(prepared[1])[480, 680] > 150  # the seal's red taken as paper


@tesseract
def test_a_page_whose_top_third_is_blank_is_probed_further_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The band is cut at a third of the page; a Chinese page whose print starts below that
    # (a blank head) would read nothing there and be called Latin: the rest is read too.
    page = _page("zh", 17004)
    shifted = Image.new("L", page.size, int(np.median(np.asarray(page))))
    shifted.paste(page.crop((0, 0, page.width, page.height // 2)), (0, page.height // 2))
    assert ocr.probe_height(shifted) <= shifted.height / 3 + 2
    calls: list[str] = []
    read = ocr._tesseract

    def counted(path, lang, cpu_limit, psm=None):  # type: ignore[no-untyped-def]
        calls.append(lang)
        return read(path, lang, cpu_limit, psm)

    monkeypatch.setattr(ocr, "_tesseract", counted)
    with tempfile.TemporaryDirectory() as tmp:
        assert ocr._script(shifted, tmp, ocr.languages(), OcrBudget()) == "chinese"
    assert calls == ["jpn", "jpn"]


@pytest.mark.parametrize(("script", "block"), [("latin", True), ("japanese", False)])
def test_a_cjk_page_keeps_the_budget_of_its_date_line_from_the_block_pass(
    monkeypatch: pytest.MonkeyPatch, script: str, block: bool
) -> None:
    # A Japanese phone photo probed at its top had 0.84 s left after its pass (0.79 s): the
    # block pass was started, cut by the budget at 0.84 s, and the date line was never read
    # again (its date lost). A Latin page has no date re-read to keep budget for.
    gray = _page("en", 17005)
    rows = "".join(
        f"5\t1\t1\t1\t1\t{i}\t{100 + 80 * i}\t100\t60\t30\t90\tWord{i}\n" for i in range(1, 6)
    )
    tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight" + (
        "\tconf\ttext\n" + rows
    )
    calls: list[tuple[str, str | None]] = []

    def probe(gray, tmp, langs, budget):  # type: ignore[no-untyped-def]
        budget.spend(0.45)
        return script

    def read(path, lang, cpu_limit, psm=None):  # type: ignore[no-untyped-def]
        calls.append((path.rsplit("/", 1)[-1], psm))
        return tsv, 0.75, True

    monkeypatch.setattr(ocr, "_script", probe)
    monkeypatch.setattr(ocr, "_tesseract", read)
    ocr.ocr_image(gray, scale=1.0)
    assert (("page.pgm", "6") in calls) is block
