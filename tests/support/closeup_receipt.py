"""A till receipt photographed close up (print about 20 px high on a 1000 x 1476 px picture,
lit unevenly from one side), saved as a JPEG at quality 70, then saved again at 93, untouched or
with its total covered by a patch of the paper's tone and a new total typed on it. Made here, not
taken from any outside writer's file."""

from __future__ import annotations

import io
from typing import Any

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROWS = (
    ("KAFFE BRYGG 500G", "89,90"),
    ("TE EARL GREY", "42,50"),
    ("SKORPOR RAG", "31,00"),
    ("MJOLK 1L", "18,90"),
    ("HAVREKAKOR", "27,40"),
    ("KANELBULLE", "24,00"),
    ("FILTER NR 4", "19,90"),
    ("HONUNG 350G", "64,00"),
)
TOTAL_AT = (620, 1180)  # where the total's figures start (px)
PATCH_ABOVE, PATCH_BELOW = 20, 44


def receipt_photo(pasted: bool, seed: int = 0) -> bytes:
    """The photo's JPEG bytes, saved twice; `pasted`: the total covered and typed again between
    the two saves."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    rng = np.random.default_rng(seed)
    width, height = 1000, 1476
    sheet = Image.new("L", (width, height), 236)
    draw = ImageDraw.Draw(sheet)
    mono = ImageFont.truetype(MONO, 28)
    draw.text((300, 60), "LOVGRENS KAFFE & TE", font=mono, fill=30)
    draw.text((330, 110), "KVITTO 4471 KASSA 2", font=mono, fill=30)
    y = 220
    for name, amount in ROWS:
        draw.text((80, y), name, font=mono, fill=30)
        draw.text((700, y), amount, font=mono, fill=30)
        y += 95
    draw.text((80, TOTAL_AT[1]), "ATT BETALA", font=mono, fill=30)
    draw.text((TOTAL_AT[0], TOTAL_AT[1]), "317,60 kr", font=mono, fill=30)
    draw.text((80, 1300), "MOMS 12% 34,03  NETTO 283,57", font=mono, fill=30)
    page = np.asarray(sheet, dtype=np.float32)
    # Light falling off across the sheet, as a photo taken beside a window; camera grain.
    page *= np.linspace(0.62, 1.0, width)[None, :]
    page += rng.normal(0, 2.0, page.shape)
    first = io.BytesIO()
    Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).save(first, "JPEG", quality=70)
    photo = Image.open(io.BytesIO(first.getvalue())).convert("L")
    if not pasted:
        return _saved(photo)
    x, y = TOTAL_AT
    tone = int(np.median(np.asarray(photo)[y - 20 : y - 8, x : x + 200]))
    # The patch: the paper's tone with grain like the photo's, a little taller than the figures.
    top, bottom = y - PATCH_ABOVE, y + PATCH_BELOW
    pixels = np.asarray(photo, dtype=np.float32)
    pixels[top:bottom, x - 10 : x + 250] = tone + rng.normal(0, 3.0, (bottom - top, 260))
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    ImageDraw.Draw(photo).text((x, y), "817,60 kr", font=ImageFont.truetype(SANS, 30), fill=25)
    return _saved(photo)


def _saved(photo: Any) -> bytes:
    again = io.BytesIO()
    photo.save(again, "JPEG", quality=93)
    return again.getvalue()
