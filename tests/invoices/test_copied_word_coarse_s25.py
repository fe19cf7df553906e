"""Session 25: a word copied over another on a JPEG scan saved again below quality 80 (I262),
judged from quality 60 where the page has plain paper of its own (`image_edits.
copied_text_judged`), never on a render's white. Pages made in tests/support/copied_word.py."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from support.copied_word import LATIN, copied_word_page

from reinstate.invoices import image_edits
from reinstate.invoices.image_copied_text import copied_text
from reinstate.invoices.image_twins import ink_depth

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _judged(data: bytes) -> dict:  # type: ignore[type-arg]
    image = Image.open(io.BytesIO(data))
    return image_edits.judge(image.convert("L"), 70, image.format, 1.0)


# Not every copy saved this coarsely stands out: seed 1's pairs at 0.56 of the page's next.
@pytest.mark.parametrize("seed", [0, 2])
def test_a_date_copied_and_saved_again_at_70_is_found(seed: int) -> None:
    found = _judged(copied_word_page(seed, copied=True, quality=70))["copied_text"]
    assert len(found) == 1 and found[0]["pairs"] >= 4
    tops = sorted((found[0]["source"][1], found[0]["copy"][1]))
    assert 110 <= tops[0] <= 130 and 140 <= tops[1] <= 160


@pytest.mark.parametrize("seed", [0, 1])
def test_one_date_printed_twice_scanned_and_saved_at_70_is_silent(seed: int) -> None:
    maps = _judged(copied_word_page(seed, copied=False, same_dates=True, quality=70))
    assert maps.get("copied_text", []) == []


def test_a_page_saved_below_60_is_not_searched() -> None:
    page = copied_word_page(0, copied=True, quality=55)
    f = np.asarray(Image.open(io.BytesIO(page)).convert("L"), dtype=np.float32)
    assert not image_edits.copied_text_judged(f, 55)


def test_a_render_saved_at_70_is_not_searched() -> None:
    """A page drawn by a renderer, repeating a line alike to the pixel, then saved at 70 (a PDF
    flattened to a picture): its paper is clipped white, no capture's, so no copied word is
    looked for on it (the copy search itself would pair the repeated line)."""
    from PIL import ImageDraw, ImageFont

    page = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(LATIN, 16)
    for row in range(8):
        draw.text((80, 100 + 40 * row), f"Item {row + 3} pcs 14.03.2026", font=font, fill=0)
        draw.text(
            (700, 100 + 40 * row),
            "14.03.2026" if row < 2 else f"{row}9.0{row}.2025",
            font=font,
            fill=0,
        )
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=70)
    f = np.asarray(Image.open(io.BytesIO(out.getvalue())), dtype=np.float32)
    assert not image_edits.copied_text_judged(f, 70)
    assert _judged(out.getvalue()).get("copied_text", []) == []
    assert copied_text(f, ink_depth(f)) == []  # white paper: the search's own guard too
