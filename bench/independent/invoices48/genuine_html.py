"""Genuine documents printed from HTML (WeasyPrint, Chromium)."""
import json, os
from common import *
import gen_html as G

def doc_strings(doc):
    return dict(date_str=doc["date_str"], total_str=G.money(doc, doc["total"]) if doc["lang"] not in ("ko", "ja", "zh") else None,
                buyer=doc["buyer"]["name"], supplier=doc["supplier"]["name"], qty=str(doc["lines"][0]["qty"]),
                lang=doc["lang"], dec=doc["dec"], total=str(doc["total"]), date=doc["date"].isoformat())

def run(rng, labs, reg, n_weasy=40, n_chrome=10):
    plan = []
    langs = ["ko", "ko", "ko", "ja", "ja", "zh", "zh", "en", "en", "en", "de", "fr", "it", "es", "pl", "nl"]
    for i in range(n_weasy + n_chrome):
        lang = langs[i % len(langs)]
        plan.append((i, lang, "weasy" if i < n_weasy else "chrome"))
    err_idx = {3, 17, 29, 44}
    for i, lang, eng in plan:
        kw = dict(discount=rng.random() < .3, shipping=rng.random() < .35, tax=rng.random() < .85,
                  arithmetic_error=i in err_idx, n_items=rng.choice([1, 2, 3, 4, 6, 8, 35]) )
        if kw["n_items"] == 35 and lang in ("ko",): kw["n_items"] = 28
        cur = None; sup_lang = None; dt = "invoice"
        if lang == "ko":
            kind = ["tax_invoice", "statement", "receipt"][i % 3]
            dt = "tax_invoice" if kind == "tax_invoice" else ("receipt" if kind == "receipt" else "invoice")
            kw["tax"] = True
            if kind == "receipt": kw["n_items"] = min(kw["n_items"], 4)
            doc = make_doc(rng, "ko", dt, **kw)
            h = G.ko_tax_invoice(doc) if kind == "tax_invoice" else G.ko_statement(doc) if kind == "statement" else G.receipt_html(doc)
        elif lang == "ja":
            kw["tax"] = True
            doc = make_doc(rng, "ja", "invoice", **kw); h = G.ja_invoice(doc)
        elif lang == "zh":
            if i % 2:
                kw["tax"] = True; doc = make_doc(rng, "zh", "tax_invoice", date_style="cjk", **kw); h = G.zh_vat(doc)
            else:
                doc = make_doc(rng, "zh", "proforma", currency="USD", **kw); h = G.western(doc, W["zh"]["proforma"] + " PROFORMA INVOICE", "#8a2b2b")
        elif lang == "en":
            cur = rng.choice(["HKD", "USD", "TWD", "SGD", "USD"])
            sup_lang = "en"
            dt = rng.choice(["invoice", "invoice", "invoice", "proforma", "credit_note"]) if i % 5 else "invoice"
            doc = make_doc(rng, "en", dt, currency=cur, **kw)
            if cur == "HKD": doc["supplier"] = dict(name="Kowloon Bridge Trading Ltd.", addr=SUPPLIERS["en"][0][1], taxid=SUPPLIERS["en"][0][2], rep="")
            if cur == "TWD": doc["supplier"] = dict(name="Formosa Cable Works Co., Ltd.", addr=SUPPLIERS["en"][1][1], taxid=SUPPLIERS["en"][1][2], rep="")
            if cur == "SGD": doc["supplier"] = dict(name="Lionstone Home Goods Pte. Ltd.", addr=SUPPLIERS["en"][3][1], taxid=SUPPLIERS["en"][3][2], rep="")
            title = {"invoice": "COMMERCIAL INVOICE" if i % 2 else "INVOICE", "proforma": "PROFORMA INVOICE", "credit_note": "CREDIT NOTE"}[dt]
            h = G.western(doc, title, rng.choice(["#1d4f91", "#0f6b4f", "#333333", "#7a1f5c"]))
        else:
            doc = make_doc(rng, lang, "invoice", **kw)
            h = G.western(doc, W[lang]["invoice"], rng.choice(["#1d4f91", "#0f6b4f", "#444", "#a0522d"]))
        fname = f"g{len(labs)+1:03d}_{lang}_{'wp' if eng == 'weasy' else 'chr'}.pdf"
        out = os.path.join(FILES, fname)
        G.render(h, out, eng)
        prod = {"weasy": "html_weasyprint", "chrome": "html_chromium"}[eng]
        labs.append(label_for(doc, fname, prod, pdf_pages(out)))
        reg[fname] = dict(doc_strings(doc), html=h)
        print("made", fname, flush=True)
