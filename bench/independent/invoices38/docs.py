"""Scenario builders: each returns a Doc (content only; layout is the producer's business)."""
import copy, datetime
from common import Doc, Line, Party, D, q, rng_for
import parties as P

START = datetime.date(2025, 5, 1)
END = datetime.date(2026, 11, 27)


def rand_date(r, ambiguous=None):
    while True:
        d = START + datetime.timedelta(days=r.randint(0, (END - START).days))
        if d.weekday() == 6:
            continue
        if ambiguous is True and d.day > 12:
            continue
        if ambiguous is False and d.day <= 12:
            continue
        return d


def price(r, lo, hi, dec=2):
    v = r.uniform(lo, hi)
    if dec == 0:
        return D(int(round(v / 10.0)) * 10)
    v = round(v, 2)
    if r.random() < 0.4:  # psychological pricing
        v = int(v) + r.choice([0.49, 0.95, 0.99, 0.50, 0.25])
    return q(D(str(v)))


def lines_from(r, cat, country, n, qty=(2, 48), dec=2, codes=True, prefix="", disc_p=0.0):
    items = r.sample(P.CAT[cat], min(n, len(P.CAT[cat])))
    while len(items) < n:
        items.append(r.choice(P.CAT[cat]))
    out = []
    for it in items:
        desc, (lo, hi), rk, uom = it
        qy = D(r.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 12, 20, 24, 24, 36, 48, 50, 60, 100, 120, 144]))
        qy = min(max(qy, D(qty[0])), D(qty[1]))
        code = (prefix + "%05d" % r.randint(1000, 99999)) if codes else ""
        disc = D(r.choice([5, 10, 2.5, 15])) if r.random() < disc_p else D(0)
        out.append(Line(desc, qy, price(r, lo, hi, dec), P.RATES[country][rk], code, uom, disc))
    return out


def with_vat(party, vat, label=None):
    p = copy.deepcopy(party)
    p.vat = vat
    if label:
        p.ids = {label: vat}
    return p


def _arith(doc, r, kind):
    if not kind:
        return doc
    doc.arith = kind
    if kind == "line":
        i = r.randrange(len(doc.lines))
        doc.extra["arith_line"] = i
        l = doc.lines[i]
        # typical slips: one unit too many, or a transposed pair of digits
        net = q(l.qty * l.unit * (1 - l.disc / 100), doc.decimals)
        s = f"{net:.{doc.decimals}f}"
        digs = [k for k in range(len(s) - 1) if s[k].isdigit() and s[k + 1].isdigit() and s[k] != s[k + 1]]
        if digs and r.random() < 0.6:
            k = digs[0]
            s2 = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            doc.extra["arith_delta"] = D(s2) - net
        else:
            doc.extra["arith_delta"] = q(l.unit, doc.decimals)
    elif kind == "vat":
        doc.extra["arith_delta"] = r.choice([D("1.00"), D("-0.10"), D("10.00"), D("0.90")])
    elif kind == "total":
        doc.extra["arith_delta"] = r.choice([D("10.00"), D("-1.00"), D("100.00"), D("9.00")])
    elif kind == "subtotal":
        doc.extra["arith_delta"] = r.choice([D("10.00"), D("-5.00"), D("1.00")])
    return doc


# ---------------------------------------------------------------- UK
UK_CAT = {"castlefield": "packaging", "northgate": "health", "kestrel": "electrical", "moorside": "toys",
          "brightwater": "homegarden", "tamesway": "stationery", "pennine_cc": "cashcarry", "irwell": None,
          "dyson_lane": "crafts", "hollins": "crafts"}


