#!/usr/bin/env python
"""Elbstrand Handels GmbH - supplier invoice folder (test set generator).

Writes files/ and labels.jsonl.  Stage 1 renders genuine documents (intermediate
PDFs in build/), stage 2 makes scans/photos, stage 3 makes edited copies.
Everything is invented.  Run: python make.py
"""
import json, os, random, shutil, subprocess, sys, io, math, glob, copy
from decimal import Decimal as D, ROUND_HALF_UP
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

R = random.Random(1807)

# ----------------------------------------------------------------- parties
ELB = dict(name="Elbstrand Handels GmbH", lines=["Billwerder Neuer Deich 212", "20539 Hamburg", "Deutschland"],
           vat="USt-IdNr. DE318447902", short="Elbstrand")
ELB_PL = dict(ELB, lines=["Billwerder Neuer Deich 212", "20539 Hamburg, Niemcy"], vat="NIP PL5263318820")
ELB_NL = dict(ELB, lines=["Billwerder Neuer Deich 212", "20539 Hamburg, Duitsland"], vat="btw-id NL826517340B01")
ELB_FR = dict(ELB, lines=["Billwerder Neuer Deich 212", "20539 Hambourg, Allemagne"], vat="TVA FR47918255301")
ELB_EN = dict(ELB, lines=["Billwerder Neuer Deich 212", "20539 Hamburg", "Germany"], vat="VAT ID DE318447902")

SUP = {
 "kranich": dict(name="Kranich Großhandel GmbH", lines=["Am Holzhafen 17", "28217 Bremen"], vat="USt-IdNr. DE271903348",
                 extra="HRB 31877 HB · Geschäftsführer: Jörg Kranich", bank="IBAN DE41 2905 0101 0082 3311 04 · BIC SBREDE22XXX", lang="de"),
 "hanse": dict(name="Hanseatische Haushaltswaren Vertrieb KG", lines=["Schwartauer Allee 88", "23554 Lübeck"], vat="USt-IdNr. DE293044716",
               extra="HRA 6620 HL · phG: Hanse HHW Verwaltungs GmbH", bank="IBAN DE77 2305 0101 0001 7746 29", lang="de"),
 "wendt": dict(name="Wendt & Söhne Werkzeughandel", lines=["Leipziger Straße 301", "34123 Kassel"], vat="Steuernr. 26 814 30077",
               extra="Inh. Dietmar Wendt e.K.", bank="IBAN DE18 5205 0353 0000 4431 87", lang="de"),
 "moosgruen": dict(name="Moosgrün Textil GmbH", lines=["Herforder Str. 244", "33609 Bielefeld"], vat="USt-IdNr. DE305571822",
                   extra="Amtsgericht Bielefeld HRB 40092", bank="IBAN DE62 4805 0161 0066 1203 55", lang="de"),
 "allgaeu": dict(name="Allgäuer Küchenbedarf e.K.", lines=["Lindauer Straße 56", "87439 Kempten (Allgäu)"], vat="USt-IdNr. DE284410937",
                 extra="Inhaberin: Marlene Huber", bank="IBAN DE09 7335 0000 0514 2270 68", lang="de"),
 "warta": dict(name="Warta-Plast Sp. z o.o.", lines=["ul. Głogowska 318", "60-104 Poznań", "Polska"], vat="NIP 7792418553",
               extra="KRS 0000481277 · Kapitał zakładowy 150 000 zł", bank="PL 61 1090 1362 0000 0001 4471 2290 (Santander)", lang="pl"),
 "vandijk": dict(name="Van Dijkhuizen Groothandel B.V.", lines=["Ringbaan-Oost 142", "5013 CD Tilburg", "Nederland"], vat="btw NL861204377B01",
                 extra="KvK 58220914", bank="IBAN NL37 RABO 0318 2276 41", lang="nl"),
 "zeeuws": dict(name="Zeeuwse Verpakkingen B.V.", lines=["Kanaalweg 9", "4337 PA Middelburg", "Nederland"], vat="btw NL853371902B01",
                extra="KvK 22091173", bank="IBAN NL92 INGB 0007 7314 90", lang="nl"),
 "morvan": dict(name="Atelier Morvandiau SARL", lines=["14 rue des Tanneries", "21000 Dijon", "France"], vat="TVA FR62 512 447 908",
                extra="SIRET 512 447 908 00027 · RCS Dijon", bank="IBAN FR76 1027 8080 1100 0204 4710 162", lang="fr"),
 "lyonquin": dict(name="Comptoir Lyonnais de Quincaillerie SAS", lines=["203 avenue Berthelot", "69007 Lyon", "France"], vat="TVA FR18 799 302 114",
                  extra="SAS au capital de 40 000 € · RCS Lyon 799 302 114", bank="IBAN FR76 3000 4008 2000 0107 7125 938", lang="fr"),
 "pennine": dict(name="Pennine Outdoor Supplies Ltd", lines=["Unit 4, Shaw Lodge Mills", "Halifax HX3 9ET", "United Kingdom"], vat="VAT Reg. GB 318 7720 46",
                 extra="Registered in England & Wales No. 09917264", bank="Sort code 40-22-18 · Acc 71822964 · IBAN GB19 HBUK 4022 1871 8229 64", lang="en"),
 "cedar": dict(name="Cedar Ridge Trading Co.", lines=["2210 NW Front Ave, Suite 300", "Portland, OR 97209", "USA"], vat="EIN 93-2417765",
               extra="", bank="Wire: First Cascade Bank · ABA 123006817 · Acct 4470019932", lang="en"),
 "hailan": dict(name="宁波海岚日用品有限公司", en="Ningbo Hailan Household Products Co., Ltd.", lines=["浙江省宁波市鄞州区天童南路588号", "No. 588 Tiantong South Rd, Yinzhou, Ningbo, China"],
                vat="统一社会信用代码 91330212MA2H7Q4K3X", extra="", bank="中国银行宁波鄞州支行 3562 7718 2240", lang="zh"),
 "minatoya": dict(name="株式会社ミナトヤ商会", lines=["〒231-0023 神奈川県横浜市中区山下町118", "Yokohama, Japan"], vat="登録番号 T8020001094471",
                  extra="", bank="横浜港銀行 本店営業部 普通 2047718", lang="ja"),
 "valbrenta": dict(name="Ferramenta Valbrenta S.r.l.", lines=["Via Cartigliana 41", "36061 Bassano del Grappa (VI)", "Italia"], vat="P.IVA IT03918820247",
                   extra="REA VI-371120 · Cap. soc. € 50.000 i.v.", bank="IBAN IT60 X054 2811 1010 0000 0123 456", lang="it"),
 "turia": dict(name="Cerámicas del Turia S.L.", lines=["Calle de Pintor Sorolla 27", "46002 Valencia", "España"], vat="NIF/CIF B98720431",
               extra="Inscrita en el Registro Mercantil de Valencia, T. 10221, F. 88", bank="IBAN ES91 2100 0418 4502 0005 1332", lang="es"),
}
CN_BUYER = dict(name="宁波港盛进出口有限公司", lines=["宁波市北仑区新碶街道明州路77号"], vat="纳税人识别号 91330206MA2CJ81N5T")

# products per supplier: (description per language, unit, price range)
PRODUCTS = {
 "kranich": [("Edelstahl-Thermobecher 450 ml, matt", "Stk", 3.2, 6.9), ("Silikon-Backmatte 40x30 cm", "Stk", 1.4, 3.1),
             ("Bambus-Schneidebrett 3er-Set", "Set", 5.5, 9.8), ("Glas-Vorratsdose 1,2 l mit Deckel", "Stk", 2.1, 4.4),
             ("Frischhaltefolie 30 m Spenderbox", "Stk", 0.8, 1.9), ("Sparschäler Y-Form, grün", "Stk", 0.9, 1.7)],
 "hanse": [("Spülbürste Buche, Naturborste", "Stk", 0.95, 2.2), ("Mikrofasertuch 10er Pack", "Pck", 2.9, 4.9),
           ("Wäscheklammern Edelstahl 24 Stk", "Pck", 3.3, 5.7), ("Eimer 10 l mit Ausguss", "Stk", 2.2, 3.8), ("Besen Rosshaar 40 cm", "Stk", 6.4, 11.0)],
 "wendt": [("Bit-Set 32-tlg. im Kunststoffkoffer", "Set", 4.9, 8.6), ("Wasserwaage Alu 60 cm", "Stk", 5.8, 9.9),
           ("Cuttermesser 18 mm, 5 Klingen", "Stk", 1.2, 2.6), ("Maßband 5 m magnetisch", "Stk", 2.4, 4.1), ("Schraubzwinge 300 mm", "Stk", 3.9, 6.2)],
 "moosgruen": [("Geschirrtuch Halbleinen 50x70, 3er", "Pck", 4.8, 7.9), ("Badetuch Frottee 70x140 anthrazit", "Stk", 6.5, 10.9),
               ("Kissenbezug Musselin 40x40", "Stk", 2.2, 3.9), ("Schürze Canvas mit Brusttasche", "Stk", 5.1, 8.4)],
 "allgaeu": [("Spätzlehobel Edelstahl", "Stk", 4.4, 7.2), ("Käsereibe 4-seitig", "Stk", 2.9, 5.3), ("Holzkochlöffel-Set 5-tlg.", "Set", 2.5, 4.6),
             ("Emaille-Milchtopf 1 l, creme", "Stk", 7.8, 12.5)],
 "warta": [("Pojemnik PP 2,5 l z pokrywką", "szt.", 3.1, 6.4), ("Organizer szufladowy 6-komorowy", "szt.", 5.5, 9.9),
           ("Kosz na pranie 45 l, szary", "szt.", 11.0, 17.5), ("Doniczka osłonka 19 cm, antracyt", "szt.", 2.4, 4.8),
           ("Pudełko śniadaniowe 3 komory", "szt.", 2.9, 5.2), ("Miska do ciasta 4 l z wylewką", "szt.", 4.0, 6.6)],
 "vandijk": [("Theedoek katoen 50x70, 4 stuks", "pak", 3.9, 6.8), ("Vershoudbakjes set 5-delig", "set", 4.1, 7.3),
             ("Afwasborstel bamboe", "st", 0.9, 1.8), ("Koffiefilterhouder porselein", "st", 3.4, 5.9)],
 "zeeuws": [("Verzenddoos 305x215x110 mm (25 st)", "bundel", 8.5, 13.9), ("Luchtkussenfolie rol 50 cm x 100 m", "rol", 14.0, 22.0),
            ("Tape bruin 48 mm x 66 m (36 rollen)", "doos", 29.0, 41.0), ("Labels A6 thermisch (500 st)", "rol", 6.2, 9.8)],
 "morvan": [("Planche à découper en chêne 35 cm", "pce", 9.5, 16.0), ("Dessous-de-plat en noyer", "pce", 4.2, 7.8),
            ("Cuillère à salade en olivier", "pce", 3.1, 5.9), ("Boîte à sel en hêtre", "pce", 5.0, 8.9)],
 "lyonquin": [("Crochets muraux laiton (lot de 4)", "lot", 3.9, 6.5), ("Poignée de meuble fer forgé", "pce", 1.6, 3.2),
              ("Charnière inox 80 mm", "pce", 0.9, 1.9), ("Patère double noir mat", "pce", 2.4, 4.4)],
 "pennine": [("Merino hiking socks, size 39-42", "pair", 4.6, 7.9), ("Collapsible water bottle 750 ml", "pcs", 2.8, 4.9),
             ("Head torch 300 lm, USB-C", "pcs", 6.9, 11.5), ("Dry bag 20 L, orange", "pcs", 4.1, 6.8), ("Trekking pole tips (4 pack)", "pack", 1.2, 2.4)],
 "cedar": [("Cedar shoe trees, men's M", "pair", 5.9, 9.4), ("Cedar hang-ups blocks (24 ct)", "pack", 3.8, 6.1),
           ("Cedar drawer liner sheets (6 ct)", "pack", 4.2, 7.0), ("Aromatic cedar balls (50 ct)", "pack", 2.9, 4.8)],
 "hailan": [("硅胶折叠水杯 350ml / Silicone folding cup 350ml", "个", 0.6, 1.4), ("不锈钢保温饭盒 / Stainless lunch box", "个", 2.1, 3.6),
            ("厨房收纳架 / Kitchen storage rack", "个", 3.2, 5.5), ("抽屉分隔板 / Drawer divider", "套", 0.9, 1.8), ("硅胶刮刀三件套 / Silicone spatula set", "套", 0.8, 1.6)],
 "minatoya": [("有田焼 小皿 5枚組", "組", 1800, 3200), ("竹製 箸 10膳セット", "セット", 900, 1600), ("南部鉄器 急須 0.6L", "個", 5200, 8400),
              ("手ぬぐい 綿100% 藍染", "枚", 450, 880)],
 "valbrenta": [("Set cacciaviti di precisione 24 pz", "pz", 4.2, 7.5), ("Metro a nastro 5 m", "pz", 2.1, 3.9),
               ("Pinza universale 180 mm", "pz", 3.8, 6.1), ("Livella torpedo magnetica", "pz", 2.6, 4.4)],
 "turia": [("Taza de cerámica 350 ml, esmalte azul", "ud.", 1.9, 3.4), ("Plato llano 27 cm, gres", "ud.", 2.6, 4.5),
           ("Fuente de horno 32 cm", "ud.", 6.9, 10.9), ("Azulejo decorativo 20x20 (caja 10)", "caja", 11.5, 18.0)],
}

