"""Signs that a file was edited after it was issued, read from the facts. Signs, never proof.

Each sign returns (code, params, page, bbox) so the report can say where it was seen; bbox is in
page units (PDF points from the top-left, or image pixels) or None for the whole file.
"""

from __future__ import annotations

import difflib
import itertools
import re
from datetime import date, datetime
from typing import Any

from reinstate.invoices.dates import clock_reading, parse_pdf_date
from reinstate.invoices.fields import Line, build_lines
from reinstate.invoices.pdf_columns import off_column
from reinstate.invoices.pdf_glyphs import SUBSET, base_font, foreign_glyphs
from reinstate.invoices.sign import Sign
from reinstate.rules.binding import implements

# Programs that edit PDFs or images, as they name themselves in /Producer, /Creator or EXIF.
EDITORS = re.compile(
    r"photoshop|gimp|paint\.net|mspaint|microsoft paint|pixelmator|affinity photo|"
    r"canva|photopea|pdfelement|wondershare|foxit (?:phantompdf|pdf editor)|pdf-xchange editor|"
    r"nitro pro|nitro pdf|sejda|ilovepdf|smallpdf|pdfescape|pdffiller|docfly|pdf candy|"
    r"inkscape|acrobat pro|adobe acrobat \d+\.\d+ (?:pro|standard)|master pdf editor|"
    r"pdf expert|pdfgear|soda pdf|able2extract|snapseed|picsart|fotor|lightroom|"
    r"\bpdf[ -]?editor\b",  # any program that calls itself a PDF editor
    re.I,
)
# Libraries that rewrite existing PDFs; invoicing systems do not write with them.
REWRITERS = re.compile(r"\bpypdf\d?\b|pikepdf|\bqpdf\b|pdftk|itext.*modified|pdfsam", re.I)
# Office suites that open a PDF and save it whole again under their own name, not the maker's
# (WPS Office's PDF component). A file that names one says which program wrote it last, as a
# merge tool's does (I214); we do not know the layout such a save writes, so another program's
# layout under its name is no sign the rewrite was hidden (I211): the text and pictures are
# judged on their own.
RESAVERS = re.compile(r"\bwps (?:pdf|office)\b|\bkingsoft\b", re.I)
# A day: the two dates of one save differ by seconds, or by a time zone written wrongly.
HAND_SET_GAP = 86400
# Producers whose own file layout we know, and the writer fingerprints they leave.
KNOWN_WRITERS = {
    "reportlab": re.compile(r"reportlab", re.I),
    "pydyf": re.compile(r"weasyprint", re.I),
    "libreoffice": re.compile(r"libreoffice|openoffice", re.I),
    "skia": re.compile(r"skia/pdf", re.I),  # Chromium's print to PDF
}


