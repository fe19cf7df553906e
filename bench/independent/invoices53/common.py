"""Shared data model: invented companies, items, number/date formats, totals, labels."""
import os, json, random, datetime, pickle
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, 'files')
WORK = os.path.join(BASE, '_work')
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)
CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

# ---------------------------------------------------------------- profiles
# region -> language, currency, symbol, decimals, thousands sep, decimal sep, symbol position, tax
PROF = {
 'my': dict(lang='en', cur='MYR', sym='RM', dec=2, th=',', ds='.', pos='pre', tax=('SST', 10), idlbl='TIN', country='Malaysia', date='dmy/'),
 'sg': dict(lang='en', cur='SGD', sym='S$', dec=2, th=',', ds='.', pos='pre', tax=('GST', 9), idlbl='GST Reg No', country='Singapore', date='d_mon_y'),
 'au': dict(lang='en', cur='AUD', sym='A$', dec=2, th=',', ds='.', pos='pre', tax=('GST', 10), idlbl='ABN', country='Australia', date='dmy/'),
 'us': dict(lang='en', cur='USD', sym='USD', dec=2, th=',', ds='.', pos='post', tax=('Sales Tax', D('8.875')), idlbl='EIN', country='USA', date='mdy/'),
 'th': dict(lang='en', cur='THB', sym='THB', dec=2, th=',', ds='.', pos='pre', tax=('VAT', 7), idlbl='Tax ID', country='Thailand', date='be'),
 'id': dict(lang='id', cur='IDR', sym='Rp', dec=0, th='.', ds=',', pos='pre', tax=('PPN', 11), idlbl='NPWP', country='Indonesia', date='dmy-'),
 'cn': dict(lang='zh', cur='CNY', sym='¥', dec=2, th=',', ds='.', pos='pre', tax=('增值税', 13), idlbl='统一社会信用代码', country='中国', date='cjk'),
 'cnx': dict(lang='en', cur='USD', sym='USD', dec=2, th=',', ds='.', pos='post', tax=None, idlbl='USCC', country='China', date='ymd/'),
 'jp': dict(lang='ja', cur='JPY', sym='¥', dec=0, th=',', ds='.', pos='pre', tax=('消費税', 10), idlbl='登録番号', country='日本', date='ymd/'),
 'de': dict(lang='de', cur='EUR', sym='€', dec=2, th='.', ds=',', pos='post', tax=('MwSt.', 19), idlbl='USt-IdNr.', country='Deutschland', date='dmy.'),
 'fr': dict(lang='fr', cur='EUR', sym='€', dec=2, th=' ', ds=',', pos='post', tax=('TVA', 20), idlbl='N° TVA', country='France', date='fr'),
 'it': dict(lang='it', cur='EUR', sym='€', dec=2, th='.', ds=',', pos='post', tax=('IVA', 22), idlbl='P.IVA', country='Italia', date='dmy/'),
 'es': dict(lang='es', cur='EUR', sym='€', dec=2, th='.', ds=',', pos='post', tax=('IVA', 21), idlbl='NIF', country='España', date='dmy/'),
 'pl': dict(lang='pl', cur='PLN', sym='zł', dec=2, th=' ', ds=',', pos='post', tax=('VAT', 23), idlbl='NIP', country='Polska', date='iso'),
 'nl': dict(lang='nl', cur='EUR', sym='€', dec=2, th='.', ds=',', pos='pre', tax=('BTW', 21), idlbl='BTW-nr', country='Nederland', date='dmy-'),
}

