"""Session 16: genuine Indian GST invoices told their sums do not add up (false I109/I110), on
layouts session 15's did not cover. The pages are my own (tests/support/invoice_gst.py: the
"ledger" style, `reportlab_clipped`, the "busy" style printed by Chromium). Each test failed
before its fix; the errors such a page can really carry are still found."""

from __future__ import annotations

from typing import Any

import pytest
from support import invoice_gst as gst
from support.invoice_corpus import chromium_path

from reinstate.invoices import check_invoice
from reinstate.invoices.fields import parse_number

pytest.importorskip("reportlab")
pytest.importorskip("weasyprint")


def _arithmetic(data: bytes) -> list[tuple[str, Any]]:
    report = check_invoice(data, filename="gst.pdf", ocr=False).to_json()
    return [(f["code"], f.get("params")) for f in report["findings"]
            if f["code"] in ("I109", "I110", "I114", "I116")]  # fmt: skip


def _total(data: bytes) -> float | None:
    return check_invoice(data, filename="gst.pdf", ocr=False).fields.totals.get("total")


def test_round_off_printed_with_its_plus_sign() -> None:
    """ "Round Off  +0.44": the plus sign made the paise no amount, and the grand total looked
    0.44 above its parts. A phone's "+91" stays no amount."""
    assert parse_number("+0.44") == 0.44
    assert parse_number("+1,234.50") == 1234.5
    assert parse_number("+91") is None
    spec = gst.sample(2, inter_state=True)
    assert spec.round_off > 0
    assert _arithmetic(gst.weasy(spec, "ledger")) == []


@pytest.mark.parametrize("kind", [0, 1])
def test_rate_summary_under_the_total_is_no_tax_line(kind: int) -> None:
    """Under the grand total, "HSN/SAC | Taxable Value | Rate | Tax Amount" rows: the first
    row's "Tax Amount" was taken for the invoice's tax in place of the CGST and SGST lines
    above the total (34,314 against 32,971 = the taxable value and one rate's tax)."""
    spec = gst.sample(kind)
    assert _arithmetic(gst.weasy(spec, "ledger")) == []
    assert _arithmetic(gst.weasy(gst.sample(kind, freight=850.0, discount=500.0), "ledger")) == []


@pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed")
def test_round_off_label_set_as_a_ligature() -> None:
    """Chromium sets the "ff" of "Rounded Off" in DejaVu Sans as one glyph (U+FB00): the label
    was not read, and the total looked 0.44 above the taxable amount and its taxes."""
    spec = gst.sample(2)
    assert spec.round_off
    assert _arithmetic(gst.chromium(spec, "busy")) == []


@pytest.mark.parametrize("kind", [0, 2])
def test_clipped_template_with_a_unit_of_measure_column(kind: int) -> None:
    """ "Description of ItemsHSN/SAC" drawn as one word, then "Qty | Unit | Rate | Amount":
    "Unit" (Pcs, Nos) was taken for the price's column, the HSN code 6204 for the quantity
    and the quantity for the price (6,204 × 12 against 485)."""
    assert _arithmetic(gst.reportlab_clipped(gst.sample(kind))) == []
    spec = gst.sample(kind, freight=850.0, packing=120.0, discount=500.0)
    assert _arithmetic(gst.reportlab_clipped(spec)) == []
    assert _total(gst.reportlab_clipped(spec)) == spec.total


@pytest.mark.parametrize(
    "maker,off,code",
    [
        ("ledger", ("total", 35300.0), "I110"),
        ("ledger", ("line", 1, 6410.0), "I109"),
        ("clipped", ("line", 0, 5900.0), "I109"),
        ("clipped", ("total", 35300.0), "I110"),
    ],
)
def test_real_errors_still_found(maker: str, off: tuple, code: str) -> None:
    spec = gst.sample(0, off=off)
    data = gst.weasy(spec, "ledger") if maker == "ledger" else gst.reportlab_clipped(spec)
    assert code in {c for c, _ in _arithmetic(data)}


def test_a_unit_price_header_stays_the_price() -> None:
    """ "Qty | Unit | Amount" with no other price's header: "Unit" is still the unit price."""
    from reinstate.invoices.fields import Line, Segment, Word, _columns

    def word(text: str, x0: float) -> Word:
        return Word(text, x0, 100.0, x0 + 6.0 * len(text), 108.0, ("Helvetica",), (8.0,), None)

    head = [word("Description", 40), word("Qty", 200), word("Unit", 260), word("Amount", 330)]
    columns = _columns(Line(1, [Segment(1, [w]) for w in head]))
    assert columns["unit"][0] == 260
    head[2:2] = [word("Unit", 240)]
    head[3] = word("Rate", 280)
    columns = _columns(Line(1, [Segment(1, [w]) for w in head]))
    assert columns["unit"][0] == 280


def _ocr_line(top: float, *cells: tuple[str, float]) -> Any:
    from reinstate.invoices.fields import Line, Segment, Word

    words, x = [], 300.0
    for text, conf in cells:
        words.append(Word(text, x, top, x + 6.0 * len(text), top + 9, ("ocr",), (9.0,), conf))
        x += 6.0 * len(text) + 30
    return Line(1, [Segment(1, words)])


def test_a_doubted_total_made_whole_by_its_round_off() -> None:
    """A scanned Tally page: "IGST @ 5%  561.50", "Round Off  +0.50", "Grand Total  ₹ 11,792.00"
    read at a confidence under 60 ("= 11,792.00"). Without the round-off, the sums made
    11,791.50, which contradicted the total, and it was dropped as unreadable."""
    from reinstate.invoices.fields import Fields, _doubtful_total, _unconfirmed_total

    lines = [
        _ocr_line(100, ("Taxable Value", 91), ("11,230.00", 93)),
        _ocr_line(115, ("IGST @ 5%", 90), ("561.50", 92)),
        _ocr_line(130, ("Round Off", 88), ("+0.50", 90)),
        _ocr_line(145, ("Grand Total", 90), ("=", 30), ("11,792.00", 52)),
    ]
    out = Fields()
    out.totals = {"subtotal": 11230.0, "tax": 561.5, "rounding": 0.5, "total": 11792.0}
    out.totals_where = {"total": (1, lines[3].bbox), "subtotal": (1, lines[0].bbox)}
    _doubtful_total(lines, out)
    _unconfirmed_total(lines, out)
    assert out.totals.get("total") == 11792.0
    assert not out.total_unreadable
