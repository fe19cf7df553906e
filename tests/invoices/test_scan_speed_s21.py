"""Session 21: the image checks of one page, their copy-move search on a thread of its own.

`image_edits.judge` runs the copy-move search (SIFT, the grain of its pairs, glyph twins) beside
the line and tone checks, so that once Tesseract is done both cores work on the page. What it
finds must not depend on that: the maps are the same run beside or in line (as on a page too
large to run beside), on a cloned scan, a genuine scan and a photo whose uneven light leaves the
clone search out. `grey_text` tells a page that is not black and white from its histogram alone.
Speed itself is measured in bench/scan_cpu.py, not here.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest
from PIL import Image
from support.invoice_captures import make_page_photo
from support.invoice_corpus import image_clone, make_scan, random_spec

from reinstate.invoices import image_drawn, image_edits, image_lines
from reinstate.invoices.imaging import jpeg_quality, paper_background


def _made(spec: Any) -> datetime:
    d = spec.issued
    return datetime(d.year, d.month, d.day, 10, tzinfo=UTC)


@cache
def _pages() -> dict[str, Image.Image]:
    spec = random_spec(709, lang="in")
    made = _made(spec)
    return {
        "clone": Image.open(io.BytesIO(image_clone(spec, made, seed=9, variant=9))),
        "scan": Image.open(io.BytesIO(make_scan(spec, made, "scan_png"))),
        "photo": Image.open(io.BytesIO(make_page_photo(spec, made, seed=3))),
    }


@pytest.mark.parametrize("kind", ["clone", "scan", "photo"])
def test_the_clone_search_finds_the_same_beside_and_in_line(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = _pages()[kind]
    gray = image.convert("L")
    fmt = image.format
    quality = jpeg_quality(image) if fmt == "JPEG" else None
    beside = image_edits.judge(gray, quality, fmt, 1.0)
    monkeypatch.setattr(image_edits, "BESIDE_MAX_PIXELS", 0)
    in_line = image_edits.judge(gray, quality, fmt, 1.0)
    assert beside == in_line
    if kind == "clone":
        assert beside["clones"]


def test_the_light_judged_before_the_lines_is_the_lines_own() -> None:
    import numpy as np

    for image in _pages().values():
        gray = image.convert("L")
        paper = paper_background(np.asarray(gray, dtype=np.float32))
        light, _level = image_lines.paper_light(paper)
        assert image_lines.line_outliers(gray, None, paper=paper).get("light") == light


def test_a_page_too_large_to_run_beside_is_judged_in_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def clone_regions(gray: Any, **_kwargs: Any) -> list[Any]:
        import threading

        calls.append(threading.current_thread().name)
        return []

    monkeypatch.setattr(image_edits, "BESIDE_MAX_PIXELS", 0)
    monkeypatch.setattr(image_edits, "clone_regions", clone_regions)
    image_edits.judge(_pages()["scan"].convert("L"), None, "PNG", 1.0)
    assert calls == ["MainThread"]


def test_a_grey_page_is_no_fax_from_its_histogram() -> None:
    import numpy as np

    grey = np.full((400, 300), 200, np.uint8)
    grey[100:300, 50:250] = np.arange(200 * 200).reshape(200, 200) % 256
    assert image_drawn.grey_text(Image.fromarray(grey)) == []
    fax = np.full((400, 300), 255, np.uint8)
    fax[100:140, 40:200] = 0
    fax[200:215, 60:80] = 128  # smoothed text typed on it: a cluster of grey pixels
    (x0, y0, x1, y1), *_rest = image_drawn.grey_text(Image.fromarray(fax))
    assert x0 <= 60 and y0 <= 200 and x1 >= 80 and y1 >= 215


def test_a_scans_facts_are_the_same_with_its_noise_map_beside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reinstate.invoices.reader import read_facts

    spec = random_spec(709, lang="in")
    data = image_clone(spec, _made(spec), seed=9, variant=9)
    beside = read_facts(data, ocr=False)["image"]
    monkeypatch.setattr(image_edits, "BESIDE_MAX_PIXELS", 0)
    in_line = read_facts(data, ocr=False)["image"]
    assert list(beside) == list(in_line)  # the facts in the same order
    assert beside == in_line
    assert beside["noise"] and beside["clones"]