# ----------------------------------------------------------------- words
T = {
 "de": dict(invoice="Rechnung", tax_invoice="Rechnung", receipt="Quittung", credit_note="Gutschrift / Rechnungskorrektur", proforma="Proforma-Rechnung",
            packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein", other="Preisliste",
            no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", deliv="Lieferdatum", cust="Kundennr.", pos="Pos.", desc="Bezeichnung",
            qty="Menge", unit="Einheit", price="Einzelpreis", amount="Gesamt", net="Nettobetrag", vat="USt.", total="Rechnungsbetrag",
            ship="Versandkosten", disc="Rabatt", page="Seite", of="von", pay="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            rc="Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG).", thanks="Vielen Dank für Ihren Auftrag!", to="Rechnungsempfänger", carried="Übertrag"),
 "en": dict(invoice="Invoice", tax_invoice="VAT Invoice", receipt="Receipt", credit_note="Credit Note", proforma="Proforma Invoice",
            packing_list="Packing List", purchase_order="Purchase Order", quotation="Quotation", delivery_note="Delivery Note", other="Price List",
            no="Invoice No.", date="Invoice Date", due="Due Date", deliv="Ship Date", cust="Customer ID", pos="#", desc="Description",
            qty="Qty", unit="Unit", price="Unit Price", amount="Amount", net="Subtotal", vat="VAT", total="Total Due",
            ship="Shipping", disc="Discount", page="Page", of="of", pay="Payment terms: net 30 days.",
            rc="Zero-rated export of goods.", thanks="Thank you for your business.", to="Bill To", carried="Carried forward"),
 "fr": dict(invoice="Facture", tax_invoice="Facture", receipt="Reçu", credit_note="Avoir", proforma="Facture pro forma",
            packing_list="Liste de colisage", purchase_order="Bon de commande", quotation="Devis", delivery_note="Bon de livraison", other="Tarifs",
            no="Facture n°", date="Date de facture", due="Échéance", deliv="Date de livraison", cust="Réf. client", pos="Réf.", desc="Désignation",
            qty="Qté", unit="Unité", price="P.U. HT", amount="Montant HT", net="Total HT", vat="TVA", total="Total TTC",
            ship="Frais de port", disc="Remise", page="Page", of="sur", pay="Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.",
            rc="Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire).", thanks="Merci de votre confiance.", to="Facturé à", carried="À reporter"),
 "nl": dict(invoice="Factuur", tax_invoice="Factuur", receipt="Kassabon", credit_note="Creditfactuur", proforma="Pro-formafactuur",
            packing_list="Paklijst", purchase_order="Inkooporder", quotation="Offerte", delivery_note="Pakbon", other="Prijslijst",
            no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", deliv="Leverdatum", cust="Klantnummer", pos="Nr.", desc="Omschrijving",
            qty="Aantal", unit="Eenheid", price="Prijs", amount="Bedrag", net="Subtotaal", vat="Btw", total="Totaal",
            ship="Verzendkosten", disc="Korting", page="Pagina", of="van", pay="Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.",
            rc="Intracommunautaire levering, btw verlegd.", thanks="Bedankt voor uw bestelling!", to="Factuuradres", carried="Transport"),
 "pl": dict(invoice="Faktura VAT", tax_invoice="Faktura VAT", receipt="Paragon", credit_note="Faktura korygująca", proforma="Faktura pro forma",
            packing_list="Lista pakunkowa", purchase_order="Zamówienie", quotation="Oferta", delivery_note="Dowód dostawy WZ", other="Cennik",
            no="Nr faktury", date="Data wystawienia", due="Termin płatności", deliv="Data sprzedaży", cust="Nr klienta", pos="Lp.", desc="Nazwa towaru",
            qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto", net="Razem netto", vat="VAT", total="Do zapłaty",
            ship="Transport", disc="Rabat", page="Strona", of="z", pay="Sposób płatności: przelew 21 dni.",
            rc="Wewnątrzwspólnotowa dostawa towarów, stawka 0% (art. 42 ustawy o VAT).", thanks="Dziękujemy za zamówienie.", to="Nabywca", carried="Z przeniesienia"),
 "it": dict(invoice="Fattura", tax_invoice="Fattura", receipt="Ricevuta", credit_note="Nota di credito", proforma="Fattura proforma",
            packing_list="Distinta colli", purchase_order="Ordine d'acquisto", quotation="Preventivo", delivery_note="Documento di trasporto", other="Listino",
            no="Fattura n.", date="Data", due="Scadenza", deliv="Data consegna", cust="Cod. cliente", pos="N.", desc="Descrizione",
            qty="Q.tà", unit="U.M.", price="Prezzo unit.", amount="Importo", net="Imponibile", vat="IVA", total="Totale documento",
            ship="Spese di trasporto", disc="Sconto", page="Pagina", of="di", pay="Pagamento: bonifico bancario 30 gg d.f.",
            rc="Operazione non imponibile art. 41 D.L. 331/93.", thanks="Grazie per la fiducia.", to="Destinatario", carried="A riportare"),
 "es": dict(invoice="Factura", tax_invoice="Factura", receipt="Recibo", credit_note="Factura rectificativa", proforma="Factura proforma",
            packing_list="Lista de empaque", purchase_order="Pedido", quotation="Presupuesto", delivery_note="Albarán", other="Tarifa",
            no="Nº factura", date="Fecha", due="Vencimiento", deliv="Fecha de entrega", cust="Cliente nº", pos="Ref.", desc="Concepto",
            qty="Cant.", unit="Ud.", price="Precio", amount="Importe", net="Base imponible", vat="IVA", total="Total factura",
            ship="Portes", disc="Descuento", page="Página", of="de", pay="Forma de pago: transferencia a 30 días.",
            rc="Entrega intracomunitaria exenta (art. 25 Ley 37/1992).", thanks="Gracias por su pedido.", to="Cliente", carried="Suma y sigue"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", other="価格表",
            no="請求番号", date="発行日", due="お支払期限", deliv="納品日", cust="お客様番号", pos="No.", desc="品名",
            qty="数量", unit="単位", price="単価", amount="金額", net="小計", vat="消費税", total="ご請求金額",
            ship="送料", disc="値引", page="ページ", of="/", pay="下記口座へお振込みください。振込手数料は貴社ご負担でお願いいたします。",
            rc="輸出免税取引", thanks="毎度ありがとうございます。", to="御中", carried="繰越"),
 "zh": dict(invoice="商业发票 COMMERCIAL INVOICE", tax_invoice="增值税普通发票", receipt="收据", credit_note="红字发票", proforma="形式发票 PROFORMA INVOICE",
            packing_list="装箱单 PACKING LIST", purchase_order="采购订单", quotation="报价单", delivery_note="送货单", other="价目表",
            no="发票号码 Invoice No.", date="开票日期 Date", due="付款期限 Due", deliv="装运日期 Ship date", cust="客户编号", pos="序号", desc="货物名称 Description",
            qty="数量 Qty", unit="单位", price="单价 Price", amount="金额 Amount", net="合计 Subtotal", vat="税额 Tax", total="价税合计 Total",
            ship="运费 Freight", disc="折扣 Discount", page="第", of="/", pay="付款方式 T/T 30% deposit, 70% before shipment.",
            rc="", thanks="", to="购买方 Buyer", carried="承前页"),
}
MONTHS = {
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
 "en": "January February March April May June July August September October November December".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
 "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def fmt_date(d, style):
    if style == "de": return d.strftime("%d.%m.%Y")
    if style == "iso": return d.isoformat()
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "eu/": return d.strftime("%d/%m/%Y")
    if style == "nl-": return d.strftime("%d-%m-%Y")
    if style == "ymd/": return d.strftime("%Y/%m/%d")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "uk": return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == "usl": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style.startswith("long-"):
        lg = style[5:]
        day = "1er" if (lg == "fr" and d.day == 1) else str(d.day)
        return f"{day} {MONTHS[lg][d.month-1]} {d.year}" if lg != "de" else f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    raise ValueError(style)


def fmt_num(v, style, dec=2):
    v = D(v).quantize(D(1) if dec == 0 else D("0.01"), rounding=ROUND_HALF_UP)
    neg = v < 0
    s = f"{abs(v):,.{dec}f}"  # 1,234.56
    if style in ("de", "nl", "it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style in ("fr", "pl"):
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def money(v, inv, sym=True):
    s = fmt_num(v, inv["numfmt"], 0 if inv["currency"] == "JPY" else 2)
    if not sym or inv.get("nosym"):
        return s
    c = inv["currency"]
    pos = inv.get("sympos", "after")
    symb = {"EUR": "€", "PLN": "zł", "GBP": "£", "USD": "$", "JPY": "¥", "CNY": "¥"}[c]
    if inv.get("isosym"):
        return f"{s} {c}" if pos == "after" else f"{c} {s}"
    if pos == "before":
        return f"{symb}{s}"
    return f"{s} {symb}"


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------- invoice model
def rnd_date():
    return date(2025, 1, 6) + timedelta(days=R.randint(0, 680))


def make_doc(sup, lang, doc_type="invoice", n_items=None, vat=None, currency="EUR", numfmt=None, datefmt=None,
             buyer=None, err=False, ship=None, disc=None, priced=True):
    s = SUP[sup]
    d = rnd_date()
    n_items = n_items or R.randint(1, 6)
    prods = PRODUCTS[sup]
    items = []
    prods = prods[:]; R.shuffle(prods)
    for i in range(n_items):
        desc, unit, lo, hi = prods[i % len(prods)]
        if n_items > len(prods):
            desc = f"{desc}, Var. {i + 1:02d}"
        qty = R.choice([12, 24, 36, 48, 50, 60, 72, 96, 100, 120, 144, 150, 200, 240, 300, 400, 500])
        if currency == "JPY":
            price = D(int(R.uniform(lo, hi)) // 10 * 10)
            qty = R.choice([5, 10, 12, 20, 24, 30, 50])
        else:
            price = q2(R.uniform(lo, hi) * (4.3 if currency == "PLN" else 1.0) * (7.1 if currency == "CNY" else 1.0))
        items.append(dict(desc=desc, unit=unit, qty=qty, price=price,
                          sku=f"{sup[:3].upper()}-{R.randint(1000,9999)}"))
    doc = dict(sup=sup, supplier=s, lang=lang, doc_type=doc_type, date=d, currency=currency,
               numfmt=numfmt or {"de": "de", "en": "en", "fr": "fr", "nl": "nl", "pl": "pl", "it": "it", "es": "es", "ja": "en", "zh": "en"}[lang],
               datefmt=datefmt or {"de": "de", "en": "uk", "fr": "long-fr", "nl": "nl-", "pl": "iso", "it": "eu/", "es": "eu/", "ja": "cjk", "zh": "cjk"}[lang],
               buyer=buyer or {"de": ELB, "pl": ELB_PL, "nl": ELB_NL, "fr": ELB_FR}.get(lang, ELB_EN),
               vat=vat if vat is not None else D(0), items=items, err=err, priced=priced,
               ship=ship, disc=disc,
               number=f"{R.choice(['RE','R','INV','F','FV','2025-','A'])}{R.randint(10000,99999)}")
    if lang == "pl": doc["number"] = f"FV/{R.randint(100,999)}/{d.month:02d}/{d.year}"
    if lang == "fr": doc["number"] = f"FA{d.year}-{R.randint(1000,9999)}"
    if lang == "nl": doc["number"] = f"{d.year}{R.randint(1000,9999)}"
    if lang == "ja": doc["number"] = f"No. {R.randint(100000,999999)}"
    if lang == "zh": doc["number"] = f"HL{d.year % 100}{R.randint(100000,999999)}"
    doc["due"] = d + timedelta(days=R.choice([14, 21, 30]))
    doc["cust"] = f"{R.randint(10000,99999)}"
    compute(doc)
    return doc


def compute(doc):
    net = D(0)
    for it in doc["items"]:
        it["line"] = q2(it["qty"] * it["price"]) if doc["currency"] != "JPY" else D(int(it["qty"] * it["price"]))
        net += it["line"]
    doc["net_items"] = net
    disc_amt = D(0)
    if doc["disc"]:
        disc_amt = q2(net * D(doc["disc"]) / 100)
        if doc["currency"] == "JPY": disc_amt = D(int(disc_amt))
    doc["disc_amt"] = disc_amt
    ship = D(doc["ship"] or 0)
    doc["net"] = net - disc_amt + ship
    tax = q2(doc["net"] * doc["vat"] / 100)
    if doc["currency"] == "JPY": tax = D(int(doc["net"] * doc["vat"] / 100))
    doc["tax"] = tax
    doc["total"] = doc["net"] + tax
    doc["true_total"] = doc["total"]
    if doc["err"]:
        kind = R.choice(["total", "line", "tax"])
        doc["err_kind"] = kind
        if kind == "line":  # one line total printed wrong, sums carried from printed lines
            it = R.choice(doc["items"])
            it["line"] = it["line"] + R.choice([D("10.00"), D("-1.00"), D("100.00"), D("0.90")])
            doc["net_items"] = sum(i["line"] for i in doc["items"])
            doc["net"] = doc["net_items"] - disc_amt + ship
            doc["total"] = doc["net"] + tax  # tax still from the real net
        elif kind == "tax":
            doc["tax"] = tax + R.choice([D("1.00"), D("-0.10"), D("9.00")])
            doc["total"] = doc["net"] + doc["tax"]
        else:
            doc["total"] = doc["total"] + R.choice([D("10.00"), D("-0.01"), D("1.00"), D("-100.00")])


def summary(doc):
    t = T[doc["lang"]]
    out = []
    if not doc["priced"] or doc.get("doc_subtype") == "price_list":
        return out
    SUB = {"de": "Zwischensumme", "en": "Subtotal", "fr": "Sous-total HT", "nl": "Subtotaal", "pl": "Wartość towarów", "it": "Totale merce",
           "es": "Suma", "ja": "小計", "zh": "货物合计 Goods"}
    if doc["disc"] or doc["ship"] or doc["vat"]:
        out.append((t["net"] if not (doc["disc"] or doc["ship"]) else SUB[doc["lang"]], money(doc["net_items"], doc)))
    if doc["disc"]:
        out.append((f"{t['disc']} {doc['disc']}%", "-" + money(doc["disc_amt"], doc)))
    if doc["ship"]:
        out.append((t["ship"], money(doc["ship"], doc)))
    if doc["vat"]:
        if doc["disc"] or doc["ship"]:
            out.append(({"en": "Net amount", "nl": "Totaal excl. btw", "ja": "税抜合計", "zh": "不含税合计 Net"}.get(doc["lang"], t["net"]), money(doc["net"], doc)))
        out.append((f"{t['vat']} {fmt_num(doc['vat'], doc['numfmt'], 0)}%", money(doc["tax"], doc)))
    elif doc["lang"] in ("pl",) and doc["priced"]:
        out.append((f"{t['vat']} 0% WDT", money(0, doc)))
    out.append((t["total"], money(doc["total"], doc)))
    return out


def item_rows(doc):
    rows = []
    for i, it in enumerate(doc["items"], 1):
        q = fmt_num(it["qty"], doc["numfmt"], 0)
        if doc["priced"]:
            rows.append([str(i), it["desc"], q, it["unit"], money(it["price"], doc, sym=False), money(it["line"], doc, sym=False)])
        else:
            rows.append([str(i), it["desc"], q, it["unit"], it["sku"], ""])
    return rows


def heads(doc):
    t = T[doc["lang"]]
    if doc["priced"]:
        return [t["pos"], t["desc"], t["qty"], t["unit"], t["price"], t["amount"]]
    return [t["pos"], t["desc"], t["qty"], t["unit"], "SKU", ""]


def title(doc):
    return T[doc["lang"]][doc["doc_type"]]


def meta(doc):
    t = T[doc["lang"]]
    no = t["no"]
    if doc["doc_type"] not in ("invoice", "tax_invoice", "credit_note", "proforma"):
        no = {"de": "Nr.", "en": "No.", "fr": "N°", "nl": "Nr.", "pl": "Nr", "it": "N.", "es": "Nº", "ja": "番号", "zh": "编号 No."}[doc["lang"]]
    dl = t["date"] if doc["doc_type"] in ("invoice", "tax_invoice", "credit_note", "proforma") else \
        {"de": "Datum", "en": "Date", "fr": "Date", "nl": "Datum", "pl": "Data", "it": "Data", "es": "Fecha", "ja": "日付", "zh": "日期 Date"}[doc["lang"]]
    m = [(no, doc["number"]), (dl, fmt_date(doc["date"], doc["datefmt"]))]
    if doc["doc_type"] in ("invoice", "tax_invoice") and doc["priced"]:
        m.append((t["due"], fmt_date(doc["due"], doc["datefmt"])))
    m.append((t["cust"], doc["cust"]))
    return m


def notes(doc):
    t = T[doc["lang"]]
    n = []
    if doc["priced"] and doc["vat"] == 0 and t["rc"] and doc["sup"] not in ("cedar",) and doc["doc_type"] in ("invoice", "tax_invoice", "proforma"):
        n.append(t["rc"])
    if doc["priced"] and doc["doc_type"] in ("invoice", "tax_invoice"):
        n.append(t["pay"])
    if t["thanks"]:
        n.append(t["thanks"])
    return n


# ----------------------------------------------------------------- renderers
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
pdfmetrics.registerFont(TTFont("DejaVuSerif", DEJAVU_SERIF))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))


def needs_unicode(doc):
    return doc["lang"] in ("pl", "ja", "zh") or any(ord(ch) > 255 for ch in json.dumps(doc["supplier"], ensure_ascii=False) + "".join(i["desc"] for i in doc["items"]))


def render_rl_canvas(doc, out, compress=0):
    """Wholesaler ERP print: plain canvas, core fonts where possible (text remains editable)."""
    cjk = doc["lang"] in ("ja", "zh")
    F, FB = ("WQY", "WQY") if cjk else (("DejaVu", "DejaVu-Bold") if needs_unicode(doc) else ("Helvetica", "Helvetica-Bold"))
    size = LETTER if doc["sup"] == "cedar" else A4
    W, H = size
    c = rlcanvas.Canvas(out, pagesize=size, pageCompression=compress, invariant=1)
    c.setAuthor(doc["supplier"]["name"]); c.setTitle(f"{title(doc)} {doc['number']}"); c.setCreator("WaWi-Druck 4.2")
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    rows = item_rows(doc)
    per_page = 34
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    npages = len(chunks)
    for pno, chunk in enumerate(chunks, 1):
        c.setFont(FB, 15); c.drawString(50, H - 60, s["name"])
        c.setFont(F, 8)
        c.drawString(50, H - 74, " · ".join(s["lines"]) + "  ·  " + s["vat"])
        c.line(50, H - 82, W - 50, H - 82)
        y = H - 110
        if pno == 1:
            c.setFont(F, 7); c.drawString(50, y + 8, s["name"] + ", " + s["lines"][0])
            c.setFont(F, 10)
            for ln in [b["name"]] + b["lines"] + [b["vat"]]:
                c.drawString(50, y - 8, ln); y -= 13
            my = H - 110
            for k, v in meta(doc):
                c.setFont(F, 9); c.drawString(W - 230, my, k + ":"); c.drawRightString(W - 50, my, v); my -= 13
            y = min(y, my) - 25
            c.setFont(FB, 14); c.drawString(50, y, f"{title(doc)} {doc['number']}"); y -= 25
        else:
            c.setFont(F, 9); c.drawString(50, y, f"{title(doc)} {doc['number']} – {t['carried']}"); y -= 20
        cols = [50, 75, 330, 380, 420, 480] if doc["priced"] else [50, 75, 380, 420, 470, 540]
        c.setFont(FB, 8.5)
        hd = heads(doc)
        for j, h in enumerate(hd):
            if j in (2, 4, 5):
                c.drawRightString((cols[j + 1] - 5) if j < 5 else W - 50, y, h)
            else:
                c.drawString(cols[j], y, h)
        c.line(50, y - 4, W - 50, y - 4); y -= 16
        c.setFont(F, 8.5)
        for r in chunk:
            for j, v in enumerate(r):
                if j in (2, 4, 5):
                    c.drawRightString((cols[j + 1] - 5) if j < 5 else W - 50, y, v)
                else:
                    txt = v if c.stringWidth(v, F, 8.5) < (cols[2] - cols[1] - 10 if j == 1 else 200) else v[:48] + "…"
                    c.drawString(cols[j], y, txt)
            y -= 14
        c.line(50, y + 8, W - 50, y + 8)
        if pno == npages:
            y -= 8
            for k, v in summary(doc):
                bold = k == t["total"]
                c.setFont(FB if bold else F, 10 if bold else 9)
                c.drawString(W - 260, y, k); c.drawRightString(W - 50, y, v); y -= 15
            y -= 15
            c.setFont(F, 8.5)
            for n in notes(doc):
                c.drawString(50, y, n[:110]); y -= 12
        c.setFont(F, 7)
        c.drawString(50, 40, s.get("bank", "")); c.drawString(50, 30, s.get("extra", ""))
        c.drawRightString(W - 50, 30, f"{t['page']} {pno} {t['of']} {npages}")
        c.showPage()
    c.save()


def render_fpdf(doc, out):
    """Small-business desktop program style via fpdf2 (boxed header, grey table)."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 25)
    pdf.core_fonts_encoding = "windows-1252"
    uni = needs_unicode(doc)
    if uni:
        if doc["lang"] in ("ja", "zh"):
            pdf.add_font("U", "", WQY); pdf.add_font("U", "B", WQY)
        else:
            pdf.add_font("U", "", DEJAVU); pdf.add_font("U", "B", DEJAVU_B)
        fam = "U"
    else:
        fam = "Helvetica"
    pdf.set_creator("Fakturierung Pro 11"); pdf.set_author(doc["supplier"]["name"])
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    npages_hint = {"v": 0}
    orig_footer = pdf.footer

    class P(FPDF):
        pass
    pdf.alias_nb_pages()

    def footer():
        pdf.set_y(-18); pdf.set_font(fam, "", 7)
        pdf.cell(0, 4, s.get("bank", ""), new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 4, f"{s.get('extra','')}    {t['page']} {pdf.page_no()} {t['of']} {{nb}}")
    pdf.footer = footer
    pdf.add_page()
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font(fam, "B", 13); pdf.cell(110, 8, s["name"])
    pdf.set_font(fam, "B", 17); pdf.cell(0, 8, title(doc), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8)
    for ln in s["lines"] + [s["vat"]]:
        pdf.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    y0 = pdf.get_y()
    pdf.set_font(fam, "B", 8); pdf.cell(90, 5, t["to"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 10)
    for ln in [b["name"]] + b["lines"] + [b["vat"]]:
        pdf.cell(90, 5, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(120, y0)
    for k, v in meta(doc):
        pdf.set_x(120); pdf.set_font(fam, "", 9); pdf.cell(35, 5.5, k, border=1, fill=True); pdf.cell(35, 5.5, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 8)
    w = [10, 85, 18, 15, 26, 26] if doc["priced"] else [10, 110, 20, 20, 30, 0]
    pdf.set_font(fam, "B", 8.5)

    def header_row():
        for j, h in enumerate(heads(doc)):
            if w[j]:
                pdf.cell(w[j], 7, h, border=1, fill=True, align="C")
        pdf.ln()
    header_row()
    pdf.set_font(fam, "", 8.5)
    for r in item_rows(doc):
        if pdf.get_y() > 255:
            pdf.add_page(); pdf.set_font(fam, "B", 8.5); header_row(); pdf.set_font(fam, "", 8.5)
        for j, v in enumerate(r):
            if w[j]:
                txt = v
                while pdf.get_string_width(txt) > w[j] - 2 and len(txt) > 5:
                    txt = txt[:-2]
                pdf.cell(w[j], 6, txt, border="LR" if j != 5 else "LR", align="R" if j in (2, 4, 5) else "L")
        pdf.ln()
    pdf.cell(sum(w), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in summary(doc):
        bold = k == t["total"]
        pdf.set_font(fam, "B" if bold else "", 10 if bold else 9)
        pdf.set_x(110); pdf.cell(50, 6, k, border="T" if bold else 0); pdf.cell(30, 6, v, align="R", border="T" if bold else 0, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font(fam, "", 8.5)
    for n in notes(doc):
        pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


def render_platypus(doc, out):
    """Invoice module of a web shop system: ReportLab platypus, serif, table flows over pages."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    cjk = doc["lang"] in ("ja", "zh")
    F = "WQY" if cjk else "DejaVuSerif"
    FB = "WQY" if cjk else "DejaVu-Bold"
    st = ParagraphStyle("n", fontName=F, fontSize=9, leading=11.5)
    sth = ParagraphStyle("h", fontName=FB, fontSize=18, leading=22, textColor=colors.HexColor("#7a1f2b"))
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    story = [Paragraph(s["name"], ParagraphStyle("s", fontName=FB, fontSize=12, leading=15)),
             Paragraph("<br/>".join(s["lines"] + [s["vat"]]), st), Spacer(1, 8 * mm)]
    left = Paragraph("<b>%s</b><br/>%s" % (t["to"], "<br/>".join([b["name"]] + b["lines"] + [b["vat"]])), st)
    right = Table([[k, v] for k, v in meta(doc)], colWidths=[35 * mm, 40 * mm])
    right.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    top = Table([[left, right]], colWidths=[95 * mm, 80 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [top, Spacer(1, 8 * mm), Paragraph(title(doc), sth), Spacer(1, 4 * mm)]
    data = [heads(doc)] + [[r[0], Paragraph(r[1], st)] + r[2:] for r in item_rows(doc)]
    cw = [10 * mm, 80 * mm, 18 * mm, 15 * mm, 25 * mm, 27 * mm]
    tb = Table(data, colWidths=cw, repeatRows=1)
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#7a1f2b")),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6eeee")]),
                            ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("ALIGN", (4, 0), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tb, Spacer(1, 5 * mm)]
    sm = summary(doc)
    if sm:
        stb = Table(sm, colWidths=[50 * mm, 35 * mm], hAlign="RIGHT")
        stb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5), ("FONT", (0, -1), (-1, -1), FB, 11),
                                 ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
        story += [stb, Spacer(1, 6 * mm)]
    for n in notes(doc):
        story.append(Paragraph(n, st))

    def later(cv, dd):
        cv.saveState(); cv.setFont(F, 7)
        cv.drawString(18 * mm, 12 * mm, s.get("bank", "") + "   " + s.get("extra", ""))
        cv.drawRightString(192 * mm, 12 * mm, f"{t['page']} {dd.page}")
        cv.restoreState()
    sd = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
                           title=f"{title(doc)} {doc['number']}", author=s["name"], creator="ShopSuite Belegdruck")
    sd.build(story, onFirstPage=later, onLaterPages=later)


# ---- HTML (accounting software look-alikes)
CSS = {
 "ledgerline": """  /* sober, DATEV-ish */
  @page { size: A4; margin: 18mm 16mm 22mm 20mm; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color:#111; }
  .sender-small { font-size:7pt; text-decoration: underline; margin-top: 28mm; }
  .addr { height: 32mm; font-size:10pt; }
  .head { display:flex; justify-content: space-between; }
  .logo { font-size: 15pt; font-weight: bold; letter-spacing: 1px; }
  table.meta td { padding: 1px 6px; }
  h1 { font-size: 13pt; margin: 8mm 0 4mm; }
  table.items { width:100%; border-collapse: collapse; }
  table.items th { border-bottom: 1.2px solid #000; text-align:left; font-weight: bold; padding: 3px; }
  table.items td { border-bottom: 0.4px solid #bbb; padding: 3px; }
  .r { text-align: right; white-space: nowrap; }
  table.sum { margin-left: auto; margin-top: 4mm; border-collapse: collapse; }
  table.sum td { padding: 2px 6px; } table.sum tr.tot td { border-top: 1px solid #000; border-bottom: 3px double #000; font-weight:bold; }
  .foot { font-size: 7pt; color:#444; border-top: 0.5px solid #999; margin-top: 10mm; padding-top: 2mm; }
""",
 "cloudbook": """  /* modern, blue accent, lexoffice-ish */
  @page { size: A4; margin: 14mm 14mm 20mm 14mm; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color:#253040; }
  .logo { font-size: 20pt; color:#1463d6; font-weight: bold; }
  .head { display:flex; justify-content: space-between; align-items: flex-start; }
  .sender-small { font-size:7pt; color:#7a8595; margin-top: 14mm; }
  .addr { font-size:10pt; margin-bottom: 6mm; }
  table.meta { background:#f0f5fc; border-radius: 4px; } table.meta td { padding: 3px 8px; }
  h1 { font-size: 17pt; color:#1463d6; font-weight: normal; margin: 6mm 0 3mm; }
  table.items { width:100%; border-collapse: collapse; }
  table.items th { background:#1463d6; color:#fff; text-align:left; padding: 5px; font-weight: normal; }
  table.items td { padding: 5px; border-bottom: 1px solid #e3e9f2; }
  .r { text-align: right; white-space: nowrap; }
  table.sum { margin-left: auto; margin-top: 4mm; min-width: 70mm; } table.sum td { padding: 3px 6px; }
  table.sum tr.tot td { background:#1463d6; color:#fff; font-weight:bold; font-size: 11pt; }
  .foot { font-size: 7pt; color:#7a8595; margin-top: 12mm; columns: 2; }
""",
 "greenbooks": """  /* sevDesk-ish cards, green */
  @page { size: A4; margin: 12mm; }
  body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9pt; color:#222; }
  .head { display:flex; justify-content: space-between; border-bottom: 4px solid #2e9e6a; padding-bottom: 3mm; }
  .logo { font-size: 16pt; font-weight: bold; color:#2e9e6a; }
  .sender-small { font-size:7pt; margin-top: 6mm; color:#666; }
  .addr { font-size:10pt; border-left: 3px solid #2e9e6a; padding-left: 3mm; margin: 3mm 0 6mm; }
  table.meta td { padding: 2px 6px; border-bottom: 1px dotted #aaa; }
  h1 { font-size: 15pt; margin: 6mm 0 3mm; text-transform: uppercase; letter-spacing: 2px; }
  table.items { width:100%; border-collapse: separate; border-spacing: 0 2px; }
  table.items th { text-align:left; color:#2e9e6a; border-bottom: 2px solid #2e9e6a; padding: 4px; }
  table.items td { background:#f3faf6; padding: 4px; }
  .r { text-align: right; white-space: nowrap; }
  table.sum { margin-left: auto; margin-top: 5mm; } table.sum td { padding: 2px 8px; }
  table.sum tr.tot td { font-weight:bold; font-size: 12pt; color:#2e9e6a; border-top: 2px solid #2e9e6a; }
  .foot { font-size: 7pt; color:#555; margin-top: 10mm; background:#f3faf6; padding: 2mm; }
""",
}


def esc(x):
    return str(x).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(doc, style):
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    css = CSS[style]
    if doc["lang"] in ("ja", "zh"):
        css = css.replace("'DejaVu Sans'", "'WenQuanYi Micro Hei', 'DejaVu Sans'")
    h = [f"<!DOCTYPE html><html lang='{doc['lang']}'><head><meta charset='utf-8'><title>{esc(title(doc))} {esc(doc['number'])}</title><style>{css}</style></head><body>"]
    h.append(f"<div class='head'><div><div class='logo'>{esc(s['name'])}</div><div>{'<br>'.join(map(esc, s['lines']))}</div></div>")
    h.append("<table class='meta'>" + "".join(f"<tr><td>{esc(k)}</td><td class='r'>{esc(v)}</td></tr>" for k, v in meta(doc)) + "</table></div>")
    h.append(f"<div class='sender-small'>{esc(s['name'])} · {esc(s['lines'][0])} · {esc(s['lines'][1])}</div>")
    h.append("<div class='addr'>" + "<br>".join(map(esc, [b["name"]] + b["lines"] + [b["vat"]])) + "</div>")
    h.append(f"<h1>{esc(title(doc))} {esc(doc['number'])}</h1>")
    hd = heads(doc)
    h.append("<table class='items'><thead><tr>" + "".join(f"<th class='{'r' if j in (2,4,5) else ''}'>{esc(x)}</th>" for j, x in enumerate(hd)) + "</tr></thead><tbody>")
    for r in item_rows(doc):
        h.append("<tr>" + "".join(f"<td class='{'r' if j in (2,4,5) else ''}'>{esc(x)}</td>" for j, x in enumerate(r)) + "</tr>")
    h.append("</tbody></table>")
    sm = summary(doc)
    if sm:
        h.append("<table class='sum'>" + "".join(
            f"<tr class='{'tot' if k == t['total'] else ''}'><td>{esc(k)}</td><td class='r'>{esc(v)}</td></tr>" for k, v in sm) + "</table>")
    h.append("<div>" + "".join(f"<p>{esc(n)}</p>" for n in notes(doc)) + "</div>")
    h.append(f"<div class='foot'>{esc(s['name'])} · {esc(s['vat'])}<br>{esc(s.get('extra',''))}<br>{esc(s.get('bank',''))}</div>")
    h.append("</body></html>")
    return "".join(h)


def render_weasy(doc, out, style):
    import weasyprint
    weasyprint.HTML(string=html_doc(doc, style)).write_pdf(out)


def render_chromium(doc, out, style):
    hp = out[:-4] + ".html"
    with open(hp, "w") as f:
        f.write(html_doc(doc, style))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---- spreadsheet (flat ODS written by hand) -> soffice
def fods_doc(doc):
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    lc = {"de": ("de", "DE"), "nl": ("nl", "NL"), "fr": ("fr", "FR"), "pl": ("pl", "PL"), "en": ("en", "GB"), "it": ("it", "IT"),
          "es": ("es", "ES"), "ja": ("ja", "JP"), "zh": ("zh", "CN")}[doc["lang"]]
    dec = 0 if doc["currency"] == "JPY" else 2
    rows = []

    def srow(*cells, style=None):
        rows.append(("s", cells, style))
    srow(s["name"], style="big")
    for ln in s["lines"] + [s["vat"]]:
        srow(ln)
    srow("")
    srow(t["to"], style="b")
    for ln in [b["name"]] + b["lines"] + [b["vat"]]:
        srow(ln)
    srow("")
    for k, v in meta(doc):
        srow("", k, v)
    srow("")
    srow(title(doc) + " " + doc["number"], style="big")
    srow(*heads(doc)[:6], style="b")
    first = len(rows) + 1
    for i, it in enumerate(doc["items"], 1):
        rows.append(("item", (i, it), None))
    last = len(rows)
    srow("")
    for k, v in summary(doc):
        rows.append(("sum", (k, v), None))
    for n in notes(doc):
        srow(n)
    # xml
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
         'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
         '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt" '
         f'fo:language="{lc[0]}" fo:country="{lc[1]}"/></style:default-style></office:styles>',
         '<office:automatic-styles>',
         f'<number:number-style style:name="N2" number:language="{lc[0]}" number:country="{lc[1]}"><number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
         f'<number:number-style style:name="N0" number:language="{lc[0]}" number:country="{lc[1]}"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
         '<style:style style:name="cN" style:family="table-cell" style:data-style-name="N2"/>',
         '<style:style style:name="cQ" style:family="table-cell" style:data-style-name="N0"/>',
         '<style:style style:name="cB" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>',
         '<style:style style:name="cBig" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>',
         '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.0cm"/></style:style>',
         '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>',
         '<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>',
         '<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>',
         '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="%s">',
         '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="2"/>'
         '<table:table-column table:style-name="co4" table:number-columns-repeated="2"/>']

    def sc(v, st=None):
        a = f' table:style-name="{st}"' if st else ""
        return f'<table:table-cell office:value-type="string"{a}><text:p>{esc(v)}</text:p></table:table-cell>'

    def nc(v, st="cN", formula=None):
        f = f' table:formula="{formula}"' if formula else ""
        return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"{f}><text:p>{v}</text:p></table:table-cell>'
    rn = 0
    for kind, cells, style in rows:
        rn += 1
        if kind == "s":
            st = {"big": "cBig", "b": "cB"}.get(style)
            X.append("<table:table-row>" + "".join(sc(c, st) for c in cells) + "</table:table-row>")
        elif kind == "item":
            i, it = cells
            if doc["priced"]:
                f = None if doc["err"] and doc.get("err_kind") == "line" else f"of:=[.C{rn}]*[.E{rn}]"
                X.append("<table:table-row>" + f'<table:table-cell office:value-type="float" office:value="{i}"><text:p>{i}</text:p></table:table-cell>'
                         + sc(it["desc"]) + nc(it["qty"], "cQ") + sc(it["unit"]) + nc(it["price"]) + nc(it["line"], formula=f) + "</table:table-row>")
            else:
                X.append("<table:table-row>" + sc(str(i)) + sc(it["desc"]) + nc(it["qty"], "cQ") + sc(it["unit"]) + sc(it["sku"]) + "</table:table-row>")
        else:
            k, v = cells
            # print the summary as text (already currency-formatted) in col E/F
            X.append("<table:table-row><table:table-cell table:number-columns-repeated=\"4\"/>" + sc(k, "cB" if k == t["total"] else None)
                     + sc(v, "cB" if k == t["total"] else None) + "</table:table-row>")
    X.append("</table:table></office:spreadsheet></office:body></office:document>")
    return "\n".join(X).replace('table:name="%s"', 'table:name="%s"' % esc(title(doc).split(" ")[0][:28]), 1)


