"""Edits made on images of invoices (scans and phone photos), for the image-edit benchmark.

Each method takes a genuine capture of the corpus's reportlab invoice and changes a quantity or
the date on the pixels, as a forger with an image editor would:

- `paste_typed`: a white patch with new digits typed on it (clean, sharp, noise-free), saved
  again as the capture's own format (JPEG quality 90 or PNG);
- `paste_matched`: the same patch blurred and given noise like the page's (a careful forger);
- `clone`: another number of the same page, with its paper, copied over the value;
- `raster_resave`: the PDF edited (white box and new text) and only then printed and scanned:
  the edit happened before the page's only capture;
- `retype`: the old value covered with plain paper of the same page (its grain and tone), the
  new value typed in the page's own font, blurred and grained like the scan, with one thing a
  forger gets wrong (by seed: 15% taller glyphs, the baseline 2 px low, bold, grey
  ink, or blurred 1.5 px); only the text line shows it;
- `resaved`: a typed patch (as `paste_typed`), then the whole page saved again as a JPEG of
  quality 70-79 (a forger hiding the paste's compression);
- `foreign_paste`: the value cut, with its paper, from another scan of the same layout (another
  scanner: finer grain, lighter paper, a softer lens) and pasted over the value;
- `digit_clone`: one digit of the value covered by another digit of the page with the same box,
  copied with 1 px of its paper (the outside sets' "a 1 made a 4"), saved again at JPEG 95 or
  as PNG.

Captures: `scan_jpeg` (150 dpi, JPEG 85, then 90 after the edit), `scan_png`, `phone_jpeg`
(perspective, uneven light, from `invoice_captures.make_capture`), `scan_jpeg_twice` (a cheap
scanner's JPEG, quality 45-66, saved again at 90 with or without an edit: a page forwarded or
opened in an editor before it reaches the seller).
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from support import invoice_corpus as corpus

METHODS = (
    "paste_typed",
    "paste_matched",
    "clone",
    "raster_resave",
    "retype",
    "resaved",
    "foreign_paste",
    "digit_clone",
)
# What `retype` gets wrong, by seed.
RETYPE_FLAWS = ("taller", "lower", "soft", "bold", "grey")
CAPTURES = ("scan_jpeg", "scan_png", "phone_jpeg", "scan_jpeg_twice")


def _value_box(
    spec: Any, created: datetime, variant: int, exact: bool = False
) -> tuple[dict[str, Any], str, str]:
    """The word of the reportlab invoice the edit changes (the first word containing the old
    value's first word; `exact`: the first word that is the old value, so "200" is not
    found in "1200 Maple Avenue"), the old value and the new."""
    pdf = corpus.make_reportlab(spec, created)
    old, new = corpus._target(spec, variant)
    first = old.split()[0]
    words = corpus._words(pdf)
    hit = next((w for w in words if w["text"] == first), None) if exact else None
    hit = hit or next(w for w in words if first in w["text"])
    return hit, old, new


def _save(image: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, format="PNG")
    else:
        image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def edited_capture(spec: Any, created: datetime, method: str, capture: str, seed: int = 0) -> bytes:
    """A capture of the invoice with one value changed by `method` (see the module doc)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    if method == "clone" and capture == "scan_jpeg":
        return corpus.image_clone(spec, created, seed=seed, variant=seed)
    if method == "clone":
        raise ValueError("clones are made on JPEG scans only")
    fmt = "PNG" if capture == "scan_png" else "JPEG"
    if capture == "phone_jpeg":
        raise ValueError("phone photos: only genuine ones (false alarms) are made")
    if method == "raster_resave":
        edited = corpus.edit_overlay(corpus.make_reportlab(spec, created), spec, seed)
        image = corpus.rasterise(edited, seed=seed)
        return _save(image, fmt)
    # A retyped or foreign value is a quantity: one word, as wide as its neighbours allow.
    retyped = method in ("retype", "foreign_paste")
    hit, _old, new = _value_box(spec, created, 0 if retyped else seed, exact=retyped)
    image = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    if capture == "scan_jpeg_twice":
        image = _coarse(image, seed)
    elif fmt == "JPEG":
        image = corpus.jpeg_scan(image)
    if method == "retype":
        return _save(
            _retype(image, spec, hit, new, RETYPE_FLAWS[seed % len(RETYPE_FLAWS)], seed), fmt
        )
    if method == "foreign_paste":
        return _save(_foreign_paste(image, spec, created, hit, seed), fmt)
    if method == "digit_clone":
        cloned = _digit_clone(image, corpus.scan_box(hit))
        if fmt == "PNG":
            return _save(cloned, fmt)
        out = io.BytesIO()
        cloned.save(out, format="JPEG", quality=95)
        return out.getvalue()
    k = corpus.SCAN_SCALE
    box = corpus.scan_box(hit)
    patch = Image.new("L", (box[2] - box[0], box[3] - box[1]), 250)
    draw = ImageDraw.Draw(patch)
    font_path = corpus.CJK_FONT if spec.lang == "zh" else corpus.LATIN_TTF
    font = ImageFont.truetype(font_path, int((hit["bottom"] - hit["top"]) * k))
    draw.text((patch.width - 2, 2), new, fill=20, font=font, anchor="ra")
    if method == "paste_matched":
        patch = patch.filter(ImageFilter.GaussianBlur(0.6))
        rng = np.random.default_rng(seed + 7)
        arr = np.asarray(patch, dtype=np.float32) * 0.93 + 8 + rng.normal(0, 5.0, patch.size[::-1])
        patch = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
    image.paste(patch, box[:2])
    if method == "resaved":
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=70 + (seed * 3) % 10)
        return out.getvalue()
    return _save(image, fmt)


