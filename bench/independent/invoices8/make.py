#!/usr/bin/env python
"""Generator for a labelled invoice test set (Kettle & Crane Home Ltd, ops desk).

Run:  /work/main/.venv/bin/python make.py      -> recreates files/ and labels.jsonl
Everything is invented: companies, addresses, tax numbers, amounts.
Deterministic: all randomness comes from seeded random.Random instances.
"""
import os, sys, json, shutil, subprocess, random, hashlib, io, math, re, html
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
WORK = os.path.join(HERE, "_build")
SEED = 20260305
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LIMIT = int(os.environ.get("LIMIT", "0"))  # for quick tests only

D = Decimal
def q2(x): return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)
def q0(x): return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)

# ----------------------------------------------------------------------------- parties
BUYERS = {
    "std": ("Kettle & Crane Home Ltd", ["Unit 4, Brookfield Trade Park", "Harlow Road", "Northampton NN3 8QT", "United Kingdom"], "GB 318 4402 97"),
    "long": ("Kettle and Crane Home Limited", ["Unit 4 Brookfield Trade Park", "Northampton NN3 8QT", "United Kingdom"], "GB318440297"),
    "short": ("K&C Home Ltd", ["Unit 4, Brookfield Trade Park", "Northampton NN3 8QT"], "GB 318 4402 97"),
    "agent_zh": ("宁波凯鹤贸易有限公司", ["浙江省宁波市鄞州区天童南路 588 号 1207 室"], "91330212MA2H7K3Q5X"),
}
FAKE_BUYERS = ["Kettle & Crane Home Ltd", "Crane Kitchen Supplies Ltd", "Brookfield Home Goods Ltd",
               "KC Home Trading Ltd", "Kettle & Crane Retail Ltd"]