def docx_doc(doc, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    s, b, t = doc["supplier"], doc["buyer"], T[doc["lang"]]
    d = docx.Document()
    sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2)
    stl = d.styles["Normal"]; stl.font.name = "Liberation Serif" if doc["lang"] not in ("ja", "zh") else "WenQuanYi Micro Hei"; stl.font.size = Pt(10)
    p = d.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x33, 0x44, 0x66)
    d.add_paragraph(" | ".join(s["lines"] + [s["vat"]])).runs[0].font.size = Pt(8)
    d.add_paragraph("\n".join([b["name"]] + b["lines"] + [b["vat"]]))
    for k, v in meta(doc):
        pp = d.add_paragraph(f"{k}: {v}"); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; pp.paragraph_format.space_after = Pt(0)
    h = d.add_paragraph(); rr = h.add_run(title(doc)); rr.bold = True; rr.font.size = Pt(14)
    if doc["doc_type"] == "other" and doc.get("letter"):
        for para in doc["letter"]:
            d.add_paragraph(para)
    else:
        rows = item_rows(doc)
        hd = heads(doc)
        ncol = 6 if doc["priced"] else 5
        tb = d.add_table(rows=1, cols=ncol); tb.style = "Table Grid"; tb.autofit = False
        for j in range(ncol):
            tb.rows[0].cells[j].text = hd[j]
        for rrow in rows:
            cells = tb.add_row().cells
            for j in range(ncol):
                cells[j].text = rrow[j]
                if j in (2, 4, 5): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row, wd in zip(range(ncol), [1.0, 7.2, 1.6, 1.4, 2.2, 2.4]):
            tb.columns[row].width = Cm(wd)
            for cell in tb.columns[row].cells:
                cell.width = Cm(wd)
        for k, v in summary(doc):
            pp = d.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; pp.paragraph_format.space_after = Pt(0)
            ru = pp.add_run(f"{k}:  {v}"); ru.bold = (k == t["total"])
        for n in notes(doc):
            d.add_paragraph(n)
    if s.get("bank"):
        d.add_paragraph(s["bank"]).runs[0].font.size = Pt(7)
    d.core_properties.author = doc.get("author", "Büro")
    d.save(path)


