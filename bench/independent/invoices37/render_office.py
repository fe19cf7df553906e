"""Office documents: flat-ODS spreadsheets written by hand (commercial invoices, packing
lists, a price list, a Dutch Excel-style invoice), Word files via python-docx, all
printed to PDF by LibreOffice in one batch."""
import os, io, base64, html, shutil, glob
from xml.sax.saxutils import escape as X
from common import run, SOFFICE, BUILD, D

OFFICE = os.path.join(BUILD, "office")
os.makedirs(OFFICE, exist_ok=True)
LO_PROFILE = "-env:UserInstallation=file://" + os.path.join(BUILD, "lo_profile")


def soffice_convert(paths, outdir=OFFICE, fmt="pdf"):
    """Convert a batch of files with one LibreOffice start-up."""
    if not paths:
        return []
    run([SOFFICE, LO_PROFILE, "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir] + list(paths),
        timeout=600)
    outs = []
    for p in paths:
        o = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + "." + fmt.split(":")[0])
        if not os.path.exists(o):
            raise RuntimeError("soffice did not write " + o)
        outs.append(o)
    return outs


# ====================================================================== flat ODS

def C(v="", st="cell", span=1, f=None, rows=1):
    return dict(v=v, st=st, span=span, f=f, rows=rows)


