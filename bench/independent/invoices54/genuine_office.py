"""Office producers: flat-ODS spreadsheets and python-docx documents, exported to PDF by LibreOffice."""
import os, random, subprocess, glob, shutil
from xml.sax.saxutils import escape as X
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from common import *
from i18n import tr

OFF = os.path.join(BUILD, "office")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def fods(path, rows, widths, title_font="Arial"):
    """rows: list of lists of (text, style) where style in t(title) b(bold) n(normal) r(right) br(bold right) g(grid) gr(grid right) gb(grid bold)."""
    st = []
    for i, w in enumerate(widths):
        st.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
    cell = {"t": ('bold', '16pt', None, 'start'), "b": ('bold', '10pt', None, 'start'), "n": ('normal', '9pt', None, 'start'),
            "r": ('normal', '9pt', None, 'end'), "br": ('bold', '10pt', None, 'end'), "g": ('normal', '9pt', '0.5pt solid #000000', 'start'),
            "gr": ('normal', '9pt', '0.5pt solid #000000', 'end'), "gb": ('bold', '9pt', '0.5pt solid #000000', 'center'),
            "gbr": ('bold', '10pt', '0.5pt solid #000000', 'end'), "c": ('bold', '14pt', None, 'center')}
    for k, (wgt, sz, border, al) in cell.items():
        b = f' fo:border="{border}"' if border else ""
        bg = ' fo:background-color="#d9e1f2"' if k == "gb" else ""
        st.append(f'<style:style style:name="ce_{k}" style:family="table-cell"><style:table-cell-properties{b}{bg}/>'
                  f'<style:paragraph-properties fo:text-align="{al}"/><style:text-properties style:font-name="{title_font}" fo:font-family="{title_font}" '
                  f'style:font-family-asian="WenQuanYi Micro Hei" fo:font-weight="{wgt}" style:font-weight-asian="{wgt}" fo:font-size="{sz}" style:font-size-asian="{sz}"/></style:style>')
    body = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
    for row in rows:
        body += "<table:table-row>"
        for cellv in row:
            if cellv is None:
                body += "<table:table-cell/>"; continue
            txt, s = cellv
            span = ""
            if s.startswith("c") or s == "t":
                span = f' table:number-columns-spanned="{len(widths)}"' if s == "c" else ""
            body += f'<table:table-cell table:style-name="ce_{s}" office:value-type="string"{span}><text:p>{X(str(txt))}</text:p></table:table-cell>'
        body += "</table:table-row>"
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'<office:meta><meta:generator>Calc-export-by-hand</meta:generator></office:meta>'
           f'<office:automatic-styles>{"".join(st)}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Sheet1">{body}'
           f'</table:table></office:spreadsheet></office:body></office:document>')
    open(path, "w", encoding="utf-8").write(xml)


