"""HTML/CSS layouts (accounting-software styles made up for this corpus).
Used by genuine_html.py (WeasyPrint / Chromium) and by the capture stage."""
import html as H
import datetime as dt
from decimal import Decimal
from common import (D, q, money_str, qr_svg, verifactu_url, atcud, pt_qr_text, logo_png, img_data_uri, cn_upper, pl_words, fmt_date)
from i18n import L, title, PAY_TERMS, date_label

e = H.escape

STYLES = {
    "saas": dict(font="'DejaVu Sans', sans-serif", size="9.5pt", accent="#1f6feb", header="band", table="striped", totals="box", parties="two_col"),
    "classic": dict(font="'DejaVu Serif', serif", size="10pt", accent="#333", header="center", table="grid", totals="right_list", parties="two_col"),
    "minimal": dict(font="'Nimbus Sans', 'DejaVu Sans', sans-serif", size="9pt", accent="#111", header="split", table="lines", totals="right_list", parties="stack"),
    "erp": dict(font="'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", size="8.5pt", accent="#555", header="split", table="grid", totals="tax_table", parties="two_col"),
    "gothic": dict(font="'URW Gothic', 'DejaVu Sans', sans-serif", size="9.5pt", accent="#0b7a5a", header="split", table="striped", totals="box", parties="two_col"),
    "bookman": dict(font="'URW Bookman', 'DejaVu Serif', serif", size="9pt", accent="#7a1f2b", header="center", table="lines", totals="tax_table", parties="stack"),
    "cjk": dict(font="'WenQuanYi Micro Hei', sans-serif", size="9.5pt", accent="#244a7a", header="split", table="grid", totals="right_list", parties="two_col"),
}

TAXLBL = {"ES": "NIF", "CA": "NIF", "PT": "NIF", "FR": "N° TVA", "IT": "P.IVA", "DE": "USt-IdNr.", "NL": "BTW-id", "PL": "NIP", "GB": "VAT Reg. No.", "US": "EIN", "CN": "USCC", "JP": "登録番号"}


def party_html(c, lang, role_title, show_local=False):
    if not c:
        return ""
    name = c.get("name_local") if (show_local and c.get("name_local")) else c["name"]
    lines = [f"<div class='pname'>{e(name)}</div>"]
    if show_local and c.get("addr_local"):
        lines.append(f"<div>{e(c['addr_local'])}</div>")
    else:
        for a in c.get("addr", []):
            lines.append(f"<div>{e(a)}</div>")
        if c.get("country") and c.get("cc") not in ("CN", "JP"):
            lines.append(f"<div>{e(c['country'])}</div>")
    if c.get("taxid"):
        lines.append(f"<div>{e(TAXLBL.get(c['cc'], L(lang, 'vat_id')))}: {e(c['taxid'])}</div>")
    elif c.get("solo"):
        lines.append(f"<div>{'SIRET ' + e(c.get('siret', '')) if c['cc'] == 'FR' else 'St.-Nr. ' + e(c.get('stnr', ''))}</div>")
    return f"<div class='party'><div class='ptitle'>{e(role_title)}</div>{''.join(lines)}</div>"


def columns_for(doc, style):
    dtp = doc["doc_type"]
    if dtp in ("packing_list",):
        return ["code", "desc", "qty", "cartons", "nw", "gw", "cbm"]
    if dtp == "delivery_note":
        return ["code", "desc", "qty", "unit"]
    cols = []
    if any(ln.get("sku") for ln in doc["lines"]):
        cols.append("code")
    cols += ["desc", "qty"]
    if style.get("unit_col", True) and doc["lang"] not in ("en",):
        cols.append("unit")
    cols.append("price")
    if any(ln.get("disc") for ln in doc["lines"]):
        cols.append("disc")
    if len({ln["rate"] for ln in doc["lines"]}) > 1 or style.get("rate_col"):
        cols.append("rate")
    cols.append("amount")
    return cols


def cell(doc, ln, col):
    f = doc["fmt"]
    if col == "code": return e(ln.get("sku", ""))
    if col == "desc": return e(ln["desc"]) + (f"<div class='sub'>{e(ln['sub'])}</div>" if ln.get("sub") else "")
    if col == "qty": return f.qty(ln["qty"])
    if col == "unit": return e(ln.get("unit", ""))
    if col == "price": return f.n(ln["price"], max(2, len(str(ln["price"]).split(".")[-1])) if doc["cur"] != "JPY" else 0)
    if col == "disc": return f.pct(ln["disc"]) if ln.get("disc") else ""
    if col == "rate": return f.pct(ln["rate"])
    if col == "amount": return f.n(ln["net"])
    if col == "cartons": return str(ln.get("cartons", ""))
    if col == "nw": return f.n(ln.get("nw", 0), 1)
    if col == "gw": return f.n(ln.get("gw", 0), 1)
    if col == "cbm": return f.n(ln.get("cbm", 0), 3)
    return ""


COLKEY = {"code": "code", "desc": "desc", "qty": "qty", "unit": "unit", "price": "price", "disc": "disc", "rate": "rate", "amount": "amount",
          "cartons": "cartons", "nw": "nw", "gw": "gw", "cbm": "cbm"}


def totals_rows(doc, with_subtotal=True):
    """[(label, value_str, css)] for the totals block."""
    f, lang, cur = doc["fmt"], doc["lang"], doc["cur"]
    rows = []
    if doc["doc_type"] in ("packing_list", "delivery_note"):
        return rows
    multi = len(doc["taxes"]) > 1
    if with_subtotal:
        rows.append((L(lang, "subtotal"), f.m(doc["subtotal"]), ""))
    if doc.get("disc_amt"):
        rows.append((f"{L(lang, 'discount')} {f.pct(doc['disc_pct'])}", f.m(-doc["disc_amt"]), ""))
    if doc.get("ship"):
        rows.append((L(lang, "shipping"), f.m(doc["ship"]), ""))
    if doc["regime"] == "domestic":
        for t in doc["taxes"]:
            if multi or doc.get("disc_amt") or doc.get("ship"):
                rows.append((f"{L(lang, 'base')} {f.pct(t['rate'])}", f.m(t["base"]), "small"))
            elif not with_subtotal:
                rows.append((L(lang, "base"), f.m(t["base"]), ""))
            rows.append((f"{L(lang, 'vat')} {f.pct(t['rate'])}", f.m(t["tax"]), ""))
            if t.get("re"):
                rows.append((f"{L(lang, 're')} {f.pct(t['re_rate'])}", f.m(t["re"]), ""))
    elif doc["regime"] != "none" and doc.get("show_zero_vat"):
        rows.append((f"{L(lang, 'vat')} 0%", f.m(0), ""))
    if doc.get("irpf"):
        rows.append((f"{L(lang, 'irpf')} {f.pct(doc['irpf_rate'])}", f.m(-doc["irpf"]), ""))
    rows.append((L(lang, "total_due") if doc.get("due_caption") else L(lang, "total"), f.m(doc["total"]), "grand"))
    return rows


