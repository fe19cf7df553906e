"""Part 'html': genuine documents from HTML/CSS, printed by WeasyPrint or Chromium."""
import os, random, datetime as dt
from common import (BUILD, FILES, D, Fmt, make_label, register_source, reset_part, claim_name, neutral_name, chromium_pdf, logo_png,
                    make_company, inject_arith_error, money_str)
import scenarios as S
import html_layouts as HL

PART = "html"
WORK = os.path.join(BUILD, "html")


def created_ts(rng, doc):
    t = dt.datetime.combine(doc["date"], dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)))
    return t.strftime("%Y-%m-%dT%H:%M:%S+01:00")


GENERATORS = ["FactuNube 3.4", "GestPyme Online", "Facturalia Web 2.8", "RechnungsWerk Cloud", "FattureSnap 5", "Facturo.app", "LedgerLeaf Invoicing", None, None]


def render(doc, rng, style, producer, extras=None, special=None, wrap=None, page="A4", gen=None):
    """Return html string for the document."""
    created = created_ts(rng, doc)
    if special == "fapiao":
        return HL.render_fapiao(doc, kind=doc.get("fp_kind", "专用"), created=created)
    if special == "japanese":
        return HL.render_japanese(doc, created=created)
    if special == "ticket":
        return HL.render_ticket(doc, created=created)
    if special == "fatturapa":
        return HL.render_fatturapa(doc, created=created)
    if special == "letter":
        return HL.render_letter(doc, extras["paras"], created=created, signer=extras["signer"], place=extras["place"])
    logo = logo_png(rng, doc["supplier"]["name"]) if rng.random() < .7 else None
    ex = HL.auto_extras(doc, extras)
    return HL.render_generic(doc, style=style, logo=logo, extras=ex, page=page, meta_generator=gen if gen is not None else rng.choice(GENERATORS), created=created)