def sheet_invoice(doc, path, kind="invoice"):
    zh = doc["lang"] == "zh"
    t = tr(doc["lang"])
    rows = [[(doc["supplier"], "c")], [(doc["supplier_addr"], "n")], [("", "n")]]
    if kind == "delivery_note":
        rows.append([("送 货 单", "c")])
        rows.append([("收货单位：" + doc["buyer"], "b"), None, None, ("日期：" + doc["date_str"], "r"), ("No." + doc["number"][-6:], "r")])
        rows.append([(h, "gb") for h in ["品名", "规格", "数量", "单价", "金额"]])
        for it in doc["items"]:
            rows.append([(it["name"].split("*")[-1], "g"), (it["spec"], "g"), (f"{it['qty']}{it['unit']}", "gr"), (fmt_num(it["price"], "plain"), "gr"), (fmt_num(it["amount"], "plain"), "gr")])
        rows.append([("合计", "gb"), ("", "g"), ("", "g"), ("", "g"), (fmt_num(doc["subtotal"], "plain"), "gbr")])
        rows += [[("", "n")], [("收货人签字：", "n"), None, ("送货人：", "n")], [("白联：存根　红联：客户　黄联：回单　（本单不作发票使用）", "n")]]
        fods(path, rows, [5.5, 2.5, 2.2, 2.2, 3.0]); return
    if kind == "packing_list":
        rows.append([("PACKING LIST", "c")])
        rows.append([("Consignee: " + doc["buyer"], "b")]); rows.append([("Invoice ref: " + doc["number"] + "     Date: " + doc["date_str"], "n")])
        rows.append([(h, "gb") for h in ["Carton No.", "Description", "Qty (pcs)", "Ctns", "N.W. (kg)", "G.W. (kg)", "Meas. (cm)"]])
        c0 = 1; r = random.Random(doc["id"])
        for it in doc["items"]:
            ctn = max(1, it["qty"] // r.choice([12, 24, 50, 100]))
            nw = round(ctn * r.uniform(4, 14), 1)
            rows.append([(f"{c0}-{c0+ctn-1}", "g"), (it["name"], "g"), (str(it["qty"]), "gr"), (str(ctn), "gr"), (f"{nw}", "gr"), (f"{nw + ctn*0.8:.1f}", "gr"), ("60x40x45", "g")])
            c0 += ctn
        rows.append([("TOTAL", "gb"), ("", "g"), (str(sum(i["qty"] for i in doc["items"])), "gbr"), (str(c0 - 1), "gbr"), ("", "g"), ("", "g"), ("", "g")])
        rows.append([("Shipping marks: N/M     Made in China", "n")])
        fods(path, rows, [2.2, 6.0, 2.0, 1.5, 2.0, 2.0, 2.3]); return
    rows.append([(t["commercial"] if doc["lang"] == "en_cn" and "commercial" in t else t[doc["doc_type"]], "c")])
    rows.append([(t["buyer"] + ": " + doc["buyer"], "b"), None, None, (t["no"], "r"), (doc["number"], "r")])
    rows.append([(doc["buyer_addr"], "n"), None, None, (t["date"], "r"), (doc["date_str"], "r")])
    rows.append([("", "n")])
    rows.append([(h, "gb") for h in [t["desc"], "", t["qty"], t["unit"], t["amount"]]])
    for it in doc["items"]:
        rows.append([(it["name"], "g"), ("", "g"), (str(it["qty"]), "gr"), (money(it["price"], doc, False), "gr"), (money(it["amount"], doc, False), "gr")])
    add = []
    if doc["discount"]: add.append((t["discount"], -doc["discount"]))
    if doc["shipping"]: add.append((t["shipping"], doc["shipping"]))
    if doc["tax_rate"]: add.append((t["subtotal"], doc["subtotal"])); add.append((f"{t['tax']} {fmt_num(doc['tax_rate']*100,'us',0)}%", doc["tax"]))
    for a, v in add:
        rows.append([None, None, None, (a, "r"), (money(v, doc, False), "r")])
    rows.append([None, None, None, (t["total"] + " " + doc["currency"], "br"), (money(doc["total"], doc, False), "gbr")])
    rows += [[("", "n")], [(t["pay"], "n")]]
    if doc["lang"] == "en_cn":
        rows.append([("Bank: Bank of China Yiwu Branch   SWIFT: BKCHCNBJ92B   A/C: " + doc["sup_extra"]["acct"], "n")])
    fods(path, rows, [6.5, 1.0, 2.2, 2.8, 3.2])


def _font(d, latin, east="WenQuanYi Micro Hei", size=10):
    st = d.styles["Normal"]; st.font.name = latin; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east)


def word_doc(doc, path, kind="invoice"):
    d = docx.Document()
    zh = doc["lang"] == "zh"
    _font(d, "DejaVu Sans" if not zh else "WenQuanYi Micro Hei")
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    t = tr(doc["lang"])
    if zh and kind == "receipt":
        sec.page_height, sec.page_width = Cm(14), Cm(21)
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("收　　据"); r.bold = True; r.font.size = Pt(20)
        d.add_paragraph(f"今收到　{doc['buyer']}\n交来　货款（{'、'.join(i['name'].split('*')[-1] for i in doc['items'][:3])}）\n"
                        f"人民币（大写）{cn_upper(doc['total']).lstrip('⊗')}　　¥{fmt_num(doc['total'], 'us')}\n"
                        f"收款方式：{random.Random(doc['id']).choice(['微信转账', '支付宝', '银行转账', '现金'])}")
        tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["品名", "数量", "单价", "金额"]): c.text = h
        for it in doc["items"]:
            cs = tb.add_row().cells
            cs[0].text, cs[1].text, cs[2].text, cs[3].text = it["name"].split("*")[-1], f"{it['qty']}{it['unit']}", fmt_num(it["price"], "us"), fmt_num(it["amount"], "us")
        d.add_paragraph(f"\n收款单位（盖章）：{doc['supplier']}　　　　经手人：{random.Random(doc['id']).choice(['楼', '陈', '吴'])}\n日期：{doc['date_str']}")
        d.save(path); return
    h = d.add_paragraph(); r = h.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    d.add_paragraph(doc["supplier_addr"] + "\n" + t["vatid"] + ": " + doc["supplier_tax"]).runs[0].font.size = Pt(8)
    tt = d.add_paragraph(); tt.alignment = WD_ALIGN_PARAGRAPH.RIGHT; rr = tt.add_run(t[kind if kind != "invoice" else doc["doc_type"]]); rr.bold = True; rr.font.size = Pt(18)
    info = d.add_table(rows=1, cols=2)
    info.rows[0].cells[0].text = t["buyer"] + ":\n" + doc["buyer"] + "\n" + doc["buyer_addr"]
    info.rows[0].cells[1].text = f"{t['no']}: {doc['number']}\n{t['date']}: {doc['date_str']}"
    d.add_paragraph()
    cols = [t["desc"], t["qty"]] + ([t["unit"], t["amount"]] if kind != "delivery_note" else [])
    tb = d.add_table(rows=1, cols=len(cols)); tb.style = "Table Grid"
    for c, hh in zip(tb.rows[0].cells, cols): c.text = hh; c.paragraphs[0].runs[0].bold = True
    for it in doc["items"]:
        cs = tb.add_row().cells
        vals = [it["name"], str(it["qty"])] + ([money(it["price"], doc, False), money(it["amount"], doc, False)] if kind != "delivery_note" else [])
        for c, v in zip(cs, vals): c.text = v
    if kind != "delivery_note":
        lines = [(t["subtotal"], doc["subtotal"])]
        if doc["discount"]: lines.append((t["discount"], -doc["discount"]))
        if doc["shipping"]: lines.append((t["shipping"], doc["shipping"]))
        if doc["tax_rate"]: lines.append((f"{t['tax']} {fmt_num(doc['tax_rate']*100,'us',0)}%", doc["tax"]))
        lines.append((t["total"], doc["total"]))
        for a, v in lines:
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = p.add_run(f"{a}:  {money(v, doc)}"); run.bold = a == t["total"]
        d.add_paragraph(t["pay"]).runs[0].font.size = Pt(8)
    else:
        d.add_paragraph("\nWare ordnungsgemäß erhalten: ______________________   Datum: ____________")
    d.save(path)


