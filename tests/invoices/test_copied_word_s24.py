"""Session 24: a word copied over another on a JPEG scan and the page saved again (I262,
`image_copied_text`), on pages generated here (tests/support/copied_word.py), never an outside
writer's file."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("cv2")


def _copied(data: bytes):  # type: ignore[no-untyped-def]
    import numpy as np
    from PIL import Image

    from reinstate.invoices.image_copied_text import copied_text
    from reinstate.invoices.image_twins import ink_depth

    f = np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)
    return copied_text(f, ink_depth(f))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_due_date_copied_over_the_issue_date_is_found(seed: int) -> None:
    from support.copied_word import copied_word_page

    found = _copied(copied_word_page(seed, copied=True))
    assert len(found) == 1
    # the two dates, drawn at y 240 and 300 (300 dpi), one line apart at 150 dpi
    tops = sorted((found[0]["source"][1], found[0]["copy"][1]))
    assert 110 <= tops[0] <= 130 and 140 <= tops[1] <= 160
    assert found[0]["pairs"] >= 4 and found[0]["closer"] <= 0.45


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_one_date_printed_twice_and_scanned_is_silent(seed: int) -> None:
    from support.copied_word import copied_word_page

    assert _copied(copied_word_page(seed, copied=False, same_dates=True)) == []


def test_a_rendered_page_repeating_a_line_is_silent() -> None:
    """A renderer draws a line twice alike to the pixel where the grid falls the same on both
    (here the first two rows; the others each at their own quarter-pixel phase): its white
    paper is no capture's."""
    from PIL import Image, ImageDraw, ImageFont
    from support.copied_word import LATIN

    page = Image.new("L", (4960, 3600), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(LATIN, 64)
    for row in range(8):
        phase = 0 if row < 2 else row % 4 + 1
        item = f"Item {row + 3} pcs {17 * row + 11}.{row}0"
        draw.text((320 + phase, 400 + 160 * row), item, font=font, fill=0)
        date = "14.03.2026" if row < 2 else f"{row}9.0{row}.2025"
        draw.text((2800 + phase, 400 + 160 * row), date, font=font, fill=0)
    out = io.BytesIO()
    page.resize((1240, 900), Image.LANCZOS).save(out, format="JPEG", quality=90)
    assert _copied(out.getvalue()) == []


def test_the_copy_is_the_editing_sign_i262() -> None:
    from reinstate.invoices.forensics import pixel_signs

    run = {"source": [10.0, 20.0, 60.0, 30.0], "copy": [10.0, 40.0, 60.0, 50.0], "pairs": 5}
    signs = pixel_signs({"copied_text": [run]}, 1)
    assert [(code, params["source"], box) for code, params, _page, box in signs] == [
        ("I262", "10,20,60,30", (10.0, 40.0, 60.0, 50.0))
    ]


def test_a_column_of_rows_repeating_the_row_above_is_no_moved_block() -> None:
    """Three rows printing one value: rows 1-2 and 2-3 pair at one shift, and the copies of
    the first pairs are the sources of the next. A value wrapped on two lines of a cell and
    copied whole to another cell is one block."""
    from reinstate.invoices.image_copied_text import _one_block

    size = (20, 10)
    rows = [
        (30.0, size, (100 + 12 * i, 100 + 40 * r), (100 + 12 * i, 140 + 40 * r))
        for r in (0, 1)
        for i in range(3)
    ]
    assert not _one_block(rows)
    cell = [
        (30.0, size, (900 + 12 * i, 1000 + 28 * (i // 3)), (901 + 12 * i, 1071 + 28 * (i // 3)))
        for i in range(6)
    ]
    assert _one_block(cell)