SUPPLIERS = {
 "en": [
  dict(name="Pennine Hardware Wholesale Ltd", addr=["Calder Mill, Wharf Street", "Halifax HX1 5RT", "United Kingdom"], tax="VAT Reg No GB 274 1185 60", cur="GBP", tax_rate=D("20"), kind="uk",
       goods=[("Stainless steel colander 24cm", "6.40"), ("Enamel pie dish 26cm", "3.85"), ("Beech rolling pin 45cm", "2.10"), ("Cast iron trivet", "4.75"), ("Kitchen scale, digital 5kg", "9.90"), ("Silicone spatula set (3)", "2.95")]),
  dict(name="Thameside Catering Supplies Ltd", addr=["14 Ferry Lane Industrial Estate", "Rainham RM13 9YH", "United Kingdom"], tax="VAT No. GB 902 3361 14", cur="GBP", tax_rate=D("20"), kind="uk",
       goods=[("Gastronorm pan 1/2 65mm", "8.20"), ("Bamboo chopping board L", "5.60"), ("Measuring jug 1L polycarbonate", "3.15"), ("Tea towels, waffle, pack of 10", "7.80"), ("Oven gloves, double", "4.40")]),
  dict(name="Brightwell Homeware Distributors", addr=["Plot 9, Lymefield Way", "Stoke-on-Trent ST4 2PL", "United Kingdom"], tax="VAT GB 551 0937 28", cur="GBP", tax_rate=D("20"), kind="uk",
       goods=[("Stoneware mug 350ml, sage", "1.45"), ("Glass storage jar 1.2L clip lid", "2.30"), ("Cutlery tray, bamboo, 5 slot", "6.15"), ("Spice rack, 12 jars", "8.95"), ("Bread bin, steel, cream", "11.20")]),
  dict(name="Shreeji Brassware Exports Pvt. Ltd.", addr=["C-41, Industrial Area Phase II", "Moradabad 244001, Uttar Pradesh", "India"], tax="GSTIN 09AAKCS4417M1Z6  IEC 0514032871", cur="USD", tax_rate=None, kind="in",
       goods=[("Hammered copper serving bowl 20cm", "7.80"), ("Brass ladle with wooden handle", "3.20"), ("Copper mule mug 500ml", "4.15"), ("Steel thali plate 30cm", "2.65"), ("Brass trivet, floral", "5.40")]),
  dict(name="Jaipur Loom Textiles", addr=["Plot 112, Sitapura Industrial Area", "Jaipur 302022, Rajasthan", "India"], tax="GSTIN 08AHJPL2260Q1ZD", cur="INR", tax_rate=None, kind="in",
       goods=[("Block print table runner 180cm", "410.00"), ("Cotton apron, indigo", "265.00"), ("Napkin set of 4, kantha", "330.00"), ("Quilted tea cosy", "215.00"), ("Placemat, jute, round", "95.00")]),
  dict(name="Ningbo Hengda Kitchenware Co., Ltd.", addr=["No. 36 Chuangye Road, Beilun District", "Ningbo, Zhejiang 315800", "P.R. China"], tax="USCC 91330206MA2CJ8W41N", cur="USD", tax_rate=None, kind="cn",
       goods=[("Non-stick frying pan 28cm, induction", "5.35"), ("Stainless steel mixing bowl set (5)", "4.90"), ("Silicone baking mat 40x30", "0.95"), ("Garlic press, zinc alloy", "0.88"), ("Vacuum flask 750ml", "3.10"), ("Pizza cutter wheel", "0.62")]),
 ],
 "de": [
  dict(name="Rheinfeld Haushaltswaren GmbH", addr=["Industriestraße 17", "42699 Solingen", "Deutschland"], tax="USt-IdNr. DE 281 774 509", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Kochmesser 20 cm, Edelstahl", "11.40"), ("Schneebesen 30 cm", "2.15"), ("Kartoffelstampfer", "3.05"), ("Sparschäler, Y-Form", "1.20"), ("Küchenschere", "4.60")]),
  dict(name="Kessler Emaillewerk KG", addr=["Am Hüttenweg 3", "57250 Netphen", "Deutschland"], tax="USt-IdNr. DE 193 550 812", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Emaille-Bräter 32 cm, blau", "18.90"), ("Milchtopf 14 cm", "7.45"), ("Emaille-Becher, weiß", "2.80"), ("Auflaufform oval 30 cm", "9.70")]),
 ],
 "pl": [
  dict(name="Huta Szkła Mazur Sp. z o.o.", addr=["ul. Szklarska 12", "58-500 Jelenia Góra", "Polska"], tax="NIP 611-274-90-33", cur="PLN", tax_rate=D("0"), kind="eu",
       goods=[("Szklanka 300 ml, komplet 6 szt.", "18.40"), ("Karafka 1 l", "22.90"), ("Słoik z pokrywką 0,5 l", "4.30"), ("Misa szklana 24 cm", "15.60")]),
  dict(name="Drewpol Wyroby Drewniane S.A.", addr=["ul. Leśna 45", "33-300 Nowy Sącz", "Polska"], tax="NIP 734-190-55-82", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Deska do krojenia, buk 40x25", "3.90"), ("Łyżka drewniana 30 cm", "0.55"), ("Stojak na noże, dąb", "8.70"), ("Taca drewniana 45 cm", "6.20")]),
 ],
 "it": [
  dict(name="Ceramiche Valdarno S.r.l.", addr=["Via delle Fornaci 22", "50063 Figline e Incisa Valdarno (FI)", "Italia"], tax="P.IVA IT 06281740481", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Piatto piano 27 cm, terracotta smaltata", "4.20"), ("Ciotola da pasta 22 cm", "3.65"), ("Brocca 1,2 l dipinta a mano", "12.80"), ("Tazza espresso con piattino", "2.10"), ("Vassoio ovale 38 cm", "9.40")]),
 ],
 "fr": [
  dict(name="Verrerie du Plateau SARL", addr=["12 rue des Souffleurs", "39200 Saint-Claude", "France"], tax="TVA FR 47 812 339 006", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Verre à vin 35 cl", "1.95"), ("Carafe à eau 1 L", "6.30"), ("Bocal à conserve 1 L", "2.45"), ("Saladier en verre 26 cm", "7.10")]),
 ],
 "es": [
  dict(name="Cuchillería Montes del Júcar S.L.", addr=["Polígono Campollano, Calle C nº 9", "02007 Albacete", "España"], tax="NIF B-02584417", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Cuchillo de chef 21 cm", "9.80"), ("Juego de cuchillos chuleteros (6)", "12.40"), ("Afilador de acero", "4.90"), ("Tijeras de cocina", "3.70")]),
 ],
 "nl": [
  dict(name="Van Dijk Keukentextiel B.V.", addr=["Spinnerijweg 8", "7553 LM Hengelo", "Nederland"], tax="BTW NL 8612.44.390.B01", cur="EUR", tax_rate=D("0"), kind="eu",
       goods=[("Theedoek katoen, geruit", "1.85"), ("Ovenwant, siliconen", "3.40"), ("Schort, linnen", "8.25"), ("Vaatdoekjes set van 5", "2.10")]),
 ],
 "zh": [
  dict(name="义乌市佳美家居用品有限公司", addr=["浙江省义乌市稠城街道工人北路 1088 号"], tax="统一社会信用代码 91330782MA29L4TQ8B", cur="CNY", tax_rate=D("13"), kind="zh",
       goods=[("不锈钢保鲜盒 三件套", "18.50"), ("硅胶锅铲", "4.20"), ("玻璃调料瓶 6 只装", "15.80"), ("竹制砧板 大号", "22.00"), ("厨房置物架 双层", "36.00")]),
  dict(name="宁波恒达厨具有限公司", addr=["浙江省宁波市北仑区创业路 36 号"], tax="统一社会信用代码 91330206MA2CJ8W41N", cur="CNY", tax_rate=D("13"), kind="zh",
       goods=[("不粘煎锅 28cm", "38.60"), ("不锈钢搅拌碗套装", "34.20"), ("真空保温壶 750ml", "21.70"), ("披萨滚刀", "4.40")]),
 ],
 "ja": [
  dict(name="株式会社 三森陶器", addr=["〒507-0071 岐阜県多治見市旭ケ丘 4-18"], tax="登録番号 T5200001027384", cur="JPY", tax_rate=D("0"), kind="ja",
       goods=[("美濃焼 茶碗 (藍)", "620"), ("湯呑み 240ml", "480"), ("小皿 5 枚組", "1350"), ("土鍋 8 号", "3900"), ("箸置き 5 個セット", "750")]),
  dict(name="有限会社 北斗金物", addr=["〒959-1276 新潟県燕市小池 3622-5"], tax="登録番号 T8110002039145", cur="JPY", tax_rate=D("0"), kind="ja",
       goods=[("ステンレス おろし金", "980"), ("雪平鍋 18cm", "2650"), ("菜箸 33cm", "310"), ("計量スプーン 4 本組", "540")]),
 ],
}

# ----------------------------------------------------------------------------- locale text
T = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="SALES RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
            packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
            no="Invoice No.", date="Invoice date", due="Due date", bill="Bill to", desc="Description", qty="Qty", unit="Unit price", amount="Amount",
            sub="Subtotal", disc="Discount", ship="Carriage", tax="VAT", total="Total", page="Page", terms="Payment terms: 30 days net", bank="Bank",
            notax="Zero-rated export, no VAT charged", ref="Order ref.", pcs="pcs"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMA-RECHNUNG",
            packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE",
            no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", bill="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amount="Betrag",
            sub="Zwischensumme", disc="Rabatt", ship="Fracht", tax="USt.", total="Gesamtbetrag", page="Seite", terms="Zahlbar innerhalb 14 Tagen ohne Abzug", bank="Bankverbindung",
            notax="Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a UStG)", ref="Ihre Bestellung", pcs="Stk"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
            packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="DOWÓD DOSTAWY (WZ)", price_list="CENNIK",
            no="Nr faktury", date="Data wystawienia", due="Termin płatności", bill="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="Cena jedn. netto", amount="Wartość netto",
            sub="Razem netto", disc="Rabat", ship="Transport", tax="VAT", total="Do zapłaty", page="Strona", terms="Płatność: przelew 21 dni", bank="Rachunek bankowy",
            notax="Eksport towarów, stawka VAT 0%", ref="Zamówienie", pcs="szt."),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
            packing_list="DISTINTA DI IMBALLO", purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
            no="Fattura n.", date="Data", due="Scadenza", bill="Cliente", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", amount="Importo",
            sub="Imponibile", disc="Sconto", ship="Spese di trasporto", tax="IVA", total="Totale documento", page="Pagina", terms="Pagamento: bonifico bancario 30 gg d.f.", bank="Coordinate bancarie",
            notax="Operazione non imponibile, art. 8 DPR 633/72", ref="Rif. ordine", pcs="pz"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA",
            packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIF",
            no="Facture n°", date="Date", due="Échéance", bill="Client", desc="Désignation", qty="Qté", unit="Prix unitaire HT", amount="Montant HT",
            sub="Total HT", disc="Remise", ship="Frais de port", tax="TVA", total="Total TTC", page="Page", terms="Paiement à 30 jours fin de mois", bank="Banque",
            notax="Exonération de TVA, article 262 I du CGI", ref="Votre commande", pcs="pce"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
            packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO", quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="TARIFA",
            no="Factura nº", date="Fecha", due="Vencimiento", bill="Cliente", desc="Descripción", qty="Cant.", unit="Precio", amount="Importe",
            sub="Base imponible", disc="Descuento", ship="Portes", tax="IVA", total="Total factura", page="Página", terms="Forma de pago: transferencia 30 días", bank="Banco",
            notax="Exportación exenta de IVA (art. 21 LIVA)", ref="Su pedido", pcs="ud."),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PRO FORMA FACTUUR",
            packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST",
            no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", bill="Factuuradres", desc="Omschrijving", qty="Aantal", unit="Prijs", amount="Bedrag",
            sub="Subtotaal", disc="Korting", ship="Verzendkosten", tax="BTW", total="Totaal", page="Pagina", terms="Betaling binnen 30 dagen", bank="IBAN",
            notax="Vrijgesteld van BTW, export buiten de EU", ref="Uw order", pcs="st."),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票",
            packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单", price_list="价格表",
            no="发票号码", date="开票日期", due="付款期限", bill="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额",
            sub="合计", disc="折扣", ship="运费", tax="税额", total="价税合计", page="第页", terms="付款方式：电汇", bank="开户行及账号",
            notax="免税", ref="订单号", pcs="个"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表",
            no="請求番号", date="請求日", due="お支払期限", bill="請求先", desc="品名", qty="数量", unit="単価", amount="金額",
            sub="小計", disc="値引", ship="送料", tax="消費税", total="ご請求金額", page="頁", terms="お振込期限までにお支払いください", bank="振込先",
            notax="輸出免税", ref="ご注文番号", pcs="個"),
}
MONTHS = {
 "en": "January February March April May June July August September October November December".split(),
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
 "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}

def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "iso": return d.isoformat()
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en": return f"{d.day} {m} {d.year}"
        if lg == "es": return f"{d.day} de {m} de {d.year}"
        if lg == "de": return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)

DATE_STYLES = {"en": ["dmy_slash", "long_en", "dmy_slash"], "en_us": ["mdy_slash"], "de": ["dmy_dot", "dmy_dot", "long_de"],
               "pl": ["dmy_dot", "iso"], "it": ["dmy_slash"], "fr": ["long_fr", "dmy_slash"], "es": ["dmy_slash", "long_es"],
               "nl": ["dmy_dash", "long_nl"], "zh": ["cjk", "iso"], "ja": ["cjk", "ymd_slash"]}

def fmt_num(x, style, dec=2):
    x = D(x); neg = x < 0; x = abs(x)
    s = f"{x:,.{dec}f}"  # 1,234.56
    if style == "en": pass
    elif style == "eu": s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "sp": s = s.replace(",", " ").replace(".", ",")
    elif style == "ch": s = s.replace(",", "'")
    return ("-" if neg else "") + s

NUM_STYLE = {"en": "en", "de": "eu", "it": "eu", "es": "eu", "nl": "eu", "fr": "sp", "pl": "sp", "zh": "en", "ja": "en"}
CUR_SYM = {"GBP": "£", "EUR": "€", "USD": "US$", "PLN": "zł", "CNY": "¥", "JPY": "¥", "INR": "₹"}

def money(x, doc, with_cur=False):
    dec = 0 if doc["currency"] == "JPY" else 2
    s = fmt_num(x, doc["numstyle"], dec)
    if not with_cur: return s
    c = doc["currency"]; cs = doc["curstyle"]
    if cs == "code_after": return f"{s} {c}"
    if cs == "code_before": return f"{c} {s}"
    sym = CUR_SYM[c]
    if cs == "sym_after": return f"{s} {sym}"
    return f"{sym}{s}"

# ----------------------------------------------------------------------------- document model
def build_doc(rng, idx, lang, doc_type, producer, n_items=None, arith=False, latin1=False, sup_i=None):
    sups = SUPPLIERS[lang]
    sup = sups[sup_i % len(sups)] if sup_i is not None else rng.choice(sups)
    if latin1:
        # core PDF fonts: keep to WinAnsi text
        sup = dict(sup)
    d0 = date(2025, 9, 1) + timedelta(days=rng.randint(0, 240))
    dlang = lang
    if lang == "en" and sup["kind"] == "cn" and rng.random() < 0.6: dlang = "en_us"
    dstyle = rng.choice(DATE_STYLES[dlang])
    cur = sup["cur"]
    if lang == "zh" and doc_type not in ("tax_invoice",) and rng.random() < 0.3: cur = "USD"
    numstyle = NUM_STYLE[lang]
    if lang == "de" and rng.random() < 0.15: numstyle = "sp"
    curstyle = {"en": rng.choice(["sym_before", "code_before", "sym_before"]), "de": rng.choice(["sym_after", "code_after"]),
                "it": rng.choice(["sym_before", "sym_after"]), "fr": "sym_after", "es": "sym_after", "nl": rng.choice(["sym_before", "code_after"]),
                "pl": "sym_after" if cur == "PLN" else "code_after", "zh": "sym_before" if cur == "CNY" else "code_before", "ja": "sym_before"}[lang]
    if cur in ("USD", "INR") and lang == "en": curstyle = rng.choice(["code_after", "code_before", "sym_before"])
    if n_items is None: n_items = rng.choice([1, 2, 3, 3, 4, 5, 6])
    goods = list(sup["goods"])
    items = []
    for k in range(n_items):
        g = goods[k % len(goods)]
        desc = g[0] if k < len(goods) else f"{g[0]} / {'ABCDEFGHJKLMNPQRSTUV'[k // len(goods) - 1]}{k % 7 + 1}"
        price = D(g[1])
        if cur == "JPY": qty = rng.choice([10, 12, 20, 24, 30, 48, 50, 60])
        elif sup["kind"] == "uk": qty = rng.choice([6, 12, 12, 18, 24, 36, 48, 60, 72])
        else: qty = rng.choice([48, 60, 100, 120, 144, 200, 240, 300, 500, 600, 1000])
        items.append(dict(desc=desc, qty=qty, price=price))
    # ensure quantities distinct so each qty string is unique in the table
    seen = set()
    for it in items:
        while it["qty"] in seen: it["qty"] += rng.choice([1, 2, 5])
        seen.add(it["qty"])
    rnd = q0 if cur == "JPY" else q2
    for it in items: it["amount"] = rnd(it["price"] * it["qty"])
    sub = sum(it["amount"] for it in items)
    disc_pct = rng.choice([0, 0, 0, 2, 3, 5, 10]) if doc_type not in ("receipt",) else 0
    disc = rnd(sub * disc_pct / 100)
    ship = D(0)
    if rng.random() < 0.45:
        ship = D(rng.choice(["12.50", "18.00", "35.00", "85.00", "140.00", "9.95"])) if cur != "JPY" else D(rng.choice([1800, 3500, 6200]))
        if cur == "INR": ship = D(rng.choice(["1850.00", "2400.00"]))
    fapiao = lang == "zh" and doc_type == "tax_invoice"
    if fapiao: disc_pct, disc, ship = 0, D(0), D(0)
    net = sub - disc + ship
    rate = sup["tax_rate"]
    show_tax = rate is not None and (rate > 0 or rng.random() < 0.5)
    if lang == "ja" and rng.random() < 0.4: rate, show_tax = D("10"), True
    tax = rnd(net * (rate or 0) / 100) if show_tax else D(0)
    if fapiao: show_tax = True; tax = sum(q2(it["amount"] * rate / 100) for it in items)
    total = net + tax
    arith_kind = None
    printed_total = total
    if arith:
        arith_kind = rng.choice(["line", "total", "tax"])
        if arith_kind == "line":
            j = rng.randrange(len(items)); it = items[j]
            it["amount_printed"] = it["amount"] + (D(10) if cur != "JPY" else D(1000))  # wrong line, sums use true
        elif arith_kind == "tax" and show_tax and rate > 0:
            tax_p = tax + D("1.00") if cur != "JPY" else tax + 100
            printed_total = net + tax_p
            tax = tax_p
            total = printed_total
            # label: tax line wrong vs rate; total consistent with wrong tax
            arith_kind = "tax"
        else:
            arith_kind = "total"
            printed_total = total + (D("100.00") if cur != "JPY" else D(1000)) * rng.choice([1, -1]) / (10 if rng.random() < 0.5 and cur != "JPY" else 1)
            printed_total = rnd(printed_total)
    for it in items: it.setdefault("amount_printed", it["amount"])
    bkey = "agent_zh" if (lang == "zh" and cur == "CNY") else rng.choice(["std", "std", "std", "long", "short"])
    buyer = BUYERS[bkey]
    pre = {"en": "INV", "de": "RE", "pl": "FV", "it": "FT", "fr": "FA", "es": "F", "nl": "F", "zh": "", "ja": "No"}[lang]
    if lang == "zh": number = f"{rng.randint(10000000, 99999999)}"
    elif lang == "pl": number = f"FV/{rng.randint(100, 999)}/{d0.month:02d}/{d0.year}"
    else: number = f"{pre}-{d0.year}-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"{pre}{rng.randint(10000, 99999)}"
    doc = dict(idx=idx, lang=lang, doc_type=doc_type, producer=producer, supplier=sup, buyer_name=buyer[0], buyer_addr=buyer[1], buyer_tax=buyer[2],
               date=d0, due=d0 + timedelta(days=rng.choice([14, 30, 30, 60])), dstyle=dstyle, currency=cur, numstyle=numstyle, curstyle=curstyle,
               items=items, sub=sub, disc=disc, disc_pct=disc_pct, ship=ship, rate=rate, show_tax=show_tax, tax=tax, total=printed_total,
               arith=arith, arith_kind=arith_kind, number=number, order_ref=f"PO-KC-{rng.randint(2000, 4999)}", seed=rng.randint(0, 10**9))
    doc["date_s"] = fmt_date(d0, dstyle)
    doc["due_s"] = fmt_date(doc["due"], dstyle)
    doc["total_s"] = money(printed_total, doc, with_cur=True)
    doc["total_plain"] = money(printed_total, doc)
    for it in items:
        it["qty_s"] = f"{it['qty']} {T[lang]['pcs']}" if lang not in ("zh", "ja") else f"{it['qty']}"
        it["price_s"] = money(it["price"], doc) if cur != "JPY" else fmt_num(it["price"], "en", 0)
        it["amount_s"] = money(it["amount_printed"], doc)
    return doc

def totals_rows(doc):
    L = LL(doc); rows = [(L["sub"], money(doc["sub"], doc))]
    if doc["disc"]: rows.append((f"{L['disc']} {doc['disc_pct']}%", "-" + money(doc["disc"], doc)))
    if doc["ship"]: rows.append((L["ship"], money(doc["ship"], doc)))
    if doc["show_tax"]:
        r = doc["rate"]; rows.append((f"{L['tax']} {r.normalize():f}%", money(doc["tax"], doc)))
    rows.append((L["total"], doc["total_s"]))
    return rows

def title(doc):
    if doc.get("title"): return doc["title"]
    return LL(doc)[doc["doc_type"]] if doc["doc_type"] in LL(doc) else LL(doc)["invoice"]

def label_for(doc, fname, producer, pages, **kw):
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc["lang"],
               is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note"),
               doc_type=doc.get("label_type", doc["doc_type"]), date=doc["date"].isoformat(),
               total=(str(doc["total"]) if doc.get("has_total", True) else None), currency=doc["currency"],
               supplier=doc["supplier"]["name"], buyer=doc["buyer_name"], pages=pages, edit_before_capture=False,
               arithmetic_error=bool(doc["arith"]), source_producer=doc["producer"])
    lab.update(kw)
    return lab

