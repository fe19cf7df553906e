"""Shared data model, formatting and label helpers for the invoices44 corpus."""
import os, json, random, datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, 'files')
PARTS = os.path.join(BASE, 'parts')
WORK = os.path.join(BASE, 'work')
for _d in (FILES, PARTS, WORK):
    os.makedirs(_d, exist_ok=True)
PY_FONT_CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
DEJAVU_MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'

def q2(x, nd=2):
    return D(x).quantize(D(1) if nd == 0 else D('0.01'), rounding=ROUND_HALF_UP)

# ---------- number / date formatting ----------
def fmt_num(v, style, nd=2):
    v = q2(v, nd)
    neg = v < 0
    s = f"{abs(v):,.{nd}f}"          # 1,234.56
    ip, _, dp = s.partition('.')
    sep = {'en': ',', 'de': '.', 'ch': "'", 'fr': '\u202f', 'sp': ' ', 'cz': '\u00a0'}[style]
    dec = {'en': '.', 'de': ',', 'ch': '.', 'fr': ',', 'sp': ',', 'cz': ','}[style]
    out = ip.replace(',', sep) + (dec + dp if nd else '')
    return ('-' if neg else '') + out

def money(v, p):
    """format with currency per profile"""
    n = fmt_num(v, p['num'], p.get('nd', 2))
    c = p['cur_sym']; pos = p['cur_pos']
    if pos == 'pre':
        return f"{c} {n}"
    if pos == 'pre0':
        return f"{c}{n}"
    return f"{n} {c}"

MONTHS = {
    'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
    'de': ['Jänner','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
    'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'],
    'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
}
def fmt_date(d, style):
    if style == 'dot': return d.strftime('%d.%m.%Y')
    if style == 'slash_eu': return d.strftime('%d/%m/%Y')
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'iso_slash': return d.strftime('%Y/%m/%d')
    if style == 'dash_eu': return d.strftime('%d-%m-%Y')
    if style == 'iso': return d.isoformat()
    if style == 'cjk': return f"{d.year}年{d.month}月{d.day}日"
    if style in ('long_fr', 'long_it', 'long_es', 'long_de'):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == 'de': return f"{d.day}. {m} {d.year}"
        if lg == 'es': return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)

