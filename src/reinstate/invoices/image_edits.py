"""Two more signs of an edited scan: error-level analysis and copy-move (cloned regions).

Signs, never proof: each is calibrated on the generated genuine scans (JPEG, PNG, scans and phone
photos in PDFs) so that untouched pages stay silent, and each says where it was seen.

Error-level analysis (ELA): the page is saved again as a JPEG at quality `ELA_QUALITY` and the
difference measured in 8x8 blocks. A page that was compressed as a whole changes about as much
everywhere with the same amount of detail; a region pasted in after the page was compressed
(typed digits, a cut from another file) changes more. Each block's error is compared with the
median error of blocks with the same detail (the same twentieth of the page's detail measure),
smoothed over 3x3 blocks, so text and paper are each judged against their own kind. Only JPEGs
at quality `MIN_JPEG_QUALITY` or more are judged: coarser compression flattens genuine pages too.
Not seen: a paste made before the page's only compression (an edit before the scan was saved),
or a page saved again at a low quality after the edit.

Copy-move: OpenCV's SIFT keypoints matched against the same page (the second-nearest match,
since the nearest is the point itself), kept when the pair is far apart and the paper around
both points carries the same noise. Repeated glyphs on a genuine page match each other too, but
their paper noise is independent; a region cloned to cover or repeat something copies its
noise. Several such pairs with the same shift make one cloned region.
"""

from __future__ import annotations

import io
from typing import Any

ELA_QUALITY = 75
ELA_BLOCK = 8
# log(error / expected error), smoothed: the generated genuine scans stay below 0.75, a pasted
# patch of typed digits reaches 1.1-1.4.
ELA_THRESHOLD = 1.0
ELA_MIN_BLOCKS = 3
MIN_JPEG_QUALITY = 80
# Copy-move: the longest side the keypoints are found on, pairs at least this far apart (px),
# residual noise correlation of the paper around a pair, and pairs sharing one shift.
CM_MAX_SIDE = 1800
CM_MIN_SHIFT = 24
CM_PATCH = 14
CM_MIN_PAPER = 60
CM_NOISE_CORRELATION = 0.7
CM_MIN_PAIRS = 4


def available() -> bool:
    try:
        import cv2  # noqa: F401
    except ImportError:
        return False
    return True