# ----------------------------------------------------------------- scans / photos
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageEnhance
import numpy as np
import pypdfium2 as pdfium


def render_pages(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path)
    ims = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    sizes = [pdf[i].get_size() for i in range(len(pdf))]
    pdf.close()
    return ims, sizes


def scan_degrade(im, rng, strength=1.0):
    """copier scan: slight rotation, grey paper, noise, blur, downscale. Returns image and point-mapper."""
    w, h = im.size
    ang = rng.uniform(-1.4, 1.4) * strength
    g = rng.randint(228, 246)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=(g, g, g - 3))
    arr = np.asarray(im).astype(np.float32)
    arr = arr * (g / 255.0) + rng.uniform(0, 8)
    arr += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6 * strength, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6 * strength))
    f = rng.choice([0.75, 0.8, 0.9, 1.0])
    im2 = im.resize((int(w * f), int(h * f)), Image.BILINEAR)
    th = math.radians(ang); cx, cy = w / 2, h / 2

    def mp(x, y):
        dx, dy = x - cx, y - cy
        xr = cx + dx * math.cos(th) + dy * math.sin(th)
        yr = cy - dx * math.sin(th) + dy * math.cos(th)
        return xr * f, yr * f
    return im2, mp


def photo_degrade(im, rng):
    """phone photo: perspective, uneven light, shadow, table background, jpeg."""
    import cv2
    w, h = im.size
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda a: rng.uniform(0.01, a)
    pad = 0.08
    dst = np.float32([[w * (pad + j(0.06)), h * (pad * 0.6 + j(0.04))], [w * (1 + pad - j(0.06)), h * (pad * 0.6 + j(0.05))],
                      [w * (1 + pad + j(0.03)), h * (1 + pad * 0.6 - j(0.03))], [w * (pad - j(0.05)), h * (1 + pad * 0.6 + j(0.02))]])
    W2, H2 = int(w * (1 + 2 * pad)), int(h * (1 + 1.2 * pad))
    M = cv2.getPerspectiveTransform(src, dst)
    bgc = rng.choice([(92, 74, 58), (120, 118, 112), (70, 78, 90), (160, 150, 130)])
    arr = cv2.warpPerspective(np.asarray(im), M, (W2, H2), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bgc)
    arr = arr.astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    lx, ly = rng.uniform(0, W2), rng.uniform(0, H2 * 0.5)
    light = 1.05 - 0.35 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W2, H2)
    # soft shadow of the phone / hand across one corner
    sx = rng.uniform(0.3, 0.7) * W2
    shadow = 1 - 0.28 * (1 / (1 + np.exp(-(xx + yy * rng.uniform(0.3, 0.9) - sx - H2 * 0.4) / 60.0)))
    arr = arr * (light * shadow)[..., None]
    arr[..., 2] *= 0.94; arr[..., 0] *= 1.02  # warm white balance
    arr += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.8))
    f = rng.choice([0.7, 0.8])
    out = out.resize((int(W2 * f), int(H2 * f)), Image.BILINEAR)

    def mp(x, y):
        p = cv2.perspectiveTransform(np.float32([[[x, y]]]), M)[0, 0]
        return float(p[0]) * f, float(p[1]) * f
    return out, mp


