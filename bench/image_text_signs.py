"""Three signs of text put onto a scan or photo after the capture, measured on the outside sets'
image pages (session 14; none shipped: see docs/invoices-history.md, "Session 14: edits on photos
and scans").

    python bench/image_text_signs.py ocr CACHE invoices12 invoices14 ...  # OCR each image page
    python bench/image_text_signs.py score CACHE [sharp|chars|ring]       # z-scores, per producer

An image page is a JPG/PNG/TIFF file or the first page of a PDF that is one picture with no text
layer; it is read by `ocr.ocr_image` on the picture's own pixels (scale 1: boxes in pixels) and
the words are cached, so the signs can be tuned without reading the pages again. `score` prints,
for thresholds on a robust z-score (median and median absolute deviation), the genuine pages with
a word at or above it (overall and the worst producer) and the edits with such a word on the
pixels the edit changed (a diff with the edit's source file). Edits made before the capture are
left out, as in bench/independent.py. The signs, each a word against its page:

- `sharp`: edge steepness (`sharper_words`, run with no threshold). A capture blurs all print
  alike; text rendered and pasted afterwards keeps its render's steep edges. Per word (3 letters
  or digits, OCR confidence 50, 60 edge pixels at least): the median gradient at 30-70% of its
  ink depth, per grey level of that depth, against its 12 nearest words within 25% of its height
  (8 at least); only the sharper side.
- `chars`: a font model by character. Each word's glyphs (its tall ink components, paired with
  its letters and digits when the counts agree) against the page's other instances of the same
  character within 20% of its height (3 at least): shape (a 16x16 template against their median),
  stroke width, ink depth, fill, aspect and edge steepness; a word's score is the median over its
  glyphs (2 at least) of the largest of these z-scores in absolute value.
- `ring`: the fine noise (pixel minus its 3x3 mean) of the paper in and around a word (half its
  height around it, away from ink and clipped white) against its 12 nearest words; either side.
"""

from __future__ import annotations

import io
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from image_edit_misses import changed_box  # noqa: E402
from independent import _before_capture  # noqa: E402

TEMPLATE = 16

# The `sharp` sign, written as it would ship (a module of its own, run after OCR on the OCR'd
# words). Kept here, not in src: it did not separate edits from genuine pages with a margin, and
# the generator's typed patch stays under the threshold (docs/invoices-history.md, session 14).
MIN_CHARS = 3
MIN_CONFIDENCE = 50.0
EDGE_LOW = 0.3
EDGE_HIGH = 0.7
MIN_EDGE = 60
NEAR = 12
MIN_NEAR = 8
LIKE_HEIGHT = 0.25
FLOOR = 0.05
SHARPER = 5.0
# A word's box is widened by this many pixels (its ink may overrun Tesseract's box) and the
# gradient taken with one more around it, so the crop's border adds no edge of its own.
PAD = 2


MAX_SIDE = 3600


def picture(path: Path) -> tuple[Any, int | None] | None:
    """The first page's grey pixels and JPEG quality, or None when it is not one picture."""
    from PIL import Image

    from reinstate.invoices.imaging import jpeg_quality

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pikepdf
        import pypdf

        try:
            with pikepdf.open(path) as pdf:
                images = list(pdf.pages[0].images.values())
                if len(images) != 1:
                    return None
                if len((pypdf.PdfReader(str(path)).pages[0].extract_text() or "").strip()) >= 20:
                    return None
                image = images[0]
                if str(image.get("/Filter", "")) == "/DCTDecode":
                    raw = Image.open(io.BytesIO(image.read_raw_bytes()))
                    return raw.convert("L"), jpeg_quality(raw)
                pil = pikepdf.PdfImage(image).as_pil_image()  # type: ignore[arg-type]
                return pil.convert("L"), None
        except Exception:
            return None
    if suffix not in (".jpg", ".jpeg", ".png", ".tif", ".tiff"):
        return None
    image = Image.open(path)
    image.load()
    quality = jpeg_quality(image) if image.format == "JPEG" else None
    gray = image.convert("L")
    if max(gray.size) > MAX_SIDE:
        f = MAX_SIDE / max(gray.size)
        gray = gray.resize((round(gray.width * f), round(gray.height * f)))
    return gray, quality


def _depth(f: Any) -> Any:
    """How far each pixel is below the paper around it (grey levels, 0 on paper)."""
    import cv2
    import numpy as np

    height, width = f.shape
    small = cv2.resize(f, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_AREA)
    paper = cv2.resize(cv2.dilate(small, np.ones((7, 7), np.uint8)), (width, height))
    return np.clip(cv2.GaussianBlur(paper, (0, 0), 4) - f, 0, None)


