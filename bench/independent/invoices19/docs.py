# invented parties and the document model (one dict per document, rendered by renderers.py)
import random, datetime as dt
from decimal import Decimal
from common import *

R = random.Random(19015)
OUR = dict(name='Kesariya Home Furnishings LLP', addr=['Plot G-214, Sitapura Industrial Area', 'Tonk Road, Jaipur, Rajasthan 302022'],
           state=8, tax='GSTIN: ' + gstin(8, R), phone='+91 94140 27731')
OUR_UK = dict(name='Kesariya Homes UK Ltd', addr=['Unit 7, Meadow Court', 'Leicester LE4 9QT, United Kingdom'], tax='VAT Reg: GB 318 6620 47')
OTHER_BUYERS = [
    dict(name='Shree Balaji Handloom Traders', addr=['12, Johari Bazar', 'Jaipur, Rajasthan 302003'], state=8, tax='GSTIN: ' + gstin(8, R)),
    dict(name='Marudhar Fabrics & Co.', addr=['B-41, Shastri Nagar', 'Jodhpur, Rajasthan 342003'], state=8, tax='GSTIN: ' + gstin(8, R)),
    dict(name='Laxmi Vastra Bhandar', addr=['88, Kishanpole Bazar', 'Jaipur, Rajasthan 302001'], state=8, tax='GSTIN: ' + gstin(8, R)),
]
def ind(name, addr, st, city_line):
    return dict(name=name, addr=[addr, city_line], state=st, tax='GSTIN: ' + gstin(st, R))
IN_SUP = {
 'sanganeri': ind('Sanganeri Block Prints & Dyers', 'E-17, RIICO Industrial Area, Sanganer', 8, 'Jaipur, Rajasthan 302029'),
 'bagru': ind('Chhipa Naturals Bagru', 'Chhipa Mohalla, Near Bus Stand', 8, 'Bagru, Jaipur, Rajasthan 303007'),
 'bhilwara': ind('Mahalaxmi Cotspin Pvt. Ltd.', '3-A, Pur Road Industrial Estate', 8, 'Bhilwara, Rajasthan 311001'),
 'panipat': ind('Panipat Weave Craft Exports', 'Plot 221, Sector 29 Part II, HUDA', 6, 'Panipat, Haryana 132103'),
 'karur': ind('Karur Terry Mills', '14/2 Kovai Road, Vengamedu', 33, 'Karur, Tamil Nadu 639006'),
 'surat': ind('Surat Silkline Synthetics', 'Shop 418, Millennium Textile Mkt-2, Ring Road', 24, 'Surat, Gujarat 395002'),
 'packaging': ind('Shiv Shakti Corrugators', 'F-88, Vishwakarma Industrial Area', 8, 'Jaipur, Rajasthan 302013'),
 'ludhiana': ind('Punjab Woollen Blanket Udyog', 'Gali No. 4, Focal Point Phase VI', 3, 'Ludhiana, Punjab 141010'),
 'lace': ind('Marwar Lace & Tassel Works', '9, Tripolia Bazar Back Lane', 8, 'Jodhpur, Rajasthan 342002'),
 'labels': ind('Raj Label & Tag Printers', '54, Moti Dungri Road', 8, 'Jaipur, Rajasthan 302004'),
 'stitch': ind('Gupta Stitching Centre', 'Shop 3, Pratap Nagar Sector 8', 8, 'Jaipur, Rajasthan 302033'),
 'handloom': ind('Meena Handloom Udyog', 'Village Kanota, Agra Road', 8, 'Jaipur, Rajasthan 303012'),
 'portal': ind('BulkBazaar B2B Commerce Pvt Ltd', 'Tower B, 6th Floor, Udyog Vihar Ph IV', 6, 'Gurugram, Haryana 122015'),
 'portal2': ind('Vyapaar Setu Online Services LLP', '2nd Floor, Kalbadevi Road', 27, 'Mumbai, Maharashtra 400002'),
}
FOR_SUP = {
 'us1': dict(name='Prairie Thread Supply Co.', addr=['2210 Farnam Street, Suite 300', 'Omaha, NE 68102, USA'], tax='EIN 47-3318820'),
 'us2': dict(name='Blue Heron Packaging Inc.', addr=['85 Industrial Park Drive', 'Greenville, SC 29607, USA'], tax='EIN 58-2290413'),
 'uk1': dict(name='Pennine Linen Supplies Ltd', addr=['Mill 3, Calder Wharf', 'Huddersfield HD1 6QS, United Kingdom'], tax='VAT No. GB 274 5519 08'),
 'uk2': dict(name='Thameside Prep & Fulfil Ltd', addr=['Unit 12, Riverside Trading Estate', 'Dartford DA1 5PX, United Kingdom'], tax='VAT No. GB 402 1187 33'),
 'cn': dict(name='Shaoxing Huafang Textile Co., Ltd.', cn='绍兴华纺纺织有限公司', addr=['No. 58 Keqiao Avenue, Keqiao District', 'Shaoxing, Zhejiang 312030, China'], tax='统一社会信用代码 91330621MA2B7K3X5Q'),
 'es': dict(name='Hilaturas del Levante S.L.', addr=['Polígono Industrial El Pla, Nave 14', '46870 Ontinyent (Valencia), España'], tax='CIF B-46817325'),
 'it': dict(name='Tessitura Valbrembo S.r.l.', addr=['Via dei Telai 27', '24030 Almenno San Bartolomeo (BG), Italia'], tax='P.IVA IT03381470168'),
 'de': dict(name='Nordweber Textiltechnik GmbH', addr=['Spinnereistraße 9', '48599 Gronau (Westf.), Deutschland'], tax='USt-IdNr. DE291847736'),
 'fr': dict(name='Atelier Teintures du Rhône SARL', addr=['14 quai de la Soie', '69004 Lyon, France'], tax='N° TVA FR61 832 117 495'),
 'ja': dict(name='株式会社みやび染料', addr=['〒602-8011 京都府京都市上京区室町通 412', 'TEL 075-431-2287'], tax='登録番号 T6130001047725'),
 'pl': dict(name='Len-Pol Sp. z o.o.', addr=['ul. Tkacka 18', '95-200 Pabianice, Polska'], tax='NIP 731-204-88-19'),
 'nl': dict(name='Van Dijk Verpakkingen B.V.', addr=['Havenweg 41', '5145 NJ Waalwijk, Nederland'], tax='BTW NL862004518B01'),
}