def save_images_as_pdf(ims, out, dpi):
    ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], quality=70)


# ----------------------------------------------------------------- plan
LABELS = []
GEN = {}   # file -> info for edits


def pages_of(path):
    from pypdf import PdfReader
    if path.endswith(".pdf"):
        return len(PdfReader(path).pages)
    return 1


def add_label(fname, doc, producer, genuine=True, edit_method=None, what=None, date_s=None, total=None, buyer=None,
              supplier=None, ebc=False, pages=None, extra=None):
    lab = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer,
               language=doc["lang"], is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note"),
               doc_type=doc["doc_type"], date=date_s or doc["date"].isoformat(),
               total=(total if total is not None else (str(doc["total"] if doc["currency"] != "JPY" else int(doc["total"])) if (doc["priced"] and doc.get("total") is not None) else None)),
               currency=doc["currency"] if doc["priced"] else None,
               supplier=supplier or (doc["supplier"]["name"] if doc["doc_type"] != "purchase_order" else doc["supplier"]["name"]),
               buyer=buyer or doc["buyer"]["name"], pages=pages or pages_of(os.path.join(FILES, fname)),
               edit_before_capture=ebc, arithmetic_error=bool(doc["err"]) and genuine)
    if lab["total"] is not None and doc["currency"] != "JPY" and "." not in lab["total"]:
        lab["total"] += ".00"
    if extra:
        lab.update(extra)
    LABELS.append(lab)
    return lab


