"""The image checks' maps of every picture page of the outside sets, to prove a change to what
the checks cost leaves what they measure as it was (issue 20): no OCR, about a second a file.

    PYTHONPATH=<checkout>/src python bench/pixel_maps.py dump OUT.jsonl SET... [--files LIST]
    python bench/pixel_maps.py diff BEFORE.jsonl AFTER.jsonl

`dump` takes every JPG/PNG/TIFF file (`imaging.noise_map` and `image_edits.judge`, as the
reader does) and every PDF page with an image among the first three (`reader._scan_noise`) of
bench/independent/SET/files, with the CPU each file took; `diff` prints each file whose maps
differ and which, then the count of identical files and the CPU of both runs (run one
checkout after the other: the CPU is not interleaved, use bench/scan_cpu.py for that).
"""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

SETS = Path(__file__).resolve().parent / "independent"
PICTURES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".gif", ".bmp")


def _picture_maps(data: bytes) -> list[dict]:
    from PIL import Image

    from reinstate.invoices import image_edits, imaging

    image = Image.open(io.BytesIO(data))
    image.load()
    gray = image.convert("L")
    quality = imaging.jpeg_quality(image) if image.format == "JPEG" else None
    clipped = imaging.clipped_channels(image)
    noise = imaging.noise_map(gray, jpeg_quality=quality, clipped=clipped)
    edits = image_edits.judge(gray, quality, image.format, 595.0 / max(1, image.width))
    return [{"noise": noise, "edits": edits}]


def _pdf_maps(data: bytes) -> list[dict]:
    import pikepdf

    from reinstate.invoices import reader

    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = [
            (i, float(page.mediabox[2]) - float(page.mediabox[0]), len(page.images))
            for i, page in enumerate(pdf.pages[:3])
        ]
    return [reader._scan_noise(data, i, width) for i, width, images in pages if images]


def dump(out: str, args: list[str]) -> int:
    wanted = None
    if "--files" in args:
        at = args.index("--files")
        wanted = set(Path(args[at + 1]).read_text().split())
        args = args[:at] + args[at + 2 :]
    with open(out, "w", encoding="utf-8") as handle:
        for name in args:
            for path in sorted((SETS / name / "files").iterdir()):
                key = f"{name}/{path.name}"
                suffix = path.suffix.lower()
                if (wanted is not None and key not in wanted) or suffix not in (*PICTURES, ".pdf"):
                    continue
                start = time.process_time()
                try:
                    data = path.read_bytes()
                    maps = _pdf_maps(data) if suffix == ".pdf" else _picture_maps(data)
                except Exception as exc:
                    maps = [{"error": repr(exc)[:200]}]
                if not maps:
                    continue
                record = {"file": key, "cpu": time.process_time() - start, "maps": maps}
                handle.write(json.dumps(record, default=str, sort_keys=True) + "\n")
                handle.flush()
    return 0


def _load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {r["file"]: r for r in map(json.loads, handle)}


def diff(before_path: str, after_path: str) -> int:
    before, after = _load(before_path), _load(after_path)
    shared = [k for k in before if k in after]
    same = 0
    for key in shared:
        if before[key]["maps"] == after[key]["maps"]:
            same += 1
            continue
        parts = set()
        for a, b in zip(before[key]["maps"], after[key]["maps"], strict=False):
            parts |= {k for k in set(a) | set(b) if k != "edits" and a.get(k) != b.get(k)}
            edits_a, edits_b = a.get("edits", {}), b.get("edits", {})
            parts |= {
                f"edits.{k}"
                for k in set(edits_a) | set(edits_b)
                if edits_a.get(k) != edits_b.get(k)
            }
        print(f"{key}: {', '.join(sorted(parts)) or 'pages'} differ")
    cpu = [sum(run[k]["cpu"] for k in shared) for run in (before, after)]
    print(f"{len(shared)} files compared, {same} identical; CPU {cpu[0]:.1f} -> {cpu[1]:.1f} s")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["dump"]:
        return dump(sys.argv[2], sys.argv[3:])
    if sys.argv[1:2] == ["diff"]:
        return diff(sys.argv[2], sys.argv[3])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