# ----------------------------------------------------------------------------- HTML (WeasyPrint / Chromium)
CSS = {
 "clean": """@page{size:A4;margin:16mm 15mm 18mm 15mm; @bottom-right{content:"%(page)s " counter(page) " / " counter(pages);font-size:8pt;color:#777}}
  body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222}
  .hdr{display:flex;justify-content:space-between;border-bottom:2px solid #2a6f97;padding-bottom:8px}
  .sup b{font-size:14pt;color:#2a6f97} h1{font-size:20pt;color:#2a6f97;margin:0;text-align:right;letter-spacing:1px}
  table.items{width:100%%;border-collapse:collapse;margin-top:14px} .items th{background:#2a6f97;color:#fff;padding:5px;text-align:left;font-weight:normal}
  .items td{padding:4px 5px;border-bottom:1px solid #ddd} .r{text-align:right} .meta td{padding:1px 8px 1px 0}
  .tot{margin-left:auto;margin-top:10px;border-collapse:collapse} .tot td{padding:3px 6px} .tot tr:last-child td{font-weight:bold;border-top:2px solid #2a6f97;font-size:11pt}
  .foot{margin-top:24px;font-size:8pt;color:#555;border-top:1px solid #ccc;padding-top:6px}""",
 "boxed": """@page{size:A4;margin:12mm}
  body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:9pt;color:#000}
  .hdr{display:flex;justify-content:space-between;border:1px solid #000;padding:8px}
  .sup b{font-size:13pt} h1{font-size:16pt;margin:0;text-align:right;text-decoration:underline}
  table.items{width:100%%;border-collapse:collapse;margin-top:10px} .items th,.items td{border:1px solid #000;padding:3px 4px}
  .items th{background:#eee} .r{text-align:right} .meta td{padding:1px 6px 1px 0}
  .tot{margin-left:auto;margin-top:6px;border-collapse:collapse} .tot td{border:1px solid #000;padding:3px 6px} .tot tr:last-child td{font-weight:bold;background:#eee}
  .foot{margin-top:16px;font-size:7.5pt}""",
 "modern": """@page{size:A4;margin:20mm 18mm}
  body{font-family:'Nimbus Sans','DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#333}
  .hdr{display:flex;justify-content:space-between;align-items:flex-start}
  .sup b{font-size:12pt;color:#000} h1{font-size:28pt;font-weight:300;color:#b0413e;margin:0;text-align:right}
  table.items{width:100%%;border-collapse:collapse;margin-top:20px} .items th{border-bottom:2px solid #333;padding:6px 4px;text-align:left;font-size:8pt;text-transform:uppercase}
  .items td{padding:6px 4px} .items tr:nth-child(even) td{background:#f6f1ee} .r{text-align:right} .meta td{padding:2px 10px 2px 0;color:#555}
  .tot{margin-left:auto;margin-top:12px} .tot td{padding:3px 8px} .tot tr:last-child td{font-size:12pt;font-weight:bold;color:#b0413e}
  .foot{margin-top:30px;font-size:8pt;color:#888}""",
}

def esc(s): return html.escape(str(s))

def html_doc(doc, style):
    L = LL(doc); s = doc["supplier"]; dt = doc["doc_type"]
    show_prices = doc.get("show_prices", True)
    css = CSS[style] % {"page": L["page"]}
    meta = [(L["no"], doc["number"]), (L["date"], doc["date_s"])]
    if dt in ("invoice", "tax_invoice", "proforma"): meta.append((L["due"], doc["due_s"]))
    meta.append((L["ref"], doc["order_ref"]))
    if doc["lang"] == "ja":
        bill = f"<div style='font-size:13pt;border-bottom:1px solid #000;display:inline-block;padding-right:40px'>{esc(doc['buyer_name'])} 御中</div><div>{'<br>'.join(map(esc, doc['buyer_addr']))}</div>"
    else:
        bill = f"<div style='color:#777;font-size:8pt'>{esc(L['bill'])}</div><div><b>{esc(doc['buyer_name'])}</b><br>{'<br>'.join(map(esc, doc['buyer_addr']))}<br>{esc(doc['buyer_tax'])}</div>"
    rows = []
    for i, it in enumerate(doc["items"], 1):
        if show_prices:
            rows.append(f"<tr><td>{i}</td><td>{esc(it['desc'])}</td><td class='r'>{esc(it['qty_s'])}</td><td class='r'>{esc(it['price_s'])}</td><td class='r'>{esc(it['amount_s'])}</td></tr>")
        else:
            rows.append(f"<tr><td>{i}</td><td>{esc(it['desc'])}</td><td class='r'>{esc(it['qty_s'])}</td><td class='r'>{esc(it.get('ctn',''))}</td></tr>")
    head = (f"<tr><th>#</th><th>{L['desc']}</th><th class='r'>{L['qty']}</th><th class='r'>{L['unit']}</th><th class='r'>{L['amount']}</th></tr>" if show_prices
            else f"<tr><th>#</th><th>{L['desc']}</th><th class='r'>{L['qty']}</th><th class='r'>CTN</th></tr>")
    tot = "".join(f"<tr><td>{esc(a)}</td><td class='r'>{esc(b)}</td></tr>" for a, b in totals_rows(doc)) if show_prices and not doc.get("no_totals") else ""
    extra = f"<p>{esc(L['notax'])}</p>" if (not doc["show_tax"] or doc["rate"] == 0) and show_prices and doc["lang"] != "zh" and not doc.get("no_totals") else ""
    body_extra = doc.get("letter_html", "")
    table = "" if doc.get("no_table") else f"<table class='items'>{head}{''.join(rows)}</table><table class='tot'>{tot}</table>"
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='hdr'><div class='sup'><b>{esc(s['name'])}</b><br>{'<br>'.join(map(esc, s['addr']))}<br>{esc(s['tax'])}</div>
<div><h1>{esc(title(doc))}</h1><table class='meta' style='margin-left:auto'>{''.join(f'<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>' for a, b in meta)}</table></div></div>
<div style='margin-top:14px'>{bill}</div>{body_extra}{table}{extra}
<div class='foot'>{esc(L['terms'])}<br>{esc(L['bank'])}: {esc(doc.get('iban','IBAN ' + s['tax'][-6:].replace(' ','') + ' 0000 4471 2290'))}</div>
</body></html>"""

def fapiao_html(doc):
    # 增值税专用发票-style grid, printed on A5-landscape-ish page
    s = doc["supplier"]
    rows = "".join(f"<tr><td>*日用品*{esc(it['desc'])}</td><td>套</td><td class='r'>{esc(it['qty_s'])}</td><td class='r'>{esc(it['price_s'])}</td><td class='r'>{esc(it['amount_s'])}</td><td class='r'>{doc['rate'].normalize():f}%</td><td class='r'>{money(q2(it['amount_printed']*doc['rate']/100), doc)}</td></tr>" for it in doc["items"])
    big = cn_upper(doc["total"])
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page{{size:240mm 150mm;margin:8mm}} body{{font-family:'WenQuanYi Micro Hei';font-size:8.5pt;color:#6b3a1e}}
h1{{text-align:center;font-size:17pt;margin:0;color:#8b2b1a;letter-spacing:3px}} .dbl{{border-bottom:3px double #8b2b1a;width:60%;margin:0 auto 6px}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #8b2b1a;padding:2px 4px}} .r{{text-align:right}} .top td{{border:none}}
.v{{color:#111}}</style></head><body>
<h1>{esc(title(doc))}</h1><div class='dbl'></div>
<table class='top'><tr><td>发票代码：<span class='v'>33000{doc['seed']%100000:05d}</span></td><td>{esc(T['zh']['no'])}：<span class='v'>{esc(doc['number'])}</span></td><td class='r'>{esc(T['zh']['date'])}：<span class='v'>{esc(doc['date_s'])}</span></td></tr></table>
<table><tr><td rowspan='2' style='width:18px'>购买方</td><td>名称：<span class='v'>{esc(doc['buyer_name'])}</span></td></tr>
<tr><td>纳税人识别号：<span class='v'>{esc(doc['buyer_tax'])}</span>　地址：<span class='v'>{esc(doc['buyer_addr'][0])}</span></td></tr></table>
<table><tr><th>货物或应税劳务、服务名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>{rows}
<tr><td>合　计</td><td></td><td></td><td></td><td class='r v'>¥{money(doc['sub'] - doc['disc'] + doc['ship'], doc)}</td><td></td><td class='r v'>¥{money(doc['tax'], doc)}</td></tr>
<tr><td>价税合计（大写）</td><td colspan='3' class='v'>ⓧ {big}</td><td colspan='3' class='v'>（小写）{esc(doc['total_s'])}</td></tr></table>
<table><tr><td rowspan='2' style='width:18px'>销售方</td><td>名称：<span class='v'>{esc(s['name'])}</span></td></tr>
<tr><td>{esc(s['tax'])}　地址：<span class='v'>{esc(s['addr'][0])}</span></td></tr></table>
<p>收款人：王丽　复核：陈刚　开票人：李娜</p></body></html>"""