def legal_notes(doc):
    lang = doc["lang"]
    out = list(doc.get("notes", []))
    if doc["regime"] == "intra_eu" and L(lang, "reverse_charge"):
        out.append(L(lang, "reverse_charge"))
    if doc["regime"] == "export" and L(lang, "export_note"):
        out.append(L(lang, "export_note"))
    if doc["regime"] == "none" and L(lang, "small_business"):
        out.append(L(lang, "small_business"))
    return out


def footer_legal(doc):
    s = doc["supplier"]
    cc = s["cc"]
    if s.get("solo") and cc == "FR":
        return f"{s['name']} – Entrepreneur individuel – SIRET {s.get('siret')} – Dispensé d'immatriculation au RCS et au RM"
    if s.get("solo") and cc == "DE":
        return f"{s['name']} · Inhaber: {' '.join(s['name'].split()[:2])} · Steuernummer {s.get('stnr')}"
    if cc in ("ES", "CA") and not s.get("is_person"):
        return f"{s['name']} – Inscrita en el Registro Mercantil de {s['addr'][1].split(' ', 1)[1]}, Tomo {s['name'].__len__() * 97}, Folio {len(s['taxid']) * 7}, Hoja {s['taxid'][1:4]}.{s['taxid'][4:7]}"
    if cc == "FR":
        return f"{s['name']} – capital {s.get('capital', '10 000')} € – SIRET {s.get('siret')} – {s.get('rcs')} – APE {s.get('ape')}"
    if cc == "DE" and s.get("hrb"):
        return f"{s['name']} · {s['hrb']} · Geschäftsführung: {s.get('gf')} · St.-Nr. {s.get('stnr')}"
    if cc == "IT":
        return f"{s['name']} – {s.get('rea')} – Capitale sociale € {10000 * (len(s['name']) % 5 + 1):,}".replace(",", ".") + " i.v."
    if cc == "NL":
        return f"KvK {s.get('kvk')} · BTW {s['taxid']}"
    if cc == "PL":
        return f"{s['name']}, REGON {s.get('regon')}, kapitał zakładowy 50 000 zł"
    if cc == "GB":
        return f"Registered in England & Wales No. {s.get('crn')} · VAT {s['taxid']}"
    if cc == "PT":
        return f"{s['name']} · Capital social {s.get('capital')} € · Matriculada na C.R.C. de {s.get('crc')} sob o NIPC {s['taxid']}"
    return ""


def css_for(st, page="A4", margin="16mm 14mm 20mm 14mm", lang="es", pager=True, page_label=None):
    acc = st["accent"]
    pl = ""
    if pager:
        pl = f"@bottom-right {{ content: '{page_label or 'Page'} ' counter(page) ' / ' counter(pages); font-size: 7.5pt; color: #777; }}"
    tbl = {
        "striped": f"table.items th {{ background:{acc}; color:#fff; }} table.items tr:nth-child(even) td {{ background:#f3f5f8; }} table.items td, table.items th {{ padding:4px 6px; }}",
        "grid": "table.items, table.items td, table.items th { border:0.6pt solid #666; } table.items th { background:#e6e6e6; } table.items td, table.items th { padding:3px 5px; }",
        "lines": f"table.items th {{ border-bottom:1.2pt solid {acc}; text-align:left; }} table.items td {{ border-bottom:0.4pt solid #ccc; padding:5px 4px; }}",
    }[st["table"]]
    return f"""
@page {{ size: {page}; margin: {margin}; {pl} }}
body {{ font-family: {st['font']}; font-size: {st['size']}; color:#1a1a1a; margin:0; font-variant-ligatures: none; font-feature-settings: 'liga' 0, 'dlig' 0; }}
.hdr {{ display:flex; justify-content:space-between; align-items:flex-start; margin-bottom:8mm; }}
.band {{ background:{acc}; color:#fff; padding:6mm 8mm; margin:-2mm 0 8mm 0; display:flex; justify-content:space-between; align-items:center; }}
.band h1 {{ color:#fff; }}
h1 {{ font-size:20pt; margin:0; letter-spacing:1px; color:{acc}; }}
.center {{ text-align:center; border-bottom:1.5pt double {acc}; padding-bottom:4mm; margin-bottom:6mm; }}
.center .cname {{ font-size:15pt; font-weight:bold; }}
.logo {{ height:16mm; }}
.meta td {{ padding:1px 6px 1px 0; }} .meta td.k {{ color:#555; }}
table.metagrid {{ border-collapse:collapse; margin-bottom:5mm; }} table.metagrid td {{ border:0.6pt solid #888; padding:2px 6px; }} table.metagrid td.k {{ background:#eee; font-size:80%; }}
.parties {{ display:flex; gap:10mm; margin-bottom:6mm; }} .parties .party {{ flex:1; }}
.party .ptitle {{ font-size:75%; text-transform:uppercase; color:#666; border-bottom:0.5pt solid #bbb; margin-bottom:2px; }}
.party .pname {{ font-weight:bold; }}
.stack .party {{ margin-bottom:4mm; }}
table.items {{ width:100%; border-collapse:collapse; margin-top:2mm; }}
table.items thead {{ display: table-header-group; }}
table.items tr {{ page-break-inside: avoid; }}
{tbl}
td.num, th.num {{ text-align:right; white-space:nowrap; }}
.sub {{ font-size:80%; color:#666; }}
.totals {{ margin-top:5mm; display:flex; justify-content:flex-end; page-break-inside: avoid; }}
.totals table {{ border-collapse:collapse; min-width:70mm; }}
.totals td {{ padding:2px 6px; }} .totals td.v {{ text-align:right; white-space:nowrap; }}
.totals tr.grand td {{ font-weight:bold; font-size:115%; border-top:1pt solid #222; }}
.totals tr.small td {{ color:#555; font-size:90%; }}
.totbox {{ border:1pt solid {acc}; padding:2mm 3mm; }}
.totbox tr.grand td {{ background:{acc}; color:#fff; }}
table.taxt {{ border-collapse:collapse; margin-top:5mm; width:100%; page-break-inside: avoid; }} table.taxt td, table.taxt th {{ border:0.6pt solid #666; padding:2px 5px; text-align:right; }}
table.taxt th {{ background:#e6e6e6; font-weight:normal; font-size:85%; }} table.taxt td.grand {{ font-weight:bold; font-size:115%; background:#f1f1f1; }}
.notes {{ margin-top:6mm; font-size:85%; color:#333; }}
.foot {{ margin-top:8mm; font-size:75%; color:#555; border-top:0.5pt solid #aaa; padding-top:2mm; }}
.qrbox {{ display:flex; gap:4mm; align-items:center; margin-top:5mm; font-size:75%; page-break-inside: avoid; }}
.stamp {{ display:inline-block; border:2px solid #b22; color:#b22; padding:2mm 4mm; transform:rotate(-8deg); font-weight:bold; opacity:.8; }}
"""