def _z(values: list[float], value: float, floor: float) -> float:
    import numpy as np

    v = np.asarray(values, float)
    median = float(np.median(v))
    spread = max(1.4826 * float(np.median(np.abs(v - median))), floor * abs(median), 1e-6)
    return (value - median) / spread


def _nearest(m: dict[str, Any], peers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cx, cy = m["centre"]
    return sorted(peers, key=lambda p: (p["centre"][0] - cx) ** 2 + (p["centre"][1] - cy) ** 2)[
        :NEAR
    ]


def _glyphs(cut: Any, ink: Any, grad: Any, text: str, paper: float) -> list[dict[str, Any]]:
    """A word's glyphs paired with its letters and digits, when the counts agree."""
    import cv2
    import numpy as np

    chars = [c for c in text if c.isalnum()]
    count, labels, stats, _c = cv2.connectedComponentsWithStats(ink.astype(np.uint8), 8)
    if count < 2:
        return []
    tallest = stats[1:count, 3].max()
    parts = sorted(
        (i for i in range(1, count) if stats[i, 3] >= 0.6 * tallest and stats[i, 4] >= 8),
        key=lambda i: stats[i, 0],
    )
    if len(parts) != len(chars) or tallest < 8:
        return []
    out = []
    for char, i in zip(chars, parts, strict=True):
        x, y, w, h, area = (int(v) for v in stats[i])
        mask = labels[y : y + h, x : x + w] == i
        glyph = cut[y : y + h, x : x + w] * mask
        peak = float(np.percentile(glyph[mask], 90))
        around = (slice(max(0, y - 1), y + h + 1), slice(max(0, x - 1), x + w + 1))
        edge = (cut[around] > 0.3 * peak) & (cut[around] < 0.7 * peak)
        if edge.sum() < 6:
            continue
        shape = cv2.resize(
            glyph.astype(np.float32), (TEMPLATE, TEMPLATE), interpolation=cv2.INTER_AREA
        )
        shape -= shape.mean()
        shape /= float(np.linalg.norm(shape)) + 1e-6
        inside = cv2.distanceTransform(np.pad(mask.astype(np.uint8), 1), cv2.DIST_L2, 3)[1:-1, 1:-1]
        out.append(
            {
                "char": char,
                "height": float(h),
                "shape": shape,
                "stroke": 2 * float(inside[mask].mean()) / h,
                "ink": peak / max(paper, 1.0),
                "fill": area / (w * h),
                "aspect": w / h,
                "sharp": float(np.median(grad[around][edge])) / peak,
            }
        )
    return out


def measure(gray: Any, words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every word's measures (boxes in the picture's pixels)."""
    import cv2
    import numpy as np

    f = np.asarray(gray, np.float32)
    height, width = f.shape
    depth = _depth(f)
    ink_level = max(30.0, 0.4 * float(np.percentile(depth, 99.5)))
    grad = np.hypot(cv2.Sobel(f, cv2.CV_32F, 1, 0), cv2.Sobel(f, cv2.CV_32F, 0, 1)) / 8
    fine = f - cv2.blur(f, (3, 3))
    near_ink = cv2.dilate((depth > 8).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    plain = ~near_ink & (f < 254)
    out = []
    for word in words:
        text = str(word.get("text", ""))
        if word.get("conf", 0.0) < MIN_CONFIDENCE or sum(c.isalnum() for c in text) < MIN_CHARS:
            continue
        x0, y0 = int(word["x0"]) - 2, int(word["top"]) - 2
        x1, y1 = int(np.ceil(word["x1"])) + 2, int(np.ceil(word["bottom"])) + 2
        pad = int(max(3, 0.5 * (y1 - y0)))
        if x0 - pad < 1 or y0 - pad < 1 or x1 + pad >= width - 1 or y1 + pad >= height - 1:
            continue
        cut = depth[y0:y1, x0:x1]
        ink = cut > ink_level
        if ink.sum() < 20:
            continue
        rows = np.nonzero(ink.any(axis=1))[0]
        m: dict[str, Any] = {
            "word": word,
            "box": [x0 + 2, y0 + 2, x1 - 2, y1 - 2],
            "centre": ((x0 + x1) / 2, (y0 + y1) / 2),
            "height": float(rows[-1] - rows[0] + 1),
        }
        ring = (slice(y0 - pad, y1 + pad), slice(x0 - pad, x1 + pad))
        m["ring"] = float(np.std(fine[ring][plain[ring]])) if plain[ring].sum() >= 80 else None
        paper = float(np.percentile(f[y0:y1, x0:x1], 95))
        m["glyphs"] = _glyphs(cut, ink, grad[y0:y1, x0:x1], text, paper)
        out.append(m)
    return out


def scores(measured: list[dict[str, Any]], sign: str) -> list[tuple[float, list[int], str]]:
    """(z, box, text) of every word the sign can judge."""
    import numpy as np

    out = []
    for m in measured:
        if sign == "ring" and m["ring"] is not None:
            peers = [
                np.log(p["ring"] + 0.05)
                for p in _nearest(m, [p for p in measured if p is not m and p["ring"] is not None])
            ]
            if len(peers) >= MIN_NEAR:
                out.append(
                    (
                        abs(_z(peers, float(np.log(m["ring"] + 0.05)), 0.05)),
                        m["box"],
                        m["word"]["text"],
                    )
                )
        elif sign == "chars":
            per_glyph = []
            for g in m["glyphs"]:
                same = [
                    q
                    for p in measured
                    if p is not m
                    for q in p["glyphs"]
                    if q["char"] == g["char"] and abs(q["height"] / g["height"] - 1) < 0.2
                ]
                if len(same) < 3:
                    continue
                template = np.median(np.stack([q["shape"] for q in same]), axis=0)
                template /= float(np.linalg.norm(template)) + 1e-6
                distances = [1 - float((q["shape"] * template).sum()) for q in same]
                zs = [_z(distances, 1 - float((g["shape"] * template).sum()), 0.1)]
                for key in ("stroke", "ink", "fill", "aspect", "sharp"):
                    zs.append(_z([q[key] for q in same], g[key], 0.04))
                per_glyph.append(max(abs(z) for z in zs))
            if len(per_glyph) >= 2:
                out.append((float(np.median(per_glyph)), m["box"], m["word"]["text"]))
    return out


def _steepness(f: Any, depth: Any, ink_level: float, box: list[int]) -> dict[str, float] | None:
    """A word's ink height and edge steepness, or None when it has too little edge to tell."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = box
    cut = depth[y0:y1, x0:x1]
    ink = cut > ink_level
    if ink.sum() < 20:
        return None
    peak = float(np.percentile(cut[ink], 90))
    edge = (cut > EDGE_LOW * peak) & (cut < EDGE_HIGH * peak)
    if edge.sum() < MIN_EDGE:
        return None
    grey = f[y0 - 1 : y1 + 1, x0 - 1 : x1 + 1]
    gradient = np.hypot(cv2.Sobel(grey, cv2.CV_32F, 1, 0), cv2.Sobel(grey, cv2.CV_32F, 0, 1))
    rows = np.nonzero(ink.any(axis=1))[0]
    steep = float(np.median(gradient[1:-1, 1:-1][edge])) / 8 / peak
    return {"height": float(rows[-1] - rows[0] + 1), "sharp": steep}


def sharper_words(
    gray: Any, words: list[dict[str, Any]], scale: float, threshold: float = SHARPER
) -> list[dict[str, Any]]:
    """The OCR words (boxes in page units, `scale` page units per pixel) whose edges are steeper
    than their neighbours' by `threshold` or more, steepest first, with the z-score and the ratio
    of their steepness to their neighbours' median."""
    import numpy as np

    f = np.asarray(gray, np.float32)
    height, width = f.shape
    depth = _depth(f)
    ink_level = max(30.0, 0.4 * float(np.percentile(depth, 99.5)))
    measured = []
    for word in words:
        text = str(word.get("text", ""))
        if word.get("conf", 0.0) < MIN_CONFIDENCE or sum(c.isalnum() for c in text) < MIN_CHARS:
            continue
        box = [
            int(word["x0"] / scale) - PAD,
            int(word["top"] / scale) - PAD,
            int(np.ceil(word["x1"] / scale)) + PAD,
            int(np.ceil(word["bottom"] / scale)) + PAD,
        ]
        if box[0] < 1 or box[1] < 1 or box[2] >= width - 1 or box[3] >= height - 1:
            continue
        found = _steepness(f, depth, ink_level, box)
        if found is not None:
            centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            measured.append({**found, "word": word, "centre": centre})
    out = []
    for m in measured:
        peers = [
            p for p in measured if p is not m and abs(p["height"] / m["height"] - 1) < LIKE_HEIGHT
        ]
        if len(peers) < MIN_NEAR:
            continue
        cx, cy = m["centre"]
        peers.sort(key=lambda p: (p["centre"][0] - cx) ** 2 + (p["centre"][1] - cy) ** 2)
        values = np.array([p["sharp"] for p in peers[:NEAR]])
        median = float(np.median(values))
        spread = max(1.4826 * float(np.median(np.abs(values - median))), FLOOR * median)
        z = (m["sharp"] - median) / spread
        if z >= threshold:
            w = m["word"]
            out.append(
                {
                    "box": [float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])],
                    "text": str(w["text"]),
                    "z": round(float(z), 1),
                    "ratio": round(m["sharp"] / median, 2),
                }
            )
    return sorted(out, key=lambda r: -r["z"])