def cn_upper(x):
    digits = "零壹贰叁肆伍陆柒捌玖"; units = ["", "拾", "佰", "仟"]; big = ["", "万", "亿"]
    x = q2(x); yuan = int(x); jiao = int((x * 10) % 10); fen = int((x * 100) % 10)
    s = ""; g = 0
    if yuan == 0: s = "零"
    while yuan > 0:
        part = yuan % 10000; yuan //= 10000; ps = ""; zero = False
        for i in range(4):
            dgt = part % 10; part //= 10
            if dgt == 0: zero = bool(ps)
            else:
                ps = digits[dgt] + units[i] + ("零" if zero else "") + ps; zero = False
        s = (ps + big[g] if ps else "") + s; g += 1
    s += "圆"
    if jiao == 0 and fen == 0: return s + "整"
    return s + (digits[jiao] + "角" if jiao else "零") + (digits[fen] + "分" if fen else "")

def render_weasy(htmltext, out):
    import weasyprint
    weasyprint.HTML(string=htmltext).write_pdf(out)

def render_chromium(htmltext, out):
    p = os.path.join(WORK, os.path.basename(out) + ".html")
    open(p, "w").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + p], check=True, capture_output=True, timeout=120)

# ----------------------------------------------------------------------------- ReportLab
_rl_fonts = {}
def rl_fonts(ttf):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if not ttf: return "Helvetica", "Helvetica-Bold"
    if not _rl_fonts:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("WQY", CJK_TTC, subfontIndex=0))
        _rl_fonts[1] = 1
    return ("WQY", "WQY") if ttf == "cjk" else ("DejaVu", "DejaVu-B")

