"""bench/image_sweep.py reads a set's image pages through the pixel signs alone (issue 20)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

pytest.importorskip("cv2")

from image_sweep import score, source_of, sweep


def _scan(seed: int) -> Image.Image:
    """A flat grey scan with grain and rows of numbers."""
    rng = np.random.default_rng(seed)
    page = Image.new("L", (900, 1200), 236)
    draw = ImageDraw.Draw(page)
    for row in range(20):
        for col in range(4):
            draw.text((80 + col * 200, 80 + row * 50), f"{row * 37 + col:05d}.{col}0", fill=40)
    grain = rng.normal(0, 3.0, (1200, 900))
    return Image.fromarray(np.clip(np.asarray(page, np.float32) + grain, 0, 255).astype(np.uint8))


def test_sweep_marks_the_edited_pixels_and_scores_genuine_pages(tmp_path: Path) -> None:
    files = tmp_path / "mine" / "files"
    files.mkdir(parents=True)
    genuine = _scan(1)
    genuine.save(files / "scan_01.png")
    edited = genuine.copy()
    # A clean white patch with a value typed on it: no grain where the scan had some.
    ImageDraw.Draw(edited).rectangle((480, 580, 640, 610), fill=250)
    ImageDraw.Draw(edited).text((490, 588), "99999.90", fill=40)
    edited.save(files / "scan_01_ed1.png")
    (files.parent / "labels.jsonl").write_text(
        "\n".join(
            json.dumps(label)
            for label in (
                {"file": "scan_01.png", "genuine": True, "edit_method": None, "producer": "s"},
                {
                    "file": "scan_01_ed1.png",
                    "genuine": False,
                    "edit_method": "image_paste",
                    "producer": "s",
                },
            )
        )
    )
    out = tmp_path / "sweep.jsonl"
    sweep(out, ["mine"], tmp_path)
    rows = {r["file"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(rows) == {"scan_01.png", "scan_01_ed1.png"}
    assert rows["scan_01.png"]["genuine"] and "changed" not in rows["scan_01.png"]
    x0, y0, x1, y1 = rows["scan_01_ed1.png"]["changed"]
    assert 470 <= x0 <= 490 and 570 <= y0 <= 590 and 630 <= x1 <= 650 and 600 <= y1 <= 620
    # The patch has no grain: a sign on its pixels is what the tool reports.
    assert rows["scan_01_ed1.png"]["on_edit"]
    score(out)


def test_source_of_reads_each_writers_naming() -> None:
    assert source_of({"file": "a.jpg", "source_file": "b.jpg"}) == "b.jpg"
    assert source_of({"file": "a.jpg", "edited_from": "c.jpg"}) == "c.jpg"
    assert source_of({"file": "scan_105_fapiao_zh_ed32.jpg"}) == "scan_105_fapiao_zh.jpg"
    assert source_of({"file": "plain.jpg"}) is None
