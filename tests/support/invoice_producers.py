"""More genuine producers: fpdf2, Ghostscript, LibreOffice Calc, a phone photo made into a PDF,
files merged or stamped by common tools, an annotation saved right after the file was made, and
a portal that builds the PDF again when it is downloaded years later.

Each `make_*` takes an invoice Spec and when the file is made, and returns the file's bytes.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from support import invoice_corpus as corpus


def _pdf_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def make_fpdf(spec: Any, created: datetime) -> bytes:
    from fpdf import FPDF

    lab = corpus._labels(spec)
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_creation_date(created)
    pdf.set_creator("Invoice Ninja 5.8")
    pdf.set_title(f"{spec.title} {spec.number}")
    if spec.lang in ("zh", "ja"):
        pdf.add_font("cjk", "", corpus.CJK_FONT)
        pdf.add_font("cjk", "B", corpus.CJK_FONT)
        family = "cjk"
    else:
        pdf.add_font("dejavu", "", corpus.LATIN_TTF)
        pdf.add_font("dejavu", "B", corpus.LATIN_TTF.replace("Sans.ttf", "Sans-Bold.ttf"))
        family = "dejavu"
    pdf.add_page()
    pdf.set_font(family, "B", 18)
    pdf.set_xy(300, 40)
    pdf.cell(245, 20, spec.title, align="R")
    pdf.set_font(family, "", 10)
    pdf.set_xy(300, 64)
    pdf.cell(245, 12, f"{lab['no']}{spec.number}", align="R")
    pdf.set_xy(300, 78)
    pdf.cell(245, 12, f"{lab['date']}{corpus._date_text(spec)}", align="R")
    y = 40.0
    for i, text in enumerate(corpus._supplier_lines(spec)):
        pdf.set_font(family, "B" if i == 0 else "", 12 if i == 0 else 10)
        pdf.set_xy(50, y)
        pdf.cell(240, 12, text)
        y += 15 if i == 0 else 12.5
    y += 14
    buyer_head = lab["buyer"] if spec.lang != "zh" else "购买方"
    pdf.set_font(family, "B", 10)
    pdf.set_xy(50, y)
    pdf.cell(240, 12, buyer_head)
    pdf.set_font(family, "", 10)
    y += 13
    for text in [spec.buyer, *spec.buyer_address]:
        pdf.set_xy(50, y)
        pdf.cell(240, 12, text)
        y += 12.5
    y += 18
    widths = [200, 90, 50, 80, 75]
    heads = [lab["desc"], lab["model"], lab["qty"], lab["unit"], lab["amount"]]
    pdf.set_font(family, "B", 9)
    pdf.set_xy(50, y)
    for w, h, align in zip(widths, heads, "LLRRR", strict=True):
        pdf.cell(w, 14, h, border="B", align=align)
    y += 18
    pdf.set_font(family, "", 9)
    for desc, code, qty, price in spec.items:
        pdf.set_xy(50, y)
        cells = [
            desc,
            code,
            str(qty),
            corpus._money(price, spec),
            corpus._money(round(qty * price, 2), spec),
        ]
        for w, text, align in zip(widths, cells, "LLRRR", strict=True):
            pdf.cell(w, 13, text, align=align)
        y += 14
    y += 8
    rows = [(lab["subtotal"], spec.subtotal)]
    if spec.tax_rate:
        rows.append((lab["tax"] if spec.lang != "en" else "Tax", spec.tax))
    rows.append((lab["total"] if spec.lang != "en" else "Total", spec.total))
    for label, value in rows:
        pdf.set_xy(300, y)
        pdf.cell(170, 13, f"{label}:", align="R")
        pdf.cell(75, 13, corpus._money(value, spec), align="R")
        y += 14
    out = pdf.output()
    return bytes(out)


def ghostscript_available() -> bool:
    return shutil.which("gs") is not None


def make_ghostscript(spec: Any, created: datetime) -> bytes:
    """A reportlab invoice re-distilled by Ghostscript, as print-to-PDF drivers and some ERP
    systems do: a new file layout, fonts re-subset, /Producer 'GPL Ghostscript'."""
    src = corpus.make_reportlab(spec, created)
    with tempfile.TemporaryDirectory(prefix="reinstate-gs-") as tmp:
        a, b = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf"
        a.write_bytes(src)
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                "-dCompatibilityLevel=1.5",
                f"-sOutputFile={b}",
                str(a),
            ],
            capture_output=True,
            timeout=60,
            check=True,
            # The supplier's system distils when it issues the invoice: its clock, not ours.
            env={**os.environ, "SOURCE_DATE_EPOCH": str(int(created.timestamp()))},
        )
        return b.read_bytes()


def _calc_export(sources: list[str], suffix: str, infilter: list[str]) -> list[bytes]:
    """One LibreOffice Calc start exports every source sheet to PDF, in order."""
    with tempfile.TemporaryDirectory(prefix="reinstate-calc-") as tmp:
        paths = []
        for i, source in enumerate(sources):
            path = Path(tmp) / f"inv{i}{suffix}"
            path.write_text(source, encoding="utf-8")
            paths.append(path)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{Path(tmp) / 'profile'}",
                "--headless",
                *infilter,
                "--convert-to",
                "pdf:calc_pdf_Export",
                "--outdir",
                tmp,
                *map(str, paths),
            ],
            capture_output=True,
            timeout=240,
            check=True,
        )
        return [(Path(tmp) / f"inv{i}.pdf").read_bytes() for i in range(len(sources))]


def make_calc_batch(specs: list[Any]) -> list[bytes]:
    """Invoices kept as spreadsheets and exported by LibreOffice Calc (one start for all)."""
    html = [corpus.invoice_html(spec) for spec in specs]
    return _calc_export(html, ".html", ["--infilter=HTML (StarCalc)"])


def make_phone_photo(spec: Any, created: datetime, seed: int = 0) -> bytes:
    """A phone photo of the printed invoice (tilted, unevenly lit, JPEG) saved as a PDF."""
    import numpy as np
    from PIL import Image

    page = corpus.rasterise(corpus.make_reportlab(spec, created), dpi=150, seed=seed)
    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(-2.5, 2.5))
    photo = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=120)
    arr = np.asarray(photo, dtype=np.float32)
    h, w = arr.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.85 + 0.15 * (xx / w) * (1 - 0.3 * yy / h)  # light from one side
    arr = np.clip(arr * light, 0, 255).astype("uint8")
    jpeg = io.BytesIO()
    Image.fromarray(arr).convert("RGB").save(jpeg, format="JPEG", quality=88)
    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg.getvalue())).save(out, format="PDF", resolution=150.0)
    return out.getvalue()


def make_merged(spec: Any, created: datetime) -> bytes:
    """The invoice and its terms page merged into one file by pypdf (as sellers and accounting
    tools do): a genuine invoice in a file another program wrote."""
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    terms = io.BytesIO()
    c = canvas.Canvas(terms)
    c.drawString(60, 760, "General terms of sale")
    c.save()
    writer = PdfWriter()
    writer.append(io.BytesIO(corpus.make_reportlab(spec, created)))
    writer.append(io.BytesIO(terms.getvalue()))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_stamped(spec: Any, created: datetime) -> bytes:
    """A 'PAID' stamp drawn onto the page by pypdf's merge_page (the accounts team's stamp)."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    stamp = io.BytesIO()
    c = canvas.Canvas(stamp)
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setFont("Helvetica-Bold", 28)
    c.drawString(380, 120, "PAID")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(corpus.make_reportlab(spec, created))))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(stamp.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_annotated_fresh(spec: Any, created: datetime) -> bytes:
    """The supplier's system adds a highlight to the file it has just written, saving it
    incrementally a minute later: two revisions, same text."""
    from pypdf import PdfWriter
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject

    base = corpus.make_reportlab(spec, created)
    writer = PdfWriter(io.BytesIO(base), incremental=True)
    rect = (50.0, 700.0, 250.0, 716.0)
    quad = ArrayObject([FloatObject(v) for v in (50, 716, 250, 716, 50, 700, 250, 700)])
    writer.add_annotation(0, Highlight(rect=rect, quad_points=quad))
    writer.add_metadata({"/ModDate": _pdf_date(created + timedelta(minutes=1))})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_portal_download(spec: Any, created: datetime) -> bytes:
    """The marketplace portal builds the PDF again when it is downloaded, years later."""
    return corpus.make_reportlab(spec, created + timedelta(days=3 * 365))


SINGLE = {
    "fpdf2": make_fpdf,
    "ghostscript": make_ghostscript,
    "phone_pdf": make_phone_photo,
    "merged_pypdf": make_merged,
    "stamped_pypdf": make_stamped,
    "annotated_fresh": make_annotated_fresh,
    "portal_download": make_portal_download,
}


# A spreadsheet invoice whose description column is narrow with "wrap text automatically" on:
# long descriptions take two or three lines inside their cell, and Calc prints the row's other
# cells at the cell's bottom (its default vertical alignment), beside the description's last
# line. Written as a flat ODS file (column widths and cell styles as a user sets them).
_FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:number-style style:name="N2" number:language="{language}" number:country="{country}">
<number:number number:decimal-places="{places}" number:min-decimal-places="{places}"
 number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="cA" style:family="table-column">
<style:table-column-properties style:column-width="{desc}cm"/></style:style>
<style:style style:name="cB" style:family="table-column">
<style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="cN" style:family="table-column">
<style:table-column-properties style:column-width="3.4cm"/></style:style>
<style:style style:name="ro" style:family="table-row">
<style:table-row-properties style:use-optimal-row-height="true"/></style:style>
<style:style style:name="wrap" style:family="table-cell">
<style:table-cell-properties fo:wrap-option="wrap"/></style:style>
<style:style style:name="money" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="bold" style:family="table-cell">
<style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice">
<table:table-column table:style-name="cA"/><table:table-column table:style-name="cB"/>
<table:table-column table:style-name="cN" table:number-columns-repeated="3"/>
"""


_CALC_LOCALES = {
    "de": ("de", "DE"),
    "fr": ("fr", "FR"),
    "it": ("it", "IT"),
    "es": ("es", "ES"),
    "nl": ("nl", "NL"),
    "pl": ("pl", "PL"),
    "ja": ("ja", "JP"),
    "zh": ("zh", "CN"),
    "in": ("en", "IN"),
}


def calc_wrapped_fods(spec: Any) -> str:
    from html import escape

    lab = corpus._labels(spec)

    def text(value: str, style: str = "") -> str:
        styled = f' table:style-name="{style}"' if style else ""
        return (
            f'<table:table-cell office:value-type="string"{styled}>'
            f"<text:p>{escape(value)}</text:p></table:table-cell>"
        )

    def amount(value: float, style: str = "money") -> str:
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="float" '
            f'office:value="{value}"><text:p>{corpus._money(value, spec)}</text:p>'
            "</table:table-cell>"
        )

    def row(*cells: str) -> str:
        return f'<table:table-row table:style-name="ro">{"".join(cells)}</table:table-row>\n'

    empty = "<table:table-cell/>"
    rows = [row(text(spec.title, "bold"))]
    # label and value in one cell, running into the empty cells on its right
    rows.append(row(empty, empty, text(lab["no"] + spec.number)))
    rows.append(row(empty, empty, text(lab["date"] + corpus._date_text(spec))))
    rows += [row(text(t)) for t in corpus._supplier_lines(spec)]
    rows.append(row(text(lab["buyer"], "bold")))
    rows += [row(text(t)) for t in [spec.buyer, *spec.buyer_address]]
    rows.append(row(empty))
    heads = (lab["desc"], lab["model"], lab["qty"], lab["unit"], lab["amount"])
    rows.append(row(*(text(h, "bold") for h in heads)))
    for d, code, q, p in spec.items:
        rows.append(
            row(
                text(d, "wrap"),
                text(code),
                f'<table:table-cell office:value-type="float" office:value="{q}">'
                f"<text:p>{q}</text:p></table:table-cell>",
                amount(p),
                amount(round(q * p, 2)),
            )
        )
    rows.append(row(empty))
    totals = [(lab["subtotal"], spec.subtotal)]
    if spec.tax_rate:
        totals.append((lab["tax"] if spec.lang in corpus.LANGS else "Tax", spec.tax))
    total_label = lab["total"] if spec.lang in corpus.LANGS or spec.lang == "zh" else "Total"
    totals.append((f"{total_label} ({spec.currency})", spec.total))
    rows += [row(empty, empty, text(label), empty, amount(value)) for label, value in totals]
    # ~14 characters a line: "Stainless steel water bottle 750 ml" takes three lines
    desc = 2.8 if spec.lang not in ("zh", "ja") else 2.2
    # Amounts as Calc prints them in the supplier's locale: 1,234.56 / 1.234,56 / 1 234,56
    language, country = _CALC_LOCALES.get(spec.lang, ("en", "US"))
    head = _FODS_HEAD.replace("{language}", language).replace("{country}", country)
    return (
        head.replace("{desc}", str(desc)).replace("{places}", "0" if spec.lang == "ja" else "2")
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document>\n"
    )


def make_calc_wrapped_batch(specs: list[Any]) -> list[bytes]:
    """Spreadsheet invoices with wrapped item descriptions, exported by LibreOffice Calc."""
    return _calc_export([calc_wrapped_fods(spec) for spec in specs], ".fods", [])
