"""Office producers: CSV spreadsheets and python-docx documents converted by LibreOffice, fpdf2 invoices."""
import os, subprocess, shutil, csv
from decimal import Decimal
from common import *
from genuine_rl import new_fapiao_doc, new_en_doc, cn_date, save_meta


def soffice_batch(paths, outdir):
    if not paths:
        return
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, capture_output=True, timeout=300)


def csv_sheet(doc, path):
    """A small supplier's Excel-style 送货对账/发票 sheet (Chinese) or English."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        if doc["lang"] == "zh":
            w.writerow(["销售单（发票）", "", "", "", "", ""])
            w.writerow(["供方", doc["supplier"]["name"], "", "单号", doc["number"], ""])
            w.writerow(["购方", doc["buyer"]["name"], "", "日期", doc["date"].strftime("%Y/%m/%d"), ""])
            w.writerow(["税号", doc["buyer"]["taxid"], "", "", "", ""])
            w.writerow(["品名", "规格", "数量", "含税单价", "税率", "含税金额"])
            for l in doc["lines"]:
                w.writerow([l["name"].split("*")[-1], l["spec"], l["qty"], fmt(l["price"], "plain"), l["rate"], fmt(l["amount"], "plain")])
            w.writerow(["", "", "", "", "其中税额", fmt(doc["sum_tax"], "plain")])
            w.writerow(["", "", "", "", "合计（含税）", fmt(doc["grand_printed"], "plain")])
            w.writerow(["大写", rmb_upper(doc["grand_printed"]), "", "", "", ""])
        else:
            w.writerow(["INVOICE", "", "", "", ""])
            w.writerow(["Seller", doc["supplier"]["name"], "", "Invoice #", doc["number"]])
            w.writerow(["Buyer", doc["buyer"]["name"], "", "Date", doc["date"].strftime("%m/%d/%Y")])
            w.writerow(["Description", "SKU", "Qty", "Unit price", "Amount"])
            for l in doc["lines"]:
                w.writerow([l["name"], l["spec"], l["qty"], fmt(l["price"]), fmt(l["amount"])])
            w.writerow(["", "", "", "Subtotal", fmt(doc["sub"])])
            if doc["disc"]:
                w.writerow(["", "", "", "Discount", "-" + fmt(doc["disc"])])
            if doc["ship"]:
                w.writerow(["", "", "", "Freight", fmt(doc["ship"])])
            w.writerow(["", "", "", "TOTAL " + doc["currency"], fmt(doc["grand_printed"])])


def sheet_doc_zh(err=None):
    """tax-inclusive sheet: amounts include VAT, tax shown separately"""
    doc = new_fapiao_doc(kind="normal", n_lines=R.randint(2, 6))
    for l in doc["lines"]:
        l["amount"] = q2(l["price"] * l["qty"])
    g = sum((l["amount"] for l in doc["lines"]), Decimal("0"))
    doc["sum_tax"] = q2(g - g / Decimal("1.13"))
    doc["grand"] = doc["grand_printed"] = g
    doc["doc_type"] = "invoice"
    doc["number"] = "XS%s%03d" % (doc["date"].strftime("%Y%m%d"), R.randint(1, 999))
    if err:
        doc["err"] = "grand"
        doc["grand_printed"] = g + Decimal("20.00")
    return doc


def docx_invoice(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "WenQuanYi Micro Hei"; st.font.size = Pt(10)
    if doc["lang"] == "zh":
        d.add_heading("收  据", 0)
        d.add_paragraph("收据编号：%s        开具日期：%s" % (doc["number"], cn_date(doc["date"])))
        d.add_paragraph("付款单位：%s" % doc["buyer"]["name"])
        d.add_paragraph("收款单位：%s" % doc["supplier"]["name"])
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["摘要", "数量", "单价", "金额", "备注"]):
            c.text = h
        for l in doc["lines"]:
            r = t.add_row().cells
            r[0].text = l["name"].split("*")[-1]; r[1].text = str(l["qty"]); r[2].text = fmt(l["price"]); r[3].text = fmt(l["amount"])
        d.add_paragraph("合计金额：人民币%s（¥%s）" % (rmb_upper(doc["grand_printed"]), fmt(doc["grand_printed"])))
        d.add_paragraph("收款人：%s    （本收据不含增值税，已开具发票另行交付）" % doc["issuer"])
    else:
        d.add_heading("Invoice", 0)
        d.add_paragraph("%s\n%s\nTax ID: %s" % (doc["supplier"]["name"], doc["supplier"]["addr"], doc["supplier"]["taxid"]))
        d.add_paragraph("Invoice number: %s\nInvoice date: %s\nBill to: %s" % (doc["number"], doc["date"].strftime("%Y-%m-%d"), doc["buyer"]["name"]))
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Description", "Qty", "Unit price", "Line total"]):
            c.text = h
        for l in doc["lines"]:
            r = t.add_row().cells
            r[0].text = l["name"]; r[1].text = str(l["qty"]); r[2].text = fmt(l["price"]); r[3].text = fmt(l["amount"])
        for lab, v in [("Subtotal", doc["sub"]), ("Discount", -doc["disc"]), ("Shipping", doc["ship"])]:
            if v or lab == "Subtotal":
                d.add_paragraph("%s: %s %s" % (lab, doc["currency"], fmt(v)))
        d.add_paragraph("Total amount due: %s %s" % (doc["currency"], fmt(doc["grand_printed"])))
    d.save(path)


def receipt_doc():
    doc = new_fapiao_doc(kind="normal", n_lines=R.randint(1, 3), pool=SERVICE_ITEMS)
    for l in doc["lines"]:
        l["tax"] = Decimal("0"); l["amount"] = q2(l["price"] * l["qty"])
    g = sum((l["amount"] for l in doc["lines"]), Decimal("0"))
    doc["grand"] = doc["grand_printed"] = g
    doc["doc_type"] = "receipt"
    doc["number"] = "No.%07d" % R.randint(1, 9999999)
    return doc


def fpdf_invoice(doc, path):
    from fpdf import FPDF
    p = FPDF(format="letter")
    p.add_page()
    p.set_font("Courier", "B", 16)
    p.cell(0, 10, doc["supplier"]["name"], new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", size=9)
    p.multi_cell(0, 5, doc["supplier"]["addr"] + "\n" + doc["supplier"]["taxid"])
    p.ln(4)
    p.set_font("Courier", "B", 12)
    p.cell(0, 8, "INVOICE %s    DATE %s" % (doc["number"], doc["date"].strftime("%m/%d/%Y")), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", size=9)
    p.multi_cell(0, 5, "BILL TO: %s\n%s" % (doc["buyer"]["name"], doc["buyer"]["addr"]))
    p.ln(3)
    for l in doc["lines"]:
        p.cell(0, 5, "%-34s %6s x %9s = %11s" % (l["name"][:34], l["qty"], fmt(l["price"]), fmt(l["amount"])), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.cell(0, 5, "%52s %11s" % ("SUBTOTAL", fmt(doc["sub"])), new_x="LMARGIN", new_y="NEXT")
    if doc["disc"]:
        p.cell(0, 5, "%52s %11s" % ("DISCOUNT", "-" + fmt(doc["disc"])), new_x="LMARGIN", new_y="NEXT")
    if doc["ship"]:
        p.cell(0, 5, "%52s %11s" % ("SHIPPING", fmt(doc["ship"])), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", "B", 10)
    p.cell(0, 6, "%46s %s %11s" % ("TOTAL", doc["currency"], fmt(doc["grand_printed"])), new_x="LMARGIN", new_y="NEXT")
    p.output(path)


def run():
    import pypdf
    out = []
    work = os.path.join(TMP, "office"); os.makedirs(work, exist_ok=True)
    srcs, docs = [], {}
    for i in range(6):
        doc = sheet_doc_zh(err=(i == 3)) if i < 4 else new_en_doc(currency="USD", n=R.randint(3, 6))
        p = os.path.join(work, "sheet_%02d.csv" % i); csv_sheet(doc, p); srcs.append(p); docs[p] = (doc, "lo_calc_csv")
    for i in range(5):
        doc = receipt_doc() if i < 3 else new_en_doc(currency=R.choice(["USD", "GBP"]), n=R.randint(2, 5))
        p = os.path.join(work, "word_%02d.docx" % i); docx_invoice(doc, p); srcs.append(p); docs[p] = (doc, "docx_lo_writer")
    soffice_batch(srcs, work)
    for p, (doc, prod) in docs.items():
        pdf = p.rsplit(".", 1)[0] + ".pdf"
        if os.path.exists(pdf):
            name = os.path.basename(pdf)
            shutil.copy(pdf, os.path.join(FILES, name))
            save_meta(name, doc, {}, None)
            out.append(label(name, doc, prod, pages=len(pypdf.PdfReader(pdf).pages)))
    for i in range(4):
        doc = new_en_doc(currency="USD", n=R.randint(3, 8), err="grand" if i == 1 else None)
        name = "ci_fpdf_%02d.pdf" % i
        fpdf_invoice(doc, os.path.join(FILES, name))
        save_meta(name, doc, {}, None)
        out.append(label(name, doc, "fpdf2_plain_en", pages=1))
    return out


if __name__ == "__main__":
    print(len(run()))
