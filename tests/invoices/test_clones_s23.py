"""Session 23: a digit cloned into a number from lighter print (I261, `image_glyph_ink`), on
pages generated here (tests/support/lighter_clone.py), never an outside writer's file."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("cv2")


def _page(seed: int, cloned: bool):  # type: ignore[no-untyped-def]
    import numpy as np
    from PIL import Image
    from support.lighter_clone import lighter_clone_page

    from reinstate.invoices.imaging import paper_background

    f = np.asarray(
        Image.open(io.BytesIO(lighter_clone_page(seed, cloned))).convert("L"), dtype=np.float32
    )
    return f, paper_background(f)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_digit_cloned_from_regular_print_into_a_bold_total_is_lighter(seed: int) -> None:
    from reinstate.invoices.image_glyph_ink import lighter_digits

    found = lighter_digits(*_page(seed, cloned=True))
    assert len(found) == 1
    x0, y0, _x1, _y1 = found[0]["box"]
    # the total's second digit, drawn at (960, 500) in bold
    assert 970 <= x0 <= 985 and 495 <= y0 <= 510
    assert found[0]["ink"] <= 0.72


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_numbers_printed_in_one_weight_are_silent(seed: int) -> None:
    from reinstate.invoices.image_glyph_ink import lighter_digits

    assert lighter_digits(*_page(seed, cloned=False)) == []


def _date_into_a_character(crowded: bool):  # type: ignore[no-untyped-def]
    """Digits printed dark, then a lighter box of their height (one stroke group of a CJK
    character that prints thinner than digits), and, when `crowded`, its other strokes beside
    it within the digits' rows."""
    import cv2
    import numpy as np

    text = np.full((200, 500), 235, dtype=np.uint8)
    cv2.putText(text, "2026", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 3, cv2.LINE_AA)
    rows = np.where((text < 128).any(axis=1))[0]
    top, bottom = int(rows[0]), int(rows[-1])
    right = int(np.where((text < 128).any(axis=0))[0][-1])
    cv2.rectangle(text, (right + 6, top), (right + 19, bottom), 130, 2)
    if crowded:
        cv2.line(text, (right + 23, top + 3), (right + 23, bottom - 3), 130, 2)
    f = text.astype(np.float32)
    return f, np.full_like(f, 235.0), right


def test_a_number_running_into_a_lighter_character_is_not_judged() -> None:
    from reinstate.invoices.image_glyph_ink import lighter_digits

    f, paper, right = _date_into_a_character(crowded=False)
    assert any(g["box"][0] > right for g in lighter_digits(f, paper))
    f, paper, right = _date_into_a_character(crowded=True)
    assert lighter_digits(f, paper) == []


def test_pixel_signs_mark_the_lighter_digit() -> None:
    from reinstate.invoices.forensics import pixel_signs

    maps = {"lighter_digits": [{"box": [10.0, 20.0, 14.0, 26.0], "ink": 0.66}]}
    signs = [s for s in pixel_signs(maps, 1) if s[0] == "I261"]
    assert signs == [("I261", {"ink": "0.66"}, 1, (10.0, 20.0, 14.0, 26.0))]


def test_the_rule_fires_on_the_cloned_scan_only() -> None:
    from support.invoice_image_edits import capture_fixture

    from reinstate.invoices.examples import run_example

    edited = run_example({}, *capture_fixture({"capture": "lighter_clone_scan_png", "seed": 1}))
    genuine = run_example({}, *capture_fixture({"capture": "genuine_lighter_scan_png", "seed": 1}))
    assert "I261" in edited.codes
    assert "I261" not in genuine.codes