def plan():
    """returns list of (doc, producer) for genuine documents."""
    P = []
    V = lambda x: D(x)
    # --- German wholesalers (domestic, 19%)
    de_sups = ["kranich", "hanse", "wendt", "moosgruen", "allgaeu"]
    prods_de = ["rl_canvas", "fpdf2", "platypus", "weasy_ledgerline", "weasy_cloudbook", "chromium_greenbooks", "chromium_ledgerline",
                "weasy_greenbooks", "chromium_cloudbook", "lo_calc", "lo_writer"]
    for i in range(36):
        sp = de_sups[i % 5]
        n = R.choice([1, 2, 3, 4, 5, 6]) if i % 9 else R.choice([30, 38, 45])
        doc = make_doc(sp, "de", vat=V(19) if i % 11 else V(7), n_items=n, ship=R.choice([None, None, D("14.90"), D("39.00")]),
                       disc=R.choice([None, None, None, 3, 5]), datefmt=R.choice(["de", "de", "de", "long-de", "iso"]))
        P.append((doc, prods_de[i % len(prods_de)]))
    # --- Polish manufacturer
    for i in range(14):
        cur = "PLN" if i % 3 == 0 else "EUR"
        vat = V(23) if cur == "PLN" else V(0)
        doc = make_doc("warta", "pl", vat=vat, currency=cur, n_items=R.choice([2, 3, 5, 8, 33]) if i % 5 else 40,
                       ship=R.choice([None, D("350.00") if cur == "PLN" else D("85.00")]), datefmt=R.choice(["iso", "de", "de"]))
        if cur == "PLN": doc["buyer"] = ELB_PL; doc["isosym"] = R.random() < 0.5
        P.append((doc, ["fpdf2", "platypus", "weasy_ledgerline", "rl_canvas", "lo_calc", "chromium_cloudbook", "lo_writer"][i % 7]))
    # --- Dutch
    for i in range(11):
        sp = ["vandijk", "zeeuws"][i % 2]
        vat = V(21) if i % 2 else V(0)
        doc = make_doc(sp, "nl", vat=vat, n_items=R.choice([1, 3, 4, 6]), datefmt=R.choice(["nl-", "long-nl"]), disc=R.choice([None, 2]),
                       ship=R.choice([None, D("12.50")]))
        doc["sympos"] = "before"
        P.append((doc, ["weasy_cloudbook", "fpdf2", "chromium_greenbooks", "lo_calc", "rl_canvas", "platypus"][i % 6]))
    # --- French
    for i in range(11):
        sp = ["morvan", "lyonquin"][i % 2]
        doc = make_doc(sp, "fr", vat=V(20) if i % 3 else V(0), n_items=R.choice([2, 3, 5]), datefmt=R.choice(["long-fr", "eu/"]),
                       ship=R.choice([None, D("18.00")]))
        P.append((doc, ["platypus", "weasy_greenbooks", "lo_writer", "fpdf2", "chromium_ledgerline", "rl_canvas"][i % 6]))
    # --- UK / US
    for i in range(8):
        doc = make_doc("pennine", "en", vat=V(0), currency="GBP", n_items=R.choice([2, 4, 6, 28]), datefmt=R.choice(["uk", "eu/"]),
                       ship=R.choice([None, D("45.00")]))
        doc["sympos"] = "before"
        if i % 4 == 1: doc["doc_type"] = "tax_invoice"
        P.append((doc, ["rl_canvas", "weasy_ledgerline", "fpdf2", "lo_calc"][i % 4]))
    for i in range(8):
        doc = make_doc("cedar", "en", vat=V(0), currency="USD", n_items=R.choice([1, 2, 3, 4]), datefmt=R.choice(["us", "usl"]),
                       ship=R.choice([D("120.00"), D("265.00"), None]), numfmt="en")
        doc["sympos"] = "before"; doc["isosym"] = i % 3 == 0
        P.append((doc, ["chromium_cloudbook", "platypus", "rl_canvas", "lo_writer"][i % 4]))
    # --- Chinese
    for i in range(6):
        if i < 2:
            doc = make_doc("hailan", "zh", doc_type="tax_invoice", vat=V(13), currency="CNY", n_items=R.choice([2, 3, 4]), buyer=CN_BUYER)
        else:
            doc = make_doc("hailan", "zh", vat=V(0), currency="USD", n_items=R.choice([3, 4, 5]), datefmt=R.choice(["cjk", "iso", "ymd/"]))
            doc["isosym"] = True; doc["sympos"] = "before"
        P.append((doc, ["rl_fapiao", "rl_fapiao", "weasy_cloudbook", "fpdf2", "chromium_ledgerline", "lo_calc"][i]))
    # --- Japanese
    for i in range(6):
        doc = make_doc("minatoya", "ja", vat=V(10) if i % 2 else V(0), currency="JPY", n_items=R.choice([2, 3, 4]),
                       datefmt=R.choice(["cjk", "ymd/"]))
        doc["sympos"] = "before"
        if i == 3: doc["doc_type"] = "tax_invoice"
        P.append((doc, ["weasy_ledgerline", "platypus", "rl_canvas", "chromium_greenbooks", "fpdf2", "lo_writer"][i]))
    # --- Italian / Spanish
    for i in range(5):
        doc = make_doc("valbrenta", "it", vat=V(0) if i % 2 else V(22), n_items=R.choice([2, 3, 4]), ship=R.choice([None, D("25.00")]))
        P.append((doc, ["fpdf2", "weasy_greenbooks", "rl_canvas", "lo_calc", "platypus"][i]))
    for i in range(5):
        doc = make_doc("turia", "es", vat=V(0) if i % 2 else V(21), n_items=R.choice([2, 3, 5]), disc=R.choice([None, 4]))
        P.append((doc, ["platypus", "chromium_cloudbook", "fpdf2", "lo_writer", "rl_canvas"][i]))
    # --- receipts / credit notes / proforma (invoice-like)
    d = make_doc("allgaeu", "de", doc_type="receipt", vat=V(19), n_items=2); P.append((d, "fpdf2"))
    d = make_doc("kranich", "de", doc_type="credit_note", vat=V(19), n_items=2); P.append((d, "weasy_ledgerline"))
    d = make_doc("warta", "pl", doc_type="credit_note", vat=V(0), n_items=1); P.append((d, "rl_canvas"))
    d = make_doc("hailan", "zh", doc_type="proforma", vat=V(0), currency="USD", n_items=4); d["isosym"] = True; d["sympos"] = "before"; P.append((d, "lo_calc"))
    d = make_doc("pennine", "en", doc_type="proforma", vat=V(0), currency="GBP", n_items=3); d["sympos"] = "before"; P.append((d, "chromium_greenbooks"))
    # --- not invoices
    ni = [("hailan", "zh", "packing_list", "rl_canvas", False, "USD"), ("warta", "pl", "packing_list", "fpdf2", False, "EUR"),
          ("kranich", "de", "purchase_order", "lo_writer", True, "EUR"), ("pennine", "en", "purchase_order", "weasy_cloudbook", True, "GBP"),
          ("warta", "pl", "quotation", "platypus", True, "EUR"), ("valbrenta", "it", "quotation", "weasy_greenbooks", True, "EUR"),
          ("hanse", "de", "delivery_note", "rl_canvas", False, "EUR"), ("morvan", "fr", "delivery_note", "fpdf2", False, "EUR"),
          ("vandijk", "nl", "other", "lo_calc", True, "EUR"), ("wendt", "de", "other", "lo_writer", False, "EUR")]
    for sp, lg, dt, pr, priced, cur in ni:
        d = make_doc(sp, lg, doc_type=dt, vat=D(19) if (dt == "purchase_order" and lg == "de") else D(0), currency=cur, n_items=R.choice([3, 4, 6]), priced=priced)
        if dt == "purchase_order":  # our own PO to the supplier: we are the buyer, document issued by us
            d["issuer_is_buyer"] = True
        if dt == "other" and not priced:
            d["letter"] = ["Sehr geehrte Damen und Herren,",
                           "hiermit bestätigen wir, dass die Elbstrand Handels GmbH seit März 2024 regelmäßig Werkzeuge und Messwerkzeuge bei uns bezieht. "
                           "Die Ware stammt aus unserem Lagerbestand in Kassel und wird von uns direkt bei den Herstellern eingekauft.",
                           "Diese Bestätigung dient zur Vorlage bei Amazon EU S.à r.l.", "Mit freundlichen Grüßen", "Dietmar Wendt"]
            d["doc_subtype"] = "letter"
        if dt == "other" and priced:
            d["doc_subtype"] = "price_list"; d["total"] = None
        P.append((d, pr))
    # arithmetic errors in 8 genuine-looking invoices
    cands = [i for i, (d, p) in enumerate(P) if d["doc_type"] in ("invoice", "tax_invoice") and len(d["items"]) >= 2 and len(d["items"]) < 20 and d["currency"] != "JPY"]
    for i in R.sample(cands, 8):
        d = P[i][0]; d["err"] = True
        for it in d["items"]:
            pass
        compute(d)
    return P


def cn_upper(v):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    v = D(v).quantize(D("0.01"))
    yuan = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += digits[d] + units[i]
        return s
    parts = []
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan: s += four(wan) + "万"
    if rest:
        if wan and rest < 1000: s += "零"
        s += four(rest)
    s = (s or "零") + "圆"
    if jiao == 0 and fen == 0: return s + "整"
    s += (digits[jiao] + "角") if jiao else "零"
    if fen: s += digits[fen] + "分"
    return s


def render_fapiao(doc, out):
    """增值税普通发票-style layout (invented issuer, own design)."""
    W, H = 680, 470
    c = rlcanvas.Canvas(out, pagesize=(W, H), invariant=1)
    c.setCreator("开票系统 V3.1")
    brown = (0.55, 0.27, 0.1)
    c.setFillColorRGB(*brown); c.setStrokeColorRGB(*brown)
    c.setFont("WQY", 20); c.drawCentredString(W / 2, H - 45, "浙江增值税普通发票")
    c.setLineWidth(0.8); c.line(W / 2 - 120, H - 52, W / 2 + 120, H - 52); c.line(W / 2 - 120, H - 55, W / 2 + 120, H - 55)
    c.setFont("WQY", 8)
    c.circle(W / 2, H - 80, 20); c.drawCentredString(W / 2, H - 83, "监制")
    c.setFont("WQY", 9)
    c.drawString(W - 190, H - 40, "发票代码 033002100211"); c.drawString(W - 190, H - 54, "发票号码 " + doc["number"][-8:])
    c.drawString(W - 190, H - 68, "开票日期 " + fmt_date(doc["date"], "cjk"))
    c.drawString(W - 190, H - 82, "校 验 码 %05d %05d %05d" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 99999)))
    x0, x1 = 30, W - 30
    top = H - 100
    c.rect(x0, 40, x1 - x0, top - 40)
    b, s = doc["buyer"], doc["supplier"]
    c.line(x0, top - 62, x1, top - 62)
    c.line(x0 + 22, top, x0 + 22, top - 62)
    c.drawString(x0 + 5, top - 22, "购"); c.drawString(x0 + 5, top - 36, "买"); c.drawString(x0 + 5, top - 50, "方")
    c.setFillColorRGB(0, 0, 0.3)
    for i, (k, v) in enumerate([("名        称：", b["name"]), ("纳税人识别号：", b["vat"].split()[-1]), ("地址、电话：", b["lines"][0] + " 0574-86" + str(R.randint(100000, 999999))),
                                ("开户行及账号：", "工商银行北仑支行 3901 1400 0920 " + str(R.randint(1000, 9999)))]):
        c.setFillColorRGB(*brown); c.drawString(x0 + 28, top - 14 - i * 14, k)
        c.setFillColorRGB(0.1, 0.1, 0.25); c.drawString(x0 + 100, top - 14 - i * 14, v)
    c.setFillColorRGB(*brown)
    cols = [x0, x0 + 200, x0 + 270, x0 + 305, x0 + 360, x0 + 430, x0 + 510, x0 + 545, x1]
    hd = ["货物或应税劳务、服务名称", "规格型号", "单位", "数 量", "单 价", "金 额", "税率", "税 额"]
    y = top - 76
    for j, h in enumerate(hd):
        c.drawCentredString((cols[j] + cols[j + 1]) / 2, y, h)
    c.setFillColorRGB(0.1, 0.1, 0.25)
    y -= 16
    for it in doc["items"]:
        tax = q2(it["line"] * doc["vat"] / 100)
        c.drawString(cols[0] + 4, y, "*日用杂品*" + it["desc"].split(" / ")[0])
        c.drawString(cols[1] + 4, y, it["sku"]); c.drawCentredString((cols[2] + cols[3]) / 2, y, it["unit"])
        c.drawRightString(cols[4] - 4, y, str(it["qty"])); c.drawRightString(cols[5] - 4, y, fmt_num(it["price"], "en"))
        c.drawRightString(cols[6] - 4, y, fmt_num(it["line"], "en")); c.drawCentredString((cols[6] + cols[7]) / 2, y, f"{doc['vat']}%")
        c.drawRightString(cols[8] - 4, y, fmt_num(tax, "en"))
        y -= 15
    ysum = top - 210
    c.setStrokeColorRGB(*brown); c.line(x0, ysum - 6, x1, ysum - 6)
    c.setFillColorRGB(*brown); c.drawCentredString((cols[0] + cols[1]) / 2, ysum + 2, "合      计")
    c.setFillColorRGB(0.1, 0.1, 0.25)
    c.drawRightString(cols[6] - 4, ysum + 2, "¥" + fmt_num(doc["net"], "en")); c.drawRightString(cols[8] - 4, ysum + 2, "¥" + fmt_num(doc["tax"], "en"))
    c.line(x0, ysum - 26, x1, ysum - 26)
    c.setFillColorRGB(*brown); c.drawString(x0 + 10, ysum - 20, "价税合计（大写）")
    c.setFillColorRGB(0.1, 0.1, 0.25); c.drawString(x0 + 110, ysum - 20, "⊗" + cn_upper(doc["total"]))
    c.setFillColorRGB(*brown); c.drawString(x0 + 420, ysum - 20, "（小写）")
    c.setFillColorRGB(0.1, 0.1, 0.25); c.drawString(x0 + 470, ysum - 20, "¥" + fmt_num(doc["total"], "en"))
    yy = ysum - 40
    c.setFillColorRGB(*brown)
    c.drawString(x0 + 5, yy, "销"); c.drawString(x0 + 5, yy - 14, "售"); c.drawString(x0 + 5, yy - 28, "方")
    for i, (k, v) in enumerate([("名        称：", s["name"]), ("纳税人识别号：", s["vat"].split()[-1]), ("地址、电话：", s["lines"][0] + " 0574-8812" + "7764"),
                                ("开户行及账号：", s["bank"])]):
        c.setFillColorRGB(*brown); c.drawString(x0 + 28, yy + 6 - i * 14, k)
        c.setFillColorRGB(0.1, 0.1, 0.25); c.drawString(x0 + 100, yy + 6 - i * 14, v)
    c.setFillColorRGB(*brown)
    c.drawString(x0, 24, "收款人：王丽娜"); c.drawString(x0 + 180, 24, "复核：陈建"); c.drawString(x0 + 340, 24, "开票人：赵晓燕"); c.drawString(x0 + 500, 24, "销售方：（章）")
    c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setLineWidth(1.5); c.ellipse(x1 - 130, 48, x1 - 20, 98)
    c.setFillColorRGB(0.85, 0.1, 0.1); c.setFont("WQY", 7); c.drawCentredString(x1 - 75, 76, s["name"][:10]); c.drawCentredString(x1 - 75, 64, "发票专用章")
    c.showPage(); c.save()


