"""Session 21: a value typed on a picture after its capture has sharper edges than the page's
print (`image_sharp`, I260). A soft page (a scan blurred like a phone's lens, shrunk like a chat
app's copy) with a value typed on a patch is found; the same page untouched, a clean render, a
bold heading and light print on a dark band stay silent.
"""

from __future__ import annotations

import io
from datetime import datetime

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from support import invoice_corpus as corpus
from support.invoice_image_edits import soft_page

from reinstate.invoices import image_edits, image_sharp
from reinstate.invoices.forensics import pixel_signs


def _spec(seed: int) -> tuple[object, datetime]:
    spec = corpus.random_spec(6100 + seed, lang="en")
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)


def _soft(image: Image.Image, seed: int) -> Image.Image:
    """The page as a phone photo forwarded through a chat app: blurred, grained, JPEG 70."""
    blurred = image.filter(ImageFilter.GaussianBlur(1.3))
    rng = np.random.default_rng(seed)
    arr = np.asarray(blurred, dtype=np.float32) + rng.normal(0, 3.0, blurred.size[::-1])
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).save(buf, format="JPEG", quality=70)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def _page(seed: int, typed: bool) -> tuple[Image.Image, tuple[int, int, int, int]]:
    spec, made = _spec(seed)
    data, box = soft_page(spec, made, seed=seed, typed=typed)
    return Image.open(io.BytesIO(data)).convert("L"), box


def _codes(gray: Image.Image, quality: int | None) -> set[str]:
    maps = image_edits.judge(gray, quality, "JPEG" if quality else "PNG", 1.0)
    return {code for code, *_rest in pixel_signs(maps, 1)}


@pytest.mark.parametrize("seed", [0, 2])
def test_a_value_typed_on_a_soft_picture_is_sharper_than_its_print(seed: int) -> None:
    typed, box = _page(seed, typed=True)
    runs = image_sharp.sharp_runs(typed)
    assert runs
    found = runs[0]["box"]
    assert found[0] < box[2] and box[0] < found[2] and found[1] < box[3] and box[1] < found[3]
    assert "I260" in _codes(typed, 90)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_soft_picture_untouched_is_silent(seed: int) -> None:
    page, _box = _page(seed, typed=False)
    assert image_sharp.sharp_runs(page) == []
    assert "I260" not in _codes(page, 70)


def test_a_clean_render_is_not_judged() -> None:
    """Print drawn on the pixels is as sharp as anything typed on it."""
    spec, made = _spec(0)
    clean = corpus.rasterise(corpus.make_reportlab(spec, made), seed=0)
    assert image_sharp.sharp_runs(clean) == []


def test_a_bold_heading_is_not_sharper_than_its_page() -> None:
    """Bold print is darker and steeper at once: its edges are as wide as the page's."""
    spec, made = _spec(1)
    page = corpus.rasterise(corpus.make_reportlab(spec, made), seed=1)
    font = ImageFont.truetype(corpus.LATIN_TTF, 40)
    ImageDraw.Draw(page).text((80, 60), "INVOICE 2026-0417", fill=0, font=font, stroke_width=2)
    assert image_sharp.sharp_runs(_soft(page, 1)) == []


def test_light_print_on_a_dark_band_is_not_judged() -> None:
    spec, made = _spec(2)
    page = corpus.rasterise(corpus.make_reportlab(spec, made), seed=2)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 40, page.width, 120), fill=40)
    font = ImageFont.truetype(corpus.LATIN_TTF, 30)
    draw.text((80, 60), "ACME TRADING 2026", fill=235, font=font)
    assert image_sharp.sharp_runs(_soft(page, 2)) == []