def ocr(cache: Path, sets: list[str]) -> None:
    from reinstate.invoices.ocr import ocr_image

    done = set()
    if cache.exists():
        done = {(r["set"], r["file"]) for r in map(json.loads, cache.open(encoding="utf-8"))}
    with cache.open("a", encoding="utf-8") as out:
        for name in sets:
            root = HERE / "independent" / name
            for label in map(json.loads, (root / "labels.jsonl").open(encoding="utf-8")):
                page = (
                    None
                    if (name, label["file"]) in done
                    else picture(root / "files" / label["file"])
                )
                if page is None:
                    continue
                words = ocr_image(page[0], scale=1.0)["words"]
                out.write(json.dumps({"set": name, "file": label["file"], "words": words}) + "\n")
                out.flush()


def _overlaps(a: list[float], b: list[int]) -> bool:
    return not (a[2] < b[0] - 3 or a[0] > b[2] + 3 or a[3] < b[1] - 3 or a[1] > b[3] + 3)


def score(cache: Path, signs: list[str]) -> None:
    genuine: dict[str, dict[str, list[float]]] = {sign: defaultdict(list) for sign in signs}
    edits: dict[str, list[tuple[float | None, float, str]]] = {sign: [] for sign in signs}
    tops: dict[str, list[tuple[float, str, str]]] = {sign: [] for sign in signs}
    reached = dict.fromkeys(signs, 0)
    cpu = []
    for row in map(json.loads, cache.open(encoding="utf-8")):
        root = HERE / "independent" / row["set"]
        labels = {r["file"]: r for r in map(json.loads, (root / "labels.jsonl").open())}
        label = labels[row["file"]]
        if not label["genuine"] and _before_capture(label):
            continue
        page = picture(root / "files" / row["file"])
        if page is None:
            continue
        started = time.process_time()
        measured = measure(page[0], row["words"])
        cpu.append(time.process_time() - started)
        box = None
        if not label["genuine"]:
            source_name = label.get("base_file") or label.get("source_file")
            source = picture(root / "files" / source_name) if source_name else None
            box = changed_box(page[0], source[0] if source else None)
        for sign in signs:
            if sign == "sharp":
                # Every word the sign can judge: no threshold.
                judged = sharper_words(page[0], row["words"], 1.0, float("-inf"))
                found = [(w["z"], [round(v) for v in w["box"]], w["text"]) for w in judged]
            else:
                found = scores(measured, sign)
            top = max((z for z, _b, _t in found), default=float("-inf"))
            if label["genuine"]:
                genuine[sign][label["producer"]].append(top)
                best = max(found, default=None, key=lambda f: f[0])
                if best is not None:
                    tops[sign].append(
                        (top, f"{row['set']} {row['file']} {label['producer']}", best[2])
                    )
                continue
            at = [z for z, b, _t in found if box is not None and _overlaps(b, box)]
            reached[sign] += bool(at)
            what = f"{row['set']} {row['file']} {label['edit_method']} q{page[1]} {box}"
            edits[sign].append((max(at, default=None), top, what))
    cpu.sort()
    print(f"CPU per page to measure: median {cpu[len(cpu) // 2]:.3f} s, max {cpu[-1]:.3f} s")
    for sign in signs:
        pages = [z for zs in genuine[sign].values() for z in zs]
        print(f"== {sign}: {len(pages)} genuine pages, {len(edits[sign])} edits")
        for t in (3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0):
            flagged = sum(z >= t for z in pages)
            worst = max(
                (sum(z >= t for z in zs) / len(zs), p, len(zs)) for p, zs in genuine[sign].items()
            )
            hits = sum(a is not None and a >= t for a, _top, _w in edits[sign])
            print(
                f"z >= {t:4.1f}: genuine {flagged}/{len(pages)} ({100 * flagged / len(pages):.1f}%)"
                f", worst producer {worst[1]} {100 * worst[0]:.0f}% of {worst[2]}; "
                f"edits found at the edit {hits}/{len(edits[sign])}"
            )
        print(f"   edits with a word judged on the edited pixels: {reached[sign]}")
        print("   highest genuine pages:")
        for z, what, text in sorted(tops[sign], reverse=True)[:8]:
            print(f"      {z:.1f} {what} {text!r}")
        print("   edits (z at the edit, highest z of the page):")
        for at, top, what in sorted(
            edits[sign], key=lambda e: -(e[0] if e[0] is not None else -99)
        ):
            if at is not None and at >= 3:
                print(f"      {at:.1f} {top:.1f} {what}")


if __name__ == "__main__":
    if sys.argv[1] == "ocr":
        ocr(Path(sys.argv[2]), sys.argv[3:])
    else:
        score(Path(sys.argv[2]), sys.argv[3:] or ["sharp", "chars", "ring"])