# ---------------------------------------------------------------- words
W = {
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', proforma='PROFORMA INVOICE', commercial='COMMERCIAL INVOICE',
            credit_note='CREDIT NOTE', no='Invoice No.', date='Date', due='Due Date', bill='Bill To', frm='From', desc='Description',
            qty='Qty', unit='Unit Price', amt='Amount', sub='Subtotal', disc='Discount', ship='Shipping', total='Total', page='Page',
            pay='Payment terms: 30 days', thanks='Thank you for your business.', packing_list='PACKING LIST', purchase_order='PURCHASE ORDER',
            quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST', sku='SKU', ctn='Cartons', weight='Gross kg'),
 'id': dict(invoice='FAKTUR', tax_invoice='FAKTUR PAJAK', receipt='NOTA', proforma='FAKTUR PROFORMA', commercial='FAKTUR', credit_note='NOTA KREDIT',
            no='No. Faktur', date='Tanggal', due='Jatuh Tempo', bill='Kepada', frm='Dari', desc='Nama Barang', qty='Jumlah', unit='Harga Satuan',
            amt='Total Harga', sub='Subtotal', disc='Diskon', ship='Ongkos Kirim', total='Total', page='Halaman', pay='Pembayaran: 14 hari',
            thanks='Terima kasih.', packing_list='DAFTAR KEMASAN', purchase_order='PESANAN PEMBELIAN', quotation='PENAWARAN HARGA',
            delivery_note='SURAT JALAN', price_list='DAFTAR HARGA', sku='Kode', ctn='Karton', weight='Berat kg'),
 'zh': dict(invoice='发票', tax_invoice='增值税专用发票', receipt='收据', proforma='形式发票', commercial='商业发票', credit_note='红字发票',
            no='发票号码', date='开票日期', due='付款期限', bill='购买方', frm='销售方', desc='货物或应税劳务名称', qty='数量', unit='单价',
            amt='金额', sub='合计', disc='折扣', ship='运费', total='价税合计', page='页', pay='付款方式：银行转账', thanks='',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', price_list='价目表', sku='编号', ctn='箱数', weight='毛重kg'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', proforma='見積請求書', commercial='請求書', credit_note='返品伝票',
            no='請求番号', date='請求日', due='お支払期限', bill='請求先', frm='発行元', desc='品名', qty='数量', unit='単価', amt='金額',
            sub='小計', disc='値引', ship='送料', total='合計金額', page='ページ', pay='お振込期限：翌月末', thanks='毎度ありがとうございます。',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', price_list='価格表', sku='品番', ctn='箱数', weight='重量kg'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', proforma='PROFORMA-RECHNUNG', commercial='HANDELSRECHNUNG', credit_note='GUTSCHRIFT',
            no='Rechnungsnr.', date='Datum', due='Fällig am', bill='Rechnungsempfänger', frm='Absender', desc='Bezeichnung', qty='Menge',
            unit='Einzelpreis', amt='Betrag', sub='Zwischensumme', disc='Rabatt', ship='Versand', total='Gesamtbetrag', page='Seite',
            pay='Zahlbar innerhalb 14 Tagen ohne Abzug.', thanks='Vielen Dank für Ihren Auftrag.', packing_list='PACKLISTE',
            purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', price_list='PREISLISTE', sku='Art.-Nr.', ctn='Kartons', weight='Brutto kg'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', proforma='FACTURE PRO FORMA', commercial='FACTURE COMMERCIALE', credit_note='AVOIR',
            no='Facture n°', date='Date', due='Échéance', bill='Facturé à', frm='Émetteur', desc='Désignation', qty='Qté', unit='Prix unit. HT',
            amt='Montant HT', sub='Total HT', disc='Remise', ship='Frais de port', total='Total TTC', page='Page', pay='Paiement à 30 jours.',
            thanks='Merci de votre confiance.', packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS',
            delivery_note='BON DE LIVRAISON', price_list='TARIFS', sku='Réf.', ctn='Colis', weight='Poids kg'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', proforma='FATTURA PROFORMA', commercial='FATTURA COMMERCIALE', credit_note='NOTA DI CREDITO',
            no='Fattura n.', date='Data', due='Scadenza', bill='Cliente', frm='Fornitore', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.',
            amt='Importo', sub='Imponibile', disc='Sconto', ship='Spedizione', total='Totale documento', page='Pagina', pay='Pagamento: bonifico 30 gg d.f.',
            thanks='Grazie.', packing_list='DISTINTA COLLI', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO',
            price_list='LISTINO PREZZI', sku='Cod.', ctn='Colli', weight='Peso kg'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='RECIBO', proforma='FACTURA PROFORMA', commercial='FACTURA COMERCIAL', credit_note='FACTURA RECTIFICATIVA',
            no='Factura nº', date='Fecha', due='Vencimiento', bill='Cliente', frm='Emisor', desc='Concepto', qty='Cant.', unit='Precio', amt='Importe',
            sub='Base imponible', disc='Descuento', ship='Portes', total='Total factura', page='Página', pay='Forma de pago: transferencia 30 días',
            thanks='Gracias por su compra.', packing_list='LISTA DE EMPAQUE', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO',
            delivery_note='ALBARÁN', price_list='LISTA DE PRECIOS', sku='Ref.', ctn='Bultos', weight='Peso kg'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='PARAGON', proforma='FAKTURA PRO FORMA', commercial='FAKTURA', credit_note='FAKTURA KORYGUJĄCA',
            no='Faktura nr', date='Data wystawienia', due='Termin płatności', bill='Nabywca', frm='Sprzedawca', desc='Nazwa towaru', qty='Ilość',
            unit='Cena netto', amt='Wartość netto', sub='Razem netto', disc='Rabat', ship='Transport', total='Do zapłaty', page='Strona',
            pay='Sposób płatności: przelew 14 dni', thanks='', packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA',
            delivery_note='WZ - WYDANIE ZEWNĘTRZNE', price_list='CENNIK', sku='Indeks', ctn='Kartony', weight='Waga kg'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KASSABON', proforma='PROFORMA FACTUUR', commercial='FACTUUR', credit_note='CREDITNOTA',
            no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', bill='Factuuradres', frm='Van', desc='Omschrijving', qty='Aantal',
            unit='Prijs', amt='Bedrag', sub='Subtotaal', disc='Korting', ship='Verzendkosten', total='Totaal', page='Pagina',
            pay='Betaling binnen 14 dagen.', thanks='Bedankt voor uw bestelling.', packing_list='PAKLIJST', purchase_order='INKOOPORDER',
            quotation='OFFERTE', delivery_note='PAKBON', price_list='PRIJSLIJST', sku='Art.nr', ctn='Dozen', weight='Gewicht kg'),
}
MON_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
MON_FR = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split()


