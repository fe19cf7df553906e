"""A page scanned at 150 dpi whose bold total has one digit cloned from a regular-weight line:
the copy keeps its source's lighter strokes (`image_glyph_ink`). Made here, not taken from any
outside writer's file."""

from __future__ import annotations

import io
from typing import Any

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ROWS = (
    ("Widget, blue", "12", "4.50", "54.00"),
    ("Cable 2 m", "30", "1.80", "54.00"),
    ("Adapter", "7", "9.25", "64.75"),
)


def lighter_clone_page(seed: int = 0, cloned: bool = True) -> bytes:
    """A PNG scan of a short invoice; `cloned`: the bold total's second digit covered by a digit
    of a regular line, copied with 1 px of its paper and fitted to the covered digit's box."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    page = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(page)
    regular, bold = ImageFont.truetype(LATIN, 16), ImageFont.truetype(LATIN_BOLD, 16)
    draw.text((80, 60), "INVOICE 2026-0417", font=ImageFont.truetype(LATIN_BOLD, 30), fill=0)
    y = 180
    for text, qty, price, amount in ROWS:
        draw.text((80, y), text, font=regular, fill=0)
        for x, value in ((600, qty), (800, price), (1000, amount)):
            draw.text((x, y), value, font=regular, fill=0)
        y += 40
    draw.text((80, 420), "Reference", font=regular, fill=0)
    draw.text((300, 420), "8736 5214", font=regular, fill=0)
    draw.text((700, 500), "TOTAL", font=bold, fill=0)
    draw.text((960, 500), "4,572.75", font=bold, fill=0)
    rng = np.random.default_rng(seed)
    arr = np.asarray(page.filter(ImageFilter.GaussianBlur(0.9)), dtype=np.float32)
    arr = arr * 0.88 + 22 + rng.normal(0.0, 2.0, arr.shape)
    scan = np.clip(arr, 0, 255).astype(np.uint8)
    if cloned:
        scan = _clone_digit(scan)
    out = io.BytesIO()
    Image.fromarray(scan).save(out, format="PNG")
    return out.getvalue()


def _clone_digit(scan: Any) -> Any:
    """The total's second digit ("5") covered by the regular "8" of the reference line."""
    import cv2

    ink = (scan < 128).astype("uint8")
    _n, _labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyphs = sorted((tuple(s[:4]) for s in stats[1:].tolist() if s[3] >= 8), key=lambda g: g[0])
    total = [g for g in glyphs if 490 <= g[1] <= 530 and g[0] >= 950]
    sx, sy, sw, sh = next(g for g in glyphs if 410 <= g[1] <= 450 and g[0] >= 295)
    tx, ty, tw, th = total[1]
    patch = scan[sy - 1 : sy + sh + 1, sx - 1 : sx + sw + 1]
    out = scan.copy()
    out[ty - 1 : ty + th + 1, tx - 1 : tx + tw + 1] = cv2.resize(
        patch, (tw + 2, th + 2), interpolation=cv2.INTER_LINEAR
    )
    return out