LBL = {
 'en': dict(inv='INVOICE', no='Invoice No.', date='Invoice Date', due='Due Date', bill='Bill To', sup='From', desc='Description', qty='Qty', unit='Unit Price', amt='Amount', sub='Subtotal', disc='Discount', ship='Shipping', tax='Tax', total='Total', terms='Payment terms: 30 days net', page='Page'),
 'es': dict(inv='FACTURA', no='Nº Factura', date='Fecha', due='Vencimiento', bill='Cliente', sup='Proveedor', desc='Descripción', qty='Cant.', unit='Precio unit.', amt='Importe', sub='Base imponible', disc='Descuento', ship='Portes', tax='IVA', total='TOTAL FACTURA', terms='Forma de pago: transferencia bancaria a 30 días', page='Página'),
 'it': dict(inv='FATTURA', no='Fattura n.', date='Data', due='Scadenza', bill='Spett.le', sup='Fornitore', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', amt='Importo', sub='Imponibile', disc='Sconto', ship='Spese di trasporto', tax='IVA', total='Totale documento', terms='Pagamento: bonifico bancario 60 gg d.f.', page='Pagina'),
 'de': dict(inv='RECHNUNG', no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', bill='Rechnungsempfänger', sup='Lieferant', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', amt='Gesamt', sub='Nettobetrag', disc='Rabatt', ship='Versandkosten', tax='USt.', total='Rechnungsbetrag', terms='Zahlbar innerhalb 14 Tagen ohne Abzug', page='Seite'),
 'fr': dict(inv='FACTURE', no='Facture n°', date='Date', due='Échéance', bill='Client', sup='Fournisseur', desc='Désignation', qty='Qté', unit='P.U. HT', amt='Montant HT', sub='Total HT', disc='Remise', ship='Frais de port', tax='TVA', total='Total TTC', terms='Paiement à 30 jours fin de mois', page='Page'),
 'ja': dict(inv='請求書', no='請求番号', date='請求日', due='お支払期限', bill='御中', sup='', desc='品名', qty='数量', unit='単価', amt='金額', sub='小計', disc='値引', ship='送料', tax='消費税', total='ご請求金額', terms='お振込先：京都中央信用金庫 室町支店 普通 0427719', page='頁'),
 'pl': dict(inv='FAKTURA VAT', no='Nr faktury', date='Data wystawienia', due='Termin płatności', bill='Nabywca', sup='Sprzedawca', desc='Nazwa towaru', qty='Ilość', unit='Cena netto', amt='Wartość netto', sub='Razem netto', disc='Rabat', ship='Transport', tax='VAT', total='Do zapłaty', terms='Sposób płatności: przelew 14 dni', page='Strona'),
 'nl': dict(inv='FACTUUR', no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', bill='Factuur aan', sup='Leverancier', desc='Omschrijving', qty='Aantal', unit='Prijs', amt='Bedrag', sub='Subtotaal', disc='Korting', ship='Verzendkosten', tax='BTW', total='Totaal', terms='Betaling binnen 30 dagen', page='Pagina'),
 'zh': dict(inv='商业发票 COMMERCIAL INVOICE', no='发票号 Invoice No.', date='日期 Date', due='', bill='买方 Buyer', sup='卖方 Seller', desc='品名 Description', qty='数量 Qty', unit='单价 Unit Price', amt='金额 Amount', sub='小计 Subtotal', disc='折扣 Discount', ship='运费 Freight', tax='税 Tax', total='合计 TOTAL', terms='付款方式 Payment: 30% T/T deposit, 70% against B/L copy', page='页 Page'),
}

ITEMS_IN = [('Cotton Double Bedsheet 90x108 with 2 Pillow Covers, Hand Block Print', '6302', 5, 'Pcs', 480, 890),
 ('Cotton Single Bedsheet 60x90 Sanganeri Print', '6302', 5, 'Pcs', 210, 390),
 ('Jaipuri Razai (Quilt) Double, Mulmul Cotton', '6304', 12, 'Pcs', 1150, 1900),
 ('Dohar Reversible AC Blanket, Single', '6304', 5, 'Pcs', 420, 760),
 ('Cotton Cambric Fabric 60s, Greige', '5208', 5, 'Mtr', 62, 95),
 ('Dabu Print Running Fabric 44"', '5208', 5, 'Mtr', 110, 165),
 ('Cushion Cover 16x16 Embroidered (Set of 5)', '6304', 5, 'Set', 260, 480),
 ('Table Runner 13x72 Handloom', '6302', 5, 'Pcs', 140, 260),
 ('Bath Towel 70x140 500 GSM', '6302', 5, 'Pcs', 175, 320),
 ('Hand Towel 40x60 Terry', '6302', 5, 'Pcs', 58, 96),
 ('Polyester Satin Curtain 5 ft Eyelet', '6303', 12, 'Pcs', 330, 540),
 ('Mink Blanket Double Bed 3.5 kg', '6301', 12, 'Pcs', 980, 1650),
 ('Cotton Lace 2 cm Off-White', '5804', 12, 'Mtr', 6, 14),
 ('Tassel Trim Multicolour', '5808', 12, 'Mtr', 18, 35),
 ('5-Ply Corrugated Box 18x14x8', '4819', 18, 'Pcs', 24, 46),
 ('Printed Woven Label 2.5x5 cm', '5807', 12, 'Pcs', 0.6, 1.8),
 ('Hang Tag with String, 350 GSM Art Card', '4821', 18, 'Pcs', 1.2, 3.5),
 ('Poly Bag with Zip 14x18, 60 Micron', '3923', 18, 'Pcs', 3.5, 7),
 ('Job Work - Stitching of Bedsheets', '9988', 5, 'Pcs', 18, 32),
 ('Indigo Dye Natural Paste', '3203', 18, 'Kg', 380, 650)]
SUP_ITEMS = {'sanganeri': [0, 1, 5, 6, 7], 'bagru': [5, 0, 1, 7], 'bhilwara': [4, 5], 'panipat': [3, 6, 7, 10, 2], 'karur': [8, 9],
    'surat': [10, 4], 'packaging': [14, 17], 'ludhiana': [11, 3], 'lace': [12, 13], 'labels': [15, 16], 'stitch': [18],
    'handloom': [7, 6, 2], 'portal': [17, 14, 16, 9, 8], 'portal2': [1, 6, 10, 11]}
ITEMS_FOR = {
 'us1': [('Organic cotton sewing thread, 5000 yd cone', 'cone', 6.4, 9.8), ('Polyester core-spun thread 40/2', 'cone', 3.2, 5.1), ('Bobbin pre-wound L style', 'box', 14, 22)],
 'us2': [('Kraft mailer box 14x10x4', 'each', 0.74, 1.35), ('Poly mailer 12x15.5, 2.5 mil', 'case/500', 38, 61), ('FNSKU label roll 2.25x1.25', 'roll', 9.5, 14)],
 'uk1': [('Linen blend fabric 150cm natural', 'm', 6.2, 9.9), ('Cotton sateen 280cm white', 'm', 8.4, 12.5), ('Duvet cover, double, stone-washed linen', 'pc', 21, 34)],
 'uk2': [('FBA prep & labelling per unit', 'unit', 0.35, 0.6), ('Pallet storage (weekly)', 'pallet', 4.5, 7), ('Inbound carton receipt', 'carton', 1.1, 1.9), ('Polybagging incl. suffocation warning', 'unit', 0.18, 0.3)],
 'cn': [('全棉印花床单套件 Cotton printed bedding set 4pcs', 'set', 9.8, 16), ('涤纶天鹅绒抱枕套 Polyester velvet cushion cover', 'pc', 0.85, 1.6), ('珊瑚绒毯 Coral fleece blanket 150x200', 'pc', 4.3, 7.2), ('竹纤维毛巾 Bamboo fibre towel', 'pc', 1.1, 2.2)],
 'es': [('Hilo de algodón peinado Ne 30/1', 'kg', 4.6, 7.2), ('Tejido de rizo 400 g/m²', 'm', 5.1, 8.4), ('Hilo reciclado Ne 20/1 crudo', 'kg', 2.9, 4.5)],
 'it': [('Tessuto jacquard cotone h.280', 'm', 11, 19), ('Raso di cotone mercerizzato h.300', 'm', 9.5, 15), ('Campionario tessuti', 'pz', 35, 60)],
 'de': [('Ersatzkamm für Webmaschine WX-4', 'Stk.', 120, 260), ('Schaftrahmen Aluminium 190 cm', 'Stk.', 310, 480), ('Schmieröl Spezial 5 l', 'Kanister', 42, 65)],
 'fr': [('Teinture réactive bleu indigo', 'kg', 38, 62), ('Fixateur textile écologique', 'L', 12, 19), ('Nuancier couleurs 2026', 'pièce', 45, 70)],
 'ja': [('天然藍染料（粉末）', 'kg', 8200, 12500), ('媒染剤 ミョウバン', 'kg', 1400, 2600), ('染色見本帳', '冊', 3000, 5500)],
 'pl': [('Tkanina lniana 100% len, szer. 150 cm', 'mb', 24, 39), ('Ręcznik lniany 50x70', 'szt.', 14, 22), ('Obrus lniany 140x180', 'szt.', 48, 79)],
 'nl': [('Verzenddoos golfkarton 40x30x20', 'stuk', 0.62, 1.1), ('Vulmateriaal papier 5 kg', 'doos', 14, 22), ('Tape bruin 50 mm x 66 m', 'rol', 1.3, 2.4)],
}
FOR_CFG = {  # currency, numstyle, date style, vat rate options, lang, buyer
 'us1': ('USD', 'us', 'mdy', [0], 'en'), 'us2': ('USD', 'us', 'us_long', [0, 7], 'en'),
 'uk1': ('GBP', 'us', 'uk_long', [0], 'en'), 'uk2': ('GBP', 'us', 'dmy_slash', [20], 'en'),
 'cn': ('USD', 'us', 'ymd_slash', [0], 'zh'), 'es': ('EUR', 'eu', 'dmy_slash', [0], 'es'),
 'it': ('EUR', 'eu', 'dmy_slash', [0], 'it'), 'de': ('EUR', 'eu', 'dmy_dot', [0], 'de'),
 'fr': ('EUR', 'sp', 'fr_long', [0], 'fr'), 'ja': ('JPY', 'jp', 'cjk', [10], 'ja'),
 'pl': ('PLN', 'sp', 'dmy_dot', [0], 'pl'), 'nl': ('EUR', 'eu', 'dmy_dash', [0], 'nl'),
}
CUR_SYM = {'INR': '₹', 'USD': '$', 'GBP': '£', 'EUR': '€', 'JPY': '¥', 'PLN': 'zł', 'CNY': '¥'}

def rdate():
    return dt.date(2025, 4, 1) + dt.timedelta(days=R.randint(0, 330))

def indian_doc(sk, kind='tax_invoice', nlines=None, buyer=None, intra=None, date_style=None, rate_sym='Rs.', freight=None, disc=None):
    s = IN_SUP[sk]
    b = buyer or (OUR if R.random() < 0.8 else R.choice(OTHER_BUYERS))
    d = rdate()
    pool = SUP_ITEMS[sk]
    n = nlines or R.choice([1, 2, 3, 3, 4, 5, 6])
    lines = []
    for i in range(n):
        it = ITEMS_IN[pool[i % len(pool)]] if i < len(pool) else ITEMS_IN[R.randrange(len(ITEMS_IN))]
        desc, hsn, gst, unit, lo, hi = it
        if i >= len(pool): desc = desc + ' - ' + R.choice(['Indigo', 'Maroon', 'Mustard', 'Teal', 'Rust', 'Grey', 'Ivory', 'Pink'])
        qty = R.choice([5, 10, 12, 20, 24, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200, 250, 500]) if unit != 'Mtr' else R.choice([80, 120, 150, 240, 300, 450, 600])
        if lo < 5: qty = R.choice([1000, 2000, 2500, 5000])
        rate = D(R.uniform(lo, hi)).quantize(Decimal('1')) if lo >= 20 else D(R.uniform(lo, hi))
        dp = disc if disc is not None else (R.choice([0, 0, 0, 2, 5, 10]) if R.random() < 0.3 else 0)
        amt = D(D(qty) * rate * (1 - D(dp) / 100))
        lines.append(dict(desc=desc, hsn=hsn, gst=0 if kind == 'bill_of_supply' else gst, qty=qty, unit=unit, rate=D(rate), disc=dp, amt=amt))
    intra = (s['state'] == b.get('state', 8)) if intra is None else intra
    sub = sum(l['amt'] for l in lines)
    extra = []
    if freight is None: freight = R.random() < 0.35
    if freight:
        fr = D(R.choice([250, 400, 650, 800, 1200, 1500]))
        extra.append(('Freight & Cartage', fr)); taxbase_fr = fr
    else: taxbase_fr = D(0)
    taxes = []
    rates = {}
    for l in lines: rates[l['gst']] = rates.get(l['gst'], D(0)) + l['amt']
    if taxbase_fr:
        mx = max(rates); rates[mx] += taxbase_fr
    hsn_sum = {}
    for l in lines:
        hsn_sum.setdefault((l['hsn'], l['gst']), D(0)); hsn_sum[(l['hsn'], l['gst'])] += l['amt']
    if kind != 'bill_of_supply':
        for r, base in sorted(rates.items()):
            if r == 0: continue
            if intra:
                h = D(base * D(r) / 200)
                taxes.append((f'CGST @ {D(r)/2:g}%', h)); taxes.append((f'SGST @ {D(r)/2:g}%', h))
            else:
                taxes.append((f'IGST @ {r}%', D(base * D(r) / 100)))
    raw = sub + sum(e[1] for e in extra) + sum(t[1] for t in taxes)
    total = raw.quantize(Decimal('1'), rounding='ROUND_HALF_UP')
    roundoff = D(total - raw)
    doc = dict(kind=kind, lang='en', region='IN', supplier=s, buyer=b, date=d, currency='INR', ns='in', ds=date_style or R.choice(['dmy_dash', 'dmy_slash', 'tally', 'tally2', 'dmy_dot']),
               number=R.choice(['', 'SBP/', 'INV-', 'GST/', 'T/']) + (f'{d.year % 100 if d.month > 3 else d.year % 100 - 1}-{(d.year % 100) + (1 if d.month > 3 else 0)}/' if R.random() < 0.6 else '') + str(R.randint(11, 2400)),
               lines=lines, sub=sub, extra=extra, taxes=taxes, roundoff=roundoff, total=D(total), intra=intra, hsn_sum=hsn_sum)
    doc['title'] = {'tax_invoice': 'TAX INVOICE', 'bill_of_supply': 'BILL OF SUPPLY', 'receipt': 'CASH MEMO', 'credit_note': 'CREDIT NOTE',
                    'delivery_note': 'DELIVERY CHALLAN', 'quotation': 'QUOTATION', 'purchase_order': 'PURCHASE ORDER', 'proforma': 'PROFORMA INVOICE',
                    'price_list': 'PRICE LIST'}.get(kind, 'INVOICE')
    doc['words'] = inr_words(total)
    return doc

def foreign_doc(sk, kind='invoice', nlines=None, buyer=None):
    cur, ns, ds, vats, lang = FOR_CFG[sk]
    s = FOR_SUP[sk]
    b = buyer or (OUR_UK if sk in ('uk1', 'uk2', 'nl', 'pl') and R.random() < 0.6 else OUR)
    d = rdate()
    pool = ITEMS_FOR[sk]
    n = nlines or R.choice([1, 2, 3, 3, 4])
    lines = []
    for i in range(n):
        desc, unit, lo, hi = pool[i % len(pool)]
        if i >= len(pool): desc = desc + ' #' + str(R.randint(100, 999))
        qty = R.choice([2, 4, 5, 10, 12, 20, 25, 40, 50, 100, 200, 300, 500, 1000])
        if lo > 1000: qty = R.choice([2, 3, 5, 10])
        if lo > 100 and lo < 1000: qty = R.choice([1, 2, 3, 4])
        rate = D(R.uniform(lo, hi)) if cur != 'JPY' else D(int(R.uniform(lo, hi) / 10) * 10)
        amt = D(D(qty) * rate)
        lines.append(dict(desc=desc, hsn='', gst=0, qty=qty, unit=unit, rate=rate, disc=0, amt=amt))
    sub = sum(l['amt'] for l in lines)
    extra = []
    if R.random() < 0.35:
        dv = -D(sub * D(R.choice([3, 5, 10])) / 100)
        if cur == 'JPY': dv = D(int(dv))
        extra.append(('disc', dv))
    if R.random() < 0.5:
        sh = D(R.choice([15, 35, 48.5, 90, 120, 240])) if cur != 'JPY' else D(R.choice([880, 1500, 2400]))
        extra.append(('ship', sh))
    vat = R.choice(vats)
    if s is FOR_SUP['uk1'] and b is OUR_UK: vat = 20
    if sk in ('nl', 'pl') and b is OUR_UK: vat = 0
    base = sub + sum(e[1] for e in extra)
    taxes = [(f'{LBL[lang]["tax"]} {vat}%', D(base * D(vat) / 100) if cur != 'JPY' else D(int(base * D(vat) / 100)))] if vat or R.random() < 0.5 else []
    total = base + sum(t[1] for t in taxes)
    doc = dict(kind=kind, lang=lang, region=sk, supplier=s, buyer=b, date=d, currency=cur, ns=ns, ds=ds,
               number=R.choice(['INV-', 'F', 'A', '']) + str(d.year) + '-' + str(R.randint(100, 9999)).zfill(4),
               lines=lines, sub=sub, extra=extra, taxes=taxes, roundoff=D(0), total=D(total), intra=None, vat=vat)
    doc['title'] = LBL[lang]['inv']
    if sk == 'uk2' and vat: doc['title'] = 'VAT INVOICE'; doc['kind'] = 'tax_invoice'
    if sk == 'pl': doc['kind'] = 'tax_invoice'
    return doc

def money(doc, a): return fmt(a, doc['ns'])
