"""What can honestly be measured in a scanned image: how even its noise is across the page.

A real scan or photo carries sensor and paper noise everywhere, also on the white paper. A patch
pasted from a clean digital source (typed digits, a cut from a PDF) has none. The page is cut into
4x4-pixel windows; windows of plain paper with almost no variation, in a page whose paper is
otherwise grainy, are a sign of a pasted region when at least `MIN_WINDOWS` of them touch. 4 px
(not the 8 px JPEG block) because a patch cropped close to new text leaves only thin strips of
paper, a few pixels high, above and below the digits.

What is not measured (no sign rather than a guess): a clean digital export (no noise anywhere),
paper clipped to white (any window with a pixel at 253 or above, or, in a colour picture, with a
channel at 254 or above: a lit phone photo's red and green clip first and its grey paper keeps
only blue's grain, 251-252 and quiet), a page whose paper is often quiet on its own (`COMMON`),
and JPEGs saved below quality
`MIN_JPEG_QUALITY`, whose coarse quantisation flattens genuine paper too (quality 60–70 gave
quiet windows on a third of our genuine scans; 85 and above gave none).
"""

from __future__ import annotations

from typing import Any

WINDOW = 4
STEP = WINDOW // 2
QUIET = 0.25  # a window this much quieter than the page's median paper is "quiet"
MIN_WINDOWS = 12
MIN_JPEG_QUALITY = 80
CLIPPED = 253  # a window with a pixel this bright may be clipped at white
# A colour picture's pixel with a channel this bright counts as clipped (`clipped_channels`).
CHANNEL_CLIPPED = 254
JPEG_COLOUR_BLOCK = 16
CLIPPED_BLOCK_SHARE = 0.03
# A page on which more than COMMON of the paper windows are quiet, outside its COMMON_SKIP
# largest quiet regions, has quiet paper of its own (grain about one JPEG step): not judged.
# Measured on invoices3-7: genuine pages firing reached 0.31-1.4%, pages with a paste found at
# the paste 0.001-0.18% (the generated pastes 0-0.04%).
COMMON = 0.003
COMMON_SKIP = 3
# The IJG luminance table at quality 50, which JPEG encoders scale for other qualities.
_IJG_LUMA = (
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
)  # fmt: skip


def paper_background(f: Any) -> Any:
    """The paper's level under the print (a float page): the brightest pixels around each quarter-
    size pixel, blurred. `image_lines` and `image_twins` measure ink against it; made once per
    page (`image_edits.judge`) since both ran the same blur of the same page."""
    import cv2
    import numpy as np

    height, width = f.shape
    small = cv2.resize(f, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_AREA)
    paper = cv2.resize(cv2.dilate(small, np.ones((7, 7), np.uint8)), (width, height))
    return cv2.GaussianBlur(paper, (0, 0), 4)


def jpeg_quality(image: Any) -> int | None:
    """The IJG quality a JPEG's luminance table corresponds to (approximately), else None."""
    tables = getattr(image, "quantization", None)
    if not tables or 0 not in tables:
        return None
    table = list(tables[0])
    if len(table) != 64:
        return None
    scale = 100.0 * sum(table) / sum(_IJG_LUMA)  # percent of the quality-50 table
    if scale <= 0:
        return 100
    quality = (200.0 - scale) / 2 if scale <= 100 else 5000.0 / scale
    return max(1, min(100, round(quality)))


def clipped_channels(image: Any) -> Any:
    """Where a colour picture has a channel at white (None for a grey one): there the grey page
    keeps only the other channels' grain, and a lit photo's paper looks quiet."""
    import numpy as np

    if image.mode not in ("RGB", "RGBA", "CMYK", "YCbCr"):
        return None
    # Channel by channel: a reduction over the short colour axis took 8x longer.
    rgb = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    clipped = rgb[:, :, 0] >= CHANNEL_CLIPPED
    clipped |= rgb[:, :, 1] >= CHANNEL_CLIPPED
    clipped |= rgb[:, :, 2] >= CHANNEL_CLIPPED
    return clipped