@implements("I201", "I203", "I204", "I205", "I211", "I212", "I213", "I214", "I231", "I233")
def pdf_signs(
    facts: dict[str, Any],
    invoice_date: date | None,
    options: dict[str, Any],
    lines: list[list[Line]] | None = None,
) -> list[Sign]:
    """Signs of editing in a PDF's facts. `lines` are its pages' lines when the caller has
    built them already (building them is a third of the work)."""
    if lines is None:
        lines = [build_lines(page) for page in facts.get("pages") or []]
    signs: list[Sign] = []
    info: dict[str, str] = facts.get("info") or {}
    xmp: dict[str, str] = facts.get("xmp") or {}
    revisions = int(facts.get("revision_count") or 1)
    if revisions > 1:
        later = [*_revision_diffs(facts, lines), *_revision_dates(facts), *_added_fonts(facts)]
        if later or not _fresh_save(info, xmp):
            signs.append(("I201", {"count": revisions - 1}, None, None))
        signs.extend(later)
    producer = " / ".join(
        v
        for v in (
            info.get("Producer"),
            info.get("Creator"),
            xmp.get("Producer"),
            xmp.get("Creator"),
        )
        if v
    )
    m = EDITORS.search(producer)
    if m:
        signs.append(("I203", {"software": m.group(0)}, None, None))
    r = REWRITERS.search(producer)
    if r and not m:
        # A tool that says openly it wrote the file (a merge, a stamp, an edit): said as such,
        # not as an edit. Genuine merged and stamped invoices carry it as often as edited ones.
        signs.append(("I214", {"software": r.group(0)}, None, None))
    else:
        signs.extend(_layout_signs(facts, info))
    # A page's own content written back by pikepdf (pdf_streams): whatever /Info says, a merge or
    # a stamp leaves the producer's stream as it was; changing text inside it does not.
    # Or deflated anew by qpdf among the producer's own deflated streams (pdf_streams).
    pages = sorted({*(facts.get("rewritten_pages") or []), *(facts.get("reencoded_pages") or [])})
    for number in pages[:3]:
        signs.append(("I231", {"number": number}, number, None))
    signs.extend(_hand_set_modified(xmp))
    # /Info and XMP disagreeing.
    for key in ("Producer", "Creator"):
        a, b = info.get(key), xmp.get(key)
        if a and b and a.strip() != b.strip() and not _encoding_only(a, b):
            signs.append(("I204", {"field": key, "info": a, "xmp": b}, None, None))
    for key in ("CreationDate", "ModDate"):
        da, db = parse_pdf_date(info.get(key)), parse_pdf_date(xmp.get(key))
        if da and db and not _same_moment(da, db):
            signs.append(
                ("I204", {"field": key, "info": da.isoformat(), "xmp": db.isoformat()}, None, None)
            )
    created = parse_pdf_date(info.get("CreationDate") or xmp.get("CreationDate"))
    modified = parse_pdf_date(info.get("ModDate") or xmp.get("ModDate"))
    mod_days = int(options.get("modified_days", 7))
    if created and modified:
        gap = (modified - created).total_seconds() / 86400
        if gap > mod_days:
            signs.append(
                (
                    "I205",
                    {"days": int(gap), "created": _d(created), "modified": _d(modified)},
                    None,
                    None,
                )
            )
        elif gap < -1 and clock_reading(created) and clock_reading(modified):
            signs.append(
                (
                    "I212",
                    {"created": _d(created), "other": _d(modified), "what": "modified"},
                    None,
                    None,
                )
            )
    scanned = bool(facts.get("pages")) and all(
        p.get("source") != "text" or _searchable_scan(p) for p in facts["pages"]
    )
    for page in facts.get("pages") or []:
        noise = page.get("noise") or {}
        # Paper flattened by an earlier, coarser save is quiet everywhere it was flattened.
        quiet = [] if (noise.get("edits") or {}).get("earlier_save") else noise.get("quiet", [])
        for box in quiet[:5]:
            signs.append(("I213", {}, page["number"], _region(box)))
        signs.extend(pixel_signs(noise.get("edits") or {}, page["number"], noise))
        signs.extend(_flattened_page(noise.get("rendered"), page["number"]))
        signs.extend(_retyped_amounts(noise.get("rendered"), page))
    if not scanned:  # a scan is made when the paper is scanned: its date says nothing here
        signs.extend(_dates_vs_invoice(clock_reading(created), invoice_date, options))
    signs.extend(page_signs(facts, lines))
    return signs


@implements("I227")
def _flattened_page(rendered: dict[str, Any] | None, page: int) -> list[Sign]:
    """I227: a PDF page that is a picture of a page rendered from a digital file (its paper
    white without grain, its print's edges steep: `image_rendered`). Whatever was covered and
    typed over before it was flattened left no trace this check can read: a note, not a sign."""
    if not rendered:
        return []
    return [
        (
            "I227",
            {
                "white": f"{100 * float(rendered['white']):.1f}",
                "edges": f"{float(rendered['edges']):.2f}",
            },
            page,
            None,
        )
    ]


@implements("I265")
def _retyped_amounts(rendered: dict[str, Any] | None, page: dict[str, Any]) -> list[Sign]:
    """I265: on a page told a render (I227), an amount whose currency is printed heavier than
    its digits (`retyped_amount`): new figures typed over a bold total in a regular font."""
    from reinstate.invoices.retyped_amount import heavier_currencies

    if not rendered or not rendered.get("strokes"):
        return []
    found = heavier_currencies(rendered["strokes"], page.get("chars") or [])
    return [
        ("I265", {"ratio": f"{float(a['ratio']):.2f}"}, page["number"], _region(a["box"]))
        for a in found[:1]
    ]


def _layout_signs(facts: dict[str, Any], info: dict[str, str]) -> list[Sign]:
    """I211: the bytes laid out by another program than the one the file names. Either a known
    producer's layout missing under its name, or qpdf's layout (pikepdf, qpdf) in a file whose
    /ID says it was saved again while its metadata names only the program that made it: the
    tool that rewrote the file did not say so (one that does gets I214, and so does a file named
    after an office suite that re-saves PDFs, `RESAVERS`). A linearized file is
    left alone: portals linearize invoices with qpdf for fast viewing. So is a file of scanned
    pictures only (`_pictures_only`)."""
    marks = facts.get("writer_marks") or []
    if "pypdf" in marks and _pypdf_added(facts):
        marks = [m for m in marks if m != "pypdf"]
    claimed = info.get("Producer", "")
    for mark, pattern in KNOWN_WRITERS.items():
        if pattern.search(claimed) and mark not in marks and marks:
            return [("I211", {"software": marks[0], "claimed": claimed}, None, None)]
    named = claimed or info.get("Creator", "")
    if (
        "qpdf" in marks
        and facts.get("id_changed")
        and named
        and not facts.get("linearized")
        and not _pictures_only(facts)
    ):
        resaver = RESAVERS.search(named)
        if resaver:
            return [("I214", {"software": resaver.group(0)}, None, None)]
        return [("I211", {"software": "qpdf (pikepdf)", "claimed": named}, None, None)]
    return []


