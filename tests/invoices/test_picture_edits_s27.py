"""Session 27: genuine pictures that the image signs took for edits.

A fold's crease shadow runs across the sheet and the print cuts it into pieces the size of a
value (I218): a piece whose rows are off beside it too is the band, not a patch
(`image_edits._across_page`). A value typed in red or blue stays a typed value (I260): an
excuse for another ink than the print's, tried for seals and stamps, let a total retyped in an
invoice's own red or blue through (the review of session 27).
"""

from __future__ import annotations

import io
from datetime import datetime

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from support import invoice_corpus as corpus
from support.invoice_image_edits import soft_page

from reinstate.invoices import image_edits
from reinstate.invoices.check import check_invoice


def _soft_page(seed: int) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A phone photo of an invoice forwarded through a chat app, in colour, and its value's box."""
    spec = corpus.random_spec(6100 + seed, lang="en")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)
    data, box = soft_page(spec, made, seed=seed)
    return Image.open(io.BytesIO(data)).convert("RGB"), box


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _altered(data: bytes) -> set[str]:
    report = check_invoice(data, filename="page.png", ocr=False)
    return {f.code for f in report.findings if "altered" in f.rule.tags}


def _with_digits(page: Image.Image, box: tuple[int, ...], colour: tuple[int, ...]) -> Image.Image:
    """The page with a number drawn on it after the capture, sharp, left of the value."""
    out = page.copy()
    draw = ImageDraw.Draw(out)
    cx, cy = box[0] - 40, box[1] + 10
    font = ImageFont.truetype(corpus.LATIN_TTF, box[3] - box[1])
    draw.text((cx, cy - 40), "913101", fill=colour, font=font, anchor="mm")
    return out


@pytest.mark.parametrize("colour", [(30, 30, 30), (200, 30, 40), (40, 60, 170)])
def test_a_value_typed_on_a_soft_picture_in_any_ink_is_a_typed_value(
    colour: tuple[int, int, int],
) -> None:
    page, box = _soft_page(0)
    assert "I260" in _altered(_png(_with_digits(page, box, colour)))


def _creased(page: Image.Image, patch: tuple[int, ...] | None = None) -> Image.Image:
    """The page with a fold's shadow across its table rows (and a darker patch over `patch`)."""
    arr = np.asarray(page.convert("L"), dtype=np.float32)
    rows = np.arange(arr.shape[0])[:, None]
    arr = arr - 8.0 * np.exp(-(((rows - 480) / 12.0) ** 2))
    if patch is not None:
        x0, y0, x1, y1 = patch
        arr[y0 - 6 : y1 + 6, x0 - 6 : x1 + 6] -= 5.0
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


def test_a_crease_across_a_table_is_no_patch() -> None:
    page, _box = _soft_page(0)
    picture = _creased(page)
    assert image_edits.tone_regions(picture, 20.0)["regions"] == []
    assert "I218" not in _altered(_png(picture))


def test_a_patch_on_a_creased_page_is_still_found() -> None:
    page, box = _soft_page(0)
    regions = image_edits.tone_regions(_creased(page, box), 20.0)["regions"]
    assert [r["box"] for r in regions] == [[88, 352, 160, 392]]