def fmt_date(d, region, style=None):
    s = style or PROF[region]['date']
    if s == 'dmy/': return d.strftime('%d/%m/%Y')
    if s == 'mdy/': return d.strftime('%m/%d/%Y')
    if s == 'ymd/': return d.strftime('%Y/%m/%d')
    if s == 'dmy.': return d.strftime('%d.%m.%Y')
    if s == 'dmy-': return d.strftime('%d-%m-%Y')
    if s == 'iso': return d.isoformat()
    if s == 'cjk': return f'{d.year}年{d.month}月{d.day}日'
    if s == 'fr': return f'{d.day} {MON_FR[d.month-1]} {d.year}'
    if s == 'd_mon_y': return f'{d.day:02d} {MON_EN[d.month-1]} {d.year}'
    if s == 'be': return f'{d.day:02d}/{d.month:02d}/{d.year+543}'
    raise ValueError(s)


def q(x, dec):
    return D(x).quantize(D(1) if dec == 0 else D('0.01'), rounding=ROUND_HALF_UP)


def fmt_num(x, region):
    p = PROF[region]
    x = q(x, p['dec'])
    neg = x < 0
    s = f'{abs(x):,.{p["dec"]}f}'
    s = s.replace(',', '\x00').replace('.', p['ds']).replace('\x00', p['th'])
    return ('-' if neg else '') + s


def fmt_money(x, region, sym=True):
    p = PROF[region]
    n = fmt_num(x, region)
    if not sym: return n
    if p['pos'] == 'pre':
        return f"{p['sym']}{'' if p['sym'] in '¥€' else ' '}{n}"
    return f"{n} {p['sym']}"

