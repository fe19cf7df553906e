"""I209: a picture's white ground is no white-out; a white box with text over it still is."""

from __future__ import annotations

import pytest
from support.invoice_captures import make_picture_over_text
from support.invoice_corpus import chromium_available, random_spec

from reinstate.invoices.check import check_invoice


@pytest.mark.parametrize(
    "engine",
    [
        pytest.param(
            "chromium",
            marks=pytest.mark.skipif(not chromium_available(), reason="chromium is not installed"),
        ),
        "weasyprint",
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_picture_on_a_white_ground_over_text_is_no_white_out(engine: str, lang: str) -> None:
    data = make_picture_over_text(random_spec(1409, lang=lang), engine)
    report = check_invoice(data, filename="fapiao.pdf", ocr=False)
    assert "I209" not in report.codes
    assert "altered" not in report.tags