def meta_block(doc, st, extra_rows=()):
    f, lang = doc["fmt"], doc["lang"]
    num_lbl = L(lang, "number")
    dt_ = doc["doc_type"]
    if dt_ not in ("invoice", "tax_invoice", "credit_note", "receipt"):
        num_lbl = {"es": "Nº", "ca": "Núm.", "fr": "N°", "it": "N.", "de": "Nr.", "nl": "Nr.", "pl": "Nr", "pt": "N.º", "en": "No.", "zh": "编号", "ja": "番号"}[lang]
    rows = [(num_lbl, doc["number"]), (date_label(lang, doc["doc_type"]), f.d(doc["date"]))]
    if doc.get("due") and dt_ in ("invoice", "tax_invoice", "proforma"):
        rows.append((L(lang, "due"), f.d(doc["due"])))
    if dt_ == "quotation" and doc.get("due"):
        rows.append((L(lang, "valid_until"), f.d(doc["due"])))
    if doc.get("order_ref"):
        rows.append((L(lang, "order_ref"), doc["order_ref"]))
    if doc.get("customer_no"):
        rows.append((L(lang, "customer_no"), doc["customer_no"]))
    rows += list(extra_rows)
    if st["header"] == "band" or st["totals"] == "tax_table":
        return "<table class='metagrid'><tr>" + "".join(f"<td class='k'>{e(k)}</td>" for k, _ in rows) + "</tr><tr>" + "".join(f"<td>{e(v)}</td>" for _, v in rows) + "</tr></table>"
    return "<table class='meta'>" + "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows) + "</table>"


def supplier_head(doc, logo_uri):
    s = doc["supplier"]
    lines = [f"<div style='font-weight:bold;font-size:120%'>{e(s['name'])}</div>"] + [f"<div>{e(a)}</div>" for a in s.get("addr", [])]
    if s.get("taxid"):
        lines.append(f"<div>{e(TAXLBL.get(s['cc'], 'VAT'))}: {e(s['taxid'])}</div>")
    elif s.get("solo"):
        lines.append(f"<div>{'SIRET ' + e(s.get('siret', '')) if s['cc'] == 'FR' else 'Steuernummer ' + e(s.get('stnr', ''))}</div>")
    if s.get("phone"):
        lines.append(f"<div>{e(L(doc['lang'], 'tel'))} {e(s['phone'])} · {e(s.get('email', ''))}</div>")
    img = f"<img class='logo' src='{logo_uri}'/>" if logo_uri else ""
    return img, "".join(lines)


