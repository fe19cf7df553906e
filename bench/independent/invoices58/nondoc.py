"""Documents that are NOT invoices: DDT, packing list, purchase order, quotation, price list, letter, reminder."""
import os, pickle, random
from common import *


def html_doc(title, doc, body_rows, heads, extra_top, extra_bottom, ds, show_prices=True):
    import html as Hm
    e = Hm.escape
    th = "".join(f"<th>{h}</th>" for h in heads)
    rows = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in body_rows)
    return f"""<html><head><meta charset=utf-8><style>@page{{size:A4;margin:16mm}} body{{font-family:'DejaVu Sans';font-size:9pt}}
    h1{{font-size:15pt;border-bottom:2px solid #444}} table{{width:100%;border-collapse:collapse;margin-top:5mm}} th{{background:#eee;text-align:left;padding:3px}}
    td{{padding:3px;border-bottom:0.5px solid #bbb}} .p{{display:flex;justify-content:space-between}}</style></head><body>
    <div class=p><div><b>{e(doc['supplier'])}</b><br>{e(doc['sup_addr'])}<br>{e(doc['sup_city'])}<br>{doc['sup_vat']}</div>
    <div>{extra_top}</div></div><h1>{title}</h1><table><tr>{th}</tr>{rows}</table><div style='margin-top:8mm'>{extra_bottom}</div></body></html>"""


