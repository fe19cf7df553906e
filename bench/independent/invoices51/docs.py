"""Document specs (content) and vocabulary per language."""
from decimal import Decimal
from common import *

# kind -> settings
KINDS = {
    "cfdi": dict(lang="es", loc="mx", cur="MXN", sup="MX", buy="MX", tax=0.16, items="es", dfmt="cfdi", dt="invoice"),
    "mx_nota": dict(lang="es", loc="mx", cur="MXN", sup="MX", buy="MX", tax=None, items="es", dfmt="dmy_slash", dt="receipt"),
    "us": dict(lang="en", loc="us", cur="USD", sup="US", buy="MX", tax=None, items="en", dfmt="mdy_slash", dt="invoice"),
    "cn_ci": dict(lang="en", loc="usd_code", cur="USD", sup="CN", buy="MX", tax=None, items="zh_en", dfmt="en_short", dt="invoice"),
    "cn_vat": dict(lang="zh", loc="cn", cur="CNY", sup="CN", buy="CN", tax=0.13, items="zh", dfmt="cjk", dt="tax_invoice"),
    "de": dict(lang="de", loc="de", cur="EUR", sup="DE", buy="MX", tax=0.19, items="de", dfmt="dmy_dot", dt="invoice"),
    "fr": dict(lang="fr", loc="fr", cur="EUR", sup="FR", buy="MX", tax=0.20, items="fr", dfmt="fr", dt="invoice"),
    "it": dict(lang="it", loc="it", cur="EUR", sup="IT", buy="MX", tax=0.22, items="it", dfmt="dmy_slash", dt="invoice"),
    "es": dict(lang="es", loc="es", cur="EUR", sup="ES", buy="MX", tax=0.21, items="es_es", dfmt="es_long", dt="invoice"),
    "pl": dict(lang="pl", loc="pl", cur="PLN", sup="PL", buy="MX", tax=0.23, items="pl", dfmt="dmy_dot", dt="invoice"),
    "nl": dict(lang="nl", loc="nl", cur="EUR", sup="NL", buy="MX", tax=0.21, items="nl", dfmt="nl_long", dt="invoice"),
    "jp": dict(lang="ja", loc="jp", cur="JPY", sup="JP", buy="MX", tax=0.10, items="ja", dfmt="cjk", dt="invoice"),
    "co": dict(lang="es", loc="co", cur="COP", sup="CO", buy="MX", tax=0.19, items="es", dfmt="dmy_slash", dt="invoice"),
    "cl": dict(lang="es", loc="cl", cur="CLP", sup="CL", buy="MX", tax=0.19, items="es", dfmt="dmy_dash", dt="invoice"),
}

