# nonin.py - documents that travel with invoices but are NOT invoices
import os, random, html
from PIL import Image
from common import *
import genuine_html, scans

E = html.escape
T = {  # per language: title words and column heads
 "cs": dict(no="Číslo", date="Datum", item="Položka", qty="Množství", weight="Hmotnost", cartons="Kartony", price="Cena za MJ", sum="Celkem", sign="Převzal", valid="Platnost nabídky do"),
 "en": dict(no="No.", date="Date", item="Item", qty="Qty", weight="G.W. (kg)", cartons="CTNs", price="Unit price", sum="Total", sign="Received by", valid="Valid until"),
 "de": dict(no="Nr.", date="Datum", item="Artikel", qty="Menge", weight="Gewicht (kg)", cartons="Kartons", price="Einzelpreis", sum="Summe", sign="Empfangen", valid="Gültig bis"),
 "pl": dict(no="Nr", date="Data", item="Towar", qty="Ilość", weight="Waga (kg)", cartons="Kartony", price="Cena netto", sum="Razem", sign="Odebrał", valid="Ważna do"),
}

def nonin_html(doc, with_prices, extra=""):
    t = T[doc["lang"]]; lang = doc["lang"]
    rows = ""
    for it in doc["items"]:
        rows += f"<tr><td>{E(it['code'])}</td><td>{E(it['desc'])}</td><td class=r>{it['qty']} {E(it['unit'])}</td>"
        rows += (f"<td class=r>{N(doc,it['price'])}</td><td class=r>{N(doc,it['net'])}</td>" if with_prices else f"<td class=r>{max(1, it['qty']//random.choice([10,12,20,24]))}</td><td class=r>{N(doc, it['qty'] * D(random.randint(8,90))/100)}</td>")
        rows += "</tr>"
    heads = ["Art.", t["item"], t["qty"]] + ([t["price"], t["sum"]] if with_prices else [t["cartons"], t["weight"]])
    tot = f"<p class=r style='font-size:12pt'><b>{t['sum']}: {M(doc, doc['printed_total'])}</b></p>" if doc['printed_total'] is not None else ""
    who1, who2 = (doc["buyer"], doc["supplier"]) if doc["doc_type"] == "purchase_order" else (doc["supplier"], doc["buyer"])
    return f"""<html><meta charset=utf-8><style>@page {{ size: A4; margin: 16mm }} body {{ font-family: 'DejaVu Sans'; font-size: 9pt }} h1 {{ font-size: 18pt; letter-spacing: 1px }}
table {{ width: 100%; border-collapse: collapse }} th {{ border-bottom: 2px solid #000; text-align: left }} td {{ border-bottom: 1px solid #ccc; padding: 3px }} .r {{ text-align: right }}</style>
<h1>{E(title(doc))}</h1><p>{t['no']}: <b>{E(doc['number'])}</b> &nbsp; {t['date']}: <b>{DT(doc)}</b></p>
<table style='margin-bottom:6mm'><tr><td style='width:50%;vertical-align:top'><b>{E(who1['name'])}</b><br>{E(who1['street'])}<br>{E(who1['city'])}<br>{E(who1['country'])}<br>{E(who1['vat_label'] or who1['id_label'])}: {E(who1['vat'] or who1['id'])}</td>
<td style='vertical-align:top'><b>{E(who2['name'])}</b><br>{E(who2['street'])}<br>{E(who2['city'])}<br>{E(who2['country'])}</td></tr></table>
<table><tr>{''.join(f'<th>{E(h)}</th>' for h in heads)}</tr>{rows}</table>{tot}{extra}
<p style='margin-top:15mm'>{t['sign']}: ____________________</p></html>"""

LETTER = {"cs": ("Věc: Potvrzení o původu zboží", "Vážení,\n\npotvrzujeme, že zboží dodané společnosti {b} na základě našich faktur za období {d} pochází z naší distribuce a bylo nakoupeno od autorizovaných dodavatelů. Originály faktur Vám na požádání zašleme.\n\nS pozdravem"),
          "de": ("Betreff: Bestätigung der Lieferkette", "Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir, dass wir die Firma {b} seit {d} regelmäßig mit Waren beliefern. Die Rechnungen liegen Ihnen vor.\n\nMit freundlichen Grüßen")}

