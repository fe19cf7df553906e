"""Genuine invoices that looked edited to the image and overlap signs (I210, I216, I217).

- `make_overflow_html`: an HTML invoice with narrow table cells whose long headers,
  descriptions and addresses overflow into the next cell, printed by WeasyPrint or Chromium.
  The overflowing text overlaps its neighbour's, all printed in one pass: what honest HTML/CSS
  layouts do.
- `make_picture_over_text`: a picture on a white ground placed over the buyer's name.
- `make_striped_rows`: white and grey row fills, a long letterhead name under the title.
- `make_page_scan`: a page full of repeated structures (the same glyphs many times, table rules,
  a repeated logo, a stamp) rendered from a PDF as a scanner would: lower resolution, a slight
  rotation, noise, then JPEG or PNG.
- `make_page_photo`: the same page photographed: perspective skew, uneven light, JPEG.

Latin and CJK scripts (the spec's language decides the labels and the font).
"""

from __future__ import annotations

import html
import io
from datetime import datetime
from typing import Any

from support import invoice_corpus as corpus

# Narrow columns and text that does not wrap: the header "Bezeichnung" is wider than its cell and
# runs into "Menge", a long description runs into the article number.
_HEADERS = {
    "de": ("#", "Bezeichnung", "Menge", "Preis", "USt.", "Gesamtbetrag"),
    "nl": ("#", "Omschrijving", "Aantal", "Prijs", "BTW", "Totaalbedrag"),
    "ja": ("#", "品名・仕様の詳細", "数量", "単価", "税率", "金額（税込）"),
    "zh": ("#", "货物或应税劳务名称", "数量", "单价", "税率", "金额（含税）"),
}
_LONG = {
    "de": "Edelstahl-Wasserflasche doppelwandig vakuumisoliert 750 ml mattschwarz",
    "nl": "Roestvrijstalen drinkfles dubbelwandig vacuümgeïsoleerd 750 ml matzwart",
    "ja": "ステンレス製真空断熱ウォーターボトル七百五十ミリリットル艶消し黒",
    "zh": "不锈钢双层真空保温水杯七百五十毫升哑光黑色礼盒装",
}


def overflow_html(spec: Any, created: datetime | None = None) -> str:
    e = html.escape
    lang = spec.lang if spec.lang in _HEADERS else "de"
    heads = _HEADERS[lang]
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{e(_LONG[lang] if i % 2 == 0 else d)}</td><td>{q}</td>"
        f"<td>{p:.2f}</td><td>19%</td><td>{q * p:.2f}</td></tr>"
        for i, (d, _code, q, p) in enumerate(spec.items)
    )
    address = " · ".join(e(t) for t in [spec.buyer, *spec.buyer_address])
    font = "WenQuanYi Micro Hei, DejaVu Sans" if lang in ("ja", "zh") else "DejaVu Sans"
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(spec.number)}</title>
<style>@page {{ size: A4; margin: 16mm }} body {{ font-family: {font}; font-size: 9.5pt }}
table {{ table-layout: fixed; width: 120mm; border-collapse: collapse }}
td, th {{ white-space: nowrap; overflow: visible; text-align: left; padding: 0 1pt }}
th {{ border-bottom: 1px solid #000 }}
col.n {{ width: 6mm }} col.d {{ width: 30mm }} col.s {{ width: 14mm }}
.addr {{ width: 60mm; white-space: nowrap }}</style></head><body>
<h1>{e(spec.title)} {e(spec.number)}</h1>
<table><tr><td class=addr>{address}</td><td>{e(spec.issued.isoformat())}</td></tr></table>
<table><colgroup><col class=n><col class=d><col class=s><col class=s><col class=s><col class=s>
</colgroup><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in heads)}</tr></thead>
<tbody>{rows}</tbody></table>
<p>{e(str(round(spec.total, 2)))} {spec.currency}</p></body></html>"""


def make_overflow_html(spec: Any, created: datetime, engine: str = "weasyprint") -> bytes:
    return print_html(overflow_html(spec, created), engine)


def print_html(page: str, engine: str = "weasyprint") -> bytes:
    """`page` printed to PDF by WeasyPrint or by Chromium's print to PDF (without its header)."""
    if engine == "chromium":
        exe = corpus.chromium_path()
        if exe is None:
            raise RuntimeError("chromium is not installed")
        import subprocess
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory(prefix="reinstate-overflow-") as tmp:
            src, dst = Path(tmp) / "i.html", Path(tmp) / "i.pdf"
            src.write_text(page, encoding="utf-8")
            subprocess.run(
                [exe, "--headless", *corpus.CHROMIUM_ARGS, "--no-pdf-header-footer",
                 f"--user-data-dir={Path(tmp) / 'p'}", f"--print-to-pdf={dst}", src.as_uri()],
                capture_output=True, timeout=120, check=True,
            )  # fmt: skip
            return dst.read_bytes()
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return bytes(HTML(string=page).write_pdf())