def render_generic(doc, style="saas", logo=None, extras=None, page="A4", meta_generator=None, created=None, title_override=None):
    """Full HTML document string for invoice-like docs."""
    extras = extras or {}
    st = dict(STYLES[style])
    st.update(extras.get("style_over", {}))
    f, lang = doc["fmt"], doc["lang"]
    ttl = title_override or doc.get("title") or title(lang, doc["doc_type"])
    logo_uri = img_data_uri(logo) if logo is not None else None
    img, sup_lines = supplier_head(doc, logo_uri)
    head_meta = ""
    if meta_generator:
        head_meta += f"<meta name='generator' content='{e(meta_generator)}'>"
    if created:
        head_meta += f"<meta name='dcterms.created' content='{created}'><meta name='dcterms.modified' content='{created}'>"
    head_meta += f"<meta name='author' content='{e(doc['supplier']['name'])}'>"
    css = css_for(st, page=page, lang=lang, page_label=L(lang, "page"))
    out = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{e(ttl.title() if lang not in ('zh','ja') else ttl)} {e(doc['number'])}</title>{head_meta}<style>{css}{extras.get('css', '')}</style></head><body>"]
    if st["header"] == "band":
        out.append(f"<div class='band'><div>{img.replace('logo', 'logo')}<div style='font-size:85%;margin-top:2mm'>{sup_lines}</div></div><h1>{e(ttl)}</h1></div>")
    elif st["header"] == "center":
        out.append(f"<div class='center'>{img}<div class='cname'>{e(doc['supplier']['name'])}</div><div>{e(' · '.join(doc['supplier'].get('addr', [])))}</div>"
                   f"<div>{e(TAXLBL.get(doc['supplier']['cc'], 'VAT'))}: {e(doc['supplier'].get('taxid') or doc['supplier'].get('siret') or doc['supplier'].get('stnr') or '')} · {e(doc['supplier'].get('phone', ''))}</div></div>"
                   f"<h1 style='text-align:center;margin-bottom:5mm'>{e(ttl)}</h1>")
    else:
        out.append(f"<div class='hdr'><div>{img}<div style='margin-top:2mm'>{sup_lines}</div></div><div style='text-align:right'><h1>{e(ttl)}</h1>{meta_block(doc, st, extras.get('meta_rows', ()))}</div></div>")
    if st["header"] in ("band", "center"):
        out.append(meta_block(doc, st, extras.get("meta_rows", ())))
    if doc["doc_type"] == "credit_note" and doc.get("rectifies"):
        r = doc["rectifies"]
        out.append(f"<p><b>{e(L(lang, 'rectifies'))}:</b> {e(r['number'])} ({e(f.d(r['date']))}) · <b>{e(L(lang, 'reason'))}:</b> {e(r['reason'])}</p>")
    # parties
    cls = "parties" if st["parties"] == "two_col" else "stack"
    if doc["doc_type"] == "purchase_order":
        p1 = party_html(doc["supplier"], lang, L(lang, "supplier"))
        out.append(f"<div class='{cls}'>{p1}{party_html(doc.get('ship_to') or doc['buyer'], lang, L(lang, 'ship_to'))}</div>")
    else:
        parts = [party_html(doc["buyer"], lang, L(lang, "bill_to") if doc["doc_type"] not in ("quotation",) else L(lang, "customer"))]
        if doc.get("ship_to"):
            parts.append(party_html(doc["ship_to"], lang, L(lang, "ship_to")))
        out.append(f"<div class='{cls}'>{''.join(parts)}</div>")
    if extras.get("pre_table"):
        out.append(extras["pre_table"])
    cols = columns_for(doc, st)
    num_cols = {"qty", "price", "disc", "rate", "amount", "cartons", "nw", "gw", "cbm"}
    ths = "".join(f"<th class='{'num' if c in num_cols else ''}'>{e(L(lang, COLKEY[c]))}</th>" for c in cols)
    rows = "".join("<tr>" + "".join(f"<td class='{'num' if c in num_cols else ''}'>{cell(doc, ln, c)}</td>" for c in cols) + "</tr>" for ln in doc["lines"])
    out.append(f"<table class='items'><thead><tr>{ths}</tr></thead><tbody>{rows}</tbody></table>")
    # totals
    trs = totals_rows(doc, with_subtotal=(st["totals"] != "tax_table"))
    if doc["doc_type"] in ("packing_list", "delivery_note"):
        if doc.get("pack_totals"):
            out.append(f"<div class='notes'>{doc['pack_totals']}</div>")
    elif st["totals"] == "tax_table":
        ths = [L(lang, "subtotal")]
        vals = [f.m(doc["subtotal"])]
        if doc.get("disc_amt"):
            ths.append(f"{L(lang, 'discount')} {f.pct(doc['disc_pct'])}"); vals.append(f.m(-doc["disc_amt"]))
        if doc.get("ship"):
            ths.append(L(lang, "shipping")); vals.append(f.m(doc["ship"]))
        t1 = "<table class='taxt'><tr>" + "".join(f"<th>{e(x)}</th>" for x in ths) + "</tr><tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr></table>"
        hdr = [L(lang, "base"), "%", L(lang, "vat")] + ([L(lang, "re") + " %", L(lang, "re")] if doc.get("re_total") else [])
        body = ""
        for t in doc["taxes"]:
            body += f"<tr><td>{f.n(t['base'])}</td><td>{f.pct(t['rate'])}</td><td>{f.n(t['tax'])}</td>" + (f"<td>{f.pct(t['re_rate'])}</td><td>{f.n(t['re'])}</td>" if doc.get("re_total") else "") + "</tr>"
        extra_cols = ""
        if doc.get("irpf"):
            hdr.append(f"{L(lang, 'irpf')} {f.pct(doc['irpf_rate'])}")
        hdr.append(L(lang, "total"))
        n = len(doc["taxes"])
        body = body.replace("</tr>", "", 1)
        if doc.get("irpf"):
            body = body + f"<td rowspan='{n}'>{f.m(-doc['irpf'])}</td>"
        body = body + f"<td class='grand' rowspan='{n}'>{f.m(doc['total'])}</td></tr>"
        out.append(t1 + "<table class='taxt'><tr>" + "".join(f"<th>{e(x)}</th>" for x in hdr) + "</tr>" + body + "</table>")
    else:
        tb = "".join(f"<tr class='{c}'><td>{e(k)}</td><td class='v'>{v}</td></tr>" for k, v, c in trs)
        box = "totbox" if st["totals"] == "box" else ""
        out.append(f"<div class='totals'><div class='{box}'><table>{tb}</table></div></div>")
    if extras.get("post_totals"):
        out.append(extras["post_totals"])
    notes = legal_notes(doc)
    pay = doc.get("payment")
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") and pay is not False:
        pay = pay or PAY_TERMS[lang][0]
        s = doc["supplier"]
        bank = f"{L(lang, 'iban')}: {s['iban']} · BIC {s.get('bic', '')}" if s.get("iban") else (f"{L(lang, 'bank')}: {s.get('bank', '')} · A/C {s.get('account', '')} · SWIFT {s.get('swift', '')}" if s.get("bank") else "")
        notes.insert(0, f"<b>{e(L(lang, 'payment'))}:</b> {e(pay)}" + (f"<br>{e(bank)}" if bank else ""))
    if notes:
        out.append("<div class='notes'>" + "<br>".join(n if n.startswith("<b>") else e(n) for n in notes) + "</div>")
    if extras.get("qr"):
        out.append(extras["qr"])
    if doc["doc_type"] == "delivery_note":
        out.append(f"<div style='margin-top:14mm;display:flex;gap:20mm'><div style='border-top:0.6pt solid #333;width:60mm;padding-top:1mm'>{e(L(lang, 'received'))}</div><div style='border-top:0.6pt solid #333;width:60mm;padding-top:1mm'>{e(L(lang, 'signature'))}</div></div>")
    if doc["doc_type"] in ("invoice", "tax_invoice") and extras.get("thanks", True):
        out.append(f"<div class='notes' style='text-align:center;color:#777'>{e(L(lang, 'thanks'))}</div>")
    fl = footer_legal(doc)
    if fl:
        out.append(f"<div class='foot'>{e(fl)}</div>")
    if extras.get("after"):
        out.append(extras["after"])
    out.append("</body></html>")
    return "".join(out)


# ------------------------------------------------------------------ special layouts
def verifactu_block(doc, lang="es"):
    url = verifactu_url(doc)
    cap = {"es": "Factura verificable en la sede electrónica de la AEAT", "ca": "Factura verificable a la seu electrònica de l'AEAT"}.get(lang, "Factura verificable en la sede electrónica de la AEAT")
    return (f"<div class='qrbox'><div style='text-align:center'><div style='font-size:7pt;font-weight:bold'>QR tributario:</div>{qr_svg(url, 26)}"
            f"<div style='font-size:7pt;font-weight:bold;letter-spacing:1px'>VERI*FACTU</div></div><div>{e(cap)}<br>"
            f"Huella: {e(doc.get('vf_hash', ''))}</div></div>")


