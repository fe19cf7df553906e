#!/usr/bin/env python3
"""invoices23 test-set generator (Maple Run Outfitters style corpus).
Run: /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl. Intermediate renders go to _work/.
"""
import os, sys, json, random, math, subprocess, shutil, re, io, ctypes, datetime as dt, html
from decimal import Decimal as D, ROUND_HALF_UP
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import pypdfium2 as pdfium
import pypdfium2.raw as pdfr
import pikepdf, pypdf

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, 'files'); WORK = os.path.join(ROOT, '_work')
R = random.Random(23023)
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
DEJAVU_MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

# ----------------------------------------------------------------- vocab
T = {
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='SALES RECEIPT', credit_note='CREDIT NOTE',
            proforma='PROFORMA INVOICE', packing_list='PACKING LIST', purchase_order='PURCHASE ORDER',
            quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST', letter='',
            no='Invoice #', date='Date', due='Due Date', billto='Bill To', shipto='Ship To', sku='Item',
            desc='Description', qty='Qty', unit='Rate', amount='Amount', subtotal='Subtotal', discount='Discount',
            shipping='Freight', total='Total', balance='Balance Due', page='Page', terms='Terms: Net 30',
            thanks='Thank you for your business!', bank='Remit to', taxid='Tax ID'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT',
            proforma='PROFORMA-RECHNUNG', packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT',
            delivery_note='LIEFERSCHEIN', price_list='PREISLISTE', letter='',
            no='Rechnungsnr.', date='Datum', due='Fällig am', billto='Rechnungsempfänger', shipto='Lieferadresse',
            sku='Art.-Nr.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', amount='Gesamt', subtotal='Zwischensumme',
            discount='Rabatt', shipping='Versandkosten', total='Gesamtbetrag', balance='Zu zahlen', page='Seite',
            terms='Zahlbar innerhalb von 14 Tagen ohne Abzug.', thanks='Vielen Dank für Ihren Auftrag.', bank='Bankverbindung',
            taxid='USt-IdNr.'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', credit_note="FACTURE D'AVOIR", proforma='FACTURE PRO FORMA',
            packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON',
            price_list='LISTE DE PRIX', letter='', no='Facture n°', date='Date', due="Date d'échéance", billto='Facturé à',
            shipto='Livré à', sku='Réf.', desc='Désignation', qty='Qté', unit='Prix unitaire', amount='Montant',
            subtotal='Total HT', discount='Remise', shipping='Frais de port', total='Total TTC', balance='Net à payer',
            page='Page', terms='Paiement à 30 jours fin de mois.', thanks='Merci de votre confiance.', bank='Coordonnées bancaires',
            taxid='N° TVA'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
            packing_list='DISTINTA DI IMBALLAGGIO', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO',
            delivery_note='DOCUMENTO DI TRASPORTO', price_list='LISTINO PREZZI', letter='', no='Fattura n.', date='Data',
            due='Scadenza', billto='Cliente', shipto='Destinazione merce', sku='Codice', desc='Descrizione', qty='Q.tà',
            unit='Prezzo unit.', amount='Importo', subtotal='Imponibile', discount='Sconto', shipping='Spese di trasporto',
            total='Totale documento', balance='Totale da pagare', page='Pagina', terms='Pagamento: bonifico bancario 30 gg d.f.',
            thanks='Grazie per averci scelto.', bank='Coordinate bancarie', taxid='P.IVA'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='RECIBO', credit_note='FACTURA RECTIFICATIVA', proforma='FACTURA PROFORMA',
            packing_list='LISTA DE EMPAQUE', purchase_order='ORDEN DE COMPRA', quotation='PRESUPUESTO', delivery_note='ALBARÁN',
            price_list='LISTA DE PRECIOS', letter='', no='Factura nº', date='Fecha', due='Vencimiento', billto='Cliente',
            shipto='Dirección de envío', sku='Ref.', desc='Descripción', qty='Cant.', unit='Precio', amount='Importe',
            subtotal='Base imponible', discount='Descuento', shipping='Portes', total='Total factura', balance='Total a pagar',
            page='Página', terms='Forma de pago: transferencia a 30 días.', thanks='Gracias por su compra.', bank='Datos bancarios',
            taxid='NIF'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KWITANTIE', credit_note='CREDITNOTA', proforma='PROFORMAFACTUUR',
            packing_list='PAKLIJST', purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', price_list='PRIJSLIJST',
            letter='', no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', billto='Factuuradres', shipto='Afleveradres',
            sku='Artikelnr.', desc='Omschrijving', qty='Aantal', unit='Prijs', amount='Bedrag', subtotal='Subtotaal',
            discount='Korting', shipping='Verzendkosten', total='Totaal', balance='Te betalen', page='Pagina',
            terms='Betaling binnen 30 dagen o.v.v. factuurnummer.', thanks='Bedankt voor uw bestelling.', bank='Bankgegevens',
            taxid='BTW-nr.'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='PARAGON', credit_note='FAKTURA KORYGUJĄCA',
            proforma='FAKTURA PRO FORMA', packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA',
            delivery_note='DOWÓD WYDANIA WZ', price_list='CENNIK', letter='', no='Nr faktury', date='Data wystawienia',
            due='Termin płatności', billto='Nabywca', shipto='Odbiorca', sku='Indeks', desc='Nazwa towaru', qty='Ilość',
            unit='Cena netto', amount='Wartość', subtotal='Razem netto', discount='Rabat', shipping='Transport',
            total='Razem do zapłaty', balance='Do zapłaty', page='Strona', terms='Sposób płatności: przelew 14 dni.',
            thanks='Dziękujemy za zamówienie.', bank='Konto bankowe', taxid='NIP'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', price_list='価格表',
            letter='', no='請求番号', date='請求日', due='お支払期限', billto='請求先', shipto='納品先', sku='品番', desc='品名',
            qty='数量', unit='単価', amount='金額', subtotal='小計', discount='値引', shipping='送料', total='合計金額',
            balance='ご請求金額', page='頁', terms='お振込手数料は御社ご負担にてお願い申し上げます。', thanks='毎度ありがとうございます。',
            bank='お振込先', taxid='登録番号'),
 'zh': dict(invoice='发票', tax_invoice='增值税专用发票', receipt='收据', credit_note='红字发票', proforma='形式发票',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', price_list='价目表',
            letter='', no='发票号码', date='开票日期', due='付款期限', billto='购买方', shipto='收货方', sku='规格型号',
            desc='货物或应税劳务名称', qty='数量', unit='单价', amount='金额', subtotal='合计', discount='折扣', shipping='运费',
            total='价税合计', balance='应付金额', page='页', terms='付款方式：电汇 T/T', thanks='谢谢惠顾', bank='开户行及账号',
            taxid='纳税人识别号'),
}
TAXWORD = {'en': 'Tax', 'de': 'USt.', 'fr': 'TVA', 'it': 'IVA', 'es': 'IVA', 'nl': 'BTW', 'pl': 'VAT', 'ja': '消費税', 'zh': '税额'}

PROD = {
 'en': ["Stainless Steel Water Bottle 750ml", "Silicone Spatula Set (3pc)", "Bamboo Cutting Board, Large", "LED Camping Lantern",
        "Microfiber Cleaning Cloth 12-pack", "Insulated Lunch Bag", "Yoga Mat 6mm", "Ceramic Plant Pot 15cm",
        "Reflective Dog Leash 1.5m", "Packing Cubes Set of 4", "Cotton Tote Bag, Natural", "Aluminium Phone Stand",
        "Beeswax Food Wraps 3pk", "Collapsible Silicone Bowl", "Kids Rain Poncho", "Enamel Camp Mug 350ml"],
 'de': ["Edelstahl-Trinkflasche 750 ml", "Silikon-Pfannenwender Set", "Bambus-Schneidebrett groß", "LED-Campinglaterne",
        "Mikrofasertücher 12er Pack", "Isolierte Lunchtasche", "Yogamatte 6 mm", "Keramik-Blumentopf 15 cm", "Brotdose Edelstahl"],
 'fr': ["Gourde inox 750 ml", "Lot de spatules silicone", "Planche à découper bambou", "Lanterne LED de camping",
        "Chiffons microfibre x12", "Sac isotherme repas", "Tapis de yoga 6 mm", "Pot en céramique 15 cm", "Torchon lin lavé"],
 'it': ["Borraccia in acciaio 750 ml", "Set spatole in silicone", "Tagliere in bambù grande", "Lanterna LED da campeggio",
        "Panni in microfibra 12 pz", "Borsa termica pranzo", "Tappetino yoga 6 mm", "Vaso in ceramica 15 cm", "Tazza smaltata"],
 'es': ["Botella de acero 750 ml", "Juego de espátulas de silicona", "Tabla de cortar de bambú", "Farol LED de camping",
        "Paños de microfibra 12 uds", "Bolsa térmica para almuerzo", "Esterilla de yoga 6 mm", "Maceta de cerámica 15 cm"],
 'nl': ["RVS drinkfles 750 ml", "Siliconen spatelset", "Bamboe snijplank groot", "LED kampeerlantaarn",
        "Microvezeldoekjes 12 st.", "Geïsoleerde lunchtas", "Yogamat 6 mm", "Keramische bloempot 15 cm"],
 'pl': ["Butelka stalowa 750 ml", "Zestaw łopatek silikonowych", "Deska do krojenia bambusowa", "Latarnia kempingowa LED",
        "Ściereczki z mikrofibry 12 szt.", "Torba termiczna na lunch", "Mata do jogi 6 mm", "Doniczka ceramiczna 15 cm"],
 'ja': ["ステンレスボトル 750ml", "シリコンヘラ 3本セット", "竹製まな板 L", "LEDキャンプランタン", "マイクロファイバークロス 12枚",
        "保冷ランチバッグ", "ヨガマット 6mm", "陶器植木鉢 15cm", "手ぬぐい 藍染"],
 'zh': ["不锈钢保温杯 750ml", "硅胶锅铲三件套", "竹制砧板 大号", "LED露营灯", "超细纤维抹布 12条装", "保温午餐袋",
        "瑜伽垫 6mm", "陶瓷花盆 15cm", "折叠硅胶碗"],
}
VARIANTS = ['', ' - Black', ' - Sage', ' - Navy', ' - Sand', ' (case/24)', ' - Red', ' - Grey', ' v2', ' - XL']