def _pictures_only(facts: dict[str, Any]) -> bool:
    """Every page a scanned picture and nothing else: no text (not even glyphs without a
    character, read by OCR all the same) and no shape drawn over it. Scan servers, document
    stores and PDF compressors save a scanner's PDF again without naming themselves, and such a
    rewrite has no text to change: what it could change is a page's picture, which the image
    checks judge themselves (invoices33's office scans carried qpdf's layout under the
    scanner's name)."""
    pages = facts.get("pages") or []
    return bool(pages) and all(
        p.get("source") == "ocr" and not p.get("unmapped") and not p.get("covers") for p in pages
    )


def _pypdf_added(facts: dict[str, Any]) -> bool:
    """pypdf drew something onto a page (another page merged on top, a stream appended) or added
    a note to it. pypdf keeps the /Producer of a file it clones, so its layout under the
    producer's name is what an accounts team's "PAID" stamp leaves too: the layout speaks only
    when pypdf added nothing, when the page's own content was written back changed."""
    return (
        bool(facts.get("merged_pages"))
        or any(int(p.get("streams") or 1) > 1 for p in facts.get("pages") or [])
        or any(a.get("subtype") != "Link" for a in facts.get("annots") or [])
    )


def _hand_set_modified(xmp: dict[str, str]) -> list[Sign]:
    """I233: an XMP packet pikepdf made (its toolkit named pikepdf, no creation date carried
    over) whose modification date is days away from the moment pikepdf wrote it. pikepdf stamps
    its own clock as MetadataDate and never writes ModifyDate: a script did, with another date
    than the save's. A merge or stamp that sets it sets the day it runs."""
    if not xmp.get("Toolkit", "").lower().startswith("pikepdf") or xmp.get("CreationDate"):
        return []
    modified = clock_reading(parse_pdf_date(xmp.get("ModDate")))
    written = clock_reading(parse_pdf_date(xmp.get("MetadataDate")))
    if not modified or not written:
        return []
    if abs((written - modified).total_seconds()) <= HAND_SET_GAP:
        return []
    return [("I233", {"modified": _d(modified), "written": _d(written)}, None, None)]


def _same_moment(a: datetime, b: datetime) -> bool:
    """The two dates of /Info and XMP agree, or differ by a time zone: scanners and office
    programs write local time in one and UTC (or no zone, read as UTC) in the other. A zone is
    a whole quarter hour up to 14 hours; an edited date moves by days or by odd minutes."""
    gap = abs((a - b).total_seconds())
    if gap <= 120:
        return True
    return gap <= 14 * 3600 + 120 and min(gap % 900, 900 - gap % 900) <= 120


def _searchable_scan(page: dict[str, Any]) -> bool:
    """A scanned page with the scanner's or an app's OCR text laid under or over it ("searchable
    PDF", what office multifunction printers write): its file dates are the scan's."""
    return float(page.get("image_cover") or 0) >= 0.9


def _encoding_only(a: str, b: str) -> bool:
    """The same name, one copy garbled by a writer that mis-encodes non-ASCII text in XMP
    (Ghostscript writes "开票系统 V3" as "���� V3"): the ASCII parts agree, no program differs."""
    if "\ufffd" not in a + b and a.isascii() == b.isascii():
        return False
    keep = lambda t: re.sub(r"[^\x20-\x7e]+", "", t).strip()  # noqa: E731
    return keep(a) == keep(b)


FRESH_SAVE_HOURS = 24


def _fresh_save(info: dict[str, str], xmp: dict[str, str]) -> bool:
    """Saved again within a day of being made, as invoicing systems do when they add an
    annotation, a signature field or metadata to the file they have just written."""
    created = parse_pdf_date(info.get("CreationDate") or xmp.get("CreationDate"))
    modified = parse_pdf_date(info.get("ModDate") or xmp.get("ModDate"))
    if not created or not modified:
        return False
    return 0 <= (modified - created).total_seconds() <= FRESH_SAVE_HOURS * 3600


@implements("I215")
def _revision_dates(facts: dict[str, Any]) -> list[Sign]:
    """/CreationDate rewritten by a later revision: the first revision still has the true one."""
    revisions = facts.get("revisions") or []
    signs: list[Sign] = []
    for before, after in itertools.pairwise(revisions):
        a = (before.get("info") or {}).get("CreationDate")
        b = (after.get("info") or {}).get("CreationDate")
        da, db = parse_pdf_date(a), parse_pdf_date(b)
        if da and db and abs((da - db).total_seconds()) > 120:
            signs.append(("I215", {"before": _d(da), "after": _d(db)}, None, None))
    return signs


