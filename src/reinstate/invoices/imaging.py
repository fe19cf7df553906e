"""What can honestly be measured in a scanned image: how even its noise is across the page.

A real scan or photo carries sensor and paper noise everywhere, also on the white paper. A patch
pasted from a clean digital source (typed digits, a cut from a PDF) has none, and JPEG keeps a
flat 8x8 block flat, so flat-paper blocks with almost no variation, in a page whose paper is
otherwise grainy, are a sign of a pasted region. A clean digital export (no noise anywhere) and
paper clipped to pure white give no sign: nothing is measured as uneven there.
"""

from __future__ import annotations

from typing import Any

BLOCK = 8  # the JPEG block
QUIET = 0.2  # a block this much quieter than the page's median is "quiet"
MIN_BLOCKS = 2


def noise_map(gray: Any) -> dict[str, Any]:
    """The page's median paper noise and the boxes (pixels) of unusually quiet paper blocks."""
    import numpy as np

    arr = np.asarray(gray, dtype=np.float32)
    if arr.ndim != 2 or min(arr.shape) < BLOCK * 8:
        return {"median": 0.0, "quiet": []}
    h, w = arr.shape[0] // BLOCK * BLOCK, arr.shape[1] // BLOCK * BLOCK
    tiles = arr[:h, :w].reshape(h // BLOCK, BLOCK, w // BLOCK, BLOCK).transpose(0, 2, 1, 3)
    blocks = tiles.reshape(h // BLOCK, w // BLOCK, BLOCK * BLOCK)
    paper = (blocks.min(axis=2) > 200) & (blocks.mean(axis=2) < 254.5)
    std = blocks.std(axis=2)
    if paper.sum() < 50:
        return {"median": 0.0, "quiet": []}
    median = float(np.median(std[paper]))
    if median < 1.0:
        return {"median": median, "quiet": []}
    quiet = np.argwhere(paper & (std < QUIET * median))
    boxes = [
        (int(x) * BLOCK, int(y) * BLOCK, (int(x) + 1) * BLOCK, (int(y) + 1) * BLOCK)
        for y, x in quiet[:2000]
    ]
    merged = [b for b, n in _merge(boxes) if n >= MIN_BLOCKS]
    return {"median": round(median, 3), "quiet": merged[:20]}


def quiet_regions(noise: dict[str, Any]) -> list[tuple[int, int, int, int]]:
    return [(b[0], b[1], b[2], b[3]) for b in noise.get("quiet", [])]


def _merge(boxes: list[tuple[int, int, int, int]]) -> list[tuple[tuple[int, int, int, int], int]]:
    merged: list[list[int]] = []
    for box in boxes:
        for m in merged:
            if box[0] <= m[2] and box[2] >= m[0] and box[1] <= m[3] and box[3] >= m[1]:
                m[0], m[1] = min(m[0], box[0]), min(m[1], box[1])
                m[2], m[3] = max(m[2], box[2]), max(m[3], box[3])
                m[4] += 1
                break
        else:
            merged.append([*box, 1])
    return [((m[0], m[1], m[2], m[3]), m[4]) for m in merged]