SUPPLIERS = {
 'US': [dict(name='Great Lakes Housewares Distributing Co.', addr=['2150 Industrial Pkwy', 'Toledo, OH 43612', 'USA'], taxid='EIN 38-4417729', lang='en'),
        dict(name='Sierra Basin Wholesale Inc.', addr=['880 Commerce Way, Suite B', 'Reno, NV 89502', 'USA'], taxid='EIN 88-0392251', lang='en'),
        dict(name='Piedmont Paper & Packaging LLC', addr=['3307 Westinghouse Blvd', 'Charlotte, NC 28273', 'USA'], taxid='EIN 56-2210874', lang='en'),
        dict(name='Hollis & Vane Trading Co.', addr=['61 Canal St, 2nd Fl', 'Lowell, MA 01852', 'USA'], taxid='EIN 04-3391567', lang='en')],
 'CA': [dict(name='Northbank Trading Ltd.', addr=['41 Rutherford Rd S, Unit 9', 'Brampton, ON L6W 3J3', 'Canada'], taxid='GST/HST No. 81734 2210 RT0001', lang='en', prov='ON'),
        dict(name='Coast Range Supply Inc.', addr=['7420 Fraser Park Dr', 'Burnaby, BC V5J 5B9', 'Canada'], taxid='GST No. 79416 5532 RT0001 · PST-1184-2267', lang='en', prov='BC'),
        dict(name='Distribution Boréale inc.', addr=['1200, rue Saint-Patrick', 'Montréal (Québec) H3K 1A3', 'Canada'], taxid='TPS 71230 4418 RT0001 · TVQ 1219876543 TQ0001', lang='fr', prov='QC')],
 'AU': [dict(name='Southern Cross Homewares Pty Ltd', addr=['14 Fennell Street', 'Port Melbourne VIC 3207', 'Australia'], taxid='ABN 51 824 753 556', lang='en'),
        dict(name='Bluegum Outdoor Wholesale Pty Ltd', addr=['Unit 3, 22 Boundary Road', 'Rocklea QLD 4106', 'Australia'], taxid='ABN 63 112 908 447', lang='en')],
 'UK': [dict(name='Pennine Craft Supplies Ltd', addr=['Unit 7, Mill Lane Works', 'Huddersfield HD1 4QT', 'United Kingdom'], taxid='VAT Reg. GB 284 6619 07', lang='en'),
        dict(name='Thamesmead Gift Wholesale Ltd', addr=['Block C, Nathan Way', 'London SE28 0AQ', 'United Kingdom'], taxid='VAT Reg. GB 771 3048 22', lang='en')],
 'PL': [dict(name='Mazurski Dom Sp. z o.o.', addr=['ul. Kolejowa 14', '10-213 Olsztyn', 'Polska'], taxid='NIP 739-384-21-56', lang='pl'),
        dict(name='Drewpol Wyroby Drewniane s.c.', addr=['ul. Leśna 3A', '34-400 Nowy Targ', 'Polska'], taxid='NIP 735-210-88-14', lang='pl')],
 'JP': [dict(name='株式会社さくら雑貨', addr=['〒530-0012 大阪府大阪市北区芝田2-7-18', 'Sakura Zakka Co., Ltd.'], taxid='T4120001098765', lang='ja'),
        dict(name='有限会社みなと商会', addr=['〒231-0023 神奈川県横浜市中区山下町118', 'Minato Shokai Ltd.'], taxid='T7020002045512', lang='ja')],
 'CN': [dict(name='宁波海岳家居用品有限公司', addr=['浙江省宁波市鄞州区首南街道学府路318号', '电话 0574-8812 6630'], taxid='91330212MA2H4K7X3Q', lang='zh'),
        dict(name='义乌市恒顺日用品商行', addr=['浙江省义乌市稠城街道工人北路1066号', '电话 0579-8553 2107'], taxid='92330782MA2EJ8L51B', lang='zh'),
        dict(name='Shenzhen Lumeng Electronics Co., Ltd.', addr=['5F, Bldg 3, Huafeng Industrial Park', 'Bao\'an District, Shenzhen 518101, China'], taxid='USCC 91440300MA5F9QW20K', lang='en')],
 'DE': [dict(name='Bergmann Haushaltswaren GmbH', addr=['Industriestraße 22', '33602 Bielefeld', 'Deutschland'], taxid='DE318442907', lang='de'),
        dict(name='Lindqvist & Söhne KG', addr=['Am Hafenbecken 5', '28197 Bremen', 'Deutschland'], taxid='DE264018833', lang='de')],
 'FR': [dict(name='Atelier Ducasse Textiles SARL', addr=['17 rue des Tanneurs', '69007 Lyon', 'France'], taxid='FR42512884301', lang='fr')],
 'IT': [dict(name='Ceramiche Valdarno S.r.l.', addr=['Via Aretina 88', '52025 Montevarchi (AR)', 'Italia'], taxid='IT02184460517', lang='it')],
 'ES': [dict(name='Suministros Levante S.L.', addr=['Calle de la Huerta 31', '46018 Valencia', 'España'], taxid='B98765432', lang='es')],
 'NL': [dict(name='Van Dijk Groothandel B.V.', addr=['Havenweg 5', '3542 AD Utrecht', 'Nederland'], taxid='NL854127903B01', lang='nl')],
}
MAIN_BUYER = dict(name='Maple Run Outfitters LLC', addr=['4418 Kessler Ridge Rd', 'Dublin, OH 43017', 'USA'])
OTHER_BUYERS = [dict(name='Lakeshore Variety Inc.', addr=['1900 E 30th St', 'Cleveland, OH 44114', 'USA']),
                dict(name='Harlan & Pryce Home Goods LLC', addr=['77 N Main St', 'Akron, OH 44308', 'USA']),
                dict(name='Tomasz Wierzbicki', addr=['512 Oak Hollow Ct', 'Mason, OH 45040', 'USA']),
                dict(name='Brightwater Resale Co.', addr=['2201 Dixie Hwy', 'Hamilton, OH 45015', 'USA'])]
CA_PREP = ['c/o Northway Prep Centre, 5 Steelcase Rd W', 'Markham, ON L3R 1B2', 'Canada']
AU_PREP = ['c/o Harbourside FBA Prep, 9 Ferngrove Pl', 'Chester Hill NSW 2162', 'Australia']

COUNTRY = {  # lang default, currency, numfmt, datefmt choices
 'US': ('USD', ['en'], ['us', 'us_long']), 'CA': ('CAD', ['en'], ['iso', 'ymd/', 'en_long']),
 'AU': ('AUD', ['sp_en'], ['dmy/', 'en_long']), 'UK': ('GBP', ['en'], ['dmy/', 'en_long']),
 'PL': ('PLN', ['sp'], ['dmy.', 'iso']), 'JP': ('JPY', ['jp0'], ['cjk', 'ymd/']), 'CN': ('CNY', ['en'], ['cjk', 'iso']),
 'DE': ('EUR', ['eu'], ['dmy.', 'de_long']), 'FR': ('EUR', ['sp'], ['fr_long', 'dmy/']), 'IT': ('EUR', ['eu'], ['dmy/', 'it_long']),
 'ES': ('EUR', ['eu'], ['dmy/', 'es_long']), 'NL': ('EUR', ['eu'], ['dmy-', 'nl_long']),
}
MONTHS = {'en': 'January February March April May June July August September October November December'.split(),
          'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
          'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
          'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
          'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
          'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split()}


def fdate(d, f):
    if f == 'us': return d.strftime('%m/%d/%Y')
    if f == 'dmy/': return d.strftime('%d/%m/%Y')
    if f == 'dmy.': return d.strftime('%d.%m.%Y')
    if f == 'dmy-': return d.strftime('%d-%m-%Y')
    if f == 'iso': return d.strftime('%Y-%m-%d')
    if f == 'ymd/': return d.strftime('%Y/%m/%d')
    if f == 'cjk': return f'{d.year}年{d.month}月{d.day}日'
    if f == 'en_long': return f'{d.day} {MONTHS["en"][d.month-1]} {d.year}'
    if f == 'us_long': return f'{MONTHS["en"][d.month-1]} {d.day}, {d.year}'
    if f == 'fr_long': return f'{d.day} {MONTHS["fr"][d.month-1]} {d.year}'
    if f == 'de_long': return f'{d.day}. {MONTHS["de"][d.month-1]} {d.year}'
    if f == 'it_long': return f'{d.day} {MONTHS["it"][d.month-1]} {d.year}'
    if f == 'es_long': return f'{d.day} de {MONTHS["es"][d.month-1]} de {d.year}'
    if f == 'nl_long': return f'{d.day} {MONTHS["nl"][d.month-1]} {d.year}'
    raise ValueError(f)


def fnum(x, f):
    x = D(x)
    neg = x < 0; x = abs(x)
    if f == 'jp0':
        s = f'{int(x):,}'
    else:
        s = f'{x:,.2f}'
        if f == 'eu': s = s.replace(',', '#').replace('.', ',').replace('#', '.')
        elif f in ('sp', 'sp_en'):
            if f == 'sp': s = s.replace(',', ' ').replace('.', ',')
            # sp_en: Australian style stays 1,234.56
    return ('-' if neg else '') + s


def parse_num(s, f):
    s = s.replace(' ', '').replace('-', '')
    if f == 'eu' or f == 'sp': s = s.replace('.', '').replace(',', '.')
    else: s = s.replace(',', '')
    return D(s)


def fmoney(x, doc):
    n = fnum(x, doc['numfmt']); c = doc['currency']
    pre = {'USD': '$', 'CAD': '$', 'AUD': '$', 'GBP': '£', 'JPY': '¥', 'CNY': '¥'}
    if c == 'EUR': return f'{n} €'
    if c == 'PLN': return f'{n} zł'
    if doc['lang'] == 'en' and c == 'CNY': return f'CNY {n}'
    if doc.get('cur_suffix'): return f'{n} {c}'
    return pre.get(c, '') + n


# ----------------------------------------------------------------- spec
def q(x, cur):
    return D(x).quantize(D('1') if cur == 'JPY' else D('0.01'), ROUND_HALF_UP)


def tax_plan(country, sup, doc_type):
    r = R.random()
    if country == 'US':
        return [('Sales Tax (OH 7.25%)', D('0.0725'))] if doc_type == 'receipt' else []
    if country == 'CA':
        p = sup.get('prov')
        if p == 'ON': return [('HST 13%', D('0.13'))]
        if p == 'BC': return [('GST 5%', D('0.05')), ('PST 7%', D('0.07'))]
        return [('TPS 5 %', D('0.05')), ('TVQ 9,975 %', D('0.09975'))]
    if country == 'AU': return [('GST 10%', D('0.10'))]
    if country == 'UK': return [('VAT 20%', D('0.20'))] if r < 0.5 else [('VAT 0% (export)', D('0'))]
    if country == 'JP': return [('消費税 10%', D('0.10'))]
    if country == 'CN':
        return [('税率 13%', D('0.13'))] if sup['lang'] == 'zh' else []
    rate = {'DE': '0.19', 'FR': '0.20', 'IT': '0.22', 'ES': '0.21', 'NL': '0.21', 'PL': '0.23'}[country]
    tw = TAXWORD[sup['lang']]
    if r < 0.6:
        pct = (D(rate) * 100).normalize()
        return [(f'{tw} {pct}%', D(rate))]
    return [(f'{tw} 0%', D('0'))]


def make_spec(idx, country, producer, doc_type, nlines, sup=None, lang=None):
    sup = sup or R.choice(SUPPLIERS[country])
    lang = lang or sup['lang']
    cur, numfmts, datefmts = COUNTRY[country]
    if country == 'CN' and lang == 'en': cur = 'USD'
    numfmt = R.choice(numfmts)
    if lang == 'fr' and country == 'CA': numfmt = 'sp'
    datefmt = R.choice(datefmts)
    if lang == 'en' and country == 'CN': datefmt = R.choice(['us_long', 'iso'])
    if lang == 'fr' and country == 'CA': datefmt = 'fr_long'
    buyer = MAIN_BUYER if R.random() < 0.82 else R.choice(OTHER_BUYERS)
    shipto = None
    if country == 'CA' and R.random() < 0.6: shipto = CA_PREP
    if country == 'AU' and R.random() < 0.6: shipto = AU_PREP
    d = dt.date(2025, 5, 1) + dt.timedelta(days=R.randint(0, 560))
    prods = PROD[lang]
    lines = []
    used = set()
    for k in range(nlines):
        for _try in range(60):
            desc = R.choice(prods) + (R.choice(VARIANTS) if nlines > 6 and lang in ('en', 'de', 'nl', 'pl', 'es', 'it', 'fr') else '')
            if desc not in used: break
        if desc in used: desc = desc + (f' #{k}' if lang not in ('ja', 'zh') else f' ({k}号)')
        used.add(desc)
        qty = R.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 12, 20, 24, 24, 36, 48, 50, 60, 100, 120, 144, 200])
        if doc_type == 'receipt': qty = R.randint(1, 6)
        if cur == 'JPY': up = D(R.randint(12, 480) * 10)
        elif cur == 'CNY': up = q(D(R.randint(300, 9000)) / 100, cur)
        else: up = q(D(R.randint(95, 4500)) / 100, cur)
        sku = {'zh': f'HY-{R.randint(1000,9999)}', 'ja': f'SZ-{R.randint(100,999)}'}.get(lang, f'{R.choice("ABCDKMPRT")}{R.choice("ABEGLNSTW")}-{R.randint(1000,99999)}')
        lines.append(dict(sku=sku, desc=desc, qty=qty, unit=up, line=q(up * qty, cur)))
    sub = sum((l['line'] for l in lines), D(0))
    disc = D(0); ship = D(0)
    if R.random() < 0.25 and doc_type not in ('receipt',): disc = q(sub * R.choice([D('0.03'), D('0.05'), D('0.10')]), cur)
    if R.random() < 0.45 and doc_type not in ('receipt',):
        ship = q(D(R.randint(900, 25000)) / 100 if cur != 'JPY' else D(R.randint(8, 40) * 100), cur)
    taxes = tax_plan(country, sup, doc_type)
    base = sub - disc + ship
    tax_rows = [(lab, rate, q(base * rate, cur)) for lab, rate in taxes]
    total = base + sum((t[2] for t in tax_rows), D(0))
    prefix = {'en': 'INV-', 'de': 'RE-', 'fr': 'FA', 'it': '', 'es': 'F', 'nl': '', 'pl': 'FV/', 'ja': '', 'zh': 'No.'}[lang]
    if lang == 'pl': number = f'FV/{d.year}/{d.month:02d}/{R.randint(10,400)}'
    elif lang == 'zh': number = f'{R.randint(10000000, 99999999)}'
    elif lang == 'ja': number = f'{d.year}{d.month:02d}-{R.randint(100,999)}'
    elif lang == 'it': number = f'{R.randint(12,900)}/{d.year}'
    else: number = f'{prefix}{d.year % 100}{R.randint(1000, 99999):05d}'
    if doc_type == 'purchase_order':
        number = doc_po = f'PO-MR-{R.randint(1000, 9999)}'
    elif doc_type in ('quotation', 'packing_list', 'delivery_note', 'credit_note', 'proforma', 'price_list'):
        number = {'quotation': 'Q', 'packing_list': 'PL', 'delivery_note': 'DN', 'credit_note': 'CN', 'proforma': 'PF', 'price_list': 'PL'}[doc_type] + f'-{d.year % 100}{R.randint(100, 9999):04d}'
    doc = dict(idx=idx, country=country, producer=producer, doc_type=doc_type, lang=lang, supplier=sup, buyer=buyer,
               shipto=shipto, date=d, due=d + dt.timedelta(days=R.choice([14, 30, 30, 45, 60])), number=number,
               lines=lines, subtotal=sub, discount=disc, shipping=ship, taxes=tax_rows, total=total, currency=cur,
               numfmt=numfmt, datefmt=datefmt, arith_error=False, cur_suffix=(R.random() < 0.3 and cur in ('USD', 'CAD', 'AUD')),
               po=f'PO-MR-{R.randint(1000, 9999)}')
    if doc_type == 'purchase_order':  # issued by the Ohio buyer to the vendor: printed issuer = buyer
        doc['vendor'] = sup
        doc['supplier'] = dict(name=MAIN_BUYER['name'], addr=MAIN_BUYER['addr'], taxid='EIN 31-5520947', lang='en')
        doc['buyer'] = dict(name=sup['name'], addr=sup['addr'])
        doc['shipto'] = None; doc['po'] = number
    return doc


