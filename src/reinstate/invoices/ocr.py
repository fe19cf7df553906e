"""Tesseract OCR for scanned pages and photos (Debian's tesseract-ocr with eng, chi_sim, jpn)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from typing import Any

TIMEOUT = 30
# Longest side sent to Tesseract: an A4 page at 300 dpi. Scaling a 300 dpi scan down to ~210 dpi
# saved little time and lost a Chinese total on our corpus, so only larger images are scaled.
MAX_SIDE = 3600
# A Chinese pass that reads CJK characters with a mean confidence below this is likely Japanese
# (kana read as look-alike hanzi): the page is read again with Japanese.
JPN_RETRY_CONFIDENCE = 85.0
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def available() -> bool:
    """True when the tesseract program is installed."""
    return shutil.which("tesseract") is not None


@cache
def languages() -> frozenset[str]:
    if not available():
        return frozenset()
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def _tsv(path: str, lang: str) -> list[dict[str, Any]]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    proc = subprocess.run(
        [
            "tesseract",
            path,
            "stdout",
            "-l",
            lang,
            "--oem",
            "1",
            "--psm",
            os.environ.get("REINSTATE_OCR_PSM", "4"),
            "tsv",
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env=env,
    )
    words = []
    for line in proc.stdout.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        words.append(
            {
                "text": text,
                "left": left,
                "top": top,
                "w": width,
                "h": height,
                "conf": float(parts[10]),
                # Tesseract's own line (block, paragraph, line): the words it read as one line
                # stay one line even where boxes of CJK glyphs differ in height.
                "line": f"{parts[2]}.{parts[3]}.{parts[4]}",
            }
        )
    return words


def plan(langs: frozenset[str] | set[str]) -> str:
    """The one pass every page gets: Chinese and English together when Chinese is installed.

    One `chi_sim+eng` pass reads English pages as well as `eng` alone did on our corpus and costs
    about a third more, where the old "English first, then again with Chinese and Japanese" cost
    two passes (three languages in the second) on every Chinese page.
    """
    return "chi_sim+eng" if "chi_sim" in langs else "eng"


# A page photographed under a lamp or with a shadow across it: the paper's brightness varies by
# more than this (grey levels, 5th to 95th percentile of the page's background) and the text in
# the dark part reads poorly; dividing by the background makes the paper even.
UNEVEN_LIGHT = 40
# Pages narrower than this (pixels) are small text for Tesseract (an A4 page below ~130 dpi,
# or a phone photo of a page): enlarged to UPSCALE_TO.
SMALL_PAGE = 1100
UPSCALE_TO = 1800


def prepare(gray: Any) -> tuple[Any, float]:
    """The page as Tesseract reads it best, and how much it was enlarged: even light, and
    small pages enlarged (the caller divides its scale by the factor)."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = gray.size
    if min(w, h) < 64:
        return gray, 1.0
    small = gray.resize((max(8, w // 16), max(8, h // 16)), Image.Resampling.BILINEAR)
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    levels = np.asarray(background, dtype=np.float32)
    if np.percentile(levels, 95) - np.percentile(levels, 5) > UNEVEN_LIGHT:
        full = np.asarray(background.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32)
        flat = np.asarray(gray, dtype=np.float32) / np.maximum(full, 1.0) * 255.0
        gray = Image.fromarray(np.clip(flat, 0, 255).astype("uint8"))
    angle = skew_angle(gray)
    if angle:
        gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    factor = 1.0
    if w < SMALL_PAGE and w < h * 1.2:
        factor = UPSCALE_TO / w
        gray = gray.resize((round(w * factor), round(h * factor)), Image.Resampling.LANCZOS)
    return gray, factor


# A page photographed or scanned a degree or two off level: its rows drift by a line height
# across the page, so Tesseract splits them and a totals label loses its amount. Angles tried
# (degrees) and the least worth correcting.
SKEW_RANGE = 3.0
SKEW_STEP = 0.25
MIN_SKEW = 0.4


def skew_angle(gray: Any) -> float:
    """The rotation (degrees, counter-clockwise) that makes the page's text rows level: the
    angle whose row profile of a small, inverted copy is sharpest (projection profile)."""
    import numpy as np
    from PIL import Image

    w, h = gray.size
    small = gray.resize((max(1, w * 600 // max(w, h)), max(1, h * 600 // max(w, h))))
    arr = np.asarray(small, dtype=np.float32)
    # ink above the paper only: paper is 0, so the corners a rotation fills in add nothing
    ink = Image.fromarray(np.clip(np.median(arr) - arr, 0, 255).astype("uint8"))
    best, best_score = 0.0, 0.0
    steps = int(SKEW_RANGE / SKEW_STEP)
    for i in sorted(range(-steps, steps + 1), key=abs):  # level first: ties stay level
        angle = i * SKEW_STEP
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.BILINEAR), dtype=np.float32)
        profile = rows.sum(axis=1)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = angle, score
    return best if abs(best) >= MIN_SKEW else 0.0


def _mean(words: list[dict[str, Any]]) -> float:
    return sum(w["conf"] for w in words) / len(words) if words else 0.0


def ocr_image(image: Any, *, scale: float) -> dict[str, Any]:
    """Words with positions (in page units: pixels times `scale`) and what the OCR pass was.

    One Tesseract pass with Chinese and English (see `plan`), on the image scaled down to
    `MAX_SIDE`; a second pass with Japanese only when the first read CJK characters with low
    confidence, keeping whichever pass is more confident.
    """
    if not available():
        return {"words": [], "meta": {"engine": None, "missing": True}}
    langs = languages()
    with tempfile.TemporaryDirectory(prefix="reinstate-ocr-") as tmp:
        path = os.path.join(tmp, "page.pgm")  # uncompressed: no PNG encoding cost
        gray = image if image.mode == "L" else image.convert("L")
        gray, factor = prepare(gray)
        scale = scale / factor
        if max(gray.size) > MAX_SIDE:
            from PIL import Image

            factor = MAX_SIDE / max(gray.size)
            size = (max(1, int(gray.width * factor)), max(1, int(gray.height * factor)))
            gray = gray.resize(size, Image.Resampling.LANCZOS)
            scale = scale / factor
        gray.save(path)
        used = plan(langs)
        words = _tsv(path, used)
        cjk = [w for w in words if CJK.search(w["text"])]
        if "jpn" in langs and cjk and _mean(cjk) < JPN_RETRY_CONFIDENCE:
            again = _tsv(path, "jpn+eng")
            if _mean(again) > _mean(words):
                words, used = again, "jpn+eng"
    out = []
    for w in words:
        out.append(
            {
                "text": w["text"],
                "x0": w["left"] * scale,
                "x1": (w["left"] + w["w"]) * scale,
                "top": w["top"] * scale,
                "bottom": (w["top"] + w["h"]) * scale,
                "font": "ocr",
                "size": w["h"] * scale,
                "order": 0,
                "word": True,
                "conf": w["conf"],
                "line": w["line"],
            }
        )
    return {
        "words": out,
        "meta": {"engine": "tesseract", "lang": used, "confidence": _mean(words)},
    }