# ---------------------------------------------------------------- invented parties
NAMES = {
 'my': (['Seri', 'Bukit', 'Cahaya', 'Lembah', 'Mutiara', 'Teratai', 'Kenanga', 'Permata', 'Bintang', 'Harimau'],
        ['Trading Sdn. Bhd.', 'Supplies Sdn. Bhd.', 'Enterprise', 'Industries Sdn. Bhd.', 'Packaging Sdn. Bhd.'],
        ['No. 12, Jalan SS 15/4, 47500 Subang Jaya, Selangor', 'Lot 8, Jalan Perusahaan 3, 81700 Pasir Gudang, Johor',
         '27-1, Jalan Kuchai Maju 6, 58200 Kuala Lumpur', '5, Lorong Perak 2, 10150 George Town, Pulau Pinang']),
 'sg': (['Lion Gate', 'Marina Crest', 'Tampines Bay', 'Orchid Link', 'Raffles Vale', 'Jurong Peak', 'Kallang Reef'],
        ['Pte. Ltd.', 'Distribution Pte. Ltd.', 'Trading Pte. Ltd.', 'Supply Pte. Ltd.'],
        ['18 Ubi Crescent #03-11, Singapore 408566', '7 Tuas Avenue 9, Singapore 639170', '101 Kitchener Road #02-08, Singapore 208511']),
 'au': (['Wattle Creek', 'Southern Cross', 'Koala Ridge', 'Red Gum', 'Bluewater', 'Ironbark', 'Coral Coast'],
        ['Pty Ltd', 'Wholesale Pty Ltd', 'Imports Pty Ltd', 'Trading Co Pty Ltd'],
        ['14 Hargrave St, Collingwood VIC 3066', 'Unit 3, 22 Boundary Rd, Rocklea QLD 4106', '9 Parramatta Rd, Granville NSW 2142']),
 'us': (['Hudson Ridge', 'Prairie Lane', 'Blue Heron', 'Cedar Point', 'Great Lakes', 'Mesa Verde'],
        ['Supply LLC', 'Wholesale Inc.', 'Distributors Inc.', 'Goods Co.'],
        ['2210 W Fulton St, Chicago, IL 60612', '85 Industrial Pkwy, Edison, NJ 08837', '4410 S Alameda St, Vernon, CA 90058']),
 'th': (['Siam Lotus', 'Chao Phraya', 'Rattana', 'Sukhothai', 'Ayutthaya Star', 'Mekong Gold'],
        ['Co., Ltd.', 'Trading Co., Ltd.', 'Industry Co., Ltd.'],
        ['88/12 Moo 4, Bang Na-Trat Rd, Bang Phli, Samut Prakan 10540', '15 Soi Ramkhamhaeng 24, Hua Mak, Bangkok 10240']),
 'id': (['Sinar', 'Maju', 'Cahaya', 'Sentosa', 'Abadi', 'Mitra', 'Jaya'],
        ['Makmur', 'Sejahtera', 'Bersama', 'Lestari', 'Utama'],
        ['Jl. Mangga Dua Raya No. 17, Jakarta Utara 14430', 'Jl. Raya Darmo No. 88, Surabaya 60241', 'Kawasan Industri Pulogadung Blok C/5, Jakarta Timur']),
 'cn': (['深圳市', '义乌市', '广州市', '宁波市', '东莞市', '厦门市'],
        ['华晟', '博远', '锦瑞', '恒丰', '鑫达', '嘉禾', '永泰'],
        ['广东省深圳市宝安区西乡街道固戍二路18号', '浙江省义乌市稠城街道工人北路166号', '广东省东莞市长安镇振安中路233号']),
 'cnx': (['Shenzhen', 'Yiwu', 'Ningbo', 'Dongguan', 'Xiamen', 'Guangzhou'],
         ['Huasheng', 'Boyuan', 'Jinrui', 'Hengfeng', 'Xinda', 'Jiahe', 'Yongtai'],
         ['Bldg 5, No. 18 Gushu 2nd Rd, Bao\'an, Shenzhen 518126, China', 'Rm 1203, 166 Gongren North Rd, Yiwu, Zhejiang 322000, China']),
 'jp': (['株式会社', '有限会社'], ['さくら商事', '青葉物産', '富士トレーディング', '東海パック', '大和雑貨'],
        ['東京都台東区浅草橋2-14-7', '大阪府大阪市中央区本町3-5-9', '愛知県名古屋市中区栄1-8-22']),
 'de': (['Nordlicht', 'Rheintal', 'Bergmann', 'Elbufer', 'Lindenhof'], ['Handels GmbH', 'Vertrieb GmbH', 'Großhandel KG'],
        ['Hafenstraße 41, 20457 Hamburg', 'Industriestr. 7, 50735 Köln', 'Am Gewerbepark 12, 90427 Nürnberg']),
 'fr': (['Bellerive', 'Provençale', 'Atelier Durand', 'Loire', 'Montclair'], ['SARL', 'SAS', 'Distribution SAS'],
        ['14 rue des Tanneurs, 69002 Lyon', '3 avenue Jean Jaurès, 33000 Bordeaux', '27 boulevard Voltaire, 75011 Paris']),
 'it': (['Fratelli Ricci', 'Adriatica', 'Lombarda', 'Toscana Imballaggi', 'Vesuvio'], ['S.r.l.', 'S.p.A.', 'S.n.c.'],
        ['Via dei Mille 23, 20121 Milano', 'Viale Europa 118, 50126 Firenze', 'Via Nazionale 5, 80143 Napoli']),
 'es': (['Levante', 'Castilla', 'Iberia Norte', 'Alhambra', 'Mediterránea'], ['S.L.', 'S.A.', 'Distribuciones S.L.'],
        ['Calle Mayor 44, 28013 Madrid', 'Avda. Diagonal 512, 08006 Barcelona', 'Polígono La Cartuja, Nave 9, 41092 Sevilla']),
 'pl': (['Wisła', 'Mazur', 'Bałtyk', 'Karpaty', 'Odra'], ['Sp. z o.o.', 'S.A.', 'Hurt Sp. z o.o.'],
        ['ul. Marszałkowska 84, 00-514 Warszawa', 'ul. Długa 17, 80-831 Gdańsk', 'ul. Przemysłowa 9, 61-541 Poznań']),
 'nl': (['Van der Berg', 'Zeeland', 'Oranje', 'De Molen', 'Amstel'], ['B.V.', 'Groothandel B.V.', 'Import B.V.'],
        ['Keizersgracht 211, 1016 DV Amsterdam', 'Industrieweg 33, 3044 AS Rotterdam', 'Stationsplein 5, 3511 ED Utrecht']),
}
SELLERS = {  # the Amazon sellers (buyers of goods) — invented
 'my': ['Kedai Online Aina Enterprise', 'Harmoni Home Living Sdn. Bhd.', 'TechNest Gadget Resources', 'Bunga Raya Craft House'],
 'sg': ['Mango Tree Retail Pte. Ltd.', 'Kopi Lane Goods Pte. Ltd.', 'Northpoint E-Store Pte. Ltd.'],
 'au': ['Billabong Lane Online Pty Ltd', 'Outback Kitchen Co Pty Ltd', 'Harbourline Gifts Pty Ltd'],
 'us': ['Sunline Goods LLC', 'Maple & Fern Retail Inc.', 'Riverbend Home Store LLC'],
}