def run(rng):
    from weasyprint import HTML
    recs, store = [], {}
    kinds = ["delivery_note", "delivery_note", "packing_list", "purchase_order", "quotation", "quotation", "other_pricelist", "other_letter", "packing_list", "other_reminder"]
    for k, kind in enumerate(kinds):
        lang = "de" if k == 8 else ("fr" if k == 5 else "it")
        doc = make_doc(rng, lang, "invoice")
        ds = "dmy/" if lang != "de" else "dmy."
        d = fmt_date(doc["date"], ds)
        buyer_block = f"Destinatario:<br><b>{doc['buyer']}</b><br>{doc['buy_addr']}<br>{doc['buy_city']}"
        total = doc["totale"]
        dt = kind if not kind.startswith("other") else "other"
        if kind == "delivery_note":
            title = f"DOCUMENTO DI TRASPORTO (DDT) N. {rng.randint(100,900)} del {d}"
            rows = [(l["code"], l["desc"], fmt_num(l["qty"], "it"), l["um"]) for l in doc["lines"] if not l.get("shipping")]
            body = html_doc(title, doc, rows, ["Codice", "Descrizione", "Quantità", "UM"], buyer_block,
                            f"Causale del trasporto: VENDITA<br>Trasporto a cura del: mittente<br>Aspetto dei beni: scatole - Colli {rng.randint(1,9)} - Peso kg {rng.randint(3,90)}<br><br>Firma vettore ______________ &nbsp; Firma destinatario ______________", ds)
            total = None
        elif kind == "packing_list":
            title = {"it": f"PACKING LIST - Spedizione {rng.randint(10000,99999)} - {d}", "de": f"PACKLISTE Lieferung {rng.randint(10000,99999)} vom {d}"}[lang]
            rows = [(f"{i+1}", l["desc"], fmt_num(l["qty"], lang), f"Collo {rng.randint(1,4)}", f"{rng.uniform(0.2,8):.1f} kg".replace(".", ",")) for i, l in enumerate(doc["lines"]) if not l.get("shipping")]
            body = html_doc(title, doc, rows, ["Pos.", "Articolo", "Q.tà", "Collo", "Peso"], buyer_block, "Controllare la merce al ricevimento. Eventuali anomalie vanno segnalate entro 8 giorni.", ds)
            total = None
        elif kind == "purchase_order":
            # our own order to the supplier: buyer is the issuer here
            title = f"ORDINE DI ACQUISTO N. OA-{rng.randint(100,999)}/2026 del {d}"
            rows = [(l["code"], l["desc"], fmt_num(l["qty"], "it"), fmt_num(l["price"], "it"), fmt_num(l["total"], "it")) for l in doc["lines"]]
            body = html_doc(title, doc, rows, ["Codice", "Descrizione", "Q.tà", "Prezzo", "Importo"], f"Emesso da:<br><b>{doc['buyer']}</b><br>{doc['buy_addr']}<br>{doc['buy_city']}",
                            f"Totale ordine (IVA esclusa): € {fmt_num(doc['imponibile'], 'it')}<br>Consegna richiesta entro 15 gg. Vi preghiamo di confermare l'ordine.", ds)
            total = doc["imponibile"]
        elif kind == "quotation":
            title = {"it": f"PREVENTIVO N. {rng.randint(10,300)}/26 del {d}", "fr": f"DEVIS N° D-{rng.randint(1000,9999)} du {d}"}[lang]
            rows = [(l["desc"], fmt_num(l["qty"], lang), fmt_num(l["price"], lang), fmt_num(l["total"], lang)) for l in doc["lines"]]
            body = html_doc(title, doc, rows, ["Descrizione" if lang == "it" else "Désignation", "Q.tà" if lang == "it" else "Qté", "Prezzo" if lang == "it" else "Prix", "Importo" if lang == "it" else "Montant"], buyer_block,
                            (f"Totale preventivo: € {fmt_num(doc['totale'],'it')} IVA inclusa. Validità offerta 30 giorni. Il presente documento non costituisce fattura." if lang == "it" else
                             f"Total TTC : {fmt_num(doc['totale'],'fr')} €. Devis valable 30 jours. Bon pour accord : ________"), ds)
        elif kind == "other_pricelist":
            title = "LISTINO PREZZI RIVENDITORI 2026"
            rows = [(it[0], it[1], fmt_num(q(it[3]), "it")) for it in IT_ITEMS[:14]]
            body = html_doc(title, doc, rows, ["Articolo", "UM", "Prezzo netto €"], f"Valido dal {d}", "Prezzi IVA esclusa. Ordine minimo € 150,00. Porto franco sopra € 500,00.", ds)
            total = None
        elif kind == "other_letter":
            title = "Oggetto: sollecito di pagamento"
            body = f"""<html><head><meta charset=utf-8><style>@page{{size:A4;margin:25mm}} body{{font-family:'DejaVu Serif';font-size:11pt;line-height:1.5}}</style></head><body>
            <b>{doc['supplier']}</b><br>{doc['sup_addr']}<br>{doc['sup_city']}<br><br><div style='margin-left:55%'>Spett.le<br>{doc['buyer']}<br>{doc['buy_addr']}<br>{doc['buy_city']}</div><br>
            {doc['sup_city'].split(' ',1)[1].split(' (')[0]}, {fmt_date(doc['date'],'it_long')}<br><br><b>{title}</b><br><br>
            Gentili Signori,<br>dai nostri controlli contabili risulta ancora da saldare la fattura n. {rng.randint(10,400)}/2026 per un importo di € {fmt_num(doc['totale'],'it')}.
            Vi preghiamo di provvedere al pagamento entro 10 giorni dal ricevimento della presente, tramite bonifico sulle coordinate IBAN {doc['iban']}.
            Qualora abbiate già provveduto, vi preghiamo di considerare nulla la presente.<br><br>Distinti saluti<br><br>Ufficio amministrazione</body></html>"""
        else:
            title = "ESTRATTO CONTO CLIENTE"
            rows = [(f"Fattura {rng.randint(1,400)}/2026", fmt_date(doc["date"], ds), fmt_num(q(rng.uniform(80, 2000)), "it")) for _ in range(5)]
            body = html_doc(title, doc, rows, ["Documento", "Data", "Importo €"], buyer_block, "Saldo a vostro debito alla data odierna. Il presente estratto conto non è una fattura.", ds)
            total = None
        fn = f"nondoc_{kind}_{k:02d}.pdf"
        HTML(string=body).write_pdf(os.path.join(FILES, fn))
        doc["totale"] = total
        doc["strings"] = dict(date=d, nstyle="it", dstyle=ds)
        store[fn] = doc
        recs.append(label(fn, doc, "weasyprint_html_nondoc", pages=1, is_invoice=False, doc_type=dt))
    pickle.dump(store, open(os.path.join(WORK, "docs_nondoc.pkl"), "wb"))
    save_labels("nondoc", recs)
    return recs


if __name__ == "__main__":
    print(len(run(random.Random(584))))