V = {  # vocabulary: title, no, date, billto, from, desc, qty, price, amount, subtotal, tax, ship, disc, total, page
    "es": dict(invoice="FACTURA", receipt="NOTA DE VENTA", no="Folio", date="Fecha", billto="Cliente", seller="Emisor",
               desc="Descripción", qty="Cant.", price="P. Unitario", amount="Importe", subtotal="Subtotal", tax="IVA",
               ship="Flete", disc="Descuento", total="Total", taxid="RFC", page="Página",
               packing_list="LISTA DE EMPAQUE", purchase_order="ORDEN DE COMPRA", quotation="COTIZACIÓN",
               delivery_note="REMISIÓN", price_list="LISTA DE PRECIOS", credit_note="NOTA DE CRÉDITO", proforma="FACTURA PROFORMA"),
    "en": dict(invoice="INVOICE", receipt="RECEIPT", no="Invoice No.", date="Date", billto="Bill To", seller="From",
               desc="Description", qty="Qty", price="Unit Price", amount="Amount", subtotal="Subtotal", tax="Sales Tax",
               ship="Shipping", disc="Discount", total="Total Due", taxid="Tax ID", page="Page",
               packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION",
               delivery_note="DELIVERY NOTE", price_list="PRICE LIST", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE"),
    "de": dict(invoice="RECHNUNG", no="Rechnungsnr.", date="Rechnungsdatum", billto="Rechnungsempfänger", seller="Lieferant",
               desc="Bezeichnung", qty="Menge", price="Einzelpreis", amount="Gesamt", subtotal="Nettobetrag", tax="USt. 19 %",
               ship="Versand", disc="Rabatt", total="Rechnungsbetrag", taxid="USt-IdNr.", page="Seite",
               delivery_note="LIEFERSCHEIN", quotation="ANGEBOT"),
    "fr": dict(invoice="FACTURE", no="N° de facture", date="Date", billto="Facturé à", seller="Vendeur",
               desc="Désignation", qty="Qté", price="Prix unitaire HT", amount="Montant HT", subtotal="Total HT", tax="TVA 20 %",
               ship="Frais de port", disc="Remise", total="Total TTC", taxid="N° TVA", page="Page", quotation="DEVIS",
               delivery_note="BON DE LIVRAISON"),
    "it": dict(invoice="FATTURA", no="Fattura n.", date="Data", billto="Destinatario", seller="Cedente",
               desc="Descrizione", qty="Q.tà", price="Prezzo unit.", amount="Importo", subtotal="Imponibile", tax="IVA 22%",
               ship="Spese di trasporto", disc="Sconto", total="Totale documento", taxid="P.IVA", page="Pagina"),
    "es_es": None,
    "pl": dict(invoice="FAKTURA VAT", no="Nr faktury", date="Data wystawienia", billto="Nabywca", seller="Sprzedawca",
               desc="Nazwa towaru", qty="Ilość", price="Cena netto", amount="Wartość netto", subtotal="Razem netto", tax="VAT 23%",
               ship="Transport", disc="Rabat", total="Do zapłaty", taxid="NIP", page="Strona"),
    "nl": dict(invoice="FACTUUR", no="Factuurnummer", date="Factuurdatum", billto="Factuuradres", seller="Leverancier",
               desc="Omschrijving", qty="Aantal", price="Prijs", amount="Bedrag", subtotal="Subtotaal", tax="BTW 21%",
               ship="Verzendkosten", disc="Korting", total="Totaal", taxid="BTW-nr", page="Pagina"),
    "ja": dict(invoice="請求書", no="請求番号", date="請求日", billto="御中", seller="発行元", desc="品名", qty="数量",
               price="単価", amount="金額", subtotal="小計", tax="消費税(10%)", ship="送料", disc="値引き", total="ご請求金額",
               taxid="登録番号", page="ページ", quotation="御見積書"),
    "zh": dict(invoice="增值税专用发票", no="发票号码", date="开票日期", billto="购买方", seller="销售方", desc="货物或应税劳务名称",
               qty="数量", price="单价", amount="金额", subtotal="合计", tax="税额", ship="运费", disc="折扣",
               total="价税合计", taxid="纳税人识别号", page="页", packing_list="装箱单"),
}
V["es_es"] = dict(V["es"], tax="IVA 21%", billto="Cliente", no="Nº factura", taxid="NIF")


def vocab(doc):
    key = "es_es" if doc["kind"] == "es" else doc["lang"]
    v = V[key]
    return v


def make_doc(rng, kind, n_items=None, doc_type=None, error=None, many=False, discount=None, shipping=None, tax=True):
    k = KINDS[kind]
    dec = CUR[k["cur"]]
    d = dict(kind=kind, lang=k["lang"], loc=k["loc"], cur=k["cur"], doc_type=doc_type or k["dt"])
    d["supplier"] = company(rng, k["sup"])
    d["buyer"] = company(rng, k["buy"])
    d["date"] = rand_date(rng)
    d["date_str"] = fdate(d["date"], k["dfmt"])
    n = n_items or (rng.randint(28, 45) if many else rng.randint(1, 6))
    pr = {"JPY": (300, 9000), "COP": (8000, 250000), "CLP": (2000, 90000), "CNY": (5, 300), "USD": (1, 60)}.get(k["cur"], (15, 900))
    if kind == "cfdi": pr = (25, 1800)
    if kind == "mx_nota": pr = (12, 420)
    if many:
        # extend pool by numbered variants
        pool = ITEMS[k["items"]]
        items = []
        for i in range(n):
            qty = rng.randint(1, 80)
            price = q(Decimal(rng.uniform(*pr)), dec) if dec else Decimal(rng.randint(*pr))
            items.append(dict(desc=f"{pool[i % len(pool)]} #{100 + i}", qty=qty, price=price, amount=q(price * qty, dec)))
        d["items"] = items
    else:
        d["items"] = make_items(rng, k["items"], n, pr, {"cn_ci": (20, 250), "mx_nota": (1, 24)}.get(kind, (1, 60)), dec)
    for i, it in enumerate(d["items"]):
        it["sku"] = ("%s-%04d" % (rng.choice(["AX", "TM", "PK", "LM", "ZR"]), rng.randint(1, 9999)))
    d["discount_rate"] = discount if discount is not None else (rng.choice([0, 0, 0, 0.05, 0.1]) if not many else 0)
    if shipping is None:
        shipping = rng.random() < 0.35
    if shipping:
        d["shipping"] = q(Decimal(rng.uniform(*pr)) * 2, dec)
    d["tax_rate"] = k["tax"] if tax else None
    if kind == "us" and tax and rng.random() < 0.4:
        d["tax_rate"] = 0.0825
    compute(d, dec, error, rng)
    d["number"] = {"cfdi": "A-%d" % rng.randint(1000, 99999), "mx_nota": "NV-%06d" % rng.randint(1, 99999),
                   "us": "INV-%d" % rng.randint(10000, 99999), "cn_ci": "CI%s%03d" % (d["date"].strftime("%y%m%d"), rng.randint(1, 999)),
                   "cn_vat": "%08d" % rng.randint(0, 99999999), "jp": "%d-%04d" % (d["date"].year, rng.randint(1, 9999))}.get(
        kind, "%d/%04d" % (d["date"].year, rng.randint(1, 9999)))
    if kind == "cfdi":
        d["uuid"] = fake_uuid(rng)
        d["uso"] = rng.choice(["G01 Adquisición de mercancías", "G03 Gastos en general"])
        d["regimen"] = rng.choice(["601 General de Ley Personas Morales", "612 Personas Físicas con Actividades Empresariales y Profesionales", "626 Régimen Simplificado de Confianza"])
        d["regimen_r"] = rng.choice(["601 General de Ley Personas Morales", "626 Régimen Simplificado de Confianza"])
        d["forma"] = rng.choice(["03 Transferencia electrónica de fondos", "01 Efectivo", "04 Tarjeta de crédito", "99 Por definir"])
        d["metodo"] = "PUE Pago en una sola exhibición" if "99" not in d["forma"] else "PPD Pago en parcialidades o diferido"
        d["cert"] = "%020d" % rng.randint(10**19, 10**20 - 1)
        d["cert_sat"] = "%020d" % rng.randint(10**19, 10**20 - 1)
        d["sello"] = b64junk(rng, 344)
        d["sello_sat"] = b64junk(rng, 344)
        d["letra"] = importe_letra(d["total"], "MXN")
        for it in d["items"]:
            it["clave"] = rng.choice(["24112700", "52151600", "43211500", "53102700", "60141000", "01010101"])
            it["unidad"] = rng.choice(["H87 Pieza", "XBX Caja", "KGM Kilogramo"])
    if kind == "mx_nota":
        d["letra"] = importe_letra(d["total"], "MXN")
    if kind in ("co", "cl"):
        d["cufe"] = b64junk(rng, 40).lower().replace("+", "a").replace("/", "b") + "%024x" % rng.getrandbits(96)
    fmt = lambda a: money(a, d["loc"], d["cur"])
    d["total_str"] = fmt(d["total"])
    return d


def label_base(d, fname, producer, pages=1, **kw):
    rec = dict(file=fname, producer=producer, language=d["lang"], doc_type=d["doc_type"],
               is_invoice=d["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
               date=d["date"].isoformat(), total=str(q(d["total"], 2)) if d.get("has_total", True) else None,
               currency=d["cur"], supplier=d["supplier"]["name"], buyer=d["buyer"]["name"], pages=pages,
               arithmetic_error=bool(d.get("arithmetic_error")))
    if d["doc_type"] == "proforma":
        rec["is_invoice"] = False  # a proforma is a quote-like document, not a tax invoice
    rec.update(kw)
    return rec


def doc_meta(d, path_kind, **kw):
    m = dict(kind=d["kind"], lang=d["lang"], loc=d["loc"], cur=d["cur"], date=d["date"].isoformat(), date_str=d["date_str"],
             total=str(d["total"]), total_str=d["total_str"], buyer=d["buyer"]["name"], buyer_taxid=d["buyer"].get("taxid"),
             supplier=d["supplier"]["name"], qtys=[str(it["qty"]) for it in d["items"]], path_kind=path_kind,
             total_plain=plain(d["total"], d["loc"], d["cur"]), doc_type=d["doc_type"],
             arithmetic_error=bool(d.get("arithmetic_error")), dfmt=KINDS[d["kind"]]["dfmt"])
    m.update(kw)
    return m
