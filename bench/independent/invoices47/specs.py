"""Document specifications: profiles (country/language/currency/format) and per-language captions."""
import random
from common import *

T = {
 "pt": dict(invoice="FATURA", tax_invoice="NOTA FISCAL", receipt="FATURA-RECIBO", proforma="FATURA PRÓ-FORMA", credit_note="NOTA DE CRÉDITO",
            packing_list="ROMANEIO / LISTA DE EMBALAGEM", purchase_order="PEDIDO DE COMPRA", quotation="ORÇAMENTO", delivery_note="GUIA DE REMESSA", price_list="TABELA DE PREÇOS",
            no="Nº", date="Data de emissão", due="Vencimento", seller="Fornecedor", buyer="Cliente", code="Código", desc="Descrição", qty="Qtd.",
            price="Preço unit.", amount="Valor", subtotal="Subtotal", discount="Desconto", shipping="Frete", tax="IVA", total="Total", terms="Condições: 30 dias",
            page="Página"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="FACTURA SIMPLIFICADA", proforma="FACTURA PROFORMA", credit_note="FACTURA RECTIFICATIVA",
            packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA", quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS",
            no="Nº", date="Fecha", due="Vencimiento", seller="Proveedor", buyer="Cliente", code="Ref.", desc="Concepto", qty="Cant.", price="Precio",
            amount="Importe", subtotal="Base imponible", discount="Descuento", shipping="Portes", tax="IVA", total="TOTAL", terms="Forma de pago: transferencia 30 días", page="Página"),
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", proforma="PROFORMA INVOICE", credit_note="CREDIT NOTE", commercial="COMMERCIAL INVOICE",
            packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
            no="Invoice No.", date="Date", due="Due date", seller="Seller / Exporter", buyer="Bill to / Consignee", code="Item", desc="Description", qty="Qty",
            price="Unit price", amount="Amount", subtotal="Subtotal", discount="Discount", shipping="Freight", tax="Tax", total="TOTAL", terms="Terms: T/T 30% deposit, balance before shipment", page="Page"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", proforma="PROFORMARECHNUNG", credit_note="GUTSCHRIFT", packing_list="PACKLISTE",
            purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE",
            no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", seller="Lieferant", buyer="Kunde", code="Art.-Nr.", desc="Bezeichnung", qty="Menge", price="Einzelpreis",
            amount="Gesamt", subtotal="Nettobetrag", discount="Rabatt", shipping="Versandkosten", tax="USt.", total="Rechnungsbetrag", terms="Zahlbar innerhalb 14 Tagen ohne Abzug", page="Seite"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", proforma="FACTURE PRO FORMA", credit_note="AVOIR", packing_list="LISTE DE COLISAGE",
            purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIFS",
            no="Facture n°", date="Date", due="Échéance", seller="Fournisseur", buyer="Client", code="Réf.", desc="Désignation", qty="Qté", price="PU HT",
            amount="Montant HT", subtotal="Total HT", discount="Remise", shipping="Frais de port", tax="TVA", total="Total TTC", terms="Paiement à 30 jours fin de mois", page="Page"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", proforma="FATTURA PROFORMA", credit_note="NOTA DI CREDITO", packing_list="DISTINTA DI IMBALLAGGIO",
            purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
            no="Fattura n.", date="Data", due="Scadenza", seller="Fornitore", buyer="Cliente", code="Cod.", desc="Descrizione", qty="Q.tà", price="Prezzo unit.",
            amount="Importo", subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto", tax="IVA", total="Totale documento", terms="Pagamento: bonifico 30 gg d.f.", page="Pagina"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", proforma="PROFORMAFACTUUR", credit_note="CREDITNOTA", packing_list="PAKLIJST",
            purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST",
            no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier", buyer="Klant", code="Art.nr.", desc="Omschrijving", qty="Aantal", price="Prijs",
            amount="Bedrag", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten", tax="btw", total="Totaal", terms="Betaling binnen 30 dagen", page="Pagina"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", proforma="FAKTURA PRO FORMA", credit_note="FAKTURA KORYGUJĄCA", packing_list="LISTA PAKOWA",
            purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK",
            no="Nr", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca", code="Kod", desc="Nazwa towaru", qty="Ilość", price="Cena netto",
            amount="Wartość netto", subtotal="Razem netto", discount="Rabat", shipping="Transport", tax="VAT", total="Do zapłaty", terms="Płatność: przelew 14 dni", page="Strona"),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", proforma="形式发票", credit_note="红字发票", packing_list="装箱单", purchase_order="采购订单",
            quotation="报价单", delivery_note="送货单", price_list="价格表",
            no="发票号码", date="开票日期", due="付款期限", seller="销售方", buyer="购买方", code="规格型号", desc="货物或应税劳务、服务名称", qty="数量", price="单价",
            amount="金额", subtotal="合计", discount="折扣", shipping="运费", tax="税额", total="价税合计(小写)", terms="", page="页"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", proforma="見積請求書", credit_note="返品伝票", packing_list="梱包明細書", purchase_order="注文書",
            quotation="御見積書", delivery_note="納品書", price_list="価格表",
            no="請求番号", date="請求日", due="お支払期限", seller="発行者", buyer="御中", code="品番", desc="品名", qty="数量", price="単価", amount="金額",
            subtotal="小計", discount="値引", shipping="送料", tax="消費税", total="ご請求金額", terms="お振込手数料は貴社にてご負担願います。", page="頁"),
}

