"""The form a page's content stream is written in: its producer's own, or a PDF library's that
parsed the page's instructions and wrote them back.

Every producer writes its content streams in its own layout (ReportLab several operators on a
line, fpdf2 a whole text object on a line, WeasyPrint and Chromium their own spacing and hex
strings). pikepdf's `unparse_content_stream` (QPDF) writes one instruction per line in QPDF's
own spelling of each operand (arrays as "[ a b ]"). Editing a page's text with pikepdf means
parsing its stream, changing a string and writing the instructions back: the stream is then
byte for byte what pikepdf would write for it. A merge, a stamp or a metadata change through
pikepdf keeps the page's own stream (a stamp is a stream of its own, added before or after).

Measured: on 494 genuine PDFs of the outside sets (invoices3 to invoices7; ReportLab, fpdf2,
WeasyPrint, Chromium, LibreOffice, Word, scanners and more) no page's main stream reads back
the same; every one of the 29 pages edited through pikepdf's parser does.
"""

from __future__ import annotations

from typing import Any

MAX_PAGES = 5
# A stream that draws this little is a wrapper ("q" before a stamp) or a stamp of its own.
MIN_INSTRUCTIONS = 12
MIN_TEXT_SHOWN = 2
# An invoice page's text stream is tens of kB; parsing one of megabytes (a drawing, a hostile
# file) would cost more than the sign is worth.
MAX_BYTES = 1 << 20
SHOWING = {"Tj", "TJ", "'", '"'}


def rewritten_pages(pdf: Any, max_pages: int = MAX_PAGES) -> list[int]:
    """Numbers of the pages whose main content stream (the one drawing the most text) is
    written exactly as pikepdf writes parsed instructions back."""
    import pikepdf

    found = []
    for number, page in enumerate(list(pdf.pages)[:max_pages], start=1):
        try:
            contents = page.obj.get("/Contents")
            if contents is None:
                continue
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
            main = max((_read(s) for s in streams), key=lambda r: r[2], default=None)
            if main is None:
                continue
            raw, instructions, shown = main
            if len(instructions) < MIN_INSTRUCTIONS or shown < MIN_TEXT_SHOWN:
                continue
            if pikepdf.unparse_content_stream(instructions).strip() == raw.strip():
                found.append(number)
        except (pikepdf.PdfError, ValueError, TypeError, RuntimeError, AttributeError):
            continue
    return found


def _read(stream: Any) -> tuple[bytes, list[Any], int]:
    """A stream's bytes, its instructions and how many of them show text."""
    import pikepdf

    raw = stream.read_bytes()
    if len(raw) > MAX_BYTES:
        return raw, [], 0
    instructions = pikepdf.parse_content_stream(stream)
    return raw, instructions, sum(1 for i in instructions if str(i.operator) in SHOWING)
