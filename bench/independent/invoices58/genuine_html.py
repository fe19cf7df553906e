"""Genuine invoices as HTML/CSS 'accounting software' templates, printed by WeasyPrint or headless Chromium."""
import os, pickle, random, subprocess, html as H
from common import *

CSS = {
 "minimal": """@page{size:A4;margin:18mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#222}
  h1{font-size:20pt;font-weight:300;letter-spacing:2px;margin:0 0 8mm} .top{display:flex;justify-content:space-between}
  table.l{width:100%;border-collapse:collapse;margin-top:8mm} table.l th{text-align:left;border-bottom:1.5px solid #222;padding:3px}
  table.l td{padding:3px;border-bottom:0.5px solid #ccc} .r{text-align:right} .tot{margin-left:55%;width:45%;margin-top:5mm}
  .tot td{padding:2px} .grand td{font-weight:bold;font-size:11pt;border-top:1.5px solid #222} .foot{margin-top:12mm;font-size:7.5pt;color:#555}""",
 "cloud": """@page{size:A4;margin:14mm 15mm} body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#1b2a3a}
  .band{background:#0f6e8c;color:#fff;padding:6mm;border-radius:3mm} h1{margin:0;font-size:16pt} .top{display:flex;justify-content:space-between;margin-top:5mm}
  .box{border:1px solid #0f6e8c;border-radius:2mm;padding:3mm;width:44%} table.l{width:100%;border-collapse:collapse;margin-top:6mm}
  table.l th{background:#dbeef4;padding:4px;text-align:left} table.l td{padding:4px} table.l tr:nth-child(even) td{background:#f5fafc}
  .r{text-align:right} .tot{margin-left:50%;width:50%;margin-top:4mm;border-collapse:collapse} .tot td{padding:3px}
  .grand td{background:#0f6e8c;color:#fff;font-weight:bold;font-size:10.5pt} .foot{margin-top:10mm;font-size:7pt}""",
 "classic": """@page{size:A4;margin:20mm 16mm;@bottom-right{content:'Pagina ' counter(page) ' di ' counter(pages);font-size:7pt}}
  body{font-family:'DejaVu Serif',serif;font-size:9pt} h1{font-size:14pt;text-align:center;border:2px double #000;padding:2mm}
  .top{display:flex;justify-content:space-between} .box{border:1px solid #000;padding:2mm;width:46%}
  table.l{width:100%;border-collapse:collapse;margin-top:5mm} table.l th,table.l td{border:1px solid #000;padding:2px 3px}
  table.l th{background:#ddd} .r{text-align:right} .tot{margin-left:52%;width:48%;border-collapse:collapse;margin-top:4mm}
  .tot td{border:1px solid #000;padding:2px 4px} .grand td{font-weight:bold} .foot{margin-top:8mm;font-size:7.5pt}""",
}


