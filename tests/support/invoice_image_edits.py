"""Edits made on images of invoices (scans and phone photos), for the image-edit benchmark.

Each method takes a genuine capture of the corpus's reportlab invoice and changes a quantity or
the date on the pixels, as a forger with an image editor would:

- `paste_typed`: a white patch with new digits typed on it (clean, sharp, noise-free), saved
  again as the capture's own format (JPEG quality 90 or PNG);
- `paste_matched`: the same patch blurred and given noise like the page's (a careful forger);
- `clone`: another number of the same page, with its paper, copied over the value;
- `raster_resave`: the PDF edited (white box and new text) and only then printed and scanned:
  the edit happened before the page's only capture.

Captures: `scan_jpeg` (150 dpi, JPEG 85, then 90 after the edit), `scan_png`, `phone_jpeg`
(perspective, uneven light, from `invoice_captures.make_capture`).
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from support import invoice_corpus as corpus

METHODS = ("paste_typed", "paste_matched", "clone", "raster_resave")
CAPTURES = ("scan_jpeg", "scan_png", "phone_jpeg")


def _value_box(spec: Any, created: datetime, variant: int) -> tuple[dict[str, Any], str, str]:
    pdf = corpus.make_reportlab(spec, created)
    old, new = corpus._target(spec, variant)
    first = old.split()[0]
    hit = next(w for w in corpus._words(pdf) if first in w["text"])
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
    hit, _old, new = _value_box(spec, created, seed)
    image = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    if fmt == "JPEG":
        image = corpus.jpeg_scan(image)
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
    return _save(image, fmt)


def genuine_capture(spec: Any, created: datetime, capture: str, seed: int = 0) -> bytes:
    """The same capture, untouched (the false-alarm side of each method's row)."""
    if capture == "phone_jpeg":
        from support.invoice_captures import make_capture

        return make_capture(spec, created, "phone_jpeg", seed=seed)
    image = corpus.rasterise(corpus.make_reportlab(spec, created), seed=seed)
    if capture == "scan_png":
        return _save(image, "PNG")
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def capture_fixture(example: dict[str, Any]) -> tuple[bytes, str]:
    """The file a rule example such as {capture = "paste_matched_scan_png", seed = 0} names:
    an edit of this module (`<method>_<capture>`, the benchmark's spec for that seed) or a
    genuine page of repeated structures (`repeated_scan_jpeg`, from invoice_captures)."""
    from support.invoice_captures import make_page_scan

    name, seed = str(example["capture"]), int(example.get("seed", 0))
    spec = corpus.random_spec(6100 + seed, lang=str(example.get("lang", "en")))
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10)
    if name == "repeated_scan_jpeg":
        return make_page_scan(spec, made, seed=seed), "scan.jpg"
    capture = next(c for c in CAPTURES if name.endswith(c))
    method = name[: -len(capture) - 1]
    ext = "png" if capture == "scan_png" else "jpg"
    return edited_capture(spec, made, method, capture, seed=seed), f"scan.{ext}"
