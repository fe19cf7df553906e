"""Genuine PDFs drawn directly with ReportLab and fpdf2."""
import os
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont("DV", FONT_DEJAVU))
pdfmetrics.registerFont(TTFont("DVB", FONT_DEJAVU_B))
pdfmetrics.registerFont(TTFont("CJK", FONT_CJK, subfontIndex=0))


def rl_fonts(lang):
    if lang in ("zh", "ja"):
        return "CJK", "CJK"
    if lang in ("vi", "pl"):
        return "DV", "DVB"
    return "Helvetica", "Helvetica-Bold"


def rl_render(doc, path, style=0, accent=(0.1, 0.3, 0.55), commercial=False, compress=0, stamp=True):
    lang = doc["lang"]
    F, FB = rl_fonts(lang)
    t = L[lang]
    s = strings(doc)
    size = letter if (lang == "en" and doc["buyer"]["addr"].endswith("USA") and style == 1) else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, pageCompression=compress)
    c.setAuthor(doc["supplier"]["name"])
    c.setTitle(f"{title(doc)} {doc['number']}")
    headers, trs, show_tot = table(doc)
    per_page = 24
    chunks = [trs[i:i + per_page] for i in range(0, len(trs), per_page)] or [[]]
    acc = colors.Color(*accent)
    for pi, chunk in enumerate(chunks):
        y = H - 50
        if pi == 0:
            if style == 0:  # supplier block left, title right
                c.setFont(FB, 13); c.drawString(40, y, doc["supplier"]["name"])
                c.setFont(F, 8.5); c.drawString(40, y - 14, doc["supplier"]["addr"])
                c.drawString(40, y - 26, f"{t['taxid']}: {doc['supplier']['taxid']}")
                c.setFillColor(acc); c.setFont(FB, 18)
                c.drawRightString(W - 40, y - 50, title(doc, commercial)); c.setFillColor(colors.black)
                y -= 80
            else:  # centred title band
                c.setFillColor(acc); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
                c.setFillColor(colors.white); c.setFont(FB, 20)
                c.drawCentredString(W / 2, H - 45, title(doc, commercial))
                c.setFillColor(colors.black)
                y = H - 95
                c.setFont(FB, 11); c.drawString(40, y, doc["supplier"]["name"])
                c.setFont(F, 8.5); c.drawString(40, y - 13, doc["supplier"]["addr"])
                c.drawString(40, y - 25, f"{t['taxid']}: {doc['supplier']['taxid']}")
                y -= 45
            if lang == "vi":
                c.setFont(F, 8.5)
                c.drawRightString(W - 40, H - 30, f"Ký hiệu: {doc['serial']}   {t['no']}: {doc['number']}")
            # meta box
            c.setFont(F, 9)
            meta = [(t["no"], doc["number"]), (t["date"], s["date"])]
            if doc["doc_type"] not in ("packing_list", "delivery_note", "other"):
                meta.append((t["due"], s["due"]))
            meta.append(("PO / Ref.", doc["po"]) if lang not in ("zh", "ja", "vi") else
                        ({"zh": "合同号", "ja": "注文番号", "vi": "Số đơn hàng"}[lang], doc["po"]))
            my = y
            for k, v in meta:
                c.drawString(W - 230, my, f"{k}:"); c.drawRightString(W - 40, my, v); my -= 13
            c.setFont(FB, 9); c.drawString(40, y, t["buyer"] + (":" if lang != "ja" else ""))
            c.setFont(F, 9)
            bname = doc["buyer"]["name"] + ("  御中" if lang == "ja" else "")
            c.drawString(40, y - 13, bname)
            c.setFont(F, 8.5)
            c.drawString(40, y - 25, doc["buyer"]["addr"])
            c.drawString(40, y - 37, f"{t['taxid']}: {doc['buyer']['taxid']}")
            y -= 65
        else:
            c.setFont(F, 8); c.drawString(40, y, f"{doc['supplier']['name']} - {t['no']} {doc['number']}")
            y -= 25
        # table
        cols = [40, 62, 300, 345, 395, 470] if len(headers) == 6 else [40, 62, 380, 440]
        right = {3, 4, 5} if show_tot or len(headers) == 6 else {3}
        c.setFillColor(acc if style == 0 else colors.Color(0.92, 0.92, 0.92))
        c.rect(36, y - 4, W - 72, 15, fill=1, stroke=0)
        c.setFillColor(colors.white if style == 0 else colors.black)
        c.setFont(FB, 8.5)
        ends = cols[1:] + [W - 40]
        for i, h in enumerate(headers):
            if i in right:
                c.drawRightString(ends[i] - 4, y, h)
            else:
                c.drawString(cols[i], y, h)
        c.setFillColor(colors.black)
        y -= 17
        c.setFont(F, 8.5)
        for r in chunk:
            for i, v in enumerate(r):
                if i in right:
                    c.drawRightString(ends[i] - 4, y, v)
                else:
                    c.drawString(cols[i], y, v[:48])
            c.setStrokeColor(colors.Color(0.8, 0.8, 0.8)); c.line(36, y - 4, W - 36, y - 4)
            y -= 16
        last = pi == len(chunks) - 1
        if last and show_tot:
            y -= 8
            for k, v in totals(doc):
                big = k == t["total"]
                c.setFont(FB if big else F, 10 if big else 9)
                c.drawString(W - 250, y, k); c.drawRightString(W - 44, y, v)
                y -= 15
            if lang == "zh":
                c.setFont(F, 9); c.drawString(40, y, f"{t['words']}：{cn_upper(doc['total'])}"); y -= 15
        if last:
            y -= 10
            c.setFont(F, 8)
            c.drawString(40, y, t["pay"])
            if lang == "vi":
                c.drawString(40, y - 12, f"Mã tra cứu hóa đơn: {doc['lookup']}  -  Tra cứu tại: https://tracuu.hdon-sgx.vn")
                c.setStrokeColor(colors.Color(0.1, 0.55, 0.2)); c.rect(W - 250, 60, 200, 46)
                c.setFillColor(colors.Color(0.1, 0.55, 0.2)); c.setFont(F, 7.5)
                c.drawString(W - 244, 94, "Signature Valid ✓")
                c.drawString(W - 244, 82, f"Ký bởi: {doc['supplier']['name'][:34]}")
                c.drawString(W - 244, 70, f"Ký ngày: {doc['date'].strftime('%d/%m/%Y')}")
                c.setFillColor(colors.black)
            elif stamp:
                c.setStrokeColor(colors.Color(0.8, 0.1, 0.1)); c.setLineWidth(1.5)
                c.circle(W - 120, 110, 34)
                c.setFillColor(colors.Color(0.8, 0.1, 0.1)); c.setFont(F, 6)
                c.drawCentredString(W - 120, 110, doc["supplier"]["name"][:22])
                c.drawCentredString(W - 120, 100, {"zh": "发票专用章", "ja": "印"}.get(lang, "AUTHORIZED"))
                c.setFillColor(colors.black); c.setLineWidth(1)
        c.setFont(F, 7)
        c.drawCentredString(W / 2, 25, f"{pi + 1} / {len(chunks)}")
        c.showPage()
    c.save()
    return len(chunks)