def build_html(doc, style, rng):
    lang = doc["lang"]
    ns = lang if lang in ("it", "de", "fr") else "en"
    ds = rng.choice({"it": ["dmy/", "it_long", "dmy."], "de": ["dmy.", "de_long"], "fr": ["dmy/", "fr_long"], "en": ["iso", "dmy/"]}[lang])
    e = H.escape
    title = T(lang, doc["doc_type"] if doc["doc_type"] in ("credit_note", "deferred") else "invoice")
    rows = "".join(
        f"<tr><td>{e(l['code'])}</td><td>{e(l['desc'])}</td><td class=r>{fmt_num(l['qty'], ns)}</td><td>{e(l['um'])}</td><td class=r>{fmt_num(l['price'], ns)}</td>"
        f"<td class=r>{fmt_num(l['disc'], ns) if l['disc'] else ''}</td><td class=r>{l['natura'] or fmt_num(l['rate'], ns)}</td><td class=r>{fmt_num(l['total'], ns)}</td></tr>"
        for l in doc["lines"])
    tot = ""
    for r in doc["riepilogo"]:
        tag = r["natura"] or f"{fmt_num(r['rate'], ns)}%"
        tot += f"<tr><td>{T(lang,'net')} {tag}</td><td class=r>{fmt_num(r['imponibile'], ns)}</td></tr><tr><td>{T(lang,'tax')} {tag}</td><td class=r>{fmt_num(r['imposta'], ns)}</td></tr>"
    if doc["bollo"]:
        tot += f"<tr><td>Bollo virtuale</td><td class=r>{fmt_num(doc['bollo'], ns)}</td></tr>"
    tot += f"<tr class=grand><td>{T(lang,'total')}</td><td class=r>{fmt_num(doc['totale'], ns)} {doc['currency']}</td></tr>"
    if doc["ritenuta_amt"]:
        tot += f"<tr><td>Ritenuta d'acconto</td><td class=r>-{fmt_num(doc['ritenuta_amt'], ns)}</td></tr><tr><td>Netto a pagare</td><td class=r>{fmt_num(doc['pagamento'], ns)}</td></tr>"
    ddt = ""
    if doc.get("ddt"):
        ddt = "<p><i>" + "; ".join(f"DDT n. {n_} del {fmt_date(d_, ds)}" for n_, d_ in doc["ddt"]) + "</i></p>"
    extra = ""
    if lang == "it":
        extra = f"<p>Tipo documento {doc['tipo']} &middot; Codice destinatario {doc['buy_sdi']} &middot; Esigibilità IVA: immediata</p>"
    if doc["sconto_doc"]:
        extra += f"<p>Sconto incondizionato in fattura {fmt_num(doc['sconto_doc'], ns)}% applicato all'imponibile.</p>"
    notes = []
    if any(r["natura"] == "RC" for r in doc["riepilogo"]):
        notes.append(T(lang, "rc"))
    for r in doc["riepilogo"]:
        if r["natura"] in NATURA_DESC:
            notes.append(f"{r['natura']} - {NATURA_DESC[r['natura']]}")
    heads = [("Cod.", ""), (T(lang, "desc"), ""), (T(lang, "qty"), "r"), ("UM", ""), (T(lang, "price"), "r"), (T(lang, "disc"), "r"), (T(lang, "rate"), "r"), (T(lang, "amount"), "r")]
    th = "".join(f"<th class={c}>{h}</th>" for h, c in heads)
    sup = f"<b>{e(doc['supplier'])}</b><br>{e(doc['sup_addr'])}<br>{e(doc['sup_city'])}<br>{T(lang,'vat')} {doc['sup_vat']}"
    buy = f"<small>{T(lang,'buyer')}</small><br><b>{e(doc['buyer'])}</b><br>{e(doc['buy_addr'])}<br>{e(doc['buy_city'])}<br>{T(lang,'vat')} {doc['buy_vat']}"
    if style == "cloud":
        head = f"<div class=band><h1>{title}</h1>{T(lang,'number')} {e(doc['number'])} &nbsp;|&nbsp; {T(lang,'date')} {fmt_date(doc['date'], ds)}</div><div class=top><div class=box>{sup}</div><div class=box>{buy}</div></div>"
    elif style == "classic":
        head = f"<div class=top><div class=box>{sup}</div><div class=box>{buy}</div></div><h1>{title} N. {e(doc['number'])} DEL {fmt_date(doc['date'], ds)}</h1>"
    else:
        head = f"<h1>{title}</h1><div class=top><div>{sup}</div><div>{buy}</div><div>{T(lang,'number')}<br><b>{e(doc['number'])}</b><br>{T(lang,'date')}<br><b>{fmt_date(doc['date'], ds)}</b></div></div>"
    body = (f"<html><head><meta charset=utf-8><title>{title} {e(doc['number'])}</title><style>{CSS[style]}</style></head><body>{head}{ddt}{extra}"
            f"<table class=l><thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table><table class=tot>{tot}</table>"
            f"<div class=foot>{'<br>'.join(notes)}<br>{T(lang,'due')} {fmt_date(doc['due'], ds)} &middot; IBAN {doc['iban']}</div></body></html>")
    return body, dict(date=fmt_date(doc["date"], ds), total=fmt_num(doc["totale"], ns), nstyle=ns, dstyle=ds)


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def chromium_print(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path], capture_output=True, timeout=120)


def run(rng):
    from weasyprint import HTML
    recs, store = [], {}
    specs = []
    langs = ["it"] * 10 + ["de", "de", "fr", "fr", "en", "it"]
    for k, lang in enumerate(langs):
        specs.append(("weasy", lang, ["minimal", "cloud", "classic"][k % 3]))
    for k, lang in enumerate(["it", "it", "it", "de", "fr", "it"]):
        specs.append(("chromium", lang, ["cloud", "minimal", "classic"][k % 3]))
    for k, (eng, lang, style) in enumerate(specs):
        dt = rng.choice(["invoice", "invoice", "deferred", "credit_note"]) if lang == "it" else "invoice"
        doc = make_doc(rng, lang, dt, nlines=(26 if k in (4, 18) else None), arith_error=(k in (9, 17)))
        if k == 12:
            doc["doc_type"] = "proforma"
        body, st = build_html(doc, style, rng)
        if k == 12:
            body = body.replace("FACTURE", "FACTURE PRO FORMA")
        fn = f"{eng}_{style}_{k:02d}.pdf"
        path = os.path.join(FILES, fn)
        hp = os.path.join(WORK, fn.replace(".pdf", ".html"))
        open(hp, "w").write(body)
        if eng == "weasy":
            HTML(string=body).write_pdf(path)
        else:
            chromium_print(hp, path)
        if not os.path.exists(path):
            continue
        doc["strings"] = st; store[fn] = doc
        recs.append(label(fn, doc, f"{'weasyprint' if eng == 'weasy' else 'chromium'}_html_{style}", pages=pdf_pages(path),
                          is_invoice=doc["doc_type"] != "proforma"))
    pickle.dump(store, open(os.path.join(WORK, "docs_html.pkl"), "wb"))
    save_labels("html", recs)
    return recs


if __name__ == "__main__":
    print(len(run(random.Random(582))))