def render_reportlab(doc, out, ttf=False, layout=0):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    F, FB = rl_fonts(ttf)
    size = LETTER if (doc["lang"] == "en" and doc["supplier"]["kind"] == "cn" and layout == 1) else A4
    W, H = size
    c = canvas.Canvas(out, pagesize=size)
    c.setTitle(f"{title(doc)} {doc['number']}"); c.setAuthor(doc["supplier"]["name"])
    L = LL(doc); s = doc["supplier"]
    per_page = 26 if layout == 0 else 22
    items = doc["items"]; chunks = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]
    npages = len(chunks)
    def header(pn):
        if layout == 0:
            c.setFillColorRGB(0.15, 0.3, 0.45); c.rect(0, H - 28 * 2.83, W, 28 * 2.83, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont(FB, 15); c.drawString(40, H - 42, s["name"])
            c.setFont(F, 8.5)
            for k, l in enumerate(s["addr"] + [s["tax"]]): c.drawString(40, H - 56 - 10 * k, l)
            c.setFont(FB, 20); c.drawRightString(W - 40, H - 45, title(doc))
            c.setFillColorRGB(0, 0, 0); y = H - 110
        else:
            c.setFont(FB, 12); c.drawString(50, H - 50, s["name"]); c.setFont(F, 8.5)
            for k, l in enumerate(s["addr"] + [s["tax"]]): c.drawString(50, H - 63 - 10 * k, l)
            c.setFont(FB, 17); c.drawString(50, H - 130, title(doc)); c.setLineWidth(1.2); c.line(50, H - 136, W - 50, H - 136)
            y = H - 155
        c.setFont(F, 9)
        meta = [(L["no"], doc["number"]), (L["date"], doc["date_s"]), (L["due"], doc["due_s"]), (L["ref"], doc["order_ref"])]
        mx = W - 230
        for k, (a, b) in enumerate(meta):
            c.drawString(mx, y - 12 * k, a + ":"); c.drawString(mx + 95, y - 12 * k, b)
        bx = 40 if layout == 0 else 50
        c.setFont(FB, 9); c.drawString(bx, y, L["bill"] + ":"); c.setFont(F, 9)
        c.drawString(bx, y - 12, doc["buyer_name"])
        for k, l in enumerate(doc["buyer_addr"] + [doc["buyer_tax"]]): c.drawString(bx, y - 24 - 11 * k, l)
        c.setFont(F, 7.5); c.drawRightString(W - 40, 25, f"{L['page']} {pn}/{npages}")
        return y - 24 - 11 * len(doc["buyer_addr"]) - 30
    cols = [40, 62, W - 250, W - 160, W - 40] if layout == 0 else [50, 72, W - 250, W - 160, W - 50]
    for pn, chunk in enumerate(chunks, 1):
        y = header(pn)
        c.setFont(FB, 8.5)
        if layout == 0:
            c.setFillColorRGB(0.88, 0.92, 0.95); c.rect(cols[0] - 4, y - 4, cols[4] - cols[0] + 8, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.drawString(cols[0], y, "#"); c.drawString(cols[1], y, L["desc"]); c.drawRightString(cols[2], y, L["qty"])
        c.drawRightString(cols[3], y, L["unit"]); c.drawRightString(cols[4], y, L["amount"])
        if layout == 1: c.line(cols[0], y - 4, cols[4], y - 4)
        y -= 18; c.setFont(F, 8.5)
        base = (pn - 1) * per_page
        for k, it in enumerate(chunk):
            c.drawString(cols[0], y, str(base + k + 1)); c.drawString(cols[1], y, it["desc"]); c.drawRightString(cols[2], y, it["qty_s"])
            c.drawRightString(cols[3], y, it["price_s"]); c.drawRightString(cols[4], y, it["amount_s"])
            y -= 15
        if pn < npages:
            c.setFont(F, 8); c.drawRightString(cols[4], y - 10, "./.."); c.showPage(); continue
        y -= 8; c.line(W - 260, y + 8, cols[4], y + 8)
        for a, b in totals_rows(doc):
            last = a == L["total"]
            c.setFont(FB if last else F, 10 if last else 9)
            c.drawString(W - 260, y - 4, a); c.drawRightString(cols[4], y - 4, b); y -= 15
        c.setFont(F, 8)
        if not doc["show_tax"] or doc["rate"] == 0: c.drawString(cols[0], y - 20, L["notax"])
        c.drawString(cols[0], y - 34, L["terms"])
        c.drawString(cols[0], 50, f"{L['bank']}: IBAN GB{doc['seed'] % 97:02d} NWBK 6016 1331 9268 19"[:70] if doc["currency"] == "GBP" else f"{L['bank']}: IBAN {doc['seed'] % 10**12:012d} / SWIFT BKCHXXXX")
        c.showPage()
    c.save()
    return npages

def render_receipt(doc, out):
    """Cash-and-carry till receipt, narrow paper."""
    from reportlab.pdfgen import canvas
    W = 80 * 2.83; n = len(doc["items"]); H = (150 + 22 * n + 90) * 1.0 + 120
    c = canvas.Canvas(out, pagesize=(W, H)); F = "Courier"; FB = "Courier-Bold"
    s = doc["supplier"]; L = LL(doc); y = H - 25
    c.setFont(FB, 10); c.drawCentredString(W / 2, y, s["name"][:30]); y -= 12; c.setFont(F, 7.5)
    for l in s["addr"][:2] + [s["tax"]]: c.drawCentredString(W / 2, y, l); y -= 10
    y -= 6; c.setFont(FB, 9); c.drawCentredString(W / 2, y, title(doc)); y -= 14; c.setFont(F, 7.5)
    c.drawString(10, y, f"{L['date']}: {doc['date_s']}"); c.drawRightString(W - 10, y, "14:" + f"{doc['seed'] % 60:02d}"); y -= 10
    c.drawString(10, y, f"No: {doc['number']}"); y -= 10
    c.drawString(10, y, f"Acct: {doc['buyer_name']}"); y -= 14
    for it in doc["items"]:
        c.drawString(10, y, it["desc"][:34]); y -= 9
        c.drawString(18, y, f"{it['qty_s']} x {it['price_s']}"); c.drawRightString(W - 10, y, it["amount_s"]); y -= 12
    c.line(10, y + 4, W - 10, y + 4); y -= 6
    for a, b in totals_rows(doc):
        c.setFont(FB if a == L["total"] else F, 8.5 if a == L["total"] else 7.5); c.drawString(10, y, a); c.drawRightString(W - 10, y, b); y -= 11
    y -= 6; c.setFont(F, 7); c.drawCentredString(W / 2, y, "PAID - CARD  **** " + f"{doc['seed'] % 10000:04d}"); y -= 10
    c.drawCentredString(W / 2, y, "Thank you - goods sold as seen"); c.showPage(); c.save(); return 1

# ----------------------------------------------------------------------------- fpdf2
def render_fpdf(doc, out, variant=0):
    from fpdf import FPDF
    L = LL(doc); s = doc["supplier"]
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 22)
    if variant == 1:
        pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf"); fam = "DV"
    else: fam = "Helvetica"
    pdf.set_title(f"{title(doc)} {doc['number']}"); pdf.set_creator("InvoiceDesk 4"); pdf.set_author(s["name"])
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime.fromtimestamp(doc_epoch(doc), _dt.timezone.utc))
    pdf.add_page(); pdf.set_font(fam, "B", 16); pdf.cell(0, 8, s["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8.5)
    for l in s["addr"] + [s["tax"]]: pdf.cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_font(fam, "B", 18); pdf.cell(0, 10, title(doc), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9); y0 = pdf.get_y()
    pdf.cell(0, 5, L["bill"] + ":", new_x="LMARGIN", new_y="NEXT"); pdf.set_font(fam, "B", 9.5)
    pdf.cell(0, 5, doc["buyer_name"], new_x="LMARGIN", new_y="NEXT"); pdf.set_font(fam, "", 9)
    for l in doc["buyer_addr"]: pdf.cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT")
    yb = pdf.get_y(); pdf.set_y(y0)
    for a, b in [(L["no"], doc["number"]), (L["date"], doc["date_s"]), (L["due"], doc["due_s"])]:
        pdf.set_x(125); pdf.cell(35, 5, a); pdf.cell(0, 5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(yb, pdf.get_y()) + 8)
    w = [10, 90, 25, 30, 35]
    pdf.set_fill_color(230, 230, 230); pdf.set_font(fam, "B", 8.5)
    for wi, h, al in zip(w, ["#", L["desc"], L["qty"], L["unit"], L["amount"]], "LLRRR"): pdf.cell(wi, 7, h, border=1, align=al, fill=True)
    pdf.ln(); pdf.set_font(fam, "", 8.5)
    for k, it in enumerate(doc["items"], 1):
        for wi, v, al in zip(w, [str(k), it["desc"], it["qty_s"], it["price_s"], it["amount_s"]], "LLRRR"): pdf.cell(wi, 6, v, border=1, align=al)
        pdf.ln()
    pdf.ln(3)
    for a, b in totals_rows(doc):
        pdf.set_x(120); pdf.set_font(fam, "B" if a == L["total"] else "", 10 if a == L["total"] else 9)
        pdf.cell(40, 6, a); pdf.cell(30, 6, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font(fam, "", 8)
    if not doc["show_tax"] or doc["rate"] == 0: pdf.cell(0, 5, L["notax"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, L["terms"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(out); return pdf.page_no()

# ----------------------------------------------------------------------------- python-docx -> LibreOffice
def build_docx(doc, out):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    L = LL(doc); s = doc["supplier"]
    d = Document(); sec = d.sections[0]; sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"; st.font.size = Pt(9)
    d.core_properties.author = s["name"]; d.core_properties.title = title(doc)
    p = d.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x33, 0x55, 0x22)
    d.add_paragraph("\n".join(s["addr"] + [s["tax"]]))
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = f"{L['bill']}:\n{doc['buyer_name']}\n" + "\n".join(doc["buyer_addr"])
    meta = [(L["no"], doc["number"]), (L["date"], doc["date_s"]), (L["ref"], doc["order_ref"])]
    t.cell(0, 1).text = "\n".join(f"{a}: {b}" for a, b in meta)
    if doc.get("letter_text"):
        for para in doc["letter_text"]: d.add_paragraph(para)
    if not doc.get("no_table"):
        d.add_paragraph()
        show_prices = doc.get("show_prices", True)
        hdr = ["#", L["desc"], L["qty"]] + ([L["unit"], L["amount"]] if show_prices else ["CTN"])
        tb = d.add_table(rows=1, cols=len(hdr)); tb.style = "Light Grid Accent 1" if doc["seed"] % 2 else "Table Grid"
        for i, h in enumerate(hdr): tb.rows[0].cells[i].text = h
        for k, it in enumerate(doc["items"], 1):
            vals = [str(k), it["desc"], it["qty_s"]] + ([it["price_s"], it["amount_s"]] if show_prices else [str(it.get("ctn", ""))])
            cells = tb.add_row().cells
            for i, v in enumerate(vals):
                cells[i].text = v
                if i >= 2: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if show_prices and not doc.get("no_totals"):
            d.add_paragraph()
            tt = d.add_table(rows=0, cols=2)
            for a, b in totals_rows(doc):
                cells = tt.add_row().cells; cells[0].text = a; cells[1].text = b
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if a == L["total"]:
                    for c_ in cells: c_.paragraphs[0].runs[0].bold = True
    d.add_paragraph(); d.add_paragraph(L["terms"])
    d.save(out)

# ----------------------------------------------------------------------------- flat ODS spreadsheet -> LibreOffice Calc
def build_fods(doc, out):
    L = LL(doc); s = doc["supplier"]
    rows = []
    def row(*cells, style="c"):
        rows.append("<table:table-row>" + "".join(
            (f"<table:table-cell table:style-name='{st}' office:value-type='string'><text:p>{esc(v)}</text:p></table:table-cell>" if v != "" else
             f"<table:table-cell table:style-name='{st}'/>") for v, st in
            [(c if isinstance(c, tuple) else (c, style)) for c in cells]) + "</table:table-row>")
    row((s["name"], "h"))
    for l in s["addr"] + [s["tax"]]: row(l)
    row(""); row(("", "c"), ("", "c"), ("", "c"), (title(doc), "h"))
    row(L["bill"] + ":", "", "", (L["no"], "c"), (doc["number"], "r"))
    row(doc["buyer_name"], "", "", (L["date"], "c"), (doc["date_s"], "r"))
    row(doc["buyer_addr"][0], "", "", (L["due"], "c"), (doc["due_s"], "r"))
    for l in doc["buyer_addr"][1:]: row(l)
    row("")
    row(("#", "th"), (L["desc"], "th"), (L["qty"], "thr"), (L["unit"], "thr"), (L["amount"], "thr"))
    for k, it in enumerate(doc["items"], 1):
        row((str(k), "b"), (it["desc"], "b"), (it["qty_s"], "br"), (it["price_s"], "br"), (it["amount_s"], "br"))
    row("")
    for a, b in totals_rows(doc):
        row("", "", "", (a, "tb" if a == L["total"] else "c"), (b, "tbr" if a == L["total"] else "r"))
    row(""); row(L["terms"])
    if not doc["show_tax"] or doc["rate"] == 0: row(L["notax"])
    font = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:initial-creator>{esc(s['name'])}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-left="15mm" fo:margin-right="12mm" style:print-orientation="portrait"/></style:page-layout>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="10mm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="70mm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="24mm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="32mm"/></style:style><style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="42mm"/></style:style>
<style:style style:name="c" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="th" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="thr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="br" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="tb" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="tbr" style:family="table-cell"><style:table-cell-properties fo:border-top="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{esc(L['invoice'][:20])}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co5"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    open(out, "w", encoding="utf-8").write(xml)

def soffice_convert(paths):
    """One LibreOffice call per batch (keeps CPU low)."""
    if not paths: return
    prof = "file://" + os.path.join(WORK, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", WORK] + paths,
                   check=True, capture_output=True, timeout=900)

# ----------------------------------------------------------------------------- locating printed strings
def find_boxes(pdf_path, text, page=0, whole=None):
    """All occurrences of text on a page, as (l,b,r,t) in PDF points."""
    import pypdfium2 as pdfium
    if whole is None:
        whole = text[:1].isdigit() and text[-1:].isdigit()
        r = find_boxes(pdf_path, text, page, whole)
        if r[0] or not whole: return r
        return find_boxes(pdf_path, text, page, False)
    pdf = pdfium.PdfDocument(pdf_path); pg = pdf[page]; tp = pg.get_textpage()
    out = []; srch = tp.search(text, match_case=True, match_whole_word=whole)
    while True:
        occ = srch.get_next()
        if not occ: break
        i, n = occ
        bx = [tp.get_charbox(k) for k in range(i, i + n)]
        bx = [b for b in bx if b[2] > b[0]]
        if bx: out.append((min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)))
    h = pg.get_height(); w = pg.get_width(); pdf.close()
    return out, w, h

# ----------------------------------------------------------------------------- capture: scans and photos
def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path); imgs = []
    for pg in pdf: imgs.append(pg.render(scale=dpi / 72).to_pil().convert("RGB"))
    pdf.close(); return imgs

class Capture:
    """Keeps the point mapping clean-render px -> captured px, so later edits can find text."""
    def __init__(self, img, M, kind): self.img, self.M, self.kind = img, M, kind
    def map_pts(self, pts):
        import numpy as np
        P = np.array([[x, y, 1.0] for x, y in pts]).T
        Q = self.M @ P; Q = Q[:2] / Q[2]
        return list(zip(Q[0], Q[1]))

def _noise(arr, rng, sigma):
    import numpy as np
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr.astype(np.float32) + g.normal(0, sigma, arr.shape), 0, 255).astype(np.uint8)

def scan_app(img, rng, flaws=()):
    """Phone scanner app: page detected + cropped, contrast boosted; residual tilt, shadow, fold, curl, thumb."""
    import numpy as np, cv2
    from PIL import Image, ImageEnhance, ImageFilter, ImageDraw
    w, h = img.size
    ang = rng.uniform(-1.6, 1.6); sc = rng.uniform(0.72, 0.92)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, sc)
    M[0, 2] += (w * (1 - sc)) / 2 * 0 + rng.uniform(-6, 6); M[1, 2] += rng.uniform(-6, 6)
    ow, oh = int(w * sc * 1.0), int(h * sc * 1.0)
    M[0, 2] -= (w - ow) / 2; M[1, 2] -= (h - oh) / 2
    arr = cv2.warpAffine(np.array(img), M, (ow, oh), borderValue=(rng.randint(225, 245),) * 3)
    M3 = np.vstack([M, [0, 0, 1]])
    if "curl" in flaws:  # bottom edge curls: vertical displacement growing towards one side
        yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
        t = np.clip((yy - oh * 0.8) / (oh * 0.2), 0, 1)
        dy = (t ** 2) * 18 * np.sin(xx / ow * math.pi)
        arr = cv2.remap(arr, xx, yy - dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        shade = (1 - 0.25 * t)[..., None]; arr = (arr * shade).astype(np.uint8)
    f = arr.astype(np.float32)
    if "shadow" in flaws:  # soft shadow from phone/hand across a corner
        yy, xx = np.mgrid[0:oh, 0:ow]
        cx, cy = rng.choice([(0, 0), (ow, 0), (0, oh), (ow, oh)])
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(ow, oh)
        f *= (0.62 + 0.38 * np.clip(d / 0.55, 0, 1))[..., None]
    if "fold" in flaws:  # letter folded in three
        for fy in (oh // 3 + rng.randint(-10, 10), 2 * oh // 3 + rng.randint(-10, 10)):
            for k in range(-6, 7):
                if 0 <= fy + k < oh: f[fy + k] *= 1 - 0.10 * math.exp(-(k * k) / 6) if k <= 0 else 1 + 0.03 * math.exp(-(k * k) / 6)
    arr = np.clip(f, 0, 255).astype(np.uint8)
    arr = _noise(arr, rng, rng.uniform(2, 6))
    im = Image.fromarray(arr)
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.15, 1.5)); im = ImageEnhance.Brightness(im).enhance(rng.uniform(1.02, 1.12))
    if "thumb" in flaws:
        dr = ImageDraw.Draw(im); side = rng.choice(["l", "r"]); ty = rng.randint(int(oh * 0.3), int(oh * 0.8))
        tw, th = int(ow * 0.09), int(oh * 0.07); x0 = -tw // 2 if side == "l" else ow - tw // 2
        dr.ellipse([x0, ty, x0 + tw, ty + th], fill=(rng.randint(190, 215), rng.randint(140, 160), rng.randint(115, 135)))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
    if rng.random() < 0.5: im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return Capture(im, M3, "scan_app")

def desk_photo(img, rng):
    """Phone photo of the sheet lying on a desk: perspective, uneven light, blur, wood-ish background."""
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    w, h = img.size
    OW, OH = int(w * 1.15), int(h * 1.12)
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.randint(110, 160), rng.randint(80, 110), rng.randint(50, 75)], np.float32)
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = (np.sin(yy / 9 + np.sin(xx / 60) * 3) * 10 + g.normal(0, 6, (OH, OW)))[..., None]
    bg = np.clip(base + grain, 0, 255).astype(np.uint8)
    if rng.random() < 0.4: bg[:] = np.clip(np.array([200, 200, 196], np.float32) + g.normal(0, 4, (OH, OW, 1)), 0, 255).astype(np.uint8)
    j = lambda a: rng.uniform(-a, a)
    mx, my = OW * 0.07, OH * 0.06
    dst = np.float32([[mx + j(40), my + j(30)], [OW - mx + j(40), my + j(30) + 25], [OW - mx + j(60) - 30, OH - my + j(30)], [mx + j(60) + 20, OH - my + j(30)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    H = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.array(img), H, (OW, OH))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), H, (OW, OH))
    out = np.where(mask[..., None] > 127, page, bg)
    # lamp: bright spot + falloff, warm tint
    cx, cy = rng.uniform(0.2, 0.8) * OW, rng.uniform(0.1, 0.5) * OH
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(OW, OH)
    light = (1.08 - 0.55 * d)[..., None] * np.array([1.0, 0.97, 0.9])
    out = np.clip(out * light, 0, 255).astype(np.uint8)
    out = _noise(out, rng, rng.uniform(3, 7))
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    f = rng.uniform(0.6, 0.8); im = im.resize((int(OW * f), int(OH * f)), Image.BILINEAR)
    S = np.diag([f, f, 1.0])
    return Capture(im, S @ H, "desk_photo")

