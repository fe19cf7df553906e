#!/usr/bin/env python3
"""Test set for the marketplace invoice checker: supplier invoices as a Munich
tax adviser's Amazon.de clients receive them, plus non-invoices and edited copies.
Run: /work/main/.venv/bin/python make.py"""
import json, random, os, subprocess, shutil, io, glob, html
from decimal import Decimal as D, ROUND_HALF_UP
from datetime import date, timedelta
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium, pikepdf
from pypdf import PdfReader, PdfWriter

BASE = os.path.dirname(os.path.abspath(__file__))
OUT, TMP = f'{BASE}/files', f'{BASE}/tmp'
R = random.Random(1930)
DJ = '/usr/share/fonts/truetype/dejavu/'
CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
C2 = D('0.01')

def q2(x): return D(x).quantize(C2, ROUND_HALF_UP)

# ---------------------------------------------------------------- formatting
def num(x, loc, cur):
    x = D(x)
    if cur == 'JPY':
        return f"{int(x):,}"
    s = f"{x:,.2f}"
    if loc in ('de', 'it', 'es', 'nl', 'at'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
    elif loc in ('fr', 'pl', 'cz'):
        s = s.replace(',', ' ').replace('.', ',')
    elif loc == 'ch':
        s = s.replace(',', "'")
    return s

def money(x, d):
    n = num(x, d['loc'], d['cur']); st = d['mstyle']
    return {'suf': f"{n} {d['sym']}", 'pre': f"{d['sym']} {n}", 'tight': f"{d['sym']}{n}", 'code': f"{d['cur']} {n}"}[st]

MON = {'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
       'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
       'en': 'January February March April May June July August September October November December',
       'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
       'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
       'nl': 'januari februari maart april mei juni juli augustus september oktober november december'}
MON = {k: v.split() for k, v in MON.items()}

def fdate(d, st):
    if st == 'dot': return d.strftime('%d.%m.%Y')
    if st == 'slash': return d.strftime('%d/%m/%Y')
    if st == 'us': return d.strftime('%m/%d/%Y')
    if st == 'iso': return d.isoformat()
    if st == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if st == 'cjk': return f"{d.year}年{d.month}月{d.day}日"
    if st == 'nl_dash': return f"{d.day}-{d.month}-{d.year}"
    if st == 'de_long': return f"{d.day}. {MON['de'][d.month-1]} {d.year}"
    if st == 'en_us_long': return f"{MON['en'][d.month-1]} {d.day}, {d.year}"
    if st.endswith('_long'):
        l = st[:-5]; return f"{d.day} {MON[l][d.month-1]} {d.year}"
    raise ValueError(st)

# labels per language
L = {
 'de': dict(invoice='Rechnung', credit_note='Rechnungskorrektur', proforma='Proforma-Rechnung', receipt='Quittung',
            packing_list='Packliste', purchase_order='Bestellung', quotation='Angebot', delivery_note='Lieferschein',
            price_list='Preisliste', no='Rechnungsnummer', date='Rechnungsdatum', ddate='Lieferdatum', cust='Kundennummer',
            pos='Pos.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', amount='Gesamt', net='Nettobetrag',
            tax='zzgl. USt {r} %', total='Rechnungsbetrag', ship='Versandkosten', disc='Rabatt {p} %',
            due='Zahlbar bis {due} ohne Abzug. Bei Zahlung innerhalb von 8 Tagen 2 % Skonto.', page='Seite {a} von {b}',
            carry='Übertrag', vat='USt-IdNr.', thanks='Vielen Dank für Ihren Auftrag.', docno='Belegnummer', to='Rechnungsempfänger'),
 'en': dict(invoice='Invoice', credit_note='Credit Note', proforma='Proforma Invoice', receipt='Receipt',
            packing_list='Packing List', purchase_order='Purchase Order', quotation='Quotation', delivery_note='Delivery Note',
            price_list='Price List', no='Invoice No.', date='Invoice Date', ddate='Delivery Date', cust='Customer ID',
            pos='#', desc='Description', qty='Qty', unit='Unit Price', amount='Amount', net='Subtotal',
            tax='VAT {r}%', total='Total', ship='Shipping', disc='Discount {p}%',
            due='Payment due by {due}.', page='Page {a} of {b}', carry='Carried forward', vat='VAT No.',
            thanks='Thank you for your business.', docno='Document No.', to='Bill to'),
 'fr': dict(invoice='Facture', credit_note='Avoir', no='Facture n°', date='Date', ddate='Date de livraison', cust='Client n°',
            pos='Réf.', desc='Désignation', qty='Qté', unit='Prix unitaire HT', amount='Montant HT', net='Total HT',
            tax='TVA {r} %', total='Total TTC', ship='Frais de port', disc='Remise {p} %',
            due="Échéance : {due}. Pas d'escompte pour paiement anticipé.", page='Page {a}/{b}', vat='N° TVA',
            thanks='Merci de votre confiance.', to='Facturé à', carry='Report'),
 'it': dict(invoice='Fattura', no='Fattura n.', date='Data', ddate='Data consegna', cust='Cod. cliente', pos='Pos.',
            desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', amount='Importo', net='Imponibile', tax='IVA {r}%',
            total='Totale documento', ship='Spese di trasporto', disc='Sconto {p}%', due='Scadenza pagamento: {due}',
            page='Pagina {a} di {b}', vat='P.IVA', thanks='Grazie.', to='Spett.le', carry='Riporto'),
 'es': dict(invoice='Factura', no='Nº factura', date='Fecha', ddate='Fecha de entrega', cust='Cliente', pos='Ref.',
            desc='Concepto', qty='Cant.', unit='Precio', amount='Importe', net='Base imponible', tax='IVA {r}%',
            total='Total factura', ship='Portes', disc='Descuento {p}%', due='Vencimiento: {due}', page='Página {a} de {b}',
            vat='NIF', thanks='Gracias por su compra.', to='Cliente', carry='Suma anterior'),
 'nl': dict(invoice='Factuur', no='Factuurnummer', date='Factuurdatum', ddate='Leverdatum', cust='Klantnummer', pos='Nr.',
            desc='Omschrijving', qty='Aantal', unit='Prijs', amount='Bedrag', net='Subtotaal', tax='BTW {r}%',
            total='Totaal', ship='Verzendkosten', disc='Korting {p}%', due='Gelieve te betalen vóór {due}.',
            page='Pagina {a} van {b}', vat='BTW-nr.', thanks='Bedankt voor uw bestelling.', to='Factuuradres', carry='Transport'),
 'pl': dict(invoice='Faktura VAT', no='Numer faktury', date='Data wystawienia', ddate='Data dostawy', cust='Nabywca nr',
            pos='Lp.', desc='Nazwa towaru', qty='Ilość', unit='Cena netto', amount='Wartość netto', net='Razem netto',
            tax='VAT {r}%', total='Do zapłaty', ship='Koszty wysyłki', disc='Rabat {p}%', due='Termin płatności: {due}',
            page='Strona {a} z {b}', vat='NIP', thanks='', to='Nabywca', carry='Z przeniesienia'),
 'zh': dict(invoice='增值税普通发票', no='发票号码', date='开票日期', ddate='交货日期', cust='客户编号', pos='序号',
            desc='货物或应税劳务名称', qty='数量', unit='单价', amount='金额', net='合计金额', tax='税额 {r}%',
            total='价税合计', ship='运费', disc='折扣 {p}%', due='付款期限：{due}', page='第{a}页 共{b}页', vat='纳税人识别号',
            thanks='', to='购买方', carry='承前页'),
 'ja': dict(invoice='請求書', no='請求番号', date='請求日', ddate='納品日', cust='お客様番号', pos='No.',
            desc='品名', qty='数量', unit='単価', amount='金額', net='小計', tax='消費税 {r}%', total='ご請求金額',
            ship='送料', disc='値引 {p}%', due='お支払期限：{due}', page='{a}/{b}', vat='登録番号', thanks='毎度ありがとうございます。',
            to='御中', carry='前頁より'),
}
for k in L:
    for kk, vv in L['en'].items():
        L[k].setdefault(kk, vv)

# ---------------------------------------------------------------- parties
ITEMS_DE = [('Bambus-Schneidebrett 38 x 25 cm', 4.35), ('Edelstahl-Trinkflasche 750 ml, isoliert', 6.90),
            ('Bienenwachstücher 3er-Set', 3.80), ('Holzeisenbahn Starterset 24-tlg.', 17.40), ('Merino-Wollsocken Gr. 39-42', 5.15),
            ('USB-C Ladekabel 2 m, geflochten', 1.62), ('Keramiktasse handbemalt 350 ml', 4.95), ('Lavendelseife 100 g', 1.18),
            ('Gewürzregal Eiche, 3 Ebenen', 12.80), ('Filzuntersetzer rund, 8 Stk.', 2.25), ('Versandkarton 30x20x15, 2-wellig', 0.48),
            ('Luftpolsterbeutel DIN A5', 0.09), ('Fahrradklingel Messing', 3.35), ('LED-Stirnlampe 300 lm', 7.60),
            ('Yogamatte Kork 183 x 61 cm', 14.20), ('Kinder-Regenjacke Gr. 110/116', 11.50), ('Hundeleine Leder 1,5 m', 8.75),
            ('Pfeffermühle Buche, Keramikmahlwerk', 6.40), ('Etikettendrucker-Rollen 100x150, 500 Stk.', 4.10),
            ('Tischläufer Leinen 40 x 150 cm', 7.25)]
ITEMS_FOOD = [('Kürbiskernöl g.g.A. 250 ml', 5.90), ('Waldhonig 500 g Glas', 4.70), ('Bio-Bergkräutertee 100 g', 2.95),
              ('Zirbenschnaps-Pralinen 150 g', 6.10), ('Apfelchips ungeschwefelt 80 g', 1.85)]
ITEMS_EN = [('Bamboo cutting board 38x25cm', 4.10), ('Silicone baking mat, 2-pack', 2.35), ('Wireless earbuds BT 5.3, black', 9.80),
            ('Phone stand aluminium', 2.15), ('LED strip 5 m RGB with remote', 4.60), ('Stainless steel straws set (8)', 0.95),
            ('Glass food container 1 L', 3.20), ('Resistance bands set of 5', 3.75), ('Kids water bottle 400 ml', 2.05),
            ('Cotton tote bag, natural', 0.88), ('Ceramic plant pot 14 cm', 2.70), ('Hand-blown wine glass 450 ml', 5.40)]
ITEMS_ZH = [('不锈钢保温杯 500ml', 28.50), ('硅胶厨具五件套', 36.00), ('蓝牙耳机 TWS', 52.00), ('手机支架 铝合金', 12.80),
            ('竹制砧板 大号', 19.90), ('LED灯带 5米', 22.40)]
ITEMS_JA = [('手ぬぐい 綿100% 藍染', 680), ('有田焼 マグカップ', 1450), ('木製 箸 5膳セット', 920), ('南部鉄器 急須 0.6L', 6800),
            ('風呂敷 70cm', 1150)]
ITEMS_FR = [('Savon au lait d\'ânesse 100 g', 2.40), ('Bougie parfumée lavande 180 g', 4.90), ('Huile d\'argan bio 50 ml', 6.30),
            ('Sachet de lavande séchée', 1.10)]
ITEMS_IT = [('Tazza in ceramica dipinta a mano', 5.20), ('Piatto piano Ø 27 cm, maiolica', 6.80), ('Ciotola 15 cm', 3.90)]
ITEMS_ES = [('Azulejo decorativo 15x15', 1.95), ('Plato de cerámica pintado', 5.60), ('Aceitera de vidrio 500 ml', 3.10)]
ITEMS_NL = [('Fietsbel messing', 3.10), ('Fietslamp LED set voor/achter', 7.95), ('Bagagedrager snelbinders (2)', 1.90),
            ('Fietstas waterdicht 20 L', 12.40)]
ITEMS_PL = [('Deska do krojenia dąb', 18.50), ('Łyżka drewniana buk', 3.20), ('Koszyk wiklinowy', 24.00)]

def sup(name, addr, tax, lang, loc, cur, sym, mstyle, rates, mode, dates, items, country, extra=''):
    return dict(name=name, addr=addr, taxid=tax, lang=lang, loc=loc, cur=cur, sym=sym, mstyle=mstyle, rates=rates,
                mode=mode, dates=dates, items=items, country=country, extra=extra)

SUPPLIERS = [
 sup('Kerner Verpackungen GmbH & Co. KG', ['Industriestraße 14', '86368 Gersthofen'], 'DE 281 447 309', 'de', 'de', 'EUR', '€', 'suf', [19], 'std', ['dot'], ITEMS_DE[10:12] + ITEMS_DE[18:19], 'DE', 'Amtsgericht Augsburg HRA 17723'),
 sup('Lindauer Naturkosmetik e.K.', ['Seestraße 3a', '88131 Lindau (Bodensee)'], 'DE 312 908 554', 'de', 'de', 'EUR', '€', 'suf', [19], 'std', ['dot', 'de_long'], ITEMS_DE[6:8] + ITEMS_DE[2:3], 'DE'),
 sup('Textilhandel Oberwieser GmbH', ['Färberweg 22', '95028 Hof'], 'DE 199 204 871', 'de', 'de', 'EUR', '€', 'suf', [19], 'std', ['dot'], [ITEMS_DE[4], ITEMS_DE[15], ITEMS_DE[19]], 'DE'),
 sup('Elektro-Großhandel Sommerfeld GmbH', ['Am Güterbahnhof 7', '04129 Leipzig'], 'DE 254 660 102', 'de', 'de', 'EUR', 'EUR', 'suf', [19], 'std', ['dot', 'iso'], [ITEMS_DE[5], ITEMS_DE[13], ITEMS_DE[18]], 'DE'),
 sup('Holzwerkstatt Brandl', ['Kirchplatz 2', '83714 Miesbach'], 'Steuernr. 139/215/40117', 'de', 'de', 'EUR', '€', 'suf', [], 'klein', ['dot'], [ITEMS_DE[0], ITEMS_DE[3], ITEMS_DE[8], ITEMS_DE[17]], 'DE'),
 sup('Imkerei & Hofladen Gruber', ['Hinterberg 5', '84453 Mühldorf a. Inn'], 'DE 301 778 426', 'de', 'de', 'EUR', '€', 'suf', [7, 19], 'std', ['dot'], ITEMS_FOOD[1:3] + [ITEMS_DE[2]], 'DE'),
 sup('Sportartikel Vierthaler GmbH', ['Gewerbepark Nord 18', '93055 Regensburg'], 'DE 267 115 930', 'de', 'de', 'EUR', '€', 'suf', [19], 'std', ['dot'], [ITEMS_DE[14], ITEMS_DE[12], ITEMS_DE[16], ITEMS_DE[13]], 'DE'),
 sup('Alpenkeramik Wimmer GmbH', ['Töpfergasse 9', '5020 Salzburg', 'Österreich'], 'ATU 64418205', 'de', 'at', 'EUR', '€', 'pre', [20], 'std', ['dot'], [ITEMS_DE[6], ITEMS_DE[9]], 'AT', 'FN 318842 b, Landesgericht Salzburg'),
 sup('Steirische Kernöl-Manufaktur Pölzl OG', ['Gleichenberger Straße 41', '8330 Feldbach', 'Österreich'], 'ATU 73390218', 'de', 'at', 'EUR', '€', 'pre', [10, 13, 20], 'std', ['dot'], ITEMS_FOOD[0:1] + ITEMS_FOOD[3:5], 'AT'),
 sup('Tiroler Wollwerk Haller KG', ['Innrain 112', '6020 Innsbruck', 'Österreich'], 'ATU 58821074', 'de', 'at', 'EUR', 'EUR', 'pre', [20], 'std', ['dot', 'de_long'], [ITEMS_DE[4], ITEMS_DE[19]], 'AT'),
 sup('Bergholz Spielwaren AG', ['Dorfstrasse 31', '3714 Frutigen', 'Schweiz'], 'CHE-214.887.503 MWST', 'de', 'ch', 'CHF', 'CHF', 'pre', [D('8.1')], 'ch', ['dot'], [ITEMS_DE[3], ITEMS_DE[8]], 'CH'),
 sup('Atelier horloger Favre Sàrl', ['Rue du Marché 6', '2300 La Chaux-de-Fonds', 'Suisse'], 'CHE-389.120.446 TVA', 'fr', 'ch', 'CHF', 'CHF', 'code', [D('8.1')], 'ch', ['dot', 'fr_long'], [('Bracelet cuir 20 mm', 14.50), ('Boîte cadeau bois', 6.20)], 'CH'),
 sup('Sklárna Novák s.r.o.', ['Masarykova 211', '468 22 Železný Brod', 'Tschechien'], 'DIČ CZ27114582', 'de', 'de', 'EUR', 'EUR', 'suf', [0], 'rc_de', ['dot'], [('Weinglas mundgeblasen 450 ml', 5.40), ('Glasvase 25 cm, grün', 9.80), ('Christbaumkugel Ø 8 cm', 1.95)], 'CZ'),
 sup('Drewpol Sp. z o.o.', ['ul. Leśna 17', '62-080 Tarnowo Podgórne', 'Poland'], 'VAT ID PL7792415503', 'en', 'en', 'EUR', 'EUR', 'code', [0], 'rc_en', ['dot', 'iso'], [('Oak cutting board 40x28 cm', 7.90), ('Beech wooden spoon', 0.85), ('Serving tray oak 45 cm', 11.30)], 'PL'),
 sup('Hurtownia Kowalczyk Sp. j.', ['ul. Przemysłowa 4', '43-300 Bielsko-Biała'], 'NIP 547-210-88-31', 'pl', 'pl', 'PLN', 'zł', 'suf', [23], 'std', ['dot', 'iso'], ITEMS_PL, 'PL'),
 sup('Ceramiche Bellandi S.r.l.', ['Via della Fornace 28', '50053 Empoli (FI)', 'Italy'], 'P.IVA IT05528170481', 'en', 'en', 'EUR', '€', 'tight', [0], 'rc_it', ['slash'], [('Hand-painted ceramic mug', 4.90), ('Majolica dinner plate 27 cm', 6.60), ('Olive oil cruet 250 ml', 3.30)], 'IT'),
 sup('Tessitura Ravelli S.n.c.', ['Via Roma 144', '22100 Como'], 'P.IVA IT02914470133', 'it', 'it', 'EUR', '€', 'pre', [22], 'std', ['slash', 'it_long'], ITEMS_IT, 'IT'),
 sup('Savonnerie du Lubéron SARL', ['12 chemin des Oliviers', '84400 Apt', 'France'], 'FR 41 502 884 197', 'fr', 'fr', 'EUR', '€', 'suf', [20], 'std', ['fr_long', 'slash'], ITEMS_FR, 'FR'),
 sup('Cerámicas Alhambra S.L.', ['Calle Alfareros 8', '18010 Granada', 'España'], 'NIF B18443271', 'es', 'es', 'EUR', '€', 'suf', [21], 'std', ['slash'], ITEMS_ES, 'ES'),
 sup('Van der Berg Fietsonderdelen B.V.', ['Havenweg 61', '3542 AD Utrecht', 'Nederland'], 'NL 8541.22.730.B01', 'nl', 'nl', 'EUR', '€', 'pre', [21], 'std', ['nl_dash', 'dot'], ITEMS_NL, 'NL'),
 sup('Shenzhen Hengtai Electronics Co., Ltd.', ['Bldg 6, Huaqiang Industrial Park', 'Futian District, Shenzhen 518031, China'], 'USCC 91440300MA5F2K8Q1X', 'en', 'en', 'USD', 'USD', 'code', [], 'export', ['us', 'ymd_slash', 'en_long'], ITEMS_EN[2:5] + ITEMS_EN[0:1], 'CN'),
 sup('Ningbo Qiaofeng Household Products Co., Ltd.', ['No. 88 Jiangnan Road', 'Beilun, Ningbo 315800, China'], 'USCC 91330206MA2H7LQ03D', 'en', 'en', 'USD', '$', 'tight', [], 'export', ['ymd_slash', 'en_long'], ITEMS_EN[5:12], 'CN'),
 sup('义乌市星辰日用品有限公司', ['浙江省义乌市稠城街道工人北路 1208 号'], '91330782MA2EC4QJ7N', 'zh', 'en', 'CNY', '¥', 'tight', [13], 'std', ['cjk'], ITEMS_ZH, 'CN'),
 sup('株式会社ミナト工芸', ['〒231-0023 神奈川県横浜市中区山下町 58-2'], 'T4020001098813', 'ja', 'en', 'JPY', '¥', 'tight', [10], 'std', ['cjk', 'ymd_slash'], ITEMS_JA, 'JP'),
 sup('Pinecrest Outdoor Supply LLC', ['410 Industrial Blvd, Suite C', 'Bend, OR 97701, USA'], 'EIN 93-2284170', 'en', 'en', 'USD', '$', 'tight', [], 'export', ['us', 'en_us_long'], [('Camp mug enamel 12 oz', 3.40), ('Paracord 550, 100 ft', 4.25), ('Trekking pole tips (pair)', 1.80)], 'US'),
]
BUYERS = [
 dict(name='Brunnhuber Handels GmbH', addr=['Landsberger Str. 302', '80687 München'], vat='DE 318 204 776'),
 dict(name='Kiesl Home & Living UG (haftungsbeschränkt)', addr=['Rosenheimer Str. 145e', '81671 München'], vat='DE 329 117 045'),
 dict(name='Seidl Trading e.K.', addr=['Bahnhofstraße 12', '85737 Ismaning'], vat='DE 301 552 918'),
 dict(name='Fuchs & Maier Onlinehandel GbR', addr=['Schleißheimer Str. 88', '80797 München'], vat='DE 344 091 223'),
 dict(name='Vogl Outdoor GmbH', addr=['Hauptstraße 40', '82008 Unterhaching'], vat='DE 297 660 381'),
 dict(name='Reisinger Naturwaren, Inh. Anna Reisinger', addr=['Am Mühlbach 3', '85354 Freising'], vat='DE 335 870 412'),
 dict(name='Pichler Kids & Toys GmbH', addr=['Ungererstraße 19', '80802 München'], vat='DE 352 108 967'),
]
FAKE_BUYERS = ['Huber Versandhandel GmbH', 'Schmid E-Commerce GmbH', 'Mayr Trading UG', 'Nordlicht Handels GmbH']

# ---------------------------------------------------------------- documents
def make_doc(kind='invoice', prof=None, nmin=1, nmax=6, many=False):
    p = prof or R.choice(SUPPLIERS)
    b = R.choice(BUYERS)
    d0 = date(2025, 9, 1) + timedelta(days=R.randint(0, 420))
    n = R.randint(30, 44) if many else R.randint(nmin, nmax)
    pool = p['items']
    items = []
    for i in range(n):
        desc, base = pool[i % len(pool)] if not many else R.choice(pool)
        if many or i >= len(pool):
            desc = f"{desc} – {R.choice(['Farbe natur', 'Farbe anthrazit', 'Var. A', 'Var. B', 'Gr. M', 'Gr. L', 'Set 2', 'V2'])}" if p['lang'] in ('de',) else f"{desc} ({R.choice(['A', 'B', 'C', 'M', 'L', 'XL'])}-{i})"
        price = D(str(base)) * D(str(R.choice([1, 1, 1.1, 0.95, 1.2])))
        price = D(int(price)) if p['cur'] == 'JPY' else q2(price)
        qty = R.choice([1, 2, 5, 10, 12, 20, 24, 25, 40, 48, 50, 60, 100, 120, 200, 250, 500]) if base < 50 else R.choice([1, 2, 3, 5, 10])
        if p['cur'] in ('CNY', 'JPY'): qty = R.choice([10, 20, 30, 50, 100, 200])
        rate = p['rates'][0] if p['rates'] else None
        if len(p['rates']) > 1:
            rate = p['rates'][i % len(p['rates'])] if p['country'] == 'AT' else (7 if 'honig' in desc.lower() or 'tee' in desc.lower() else 19)
        items.append(dict(pos=i + 1, desc=desc, qty=qty, price=price, rate=rate, amount=(price * qty).quantize(C2) if p['cur'] != 'JPY' else price * qty))
    doc = dict(kind=kind, sup=p, buyer=dict(b), lang=p['lang'], loc=p['loc'], cur=p['cur'], sym=p['sym'], mstyle=p['mstyle'],
               date=d0, ddate=d0 - timedelta(days=R.randint(1, 9)), due=d0 + timedelta(days=R.choice([14, 14, 30, 10])),
               dstyle=R.choice(p['dates']), items=items, arith=None)
    pre = {'de': 'RE', 'en': 'INV', 'fr': 'FA', 'it': 'FT', 'es': 'F', 'nl': 'F', 'pl': 'FV', 'zh': 'No.', 'ja': 'No.'}[p['lang']]
    doc['number'] = R.choice([f"{pre}-{d0.year}-{R.randint(100, 9999):04d}", f"{pre}{R.randint(10000, 99999)}", f"{d0.year}/{R.randint(1, 999):03d}"])
    if p['lang'] == 'zh': doc['number'] = f"{R.randint(10**7, 10**8 - 1)}"
    doc['custno'] = str(R.randint(10000, 79999))
    uniform = len({it['rate'] for it in items}) == 1
    doc['disc_pct'] = R.choice([0, 0, 0, 3, 5, 10]) if uniform and p['cur'] != 'JPY' else 0
    doc['ship'] = q2(R.choice([0, 0, 4.90, 5.95, 12.50, 39.00, 85.00])) if p['cur'] not in ('JPY', 'CNY') else D(0)
    if doc['ship'] and p['cur'] == 'JPY': doc['ship'] = D(1200)
    compute(doc)
    return doc

def compute(doc):
    jpy = doc['cur'] == 'JPY'
    net = sum(it['amount'] for it in doc['items'])
    doc['net_items'] = net
    disc = q2(net * doc['disc_pct'] / 100) if doc['disc_pct'] else D(0)
    doc['disc'] = disc
    base = {}
    for it in doc['items']:
        base[it['rate']] = base.get(it['rate'], D(0)) + it['amount']
    if disc:
        r0 = next(iter(base)); base[r0] -= disc
    if doc['ship']:
        r0 = max(base) if base and None not in base else None
        base[r0] = base.get(r0, D(0)) + doc['ship']
    taxes = []
    for r in sorted(k for k in base if k is not None):
        t = base[r] * D(str(r)) / 100
        t = D(int(t.quantize(D(1), ROUND_HALF_UP))) if jpy else q2(t)
        taxes.append((r, base[r], t))
    doc['taxes'] = taxes
    doc['net'] = net - disc + doc['ship']
    tot = doc['net'] + sum(t for _, _, t in taxes)
    doc['rounding'] = D(0)
    if doc['cur'] == 'CHF':
        r = (tot * 20).quantize(D(1), ROUND_HALF_UP) / 20
        doc['rounding'] = q2(r - tot); tot = q2(r)
    if doc['kind'] == 'credit_note':
        pass
    doc['total'] = tot

def inject_error(doc):
    """deliberate arithmetic mistake in a genuine-looking document (printed values)"""
    t = R.choice(['line', 'tax', 'total'])
    if len(doc['items']) < 2 and t == 'line': t = 'total'
    if t == 'line':
        it = R.choice(doc['items'])
        it['amount'] = it['amount'] + R.choice([D(10), D(-10), D(1), D(100)])
        # later sums consistently built on the wrong line amount (as a spreadsheet copy error would)
        ship, dp = doc['ship'], doc['disc_pct']
        compute(doc)
    elif t == 'tax' and doc['taxes']:
        r, b, tx = doc['taxes'][0]
        doc['taxes'][0] = (r, b, tx + D('9.00')); doc['total'] += D('9.00')
        # total re-added correctly, tax itself wrong -> total = net + wrong tax
    else:
        doc['total'] = doc['total'] + R.choice([D('0.10'), D('1.00'), D('-10.00'), D('100.00')])
    doc['arith'] = t

def S(doc):
    """all printed strings"""
    l = L[doc['lang']]; m = lambda x: money(x, doc)
    s = dict(title=l.get(doc['kind'] if doc['kind'] != 'invoice' else 'invoice', l['invoice']), date=fdate(doc['date'], doc['dstyle']),
             ddate=fdate(doc['ddate'], doc['dstyle']), due=fdate(doc['due'], doc['dstyle']))
    if doc['kind'] == 'invoice' and doc['cur'] in ('USD',) and doc['lang'] == 'en' and doc['sup']['country'] == 'CN':
        s['title'] = 'Commercial Invoice'
    if doc['kind'] == 'invoice' and doc['sup']['country'] == 'JP': s['title'] = '請求書（適格請求書）'
    if doc['kind'] == 'invoice' and doc['sup']['mode'] == 'std' and doc['lang'] == 'en': s['title'] = 'Tax Invoice' if doc['sup']['country'] not in ('US',) else 'Invoice'
    s['totnum'] = num(doc['total'], doc['loc'], doc['cur'])
    rows = [(str(it['pos']), it['desc'], str(it['qty']), m(it['price']), m(it['amount'])) for it in doc['items']]
    sums = [(l['net'] if not doc['disc'] and not doc['ship'] else l['net'], m(doc['net_items']))]
    if doc['disc']: sums.append((l['disc'].format(p=doc['disc_pct']), m(-doc['disc'])))
    if doc['ship']: sums.append((l['ship'], m(doc['ship'])))
    mode = doc['sup']['mode']
    for r, b, t in doc['taxes']:
        lab = l['tax'].format(r=num(r, doc['loc'], 'X').replace(',00', '').replace('.00', '') if r else '0')
        if doc['sup']['country'] == 'AT': lab = lab.replace('zzgl. USt', 'USt')
        if doc['sup']['country'] == 'CH': lab = f"MWST {r} %" if doc['lang'] == 'de' else f"TVA {r} %"
        if len(doc['taxes']) > 1: lab += f" ({'von' if doc['lang']=='de' else 'on'} {m(b)})"
        sums.append((lab, m(t)))
    if doc['rounding']: sums.append(('Rundungsdifferenz' if doc['lang'] == 'de' else 'Arrondi', m(doc['rounding'])))
    sums.append((l['total'] + (' (brutto)' if doc['lang'] == 'de' and doc['taxes'] and R.random() < .3 else ''), m(doc['total'])))
    notes = []
    if mode == 'klein': notes.append('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).')
    if mode == 'rc_de': notes.append('Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b i.V.m. § 6a UStG / Art. 138 MwStSystRL. Steuerschuldnerschaft des Leistungsempfängers.')
    if mode == 'rc_en': notes.append('VAT exempt intra-Community supply, Art. 138 Council Directive 2006/112/EC. Reverse charge.')
    if mode == 'rc_it': notes.append('Non-taxable intra-Community supply – art. 41 D.L. 331/1993. Reverse charge applies.')
    if mode == 'export': notes.append('Terms: FOB ' + R.choice(['Shenzhen', 'Ningbo', 'Seattle']) + '. Origin of goods: ' + {'CN': 'China', 'US': 'USA'}[doc['sup']['country']] + '. HS code on packing list.')
    if doc['sup']['country'] == 'AT' and doc['kind'] == 'invoice': notes.append('Innergemeinschaftliche Lieferung nur bei Angabe einer gültigen UID; andernfalls österreichische USt.')
    if doc['kind'] in ('invoice', 'proforma'): notes.append(l['due'].format(due=s['due']))
    if doc['kind'] == 'credit_note': notes.append(('Korrektur zu Rechnung ' if doc['lang'] == 'de' else 'Correction of invoice ') + doc.get('ref', 'RE-2025-0815') + '. Der Betrag wird Ihrem Konto gutgeschrieben.' if doc['lang'] == 'de' else '')
    s.update(rows=rows, sums=sums, notes=[n for n in notes if n])
    return s

def header_lines(doc):
    l = L[doc['lang']]; s = S_cache(doc)
    inv = doc['kind'] in ('invoice', 'credit_note', 'proforma', 'receipt')
    dl = l['date'] if inv else {'de': 'Datum', 'fr': 'Date', 'it': 'Data', 'es': 'Fecha', 'nl': 'Datum', 'pl': 'Data', 'zh': '日期', 'ja': '発行日'}.get(doc['lang'], 'Date')
    h = [(l['no'] if inv else l['docno'], doc['number']), (dl, s['date']),
         (l['ddate'], s['ddate']), (l['cust'], doc['custno'])]
    return h

def S_cache(doc):
    if '_s' not in doc: doc['_s'] = S(doc)
    return doc['_s']

def nonprice(doc): return doc['kind'] in ('packing_list', 'delivery_note')

# ---------------------------------------------------------------- HTML producers
CSS_A = """@page{size:A4;margin:18mm 16mm 20mm 20mm;@bottom-right{content:"%s " counter(page) " / " counter(pages);font-size:8pt;color:#777}}
body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222}
.top{display:flex;justify-content:space-between;border-bottom:3px solid %s;padding-bottom:6px}
.logo{font-size:17pt;font-weight:bold;color:%s}.small{font-size:7.5pt;color:#666}
h1{font-size:16pt;margin:22px 0 6px;font-weight:600}table.it{width:100%%;border-collapse:collapse;margin-top:12px}
table.it th{background:%s;color:#fff;text-align:left;padding:4px 5px;font-weight:600}table.it td{padding:4px 5px;border-bottom:1px solid #ddd}
td.r,th.r{text-align:right}table.sum{margin-left:auto;margin-top:8px;min-width:45%%}table.sum td{padding:3px 6px}
tr.tot td{font-weight:bold;border-top:2px solid #222;font-size:11pt}.meta td{padding:1px 8px 1px 0}
.foot{margin-top:26px;font-size:7.5pt;color:#555;border-top:1px solid #ccc;padding-top:5px;display:flex;justify-content:space-between}
"""
CSS_B = """@page{size:A4;margin:14mm}body{font-family:'Liberation Sans','DejaVu Sans','WenQuanYi Micro Hei',Arial,sans-serif;font-size:10pt}
.hdr{background:%s;color:white;padding:14px 18px}.hdr .logo{font-size:20pt;letter-spacing:1px}.small{font-size:8pt}
.two{display:flex;justify-content:space-between;margin:18px 0}.box{border:1px solid #bbb;padding:8px 12px;border-radius:4px;min-width:40%%}
h1{font-size:22pt;color:%s;margin:6px 0;text-transform:uppercase}table.it{width:100%%;border-collapse:collapse}
table.it th{border-bottom:2px solid %s;text-align:left;padding:5px}table.it td{padding:5px;border-bottom:1px dotted #aaa}
table.it tr:nth-child(even) td{background:#f4f6f8}td.r,th.r{text-align:right}table.sum{margin-left:auto;margin-top:10px;width:50%%}
table.sum td{padding:3px 5px}tr.tot td{background:%s;color:white;font-weight:bold;font-size:12pt}.meta td{padding:1px 10px 1px 0}
.foot{margin-top:30px;font-size:8pt;color:#444;text-align:center}
"""
COLORS = ['#1f5f8b', '#2e7d32', '#8a3b12', '#4a4a8c', '#00796b', '#6d4c41', '#b71c1c', '#37474f']

def html_doc(doc, theme):
    s = S_cache(doc); l = L[doc['lang']]; p = doc['sup']; b = doc['buyer']; c = R.choice(COLORS); e = html.escape
    if theme == 'A': css = CSS_A % (l['page'].split('{')[0].strip() or 'Seite', c, c, c)
    else: css = CSS_B % (c, c, c, c)
    meta = ''.join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in header_lines(doc))
    addr = '<br>'.join(e(x) for x in [b['name']] + b['addr'])
    if nonprice(doc):
        th = f"<tr><th>{l['pos']}</th><th>{l['desc']}</th><th class=r>{l['qty']}</th></tr>"
        tr = ''.join(f"<tr><td>{r[0]}</td><td>{e(r[1])}</td><td class=r>{r[2]}</td></tr>" for r in s['rows'])
        sums = ''
    else:
        th = f"<tr><th>{l['pos']}</th><th>{l['desc']}</th><th class=r>{l['qty']}</th><th class=r>{l['unit']}</th><th class=r>{l['amount']}</th></tr>"
        tr = ''.join(f"<tr><td>{r[0]}</td><td>{e(r[1])}</td><td class=r>{r[2]}</td><td class=r>{r[3]}</td><td class=r>{r[4]}</td></tr>" for r in s['rows'])
        sl = s['sums'] if doc['kind'] not in ('price_list',) else []
        sums = '<table class=sum>' + ''.join(f"<tr class={'tot' if i == len(sl) - 1 else ''}><td>{e(a)}</td><td class=r>{e(v)}</td></tr>" for i, (a, v) in enumerate(sl)) + '</table>'
    notes = ''.join(f"<p>{e(n)}</p>" for n in s['notes'])
    bank = f"IBAN {iban(p)} · BIC {R.choice(['GENODEF1M01', 'BYLADEM1001', 'RZOOAT2L', 'UBSWCHZH80A', 'KOMBCZPP', 'BREXPLPW'])}"
    foot = f"<div class=foot><span>{e(p['name'])} · {e(', '.join(p['addr']))}</span><span>{e(p['taxid'])}</span><span>{bank}</span><span>{e(p['extra'])}</span></div>"
    if theme == 'A':
        body = f"""<div class=top><div class=logo>{e(p['name'])}</div><div class=small style='text-align:right'>{'<br>'.join(e(x) for x in p['addr'])}<br>{e(p['taxid'])}</div></div>
<div class=small style='margin-top:14px'>{e(p['name'])} · {e(' · '.join(p['addr']))}</div><div style='margin-top:4px'>{addr}</div>
<div style='display:flex;justify-content:space-between;align-items:flex-end'><h1>{e(s['title'])}</h1><table class=meta>{meta}</table></div>
<table class=it>{th}{tr}</table>{sums}{notes}<p>{e(l['thanks'])}</p>{foot}"""
    else:
        body = f"""<div class=hdr><div class=logo>{e(p['name'])}</div><div class=small>{e(' | '.join(p['addr']))} | {e(p['taxid'])}</div></div>
<div class=two><div class=box><b>{e(l['to'])}</b><br>{addr}<br><span class=small>{e(b['vat'])}</span></div><div><h1>{e(s['title'])}</h1><table class=meta>{meta}</table></div></div>
<table class=it>{th}{tr}</table>{sums}{notes}{foot}"""
    return f"<!DOCTYPE html><html lang={doc['lang']}><head><meta charset=utf-8><style>{css}</style></head><body>{body}</body></html>"