def noise_map(gray: Any, *, jpeg_quality: int | None = None, clipped: Any = None) -> dict[str, Any]:
    """The page's median paper noise and the boxes (pixels) of unusually quiet paper regions;
    `clipped`: where a channel of the colour picture is at white (`clipped_channels`)."""
    import numpy as np

    if jpeg_quality is not None and jpeg_quality < MIN_JPEG_QUALITY:
        return {"median": 0.0, "quiet": [], "skipped": f"jpeg quality {jpeg_quality}"}
    raw = np.asarray(gray)
    if raw.ndim != 2 or min(raw.shape) < WINDOW * 16:
        return {"median": 0.0, "quiet": []}
    # Statistics of 2x2 cells, pooled into 4x4 windows on a grid and on the grid shifted by half
    # a window (a strip of paper 4-7 px high is whole in one of them wherever it falls).
    height, width = raw.shape[0] // STEP * STEP, raw.shape[1] // STEP * STEP
    arr = raw[:height, :width].astype(np.float32)
    # Element-wise over the 2x2 cells' four pixels: numpy's reductions over the short axes of
    # a reshaped page took 10x longer. Sums of at most 16 squares of bytes are exact in float32.
    cell_min = _cells(raw[:height, :width], np.minimum)
    top = raw[:height, :width]
    if clipped is not None and clipped.shape == raw.shape:
        top = np.where(clipped[:height, :width], 255, top).astype(raw.dtype)
    cell_max = _cells(top, np.maximum)
    cell_sum = _cells(arr, np.add)
    cell_sq = _cells(arr * arr, np.add)
    boxes: list[tuple[int, int, int, int]] = []
    median = 0.0
    judged = quiet_count = 0
    n = float(WINDOW * WINDOW)
    k = WINDOW // STEP
    for oy, ox in ((0, 0), (1, 1), (0, 1), (1, 0)):
        rows = (cell_min.shape[0] - oy) // k * k
        cols = (cell_min.shape[1] - ox) // k * k
        low = _cells(cell_min[oy : oy + rows, ox : ox + cols], np.minimum)
        high = _cells(cell_max[oy : oy + rows, ox : ox + cols], np.maximum)
        mean = _cells(cell_sum[oy : oy + rows, ox : ox + cols], np.add) / n
        var = _cells(cell_sq[oy : oy + rows, ox : ox + cols], np.add) / n
        std = np.sqrt(np.maximum(var - mean * mean, 0.0))
        dy, dx = oy * STEP, ox * STEP
        # Paper touching white is clipped, not quiet: an over-exposed phone photo or scan
        # flattens its brightest paper (genuine photos were flagged on their lit side).
        paper = (low > 200) & (high < CLIPPED)
        if paper.sum() < 200:
            return {"median": 0.0, "quiet": []}
        if not median:
            median = float(page_median(std[paper]))
            if median < 1.0:
                return {"median": median, "quiet": []}
        judged += int(paper.sum())
        quiet = np.argwhere(paper & (std < QUIET * median))
        quiet_count += len(quiet)
        boxes.extend(
            (
                int(x) * WINDOW + dx,
                int(y) * WINDOW + dy,
                (int(x) + 1) * WINDOW + dx,
                (int(y) + 1) * WINDOW + dy,
            )
            for y, x in quiet[:1000]
        )
    regions = sorted(_merge(sorted(boxes, key=lambda b: (b[1], b[0]))), key=lambda r: -r[1])
    # Quiet windows outside the few largest regions: how often this page's own paper is quiet.
    share = (quiet_count - sum(n for _b, n in regions[:COMMON_SKIP])) / max(1, judged)
    if share > COMMON:
        return {"median": round(median, 3), "quiet": [], "skipped": f"quiet paper {share:.2%}"}
    merged = [b for b, n in regions if n >= MIN_WINDOWS]
    if jpeg_quality is not None and clipped is not None:
        merged = [b for b in merged if not _clipped_block(b, clipped, raw)]
    return {"median": round(median, 3), "quiet": merged[:20], "share": round(share, 5)}


