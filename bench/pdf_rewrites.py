"""Full rewrites of a PDF through pikepdf/qpdf or pypdf: a value replaced in a page's content
stream and the file saved whole (no incremental revision), against the same tools touching a
genuine file without changing its pages (merge, split, stamp, linearize, compress, metadata).

    PYTHONPATH=src python bench/pdf_rewrites.py [--with-outside]

Bases are made here (fpdf2, ReportLab canvas and platypus, WeasyPrint, all core fonts or the
default font); --with-outside adds two genuine Chromium and two LibreOffice files of
bench/independent/invoices5 (copied from main) as bases. Prints, per variant, the edits found
and the genuine files flagged (a sign whose rule is tagged "altered").
"""

from __future__ import annotations

import io
import re
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pikepdf

LINES = [
    "ACME Trading Ltd",
    "12 High Street, Leeds LS1 1AA",
    "INVOICE",
    "Invoice No: INV-2041   Invoice Date: 2026-03-05",
    "Widget A   10 x 12.50   125.00",
    "Widget B   4 x 20.00   80.00",
    "Subtotal 205.00",
    "VAT 20% 41.00",
    "Total GBP 246.00",
]


def make_fpdf2() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in LINES:
        align = "R" if line[-1].isdigit() else "L"
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT", align=align)
    return bytes(pdf.output())


def make_rl_canvas() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(LINES):
        c.drawString(50, 800 - 16 * i, line)
    c.showPage()
    c.save()
    return out.getvalue()


def make_rl_platypus() -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    out = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    rows = [["Widget A", "10", "12.50", "125.00"], ["Total", "", "", "246.00"]]
    flow = [Paragraph(line, style) for line in LINES[:4]]
    SimpleDocTemplate(out).build([*flow, Table(rows, style=[("ALIGN", (1, 0), (-1, -1), "RIGHT")])])
    return out.getvalue()


def make_weasyprint() -> bytes:
    import weasyprint

    body = "".join(f"<p>{line}</p>" for line in LINES)
    return weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def outside_bases() -> dict[str, bytes]:
    import json

    here = Path(__file__).resolve().parent / "independent" / "invoices5"
    out: dict[str, bytes] = {}
    for line in (here / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        kind = label.get("producer")
        wanted = kind in ("html_chromium", "docx_soffice") and label["pages"] == 1
        if label["genuine"] and wanted and sum(k.startswith(kind) for k in out) < 2:
            out[f"{kind}_{label['file']}"] = (here / "files" / label["file"]).read_bytes()
    return out


# --------------------------------------------------------------------------- edits


def _changed(data: bytes) -> bytes:
    """One digit of the page's text changed: in a literal string when there is one, otherwise
    one hex digit of a glyph code (subset fonts)."""
    m = re.search(rb"\(([^()\\]*?)(\d)([^()\\]*)\)\s*Tj", data) or re.search(
        rb"\(([^()\\]*?)(\d)([^()\\]*)\)", data
    )
    if m:
        digit = m.start(2)
        new = b"3" if data[digit : digit + 1] != b"3" else b"4"
        return data[:digit] + new + data[digit + 1 :]
    # A glyph code swapped for another the page already draws: the subset has both.
    codes = re.findall(rb"<([0-9a-fA-F]{4,})>", data)
    glyphs = sorted({g[i : i + 4] for g in codes for i in range(0, len(g) - 3, 4)})
    if len(glyphs) < 2:
        raise ValueError("no text to change")
    at = data.index(b"<" + codes[0]) + 1
    first = data[at : at + 4]
    other = next(g for g in glyphs if g != first)
    return data[:at] + other + data[at + 4 :]


def _main_stream(page: Any) -> Any:
    contents = page.obj.Contents
    if isinstance(contents, pikepdf.Array):
        return max(contents, key=lambda s: len(s.read_bytes()))
    return contents


def edit(data: bytes, how: str, save: dict[str, Any], xmp: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    page = pdf.pages[0]
    stream = _main_stream(page)
    new = _changed(stream.read_bytes())
    if how == "make_stream":
        page.obj.Contents = pdf.make_stream(new)
    elif how == "write_plain":
        stream.write(new)
    elif how.startswith("write_zlib"):
        level = int(how[-1])
        stream.write(zlib.compress(new, level), filter=pikepdf.Name.FlateDecode)
    _metadata(pdf, xmp)
    out = io.BytesIO()
    pdf.save(out, **save)
    return out.getvalue()


def _metadata(pdf: Any, xmp: str) -> None:
    """ "xmp": the modification date set back to the invoice's day; "xmp_now": set to the day the
    script runs; "xmp_plain": left out; "xmp_no_editor": set back, pikepdf not named."""
    if xmp == "none":
        return
    with pdf.open_metadata(set_pikepdf_as_editor=xmp != "xmp_no_editor") as meta:
        if xmp == "xmp_now":
            meta["xmp:ModifyDate"] = datetime.now(UTC).isoformat()
        elif xmp != "xmp_plain":
            meta["xmp:ModifyDate"] = "2026-03-06T10:00:00+00:00"


SAVES: dict[str, dict[str, Any]] = {
    "default": {},
    "uncompressed": {"compress_streams": False},
    "objstm": {"object_stream_mode": pikepdf.ObjectStreamMode.generate},
    "objstm_preserve": {"object_stream_mode": pikepdf.ObjectStreamMode.preserve},
    "static_id": {"static_id": True},
    "deterministic_id": {"deterministic_id": True},
    "linearize": {"linearize": True},
}


def edits(base: bytes) -> dict[str, bytes]:
    out = {}
    for save, kw in SAVES.items():
        for xmp in ("none", "xmp", "xmp_now", "xmp_no_editor"):
            out[f"make_stream/{save}/{xmp}"] = edit(base, "make_stream", kw, xmp)
    for how in ("write_plain", "write_zlib6", "write_zlib9"):
        for xmp in ("none", "xmp"):
            out[f"{how}/default/{xmp}"] = edit(base, how, {}, xmp)
    return out


# --------------------------------------------------------------------------- genuine


def _saved(pdf: Any, **kw: Any) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **kw)
    return out.getvalue()


def genuine(base: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for save, kw in SAVES.items():
        for xmp in ("none", "xmp_plain", "xmp_now"):
            pdf = pikepdf.open(io.BytesIO(base))
            _metadata(pdf, xmp)
            out[f"resave/{save}/{xmp}"] = _saved(pdf, **kw)
    pdf = pikepdf.open(io.BytesIO(base))
    out["resave/recompress_flate/none"] = _saved(pdf, recompress_flate=True)
    # The sources stay open until the save: pikepdf copies their objects then.
    sources = [pikepdf.open(io.BytesIO(base)) for _ in range(3)]
    merged = pikepdf.new()
    for source in sources[:2]:
        merged.pages.extend(source.pages)
    out["merge_pikepdf"] = _saved(merged)
    split = pikepdf.new()
    split.pages.append(sources[2].pages[0])
    out["split_pikepdf"] = _saved(split)
    pdf = pikepdf.open(io.BytesIO(base))
    pikepdf.Page(pdf.pages[0]).add_overlay(_stamp_page(pdf))
    out["stamp_overlay"] = _saved(pdf)
    pdf = pikepdf.open(io.BytesIO(base))
    pdf.pages[0].contents_coalesce()
    out["contents_coalesce"] = _saved(pdf)
    out.update(_pypdf(base))
    return out


def _stamp_page(pdf: Any) -> Any:
    stamp = pikepdf.new()
    stamp.add_blank_page(page_size=(595, 842))
    page = stamp.pages[0]
    font = stamp.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helv")
    )
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F9=font))
    page.obj.Contents = stamp.make_stream(b"BT /F9 24 Tf 400 780 Td (PAID) Tj ET")
    return pdf.copy_foreign(page.obj)