def copier_scan(img, rng):
    """Office MFP scan: greyscale, slight skew, toner speckle, a bit washed out."""
    import numpy as np, cv2
    from PIL import Image
    g = np.array(img.convert("L")); h, w = g.shape
    ang = rng.uniform(-0.8, 0.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    g = cv2.warpAffine(g, M, (w, h), borderValue=250)
    g = np.clip((g.astype(np.float32) - 30) * 1.25 + 8, 0, 255)
    g = _noise(g, rng, 4)
    rr = np.random.default_rng(rng.randint(0, 2**31)); sp = rr.random(g.shape) < 0.0004; g[sp] = 60
    return Capture(Image.fromarray(g), np.vstack([M, [0, 0, 1]]), "copier")

def save_capture(cap, path, rng, fmt):
    from PIL import Image
    if fmt == "jpg": cap.img.save(path, "JPEG", quality=rng.randint(62, 86), dpi=(200, 200))
    elif fmt == "png": cap.img.save(path, "PNG", dpi=(150, 150))

NO_LBL = {"en": "Document No.", "de": "Nr.", "it": "N.", "fr": "N°", "pl": "Nr", "ja": "番号", "zh": "编号", "nl": "Nummer", "es": "Nº"}
DATE_LBL = {"en": "Date", "de": "Datum", "it": "Data", "fr": "Date", "pl": "Data", "ja": "日付", "zh": "日期", "nl": "Datum", "es": "Fecha"}
def LL(doc):
    L = T[doc["lang"]]
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma", "receipt"): return L
    L = dict(L); L["no"] = NO_LBL[doc["lang"]]; L["date"] = DATE_LBL[doc["lang"]]
    if doc["doc_type"] == "purchase_order": L["bill"] = {"en": "Supplier"}.get(doc["lang"], L["bill"])
    return L

# ----------------------------------------------------------------------------- edits: PDF
def new_value(kind, doc, rng):
    """Returns (search_string, replacement_string, label_updates, what) for a panicking-seller edit."""
    if kind == "total":
        old = doc["total"]; f = rng.choice([D("0.5"), D("0.62"), D("0.75"), D("1.3"), D("1.8")])
        new = (q0 if doc["currency"] == "JPY" else q2)(old * f)
        return doc["total_plain"], money(new, doc), {"total": str(new)}, "total"
    if kind == "date":
        nd = doc["date"] - timedelta(days=rng.choice([35, 62, 91, 120, 200]))
        if doc["dstyle"].startswith("long") or doc["dstyle"] == "cjk":  # keep same shape
            pass
        return doc["date_s"], fmt_date(nd, doc["dstyle"]), {"date": nd.isoformat()}, "date"
    if kind == "buyer":
        nb = rng.choice([b for b in FAKE_BUYERS if b != doc["buyer_name"]])
        return doc["buyer_name"], nb, {"buyer": nb}, "buyer"
    if kind == "quantity":
        it = doc["items"][0]; nq = it["qty"] * rng.choice([2, 3, 5, 10])
        ns = it["qty_s"].replace(str(it["qty"]), str(nq), 1)
        return it["qty_s"], ns, {}, "quantity"
    raise ValueError(kind)

def _num_sub(a, b, data):
    ea, eb = a.encode("cp1252"), b.encode("cp1252")
    pat = re.compile(rb"(?<![0-9.,])" + re.escape(ea) + rb"(?![0-9])")
    return pat.subn(lambda m: eb, data)

def pdf_stream_replace(src, dst, pairs, incremental=False, tool="pikepdf"):
    """Replace literal text in page content streams. Returns replacements per search string."""
    n = 0; counts = {}
    if tool == "pikepdf":
        import pikepdf
        pdf = pikepdf.open(src)
        for pg in pdf.pages:
            for cs in ([pg.obj.Contents] if isinstance(pg.obj.Contents, pikepdf.Stream) else list(pg.obj.Contents)):
                data = cs.read_bytes()
                for a, b in pairs:
                    data, k = _num_sub(a, b, data); n += k; counts[a] = counts.get(a, 0) + k
                cs.write(data)
        pdf.save(dst, deterministic_id=True); pdf.close()
    else:
        from pypdf import PdfWriter
        w = PdfWriter(src, incremental=incremental)
        from pypdf.generic import DecodedStreamObject, NameObject
        for pg in w.pages:
            c = pg["/Contents"].get_object()
            objs = [c] if hasattr(c, "get_data") else [x.get_object() for x in c]
            data = b"\n".join(o.get_data() for o in objs); n0 = n
            for a, b in pairs:
                data, k = _num_sub(a, b, data); n += k; counts[a] = counts.get(a, 0) + k
            if n > n0:
                ds = DecodedStreamObject(); ds.set_data(data)
                pg[NameObject("/Contents")] = w._add_object(ds.flate_encode())
        with open(dst, "wb") as fh: w.write(fh)
    return counts

def _hdiv(a, base):
    """Ratio of the tight ink height of string a to its font size (rough)."""
    if any(ord(ch) > 0x2000 and ch != "€" for ch in a): return 0.9
    if any(ch in a for ch in "gjpqy()"): return 0.93
    if "," in a: return base + 0.13
    return base

def overlay_edit(src, dst, pairs, rng, first_only=()):
    """White box over the old text + new text, merged with pypdf. Returns count."""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(src); wr = PdfWriter(); wr.append(rd)
    n = 0; counts = {}
    for pi in range(len(rd.pages)):
        hits = []
        for a, b in pairs:
            boxes, W, H = find_boxes(src, a, pi)
            if a in first_only: boxes = boxes[:1]
            hits += [(bx, a, b) for bx in boxes]
            for bx in boxes: counts[a] = counts.get(a, 0) + 1
        if not hits: continue
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H))
        for (l, bt, r, t), a, b in hits:
            desc = any(ch in a for ch in "gjpqy()")
            fs = (t - bt) / _hdiv(a, 0.72); fs = max(5, min(fs, 16))
            bold = rng.random() < 0.2
            font = "Helvetica-Bold" if bold else "Helvetica"
            if any(ord(ch) > 255 for ch in b.replace("€", "")): font = rl_fonts("cjk")[0]
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, bt - 2.5, r - l + 3, t - bt + 4, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            numeric = re.fullmatch(r"[\d\s.,'¥€$£A-Za-z]*\d[\d\s.,'¥€$£A-Za-z]*", a) and sum(ch.isdigit() for ch in a) > len(a) / 2
            b2 = b if font == "WQY" else b.encode("cp1252", "replace").decode("cp1252")
            if numeric: c.drawRightString(r, bt + (0.2 if not desc else fs * 0.2), b2)
            else: c.drawString(l, bt + (fs * 0.21 if desc else 0), b2)
            n += 1
        c.showPage(); c.save(); buf.seek(0)
        wr.pages[pi].merge_page(PdfReader(buf).pages[0])
    with open(dst, "wb") as fh: wr.write(fh)
    return counts

def resave_online(src, dst):
    import pikepdf
    pdf = pikepdf.open(src)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["pdf:Producer"] = "WebPDF Studio online 5.2"
    pdf.docinfo["/Producer"] = "WebPDF Studio online 5.2"; pdf.docinfo["/ModDate"] = "D:20260301101522+00'00'"
    pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True, deterministic_id=True); pdf.close()

def resave_gs(src, dst):
    os.environ["SOURCE_DATE_EPOCH"] = "1772490000"
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", src],
                   check=True, capture_output=True, timeout=120)

# ----------------------------------------------------------------------------- edits: images
def _img_rect(cap, box, H_pt, s, pad=2):
    l, b, r, t = box
    pts = [(l * s, (H_pt - t) * s), (r * s, (H_pt - t) * s), (r * s, (H_pt - b) * s), (l * s, (H_pt - b) * s)]
    q = cap.map_pts(pts)
    xs = [p[0] for p in q]; ys = [p[1] for p in q]
    _img_rect.local_h = math.hypot(q[3][0] - q[0][0], q[3][1] - q[0][1])
    return [int(min(xs)) - pad, int(min(ys)) - pad, int(math.ceil(max(xs))) + pad, int(math.ceil(max(ys))) + pad]

def image_text_edit(cap, src_pdf, dpi, pairs, rng, style="paste", first_only=()):
    """style 'paste': patch matched to paper colour with new text; 'paint': hard white box + black text."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    im = cap.img.convert("RGB"); arr = np.array(im); n = 0; counts = {}
    s = dpi / 72
    for a, b in pairs:
        boxes, W, H = find_boxes(src_pdf, a, 0)
        if a in first_only: boxes = boxes[:1]
        for box in boxes:
            x0, y0, x1, y1 = _img_rect(cap, box, H, s)
            x0, y0 = max(0, x0), max(0, y0); x1, y1 = min(im.width, x1), min(im.height, y1)
            if x1 - x0 < 4 or y1 - y0 < 4: continue
            region = arr[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6].reshape(-1, 3)
            bright = region[region.sum(1) > np.percentile(region.sum(1), 80)]
            bg = tuple(int(v) for v in np.median(bright, 0)) if len(bright) else (240, 240, 240)
            dark = tuple(int(v) for v in np.percentile(arr[y0:y1, x0:x1].reshape(-1, 3), 0.7, axis=0))
            hgt = _img_rect.local_h; desc = any(ch in a for ch in "gjpqy()")
            fs = max(6, int(round(hgt / _hdiv(a, 0.78))))
            fnt = ImageFont.truetype(FONT_DIR + ("DejaVuSans.ttf" if style == "paste" else "DejaVuSans-Bold.ttf"), fs)
            if any(ord(ch) > 0x2000 and ch not in "€" for ch in b): fnt = ImageFont.truetype(CJK_TTC, fs, index=0)
            if style == "paste":
                patch = Image.new("RGB", (x1 - x0, y1 - y0), bg)
                pn = np.array(patch).astype(np.float32) + np.random.default_rng(rng.randint(0, 999)).normal(0, 3, (y1 - y0, x1 - x0, 3))
                patch = Image.fromarray(np.clip(pn, 0, 255).astype(np.uint8))
                ink = dark
            else:
                patch = Image.new("RGB", (x1 - x0, y1 - y0), (255, 255, 255)); ink = (0, 0, 0)
            im.paste(patch, (x0, y0))
            dr = ImageDraw.Draw(im)
            tw = dr.textlength(b, font=fnt)
            numeric = sum(ch.isdigit() for ch in a) > len(a) / 2
            tx = x1 - 2 if numeric else x0 + 2
            dr.text((tx, (y0 + y1) / 2), b, font=fnt, fill=ink, anchor="rm" if numeric else "lm")
            n += 1; counts[a] = counts.get(a, 0) + 1
    if style == "paste": im = im.filter(ImageFilter.GaussianBlur(0.5)) if rng.random() < 0.5 else im
    return im, counts

def image_clone_qty(cap, src_pdf, dpi, doc):
    """Clone the quantity cell of another row over row 1's quantity (same image)."""
    import numpy as np
    s = dpi / 72; its = doc["items"]
    j = max(range(1, len(its)), key=lambda k: its[k]["qty"])
    b0, W, H = find_boxes(src_pdf, its[0]["qty_s"], 0); bj, _, _ = find_boxes(src_pdf, its[j]["qty_s"], 0)
    if not b0 or not bj: return None, {}, None
    bj0 = bj[0]; b00 = min(b0, key=lambda b: abs(b[2] - bj0[2]) + (0 if b[1] > bj0[1] else 1000))
    r0 = _img_rect(cap, b00, H, s, pad=3); rj = _img_rect(cap, bj0, H, s, pad=3)
    w = max(r0[2] - r0[0], rj[2] - rj[0]); h = max(r0[3] - r0[1], rj[3] - rj[1])
    arr = np.array(cap.img.convert("RGB")).copy()
    src = arr[rj[1]:rj[1] + h, rj[2] - w:rj[2]].copy()
    arr[r0[1]:r0[1] + h, r0[2] - w:r0[2]] = src
    from PIL import Image
    return Image.fromarray(arr), {its[0]["qty_s"]: 1}, its[j]["qty"]