def atcud_block(doc, atc):
    txt = pt_qr_text(doc, atc)
    return (f"<div class='qrbox'>{qr_svg(txt, 28)}<div>ATCUD: <b>{e(atc)}</b><br>{e(doc.get('hash4', 'kR7x'))}-Processado por programa certificado n.º {e(doc.get('cert', '2734'))}/AT<br>"
            f"Os bens/serviços foram colocados à disposição do adquirente na data e local do documento.</div></div>")


def render_fapiao(doc, kind="专用", stamp=True, created=None):
    """电子发票（增值税专用发票 / 普通发票）style; amounts CNY, dates cjk0."""
    f = doc["fmt"]
    s, b = doc["supplier"], doc["buyer"]
    col = "#9b4a1c"
    rows = ""
    for ln in doc["lines"]:
        tax = q(ln["net"] * ln["rate"] / 100)
        ln["tax"] = tax
        up = ln.get("price_str") or f"{ln['price']:.2f}"
        rows += (f"<tr><td style='text-align:left'>{e(ln['desc'])}</td><td>{e(ln.get('spec', ''))}</td><td>{e(ln['unit'])}</td><td>{ln['qty']}</td>"
                 f"<td>{up}</td><td>{ln['net']:.2f}</td><td>{int(ln['rate'])}%</td><td>{tax:.2f}</td></tr>")
    tax_total = doc["tax_total"]
    title = f"电子发票（增值税{kind}发票）"
    css = f"""@page {{ size: 240mm 150mm; margin: 8mm; }}
body {{ font-family:'WenQuanYi Micro Hei'; font-size:8.5pt; color:#222; }}
.t {{ text-align:center; color:{col}; font-size:17pt; letter-spacing:3px; margin:0 0 1mm 0; }}
.uline {{ width:90mm; margin:0 auto 2mm auto; border-top:1.2pt solid {col}; border-bottom:1.2pt solid {col}; height:1.5pt; }}
.hd {{ display:flex; justify-content:space-between; align-items:flex-start; }}
.box {{ border:1pt solid {col}; }}
.row {{ display:flex; border-bottom:1pt solid {col}; }}
.vlab {{ width:7mm; writing-mode:vertical-rl; text-align:center; color:{col}; border-right:1pt solid {col}; padding:1mm; letter-spacing:2px; }}
.half {{ flex:1; padding:2mm 3mm; line-height:1.7; }}
.half + .vlab {{ border-left:1pt solid {col}; }}
.lbl {{ color:{col}; }}
table.it {{ width:100%; border-collapse:collapse; }}
table.it th {{ color:{col}; font-weight:normal; padding:1.2mm; }}
table.it td {{ text-align:right; padding:1mm 1.5mm; }}
.sum td {{ border-top:0.6pt dashed {col}; }}
.big {{ display:flex; border-top:1pt solid {col}; padding:2mm 3mm; }}
.seal {{ position:absolute; right:18mm; top:84mm; width:30mm; height:20mm; border:2pt solid #d22; border-radius:50%; color:#d22; text-align:center; font-size:7pt; opacity:.75; }}
"""
    seal = (f"<div class='seal'><div style='margin-top:3mm'>{e(s['name_local'][:14])}</div><div style='font-size:6pt'>{e(s['taxid'])}</div>"
            f"<div style='font-weight:bold;font-size:8pt'>发票专用章</div></div>") if stamp else ""
    head = f"<meta name='dcterms.created' content='{created}'>" if created else ""
    return f"""<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{title}</title>{head}<style>{css}</style></head><body>
<div style='position:relative'>{seal}
<div class='hd'><div style='width:55mm'><div style='border:1pt solid {col};width:18mm;height:18mm;color:{col};font-size:6pt;text-align:center;padding-top:4mm;border-radius:50%'>全国统一<br>发票监制章</div></div>
<div><div class='t'>{title}</div><div class='uline'></div></div>
<div style='width:62mm;line-height:1.8'><span class='lbl'>发票号码：</span>{e(doc['fapiao_no'])}<br><span class='lbl'>开票日期：</span>{e(f.d(doc['date']))}</div></div>
<div class='box'>
<div class='row'><div class='vlab'>购买方信息</div><div class='half'><span class='lbl'>名称：</span>{e(b['name_local'])}<br><span class='lbl'>统一社会信用代码/纳税人识别号：</span>{e(b['taxid'])}</div>
<div class='vlab'>销售方信息</div><div class='half'><span class='lbl'>名称：</span>{e(s['name_local'])}<br><span class='lbl'>统一社会信用代码/纳税人识别号：</span>{e(s['taxid'])}</div></div>
<table class='it'><tr><th style='text-align:left'>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>
{rows}
<tr class='sum'><td style='text-align:center;color:{col}'>合　　计</td><td></td><td></td><td></td><td></td><td>¥{doc['net']:.2f}</td><td></td><td>¥{tax_total:.2f}</td></tr></table>
<div class='big'><span class='lbl'>价税合计（大写）</span>&nbsp;&nbsp;⊗{cn_upper(doc['total'])}<span style='margin-left:auto'><span class='lbl'>（小写）</span>¥{doc['total']:.2f}</span></div>
<div class='big' style='min-height:12mm'><span class='lbl' style='writing-mode:vertical-rl'>备注</span>&nbsp;&nbsp;{e(doc.get('remark', ''))}</div>
</div>
<div style='margin-top:2mm'><span class='lbl'>开票人：</span>{e(doc.get('drawer', '李静'))}</div>
</div></body></html>"""