def uk_invoice(key, sup="castlefield", buyer=None, arith=None, n=None, doc_type="invoice", ambiguous=None):
    r = rng_for(key)
    s = P.UK[sup]
    cat = UK_CAT[sup] or r.choice(["packaging", "health", "electrical", "toys", "homegarden", "stationery"])
    n = n or r.randint(2, 9)
    lines = lines_from(r, cat, "GB", n, disc_p=0.15 if r.random() < 0.4 else 0)
    d = rand_date(r, ambiguous)
    b = buyer or (P.ME if r.random() < 0.8 else r.choice(P.OTHER_BUYERS[:4]))
    pre = {"castlefield": "CPS", "northgate": "NHB", "kestrel": "KEW", "moorside": "MTG", "brightwater": "BHG",
           "tamesway": "TS", "pennine_cc": "PCC", "irwell": "ITD", "dyson_lane": "DLC", "hollins": ""}[sup]
    num = r.choice([f"{pre}-{r.randint(10000, 99999)}", f"INV-{r.randint(1000, 9999):06d}", f"SI{r.randint(100000, 999999)}",
                    f"{pre}{d.strftime('%y%m')}/{r.randint(1, 480):04d}"])
    if doc_type == "credit_note":
        num = f"CN-{r.randint(1000, 9999)}"
    terms_days = r.choice([14, 30, 30, 60])
    doc = Doc(key, doc_type, "en", "en_GB", "GBP", s, b, num, d, lines,
              due=d + datetime.timedelta(days=terms_days),
              shipping=D(r.choice([0, 0, 7.50, 9.95, 12.00, 15.00, 25.00])),
              date_style=r.choice(["dmy_slash", "dmy_slash", "d_mon_y", "dd_mon_yy", "d_month_y"]),
              money_style=r.choice(["symbol", "plain"]),
              refs={"Account No": f"{b.name[:3].upper()}{r.randint(100, 999)}",
                    "Your Order": r.choice([f"PO-{r.randint(2000, 2999)}", f"MLT{r.randint(100, 999)}", "Phone", "Email - Dan"]),
                    "Terms": r.choice([f"{terms_days} days net", f"{terms_days} days from invoice", "30 days end of month"]),
                    "Tax point": ""})
    if r.random() < 0.3:
        doc.refs["Despatch Note"] = f"DN{r.randint(200000, 299999)}"
    if doc_type == "credit_note":
        doc.shipping = D(0)
        doc.refs["Original Invoice"] = f"{pre}-{r.randint(10000, 99999)}"
        doc.notes.append(r.choice(["Credit for goods damaged in transit (see POD photos).", "Credit for short delivery.",
                                   "Pricing adjustment agreed with rep."]))
        for l in doc.lines[3:]:
            pass
        doc.lines = doc.lines[:2]
    return _arith(doc, r, arith)


def uk_receipt(key, sup="pennine_cc", arith=None):
    r = rng_for(key)
    s = P.UK[sup]
    items = []
    for _ in range(r.randint(5, 16)):
        desc, (lo, hi), rk, _u = r.choice(P.CAT["cashcarry"])
        items.append(Line(desc, D(r.choice([1, 1, 1, 2, 2, 3, 4, 6, 10])), price(r, lo, hi), P.RATES["GB"][rk],
                          "%013d" % r.randint(5000000000000, 5099999999999)))
    d = rand_date(r)
    doc = Doc(key, "receipt", "en", "en_GB", "GBP", s, P.ME, f"{r.randint(1, 40):02d}-{r.randint(1000, 9999)}", d, items,
              incl=True, date_style=r.choice(["dmy_slash", "dd_mon_yy"]), money_style="plain",
              refs={"till": r.randint(1, 24), "op": r.choice(["SHAZIA", "KEV", "Op 0412", "MARTA", "JOHN B"]),
                    "time": f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}", "card": f"************{r.randint(1000, 9999)}",
                    "customer": f"{r.randint(100000, 999999)}", "auth": f"{r.randint(100000, 999999)}"})
    return _arith(doc, r, arith)