@implements("I206")
def _dates_vs_invoice(
    created: datetime | None, invoice_date: date | None, options: dict[str, Any]
) -> list[Sign]:
    if not created or not invoice_date:
        return []
    days = (created.date() - invoice_date).days
    if days > int(options.get("reissue_days", 60)):
        return [
            (
                "I206",
                {"days": days, "created": _d(created), "invoice_date": invoice_date.isoformat()},
                None,
                None,
            )
        ]
    if days < -int(options.get("early_days", 2)):
        return [
            (
                "I212",
                {"created": _d(created), "other": invoice_date.isoformat(), "what": "invoice"},
                None,
                None,
            )
        ]
    return []


def _d(value: datetime) -> str:
    return value.date().isoformat()


@implements("I202")
def _revision_diffs(facts: dict[str, Any], lines: list[list[Line]]) -> list[Sign]:
    revisions = facts.get("revisions") or []
    signs: list[Sign] = []
    for before, after in itertools.pairwise(revisions):
        for index, (a, b) in enumerate(
            zip(before.get("texts", []), after.get("texts", []), strict=False)
        ):
            if a == b:
                continue
            removed, added = [], []
            for op in difflib.ndiff(a.splitlines(), b.splitlines()):
                if op.startswith("- ") and op[2:].strip():
                    removed.append(op[2:].strip())
                elif op.startswith("+ ") and op[2:].strip():
                    added.append(op[2:].strip())
            if removed or added:
                bbox = _find_text_bbox(lines, index + 1, added)
                signs.append(
                    (
                        "I202",
                        {
                            "removed": "; ".join(removed)[:160] or "-",
                            "added": "; ".join(added)[:160] or "-",
                        },
                        index + 1,
                        bbox,
                    )
                )
    return signs


def _find_text_bbox(
    lines: list[list[Line]], page_no: int, added: list[str]
) -> tuple[float, float, float, float] | None:
    if page_no > len(lines) or not added:
        return None
    for line in lines[page_no - 1]:
        compact = line.text.replace(" ", "")
        if any(
            a.replace(" ", "") and (a.replace(" ", "") in compact or compact in a.replace(" ", ""))
            for a in added
        ):
            return line.bbox
    return None


@implements("I207")
def _added_fonts(facts: dict[str, Any]) -> list[Sign]:
    revisions = facts.get("revisions") or []
    last = facts.get("fonts_last") or []
    if not revisions:
        return []
    first = revisions[0].get("fonts") or []
    signs: list[Sign] = []
    for index, fonts in enumerate(last):
        before = {f[2] for f in (first[index] if index < len(first) else [])}
        new = [f[1].lstrip("/") for f in fonts if f[2] not in before]
        if before and new:
            signs.append(("I207", {"fonts": ", ".join(sorted(set(new)))}, index + 1, None))
    return signs


# Spreadsheets print a cell's text whole and clip it at the next cell: the clipped glyphs still
# sit under the neighbour's in the file. Measured on LibreOffice Calc exports (3 of 10 genuine
# files showed it); a sheet edited by typing over a cell leaves a white box (I209) or a revision.
CLIPPING_WRITERS = re.compile(r"\bcalc\b|excel|numbers|google sheets|wps spreadsheets", re.I)


def page_signs(facts: dict[str, Any], lines: list[list[Line]]) -> list[Sign]:
    signs: list[Sign] = []
    info = facts.get("info") or {}
    spreadsheet = bool(
        CLIPPING_WRITERS.search(f"{info.get('Creator', '')} {info.get('Producer', '')}")
    )
    traced = _file_traced(facts)
    for page, page_lines in zip(facts.get("pages") or [], lines, strict=True):
        if page.get("unmapped"):
            signs.extend(_covers_unmapped(page))
        if page.get("source") != "text":
            continue
        chars = [c for c in page.get("chars", []) if c["text"].strip()]
        signs.extend(_covers(page, chars))
        if not spreadsheet:
            signs.extend(_overlaps(page, chars, traced or _page_traced(page)))
        signs.extend(_mixed_amount_fonts(page, page_lines))
        signs.extend(off_column(page["number"], page_lines))
        signs.extend(foreign_glyphs(page))
    return signs


def _inside(c: dict[str, Any], r: dict[str, Any], share: float = 0.6) -> bool:
    w = max(0.0, min(c["x1"], r["x1"]) - max(c["x0"], r["x0"]))
    h = max(0.0, min(c["bottom"], r["bottom"]) - max(c["top"], r["top"]))
    area = max(1e-6, (c["x1"] - c["x0"]) * (c["bottom"] - c["top"]))
    return w * h / area >= share


