"""Session 22: patches without grain on grainy pictures of a page (I213).

A value cut from a clean render (or a screenshot of the edited PDF) carries the render's paper,
pure white without grain; pasted onto a grainy PNG scan it is a flat patch at the page's white,
which the check had left out as the clip where genuine paper is flat too. Grainy scans and a
scan clipped at white all over stay silent.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from PIL import Image, ImageDraw
from support import invoice_corpus as corpus
from support.invoice_image_edits import _value_box

from reinstate.invoices import image_drawn, image_edits
from reinstate.invoices.forensics import pixel_signs


def _spec(seed: int) -> tuple[object, datetime]:
    spec = corpus.random_spec(6200 + seed, lang="en")
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)


def _scan(seed: int) -> Image.Image:
    spec, made = _spec(seed)
    return corpus.rasterise(corpus.make_reportlab(spec, made), seed=seed)


def _white_paste(seed: int) -> Image.Image:
    """A grainy scan whose value is covered by a render's crop: pure white paper, new digits."""
    spec, made = _spec(seed)
    scan = _scan(seed)
    hit, _old, _new = _value_box(spec, made, seed)
    box = corpus.scan_box(hit)
    draw = ImageDraw.Draw(scan)
    draw.rectangle(box, fill=255)
    draw.text((box[0] + 2, box[1] + 1), "4,215.97", fill=20)
    return scan


def _codes(gray: Image.Image) -> set[str]:
    maps = image_edits.judge(gray, None, "PNG", 1.0)
    return {code for code, *_rest in pixel_signs(maps, 1)}


@pytest.mark.parametrize("seed", [0, 1])
def test_a_white_patch_pasted_on_a_grainy_scan_is_found(seed: int) -> None:
    pasted = _white_paste(seed)
    assert image_drawn.flat_patches(pasted)
    assert "I213" in _codes(pasted)


@pytest.mark.parametrize("seed", [0, 1])
def test_a_grainy_scan_touching_white_has_no_patch(seed: int) -> None:
    """Grain that reaches white here and there is not flat over a square."""
    arr = np.asarray(_scan(seed), dtype=np.int16)
    lifted = Image.fromarray(
        np.clip(arr + (255 - int(np.percentile(arr, 95))), 0, 255).astype(np.uint8)
    )
    assert image_drawn.flat_patches(lifted) == []


def test_a_scan_clipped_at_white_is_not_judged() -> None:
    """Paper clipped at white all over is flat everywhere, as a render is: not grainy."""
    arr = np.asarray(_scan(0), dtype=np.int16)
    clipped = Image.fromarray(np.clip(arr + 40, 0, 255).astype(np.uint8))
    assert image_drawn.flat_patches(clipped) == []