def tax_id(region, rng):
    d = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
    return {'my': f'C{d(10)}0', 'sg': f'20{d(7)}{rng.choice("KMNRZ")}', 'au': f'{d(2)} {d(3)} {d(3)} {d(3)}', 'us': f'{d(2)}-{d(7)}',
            'th': d(13), 'id': f'0{d(1)}.{d(3)}.{d(3)}.{d(1)}-{d(3)}.000', 'cn': f'91{d(4)}MA{d(5)}{rng.choice("ABCDEFGHJK")}{d(4)}',
            'cnx': f'91{d(4)}MA{d(5)}X{d(4)}', 'jp': f'T{d(13)}', 'de': f'DE{d(9)}', 'fr': f'FR{d(11)}', 'it': f'IT{d(11)}',
            'es': f'ES B{d(8)}', 'pl': f'{d(3)}-{d(3)}-{d(2)}-{d(2)}', 'nl': f'NL{d(9)}B01'}[region]


def company(region, rng):
    a, b, addr = NAMES[region]
    if region in ('cn',):
        name = rng.choice(a) + rng.choice(b) + rng.choice(['贸易有限公司', '电子科技有限公司', '日用品有限公司'])
    elif region == 'jp':
        name = rng.choice(a) + rng.choice(b)
    elif region == 'id':
        name = 'PT ' + rng.choice(a) + ' ' + rng.choice(b)
    elif region == 'cnx':
        name = rng.choice(a) + ' ' + rng.choice(b) + ' ' + rng.choice(['Trading Co., Ltd.', 'Electronics Co., Ltd.', 'Houseware Co., Ltd.'])
    else:
        name = rng.choice(a) + ' ' + rng.choice(b)
    return dict(name=name, addr=rng.choice(addr), taxid=tax_id(region, rng),
                phone='+' + ''.join(rng.choice('0123456789') for _ in range(10)))


