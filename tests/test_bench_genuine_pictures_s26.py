"""bench/genuine_pictures.py draws the same hard genuine pictures from a seed, of the kind asked."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

pytest.importorskip("cv2")

from genuine_pictures import KINDS, PNG_ONLY, build, page_format, summarise, table


def _pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


@pytest.mark.parametrize("kind", ["stamp", "dot_matrix", "seal", "trifold"])
def test_a_page_is_the_same_bytes_for_the_same_seed(kind: str) -> None:
    first, again = build(kind, 1, seed=7), build(kind, 1, seed=7)
    assert first.data == again.data and first.facts == again.facts
    assert build(kind, 1, seed=8).data != first.data
    assert build(kind, 2, seed=7).data != first.data


def test_every_kind_is_drawn_in_its_format() -> None:
    formats = set()
    for kind in KINDS:
        picture = build(kind, 0, seed=3)
        assert picture.kind == kind and picture.filename.startswith(kind + "_000.")
        opened = Image.open(io.BytesIO(picture.data))
        assert opened.format == picture.fmt == page_format(kind, 0)[0]
        # An A4 page scanned at 150 dpi.
        assert opened.size == (1240, 1754)
        if kind in PNG_ONLY:
            assert picture.fmt == "PNG"
        formats.add((picture.fmt, picture.quality))
    # Across the kinds, every JPEG quality and PNG is drawn even in a quick run.
    assert len(formats) == 5


def test_the_kinds_carry_what_they_are_about() -> None:
    seal = _pixels(build("seal", 0).data).astype(int)
    red = (seal[..., 0] > 200) & (seal[..., 1] < 60) & (seal[..., 2] < 60)
    assert red.sum() > 2000  # the flat red chop
    stamp = _pixels(build("stamp", 0).data).astype(int)
    assert stamp.ndim == 3 and (np.abs(stamp[..., 0] - stamp[..., 2]) > 40).sum() > 500
    crushed = _pixels(build("crushed_shadow", 0).data)
    darkest = crushed[crushed < 60]
    # The shadows crushed: nearly every dark pixel sits on one or two levels.
    assert darkest.size > 50000 and np.ptp(darkest) <= 3
    assert _pixels(build("black_clip", 0).data).min() >= 16
    assert "typed_off_degrees" in build("typed_form", 0).facts
    assert len(build("trifold", 0).facts["panels_degrees"]) == 2


def test_the_table_counts_pages_flagged_altered_per_kind() -> None:
    records = [
        {"kind": "stamp", "this": {"altered": ["I221"], "seconds": 1.0}},
        {"kind": "stamp", "this": {"altered": [], "seconds": 2.0}},
        {"kind": "seal", "this": {"crash": "ValueError()", "seconds": 0.5}},
    ]
    summary = summarise(records, "this")
    assert summary["stamp"] == {"pages": 2, "flagged": 1, "crashes": 0, "codes": {"I221": 1}}
    assert summary["seal"]["crashes"] == 1
    assert "1 of 3 genuine pictures flagged altered" in table(records, ["this"])