@implements("I209")
def _covers(page: dict[str, Any], chars: list[dict[str, Any]]) -> list[Sign]:
    signs: list[Sign] = []
    for rect in page.get("covers", []):
        hidden = [c for c in chars if c["order"] < rect["order"] and _inside(c, rect)]
        if not hidden:
            continue
        hidden.sort(key=lambda c: (c["top"], c["x0"]))
        text = "".join(c["text"] for c in hidden)[:60]
        on_top = "".join(
            c["text"] for c in chars if c["order"] > rect["order"] and _inside(c, rect)
        )
        signs.append(
            (
                "I209",
                {"hidden": text, "shown": on_top[:60] or "-"},
                page["number"],
                (rect["x0"], rect["top"], rect["x1"], rect["bottom"]),
            )
        )
    return signs


# A page whose glyphs map to no text (CJK fonts re-distilled by Ghostscript, as a "compress PDF"
# tool does) is read like a scan; a white box drawn over `UNMAPPED_HIDDEN` or more of its glyphs
# is still a white-out (invoices34: a buyer covered and retyped, then re-saved by Ghostscript).
# What the glyphs said is unknown: each is shown as a box, with what the page's reading shows there.
UNMAPPED_HIDDEN = 2


def _covers_unmapped(page: dict[str, Any]) -> list[Sign]:
    signs: list[Sign] = []
    for rect in page.get("covers", []):
        if rect.get("hides", 0) < UNMAPPED_HIDDEN:
            continue
        shown = " ".join(
            c["text"] for c in page.get("chars", []) if c["text"].strip() and _inside(c, rect)
        )
        signs.append(
            (
                "I209",
                {"hidden": "\u25a1" * min(int(rect["hides"]), 20), "shown": shown[:60] or "-"},
                page["number"],
                (rect["x0"], rect["top"], rect["x1"], rect["bottom"]),
            )
        )
    return signs


# Text drawn in one pass along one row, as an HTML/CSS table cell whose text is wider than the
# cell runs into the next cell ("#BezeichnungMengePreisUSt."): the two texts are drawn one after
# the other with nothing drawn between them but the rest of those two lines (the neighbour may
# have another size or baseline). Text typed over old text in an edit is drawn later (appended to
# the page, after other lines), often in another font or size, or over a white box (I209).
# Measured on WeasyPrint and Chromium pages with overflowing headers, descriptions and addresses;
# the overlay edits stay found.
SAME_PASS_MAX_GAP = 400  # characters drawn between the two; a longer run is not one row's text
BASELINE_TOLERANCE = 0.6  # pt


def _same_pass(a: dict[str, Any], b: dict[str, Any], by_order: list[dict[str, Any]]) -> bool:
    lo, hi = sorted((a["rank"], b["rank"]))
    if hi - lo > SAME_PASS_MAX_GAP:
        return False
    return all(_on_line(c, a) or _on_line(c, b) for c in by_order[lo + 1 : hi])


def _on_line(c: dict[str, Any], line: dict[str, Any]) -> bool:
    return (
        abs(c["bottom"] - line["bottom"]) <= BASELINE_TOLERANCE
        and abs(c["size"] - line["size"]) < 0.05
    )


# Text over text is layout when one producer drew it in one content stream in one save: HTML/CSS
# stamps, fixed headers, negative margins, tight line heights, rotated labels and page-margin
# boxes overlap other text far apart in the stream (6 of 20 genuine WeasyPrint invoices made
# outside the team). An edit's overlay comes with another trace: a later revision, a tool that
# rewrote the file, a second content stream or a Form XObject holding the upper text, a white
# box, or the upper text in a font the page's producer did not embed (a second subset of the
# same font, or a bare standard font among subsets). I210 needs one of them.


def _file_traced(facts: dict[str, Any]) -> bool:
    info = facts.get("info") or {}
    producer = f"{info.get('Producer', '')} {info.get('Creator', '')}"
    return int(facts.get("revision_count") or 1) > 1 or bool(
        REWRITERS.search(producer) or EDITORS.search(producer)
    )


def _page_traced(page: dict[str, Any]) -> bool:
    return int(page.get("streams") or 1) > 1 or any(
        _whites_out(rect, page.get("chars") or []) for rect in page.get("covers") or []
    )


# A white box is an edit's trace when it is drawn over text already on the page. White table row
# backgrounds and cell fills are drawn before their text and cover none: a genuine ReportLab
# invoice (invoices13) whose rows alternate white and grey had I210 for a long supplier name
# running into its large title, far from any of them.
WHITE_OUT_SHARE = 0.3  # of a glyph's box


def _whites_out(rect: dict[str, Any], chars: list[dict[str, Any]]) -> bool:
    return any(
        c["order"] < rect["order"] and c["text"].strip() and _inside(c, rect, WHITE_OUT_SHARE)
        for c in chars
    )


COUNTER_TAG = re.compile(r"^[A-Z]{1,2}A{4,5}\+")


