"""A box drawn over a scan inside a PDF: the white-out of a value on a scanned page.

A scanner, a multifunction printer or an image-to-PDF tool writes a scanned page as one picture
(and, at most, invisible OCR text). A value covered on such a page with a PDF editor or an
overlay merged onto it is a filled white rectangle drawn over the picture, with the new value
typed on top: the pixels of the scan underneath are untouched, so none of the image signs can see
it, but the page as printed shows a patch of flat white without the scan's grain. Each white box
the size of a value (at most `MAX_SHARE` of the page) on a page the picture covers (at least
`SCAN_COVER` of it, with fewer than 20 characters of its own text) is marked where the scan's
noise is missing (I213). Genuine scanned PDFs draw nothing over their picture (measured: the
generated scan_pdf producer and the 15 genuine scanned PDFs of the outside sets, no white box).

Not seen: an overlay that is itself a picture (a cut pasted as an image over the scan), a box
in a colour other than white, new text drawn without a box.
"""

from __future__ import annotations

from typing import Any

SCAN_COVER = 0.9
MAX_SHARE = 0.2
MIN_TEXT = 20  # a page with this many characters of text is a text page, not a scan


def covers_on_scan(page: dict[str, Any], text_chars: int) -> list[list[float]]:
    """The white boxes drawn over a page that is one scan (points, from the top-left)."""
    if text_chars >= MIN_TEXT or float(page.get("image_cover") or 0.0) < SCAN_COVER:
        return []
    area = float(page["width"]) * float(page["height"]) or 1.0
    boxes = []
    for rect in page.get("covers") or []:
        box = [float(rect["x0"]), float(rect["top"]), float(rect["x1"]), float(rect["bottom"])]
        if (box[2] - box[0]) * (box[3] - box[1]) <= MAX_SHARE * area:
            boxes.append(box)
    return boxes