def uk_distributor(key, buyer=None, n=None, arith=None):
    r = rng_for(key)
    lines = []
    n = n or r.randint(34, 80)
    cats = ["packaging", "health", "electrical", "toys", "homegarden", "stationery"]
    while len(lines) < n:
        lines += lines_from(r, r.choice(cats), "GB", r.randint(3, 7), prefix="IT", disc_p=0.1)
    lines = lines[:n]
    d = rand_date(r)
    b = buyer or P.ME
    doc = Doc(key, "invoice", "en", "en_GB", "GBP", P.UK["irwell"], b, f"ITD/{d.year}/{r.randint(10000, 99999)}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 35, 48.5, 60])),
              date_style=r.choice(["dmy_slash", "d_mon_y"]), money_style="plain",
              refs={"Account No": f"MED{r.randint(1000, 9999)}", "Customer PO": f"PO-{r.randint(2000, 2999)}",
                    "Sales Order": f"SO{r.randint(400000, 499999)}", "Rep": r.choice(["T. Okafor", "L. Brierley", "House"]),
                    "Terms": "30 days from invoice", "Delivery": r.choice(["Own van", "Pallet (Palletways)", "Courier"])})
    doc.ship_to = Party("Medlock Lane Trading Ltd - Goods In", ["Unit 9, Beswick Trade Park", "Grey Mare Lane", "Manchester M11 3RT"])
    return _arith(doc, r, arith)


def uk_small(key, sup="hollins", arith=None):
    r = rng_for(key)
    s = copy.deepcopy(P.UK[sup])
    lines = lines_from(r, "crafts", "GB", r.randint(2, 4), qty=(6, 60), codes=False)
    vat = bool(s.vat)
    if not vat:
        for l in lines:
            l.rate = D(0)
    d = rand_date(r)
    doc = Doc(key, "invoice", "en", "en_GB", "GBP", s, P.ME, f"{r.randint(20, 180):03d}", d, lines,
              due=d + datetime.timedelta(days=14), shipping=D(r.choice([0, 4.95, 8.40])),
              date_style=r.choice(["d_month_y", "dmy_slash"]), money_style="symbol",
              refs={"Terms": "Payment within 14 days by bank transfer"})
    doc.extra["no_vat"] = not vat
    if not vat:
        doc.shipping_rate = D(0)
        doc.notes.append("Not VAT registered - no VAT charged.")
        s.bank = s.bank or dict(bank="Calder Building Society", sort="60-55-21", account="%08d" % r.randint(10000000, 99999999))
    return _arith(doc, r, arith)


# ---------------------------------------------------------------- Ireland, US
def ie_invoice(key, sup="liffeyside", arith=None):
    r = rng_for(key)
    s = P.IE[sup]
    lines = lines_from(r, "ie", "IE", r.randint(2, 6))
    d = rand_date(r)
    rc = r.random() < 0.5
    b = with_vat(P.ME, P.ME_DE_VAT) if rc else P.ME
    for l in lines:
        l.rate = D(0)
    doc = Doc(key, "invoice", "en", "en_IE", "EUR", s, b, f"{sup[:2].upper()}{r.randint(20000, 29999)}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 18, 24.5])), shipping_rate=D(0),
              date_style=r.choice(["dmy_slash", "d_month_y"]), money_style="symbol",
              refs={"Customer ref": f"C{r.randint(1000, 9999)}", "Terms": "Net 30"})
    doc.notes.append("Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)." if rc
                     else "Zero-rated export to the United Kingdom. Goods shipped DAP Manchester.")
    return _arith(doc, r, arith)


def us_invoice(key, arith=None, ambiguous=True):
    r = rng_for(key)
    lines = lines_from(r, "us", "US", r.randint(3, 8), qty=(24, 600))
    d = rand_date(r, ambiguous)
    doc = Doc(key, "invoice", "en", "en_US", "USD", P.US["tallgrass"], P.ME, f"{r.randint(100000, 199999)}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 145, 212.40, 96.75])), shipping_rate=D(0),
              date_style=r.choice(["mdy_slash", "us_long"]), money_style=r.choice(["symbol", "code"]),
              refs={"Customer #": f"{r.randint(30000, 39999)}", "PO #": f"MLT-US-{r.randint(10, 99)}", "Terms": "Net 30",
                    "Ship Via": r.choice(["LTL - Prairie Freight", "UPS Ground", "FedEx Freight"])})
    doc.ship_to = P.ME_US_SHIPTO
    doc.notes.append("Sales tax: exempt - resale certificate on file.")
    return _arith(doc, r, arith)