def _barcode_uri() -> str:
    import base64

    from PIL import Image

    # Transparent between the bars: Chromium then always paints the white ground under it (under
    # an opaque picture it sometimes leaves the ground out).
    bars = Image.new("RGBA", (108, 108), (255, 255, 255, 0))
    for x in range(0, 108, 9):
        bars.paste((0, 0, 0, 255), (x, 0, x + 4, 108))
    buf = io.BytesIO()
    bars.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def make_picture_over_text(spec: Any, engine: str = "chromium") -> bytes:
    """The corpus's HTML invoice with a code picture on a white ground, 80% opaque, placed over
    the start of the buyer's name: a browser paints the white ground, then the picture on the
    same box (an outside writer's e-fapiao template put its barcode there)."""
    page = corpus.invoice_html(spec)
    picture = (
        f'<img src="{_barcode_uri()}" style="position: absolute; width: 18mm; height: 18mm; '
        'background: #fff; opacity: .8; margin-top: -4mm">'
    )
    name = html.escape(spec.buyer)
    assert name in page
    return print_html(page.replace(name, picture + name, 1), engine)


def make_striped_rows(spec: Any, created: datetime) -> bytes:
    """A ReportLab invoice whose long supplier name runs under its large title (drawn after the
    letterhead) and whose item rows alternate white and grey fills, each drawn before its row's
    text: white boxes that cover no text, far from the overlap."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with corpus.source_date_epoch(created):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
        _, height = A4
        c.setFont("Helvetica", 12)
        c.drawString(40, height - 50, f"{spec.supplier} Manufacturing and Export Co., Ltd.")
        c.setFont("Helvetica", 9)
        for i, text in enumerate([*spec.supplier_address, spec.phone, spec.website]):
            c.drawString(40, height - 66 - 11 * i, text)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(320, height - 56, "COMMERCIAL INVOICE")
        c.setFont("Helvetica", 10)
        c.drawString(40, height - 130, f"Invoice No.: {spec.number}")
        c.drawString(40, height - 144, f"Date: {spec.issued.isoformat()}")
        c.drawString(40, height - 158, f"Bill To: {spec.buyer}")
        y = height - 200
        for i, (desc, code, qty, price) in enumerate(
            [("Description", "Model", "Qty", "Unit Price"), *spec.items]
        ):
            c.setFillGray(1.0 if i % 2 else 0.9)
            c.rect(40, y - 4, 532, 16, stroke=0, fill=1)
            c.setFillGray(0.0)
            amount = "Amount" if i == 0 else f"{qty * price:,.2f}"
            unit = price if i == 0 else f"{price:,.2f}"
            for x, text in ((44, desc), (260, code), (360, str(qty)), (420, str(unit))):
                c.drawString(x, y, text)
            c.drawRightString(568, y, amount)
            y -= 16
        total = sum(q * p for _, _, q, p in spec.items)
        c.drawRightString(568, y - 20, f"Total ({spec.currency}): {total:,.2f}")
        c.save()
        return buf.getvalue()


def repeated_page(spec: Any, created: datetime) -> bytes:
    """A PDF page full of repeated structures: a ruled table, the same glyphs in every row, a
    logo in the header and footer, a round stamp."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = corpus._rl_fontpair(spec)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    for y in (height - 60, 50):  # the same logo twice
        c.setLineWidth(2)
        c.rect(40, y, 36, 24)
        c.setFont(bold, 16)
        c.drawString(46, y + 6, "RX")
    c.setFont(bold, 16)
    c.drawString(90, height - 54, spec.title)
    c.setFont(regular, 10)
    c.drawString(380, height - 54, f"{spec.number}  {spec.issued.isoformat()}")
    top, row = height - 110, 18
    c.setLineWidth(0.6)
    for i in range(30):  # table rules and the same glyphs in every row
        y = top - i * row
        c.line(40, y, width - 40, y)
        d, code, q, p = spec.items[i % len(spec.items)]
        c.drawString(46, y - 13, f"{i + 1:02d}  {d[:28]}")
        c.drawString(300, y - 13, code)
        c.drawRightString(420, y - 13, f"{q}")
        c.drawRightString(490, y - 13, f"{p:,.2f}")
        c.drawRightString(width - 46, y - 13, f"{q * p:,.2f}")
    for x in (40, 290, 380, 440, 500, width - 40):
        c.line(x, top, x, top - 30 * row)
    c.setStrokeColorRGB(0.7, 0.1, 0.1)
    c.setLineWidth(2)
    c.circle(width - 110, 120, 40)
    c.circle(width - 110, 120, 34)
    c.save()
    return buf.getvalue()