def ela_regions(gray: Any) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) whose error level stands out from blocks with the same detail."""
    import cv2
    import numpy as np
    from PIL import Image

    arr = np.asarray(gray, dtype=np.float32)
    b = ELA_BLOCK
    h, w = arr.shape[0] // b * b, arr.shape[1] // b * b
    if h < 8 * b or w < 8 * b:
        return []
    buf = io.BytesIO()
    gray.save(buf, format="JPEG", quality=ELA_QUALITY)
    again = np.asarray(Image.open(buf), dtype=np.float32)
    shape = (h // b, b, w // b, b)
    error = ((arr - again) ** 2)[:h, :w].reshape(shape).mean(axis=(1, 3))
    detail = np.abs(arr - cv2.blur(arr, (3, 3)))[:h, :w].reshape(shape).mean(axis=(1, 3))
    edges = np.quantile(detail, np.linspace(0, 1, 21))
    bucket = np.clip(np.searchsorted(edges, detail) - 1, 0, 19)
    expected = np.ones_like(error)
    for k in range(20):
        members = bucket == k
        if members.any():
            expected[members] = np.median(error[members])
    score = cv2.blur(np.log((error + 0.5) / (expected + 0.5)).astype(np.float32), (3, 3))
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(
        (score > ELA_THRESHOLD).astype(np.uint8), connectivity=8
    )
    boxes = [
        (int(x) * b, int(y) * b, int(x + bw) * b, int(y + bh) * b)
        for x, y, bw, bh, area in stats[1:count]
        if area >= ELA_MIN_BLOCKS
    ]
    return sorted(boxes, key=lambda box: (box[1], box[0]))[:5]


def clone_regions(gray: Any) -> list[dict[str, Any]]:
    """Cloned regions: each the source and copy box (pixels) and how many pairs agree."""
    import cv2
    import numpy as np

    arr: Any = np.asarray(gray, dtype=np.uint8)
    factor = min(1.0, CM_MAX_SIDE / max(arr.shape))
    if factor < 1.0:
        arr = cv2.resize(arr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    sift = cv2.SIFT_create(nfeatures=3000)  # type: ignore[attr-defined]
    keypoints, descriptors = sift.detectAndCompute(arr, None)
    if descriptors is None or len(keypoints) < 3:
        return []
    matches = cv2.BFMatcher(cv2.NORM_L2).knnMatch(descriptors, descriptors, k=4)
    residual = arr.astype(np.float32) - cv2.GaussianBlur(arr, (0, 0), 1.5).astype(np.float32)
    # Paper only: no ink within 2 px, so the edges of repeated glyphs (identical on a genuine
    # page) do not count as shared noise.
    paper = cv2.erode(arr, np.ones((5, 5), np.uint8)) > 170
    shifts: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    seen: set[tuple[int, int]] = set()
    for found in matches:
        # The nearest match is the point itself; a repeated glyph may be any of the next ones,
        # so each is tried and the paper noise decides.
        for match in found[1:]:
            pair = (min(match.queryIdx, match.trainIdx), max(match.queryIdx, match.trainIdx))
            if pair in seen:
                continue
            seen.add(pair)
            x0, y0 = keypoints[pair[0]].pt
            x1, y1 = keypoints[pair[1]].pt
            if (x1, y1) < (x0, y0):
                x0, y0, x1, y1 = x1, y1, x0, y0
            if np.hypot(x1 - x0, y1 - y0) < CM_MIN_SHIFT:
                continue
            if _noise_correlation(residual, paper, (x0, y0), (x1, y1)) < CM_NOISE_CORRELATION:
                continue
            key = (round((x1 - x0) / 3), round((y1 - y0) / 3))
            shifts.setdefault(key, []).append((x0, y0, x1, y1))
    regions: list[dict[str, Any]] = []
    for pairs in shifts.values():
        if len(pairs) < CM_MIN_PAIRS:
            continue
        pts = np.array(pairs) / factor
        pad = CM_PATCH / factor
        regions.append(
            {
                "source": _box(pts[:, 0], pts[:, 1], pad),
                "copy": _box(pts[:, 2], pts[:, 3], pad),
                "pairs": len(pairs),
            }
        )
    return sorted(regions, key=lambda r: -int(r["pairs"]))[:3]


def _box(xs: Any, ys: Any, pad: float) -> list[int]:
    return [
        int(max(0.0, xs.min() - pad)),
        int(max(0.0, ys.min() - pad)),
        int(xs.max() + pad),
        int(ys.max() + pad),
    ]


def _noise_correlation(
    residual: Any, paper: Any, a: tuple[float, float], b: tuple[float, float]
) -> float:
    """Correlation of the fine noise on the paper around two points (same shapes, same mask)."""
    import numpy as np

    r = CM_PATCH
    (ax, ay), (bx, by) = (round(v) for v in a), (round(v) for v in b)
    height, width = residual.shape
    if min(ax, ay, bx, by) < r or max(ax, bx) + r > width or max(ay, by) + r > height:
        return 0.0
    pa = residual[ay - r : ay + r, ax - r : ax + r]
    pb = residual[by - r : by + r, bx - r : bx + r]
    mask = paper[ay - r : ay + r, ax - r : ax + r] & paper[by - r : by + r, bx - r : bx + r]
    if int(mask.sum()) < CM_MIN_PAPER:
        return 0.0
    va, vb = pa[mask] - pa[mask].mean(), pb[mask] - pb[mask].mean()
    denom = float(np.sqrt((va * va).sum() * (vb * vb).sum()))
    return float((va * vb).sum() / denom) if denom > 0 else 0.0
