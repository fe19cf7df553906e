"""The pixel signs of every image page of the outside sets, genuine and edited, without OCR.

    python bench/image_sweep.py OUT.jsonl invoices18 invoices19 ...   # read each image page once
    python bench/image_sweep.py OUT.jsonl --root /work/main/bench/independent invoices3 ...
    python bench/image_sweep.py --score OUT.jsonl                      # genuine flagged, per set

A new sign on scans and photos must be weighed on every genuine image page of the tuning sets
before it ships (docs/invoices.md, "Not done yet"). Reading those pages through
`bench/independent.py` costs a Tesseract pass each; the image signs do not need one
(`image_edits.judge` and the paper-noise map run beside it). This runs only them: each JPG/PNG
file and each PDF whose first page is one picture (as `reader` reads it), and writes per page
the codes `forensics.pixel_signs` would give (I213 from the noise map, as `image_signs` does),
which of them are editing signs (tag `altered`), the CPU seconds, and for an edit made after the
capture where the pixels changed (a diff with its source file: `image_edit_misses.changed_box`)
and whether an editing sign lies on that region. Edits made before the capture are left out, as
in bench/independent.py. `--score` prints, per set, genuine pages with an editing sign and
edits with one (on the changed region, anywhere).

The figures differ from bench/independent.py's in one way: there a page's signs are also
weighed against its text (a sign on a page read as no invoice is still counted here).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from image_edit_misses import changed_box, picture  # noqa: E402
from independent import _before_capture  # noqa: E402

ALTERED = {"I213", "I218", "I219", "I221", "I223", "I224", "I225", "I226", "I260"}
IMAGES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif")


def maps_of(path: Path) -> tuple[dict[str, Any] | None, float]:
    """The page's image-edit maps as the reader makes them (boxes in points) and the points
    per pixel, or None when the file is no picture (a PDF page that is not one scan)."""
    from PIL import Image

    from reinstate.invoices import image_edits, reader
    from reinstate.invoices.imaging import clipped_channels, jpeg_quality, noise_map

    if path.suffix.lower() == ".pdf":
        import pikepdf

        with pikepdf.open(path) as pdf:
            if len(pdf.pages[0].images) != 1:
                return None, 1.0
            width = float(pdf.pages[0].mediabox[2])
        found = reader._scan_noise(path.read_bytes(), 0, width)
        if "edits" not in found:
            return None, 1.0
        return {**found["edits"], "noise": found}, width / max(1, picture(path)[0].width)  # type: ignore[index]
    if path.suffix.lower() not in IMAGES:
        return None, 1.0
    image = Image.open(path)
    image.load()
    gray = image.convert("L")
    scale = 595.0 / max(1, image.width)
    quality = jpeg_quality(image) if image.format == "JPEG" else None
    noise = noise_map(gray, jpeg_quality=quality, clipped=clipped_channels(image))
    noise["quiet"] = [[v * scale for v in box] for box in noise.get("quiet", [])]
    return {"noise": noise, **image_edits.judge(gray, quality, image.format, scale)}, scale


def source_of(label: dict[str, Any]) -> str | None:
    """The file an edit was made from (each writer names it its own way)."""
    name = label.get("base_file") or label.get("source_file") or label.get("edited_from")
    if name:
        return str(name)
    plain = re.sub(r"_ed\d+(?=\.)", "", label["file"])
    return plain if plain != label["file"] else None


def _changed(path: Path, files: Path, source: str | None) -> list[int] | None:
    """Where the edit changed the page's pixels, or None (no source, or one that is not a
    picture of the same size: a PDF source made the edit's picture)."""
    try:
        page = picture(path)
        before = picture(files / source) if source and (files / source).exists() else None
    except Exception:
        return None
    if page is None or before is None:
        return None
    return changed_box(page[0], before[0])


def _on(box: list[float] | None, changed: list[int] | None, pad: float = 8.0) -> bool:
    if box is None or changed is None:
        return False
    return (
        box[0] - pad < changed[2]
        and changed[0] - pad < box[2]
        and box[1] - pad < changed[3]
        and changed[1] - pad < box[3]
    )


def sweep(out: Path, names: list[str], base: Path = HERE / "independent") -> None:
    """Append a row per image page of each set under `base` (its files/ and labels.jsonl; the
    outside sets' files are gitignored, so `--root` may point at a checkout that has them)."""
    from reinstate.invoices import forensics

    with out.open("a", encoding="utf-8") as fh:
        for name in names:
            root = base / name
            for label in map(json.loads, (root / "labels.jsonl").open(encoding="utf-8")):
                edited = not label["genuine"]
                if edited and (_before_capture(label) or not label.get("edit_method")):
                    continue
                path = root / "files" / label["file"]
                if not path.exists():
                    continue
                started = time.process_time()
                try:
                    maps, scale = maps_of(path)
                except Exception as exc:  # a file the reader would call corrupt
                    print(f"{name} {label['file']}: {exc}", file=sys.stderr)
                    continue
                if maps is None:
                    continue
                signs = forensics.pixel_signs(maps, 1)
                if not maps.get("earlier_save"):
                    signs += [("I213", {}, 1, tuple(b)) for b in maps["noise"].get("quiet", [])[:5]]
                row: dict[str, Any] = {
                    "set": name,
                    "file": label["file"],
                    "genuine": label["genuine"],
                    "method": label.get("edit_method"),
                    "producer": label.get("producer"),
                    "altered": sorted({code for code, *_ in signs} & ALTERED),
                    "cpu": round(time.process_time() - started, 2),
                }
                if edited:
                    changed = _changed(path, root / "files", source_of(label))
                    row["changed"] = changed
                    # Sign boxes are in points: back to the page's pixels.
                    row["on_edit"] = sorted(
                        {
                            code
                            for code, _a, _p, box in signs
                            if code in ALTERED
                            and _on([v / scale for v in box] if box else None, changed)
                        }
                    )
                fh.write(json.dumps(row) + "\n")
                fh.flush()


def score(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_set[row["set"]].append(row)
    for name, group in by_set.items():
        genuine = [r for r in group if r["genuine"]]
        edits = [r for r in group if not r["genuine"]]
        flagged = [r for r in genuine if r["altered"]]
        print(
            f"{name}: genuine image pages flagged {len(flagged)}/{len(genuine)}; edits with a "
            f"sign {sum(bool(r['altered']) for r in edits)}/{len(edits)} "
            f"(on the changed region {sum(bool(r.get('on_edit')) for r in edits)})"
        )
        for r in flagged:
            print(f"   GENUINE {r['file']} ({r['producer']}) {r['altered']}")


def main() -> int:
    if sys.argv[1] == "--score":
        score(Path(sys.argv[2]))
        return 0
    args = sys.argv[2:]
    base = HERE / "independent"
    if args[:1] == ["--root"]:
        base, args = Path(args[1]), args[2:]
    sweep(Path(sys.argv[1]), args, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