def inject_error(doc):
    cur = doc['currency']
    if R.random() < 0.5:
        l = R.choice(doc['lines'])  # line total does not equal qty*unit, totals follow printed lines
        l['line'] = l['line'] + (D(R.choice([10, 20, 100])) if cur == 'JPY' else q(D(R.choice(['1.00', '10.00', '0.90', '9.00'])), cur))
        doc['subtotal'] = sum((x['line'] for x in doc['lines']), D(0))
        base = doc['subtotal'] - doc['discount'] + doc['shipping']
        doc['total'] = base + sum((t[2] for t in doc['taxes']), D(0))
        doc['arith_note'] = 'line total != qty*unit for one line'
    else:
        doc['total'] = doc['total'] + (D(100) if cur == 'JPY' else D(R.choice(['10.00', '100.00', '1.00'])))
        doc['arith_note'] = 'grand total != subtotal - discount + shipping + tax'
    doc['arith_error'] = True


def has_money(doc):
    return doc['doc_type'] not in ('packing_list', 'delivery_note', 'letter')


def tt(doc, key):
    if doc['doc_type'] == 'purchase_order' and key == 'billto': return 'Vendor'
    if key == 'no' and doc['doc_type'] not in ('invoice', 'tax_invoice', 'receipt'): return 'No.'
    return T[doc['lang']][key]


def title(doc):
    t = doc['doc_type']
    if t == 'tax_invoice' and doc['lang'] == 'en': return 'TAX INVOICE'
    if t == 'price_list': return T[doc['lang']]['price_list']
    return T[doc['lang']].get(t, '')