def render_japanese(doc, seal=True, created=None):
    f = doc["fmt"]
    s, b = doc["supplier"], doc["buyer"]
    reduced = any(ln["rate"] == 8 for ln in doc["lines"])
    rows = ""
    for ln in doc["lines"]:
        mark = "※" if ln["rate"] == 8 else ""
        rows += (f"<tr><td>{e(ln.get('sku', ''))}</td><td>{e(ln['desc'])}{mark}</td><td class='n'>{f.qty(ln['qty'])}</td><td>{e(ln['unit'])}</td>"
                 f"<td class='n'>{f.n(ln['price'], 0)}</td><td class='n'>{f.n(ln['net'], 0)}</td></tr>")
    for _ in range(max(0, 8 - len(doc["lines"]))):
        rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>"
    taxrows = "".join(f"<tr><td>{int(t['rate'])}%対象</td><td class='n'>{f.m(t['base'])}</td><td>消費税</td><td class='n'>{f.m(t['tax'])}</td></tr>" for t in doc["taxes"])
    sealhtml = (f"<div style='position:absolute;right:2mm;top:20mm;width:17mm;height:17mm;border:2pt solid #c33;color:#c33;font-size:9pt;line-height:1.05;"
                f"text-align:center;padding-top:1mm;writing-mode:vertical-rl;opacity:.8'>{e(s['name_local'].replace('株式会社', '').replace('有限会社', '')[:4])}之印</div>") if seal else ""
    head = f"<meta name='dcterms.created' content='{created}'>" if created else ""
    due = f"<div>お支払期限：{e(f.d(doc['due']))}</div>" if doc.get("due") else ""
    return f"""<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>請求書 {e(doc['number'])}</title>{head}<style>
@page {{ size:A4; margin:15mm 15mm 18mm 15mm; }}
body {{ font-family:'WenQuanYi Micro Hei'; font-size:9.5pt; }}
h1 {{ text-align:center; letter-spacing:12px; font-size:20pt; font-weight:normal; border-bottom:1.5pt double #333; width:70mm; margin:0 auto 6mm auto; }}
.top {{ display:flex; justify-content:space-between; }}
.cust {{ font-size:13pt; border-bottom:1pt solid #333; padding-bottom:1mm; width:85mm; }}
.amt {{ margin-top:6mm; border:1.2pt solid #333; display:flex; width:95mm; }} .amt div {{ padding:2mm 3mm; }} .amt .k {{ background:#eee; }} .amt .v {{ font-size:15pt; font-weight:bold; }}
table.it {{ width:100%; border-collapse:collapse; margin-top:6mm; }} table.it th, table.it td {{ border:0.6pt solid #555; padding:1.5mm 2mm; }} table.it th {{ background:#e9eef4; font-weight:normal; }}
td.n {{ text-align:right; }}
.tot {{ display:flex; justify-content:flex-end; margin-top:3mm; }} .tot table {{ border-collapse:collapse; }} .tot td {{ border:0.6pt solid #555; padding:1mm 3mm; }}
</style></head><body>
<h1>請求書</h1>
<div class='top'><div><div class='cust'>{e(b['name_local'] if b.get('name_local') else b['name'])}　御中</div>
<div style='margin-top:3mm'>下記のとおりご請求申し上げます。</div>
<div class='amt'><div class='k'>ご請求金額（税込）</div><div class='v'>{f.m(doc['total'])}</div></div>{due}</div>
<div style='position:relative;width:80mm;line-height:1.6'><div style='text-align:right'>請求日：{e(f.d(doc['date']))}<br>請求書番号：{e(doc['number'])}</div>
<div style='margin-top:3mm'><b>{e(s['name_local'])}</b><br>{e(' '.join(s['addr']))}<br>TEL {e(s['phone'])}<br>登録番号：{e(s['taxid'])}</div>{sealhtml}</div></div>
<table class='it'><tr><th>品番</th><th>品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>{rows}</table>
<div class='tot'><table><tr><td>小計</td><td class='n'>{f.m(doc['subtotal'])}</td></tr>{''.join(f"<tr><td>消費税（{int(t['rate'])}%）</td><td class='n'>{f.m(t['tax'])}</td></tr>" for t in doc['taxes'])}<tr><td><b>合計</b></td><td class='n'><b>{f.m(doc['total'])}</b></td></tr></table></div>
<table style='margin-top:3mm;border-collapse:collapse' class='it'><tr><th colspan='4'>税率別内訳</th></tr>{taxrows}</table>
{"<div style='margin-top:2mm'>※は軽減税率（8%）対象商品です。</div>" if reduced else ""}
<div style='margin-top:6mm;border:0.6pt solid #555;padding:2mm'>振込先：{e(s['bank'])}　{e(s['account'])}　{e(s['name_local'])}<br>※振込手数料は貴社にてご負担くださいますようお願い申し上げます。</div>
</body></html>"""


def render_ticket(doc, created=None):
    """80 mm till ticket / factura simplificada; prices VAT included."""
    f, s = doc["fmt"], doc["supplier"]
    lines = ""
    for ln in doc["lines"]:
        lines += f"<tr><td colspan='3'>{e(ln['desc'][:34].upper())}</td></tr><tr><td>{f.qty(ln['qty'])} x {f.n(ln['gross_price'])}</td><td></td><td class='r'>{f.n(ln['gross'])}</td></tr>"
    taxes = "".join(f"<tr><td>{f.pct(t['rate'])}</td><td class='r'>{f.n(t['base'])}</td><td class='r'>{f.n(t['tax'])}</td></tr>" for t in doc["taxes"])
    qr = qr_svg(verifactu_url(doc), 24)
    head = f"<meta name='dcterms.created' content='{created}'>" if created else ""
    return f"""<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'>{head}<style>
@page {{ size: 80mm {110 + 9 * len(doc['lines'])}mm; margin: 4mm 3mm; }}
body {{ font-family:'DejaVu Sans Mono'; font-size:7.6pt; }}
.c {{ text-align:center; }} .r {{ text-align:right; }} table {{ width:100%; border-collapse:collapse; }} hr {{ border:0; border-top:1px dashed #000; }}
.big {{ font-size:11pt; font-weight:bold; }}
</style></head><body>
<div class='c'><b>{e(s['name'].upper())}</b><br>NIF {e(s['taxid'])}<br>{e(s['addr'][0])}<br>{e(s['addr'][1])}<br>Tel. {e(s['phone'])}</div><hr>
<div class='c'><b>FACTURA SIMPLIFICADA</b></div>
<div>Nº: {e(doc['number'])}<br>Fecha: {e(f.d(doc['date']))} {doc.get('time', '11:42')}<br>Caja: {doc.get('till', 2)} Le atendió: {e(doc.get('clerk', 'ROSA'))}</div><hr>
<table>{lines}</table><hr>
<table><tr><td class='big'>TOTAL ({e(doc['cur'])})</td><td class='r big'>{f.n(doc['total'])}</td></tr>
<tr><td>{e(doc.get('tender', 'TARJETA'))}</td><td class='r'>{f.n(doc.get('tendered', doc['total']))}</td></tr>
<tr><td>CAMBIO</td><td class='r'>{f.n(doc.get('tendered', doc['total']) - doc['total'])}</td></tr></table><hr>
<table><tr><td>IVA</td><td class='r'>BASE</td><td class='r'>CUOTA</td></tr>{taxes}</table><hr>
<div class='c'>IVA INCLUIDO · GRACIAS POR SU VISITA<br>No se admiten devoluciones sin ticket</div>
<div class='c' style='margin-top:2mm'>QR tributario:<br>{qr}<br>VERI*FACTU</div>
</body></html>"""


