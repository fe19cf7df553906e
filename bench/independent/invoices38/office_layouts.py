"""Spreadsheet (.xlsx/.fods) and Word (.docx) documents, converted to PDF by LibreOffice in one batch."""
import os, shutil, subprocess, glob
from common import D, q, BUILD, SOFFICE, fmt_num
from html_templates import reg, start
from i18n import t
from sheet import Sheet

OFFICE_SRC = os.path.join(BUILD, "src", "office")
OFFICE_OUT = os.path.join(BUILD, "office_pdf")
LO_PROFILE = "file://" + os.path.join(BUILD, "lo_profile")


def words_en(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def w(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000:
            return ones[n // 100] + " hundred" + (" and " + w(n % 100) if n % 100 else "")
        for div, name in ((10**6, "million"), (1000, "thousand")):
            if n >= div:
                return w(n // div) + " " + name + ((" " if n % div >= 100 else " and ") + w(n % div) if n % div else "")
    return w(n)


def say_total(amount, cur="US DOLLARS"):
    amount = q(amount)
    dollars = int(amount)
    cents = int((amount - dollars) * 100)
    s = f"SAY TOTAL {cur} {words_en(dollars).upper()}"
    if cents:
        s += f" AND CENTS {words_en(cents).upper()}"
    return s + " ONLY"


# ================================================================== spreadsheets
def sheet_export(doc, path):
    """Chinese factory CI / PI / packing list as an Excel sheet."""
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    pl = doc.doc_type == "packing_list"
    sh = Sheet(name={"invoice": "CI", "proforma": "PI", "packing_list": "PL"}[doc.doc_type], font="Arial")
    sh.widths = {0: 2.3, 1: 5.6, 2: 4.4, 3: 2.2, 4: 1.8, 5: 2.7, 6: 3.0}
    sh.set(0, 0, s.name2.upper(), "title"); sh.merge(0, 0, 0, 6)
    sh.set(1, 0, s.name, "sub"); sh.merge(1, 0, 1, 6)
    sh.set(2, 0, "ADD: " + s.addr[0] + "   TEL: " + s.phone, "small"); sh.merge(2, 0, 2, 6)
    ttl = {"invoice": "COMMERCIAL INVOICE  商业发票", "proforma": "PROFORMA INVOICE  形式发票", "packing_list": "PACKING LIST  装箱单"}[doc.doc_type]
    sh.set(4, 0, ttl, "title"); sh.merge(4, 0, 4, 6)
    sh.heights[4] = 1.1
    sh.set(6, 0, "TO:", "b")
    for i, a in enumerate([b.name] + b.addr):
        sh.set(6 + i, 1, a)
    sh.set(6, 3, "NO.:", "b"); sh.merge(6, 3, 6, 4); sh.set(6, 5, doc.number); sh.merge(6, 5, 6, 6)
    sh.set(7, 3, "DATE:", "b"); sh.merge(7, 3, 7, 4); sh.set(7, 5, reg(doc, "date", doc.d())); sh.merge(7, 5, 7, 6)
    r = 8
    for k in ("Trade terms", "Payment", "Port of loading", "Destination"):
        if k == "Payment" and pl:
            continue
        sh.set(r, 3, k.upper() + ":", "b"); sh.merge(r, 3, r, 4); sh.set(r, 5, doc.refs[k]); sh.merge(r, 5, r, 6)
        if len(doc.refs[k]) > 24:
            sh.heights[r] = 0.85
        r += 1
    r = max(r, 7 + len(b.addr) + 1) + 1
    if pl:
        hd = ["ITEM NO.", "DESCRIPTION", "中文品名", "QTY (PCS)", "CTNS", "G.W. (KGS)", "MEAS. (CBM)"]
    else:
        hd = ["ITEM NO.", "DESCRIPTION", "中文品名", "QTY", "UNIT", "UNIT PRICE (USD)", "AMOUNT (USD)"]
    for i, h in enumerate(hd):
        sh.set(r, i, h, "hdr")
    sh.heights[r] = 0.9
    r0 = r + 1
    tq = tc = 0
    tgw = tcbm = D(0)
    for i, l in enumerate(doc.lines):
        r += 1
        sh.set(r, 0, l.code, "cell"); sh.set(r, 1, l.desc, "cell"); sh.set(r, 2, l.desc2, "cell")
        if len(l.desc) > 30 or len(l.desc2) > 13:
            sh.heights[r] = 0.9
        sh.set(r, 3, int(l.qty), "int")
        reg(doc, "qty", f"{int(l.qty):,}")
        if pl:
            ctn = int(l.qty) // 50 or 1
            gw = q(D(ctn) * D("8.6"))
            cbm = (D(ctn) * D("0.0624")).quantize(D("0.001"))
            tq += int(l.qty); tc += ctn; tgw += gw; tcbm += cbm
            sh.set(r, 4, ctn, "int"); sh.set(r, 5, float(gw), "num"); sh.set(r, 6, float(cbm), "num")
        else:
            sh.set(r, 4, l.uom, "cellc"); sh.set(r, 5, float(l.unit), "num")
            sh.set(r, 6, float(c["nets"][i]), "num", None if doc.arith else f"=D{r + 1}*F{r + 1}")
    r += 1
    if pl:
        sh.set(r, 0, "TOTAL", "cellb"); sh.merge(r, 0, r, 2)
        sh.set(r, 3, tq, "intb"); sh.set(r, 4, tc, "intb"); sh.set(r, 5, float(tgw), "numb"); sh.set(r, 6, float(tcbm), "numb")
        r += 2
        sh.set(r, 0, f"SAY TOTAL {words_en(tc).upper()} ({tc}) CARTONS ONLY"); sh.merge(r, 0, r, 6)
        r += 1
        sh.set(r, 0, "SHIPPING MARKS: MLT / FELIXSTOWE / C/NO. 1-UP / MADE IN CHINA"); sh.merge(r, 0, r, 6)
    else:
        if c["shipping"]:
            sh.set(r, 0, "FREIGHT", "cell"); sh.merge(r, 0, r, 5)
            sh.set(r, 6, float(c["shipping"]), "num")
            r += 1
        sh.set(r, 0, "TOTAL " + doc.refs.get("Trade terms", ""), "cellb"); sh.merge(r, 0, r, 2)
        sh.set(r, 3, int(sum(l.qty for l in doc.lines)), "intb")
        sh.set(r, 4, "", "cellb"); sh.set(r, 5, "USD", "cellb")
        sh.set(r, 6, float(c["total"]), "numb", None if doc.arith else f"=SUM(G{r0 + 1}:G{r})")
        reg(doc, "total", doc.n(c["total"]))
        r += 2
        sh.set(r, 0, say_total(c["total"])); sh.merge(r, 0, r, 6)
        r += 2
        for line in ["BANK INFORMATION:", f"BENEFICIARY: {s.name2.upper()}", f"BANK: {s.bank.get('bank', '')}",
                     f"A/C NO.: {s.bank.get('account', '')}", f"SWIFT: {s.bank.get('swift', '')}"]:
            sh.set(r, 0, line, "b" if line.endswith(":") else "n"); sh.merge(r, 0, r, 6)
            r += 1
    r += 2
    sh.set(r, 4, "FOR AND ON BEHALF OF", "small"); sh.merge(r, 4, r, 6)
    sh.set(r + 1, 4, s.name2.upper(), "small"); sh.merge(r + 1, 4, r + 1, 6)
    sh.set(r + 3, 4, "________________________"); sh.merge(r + 3, 4, r + 3, 6)
    sh.to_xlsx(path, creator="Administrator")
    return path


def sheet_invoice(doc, path, fmt="fods"):
    """A home-made spreadsheet invoice (UK small wholesaler, German, Spanish, Polish, Japanese)."""
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    lg = doc.lang
    loc = {"en": ("en", "GB"), "de": ("de", "DE"), "es": ("es", "ES"), "pl": ("pl", "PL"), "ja": ("ja", "JP"), "it": ("it", "IT")}[lg]
    sh = Sheet(name=t(lg, "invoice"), font="DejaVu Sans" if lg != "ja" else "WenQuanYi Micro Hei", locale=loc)
    jp = lg == "ja"
    nfmt, nfmtb = ("int", "intb") if jp else ("num", "numb")
    sh.widths = {0: 7.2, 1: 1.7, 2: 1.5, 3: 3.4, 4: 1.6, 5: 3.0}
    sh.set(0, 0, s.name, "title"); sh.merge(0, 0, 0, 5)
    for i, a in enumerate([", ".join(s.addr), f"{s.phone}  {s.email}", (f"{t(lg, 'vat_no')}: {s.vat}" if not jp else f"登録番号 {s.vat}")]):
        sh.set(1 + i, 0, a, "small"); sh.merge(1 + i, 0, 1 + i, 5)
    title = "請求書" if jp else (t(lg, "tax_invoice") if doc.doc_type == "tax_invoice" else t(lg, "invoice")).upper()
    sh.set(5, 0, title, "title")
    sh.heights[5] = 1.0
    cust = [b.name + (" 御中" if jp else "")] + b.addr + ([f"{t(lg, 'vat_no')}: {b.vat}"] if b.vat and not jp else [])
    sh.set(7, 0, t(lg, "customer") if not jp else "請求先", "b")
    for i, a in enumerate(cust):
        sh.set(8 + i, 0, a)
    meta = [(t(lg, "number"), doc.number), (t(lg, "date"), reg(doc, "date", doc.d()))]
    if doc.due:
        meta.append((t(lg, "due"), reg(doc, "due", doc.d(doc.due))))
    for k, v in list(doc.refs.items())[:3]:
        if v:
            meta.append((k, str(v)))
    for i, (k, v) in enumerate(meta):
        sh.set(7 + i, 3, k, "b"); sh.set(7 + i, 4, v); sh.merge(7 + i, 4, 7 + i, 5)
    r = 9 + max(len(cust), len(meta))
    hd = [t(lg, "desc"), t(lg, "qty"), t(lg, "uom") if not jp else "単位", t(lg, "unit"), t(lg, "rate") if not jp else "税率", t(lg, "amount")]
    for i, h in enumerate(hd):
        sh.set(r, i, h, "hdr")
    r0 = r + 1
    for i, l in enumerate(doc.lines):
        r += 1
        sh.set(r, 0, l.desc, "cell")
        sh.set(r, 1, int(l.qty) if l.qty == int(l.qty) else float(l.qty), "int")
        reg(doc, "qty", doc.qty(l.qty))
        sh.set(r, 2, l.uom, "cellc")
        sh.set(r, 3, float(l.unit) if not jp else int(l.unit), nfmt)
        sh.set(r, 4, float(l.rate / 100), "pct")
        sh.set(r, 5, float(c["nets"][i]) if not jp else int(c["nets"][i]), nfmt, None if doc.arith else f"=B{r + 1}*D{r + 1}")
    rows = [(t(lg, "subtotal"), c["subtotal"])]
    if c["shipping"]:
        rows.append((t(lg, "shipping"), c["shipping"]))
    for r_, bb, v, g in c["by_rate"]:
        rows.append((f"{t(lg, 'vat')} {doc.n(r_, 0)}%" if not jp else f"消費税 {doc.n(r_, 0)}%", v))
    r += 1
    for k, v in rows:
        sh.set(r, 2, k, "r"); sh.merge(r, 2, r, 4)
        sh.set(r, 5, float(v) if not jp else int(v), nfmt)
        r += 1
    sh.set(r, 2, f"{t(lg, 'total')} ({doc.currency})" if not jp else "合計 (円)", "rb"); sh.merge(r, 2, r, 4)
    sh.set(r, 5, float(c["total"]) if not jp else int(c["total"]), nfmtb)
    # an .xlsx is displayed with LibreOffice's own (English) separators, a .fods with the locale set in its number style
    reg(doc, "total", doc.n(c["total"]) if fmt == "fods" else fmt_num(c["total"], "en_GB", doc.decimals))
    r += 3
    for n_ in doc.notes + [f"{t(lg, 'bank')}: " + "  ".join(f"{v}" for k, v in s.bank.items())] + \
              [f"{k}: {v}" for k, v in s.ids.items()]:
        sh.set(r, 0, n_, "small"); sh.merge(r, 0, r, 5)
        r += 1
    if fmt == "fods":
        sh.to_fods(path)
    else:
        sh.to_xlsx(path)
    return path


# ================================================================== Word documents
def _docx_base(font="Calibri", size=10):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
    return d


def _cell(cell, text, bold=False, align=None, size=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_invoice(doc, path, font="Calibri", color="1F4E79"):
    import docx
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    lg = doc.lang
    po = doc.doc_type == "purchase_order"
    d = _docx_base(font)
    d.core_properties.author = doc.extra.get("author", s.name.split()[0])
    d.core_properties.title = ""
    p = d.add_paragraph()
    r = p.add_run(s.name if not po else b.name)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor.from_string(color)
    issuer = s if not po else b
    p = d.add_paragraph("\n".join([", ".join(issuer.addr), f"{issuer.phone}   {issuer.email}"] + ([f"{t(lg, 'vat_no')}: {issuer.vat}"] if issuer.vat else [])))
    p.runs[0].font.size = Pt(8.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ttl = "PURCHASE ORDER" if po else (t(lg, "credit_note") if doc.doc_type == "credit_note" else t(lg, "invoice")).upper()
    r = p.add_run(ttl)
    r.bold = True
    r.font.size = Pt(20)
    tb = d.add_table(rows=1, cols=2)
    left = [("SUPPLIER" if po else t(lg, "customer")).upper()] + ([s.name] + s.addr if po else [b.name] + b.addr + ([f"{t(lg, 'vat_no')}: {b.vat}"] if b.vat else []))
    _cell(tb.rows[0].cells[0], "")
    cp = tb.rows[0].cells[0].paragraphs[0]
    for i, a in enumerate(left):
        run = cp.add_run(a + ("\n" if i < len(left) - 1 else ""))
        run.bold = i <= 1
    meta = [("PO Number" if po else t(lg, "number"), doc.number), ("Date" if po else t(lg, "date"), reg(doc, "date", doc.d()))]
    if doc.due and not po:
        meta.append((t(lg, "due"), reg(doc, "due", doc.d(doc.due))))
    for k, v in doc.refs.items():
        if k == "Required by":
            v = doc.d(doc.due)
        if v:
            meta.append((k, str(v)))
    mt = tb.rows[0].cells[1].add_table(rows=len(meta), cols=2)
    for i, (k, v) in enumerate(meta):
        _cell(mt.rows[i].cells[0], k, bold=True, size=9)
        _cell(mt.rows[i].cells[1], v, align="r", size=9)
    d.add_paragraph()
    heads = [t(lg, "desc"), t(lg, "qty"), t(lg, "unit"), t(lg, "rate") if not doc.extra.get("no_vat") else "", t(lg, "amount")]
    it = d.add_table(rows=1, cols=5)
    it.style = "Table Grid"
    for i, h in enumerate(heads):
        _cell(it.rows[0].cells[i], h, bold=True, align="r" if i else None, size=9)
        _shade(it.rows[0].cells[i], "D9E2F3")
    for i, l in enumerate(doc.lines):
        row = it.add_row().cells
        _cell(row[0], l.desc + (f" ({l.code})" if l.code else ""), size=9)
        _cell(row[1], reg(doc, "qty", doc.qty(l.qty)), align="r", size=9)
        _cell(row[2], doc.n(l.unit), align="r", size=9)
        _cell(row[3], "" if doc.extra.get("no_vat") else f"{doc.n(l.rate, 0 if l.rate == int(l.rate) else 1)}%", align="r", size=9)
        _cell(row[4], doc.n(c["nets"][i]), align="r", size=9)
    widths = [Mm(86), Mm(18), Mm(24), Mm(16), Mm(26)]
    it.autofit = False
    for w, col in zip(widths, it.columns):
        col.width = w
    for row in it.rows:
        for w, cell in zip(widths, row.cells):
            cell.width = w
    d.add_paragraph()
    tl = [(t(lg, "subtotal"), doc.n(c["subtotal"]))]
    if c["shipping"]:
        tl.append((t(lg, "shipping"), doc.n(c["shipping"])))
    for r_, bb, v, g in c["by_rate"]:
        if doc.extra.get("no_vat"):
            continue
        tl.append((f"{t(lg, 'vat')} {doc.n(r_, 0 if r_ == int(r_) else 1)}%", doc.n(v)))
    tl.append((f"{t(lg, 'total')} {doc.currency}", reg(doc, "total", doc.m(c["total"]))))
    tt = d.add_table(rows=len(tl), cols=3)
    for i, (k, v) in enumerate(tl):
        last = i == len(tl) - 1
        _cell(tt.rows[i].cells[1], k, bold=last)
        _cell(tt.rows[i].cells[2], v, bold=last, align="r")
    d.add_paragraph()
    for n_ in doc.notes:
        d.add_paragraph(n_).runs[0].font.size = Pt(8.5)
    if po:
        d.add_paragraph("Please confirm receipt of this order and the expected delivery date. Quote our PO number on your invoice and delivery note.")
        d.add_paragraph("\nAuthorised by: ____________________   Dan Whitlow, Operations")
    else:
        bank = s.bank
        d.add_paragraph(f"{t(lg, 'bank')}: " + ", ".join(f"{k} {v}" for k, v in bank.items())).runs[0].font.size = Pt(8.5)
        d.add_paragraph(doc.refs.get("Terms", "") or "").runs
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = " | ".join([issuer.name] + [f"{k} {v}" for k, v in issuer.ids.items()])
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.runs[0].font.size = Pt(7)
    d.save(path)
    return path


def docx_letter(doc, path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    start(doc)
    s, b = doc.supplier, doc.buyer
    d = _docx_base("Times New Roman", 11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(s.name)
    r.bold = True
    r.font.size = Pt(14)
    p.add_run("\n" + "\n".join(s.addr + [s.phone, s.email]))
    d.add_paragraph("\n".join([b.name] + b.addr))
    d.add_paragraph(reg(doc, "date", doc.d())).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph().add_run("Confirmation of supply relationship").bold = True
    d.add_paragraph("Dear Mr Whitlow,")
    d.add_paragraph(f"We confirm that {b.name} has purchased kitchen and household goods from {s.name} on a regular basis since "
                    f"{doc.d(doc.date.replace(year=doc.date.year - 1), 'd_month_y')}. The goods supplied to you are manufactured for us or sourced by us "
                    "directly from the brand owners and are new and genuine.")
    d.add_paragraph("This letter is not an invoice and does not itself evidence any particular purchase. Copies of individual invoices "
                    "are available from our accounts department on request.")
    d.add_paragraph("Should Amazon or any marketplace require further verification, they may contact us at the address above.")
    d.add_paragraph("\nYours sincerely,\n\n\nKatrin Oelschlägel\nGeschäftsführerin")
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = " · ".join(f"{k}: {v}" for k, v in s.ids.items()) + f" · USt-IdNr. {s.vat}"
    foot.runs[0].font.size = Pt(7)
    d.save(path)
    return path


# ================================================================== batch conversion
def convert_all(paths, outdir=OFFICE_OUT, timeout=600):
    os.makedirs(outdir, exist_ok=True)
    if not paths:
        return
    cmd = [SOFFICE, f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir] + list(paths)
    subprocess.run(cmd, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    missing = [p for p in paths if not os.path.exists(os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + ".pdf"))]
    if missing:
        raise RuntimeError(f"soffice did not convert {missing}")