# ----------------------------------------------------------------------------- plan
def make_plan(rng):
    plan = []
    langs = ["en"] * 38 + ["de"] * 12 + ["pl"] * 10 + ["it"] * 10 + ["zh"] * 12 + ["ja"] * 8 + ["fr"] * 8 + ["es"] * 7 + ["nl"] * 7
    types = {"en": ["tax_invoice"] * 7 + ["receipt"] * 4 + ["credit_note"] * 2 + ["proforma"] * 2, "zh": ["tax_invoice"] * 6,
             "ja": ["tax_invoice"], "pl": ["credit_note", "proforma"], "de": ["proforma"], "it": ["credit_note"]}
    counters = {}
    for lg in langs:
        k = counters.get(lg, 0); counters[lg] = k + 1
        tl = types.get(lg, []); dt = tl[k] if k < len(tl) else "invoice"
        plan.append(dict(lang=lg, doc_type=dt, sup_i=k))
    nonin = [("en", "purchase_order"), ("en", "other_letter"), ("en", "packing_list"), ("de", "delivery_note"), ("it", "other_pricelist"),
             ("pl", "packing_list"), ("fr", "quotation"), ("ja", "delivery_note"), ("zh", "packing_list"), ("nl", "quotation")]
    for lg, dt in nonin: plan.append(dict(lang=lg, doc_type=dt, sup_i=rng.randint(0, 5)))
    rng.shuffle(plan)
    # producers
    lat = ["reportlab_core", "reportlab_ttf", "fpdf2_core", "fpdf2_ttf", "weasyprint_html", "weasyprint_html", "chromium_html", "soffice_calc", "soffice_writer"]
    pl_ = ["reportlab_ttf", "fpdf2_ttf", "weasyprint_html", "chromium_html", "soffice_calc", "soffice_writer"]
    cjk = ["reportlab_ttf", "weasyprint_html", "weasyprint_html", "chromium_html", "soffice_calc", "soffice_writer"]
    n_chrom = 0
    for i, p in enumerate(plan):
        lg, dt = p["lang"], p["doc_type"]
        if dt == "receipt": prod = "reportlab_receipt"
        elif lg == "zh" and dt == "tax_invoice": prod = rng.choice(["weasyprint_fapiao", "weasyprint_fapiao", "chromium_fapiao"])
        elif dt in ("purchase_order", "other_letter", "quotation", "other_pricelist"): prod = rng.choice(["soffice_writer", "weasyprint_html", "soffice_writer"])
        elif dt in ("packing_list", "delivery_note"): prod = rng.choice(["weasyprint_html", "soffice_writer"])
        else:
            pool = lat if lg in ("en", "de", "it", "fr", "es", "nl") else (pl_ if lg == "pl" else cjk)
            prod = pool[i % len(pool)] if rng.random() < 0.6 else rng.choice(pool)
        if prod.startswith("chromium"):
            n_chrom += 1
            if n_chrom > 16: prod = prod.replace("chromium", "weasyprint")
        p["producer"] = prod
        p["n_items"] = None
        p["arith"] = False
    inv_idx = [i for i, p in enumerate(plan) if not p["doc_type"].startswith(("other", "packing", "delivery", "purchase", "quotation"))]
    # multi-page documents (long orders) on page-flowing producers
    mp = [i for i in inv_idx if plan[i]["producer"] in ("reportlab_core", "reportlab_ttf", "weasyprint_html", "soffice_calc", "fpdf2_ttf", "chromium_html")]
    for i in rng.sample(mp, 9): plan[i]["n_items"] = rng.randint(30, 48)
    for i in rng.sample([i for i in inv_idx if plan[i]["doc_type"] != "credit_note"], 8): plan[i]["arith"] = True
    # capture: paper that arrived in the post / in the carton
    for i, p in enumerate(plan):
        sup_kind = SUPPLIERS[p["lang"]][p["sup_i"] % len(SUPPLIERS[p["lang"]])]["kind"]
        pr = {"uk": 0.45, "in": 0.65, "cn": 0.6, "zh": 0.6, "ja": 0.45, "eu": 0.35}[sup_kind]
        if p["lang"] == "pl": pr = 0.5
        if p["producer"] == "reportlab_receipt": pr = 0.75
        cap = None
        if rng.random() < pr:
            if p["n_items"]: cap = rng.choice(["copier_pdf", "scan_app_pdf"])
            else: cap = rng.choice(["scan_app_jpg"] * 4 + ["scan_app_png"] + ["desk_photo_jpg"] * 3 + ["copier_pdf"] * 2 + ["scan_app_pdf"])
        p["capture"] = cap
    return plan

LETTERS = {
 "en": ["Dear Sirs,", "Following the increase in brass and copper prices since the autumn, we must revise our ex-works prices by 6% on all orders "
        "confirmed after the date of this letter. Orders already confirmed will be shipped at the agreed prices.",
        "Our new catalogue and price list will follow by e-mail. Please contact our export desk for any questions.", "Yours faithfully,", "Export Department"],
}