# ---------- vocab ----------
V = {
 'de': dict(invoice='Rechnung', tax_invoice='Rechnung', receipt='Kassabon', credit_note='Gutschrift', proforma='Proforma-Rechnung',
            packing_list='Packliste', purchase_order='Bestellung', quotation='Angebot', delivery_note='Lieferschein', other='Preisliste',
            no='Rechnungsnummer', date='Rechnungsdatum', period='Leistungszeitraum', due='Fällig am', customer='Kundennummer',
            buyer='Rechnungsempfänger', pos='Pos.', desc='Bezeichnung', qty='Menge', price='Einzelpreis', amount='Gesamt',
            subtotal='Zwischensumme netto', discount='Rabatt', shipping='Versandkosten', net='Summe netto', tax='USt',
            total='Rechnungsbetrag', terms='Zahlbar innerhalb von 14 Tagen ohne Abzug.', unit='Stk.', page='Seite',
            thanks='Vielen Dank für Ihren Auftrag!', vatid='UID', bank='Bankverbindung', carry='Übertrag'),
 'en': dict(invoice='Invoice', tax_invoice='Tax Invoice', receipt='Receipt', credit_note='Credit Note', proforma='Pro Forma Invoice',
            packing_list='Packing List', purchase_order='Purchase Order', quotation='Quotation', delivery_note='Delivery Note', other='Price List',
            no='Invoice No.', date='Invoice Date', period='Delivery date', due='Due date', customer='Customer ID',
            buyer='Bill to', pos='#', desc='Description', qty='Qty', price='Unit price', amount='Amount',
            subtotal='Subtotal', discount='Discount', shipping='Shipping', net='Net total', tax='VAT',
            total='Total due', terms='Payment terms: 30 days net.', unit='pcs', page='Page',
            thanks='Thank you for your business.', vatid='VAT ID', bank='Bank details', carry='Carried forward'),
 'fr': dict(invoice='Facture', tax_invoice='Facture', receipt='Ticket de caisse', credit_note='Note de crédit', proforma='Facture pro forma',
            packing_list='Liste de colisage', purchase_order='Bon de commande', quotation='Devis', delivery_note='Bulletin de livraison', other='Liste de prix',
            no='N° de facture', date='Date de facture', period='Date de livraison', due='Échéance', customer='N° client',
            buyer='Facturé à', pos='Pos.', desc='Désignation', qty='Qté', price='Prix unitaire', amount='Montant',
            subtotal='Sous-total HT', discount='Remise', shipping='Frais de port', net='Total HT', tax='TVA',
            total='Total TTC', terms='Payable à 30 jours net.', unit='pce', page='Page',
            thanks='Merci de votre confiance.', vatid='N° TVA', bank='Coordonnées bancaires', carry='Report'),
 'it': dict(invoice='Fattura', tax_invoice='Fattura', receipt='Scontrino', credit_note='Nota di credito', proforma='Fattura proforma',
            packing_list='Lista di imballaggio', purchase_order='Ordine d\'acquisto', quotation='Offerta', delivery_note='Documento di trasporto', other='Listino prezzi',
            no='Fattura n.', date='Data fattura', period='Data consegna', due='Scadenza', customer='Cod. cliente',
            buyer='Destinatario', pos='Pos.', desc='Descrizione', qty='Q.tà', price='Prezzo unit.', amount='Importo',
            subtotal='Imponibile', discount='Sconto', shipping='Spese di spedizione', net='Totale imponibile', tax='IVA',
            total='Totale fattura', terms='Pagamento: bonifico bancario 30 gg d.f.', unit='pz', page='Pagina',
            thanks='Grazie per la fiducia.', vatid='P.IVA', bank='Coordinate bancarie', carry='Riporto'),
 'es': dict(invoice='Factura', tax_invoice='Factura', receipt='Ticket', credit_note='Factura rectificativa', proforma='Factura proforma',
            packing_list='Lista de empaque', purchase_order='Orden de compra', quotation='Presupuesto', delivery_note='Albarán', other='Lista de precios',
            no='N.º factura', date='Fecha', period='Fecha de entrega', due='Vencimiento', customer='Cliente n.º',
            buyer='Cliente', pos='Pos.', desc='Concepto', qty='Cant.', price='Precio', amount='Importe',
            subtotal='Base imponible', discount='Descuento', shipping='Portes', net='Base imponible total', tax='IVA',
            total='Total factura', terms='Forma de pago: transferencia a 30 días.', unit='ud.', page='Página',
            thanks='Gracias por su compra.', vatid='NIF', bank='Datos bancarios', carry='Suma y sigue'),
 'nl': dict(invoice='Factuur', tax_invoice='Factuur', receipt='Kassabon', credit_note='Creditnota', proforma='Proforma factuur',
            packing_list='Paklijst', purchase_order='Inkooporder', quotation='Offerte', delivery_note='Pakbon', other='Prijslijst',
            no='Factuurnummer', date='Factuurdatum', period='Leverdatum', due='Vervaldatum', customer='Klantnummer',
            buyer='Factuuradres', pos='Nr.', desc='Omschrijving', qty='Aantal', price='Prijs', amount='Bedrag',
            subtotal='Subtotaal', discount='Korting', shipping='Verzendkosten', net='Totaal excl. btw', tax='btw',
            total='Totaal te betalen', terms='Betaling binnen 14 dagen.', unit='st.', page='Pagina',
            thanks='Bedankt voor uw bestelling.', vatid='btw-nr.', bank='Bankgegevens', carry='Transport'),
 'pl': dict(invoice='Faktura VAT', tax_invoice='Faktura VAT', receipt='Paragon', credit_note='Faktura korygująca', proforma='Faktura proforma',
            packing_list='Lista pakowania', purchase_order='Zamówienie', quotation='Oferta', delivery_note='Dowód dostawy', other='Cennik',
            no='Numer faktury', date='Data wystawienia', period='Data sprzedaży', due='Termin płatności', customer='Nr klienta',
            buyer='Nabywca', pos='Lp.', desc='Nazwa towaru', qty='Ilość', price='Cena netto', amount='Wartość netto',
            subtotal='Razem netto', discount='Rabat', shipping='Koszty wysyłki', net='Razem netto', tax='VAT',
            total='Do zapłaty', terms='Sposób płatności: przelew 14 dni.', unit='szt.', page='Strona',
            thanks='Dziękujemy za zakupy.', vatid='NIP', bank='Rachunek bankowy', carry='Z przeniesienia'),
 'zh': dict(invoice='发票', tax_invoice='增值税专用发票', receipt='收据', credit_note='红字发票', proforma='形式发票',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', other='价目表',
            no='发票号码', date='开票日期', period='交货日期', due='付款期限', customer='客户编号',
            buyer='购买方', pos='序号', desc='货物或应税劳务名称', qty='数量', price='单价', amount='金额',
            subtotal='合计', discount='折扣', shipping='运费', net='金额合计', tax='税额',
            total='价税合计', terms='付款方式：银行转账', unit='件', page='第页',
            thanks='谢谢惠顾', vatid='纳税人识别号', bank='开户行及账号', carry='续'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', other='価格表',
            no='請求番号', date='請求日', period='納品日', due='お支払期限', customer='お客様番号',
            buyer='御中', pos='No.', desc='品名', qty='数量', price='単価', amount='金額',
            subtotal='小計', discount='値引', shipping='送料', net='税抜合計', tax='消費税',
            total='ご請求金額', terms='お振込手数料は貴社にてご負担ください。', unit='個', page='ページ',
            thanks='毎度ありがとうございます。', vatid='登録番号', bank='振込先', carry='繰越'),
}
def bil(a, b):
    return {k: (a[k] if a[k] == b[k] else f"{a[k]} / {b[k]}") for k in a}