def _page_image(spec: Any, created: datetime, seed: int, dpi: int) -> Any:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(repeated_page(spec, created))
    try:
        image = doc[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        doc.close()
    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(-1.2, 1.2))
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.resize((image.width * dpi // 300, image.height * dpi // 300), Image.LANCZOS)
    image = image.filter(ImageFilter.GaussianBlur(0.5))
    arr = np.asarray(image, dtype=np.float32) * 0.92 + 10 + rng.normal(0, 4.0, image.size[::-1])
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


def make_page_scan(spec: Any, created: datetime, seed: int = 0, fmt: str = "JPEG") -> bytes:
    image = _page_image(spec, created, seed, dpi=150 + 25 * (seed % 3))
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, format="PNG")
    else:
        image.save(out, format="JPEG", quality=85 + 5 * (seed % 2))
    return out.getvalue()


def make_page_photo(spec: Any, created: datetime, seed: int = 0) -> bytes:
    import numpy as np
    from PIL import Image

    page = _page_image(spec, created, seed, dpi=160)
    rng = np.random.default_rng(seed + 100)
    w, h = page.size
    d = [float(v) for v in rng.uniform(0.01, 0.05, 8) * (w, h, w, h, w, h, w, h)]
    corners = (d[0], d[1], w - d[2], d[3], w - d[4], h - d[5], d[6], h - d[7])
    photo = page.transform((w, h), Image.QUAD, corners, resample=Image.BICUBIC, fillcolor=110)
    arr = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.8 + 0.2 * (xx / w) * (1 - 0.4 * yy / h)
    out = io.BytesIO()
    Image.fromarray(np.clip(arr * light, 0, 255).astype("uint8")).save(
        out, format="JPEG", quality=88
    )
    return out.getvalue()


# Honest HTML/CSS layouts whose text overlaps other text far apart in the content stream: a
# "PAID" stamp placed absolutely, a fixed header repeated on every page, negative margins, line
# height below the font size, long words in narrow cells, floats, columns, rotated and
# letter-spaced text, ::before/::after content, page-margin boxes ("Page 1 of 2").
LAYERED_STYLES = (
    "stamp",
    "fixed_header",
    "negative_margin",
    "tight_lines",
    "long_words",
    "float",
    "columns",
    "rotated",
    "pseudo",
    "margin_boxes",
)


def layered_html(spec: Any, style: str) -> str:
    e = html.escape
    font = "WenQuanYi Micro Hei, DejaVu Sans" if spec.lang in ("ja", "zh") else "DejaVu Sans"
    rows = "".join(
        f"<tr><td class=d>{e(d)}</td><td>{e(code)}</td><td>{q}</td><td>{p:.2f}</td>"
        f"<td>{q * p:.2f}</td></tr>"
        for d, code, q, p in spec.items
    )
    css = {
        "stamp": ".stamp { position: absolute; top: 40mm; left: 60mm; font-size: 40pt; "
        "color: rgba(200,0,0,.5); transform: rotate(-15deg) }",
        "fixed_header": "header { position: fixed; top: 30mm; left: 0; font-size: 16pt; "
        "color: #999 } .filler { height: 200mm }",
        "negative_margin": "h2 { margin-top: -14pt; margin-left: 20mm }",
        "tight_lines": "p, td { line-height: 0.55 } body { font-size: 11pt }",
        "long_words": "table { table-layout: fixed; width: 90mm } td { width: 12mm; "
        "word-break: keep-all; overflow: visible }",
        "float": ".fl { float: right; width: 40mm; margin-top: -10mm; margin-left: -30mm; "
        "font-size: 14pt }",
        "columns": ".cols { columns: 3; column-gap: -10mm; white-space: nowrap }",
        "rotated": ".rot { position: absolute; top: 60mm; left: 20mm; "
        "transform: rotate(90deg); font-size: 18pt; letter-spacing: 6pt }",
        "pseudo": "h1::after { content: 'ORIGINAL'; position: absolute; left: 10mm; "
        "font-size: 30pt; color: #ccc } td.d::before { content: '●●●●'; "
        "position: absolute; margin-left: -2mm }",
        "margin_boxes": "@page { @top-right { content: 'Page ' counter(page) ' of ' "
        "counter(pages); font-size: 30pt; margin-top: 18mm } @top-left { content: 'Copy for "
        "the customer'; font-size: 24pt; margin-top: 18mm } }",
    }[style]
    extra = {
        "stamp": "<div class=stamp>PAID / BEZAHLT</div>",
        "fixed_header": f"<header>{e(spec.supplier)} · {e(spec.number)}</header>",
        "negative_margin": f"<h2>{e(spec.supplier)}</h2>",
        "float": f"<div class=fl>{e(spec.supplier)} {e(spec.number)}</div>",
        "columns": "<div class=cols>" + " ".join(e(t) for t in spec.buyer_address * 4) + "</div>",
        "rotated": "<div class=rot>ORIGINAL COPY</div>",
    }.get(style, "")
    filler = "<div class=filler></div><p>Page two</p>" if style == "fixed_header" else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(spec.number)}</title>