def out_pdf(html, producer, fname, rng):
    hp = os.path.join(WORK, fname.rsplit(".", 1)[0] + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    path = claim_name(PART, fname)
    if producer.startswith("weasyprint"):
        import weasyprint
        weasyprint.HTML(string=html, base_url=WORK).write_pdf(path)
    else:
        chromium_pdf(hp, path)
    return path, hp


def specs():
    """(producer, builder) pairs; builder(rng) -> dict(doc=..., style=..., special=..., extras=..., wrap=..., note=...)"""
    W, C = "weasyprint_html", "chromium_html"
    L = []

    def add(prod, fn):
        L.append((prod, fn))

    # ---------------- WeasyPrint
    def es_vf(r):
        d = S.sc_es(r, "std"); S.add_verifactu(r, d); return dict(doc=d, style="saas")
    add(W, es_vf)
    add(W, lambda r: dict(doc=S.sc_es(r, "re"), style="erp"))
    add(W, lambda r: dict(doc=S.sc_es(r, "mixed"), style="classic"))
    add(W, lambda r: dict(doc=S.sc_es(r, "credit"), style="minimal"))
    add(W, lambda r: dict(doc=S.sc_es(r, "irpf"), style="minimal"))
    add(W, lambda r: dict(doc=S.sc_es(r, "std", lang="ca"), style="gothic"))
    add(W, lambda r: dict(doc=S.sc_es(r, "multi", lang="ca"), style="erp"))
    add(W, lambda r: dict(doc=S.sc_pt(r), style="classic"))
    add(W, lambda r: dict(doc=S.sc_pt(r, receipt=True), style="saas"))
    add(W, lambda r: dict(doc=S.sc_fr(r, fmt=Fmt(num="space", money="{n} €", date="long_fr", cur="EUR", lang="fr")), style="bookman"))
    add(W, lambda r: dict(doc=S.sc_fr(r, solo=True), style="minimal"))
    add(W, lambda r: dict(doc=S.sc_it(r, fmt=Fmt(num="dot", money="€ {n}", date="dmy_dash", cur="EUR", lang="it")), special="fatturapa", style=None))
    add(W, lambda r: dict(doc=S.sc_it(r, intra=True), style="classic"))
    add(W, lambda r: dict(doc=S.sc_de(r), style="gothic"))
    add(W, lambda r: dict(doc=S.sc_de(r, klein=True), style="minimal"))
    add(W, lambda r: dict(doc=S.sc_nl(r), style="saas"))
    add(W, lambda r: dict(doc=S.sc_pl(r), style="erp"))
    add(W, lambda r: dict(doc=S.sc_gb(r), style="classic"))
    add(W, lambda r: dict(doc=S.sc_cn_commercial(r, n=(14, 18)), style="erp"))
    add(W, lambda r: dict(doc=S.sc_cn_fapiao(r), special="fapiao"))
    add(W, lambda r: dict(doc=S.sc_jp(r, date_style="reiwa"), special="japanese"))

    def es_err(r):
        d = S.sc_es(r, "std"); inject_arith_error(r, d, "line_total"); return dict(doc=d, style="gothic")
    add(W, es_err)
    add(W, lambda r: dict(doc=S.sc_de(r, multi=True), style="classic"))
    add(W, lambda r: dict(doc=S.sc_quotation(r, "ca"), style="saas"))
    add(W, lambda r: dict(doc=S.sc_purchase_order(r), style="erp"))

    # ---------------- Chromium
    def es_mail(r):
        d = S.sc_es(r, "std")
        return dict(doc=d, style="saas", wrap="email")
    add(C, es_mail)
    add(C, lambda r: dict(doc=S.sc_es(r, "std"), style="minimal", wrap="portal"))
    add(C, lambda r: dict(doc=S.sc_fr(r), style="saas", wrap="portal"))
    add(C, lambda r: dict(doc=S.sc_it(r), style="gothic"))
    add(C, lambda r: dict(doc=S.sc_de(r, fmt=Fmt(num="dot", money="{n} €", date="long_de", cur="EUR", lang="de")), style="erp"))
    add(C, lambda r: dict(doc=S.sc_us(r), style="saas"))
    add(C, lambda r: dict(doc=S.sc_cn_commercial(r), style="classic"))

    def fp_plain(r):
        d = S.sc_cn_fapiao(r, kind="普通"); d["fp_kind"] = "普通"; return dict(doc=d, special="fapiao")
    add(C, fp_plain)

    def cn_bi(r):
        d = S.sc_cn_commercial(r, lang="zh", fmt=Fmt(num="comma", money="USD {n}", date="cjk0", cur="USD", lang="zh"))
        d["title"] = "商业发票 COMMERCIAL INVOICE"
        return dict(doc=d, style="cjk", languages=["zh", "en"])
    add(C, cn_bi)
    add(C, lambda r: dict(doc=S.sc_jp(r, date_style="ymd_slash"), special="japanese"))
    add(C, lambda r: dict(doc=S.sc_pl(r), style="classic", wrap="email"))
    add(C, lambda r: dict(doc=S.sc_nl(r), style="gothic", wrap="portal"))
    add(C, lambda r: dict(doc=S.sc_ticket(r), special="ticket"))

    def es_long(r):
        d = S.sc_es(r, "multi"); S.add_verifactu(r, d); return dict(doc=d, style="classic")
    add(C, es_long)
    add(C, lambda r: dict(doc=S.sc_pt(r), style="minimal", wrap="email"))

    def it_err(r):
        d = S.sc_it(r); inject_arith_error(r, d, "tax"); return dict(doc=d, style="bookman")
    add(C, it_err)
    add(C, lambda r: dict(doc=S.sc_gb_domestic(r), style="gothic"))

    def letter(r):
        d = S.sc_letter_fr(r)
        s, b = d["supplier"], d["buyer"]
        paras = ["Madame, Monsieur,",
                 f"Nous attestons par la présente que la société {b['name']} ({b.get('taxid', '')}) s'approvisionne auprès de notre maison depuis {d['date'].year - 1} "
                 f"en articles de notre fabrication (savons, bougies et coffrets), qu'elle revend notamment en ligne.",
                 "Les factures correspondantes ont été émises à son nom et sont intégralement réglées. Nous restons à disposition pour toute vérification.",
                 "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."]
        d["signer_role"] = "Gérante"
        return dict(doc=d, special="letter", extras=dict(paras=paras, signer=r.choice(["Hélène Marchetti", "Sophie Garnier"]), place=s["addr"][1].split(" ", 1)[1]))
    add(C, letter)
    return L


def main():
    reset_part(PART)
    os.makedirs(WORK, exist_ok=True)
    rng = random.Random(36001)
    for i, (producer, fn) in enumerate(specs()):
        r = random.Random(rng.randint(0, 10**9))
        sp = fn(r)
        doc = sp["doc"]
        prod = producer
        html = render(doc, r, sp.get("style") or "saas", producer, extras=sp.get("extras"), special=sp.get("special"))
        if sp.get("wrap") == "email":
            s, b = doc["supplier"], doc["buyer"]
            sent = dt.datetime.combine(doc["date"] + dt.timedelta(days=r.randint(0, 2)), dt.time(r.randint(8, 19), r.randint(0, 59)))
            subj = {"es": f"Factura {doc['number']}", "pl": f"Faktura {doc['number']}", "pt": f"Fatura {doc['number']}", "fr": f"Facture {doc['number']}"}[doc["lang"]]
            fwd = None
            if r.random() < .7:
                fwd = dict(**{"from": f"{s['name'].split(',')[0]} <{s['email']}>", "to": f"compras@{b['name'].split()[0].lower()}.es", "date": sent.strftime("%d/%m/%Y %H:%M"), "subject": subj})
                subj = ("RV: " if doc["lang"] == "es" else "Fwd: ") + subj
            html = HL.wrap_email(html, subj, f"{b['name'].split(',')[0]} <compras@{b['name'].split()[0].lower()}.es>", f"Gestoría Assessors Eixample <docs@assessors-eixample.cat>",
                                 (sent + dt.timedelta(days=r.randint(20, 200))).strftime("%d/%m/%Y %H:%M"), lang=doc["lang"], forwarded=fwd)
            prod = "chromium_email_print"
        elif sp.get("wrap") == "portal":
            s = doc["supplier"]
            dom = "".join(ch for ch in s["name"].split(",")[0].lower().replace(" ", "") if ch.isascii() and ch.isalnum())[:18]
            url = f"https://clientes.{dom}.com/account/invoices/{doc['number'].replace('/', '-')}"
            printed = (dt.datetime.combine(doc["date"], dt.time(10, 0)) + dt.timedelta(days=r.randint(30, 250), minutes=r.randint(0, 600))).strftime("%d/%m/%y, %H:%M")
            html = HL.wrap_portal(html, f"{s['name'].split(',')[0]} – Portal clientes" if doc["lang"] == "es" else f"{s['name'].split(',')[0]} – Portal", url, lang=doc["lang"], printed=printed)
            prod = "chromium_portal_print"
        fname = neutral_name(r, doc, "pdf")
        path, hp = out_pdf(html, producer, fname, r)
        make_label(fname, doc, prod, PART, languages=sp.get("languages"))
        kind = "pdf_html"
        register_source(fname, doc, prod, kind, PART, html=os.path.relpath(hp, BUILD))
        print(f"[{PART}] {i:02d} {prod:24s} {doc['lang']} {doc['doc_type']:14s} {fname}", flush=True)


if __name__ == "__main__":
    main()