V['itde'] = bil(V['it'], V['de'])

ITEMS = {
 'de': ['Edelstahl-Thermosflasche 0,75 l', 'Bambus-Schneidebrett 3er Set', 'Yogamatte rutschfest 6 mm', 'LED-Schreibtischlampe dimmbar',
        'Kinder-Regenjacke Gr. 116', 'Zirbenkissen 30x40 cm', 'Kaffeebohnen Espresso 1 kg', 'Wanderrucksack 28 l', 'USB-C Ladekabel 2 m',
        'Silikon-Backformen 6-teilig', 'Bio-Zirbenöl 10 ml', 'Trinkflasche Kinder 350 ml', 'Handyhülle Leder schwarz', 'Gusseisenpfanne 28 cm'],
 'en': ['Stainless steel tumbler 500 ml', 'Wireless charging pad 15W', 'Cotton tote bag natural', 'Resistance band set (5)', 'Ceramic pour-over dripper',
        'Phone tripod with remote', 'Beeswax food wraps 3-pack', 'LED strip 5 m RGB', 'Silicone spatula set', 'Kids puzzle 100 pcs',
        'Bluetooth kitchen scale', 'Merino wool socks (2 pairs)', 'Glass storage jar 1 l', 'Aluminium laptop stand'],
 'fr': ['Gourde isotherme 500 ml', 'Tapis de yoga liège', 'Lampe de bureau LED', 'Set de couteaux de cuisine', 'Coussin en lin 40x40',
        'Bougie parfumée lavande', 'Boîte à épices en verre', 'Sac à dos urbain 20 l', 'Câble USB-C tressé 1 m', 'Moule à cake silicone'],
 'it': ['Moka espresso 6 tazze', 'Tagliere in legno d\'ulivo', 'Borraccia termica 750 ml', 'Lampada LED da comodino', 'Set asciugamani cotone',
        'Grembiule da cucina', 'Zaino da trekking 30 l', 'Cuscino in pino cembro', 'Caricatore USB-C 30W', 'Barattolo vetro ermetico'],
 'es': ['Botella térmica 1 l', 'Funda de móvil silicona', 'Tabla de cortar bambú', 'Auriculares inalámbricos', 'Toalla de microfibra XL',
        'Set de tuppers de vidrio', 'Lámpara solar jardín', 'Esterilla de yoga TPE'],
 'nl': ['Thermosfles RVS 500 ml', 'Fietstas waterdicht', 'Bamboe snijplank', 'Led-bureaulamp', 'Katoenen theedoeken (4)', 'Opbergdoos met deksel',
        'Telefoonhouder fiets', 'Koffiebonen 1 kg'],
 'pl': ['Kubek termiczny 450 ml', 'Lampka biurkowa LED', 'Deska do krojenia bambus', 'Plecak miejski 22 l', 'Ładowarka sieciowa USB-C',
        'Zestaw pojemników szklanych', 'Mata do jogi 6 mm', 'Ręcznik szybkoschnący'],
 'zh': ['不锈钢保温杯 500ml', '硅胶厨具套装', '无线充电器 15W', '蓝牙耳机', '手机支架', 'LED 台灯', '瑜伽垫 6mm', '陶瓷咖啡杯', '数据线 USB-C 1米', '收纳盒 三件套'],
 'ja': ['ステンレス水筒 500ml', 'USB-C 充電ケーブル', '竹製まな板', 'LEDデスクライト', '陶器マグカップ', '今治タオル', 'ヨガマット', '保存容器セット'],
}
ITEMS['itde'] = [f"{a} / {b}" for a, b in zip(ITEMS['it'], ITEMS['de'])]