def _clipped_block(box: tuple[int, int, int, int], clipped: Any, raw: Any) -> bool:
    """Whether the JPEG blocks under `box` (pixels) have a channel at white over part of them
    (`CLIPPED_BLOCK_SHARE`) while their grey is not (`CLIPPED`): paper of a colour cast, lit
    until red and green clip. A JPEG codes each block whole, its colour at half resolution in
    blocks of 16 px: such a block keeps only blue's faint grain and is saved flat, its decoded
    pixels below the clip (genuine phone photos' paper, one level over a block at 247-251, red
    and green at 255 on 7-20% of the blocks, made I213's quiet regions). On grey paper every
    channel clips together, at white: pastes beside such pixels on grey JPEG scans stay marked."""
    b = JPEG_COLOUR_BLOCK
    x0, y0 = box[0] // b * b, box[1] // b * b
    x1, y1 = -(-box[2] // b) * b, -(-box[3] // b) * b
    cast = clipped[y0:y1, x0:x1] & (raw[y0:y1, x0:x1] < CLIPPED)
    return bool(cast.mean() >= CLIPPED_BLOCK_SHARE)


def _cells(values: Any, combine: Any) -> Any:
    """`combine` (np.minimum, np.maximum, np.add) over each 2x2 block of `values` (even sides)."""
    top = combine(values[0::2, 0::2], values[0::2, 1::2])
    return combine(top, combine(values[1::2, 0::2], values[1::2, 1::2]))


def quiet_regions(noise: dict[str, Any]) -> list[tuple[int, int, int, int]]:
    return [(b[0], b[1], b[2], b[3]) for b in noise.get("quiet", [])]


def _merge(boxes: list[tuple[int, int, int, int]]) -> list[tuple[tuple[int, int, int, int], int]]:
    """Each box joins the first merged box it touches (which grows to hold it), else starts
    one. The touch test runs on all merged boxes at once (a page with 4,000 quiet windows made
    this a quarter of the noise map's time as a Python loop)."""
    import numpy as np

    merged = np.zeros((len(boxes), 5), dtype=np.int64)
    count = 0
    for box in boxes:
        m = merged[:count]
        touch = np.flatnonzero(
            (box[0] <= m[:, 2]) & (box[2] >= m[:, 0]) & (box[1] <= m[:, 3]) & (box[3] >= m[:, 1])
        )
        if len(touch):
            row = merged[touch[0]]
            row[0], row[1] = min(row[0], box[0]), min(row[1], box[1])
            row[2], row[3] = max(row[2], box[2]), max(row[3], box[3])
            row[4] += 1
        else:
            merged[count] = (*box, 1)
            count += 1
    return [
        ((int(m[0]), int(m[1]), int(m[2]), int(m[3])), int(m[4])) for m in merged[:count].tolist()
    ]


# A page's percentile is taken from the values near it when the page has at least this many
# (numpy partitions all of them: on 1.5-9 million pixels a tenth of the image checks' CPU).
FAST_PERCENTILE_MIN = 200_000
SAMPLE_STEP = 61


def page_percentile(values: Any, q: float | list[float]) -> Any:
    """`numpy.percentile(values, q)` (linear method), bit for bit: on a large float array the
    two values each percentile lies between are partitioned out of a band of values around
    them, the band's bounds read from a sample (every `SAMPLE_STEP`th value) and the band
    checked to hold both ranks (else numpy partitions the whole array)."""
    import numpy as np

    flat = np.asarray(values).ravel()
    n = flat.size
    if n < FAST_PERCENTILE_MIN or flat.dtype.kind != "f" or np.isnan(flat).any():
        return np.percentile(values, q)
    quantiles = np.true_divide(np.asarray(q, dtype=np.float64), 100)
    virtual = (n - 1) * quantiles  # numpy's virtual index for the linear method
    lower = np.floor(virtual).astype(np.intp)
    if (virtual < 0).any() or (virtual >= n - 1).any():
        return np.percentile(values, q)
    sample = np.sort(flat[::SAMPLE_STEP])
    found = [_neighbours(flat, sample, rank) for rank in lower.ravel().tolist()]
    pairs = [pair for pair in found if pair is not None]
    if len(pairs) < len(found):
        return np.percentile(values, q)
    previous = np.array([pair[0] for pair in pairs], dtype=flat.dtype).reshape(lower.shape)
    following = np.array([pair[1] for pair in pairs], dtype=flat.dtype).reshape(lower.shape)
    gamma = np.asanyarray(virtual - lower, dtype=virtual.dtype)
    if type(q) in (int, float):
        return _lerp(previous[()], following[()], float(gamma))
    return _lerp(previous, following, gamma)


def _lerp(a: Any, b: Any, t: Any) -> Any:
    """numpy's interpolation between two neighbouring values (`numpy.lib` `_lerp`)."""
    import numpy as np

    diff = b - a
    out = np.add(a, diff * t, out=...)
    np.subtract(
        b,
        diff * (1 - t),
        out=out,
        where=np.asarray(t) >= 0.5,
        casting="unsafe",
        dtype=type(out.dtype),
    )
    return out[()] if out.ndim == 0 else out


def _neighbours(flat: Any, sample: Any, rank: int) -> tuple[Any, Any] | None:
    """The values of rank `rank` and `rank + 1` (0-based, ascending) of `flat`, from the values
    between two bounds read from its sorted `sample`; None when the band misses them."""
    import numpy as np

    n, m = flat.size, sample.size
    at = rank / (n - 1) * (m - 1)
    reach = 4 * np.sqrt(m) + 2
    low = int(at - reach)
    high = int(at + reach) + 1
    keep = None
    below = 0
    if low > 0:
        keep = flat >= sample[low]
        below = n - int(np.count_nonzero(keep))
    if high < m - 1:
        under = flat <= sample[high]
        keep = under if keep is None else keep & under
    band = flat[keep] if keep is not None else flat.copy()
    if not (below <= rank and rank + 1 < below + band.size):
        return None
    band.partition([rank - below, rank + 1 - below])
    return band[rank - below], band[rank + 1 - below]


def page_median(values: Any) -> Any:
    """`numpy.median(values)`, bit for bit, found as `page_percentile` finds its values."""
    import numpy as np

    flat = np.asarray(values).ravel()
    n = flat.size
    if n < FAST_PERCENTILE_MIN or flat.dtype.kind != "f" or np.isnan(flat).any():
        return np.median(values)
    half = n // 2
    pair = _neighbours(flat, np.sort(flat[::SAMPLE_STEP]), half - 1 if n % 2 == 0 else half)
    if pair is None:
        return np.median(values)
    middle = np.array(pair if n % 2 == 0 else pair[:1], dtype=flat.dtype)
    return np.mean(middle, axis=0)
