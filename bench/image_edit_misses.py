"""Group an invoice set's edits on images by method: found or missed, and what each page keeps.

    python bench/independent_misses.py invoices6 --save /tmp/r6.jsonl   # read every file once
    python bench/image_edit_misses.py invoices6 /tmp/r6.jsonl            # then group them

An edit on an image is one whose file is a picture (JPG, PNG) or a PDF page that is one picture,
made after the capture (an edit before the capture leaves no trace and is not counted, as in
bench/independent.py). For each one: the writer's method and producer, the JPEG quality of the
file and of its source file (the same page before the edit: a save at the same quality, or a
coarser one first, is what the JPEG signs can tell apart), where the pixels changed (a diff with
the source, in pixels) and the editing signs found there (I2xx codes of the kept reading).
"""

from __future__ import annotations

import io
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from independent import _before_capture  # noqa: E402


def picture(path: Path) -> tuple[Any, int | None] | None:
    """The (first) page's grey pixels and its JPEG quality (None: lossless), or None when the
    page is not one picture."""
    from PIL import Image

    from reinstate.invoices.imaging import jpeg_quality

    if path.suffix.lower() == ".pdf":
        import pikepdf

        with pikepdf.open(path) as pdf:
            images = list(pdf.pages[0].images.values())
            if len(images) != 1:
                return None
            image = images[0]
            if str(image.get("/Filter", "")) == "/DCTDecode":
                raw = Image.open(io.BytesIO(image.read_raw_bytes()))
                return raw.convert("L"), jpeg_quality(raw)
            return pikepdf.PdfImage(image).as_pil_image().convert("L"), None  # type: ignore[arg-type]
    if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
        return None
    picture_file = Image.open(path)
    picture_file.load()
    quality = jpeg_quality(picture_file) if picture_file.format == "JPEG" else None
    return picture_file.convert("L"), quality


def changed_box(edited: Any, source: Any) -> list[int] | None:
    """Where the edited page differs from its source by more than 12 grey levels (5x5 mean)."""
    import cv2
    import numpy as np

    if source is None or edited.size != source.size:
        return None
    diff = np.abs(np.asarray(edited, np.float32) - np.asarray(source, np.float32))
    ys, xs = np.nonzero(cv2.blur(diff, (5, 5)) > 12)
    if not len(xs) or len(xs) > 0.2 * diff.size:
        return None
    return [int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1]


def main() -> int:
    name, readings = sys.argv[1], Path(sys.argv[2])
    root = HERE / "independent" / name
    kept = {r["file"]: r for r in map(json.loads, readings.open(encoding="utf-8"))}
    groups: dict[str, list[str]] = defaultdict(list)
    found: dict[str, int] = defaultdict(int)
    for label in map(json.loads, (root / "labels.jsonl").open(encoding="utf-8")):
        if label["genuine"] or _before_capture(label):
            continue
        page = picture(root / "files" / label["file"])
        if page is None:
            continue
        source_name = label.get("base_file") or label.get("source_file")
        source = picture(root / "files" / source_name) if source_name else None
        reading = kept[label["file"]]
        signs = [c for c in reading.get("codes", []) if c.startswith("I2")]
        hit = bool(set(reading.get("tags", [])) & {"altered", "reissued_after_date"})
        method = label["edit_method"]
        found[method] += hit
        groups[method].append(
            f"{'found ' if hit else 'MISSED'} {label['file']} ({label['producer']}) "
            f"quality {page[1]}, source {source[1] if source else '-'}, "
            f"changed {changed_box(page[0], source[0] if source else None)} {signs}"
        )
    for method, lines in sorted(groups.items()):
        print(f"{method}: {found[method]}/{len(lines)} found")
        for line in sorted(lines):
            print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