# ---------------------------------------------------------------- EU
def de_invoice(key, sup="elbtal", arith=None, export=None, n=None):
    r = rng_for(key)
    cat = {"elbtal": "de_haushalt", "rheinauen": "de_spiel", "brunnbach": "de_verpackung"}[sup]
    lines = lines_from(r, cat, "DE", n or r.randint(2, 7), qty=(5, 400), disc_p=0.2)
    d = rand_date(r)
    export = (r.random() < 0.35) if export is None else export
    b = P.ME if export else with_vat(P.ME_DE, P.ME_DE_VAT, "USt-IdNr.")
    if export:
        for l in lines:
            l.rate = D(0)
    doc = Doc(key, "invoice", "de", "de", "EUR", P.DE[sup], b, f"RE-{d.year}-{r.randint(1000, 9999)}", d, lines,
              due=d + datetime.timedelta(days=r.choice([14, 30])), shipping=D(r.choice([0, 6.9, 14.9, 49])),
              shipping_rate=D(0) if export else D(19),
              date_style=r.choice(["dmy_dot", "dmy_dot", "d_month_y"]), money_style=r.choice(["symbol", "plain"]),
              refs={"Kundennummer": f"{r.randint(10000, 99999)}", "Bestellnummer": f"MLT-DE-{r.randint(100, 999)}",
                    "Leistungsdatum": "", "Zahlungsbedingungen": r.choice(["14 Tage netto", "Zahlbar innerhalb 30 Tagen ohne Abzug",
                                                                            "10 Tage 2 % Skonto, 30 Tage netto"])})
    if export:
        doc.notes.append("Steuerfreie Ausfuhrlieferung gemäß § 4 Nr. 1a i.V.m. § 6 UStG.")
    else:
        doc.ship_to = Party("Medlock Lane Trading Ltd c/o Saalepark Logistik", ["Am Saalepark 4", "06188 Landsberg"], "DE")
    return _arith(doc, r, arith)


def nl_invoice(key, arith=None):
    r = rng_for(key)
    lines = lines_from(r, "nl_drop", "NL", r.randint(3, 7), qty=(1, 900), codes=False)
    d = rand_date(r)
    zero = r.random() < 0.5
    if zero:
        for l in lines:
            l.rate = D(0)
    doc = Doc(key, "invoice", "nl", "nl", "EUR", P.NL["dwarsdijk"], P.ME, f"F{d.year}{r.randint(10000, 99999)}", d, lines,
              due=d + datetime.timedelta(days=14), date_style=r.choice(["dmy_dash", "d_month_y"]), money_style="symbol",
              refs={"Klantnummer": f"DW-{r.randint(300, 899)}", "Periode": d.strftime("%m-%Y"),
                    "Betalingstermijn": "14 dagen"})
    if zero:
        doc.notes.append("BTW verlegd – dienst aan ondernemer buiten de EU (art. 6 lid 1 Wet OB).")
    return _arith(doc, r, arith)


def fr_invoice(key, arith=None):
    r = rng_for(key)
    lines = lines_from(r, "fr", "FR", r.randint(2, 6), qty=(6, 120))
    d = rand_date(r)
    b = with_vat(P.ME, "FR%02d%09d" % (r.randint(10, 99), r.randint(100000000, 999999999)), "N° TVA")
    doc = Doc(key, "invoice", "fr", "fr", "EUR", P.FR["vercors"], b, f"FA{d.strftime('%y%m')}-{r.randint(100, 999)}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 12.5, 19.9])),
              date_style=r.choice(["d_month_y", "dmy_slash"]), money_style="symbol",
              refs={"Réf. client": f"CL{r.randint(1000, 9999)}", "Conditions": "30 jours date de facture, par virement"})
    doc.notes.append("En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.")
    return _arith(doc, r, arith)