# ---------- profiles ----------
P = {
 'AT': dict(country='AT', lang='de', cur='EUR', cur_sym='€', cur_pos='pre', num='de', date='dot', rates=[20, 10], taxname='USt',
            cities=['1070 Wien', '4020 Linz', '8010 Graz', '5020 Salzburg', '6020 Innsbruck', '9020 Klagenfurt', '3100 St. Pölten', '6900 Bregenz']),
 'CHde': dict(country='CH', lang='de', cur='CHF', cur_sym='CHF', cur_pos='pre', num='ch', date='dot', rates=[8.1, 2.6], taxname='MWST',
            cities=['8004 Zürich', '3011 Bern', '4051 Basel', '6003 Luzern', '9000 St. Gallen', '5400 Baden']),
 'CHfr': dict(country='CH', lang='fr', cur='CHF', cur_sym='CHF', cur_pos='pre', num='ch', date='long_fr', rates=[8.1, 2.6], taxname='TVA',
            cities=['1201 Genève', '1003 Lausanne', '2000 Neuchâtel', '1700 Fribourg', '1950 Sion']),
 'CHit': dict(country='CH', lang='it', cur='CHF', cur_sym='CHF', cur_pos='pre', num='ch', date='dot', rates=[8.1, 2.6], taxname='IVA',
            cities=['6900 Lugano', '6500 Bellinzona', '6600 Locarno', '6850 Mendrisio']),
 'DE': dict(country='DE', lang='de', cur='EUR', cur_sym='€', cur_pos='post', num='de', date='dot', rates=[19, 7], taxname='MwSt',
            cities=['80331 München', '90402 Nürnberg', '20095 Hamburg', '50667 Köln', '04109 Leipzig', '70173 Stuttgart']),
 'ST': dict(country='IT', lang='itde', cur='EUR', cur_sym='€', cur_pos='pre', num='de', date='slash_eu', rates=[22, 10], taxname='IVA/MwSt',
            cities=['39100 Bolzano/Bozen', '39012 Merano/Meran', '39042 Bressanone/Brixen', '39031 Brunico/Bruneck']),
 'SI': dict(country='SI', lang='en', cur='EUR', cur_sym='EUR', cur_pos='post', num='de', date='dot', rates=[22, 9.5], taxname='DDV/VAT',
            cities=['1000 Ljubljana', '2000 Maribor', '4000 Kranj', '6000 Koper']),
 'HR': dict(country='HR', lang='en', cur='EUR', cur_sym='EUR', cur_pos='post', num='de', date='dot', rates=[25, 13], taxname='PDV/VAT',
            cities=['10000 Zagreb', '21000 Split', '51000 Rijeka', '31000 Osijek']),
 'CZ': dict(country='CZ', lang='de', cur='CZK', cur_sym='Kč', cur_pos='post', num='cz', date='dot', rates=[21, 12], taxname='DPH/MwSt',
            cities=['110 00 Praha 1', '602 00 Brno', '370 01 České Budějovice', '301 00 Plzeň']),
 'CZen': dict(country='CZ', lang='en', cur='CZK', cur_sym='CZK', cur_pos='post', num='cz', date='dot', rates=[21, 12], taxname='VAT (DPH)',
            cities=['110 00 Praha 1', '602 00 Brno', '460 01 Liberec']),
 'CN': dict(country='CN', lang='zh', cur='CNY', cur_sym='¥', cur_pos='pre0', num='en', date='cjk', rates=[13, 9], taxname='增值税',
            cities=['广东省深圳市宝安区', '浙江省义乌市', '江苏省苏州市工业园区', '福建省厦门市湖里区']),
 'JP': dict(country='JP', lang='ja', cur='JPY', cur_sym='¥', cur_pos='pre0', num='en', nd=0, date='iso_slash', rates=[10, 8], taxname='消費税',
            cities=['東京都台東区', '大阪府大阪市中央区', '愛知県名古屋市中区', '新潟県燕市']),
 'PL': dict(country='PL', lang='pl', cur='PLN', cur_sym='zł', cur_pos='post', num='sp', date='dot', rates=[23, 8], taxname='VAT',
            cities=['00-001 Warszawa', '30-002 Kraków', '50-001 Wrocław', '80-001 Gdańsk']),
 'NL': dict(country='NL', lang='nl', cur='EUR', cur_sym='€', cur_pos='pre', num='de', date='dash_eu', rates=[21, 9], taxname='btw',
            cities=['1012 AB Amsterdam', '3011 CD Rotterdam', '3511 EF Utrecht', '5611 GH Eindhoven']),
 'FR': dict(country='FR', lang='fr', cur='EUR', cur_sym='€', cur_pos='post', num='fr', date='long_fr', rates=[20, 5.5], taxname='TVA',
            cities=['69002 Lyon', '75011 Paris', '67000 Strasbourg', '13001 Marseille']),
 'ES': dict(country='ES', lang='es', cur='EUR', cur_sym='€', cur_pos='post', num='de', date='slash_eu', rates=[21, 10], taxname='IVA',
            cities=['28001 Madrid', '08001 Barcelona', '46001 Valencia', '41001 Sevilla']),
 'IT': dict(country='IT', lang='it', cur='EUR', cur_sym='€', cur_pos='post', num='de', date='slash_eu', rates=[22, 10], taxname='IVA',
            cities=['20121 Milano', '10121 Torino', '37121 Verona', '50122 Firenze']),
 'US': dict(country='US', lang='en', cur='USD', cur_sym='USD', cur_pos='post', num='en', date='us', rates=[0], taxname='Sales tax',
            cities=['Portland, OR 97205', 'Austin, TX 78701', 'Newark, DE 19711', 'Reno, NV 89501']),
}

