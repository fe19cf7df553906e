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

import re
import zlib
from typing import Any

MAX_PAGES = 5
# A stream that draws this little is a wrapper ("q" before a stamp) or a stamp of its own.
MIN_INSTRUCTIONS = 12
MIN_TEXT_SHOWN = 2
# An invoice page's text stream is tens of kB; parsing one of megabytes (a drawing, a hostile
# file) would cost more than the sign is worth.
MAX_BYTES = 1 << 20
SHOWING = {"Tj", "TJ", "'", '"'}
# A page's main stream as `main_streams` read it: the stream, its bytes, its instructions and
# how many of them show text.
Main = tuple[Any, bytes, list[Any], int]


def main_streams(pdf: Any, max_pages: int = MAX_PAGES) -> dict[int, Main]:
    """Each page's main content stream (the one drawing the most text), read once for the
    checks below: page number to (stream, bytes, instructions, text shown). A page whose
    streams cannot be read is left out."""
    import pikepdf

    mains: dict[int, Main] = {}
    for number, page in enumerate(list(pdf.pages)[:max_pages], start=1):
        try:
            contents = page.obj.get("/Contents")
            if contents is None:
                continue
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
            read = [(s, *_read(s)) for s in streams]
            main = max(read, key=lambda r: r[3], default=None)
            if main is not None:
                mains[number] = main
        except (pikepdf.PdfError, ValueError, TypeError, RuntimeError, AttributeError):
            continue
    return mains


def rewritten_pages(mains: dict[int, Main]) -> list[int]:
    """Numbers of the pages whose main content stream is written exactly as pikepdf writes
    parsed instructions back."""
    import pikepdf

    found = []
    for number, (_stream, raw, instructions, shown) in mains.items():
        if len(instructions) < MIN_INSTRUCTIONS or shown < MIN_TEXT_SHOWN:
            continue
        try:
            if pikepdf.unparse_content_stream(instructions).strip() == raw.strip():
                found.append(number)
        except (pikepdf.PdfError, ValueError, TypeError, RuntimeError, AttributeError):
            continue
    return found


# pypdf's `merge_page` draws another page on top: the page's own content closed ("Q"), then the
# other page's, clipped to its box ("q x y w h re W n"), in the one stream pypdf writes back.
# Producers' own streams show the same clip too (57 genuine pages of invoices27-29): it is read
# only to keep pypdf's layout quiet (forensics._pypdf_added), the side a mistake may fall on.
MERGED = re.compile(rb"(?:^|\n)Q\nq\n(?:-?[\d.]+ ){4}re\nW\nn\n")


def merged_pages(mains: dict[int, Main]) -> list[int]:
    """Numbers of the pages on which pypdf drew another page (a stamp, a letterhead, an
    overlay)."""
    return sorted(n for n, (_s, raw, _i, _t) in mains.items() if MERGED.search(raw))


def _read(stream: Any) -> tuple[bytes, list[Any], int]:
    """A stream's bytes, its instructions and how many of them show text."""
    import pikepdf

    raw = stream.read_bytes()
    if len(raw) > MAX_BYTES:
        return raw, [], 0
    instructions = pikepdf.parse_content_stream(stream)
    return raw, instructions, sum(1 for i in instructions if str(i.operator) in SHOWING)


# qpdf (and so pikepdf) deflates a stream it writes with zlib's default level, 6.
QPDF_LEVEL = 6
# Streams written by the tool itself or carrying no producer's deflate: XMP, object streams,
# cross-reference streams.
TOOL_TYPES = {"/Metadata", "/ObjStm", "/XRef"}
MAX_OWN = 12
MAX_DEFLATE = 256 << 10


def reencoded_pages(pdf: Any, mains: dict[int, Main]) -> list[int]:
    """Numbers of the pages whose main content stream is deflated as qpdf deflates a stream it
    writes (or left plain) while the producer's other deflated streams in the file (fonts, other
    pages) keep a deflate qpdf does not write. Saving, merging, linearizing or stamping through
    qpdf leaves a deflated stream's bytes as they are, so the page stream alone was written anew:
    its content was replaced. Only producers that deflate otherwise than zlib's level 6 (pydyf
    for WeasyPrint, level 9) show it; fpdf2, ReportLab once re-saved, Chromium and LibreOffice
    deflate as qpdf does and cannot."""
    import pikepdf

    try:
        texts = {n: m[0] for n, m in mains.items() if m[3] >= MIN_TEXT_SHOWN}
        written = {n: s for n, s in texts.items() if _qpdf_written(s)}
        if not written:
            return []
        own = _own_deflates(pdf, {s.objgen for s in written.values()})
        if len(own) < 2:
            return []
        levels = _levels(own)
        return sorted(n for n, s in written.items() if not _deflated_like(s, levels))
    except (pikepdf.PdfError, ValueError, TypeError, RuntimeError, AttributeError, zlib.error):
        return []


def _plain_filter(stream: Any) -> str | None:
    """'' for an unfiltered stream, 'flate' for plain deflate, None for anything else."""
    if "/DecodeParms" in stream.stream_dict:
        return None
    f = stream.stream_dict.get("/Filter")
    if f is None:
        return ""
    if str(f) == "/FlateDecode":
        return "flate"
    return None


def _qpdf_written(stream: Any) -> bool:
    kind = _plain_filter(stream)
    if kind == "":
        return True
    if kind != "flate":
        return False
    raw = stream.read_raw_bytes()
    if len(raw) > MAX_DEFLATE:
        return False
    return zlib.compress(stream.read_bytes(), QPDF_LEVEL) == raw


def _own_deflates(pdf: Any, skip: set[Any]) -> list[Any]:
    """Up to MAX_OWN other deflated streams, when none of them is deflated as qpdf deflates;
    [] as soon as one is (a tool's stream, a stamp, or a producer deflating at level 6)."""
    import pikepdf

    own = []
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream) or obj.objgen in skip:
            continue
        if str(obj.stream_dict.get("/Type", "")) in TOOL_TYPES:
            continue
        if "/S" in obj.stream_dict and "/Subtype" not in obj.stream_dict:
            continue  # the hint stream qpdf writes when it linearizes
        if _plain_filter(obj) is None:
            continue
        if _qpdf_written(obj):
            return []
        if len(obj.read_raw_bytes()) <= MAX_DEFLATE:
            own.append(obj)
        if len(own) >= MAX_OWN:
            break
    return own


def _levels(own: list[Any]) -> set[int]:
    """The zlib levels other than qpdf's that give the producer's own deflated streams."""
    levels = set()
    for stream in own:
        data, raw = stream.read_bytes(), stream.read_raw_bytes()
        levels |= {
            level
            for level in range(1, 10)
            if level != QPDF_LEVEL and zlib.compress(data, level) == raw
        }
    return levels


def _deflated_like(stream: Any, levels: set[int]) -> bool:
    """The stream is also what the producer's own deflate gives (short streams come out alike
    at several levels)."""
    if _plain_filter(stream) != "flate":
        return False
    raw, data = stream.read_raw_bytes(), stream.read_bytes()
    return any(zlib.compress(data, level) == raw for level in levels)