def render_fatturapa(doc, created=None):
    """Copia di cortesia of an Italian e-invoice (FatturaPA) with the usual section titles."""
    f, s, b = doc["fmt"], doc["supplier"], doc["buyer"]
    th = "background:#dde6f0;font-weight:bold;font-size:7.5pt"
    rows = "".join(f"<tr><td>{e(ln.get('sku', ''))}</td><td>{e(ln['desc'])}</td><td class='n'>{f.n(ln['qty'], 2)}</td><td class='n'>{f.n(ln['price'], 2)}</td><td>{e(ln['unit'])}</td>"
                   f"<td class='n'>{f.pct(ln['disc']) if ln.get('disc') else ''}</td><td class='n'>{f.n(ln['rate'], 2)}</td><td class='n'>{f.n(ln['net'], 2)}</td></tr>" for ln in doc["lines"])
    riep = "".join(f"<tr><td>{'I (immediata)' if doc['regime'] == 'domestic' else 'N3.2 – non imponibile, cessione intracomunitaria'}</td><td class='n'>{f.n(t['rate'], 2)}</td><td class='n'>{f.n(doc['ship'], 2) if doc.get('ship') else ''}</td><td></td>"
                   f"<td class='n'>{f.n(t['base'], 2)}</td><td class='n'>{f.n(t['tax'], 2)}</td></tr>" for t in doc["taxes"])
    bollo = doc.get("bollo", D(0))
    head = f"<meta name='dcterms.created' content='{created}'>" if created else ""
    bcf = b.get("taxid", "")
    return f"""<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Fattura elettronica {e(doc['number'])}</title>{head}<style>
@page {{ size:A4; margin:12mm; @bottom-center {{ content: 'Copia di cortesia – il documento fiscalmente valido è il file XML trasmesso tramite SdI'; font-size:7pt; color:#666; }} }}
body {{ font-family:'DejaVu Sans'; font-size:8pt; }} table {{ border-collapse:collapse; width:100%; margin-bottom:3mm; }} td, th {{ border:0.5pt solid #8aa; padding:1mm 1.5mm; vertical-align:top; }}
th {{ {th}; text-align:left; }} td.n {{ text-align:right; }} .two {{ display:flex; gap:4mm; }} .two > div {{ flex:1; border:0.5pt solid #8aa; padding:2mm; line-height:1.5; }}
h3 {{ margin:0 0 1mm 0; font-size:8.5pt; color:#1d3f66; }}
</style></head><body>
<div class='two'><div><h3>Cedente/prestatore (fornitore)</h3>Identificativo fiscale ai fini IVA: {e(s['taxid'])}<br>Codice fiscale: {e(s.get('piva', ''))}<br>Denominazione: {e(s['name'])}<br>Regime fiscale: RF01 (ordinario)<br>Indirizzo: {e(s['addr'][0])}<br>Comune: {e(s['addr'][1])} Nazione: IT<br>Telefono: {e(s['phone'])}<br>Email: {e(s.get('email', ''))}</div>
<div><h3>Cessionario/committente (cliente)</h3>Identificativo fiscale ai fini IVA: {e(bcf)}<br>Denominazione: {e(b['name'])}<br>Indirizzo: {e(b['addr'][0])}<br>Comune: {e(b['addr'][1])} Nazione: {e(b['cc'] if b['cc'] != 'CA' else 'ES')}<br>Codice destinatario: {e(doc.get('sdi_code', 'XXXXXXX'))}</div></div>
<table style='margin-top:3mm'><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data documento</th><th>Codice destinatario</th></tr>
<tr><td>TD01 fattura</td><td></td><td>{e(doc['number'])}</td><td>{e(f.d(doc['date']))}</td><td>{e(doc.get('sdi_code', 'XXXXXXX'))}</td></tr></table>
<table><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo unitario</th><th>UM</th><th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr>{rows}</table>
<table><tr><th colspan='6'>RIEPILOGHI IVA E TOTALI</th></tr><tr><th>esigibilità iva / riferimenti normativi</th><th>%IVA</th><th>Spese accessorie</th><th>Arr.</th><th>Totale imponibile</th><th>Totale imposta</th></tr>{riep}</table>
<table><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Arr.</th><th>Valuta</th><th>Totale documento</th></tr>
<tr><td class='n'>{f.n(bollo, 2) if bollo else ''}</td><td class='n'>{f.n(-doc['disc_amt'], 2) if doc.get('disc_amt') else ''}</td><td></td><td>EUR</td><td class='n'><b>{f.n(doc['total'], 2)}</b></td></tr></table>
<table><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th><th>Importo</th></tr>
<tr><td>MP05 bonifico</td><td>{e(s.get('iban', '').replace(' ', ''))}</td><td>{e(s.get('bic', ''))}</td><td>{e(f.d(doc['due'])) if doc.get('due') else ''}</td><td class='n'>{f.n(doc['total'], 2)}</td></tr></table>
{"<div>" + e(L('it', 'reverse_charge')) + "</div>" if doc['regime'] == 'intra_eu' else ""}
</body></html>"""


def render_letter(doc, body_paras, created=None, signer="", place=""):
    s, b, f = doc["supplier"], doc["buyer"], doc["fmt"]
    head = f"<meta name='dcterms.created' content='{created}'>" if created else ""
    paras = "".join(f"<p>{e(p)}</p>" for p in body_paras)
    return f"""<!DOCTYPE html><html lang='{doc['lang']}'><head><meta charset='utf-8'>{head}<style>@page {{ size:A4; margin:25mm 22mm; }}
body {{ font-family:'DejaVu Serif'; font-size:10.5pt; line-height:1.5; }} .to {{ margin:14mm 0 10mm 95mm; }}</style></head><body>
<div><b>{e(s['name'])}</b><br>{e(s['addr'][0])}<br>{e(s['addr'][1])}<br>{e(s.get('phone', ''))} · {e(s.get('email', ''))}<br>SIRET {e(s.get('siret', ''))}</div>
<div class='to'>{e(b['name'])}<br>{e(b['addr'][0])}<br>{e(b['addr'][1])}<br>{e(b.get('country', ''))}</div>
<div style='text-align:right'>{e(place)}, le {e(f.d(doc['date']))}</div>
{paras}
<div style='margin-top:14mm;margin-left:95mm'>{e(signer)}<br><span style='font-size:9pt;color:#555'>{e(doc.get('signer_role', ''))}</span></div>
</body></html>"""


