"""Spreadsheets (CSV -> LibreOffice Calc -> PDF) and Word documents (python-docx -> LibreOffice -> PDF)."""
import os, random, subprocess, csv, shutil
from common import *


def csv_rows(spec):
    l = L(spec)
    R = [[spec["supplier"]["name"]], [spec["supplier"]["addr"]], [spec["supplier"]["tax"]], [],
         [l.get(spec["doc_type"]), "", l["no"], spec["number"]], [l["buyer"], spec["buyer"]["name"], l["date"], dstr(spec)],
         ["", spec["buyer"]["addr"]], ["", spec["buyer"]["tax"]], [], ["#", l["desc"], l["qty"], l["unit"], l["amount"]]]
    for i, it in enumerate(spec["lines"], 1):
        R.append([i, it["desc"], it["qty"], money(it["price"], spec, False), money(it["net"], spec, False)][:5 if has_amounts(spec) else 3])
    if not has_amounts(spec):
        R[9] = R[9][:3]
        return R + [[], ["Koli sayısı / Cartons", len(spec["lines"]) * 4]]
    R.append([])
    R.append(["", "", "", l["subtotal"], money(spec["subtotal"], spec)])
    if spec["disc_amt"]:
        R.append(["", "", "", l["discount"], "-" + money(spec["disc_amt"], spec)])
    if spec["shipping"]:
        R.append(["", "", "", l["shipping"], money(spec["shipping"], spec)])
    for r, a in spec["tax_amts"].items():
        R.append(["", "", "", f"{l['vat']} %{r}" if spec["lang"] == "tr" else f"{l['vat']} {r}%", money(a, spec)])
    R.append(["", "", "", l["total"], money(spec["total"], spec)])
    return R


def make_csv(spec, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";").writerows(csv_rows(spec))


def make_docx(spec, path):
    from docx import Document
    from docx.shared import Pt
    l = L(spec)
    d = Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9.5)
    d.add_heading(spec["supplier"]["name"], 1)
    d.add_paragraph(spec["supplier"]["addr"] + "\n" + spec["supplier"]["tax"])
    d.add_heading(l.get(spec["doc_type"]), 2)
    d.add_paragraph(f"{l['no']}: {spec['number']}\n{l['date']}: {dstr(spec)}")
    d.add_paragraph(f"{l['buyer']}: {spec['buyer']['name']}\n{spec['buyer']['addr']}\n{spec['buyer']['tax']}")
    amounts = has_amounts(spec)
    hs = ["#", l["desc"], l["qty"], l["unit"], l["amount"]] if amounts else ["#", l["desc"], l["qty"]]
    t = d.add_table(rows=1, cols=len(hs)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hs):
        c.text = h
    for i, it in enumerate(spec["lines"], 1):
        vals = [str(i), it["desc"], f"{it['qty']} {l['pcs']}"] + ([money(it["price"], spec, False), money(it["net"], spec, False)] if amounts else [])
        for c, v in zip(t.add_row().cells, vals):
            c.text = v
    if amounts:
        p = d.add_paragraph()
        p.add_run(f"\n{l['subtotal']}: {money(spec['subtotal'], spec)}")
        if spec["disc_amt"]:
            p.add_run(f"\n{l['discount']}: -{money(spec['disc_amt'], spec)}")
        if spec["shipping"]:
            p.add_run(f"\n{l['shipping']}: {money(spec['shipping'], spec)}")
        for r, a in spec["tax_amts"].items():
            p.add_run(f"\n{l['vat']} {r}%: {money(a, spec)}")
        p.add_run(f"\n{l['total']}: {money(spec['total'], spec)}").bold = True
    d.add_paragraph(l["due"].format(iban=spec["iban"]))
    d.core_properties.author = spec["supplier"]["name"].split()[0]
    d.save(path)


def soffice(paths, outdir, infilter=None):
    cmd = ["/usr/bin/soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(TMP, "lo_profile")]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, capture_output=True, timeout=400)


def plan():
    return [("csv", "tr", "invoice", {}), ("csv", "tr", "proforma", {}), ("csv", "en", "invoice", {"currency": "USD", "datevar": 2}),
            ("csv", "de", "invoice", {"arith_error": True}), ("csv", "tr", "packing_list", {}),
            ("docx", "tr", "invoice", {}), ("docx", "bg", "invoice", {}), ("docx", "el", "invoice", {}), ("docx", "ro", "quotation", {}),
            ("docx", "en", "invoice", {"currency": "GBP"})]


def run():
    rng = random.Random(4503)
    labels, specs, jobs = [], {}, {"csv": [], "docx": []}
    work = os.path.join(TMP, "office"); os.makedirs(work, exist_ok=True)
    items = []
    for i, (kind, lang, dt, kw) in enumerate(plan()):
        spec = make_spec(rng, lang, dt, **kw)
        stem = f"o{i+1:02d}_{lang}_{'calc' if kind == 'csv' else 'writer'}_{dt}"
        src = os.path.join(work, stem + "." + kind)
        (make_csv if kind == "csv" else make_docx)(spec, src)
        jobs[kind].append(src)
        items.append((stem, kind, spec))
    soffice(jobs["csv"], work, "CSV:59,34,76,1")
    soffice(jobs["docx"], work)
    for stem, kind, spec in items:
        p = os.path.join(work, stem + ".pdf")
        if not os.path.exists(p):
            print("missing", p); continue
        fn = stem + ".pdf"
        shutil.copy(p, os.path.join(FILES, fn))
        prod = "libreoffice_calc_csv" if kind == "csv" else "python_docx_libreoffice"
        labels.append(label(spec, fn, prod, pdf_pages(p)))
        specs[fn] = (spec, kind, "soffice")
        print(fn, flush=True)
    write_part("genuine_office", labels)
    save_specs("genuine_office", specs)


if __name__ == "__main__":
    run()
