"""HTML/CSS invoice layouts of my own, imitating the general feel of accounting-software exports.
Each function returns an HTML string and records in doc.printed the strings the edit step may look for."""
import html as _h
import datetime
from common import D, q, cn_upper
from i18n import t

E = lambda s: _h.escape(str(s))


def reg(doc, key, s):
    doc.printed.setdefault(key, [])
    if s not in doc.printed[key]:
        doc.printed[key].append(s)
    return s


def start(doc):
    doc.printed = {}
    reg(doc, "buyer", doc.buyer.name)
    reg(doc, "supplier", doc.supplier.name)
    reg(doc, "date", doc.d())


def addr(p, ids=True, vat_label="VAT No"):
    out = [f"<b>{E(p.name)}</b>"] + [E(a) for a in p.addr]
    if ids and p.vat:
        out.append(f"{E(vat_label)}: {E(p.vat)}")
    return "<br>".join(out)


def title_for(doc, lang=None):
    lang = lang or doc.lang
    if doc.title:
        return doc.title
    if doc.doc_type == "tax_invoice":
        return t(lang, "tax_invoice")
    return t(lang, doc.doc_type)


def qty_cells(doc, i, l):
    return reg(doc, "qty", doc.qty(l.qty))


# =====================================================================  "ledger"  (clean cloud-accounting look)
def ledger(doc, accent="#1f6f8b", font="DejaVu Sans"):
    start(doc)
    c = doc.compute()
    lang = doc.lang
    cur = doc.currency
    title = {"invoice": "TAX INVOICE" if doc.supplier.vat and doc.currency == "GBP" else "INVOICE",
             "credit_note": "CREDIT NOTE"}.get(doc.doc_type, title_for(doc).upper())
    initials = "".join(w[0] for w in doc.supplier.name.split()[:2]).upper()
    meta = [("Invoice Date" if doc.doc_type != "credit_note" else "Credit Date", reg(doc, "date", doc.d())),
            ("Invoice Number" if doc.doc_type != "credit_note" else "Credit Note Number", doc.number)]
    for k, v in doc.refs.items():
        if v and k not in ("Terms", "Tax point"):
            meta.append((k, v))
    if doc.supplier.vat:
        meta.append(("VAT Number", doc.supplier.vat))
    rows = []
    for i, l in enumerate(doc.lines):
        ratecell = f"{l.rate.normalize():f}%" if not doc.extra.get("no_vat") else ""
        rows.append(f"<tr><td>{E(l.desc)}{'<div class=sub>'+E(l.code)+'</div>' if l.code else ''}</td>"
                    f"<td class=r>{qty_cells(doc, i, l)}</td><td class=r>{doc.n(l.unit)}</td>"
                    + (f"<td class=r>{l.disc.normalize():f}%</td>" if any(x.disc for x in doc.lines) else "")
                    + (f"<td class=r>{ratecell}</td>" if not doc.extra.get("no_vat") else "")
                    + f"<td class=r>{doc.n(c['nets'][i])}</td></tr>")
    hd = ("<th>Description</th><th class=r>Quantity</th><th class=r>Unit Price</th>"
          + ("<th class=r>Disc.</th>" if any(x.disc for x in doc.lines) else "")
          + ("<th class=r>VAT</th>" if not doc.extra.get("no_vat") else "")
          + f"<th class=r>Amount {cur}</th>")
    tot = [("Subtotal", doc.n(c["subtotal"]))]
    if c["shipping"]:
        tot.append(("Delivery" if doc.lang == "en" else "Shipping", doc.n(c["shipping"])))
    if not doc.extra.get("no_vat"):
        for r_, base, vat, _g in c["by_rate"]:
            tot.append((f"Total VAT {r_.normalize():f}%" + (f" on {doc.n(base)}" if len(c["by_rate"]) > 1 else ""), doc.n(vat)))
    totstr = reg(doc, "total", doc.n(c["total"]))
    due_lbl = "Amount Due" if doc.doc_type != "credit_note" else "Amount Credited"
    bank = doc.supplier.bank
    pay = ""
    if bank and doc.doc_type != "credit_note":
        pay = "<div class=pay><b>Payment advice</b><br>" + "<br>".join(
            f"{E(k.title() if len(k) > 4 else k.upper())}: {E(v)}" for k, v in bank.items()) + \
              f"<br>Please quote <b>{E(doc.number)}</b> as your reference.</div>"
    notes = "".join(f"<p class=note>{E(n)}</p>" for n in doc.notes)
    terms = doc.refs.get("Terms", "")
    due_line = (f"<p><b>Due Date: {reg(doc, 'due', doc.d(doc.due))}</b>" + (f" &nbsp;({E(terms)})" if terms else "") + "</p>") if doc.due and doc.doc_type != "credit_note" else ""
    reg_line = " &middot; ".join([E(doc.supplier.name)] + [f"{E(k)} {E(v)}" for k, v in doc.supplier.ids.items()]
                                 + ["Registered in England &amp; Wales" if doc.supplier.country == "GB" and doc.supplier.ids else ""])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm 15mm 18mm 15mm; }}
body {{ font-family: '{font}', sans-serif; font-size: 9.2pt; color: #222; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.logo {{ width: 44px; height: 44px; border-radius: 22px; background: {accent}; color: #fff; font-weight: bold;
         font-size: 16pt; text-align: center; line-height: 44px; display: inline-block; vertical-align: top; }}