class Sheet:
    def __init__(self, name, widths_cm, lang="en", country="US", landscape=False, font="Liberation Sans",
                 num_decimals=2, fit_width=True):
        self.name, self.widths, self.lang, self.country = name, widths_cm, lang, country
        self.rows = []  # (cells, height_cm)
        self.images = []
        self.landscape = landscape
        self.font = font
        self.fit_width = fit_width

    def row(self, cells=(), h=None):
        self.rows.append((list(cells), h))
        return len(self.rows)  # 1-based row number

    def image(self, png_bytes, row, col, w_cm, h_cm, dx_cm=0.0, dy_cm=0.0):
        self.images.append((png_bytes, row, col, w_cm, h_cm, dx_cm, dy_cm))

    STYLES = {
        # name: (font size, bold, bg, border, align, numfmt, wrap, color)
        "title": (16, True, None, None, "start", None, False, None),
        "title_c": (16, True, None, None, "center", None, False, None),
        "h2": (11, True, None, None, "start", None, False, None),
        "bold": (9, True, None, None, "start", None, False, None),
        "text": (9, False, None, None, "start", None, False, None),
        "small": (7.5, False, None, None, "start", None, False, "#444444"),
        "wrap": (9, False, None, None, "start", None, True, None),
        "right": (9, False, None, None, "end", None, False, None),
        "head": (8.5, True, "#d9e1ea", "0.5pt solid #000000", "center", None, True, None),
        "cell": (9, False, None, "0.5pt solid #000000", "start", None, True, None),
        "cell_c": (9, False, None, "0.5pt solid #000000", "center", None, False, None),
        "int": (9, False, None, "0.5pt solid #000000", "end", "N0", False, None),
        "num": (9, False, None, "0.5pt solid #000000", "end", "N2", False, None),
        "num3": (9, False, None, "0.5pt solid #000000", "end", "N3", False, None),
        "num4": (9, False, None, "0.5pt solid #000000", "end", "N4", False, None),
        "tot": (9.5, True, "#f2f2f2", "0.5pt solid #000000", "end", "N2", False, None),
        "tot_l": (9.5, True, "#f2f2f2", "0.5pt solid #000000", "start", None, False, None),
        "tot_int": (9.5, True, "#f2f2f2", "0.5pt solid #000000", "end", "N0", False, None),
        "numplain": (9, False, None, None, "end", "N2", False, None),
        "numbold": (10.5, True, None, None, "end", "N2", False, None),
    }

    def _styles_xml(self):
        out = [f'<number:number-style style:name="N0" number:language="{self.lang}" number:country="{self.country}"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
               f'<number:number-style style:name="N2" number:language="{self.lang}" number:country="{self.country}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
               f'<number:number-style style:name="N3" number:language="{self.lang}" number:country="{self.country}"><number:number number:decimal-places="3" number:min-decimal-places="3" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
               f'<number:number-style style:name="N4" number:language="{self.lang}" number:country="{self.country}"><number:number number:decimal-places="4" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>']
        for n, (sz, b, bg, bd, al, nf, wrap, col) in self.STYLES.items():
            tp = f'fo:font-size="{sz}pt" style:font-size-asian="{sz}pt"' + (' fo:font-weight="bold" style:font-weight-asian="bold"' if b else "")
            tp += f' style:font-name="F1" style:font-name-asian="F2" fo:language="{self.lang}" fo:country="{self.country}"'
            if col:
                tp += f' fo:color="{col}"'
            cp = ' style:vertical-align="middle"'
            if bg:
                cp += f' fo:background-color="{bg}"'
            if bd:
                cp += f' fo:border="{bd}"'
            if wrap:
                cp += ' fo:wrap-option="wrap"'
            dn = f' style:data-style-name="{nf}"' if nf else ""
            out.append(f'<style:style style:name="{n}" style:family="table-cell" style:parent-style-name="Default"{dn}>'
                       f'<style:table-cell-properties{cp}/><style:paragraph-properties fo:text-align="{al}"/>'
                       f'<style:text-properties {tp}/></style:style>')
        for i, w in enumerate(self.widths):
            out.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        hs = sorted({h for _, h in self.rows if h})
        for h in hs:
            out.append(f'<style:style style:name="ro{int(h * 100)}" style:family="table-row"><style:table-row-properties style:row-height="{h}cm" style:use-optimal-row-height="false"/></style:style>')
        out.append('<style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle1"><style:table-properties table:display="true"/></style:style>')
        out.append('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>')
        return "\n".join(out)

    def to_fods(self, path):
        W, H = ("29.7cm", "21cm") if self.landscape else ("21cm", "29.7cm")
        fit = ' style:scale-to-X="1" style:scale-to-Y="0"' if self.fit_width else ""
        body = []
        for ci in range(len(self.widths)):
            body.append(f'<table:table-column table:style-name="co{ci}"/>')
        imgs_by_row = {}
        for im in self.images:
            imgs_by_row.setdefault(im[1], []).append(im)
        for ri, (cells, h) in enumerate(self.rows, start=1):
            rs = f' table:style-name="ro{int(h * 100)}"' if h else ""
            body.append(f"<table:table-row{rs}>")
            col = 0
            for c in cells:
                attrs = f' table:style-name="{c["st"]}"'
                if c["span"] > 1 or c["rows"] > 1:
                    attrs += f' table:number-columns-spanned="{c["span"]}" table:number-rows-spanned="{c["rows"]}"'
                v = c["v"]
                inner = ""
                if c["f"]:
                    attrs += f' table:formula="of:={X(c["f"])}" office:value-type="float" office:value="{v}"'
                    inner = f"<text:p>{v}</text:p>"
                elif isinstance(v, (int, float, D)) and not isinstance(v, bool):
                    attrs += f' office:value-type="float" office:value="{v}"'
                    inner = f"<text:p>{v}</text:p>"
                elif v != "":
                    attrs += ' office:value-type="string"'
                    inner = "".join(f"<text:p>{X(str(line))}</text:p>" for line in str(v).split("\n"))
                # images anchored in this cell
                for (png, r_, c_, w, hh, dx, dy) in imgs_by_row.get(ri, []):
                    if c_ == col:
                        b64 = base64.b64encode(png).decode()
                        inner = (f'<draw:frame draw:style-name="gr1" draw:z-index="1" svg:width="{w}cm" svg:height="{hh}cm" '
                                 f'svg:x="{dx}cm" svg:y="{dy}cm"><draw:image><office:binary-data>{b64}</office:binary-data>'
                                 f'</draw:image></draw:frame>') + inner
                body.append(f"<table:table-cell{attrs}>{inner}</table:table-cell>")
                for _ in range(c["span"] - 1):
                    body.append("<table:covered-table-cell/>")
                col += c["span"]
            body.append("</table:table-row>")
        xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">Microsoft Excel export</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{self.font}'"/><style:font-face style:name="F2" svg:font-family="'WenQuanYi Micro Hei'"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F1" style:font-name-asian="F2" fo:language="{self.lang}" fo:country="{self.country}"/></style:style></office:styles>
