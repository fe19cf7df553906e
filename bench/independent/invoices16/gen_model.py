# Build a document model (numbers + printed strings) for one document.
import datetime, copy
from decimal import Decimal as D
from gen_data import *


def rand_date(rng):
    return datetime.date(2025, 6, 1) + datetime.timedelta(days=rng.randint(0, 520))


def build_doc(rng, lang, doc_type="invoice", nlines=None, special=None, arith=None, cur=None):
    """special: it_split, it_ritenuta, it_forfettario, es_re, us_sales_tax, notax"""
    c = lang
    d = rand_date(rng)
    cur = cur or CURRENCY[lang]
    if lang == "en" and cur == "USD" and rng.random() < 0.3:
        cur = "GBP"
    if lang == "zh" and rng.random() < 0.4 and doc_type != "tax_invoice":
        cur = "USD"
    sup = company(rng, c)
    if lang in ("zh", "en") and doc_type != "tax_invoice":
        buy = seller_company(rng)  # cross-border: EU Amazon seller buying
        buy["name_print"] = buy["name"]
    elif lang == "zh":
        buy = company(rng, "zh")
    elif lang == "ja":
        buy = company(rng, "ja")
    else:
        buy = seller_company(rng, lang) if rng.random() < 0.75 else company(rng, c)
    if special == "it_split":
        buy = company(rng, "it", rng.choice(PA_BUYERS))
        buy["vat"] = "CF " + dig(rng, 11)
    if special == "it_ritenuta":
        sup = company(rng, "it", rng.choice(["Studio Fotografico Ferrandi Luca", "Dott.ssa Paola Guidetti Commercialista",
                                             "Avv. Stefano Marchiori", "Traduzioni Benassi Giulia"]))
    if special == "it_forfettario":
        sup = company(rng, "it", rng.choice(["Laboratorio Artigiano di Corti Elena", "Rizzardi Marco Ceramiche",
                                             "Sartoria Valsecchi di Valsecchi Anna"]))
    rates = VAT_RATES[lang]
    items = ITEMS[lang]
    n = nlines or rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    lines = []
    nodisc = rng.random() < 0.5 or lang in ("zh", "ja")
    for i in range(n):
        if special == "it_ritenuta":
            desc = rng.choice(SERVICES_IT)
            qty = D(1); price = r2(D(rng.randint(150, 1800)))
        else:
            desc = items[(i * 5 + rng.randint(0, 11)) % len(items)] if n > len(items) else rng.choice(items)
            if n > len(items):
                desc = f"{desc} - var. {i+1:02d}" if lang not in ("zh", "ja") else f"{desc} 型号{i+1:02d}"
            qty = D(rng.choice([1, 2, 5, 10, 12, 20, 24, 25, 40, 48, 50, 60, 100, 120, 200, 250, 500]))
            if cur == "JPY":
                price = D(rng.randint(8, 600) * 10)
            else:
                price = r2(D(rng.randint(60, 6500)) / 100)
            if lang == "zh" and cur == "CNY":
                price = r2(price * 5)
        disc = D(0) if nodisc or rng.random() < 0.6 else D(rng.choice([5, 10, 15, 20]))
        rate = D(rates[0]) if (rng.random() < 0.65 or special) else D(rng.choice(rates))
        if special in ("it_forfettario", "notax", "us_sales_tax") or doc_type in ("proforma",) and lang in ("en", "zh"):
            rate = D(0)
        amt = qty * price * (1 - disc / 100)
        amt = D(int(amt)) if cur == "JPY" else r2(amt)
        code = f"{rng.choice('ABCDEFGHKMPRSTX')}{rng.choice('ABCDEFGHKMPRSTX')}-{rng.randint(1000,99999)}"
        lines.append(dict(code=code, desc=desc, qty=qty, price=price, disc=disc, rate=rate, amount=amt))
    ship = D(0)
    if special not in ("it_ritenuta",) and rng.random() < 0.4 and doc_type not in ("receipt",):
        ship = D(rng.choice([500, 1200, 1500])) if cur == "JPY" else r2(D(rng.choice([590, 990, 1250, 1500, 2500, 4800])) / 100)
    # tax summary
    summ = {}
    for ln in lines:
        summ.setdefault(ln["rate"], D(0))
        summ[ln["rate"]] += ln["amount"]
    if ship:
        r0 = max(summ.keys())
        summ[r0] += ship
    tax_rows = []
    for rate in sorted(summ, reverse=True):
        base = summ[rate]
        tax = D(int(base * rate / 100)) if cur == "JPY" else r2(base * rate / 100)
        row = dict(rate=rate, base=base, tax=tax)
        if special == "es_re":
            row["re_rate"] = RE_RATES.get(int(rate), D(0))
            row["re"] = r2(base * row["re_rate"] / 100)
        tax_rows.append(row)
    subtotal = sum(ln["amount"] for ln in lines)
    net = subtotal + ship
    tax_total = sum(r["tax"] for r in tax_rows)
    re_total = sum(r.get("re", D(0)) for r in tax_rows)
    sales_tax = D(0)
    if special == "us_sales_tax":
        sales_tax = r2(net * D("0.08875"))
        tax_total = sales_tax
    extras = []  # (label, value) additional rows after total
    total = net + tax_total + re_total
    bollo = D(0)
    if special == "it_forfettario" and net > D("77.47"):
        bollo = D("2.00"); total += bollo
    err = None
    if arith:
        # deliberate arithmetic mistake in a genuine-looking file
        if arith == "line":
            k = rng.randrange(len(lines)); lines[k]["amount"] += D(10) if cur == "JPY" else D("10.00")
            err = f"line {k+1} amount does not equal qty x price"
        elif arith == "tax" and tax_rows and tax_rows[0]["tax"] > 0:
            tax_rows[0]["tax"] += D(1) if cur == "JPY" else D("1.30"); tax_total = sum(r["tax"] for r in tax_rows)
            total = net + tax_total + re_total + bollo
            err = "tax amount does not equal base x rate"
        else:
            s = str(total)
            total = total + (D(90) if cur == "JPY" else D("9.00"))
            err = "grand total is not subtotal + tax"
    ritenuta = D(0)
    net_due = None
    if special == "it_ritenuta":
        ritenuta = r2(net * D("0.20"))
        net_due = total - ritenuta
    if special == "it_split":
        net_due = total - tax_total
    due = d + datetime.timedelta(days=rng.choice([0, 15, 30, 30, 60]))
    num = {"it": f"{rng.randint(1,480)}/{d.year}" if rng.random() < .5 else f"FT{d.year}-{rng.randint(1,999):04d}",
           "es": f"{rng.choice(['A','F','FV'])}{d.year % 100}-{rng.randint(1,2999):05d}",
           "de": f"RE-{d.year}{rng.randint(10000,99999)}", "fr": f"FA{d.year}{d.month:02d}-{rng.randint(1,999):04d}",
           "pl": f"FV/{rng.randint(1,400)}/{d.month:02d}/{d.year}", "nl": f"{d.year}{rng.randint(1000,9999)}",
           "en": f"INV-{rng.randint(10000,99999)}", "zh": f"{dig(rng,8)}" if doc_type == "tax_invoice" else f"HD{d.year}{rng.randint(1000,9999)}",
           "ja": f"No.{d.year % 100}{rng.randint(1000,9999)}"}[lang]
    dv = rng.randint(0, 5)
    mv = rng.randint(0, 3)
    doc = dict(lang=lang, doc_type=doc_type, date=d, due=due, cur=cur, sup=sup, buy=buy, lines=lines, ship=ship,
               tax_rows=tax_rows, subtotal=subtotal, net=net, tax_total=tax_total, re_total=re_total, total=total,
               bollo=bollo, ritenuta=ritenuta, net_due=net_due, special=special, arith_err=err, number=num,
               dv=dv, mv=mv, iban=iban(rng, lang), sales_tax=sales_tax)
    finalize(doc)
    return doc