.sup {{ display: inline-block; margin-left: 10px; font-size: 8.4pt; color: #444; }}
h1 {{ font-size: 21pt; letter-spacing: 1px; margin: 0; color: {accent}; font-weight: 600; }}
.mid {{ display: flex; justify-content: space-between; margin-top: 26px; }}
.meta td {{ padding: 1px 0 1px 14px; vertical-align: top; }} .meta td:first-child {{ color: #666; }}
table.items {{ width: 100%; border-collapse: collapse; margin-top: 26px; }}
.items th {{ border-bottom: 1.5px solid #333; text-align: left; padding: 5px 4px; font-size: 8.6pt; }}
.items td {{ border-bottom: 1px solid #ddd; padding: 5px 4px; vertical-align: top; }}
.r {{ text-align: right; }} .sub {{ color: #888; font-size: 7.8pt; }}
.tot {{ margin-left: auto; width: 46%; margin-top: 10px; border-collapse: collapse; }}
.tot td {{ padding: 3px 4px; }} .tot tr.g td {{ border-top: 1.5px solid #333; font-weight: bold; font-size: 11pt; }}
.tot tr.d td {{ border-top: 1px solid #999; }}
.pay {{ margin-top: 22px; border-top: 1px dashed #999; padding-top: 8px; font-size: 8.4pt; }}
.note {{ font-size: 8.4pt; color: #333; }} .foot {{ margin-top: 28px; font-size: 7.4pt; color: #777; }}
</style></head><body>
<div class=top><div><span class=logo>{E(initials)}</span><span class=sup><b>{E(doc.supplier.name)}</b><br>{'<br>'.join(E(a) for a in doc.supplier.addr)}<br>{E(doc.supplier.phone)} {E(doc.supplier.email)}</span></div>
<div><h1>{title}</h1></div></div>
<div class=mid><div>{'<b>Invoice To</b>' if doc.doc_type != 'credit_note' else '<b>Credit To</b>'}<br>{addr(doc.buyer, vat_label='VAT No')}</div>
<table class=meta>{''.join(f'<tr><td>{E(k)}</td><td>{E(v)}</td></tr>' for k, v in meta)}</table></div>
<table class=items><thead><tr>{hd}</tr></thead><tbody>{''.join(rows)}</tbody></table>
<table class=tot>{''.join(f'<tr><td>{E(k)}</td><td class=r>{v}</td></tr>' for k, v in tot)}
<tr class=g><td>TOTAL {cur}</td><td class=r>{totstr}</td></tr>
<tr class=d><td>{due_lbl} {cur}</td><td class=r><b>{totstr}</b></td></tr></table>
{due_line}{notes}{pay}
<div class=foot>{reg_line}</div>
</body></html>"""


# =====================================================================  "sagebook"  (boxed classic desktop-accounts look)
def sagebook(doc, font="DejaVu Serif", num_font="DejaVu Sans Mono"):
    start(doc)
    c = doc.compute()
    codes = {D(20): "S", D(5): "R", D(0): "Z"}
    title = "INVOICE" if doc.doc_type == "invoice" else title_for(doc).upper()
    rows = []
    for i, l in enumerate(doc.lines):
        rows.append(f"<tr><td class=r>{qty_cells(doc, i, l)}</td><td>{E(l.code + '  ' if l.code else '')}{E(l.desc)}</td>"
                    f"<td class=r>{doc.n(l.unit)}</td><td class=r>{l.disc.normalize():f}</td>"
                    f"<td class=r>{doc.n(c['nets'][i])}</td><td class=c>{codes.get(l.rate, 'S')}</td></tr>")
    filler = "".join("<tr class=f><td></td><td></td><td></td><td></td><td></td><td></td></tr>" for _ in range(max(0, 14 - len(rows))))
    vat_rows = "".join(f"<tr><td>{codes.get(r_, '?')}</td><td class=r>{r_.normalize():f}%</td><td class=r>{doc.n(b)}</td><td class=r>{doc.n(v)}</td></tr>"
                       for r_, b, v, _g in c["by_rate"])
    tot = reg(doc, "total", doc.n(c["total"]))
    ship = f"<tr><td>Carriage</td><td class=r>{doc.n(c['shipping'])}</td></tr>" if c["shipping"] else ""
    meta = [("Invoice No.", doc.number), ("Date/Tax Point", reg(doc, "date", doc.d())),
            ("Order No.", doc.refs.get("Your Order", "")), ("Account Ref", doc.refs.get("Account No", ""))]
    b = doc.buyer
    dl = doc.ship_to or b
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: '{font}', serif; font-size: 9pt; }}
.hdr {{ display: flex; justify-content: space-between; }}
.co {{ font-size: 8.4pt; }} .co b {{ font-size: 15pt; display: block; margin-bottom: 3px; }}
.tt {{ border: 1.2px solid #000; padding: 4px 14px; font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: 6px; }}
table.m {{ border-collapse: collapse; }} .m td {{ border: 1px solid #000; padding: 2px 6px; font-size: 8.4pt; }}
.m td:first-child {{ background: #eee; }}
.boxes {{ display: flex; gap: 10px; margin-top: 12px; }}
.box {{ flex: 1; border: 1px solid #000; min-height: 24mm; padding: 4px 6px; font-size: 8.6pt; }}
.box .h {{ font-size: 7.4pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: -4px -6px 4px; padding: 2px 6px; background: #eee; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 10px; font-size: 8.6pt; }}
.it th {{ border: 1px solid #000; background: #eee; padding: 3px; font-weight: normal; font-size: 7.8pt; text-transform: uppercase; }}
.it td {{ border-left: 1px solid #000; border-right: 1px solid #000; padding: 2px 4px; }}
.it tr:last-child td {{ border-bottom: 1px solid #000; }} .it tr.f td {{ height: 13px; }}
.r {{ text-align: right; font-family: '{num_font}', monospace; font-size: 8.2pt; }} .c {{ text-align: center; }}
.bot {{ display: flex; justify-content: space-between; margin-top: 10px; }}
table.v, table.t {{ border-collapse: collapse; font-size: 8.4pt; }} .v td, .v th, .t td {{ border: 1px solid #000; padding: 2px 6px; }}
.v th {{ background: #eee; font-weight: normal; }}
.t tr.g td {{ font-weight: bold; font-size: 10pt; background: #eee; }}
.ft {{ margin-top: 16px; font-size: 7.2pt; text-align: center; border-top: 1px solid #000; padding-top: 4px; }}
</style></head><body>
<div class=hdr><div class=co><b>{E(doc.supplier.name)}</b>{'<br>'.join(E(a) for a in doc.supplier.addr)}<br>Tel: {E(doc.supplier.phone)}<br>{E(doc.supplier.email)}<br>VAT Reg No: {E(doc.supplier.vat)}</div>
<div><div class=tt>{title}</div><table class=m>{''.join(f'<tr><td>{k}</td><td>{E(v)}</td></tr>' for k, v in meta)}</table></div></div>
<div class=boxes><div class=box><div class=h>Invoice Address</div>{addr(b, ids=False)}</div><div class=box><div class=h>Delivery Address</div>{addr(dl, ids=False)}</div></div>
<table class=it><thead><tr><th>Quantity</th><th>Details</th><th>Unit Price</th><th>Disc %</th><th>Net Amount</th><th>VAT</th></tr></thead>
<tbody>{''.join(rows)}{filler}</tbody></table>
<div class=bot><table class=v><tr><th>VAT Code</th><th>Rate</th><th>Net</th><th>VAT</th></tr>{vat_rows}</table>
<table class=t><tr><td>Total Net Amount</td><td class=r>{doc.n(c['subtotal'])}</td></tr>{ship}
<tr><td>Total VAT Amount</td><td class=r>{doc.n(c['vat_total'])}</td></tr>
<tr class=g><td>INVOICE TOTAL £</td><td class=r>{tot}</td></tr></table></div>
<p style="font-size:8pt">Terms: {E(doc.refs.get('Terms', ''))}. Goods remain our property until paid in full. Bank: {E(doc.supplier.bank.get('bank', ''))}, sort code {E(doc.supplier.bank.get('sort', ''))}, account {E(doc.supplier.bank.get('account', ''))}.</p>
<div class=ft>Registered office as above. {' '.join(f'{E(k)}: {E(v)}' for k, v in doc.supplier.ids.items())}</div>
</body></html>"""


# =====================================================================  "band"  (generic multilingual with a coloured band)
def band(doc, color="#3b5b2e", font="Nimbus Sans"):
    start(doc)
    c = doc.compute()
    lg = doc.lang
    title = title_for(doc)
    vat_lbl = t(lg, "vat_no")
    has_disc = any(x.disc for x in doc.lines)
    head = f"<th>{t(lg, 'pos') if lg != 'en' else '#'}</th><th>{t(lg, 'desc')}</th><th class=r>{t(lg, 'qty')}</th><th class=r>{t(lg, 'unit')}</th>" + \
           (f"<th class=r>{t(lg, 'disc')}</th>" if has_disc else "") + f"<th class=r>{t(lg, 'rate')}</th><th class=r>{t(lg, 'amount')}</th>"
    rows = []
    for i, l in enumerate(doc.lines):
        rows.append(f"<tr><td>{i + 1}</td><td>{E(l.desc)}" + (f"<br><span class=s>{E(l.code)}</span>" if l.code else "") +
                    f"</td><td class=r>{qty_cells(doc, i, l)} {E(l.uom)}</td><td class=r>{doc.m(l.unit)}</td>" +
                    (f"<td class=r>{doc.n(l.disc, 1) + ' %' if l.disc else ''}</td>" if has_disc else "") +
                    f"<td class=r>{doc.n(l.rate, 0 if l.rate == int(l.rate) else 1)} %</td><td class=r>{doc.m(c['nets'][i])}</td></tr>")
    tl = [(t(lg, "net_total") if not c["shipping"] else t(lg, "subtotal"), doc.m(c["subtotal"]))]
    if c["shipping"]:
        tl.append((t(lg, "shipping"), doc.m(c["shipping"])))
        tl.append((t(lg, "net_total"), doc.m(c["net_total"])))
    for r_, b, v, _g in c["by_rate"]:
        rs = doc.n(r_, 0 if r_ == int(r_) else 1)
        if doc.currency == "USD":
            tl.append(("Sales tax (resale exempt)", doc.m(v)))
            continue
        tl.append((f"{t(lg, 'vat')} {rs} %" + (f" ({doc.m(b)})" if len(c["by_rate"]) > 1 else ""), doc.m(v)))
    tot = reg(doc, "total", doc.m(c["total"]))
    meta = [(t(lg, "number"), doc.number), (t(lg, "date"), reg(doc, "date", doc.d()))]
    if doc.due:
        meta.append((t(lg, "due"), reg(doc, "due", doc.d(doc.due))))
    for k, v in doc.refs.items():
        if v:
            meta.append((k, v))
    bank = doc.supplier.bank
    bank_s = " · ".join(f"{k.upper() if len(k) <= 4 else k.title()}: {v}" for k, v in bank.items())
    ids = " · ".join(f"{k}: {v}" for k, v in doc.supplier.ids.items())
    ship = f"<div class=col><div class=lbl>{t(lg, 'deliver')}</div>{addr(doc.ship_to, ids=False)}</div>" if doc.ship_to else ""
    notes = "".join(f"<p class=n>{E(n)}</p>" for n in doc.notes)
    return f"""<!doctype html><html lang="{lg}"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 0 14mm 0; }}
body {{ font-family: '{font}', 'DejaVu Sans', sans-serif; font-size: 9pt; margin: 0; color: #1d1d1d; }}
.band {{ background: {color}; color: #fff; padding: 12mm 16mm 7mm; display: flex; justify-content: space-between; align-items: flex-end; }}
.band .nm {{ font-size: 17pt; font-weight: bold; }} .band .ad {{ font-size: 8pt; opacity: .9; }}
.band h1 {{ margin: 0; font-size: 24pt; font-weight: 300; text-transform: uppercase; letter-spacing: 2px; }}
.wrap {{ padding: 8mm 16mm 0; }} .row {{ display: flex; gap: 16mm; }} .col {{ flex: 1; }}
.lbl {{ color: {color}; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; margin-bottom: 2px; }}
table.meta td {{ padding: 1px 8px 1px 0; }} table.meta td:first-child {{ color: #666; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 9mm; }}
.it th {{ background: #f1f1ee; text-align: left; padding: 5px; font-size: 8pt; border-bottom: 2px solid {color}; }}
.it td {{ padding: 5px; border-bottom: 1px solid #e4e4e0; vertical-align: top; }} .s {{ color: #888; font-size: 7.5pt; }}
.r {{ text-align: right; white-space: nowrap; }}
table.tot {{ margin: 6mm 0 0 auto; border-collapse: collapse; min-width: 45%; }} .tot td {{ padding: 3px 6px; }}
.tot tr.g td {{ background: {color}; color: #fff; font-weight: bold; font-size: 11pt; }}
.n {{ font-size: 8pt; color: #333; margin: 6mm 0 0; }}
.ft {{ position: fixed; bottom: -8mm; left: 16mm; right: 16mm; font-size: 7pt; color: #666; border-top: 1px solid #ccc; padding-top: 2mm; }}
</style></head><body>
<div class=band><div><div class=nm>{E(doc.supplier.name)}</div><div class=ad>{E(', '.join(doc.supplier.addr))}<br>{E(doc.supplier.phone)} · {E(doc.supplier.email)}<br>{vat_lbl}: {E(doc.supplier.vat)}</div></div><h1>{E(title)}</h1></div>
<div class=wrap><div class=row><div class=col><div class=lbl>{t(lg, 'customer')}</div>{addr(doc.buyer, vat_label=vat_lbl)}</div>{ship}
<div class=col><table class=meta>{''.join(f'<tr><td>{E(k)}</td><td>{E(v)}</td></tr>' for k, v in meta)}</table></div></div>
<table class=it><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>
<table class=tot>{''.join(f'<tr><td>{E(k)}</td><td class=r>{v}</td></tr>' for k, v in tl)}
<tr class=g><td>{t(lg, 'total_due') if lg in ('fr', 'it', 'pl') else t(lg, 'total')}</td><td class=r>{tot}</td></tr></table>
{notes}<p class=n>{t(lg, 'thanks')}</p></div>
<div class=ft>{E(doc.supplier.name)} · {E(ids)}<br>{t(lg, 'bank')}: {E(bank_s)}</div>
</body></html>"""


# =====================================================================  "din"  (German business-letter style)
def din(doc, font="DejaVu Sans"):
    start(doc)
    c = doc.compute()
    lg = doc.lang
    s = doc.supplier
    b = doc.buyer
    kind = doc.doc_type
    rows = []
    has_price = kind != "delivery_note"
    for i, l in enumerate(doc.lines):
        rows.append(f"<tr><td>{i + 1}</td><td>{E(l.code)}</td><td>{E(l.desc)}</td><td class=r>{qty_cells(doc, i, l)}</td><td>{E(l.uom)}</td>"
                    + (f"<td class=r>{doc.n(l.unit)}</td><td class=r>{doc.n(l.rate, 0)} %</td><td class=r>{doc.n(c['nets'][i])}</td>" if has_price else "")
                    + "</tr>")
    head = (f"<th>{t(lg, 'pos')}</th><th>{t(lg, 'code')}</th><th>{t(lg, 'desc')}</th><th class=r>{t(lg, 'qty')}</th><th>{t(lg, 'uom')}</th>"
            + (f"<th class=r>{t(lg, 'unit')} €</th><th class=r>{t(lg, 'rate')}</th><th class=r>{t(lg, 'amount')} €</th>" if has_price else ""))
    tot_html = ""
    if has_price:
        tl = [(t(lg, "net_total"), doc.n(c["subtotal"]))]
        if c["shipping"]:
            tl.append((t(lg, "shipping"), doc.n(c["shipping"])))
        for r_, bb, v, _g in c["by_rate"]:
            tl.append((f"zzgl. {doc.n(r_, 0)} % USt. auf {doc.n(bb)}" if lg == "de" else f"{t(lg, 'vat')} {doc.n(r_, 0)}%", doc.n(v)))
        tot = reg(doc, "total", doc.n(c["total"]))
        tot_html = (f"<table class=tot>{''.join(f'<tr><td>{E(k)}</td><td class=r>{v}</td></tr>' for k, v in tl)}"
                    f"<tr class=g><td>{t(lg, 'total')}</td><td class=r>{tot} €</td></tr></table>")
    subj = {"invoice": f"{t(lg, 'invoice')} Nr. {doc.number}", "delivery_note": f"Lieferschein Nr. {doc.number}",
            "tax_invoice": f"{t(lg, 'invoice')} {doc.number}"}.get(kind, doc.number)
    info = [("Datum" if lg == "de" else t(lg, "date"), reg(doc, "date", doc.d()))]
    for k, v in doc.refs.items():
        if v and not (kind == "delivery_note" and k == "Zahlungsbedingungen"):
            info.append((k, v))
    if kind != "delivery_note" and "Leistungsdatum" in doc.refs:
        info = [x for x in info if x[0] != "Leistungsdatum"] + [("Leistungsdatum", doc.d(doc.date - datetime.timedelta(days=2)))]
    if b.vat:
        info.append(("Ihre USt-IdNr.", b.vat))
    pay = ""
    if kind != "delivery_note":
        pay = f"<p>{E(doc.refs.get('Zahlungsbedingungen', ''))}. Bitte überweisen Sie den Betrag bis zum {reg(doc, 'due', doc.d(doc.due))} unter Angabe der Rechnungsnummer.</p>"
    else:
        pay = "<p>Ware vollständig und unbeschädigt erhalten:</p><p style='margin-top:14mm'>______________________________<br>Datum, Unterschrift Empfänger</p>"
    notes = "".join(f"<p>{E(n)}</p>" for n in doc.notes if kind != "delivery_note" or "Ausfuhr" not in n)
    bank = s.bank
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ font-family: '{font}', sans-serif; font-size: 9.5pt; margin: 0; }}
.page {{ position: relative; padding: 0 20mm 0 25mm; }}
.logo {{ position: absolute; right: 20mm; top: 14mm; text-align: right; font-size: 15pt; font-weight: bold; letter-spacing: .5px; }}
.logo small {{ display: block; font-size: 8pt; font-weight: normal; }}
.win {{ position: absolute; top: 45mm; left: 25mm; width: 85mm; }}
.sender {{ font-size: 6.5pt; text-decoration: underline; margin-bottom: 3mm; }}
.info {{ position: absolute; top: 50mm; left: 125mm; font-size: 8.5pt; }} .info td {{ padding: 0 4px 1px 0; }}
.body {{ padding-top: 105mm; }} h2 {{ font-size: 12pt; margin: 0 0 6mm; }}
table.it {{ width: 100%; border-collapse: collapse; font-size: 8.8pt; }}
.it th {{ border-bottom: 1px solid #000; border-top: 1px solid #000; text-align: left; padding: 3px; }}
.it td {{ padding: 3px; border-bottom: .5px solid #bbb; }} .r {{ text-align: right; }}
table.tot {{ margin-left: auto; margin-top: 4mm; border-collapse: collapse; font-size: 9pt; }} .tot td {{ padding: 2px 4px; }}
.tot tr.g td {{ border-top: 1px solid #000; border-bottom: 3px double #000; font-weight: bold; }}
.foot {{ position: fixed; bottom: 8mm; left: 25mm; right: 20mm; display: flex; justify-content: space-between; font-size: 6.8pt; color: #333; border-top: .5px solid #777; padding-top: 2mm; }}
.fold {{ position: absolute; left: 4mm; top: 105mm; width: 5mm; border-top: .5px solid #999; }}
</style></head><body><div class=page>
<div class=fold></div>
<div class=logo>{E(s.name)}<small>{E(s.web or s.email)}</small></div>
<div class=win><div class=sender>{E(s.name)} · {E(' · '.join(s.addr))}</div>{'<br>'.join([E(b.name)] + [E(a) for a in b.addr] + (['GROSSBRITANNIEN'] if b.country == 'GB' and not doc.ship_to else []))}</div>
<table class=info>{''.join(f'<tr><td>{E(k)}:</td><td>{E(v)}</td></tr>' for k, v in info)}</table>
<div class=body><h2>{E(subj)}</h2>
<p>Sehr geehrte Damen und Herren,<br>{'wir berechnen Ihnen folgende Lieferung:' if has_price else 'wir liefern Ihnen folgende Artikel:'}</p>
{('<p>Lieferanschrift: ' + E(doc.ship_to.name + ', ' + ', '.join(doc.ship_to.addr)) + '</p>') if doc.ship_to else ''}
<table class=it><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>
{tot_html}{notes}{pay}<p>Mit freundlichen Grüßen<br>{E(s.name)}</p></div>
<div class=foot><div>{E(s.name)}<br>{'<br>'.join(E(a) for a in s.addr)}</div>
<div>Tel. {E(s.phone)}<br>{E(s.email)}<br>USt-IdNr. {E(s.vat)}</div>
<div>{'<br>'.join(f'{E(k)}: {E(v)}' for k, v in s.ids.items())}</div>
<div>{E(bank.get('bank', ''))}<br>IBAN {E(bank.get('iban', ''))}<br>BIC {E(bank.get('bic', ''))}</div></div>
</div></body></html>"""


# =====================================================================  Polish "Faktura VAT"
def faktura(doc, font="DejaVu Sans"):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    rows = []
    for i, l in enumerate(doc.lines):
        net = c["nets"][i]
        v = q(net * l.rate / 100)
        rows.append(f"<tr><td>{i + 1}</td><td>{E(l.desc)}</td><td class=r>{qty_cells(doc, i, l)}</td><td>{E(l.uom)}</td><td class=r>{doc.n(l.unit)}</td>"
                    f"<td class=r>{doc.n(net)}</td><td class=r>{doc.n(l.rate, 0)}%</td><td class=r>{doc.n(v)}</td><td class=r>{doc.n(net + v)}</td></tr>")
    if c["shipping"]:
        sv = q(c["shipping"] * doc.shipping_rate / 100)
        rows.append(f"<tr><td>{len(doc.lines) + 1}</td><td>Transport</td><td class=r>1</td><td>usł.</td><td class=r>{doc.n(c['shipping'])}</td>"
                    f"<td class=r>{doc.n(c['shipping'])}</td><td class=r>{doc.n(doc.shipping_rate, 0)}%</td><td class=r>{doc.n(sv)}</td><td class=r>{doc.n(c['shipping'] + sv)}</td></tr>")
    summ = "".join(f"<tr><td></td><td colspan=4 class=r>w tym</td><td class=r>{doc.n(bb)}</td><td class=r>{doc.n(r_, 0)}%</td><td class=r>{doc.n(v)}</td><td class=r>{doc.n(g)}</td></tr>"
                   for r_, bb, v, g in c["by_rate"])
    tot = reg(doc, "total", doc.m(c["total"]))
    sale = doc.d(doc.date)
    return f"""<!doctype html><html lang="pl"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm; }} body {{ font-family: '{font}', sans-serif; font-size: 8.6pt; }}
.top {{ display: flex; justify-content: space-between; }} .top .pl {{ text-align: right; }}
h1 {{ text-align: center; font-size: 15pt; margin: 8mm 0 1mm; }} .orig {{ text-align: center; font-size: 8pt; margin-bottom: 6mm; }}
.two {{ display: flex; gap: 8mm; }} .two > div {{ flex: 1; border-top: 2px solid #444; padding-top: 2mm; }}
.two .h {{ font-weight: bold; text-transform: uppercase; font-size: 8pt; margin-bottom: 1mm; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 6mm; }} .it th, .it td {{ border: 1px solid #666; padding: 2px 3px; }}
.it th {{ background: #e8e8e8; font-size: 7.6pt; }} .r {{ text-align: right; white-space: nowrap; }}
.sum td {{ font-weight: bold; }}
.pay {{ margin-top: 6mm; font-size: 9.5pt; }} .pay b {{ font-size: 12pt; }}
.sig {{ display: flex; justify-content: space-between; margin-top: 22mm; font-size: 7pt; text-align: center; }}
.sig div {{ width: 40%; border-top: 1px dotted #000; padding-top: 1mm; }}
</style></head><body>
<div class=top><div><b style="font-size:13pt">{E(s.name)}</b></div><div class=pl>{E(doc.refs.get('Miejsce wystawienia', ''))}, dnia {reg(doc, 'date', doc.d())}<br>Data sprzedaży: {sale}</div></div>
<h1>Faktura VAT nr {E(doc.number)}</h1><div class=orig>ORYGINAŁ</div>
<div class=two><div><div class=h>Sprzedawca</div>{addr(s, vat_label='NIP')}<br>{E(s.bank.get('bank', ''))}<br>{E(s.bank.get('iban', ''))}</div>
<div><div class=h>Nabywca</div>{addr(b, vat_label='NIP')}</div></div>
<table class=it><thead><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>Ilość</th><th>J.m.</th><th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr></thead>
<tbody>{''.join(rows)}<tr class=sum><td></td><td colspan=4 class=r>Razem</td><td class=r>{doc.n(c['net_total'])}</td><td class=r>X</td><td class=r>{doc.n(c['vat_total'])}</td><td class=r>{doc.n(c['total'])}</td></tr>{summ}</tbody></table>
<div class=pay>Sposób zapłaty: {E(doc.refs.get('Sposób zapłaty', ''))} &nbsp; Termin płatności: {reg(doc, 'due', doc.d(doc.due))}<br>Do zapłaty: <b>{tot}</b></div>
<div class=sig><div>Podpis osoby upoważnionej do odbioru faktury</div><div>Podpis osoby upoważnionej do wystawienia faktury</div></div>
</body></html>"""


def fp_spec(desc):
    import re
    m = re.search(r"(\d[\d.]*\s?(ml|L|mAh|W|米|件|kg))|大号|中号|小号|定制|彩印|英规|黑色", desc)
    return m.group(0) if m else ""


# =====================================================================  Chinese VAT invoice style (增值税发票-like grid, my own drawing)
def fapiao(doc, font="WenQuanYi Micro Hei"):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    kind = doc.extra.get("fapiao_kind", "special")
    ttl = {"special": "浙江增值税专用发票" if "宁波" in s.addr[0] or "浙江" in s.addr[0] else "广东增值税专用发票",
           "normal": "增值税普通发票", "digital": "电子发票（增值税专用发票）"}[kind]
    rows = []
    for i, l in enumerate(doc.lines):
        rows.append(f"<tr class=ln><td class=l>*日用杂品*{E(l.desc)}</td><td>{E(fp_spec(l.desc))}</td><td>{E(l.uom)}</td>"
                    f"<td class=r>{qty_cells(doc, i, l)}</td><td class=r>{doc.n(l.unit, group='')}</td><td class=r>{doc.n(c['nets'][i], group='')}</td>"
                    f"<td>{doc.n(l.rate, 0)}%</td><td class=r>{doc.n(c['line_vats'][i], group='')}</td></tr>")
    for _ in range(max(0, 6 - len(rows))):
        rows.append("<tr class=ln><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
    net = c["subtotal"]
    tot = c["total"]
    tot_s = reg(doc, "total", "¥" + doc.n(tot, group=""))
    date_s = reg(doc, "date", doc.d())
    party = lambda p, who: (f"<td class=vh>{who}</td><td class=pb>名　　称：{E(p.name)}<br>纳税人识别号：<span class=mono>{E(p.vat)}</span><br>"
                            f"地 址、电 话：{E(p.addr[0])} {E(p.phone)}<br>开户行及账号：{E(p.bank.get('bank', ''))} {E(p.bank.get('account', ''))}</td>")
    code_line = f"发票代码：<span class=mono>{E(doc.refs['发票代码'])}</span><br>" if doc.refs.get("发票代码") else ""
    return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>
@page {{ size: 240mm 140mm; margin: 6mm 8mm; }}
body {{ font-family: '{font}', sans-serif; font-size: 8.4pt; color: #7a3b12; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-end; }}
.ttl {{ text-align: center; font-size: 17pt; letter-spacing: 3px; color: #7a3b12; border-bottom: 3px double #7a3b12; padding: 0 10px 2px; }}
.seal {{ width: 64px; height: 40px; border: 2px solid #c03; border-radius: 50%; color: #c03; font-size: 7pt; text-align: center; line-height: 40px; }}
.meta {{ font-size: 8pt; color: #333; }} .mono {{ font-family: 'DejaVu Sans Mono', monospace; color: #123; }}
table.g {{ width: 100%; border-collapse: collapse; margin-top: 3mm; }}
.g td {{ border: 1px solid #7a3b12; padding: 2px 4px; vertical-align: middle; }}
.vh {{ width: 6mm; text-align: center; writing-mode: vertical-rl; letter-spacing: 2px; }}
.pb {{ color: #222; line-height: 1.55; }} .pb::first-line {{ }}
.ln td {{ border-top: none; border-bottom: none; color: #111; height: 14px; }} .l {{ text-align: left; }}
.r {{ text-align: right; }} .th td {{ text-align: center; }}
.sum td {{ color: #111; }} .big {{ font-size: 10pt; color: #111; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 2mm; color: #333; }}
</style></head><body>
<div class=hd><div class=meta>{code_line}发票号码：<span class=mono>{E(doc.number)}</span></div>
<div class=ttl>{ttl}</div>
<div class=meta>开票日期：{date_s}<br>校 验 码：<span class=mono>{E(doc.refs.get('校验码', ''))}</span></div></div>
<table class=g>
<tr>{party(b, '购买方')}<td class=vh>密码区</td><td class=mono style="font-size:7pt;width:32%;word-break:break-all;color:#333">{E(doc.extra.get('cipher', '03*+<5/2>8-1-9*<<76+4>1<-5*/09>4+++35<5/78*2-41>7*0/>>9-5/+6<<48320*1+7<0>2/-*6>1+<8/4-+86<*93>6-/1'))}</td></tr>
</table>
<table class=g style="margin-top:0;border-top:none">
<tr class=th><td style="width:30%">货物或应税劳务、服务名称</td><td>规格型号</td><td>单位</td><td>数量</td><td>单价</td><td>金额</td><td>税率</td><td>税额</td></tr>
{''.join(rows)}
<tr class=sum><td class=th style="text-align:center">合　　计</td><td></td><td></td><td></td><td></td><td class=r>¥{doc.n(net, group='')}</td><td></td><td class=r>¥{doc.n(c['vat_total'], group='')}</td></tr>
<tr class=sum><td style="text-align:center">价税合计（大写）</td><td colspan=4 class=big>ⓧ {cn_upper(tot)}</td><td colspan=3 class=big>（小写）{tot_s}</td></tr>
</table>
<table class=g style="margin-top:0;border-top:none"><tr>{party(s, '销售方')}<td class=vh>备注</td><td style="width:32%;color:#333">{E(doc.notes[0] if doc.notes else '')}</td></tr></table>
<div class=ft><span>收款人：{E(doc.refs.get('收款人', ''))}</span><span>复核：{E(doc.refs.get('复核', ''))}</span><span>开票人：{E(doc.refs.get('开票人', ''))}</span><span>销售方：（章）</span><div class=seal>发票专用章</div></div>
</body></html>"""


# =====================================================================  Japanese 請求書
def seikyusho(doc, font="WenQuanYi Micro Hei", vertical_seal=True):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    rows = []
    for i, l in enumerate(doc.lines):
        mark = "※" if l.rate == 8 else ""
        rows.append(f"<tr><td>{E(l.desc)}{mark}</td><td class=r>{qty_cells(doc, i, l)}</td><td class=c>{E(l.uom)}</td>"
                    f"<td class=r>{doc.n(l.unit)}</td><td class=r>{doc.n(c['nets'][i])}</td></tr>")
    if c["shipping"]:
        rows.append(f"<tr><td>送料・梱包費</td><td class=r>1</td><td class=c>式</td><td class=r>{doc.n(c['shipping'])}</td><td class=r>{doc.n(c['shipping'])}</td></tr>")
    for _ in range(max(0, 10 - len(rows))):
        rows.append("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>")
    taxrows = "".join(f"<tr><td>{doc.n(r_, 0)}%対象</td><td class=r>¥{doc.n(bb)}</td><td>消費税</td><td class=r>¥{doc.n(v)}</td></tr>"
                      for r_, bb, v, g in c["by_rate"])
    tot = reg(doc, "total", "¥" + doc.n(c["total"]))
    reg(doc, "total", doc.n(c["total"]))
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm 16mm; }} body {{ font-family: '{font}', sans-serif; font-size: 9.4pt; }}
h1 {{ text-align: center; letter-spacing: 14px; font-size: 20pt; font-weight: normal; border-bottom: 1px solid #000; padding-bottom: 2mm; margin: 0 0 6mm; }}
.top {{ display: flex; justify-content: space-between; }}
.to {{ font-size: 13pt; border-bottom: 1px solid #000; padding: 0 8mm 1mm 0; display: inline-block; }}
.me {{ text-align: right; font-size: 8.6pt; line-height: 1.5; position: relative; }}
.co {{ position: relative; padding-right: 6mm; }}
.hanko {{ position: absolute; right: -4mm; top: -3mm; width: 16mm; height: 16mm; border: 1.6px solid #d22; color: #d22; font-size: 7.5pt; line-height: 1.15; padding-top: 1mm; text-align: center; opacity: .75; }}
.amt {{ margin-top: 8mm; display: inline-block; border: 1.5px solid #000; padding: 2mm 6mm; font-size: 14pt; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 7mm; }} .it th {{ background: #dfe6ee; border: 1px solid #555; padding: 3px; font-weight: normal; }}
.it td {{ border: 1px solid #555; padding: 3px 5px; }} .r {{ text-align: right; }} .c {{ text-align: center; }}
.bt {{ display: flex; justify-content: space-between; margin-top: 4mm; }}
table.tx td, table.tt td {{ border: 1px solid #555; padding: 2px 6px; }} table.tx, table.tt {{ border-collapse: collapse; }}
.tt tr.g td {{ font-weight: bold; background: #f2f2f2; }}
.bank {{ margin-top: 7mm; border: 1px solid #555; padding: 2mm 4mm; font-size: 8.6pt; }}
</style></head><body>
<h1>請求書</h1>
<div class=top><div><span class=to>{E(b.name)} 御中</span><p>件名：{E(doc.refs.get('件名', ''))}<br>下記の通りご請求申し上げます。</p>
<div class=amt>ご請求金額　<b>{tot}</b>（税込）</div></div>
<div class=me>請求日：{reg(doc, 'date', doc.d())}<br>請求番号：{E(doc.number)}<br>登録番号：{E(s.vat)}<br><br><div class=co><b style="font-size:11pt">{E(s.name)}</b><br>{'<br>'.join(E(a) for a in s.addr)}<br>TEL {E(s.phone)}
{'<div class=hanko>' + E(s.name.split()[-1][:2]) + '<br>' + E(s.name.split()[-1][2:4]) + '<br>之印</div>' if vertical_seal else ''}</div></div></div>
<table class=it><thead><tr><th style="width:46%">品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<div class=bt><div style="font-size:8pt">※は軽減税率（8%）対象品目です。<br>{'<br>'.join(E(n) for n in doc.notes)}<table class=tx style="margin-top:2mm">{taxrows}</table></div>
<table class=tt><tr><td>小計</td><td class=r>¥{doc.n(c['net_total'])}</td></tr><tr><td>消費税</td><td class=r>¥{doc.n(c['vat_total'])}</td></tr>
<tr class=g><td>合計</td><td class=r>{tot}</td></tr></table></div>
<div class=bank>【お振込先】{E(s.bank.get('bank', ''))}　{E(s.bank.get('account', ''))}　名義：{E(s.bank.get('holder', ''))}<br>
お支払期限：{reg(doc, 'due', doc.d(doc.due))}　※振込手数料は貴社にてご負担願います。</div>
</body></html>"""


# =====================================================================  "corporate" (long distributor invoice; WeasyPrint page counters)
def corporate(doc, font="DejaVu Sans Condensed", color="#0b3d6b"):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    lg = doc.lang
    rows = []
    for i, l in enumerate(doc.lines):
        rows.append(f"<tr><td>{E(l.code)}</td><td>{E(l.desc)}</td><td class=r>{qty_cells(doc, i, l)}</td><td class=r>{doc.n(l.unit)}</td>"
                    f"<td class=r>{doc.n(l.disc, 1) if l.disc else ''}</td><td class=r>{doc.n(l.rate, 0)}%</td><td class=r>{doc.n(c['nets'][i])}</td></tr>")
    vat_rows = "".join(f"<tr><td>{doc.n(r_, 0)}%</td><td class=r>{doc.n(bb)}</td><td class=r>{doc.n(v)}</td></tr>" for r_, bb, v, g in c["by_rate"])
    tot = reg(doc, "total", doc.n(c["total"]))
    cur = doc.currency
    meta = [(t(lg, "number"), doc.number), (t(lg, "date"), reg(doc, "date", doc.d()))] + [(k, v) for k, v in doc.refs.items() if v]
    title = title_for(doc).upper()
    ship = f"<div><div class=lb>{t(lg, 'deliver')}</div>{addr(doc.ship_to, ids=False)}</div>" if doc.ship_to else ""
    return f"""<!doctype html><html lang="{lg}"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 12mm 20mm 12mm;
  @bottom-left {{ content: "{E(s.name)} · {t(lg, 'vat_no')} {E(s.vat)}"; font-size: 7pt; color: #555; font-family: '{font}'; }}
  @bottom-right {{ content: "{t(lg, 'page')} " counter(page) " {t(lg, 'of')} " counter(pages); font-size: 7.5pt; font-family: '{font}'; }}
  @top-right {{ content: "{E(title)} {E(doc.number)}"; font-size: 7pt; color: #777; font-family: '{font}'; }} }}
body {{ font-family: '{font}', sans-serif; font-size: 8.6pt; }}
.hd {{ display: flex; justify-content: space-between; border-bottom: 3px solid {color}; padding-bottom: 3mm; }}
.nm {{ font-size: 16pt; color: {color}; font-weight: bold; }} h1 {{ margin: 0; color: {color}; font-size: 18pt; text-align: right; }}
.pt {{ display: flex; justify-content: space-between; margin: 5mm 0; }} .pt > div {{ width: 32%; }}
.lb {{ font-size: 7pt; color: {color}; text-transform: uppercase; font-weight: bold; }}
table.m td {{ padding: 0 6px 0 0; }}
table.it {{ width: 100%; border-collapse: collapse; }} .it thead {{ display: table-header-group; }}
.it th {{ background: {color}; color: #fff; padding: 3px; text-align: left; font-weight: normal; }}
.it td {{ padding: 2px 3px; border-bottom: .5px solid #ccc; }} .it tr:nth-child(even) td {{ background: #f4f7fa; }}
.it tr {{ page-break-inside: avoid; }}
.r {{ text-align: right; }}
.end {{ display: flex; justify-content: space-between; margin-top: 4mm; page-break-inside: avoid; }}
table.v, table.t {{ border-collapse: collapse; }} .v td, .t td {{ padding: 2px 6px; border: .5px solid #999; }}
.t tr.g td {{ background: {color}; color: #fff; font-weight: bold; font-size: 10.5pt; }}
</style></head><body>
<div class=hd><div><div class=nm>{E(s.name)}</div>{E(', '.join(s.addr))}<br>T {E(s.phone)} · {E(s.email)} · {E(s.web)}</div><div><h1>{E(title)}</h1></div></div>
<div class=pt><div><div class=lb>{t(lg, 'customer')}</div>{addr(b)}</div>{ship}<div><table class=m>{''.join(f'<tr><td>{E(k)}</td><td><b>{E(v)}</b></td></tr>' for k, v in meta)}</table></div></div>
<table class=it><thead><tr><th>{t(lg, 'code')}</th><th>{t(lg, 'desc')}</th><th class=r>{t(lg, 'qty')}</th><th class=r>{t(lg, 'unit')}</th><th class=r>{t(lg, 'disc')}</th><th class=r>{t(lg, 'rate')}</th><th class=r>{t(lg, 'net')} {cur}</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<div class=end><div><b>{t(lg, 'vat_summary')}</b><table class=v><tr><td>{t(lg, 'rate')}</td><td>{t(lg, 'net')}</td><td>{t(lg, 'vat')}</td></tr>{vat_rows}</table>
<p>{t(lg, 'terms')}: {E(doc.refs.get('Terms', doc.refs.get('Zahlungsbedingungen', '')))}<br>{t(lg, 'bank')}: {E(' / '.join(f'{k} {v}' for k, v in s.bank.items()))}</p>{''.join('<p>' + E(n) + '</p>' for n in doc.notes)}</div>
<table class=t><tr><td>{t(lg, 'net_total')}</td><td class=r>{doc.n(c['subtotal'])}</td></tr>
{f"<tr><td>{t(lg, 'shipping')}</td><td class=r>{doc.n(c['shipping'])}</td></tr>" if c['shipping'] else ''}
<tr><td>{t(lg, 'vat')}</td><td class=r>{doc.n(c['vat_total'])}</td></tr><tr class=g><td>{t(lg, 'total')} {cur}</td><td class=r>{tot}</td></tr></table></div>
</body></html>"""


# =====================================================================  statement / remittance
def statement(doc, font="DejaVu Sans"):
    start(doc)
    s, b = doc.supplier, doc.buyer
    ent = doc.extra["entries"]
    rows = "".join(f"<tr><td>{doc.d(d_)}</td><td>{E(ref)}</td><td>{E(typ)}</td><td class=r>{doc.n(dr) if dr is not None else ''}</td>"
                   f"<td class=r>{doc.n(cr) if cr is not None else ''}</td><td class=r>{doc.n(bal)}</td></tr>" for d_, ref, typ, dr, cr, bal in ent)
    balance = reg(doc, "total", doc.n(doc.extra["balance"]))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm; }} body {{ font-family: '{font}'; font-size: 9pt; }}
h1 {{ font-size: 16pt; margin: 0; }} .hd {{ display: flex; justify-content: space-between; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 8mm; }} .it th {{ border-bottom: 1.5px solid #000; text-align: left; }}
.it td {{ border-bottom: .5px solid #ccc; padding: 3px 2px; }} .r {{ text-align: right; }}
.bal {{ margin-top: 5mm; text-align: right; font-size: 12pt; }}
.age {{ margin-top: 8mm; border-collapse: collapse; width: 100%; }} .age td {{ border: 1px solid #999; text-align: center; padding: 3px; }}
.cut {{ margin-top: 14mm; border-top: 1px dashed #000; padding-top: 3mm; font-size: 8pt; }}
</style></head><body>
<div class=hd><div><b style="font-size:13pt">{E(s.name)}</b><br>{'<br>'.join(E(a) for a in s.addr)}<br>{E(s.email)}</div>
<div style="text-align:right"><h1>STATEMENT OF ACCOUNT</h1>Statement date: {reg(doc, 'date', doc.d())}<br>Account: {E(doc.refs.get('Account No', ''))}</div></div>
<p style="margin-top:8mm">{addr(b, ids=False)}</p>
<table class=it><tr><th>Date</th><th>Reference</th><th>Details</th><th class=r>Debit</th><th class=r>Credit</th><th class=r>Balance</th></tr>{rows}</table>
<div class=bal>Balance now due: <b>£{balance}</b></div>
<table class=age><tr><td>Current</td><td>30 days</td><td>60 days</td><td>90+ days</td></tr><tr><td>{balance}</td><td>0.00</td><td>0.00</td><td>0.00</td></tr></table>
<div class=cut>REMITTANCE — please return with your payment. Account {E(doc.refs.get('Account No', ''))} · Amount enclosed: ____________</div>
</body></html>"""


def remittance(doc, font="Nimbus Sans"):
    start(doc)
    s, b = doc.supplier, doc.buyer   # supplier = us (sender), buyer = vendor being paid
    rows = "".join(f"<tr><td>{doc.d(d_)}</td><td>{E(ref)}</td><td class=r>{doc.m(a)}</td></tr>" for d_, ref, a in doc.extra["entries"])
    tot = reg(doc, "total", doc.m(doc.extra["balance"]))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }} body {{ font-family: '{font}', sans-serif; font-size: 10pt; }}
h1 {{ font-weight: 300; letter-spacing: 1px; }} table {{ border-collapse: collapse; width: 70%; }} td, th {{ border-bottom: 1px solid #bbb; padding: 4px; text-align: left; }}
.r {{ text-align: right; }}
</style></head><body>
<div style="text-align:right"><b>{E(s.name)}</b><br>{'<br>'.join(E(a) for a in s.addr)}<br>{E(s.email)}</div>
<h1>Remittance Advice</h1>
<p>To: {addr(b, ids=False)}</p>
<p>Date of payment: {reg(doc, 'date', doc.d())}<br>Payment reference: {E(doc.number)}<br>Method: {E(doc.refs.get('Payment method', ''))}</p>
<p>We have today paid the following invoices:</p>
<table><tr><th>Invoice date</th><th>Your invoice</th><th class=r>Amount paid</th></tr>{rows}
<tr><td></td><td><b>Total paid</b></td><td class=r><b>{tot}</b></td></tr></table>
<p style="margin-top:12mm">Any queries please contact {E(s.email)} / {E(s.phone)}.</p>
</body></html>"""


# =====================================================================  bilingual proforma / commercial invoice (Chinese exporter)
def export_doc(doc, font="DejaVu Sans"):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    pl = doc.doc_type == "packing_list"
    ttl = {"invoice": ("COMMERCIAL INVOICE", "商业发票"), "proforma": ("PROFORMA INVOICE", "形式发票"),
           "packing_list": ("PACKING LIST", "装箱单")}[doc.doc_type]
    rows = []
    for i, l in enumerate(doc.lines):
        if pl:
            ctn = int(l.qty) // 50
            rows.append(f"<tr><td>{E(l.code)}</td><td>{E(l.desc)}<br><span class=zh>{E(l.desc2)}</span></td><td class=r>{qty_cells(doc, i, l)}</td>"
                        f"<td class=r>{ctn}</td><td class=r>{doc.n(D(ctn) * D('8.4'))}</td><td class=r>{doc.n(D(ctn) * D('0.062'), 3)}</td></tr>")
        else:
            rows.append(f"<tr><td>{E(l.code)}</td><td>{E(l.desc)}<br><span class=zh>{E(l.desc2)}</span></td><td class=r>{qty_cells(doc, i, l)} {E(l.uom)}</td>"
                        f"<td class=r>{doc.m(l.unit)}</td><td class=r>{doc.m(c['nets'][i])}</td></tr>")
    if pl:
        head = "<th>Item No.</th><th>Description 品名</th><th>Qty 数量</th><th>Cartons 箱数</th><th>G.W. (kg)</th><th>CBM</th>"
        foot = ""
    else:
        head = "<th>Item No.</th><th>Description 品名</th><th>Quantity 数量</th><th>Unit Price 单价</th><th>Amount 金额</th>"
        tot = reg(doc, "total", doc.m(c["total"]))
        extra = f"<tr><td colspan=4 class=r>Freight 运费</td><td class=r>{doc.m(c['shipping'])}</td></tr>" if c["shipping"] else ""
        foot = f"{extra}<tr class=g><td colspan=4 class=r>TOTAL {E(doc.refs.get('Trade terms', ''))}</td><td class=r>{tot}</td></tr>"
    info = [("Invoice No." if not pl else "P/L No.", doc.number), ("Date", reg(doc, "date", doc.d()))] + [(k, v) for k, v in doc.refs.items() if k != "HS"]
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm; }} body {{ font-family: '{font}', 'WenQuanYi Micro Hei', sans-serif; font-size: 8.8pt; }}
.co {{ text-align: center; }} .co b {{ font-size: 13pt; }} .zh {{ font-family: 'WenQuanYi Micro Hei'; color: #444; }}
h1 {{ text-align: center; font-size: 15pt; margin: 5mm 0; text-decoration: underline; }}
.two {{ display: flex; justify-content: space-between; }} .two > div {{ width: 48%; }}
table.it {{ width: 100%; border-collapse: collapse; margin-top: 5mm; }} .it th, .it td {{ border: 1px solid #000; padding: 3px; }}
.it th {{ background: #ddd; }} .r {{ text-align: right; }} .g td {{ font-weight: bold; }}
.sig {{ margin-top: 12mm; text-align: right; }}
</style></head><body>
<div class=co><b>{E(s.name2)}</b><br><span class=zh>{E(s.name)}</span><br>{E(s.addr[0])}<br>Tel: {E(s.phone)} Email: {E(s.email)}</div>
<h1>{ttl[0]} <span class=zh>{ttl[1]}</span></h1>
<div class=two><div><b>To / Buyer:</b><br>{addr(b, ids=False)}<br>EORI: {E(b.vat.replace(' ', '') + '000')}</div>
<div><table>{''.join(f'<tr><td>{E(k)}:</td><td>{E(v)}</td></tr>' for k, v in info)}</table></div></div>
<table class=it><tr>{head}</tr>{''.join(rows)}{foot}</table>
<p>HS Code: {E(doc.refs.get('HS', ''))} &nbsp; Country of origin: China 中国</p>
{'' if pl else f"<p>Beneficiary bank: {E(s.bank.get('bank', ''))}<br>A/C No.: {E(s.bank.get('account', ''))}  SWIFT: {E(s.bank.get('swift', ''))}</p>"}
<div class=sig>{E(s.name2)}<br><span class=zh>（盖章）</span><br>Authorized signature ____________</div>
</body></html>"""