def _pypdf(base: bytes) -> dict[str, bytes]:
    from pypdf import PdfReader, PdfWriter

    out = {}
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(base)))
    writer.append(PdfReader(io.BytesIO(base)))
    buf = io.BytesIO()
    writer.write(buf)
    out["merge_pypdf"] = buf.getvalue()
    stamp = PdfReader(io.BytesIO(_saved(pikepdf_stamp_doc()))).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(base)))
    writer.pages[0].merge_page(stamp)
    buf = io.BytesIO()
    writer.write(buf)
    out["stamp_pypdf"] = buf.getvalue()
    return out


def pikepdf_stamp_doc() -> Any:
    doc = pikepdf.new()
    doc.add_blank_page(page_size=(595, 842))
    doc.pages[0].obj.Contents = doc.make_stream(b"0 0 1 RG 400 780 m 560 780 l S")
    return doc


# --------------------------------------------------------------------------- judging


def judge(files: dict[str, bytes]) -> dict[str, list[str]]:
    from reinstate.invoices import forensics
    from reinstate.invoices.reader import read_facts
    from reinstate.rules.registry import load_registry

    altered = {rule.code for rule in load_registry() if "altered" in (rule.tags or ())}
    out = {}
    for name, data in files.items():
        facts = read_facts(data, ocr=False)
        out[name] = sorted({s[0] for s in forensics.pdf_signs(facts, None, {})} & altered)
    return out


def main(argv: list[str]) -> int:
    bases: dict[str, Callable[[], bytes] | bytes] = {
        "fpdf2": make_fpdf2,
        "rl_canvas": make_rl_canvas,
        "rl_platypus": make_rl_platypus,
        "weasyprint": make_weasyprint,
    }
    if "--with-outside" in argv:
        bases.update(outside_bases())
    totals = {"edit": [0, 0], "genuine": [0, 0]}
    for name, make in bases.items():
        base = make() if callable(make) else make
        for kind, files in (("edit", edits(base)), ("genuine", genuine(base))):
            codes = judge(files)
            hit = [v for v, c in codes.items() if c]
            totals[kind][0] += len(hit)
            totals[kind][1] += len(codes)
            label = "edits found" if kind == "edit" else "genuine flagged"
            print(f"{name}: {label} {len(hit)}/{len(codes)}")
            for variant, c in codes.items():
                if c:
                    print(f"    {variant} {c}")
    print(f"all: edits found {totals['edit'][0]}/{totals['edit'][1]}, ", end="")
    print(f"genuine flagged {totals['genuine'][0]}/{totals['genuine'][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