# profile: (lang, supplier country, buyer country, currency, symbol, numstyle, datestyle, tax rates, tax caption)
PROFILES = {
 "br_danfe":  ("pt", "BR", "BR", "BRL", "R$", "eu", "dmy_slash", [18, 12, 17], "ICMS"),
 "br_nfse":   ("pt", "BR", "BR", "BRL", "R$", "eu", "dmy_slash", [5, 2, 3], "ISS"),
 "br_erp":    ("pt", "BR", "BR", "BRL", "R$", "eu", "dmy_slash", [0], ""),
 "pt_fatura": ("pt", "PT", "PT", "EUR", "€", "sp", "dmy_dash", [23, 13, 6], "IVA"),
 "pt_fr":     ("pt", "PT", "PT", "EUR", "€", "sp", "iso", [23], "IVA"),
 "es_fact":   ("es", "ES", "ES", "EUR", "€", "eu", "dmy_slash", [21, 10], "IVA"),
 "mx_fact":   ("es", "MX", "MX", "MXN", "$", "us", "dmy_slash", [16], "IVA"),
 "cn_ci":     ("en", "CN", "BR", "USD", "US$", "us", "en_long", [0], ""),
 "cn_vat":    ("zh", "CNZ", "CNZ", "CNY", "¥", "us", "cjk", [13], "税额"),
 "in_ci":     ("en", "IN", "PT", "USD", "USD", "us", "dmy_dot", [0], ""),
 "in_gst":    ("en", "IN", "IN", "INR", "₹", "us", "dmy_slash", [18, 12], "IGST"),
 "us_fwd":    ("en", "US", "BR", "USD", "$", "us", "mdy", [0], ""),
 "de_re":     ("de", "DE", "DE", "EUR", "€", "eu", "dmy_dot", [19, 7], "USt."),
 "fr_fac":    ("fr", "FR", "FR", "EUR", "€", "sp", "long_fr", [20, 5.5], "TVA"),
 "it_fat":    ("it", "IT", "IT", "EUR", "€", "eu", "dmy_slash", [22], "IVA"),
 "nl_fac":    ("nl", "NL", "NL", "EUR", "€", "eu", "dmy_dash", [21, 9], "btw"),
 "pl_fak":    ("pl", "PL", "PL", "PLN", "zł", "sp", "iso", [23, 8], "VAT"),
 "jp_sei":    ("ja", "JP", "JP", "JPY", "¥", "int", "cjk", [10, 8], "消費税"),
 "jp_sei2":   ("ja", "JP", "JP", "JPY", "¥", "int", "ymd_slash", [10], "消費税"),
 "en_long":   ("en", "CN", "US", "USD", "USD", "us", "en_dmy", [0], ""),
}