def it_invoice(key, arith=None):
    r = rng_for(key)
    lines = lines_from(r, "it", "IT", r.randint(2, 6), qty=(6, 96))
    d = rand_date(r)
    b = with_vat(P.ME, "IT%011d" % r.randint(10**10, 10**11 - 1), "P.IVA")
    doc = Doc(key, "invoice", "it", "it", "EUR", P.IT["colli"], b, f"{r.randint(100, 999)}/{d.year}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 15, 22])), shipping_rate=D(22),
              date_style="dmy_slash", money_style=r.choice(["symbol", "plain"]),
              refs={"Cod. cliente": f"{r.randint(1000, 9999)}", "Pagamento": "Bonifico bancario 30 gg d.f."})
    return _arith(doc, r, arith)


def es_invoice(key, arith=None):
    r = rng_for(key)
    lines = lines_from(r, "es", "ES", r.randint(2, 6), qty=(6, 96))
    d = rand_date(r)
    b = with_vat(P.ME, "ESN%07d%s" % (r.randint(0, 9999999), r.choice("ABCDEFGH")), "NIF")
    doc = Doc(key, "invoice", "es", "es", "EUR", P.ES["albarracin"], b, f"{d.year}-A-{r.randint(100, 999):05d}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 9.5, 18])), shipping_rate=D(21),
              date_style=r.choice(["dmy_slash", "d_month_y"]), money_style="symbol",
              refs={"Cliente": f"{r.randint(400, 999)}", "Forma de pago": "Transferencia a 30 días"})
    return _arith(doc, r, arith)


def pl_invoice(key, arith=None):
    r = rng_for(key)
    lines = lines_from(r, "pl", "PL", r.randint(2, 6), qty=(4, 80), codes=False)
    d = rand_date(r)
    b = with_vat(P.ME, "PL%010d" % r.randint(10**9, 10**10 - 1), "NIP")
    doc = Doc(key, "tax_invoice", "pl", "pl", "PLN", P.PL["warta"], b, f"FV/{r.randint(10, 400)}/{d.month:02d}/{d.year}", d, lines,
              due=d + datetime.timedelta(days=14), shipping=D(r.choice([0, 25, 39])), shipping_rate=D(23),
              date_style=r.choice(["dmy_dot", "iso"]), money_style="symbol",
              refs={"Miejsce wystawienia": "Poznań", "Data sprzedaży": "", "Sposób zapłaty": "przelew 14 dni"})
    return _arith(doc, r, arith)


# ---------------------------------------------------------------- Japan, China
def jp_invoice(key, sup="seiran", arith=None, export=False):
    r = rng_for(key)
    lines = lines_from(r, "jp", "JP", r.randint(3, 7), qty=(5, 120), dec=0, codes=False)
    d = rand_date(r)
    if export:
        for l in lines:
            l.rate = D(0)
    doc = Doc(key, "invoice", "ja", "ja", "JPY", P.JP[sup], P.ME, f"{d.strftime('%Y%m%d')}-{r.randint(1, 30):02d}", d, lines,
              due=d + datetime.timedelta(days=30), shipping=D(r.choice([0, 1500, 2200, 3800])), shipping_rate=D(0) if export else D(10),
              decimals=0, tax_rounding="down", date_style=r.choice(["kanji", "ymd_slash", "kanji0"]), money_style="symbol",
              refs={"件名": r.choice(["雑貨商品 卸売分", "輸出用 商品代金", "10月分 納品"]), "支払期限": ""})
    if export:
        doc.notes.append("輸出免税取引（消費税法第7条）")
    return _arith(doc, r, arith)