def iban(p):
    r = random.Random(p['name'])
    cc = {'DE': 'DE', 'AT': 'AT', 'CH': 'CH', 'CZ': 'CZ', 'PL': 'PL', 'IT': 'IT', 'FR': 'FR', 'ES': 'ES', 'NL': 'NL'}.get(p['country'], 'DE')
    return cc + ''.join(str(r.randint(0, 9)) for _ in range(20))

def render_weasy(doc, out):
    import weasyprint
    weasyprint.HTML(string=html_doc(doc, R.choice('AB'))).write_pdf(out)

def render_chromium(doc, out):
    h = out[:-4] + '.html'
    open(h, 'w').write(html_doc(doc, R.choice('AB')))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
                    f'--print-to-pdf={out}', 'file://' + h], capture_output=True, timeout=120)

# ---------------------------------------------------------------- ReportLab (ERP letter, DIN 5008 window)
def render_reportlab(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    s = S_cache(doc); l = L[doc['lang']]; p = doc['sup']; b = doc['buyer']
    c = canvas.Canvas(out, pageCompression=0, pagesize=(595.27, 841.89))
    for nm in ('drawString', 'drawRightString'):
        f0 = getattr(c, nm); setattr(c, nm, (lambda f0: lambda x, y, t, *a, **k: f0(x, y, tr1252(t), *a, **k))(f0))
    c.setAuthor(''); c.setCreator('WaWi-Office 7.3 Report Engine'); c.setTitle(f"{s['title']} {doc['number']}")
    enc = lambda t: t.replace('€', 'EUR') if False else t
    W, H = 595.27, 841.89
    font = R.choice([('Helvetica', 'Helvetica-Bold'), ('Times-Roman', 'Times-Bold')])
    rows = s['rows']; per_first, per = 18, 34
    chunks = [rows[:per_first]] + [rows[i:i + per] for i in range(per_first, len(rows), per)]
    chunks = [ch for ch in chunks if ch] or [[]]
    npg = len(chunks)
    for pi, ch in enumerate(chunks):
        c.setLineWidth(0.3); c.line(3 * mm, H - 105 * mm, 7 * mm, H - 105 * mm); c.line(3 * mm, H - 210 * mm, 7 * mm, H - 210 * mm)  # Falzmarken
        c.setFont(font[1], 15); c.drawString(25 * mm, H - 20 * mm, p['name'])
        c.setFont(font[0], 8); c.drawRightString(W - 20 * mm, H - 16 * mm, ' · '.join(p['addr']))
        c.drawRightString(W - 20 * mm, H - 20 * mm, p['taxid'])
        if pi == 0:
            c.setFont(font[0], 6.5); c.drawString(25 * mm, H - 50 * mm, f"{p['name']} · {' · '.join(p['addr'])}")
            c.setFont(font[0], 10); y = H - 56 * mm
            for t in [b['name']] + b['addr']:
                c.drawString(25 * mm, y, t); y -= 12
            c.setFont(font[0], 9); y = H - 50 * mm
            for k, v in header_lines(doc):
                c.drawString(125 * mm, y, k + ':'); c.drawRightString(W - 20 * mm, y, v); y -= 12
            c.setFont(font[1], 14); c.drawString(25 * mm, H - 98 * mm, f"{s['title']} {doc['number']}")
            y = H - 110 * mm
        else:
            c.setFont(font[1], 10); c.drawString(25 * mm, H - 35 * mm, f"{s['title']} {doc['number']} – {s['date']}")
            y = H - 45 * mm
        c.setFont(font[1], 8.5)
        cols = [25 * mm, 37 * mm, 130 * mm, 158 * mm, W - 20 * mm]
        c.drawString(cols[0], y, l['pos']); c.drawString(cols[1], y, l['desc']); c.drawRightString(cols[2], y, l['qty'])
        if not nonprice(doc):
            c.drawRightString(cols[3], y, l['unit']); c.drawRightString(cols[4], y, l['amount'])
        c.line(25 * mm, y - 3, W - 20 * mm, y - 3); y -= 14; c.setFont(font[0], 8.5)
        for r in ch:
            c.drawString(cols[0], y, r[0]); c.drawString(cols[1], y, r[1][:60]); c.drawRightString(cols[2], y, r[2])
            if not nonprice(doc):
                c.drawRightString(cols[3], y, r[3]); c.drawRightString(cols[4], y, r[4])
            y -= 13
        if pi < npg - 1:
            if not nonprice(doc):
                sub = sum(D(r[4].replace('€', '').replace('EUR', '').strip().replace('.', '').replace(',', '.')) for r in [x for cc in chunks[:pi + 1] for x in cc]) if doc['loc'] in ('de', 'at') else None
                if sub is not None:
                    c.setFont(font[1], 8.5); c.drawString(cols[1], y - 4, l['carry']); c.drawRightString(cols[4], y - 4, money(sub, doc))
        else:
            c.line(110 * mm, y + 4, W - 20 * mm, y + 4); y -= 6
            if not nonprice(doc) and doc['kind'] != 'price_list':
                for i, (a, v) in enumerate(s['sums']):
                    last = i == len(s['sums']) - 1
                    c.setFont(font[1] if last else font[0], 10 if last else 8.5)
                    c.drawString(110 * mm, y, a); c.drawRightString(W - 20 * mm, y, v); y -= 14
            y -= 8; c.setFont(font[0], 8)
            for n in s['notes'] + ([l['thanks']] if l['thanks'] else []):
                for part in wrap(n, 110):
                    c.drawString(25 * mm, y, part); y -= 11
        c.setFont(font[0], 7); c.drawString(25 * mm, 15 * mm, f"{p['name']} | IBAN {iban(p)} | {p['taxid']} {p['extra']}")
        c.drawRightString(W - 20 * mm, 15 * mm, l['page'].format(a=pi + 1, b=npg))
        c.showPage()
    c.save()

def tr1252(x):
    import unicodedata
    out = ''
    for ch in x:
        try: ch.encode('cp1252'); out += ch
        except UnicodeEncodeError: out += unicodedata.normalize('NFKD', ch)[0]
    return out

def wrap(t, n):
    out, cur = [], ''
    for w in t.split():
        if len(cur) + len(w) + 1 > n: out.append(cur); cur = w
        else: cur = (cur + ' ' + w).strip()
    return out + [cur] if cur else out

# ---------------------------------------------------------------- fpdf2 (simple shop system, core fonts)
def render_fpdf(doc, out):
    from fpdf import FPDF
    s = S_cache(doc); l = L[doc['lang']]; p = doc['sup']; b = doc['buyer']
    t = lambda x: tr1252(x.replace('€', 'EUR').replace('–', '-').replace('’', "'")).encode('latin-1', 'replace').decode('latin-1')
    pdf = FPDF(format='A4'); pdf.set_compression(False); pdf.set_creator('ShopKasse Pro'); pdf.set_auto_page_break(True, 22)
    pdf.add_page(); pdf.set_font('Helvetica', 'B', 12)
    pdf.cell(0, 6, t(p['name']), new_x='LMARGIN', new_y='NEXT'); pdf.set_font('Helvetica', '', 8)
    pdf.cell(0, 4, t(', '.join(p['addr']) + '  -  ' + p['taxid']), new_x='LMARGIN', new_y='NEXT'); pdf.ln(10)
    pdf.set_font('Helvetica', '', 10)
    for x in [b['name']] + b['addr']:
        pdf.cell(0, 5, t(x), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6); pdf.set_font('Helvetica', 'B', 16); pdf.cell(0, 9, t(s['title']), new_x='LMARGIN', new_y='NEXT'); pdf.set_font('Helvetica', '', 9)
    for k, v in header_lines(doc):
        pdf.cell(40, 5, t(k)); pdf.cell(0, 5, t(v), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4); pdf.set_font('Helvetica', 'B', 9); pdf.set_fill_color(225, 225, 225)
    w = [12, 92, 18, 32, 36]
    hd = [l['pos'], l['desc'], l['qty'], l['unit'], l['amount']]
    if nonprice(doc): w, hd = [12, 140, 38], hd[:3]
    for wi, h in zip(w, hd): pdf.cell(wi, 6, t(h), border=1, fill=True, align='R' if wi != w[1] and h != l['pos'] else 'L')
    pdf.ln(); pdf.set_font('Helvetica', '', 9)
    for r in s['rows']:
        vals = r if not nonprice(doc) else r[:3]
        for i, (wi, v) in enumerate(zip(w, vals)): pdf.cell(wi, 5.5, t(v)[:55], border='LR' if True else 0, align='L' if i < 2 else 'R')
        pdf.ln()
    pdf.cell(sum(w), 0, '', border='T', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    if not nonprice(doc) and doc['kind'] != 'price_list':
        for i, (a, v) in enumerate(s['sums']):
            pdf.set_font('Helvetica', 'B' if i == len(s['sums']) - 1 else '', 9)
            pdf.cell(sum(w) - 40, 5.5, t(a), align='R'); pdf.cell(40, 5.5, t(v), align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(5); pdf.set_font('Helvetica', '', 8)
    for n in s['notes']: pdf.multi_cell(0, 4, t(n), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3); pdf.cell(0, 4, t(f"Bank: IBAN {iban(p)}"))
    pdf.output(out)

# ---------------------------------------------------------------- Word (python-docx) and spreadsheet (flat ODS) via LibreOffice
def build_docx(doc, out):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    s = S_cache(doc); l = L[doc['lang']]; p = doc['sup']; b = doc['buyer']
    d = Document(); sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = Mm(25); sec.right_margin = Mm(18)
    st = d.styles['Normal']; st.font.name = R.choice(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']); st.font.size = Pt(10.5)
    h = d.add_paragraph(); r = h.add_run(p['name']); r.bold = True; r.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER if R.random() < .5 else WD_ALIGN_PARAGRAPH.LEFT
    q = d.add_paragraph(' – '.join(p['addr']) + f"\n{p['taxid']}"); q.runs[0].font.size = Pt(8.5)
    d.add_paragraph('\n'.join([b['name']] + b['addr']))
    d.add_paragraph(f"{L['de']['date'] if doc['lang'] == 'de' else l['date']}: {S_cache(doc)['date']}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc['kind'] == 'letter':
        d.add_paragraph().add_run(doc['subject']).bold = True
        for para in doc['body']: d.add_paragraph(para)
        d.add_paragraph('Mit freundlichen Grüßen\n\n' + p['name'])
        d.save(out); return
    t = d.add_paragraph(); rr = t.add_run(f"{s['title']} {'Nr. ' if doc['lang'] == 'de' else ''}{doc['number']}"); rr.bold = True; rr.font.size = Pt(14)
    d.add_paragraph(f"{l['ddate']}: {s['ddate']}    {l['cust']}: {doc['custno']}")
    hd = [l['pos'], l['desc'], l['qty']] + ([] if nonprice(doc) else [l['unit'], l['amount']])
    tb = d.add_table(rows=1, cols=len(hd)); tb.style = R.choice(['Table Grid', 'Light Grid Accent 1', 'Light List'])
    for i, x in enumerate(hd): tb.rows[0].cells[i].text = x
    for row in s['rows']:
        cells = tb.add_row().cells
        for i, x in enumerate(row[:len(hd)]):
            cells[i].text = x
            if i >= 2: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not nonprice(doc) and doc['kind'] != 'price_list':
        for i, (a, v) in enumerate(s['sums']):
            cells = tb.add_row().cells
            m = cells[0].merge(cells[3]); m.text = a; m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cells[4].text = v; cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == len(s['sums']) - 1:
                for c in (m, cells[4]):
                    for run in c.paragraphs[0].runs: run.bold = True
    for n in s['notes']: d.add_paragraph(n)
    d.add_paragraph(l['thanks'] + f"\n\n{'Bankverbindung' if doc['lang'] == 'de' else 'Bank'}: IBAN {iban(p)}")
    d.save(out)

BW = 'fo:font-weight="bold"'
def build_fods(doc, out):
    s = S_cache(doc); l = L[doc['lang']]; p = doc['sup']; b = doc['buyer']; e = html.escape
    def cell(v, st='ce'):
        if v == '': return '<table:table-cell/>'
        return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{e(str(v))}</text:p></table:table-cell>'
    def row(vals, st='ce'):
        return '<table:table-row>' + ''.join(cell(v, st if i < 2 else st + 'r') for i, v in enumerate(vals)) + '</table:table-row>'
    rows = [row([p['name']], 'big'), row([', '.join(p['addr'])]), row([p['taxid']]), row([]), row([b['name']]), *[row([a]) for a in b['addr']], row([]),
            row([s['title'], '', '', l['no'] if not nonprice(doc) else l['docno'], doc['number']], 'bold'),
            row(['', '', '', l['date'], s['date']]), row(['', '', '', l['ddate'], s['ddate']]), row([])]
    hd = [l['pos'], l['desc'], l['qty']] + ([] if nonprice(doc) else [l['unit'], l['amount']])
    rows.append(row(hd, 'hd'))
    rows += [row(r[:len(hd)], 'grid') for r in s['rows']]
    if not nonprice(doc) and doc['kind'] != 'price_list':
        rows += [row(['', '', '', a, v], 'bold' if i == len(s['sums']) - 1 else 'ce') for i, (a, v) in enumerate(s['sums'])]
    rows += [row([]), *[row([n]) for n in s['notes']]]
    widths = ['1.0cm', '7.4cm', '1.5cm', '3.2cm', '3.3cm']
    cols = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    def cst(name, extra='', par=''):
        return f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {extra}/>{par}<style:text-properties fo:font-size="9pt" {BW if name.startswith(("bold", "hd", "big")) else ""}/></style:style>'
    right = '<style:paragraph-properties fo:text-align="end"/>'
    grid = 'fo:border="0.5pt solid #999999"'
    styles = ''.join([cst('ce'), cst('cer', '', right), cst('bold'), cst('boldr', '', right), cst('big'), cst('bigr'),
                      cst('hd', grid + ' fo:background-color="#dde4ee"'), cst('hdr', grid + ' fo:background-color="#dde4ee"', right),
                      cst('grid', grid), cst('gridr', grid, right)])
    x = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cols}{styles}<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="1.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{e(s['title'][:25])}">{''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(5))}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>'''
    open(out, 'w').write(x)

def soffice_batch(paths, outdir):
    if not paths: return
    subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{TMP}/lo_profile', '--convert-to', 'pdf', '--outdir', outdir] + paths,
                   capture_output=True, timeout=900)

# ---------------------------------------------------------------- capture: scan / fax / phone photo
def find_boxes(pdf, text):
    """all occurrences of text: list of (page, (l,b,r,t)) in PDF points"""
    res = []
    d = pdfium.PdfDocument(pdf)
    for pi in range(len(d)):
        tp = d[pi].get_textpage(); se = tp.search(text, match_case=True)
        while True:
            o = se.get_next()
            if not o: break
            bx = [tp.get_charbox(i) for i in range(o[0], o[0] + o[1])]
            bx = [x for x in bx if x[2] > x[0]]
            if bx: res.append((pi, (min(x[0] for x in bx), min(x[1] for x in bx), max(x[2] for x in bx), max(x[3] for x in bx))))
    d.close()
    return res

def render_page(pdf, pi, dpi):
    d = pdfium.PdfDocument(pdf); pg = d[pi]; h = pg.get_height()
    img = pg.render(scale=dpi / 72).to_pil().convert('RGB'); d.close()
    return img, h

def capture(img, mode):
    """returns degraded image and point-mapping function"""
    a = np.array(img).astype(np.float32); h, w = a.shape[:2]
    if mode in ('scan', 'fax'):
        ang = R.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0); M[0, 2] += R.uniform(-8, 8); M[1, 2] += R.uniform(-8, 8)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
        mp = lambda x, y: (M[0, 0] * x + M[0, 1] * y + M[0, 2], M[1, 0] * x + M[1, 1] * y + M[1, 2])
        if mode == 'scan':
            a = a * R.uniform(.9, .97) + R.uniform(4, 14)
            a += np.random.default_rng(R.randint(0, 9999)).normal(0, R.uniform(3, 9), a.shape)
            a = cv2.GaussianBlur(a, (3, 3), R.uniform(.4, .9))
        else:
            g = a.mean(axis=2)
            g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA); g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
            g += np.random.default_rng(R.randint(0, 9999)).normal(0, 25, g.shape)
            g = np.where(g > R.uniform(150, 180), 255, 0).astype(np.float32)
            a = np.stack([g] * 3, 2)
    else:  # phone photo
        pad = int(w * .08); W2, H2 = w + 2 * pad, h + 2 * pad
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: R.uniform(-.05, .05) * w
        dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
        P = cv2.getPerspectiveTransform(src, dst)
        bg = np.full((H2, W2, 3), R.choice([(92, 70, 52), (60, 62, 66), (170, 160, 140)]), np.float32)
        warped = cv2.warpPerspective(a, P, (W2, H2), borderValue=(-1, -1, -1))
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), P, (W2, H2))[..., None]
        a = warped * mask + bg * (1 - mask)
        yy, xx = np.mgrid[0:H2, 0:W2]
        cx, cy = R.uniform(0, W2), R.uniform(0, H2)
        light = 1.05 - .45 * (np.hypot(xx - cx, yy - cy) / np.hypot(W2, H2))
        a = a * light[..., None] * np.array([1.0, .97, .9]) + np.random.default_rng(1).normal(0, 4, a.shape)
        a = cv2.GaussianBlur(a, (3, 3), 1.0)
        def mp(x, y):
            v = P @ np.array([x, y, 1.0]); return v[0] / v[2], v[1] / v[2]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), mp

def fax_header(img, doc):
    dr = ImageDraw.Draw(img); f = ImageFont.truetype(DJ + 'DejaVuSansMono.ttf', 22)
    dr.text((30, 8), f"{doc['date'].strftime('%d.%m.%y')} {R.randint(7, 18):02d}:{R.randint(0, 59):02d}  VON: +49 {R.randint(30, 99)} {R.randint(100000, 9999999)}  "
                     f"{doc['sup']['name'][:28].upper()}   S. 01/01", fill=(0, 0, 0), font=f)

def capture_pdf(src_pdf, doc, mode, out, fmt, targets):
    """render, degrade, save. targets: strings whose image bboxes we remember for later image edits"""
    dpi = {'scan': R.choice([150, 200, 200]), 'fax': 200, 'photo': 130}[mode]
    n = len(PdfReader(src_pdf).pages)
    pages, boxes = [], {}
    for pi in range(n):
        img, hpt = render_page(src_pdf, pi, dpi)
        im2, mp = capture(img, mode)
        if mode == 'fax': fax_header(im2, doc)
        pages.append(im2)
        for key, txt in targets.items():
            for (pj, (l, b, r, t)) in find_boxes(src_pdf, txt):
                if pj != pi: continue
                s = dpi / 72; pts = [mp(l * s, (hpt - b) * s), mp(r * s, (hpt - t) * s), mp(l * s, (hpt - t) * s), mp(r * s, (hpt - b) * s)]
                boxes.setdefault(key, []).append((pi, [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]))
    if fmt == 'pdf':
        pages[0].save(out, 'PDF', resolution=dpi, save_all=True, append_images=pages[1:], quality=R.randint(55, 80))
    elif fmt == 'jpg':
        pages[0].save(out, 'JPEG', quality=R.randint(50, 85), dpi=(dpi, dpi))
    else:
        pages[0].convert('L').save(out, 'PNG', dpi=(dpi, dpi)) if mode == 'fax' else pages[0].save(out, 'PNG', dpi=(dpi, dpi))
    return n, boxes, dpi

# ---------------------------------------------------------------- naming
USED = set()
def fname(ext, doc=None):
    while True:
        k = R.random()
        if k < .2: n = f"scan{R.randint(1, 999):04d}"
        elif k < .35: n = f"IMG_2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}_{R.randint(0, 235959):06d}"
        elif k < .55: n = f"Beleg_{R.randint(1000, 99999)}"
        elif k < .7: n = f"document ({R.randint(1, 40)})"
        elif k < .85: n = f"{R.randint(10**9, 10**10)}"
        else: n = f"upload_{R.randint(100, 9999)}_{R.choice(['a', 'b', 'final', 'neu', 'kopie'])}"
        n = f"{n}.{ext}"
        if n not in USED: USED.add(n); return n

# ---------------------------------------------------------------- main build
def main():
    shutil.rmtree(OUT, ignore_errors=True); shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(OUT); os.makedirs(TMP); os.makedirs(f'{TMP}/lo')
    np.random.seed(7)
    # --- plan genuine documents
    plan = []
    prods = (['weasy_app'] * 22 + ['chromium_app'] * 11 + ['reportlab_erp'] * 20 + ['fpdf_shop'] * 14 + ['docx_word'] * 12 +
             ['calc_sheet'] * 9 + ['scan_mfp'] * 16 + ['fax'] * 5 + ['phone_photo'] * 7)
    R.shuffle(prods)
    latin1 = [p for p in SUPPLIERS if p['lang'] in ('de', 'en', 'fr', 'it', 'es', 'nl') and p['country'] not in ('CZ',) or p['name'].startswith('Sklárna')]
    dach = [p for p in SUPPLIERS if p['country'] in ('DE', 'AT', 'CH')]
    for i, pr in enumerate(prods):
        if pr == 'fpdf_shop': prof = R.choice([p for p in SUPPLIERS if p['lang'] in ('de', 'en', 'fr', 'it', 'es', 'nl')])
        elif pr in ('reportlab_erp',): prof = R.choice([p for p in SUPPLIERS if p['lang'] in ('de', 'en', 'fr', 'it', 'es', 'nl')])
        elif pr in ('scan_mfp', 'fax'): prof = R.choice(dach + dach + SUPPLIERS)
        else: prof = R.choice(dach + SUPPLIERS)
        plan.append(dict(prod=pr, prof=prof, kind='invoice'))
    forced = [n for n in SUPPLIERS if n['lang'] in ('zh', 'ja')] * 3 + [n for n in SUPPLIERS if n['lang'] == 'it'] * 2
    cand = [x for x in plan if x['prod'] in ('weasy_app', 'chromium_app', 'docx_word', 'phone_photo', 'scan_mfp')]
    for x, prf in zip(R.sample(cand, len(forced)), forced): x['prof'] = prf
    # non-invoices and special documents
    specials = [('packing_list', 'reportlab_erp'), ('purchase_order', 'weasy_app'), ('quotation', 'docx_word'), ('delivery_note', 'fpdf_shop'),
                ('price_list', 'calc_sheet'), ('letter', 'docx_word'), ('delivery_note', 'scan_mfp'), ('quotation', 'chromium_app'),
                ('proforma', 'weasy_app'), ('purchase_order', 'calc_sheet'), ('packing_list', 'fax'), ('proforma', 'reportlab_erp')]
    j = 0
    for k, pr in specials:
        while plan[j]['prod'] != pr: j += 1
        plan[j]['kind'] = k; j += 1
    # credit notes and receipts among the genuine invoices
    for k in ['credit_note', 'credit_note', 'credit_note', 'receipt', 'receipt']:
        c = R.choice([x for x in plan if x['kind'] == 'invoice' and x['prof']['lang'] in ('de', 'en')]); c['kind'] = k
    many_idx = set(R.sample([i for i, x in enumerate(plan) if x['prod'] in ('weasy_app', 'reportlab_erp', 'chromium_app', 'docx_word', 'scan_mfp')], 12))
    err_idx = set(R.sample([i for i, x in enumerate(plan) if x['kind'] == 'invoice'], 8))
    labels, recs = [], []
    docx_jobs = []
    for i, pl in enumerate(plan):
        doc = make_doc(pl['kind'] if pl['kind'] != 'letter' else 'invoice', pl['prof'], many=i in many_idx, nmin=2 if i % 3 else 1)
        doc['kind'] = pl['kind']
        if pl['kind'] == 'letter':
            doc['subject'] = 'Preisanpassung zum 1. Januar' if doc['lang'] == 'de' else 'Price adjustment'
            doc['body'] = ['Sehr geehrte Damen und Herren,', 'aufgrund gestiegener Rohstoff- und Energiekosten passen wir unsere Listenpreise zum 1. Januar um durchschnittlich 4,5 % an. '
                           'Bereits bestätigte Aufträge liefern wir selbstverständlich zu den vereinbarten Konditionen.', 'Für Rückfragen steht Ihnen unser Vertriebsinnendienst gern zur Verfügung.']
            doc['lang'] = 'de'
        if pl['kind'] == 'credit_note':
            doc['ref'] = f"RE-{doc['date'].year}-{R.randint(100, 999):04d}"
            for it in doc['items'][1:]: pass
            doc['items'] = doc['items'][:2]
            for it in doc['items']:
                it['qty'] = -it['qty']; it['amount'] = -it['amount']
            doc['ship'] = D(0); doc['disc_pct'] = 0; compute(doc)
        if pl['kind'] == 'receipt':
            doc['items'] = doc['items'][:3]; compute(doc)
        if pl['kind'] == 'purchase_order':
            vend = doc['sup']; cl = doc['buyer']
            doc['sup'] = dict(vend, name=cl['name'], addr=cl['addr'], taxid=cl['vat'], extra='', country='DE', mode='std')
            doc['buyer'] = dict(name=vend['name'], addr=vend['addr'], vat=vend['taxid'])
            doc['lang'] = 'de'; doc['dstyle'] = 'dot'; doc['loc'] = 'de' if doc['cur'] != 'CHF' else 'ch'
            doc['po_vendor'] = vend['name']
        if i in err_idx: inject_error(doc)
        doc['_s'] = S(doc)
        if pl['kind'] == 'receipt':
            doc['_s']['title'] = 'Quittung' if doc['lang'] == 'de' else 'Receipt'
            doc['_s']['notes'].append('Betrag dankend in bar erhalten.' if doc['lang'] == 'de' else 'Paid in full – thank you.')
        pr = pl['prod']
        base = pr if pr not in ('scan_mfp', 'fax', 'phone_photo') else R.choice(['reportlab_erp', 'weasy_app', 'docx_word', 'fpdf_shop'])
        if pr in ('scan_mfp', 'fax', 'phone_photo') and doc['lang'] in ('zh', 'ja', 'pl') and base in ('reportlab_erp', 'fpdf_shop'): base = 'weasy_app'
        if pl['kind'] == 'letter': base = 'docx_word'
        src = f"{TMP}/g{i:03d}.pdf"
        rec = dict(i=i, doc=doc, prod=pr, base=base, src=src)
        if base == 'weasy_app': render_weasy(doc, src)
        elif base == 'chromium_app': render_chromium(doc, src)
        elif base == 'reportlab_erp': render_reportlab(doc, src)
        elif base == 'fpdf_shop': render_fpdf(doc, src)
        elif base == 'docx_word': build_docx(doc, f"{TMP}/g{i:03d}.docx"); docx_jobs.append(f"{TMP}/g{i:03d}.docx")
        elif base == 'calc_sheet': build_fods(doc, f"{TMP}/g{i:03d}.fods"); docx_jobs.append(f"{TMP}/g{i:03d}.fods")
        recs.append(rec)
    soffice_batch(docx_jobs, TMP)
    SKIP = []
    for rec in recs:
        doc, pr = rec['doc'], rec['prod']
        if not os.path.exists(rec['src']): print('missing', rec['src']); SKIP.append(rec); continue
        s = doc['_s']
        targets = {'total': s['totnum'], 'date': s['date'], 'ddate': s['ddate'], 'buyer': doc['buyer']['name']}
        if pr in ('scan_mfp', 'fax', 'phone_photo'):
            n = len(PdfReader(rec['src']).pages)
            fmt = 'pdf' if n > 1 else R.choice(['jpg', 'jpg', 'png', 'pdf'] if pr != 'phone_photo' else ['jpg'])
            if pr == 'fax' and fmt == 'jpg': fmt = R.choice(['png', 'pdf'])
            out = fname(fmt)
            pages, boxes, dpi = capture_pdf(rec['src'], doc, {'scan_mfp': 'scan', 'fax': 'fax', 'phone_photo': 'photo'}[pr], f"{OUT}/{out}", fmt, targets)
            rec.update(boxes=boxes, fmt=fmt, dpi=dpi)
        else:
            out = fname('pdf'); shutil.copy(rec['src'], f"{OUT}/{out}"); pages = len(PdfReader(rec['src']).pages)
        rec['file'] = out; rec['pages'] = pages
        labels.append(label(rec, doc, pr, out, pages))
    recs = [r for r in recs if r not in SKIP]
    make_edits(recs, labels)
    with open(f'{BASE}/labels.jsonl', 'w') as f:
        for lb in labels: f.write(json.dumps(lb, ensure_ascii=False) + '\n')
    shutil.rmtree(TMP, ignore_errors=True)

LANGNAME = {'de': 'de', 'en': 'en', 'fr': 'fr', 'it': 'it', 'es': 'es', 'nl': 'nl', 'pl': 'pl', 'zh': 'zh', 'ja': 'ja'}

def label(rec, doc, pr, out, pages, **kw):
    k = doc['kind']
    dt = {'letter': 'other', 'price_list': 'other'}.get(k, k)
    if dt == 'invoice' and doc['sup']['mode'] == 'std' and doc['lang'] in ('en', 'zh', 'ja') and doc['sup']['country'] not in ('US',): dt = 'tax_invoice'
    has_total = k not in ('packing_list', 'delivery_note', 'letter', 'price_list')
    tot = doc['total']
    lb = dict(file=out, genuine=True, edit_method=None, what_changed=[], producer=pr, language=doc['lang'],
              is_invoice=dt in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=dt, date=doc['date'].isoformat(),
              total=(str(int(tot)) if doc['cur'] == 'JPY' else f"{tot:.2f}") if has_total else None, currency=doc['cur'],
              supplier=doc['sup']['name'] if k != 'purchase_order' else doc['buyer']['name'],
              buyer=doc['buyer']['name'] if k != 'purchase_order' else doc['sup']['name'], pages=pages, edit_before_capture=False,
              arithmetic_error=bool(doc.get('arith')), base_renderer=rec['base'])
    lb.update(kw)
    return lb

# ---------------------------------------------------------------- edits
def new_values(doc, field):
    s = doc['_s']
    if field == 'total':
        nv = doc['total'] * D(str(R.choice([1.5, 2, 1.18, 3, 0.5, 1.1])))
        nv = D(int(nv)) if doc['cur'] == 'JPY' else q2(nv)
        return s['totnum'], num(nv, doc['loc'], doc['cur']), nv
    if field == 'date':
        nd = doc['date'] - timedelta(days=R.choice([45, 90, 120, 200, 365]))
        return s['date'], fdate(nd, doc['dstyle']), nd
    if field == 'buyer':
        nb = R.choice([b['name'] for b in BUYERS if b['name'] != doc['buyer']['name']] + FAKE_BUYERS)
        return doc['buyer']['name'], nb, nb

def apply_label_change(lb, doc, field, val):
    if field == 'total': lb['total'] = str(int(val)) if doc['cur'] == 'JPY' else f"{val:.2f}"
    if field == 'date': lb['date'] = val.isoformat()
    if field == 'buyer': lb['buyer'] = val

def overlay_pdf(src, changes, out, writer_mode='full'):
    """white box over each occurrence + new text (ReportLab), merged with pypdf"""
    from reportlab.pdfgen import canvas
    rd = PdfReader(src); n = len(rd.pages)
    per_page = {}
    for old, new in changes:
        bx = find_boxes(src, old)
        if not bx: return False
        for pi, b in bx: per_page.setdefault(pi, []).append((b, new))
    wr = PdfWriter(src, incremental=True) if writer_mode == 'incremental' else PdfWriter(clone_from=rd)
    for pi, items in per_page.items():
        pg = wr.pages[pi]; w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(w, h))
        for (l, b, r, t), new in items:
            fs = (t - b) * 1.25
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 1.8, r - l + 3, t - b + 3.6, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0); c.setFont('Helvetica', fs)
            if any(ch.isdigit() for ch in new[-2:]): c.drawRightString(r, b + 0.3, new)
            else: c.drawString(l, b + 0.3, new)
        c.save(); buf.seek(0)
        pg.merge_page(PdfReader(buf).pages[0])
    if writer_mode != 'incremental':
        wr.add_metadata({'/Producer': R.choice(['pypdf', 'PDF-XChange Editor 10.2', 'Smallpdf.com', 'iLovePDF'])})
    with open(out, 'wb') as f: wr.write(f)
    return True

def pikepdf_replace(src, changes, out, resave=False):
    pdf = pikepdf.open(src); hits = set()
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); new_ops = []
        for operands, op in ops:
            if str(op) == 'Tj' and isinstance(operands[0], pikepdf.String):
                t = bytes(operands[0]).decode('cp1252', 'replace')
                for old, new in changes:
                    if old in t: t = t.replace(old, new); hits.add(old)
                operands = [pikepdf.String(t.encode('cp1252', 'replace'))]
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if len(hits) < len(changes): return False
    if resave:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m: m['pdf:Producer'] = 'Foxit PDF Editor 13'
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    else:
        pdf.save(out)
    return True

def pypdf_incremental_replace(src, changes, out):
    wr = PdfWriter(src, incremental=True); hits = set()
    for pg in wr.pages:
        cont = pg.get_contents(); data = cont.get_data()
        for old, new in changes:
            o, nn = old.encode('cp1252'), new.encode('cp1252')
            if o in data: data = data.replace(o, nn); hits.add(old)
        cont.set_data(data); pg.replace_contents(cont)
    if len(hits) < len(changes): return False
    with open(out, 'wb') as f: wr.write(f)
    return True

def flatten_pdf(src, out, dpi=150):
    d = pdfium.PdfDocument(src); ims = [d[i].render(scale=dpi / 72).to_pil().convert('RGB') for i in range(len(d))]; d.close()
    ims[0].save(out, 'PDF', resolution=dpi, save_all=True, append_images=ims[1:], quality=88)

def image_paste(path_in, boxes_list, news, out, dpi, bgfill):
    im = Image.open(path_in).convert('RGB'); dr = ImageDraw.Draw(im)
    for (x0, y0, x1, y1), new in zip(boxes_list, news):
        hgt = y1 - y0
        if bgfill == 'white': fill = (255, 255, 255)
        else:
            reg = np.array(im.crop((int(x0) - 6, int(y0) - 4, int(x1) + 6, int(y1) + 4))); fill = tuple(int(v) for v in np.percentile(reg.reshape(-1, 3), 90, axis=0))
        dr.rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill=fill)
        f = ImageFont.truetype(DJ + R.choice(['DejaVuSans.ttf', 'DejaVuSerif.ttf']), max(8, int(hgt * 1.15)))
        tw = dr.textlength(new, font=f)
        x = x1 - tw if new[-1:].isdigit() else x0
        dr.text((x, y0 - hgt * .2), new, fill=(25, 25, 25), font=f)
    ext = out.rsplit('.', 1)[1]
    if ext == 'jpg': im.save(out, 'JPEG', quality=R.randint(80, 95), dpi=(dpi, dpi))
    elif ext == 'png': im.save(out, 'PNG', dpi=(dpi, dpi))
    else: im.save(out, 'PDF', resolution=dpi, quality=85)

def image_clone(path_in, src_box, dst_box, out, dpi):
    im = Image.open(path_in).convert('RGB')
    sx0, sy0, sx1, sy1 = [int(round(v)) for v in src_box]; dx0, dy0, dx1, dy1 = [int(round(v)) for v in dst_box]
    w = max(sx1 - sx0, dx1 - dx0) + 6; h = max(sy1 - sy0, dy1 - dy0) + 6
    patch = im.crop((sx0 - 3, sy0 - 3, sx0 - 3 + w, sy0 - 3 + h))
    im.paste(patch, (dx0 - 3, dy0 - 3))
    ext = out.rsplit('.', 1)[1]
    if ext == 'jpg': im.save(out, 'JPEG', quality=R.randint(75, 92), dpi=(dpi, dpi))
    elif ext == 'png': im.save(out, 'PNG', dpi=(dpi, dpi))
    else: im.save(out, 'PDF', resolution=dpi, quality=80)

def make_edits(recs, labels):
    bylab = {lb['file']: lb for lb in labels}
    inv = [r for r in recs if r['doc']['kind'] in ('invoice', 'receipt', 'credit_note', 'proforma') and not r['doc'].get('arith')]
    pdf_native = [r for r in inv if r['prod'] not in ('scan_mfp', 'fax', 'phone_photo')]
    stream_ok = [r for r in pdf_native if r['base'] in ('reportlab_erp', 'fpdf_shop')]
    imgs = [r for r in inv if r['prod'] in ('scan_mfp', 'fax', 'phone_photo') and r.get('fmt') in ('jpg', 'png') and r['pages'] == 1]
    plan = ([('pikepdf_text_replace', stream_ok)] * 8 + [('pypdf_incremental_text_replace', stream_ok)] * 4 +
            [('pikepdf_replace_resave', stream_ok)] * 2 + [('overlay_whitebox', pdf_native)] * 8 +
            [('overlay_incremental', pdf_native)] * 6 + [('overlay_then_flatten', pdf_native)] * 3 +
            [('overlay_then_scan', pdf_native)] * 3 + [('image_paste', imgs)] * 5 + [('image_clone', imgs)] * 3)
    used = {}
    for method, pool in plan:
        for attempt in range(30):
            rec = R.choice(pool)
            if used.get(rec['file'], 0) >= 1 and attempt < 20: continue
            doc = rec['doc']; lb0 = bylab[rec['file']]
            fields = R.choice([['total'], ['total'], ['buyer'], ['date'], ['date', 'total'], ['buyer', 'date']])
            if doc['lang'] in ('zh', 'ja') or doc['loc'] in ('fr', 'pl'): fields = ['total']
            if method == 'image_clone': fields = ['date']
            if lb0['total'] is None: fields = [f for f in fields if f != 'total'] or ['buyer']
            ch, vals = [], {}
            for f in fields:
                old, new, v = new_values(doc, f); ch.append((old, new)); vals[f] = v
            if method in ('pikepdf_text_replace', 'pypdf_incremental_text_replace', 'pikepdf_replace_resave') and doc['loc'] not in ('de', 'at', 'en', 'ch', 'it', 'es', 'nl'):
                continue
            ext = 'pdf'
            if method in ('image_paste', 'image_clone'): ext = rec['fmt']
            out = fname(ext); op = f"{OUT}/{out}"; ok = False; before = False; prod = rec['prod']
            try:
                if method == 'pikepdf_text_replace': ok = pikepdf_replace(rec['src'], ch, op)
                elif method == 'pikepdf_replace_resave': ok = pikepdf_replace(rec['src'], ch, op, resave=True)
                elif method == 'pypdf_incremental_text_replace': ok = pypdf_incremental_replace(rec['src'], ch, op)
                elif method == 'overlay_whitebox': ok = overlay_pdf(rec['src'], ch, op)
                elif method == 'overlay_incremental': ok = overlay_pdf(rec['src'], ch, op, 'incremental')
                elif method == 'overlay_then_flatten':
                    ok = overlay_pdf(rec['src'], ch, f"{TMP}/e.pdf")
                    if ok: flatten_pdf(f"{TMP}/e.pdf", op)
                elif method == 'overlay_then_scan':
                    ok = overlay_pdf(rec['src'], ch, f"{TMP}/e.pdf")
                    if ok:
                        n = len(PdfReader(f"{TMP}/e.pdf").pages)
                        fmt = 'pdf' if n > 1 else R.choice(['jpg', 'pdf']); out = fname(fmt); op = f"{OUT}/{out}"
                        capture_pdf(f"{TMP}/e.pdf", doc, 'scan', op, fmt, {}); before = True; prod = 'scan_mfp'
                elif method == 'image_paste':
                    bl, nl = [], []
                    for (f, (old, new)) in zip(fields, ch):
                        for pi, bx in rec['boxes'].get(f, []): bl.append(bx); nl.append(new)
                    if all(rec['boxes'].get(f) for f in fields):
                        image_paste(f"{OUT}/{rec['file']}", bl, nl, op, rec['dpi'], R.choice(['white', 'estimate'])); ok = True
                elif method == 'image_clone':
                    sb, db = rec['boxes'].get('ddate'), rec['boxes'].get('date')
                    if sb and db and doc['ddate'] != doc['date']:
                        image_clone(f"{OUT}/{rec['file']}", sb[0][1], db[0][1], op, rec['dpi']); ok = True
                        vals = {'date': doc['ddate']}
            except Exception as ex:
                print('edit failed', method, rec['file'], repr(ex)[:120]); ok = False
            if not ok:
                USED.discard(out)
                if os.path.exists(op): os.remove(op)
                continue
            used[rec['file']] = used.get(rec['file'], 0) + 1
            lb = dict(lb0); lb.update(file=out, genuine=False, edit_method=method, what_changed=list(vals), producer=prod,
                                      edit_before_capture=before, edited_from=rec['file'])
            if method in ('image_paste', 'image_clone') and lb0['pages'] > 1: pass
            try: lb['pages'] = 1 if ext in ('jpg', 'png') or op.endswith(('.jpg', '.png')) else len(PdfReader(op).pages)
            except Exception: pass
            for f, v in vals.items(): apply_label_change(lb, doc, f, v)
            labels.append(lb)
            break
        else:
            print('could not place edit', method)

if __name__ == '__main__':
    main()
