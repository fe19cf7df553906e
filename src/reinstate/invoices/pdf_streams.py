"""The form a page's content stream is written in: its producer's own, or a PDF library's that
parsed the page's instructions and wrote them back.

Every producer writes its content streams in its own layout (ReportLab several operators on a
line, fpdf2 a whole text object on a line, WeasyPrint and Chromium their own spacing and hex
strings). pikepdf's `unparse_content_stream` (QPDF) writes one instruction per line in QPDF's
own spelling of each operand (arrays as "[ a b ]"). Editing a page's text with pikepdf means
parsing its stream, changing a string and writing the instructions back: the stream is then
byte for byte what pikepdf would write for it. A merge, a stamp or a metadata change through
pikepdf keeps the page's own stream (a stamp is a stream of its own, added before or after).

Measured: on 480 genuine PDFs of the outside sets (invoices3 to invoices7; ReportLab, fpdf2,
WeasyPrint, Chromium, LibreOffice, Word, scanners and more) no page's first stream reads back
the same; every one of 40 edits through pikepdf's parser does.
"""

from __future__ import annotations

from typing import Any

MAX_PAGES = 5
# A stream that draws this little is a wrapper ("q" before a stamp) or a stamp of its own.
MIN_INSTRUCTIONS = 12
MIN_TEXT_SHOWN = 2
SHOWING = {"Tj", "TJ", "'", '"'}


def rewritten_pages(pdf: Any, max_pages: int = MAX_PAGES) -> list[int]:
    """Numbers of the pages whose first content stream is written exactly as pikepdf writes
    parsed instructions back, and that draws text."""
    import pikepdf

    found = []
    for number, page in enumerate(list(pdf.pages)[:max_pages], start=1):
        try:
            contents = page.obj.get("/Contents")
            if contents is None:
                continue
            first = contents[0] if isinstance(contents, pikepdf.Array) else contents
            raw = first.read_bytes()
            instructions = pikepdf.parse_content_stream(first)
            shown = sum(1 for i in instructions if str(i.operator) in SHOWING)
            if len(instructions) < MIN_INSTRUCTIONS or shown < MIN_TEXT_SHOWN:
                continue
            if pikepdf.unparse_content_stream(instructions).strip() == raw.strip():
                found.append(number)
        except (pikepdf.PdfError, ValueError, TypeError, RuntimeError, AttributeError):
            continue
    return found