def buyer_party(region, rng):
    # buyers are the Amazon sellers; foreign suppliers sell to MY/SG/AU/US sellers
    breg = region if region in SELLERS else rng.choice(['my', 'sg', 'au', 'us'])
    addr = {'my': 'B-3-7, Jalan Kenari 5, 47170 Puchong, Selangor, Malaysia', 'sg': '60 Paya Lebar Road #09-43, Singapore 409051',
            'au': '41 Wickham St, Fortitude Valley QLD 4006, Australia', 'us': '1200 Commerce Dr Ste 140, Plano, TX 75093, USA'}[breg]
    return dict(name=rng.choice(SELLERS[breg]), addr=addr, taxid=tax_id(breg, rng), region=breg)

ITEMS = {
 'en': ['Stainless steel water bottle 750ml', 'Silicone baking mat set', 'Bamboo cutting board L', 'USB-C charging cable 1m', 'Phone stand aluminium',
        'Cotton tote bag natural', 'LED desk lamp dimmable', 'Yoga mat 6mm TPE', 'Ceramic mug 350ml', 'Kraft mailer box 25x18x8', 'Bubble wrap roll 50m',
        'Wireless earbuds case', 'Pet grooming brush', 'Batik scarf printed', 'Rattan storage basket', 'Glass food container 1L'],
 'id': ['Tas anyaman rotan', 'Kain batik cap', 'Botol minum stainless', 'Kotak kardus 30x20x10', 'Sendok kayu jati', 'Lampu LED meja', 'Gelas keramik'],
 'zh': ['不锈钢保温杯 500ml', '硅胶烘焙垫', '竹制砧板', 'USB-C数据线 1米', '铝合金手机支架', '帆布购物袋', 'LED台灯', '瑜伽垫 6mm'],
 'ja': ['ステンレスボトル 500ml', 'シリコン調理マット', '竹製まな板', 'USBケーブル 1m', 'スマホスタンド', '帆布トートバッグ', 'LEDデスクライト'],
 'de': ['Edelstahl-Trinkflasche 750 ml', 'Backmatte Silikon 2er Set', 'Schneidebrett Bambus', 'USB-C Ladekabel 1 m', 'Versandkarton 30x20x10', 'Keramiktasse 350 ml'],
 'fr': ['Gourde inox 750 ml', 'Tapis de cuisson silicone', 'Planche à découper bambou', 'Câble USB-C 1 m', 'Carton d\'expédition 30x20x10', 'Tasse céramique'],
 'it': ['Borraccia acciaio 750 ml', 'Tappetino da forno silicone', 'Tagliere bambù', 'Cavo USB-C 1 m', 'Scatola spedizione 30x20x10', 'Tazza ceramica'],
 'es': ['Botella acero 750 ml', 'Tapete de silicona para horno', 'Tabla de cortar bambú', 'Cable USB-C 1 m', 'Caja de envío 30x20x10', 'Taza cerámica'],
 'pl': ['Butelka stalowa 750 ml', 'Mata silikonowa do pieczenia', 'Deska bambusowa', 'Kabel USB-C 1 m', 'Karton wysyłkowy 30x20x10', 'Kubek ceramiczny'],
 'nl': ['RVS drinkfles 750 ml', 'Siliconen bakmat', 'Bamboe snijplank', 'USB-C kabel 1 m', 'Verzenddoos 30x20x10', 'Keramische mok'],
}