def build(rng):
    recs, metas = [], []
    shutil.rmtree(OFF, ignore_errors=True); os.makedirs(OFF)
    jobs = []  # (src_name, doc, producer, kind)
    for i, lang in enumerate(["en_cn", "en_cn", "en_cn", "en_cn", "de", "it", "en_cn"]):
        dt = "proforma" if i == 3 else "invoice"
        doc = make_doc(rng, f"os{i}", lang, dt, tax=lang != "en_cn", n_items=(45 if i == 2 else None), shipping=i in (1, 4),
                       discount=i == 5, currency="USD" if lang == "en_cn" else None, arith_error=(i == 6))
        if lang == "en_cn": doc["usd_code"] = True
        name = f"{'CommercialInvoice' if lang == 'en_cn' else 'Rechnung' if lang == 'de' else 'Fattura'}_{doc['number'].replace('/', '')}"
        sheet_invoice(doc, os.path.join(OFF, name + ".fods")); jobs.append((name, doc, "lo_calc_fods"))
    for i in range(2):
        doc = make_doc(rng, f"dn{i}", "zh", "delivery_note", tax=False)
        doc["total"] = doc["subtotal"]
        name = f"songhuodan_{doc['number'][-6:]}"
        sheet_invoice(doc, os.path.join(OFF, name + ".fods"), "delivery_note"); jobs.append((name, doc, "lo_calc_fods"))
    for i in range(2):
        doc = make_doc(rng, f"pl{i}", "en_cn", "packing_list", tax=False, currency="USD")
        name = f"PackingList_{doc['number']}"
        sheet_invoice(doc, os.path.join(OFF, name + ".fods"), "packing_list"); jobs.append((name, doc, "lo_calc_fods"))
    for i in range(2):
        doc = make_doc(rng, f"wr{i}", "zh", "receipt", tax=False, n_items=rng.choice([1, 2, 3]))
        name = f"shouju_{doc['date_obj']:%Y%m%d}"
        word_doc(doc, os.path.join(OFF, name + ".docx"), "receipt"); jobs.append((name, doc, "lo_writer_docx"))
    for i, lang in enumerate(["es", "it", "fr", "nl", "en_gb", "de"]):
        kind = "credit_note" if i == 4 else ("delivery_note" if i == 5 else "invoice")
        doc = make_doc(rng, f"wd{i}", lang, kind, discount=i == 1, shipping=i == 2, arith_error=(i == 3))
        if kind == "credit_note":
            for it in doc["items"]: it["amount"] = -it["amount"]
            for k in ("subtotal", "tax", "total", "discount", "shipping"): doc[k] = -doc[k]
        name = f"{tr(lang)[kind].split()[0].lower()}_{doc['number'].replace('/', '')}"
        word_doc(doc, os.path.join(OFF, name + ".docx"), kind); jobs.append((name, doc, "lo_writer_docx"))
    srcs = sorted(glob.glob(os.path.join(OFF, "*.fods")) + glob.glob(os.path.join(OFF, "*.docx")))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--convert-to", "pdf", "--outdir", FILES] + srcs,
                   check=True, capture_output=True, timeout=500)
    for name, doc, prod in jobs:
        fn = name + ".pdf"
        if not os.path.exists(os.path.join(FILES, fn)):
            print("missing", fn); continue
        rec = label(doc, fn, prod, pdf_pages(os.path.join(FILES, fn)))
        if doc["doc_type"] == "delivery_note" and doc["lang"] == "de": rec["total"] = None
        if doc["doc_type"] == "delivery_note" and doc["lang"] == "de" or doc["doc_type"] == "packing_list":
            rec["total"] = None; rec["currency"] = None  # no amounts printed
        recs.append(rec); metas.append(meta(doc, fn, prod))
    return recs, metas


if __name__ == "__main__":
    r, m = build(random.Random(2027))
    save_part("office", r, m)
    print(len(r), "office files")