def _foreign_font(font: str, first_drawn: dict[str, int]) -> bool:
    """A font the page's own producer would not have written next to the others: a bare font
    among subsets, or a subset of a font the page had begun drawing in another subset. The first
    subset is the producer's: Chromium draws its page header and footer in a second subset of
    the body's font, and a watermark over the body is then drawn in the first one."""
    base = base_font(font)
    subsets = {f for f in first_drawn if SUBSET.match(f)}
    if not SUBSET.match(font):
        return bool(subsets) and len(subsets) == len(set(first_drawn) - {font})
    same = [f for f in subsets if base_font(f) == base]
    if all(COUNTER_TAG.match(f) for f in same):
        # Tags counted up by one writer (Skia's "AAAAAA+", "BAAAAA+", ...: a subset per weight,
        # fallback and print header): one program's subsets, not a second program's.
        return False
    return any(f != font and first_drawn[f] < first_drawn[font] for f in same)


def _pair_traced(
    lower: dict[str, Any], upper: dict[str, Any], first_drawn: dict[str, int], page_fonts: set[str]
) -> bool:
    if bool(upper.get("form")) != bool(lower.get("form")):
        # A form drawing its text in a font subset the page's own stream draws in too is the
        # producer's: one embedding of a font is one writer's (Chromium draws a semi-transparent
        # seal, a Japanese hanko over the invoice number, as a form). An overlay brings its fonts.
        inner = (upper if upper.get("form") else lower)["font"]
        if not (SUBSET.match(inner) and inner in page_fonts):
            return True
    return _foreign_font(upper["font"], first_drawn)