def make_doc(seed, region, doc_type='invoice', n_items=None, with_tax=True, discount=False, shipping=False, arith_error=False, many=False):
    rng = random.Random(seed)
    p = PROF[region]
    lang = p['lang']
    items_pool = ITEMS[lang]
    n = n_items or (rng.randint(28, 45) if many else rng.randint(1, 7))
    scale = {'IDR': 15000, 'JPY': 150, 'THB': 35, 'CNY': 7, 'PLN': 4, 'MYR': 4.5}.get(p['cur'], 1)
    items = []
    for i in range(n):
        base = rng.choice([1.2, 2.5, 3.8, 4.9, 6.5, 8.9, 12.4, 15.0, 23.5, 39.9, 59.0])
        up = q(D(str(base)) * D(str(scale)) * D(str(rng.uniform(0.8, 1.3))), p['dec'])
        if p['dec'] == 0 and up > 1000: up = q(up / 100, 0) * 100
        qty = rng.choice([1, 2, 5, 10, 12, 20, 24, 50, 100, 200, 300, 500]) if doc_type != 'receipt' else rng.randint(1, 4)
        desc = rng.choice(items_pool)
        if many: desc = f'{desc} #{i+1:02d}'
        items.append(dict(sku=f'{rng.choice("ABCDKMPT")}{rng.randint(100,999)}-{rng.randint(10,99)}', desc=desc, qty=qty, unit=up, line=q(up * qty, p['dec'])))
    sub = sum((it['line'] for it in items), D(0))
    disc = q(sub * D(rng.choice([5, 10, 3])) / 100, p['dec']) if discount else D(0)
    ship = q(D(rng.choice([15, 25, 40, 60])) * D(str(scale)), p['dec']) if shipping else D(0)
    taxable = sub - disc + ship
    tax_rate = D(str(p['tax'][1])) if (with_tax and p['tax']) else None
    tax = q(taxable * tax_rate / 100, p['dec']) if tax_rate is not None else D(0)
    total = taxable + tax
    err = None
    if arith_error:
        kind = rng.choice(['total', 'line', 'tax'])
        if kind == 'line':
            it = items[rng.randrange(len(items))]
            it['line'] = it['line'] + q(it['unit'], p['dec'])  # line shows one unit too many; totals stay from true lines
            err = 'line_total_wrong'
        elif kind == 'tax' and tax_rate is not None:
            tax = tax + q(D(rng.choice([1, 10, 100])) * D(str(scale)), p['dec'])
            total = taxable + tax
            err = 'tax_added_wrong'  # total consistent with wrong tax
        else:
            total = total + q(D(rng.choice([9, 90, 18])) * D(str(scale)), p['dec'])
            err = 'grand_total_wrong'
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 440))
    sup = company(region, rng)
    buy = buyer_party(region, rng)
    prefix = {'invoice': 'INV', 'tax_invoice': 'TI', 'receipt': 'R', 'proforma': 'PI', 'credit_note': 'CN',
              'packing_list': 'PL', 'purchase_order': 'PO', 'quotation': 'QT', 'delivery_note': 'DO', 'other': 'PLST'}[doc_type]
    return dict(seed=seed, region=region, lang=lang, doc_type=doc_type, cur=p['cur'], supplier=sup, buyer=buy,
                number=f'{prefix}-{d.year}-{rng.randint(1000, 99999):05d}', date=d, due=d + datetime.timedelta(days=30),
                items=items, sub=sub, disc=disc, ship=ship, tax_rate=tax_rate, tax=tax, total=total, arith_error=err,
                tax_label=p['tax'][0] if p['tax'] else None)


def title(doc):
    w = W[doc['lang']]
    t = doc['doc_type']
    if t == 'invoice' and doc['region'] == 'cnx': return w['commercial']
    if t == 'other': return w['price_list']
    return w[t]


def all_text_money(doc):
    return fmt_money(doc['total'], doc['region'])

# ---------------------------------------------------------------- labels
RECORDS = []


def label(fname, doc, producer, pages, genuine=True, edit_method=None, what_changed=None, edit_before_capture=False, **extra):
    non_inv = doc['doc_type'] in ('packing_list', 'purchase_order', 'quotation', 'delivery_note', 'other')
    r = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [], producer=producer,
             language=doc['lang'], is_invoice=not non_inv and doc['doc_type'] not in ('proforma',) or doc['doc_type'] == 'proforma' and False,
             doc_type=doc['doc_type'], date=doc['date'].isoformat(),
             total=str(q(doc['total'], PROF[doc['region']]['dec'])) if doc['doc_type'] not in ('packing_list', 'delivery_note') else None,
             currency=doc['cur'], supplier=doc['supplier']['name'], buyer=doc['buyer']['name'], pages=pages,
             edit_before_capture=edit_before_capture, arithmetic_error=bool(doc.get('arith_error')) and genuine,
             region=doc['region'])
    if doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'):
        r['is_invoice'] = True
    elif doc['doc_type'] == 'proforma':
        r['is_invoice'] = False  # a proforma is an offer, not a tax document
    if doc.get('arith_error'): r['arithmetic_error_kind'] = doc['arith_error']
    r.update(extra)
    RECORDS.append(r)
    # keep the doc so edits.py can work on it later
    with open(os.path.join(WORK, fname + '.doc.pkl'), 'wb') as f:
        pickle.dump(dict(doc=doc, rec=r), f)
    return r


def write_labels(records, path=os.path.join(BASE, 'labels.jsonl')):
    with open(path, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def pct(r):
    return str(int(r)) if r == int(r) else format(r.normalize(), 'f')
