"""Caps a PDF must stay under before anything renders, lays out or inflates it.

A 499-byte file can declare a page of 5 x 5 metres or an image of 60,000 x 60,000 pixels, and a
400 KB stream can inflate to 400 MB: the readers would honour all of it and spend seconds and
gigabytes. These checks read only the object tables (pikepdf parses lazily) and inflate content
streams through a bounded decompressor, so a hostile file is refused in milliseconds with the
limit it broke. Real invoices are far below every cap: A3 is 842 x 1191 pt, a 600 dpi A4 scan
is 35 Mpixel, and a text invoice's content streams are tens of kilobytes.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

MAX_PAGE_SIDE = 5000.0  # points (1.76 m); A0 is 2384 x 3370
MAX_IMAGE_PIXELS = 60_000_000  # one image; a 600 dpi A4 scan is ~35 Mpixel
MAX_STREAM_BYTES = 24 * 1024 * 1024  # page content, all pages read, after inflating
MAX_OCR_PAGES = 3  # scanned pages read with OCR (~0.5-1 s each); the rest is counted (I005)
# Tesseract CPU seconds one file may spend (all its pages, probes included). CPU, not wall
# time: what is read then does not depend on how busy the machine is (a wall-clock budget made
# the same scan read differently from one run to the next). A page whose pass would run over
# is stopped and said to be not fully read; pages after it are not started (I005).
OCR_CPU_BUDGET = 2.0
# The one pass of a page the probe finds Chinese or Japanese may run to this much of the file's
# Tesseract CPU: the CJK models take two to three times as long as English on the same page, and
# at 2 s the one pass of a dense Chinese copier scan was stopped before it ended, so nothing of
# it was read (session 11, invoices6: called an invoice 96 -> 98 of 106, date 98 -> 100, total
# 98 -> 99; at 3 s, with the pixel checks running beside it, one of them was still cut). The
# retries (Japanese, one block, date lines) and the next pages still need the 2 s budget: with
# the whole budget raised, a generated hard Chinese phone photo
# (tests/invoices/test_reading_budget.py) lost its title and was no longer called an invoice.
OCR_CJK_PASS_BUDGET = 4.0
# No further page is started with less than this left: a page costs 0.4-0.9 s.
OCR_MIN_START = 0.35
MAX_OBJECTS = 100_000  # a 30-page invoice has a few thousand at most
MAX_XOBJECT_DEPTH = 4


class OcrBudget:
    """The Tesseract CPU time one file has left."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = OCR_CPU_BUDGET if seconds is None else seconds
        self.used = 0.0

    def left(self) -> float:
        return max(0.0, self.seconds - self.used)

    def spend(self, seconds: float) -> None:
        self.used += seconds


_SIZE = re.compile(rb"/Size\s+(\d{1,12})")


def raw_over_limit(data: bytes) -> str | None:
    """The object cap, judged from the bytes before the parser builds 300,000 objects: the
    trailer's /Size and the objects actually written."""
    sizes = [int(m.group(1)) for m in _SIZE.finditer(data[-4096:])]
    count = max([data.count(b"endobj"), *sizes])
    if count > MAX_OBJECTS:
        return f"{count:,} objects (limit {MAX_OBJECTS:,})"
    return None


def over_limit(pdf: Any, max_pages: int) -> str | None:
    """The first cap the file breaks, in words and numbers, or None."""
    try:
        count = len(pdf.objects)
    except Exception:
        count = 0
    if count > MAX_OBJECTS:
        return f"{count:,} objects (limit {MAX_OBJECTS:,})"
    budget = [MAX_STREAM_BYTES]
    for number, page in enumerate(list(pdf.pages)[:max_pages], start=1):
        try:
            box = [float(v) for v in page.obj.get("/MediaBox", [0, 0, 612, 792])]
            unit = float(page.obj.get("/UserUnit", 1.0))
        except Exception:
            continue
        width, height = abs(box[2] - box[0]) * unit, abs(box[3] - box[1]) * unit
        if max(width, height) > MAX_PAGE_SIDE:
            return (
                f"page {number} is {width:,.0f} x {height:,.0f} pt "
                f"(limit {MAX_PAGE_SIDE:,.0f} pt a side)"
            )
        problem = _resources(page.obj, number, budget, 0, set())
        if problem:
            return problem
        problem = _contents(page.obj.get("/Contents"), number, budget)
        if problem:
            return problem
    return None


def _resources(obj: Any, number: int, budget: list[int], depth: int, seen: set[Any]) -> str | None:
    if depth > MAX_XOBJECT_DEPTH:
        return None
    try:
        xobjects = obj.get("/Resources", {}).get("/XObject", {})
        names = list(xobjects.keys())
    except Exception:
        return None
    for name in names:
        try:
            x = xobjects[name]
            key = x.objgen if x.is_indirect else id(x)
            if key in seen:
                continue
            seen.add(key)
            subtype = str(x.get("/Subtype", ""))
            if subtype == "/Image":
                pixels = int(x.get("/Width", 0)) * int(x.get("/Height", 0))
                if pixels > MAX_IMAGE_PIXELS:
                    return (
                        f"page {number} has an image of {int(x.get('/Width', 0)):,} x "
                        f"{int(x.get('/Height', 0)):,} pixels (limit {MAX_IMAGE_PIXELS:,})"
                    )
            elif subtype == "/Form":
                problem = _contents(x, number, budget) or _resources(
                    x, number, budget, depth + 1, seen
                )
                if problem:
                    return problem
        except Exception:
            continue
    return None


def _contents(contents: Any, number: int, budget: list[int]) -> str | None:
    if contents is None:
        return None
    streams = list(contents) if isinstance(contents, list) or _is_array(contents) else [contents]
    for stream in streams:
        try:
            size = _inflated_size(stream, budget[0] + 1)
        except Exception:
            continue  # a broken stream is the readers' problem, not a cost
        budget[0] -= size
        if budget[0] < 0:
            return (
                f"page {number}: its content inflates to more than "
                f"{MAX_STREAM_BYTES // (1024 * 1024)} MB (limit)"
            )
    return None


def _is_array(obj: Any) -> bool:
    import pikepdf

    return isinstance(obj, pikepdf.Array)


def _inflated_size(stream: Any, cap: int) -> int:
    """Bytes the stream decodes to, counting no further than `cap` (a bomb stops at the cap)."""
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if _is_array(filters) else ([str(filters)] if filters else [])
    raw = stream.read_raw_bytes()
    if not names:
        return len(raw)
    if names[0] in ("/FlateDecode", "/Fl"):
        inflater = zlib.decompressobj()
        total = 0
        chunk = inflater.decompress(raw, 1 << 20)
        while chunk:
            total += len(chunk)
            if total > cap:
                return total
            chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        return total
    # Other filters expand at most ~100x (run length, LZW of runs) except nested Flate after them,
    # which is unusual in content streams: decode them, but only when small enough to be cheap.
    if len(raw) * 100 > cap:
        return cap + 1
    return len(stream.read_bytes())