def render(doc, producer, out_pdf):
    if producer == "rl_canvas": render_rl_canvas(doc, out_pdf)
    elif producer == "rl_fapiao": render_fapiao(doc, out_pdf)
    elif producer == "fpdf2": render_fpdf(doc, out_pdf)
    elif producer == "platypus": render_platypus(doc, out_pdf)
    elif producer.startswith("weasy_"): render_weasy(doc, out_pdf, producer.split("_")[1])
    elif producer.startswith("chromium_"): render_chromium(doc, out_pdf, producer.split("_")[1])
    else: raise ValueError(producer)


def soffice_batch(paths, outdir):
    if not paths: return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_inv18_profile", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


# ----------------------------------------------------------------- edits helpers
def find_boxes(pdf_path, text, whole=False):
    """all occurrences: (page_index, (l, b, r, t) in PDF points, page_height)"""
    pdf = pdfium.PdfDocument(pdf_path)
    res = []
    for pi in range(len(pdf)):
        pg = pdf[pi]; tp = pg.get_textpage()
        se = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            m = se.get_next()
            if not m: break
            idx, cnt = m
            bx = [tp.get_charbox(k) for k in range(idx, idx + cnt)]
            bx = [b for b in bx if b[2] > b[0]]
            if not bx: continue
            res.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)),
                        pg.get_size()[1], [tp.get_charbox(k) for k in range(idx, idx + cnt)]))
    pdf.close()
    return res


def overlay_pdf(src, out, repls, bold_last=False, font=None):
    """repls: list of (old_text, new_text, which) which='first'|'last'|'all'. White box + new text, merged by pypdf."""
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(src)
    marks = {}
    for old, new, which in repls:
        occ = find_boxes(src, old)
        if not occ: return False
        sel = occ if which == "all" else [occ[0] if which == "first" else occ[-1]]
        for pi, (l, b, r, t), ph, _ in sel:
            marks.setdefault(pi, []).append((l, b, r, t, new, "left" if which == "all" else "right"))
    w = PdfWriter(clone_from=rd)
    for pi, ms in marks.items():
        buf = io.BytesIO()
        pw, ph = float(rd.pages[pi].mediabox.width), float(rd.pages[pi].mediabox.height)
        c = rlcanvas.Canvas(buf, pagesize=(pw, ph))
        pdoc = pdfium.PdfDocument(src); pim = pdoc[pi].render(scale=2).to_pil().convert("RGB"); pdoc.close()
        for l, b, r, t, new, align in ms:
            bg, ink = bg_and_ink(pim, (l * 2 - 2, (ph - t) * 2 - 2, r * 2 + 2, (ph - b) * 2 + 2))
            if sum(bg) > 600: bg = (255, 255, 255)
            hgt = t - b
            fs = max(6, hgt / 0.72)
            fn = font or ("Helvetica" if all(ord(ch) < 256 for ch in new) else ("WQY" if any(ord(ch) > 0x2E80 for ch in new) else "DejaVu"))
            c.setFillColorRGB(*[v / 255 for v in bg])
            nw = c.stringWidth(new, fn, fs)
            if align == "left":
                c.rect(l - 1.5, b - 2.5, max(r - l, nw) + 3, hgt + 5, fill=1, stroke=0)
            else:
                c.rect(min(l, r - nw) - 1.5, b - 2.5, max(r - l, nw) + 3, hgt + 5, fill=1, stroke=0)
            c.setFillColorRGB(*[v / 255 for v in ink]); c.setFont(fn, fs)
            if align == "left": c.drawString(l, b, new)
            else: c.drawRightString(r, b, new)
        c.save()
        w.pages[pi].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    with open(out, "wb") as f:
        w.write(f)
    return True


def _lit(s):
    b = s.encode("cp1252", errors="strict")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pat(o, n, w):
    if w == "all":
        return b"(" + _lit(o) + b")", b"(" + _lit(n) + b")"
    return b"(" + _lit(o), b"(" + _lit(n)


def pikepdf_replace(src, out, repls):
    import pikepdf
    pdf = pikepdf.open(src)
    done = {o: 0 for o, n, w in repls}
    for page in pdf.pages:
        conts = page.obj.get("/Contents")
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for st in streams:
            data = st.read_bytes()
            nd = data
            for o, n, w in repls:
                ob, nb = _pat(o, n, w)
                if ob in nd:
                    done[o] += nd.count(ob); nd = nd.replace(ob, nb)
            if nd != data:
                st.write(nd)
    if not all(done.values()):
        return False
    pdf.save(out)
    return True


def pypdf_incremental(src, out, repls):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    w = PdfWriter(src, incremental=True)
    done = {o: 0 for o, n, _ in repls}
    for page in w.pages:
        c = page.get_contents()
        if c is None: continue
        data = c.get_data(); nd = data
        for o, n, wh in repls:
            ob, nb = _pat(o, n, wh)
            if ob in nd:
                done[o] += 1; nd = nd.replace(ob, nb)
        if nd != data:
            s = DecodedStreamObject(); s.set_data(nd)
            page[NameObject("/Contents")] = w._add_object(s)
    if not all(done.values()):
        return False
    w.add_metadata({"/ModDate": "D:20260112094311+01'00'", "/Producer": "pypdf"})
    with open(out, "wb") as f:
        w.write(f)
    return True


def bg_and_ink(im, box):
    l, t, r, b = [int(v) for v in box]
    reg = np.asarray(im.crop((l, t, r, b))).reshape(-1, 3).astype(np.float32)
    bg = np.median(reg, 0)
    dist = np.abs(reg - bg).sum(1)
    ink = np.median(reg[dist >= np.percentile(dist, 93)], 0)
    return tuple(int(v) for v in bg), tuple(int(v) for v in ink)


def image_paste_text(img_path, out, info, old, new, which="last", bold=True):
    """cover the old string on the scan with a background-coloured patch and type the new one (like in Paint)."""
    occ = find_boxes(info["src_pdf"], old)
    if not occ: return False
    pi, (l, b, r, t), ph, _ = occ[-1] if which == "last" else occ[0]
    if pi != 0: return False
    im = Image.open(img_path).convert("RGB")
    mp = info["mapper"]; s = info["dpi"] / 72
    pts = [mp(x * s, (ph - y) * s) for x, y in [(l, b), (r, b), (l, t), (r, t)]]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = (min(xs) - 3, min(ys) - 3, max(xs) + 3, max(ys) + 3)
    col, ink = bg_and_ink(im, box)
    dr = ImageDraw.Draw(im)
    hpx = (t - b) * s * (max(ys) - min(ys)) / max(1e-3, (t - b) * s)  # mapped height
    hpx = min(hpx, (t - b) * s * 1.05)
    fnt = ImageFont.truetype(DEJAVU_B if bold else DEJAVU, max(8, int(round(hpx / 0.76))))
    tw = dr.textlength(new, font=fnt)
    dr.rectangle((min(box[0], box[2] - tw - 2), box[1], box[2], box[3]), fill=col)
    dr.text((box[2] - 3 - tw, max(ys) - 1), new, font=fnt, fill=ink, anchor="ls")
    save_img(im, out)
    return True