<office:automatic-styles>{self._styles_xml()}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{W}" fo:page-height="{H}" style:print-orientation="{'landscape' if self.landscape else 'portrait'}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.3cm" fo:margin-right="1.3cm"{fit} style:print="charts drawings objects zero-values"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageStyle1" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{X(self.name)}" table:style-name="ta1">
{''.join(body)}
</table:table></office:spreadsheet></office:body></office:document>'''
        with open(path, "w", encoding="utf-8") as f:
            f.write(xml)
        return path


def col_letter(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


# ====================================================================== chop image for spreadsheets / Word

def chop_png(name, center="", bottom="", size=300, square=False, seed=0):
    import math, random
    from PIL import Image, ImageDraw, ImageFont
    from common import WQY_TTC
    rng = random.Random(seed or name)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (210, 30, 40, 225)
    m = 8
    if square:
        d.rectangle([m, m, size - m, size - m], outline=red, width=9)
    else:
        d.ellipse([m, m, size - m, size - m], outline=red, width=8)
        r = size / 2 - 44
        n = len(name)
        span = 240
        fs = int(min(40, 2 * math.pi * r * span / 360 / max(n, 1) * 0.95))
        f = ImageFont.truetype(WQY_TTC, fs)
        for i, ch in enumerate(name):
            a = math.radians(90 + span / 2 - (i + 0.5) * span / n)
            px, py = size / 2 + r * math.cos(a), size / 2 - r * math.sin(a)
            g = Image.new("RGBA", (fs + 8, fs + 8), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((4, 2), ch, font=f, fill=red)
            g = g.rotate(math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
            im.alpha_composite(g, (int(px - g.width / 2), int(py - g.height / 2)))
        fs2 = int(size * 0.2)
        f2 = ImageFont.truetype(WQY_TTC, fs2)
        d.text((size / 2, size / 2), "★", font=f2, fill=red, anchor="mm")
        if bottom:
            f3 = ImageFont.truetype(WQY_TTC, int(size * 0.08))
            d.text((size / 2, size * 0.76), bottom, font=f3, fill=red, anchor="mm")
    # uneven ink
    px = im.load()
    for _ in range(size * 30):
        x, y = rng.randrange(size), rng.randrange(size)
        r_, g_, b_, a_ = px[x, y]
        if a_:
            px[x, y] = (r_, g_, b_, int(a_ * rng.uniform(0.3, 0.9)))
    im = im.rotate(rng.uniform(-15, 15), resample=Image.BICUBIC)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def logo_png(text, color=(31, 78, 121), w=420, h=140):
    from PIL import Image, ImageDraw, ImageFont
    from common import DEJAVU_B
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([4, 14, h - 10, h - 14], 18, fill=color)
    ini = "".join(x[0] for x in text.split()[:2]).upper()
    d.text(((h - 6) / 2, h / 2), ini, font=ImageFont.truetype(DEJAVU_B, 52), fill="white", anchor="mm")
    d.text((h + 8, h / 2), text.split()[0], font=ImageFont.truetype(DEJAVU_B, 44), fill=color, anchor="lm")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


# ====================================================================== sheet layouts

def ci_sheet(doc, kind="invoice", formulas=True):
    """Bilingual commercial invoice / proforma / packing list of the seller's own factory."""
    s, b = doc["supplier"], doc["buyer"]
    pl = kind == "packing_list"
    widths = [1.0, 6.2, 2.3, 2.0, 1.5, 2.3, 2.7] if not pl else [1.0, 5.6, 1.5, 1.6, 1.9, 2.2, 2.2, 2.0]
    sh = Sheet("INVOICE" if not pl else "PACKING LIST", widths, lang="en", country="US", font="DejaVu Sans")
    n = len(widths)
    sh.row([C(s["name"], "title_c", n)], 0.9)
    sh.row([C(s["name_en"], "h2" if False else "bold", n)], 0.55)
    sh.rows[-1][0][0]["st"] = "bold"
    sh.row([C(s["addr_en"] + "   TEL: " + s["tel"], "small", n)])
    title = {"invoice": "COMMERCIAL INVOICE  商业发票", "proforma": "PROFORMA INVOICE  形式发票",
             "packing_list": "PACKING LIST  装箱单"}[kind]
    sh.row([C(title, "title_c", n)], 1.0)
    sh.row([C("TO 致:", "bold"), C(b["name"], "bold", 3), C("INVOICE NO. 发票号:" if kind != "proforma" else "PI NO.:", "bold", 2),
            C(doc["number"], "text", n - 6)])
    sh.row([C("", "text"), C(b["addr"], "wrap", 3), C("DATE 日期:", "bold", 2), C(doc["date_str"], "text", n - 6)], 0.9)
    sh.row([C("", "text"), C(b.get("tax_id", ""), "text", 3), C("TERMS 价格条款:", "bold", 2), C(doc["terms"], "text", n - 6)])
    sh.row([C("FROM:", "bold"), C("NINGBO, CHINA", "text", 3), C("TO 目的港:", "bold", 2), C(doc["dest"], "text", n - 6)])
    sh.row([C("BY:", "bold"), C("SEA  " + doc["vessel"], "text", 3), C("CONTAINER:", "bold", 2), C(doc["container"], "text", n - 6)])
    sh.row([])
    if not pl:
        hr = sh.row([C("NO.", "head"), C("DESCRIPTION OF GOODS\n品名", "head"), C("HS CODE", "head"), C("QTY\n数量(PCS)", "head"),
                     C("UNIT", "head"), C(f"UNIT PRICE\n单价(USD)", "head"), C("AMOUNT\n金额(USD)", "head")], 1.0)
        first = hr + 1
        for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
            r = len(sh.rows) + 1
            sh.row([C(i + 1, "int"), C(f"{it['name']}\n{it['zh']}  {it['sku']}", "cell"), C(it["hs"], "cell_c"),
                    C(it["qty"], "int"), C("PCS", "cell_c"), C(it["price"], "num"),
                    C(l["net"], "num", f=f"[.D{r}]*[.F{r}]" if formulas else None)], 1.0)
        last = len(sh.rows)
        r = last + 1
        qtot = sum(it["qty"] for it in doc["items"])
        sh.row([C("", "tot_l"), C("TOTAL 合计", "tot_l", 2), C(qtot, "tot_int", f=f"SUM([.D{first}:.D{last}])" if formulas else None),
                C("", "tot_l"), C(doc["terms"].split()[0], "tot_l"),
                C(doc["total"], "tot", f=f"SUM([.G{first}:.G{last}])" if formulas and not doc.get("arith_error") else None)])
        sh.row([])
        from common import en_words
        sh.row([C(en_words(doc["total"]), "wrap", n)], 0.9)
        sh.row([])
        sh.row([C("PAYMENT 付款方式: " + doc["payment"], "text", n)])
        sh.row([C("BANK: BANK OF NINGBO FENGHUA SUB-BRANCH, SWIFT: BKNBCN2N, A/C NO.: 7101 0122 0009 3377 5", "small", n)])
        sh.row([C("COUNTRY OF ORIGIN 原产地: CHINA", "text", n)])
    else:
        hr = sh.row([C("NO.", "head"), C("DESCRIPTION 品名", "head"), C("CTNS\n箱数", "head"), C("PCS/CTN", "head"),
                     C("QTY(PCS)", "head"), C("N.W.(KG)", "head"), C("G.W.(KG)", "head"), C("MEAS.(CBM)", "head")], 1.0)
        first = hr + 1
        tc = tn = tg = tm = 0
        for i, it in enumerate(doc["items"]):
            ctn = int(it["qty"] / it["pcs_ctn"])
            nw, gw, cbm = it["nw"] * ctn, it["gw"] * ctn, it["cbm"] * ctn
            tc += ctn; tn += nw; tg += gw; tm += cbm
            sh.row([C(i + 1, "int"), C(f"{it['name']}\n{it['zh']}  {it['sku']}", "cell"), C(ctn, "int"), C(it["pcs_ctn"], "int"),
                    C(it["qty"], "int"), C(nw, "num"), C(gw, "num"), C(cbm, "num3")], 1.0)
        last = len(sh.rows)
        sh.row([C("", "tot_l"), C("TOTAL 合计", "tot_l"), C(tc, "tot_int", f=f"SUM([.C{first}:.C{last}])"), C("", "tot_l"),
                C(sum(it["qty"] for it in doc["items"]), "tot_int", f=f"SUM([.E{first}:.E{last}])"),
                C(tn, "tot", f=f"SUM([.F{first}:.F{last}])"), C(tg, "tot", f=f"SUM([.G{first}:.G{last}])"),
                C(tm, "tot", f=f"SUM([.H{first}:.H{last}])")])
        sh.row([])
        sh.row([C(f"SHIPPING MARKS 唛头:  LANSHE / {doc['dest'].split(',')[0]} / C/NO. 1-{tc} / MADE IN CHINA", "text", n)])
        doc["pl_totals"] = dict(ctns=tc, nw=str(tn), gw=str(tg), cbm=str(tm))
    sh.row([])
    sr = sh.row([C("", "text", 4), C("FOR AND ON BEHALF OF", "small", n - 4)])
    sh.row([C("", "text", 4), C(s["name_en"], "small", n - 4)], 2.2)
    sh.image(chop_png(s["name"], bottom="", seed=doc["number"]), sr + 1, 4, 3.2, 3.2, 0.6, -0.4)
    sh.row([C("", "text", 4), C("AUTHORIZED SIGNATURE", "small", n - 4)])
    return sh


def nl_sheet(doc, formulas=True):
    """Dutch supplier that keeps its invoices in a spreadsheet template."""
    s, b = doc["supplier"], doc["buyer"]
    sh = Sheet("Factuur", [1.6, 7.2, 1.8, 1.8, 2.4, 2.8], lang="nl", country="NL", font="DejaVu Sans")
    sh.row([C(s["name"], "title", 4), C("FACTUUR", "title", 2)], 1.0)
    for ln in s["addr"] + [s["tel"], s["email"]]:
        sh.row([C(ln, "small", 6)])
    sh.row([])
    sh.row([C(b["name"], "bold", 3), C("Factuurnummer", "right", 2), C(doc["number"], "bold")])
    sh.row([C(b["addr_lines"][0], "text", 3), C("Factuurdatum", "right", 2), C(doc["date_str"], "text")])
    sh.row([C(b["addr_lines"][1], "text", 3), C("Vervaldatum", "right", 2), C(doc.get("due_str") or "", "text")])
    sh.row([C(b["addr_lines"][2] if len(b["addr_lines"]) > 2 else "", "text", 3), C("Klantnummer", "right", 2),
            C(doc.get("cust_no") or "", "text")])
    sh.row([C("BTW-nr. afnemer: " + (b.get("vat") or ""), "small", 6)])
    sh.row([])
    hr = sh.row([C("Art.nr.", "head"), C("Omschrijving", "head"), C("Aantal", "head"), C("Eenheid", "head"),
                 C("Prijs", "head"), C("Bedrag", "head")], 0.7)
    first = hr + 1
    for it, l in zip(doc["items"], doc["lines"]):
        r = len(sh.rows) + 1
        sh.row([C(it.get("sku") or "", "cell_c"), C(it["name"], "cell"), C(it["qty"], "int"), C(it["unit"], "cell_c"),
                C(it["price"], "num"), C(l["net"], "num", f=f"[.C{r}]*[.E{r}]" if formulas else None)])
    last = len(sh.rows)
    sh.row([])
    r = len(sh.rows) + 1
    sh.row([C("", "text", 3), C("Subtotaal", "right", 2), C(doc["subtotal"], "numplain",
                                                            f=f"SUM([.F{first}:.F{last}])" if formulas and not doc.get("arith_error") else None)])
    if doc["shipping"]:
        sh.row([C("", "text", 3), C("Verzendkosten", "right", 2), C(doc["shipping"], "numplain")])
    sh.row([C("", "text", 3), C(f"BTW {doc['rate']}%", "right", 2), C(doc["tax_total"], "numplain")])
    sh.row([C("", "text", 3), C("Totaal EUR", "right", 2), C(doc["total"], "numbold")], 0.7)
    sh.row([])
    sh.row([C(f"Gelieve het totaalbedrag binnen 30 dagen over te maken op {s['iban']} t.n.v. {s['name']} o.v.v. het factuurnummer.", "wrap", 6)], 1.0)
    sh.row([C(f"{s['tax_id']}  ·  {s['reg']}  ·  BIC {s['bic']}", "small", 6)])
    return sh


def pricelist_sheet(doc):
    s = doc["supplier"]
    sh = Sheet("报价单", [1.2, 4.8, 3.0, 2.0, 2.2, 2.2, 2.6], lang="zh", country="CN", font="WenQuanYi Micro Hei")
    sh.row([C(s["name"], "title_c", 7)], 0.9)
    sh.row([C(doc["title"], "title_c", 7)], 0.9)
    sh.row([C(f"客户：{doc['buyer']['name']}", "text", 4), C(f"日期：{doc['date_str']}", "text", 3)])
    sh.row([C(f"有效期至：{doc['valid_str']}    价格含13%增值税专票，含税含运费到宁波仓库", "small", 7)])
    sh.row([C("序号", "head"), C("品名", "head"), C("规格", "head"), C("起订量", "head"), C("单价(元)", "head"),
            C("1000个以上", "head"), C("备注", "head")], 0.7)
    for i, it in enumerate(doc["items"]):
        sh.row([C(i + 1, "int"), C(it["name"], "cell"), C(it.get("spec", ""), "cell"), C(it["moq"], "int"),
                C(it["price"], "num"), C(q2_(it["price"] * D("0.95")), "num"), C(it.get("note", ""), "cell")])
    sh.row([])
    sh.row([C(f"联系人：{doc['contact']}  电话：{s.get('tel', '')}", "text", 7)])
    return sh


def q2_(x):
    from common import q2
    return q2(x)


# ====================================================================== Word documents

def _docx_base(font="Liberation Serif", size=10, east_asia="WenQuanYi Micro Hei"):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(16), Mm(18)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    return d


def _cell(cell, text, bold=False, size=None, align=None, color=None):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(str(text).split("\n")):
        r = p.add_run(line)
        if i < len(str(text).split("\n")) - 1:
            r.add_break()
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _shade(cell, hex_):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def docx_invoice(doc, path, font="Liberation Sans", accent=(31, 78, 121)):
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from i18n import TXT
    from common import money, fqty
    t = TXT[doc["lang"]]
    s, b = doc["supplier"], doc["buyer"]
    d = _docx_base(font, 9.5)
    d.core_properties.author = doc.get("docx_author", s["name"])
    d.core_properties.title = f"{t.get(doc['doc_type'], t['invoice'])} {doc['number']}"
    head = d.add_table(rows=1, cols=2)
    c0, c1 = head.rows[0].cells
    c0.paragraphs[0].add_run().add_picture(io.BytesIO(logo_png(s["name"], accent)), width=Mm(52))
    _cell(c1, "\n".join([s["name"]] + s["addr"] + [s.get("tel", ""), s.get("email", "")]), size=8.5, align="r")
    p = d.add_paragraph()
    r = p.add_run(t.get(doc["doc_type"], t["invoice"]))
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(*accent)
    p.paragraph_format.space_before = Pt(14)
    info = d.add_table(rows=1, cols=2)
    a, m = info.rows[0].cells
    _cell(a, "\n".join([b["name"]] + b["addr_lines"] + ([f"{t['tax_id']}: {b['vat']}"] if b.get("vat") else [])), size=9.5)
    meta = [(t["invoice_no"] if doc["doc_type"] in ("invoice", "tax_invoice") else t["doc_no"], doc["number"]),
            (t["date"], doc["date_str"])]
    for key, lab in (("delivery_str", "delivery_date"), ("cust_no", "cust_no"), ("order_ref", "order_ref"),
                     ("due_str", "due"), ("ref_invoice", "ref_invoice")):
        if doc.get(key):
            meta.append((t[lab], doc[key]))
    _cell(m, "\n".join(f"{k}: {v}" for k, v in meta), size=9, align="r")
    d.add_paragraph()
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    heads = [t["item"], t["desc"], t["qty"], t["unit"], t["unit_price"], t["amount"]]
    for c, h in zip(tb.rows[0].cells, heads):
        _cell(c, h, bold=True, size=8.5, color=(255, 255, 255))
        _shade(c, "%02X%02X%02X" % accent)
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        cells = tb.add_row().cells
        vals = [str(i + 1), it["name"], fqty(it["qty"], doc["num_style"]), it["unit"], money(doc, it["price"], sym=False),
                money(doc, l["net"], sym=False)]
        for j, (c, v) in enumerate(zip(cells, vals)):
            _cell(c, v, size=9, align="r" if j in (2, 4, 5) else None)
    widths = [Mm(12), Mm(76), Mm(18), Mm(16), Mm(24), Mm(26)]
    tb.autofit = False
    for col, w in zip(tb.columns, widths):
        col.width = w
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    tot = [(t["subtotal"], money(doc, doc["subtotal"]))]
    if doc["discount_amt"]:
        tot.append((t["discount"], "-" + money(doc, doc["discount_amt"])))
    if doc["shipping"]:
        tot.append((t["shipping"], money(doc, doc["shipping"])))
    if doc["tax_mode"] != "none":
        tot.append((f"{t['vat']} {doc['rate']}%", money(doc, doc["tax_total"])))
    tot.append((t["total"], money(doc, doc["total"])))
    tt = d.add_table(rows=0, cols=2)
    tt.alignment = 2
    for k, v in tot:
        cells = tt.add_row().cells
        last = k == t["total"]
        _cell(cells[0], k, bold=last, size=10 if last else 9, align="r")
        _cell(cells[1], v, bold=last, size=10 if last else 9, align="r")
        cells[0].width, cells[1].width = Mm(40), Mm(30)
    d.add_paragraph()
    for n in doc.get("notes", []):
        d.add_paragraph(n)
    d.add_paragraph(f"{t['terms']}: {doc.get('terms', t['terms_v'])}")
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = " · ".join(x for x in [s["name"], s.get("tax_id", ""), s.get("reg", ""),
                                     f"{t['bank']}: {s.get('bank', '')}", s.get("iban", "")] if x)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(7)
    d.save(path)
    return path


def docx_letter(doc, path):
    """供货证明 / Letter of Supply Confirmation, bilingual, with the company chop."""
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    s = doc["supplier"]
    d = _docx_base("Liberation Serif", 11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(s["name"] + "\n" + s["name_en"])
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph(s["addr"] + "  电话 Tel: " + s["tel"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(8.5)
    d.add_paragraph("_" * 86)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("供 货 证 明\nLETTER OF SUPPLY CONFIRMATION")
    r.bold = True
    r.font.size = Pt(15)
    p = d.add_paragraph(f"日期 Date: {doc['date_str']}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for para in doc["body"]:
        pp = d.add_paragraph(para)
        pp.paragraph_format.first_line_indent = Mm(8)
        pp.paragraph_format.space_after = Pt(8)
    d.add_paragraph()
    p = d.add_paragraph("特此证明。\nHereby confirmed.")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(s["name"] + "（盖章）\n")
    p.add_run().add_picture(io.BytesIO(chop_png(s["name"], bottom="", seed=doc["date_str"])), width=Mm(38))
    p.add_run(f"\n{doc['signer']}\n{doc['date_str']}")
    d.save(path)
    return path


def docx_po(doc, path):
    """采购订单 issued by the seller to a supplier (not an invoice)."""
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from common import OURS, cn_upper
    s, b = doc["supplier"], doc["buyer"]
    d = _docx_base("Liberation Sans", 9.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"{OURS['name']}\n采 购 订 单  PURCHASE ORDER")
    r.bold = True
    r.font.size = Pt(15)
    info = d.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("供应商", s["name"], "订单号", doc["number"]), ("联系电话", s.get("tel", ""), "下单日期", doc["date_str"]),
            ("交货地址", "宁波市鄞州区姜山镇科技园区 澜舍仓库 3 号门", "交货日期", doc["delivery_str"])]
    for row, v in zip(info.rows, vals):
        for c, x in zip(row.cells, v):
            _cell(c, x, size=9)
    d.add_paragraph()
    tb = d.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["序号", "品名", "规格", "单位", "数量", "含税单价", "金额"]):
        _cell(c, h, bold=True, size=9, align="c")
        _shade(c, "DDDDDD")
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        cells = tb.add_row().cells
        for j, (c, v) in enumerate(zip(cells, [i + 1, it["name"], it.get("spec", ""), it["unit"], f"{it['qty']:,}",
                                               f"{it['price']:.2f}", f"{l['net']:,.2f}"])):
            _cell(c, v, size=9, align="r" if j >= 4 else None)
    cells = tb.add_row().cells
    m = cells[0].merge(cells[5])
    _cell(m, f"合计金额（大写）：{cn_upper(doc['total'])}", bold=True, size=9)
    _cell(cells[6], f"¥{doc['total']:,.2f}", bold=True, size=9, align="r")
    d.add_paragraph()
    for ln in ["1. 以上单价含13%增值税，供方须开具增值税专用发票（数电票）。", "2. 产品须符合双方确认的样品及亚马逊包装要求，每个产品贴FNSKU标签。",
               "3. 付款方式：货到验收合格并收到发票后30天内付款。", "4. 如延期交货，每延期一天按订单金额的0.5%扣款。"]:
        d.add_paragraph(ln)
    d.add_paragraph()
    sig = d.add_table(rows=1, cols=2)
    _cell(sig.rows[0].cells[0], f"采购方：{OURS['name']}\n经办人：{doc['buyer_person']}\n（盖章）")
    _cell(sig.rows[0].cells[1], f"供应方：{s['name']}\n确认签字：\n（盖章）")
    d.save(path)
    return path