# ------------------------------------------------------------------ fpdf2
from fpdf import FPDF


def fp_render(doc, path, fill=(230, 240, 250), commercial=False):
    lang = doc["lang"]
    t = L[lang]
    s = strings(doc)
    pdf = FPDF(format="A4")
    pdf.set_creator("InvoiceDesk 4.2")
    pdf.add_font("dv", "", FONT_DEJAVU)
    pdf.add_font("dv", "B", FONT_DEJAVU_B)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("dv", "B", 16)
    pdf.cell(0, 10, title(doc, commercial), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 10)
    pdf.cell(95, 6, t["seller"]); pdf.cell(95, 6, t["buyer"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    y0 = pdf.get_y()
    pdf.multi_cell(92, 4.5, f"{doc['supplier']['name']}\n{doc['supplier']['addr']}\n{t['taxid']}: {doc['supplier']['taxid']}")
    y1 = pdf.get_y()
    pdf.set_xy(105, y0)
    pdf.multi_cell(92, 4.5, f"{doc['buyer']['name']}\n{doc['buyer']['addr']}\n{t['taxid']}: {doc['buyer']['taxid']}")
    pdf.set_y(max(y1, pdf.get_y()) + 4)
    pdf.set_font("dv", "", 9)
    for k, v in [(t["no"], doc["number"]), (t["date"], s["date"])] + (
            [(t["due"], s["due"])] if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") else []):
        pdf.cell(40, 5, k + ":"); pdf.cell(60, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    headers, trs, show_tot = table(doc)
    widths = [8, 82, 16, 22, 28, 34] if len(headers) == 6 else [8, 120, 20, 42]
    pdf.set_fill_color(*fill)
    pdf.set_font("dv", "B", 8.5)
    for w, h in zip(widths, headers):
        pdf.cell(w, 7, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("dv", "", 8.5)
    for r in trs:
        for i, (w, v) in enumerate(zip(widths, r)):
            pdf.cell(w, 6, v[:44], border=1, align="R" if i >= 3 else "L")
        pdf.ln()
    if show_tot:
        pdf.ln(2)
        for k, v in totals(doc):
            big = k == t["total"]
            pdf.set_font("dv", "B" if big else "", 10 if big else 9)
            pdf.cell(sum(widths) - 50, 6, k, align="R"); pdf.cell(50, 6, v, align="R", border="T" if big else 0,
                                                                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("dv", "", 8)
    pdf.multi_cell(0, 4.5, t["pay"], new_x="LMARGIN", new_y="NEXT")
    if lang == "vi":
        pdf.multi_cell(0, 4.5, f"Mã tra cứu: {doc['lookup']} - Tra cứu hóa đơn tại https://einvoice-tracuu.vn-hd.com")
    pdf.output(path)
    return pdf.pages_count


# ------------------------------------------------------------------ plan
RL_PLAN = [  # name, make_doc kwargs, render kwargs
    ("rl_en_cn_commercial_01", dict(lang="en", supplier_lang="en", shipping=True), dict(style=0, commercial=True)),
    ("rl_en_kr_invoice_02", dict(lang="en", discount=True), dict(style=1)),
    ("rl_en_th_invoice_03", dict(lang="en"), dict(style=0, accent=(0.5, 0.2, 0.1))),
    ("rl_en_proforma_04", dict(lang="en", doc_type="proforma", shipping=True), dict(style=1)),
    ("rl_en_multi_05", dict(lang="en", many_items=True, shipping=True), dict(style=0)),
    ("rl_en_invoice_06", dict(lang="en", arith_error=True), dict(style=0)),
    ("rl_en_invoice_07", dict(lang="en", discount=True, shipping=True), dict(style=1, accent=(0.2, 0.2, 0.2))),
    ("rl_en_credit_08", dict(lang="en", doc_type="credit_note", n_items=2), dict(style=0)),
    ("rl_de_rechnung_09", dict(lang="de", shipping=True), dict(style=0)),
    ("rl_de_rechnung_10", dict(lang="de", discount=True), dict(style=1, accent=(0.3, 0.3, 0.3))),
    ("rl_fr_facture_11", dict(lang="fr", shipping=True), dict(style=0, accent=(0.1, 0.4, 0.3))),
    ("rl_fr_facture_12", dict(lang="fr", many_items=True), dict(style=1)),
    ("rl_it_fattura_13", dict(lang="it"), dict(style=0)),
    ("rl_it_fattura_14", dict(lang="it", arith_error=True, discount=True), dict(style=1)),
    ("rl_es_factura_15", dict(lang="es", shipping=True), dict(style=0)),
    ("rl_nl_factuur_16", dict(lang="nl", discount=True), dict(style=1, accent=(0.9, 0.45, 0.0))),
    ("rl_pl_faktura_17", dict(lang="pl"), dict(style=0)),
    ("rl_vi_gtgt_18", dict(lang="vi", doc_type="tax_invoice"), dict(style=1, accent=(0.6, 0.1, 0.1))),
    ("rl_vi_gtgt_19", dict(lang="vi", doc_type="tax_invoice", discount=True), dict(style=0)),
    ("rl_vi_gtgt_20", dict(lang="vi", doc_type="tax_invoice", many_items=True), dict(style=1, accent=(0.6, 0.1, 0.1))),
    ("rl_zh_vat_21", dict(lang="zh", doc_type="tax_invoice"), dict(style=1, accent=(0.55, 0.35, 0.1))),
    ("rl_zh_vat_22", dict(lang="zh", doc_type="tax_invoice", shipping=True), dict(style=1, accent=(0.55, 0.35, 0.1))),
    ("rl_zh_export_23", dict(lang="zh", cur="USD", tax=D(0)), dict(style=0)),
    ("rl_ja_seikyu_24", dict(lang="ja", shipping=True), dict(style=0, accent=(0.1, 0.1, 0.4))),
    ("rl_ja_seikyu_25", dict(lang="ja", arith_error=True), dict(style=1)),
    ("rl_en_packing_26", dict(lang="en", doc_type="packing_list"), dict(style=0)),
    ("rl_zh_quote_27", dict(lang="zh", doc_type="quotation", tax=D(0)), dict(style=0)),
    ("rl_en_po_28", dict(lang="en", doc_type="purchase_order", buyer_lang="en"), dict(style=1, stamp=False)),
]

FP_PLAN = [
    ("fp_en_invoice_01", dict(lang="en", shipping=True), dict()),
    ("fp_en_invoice_02", dict(lang="en", discount=True), dict(fill=(240, 240, 240))),
    ("fp_en_proforma_03", dict(lang="en", doc_type="proforma"), dict()),
    ("fp_en_invoice_04", dict(lang="en", arith_error=True, shipping=True), dict(commercial=True)),
    ("fp_vi_gtgt_05", dict(lang="vi", doc_type="tax_invoice"), dict(fill=(250, 235, 220))),
    ("fp_vi_gtgt_06", dict(lang="vi", doc_type="tax_invoice", shipping=True), dict()),
    ("fp_vi_receipt_07", dict(lang="vi", doc_type="receipt", n_items=2), dict()),
    ("fp_de_rechnung_08", dict(lang="de", many_items=True), dict()),
    ("fp_pl_faktura_09", dict(lang="pl", shipping=True), dict()),
    ("fp_pl_faktura_10", dict(lang="pl", discount=True), dict(fill=(235, 250, 235))),
    ("fp_es_factura_11", dict(lang="es"), dict()),
    ("fp_nl_factuur_12", dict(lang="nl", shipping=True), dict()),
    ("fp_fr_devis_13", dict(lang="fr", doc_type="quotation"), dict()),
    ("fp_en_delivery_14", dict(lang="en", doc_type="delivery_note"), dict()),
]


def run():
    recs = []
    for i, (name, dk, rk) in enumerate(RL_PLAN):
        doc = make_doc(1000 + i, **dk)
        fn = name + ".pdf"
        pages = rl_render(doc, os.path.join(FILES, fn), compress=i % 2, **rk)
        save_meta(name, doc, dict(render="rl", rk=rk))
        recs.append(label(doc, fn, "reportlab", pages))
    for i, (name, dk, rk) in enumerate(FP_PLAN):
        doc = make_doc(2000 + i, **dk)
        fn = name + ".pdf"
        pages = fp_render(doc, os.path.join(FILES, fn), **rk)
        save_meta(name, doc, dict(render="fp", rk=rk))
        recs.append(label(doc, fn, "fpdf2", pages))
    write_labels("pdf", recs)
    return recs


if __name__ == "__main__":
    r = run()
    print(len(r), "pdf files")
