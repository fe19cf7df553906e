"""Tesseract OCR for scanned pages and photos (Debian's tesseract-ocr with eng, chi_sim, jpn)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from typing import Any

TIMEOUT = 30


def available() -> bool:
    """True when the tesseract program is installed."""
    return shutil.which("tesseract") is not None


def languages() -> set[str]:
    if not available():
        return set()
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.splitlines()[1:] if line.strip()}


def _tsv(path: str, lang: str) -> list[dict[str, Any]]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    proc = subprocess.run(
        [
            "tesseract",
            path,
            "stdout",
            "-l",
            lang,
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
            }
        )
    return words


def ocr_image(image: Any, *, scale: float) -> dict[str, Any]:
    """Words with positions (in page units: pixels times `scale`) and what the OCR pass was.

    English first; when it reads little with confidence the page is read again with Chinese,
    Japanese and English together (slower, so only when needed).
    """
    if not available():
        return {"words": [], "meta": {"engine": None, "missing": True}}
    langs = languages()
    with tempfile.TemporaryDirectory(prefix="reinstate-ocr-") as tmp:
        path = os.path.join(tmp, "page.png")
        gray = image.convert("L")
        if max(gray.size) > 5000:
            factor = 5000 / max(gray.size)
            gray = gray.resize((int(gray.width * factor), int(gray.height * factor)))
            scale = scale / factor
        gray.save(path)
        words = _tsv(path, "eng")
        used = "eng"
        confident = [w for w in words if w["conf"] >= 70 and len(w["text"]) > 1]
        cjk_langs = [code for code in ("chi_sim", "jpn") if code in langs]
        if cjk_langs and len(confident) < max(15, 0.6 * len(words)):
            used = "+".join([*cjk_langs, "eng"])
            words = _tsv(path, used)
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
            }
        )
    mean = sum(w["conf"] for w in words) / len(words) if words else 0.0
    return {"words": out, "meta": {"engine": "tesseract", "lang": used, "confidence": mean}}