def _plain_paper(gray: Any, width: int, height: int, near: tuple[int, int]) -> tuple[int, int]:
    """The top-left corner of the plain paper (no ink) of that size closest to `near`."""
    import numpy as np

    arr = np.asarray(gray)
    best: tuple[float, int, int] | None = None
    for y in range(20, arr.shape[0] - height - 20, 6):
        for x in range(20, arr.shape[1] - width - 20, 6):
            d = abs(y - near[1]) + 0.2 * abs(x - near[0])
            if best is not None and d >= best[0]:
                continue
            if arr[y : y + height, x : x + width].min() > 180:
                best = (d, x, y)
    if best is None:
        raise ValueError("no plain paper on the page")
    return best[1], best[2]


def _retype(image: Any, spec: Any, hit: dict[str, Any], new: str, flaw: str, seed: int) -> Any:
    """`image` with the word `hit` covered by nearby plain paper and `new` typed over it."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    box = corpus.scan_box(hit, pad=1)
    w, h = box[2] - box[0], box[3] - box[1]
    x, y = _plain_paper(image, w, h, (box[0], box[1] - 3 * h))
    image.paste(image.crop((x, y, x + w, y + h)), box[:2])
    size = hit["bottom"] - hit["top"]
    if spec.lang in ("zh", "ja"):
        font = corpus._rl_fonts()[0]
    elif flaw == "bold":
        font = corpus._rl_fontpair(spec)[1]
    else:
        font = corpus._rl_fontpair(spec)[0]
    scale = 1.15 if flaw == "taller" else 1.0
    drop = 2 / corpus.SCAN_SCALE if flaw == "lower" else 0.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, size * scale)
    baseline = A4[1] - hit["bottom"] + 0.21 * size - drop
    c.drawRightString(hit["x1"], baseline, new)
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        layer = doc[0].render(scale=corpus.SCAN_SCALE).to_pil().convert("L")
    finally:
        doc.close()
    if flaw == "bold" and font == corpus._rl_fontpair(spec)[0]:  # CJK has no bold: thicken it
        layer = layer.filter(ImageFilter.MinFilter(3))
    layer = layer.filter(ImageFilter.GaussianBlur(1.5 if flaw == "soft" else 0.6))
    cover = 1.0 - np.asarray(layer, dtype=np.float32)[: image.height, : image.width] / 255.0
    ink = 80.0 if flaw == "grey" else 8.0
    rng = np.random.default_rng(seed + 11)
    page = np.asarray(image, dtype=np.float32)
    typed = ink + rng.normal(0, 5.0, page.shape)
    out = page * (1 - cover) + typed * cover
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"))


def _foreign_paste(image: Any, spec: Any, created: datetime, hit: dict[str, Any], seed: int) -> Any:
    """`image` with the value's box replaced by the same box of another scan of an invoice with
    another value there (another scanner: finer grain, lighter paper, a softer lens)."""
    import dataclasses

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    other = dataclasses.replace(spec, items=[(d, c, q * 3, p) for d, c, q, p in spec.items])
    if seed % 2:
        from datetime import timedelta

        other = dataclasses.replace(spec, issued=spec.issued + timedelta(days=150))
    doc = pdfium.PdfDocument(corpus.make_reportlab(other, created))
    try:
        source = doc[0].render(scale=corpus.SCAN_SCALE).to_pil().convert("L")
    finally:
        doc.close()
    source = source.filter(ImageFilter.GaussianBlur(0.9))
    rng = np.random.default_rng(seed + 23)
    arr = np.asarray(source, dtype=np.float32) * 0.95 + 4 + rng.normal(0, 3.0, source.size[::-1])
    source = corpus.jpeg_scan(Image.fromarray(np.clip(arr, 0, 255).astype("uint8")))
    box = corpus.scan_box(hit, pad=3)
    wide = (box[0] - 30, box[1], box[2], box[3])  # a value longer than the old one
    image.paste(source.crop(wide), wide[:2])
    return image


def _digit_clone(image: Any, box: tuple[int, int, int, int]) -> Any:
    """`image` with the first glyph inside `box` covered by the most different glyph of the same
    box size elsewhere on the page, copied with 2 px of its paper (its anti-aliased edge and a
    pixel more) at a whole-pixel offset."""
    import cv2
    import numpy as np
    from PIL import Image

    arr = np.asarray(image.convert("L"))
    ink = (arr < 128).astype(np.uint8)
    _n, _labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyphs = [tuple(s[:4]) for s in stats[1:].tolist() if 8 <= s[3] <= 60 and 3 <= s[2] <= 40]
    inside = sorted(
        (g for g in glyphs if box[0] <= g[0] and g[0] + g[2] <= box[2] and box[1] <= g[1] < box[3]),
        key=lambda g: g[0],
    )
    x, y, w, h = inside[0]

    def cut(gx: int, gy: int, m: int = 2) -> Any:
        return arr[gy - m : gy + h + m, gx - m : gx + w + m]

    target = cut(x, y)
    donors = [g for g in glyphs if g[2:] == (w, h) and g not in inside]
    gx, gy, _w, _h = max(
        donors, key=lambda g: float(((cut(g[0], g[1]).astype(float) - target) ** 2).mean())
    )
    out = arr.copy()
    out[y - 2 : y + h + 2, x - 2 : x + w + 2] = cut(gx, gy)
    return Image.fromarray(out)


def _coarse(image: Any, seed: int) -> Any:
    """`image` saved as a cheap scanner's JPEG (quality 45-66 by seed) and read back in grey."""
    from PIL import Image

    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=45 + (seed * 7) % 22)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def genuine_capture(spec: Any, created: datetime, capture: str, seed: int = 0) -> bytes:
    """The same capture, untouched (the false-alarm side of each method's row)."""
    if capture == "phone_jpeg":
        from support.invoice_captures import make_capture

        return make_capture(spec, created, "phone_jpeg", seed=seed)
    image = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    if capture == "scan_jpeg_twice":
        return _save(_coarse(image, seed), "JPEG")
    if capture == "scan_png":
        return _save(image, "PNG")
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def level_paste(spec: Any, created: datetime, seed: int = 0) -> bytes:
    """A tilted scan (`invoice_captures`' `skewed_scan_jpeg`, the same seed) whose date is
    covered with a patch of its paper and typed again along the pixel rows, as an image editor
    draws text, then saved again at JPEG 90 (I225)."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    from support.invoice_captures import make_capture

    image = Image.open(io.BytesIO(make_capture(spec, created, "skewed_scan_jpeg", seed=seed)))
    image = image.convert("L")
    rng = np.random.default_rng(seed)
    angle = math.radians(float(rng.uniform(1.0, 2.5) * rng.choice([-1, 1])))
    hit, _old, new = _value_box(spec, created, 1)
    # make_capture's geometry: rendered at 300 dpi, turned by `angle` about the centre with the
    # page grown to hold it, then scaled to 150 dpi.
    w0, h0 = A4_POINTS[0] * 300 / 72, A4_POINTS[1] * 300 / 72
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    w1, h1 = w0 * cos + h0 * sin, w0 * sin + h0 * cos
    scale = image.width / w1

    def place(x: float, y: float) -> tuple[float, float]:
        dx, dy = x * 300 / 72 - w0 / 2, y * 300 / 72 - h0 / 2
        rx = dx * math.cos(angle) + dy * math.sin(angle)
        ry = -dx * math.sin(angle) + dy * math.cos(angle)
        return (w1 / 2 + rx) * scale, (h1 / 2 + ry) * scale

    corners = [place(x, y) for x in (hit["x0"], hit["x1"]) for y in (hit["top"], hit["bottom"])]
    x0, y0 = (int(min(c[i] for c in corners)) - 3 for i in (0, 1))
    x1, y1 = (int(max(c[i] for c in corners)) + 3 for i in (0, 1))
    paper = int(np.median(np.asarray(image.crop((x0, y1 + 4, x1, y1 + 12)))))
    draw = ImageDraw.Draw(image)
    draw.rectangle((x0, y0, x1, y1), fill=paper)
    size = (hit["bottom"] - hit["top"]) * 150 / 72
    font = ImageFont.truetype(corpus.LATIN_TTF, int(size))
    draw.text((x0 + 2, (y0 + y1) / 2), new, fill=30, font=font, anchor="lm")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


A4_POINTS = (595.2756, 841.8898)


def fax_page(spec: Any, created: datetime, seed: int = 0, typed: bool = False) -> bytes:
    """The reportlab invoice as a received fax: the scan cut to black and white, saved as a PNG;
    `typed`: its value then covered with white and typed again with an editor's smoothed
    (anti-aliased) text, as the outside sets' fax pastes were (I226)."""
    from PIL import ImageDraw, ImageFont

    image = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    image = image.point(lambda v: 255 if v > 160 else 0)
    if typed:
        hit, _old, new = _value_box(spec, created, seed)
        box = corpus.scan_box(hit)
        draw = ImageDraw.Draw(image)
        draw.rectangle(box, fill=255)
        size = int((hit["bottom"] - hit["top"]) * corpus.SCAN_SCALE)
        font = ImageFont.truetype(corpus.LATIN_TTF, size)
        draw.text((box[2] - 2, box[1] + 2), new, fill=0, font=font, anchor="ra")
    return _save(image, "PNG")