def make_doc(seed, profile, doc_type="invoice", n_items=None, err=None, discount=None, shipping=None, svc=False, pages_hint=1):
    rng = random.Random(seed)
    lang, sc, bc, cur, sym, ns, ds, rates, taxcap = PROFILES[profile]
    doc = {"lang": lang, "profile": profile, "currency": cur, "sym": sym, "numstyle": ns, "datestyle": ds,
           "doc_type": doc_type, "supplier": company(rng, sc), "buyer": company(rng, bc), "date": rand_date(rng), "seed": seed}
    if profile in ("cn_ci", "in_ci", "en_long"):
        doc["buyer"] = company(rng, rng.choice(["BR", "PT", "US", "ES"]))
    if profile == "us_fwd":
        doc["buyer"] = company(rng, rng.choice(["BR", "PT"]))
    n = n_items or (rng.randint(34, 48) if pages_hint > 1 else rng.randint(1, 7))
    if profile in ("br_nfse", "us_fwd"):
        svc = True
    pr = (20, 900) if cur in ("BRL", "MXN", "PLN", "CNY") else (1, 120)
    if cur == "JPY": pr = (300, 9000)
    if cur == "INR": pr = (150, 4000)
    if svc: pr = (80, 2500)
    doc["items"] = items_for("pt" if profile.startswith(("br", "pt")) else lang, rng, n, pr, svc=svc)
    if cur == "JPY":
        for it in doc["items"]:
            it["price"] = D(int(it["price"]))
    rate = rng.choice(rates)
    if profile in ("cn_vat", "br_nfse"):  # these layouts print no discount / freight lines
        discount, shipping = 0, D(0)
    if discount is None:
        discount = rng.choice([0, 0, 0, 5, 10, 3])
    if shipping is None:
        shipping = rng.choice([D(0), D(0), q2(D(rng.randint(8, 95))) if cur != "JPY" else D(rng.choice([800, 1200]))])
        if cur in ("BRL", "MXN", "CNY", "PLN", "INR") and shipping: shipping = q2(shipping * 4)
    compute(doc, rate, discount, shipping, err=err, rng=rng)
    if cur == "JPY":
        doc["tax"] = D(int(doc["tax"])); doc["total"] = doc["net"] + doc["tax"] + (D(rng.choice([100, 1000])) if err == "total" else 0)
    doc["taxcap"] = taxcap
    doc["number"] = {"br_danfe": f"{rng.randint(1000, 99999):09d}", "pt_fatura": f"FT {rng.choice(['A', 'FA', '2026'])}/{rng.randint(1, 999)}",
                     "pt_fr": f"FR 2026A/{rng.randint(10, 600)}", "jp_sei": f"INV-{rng.randint(10000, 99999)}", "cn_vat": f"{rng.randint(10000000, 99999999)}"}.get(profile, f"{rng.choice(['', 'INV-', 'F', '2026-'])}{rng.randint(100, 9999)}")
    doc["atcud"] = f"ATCUD: J{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}{rng.choice('XYZ')}{rng.randint(10, 99)}-{rng.randint(1, 999)}"
    doc["chave"] = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(11))
    doc["due"] = doc["date"] + datetime.timedelta(days=rng.choice([0, 14, 30, 60]))
    doc["T"] = T[lang]
    if doc_type in ("packing_list", "purchase_order", "quotation", "delivery_note", "price_list", "letter"):
        doc["is_invoice"] = False
    return doc

def money(doc, v, sym=True):
    s = fmt_num(v, doc["numstyle"])
    if not sym: return s
    c = doc["sym"]
    if c in ("€", "zł"): return f"{s} {c}"
    if c == "USD": return f"{s} USD"
    return f"{c} {s}" if c in ("R$", "US$") else f"{c}{s}"

def dstr(doc, d=None):
    return fmt_date(d or doc["date"], doc["datestyle"])

def title(doc):
    T_ = doc["T"]
    if doc["doc_type"] == "invoice" and doc["profile"] in ("cn_ci", "in_ci", "en_long"):
        return T_.get("commercial", T_["invoice"])
    if doc["doc_type"] == "letter":
        return ""
    return T_[doc["doc_type"] if doc["doc_type"] != "other" else "price_list"]

def hints(doc):
    """strings as printed, used by the edit stage to locate fields"""
    return {"_total_str": fmt_num(doc["total"], doc["numstyle"]), "_date_str": dstr(doc), "_buyer_str": doc["buyer"]["name"],
            "_qty_str": str(doc["items"][0]["qty"]), "_sku": doc["items"][0]["sku"], "_buyer_country": doc["buyer"]["country"], "_numstyle": doc["numstyle"], "_datestyle": doc["datestyle"], "_profile": doc["profile"]}
