"""A page scanned at 150 dpi and saved as a JPEG, whose due date is copied over its issue date
and the page saved again (`image_copied_text`), or left as printed. Both print the same date
twice when `same_dates`: two prints of one word, which must stay silent. Made here, not taken
from any outside writer's file."""

from __future__ import annotations

import io

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ROWS = (
    ("Widget, blue", "12", "4.50", "54.00"),
    ("Cable 2 m", "30", "1.80", "54.00"),
    ("Adapter 65 W", "7", "9.25", "64.75"),
    ("Paper A4, 500", "25", "3.98", "99.50"),
    ("Toner 26A", "3", "71.40", "214.20"),
)
# Where the two dates are written, at 300 dpi.
ISSUE = (700, 240)
DUE = (700, 300)


def copied_word_page(seed: int = 0, copied: bool = True, same_dates: bool = False) -> bytes:
    """The JPEG (quality 85) of a scan first saved at 75; `copied`: the due date, with 2 px of
    its paper, copied over the issue date before the second save."""
    from PIL import Image

    scan = Image.open(io.BytesIO(_first_save(seed, same_dates)))
    scan.load()
    if copied:
        # the date's box at 150 dpi, with the paper around it
        (ix, iy), (dx, dy) = [(x // 2 - 4, y // 2 - 6) for x, y in (ISSUE, DUE)]
        word = scan.crop((dx, dy, dx + 124, dy + 28))
        scan.paste(word, (ix, iy))
    out = io.BytesIO()
    scan.save(out, format="JPEG", quality=85)
    return out.getvalue()


def _first_save(seed: int, same_dates: bool) -> bytes:
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    page = Image.new("L", (2480, 1800), 255)
    draw = ImageDraw.Draw(page)
    regular = ImageFont.truetype(LATIN, 32)
    draw.text((160, 100), "INVOICE 2026-0417", font=ImageFont.truetype(LATIN_BOLD, 56), fill=0)
    draw.text((160, ISSUE[1]), "Invoice date", font=regular, fill=0)
    draw.text(ISSUE, "14.03.2026", font=regular, fill=0)
    draw.text((160, DUE[1]), "Due date", font=regular, fill=0)
    draw.text(DUE, "14.03.2026" if same_dates else "13.04.2026", font=regular, fill=0)
    y = 480
    for text, qty, price, amount in ROWS:
        draw.text((160, y), text, font=regular, fill=0)
        for x, value in ((1200, qty), (1600, price), (2000, amount)):
            draw.text((x, y), value, font=regular, fill=0)
        y += 80
    draw.text((1400, y + 60), "TOTAL EUR 486.45", font=regular, fill=0)
    rng = np.random.default_rng(seed)
    page = page.rotate(float(rng.uniform(-0.8, 0.8)), resample=Image.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.8)).resize((1240, 900), Image.LANCZOS)
    arr = np.asarray(page, dtype=np.float32) * 0.9 + 18 + rng.normal(0, 4.0, (900, 1240))
    out = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).save(out, format="JPEG", quality=75)
    return out.getvalue()