SUP_NAMES = {
 'AT': ['Alpenkontor Handels GmbH', 'Donauwerk Vertriebs GmbH', 'Steirische Holzwaren Pichler KG', 'Großhandel Mayrhofer & Söhne GmbH', 'Tiroler Textil Haas e.U.', 'Weinviertler Kaffeerösterei Bauer GmbH'],
 'CH': ['Seeland Trading AG', 'Helvetik Haushalt GmbH', 'Rhonetal Distribution SA', 'Gotthard Import AG', 'Ticino Casa Sagl', 'Jura Uhrenbänder Sàrl'],
 'DE': ['Nordlicht Großhandel GmbH', 'Fränkische Metallwaren Kraus GmbH', 'Rheinlager Logistik & Handel KG', 'Sachsen Textil Vertrieb GmbH', 'Bayerwald Glas Import GmbH'],
 'IT': ['Dolomiti Commerciale S.r.l. / Dolomiten Handels GmbH', 'Ötzi Sport S.a.s. di Egger Peter & Co. KG', 'Lombarda Casalinghi S.r.l.', 'Veneta Ceramiche S.p.A.'],
 'SI': ['Triglav Trade d.o.o.', 'Savinja Les d.o.o.', 'Kras Kitchenware d.o.o.'],
 'HR': ['Jadran Export d.o.o.', 'Slavonija Wood d.o.o.', 'Kvarner Home d.o.o.'],
 'CZ': ['Vltava Sklo s.r.o.', 'Moravia Textil s.r.o.', 'Bohemia Kovo a.s.'],
 'CN': ['深圳市恒达电子科技有限公司', '义乌市宏源日用品有限公司', '苏州嘉禾纺织品有限公司', '厦门海川进出口贸易有限公司'],
 'JP': ['株式会社さくら物産', '有限会社みどり商会', '燕金属工業株式会社', '株式会社東雲トレーディング'],
 'PL': ['Wisła Handel Sp. z o.o.', 'Mazury Drewno Sp. z o.o.', 'Kraków Tekstylia S.A.'],
 'NL': ['Polder Trading B.V.', 'Zuiderzee Wonen B.V.', 'Tulp & Co Groothandel B.V.'],
 'FR': ['Atelier Rhodanien SARL', 'Maison Vosgienne SAS', 'Provence Distribution SAS'],
 'ES': ['Distribuciones Levante S.L.', 'Cerámica Mediterránea S.A.', 'Textiles Norte S.L.'],
 'US': ['Cascade Goods LLC', 'Lone Pine Supply Co.', 'Blue Harbor Wholesale Inc.'],
}
BUYERS = {
 'AT': ['Kogler Onlinehandel e.U.', 'Brunner & Wimmer OG', 'AlpinShop Hofer GmbH', 'Lindenhof Naturwaren Steiner e.U.', 'Huber Home & Living GmbH', 'Pötzl Trading KG'],
 'CH': ['Bergsicht Versand GmbH', 'Müller Online-Handel AG', 'Maison Favre Sàrl', 'Bernasconi Commercio Sagl', 'Zürcher Warenhaus Keller GmbH'],
}
STREETS = ['Hauptstraße', 'Industriestraße', 'Bahnhofstrasse', 'Gewerbepark', 'Via Roma', 'Rue du Lac', 'Lindengasse', 'Mariahilfer Straße', 'Obere Au', 'Ringstraße']