# ----------------------------------------------------------------- HTML producer
CSS = {
 'clean': """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#222}
 .hdr{display:flex;justify-content:space-between;border-bottom:4px solid #2a6f97;padding-bottom:8px}
 .hdr h1{color:#2a6f97;font-size:22pt;margin:0;letter-spacing:2px} .sup b{font-size:14pt}
 table.items{width:100%;border-collapse:collapse;margin-top:14px} table.items th{background:#2a6f97;color:#fff;padding:5px;text-align:left}
 table.items td{padding:4px 5px;border-bottom:1px solid #ddd} .num{text-align:right} .tot td{padding:3px 5px}
 .grand td{font-weight:bold;font-size:12pt;border-top:2px solid #2a6f97}""",
 'classic': """body{font-family:'DejaVu Serif',Georgia,serif;font-size:10pt}
 .hdr{display:flex;justify-content:space-between} .hdr h1{font-size:18pt;border:2px solid #000;padding:6px 16px;margin:0}
 table.items{width:100%;border-collapse:collapse;margin-top:14px} table.items th,table.items td{border:1px solid #444;padding:3px 5px}
 table.items th{background:#eee} .num{text-align:right} .grand td{font-weight:bold;border-top:3px double #000}""",
 'compact': """body{font-family:'DejaVu Sans Condensed',Arial,sans-serif;font-size:8.5pt;color:#333}
 .hdr{display:flex;justify-content:space-between;background:#f1f1ee;padding:8px} .hdr h1{font-size:16pt;margin:0;color:#7a5c00}
 table.items{width:100%;border-collapse:collapse;margin-top:10px} table.items th{border-bottom:1.5px solid #333;text-align:left;padding:3px}
 table.items tr:nth-child(even) td{background:#f7f7f2} table.items td{padding:2px 3px} .num{text-align:right}
 .grand td{font-weight:bold;background:#fff3cc}""",
 'fapiao': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#6b3a1e}
 .hdr{text-align:center;border-bottom:2px double #b5651d} .hdr h1{font-size:20pt;color:#b5651d;letter-spacing:6px;margin:4px}
 .sup,.buy{border:1px solid #b5651d;padding:4px;margin-top:4px} table.items{width:100%;border-collapse:collapse;margin-top:6px}
 table.items th,table.items td{border:1px solid #b5651d;padding:3px;color:#222} table.items th{color:#6b3a1e} .num{text-align:right}
 .grand td{font-weight:bold;color:#222}""",
 'seikyu': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt}
 .hdr{text-align:center} .hdr h1{font-size:22pt;letter-spacing:12px;border-bottom:3px double #333;display:inline-block;margin:0 0 10px}
 .buy b{font-size:13pt;border-bottom:1px solid #000} .big{border:2px solid #333;padding:6px 12px;font-size:14pt;display:inline-block;margin:8px 0}
 table.items{width:100%;border-collapse:collapse;margin-top:8px} table.items th{background:#dfe7ef;border:1px solid #555;padding:3px}
 table.items td{border:1px solid #777;padding:3px} .num{text-align:right} .grand td{font-weight:bold}
 .seal{width:52px;height:52px;border:2px solid #c0392b;color:#c0392b;border-radius:4px;text-align:center;font-size:9pt;float:right}""",
}


def esc(s): return html.escape(str(s))


def build_html(doc, theme):
    t = T[doc['lang']]; L = doc['lines']; sup = doc['supplier']; b = doc['buyer']
    money = has_money(doc)
    css = CSS[theme] + "\n@page{size:%s;margin:14mm 12mm 16mm 12mm}" % ('Letter' if doc['country'] in ('US', 'CA') else 'A4')
    if doc.get('weasy'):
        css += "\n@page{@bottom-right{content:'%s ' counter(page) ' / ' counter(pages);font-size:8pt;color:#666}}" % t['page']
    css += "\nthead{display:table-header-group} tr{page-break-inside:avoid} *{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    h = [f'<!doctype html><html lang="{doc["lang"]}"><head><meta charset="utf-8"><style>{css}</style></head><body>']
    sup_html = f'<div class="sup"><b>{esc(sup["name"])}</b><br>' + '<br>'.join(esc(a) for a in sup['addr']) + f'<br>{esc(t["taxid"])}: {esc(sup["taxid"])}</div>'
    meta = [(tt(doc, 'no') if doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note', 'proforma') else 'No.', doc['number']),
            (t['date'], fdate(doc['date'], doc['datefmt']))]
    if doc['doc_type'] in ('invoice', 'tax_invoice'): meta.append((t['due'], fdate(doc['due'], doc['datefmt'])))
    meta.append(('PO', doc['po']))
    meta_html = '<table class="meta">' + ''.join(f'<tr><td>{esc(a)}</td><td><b>{esc(v)}</b></td></tr>' for a, v in meta) + '</table>'
    if theme in ('fapiao', 'seikyu'):
        h.append(f'<div class="hdr"><h1>{esc(title(doc))}</h1></div>')
        if theme == 'seikyu':
            h.append(f'<div style="display:flex;justify-content:space-between"><div class="buy"><b>{esc(b["name"])} 御中</b><br>' + '<br>'.join(esc(a) for a in b['addr']) + '</div>')
            h.append(f'<div>{meta_html}<div class="seal">{esc(sup["name"][-4:-2])}<br>之印</div>{sup_html}</div></div>')
            if money and doc['doc_type'] in ('invoice', 'tax_invoice'):
                h.append(f'<div>下記の通りご請求申し上げます。</div><div class="big">{esc(t["balance"])}　{esc(fmoney(doc["total"], doc))}（税込）</div>')
        else:
            h.append(f'<div style="display:flex;justify-content:space-between"><div>{meta_html}</div><div>校验码 {R.randint(10**19, 10**20-1)}</div></div>')
            h.append(f'<div class="buy">{esc(tt(doc, "billto"))}：<b>{esc(b["name"])}</b> / ' + ' '.join(esc(a) for a in b['addr']) + '</div>')
    else:
        h.append(f'<div class="hdr">{sup_html}<div style="text-align:right"><h1>{esc(title(doc))}</h1>{meta_html}</div></div>')
        h.append(f'<div style="display:flex;gap:40px;margin-top:12px"><div class="buy"><b>{esc(tt(doc, "billto"))}</b><br>{esc(b["name"])}<br>' + '<br>'.join(esc(a) for a in b['addr']) + '</div>')
        if doc['shipto']:
            h.append(f'<div><b>{esc(t["shipto"])}</b><br>{esc(b["name"])}<br>' + '<br>'.join(esc(a) for a in doc['shipto']) + '</div>')
        h.append('</div>')
    cols = [t['sku'], t['desc'], t['qty']] + ([t['unit'], t['amount']] if money else [])
    h.append('<table class="items"><thead><tr>' + ''.join(f'<th class="{"num" if i >= 2 else ""}">{esc(c)}</th>' for i, c in enumerate(cols)) + '</tr></thead><tbody>')
    for l in L:
        r = [l['sku'], l['desc'], str(l['qty'])] + ([fnum(l['unit'], doc['numfmt']), fnum(l['line'], doc['numfmt'])] if money else [])
        h.append('<tr>' + ''.join(f'<td class="{"num" if i >= 2 else ""}">{esc(c)}</td>' for i, c in enumerate(r)) + '</tr>')
    h.append('</tbody></table>')
    if money:
        rows = [(t['subtotal'], fmoney(doc['subtotal'], doc))]
        if doc['discount']: rows.append((t['discount'], '-' + fmoney(doc['discount'], doc)))
        if doc['shipping']: rows.append((t['shipping'], fmoney(doc['shipping'], doc)))
        for lab, rate, amt in doc['taxes']: rows.append((lab, fmoney(amt, doc)))
        h.append('<table class="tot" style="margin-left:auto;margin-top:10px;min-width:45%">' +
                 ''.join(f'<tr><td>{esc(a)}</td><td class="num">{esc(v)}</td></tr>' for a, v in rows) +
                 f'<tr class="grand"><td>{esc(t["total"])} ({doc["currency"]})</td><td class="num">{esc(fmoney(doc["total"], doc))}</td></tr></table>')
    h.append(f'<p style="margin-top:20px;font-size:8.5pt">{esc(t["terms"])}<br>{esc(t["bank"])}: {esc(bank_line(doc))}<br>{esc(t["thanks"])}</p>')
    h.append('</body></html>')
    return '\n'.join(h)


def bank_line(doc):
    c = doc['country']
    return {'US': 'ACH routing 041215663 · acct ****4471', 'CA': 'Inst. 004 Transit 13742 Acct 5520183',
            'AU': 'BSB 063-155 Acct 1048 2231', 'UK': 'Sort code 20-44-91 Acct 53310872',
            'PL': 'PL61 1090 1014 0000 0712 1981 2874', 'JP': '三葉銀行 梅田支店 普通 1234567',
            'CN': '中国工商银行宁波分行 3901 1100 0920 0113 456'}.get(c, 'IBAN DE44 5001 0517 5407 3249 31 · BIC INGDDEFFXXX')


def render_chromium(doc, out):
    hp = out[:-4] + '.html'
    open(hp, 'w').write(build_html(doc, doc['theme']))
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={out}', 'file://' + hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def render_weasy(doc, out):
    import weasyprint
    doc['weasy'] = True
    weasyprint.HTML(string=build_html(doc, doc['theme'])).write_pdf(out)


# ----------------------------------------------------------------- ReportLab producer
_RL_FONTS = {}


def rl_fonts(lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if lang == 'ja':
        if 'ja' not in _RL_FONTS: pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5')); _RL_FONTS['ja'] = 1
        return 'HeiseiKakuGo-W5', 'HeiseiKakuGo-W5'
    if lang == 'zh':
        if 'zh' not in _RL_FONTS: pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light')); _RL_FONTS['zh'] = 1
        return 'STSong-Light', 'STSong-Light'
    if lang == 'pl':
        if 'pl' not in _RL_FONTS:
            pdfmetrics.registerFont(TTFont('DV', DEJAVU)); pdfmetrics.registerFont(TTFont('DVB', DEJAVU_B)); _RL_FONTS['pl'] = 1
        return 'DV', 'DVB'
    return 'Helvetica', 'Helvetica-Bold'


def render_reportlab(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import mm
    t = T[doc['lang']]; F, FB = rl_fonts(doc['lang']); money = has_money(doc)
    W, H = letter if doc['country'] in ('US', 'CA') else A4
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(f"{title(doc)} {doc['number']}"); c.setAuthor(doc['supplier']['name'])
    c.setCreator(R.choice(['LedgerLite 4.2', 'ShopBooks Desktop', 'BillFlow', 'ReportLab PDF Library - www.reportlab.com']))
    accent = R.choice([(0.1, 0.3, 0.5), (0.45, 0.1, 0.1), (0.1, 0.4, 0.2), (0.2, 0.2, 0.2)])
    L = doc['lines']; first, rest = 20, 36
    pages = 1 if len(L) <= first else 1 + math.ceil((len(L) - first) / rest)
    if money and len(L) > first and (len(L) - first) % rest > rest - 7: pages += 1
    li = 0
    xs = [40, 110, W - 230, W - 150, W - 45]
    for p in range(pages):
        y = H - 50
        if p == 0:
            c.setFont(FB, 15); c.setFillColorRGB(*accent); c.drawString(40, y, doc['supplier']['name']); c.setFillColorRGB(0, 0, 0)
            c.setFont(F, 8.5)
            for i, a in enumerate(doc['supplier']['addr'] + [f"{t['taxid']}: {doc['supplier']['taxid']}"]):
                c.drawString(40, y - 14 - i * 11, a)
            c.setFont(FB, 20); c.drawRightString(W - 40, y, title(doc))
            c.setFont(F, 9)
            meta = [(tt(doc, 'no'), doc['number']), (t['date'], fdate(doc['date'], doc['datefmt']))]
            if doc['doc_type'] in ('invoice', 'tax_invoice'): meta.append((t['due'], fdate(doc['due'], doc['datefmt'])))
            meta.append(('PO', doc['po']))
            for i, (a, v) in enumerate(meta):
                c.drawRightString(W - 140, y - 22 - i * 12, a + ':'); c.drawRightString(W - 40, y - 22 - i * 12, v)
            y = H - 150
            c.setFont(FB, 9); c.drawString(40, y, tt(doc, 'billto'))
            c.setFont(F, 9); c.drawString(40, y - 12, doc['buyer']['name'] + (' 御中' if doc['lang'] == 'ja' else ''))
            for i, a in enumerate(doc['buyer']['addr']): c.drawString(40, y - 24 - i * 11, a)
            if doc['shipto']:
                c.setFont(FB, 9); c.drawString(300, y, t['shipto']); c.setFont(F, 9)
                for i, a in enumerate([doc['buyer']['name']] + doc['shipto']): c.drawString(300, y - 12 - i * 11, a)
            y = H - 225
        else:
            c.setFont(F, 8); c.drawString(40, y, f"{doc['supplier']['name']} — {title(doc)} {doc['number']}")
            y -= 25
        c.setFillColorRGB(*accent); c.rect(35, y - 4, W - 70, 16, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 8.5)
        c.drawString(xs[0], y, t['sku']); c.drawString(xs[1], y, t['desc']); c.drawRightString(xs[2], y, t['qty'])
        if money: c.drawRightString(xs[3], y, t['unit']); c.drawRightString(xs[4], y, t['amount'])
        c.setFillColorRGB(0, 0, 0); c.setFont(F, 8.5); y -= 17
        n = first if p == 0 else rest
        for _ in range(n):
            if li >= len(L): break
            l = L[li]; li += 1
            c.drawString(xs[0], y, l['sku']); c.drawString(xs[1], y, l['desc']); c.drawRightString(xs[2], y, str(l['qty']))
            if money:
                c.drawRightString(xs[3], y, fnum(l['unit'], doc['numfmt'])); c.drawRightString(xs[4], y, fnum(l['line'], doc['numfmt']))
            c.setStrokeColorRGB(0.85, 0.85, 0.85); c.line(35, y - 4, W - 35, y - 4); y -= 15
        if p == pages - 1:
            y -= 10
            if money:
                rows = [(t['subtotal'], fmoney(doc['subtotal'], doc))]
                if doc['discount']: rows.append((t['discount'], '-' + fmoney(doc['discount'], doc)))
                if doc['shipping']: rows.append((t['shipping'], fmoney(doc['shipping'], doc)))
                for lab, rate, amt in doc['taxes']: rows.append((lab, fmoney(amt, doc)))
                c.setFont(F, 9)
                for a, v in rows:
                    c.drawRightString(W - 150, y, a); c.drawRightString(W - 45, y, v); y -= 14
                c.setFont(FB, 11); c.drawRightString(W - 150, y - 2, f"{t['total']} {doc['currency']}"); c.drawRightString(W - 45, y - 2, fmoney(doc['total'], doc))
                y -= 30
            c.setFont(F, 8)
            for s in (t['terms'], f"{t['bank']}: {bank_line(doc)}", t['thanks']):
                c.drawString(40, max(y, 60), s); y -= 11
        c.setFont(F, 7.5); c.drawRightString(W - 40, 30, f"{t['page']} {p + 1} / {pages}")
        c.showPage()
    c.save()


def render_receipt(doc, out):
    """thermal till receipt, narrow page, Courier"""
    from reportlab.pdfgen import canvas
    t = T[doc['lang']]; F, FB = rl_fonts(doc['lang'])
    mono = 'Courier' if F == 'Helvetica' else F
    W = 80 * 2.835; H = 220 + 24 * len(doc['lines']) + 14 * len(doc['taxes'])
    c = canvas.Canvas(out, pagesize=(W, H)); y = H - 24
    c.setFont(FB if F != 'Helvetica' else 'Courier-Bold', 10); c.drawCentredString(W / 2, y, doc['supplier']['name'][:34]); y -= 12
    c.setFont(mono, 7.5)
    for a in doc['supplier']['addr'][:2] + [doc['supplier']['taxid']]: c.drawCentredString(W / 2, y, a[:44]); y -= 10
    y -= 4; c.drawCentredString(W / 2, y, title(doc)); y -= 12
    c.drawString(10, y, f"{fdate(doc['date'], doc['datefmt'])}  {R.randint(8, 19):02d}:{R.randint(0, 59):02d}"); c.drawRightString(W - 10, y, doc['number']); y -= 10
    c.drawString(10, y, f"{tt(doc, 'billto')}: {doc['buyer']['name']}"[:46]); y -= 8
    c.drawString(10, y, '-' * 44); y -= 11
    for l in doc['lines']:
        c.drawString(10, y, l['desc'][:40]); y -= 10
        c.drawString(18, y, f"{l['qty']} x {fnum(l['unit'], doc['numfmt'])}"); c.drawRightString(W - 10, y, fnum(l['line'], doc['numfmt'])); y -= 12
    c.drawString(10, y, '-' * 44); y -= 11
    c.drawString(10, y, t['subtotal']); c.drawRightString(W - 10, y, fnum(doc['subtotal'], doc['numfmt'])); y -= 11
    for lab, rate, amt in doc['taxes']: c.drawString(10, y, lab); c.drawRightString(W - 10, y, fnum(amt, doc['numfmt'])); y -= 11
    c.setFont(FB if F != 'Helvetica' else 'Courier-Bold', 10)
    c.drawString(10, y, f"{t['total']} {doc['currency']}"); c.drawRightString(W - 10, y, fmoney(doc['total'], doc)); y -= 14
    c.setFont(mono, 7.5); c.drawString(10, y, f"VISA ****{R.randint(1000, 9999)}  AUTH {R.randint(100000, 999999)}"); y -= 12
    c.drawCentredString(W / 2, y, t['thanks'])
    c.showPage(); c.save()


# ----------------------------------------------------------------- fpdf2 producer
def render_fpdf(doc, out):
    from fpdf import FPDF
    t = T[doc['lang']]; money = has_money(doc)

    class P(FPDF):
        def footer(self):
            self.set_y(-12); self.set_font('DV', '', 7)
            self.cell(0, 5, f"{doc['supplier']['name']} · {bank_line(doc)} · {t['page']} {self.page_no()}/{{nb}}", align='C')
    pdf = P(format='letter' if doc['country'] in ('US', 'CA') else 'A4')
    pdf.add_font('DV', '', DEJAVU); pdf.add_font('DV', 'B', DEJAVU_B)
    pdf.set_creator(R.choice(['InvoiceDesk 2.1', 'PyFPDF/fpdf2', 'Kasa Biuro 7'])); pdf.set_title(doc['number'])
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    style = R.choice(['box', 'plain'])
    pdf.set_font('DV', 'B', 18); pdf.cell(0, 10, title(doc), new_x='LMARGIN', new_y='NEXT', align='R' if style == 'box' else 'L')
    pdf.set_font('DV', 'B', 11); pdf.cell(0, 6, doc['supplier']['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 8.5)
    for a in doc['supplier']['addr'] + [f"{t['taxid']}: {doc['supplier']['taxid']}"]: pdf.cell(0, 4.2, a, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4); y0 = pdf.get_y()
    pdf.set_font('DV', 'B', 9); pdf.cell(90, 5, tt(doc, 'billto'), new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DV', '', 9)
    for a in [doc['buyer']['name']] + doc['buyer']['addr']: pdf.cell(90, 4.5, a, new_x='LMARGIN', new_y='NEXT')
    pdf.set_xy(120, y0)
    meta = [(tt(doc, 'no'), doc['number']), (t['date'], fdate(doc['date'], doc['datefmt']))]
    if doc['doc_type'] in ('invoice', 'tax_invoice'): meta.append((t['due'], fdate(doc['due'], doc['datefmt'])))
    for a, v in meta:
        pdf.set_x(120); pdf.cell(35, 5, a, border=1 if style == 'box' else 0); pdf.cell(40, 5, v, border=1 if style == 'box' else 0, new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(pdf.get_y(), y0 + 26)); pdf.ln(4)
    widths = [24, 86, 16, 28, 30] if money else [30, 130, 24]
    heads = [t['sku'], t['desc'], t['qty']] + ([t['unit'], t['amount']] if money else [])

    def header():
        pdf.set_font('DV', 'B', 8.5); pdf.set_fill_color(225, 225, 225)
        for w, h_, i in zip(widths, heads, range(9)): pdf.cell(w, 6, h_, border=1, fill=True, align='R' if i >= 2 else 'L')
        pdf.ln(); pdf.set_font('DV', '', 8.5)
    header()
    for l in doc['lines']:
        if pdf.get_y() > pdf.h - 30: pdf.add_page(); header()
        vals = [l['sku'], l['desc'], str(l['qty'])] + ([fnum(l['unit'], doc['numfmt']), fnum(l['line'], doc['numfmt'])] if money else [])
        for w, v, i in zip(widths, vals, range(9)): pdf.cell(w, 5.5, v, border='LR' if style == 'plain' else 1, align='R' if i >= 2 else 'L')
        pdf.ln()
    pdf.cell(sum(widths), 0, '', border='T', new_x='LMARGIN', new_y='NEXT')
    if money:
        if pdf.get_y() > pdf.h - 60: pdf.add_page()
        pdf.ln(3)
        rows = [(t['subtotal'], fmoney(doc['subtotal'], doc))]
        if doc['discount']: rows.append((t['discount'], '-' + fmoney(doc['discount'], doc)))
        if doc['shipping']: rows.append((t['shipping'], fmoney(doc['shipping'], doc)))
        for lab, rate, amt in doc['taxes']: rows.append((lab, fmoney(amt, doc)))
        rows.append((f"{t['total']} ({doc['currency']})", fmoney(doc['total'], doc)))
        for i, (a, v) in enumerate(rows):
            if i == len(rows) - 1: pdf.set_font('DV', 'B', 10)
            pdf.set_x(pdf.l_margin + sum(widths) - 80); pdf.cell(50, 6, a, align='R'); pdf.cell(30, 6, v, align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 8); pdf.ln(6)
    pdf.multi_cell(0, 4, f"{t['terms']}\n{t['thanks']}")
    pdf.output(out)


# ----------------------------------------------------------------- LibreOffice: spreadsheet (fods) and docx
def build_fods(doc, path):
    t = T[doc['lang']]; money = has_money(doc)
    rows = []

    def cell(v, st=None, span=1):
        a = f' table:style-name="{st}"' if st else ''
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
        return f'<table:table-cell office:value-type="string"{a}{sp}><text:p>{html.escape(str(v))}</text:p></table:table-cell>' + \
               ('<table:covered-table-cell/>' * (span - 1))

    def row(cells): rows.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
    row([cell(doc['supplier']['name'], 'big', 3), cell(''), cell(title(doc), 'big')])
    for a in doc['supplier']['addr']: row([cell(a, None, 3)])
    row([cell(f"{t['taxid']}: {doc['supplier']['taxid']}", None, 3)])
    row([cell('')])
    row([cell(tt(doc, 'billto'), 'b'), cell(''), cell(''), cell(tt(doc, 'no'), 'b'), cell(doc['number'])])
    row([cell(doc['buyer']['name'], None, 2), cell(''), cell(t['date'], 'b'), cell(fdate(doc['date'], doc['datefmt']))])
    for i, a in enumerate(doc['buyer']['addr']):
        extra = [cell('PO', 'b'), cell(doc['po'])] if i == 0 else []
        row([cell(a, None, 2), cell('')] + extra)
    row([cell('')])
    heads = [t['sku'], t['desc'], t['qty']] + ([t['unit'], t['amount']] if money else [])
    row([cell(h, 'hd') for h in heads])
    for l in doc['lines']:
        vals = [l['sku'], l['desc'], str(l['qty'])] + ([fnum(l['unit'], doc['numfmt']), fnum(l['line'], doc['numfmt'])] if money else [])
        row([cell(v, 'r' if i >= 2 else 'g') for i, v in enumerate(vals)])
    if money:
        row([cell('')])
        tr = [(t['subtotal'], fmoney(doc['subtotal'], doc))]
        if doc['discount']: tr.append((t['discount'], '-' + fmoney(doc['discount'], doc)))
        if doc['shipping']: tr.append((t['shipping'], fmoney(doc['shipping'], doc)))
        for lab, rate, amt in doc['taxes']: tr.append((lab, fmoney(amt, doc)))
        for a, v in tr: row([cell(''), cell(''), cell(''), cell(a, 'r'), cell(v, 'r')])
        row([cell(''), cell(''), cell(''), cell(f"{t['total']} {doc['currency']}", 'rb'), cell(fmoney(doc['total'], doc), 'rb')])
    row([cell('')]); row([cell(t['terms'], None, 5)]); row([cell(f"{t['bank']}: {bank_line(doc)}", None, 5)])
    widths = ['2.2cm', '6.8cm', '1.4cm', '3.1cm', '3.3cm']
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
{''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))}
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#c9d7e8" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="g" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="rb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{html.escape(doc['number'][:30])}">
{''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(5))}
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w').write(xml)


def build_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = T[doc['lang']]; money = has_money(doc)
    d = Document()
    for s in d.sections: s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(1.5)
    st = d.styles['Normal']; st.font.name = R.choice(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']); st.font.size = Pt(9.5)
    if doc['lang'] in ('ja', 'zh'): st.font.name = 'WenQuanYi Micro Hei'
    p = d.add_paragraph(); r = p.add_run(doc['supplier']['name']); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph('\n'.join(doc['supplier']['addr'] + [f"{t['taxid']}: {doc['supplier']['taxid']}"]))
    if doc['doc_type'] == 'letter':
        d.add_paragraph(fdate(doc['date'], doc['datefmt'])).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph('\n'.join([doc['buyer']['name']] + doc['buyer']['addr']))
        for para in doc['letter_body']: d.add_paragraph(para)
        d.add_paragraph(doc['letter_sign'])
        d.save(path); return
    p = d.add_paragraph(); r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tb = d.add_table(rows=1, cols=2); tb.style = 'Table Grid'
    tb.cell(0, 0).text = tt(doc, 'billto') + ':\n' + '\n'.join([doc['buyer']['name']] + doc['buyer']['addr'])
    meta = [f"{tt(doc, 'no')}: {doc['number']}", f"{t['date']}: {fdate(doc['date'], doc['datefmt'])}", f"PO: {doc['po']}"]
    tb.cell(0, 1).text = '\n'.join(meta)
    d.add_paragraph()
    heads = [t['sku'], t['desc'], t['qty']] + ([t['unit'], t['amount']] if money else [])
    it = d.add_table(rows=1, cols=len(heads)); it.style = R.choice(['Table Grid', 'Light Grid Accent 1', 'Light List Accent 1'])
    for i, h_ in enumerate(heads): it.rows[0].cells[i].text = h_
    for l in doc['lines']:
        vals = [l['sku'], l['desc'], str(l['qty'])] + ([fnum(l['unit'], doc['numfmt']), fnum(l['line'], doc['numfmt'])] if money else [])
        cells = it.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v
            if i >= 2: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if money:
        d.add_paragraph()
        tr = [(t['subtotal'], fmoney(doc['subtotal'], doc))]
        if doc['discount']: tr.append((t['discount'], '-' + fmoney(doc['discount'], doc)))
        if doc['shipping']: tr.append((t['shipping'], fmoney(doc['shipping'], doc)))
        for lab, rate, amt in doc['taxes']: tr.append((lab, fmoney(amt, doc)))
        tr.append((f"{t['total']} ({doc['currency']})", fmoney(doc['total'], doc)))
        for i, (a, v) in enumerate(tr):
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(f'{a}:   {v}'); r.bold = (i == len(tr) - 1)
            p.paragraph_format.space_after = Pt(0)
    d.add_paragraph('\n' + t['terms'] + '\n' + f"{t['bank']}: {bank_line(doc)}")
    d.save(path)


def soffice_batch(paths, outdir):
    if not paths: return
    for i in range(0, len(paths), 12):
        subprocess.run(['/usr/bin/soffice', f'-env:UserInstallation=file://{WORK}/lo_profile', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 12],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------- scans, faxes, photos
def render_pages(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path); out = []
    for i in range(len(pdf)):
        page = pdf[i]; W, H = page.get_size()
        out.append((page.render(scale=dpi / 72).to_pil().convert('RGB'), W, H))
    return out


def scan_image(img, W, H, dpi, angle, rng, quality='copier'):
    s = dpi / 72; cx, cy = img.width / 2, img.height / 2; a = math.radians(angle)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array([0.97, 0.96, 0.93]) + 4  # paper tone
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(70, 70, 70) if quality == 'copier' else (250, 250, 248))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0, 7, arr.shape[:2])[..., None]
    if quality == 'copier':  # toner streak + darker edge
        x0 = rng.integers(0, arr.shape[1]); arr[:, x0:x0 + 2] *= 0.85
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = ImageEnhance.Contrast(img).enhance(1.15)

    def mp(x, y):
        px, py = x * s, (H - y) * s; dx, dy = px - cx, py - cy
        return (cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a))
    return img, mp


def fax_image(img, W, H, rng, doc, pno, npg):
    # 200x100 dpi fine/standard fax: squash vertically then stretch back, threshold
    w, h = img.size
    g = img.convert('L').resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    arr = np.asarray(g).astype(np.float32) + rng.normal(0, 25, (h, w))
    b = Image.fromarray(((arr > 150) * 255).astype(np.uint8)).convert('L')
    d = ImageDraw.Draw(b); f = ImageFont.truetype(DEJAVU_MONO, max(12, w // 90))
    stamp = doc['date'] + dt.timedelta(days=int(rng.integers(0, 3)))
    d.text((20, 6), f"{stamp.strftime('%b-%d-%Y').upper()} {int(rng.integers(8, 18)):02d}:{int(rng.integers(0, 59)):02d}  FROM: {([x for x in [doc['supplier']['name']] + doc['supplier']['addr'] if x.isascii()] + ['FAX'])[0][:28]}  +1 905 555 0{int(rng.integers(100, 999))}   P.{pno + 1:02d}/{npg:02d}", fill=0, font=f)
    s = w / W

    def mp(x, y): return (x * s, (H - y) * s)
    return b, mp


def photo_image(img, W, H, rng):
    w, h = img.size
    pad = int(0.12 * w)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.uint8); base = rng.integers(60, 140)
    bg[:] = (base, base * 0.85, base * 0.7)
    import cv2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(img), M, (bg.shape[1], bg.shape[0]), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, M, (bg.shape[1], bg.shape[0]))
    out = np.where(mask[..., None] > 0, warped, bg).astype(np.float32)
    yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]]
    cxl, cyl = rng.uniform(0.2, 0.8) * out.shape[1], rng.uniform(0.1, 0.6) * out.shape[0]
    light = 1.05 - 0.45 * np.sqrt(((xx - cxl) / out.shape[1]) ** 2 + ((yy - cyl) / out.shape[0]) ** 2)
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9])
    out += rng.normal(0, 5, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    s = w / W

    def mp(x, y):
        p = cv2.perspectiveTransform(np.float32([[[x * s, (H - y) * s]]]), M)[0, 0]
        return (float(p[0]), float(p[1]))
    return im, mp


def images_to_pdf(imgs, out, dpi):
    imgs[0].save(out, 'PDF', resolution=dpi, save_all=True, append_images=imgs[1:])


# ----------------------------------------------------------------- PDF text location
def find_text(pdf_path, s, page_filter=None):
    """return list of dict(page, l, b, r, t, size, ox, oy) for each occurrence of s"""
    res = []
    pdf = pdfium.PdfDocument(pdf_path)
    for pi in range(len(pdf)):
        if page_filter is not None and pi not in page_filter: continue
        page = pdf[pi]; tp = page.get_textpage()
        se = tp.search(s, match_case=True)
        while True:
            m = se.get_next()
            if not m: break
            idx, cnt = m
            boxes = [tp.get_charbox(idx + k) for k in range(cnt)]
            boxes = [b for b in boxes if b[2] - b[0] > 0.1]
            if not boxes: continue
            x = ctypes.c_double(); y = ctypes.c_double()
            pdfr.FPDFText_GetCharOrigin(tp.raw, idx, x, y)
            size = pdfr.FPDFText_GetFontSize(tp.raw, idx)
            res.append(dict(page=pi, l=min(b[0] for b in boxes), b=min(b[1] for b in boxes), r=max(b[2] for b in boxes),
                            t=max(b[3] for b in boxes), size=size, ox=x.value, oy=y.value,
                            chars=[tp.get_charbox(idx + k) for k in range(cnt)], text=tp.get_text_range(idx, cnt)))
    return res


def find_qty(pdf_path, desc, qty):
    ds = find_text(pdf_path, desc)
    if not ds: return []
    d0 = ds[0]; cy = (d0['b'] + d0['t']) / 2
    out = []
    for o in find_text(pdf_path, str(qty), page_filter={d0['page']}):
        if abs((o['b'] + o['t']) / 2 - cy) < 3 and o['l'] > d0['r']:
            out.append(o)
    return out[:1]


def fit_font(s):
    try:
        s.encode('latin-1'); return 'latin'
    except UnicodeEncodeError:
        return 'cjk'


def overlay_pdf(src, dst, reps, style='whitebox', resave=None):
    """reps: list of (occurrence dict, new_text, align). Draw a white box over each and write new text."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try: pdfmetrics.getFont('STSong-Light')
    except Exception: pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    rd = pypdf.PdfReader(src); wr = pypdf.PdfWriter(clone_from=rd)
    byp = {}
    for o, new, align in reps: byp.setdefault(o['page'], []).append((o, new, align))
    fontname = R.choice(['Helvetica', 'Helvetica', 'Arial-ish'])
    for pi, items in byp.items():
        pg = wr.pages[pi]; W = float(pg.mediabox.width); H = float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H))
        for o, new, align in items:
            fn = 'Helvetica' if fit_font(new) == 'latin' else 'STSong-Light'
            if fontname == 'Arial-ish' and fn == 'Helvetica': fn = 'Helvetica-Bold' if o['size'] > 10.5 else 'Helvetica'
            size = o['size'] if o['size'] > 2 else (o['t'] - o['b']) / 0.72
            c.setFillColorRGB(1, 1, 1) if style == 'whitebox' else c.setFillColorRGB(0.995, 0.995, 0.99)
            c.rect(o['l'] - 1.2, o['b'] - 2.2, o['r'] - o['l'] + 2.4, o['t'] - o['b'] + 3.6, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(fn, size)
            if align == 'right': c.drawRightString(o['r'], o['oy'], new)
            else: c.drawString(o['l'], o['oy'], new)
        c.showPage(); c.save(); buf.seek(0)
        ov = pypdf.PdfReader(buf).pages[0]; pg.merge_page(ov)
    wr.write(dst)
    if resave == 'pikepdf':
        with pikepdf.open(dst, allow_overwriting_input=True) as p:
            p.docinfo['/Producer'] = 'Adobe PDF Library 15.0'; p.docinfo['/ModDate'] = 'D:20261120094411-05\'00\''
            p.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)


def redact_pdf_literal(src, dst, old, new_via_overlay_occ=None):
    """remove the old string from the content stream (literal Tj) and retype via overlay"""
    tmp = dst + '.tmp.pdf'
    with pikepdf.open(src) as p:
        n = _replace_literals(p, old, '', max_count=None)
        p.save(tmp)
    return n, tmp


def _esc_pdf(s): return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def _replace_literals(p, old, new, max_count=None, after=None, exact=False):
    cnt = 0
    ob = _esc_pdf(old).encode('latin-1'); nb = _esc_pdf(new).encode('latin-1')
    for page in p.pages:
        conts = page.obj.Contents
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for st in streams:
            data = st.read_bytes(); start = 0
            if after:
                k = data.find(b'(' + _esc_pdf(after).encode('latin-1') + b')')
                if k < 0: continue
                start = k
            out = data[:start]; pos = start
            for m in re.finditer(rb'\((?:\\.|[^\\()])*\)', data[start:]):
                a, b = m.start() + start, m.end() + start
                lit = data[a:b]
                hit = (lit == b'(' + ob + b')') if exact else (ob in lit)
                if hit and (max_count is None or cnt < max_count):
                    lit = lit.replace(ob, nb); cnt += 1
                out += data[pos:a] + lit; pos = b
            out += data[pos:]
            if out != data: st.write(out)
    return cnt


def pikepdf_replace(src, dst, old, new, after=None, max_count=None, exact=False):
    with pikepdf.open(src) as p:
        n = _replace_literals(p, old, new, max_count=max_count, after=after, exact=exact)
        p.save(dst)
    return n


def pypdf_incremental(src, dst, old, new, after=None, max_count=None, exact=False):
    w = pypdf.PdfWriter(src, incremental=True)
    ob = _esc_pdf(old).encode('latin-1'); nb = _esc_pdf(new).encode('latin-1'); cnt = 0
    for page in w.pages:
        c = page['/Contents'].get_object()
        data = c.get_data(); start = 0
        if after:
            k = data.find(b'(' + _esc_pdf(after).encode('latin-1') + b')')
            if k < 0: continue
            start = k
        out = data[:start]; pos = start
        for m in re.finditer(rb'\((?:\\.|[^\\()])*\)', data[start:]):
            a, b = m.start() + start, m.end() + start; lit = data[a:b]
            hit = (lit == b'(' + ob + b')') if exact else (ob in lit)
            if hit and (max_count is None or cnt < max_count):
                lit = lit.replace(ob, nb); cnt += 1
            out += data[pos:a] + lit; pos = b
        out += data[pos:]
        if out != data:
            s = pypdf.generic.DecodedStreamObject(); s.set_data(out)
            page[pypdf.generic.NameObject('/Contents')] = w._add_object(s)
    w.add_metadata({'/ModDate': "D:20261118101500-05'00'", '/Producer': 'pypdf'})
    with open(dst, 'wb') as f: w.write(f)
    return cnt


def rasterise_edit(src, dst, reps, dpi=150):
    """render every page, paint new text over located values with PIL, rebuild image-only PDF"""
    pages = render_pages(src, dpi); s = dpi / 72; imgs = []
    for pi, (img, W, H) in enumerate(pages):
        d = ImageDraw.Draw(img)
        for o, new, align in reps:
            if o['page'] != pi: continue
            l, t_, r, b = o['l'] * s, (H - o['t']) * s, o['r'] * s, (H - o['b']) * s
            d.rectangle([l - 2, t_ - 3, r + 2, b + 3], fill=(255, 255, 255))
            size = max(8, int(round((o['size'] if o['size'] > 2 else 9) * s)))
            f = ImageFont.truetype(DEJAVU if fit_font(new) == 'latin' else WQY, size)
            base = (H - o['oy']) * s
            wtxt = d.textlength(new, font=f)
            x = r - wtxt if align == 'right' else l
            d.text((x, base), new, font=f, fill=(20, 20, 20), anchor='ls')
        imgs.append(img)
    images_to_pdf(imgs, dst, dpi)


def paste_on_image(img, mp, o, new, align, rng, font_path=DEJAVU):
    """pasted digits: cover old value with paper-coloured patch and paste a rendered new value"""
    pts = [mp(o['l'], o['b']), mp(o['r'], o['b']), mp(o['r'], o['t']), mp(o['l'], o['t'])]
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    l, r, t_, b = min(xs), max(xs), min(ys), max(ys)
    if l < 5 or t_ < 5 or r > img.width - 5 or b > img.height - 5 or r - l < 2: return None
    pad = 1
    arr = np.asarray(img.convert('RGB'))
    ring = arr[max(0, int(t_) - 6):int(b) + 6, max(0, int(l) - 6):int(r) + 6].reshape(-1, 3)
    bright = ring[ring.mean(axis=1) > np.percentile(ring.mean(axis=1), 40)]
    paper = tuple(int(v) for v in np.median(bright, axis=0)) if len(bright) else (236, 236, 232)
    h = b - t_
    if o.get('chars'):  # use digit height of the tight glyph boxes when available
        hs = [mp(c[0], c[1])[1] - mp(c[0], c[3])[1] for c in o['chars'] if c[2] - c[0] > 0.1]
        if hs: h = max(abs(x) for x in hs)
    f = ImageFont.truetype(font_path, max(7, int(h * 1.38)))
    ph = int(h * 1.45) + 4; base_y = int(h * 1.12) + 2
    tmp = Image.new('RGB', (int(r - l) + 300, ph), paper); d = ImageDraw.Draw(tmp)
    tw = d.textlength(new, font=f)
    d.text((4, base_y), new, font=f, fill=(35, 35, 38), anchor='ls')
    patch = tmp.crop((0, 0, int(tw) + 8, ph)).filter(ImageFilter.GaussianBlur(0.7))
    img = img.convert('RGB')
    ImageDraw.Draw(img).rectangle([l - pad, t_ - pad, r + pad, b + pad], fill=paper)
    x = int(r - tw - 4) if align == 'right' else int(l - 4)
    img.paste(patch, (x, int(b - base_y)))
    return img


def clone_digit(img, mp, target_box, source_box):
    """copy the pixels of one glyph box onto another glyph box inside the same image"""
    def bb(bx):
        pts = [mp(bx[0], bx[1]), mp(bx[2], bx[1]), mp(bx[2], bx[3]), mp(bx[0], bx[3])]
        return (int(min(p[0] for p in pts)) - 1, int(min(p[1] for p in pts)) - 1, int(max(p[0] for p in pts)) + 2, int(max(p[1] for p in pts)) + 2)
    sb = bb(source_box); tb = bb(target_box)
    patch = img.crop(sb)
    w = max(patch.width, tb[2] - tb[0])
    img = img.copy()
    ImageDraw.Draw(img).rectangle(tb, fill=tuple(int(v) for v in np.percentile(np.asarray(img.crop((tb[0]-6, tb[1]-6, tb[2]+6, tb[3]+6))).reshape(-1, 3), 92, axis=0)))
    img.paste(patch, (tb[0] + (tb[2] - tb[0] - patch.width) // 2, tb[1] + (tb[3] - tb[1] - patch.height) // 2))
    return img


# ================================================================= orchestration
LABELS = []
NAME_POOL = list(range(100, 1000)); R.shuffle(NAME_POOL)


def new_name(ext):
    return f'doc_{NAME_POOL.pop():03d}.{ext}'


def npages(path):
    if path.endswith('.pdf'): return len(pypdf.PdfReader(path).pages)
    return 1


def base_label(doc, fname, producer):
    money = has_money(doc) or doc['doc_type'] == 'price_list'
    sup, buy = doc['supplier']['name'], doc['buyer']['name']
    if doc['doc_type'] == 'purchase_order': sup, buy = doc['buyer']['name'], doc['supplier']['name']  # printed issuer is the buyer, printed 'Vendor' is the supplier
    dtype = doc['doc_type'] if doc['doc_type'] not in ('price_list', 'letter') else 'other'
    return dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc['lang'],
                is_invoice=dtype in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=dtype,
                date=doc['date'].isoformat(),
                total=(str(doc['total']) if has_money(doc) else None), currency=(doc['currency'] if has_money(doc) else None),
                supplier=sup, buyer=buy, pages=npages(os.path.join(FILES, fname)), edit_before_capture=False,
                arithmetic_error=doc['arith_error'], source_country=doc['country'])


def plan_genuine():
    prods = (['html_chromium'] * 18 + ['html_weasyprint'] * 18 + ['reportlab'] * 18 + ['receipt_reportlab'] * 4 +
             ['fpdf2'] * 14 + ['calc_soffice'] * 10 + ['docx_soffice'] * 10 + ['scan_jpeg'] * 5 + ['scan_png'] * 3 +
             ['scan_pdf'] * 5 + ['fax'] * 4 + ['photo_jpeg'] * 11)
    R.shuffle(prods)
    cw = {'CN': 20, 'US': 18, 'CA': 12, 'AU': 10, 'UK': 8, 'PL': 8, 'JP': 10, 'DE': 8, 'FR': 6, 'IT': 6, 'ES': 7, 'NL': 7}
    special = {}  # index -> doc_type
    nonset = [('packing_list', 'calc_soffice'), ('packing_list', 'html_weasyprint'), ('purchase_order', 'docx_soffice'),
              ('purchase_order', 'html_chromium'), ('quotation', 'fpdf2'), ('quotation', 'reportlab'),
              ('delivery_note', 'docx_soffice'), ('delivery_note', 'scan_jpeg'), ('price_list', 'fpdf2'), ('letter', 'docx_soffice'),
              ('credit_note', 'html_weasyprint'), ('credit_note', 'reportlab'), ('proforma', 'html_chromium'), ('proforma', 'calc_soffice'),
              ('receipt', 'photo_jpeg'), ('receipt', 'photo_jpeg'), ('receipt', 'photo_jpeg'), ('receipt', 'fax')]
    pool = [c for c, n in cw.items() for _ in range(n)]; R.shuffle(pool)
    used = set()
    for dtp, pr in nonset:
        for i, p in enumerate(prods):
            if p == pr and i not in used: used.add(i); special[i] = dtp; break
    plan = []
    for i, p in enumerate(prods):
        dtp = special.get(i, 'invoice')
        if p == 'receipt_reportlab': dtp = 'receipt'
        tries = 0
        while True:
            tries += 1
            c = pool[min(tries - 1, len(pool) - 1)] if tries <= len(pool) else R.choice(list(cw))
            sup = R.choice(SUPPLIERS[c])
            if p == 'fpdf2' and sup['lang'] in ('ja', 'zh'): continue
            if dtp in ('letter', 'purchase_order') and sup['lang'] != 'en': continue
            if dtp in ('credit_note', 'price_list') and sup['lang'] in ('ja', 'zh'): continue
            if dtp == 'receipt' and c not in ('US', 'CA', 'AU', 'UK', 'JP', 'DE'): continue
            if c in pool: pool.remove(c)
            break
        if dtp == 'invoice' and (c == 'AU' or (sup['lang'] == 'zh' and R.random() < 0.7) or (sup['lang'] == 'ja' and R.random() < 0.5)):
            dtp = 'tax_invoice'
        multipage = p in ('html_chromium', 'html_weasyprint', 'reportlab', 'fpdf2', 'calc_soffice', 'scan_pdf') and R.random() < 0.3
        n = R.randint(26, 75) if multipage else R.randint(1, 9)
        if p in ('photo_jpeg', 'scan_jpeg', 'scan_png') or dtp == 'receipt': n = R.randint(1, 7)
        plan.append((i, c, sup, p, dtp, n))
    return plan


LETTERS = [["Dear customer,", "Please note that from 1 January our wholesale prices for the enamel and bamboo ranges will increase by 6% "
            "due to higher freight costs. Orders confirmed before 15 December will be invoiced at current prices.",
            "Your account manager will send the updated price list separately. Thank you for your continued business."], ]


def render_to(doc, producer, out):
    if producer == 'html_chromium': doc['theme'] = doc.get('theme') or theme_for(doc); render_chromium(doc, out)
    elif producer == 'html_weasyprint': doc['theme'] = doc.get('theme') or theme_for(doc); render_weasy(doc, out)
    elif producer == 'fpdf2': render_fpdf(doc, out)
    elif producer == 'receipt_reportlab': render_receipt(doc, out)
    else: render_reportlab(doc, out)


def theme_for(doc):
    if doc['lang'] == 'zh': return 'fapiao'
    if doc['lang'] == 'ja': return 'seikyu'
    return R.choice(['clean', 'classic', 'compact'])


def main():
    if os.path.exists(FILES): shutil.rmtree(FILES)
    if os.path.exists(WORK): shutil.rmtree(WORK)
    os.makedirs(FILES); os.makedirs(WORK)
    plan = plan_genuine()
    err_idx = set(R.sample([p[0] for p in plan if p[4] in ('invoice', 'tax_invoice') and p[3] not in ('fax',)], 8))
    G = []  # genuine records: dict(doc, producer, file, src_pdf, capture info)
    office_jobs = []
    for (i, c, sup, p, dtp, n) in plan:
        doc = make_spec(i, c, p, dtp, n, sup=sup)
        if dtp == 'price_list':
            for l in doc['lines']: l['desc'] += f" — {fmoney(l['unit'], doc)}"
        if dtp == 'letter':
            doc['letter_body'] = LETTERS[0]; doc['letter_sign'] = 'Kind regards,\nAccounts Team, ' + doc['supplier']['name']
        if i in err_idx: inject_error(doc)
        rec = dict(doc=doc, producer=p)
        if p in ('calc_soffice', 'docx_soffice'):
            stem = os.path.join(WORK, f'g{i:03d}')
            if p == 'calc_soffice': build_fods(doc, stem + '.fods'); office_jobs.append(stem + '.fods')
            else: build_docx(doc, stem + '.docx'); office_jobs.append(stem + '.docx')
            rec['src'] = stem + '.pdf'
        elif p in ('scan_jpeg', 'scan_png', 'scan_pdf', 'fax', 'photo_jpeg'):
            sp = R.choice(['reportlab', 'fpdf2', 'html_weasyprint']) if doc['lang'] not in ('ja', 'zh') else R.choice(['reportlab', 'html_weasyprint'])
            if dtp == 'receipt': sp = 'receipt_reportlab'
            rec['src_producer'] = sp; rec['src'] = os.path.join(WORK, f'g{i:03d}.pdf')
            render_to(doc, sp, rec['src'])
        else:
            rec['src'] = os.path.join(WORK, f'g{i:03d}.pdf')
            render_to(doc, p, rec['src'])
        G.append(rec)
        print('rendered', i, p, c, dtp, n, flush=True)
    soffice_batch(office_jobs, WORK)
    # capture + copy into files/
    for rec in G:
        capture_genuine(rec)
    print('genuine done', len(G), flush=True)
    make_edits(G)
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w') as f:
        for lab in LABELS: f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    check()


def capture(rec, src_pdf, kind, rng):
    """returns (fname, capture_info)"""
    doc = rec['doc']
    if kind in ('scan_jpeg', 'scan_png', 'scan_pdf'):
        dpi = int(rng.choice([110, 130, 150, 200])); angle = float(rng.uniform(-1.6, 1.6))
        pages = render_pages(src_pdf, dpi)
        caps = [scan_image(img, W, H, dpi, angle, rng, quality=str(rng.choice(['copier', 'flatbed']))) for img, W, H in pages]
        if kind == 'scan_pdf' or len(caps) > 1:
            fname = new_name('pdf'); imgs = [c[0] for c in caps]
            # JPEG-compress each page before wrapping, like a scanner driver
            jp = []
            for im in imgs:
                b = io.BytesIO(); im.save(b, 'JPEG', quality=int(rng.integers(55, 80))); b.seek(0); jp.append(Image.open(b).convert('RGB'))
            images_to_pdf(jp, os.path.join(FILES, fname), dpi); caps = [(jp[k], caps[k][1]) for k in range(len(caps))]
        elif kind == 'scan_jpeg':
            fname = new_name('jpg'); caps[0][0].save(os.path.join(FILES, fname), 'JPEG', quality=int(rng.integers(50, 85)))
        else:
            fname = new_name('png'); caps[0][0].convert('L').save(os.path.join(FILES, fname))
        return fname, dict(kind=kind, caps=caps, dpi=dpi, angle=angle)
    if kind == 'fax':
        pages = render_pages(src_pdf, 150)
        caps = [fax_image(img, W, H, rng, doc, k, len(pages)) for k, (img, W, H) in enumerate(pages)]
        if len(caps) > 1 or rng.random() < 0.5:
            fname = new_name('pdf'); images_to_pdf([c[0].convert('1').convert('L') for c in caps], os.path.join(FILES, fname), 150)
        else:
            fname = new_name('png'); caps[0][0].convert('1').save(os.path.join(FILES, fname))
        return fname, dict(kind=kind, caps=caps)
    if kind == 'photo_jpeg':
        img, W, H = render_pages(src_pdf, 120 if doc['doc_type'] != 'receipt' else 200)[0]
        im, mp = photo_image(img, W, H, rng)
        fname = new_name('jpg'); im.save(os.path.join(FILES, fname), 'JPEG', quality=int(rng.integers(70, 90)))
        return fname, dict(kind=kind, caps=[(im, mp)])
    raise ValueError(kind)


def capture_genuine(rec):
    p = rec['producer']; rng = np.random.default_rng(rec['doc']['idx'] + 7)
    if p in ('scan_jpeg', 'scan_png', 'scan_pdf', 'fax', 'photo_jpeg'):
        fname, info = capture(rec, rec['src'], p, rng); rec['cap'] = info
    else:
        if not os.path.exists(rec['src']): print('MISSING', rec['src']); return
        fname = new_name('pdf'); shutil.copy(rec['src'], os.path.join(FILES, fname))
    rec['file'] = fname
    lab = base_label(rec['doc'], fname, p)
    if 'src_producer' in rec: lab['source_producer'] = rec['src_producer']
    if rec['doc']['arith_error']: lab['arithmetic_note'] = rec['doc']['arith_note']
    rec['label'] = lab; LABELS.append(lab)


# ----------------------------------------------------------------- edits
def pick_change(doc, prefer, allow_cjk=True, ascii_only=False):
    """returns dict(field, old, new, align, upd) or None"""
    for field in prefer:
        if field == 'total' and has_money(doc):
            old = fnum(doc['total'], doc['numfmt'])
            f = R.choice([D('1.5'), D('2'), D('2.5'), D('3'), D('1.35')])
            newv = q(doc['total'] * f, doc['currency'])
            return dict(field='total', old=old, new=fnum(newv, doc['numfmt']), align='right', upd={'total': str(newv)})
        if field == 'date':
            old = fdate(doc['date'], doc['datefmt'])
            if ascii_only and not old.isascii(): continue
            if not allow_cjk and fit_font(old) != 'latin': continue
            nd = doc['date'] - dt.timedelta(days=R.randint(25, 150))
            new = fdate(nd, doc['datefmt'])
            return dict(field='date', old=old, new=new, align='left', upd={'date': nd.isoformat()})
        if field == 'buyer' and doc['buyer']['name'] != MAIN_BUYER['name'] and doc['doc_type'] != 'purchase_order':
            return dict(field='buyer', old=doc['buyer']['name'], new=MAIN_BUYER['name'], align='left', upd={'buyer': MAIN_BUYER['name']})
        if field == 'quantity' and doc['doc_type'] != 'letter':
            l = doc['lines'][0]
            if ascii_only and not l['desc'].isascii(): continue
            newq = l['qty'] * R.choice([3, 5, 10]) if l['qty'] < 20 else l['qty'] * 2
            return dict(field='quantity', old=str(l['qty']), new=str(newq), align='right', upd={}, desc=l['desc'])
    return None


def locate(src, ch):
    if ch['field'] == 'quantity': return find_qty(src, ch['desc'], ch['old'])
    occ = find_text(src, ch['old'])
    return occ


def add_edit_label(rec, fname, method, ch_list, producer=None, before=False, extra=None):
    lab = dict(rec['label']); lab.update(file=fname, genuine=False, edit_method=method, what_changed=[c['field'] for c in ch_list],
                                         edit_before_capture=before, arithmetic_error=False, source_file=rec['file'])
    lab.pop('arithmetic_note', None)
    if producer: lab['producer'] = producer
    for c in ch_list:
        lab.update(c['upd'])
        if c['field'] == 'total': lab['total'] = c['upd']['total']
    lab['pages'] = npages(os.path.join(FILES, fname))
    lab['change_detail'] = '; '.join(f"{c['field']}: '{c['old']}' -> '{c['new']}'" for c in ch_list)
    if extra: lab.update(extra)
    LABELS.append(lab)
    print('edit', method, fname, lab['change_detail'], flush=True)


def make_edits(G):
    ok = lambda r: 'file' in r
    rl = [r for r in G if ok(r) and r['producer'] == 'reportlab' and r['doc']['lang'] not in ('ja', 'zh', 'pl')]
    other_pdf = [r for r in G if ok(r) and r['producer'] in ('html_chromium', 'html_weasyprint', 'fpdf2', 'calc_soffice', 'docx_soffice', 'reportlab', 'receipt_reportlab')
                 and r['doc']['doc_type'] != 'letter']
    scans = [r for r in G if ok(r) and r['producer'] in ('scan_jpeg', 'scan_png', 'scan_pdf', 'photo_jpeg', 'fax') and has_money(r['doc'])]
    R.shuffle(rl); R.shuffle(other_pdf); R.shuffle(scans)
    used = set()

    def take(pool, cond=lambda r: True):
        for r in pool:
            if r['file'] not in used and cond(r): used.add(r['file']); return r
        for r in pool:
            if cond(r): return r
        return None
    prefs = [['total'], ['total'], ['date', 'total'], ['quantity', 'total'], ['buyer', 'total'], ['total', 'date']]
    # 1) pikepdf content-stream text replace (6) and 2) pypdf incremental update (5), 3) redact+retype (3)
    for method, n in (('pikepdf_text_replace', 6), ('pypdf_incremental_update', 5), ('redact_retype', 3)):
        for k in range(n):
            rec = take(rl, lambda r: has_money(r['doc']) and (method != 'redact_retype' or fmoney(r['doc']['total'], r['doc']).isascii()))
            if rec is None: break
            ch = pick_change(rec['doc'], prefs[k % len(prefs)], allow_cjk=False, ascii_only=True)
            if ch['field'] == 'buyer' and k % 2: ch = pick_change(rec['doc'], ['buyer', 'total'], ascii_only=True)
            fname = new_name('pdf'); dst = os.path.join(FILES, fname); src = os.path.join(FILES, rec['file'])
            kw = dict(after=ch.get('desc'), max_count=1, exact=True) if ch['field'] == 'quantity' else {}
            if method == 'pikepdf_text_replace':
                cnt = pikepdf_replace(src, dst, ch['old'], ch['new'], **kw)
            elif method == 'pypdf_incremental_update':
                cnt = pypdf_incremental(src, dst, ch['old'], ch['new'], **kw)
            else:
                if ch['field'] == 'total':  # redact the whole printed amount incl. currency sign, retype it
                    ch = dict(ch, old=fmoney(rec['doc']['total'], rec['doc']), new=fmoney(D(ch['upd']['total']), rec['doc']))
                    kw = dict(exact=True)
                occ = locate(src, ch)
                tmp = dst + '.tmp.pdf'
                cnt = pikepdf_replace(src, tmp, ch['old'], '', **kw)
                overlay_pdf(tmp, dst, [(o, ch['new'], ch['align']) for o in occ], style='retype'); os.remove(tmp)
            if cnt == 0: print('WARN no literal hit', method, rec['file'], ch); os.remove(dst); NAME_POOL.append(int(fname[4:7])); continue
            add_edit_label(rec, fname, method, [ch])
    # 4) overlay white box (8), 5) overlay then pikepdf resave (3), 6) rasterise (4)
    for method, n in (('overlay_whitebox', 8), ('overlay_whitebox_resaved', 3), ('rasterise_edit', 4)):
        k = 0; tries = 0
        while k < n and tries < 40:
            tries += 1
            rec = take(other_pdf)
            pr = [['total'], ['buyer', 'total'], ['date', 'total'], ['total'], ['quantity', 'date']][(k + tries) % 5]
            if not has_money(rec['doc']): pr = ['date', 'quantity']
            ch = pick_change(rec['doc'], pr)
            if ch is None: continue
            src = os.path.join(FILES, rec['file'])
            occ = locate(src, ch)
            if not occ: print('WARN not found', rec['file'], ch['old']); continue
            chs = [ch]
            reps = [(o, ch['new'], ch['align']) for o in occ]
            if method == 'overlay_whitebox' and k % 3 == 2 and ch['field'] != 'total' and has_money(rec['doc']):
                ch2 = pick_change(rec['doc'], ['total']); o2 = locate(src, ch2)
                if o2: chs.append(ch2); reps += [(o, ch2['new'], ch2['align']) for o in o2]
            fname = new_name('pdf'); dst = os.path.join(FILES, fname)
            if method == 'rasterise_edit': rasterise_edit(src, dst, reps, dpi=R.choice([110, 150, 200]))
            else: overlay_pdf(src, dst, reps, resave='pikepdf' if method.endswith('resaved') else None)
            add_edit_label(rec, fname, method, chs)
            k += 1
    # 7) image paste (5) and 8) image clone (3) on scans / photos / faxes
    k = 0
    for rec in scans:
        if k >= 5: break
        ch = pick_change(rec['doc'], R.choice([['total'], ['total'], ['date', 'total'], ['quantity', 'total']]))
        if ch is None: continue
        occ = locate(rec['src'], ch)
        if not occ: continue
        occ = occ[-1:] if ch['field'] == 'total' else occ[:1]
        info = rec['cap']
        if occ[0]['page'] >= len(info['caps']): continue
        img, mp = info['caps'][occ[0]['page']]
        fpath = DEJAVU if fit_font(ch['new']) == 'latin' else WQY
        im2 = paste_on_image(img, mp, occ[0], ch['new'], ch['align'], R, font_path=fpath)
        if im2 is None: print('WARN paste out of bounds', rec['file']); continue
        fname = save_edited_capture(rec, info, occ[0]['page'], im2)
        used.add(rec['file']); add_edit_label(rec, fname, 'image_paste', [ch]); k += 1
    k = 0
    for rec in scans:
        if k >= 3: break
        if rec['file'] in used: continue
        doc = rec['doc']; old = fnum(doc['total'], doc['numfmt'])
        occ = find_text(rec['src'], old)
        if not occ: continue
        o = occ[-1]; d0 = old[0]
        if d0 == '9': continue
        pg = o['page']
        cands = []
        for dn in '98765432':
            if dn <= d0: continue
            for s in find_text(rec['src'], dn, page_filter={pg}):
                if abs(s['size'] - o['size']) < 0.6 and not (s['l'] >= o['l'] - 1 and s['r'] <= o['r'] + 1 and abs(s['b'] - o['b']) < 2):
                    cands.append((dn, s))
            if cands: break
        if not cands: continue
        dn, s = cands[0]
        tb = o['chars'][0]; sb = s['chars'][0]
        info = rec['cap']
        if pg >= len(info['caps']): continue
        img, mp = info['caps'][pg]
        im2 = clone_digit(img, mp, tb, sb)
        newnum = dn + old[1:]; newv = parse_num(newnum, doc['numfmt'])
        ch = dict(field='total', old=old, new=newnum, align='right', upd={'total': str(q(newv, doc['currency']))})
        fname = save_edited_capture(rec, info, pg, im2)
        used.add(rec['file']); add_edit_label(rec, fname, 'image_clone', [ch]); k += 1
    # 9) source edit + re-export (before capture, 2) and 10) edit then scan / photo (3)
    srcs = [r for r in G if ok(r) and r['producer'] in ('docx_soffice', 'html_chromium', 'html_weasyprint') and has_money(r['doc'])
            and r['file'] not in used][:2]
    for rec in srcs:
        import copy
        doc = copy.deepcopy(rec['doc']); ch = pick_change(doc, ['buyer', 'total'])
        if ch['field'] == 'buyer': doc['buyer'] = MAIN_BUYER
        else:
            newv = D(ch['upd']['total']); doc['total'] = newv
        out = os.path.join(WORK, f"re{doc['idx']:03d}.pdf")
        if rec['producer'] == 'docx_soffice':
            build_docx(doc, out[:-4] + '.docx'); soffice_batch([out[:-4] + '.docx'], WORK)
        else: render_to(doc, rec['producer'], out)
        fname = new_name('pdf'); shutil.copy(out, os.path.join(FILES, fname))
        add_edit_label(rec, fname, 'source_edit_reexport', [ch], before=True)
    for kind, rec in zip(['scan_jpeg', 'photo_jpeg', 'scan_pdf'], [r for r in rl if has_money(r['doc'])][-3:]):
        ch = pick_change(rec['doc'], ['total'])
        tmp = os.path.join(WORK, f"ets{rec['doc']['idx']:03d}.pdf")
        pikepdf_replace(os.path.join(FILES, rec['file']), tmp, ch['old'], ch['new'])
        fname, _ = capture(rec, tmp, kind, np.random.default_rng(rec['doc']['idx'] + 99))
        add_edit_label(rec, fname, 'edit_then_' + kind.split('_')[0], [ch], producer=kind, before=True)


def save_edited_capture(rec, info, pg, im2):
    kind = info['kind']
    if rec['file'].endswith('.pdf'):
        imgs = [c[0] for c in info['caps']]; imgs[pg] = im2
        fname = new_name('pdf'); images_to_pdf([i.convert('RGB') for i in imgs], os.path.join(FILES, fname), info.get('dpi', 150))
    elif rec['file'].endswith('.png'):
        fname = new_name('png'); im2.convert('L').save(os.path.join(FILES, fname))
    else:
        fname = new_name('jpg'); im2.save(os.path.join(FILES, fname), 'JPEG', quality=R.choice([75, 85, 92]))
    return fname


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'))]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(FILES, l['file']))]
    print('labels', len(labs), 'missing', missing, 'files on disk', len(os.listdir(FILES)))
    for key in ('producer', 'language', 'doc_type', 'edit_method', 'genuine', 'arithmetic_error', 'is_invoice', 'edit_before_capture'):
        print(key, dict(Counter(str(l[key]) for l in labs)))


if __name__ == '__main__':
    main()