def wrap_email(inner_html, subject, frm, to, date_str, lang="es", forwarded=None, attach=None):
    """Print-out of an e-mail whose body carries the invoice (webmail print style, invented)."""
    body = inner_html.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    style = inner_html.split("<style>", 1)[1].split("</style>", 1)[0] if "<style>" in inner_html else ""
    style = style.replace("@page", "@page__x")  # neutralise the invoice's own @page
    cap = {"es": ("De", "Para", "Fecha", "Asunto", "---------- Mensaje reenviado ---------"), "pl": ("Od", "Do", "Data", "Temat", "---------- Przekazana wiadomość ---------"),
           "pt": ("De", "Para", "Data", "Assunto", "---------- Mensagem reencaminhada ---------"), "fr": ("De", "À", "Date", "Objet", "---------- Message transféré ---------")}.get(lang)
    fw = ""
    if forwarded:
        fw = (f"<div style='color:#555'>{cap[4]}<br>{cap[0]}: {e(forwarded['from'])}<br>{cap[2]}: {e(forwarded['date'])}<br>{cap[3]}: {e(forwarded['subject'])}<br>{cap[1]}: {e(forwarded['to'])}</div><br>")
    att = f"<div style='margin-top:6mm;border-top:1px solid #ccc;padding-top:2mm;color:#444'>📎 {e(attach)}</div>" if attach else ""
    return f"""<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{e(subject)}</title><style>
@page {{ size:A4; margin:12mm 12mm; }}
{style}
.mailhdr {{ font-family:'DejaVu Sans'; font-size:9pt; border-bottom:1px solid #bbb; margin-bottom:6mm; padding-bottom:3mm; }}
.mailhdr .subj {{ font-size:13pt; margin-bottom:3mm; }}
.mailbody {{ border:1px solid #ddd; padding:6mm; }}
</style></head><body>
<div class='mailhdr'><div style='display:flex;justify-content:space-between;color:#666;font-size:8pt'><span>{e(to.split('<')[0].strip())} &lt;{e(to.split('<')[-1].rstrip('>'))}&gt;</span><span>{e(date_str)}</span></div>
<div class='subj'><b>{e(subject)}</b></div>
<div>{cap[0]}: <b>{e(frm)}</b><br>{cap[1]}: {e(to)}<br>{cap[2]}: {e(date_str)}</div></div>
<div style='font-family:DejaVu Sans;font-size:9pt'>{fw}</div>
<div class='mailbody'>{body}</div>{att}
</body></html>"""


def wrap_portal(inner_html, portal_name, url, lang="es", nav=None, printed=""):
    """Supplier customer-portal page printed from a browser (header/footer drawn as the browser would)."""
    body = inner_html.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    style = inner_html.split("<style>", 1)[1].split("</style>", 1)[0] if "<style>" in inner_html else ""
    style = style.replace("@page", "@page__x")
    nav = nav or {"es": ["Inicio", "Pedidos", "Facturas", "Devoluciones", "Mi cuenta"], "fr": ["Accueil", "Commandes", "Factures", "Mon compte"],
                  "nl": ["Home", "Bestellingen", "Facturen", "Mijn account"], "de": ["Start", "Bestellungen", "Rechnungen", "Konto"]}.get(lang, ["Home", "Orders", "Invoices", "Account"])
    btn2, btn3 = {"es": ("Imprimir", "Enviar por e-mail"), "fr": ("Imprimer", "Envoyer"), "nl": ("Afdrukken", "Mailen"), "de": ("Drucken", "Senden")}.get(lang, ("Print", "E-mail"))
    navh = " ".join(f"<span style='margin-right:6mm;{'font-weight:bold;border-bottom:2px solid #fff' if i == 2 else ''}'>{e(n)}</span>" for i, n in enumerate(nav))
    return f"""<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{e(portal_name)}</title><style>
@page {{ size:A4; margin:10mm 8mm 12mm 8mm; }}
{style}
.bh {{ font-family:'DejaVu Sans'; font-size:7pt; color:#333; display:flex; justify-content:space-between; margin-bottom:2mm; }}
.pnav {{ background:#24323f; color:#fff; padding:3mm 5mm; font-family:'DejaVu Sans'; font-size:8pt; display:flex; justify-content:space-between; }}
.pwrap {{ border:1px solid #ccd; padding:6mm; margin-top:3mm; }}
.btn {{ display:inline-block; background:#e8edf2; border:1px solid #aab; padding:1mm 3mm; font-family:DejaVu Sans; font-size:8pt; margin-right:2mm; }}
.bf {{ font-family:'DejaVu Sans'; font-size:7pt; color:#333; display:flex; justify-content:space-between; margin-top:4mm; }}
</style></head><body>
<div class='bh'><span>{e(printed)}</span><span>{e(portal_name)}</span></div>
<div class='pnav'><span><b>{e(portal_name)}</b></span><span>{navh}</span></div>
<div style='margin-top:3mm'><span class='btn'>PDF</span><span class='btn'>{e(btn2)}</span><span class='btn'>{e(btn3)}</span></div>
<div class='pwrap'>{body}</div>
<div class='bf'><span>{e(url)}</span><span>1/1</span></div>
</body></html>"""


def auto_extras(doc, extras=None):
    """Country-specific blocks derived from the document model."""
    ex = dict(extras or {})
    f, lang = doc["fmt"], doc["lang"]
    rows = list(ex.get("meta_rows", ()))
    if doc.get("verifactu"):
        ex["qr"] = verifactu_block(doc, lang)
    if doc.get("atcud"):
        ex["qr"] = atcud_block(doc, doc["atcud"])
        rows.append(("ATCUD", doc["atcud"]))
    if doc.get("ksef"):
        rows.append(("Numer KSeF", doc["ksef"]))
    if doc.get("sale_date"):
        rows.append(("Data sprzedaży", f.d(doc["sale_date"])))
    if doc.get("delivery") and lang == "de":
        rows.append(("Lieferdatum", f.d(doc["delivery"])))
    if doc.get("incoterm"):
        rows.append(("Terms", doc["incoterm"]))
    if doc.get("words"):
        ex["post_totals"] = ex.get("post_totals", "") + f"<div class='notes'><b>Słownie:</b> {e(pl_words(doc['total']))}</div>"
    if rows:
        ex["meta_rows"] = rows
    return ex