def cn_fapiao(key, sup="chenghu", arith=None, kind="special"):
    r = rng_for(key)
    cat = "cn_home" if sup == "chenghu" else "cn_elec"
    items = r.sample(P.CAT[cat], r.randint(2, 5))
    lines = []
    for desc, en, (lo, hi), uom in items:
        qy = D(r.choice([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000]))
        lines.append(Line(desc, qy, q(D(str(round(r.uniform(lo, hi), 2)))), D(13), "", uom, D(0), en))
    d = rand_date(r)
    code = "%012d" % r.randint(10**11, 10**12 - 1)
    num = "%08d" % r.randint(0, 99999999) if kind != "digital" else "%d%018d" % (d.year % 100, r.randint(0, 10**18 - 1))
    doc = Doc(key, "tax_invoice", "zh", "zh", "CNY", P.CN[sup], P.CN_AGENT, num, d, lines, vat_mode="line",
              date_style=r.choice(["kanji", "kanji0"]), money_style="symbol",
              refs={"发票代码": code if kind != "digital" else "", "校验码": " ".join("%05d" % r.randint(0, 99999) for _ in range(4)),
                    "开票人": r.choice(["王丽", "陈晓", "周静"]), "复核": r.choice(["李强", "徐敏"]), "收款人": r.choice(["赵芳", "孙燕"])})
    doc.extra["fapiao_kind"] = kind
    return _arith(doc, r, arith)


def cn_export(key, sup="chenghu", doc_type="invoice", arith=None):
    r = rng_for(key)
    cat = "cn_home" if sup == "chenghu" else "cn_elec"
    items = r.sample(P.CAT[cat], r.randint(2, 6))
    lines = []
    for desc, en, (lo, hi), uom in items:
        qy = D(r.choice([300, 500, 600, 1000, 1200, 1500, 2000, 2400, 3000]))
        lines.append(Line(en, qy, q(D(str(round(r.uniform(lo, hi) / 7.1, 2)))), D(0),
                          "%s-%03d" % ("CH" if sup == "chenghu" else "JL", r.randint(100, 999)), "PCS", D(0), desc))
    d = rand_date(r)
    pfx = {"invoice": "CI", "proforma": "PI", "packing_list": "PL"}[doc_type]
    doc = Doc(key, doc_type, "en", "en_US", "USD", P.CN[sup], P.ME, f"{pfx}{d.strftime('%Y%m%d')}{r.randint(1, 9)}", d, lines,
              shipping=D(r.choice([0, 0, 380, 455])), shipping_rate=D(0),
              date_style=r.choice(["iso", "ymd_slash", "d_mon_y"]), money_style="symbol",
              refs={"Trade terms": r.choice(["FOB Ningbo", "FOB Shenzhen", "CIF Felixstowe", "EXW Dongguan"]),
                    "Payment": r.choice(["T/T 30% deposit, 70% before shipment", "T/T 100% before shipment"]),
                    "Port of loading": r.choice(["Ningbo, China", "Shenzhen (Yantian), China"]),
                    "Destination": "Felixstowe, UK", "Contract No": f"MLT-{d.strftime('%y')}{r.randint(10, 99)}",
                    "HS": r.choice(["3924.10", "7323.93", "8544.42", "8504.40", "4819.10"])})
    doc.supplier = copy.deepcopy(doc.supplier)
    doc.extra["bilingual"] = True
    doc.extra["label_supplier"] = doc.supplier.name2
    if doc_type == "packing_list":
        doc.extra["no_total"] = True
        doc.extra["label_currency"] = None
    return _arith(doc, r, arith)