def soft_page(
    spec: Any, created: datetime, seed: int = 0, typed: bool = False
) -> tuple[bytes, tuple[int, int, int, int]]:
    """The invoice as a phone photo forwarded through a chat app (blurred 1.3 px, grained, JPEG
    70) and the box of its value; `typed`: that value covered with the paper's level and typed
    again in a font, then saved at JPEG 90 (a value pasted on the picture after its capture)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    hit, _old, new = _value_box(spec, created, seed)
    box = corpus.scan_box(hit)
    page = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    page = page.filter(ImageFilter.GaussianBlur(1.3))
    rng = np.random.default_rng(seed)
    grain = np.asarray(page, dtype=np.float32) + rng.normal(0, 3.0, page.size[::-1])
    page = Image.fromarray(np.clip(grain, 0, 255).astype("uint8"))
    buf = io.BytesIO()
    page.save(buf, format="JPEG", quality=70)
    if not typed:
        return buf.getvalue(), box
    page = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    draw = ImageDraw.Draw(page)
    draw.rectangle(box, fill=int(np.percentile(np.asarray(page), 90)))
    font = ImageFont.truetype(corpus.LATIN_TTF, box[3] - box[1] - 2)
    draw.text((box[2] - 2, box[1] + 1), new, fill=30, font=font, anchor="ra")
    return _save(page, "JPEG"), box


def capture_fixture(example: dict[str, Any]) -> tuple[bytes, str]:
    """The file a rule example such as {capture = "paste_matched_scan_png", seed = 0} names:
    an edit of this module (`<method>_<capture>`, the benchmark's spec for that seed; `genuine`
    for the untouched capture), cut to its top `crop` share, a genuine page of repeated
    structures (`repeated_scan_jpeg`, from invoice_captures), a genuine tilted scan
    (`skewed_scan_jpeg`) or one with its date typed again level (`level_paste_skewed_scan_jpeg`),
    a scan whose bold total holds a digit cloned from regular print (`lighter_clone_scan_png`,
    `genuine_lighter_scan_png` without the clone), a JPEG scan whose due date is copied over its
    issue date (`copied_date_scan_jpeg`, `genuine_dates_scan_jpeg`: both dates printed alike), a
    flattened PDF whose bold total's figures were typed again in regular print
    (`retyped_total_flattened_pdf`, `genuine_total_flattened_pdf` untouched)."""
    from support.invoice_captures import make_page_scan

    name, seed = str(example["capture"]), int(example.get("seed", 0))
    spec = corpus.random_spec(6100 + seed, lang=str(example.get("lang", "en")))
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)
    if name == "repeated_scan_jpeg":
        return make_page_scan(spec, made, seed=seed), "scan.jpg"
    if name == "skewed_scan_jpeg":
        from support.invoice_captures import make_capture

        data = make_capture(spec, made, name, seed=seed)
        return corpus._crop(data, float(example.get("crop", 0) or 0), 90), "scan.jpg"
    if name in ("genuine_fax_png", "paste_typed_fax_png"):
        data = fax_page(spec, made, seed=seed, typed=name.startswith("paste"))
        return corpus._crop(data, float(example.get("crop", 0) or 0), 90), "fax.png"
    if name in ("genuine_soft_jpeg", "paste_typed_soft_jpeg"):
        data = soft_page(spec, made, seed=seed, typed=name.startswith("paste"))[0]
        return corpus._crop(data, float(example.get("crop", 0) or 0), 90), "photo.jpg"
    if name in ("lighter_clone_scan_png", "genuine_lighter_scan_png"):
        from support.lighter_clone import lighter_clone_page

        return lighter_clone_page(seed, cloned=name.startswith("lighter")), "scan.png"
    if name in ("copied_date_scan_jpeg", "genuine_dates_scan_jpeg"):
        from support.copied_word import copied_word_page

        copied = name.startswith("copied")
        return copied_word_page(seed, copied=copied, same_dates=not copied), "scan.jpg"
    if name in ("retyped_total_flattened_pdf", "genuine_total_flattened_pdf"):
        from support.retyped_total import flattened_pdf

        return flattened_pdf(retyped=name.startswith("retyped")), "invoice.pdf"
    if name == "level_paste_skewed_scan_jpeg":
        data = level_paste(spec, made, seed=seed)
        return corpus._crop(data, float(example.get("crop", 0) or 0), 90), "scan.jpg"
    capture = next(c for c in CAPTURES if name.endswith(c))
    method = name[: -len(capture) - 1]
    ext = "png" if capture == "scan_png" else "jpg"
    if method == "genuine":
        data = genuine_capture(spec, made, capture, seed=seed)
    else:
        data = edited_capture(spec, made, method, capture, seed=seed)
    return corpus._crop(data, float(example.get("crop", 0) or 0), 90), f"scan.{ext}"