def vat_id(country, rng):
    r = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    return {'AT': lambda: 'ATU' + r(8), 'CH': lambda: f'CHE-{r(3)}.{r(3)}.{r(3)} MWST', 'DE': lambda: 'DE' + r(9),
            'IT': lambda: 'IT' + r(11), 'SI': lambda: 'SI' + r(8), 'HR': lambda: 'HR' + r(11), 'CZ': lambda: 'CZ' + r(8),
            'CN': lambda: '91' + r(4) + 'MA' + r(10) + 'X', 'JP': lambda: 'T' + r(13), 'PL': lambda: r(3) + '-' + r(3) + '-' + r(2) + '-' + r(2),
            'NL': lambda: 'NL' + r(9) + 'B01', 'FR': lambda: 'FR' + r(11), 'ES': lambda: 'B' + r(8), 'US': lambda: 'EIN ' + r(2) + '-' + r(7)}[country]()

def iban(country, rng):
    r = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    return {'AT': 'AT' + r(18), 'CH': 'CH' + r(19), 'DE': 'DE' + r(20)}.get(country, country[:2] + r(20))

def company(country, rng, pool, prof):
    name = rng.choice(pool)
    city = rng.choice(prof['cities']) if prof['country'] == country else rng.choice(P[{'CH': 'CHde'}.get(country, country)]['cities'])
    if country in ('CN', 'JP'):
        street = f"{rng.choice(['中央', '新城', '工业', '港'])}路{rng.randint(1, 300)}号" if country == 'CN' else f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    else:
        street = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
    return dict(name=name, street=street, city=city, country=country, vat=vat_id(country, rng), iban=iban(country, rng),
                phone=f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}")