# ---------------------------------------------------------------- non-invoices and account documents
def statement(key, sup="brightwater"):
    r = rng_for(key)
    d = rand_date(r)
    ent, bal = [], D(0)
    dd = d - datetime.timedelta(days=62)
    for i in range(r.randint(5, 10)):
        dd = dd + datetime.timedelta(days=r.randint(2, 9))
        if dd > d:
            break
        if r.random() < 0.7 or not ent:
            amt = q(D(str(r.uniform(80, 1900))))
            bal += amt
            ent.append((dd, f"INV {r.randint(40000, 49999)}", "Invoice", amt, None, bal))
        else:
            amt = q(bal * D(str(r.uniform(0.3, 0.9))))
            bal -= amt
            ent.append((dd, f"BACS {r.randint(100, 999)}", "Payment - thank you", None, amt, bal))
    doc = Doc(key, "other", "en", "en_GB", "GBP", P.UK[sup], P.ME, f"STMT-{d.strftime('%m%y')}", d, [],
              date_style="dmy_slash", money_style="plain", refs={"Account No": f"MED{r.randint(100, 999)}"})
    doc.extra.update(entries=ent, balance=bal, subtype="statement")
    return doc


def remittance(key, sup="tamesway"):
    r = rng_for(key)
    d = rand_date(r)
    ent = []
    for i in range(r.randint(2, 6)):
        ent.append((d - datetime.timedelta(days=r.randint(20, 70)), f"TS-{r.randint(10000, 99999)}", q(D(str(r.uniform(60, 1400))))))
    doc = Doc(key, "other", "en", "en_GB", "GBP", P.ME, P.UK[sup], f"REM-{r.randint(1000, 1999)}", d, [],
              date_style="dmy_slash", money_style="symbol", refs={"Payment method": "Faster Payment"})
    doc.extra.update(entries=ent, balance=sum(e[2] for e in ent), subtype="remittance")
    # label: the remittance is issued by us to the supplier; supplier field = the vendor being paid
    doc.extra["label_supplier"] = P.UK[sup].name
    doc.extra["label_buyer"] = P.ME.name
    return doc


def quotation(key, sup="kestrel"):
    doc = uk_invoice(key, sup=sup, buyer=P.ME, n=5)
    doc.doc_type = "quotation"
    doc.number = "Q" + doc.number.split("-")[-1][-5:]
    doc.refs = {"Valid until": "", "Prepared by": "Leanne Ashworth", "Lead time": "3-5 working days from order"}
    doc.notes.append("Prices held for 30 days. Carriage free over £250 net.")
    return doc


def purchase_order(key, sup="moorside"):
    doc = uk_invoice(key, sup=sup, buyer=P.ME, n=6)
    doc.doc_type = "purchase_order"
    doc.number = "PO-%d" % (2000 + rng_for(key).randint(1, 999))
    doc.refs = {"Deliver to": "Goods In, Unit 9 Beswick Trade Park", "Required by": "", "Contact": "Dan Whitlow (Ops)"}
    return doc


def delivery_note(key, sup="rheinauen"):
    doc = de_invoice(key, sup=sup)
    doc.doc_type = "delivery_note"
    doc.number = "LS-%d" % rng_for(key).randint(70000, 79999)
    doc.extra["no_total"] = True
    doc.extra["label_currency"] = None
    return doc


def price_list(key, sup="pennine_cc"):
    r = rng_for(key)
    lines = []
    for desc, (lo, hi), rk, _u in P.CAT["cashcarry"]:
        lines.append(Line(desc, D(1), price(r, lo, hi), P.RATES["GB"][rk], "%06d" % r.randint(100000, 999999)))
    d = rand_date(r)
    doc = Doc(key, "other", "en", "en_GB", "GBP", P.UK[sup], Party("Trade customers", []), f"PL-{d.strftime('%y%W')}", d, lines,
              date_style="d_month_y", money_style="plain")
    doc.extra.update(no_total=True, subtype="price_list")
    doc.extra["label_buyer"] = None
    return doc


def letter(key, sup="elbtal"):
    r = rng_for(key)
    d = rand_date(r)
    doc = Doc(key, "other", "en", "en_GB", "EUR", P.DE[sup], P.ME, "", d, [], date_style="d_month_y")
    doc.extra.update(no_total=True, subtype="letter", label_currency=None)
    return doc