@implements("I210")
def _overlaps(page: dict[str, Any], chars: list[dict[str, Any]], traced: bool) -> list[Sign]:
    """Different glyphs overlapping, drawn apart, with a trace of a second writer (`traced`: the
    file's or the page's; else the pair's own)."""
    by_order = sorted(chars, key=lambda c: c["order"])
    ranks = {id(c): i for i, c in enumerate(by_order)}
    chars = [{**c, "rank": ranks[id(c)]} for c in chars]
    by_order = sorted(chars, key=lambda c: c["rank"])
    grid: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(chars):
        for gx in range(int(c["x0"] // 20), int(c["x1"] // 20) + 1):
            grid.setdefault((gx, int(c["top"] // 20)), []).append(i)
    hits: set[int] = set()
    first_drawn: dict[str, int] = {}
    for c in by_order:
        first_drawn.setdefault(c["font"], c["rank"])
    page_fonts = {c["font"] for c in chars if not c.get("form")}
    for cell in grid.values():
        for a_i, a in enumerate(cell):
            for b in cell[a_i + 1 :]:
                ca, cb = chars[a], chars[b]
                if (
                    ca["x1"] <= cb["x0"]
                    or cb["x1"] <= ca["x0"]
                    or ca["bottom"] <= cb["top"]
                    or cb["bottom"] <= ca["top"]
                ):
                    continue  # apart (most pairs of a cell): neither can be inside the other
                if (
                    ca["text"] == cb["text"]
                    and abs(ca["x0"] - cb["x0"]) < 1.5
                    and ca["font"] == cb["font"]
                    and abs(ca["size"] - cb["size"]) < 0.05
                ):
                    continue  # the same glyph drawn twice: fake bold, not an edit
                if (_inside(ca, cb, 0.5) or _inside(cb, ca, 0.5)) and not _same_pass(
                    ca, cb, by_order
                ):
                    lower, upper = sorted((ca, cb), key=lambda c: c["rank"])
                    if traced or _pair_traced(lower, upper, first_drawn, page_fonts):
                        hits.update((a, b))
    if len(hits) < 2:
        return []
    boxes = [chars[i] for i in hits]
    bbox = (
        min(c["x0"] for c in boxes),
        min(c["top"] for c in boxes),
        max(c["x1"] for c in boxes),
        max(c["bottom"] for c in boxes),
    )
    text = "".join(c["text"] for c in sorted(boxes, key=lambda c: (c["order"], c["x0"])))[:60]
    return [("I210", {"text": text}, page["number"], bbox)]


AMOUNT = re.compile(r"^[$¥￥€£]?\d[\d,]*(?:\.\d+)?$")


# Designs set a currency sign in another font, size or weight than its digits (a smaller grey
# "€", a regular "£" before a bold total, "￥" from the CJK font the Latin font falls back to) and
# cents as superscript: measured on Chromium and WeasyPrint invoices, each fired on every amount.
# An edit that retypes digits leaves digits of one amount in two fonts or sizes: only digits are
# compared, and cents smaller than the units, all in one size, are a design.
@implements("I208")
def _mixed_amount_fonts(page: dict[str, Any], lines: list[Line]) -> list[Sign]:
    signs: list[Sign] = []
    for line in lines:
        for w in line.words:
            if not AMOUNT.match(w.text) or len(w.text) < 2:
                continue
            # one font and size per character; if they do not line up, every glyph counts
            shown = w.text if len(w.text) == len(w.fonts) == len(w.sizes) else "0" * len(w.fonts)
            digits = [g for g in zip(shown, w.fonts, w.sizes, strict=False) if g[0].isdigit()]
            fonts = {base_font(f) for _c, f, _z in digits}
            if len(fonts) > 1 or _mixed_sizes(w.text, digits):
                signs.append(
                    (
                        "I208",
                        {
                            "text": w.text,
                            "fonts": ", ".join(sorted({base_font(f) for f in w.fonts})),
                        },
                        page["number"],
                        (w.x0, w.top, w.x1, w.bottom),
                    )
                )
    return signs


def _mixed_sizes(text: str, digits: list[tuple[str, str, float]]) -> bool:
    sizes = [round(z, 1) for _c, _f, z in digits if z]
    if not sizes or max(sizes) - min(sizes) <= 0.6:
        return False
    cents = len(text) - text.rfind(".") - 1 if "." in text else 0
    units, fraction = sizes[: len(sizes) - cents], sizes[len(sizes) - cents :]
    # "1,234⁵⁶": the units in one size, the cents in one smaller size
    return not (
        cents
        and units
        and max(units) - min(units) <= 0.6
        and max(fraction) - min(fraction) <= 0.6
        and max(fraction) < min(units)
    )


def image_signs(facts: dict[str, Any]) -> list[Sign]:
    from reinstate.invoices.imaging import quiet_regions

    image = facts.get("image") or {}
    signs: list[Sign] = []
    software = image.get("software") or ""
    m = EDITORS.search(software)
    if m:
        signs.append(("I203", {"software": m.group(0)}, None, None))
    quiet = [] if image.get("earlier_save") else quiet_regions(image.get("noise") or {})
    for box in quiet[:5]:
        signs.append(("I213", {}, 1, _region(box)))
    return signs + pixel_signs(image, 1, image.get("noise") or {})


def _two_prints(pair: dict[str, Any], noise: dict[str, Any]) -> bool:
    """Two glyphs (I224's closest pair) that differ by as much as two draws of the page's grain
    do: the same character printed twice and captured once, each copy with its own noise (mean
    squared difference about twice the grain's variance; the grain is the noise map's median
    paper noise). A small digit on a fine, quiet scan, printed twice on one sub-pixel phase,
    stands out from the page's other pairs by its shape alone (a genuine PNG scan's two "1"s,
    14.6 at a grain of 1.47). A copy carries its source's grain (0-5 on the outside sets' clones
    and typed values, at most 1.2 times the grain's variance). On a JPEG saved below 80 the
    noise map measures no grain (`_coarse_jpeg`): there the save's own blocks make two prints of
    a small glyph alike, and a pair differing by `COARSE_PRINTS` or more is two prints (two
    genuine copier scans at 68 and 75 in a PDF: 75 and 233; copies re-saved, typed at 70 and
    cloned at 84-87, 0-21)."""
    difference = float(pair.get("difference") or 0)
    if _coarse_jpeg(noise):
        return difference >= COARSE_PRINTS
    grain = float(noise.get("median") or 0)
    return grain > 0 and difference >= TWO_DRAWS * grain * grain


def _coarse_jpeg(noise: dict[str, Any]) -> bool:
    """The noise map left the page unmeasured for its JPEG quality (`imaging.noise_map`)."""
    return str(noise.get("skipped") or "").startswith("jpeg quality")


def _white_paper(noise: dict[str, Any]) -> bool:
    """The page's paper is white everywhere, without a grain to measure (`imaging.noise_map`
    found no paper below white and skipped nothing): a screenshot, a page rendered from a
    file, a bi-level fax."""
    return "median" in noise and not noise.get("skipped") and not noise.get("median")


def _ratio(measures: dict[str, float], key: str) -> str:
    value = measures.get(key)
    return "-" if value is None else f"{value:.2f}"


def _region(box: Any) -> tuple[float, float, float, float]:
    """A map's box (numpy or JSON numbers) as the four floats a finding's mark holds."""
    return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))


@implements("I261")
def lighter_digit_signs(maps: dict[str, Any], page: int) -> list[Sign]:
    """A digit whose ink is lighter than the rest of its number (`image_glyph_ink`): one
    marked, the lightest."""
    return [
        ("I261", {"ink": f"{float(glyph['ink']):.2f}"}, page, _region(glyph["box"]))
        for glyph in (maps.get("lighter_digits") or [])[:1]
    ]


@implements("I262")
def copied_text_signs(maps: dict[str, Any], page: int) -> list[Sign]:
    """A word whose glyphs pair with another word's at one shift, far closer than two prints
    of the page (`image_copied_text`): the copy marked, its twin named."""
    return [
        (
            "I262",
            {
                "source": ",".join(str(round(v)) for v in run["source"]),
                "pairs": int(run["pairs"]),
            },
            page,
            _region(run["copy"]),
        )
        for run in (maps.get("copied_text") or [])[:1]
    ]


# Two independent draws of a grain of variance v differ by 2v in mean square (`_two_prints`).
TWO_DRAWS = 2.0
# Mean squared difference from which two glyphs of a coarse JPEG are two prints (`_two_prints`).
COARSE_PRINTS = 40.0
# What a word's ink says (`image_lines`: lighter, softer) and a render's style explains.
STYLED = ("light", "soft")


@implements(
    "I216", "I217", "I218", "I219", "I220", "I221", "I222", "I223", "I224", "I225", "I226", "I260"
)
def pixel_signs(maps: dict[str, Any], page: int, noise: dict[str, Any] | None = None) -> list[Sign]:
    """The image-edit signs of one scanned page from its maps (`image_edits.judge`): a JPG/PNG
    file's, or a PDF page's that is one scan; `noise`: the page's `imaging.noise_map`. On white
    paper (`_white_paper`) a word's lighter or softer ink is no sign (I221): a renderer draws
    each word in the colour its style gives it (a web portal's grey labels beside black values),
    not through a scanner's ink and blur; a word of another height still is."""
    noise = noise or {}
    white_paper = _white_paper(noise)
    signs: list[Sign] = []
    for region in (maps.get("tone") or {}).get("regions", [])[:3]:
        box = region["box"]
        signs.append(
            (
                "I218",
                {"step": f"{abs(float(region['step'])):.1f}"},
                page,
                _region(box),
            )
        )
    # A patch of one flat level lacks the page's grain as a quiet region does (I213).
    signs += [("I213", {}, page, _region(box)) for box in (maps.get("flat") or [])[:2]]
    signs += [("I226", {}, page, _region(box)) for box in (maps.get("grey_text") or [])[:2]]
    signs += [
        ("I260", {"share": f"{float(run['share']):.2f}"}, page, _region(run["box"]))
        for run in (maps.get("sharp") or [])[:1]
    ]
    signs += lighter_digit_signs(maps, page)
    signs += copied_text_signs(maps, page)
    for box in (maps.get("ela") or [])[:3]:
        signs.append(("I216", {}, page, _region(box)))
    for region in maps.get("resaved") or []:
        box = region["box"]
        signs.append(
            (
                "I223",
                {"times": f"{float(region['times']):.1f}"},
                page,
                _region(box),
            )
        )
    for clone in (maps.get("clones") or [])[:3]:
        src = clone["source"]
        signs.append(
            (
                "I219" if clone.get("copied_noise") else "I217",
                {"source": ",".join(str(round(v)) for v in src), "pairs": int(clone["pairs"])},
                page,
                _region(clone["copy"]),
            )
        )
    for pair in [p for p in maps.get("identical") or [] if not _two_prints(p, noise)][:1]:
        signs.append(
            (
                "I224",
                {"source": ",".join(str(round(v)) for v in pair["source"])},
                page,
                _region(pair["copy"]),
            )
        )
    lines = maps.get("lines") or {}
    signs += [
        (
            "I221",
            {
                "height": _ratio(word["measures"], "height"),
                "ink": _ratio(word["measures"], "dark"),
                "sharpness": _ratio(word["measures"], "sharp"),
            },
            page,
            _region(word["box"]),
        )
        for word in lines.get("edits", [])[:2]
        if not (white_paper and word.get("what") in STYLED)
    ]
    signs += [
        ("I225", {"tilt": f"{float(run['tilt']):+.1f}"}, page, _region(run["box"]))
        for run in lines.get("level", [])[:1]
    ]
    limited = maps.get("limited")
    if limited:
        quality, light = limited.get("quality"), limited.get("light")
        signs.append(
            (
                "I222",
                {
                    "quality": "-" if quality is None else str(quality),
                    "light": "-" if light is None else f"{float(light):.2f}",
                },
                page,
                None,
            )
        )
    # The note marks what the editing sign does not already mark.
    marked = [w["box"] for w in lines.get("edits", [])[:2]]
    for word in [w for w in lines.get("words", []) if w["box"] not in marked][:2]:
        measures = word.get("measures") or {}
        offset = measures.get("baseline")
        signs.append(
            (
                "I220",
                {
                    "height": _ratio(measures, "height"),
                    "baseline": "-" if offset is None else f"{offset:+.1f}",
                    "stroke": _ratio(measures, "stroke"),
                    "ink": _ratio(measures, "tone"),
                    "sharpness": _ratio(measures, "sharp"),
                },
                page,
                _region(word["box"]),
            )
        )
    return signs
