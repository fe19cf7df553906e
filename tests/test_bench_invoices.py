"""bench/invoices.py's own accounting."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from invoices import _children_cpu, reader_cpu

from reinstate.invoices.check import check_invoice


def test_reader_cpu_counts_the_sandboxed_reader_of_a_scan() -> None:
    # The slowest-files line printed 0.0 s of reader CPU for every file: the reader forks from
    # the sandbox's server, so this process's children's CPU never moved.
    page = Image.new("L", (900, 600), 255)
    draw = ImageDraw.Draw(page)
    for row, text in enumerate(["INVOICE No. 2207", "Date: 2026-03-05", "Total EUR 118.00"]):
        draw.text((60, 80 + 60 * row), text, fill=0)
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    before = _children_cpu()
    report = check_invoice(buf.getvalue(), filename="scan.png")
    assert reader_cpu(report, before) > 0.0