def make_doc(rng, prof_key, doc_type='invoice', n_items=None, err=None, discount=None, shipping=None, no_tax=False):
    p = dict(P[prof_key]); p['key'] = prof_key
    lang = p['lang']
    sup = company(p['country'], rng, SUP_NAMES[p['country']], p)
    bc = 'CH' if p['country'] == 'CH' else rng.choice(['AT', 'AT', 'CH']) if p['country'] not in ('AT',) else 'AT'
    buy = company(bc, rng, BUYERS[bc], p)
    d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 450))
    n = n_items or rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    names = ITEMS.get(lang, ITEMS['en'])
    nd = p.get('nd', 2)
    lines = []
    for i in range(n):
        price = D(rng.randint(150, 9000)) / 100 if nd == 2 else D(rng.randint(300, 9000))
        if p['cur'] in ('CZK', 'CNY', 'PLN') and nd == 2:
            price = (price * {'CZK': 25, 'CNY': 7, 'PLN': 4}[p['cur']]).quantize(D('0.01'))
        qty = rng.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 25, 30, 40, 50, 100])
        rate = p['rates'][0] if (len(p['rates']) == 1 or rng.random() < 0.8) else p['rates'][1]
        if no_tax: rate = 0
        lines.append(dict(pos=i + 1, desc=names[(i + rng.randint(0, 99)) % len(names)] if n > len(names) else names[(i * 3 + rng.randint(0, 2)) % len(names)],
                          sku=f"{rng.choice('ABKMSTZ')}{rng.randint(10000, 99999)}", qty=qty, price=q2(price, nd), rate=D(str(rate)),
                          amount=q2(qty * price, nd)))
    # de-duplicate descriptions cheaply
    seen = set()
    for l in lines:
        while l['desc'] in seen:
            l['desc'] = l['desc'] + ' (' + l['sku'] + ')'
        seen.add(l['desc'])
    if err == 'line':
        l = lines[0]; l['amount'] = l['amount'] + q2(l['price'] * (1 if l['qty'] > 1 else 2), nd)  # printed line too high
    sub = sum(l['amount'] for l in lines)
    disc_pct = discount if discount is not None else (rng.choice([0, 0, 0, 2, 3, 5, 10]))
    disc = q2(sub * D(disc_pct) / 100, nd)
    ship = D(shipping) if shipping is not None else (rng.choice([D(0), D(0), D('9.90'), D('14.50'), D('39.00')]) if nd == 2 else D(rng.choice([0, 800])))
    net = sub - disc + ship
    taxes = {}
    for l in lines:
        taxes.setdefault(l['rate'], D(0)); taxes[l['rate']] += l['amount']
    # discount & shipping allocated: discount proportionally, shipping at first rate
    top = lines[0]['rate']
    tl = []
    for r, base in sorted(taxes.items(), reverse=True):
        b = base - q2(disc * base / sub, nd) + (ship if r == top else 0)
        tl.append([r, q2(b, nd), q2(b * r / 100, nd)])
    if err == 'tax':
        tl[0][2] = tl[0][2] + q2(D(rng.choice([1, 10])), nd)
    tax = sum(t[2] for t in tl)
    total = net + tax
    if err == 'total':
        total = total + D(rng.choice([10, 100, 1])) if nd == 2 else total + 100
    if err == 'transpose':
        s = f"{total:.{nd}f}"; i = s.index('.') - 2 if nd else len(s) - 2
        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if s2 == s: s2 = s[:-1] + str((int(s[-1]) + 3) % 10)
        total = D(s2)
    no = {'AT': f"RE-{d.year}-{rng.randint(100, 9999):04d}", 'CH': f"{rng.randint(20000, 99999)}", 'CN': f"{rng.randint(10000000, 99999999)}",
          'JP': f"INV-{d.strftime('%y%m')}-{rng.randint(1, 999):03d}"}.get(p['country'], f"{d.year}/{rng.randint(1, 9999):04d}")
    per_from = d - dt.timedelta(days=rng.randint(1, 25))
    doc = dict(prof=p, lang=lang, doc_type=doc_type, supplier=sup, buyer=buy, date=d, due=d + dt.timedelta(days=14), period_from=per_from,
               number=no, lines=lines, subtotal=sub, disc_pct=disc_pct, discount=disc, shipping=ship, net=net, taxes=tl, tax=tax,
               total=total, err=err, customer_no=f"K{rng.randint(1000, 99999)}", order_no=f"{rng.randint(300, 309)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}")
    return doc