def image_clone_digit(img_path, out, info, old, which="last"):
    """copy one digit glyph of the string onto another digit position inside the same image."""
    occ = find_boxes(info["src_pdf"], old)
    if not occ: return None
    pi, _, ph, chars = occ[-1] if which == "last" else occ[0]
    if pi != 0: return None
    digits = [k for k, ch in enumerate(old) if ch.isdigit()]
    # target: first digit (most significant), source: a different digit value elsewhere in the string
    tgt = digits[0] if old[digits[0]] != "0" else digits[1]
    srcs = [k for k in digits if old[k] != old[tgt] and k != tgt and old[k] != "0"]
    if not srcs: return None
    srck = srcs[0]
    im = Image.open(img_path).convert("RGB")
    mp = info["mapper"]; s = info["dpi"] / 72

    def pbox(cb):
        l, b, r, t = cb
        pts = [mp(x * s, (ph - y) * s) for x, y in [(l, b), (r, b), (l, t), (r, t)]]
        return (int(min(p[0] for p in pts)) - 1, int(min(p[1] for p in pts)) - 2, int(max(p[0] for p in pts)) + 2, int(max(p[1] for p in pts)) + 2)
    sb, tb = pbox(chars[srck]), pbox(chars[tgt])
    patch = im.crop(sb)
    im.paste(patch, (tb[0] + ((tb[2] - tb[0]) - (sb[2] - sb[0])) // 2, tb[1]))
    save_img(im, out)
    return old[:tgt] + old[srck] + old[tgt + 1:]


def save_img(im, out):
    if out.endswith(".png"):
        im.save(out, optimize=True)
    elif out.endswith(".pdf"):
        im.save(out, "PDF", resolution=150, quality=72)
    else:
        im.save(out, quality=R.choice([78, 85, 90]))


def parse_num(s, doc):
    st = doc["numfmt"]
    x = s
    if st in ("de", "nl", "it", "es"): x = x.replace(".", "").replace(",", ".")
    elif st in ("fr", "pl"): x = x.replace(" ", "").replace(",", ".")
    else: x = x.replace(",", "")
    return D(x)


# ----------------------------------------------------------------- main
def main():
    for d in (FILES, BUILD):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    P = plan()
    ids = list(range(1, 400)); R.shuffle(ids)
    nid = iter(ids)
    srcs = []
    lo_paths = []
    for k, (doc, prod) in enumerate(P):
        base = os.path.join(BUILD, f"g{k:03d}")
        if doc.get("issuer_is_buyer"):  # our own purchase order: swap header/address roles
            doc = dict(doc, supplier=dict(ELB, bank="", extra="Einkauf · einkauf@elbstrand-handel.de"), buyer=doc["supplier"], _po=True)
            P[k] = (doc, prod)
        if prod == "lo_calc":
            with open(base + ".fods", "w") as f: f.write(fods_doc(doc))
            lo_paths.append(base + ".fods")
        elif prod == "lo_writer":
            docx_doc(doc, base + ".docx"); lo_paths.append(base + ".docx")
        else:
            render(doc, prod, base + ".pdf")
        srcs.append(base + ".pdf")
        print("built", k, prod, flush=True)
    soffice_batch(lo_paths, BUILD)
    # --- choose scans and photos (the paper part of the folder)
    single = [k for k in range(len(P)) if pages_of(srcs[k]) == 1]
    multi = [k for k in range(len(P)) if pages_of(srcs[k]) > 1]
    R.shuffle(single)
    scan_img = set(single[:18]); photo = set(single[18:28]); scan_pdf = set(R.sample(multi, min(4, len(multi))))
    srng = random.Random(99)
    for k, (doc, prod) in enumerate(P):
        sup = doc["sup"]
        fid = next(nid)
        info = dict(doc=doc, producer=prod, src_pdf=srcs[k])
        lab_doc = doc
        if doc.get("_po"):
            lab_doc = dict(doc, supplier=SUP[doc["sup"]], buyer=ELB)
        extra = {"source_producer": prod}
        if doc.get("doc_subtype"): extra["doc_subtype"] = doc["doc_subtype"]
        if k in scan_img or k in scan_pdf:
            dpi = srng.choice([150, 200])
            ims, sizes = render_pages(srcs[k], dpi)
            outs = []
            for im in ims:
                o, mp = scan_degrade(im, srng, srng.uniform(0.6, 1.2)); outs.append(o)
            ext = "pdf" if k in scan_pdf else srng.choice(["jpg", "jpg", "png", "pdf"])
            fname = f"{fid:03d}_{sup}_scan.{ext}" if srng.random() < 0.5 else f"{fid:03d}_{sup}.{ext}"
            if ext == "pdf": save_images_as_pdf(outs, os.path.join(FILES, fname), int(dpi * 0.8))
            else: save_img(outs[0], os.path.join(FILES, fname))
            info.update(kind="scan", mapper=mp, dpi=dpi)
            producer = "scan_copier"
        elif k in photo:
            dpi = 150
            ims, sizes = render_pages(srcs[k], dpi)
            o, mp = photo_degrade(ims[0], srng)
            fname = f"{fid:03d}_IMG_{srng.randint(2000, 9999)}.jpg"
            o.save(os.path.join(FILES, fname), quality=srng.choice([80, 88]))
            info.update(kind="photo", mapper=mp, dpi=dpi)
            producer = "phone_photo"
        else:
            fname = f"{fid:03d}_{sup}.pdf"
            shutil.copy(srcs[k], os.path.join(FILES, fname))
            info.update(kind="pdf")
            producer = prod
        add_label(fname, lab_doc, producer, extra=extra)
        GEN[fname] = info
    print("genuine:", len(LABELS), flush=True)
    make_edits(nid)
    with open(os.path.join(ROOT, "labels.jsonl"), "w") as f:
        for lab in LABELS:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


NEWBUYER = "Nordlicht Home UG"


def new_total(doc, rng):
    t = doc["total"]
    f = rng.choice([D("1.5"), D("2"), D("0.6"), D("1.25"), D("3")])
    v = (t * f).quantize(D(1) if doc["currency"] == "JPY" else D("0.01"))
    return v


def new_date(doc, rng):
    d = doc["date"] + timedelta(days=rng.choice([-200, -120, -61, -45, -33, 47, 92]))
    return d


def make_edits(nid):
    er = random.Random(4242)
    gl = list(GEN.items())
    er.shuffle(gl)
    plan_counts = {"pikepdf_text_replace": 8, "pypdf_incremental_update": 5, "overlay_whitebox": 8, "overlay_raster_reprint": 3,
                   "image_paste": 7, "image_clone": 4, "edit_before_scan": 3, "edit_before_photo": 2, "docx_source_reexport": 2}
    used = set()
    made = {k: 0 for k in plan_counts}

    def elig(fn, inf, m):
        d = inf["doc"]
        if fn in used or d["err"] or not d["priced"] or d.get("_po") or d["doc_type"] not in ("invoice", "tax_invoice", "receipt", "proforma"):
            return False
        if m in ("pikepdf_text_replace", "pypdf_incremental_update"):
            return inf["kind"] == "pdf" and inf["producer"] in ("rl_canvas", "fpdf2") and not needs_unicode(d)
        if m in ("overlay_whitebox", "overlay_raster_reprint", "edit_before_scan", "edit_before_photo"):
            return inf["kind"] == "pdf" and inf["producer"] not in ("rl_canvas",)
        if m in ("image_paste", "image_clone"):
            return inf["kind"] in ("scan", "photo") and not fn.endswith(".pdf")
        if m == "docx_source_reexport":
            return inf["kind"] == "pdf" and inf["producer"] == "lo_writer"
        return False
    lo_jobs = []
    for m, want in plan_counts.items():
        for fn, inf in gl:
            if made[m] >= want: break
            if not elig(fn, inf, m): continue
            d = inf["doc"]
            fid = next(nid)
            ext = fn.rsplit(".", 1)[1]
            out_name = f"{fid:03d}_{d['sup']}.{ext}" if "IMG_" not in fn else f"{fid:03d}_IMG_{er.randint(2000, 9999)}.{ext}"
            out = os.path.join(FILES, out_name)
            tot_s = money(d["total"], d, sym=False)
            date_s = fmt_date(d["date"], d["datefmt"])
            what = er.choice([["total"], ["date"], ["buyer"], ["total", "date"], ["quantity"], ["total"], ["date"]])
            if m in ("overlay_whitebox", "overlay_raster_reprint", "edit_before_scan", "edit_before_photo") and "quantity" in what:
                what = ["total"]
            if m in ("image_paste",) and what not in (["total"], ["date"]):
                what = [er.choice(["total", "date"])]
            if m == "image_clone":
                what = ["total"]
            lab_total, lab_date, lab_buyer = None, None, None
            repls = []
            nt, ndt = new_total(d, er), new_date(d, er)
            if "total" in what:
                repls.append((tot_s, money(nt, d, sym=False), "last")); lab_total = nt
            if "date" in what:
                repls.append((date_s, fmt_date(ndt, d["datefmt"]), "first")); lab_date = ndt
            if "buyer" in what:
                repls.append((d["buyer"]["name"], NEWBUYER, "all")); lab_buyer = NEWBUYER
            if "quantity" in what:
                qs = [fmt_num(it["qty"], d["numfmt"], 0) for it in d["items"]]
                uniq = [q for q in qs if qs.count(q) == 1 and not any(q == fmt_num(x, d['numfmt'], 0) for x in [d.get('cust')])]
                if not uniq: continue
                oq = uniq[0]
                nq = fmt_num(int(oq.replace(".", "").replace(",", "").replace(" ", "")) * er.choice([10, 2, 5]), d["numfmt"], 0)
                repls = [(oq, nq, "all")]
            ok = False
            ebc = False
            prod_out = inf["producer"] if inf["kind"] == "pdf" else ("scan_copier" if inf["kind"] == "scan" else "phone_photo")
            try:
                if m == "pikepdf_text_replace":
                    ok = pikepdf_replace(os.path.join(FILES, fn), out, repls)
                elif m == "pypdf_incremental_update":
                    ok = pypdf_incremental(os.path.join(FILES, fn), out, repls)
                elif m == "overlay_whitebox":
                    ok = overlay_pdf(os.path.join(FILES, fn), out, repls)
                elif m == "overlay_raster_reprint":
                    tmp = os.path.join(BUILD, f"e{fid}.pdf")
                    ok = overlay_pdf(os.path.join(FILES, fn), tmp, repls)
                    if ok:
                        ims, _ = render_pages(tmp, 150)
                        save_images_as_pdf(ims, out, 150); ebc = True; prod_out = "raster_reprint"
                elif m in ("edit_before_scan", "edit_before_photo"):
                    tmp = os.path.join(BUILD, f"e{fid}.pdf")
                    ok = overlay_pdf(os.path.join(FILES, fn), tmp, repls)
                    if ok:
                        ims, _ = render_pages(tmp, 150)
                        if m == "edit_before_scan":
                            outs = [scan_degrade(im, er)[0] for im in ims]
                            if len(outs) > 1:
                                save_images_as_pdf(outs, out, 120)
                            else:
                                out_name = out_name[:-4] + "_scan.jpg"; out = os.path.join(FILES, out_name); save_img(outs[0], out)
                            prod_out = "scan_copier"
                        else:
                            o, _ = photo_degrade(ims[0], er)
                            out_name = f"{fid:03d}_IMG_{er.randint(2000, 9999)}.jpg"; out = os.path.join(FILES, out_name)
                            o.save(out, quality=85); prod_out = "phone_photo"
                        ebc = True
                elif m == "image_paste":
                    a, b, w = repls[0]
                    ok = image_paste_text(os.path.join(FILES, fn), out, inf, a, b, which=w, bold=(w == "last"))
                elif m == "image_clone":
                    res = image_clone_digit(os.path.join(FILES, fn), out, inf, tot_s)
                    if res:
                        ok = True; lab_total = parse_num(res, d)
                elif m == "docx_source_reexport":
                    d2 = copy.deepcopy(d)
                    if "total" in what:
                        d2["total"] = nt
                    if "date" in what:
                        d2["date"] = ndt
                    if "buyer" in what:
                        d2["buyer"] = dict(d2["buyer"], name=NEWBUYER)
                    if "quantity" in what:
                        for it in d2["items"]:
                            if fmt_num(it["qty"], d["numfmt"], 0) == repls[0][0]:
                                it["qty"] = int(parse_num(repls[0][1], d)); break
                    base = os.path.join(BUILD, f"x{fid}")
                    docx_doc(d2, base + ".docx")
                    lo_jobs.append((base, out, out_name, d, what, lab_total, lab_date, lab_buyer, inf, fn))
                    used.add(fn); made[m] += 1
                    continue
            except Exception as ex:
                print("edit failed", m, fn, ex, flush=True)
                ok = False
            if not ok:
                print("edit skipped", m, fn, what, flush=True)
                if os.path.exists(out): os.remove(out)
                continue
            used.add(fn); made[m] += 1
            _edit_label(out_name, d, prod_out, m, what, lab_total, lab_date, lab_buyer, ebc, fn, inf)
    if lo_jobs:
        soffice_batch([j[0] + ".docx" for j in lo_jobs], BUILD)
        for base, out, out_name, d, what, lt, ld, lb, inf, sfn in lo_jobs:
            shutil.copy(base + ".pdf", out)
            _edit_label(out_name, d, "lo_writer", "docx_source_reexport", what, lt, ld, lb, True, sfn, inf)
    print("edits:", made, flush=True)


def _edit_label(out_name, d, prod_out, m, what, lt, ld, lb, ebc, src_fn, inf):
    tot = None
    if lt is not None:
        tot = str(lt) if d["currency"] != "JPY" else str(int(lt))
    if "quantity" in what and m not in ("docx_source_reexport",):
        pass
    ebc_flag = ebc
    add_label(out_name, d, prod_out, genuine=False, edit_method=m, what=what,
              date_s=ld.isoformat() if ld else None, total=tot, buyer=lb, ebc=ebc_flag,
              extra={"source_file": src_fn, "source_producer": inf["producer"]})
    LABELS[-1]["arithmetic_error"] = bool(d["err"])


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"))]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(FILES, l["file"]))]
    extra = set(os.listdir(FILES)) - {l["file"] for l in labs}
    print("files in labels:", len(labs), "missing:", missing, "unlabelled files:", sorted(extra))
    print("genuine:", sum(l["genuine"] for l in labs), "edited:", sum(not l["genuine"] for l in labs),
          "arithmetic_error:", sum(l["arithmetic_error"] for l in labs), "non-invoices:", sum(not l["is_invoice"] for l in labs))
    for key in ("producer", "language", "doc_type", "edit_method", "edit_before_capture", "pages", "currency"):
        print(key, dict(Counter(str(l[key]) for l in labs).most_common()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
