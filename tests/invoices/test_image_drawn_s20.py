"""Session 20: edits an image editor draws on a page saved without loss (`image_drawn`).

Grey, smoothed text typed on a black-and-white fax (I226), and a patch filled with one flat grey
just below the page's own white on a grainy PNG scan (I213), which the paper-noise map leaves
out as clipped white. Genuine faxes, scans and clean renders stay silent.
"""

from __future__ import annotations

import io
from datetime import datetime

import numpy as np
import pytest
from PIL import Image, ImageDraw
from support import invoice_corpus as corpus
from support.invoice_image_edits import _value_box, fax_page

from reinstate.invoices import image_drawn, image_edits
from reinstate.invoices.forensics import pixel_signs


def _spec(seed: int) -> tuple[object, datetime]:
    spec = corpus.random_spec(6100 + seed, lang="en")
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)


def _gray(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


def _codes(gray: Image.Image) -> set[str]:
    maps = image_edits.judge(gray, None, "PNG", 1.0)
    return {code for code, *_rest in pixel_signs(maps, 1)}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_text_typed_on_a_fax_shows_grey_edges(seed: int) -> None:
    spec, made = _spec(seed)
    typed = _gray(fax_page(spec, made, seed=seed, typed=True))
    assert image_drawn.grey_text(typed)
    assert "I226" in _codes(typed)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_genuine_fax_has_no_grey_text(seed: int) -> None:
    spec, made = _spec(seed)
    assert image_drawn.grey_text(_gray(fax_page(spec, made, seed=seed))) == []


def test_a_fax_machines_own_line_at_the_top_is_not_judged() -> None:
    spec, made = _spec(0)
    page = _gray(fax_page(spec, made))
    ImageDraw.Draw(page).text((30, 8), "07.12.26 10:41  FROM: +49 89 1234567", fill=0)
    page = page.resize((page.width, page.height))
    assert image_drawn.grey_text(page) == []


def test_a_grey_scan_is_not_taken_for_a_fax() -> None:
    spec, made = _spec(0)
    scan = corpus.rasterise(corpus.make_reportlab(spec, made))
    assert image_drawn.grey_text(scan) == []


def _flat_patch(seed: int) -> Image.Image:
    """A PNG scan whose value is covered with one flat grey just below the page's white."""
    spec, made = _spec(seed)
    scan = corpus.rasterise(corpus.make_reportlab(spec, made), seed=seed)
    hit, _old, _new = _value_box(spec, made, seed)
    ImageDraw.Draw(scan).rectangle(corpus.scan_box(hit), fill=int(np.asarray(scan).max()) - 1)
    return scan


@pytest.mark.parametrize("seed", [0, 1])
def test_a_flat_patch_below_white_on_a_grainy_scan_is_found(seed: int) -> None:
    patched = _flat_patch(seed)
    assert image_drawn.flat_patches(patched)
    assert "I213" in _codes(patched)


@pytest.mark.parametrize("seed", [0, 1])
def test_a_genuine_grainy_scan_has_no_flat_patch(seed: int) -> None:
    spec, made = _spec(seed)
    scan = corpus.rasterise(corpus.make_reportlab(spec, made), seed=seed)
    assert image_drawn.flat_patches(scan) == []


def test_a_clean_render_is_flat_everywhere_and_not_judged() -> None:
    """A render (an exported page made an image) has no grain: its flat paper is all of it."""
    import pypdfium2 as pdfium

    spec, made = _spec(0)
    doc = pdfium.PdfDocument(corpus.make_reportlab(spec, made))
    render = doc[0].render(scale=150 / 72).to_pil().convert("L")
    doc.close()
    ImageDraw.Draw(render).rectangle((100, 100, 220, 130), fill=250)
    assert image_drawn.flat_patches(render) == []