def iban(rng, lang):
    cc = {"it": "IT", "es": "ES", "de": "DE", "fr": "FR", "pl": "PL", "nl": "NL", "en": "GB"}.get(lang)
    if not cc:
        return dig(rng, 4) + " " + dig(rng, 4) + " " + dig(rng, 4) + " " + dig(rng, 4)
    if cc == "IT":
        return f"IT{dig(rng,2)} {rng.choice('ABXY')}{dig(rng,4)} {dig(rng,4)} {dig(rng,4)} {dig(rng,4)} {dig(rng,4)} {dig(rng,3)}"
    return f"{cc}{dig(rng,2)} {dig(rng,4)} {dig(rng,4)} {dig(rng,4)} {dig(rng,4)}"


def money(doc, x):
    return fmt_money(x, doc["cur"], doc["lang"], doc["mv"])


def num(doc, x, dec=2):
    return fmt_num(x, doc["lang"], 0 if doc["cur"] == "JPY" else dec)


def qtys(doc, q):
    return str(int(q)) if q == int(q) else fmt_num(q, doc["lang"], 2)


def rates(doc, r):
    s = f"{r.normalize():f}"
    if doc["lang"] not in ("en", "zh", "ja"):
        s = s.replace(".", ",")
    return s + "%"


def finalize(doc):
    """Compute all printed strings from numbers (call again after a pre-capture edit)."""
    lang = doc["lang"]
    doc["date_str"] = fmt_date(doc["date"], lang, doc["dv"])
    doc["due_str"] = fmt_date(doc["due"], lang, doc["dv"])
    doc["total_str"] = money(doc, doc["total"])
    doc["rows"] = []
    for ln in doc["lines"]:
        doc["rows"].append(dict(code=ln["code"], desc=ln["desc"], qty=qtys(doc, ln["qty"]), price=num(doc, ln["price"]),
                                disc=(rates(doc, ln["disc"]) if ln["disc"] else ""), rate=rates(doc, ln["rate"]),
                                amount=num(doc, ln["amount"])))
    T = L[lang]
    tl = []
    tl.append((T["subtotal"], money(doc, doc["net"]) if not doc["ship"] else money(doc, doc["subtotal"])))
    if doc["ship"]:
        tl.append((T["ship"], money(doc, doc["ship"])))
        tl.append((T["subtotal"] + (" " if lang not in ("zh", "ja") else "") + ("+" if lang != "it" else "complessivo"),
                   money(doc, doc["net"])))
    if doc["special"] == "us_sales_tax":
        tl.append(("Sales tax 8.875%", money(doc, doc["sales_tax"])))
    elif doc["special"] == "it_forfettario":
        pass
    else:
        for r in doc["tax_rows"]:
            if r["rate"] == 0 and lang in ("en", "zh"):
                continue
            tl.append((f"{T['tax']} {rates(doc, r['rate'])}", money(doc, r["tax"])))
            if "re" in r and r["re"]:
                tl.append((f"Recargo equiv. {rates(doc, r['re_rate'])}", money(doc, r["re"])))
    if doc["bollo"]:
        tl.append(("Imposta di bollo (virtuale)", money(doc, doc["bollo"])))
    tl.append((T["total"], doc["total_str"]))
    if doc["special"] == "it_ritenuta":
        tl.append(("Ritenuta d'acconto 20%", "- " + money(doc, doc["ritenuta"])))
    if doc["net_due"] is not None:
        tl.append((T["net_due"], money(doc, doc["net_due"])))
    doc["totals"] = tl
    doc["net_str"] = money(doc, doc["net"])
    notes = []
    sp = doc["special"]
    if sp == "it_split":
        notes.append("Scissione dei pagamenti - art. 17-ter DPR 633/1972: l'IVA è versata dal cessionario (esigibilità S).")
    if sp == "it_ritenuta":
        notes.append("Ritenuta d'acconto 20% ai sensi dell'art. 25 DPR 600/1973 da versare a cura del committente.")
    if sp == "it_forfettario":
        notes.append("Operazione senza applicazione dell'IVA effettuata ai sensi dell'art. 1, commi 54-89, Legge 190/2014 "
                     "(regime forfettario). Imposta di bollo assolta in modo virtuale.")
    if sp == "es_re":
        notes.append("Cliente sujeto al régimen especial de recargo de equivalencia (art. 154 LIVA).")
    if lang == "it" and doc["doc_type"] in ("invoice", "credit_note"):
        notes.append("Copia di cortesia: l'originale del documento è disponibile nell'area riservata del sito "
                     "dell'Agenzia delle Entrate (SdI).")
    if lang == "de" and doc["doc_type"] == "invoice":
        notes.append("Leistungsdatum entspricht dem Rechnungsdatum. Zahlbar ohne Abzug innerhalb von 14 Tagen.")
    if lang == "fr" and doc["doc_type"] == "invoice":
        notes.append("Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
                     "recouvrement : 40 €. Pas d'escompte pour paiement anticipé.")
    if lang == "pl" and doc["doc_type"] == "invoice":
        notes.append("Mechanizm podzielonej płatności nie dotyczy. Sposób zapłaty: przelew 14 dni.")
    if lang == "nl" and doc["doc_type"] == "invoice":
        notes.append("Gelieve het factuurnummer te vermelden bij betaling.")
    if lang == "ja" and doc["doc_type"] in ("invoice", "tax_invoice"):
        notes.append("※は軽減税率(8%)対象品目です。振込手数料は貴社にてご負担ください。")
    if lang == "zh" and doc["doc_type"] == "tax_invoice":
        notes.append("备注：本发票为电子发票版式文件打印件。")
    doc["notes"] = notes


def label_total(doc):
    if doc.get("no_amounts"):
        return None
    t = doc["total"]
    return str(int(t)) if doc["cur"] == "JPY" else f"{t:.2f}"


def nonmoney_doc(rng, lang, kind):
    """packing list / delivery note / letter: no amounts"""
    doc = build_doc(rng, lang, kind, nlines=rng.choice([3, 5, 7]))
    doc["no_amounts"] = True
    return doc