def M(doc, v):
    return money(v, doc['prof'])
def N(doc, v):
    return fmt_num(v, doc['prof']['num'], doc['prof'].get('nd', 2))
def DT(doc, d=None):
    return fmt_date(d or doc['date'], doc['prof']['date'])
def T(doc):
    return V[doc['lang']]
def title(doc):
    return T(doc)[doc['doc_type']]
def qty_str(doc, l):
    return f"{l['qty']} {T(doc)['unit']}"
def rate_str(doc, r):
    s = f"{r.normalize():f}"
    if doc['prof']['num'] in ('de', 'fr', 'sp', 'cz'): s = s.replace('.', ',')
    return s + ' %'

def pdf_pages(path):
    try:
        import pypdf
        return len(pypdf.PdfReader(path).pages)
    except Exception:
        return 1

def label(doc, fname, producer, pages=None, **kw):
    rec = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc['lang'].replace('itde', 'it+de'),
               is_invoice=doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'),
               doc_type=doc['doc_type'], date=doc['date'].isoformat(), total=f"{doc['total']:.2f}" if doc['total'] is not None else None,
               currency=doc['prof']['cur'], supplier=doc['supplier']['name'], buyer=doc['buyer']['name'],
               pages=pages if pages is not None else pdf_pages(os.path.join(FILES, fname)), edit_before_capture=False,
               arithmetic_error=bool(doc.get('err')))
    rec.update(kw)
    rec['_meta'] = dict(prof=doc['prof']['key'], date_str=DT(doc), total_str=N(doc, doc['total']) if doc['total'] is not None else None, buyer=doc['buyer']['name'],
                        qty=[qty_str(doc, l) for l in doc['lines']], num=doc['prof']['num'], nd=doc['prof'].get('nd', 2), datefmt=doc['prof']['date'])
    return rec

def write_part(name, recs):
    with open(os.path.join(PARTS, name + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

def read_parts():
    out = []
    for fn in sorted(os.listdir(PARTS)):
        if fn.endswith('.jsonl'):
            with open(os.path.join(PARTS, fn), encoding='utf-8') as f:
                out += [json.loads(x) for x in f if x.strip()]
    return out
