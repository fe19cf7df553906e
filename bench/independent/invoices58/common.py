"""Shared data model: invented companies, invoice documents, formatting, labels."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "_work")
LABELS = os.path.join(BASE, "labels.jsonl")
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTMONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
D = Decimal
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def piva(rng):
    digits = [rng.randint(0, 9) for _ in range(10)]
    s = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            s += d
        else:
            d2 = d * 2
            s += d2 - 9 if d2 > 9 else d2
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


IT_SUPPLIERS = [
    ("Coltellerie Valsesia S.p.A.", "Via Roma 118", "13019 Varallo (VC)"),
    ("Casalinghi Moretti & C. S.n.c.", "Via dell'Artigianato 7", "25065 Lumezzane (BS)"),
    ("Pentolame Arno S.r.l.", "Via Pratese 212", "50145 Firenze (FI)"),
    ("Distribuzione Utensili Emiliana S.r.l.", "Via Emilia Ovest 1540", "41123 Modena (MO)"),
    ("Vetreria Ombrone S.r.l.", "Loc. Pian di Rota 4", "58100 Grosseto (GR)"),
    ("Plastiche Lario S.r.l.", "Via per Erba 33/B", "22030 Orsenigo (CO)"),
    ("Ferramenta Bertoldi di Bertoldi Marco", "Via Saragozza 90", "40135 Bologna (BO)"),
    ("Trafilerie Canavese S.r.l.", "Strada Provinciale 41 km 3", "10015 Ivrea (TO)"),
    ("Legnami e Taglieri Sila S.r.l.s.", "Contrada Cupone 12", "87052 Camigliatello Silano (CS)"),
    ("Imballaggi Reno S.r.l.", "Via del Lavoro 22", "40033 Casalecchio di Reno (BO)"),
    ("Studio Contabile Ghedini", "Strada Maggiore 55", "40125 Bologna (BO)"),
    ("Acciai Tirreno S.r.l.", "Via Aurelia Sud 301", "57121 Livorno (LI)"),
]
DE_SUPPLIERS = [
    ("Küchenwerk Hallstadt GmbH", "Industriestraße 14", "96103 Hallstadt"),
    ("Werkzeughandel Brenner KG", "Am Güterbahnhof 3", "83022 Rosenheim"),
    ("Emailwaren Vogtland GmbH", "Plauener Straße 77", "08523 Plauen"),
]
FR_SUPPLIERS = [
    ("Ustensiles Rivière SARL", "12 rue des Tanneurs", "69007 Lyon"),
    ("Quincaillerie Morvan SAS", "4 avenue de la Gare", "58120 Château-Chinon"),
]
BUYER = ("Cucina & Attrezzi Felsina S.r.l.", "Via del Pratello 41", "40122 Bologna (BO)")
ALT_BUYERS = [
    "Bottega Santo Stefano S.r.l.", "Felsina Home Trading S.r.l.", "Casa Dozza di Dozza Luca",
    "Utensileria Navile S.n.c.", "Mercato Irnerio S.r.l.s.", "Cucine Savena S.r.l.",
]

IT_ITEMS = [
    ("Padella antiaderente Ø28 cm", "pz", 6.90, 18.50), ("Casseruola inox 2 manici Ø20", "pz", 11.0, 27.0),
    ("Coltello chef 20 cm acciaio X50CrMoV15", "pz", 9.5, 24.0), ("Set 3 coltelli bistecca", "cf", 7.2, 15.0),
    ("Tagliere in faggio 40x25", "pz", 5.5, 12.9), ("Mestolo in silicone", "pz", 1.1, 3.4),
    ("Grattugia 4 lati inox", "pz", 2.9, 6.8), ("Moka 6 tazze alluminio", "pz", 8.4, 16.0),
    ("Cacciavite a taglio 5,5x125", "pz", 1.6, 3.9), ("Set chiavi a brugola 9 pz", "cf", 3.2, 8.5),
    ("Pinza universale 180 mm", "pz", 4.1, 9.8), ("Metro a nastro 5 m", "pz", 2.2, 5.6),
    ("Scatola cartone 40x30x20 onda doppia", "pz", 0.38, 0.95), ("Nastro adesivo avana 50mm x 66m", "rt", 0.62, 1.4),
    ("Barattolo vetro ermetico 1 L", "pz", 1.05, 2.4), ("Contenitore alimenti PP 1,5 L", "pz", 0.85, 2.1),
    ("Frusta inox 30 cm", "pz", 1.7, 4.2), ("Spremiagrumi manuale", "pz", 2.4, 5.9),
]
DE_ITEMS = [
    ("Bräter Gusseisen 28 cm emailliert", "Stk", 24.0, 49.0), ("Schneebesen Edelstahl 30 cm", "Stk", 2.1, 4.6),
    ("Emaille-Topf 3 L creme", "Stk", 9.8, 19.5), ("Schraubendreher-Set 6-tlg.", "Set", 6.2, 13.9),
    ("Wasserkessel Emaille 2 L", "Stk", 8.5, 17.0), ("Kartoffelstampfer", "Stk", 1.9, 4.1),
]
FR_ITEMS = [
    ("Fouet inox 25 cm", "u", 1.8, 4.0), ("Poêle acier carbone 24 cm", "u", 7.9, 16.5),
    ("Couteau d'office 9 cm", "u", 2.3, 5.2), ("Moule à tarte 28 cm", "u", 2.6, 6.1),
    ("Pince multiprise 250 mm", "u", 5.4, 11.2),
]
SERVICE_ITEMS = [
    ("Consulenza contabile mese", "nr", 180.0, 420.0), ("Elaborazione dichiarativi", "nr", 250.0, 600.0),
]

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def fmt_num(x, style="it", cur=None):
    x = q(x)
    neg = x < 0
    s = f"{abs(x):,.2f}"  # 1,234.56
    if style in ("it", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    elif style == "plain":
        s = s.replace(",", "")
    if neg:
        s = "-" + s
    if cur:
        s = s + " " + cur
    return s


def fmt_date(d, style):
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "it_long":
        return f"{d.day} {IT_MONTHS[d.month-1]} {d.year}"
    if style == "de_long":
        return f"{d.day}. {DE_MONTHS[d.month-1]} {d.year}"
    if style == "fr_long":
        return f"{d.day} {FR_MONTHS[d.month-1]} {d.year}"
    return d.strftime("%d/%m/%Y")


def make_doc(rng, lang="it", doc_type="invoice", nlines=None, arith_error=False, service=False):
    """Build an invoice-like document dict with correct arithmetic (unless arith_error)."""
    if lang == "it":
        sup = rng.choice(IT_SUPPLIERS[:-2] + IT_SUPPLIERS[-1:] if not service else IT_SUPPLIERS[-2:-1])
        items = SERVICE_ITEMS if service else IT_ITEMS
        cur = "EUR"
    elif lang == "de":
        sup = rng.choice(DE_SUPPLIERS); items = DE_ITEMS; cur = "EUR"
    elif lang == "fr":
        sup = rng.choice(FR_SUPPLIERS); items = FR_ITEMS; cur = "EUR"
    else:
        sup = rng.choice(DE_SUPPLIERS + FR_SUPPLIERS); items = DE_ITEMS + FR_ITEMS; cur = rng.choice(["EUR", "EUR", "GBP", "CHF", "USD"])
    foreign = lang != "it"
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 320))
    n = nlines or rng.choice([1, 2, 3, 4, 5, 6, 8, 12])
    lines = []
    doc_nat = rng.choice(["N2.2", "N3.1", "N6.3"])
    picks = rng.sample(items, min(n, len(items))) if n <= len(items) else [rng.choice(items) for _ in range(n)]
    for i, (desc, um, lo, hi) in enumerate(picks):
        qty = D(rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 48, 50, 100])) if not service else D(1)
        if um in ("pz", "Stk", "u") and rng.random() < 0.1:
            qty = D(rng.choice([7, 9, 15, 36]))
        price = q(rng.uniform(lo, hi))
        disc = D(rng.choice([0, 0, 0, 0, 5, 10, 15])) if not service else D(0)
        if foreign:
            rate, nat = (D(19) if lang == "de" else D(20)), None
            if lang in ("de", "fr", "en") and rng.random() < 0.5:
                rate, nat = D(0), "RC"  # intra-EU reverse charge
        else:
            if rng.random() < 0.1:
                rate, nat = D(0), doc_nat
            else:
                rate, nat = D(22), None
        tot = q(qty * price * (1 - disc / 100))
        code = f"{rng.choice('ABCDKMPTV')}{rng.randint(100,9999):04d}"
        lines.append(dict(code=code, desc=desc, qty=qty, um=um, price=price, disc=disc, rate=rate, natura=nat, total=tot))
    # uniform reverse charge for foreign docs
    if foreign and any(l["natura"] == "RC" for l in lines):
        for l in lines:
            l["rate"], l["natura"] = D(0), "RC"
    shipping = D(0)
    if not service and rng.random() < 0.35:
        shipping = q(rng.choice([7.5, 9.9, 12, 15, 25, 38.5]))
        r0 = lines[0]["rate"]
        lines.append(dict(code="TRASP" if lang == "it" else "SHIP", desc={"it": "Spese di trasporto", "de": "Versandkosten", "fr": "Frais de port"}.get(lang, "Shipping"),
                          qty=D(1), um="", price=shipping, disc=D(0), rate=r0, natura=lines[0]["natura"], total=shipping, shipping=True))
    sconto_doc = D(0)
    if lang == "it" and not service and rng.random() < 0.15:
        sconto_doc = D(rng.choice([2, 3, 5]))  # sconto in fattura % applied to riepilogo
    doc = dict(lang=lang, doc_type=doc_type, supplier=sup[0], sup_addr=sup[1], sup_city=sup[2],
               sup_vat=("IT" if lang == "it" else ("DE" if sup in DE_SUPPLIERS else "FR")) + (piva(rng) if sup not in DE_SUPPLIERS else str(rng.randint(100000000, 999999999))),
               buyer=BUYER[0], buy_addr=BUYER[1], buy_city=BUYER[2], buy_vat="IT03948210371",
               buy_sdi=rng.choice(["M5UXCR1", "0000000", "KRRH6B9"]), date=d, currency=cur, lines=lines,
               sconto_doc=sconto_doc, service=service)
    doc["number"] = {"it": rng.choice([f"{rng.randint(1,980)}/{d.year}", f"FV{d.year}-{rng.randint(1,3000):05d}", f"{rng.randint(1,400)}/A", f"{rng.randint(1000,9999)}"]),
                     "de": f"RE-{d.year}-{rng.randint(1000,99999)}", "fr": f"F{d.year}{rng.randint(100,9999):04d}", "en": f"INV-{rng.randint(10000,99999)}"}[lang]
    doc["tipo"] = {"invoice": "TD01", "credit_note": "TD04", "deferred": "TD24"}.get(doc_type, "TD01")
    if doc_type == "deferred":
        doc["ddt"] = [(f"{rng.randint(100,900)}", d - datetime.timedelta(days=rng.randint(3, 25))) for _ in range(rng.randint(1, 3))]
    doc["ritenuta"] = service and rng.random() < 0.8
    doc["pay"] = rng.choice(["MP05", "MP05", "MP01", "MP08", "MP12"])
    doc["iban"] = f"IT{rng.randint(10,99)}X0{rng.randint(100,999)}{rng.randint(10000,99999)}0000{rng.randint(10000000,99999999)}"
    doc["due"] = d + datetime.timedelta(days=rng.choice([0, 30, 60, 90]))
    compute(doc, rng, arith_error)
    return doc


def compute(doc, rng=None, arith_error=False):
    groups = {}
    for l in doc["lines"]:
        k = (l["rate"], l["natura"])
        groups[k] = groups.get(k, D(0)) + l["total"]
    riep = []
    for (rate, nat), imp in sorted(groups.items(), key=lambda x: -x[0][0]):
        if doc["sconto_doc"]:
            imp = q(imp * (1 - doc["sconto_doc"] / 100))
        tax = q(imp * rate / 100)
        riep.append(dict(rate=rate, natura=nat, imponibile=imp, imposta=tax))
    doc["riepilogo"] = riep
    imp = sum((r["imponibile"] for r in riep), D(0))
    tax = sum((r["imposta"] for r in riep), D(0))
    bollo = D(0)
    if doc["lang"] == "it" and imp > D("77.47") and all(r["rate"] == 0 for r in riep):
        bollo = D("2.00")
    doc["bollo"] = bollo
    doc["imponibile"], doc["imposta"] = imp, tax
    doc["totale"] = imp + tax + bollo
    doc["ritenuta_amt"] = q(imp * D("0.20")) if doc.get("ritenuta") else D(0)
    doc["arith_error"] = False
    doc["error_kind"] = None
    if arith_error:
        kind = rng.choice(["line", "tax", "total"])
        doc["arith_error"] = True
        doc["error_kind"] = kind
        if kind == "line":
            l = rng.choice([l for l in doc["lines"] if not l.get("shipping")])
            l["total"] = l["total"] + D(rng.choice([10, 1, D("0.90"), 100]))  # shown wrong, sums use correct
        elif kind == "tax":
            r = doc["riepilogo"][0]
            r["imposta"] = r["imposta"] + D(rng.choice(["0.10", "1.00", "9.00"]))
            # totale left as the correct sum of imponibile + correct tax -> mismatch
        else:
            doc["totale"] = doc["totale"] + D(rng.choice(["10.00", "-1.00", "100.00", "0.09"]))
    if doc["doc_type"] == "credit_note":
        pass
    doc["pagamento"] = doc["totale"] - doc["ritenuta_amt"]
    return doc


def doc_type_label(doc):
    return {"invoice": "invoice", "deferred": "invoice", "credit_note": "credit_note", "receipt": "receipt",
            "proforma": "proforma", "tax_invoice": "tax_invoice"}.get(doc["doc_type"], doc["doc_type"])


LABELS_LIST = []


def label(fname, doc, producer, pages=1, genuine=True, edit_method=None, what_changed=None,
          is_invoice=True, doc_type=None, edit_before_capture=False, **extra):
    rec = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [],
               producer=producer, language=doc["lang"], is_invoice=is_invoice,
               doc_type=doc_type or doc_type_label(doc), date=doc["date"].isoformat(),
               total=str(q(doc["totale"])) if doc.get("totale") is not None else None,
               currency=doc.get("currency", "EUR"), supplier=doc["supplier"], buyer=doc["buyer"],
               pages=pages, edit_before_capture=edit_before_capture,
               arithmetic_error=bool(doc.get("arith_error")))
    rec.update(extra)
    LABELS_LIST.append(rec)
    return rec


def save_labels(part, recs):
    """Each part writes its own partial label file so a stop midway keeps finished parts."""
    with open(os.path.join(WORK, f"labels_{part}.jsonl"), "w") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_all_labels():
    out = []
    for p in ["rl", "fpdf", "html", "office", "scan", "nondoc", "edits"]:
        fn = os.path.join(WORK, f"labels_{p}.jsonl")
        if os.path.exists(fn):
            out += [json.loads(x) for x in open(fn)]
    return out


def T(lang, key):
    """Small translation table for labels on documents."""
    t = {
        "invoice": {"it": "FATTURA", "de": "RECHNUNG", "fr": "FACTURE", "en": "INVOICE"},
        "credit_note": {"it": "NOTA DI CREDITO", "de": "GUTSCHRIFT", "fr": "AVOIR", "en": "CREDIT NOTE"},
        "deferred": {"it": "FATTURA DIFFERITA", "de": "SAMMELRECHNUNG", "fr": "FACTURE RÉCAPITULATIVE", "en": "INVOICE"},
        "number": {"it": "Numero", "de": "Rechnungsnr.", "fr": "N° facture", "en": "Invoice no."},
        "date": {"it": "Data", "de": "Datum", "fr": "Date", "en": "Date"},
        "desc": {"it": "Descrizione", "de": "Bezeichnung", "fr": "Désignation", "en": "Description"},
        "qty": {"it": "Quantità", "de": "Menge", "fr": "Qté", "en": "Qty"},
        "price": {"it": "Prezzo unitario", "de": "Einzelpreis", "fr": "Prix unit. HT", "en": "Unit price"},
        "disc": {"it": "Sc.%", "de": "Rabatt %", "fr": "Remise %", "en": "Disc.%"},
        "amount": {"it": "Importo", "de": "Gesamt", "fr": "Montant HT", "en": "Amount"},
        "rate": {"it": "IVA %", "de": "USt %", "fr": "TVA %", "en": "VAT %"},
        "net": {"it": "Imponibile", "de": "Nettobetrag", "fr": "Total HT", "en": "Net"},
        "tax": {"it": "Imposta", "de": "Umsatzsteuer", "fr": "TVA", "en": "VAT"},
        "total": {"it": "Totale documento", "de": "Rechnungsbetrag", "fr": "Total TTC", "en": "Total"},
        "seller": {"it": "Cedente/prestatore (fornitore)", "de": "Verkäufer", "fr": "Vendeur", "en": "Seller"},
        "buyer": {"it": "Cessionario/committente (cliente)", "de": "Rechnungsempfänger", "fr": "Client", "en": "Bill to"},
        "vat": {"it": "P.IVA", "de": "USt-IdNr.", "fr": "N° TVA", "en": "VAT no."},
        "rc": {"it": "Inversione contabile", "de": "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)", "fr": "Autoliquidation - art. 283-2 du CGI", "en": "Reverse charge - VAT payable by the customer"},
        "due": {"it": "Scadenza", "de": "Fällig am", "fr": "Échéance", "en": "Due date"},
    }
    return t[key].get(lang, t[key]["en"])


NATURA_DESC = {"N2.2": "Non soggette - altri casi", "N3.1": "Non imponibili - esportazioni", "N6.3": "Inversione contabile - subappalto"}