<style>@page {{ size: A4; margin: 16mm }} body {{ font-family: {font}; font-size: 10pt }}
{css}</style></head><body>
<h1>{e(spec.title)} {e(spec.number)}</h1>{extra}
<p>{e(spec.supplier)}<br>{e(spec.issued.isoformat())}<br>{e(spec.buyer)}</p>
<table>{rows}</table>
<p>Total {e(str(round(spec.total, 2)))} {spec.currency}</p>{filler}</body></html>"""


def make_layered_html(spec: Any, style: str) -> bytes:
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return bytes(HTML(string=layered_html(spec, style)).write_pdf())


# Genuine invoices captured badly, as sellers send them: a phone photo (perspective, a shadow
# across the page, uneven light, a small image, JPEG) and a cheap scan (low resolution, skewed,
# grey paper, heavy JPEG). The invoice itself is the corpus's reportlab invoice. The last two
# are harder (issue 20, a French phone photo and a Japanese low-quality JPEG scan called "not an
# invoice"): a photo taken at a steeper angle, out of focus, with a darker shadow and stronger
# compression; a 150 dpi scan saved as a JPEG of quality 30-40. The sixth (session 7, after the
# second independent writer's photos) is the sheet lying on a desk, three quarters of the frame,
# the desk all around it and the shadow across both: its edge and grain were read as letters.
CAPTURE_KINDS = (
    "phone_jpeg",
    "skewed_scan_jpeg",
    "lowres_scan_png",
    "phone_hard_jpeg",
    "lowq_scan_jpeg",
    "phone_desk_jpeg",
)


def make_capture(spec: Any, created: datetime, kind: str, seed: int = 0) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(corpus.make_reportlab(spec, created))
    try:
        page = doc[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        doc.close()
    phone = kind.startswith("phone")
    hard = kind in ("phone_hard_jpeg", "lowq_scan_jpeg")
    angle = float(rng.uniform(1.0, 2.5) * rng.choice([-1, 1]))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    w, h = page.size
    if phone:
        # a steeper angle: one side of the page further from the lens than the other
        d = [float(v) for v in rng.uniform(0.0, 0.1 if hard else 0.06, 8) * ((w, h) * 4)]
        if hard:
            d[4] += 0.05 * w  # lower right corner pulled in: keystone
            d[2] += 0.05 * w
        # PIL's QUAD: the source's upper-left, lower-left, lower-right, upper-right corners
        corners = (-d[0], -d[1], -d[6], h + d[7], w + d[4], h + d[5], w + d[2], -d[3])
        page = page.transform((w, h), Image.QUAD, corners, resample=Image.BICUBIC, fillcolor=90)
        if kind == "phone_desk_jpeg":
            share = float(rng.uniform(0.7, 0.82))
            sheet = page.resize((int(w * share), int(h * share)), Image.LANCZOS)
            desk = Image.new("L", (w, h), int(rng.integers(70, 130)))
            at = rng.uniform(0.3, 0.7, 2)
            desk.paste(sheet, (int((w - sheet.width) * at[0]), int((h - sheet.height) * at[1])))
            page = desk
        width = int(rng.integers(1100, 1300) if hard else rng.integers(1100, 1500))
    elif kind in ("skewed_scan_jpeg", "lowq_scan_jpeg"):
        width = int(w * 150 / 300)
    else:
        width = int(w * 110 / 300)
    page = page.resize((width, int(h * width / w)), Image.LANCZOS)
    blur = 1.1 if kind == "phone_hard_jpeg" else 0.7 if phone else 0.5
    page = page.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(page, dtype=np.float32)
    hh, ww = arr.shape
    yy, xx = np.mgrid[0:hh, 0:ww]
    if phone:
        light = 0.65 + 0.3 * (xx / ww) + 0.1 * (yy / hh)
        # the photographer's shadow: a darker band, soft-edged, over one side of the page
        edge = float(rng.uniform(0.15, 0.35)) * ww
        depth = 0.5 if hard else 0.35
        soft = 1 / (1 + np.exp(np.clip((xx - edge) / (ww * 0.02 if hard else 1e-3), -50, 50)))
        arr = arr * light * (1 - depth * soft) + 12
    else:
        arr = arr * 0.85 + 22
    arr += rng.normal(0, 6.0 if phone else 4.0, arr.shape)
    image = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
    out = io.BytesIO()
    if kind == "lowres_scan_png":
        image.save(out, format="PNG")
    elif kind == "lowq_scan_jpeg":
        image.save(out, format="JPEG", quality=int(rng.integers(30, 41)))
    elif kind == "phone_hard_jpeg":
        image.save(out, format="JPEG", quality=int(rng.integers(55, 70)))
    else:
        image.save(out, format="JPEG", quality=int(rng.integers(70, 86)))
    return out.getvalue()