def adapt_nonin(doc, dt, rng):
    lang = doc["lang"]
    if dt == "purchase_order":
        sup = doc["supplier"]; b = BUYERS["std"]
        doc["label_supplier"], doc["label_buyer"] = sup["name"], b[0]
        doc["supplier"] = dict(name=b[0], addr=b[1], tax="VAT Reg. " + b[2], kind="uk")
        doc["buyer_name"], doc["buyer_addr"], doc["buyer_tax"] = sup["name"], sup["addr"], sup["tax"]
        doc["number"] = doc["order_ref"]
    if dt in ("packing_list", "delivery_note"):
        doc["show_prices"] = False; doc["has_total"] = False
        for it in doc["items"]: it["ctn"] = max(1, it["qty"] // rng.choice([12, 24, 48]))
    if dt == "other_letter":
        doc["doc_type"] = "other_letter"; doc["label_type"] = "other"; doc["has_total"] = False; doc["no_table"] = True
        doc["title"] = "Notice of price revision"
        doc["letter_text"] = LETTERS["en"]
        doc["letter_html"] = "".join(f"<p>{esc(x)}</p>" for x in LETTERS["en"])
    if dt == "other_pricelist":
        doc["doc_type"] = "other_pricelist"; doc["label_type"] = "other"; doc["has_total"] = False; doc["no_totals"] = True
        doc["title"] = T[lang]["price_list"] + " 2026"
        for it in doc["items"]: it["qty_s"] = f"MOQ {rng.choice([12, 24, 48])}"; it["amount_s"] = ""
    doc["label_type"] = doc.get("label_type", dt)

def doc_epoch(doc, days=0):
    """Plausible creation time: the issue date, during office hours (keeps output byte-stable)."""
    import calendar
    d = doc["date"] + timedelta(days=days)
    return calendar.timegm((d.year, d.month, d.day, 8 + doc["seed"] % 9, doc["seed"] % 60, (doc["seed"] // 60) % 60, 0, 0, 0))

def render_digital(doc, prod, out, pending):
    os.environ["SOURCE_DATE_EPOCH"] = str(doc_epoch(doc))
    st = ["clean", "boxed", "modern"][doc["seed"] % 3]
    if prod == "reportlab_core": render_reportlab(doc, out, ttf=False, layout=doc["seed"] % 2)
    elif prod == "reportlab_ttf": render_reportlab(doc, out, ttf="cjk" if doc["lang"] in ("zh", "ja") else True, layout=doc["seed"] % 2)
    elif prod == "reportlab_receipt": render_receipt(doc, out)
    elif prod == "fpdf2_core": render_fpdf(doc, out, 0)
    elif prod == "fpdf2_ttf": render_fpdf(doc, out, 1)
    elif prod == "weasyprint_html": render_weasy(html_doc(doc, st), out)
    elif prod == "chromium_html": render_chromium(html_doc(doc, st), out)
    elif prod == "weasyprint_fapiao": render_weasy(fapiao_html(doc), out)
    elif prod == "chromium_fapiao": render_chromium(fapiao_html(doc), out)
    elif prod == "soffice_calc":
        src = out[:-4] + ".fods"; build_fods(doc, src); pending.append(src)
    elif prod == "soffice_writer":
        src = out[:-4] + ".docx"; build_docx(doc, src); pending.append(src)
    else: raise ValueError(prod)

def npages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)

def capture_file(pdf, kind, rng, fname_base, when=None):
    """Returns (filename, pages, Capture-of-page-1, dpi)."""
    from PIL import Image
    if kind in ("scan_app_jpg", "scan_app_png"):
        dpi = 200; img = render_pages(pdf, dpi)[0]
        fl = tuple(f for f in ("shadow", "fold", "curl", "thumb") if rng.random() < 0.3)
        cap = scan_app(img, rng, fl); ext = "jpg" if kind.endswith("jpg") else "png"
        fn = f"{fname_base}.{ext}"; save_capture(cap, os.path.join(OUT, fn), rng, ext); return fn, 1, cap, dpi
    if kind == "desk_photo_jpg":
        dpi = 150; img = render_pages(pdf, dpi)[0]; cap = desk_photo(img, rng)
        fn = f"{fname_base}.jpg"; save_capture(cap, os.path.join(OUT, fn), rng, "jpg"); return fn, 1, cap, dpi
    if kind in ("copier_pdf", "scan_app_pdf"):
        dpi = 150 if kind == "copier_pdf" else 170
        caps = [copier_scan(im, rng) if kind == "copier_pdf" else scan_app(im, rng, ("shadow",) if rng.random() < 0.3 else ()) for im in render_pages(pdf, dpi)]
        ims = [c.img if kind == "copier_pdf" else c.img.convert("RGB") for c in caps]
        fn = f"{fname_base}.pdf"
        if kind == "scan_app_pdf":  # JPEG-compressed pages, like a scanner app export
            jp = []
            for im in ims:
                b = io.BytesIO(); im.save(b, "JPEG", quality=70); b.seek(0); jp.append(Image.open(b))
            ims = jp
        meta = dict(producer="MFP ScanToPDF 2.1", creator="MFP ScanToPDF 2.1") if kind == "copier_pdf" else dict(title="Scan", producer="PhoneScan 7.4")
        if when is not None: meta.update(creationDate=when.utctimetuple(), modDate=when.utctimetuple())
        ims[0].save(os.path.join(OUT, fn), "PDF", save_all=True, append_images=ims[1:], resolution=dpi, **meta)
        return fn, len(ims), caps[0], dpi
    raise ValueError(kind)

CAP_PRODUCER = {"scan_app_jpg": "scan_app_jpeg", "scan_app_png": "scan_app_png", "desk_photo_jpg": "desk_photo_jpeg",
                "copier_pdf": "mfp_scan_pdf", "scan_app_pdf": "scan_app_pdf"}

def main():
    t0 = __import__("time").time()
    shutil.rmtree(OUT, ignore_errors=True); shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(OUT); os.makedirs(WORK)
    rng = random.Random(SEED)
    plan = make_plan(rng)
    if LIMIT: plan = plan[:LIMIT]
    names = set()
    def fname():
        while True:
            n = "%08x" % rng.getrandbits(32)
            if n not in names: names.add(n); return n
    recs = []; pending = []
    for i, p in enumerate(plan):
        r = random.Random(SEED * 1000 + i)
        dt = p["doc_type"]
        bdt = dt if not dt.startswith("other") else "invoice"
        latin1 = p["producer"] in ("reportlab_core", "fpdf2_core", "reportlab_receipt")
        doc = build_doc(r, i, p["lang"], bdt, p["producer"], n_items=p["n_items"], arith=p["arith"], latin1=latin1, sup_i=p["sup_i"])
        if latin1 and (doc["currency"] in ("INR", "PLN") or (p["producer"].startswith("fpdf2") and doc["currency"] == "EUR")):
            doc["curstyle"] = "code_after" if doc["numstyle"] != "en" else "code_before"
            doc["total_s"] = money(doc["total"], doc, with_cur=True)
        if dt not in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"): adapt_nonin(doc, dt, r)
        else: doc["label_type"] = dt
        out = os.path.join(WORK, f"o{i:03d}.pdf")
        render_digital(doc, p["producer"], out, pending)
        recs.append(dict(i=i, plan=p, doc=doc, pdf=out, rng=r))
    for k in range(0, len(pending), 20): soffice_convert(pending[k:k + 20])
    print("rendered", len(recs), "in %.0fs" % (__import__("time").time() - t0), flush=True)
    labels = []
    for rec in recs:
        p, doc, r = rec["plan"], rec["doc"], rec["rng"]
        base = fname()
        if p["capture"]:
            import datetime as _dt
            when = _dt.datetime.fromtimestamp(doc_epoch(doc, days=r.randint(3, 40)), _dt.timezone.utc)
            fn, pages, cap, dpi = capture_file(rec["pdf"], p["capture"], r, base, when)
            rec.update(cap=cap, dpi=dpi, kind=p["capture"]); prod = CAP_PRODUCER[p["capture"]]
        else:
            fn = base + ".pdf"; shutil.copy(rec["pdf"], os.path.join(OUT, fn)); pages = npages(rec["pdf"]); prod = p["producer"]; rec["kind"] = "digital"
        lab = label_for(doc, fn, prod, pages)
        if doc.get("label_supplier"): lab["supplier"], lab["buyer"] = doc["label_supplier"], doc["label_buyer"]
        if not doc.get("has_total", True): lab["currency"] = None
        lab["is_invoice"] = doc["label_type"] in ("invoice", "tax_invoice", "receipt", "credit_note")
        rec["label"] = lab; rec["file"] = fn; labels.append(lab)
    print("captured/copied in %.0fs" % (__import__("time").time() - t0), flush=True)

    # ------------------------------------------------------------------ edited copies
    er = random.Random(SEED + 7)
    inv = [r_ for r_ in recs if r_["label"]["is_invoice"] and r_["doc"]["label_type"] != "proforma"]
    core_src = [r_ for r_ in inv if r_["kind"] == "digital" and r_["plan"]["producer"] in ("reportlab_core", "fpdf2_core", "reportlab_receipt")]
    text_src = [r_ for r_ in inv if r_["kind"] == "digital" and len(r_["doc"]["items"]) < 30]
    img_src = [r_ for r_ in inv if r_["kind"] in ("scan_app_jpg", "scan_app_png", "desk_photo_jpg")]
    jobs = ([("pikepdf_text_replace", s_) for s_ in er.sample(core_src, min(7, len(core_src)))] +
            [("pypdf_incremental_update", s_) for s_ in er.sample(core_src, min(5, len(core_src)))] +
            [("overlay_whitebox", s_) for s_ in er.sample(text_src, min(7, len(text_src)))] +
            [("overlay_whitebox_online_resave", s_) for s_ in er.sample(text_src, min(3, len(text_src)))] +
            [("overlay_whitebox_gs_resave", s_) for s_ in er.sample(text_src, min(3, len(text_src)))] +
            [("overlay_whitebox_then_scanned", s_) for s_ in er.sample(text_src, min(4, len(text_src)))] +
            [("image_paste_text", s_) for s_ in er.sample(img_src, min(6, len(img_src)))] +
            [("image_clone_region", s_) for s_ in er.sample([x for x in img_src if len(x["doc"]["items"]) >= 2], min(4, len(img_src)))] +
            [("paint_box_text", s_) for s_ in er.sample(img_src, min(3, len(img_src)))])
    nfail = 0
    EW = os.path.join(WORK, "edits"); os.makedirs(EW, exist_ok=True)
    for method, src in jobs:
        doc = src["doc"]
        kinds0 = er.choice([["total"], ["total"], ["date"], ["buyer"], ["quantity"], ["total", "date"], ["buyer", "date"]])
        if method == "image_clone_region": kinds0 = ["quantity"]
        if doc["lang"] in ("zh", "ja") and method != "image_clone_region": kinds0 = [k for k in kinds0 if k != "buyer"] or ["total"]
        if doc["dstyle"] in ("cjk", "long_de", "long_fr", "long_es", "long_nl") and method in ("pikepdf_text_replace", "pypdf_incremental_update"):
            kinds0 = [k for k in kinds0 if k != "date"] or ["total"]
        base = fname(); ok = False
        for kinds in ([kinds0, ["total"], ["date"]] if method != "image_clone_region" else [kinds0]):
            lab = dict(src["label"]); lab.update(genuine=False, edit_method=method, arithmetic_error=False)
            tmp = os.path.join(WORK, base + "_e.pdf")
            pairs = []; upd = {}
            for k in kinds:
                a_, b_, u, _ = new_value(k, doc, er); pairs.append((a_, b_)); upd.update(u)
            first_only = tuple(a_ for (a_, b_), k in zip(pairs, kinds) if k in ("date",))
            n = {}; fn = None
            try:
                if method in ("pikepdf_text_replace", "pypdf_incremental_update"):
                    fn = base + ".pdf"
                    n = pdf_stream_replace(src["pdf"], os.path.join(EW, fn), pairs, incremental=method.startswith("pypdf"),
                                           tool="pikepdf" if method.startswith("pikepdf") else "pypdf")
                elif method.startswith("overlay_whitebox"):
                    n = overlay_edit(src["pdf"], tmp, pairs, er, first_only)
                    fn = base + ".pdf"
                    if method == "overlay_whitebox": shutil.copy(tmp, os.path.join(EW, fn))
                    elif method == "overlay_whitebox_online_resave": resave_online(tmp, os.path.join(EW, fn))
                    elif method == "overlay_whitebox_gs_resave": resave_gs(tmp, os.path.join(EW, fn))
                elif method in ("image_paste_text", "paint_box_text"):
                    im, n = image_text_edit(src["cap"], src["pdf"], src["dpi"], pairs, er, "paste" if method == "image_paste_text" else "paint", first_only)
                    if method == "paint_box_text": fn = base + ".png"; im.save(os.path.join(EW, fn), "PNG"); lab["producer"] = "scan_edited_png"
                    else: fn = base + ".jpg"; im.save(os.path.join(EW, fn), "JPEG", quality=er.randint(75, 92))
                elif method == "image_clone_region":
                    im, n, newq = image_clone_qty(src["cap"], src["pdf"], src["dpi"], doc)
                    ext = "png" if src["file"].endswith("png") else "jpg"
                    fn = base + "." + ext
                    if n: im.save(os.path.join(EW, fn), "PNG" if ext == "png" else "JPEG", quality=er.randint(78, 92))
            except Exception as e:
                print("edit failed", method, src["file"], repr(e)); n = {}
            done = [k for (a_, b_), k in zip(pairs, kinds) if n.get(a_)]
            if len(done) < len(kinds):
                print("  retry: not all fields found:", method, src["file"], kinds, pairs); continue
            if method == "overlay_whitebox_then_scanned":  # printed after the edit, then captured
                kind = er.choice(["scan_app_jpg", "desk_photo_jpg", "copier_pdf"]) if npages(tmp) == 1 else "copier_pdf"
                import datetime as _dt
                fn, pages, _, _ = capture_file(tmp, kind, er, base, _dt.datetime(2026, 3, er.randint(2, 27), 21, er.randint(0, 59), tzinfo=_dt.timezone.utc))
                lab.update(producer=CAP_PRODUCER[kind], pages=pages, edit_before_capture=True)
            else:
                shutil.move(os.path.join(EW, fn), os.path.join(OUT, fn))
            lab.update(upd); lab["file"] = fn; lab["what_changed"] = kinds; lab["edited_from"] = src["file"]
            labels.append(lab); ok = True; break
        if not ok: nfail += 1; print("edit dropped:", method, src["file"])
    print("edits done, failed:", nfail, "in %.0fs" % (__import__("time").time() - t0), flush=True)
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    shutil.rmtree(WORK, ignore_errors=True)
    check()

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(OUT, l["file"]))]
    extra = sorted(set(os.listdir(OUT)) - {l["file"] for l in labs})
    imgs = [l for l in labs if l["file"].endswith((".jpg", ".png")) or l["producer"] in ("mfp_scan_pdf", "scan_app_pdf")]
    print(f"files labelled: {len(labs)}  missing: {missing}  unlabelled: {extra}")
    print(f"genuine: {sum(l['genuine'] for l in labs)}  edited: {sum(not l['genuine'] for l in labs)}  images/image-only PDFs: {len(imgs)}  "
          f"arithmetic_error: {sum(l['arithmetic_error'] for l in labs)}  is_invoice false: {sum(not l['is_invoice'] for l in labs)}  edit_before_capture: {sum(l['edit_before_capture'] for l in labs)}")
    for key in ("producer", "language", "doc_type", "edit_method"):
        print(key + ":", dict(sorted(Counter(str(l[key]) for l in labs).items(), key=lambda kv: -kv[1])))

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check": check()
    else: main()