PLAN = [
 ("n01", "en", "packing_list", "weasy", {"supplier_cc": "CN"}), ("n02", "cs", "purchase_order", "weasy", {"supplier_cc": "DE", "buyer_cc": "CZ"}),
 ("n03", "de", "quotation", "weasy", {}), ("n04", "cs", "delivery_note", "scan", {}), ("n05", "pl", "price_list", "weasy", {}),
 ("n06", "cs", "letter", "docx", {}), ("n07", "de", "letter", "weasy", {}), ("n08", "de", "delivery_note", "weasy", {}),
 ("n09", "en", "quotation", "weasy", {"supplier_cc": "VN"}), ("n10", "cs", "purchase_order", "photo", {}),
 ("n11", "en", "packing_list", "scan", {"supplier_cc": "CN"}),
]

def run():
    rows = []
    for i, (key, lang, dt, how, kw) in enumerate(PLAN):
        doc = make_doc(lang, seed=39700 + i, **kw)
        doc["doc_type"] = dt; doc["reverse_charge"] = False
        with_prices = dt in ("purchase_order", "quotation", "price_list")
        if with_prices:
            doc["printed_total"] = sum(it["net"] for it in doc["items"])
            if dt == "price_list": doc["printed_total"] = None
        else:
            doc["printed_total"] = None
        doc["number"] = {"packing_list": "PL-", "purchase_order": "OBJ-" if lang == "cs" else "PO-", "quotation": "AN-" if lang == "de" else "QT-",
                         "delivery_note": "DL-" if lang == "cs" else "LS-", "price_list": "CEN-", "letter": "ref. "}[dt] + doc["number"][-6:]
        if dt == "price_list":
            for it in doc["items"]: it["qty"] = 1; it["net"] = it["price"]
        if dt == "letter":
            doc["doc_type"] = "other"
            subj, body = LETTER[lang]
            body = body.format(b=doc["buyer"]["name"], d=DT(doc, doc["date"] - datetime.timedelta(days=200)))
            if how == "docx":
                from docx import Document
                d = Document(); d.add_paragraph(doc["supplier"]["name"] + "\n" + doc["supplier"]["street"] + "\n" + doc["supplier"]["city"])
                d.add_paragraph(f"{doc['buyer']['name']}\n{doc['buyer']['street']}\n{doc['buyer']['city']}").alignment = 2
                d.add_paragraph(f"{doc['supplier']['city'].split(' ', 2)[-1]}, {DT(doc)}").alignment = 2
                d.add_paragraph().add_run(subj).bold = True
                for para in body.split("\n\n"): d.add_paragraph(para)
                d.add_paragraph("\n\nIng. " + random.choice(["Petr Novák", "Tomáš Svoboda"]) + "\njednatel")
                srcd = os.path.join(TMP, f"{key}.docx"); d.save(srcd)
                import subprocess
                subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(TMP, "lo_profile"), "--convert-to", "pdf", "--outdir", TMP, srcd],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=200)
                fn = f"{key}_{lang}_letter_lo.pdf"; os.replace(os.path.join(TMP, f"{key}.pdf"), os.path.join(FILES, fn)); prod = "docx_libreoffice"
            else:
                h = f"<html><meta charset=utf-8><body style='font-family:DejaVu Serif;font-size:10.5pt;margin:10mm'><p style='color:#335'><b>{E(doc['supplier']['name'])}</b><br>{E(doc['supplier']['street'])} · {E(doc['supplier']['city'])}</p><br><p>{E(doc['buyer']['name'])}<br>{E(doc['buyer']['street'])}<br>{E(doc['buyer']['city'])}</p><p style='text-align:right'>{DT(doc)}</p><p><b>{E(subj)}</b></p>" + "".join(f"<p>{E(p)}</p>" for p in body.split("\n\n")) + "<p><br>i.A. K. Brenner</p></body></html>"
                fn = f"{key}_{lang}_letter.pdf"; genuine_html.render_weasy(h, os.path.join(FILES, fn)); prod = "html_weasy_letter"
            pages = pdf_pages(os.path.join(FILES, fn))
        else:
            h = nonin_html(doc, with_prices)
            if how == "weasy":
                fn = f"{key}_{lang}_{dt}.pdf"; genuine_html.render_weasy(h, os.path.join(FILES, fn)); prod = "html_weasy_nondoc"; pages = pdf_pages(os.path.join(FILES, fn))
            else:
                src = os.path.join(TMP, f"src_{key}.pdf"); genuine_html.render_weasy(h, src)
                rng = random.Random(39700 + i); meta = {}
                fn, pages, prod = scans.make_scan(doc, src, key, "scan_jpg" if how == "scan" else "photo", rng, meta)
        rows.append(label(doc, fn, prod, pages))
        print(fn, dt, rows[-1]["total"], flush=True)
    write_part("nonin", rows)

if __name__ == "__main__":
    run()
