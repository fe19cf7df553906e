# Document model: invented suppliers, buyers, products; locale formatting; view building.
import random, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
def q2(x): return D(x).quantize(D('0.01'), ROUND_HALF_UP)
def q0(x): return D(x).quantize(D('1'), ROUND_HALF_UP)

# ---------------- number / money / date formatting ----------------
SEP = {'de': ('.', ','), 'fr': (' ', ','), 'pl': (' ', ','), 'ch': ("'", '.'),
       'en': (',', '.'), 'ja': (',', '.'), 'zh': (',', '.'), 'it': ('.', ','), 'es': ('.', ','), 'nl': ('.', ',')}

def fnum(x, loc, dec=2):
    th, dp = SEP[loc]
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition('.')
    grp = []
    while len(ip) > 3:
        grp.insert(0, ip[-3:]); ip = ip[:-3]
    grp.insert(0, ip)
    out = th.join(grp) + ((dp + fp) if dec else '')
    return ('-' if neg else '') + out

def fmoney(x, cur, loc, style=0):
    dec = 0 if cur == 'JPY' else 2
    n = fnum(x, loc, dec)
    if cur == 'EUR':
        if loc in ('nl', 'it') and style == 0: return '€ ' + n
        return n + ' €' if style != 2 else n + ' EUR'
    if cur == 'CHF': return 'CHF ' + n
    if cur == 'PLN': return n + ' zł'
    if cur == 'USD': return ('USD ' + n) if style == 0 else ('$' + n)
    if cur == 'JPY': return '¥' + n if style == 0 else n + '円'
    if cur == 'CNY': return '¥' + n
    return n + ' ' + cur

MONTHS = {
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'en': 'January February March April May June July August September October November December'.split(),
}

def fdate(d, style):
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'mdy_us': return d.strftime('%m/%d/%Y')
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'iso': return d.strftime('%Y-%m-%d')
    if style == 'cjk': return f'{d.year}年{d.month}月{d.day}日'
    if style == 'cjk0': return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if style == 'long_de': return f'{d.day}. {MONTHS["de"][d.month-1]} {d.year}'
    if style == 'long_fr': return f'{d.day} {MONTHS["fr"][d.month-1]} {d.year}'
    if style == 'long_es': return f'{d.day} de {MONTHS["es"][d.month-1]} de {d.year}'
    if style == 'long_nl': return f'{d.day} {MONTHS["nl"][d.month-1]} {d.year}'
    if style == 'long_it': return f'{d.day} {MONTHS["it"][d.month-1]} {d.year}'
    if style == 'long_en': return f'{d.day} {MONTHS["en"][d.month-1]} {d.year}'
    if style == 'us_long': return f'{MONTHS["en"][d.month-1][:3]}. {d.day}, {d.year}'
    if style == 'pl': return d.strftime('%d.%m.%Y') + ' r.'
    raise ValueError(style)

# ---------------- labels per language ----------------
L = {
'de': dict(no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', cust='Kunden-Nr.', ref='Ihre Bestellung',
           pos='Pos.', sku='Art.-Nr.', desc='Bezeichnung', qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt',
           net='Nettobetrag', vat='USt.', total='Rechnungsbetrag', ship='Versandkosten', disc='Rabatt', page='Seite',
           pay='Zahlbar innerhalb von 14 Tagen ohne Abzug.', bank='Bankverbindung', ddate='Lieferdatum', vatid='USt-IdNr.',
           rc='Steuerschuldnerschaft des Leistungsempfängers.', thanks='Vielen Dank für Ihren Auftrag!', pcs='Stk', weight='Gewicht', cartons='Kartons'),
'en': dict(no='Invoice No.', date='Invoice Date', due='Due Date', cust='Customer No.', ref='Your Order', pos='No.', sku='Item Code',
           desc='Description', qty='Qty', unit='Unit', price='Unit Price', amount='Amount', net='Subtotal', vat='VAT', total='Total Amount',
           ship='Freight', disc='Discount', page='Page', pay='Payment: 30% deposit, balance before shipment by T/T.', bank='Bank Details',
           ddate='Shipment Date', vatid='VAT No.', rc='Reverse charge: VAT to be accounted for by the recipient.', thanks='Thank you for your business.',
           pcs='pcs', weight='Gross Weight', cartons='Cartons'),
'fr': dict(no='Facture n°', date='Date de facture', due="Date d'échéance", cust='N° client', ref='Votre commande', pos='Pos.', sku='Réf.',
           desc='Désignation', qty='Qté', unit='Unité', price='Prix unitaire HT', amount='Montant HT', net='Total HT', vat='TVA', total='Total TTC',
           ship='Frais de port', disc='Remise', page='Page', pay='Paiement à 30 jours par virement. Pénalités de retard : 3 fois le taux légal.',
           bank='Coordonnées bancaires', ddate='Date de livraison', vatid='N° TVA intracom.', rc='Autoliquidation – article 196 de la directive 2006/112/CE.',
           thanks='Merci de votre confiance.', pcs='pce', weight='Poids brut', cartons='Colis'),
'it': dict(no='Fattura n.', date='Data fattura', due='Scadenza', cust='Cod. cliente', ref='Vs. ordine', pos='Pos.', sku='Codice',
           desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unit.', amount='Importo', net='Imponibile', vat='IVA', total='Totale documento',
           ship='Spese di trasporto', disc='Sconto', page='Pagina', pay='Pagamento: bonifico bancario 30 gg d.f.', bank='Coordinate bancarie',
           ddate='Data consegna', vatid='P.IVA', rc='Operazione non imponibile art. 41 D.L. 331/93 – inversione contabile.', thanks='Grazie per la preferenza.',
           pcs='pz', weight='Peso lordo', cartons='Colli'),
'es': dict(no='Factura nº', date='Fecha de factura', due='Vencimiento', cust='Nº cliente', ref='Su pedido', pos='Pos.', sku='Referencia',
           desc='Descripción', qty='Cant.', unit='Ud.', price='Precio unit.', amount='Importe', net='Base imponible', vat='IVA', total='Total factura',
           ship='Portes', disc='Descuento', page='Página', pay='Forma de pago: transferencia a 30 días.', bank='Datos bancarios',
           ddate='Fecha de entrega', vatid='NIF-IVA', rc='Inversión del sujeto pasivo – entrega intracomunitaria exenta (art. 25 LIVA).',
           thanks='Gracias por su confianza.', pcs='ud', weight='Peso bruto', cartons='Bultos'),
'nl': dict(no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', cust='Klantnummer', ref='Uw order', pos='Pos.', sku='Artikelnr.',
           desc='Omschrijving', qty='Aantal', unit='Eenh.', price='Prijs per stuk', amount='Bedrag', net='Subtotaal', vat='BTW', total='Totaal te betalen',
           ship='Verzendkosten', disc='Korting', page='Pagina', pay='Betaling binnen 30 dagen o.v.v. het factuurnummer.', bank='Bankgegevens',
           ddate='Leverdatum', vatid='BTW-nr.', rc='BTW verlegd – intracommunautaire levering.', thanks='Bedankt voor uw bestelling.',
           pcs='st', weight='Brutogewicht', cartons='Dozen'),
'pl': dict(no='Faktura VAT nr', date='Data wystawienia', due='Termin płatności', cust='Nr klienta', ref='Zamówienie', pos='Lp.', sku='Indeks',
           desc='Nazwa towaru', qty='Ilość', unit='J.m.', price='Cena netto', amount='Wartość netto', net='Razem netto', vat='VAT', total='Do zapłaty',
           ship='Transport', disc='Rabat', page='Strona', pay='Sposób płatności: przelew 30 dni.', bank='Rachunek bankowy', ddate='Data dostawy',
           vatid='NIP', rc='Odwrotne obciążenie – WDT, stawka 0%.', thanks='Dziękujemy za zamówienie.', pcs='szt.', weight='Waga brutto', cartons='Kartony'),
'ja': dict(no='請求番号', date='請求日', due='お支払期限', cust='顧客番号', ref='ご注文番号', pos='No.', sku='品番', desc='品名', qty='数量',
           unit='単位', price='単価', amount='金額', net='小計', vat='消費税', total='ご請求金額', ship='送料', disc='値引き', page='ページ',
           pay='お支払いは下記口座へお振込みください。振込手数料は貴社ご負担にてお願いいたします。', bank='お振込先', ddate='納品日', vatid='登録番号',
           rc='輸出免税取引', thanks='毎度ありがとうございます。下記のとおりご請求申し上げます。', pcs='個', weight='総重量', cartons='箱数'),
'zh': dict(no='发票号码', date='开票日期', due='付款期限', cust='客户编号', ref='订单号', pos='序号', sku='规格型号', desc='项目名称', qty='数量',
           unit='单位', price='单价', amount='金额', net='合计', vat='税额', total='价税合计', ship='运费', disc='折扣', page='页',
           pay='', bank='开户行及账号', ddate='交货日期', vatid='纳税人识别号', rc='', thanks='', pcs='个', weight='毛重', cartons='箱数'),
}
L['de_ch'] = dict(L['de'], vat='MWST', vatid='MWST-Nr.', pay='Zahlbar netto 30 Tage.', rc='Ausfuhr – steuerbefreit (Art. 23 MWSTG).')
L['de_at'] = dict(L['de'], vatid='UID-Nr.', rc='Steuerfreie innergemeinschaftliche Lieferung, Reverse Charge.')

TITLES = {
 'de': dict(invoice='Rechnung', credit_note='Gutschrift', proforma='Proformarechnung', receipt='Kassenbon', delivery_note='Lieferschein',
            packing_list='Packliste', purchase_order='Bestellung', quotation='Angebot', other='Preisliste'),
 'en': dict(invoice='COMMERCIAL INVOICE', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE', delivery_note='DELIVERY NOTE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', other='PRICE LIST'),
 'fr': dict(invoice='FACTURE', credit_note='AVOIR', proforma='FACTURE PRO FORMA', delivery_note='BON DE LIVRAISON', quotation='DEVIS'),
 'it': dict(invoice='FATTURA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA', delivery_note='DOCUMENTO DI TRASPORTO', other='LISTINO PREZZI'),
 'es': dict(invoice='FACTURA', credit_note='FACTURA RECTIFICATIVA (ABONO)', proforma='FACTURA PROFORMA', delivery_note='ALBARÁN'),
 'nl': dict(invoice='FACTUUR', credit_note='CREDITNOTA', proforma='PROFORMA FACTUUR', packing_list='PAKLIJST'),
 'pl': dict(invoice='FAKTURA VAT', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PROFORMA', delivery_note='WZ – WYDANIE ZEWNĘTRZNE'),
 'ja': dict(invoice='請求書', credit_note='返金明細書', proforma='見積請求書', quotation='御見積書', delivery_note='納品書'),
 'zh': dict(invoice='电子发票（增值税专用发票）', tax_invoice='电子发票（增值税专用发票）', packing_list='装箱单', proforma='形式发票'),
}
NO_LABEL = {'credit_note': {'de': 'Gutschrift-Nr.', 'en': 'Credit Note No.', 'fr': 'Avoir n°', 'it': 'Nota n.', 'es': 'Rectificativa nº', 'nl': 'Creditnota nr.', 'pl': 'Korekta nr', 'ja': '番号'},
            'delivery_note': {'de': 'Lieferschein-Nr.', 'en': 'Delivery No.', 'fr': 'BL n°', 'it': 'DDT n.', 'es': 'Albarán nº', 'pl': 'WZ nr', 'ja': '納品番号'},
            'quotation': {'de': 'Angebots-Nr.', 'en': 'Quotation No.', 'fr': 'Devis n°', 'ja': '見積番号'},
            'purchase_order': {'de': 'Bestell-Nr.', 'en': 'PO No.'},
            'packing_list': {'de': 'Packliste Nr.', 'en': 'Packing List No.', 'nl': 'Paklijst nr.', 'zh': '装箱单号'},
            'proforma': {'de': 'Proforma-Nr.', 'en': 'PI No.', 'fr': 'Pro forma n°', 'it': 'Proforma n.', 'es': 'Proforma nº', 'nl': 'Proforma nr.', 'pl': 'Proforma nr', 'ja': '番号', 'zh': '形式发票号'},
            'other': {'de': 'Listen-Nr.', 'en': 'List No.', 'it': 'Listino n.'}}
DATE_LABEL = {'credit_note': {'de': 'Datum', 'en': 'Date', 'fr': 'Date', 'it': 'Data', 'es': 'Fecha', 'nl': 'Datum', 'pl': 'Data wystawienia', 'ja': '発行日'},
              'delivery_note': {'de': 'Datum', 'en': 'Date', 'fr': 'Date', 'it': 'Data', 'es': 'Fecha', 'pl': 'Data', 'ja': '納品日'},
              'quotation': {'de': 'Datum', 'en': 'Date', 'fr': 'Date', 'ja': '見積日'},
              'purchase_order': {'de': 'Bestelldatum', 'en': 'Order Date'},
              'packing_list': {'de': 'Datum', 'en': 'Date', 'nl': 'Datum', 'zh': '日期'},
              'proforma': {'de': 'Datum', 'en': 'Date', 'fr': 'Date', 'it': 'Data', 'es': 'Fecha', 'nl': 'Datum', 'pl': 'Data', 'ja': '発行日', 'zh': '日期'},
              'other': {'de': 'Stand', 'en': 'Date', 'it': 'Data'}}

# ---------------- products (names per language, base EUR price) ----------------
PRODUCTS = [
 ('TP-220', 'Trekkingstöcke Carbon, Paar|Carbon trekking poles, pair|Bâtons de trekking carbone, paire|Bastoncini trekking carbonio, paio|Bastones de trekking carbono, par|Trekkingstokken carbon, paar|Kije trekkingowe karbonowe, para|カーボントレッキングポール（ペア）|碳纤维登山杖（对）', 24.90),
 ('ZT-3P', 'Kuppelzelt 3 Personen|Dome tent 3-person|Tente dôme 3 places|Tenda a cupola 3 posti|Tienda iglú 3 plazas|Koepeltent 3 personen|Namiot kopułowy 3-osobowy|ドームテント3人用|三人圆顶帐篷', 79.00),
 ('SB-M15', 'Mumienschlafsack -5 °C|Mummy sleeping bag -5 °C|Sac de couchage sarcophage -5 °C|Sacco a pelo mummia -5 °C|Saco de dormir momia -5 °C|Mummieslaapzak -5 °C|Śpiwór mumia -5 °C|マミー型寝袋 -5℃|木乃伊睡袋 -5℃', 42.50),
 ('YM-06', 'Yogamatte TPE 6 mm|Yoga mat TPE 6 mm|Tapis de yoga TPE 6 mm|Tappetino yoga TPE 6 mm|Esterilla yoga TPE 6 mm|Yogamat TPE 6 mm|Mata do jogi TPE 6 mm|ヨガマット TPE 6mm|TPE瑜伽垫 6毫米', 9.80),
 ('KH-10', 'Kurzhantel-Set 2 x 10 kg|Dumbbell set 2 x 10 kg|Set d’haltères 2 x 10 kg|Set manubri 2 x 10 kg|Set mancuernas 2 x 10 kg|Dumbbellset 2 x 10 kg|Zestaw hantli 2 x 10 kg|ダンベルセット 10kg×2|哑铃套装 2×10公斤', 31.00),
 ('FH-MIPS', 'Fahrradhelm MIPS, Gr. M|Bike helmet MIPS, size M|Casque vélo MIPS, taille M|Casco bici MIPS, tg. M|Casco bicicleta MIPS, talla M|Fietshelm MIPS, maat M|Kask rowerowy MIPS, rozm. M|サイクルヘルメット MIPS Mサイズ|自行车头盔 MIPS M码', 38.40),
 ('SB-PRO', 'Schwimmbrille Anti-Fog|Swim goggles anti-fog|Lunettes de natation anti-buée|Occhialini nuoto antiappannamento|Gafas de natación antivaho|Zwembril anti-condens|Okulary pływackie antyparowe|スイムゴーグル 曇り止め|防雾泳镜', 4.65),
 ('NA-3/2', 'Neoprenanzug 3/2 mm Herren|Wetsuit 3/2 mm men|Combinaison néoprène 3/2 mm homme|Muta neoprene 3/2 mm uomo|Traje de neopreno 3/2 mm hombre|Wetsuit 3/2 mm heren|Pianka neoprenowa 3/2 mm męska|ウェットスーツ 3/2mm メンズ|男士潜水服 3/2毫米', 64.00),
 ('WS-GTX', 'Wanderschuh wasserdicht, Gr. 42|Hiking boot waterproof, size 42|Chaussure de randonnée imperméable, 42|Scarpa da trekking impermeabile, 42|Bota de montaña impermeable, 42|Wandelschoen waterdicht, mt. 42|But trekkingowy wodoodporny, 42|防水トレッキングシューズ 26cm|防水登山鞋 42码', 56.20),
 ('TF-750', 'Trinkflasche Edelstahl 750 ml|Stainless steel bottle 750 ml|Gourde inox 750 ml|Borraccia acciaio inox 750 ml|Botella acero inoxidable 750 ml|Drinkfles rvs 750 ml|Bidon stalowy 750 ml|ステンレスボトル 750ml|不锈钢水壶 750毫升', 6.30),
 ('SR-HX', 'Springseil Speed mit Kugellager|Speed jump rope with bearings|Corde à sauter speed à roulements|Corda per saltare speed|Comba de velocidad con rodamientos|Springtouw speed met kogellagers|Skakanka szybka z łożyskami|トレーニング縄跳び ベアリング付|轴承竞速跳绳', 3.95),
 ('RS-28', 'Rucksack 28 l Daypack|Daypack backpack 28 l|Sac à dos 28 l|Zaino daypack 28 l|Mochila 28 l|Dagrugzak 28 l|Plecak 28 l|デイパック 28L|双肩背包 28升', 27.40),
 ('WB-PR', 'Widerstandsbänder 5er-Set|Resistance bands set of 5|Bandes de résistance, lot de 5|Elastici fitness set da 5|Bandas elásticas set de 5|Weerstandsbanden set van 5|Gumy oporowe zestaw 5 szt.|レジスタンスバンド 5本セット|弹力阻力带5件套', 5.10),
 ('SL-LED', 'Stirnlampe LED 400 lm|LED headlamp 400 lm|Lampe frontale LED 400 lm|Lampada frontale LED 400 lm|Linterna frontal LED 400 lm|Hoofdlamp LED 400 lm|Latarka czołowa LED 400 lm|LEDヘッドランプ 400lm|LED头灯 400流明', 11.75),
 ('IM-AIR', 'Isomatte selbstaufblasend 5 cm|Self-inflating mat 5 cm|Matelas autogonflant 5 cm|Materassino autogonfiante 5 cm|Esterilla autohinchable 5 cm|Zelfopblazende mat 5 cm|Mata samopompująca 5 cm|自動膨張マット 5cm|自动充气防潮垫 5厘米', 22.90),
 ('KT-40', 'Kettlebell Gusseisen 16 kg|Cast iron kettlebell 16 kg|Kettlebell fonte 16 kg|Kettlebell ghisa 16 kg|Pesa rusa hierro 16 kg|Kettlebell gietijzer 16 kg|Kettlebell żeliwny 16 kg|ケトルベル 鋳鉄 16kg|铸铁壶铃 16公斤', 18.60),
]
LANG_IDX = {'de': 0, 'en': 1, 'fr': 2, 'it': 3, 'es': 4, 'nl': 5, 'pl': 6, 'ja': 7, 'zh': 8}
def pname(p, lang): return p[1].split('|')[LANG_IDX[lang]]

# ---------------- parties ----------------
BUYERS = {
 'de': ('Kranich Sport & Outdoor GmbH', ['Billwerder Ring 14', '21035 Hamburg', 'Deutschland'], 'DE318447902'),
 'en': ('Kranich Sport & Outdoor GmbH', ['Billwerder Ring 14', '21035 Hamburg', 'Germany'], 'DE318447902'),
 'zh': ('汉堡克兰尼希运动户外有限公司', ['德国汉堡市 Billwerder Ring 14'], '91440300MA5K7Q2X3R'),
}
FAKE_BUYERS = ['Möwenpick Handels UG', 'Falkenau Trading GmbH', 'Sportdepot Ostsee GmbH', 'Brandt & Söhne Vertrieb KG', 'Nordlicht Commerce Ltd.']

SUPPLIERS = {
 'nordwind': dict(name='Nordwind Sportgroßhandel GmbH', lines=['Am Speicherhafen 7', '28217 Bremen'], taxid='DE294118370', cur='EUR', loc='de', lang='de', rate=19,
                  bank='Weserbank Bremen · IBAN DE44 2905 0101 0082 7731 45 · BIC WEBRDE2BXXX', tel='+49 421 55 80 31-0', rc=False),
 'alpenkamm': dict(name='Alpenkamm Outdoor Vertrieb GmbH', lines=['Gewerbepark Süd 22', '87435 Kempten (Allgäu)'], taxid='DE301744026', cur='EUR', loc='de', lang='de', rate=19,
                  bank='Sparkasse Oberallgäu · IBAN DE12 7335 0000 0514 2278 90', tel='+49 831 960 44 12', rc=False),
 'hansefit': dict(name='Hanse Fitness Handels KG', lines=['Lübecker Straße 181', '22087 Hamburg'], taxid='DE276590314', cur='EUR', loc='de', lang='de', rate=19,
                  bank='Hamburger Volksbank · IBAN DE71 2019 0003 0041 5529 07', tel='+49 40 271 90 66', rc=False),
 'elbtal': dict(name='Elbtal Camping Großhandel e.K.', lines=['Inh. Jürgen Pahlke', 'Dresdner Straße 58', '01662 Meißen'], taxid='DE812503667', cur='EUR', loc='de', lang='de', rate=19,
                  bank='Ostsächsische Bank · IBAN DE05 8505 0300 3120 0477 18', tel='+49 3521 48 22 70', rc=False),
 'cc': dict(name='GROSSMARKT BILLWERDER C+C', lines=['Moorfleeter Deich 300', '22113 Hamburg'], taxid='DE118642297', cur='EUR', loc='de', lang='de', rate=19,
                  bank='', tel='040 78 44 19-0', rc=False),
 'tauern': dict(name='Tauernsteig Bergsport GmbH', lines=['Reichenauer Straße 93', '6020 Innsbruck', 'Österreich'], taxid='ATU68204517', cur='EUR', loc='de', lang='de_at', rate=20,
                  bank='Tiroler Landesbank · IBAN AT36 5700 0300 5521 0947', tel='+43 512 34 98 10', rc=True),
 'grischa': dict(name='Grischa Velo AG', lines=['Kasernenstrasse 41', '7000 Chur', 'Schweiz'], taxid='CHE-241.883.610 MWST', cur='CHF', loc='ch', lang='de_ch', rate=D('8.1'),
                  bank='Bündner Kantonalbank · IBAN CH57 0077 4010 2950 1440 0', tel='+41 81 257 40 90', rc=False),
 'veldhoven': dict(name='Veldhoven Kampeerartikelen B.V.', lines=['Industrieweg 118', '5683 CK Best', 'Nederland'], taxid='NL862104377B01', cur='EUR', loc='nl', lang='nl', rate=21,
                  bank='IBAN NL61 RABO 0327 4418 90 · BIC RABONL2U', tel='+31 499 37 12 80', rc=True),
 'vercors': dict(name='Textiles Sportifs du Vercors SARL', lines=['ZA Les Combes, 12 rue des Tisserands', '38250 Villard-de-Lans', 'France'], taxid='FR47 512 338 904', cur='EUR', loc='fr', lang='fr', rate=20,
                  bank='IBAN FR76 1390 6000 8531 2244 9170 318', tel='+33 4 76 95 12 40', rc=True),
 'valsesia': dict(name='Calzaturificio Valsesia S.r.l.', lines=['Via per Borgosesia 44', '13011 Borgosesia (VC)', 'Italia'], taxid='IT02718830029', cur='EUR', loc='it', lang='it', rate=22,
                  bank='IBAN IT60 X054 2811 1010 0000 0123 456', tel='+39 0163 22 71 80', rc=True),
 'cantabrico': dict(name='Neoprenos del Cantábrico S.L.', lines=['Polígono Industrial de Heras, Parcela 27', '39792 Medio Cudeyo (Cantabria)', 'España'], taxid='ESB39851276', cur='EUR', loc='es', lang='es', rate=21,
                  bank='IBAN ES91 2100 0418 4502 0005 1332', tel='+34 942 55 80 19', rc=True),
 'wisloka': dict(name='Fabryka Sprzętu Sportowego Wisłoka Sp. z o.o.', lines=['ul. Przemysłowa 17', '39-200 Dębica', 'Polska'], taxid='PL8722381954', cur='PLN', loc='pl', lang='pl', rate=23,
                  bank='PKO BP · PL27 1020 4391 0000 6202 0134 7781', tel='+48 14 680 22 15', rc=True),
 'hokuto': dict(name='株式会社北斗アウトドア工業', name_en='Hokuto Outdoor Kogyo Co., Ltd.', lines=['〒940-0071 新潟県長岡市表町3-12-8'], lines_en=['3-12-8 Omotemachi, Nagaoka, Niigata 940-0071, Japan'],
                  taxid='T5110001043377', cur='JPY', loc='ja', lang='ja', rate=10, bank='北越第一銀行 長岡支店 普通 1234567 カ）ホクトアウトドアコウギョウ', bank_en='Hokuetsu Daiichi Bank, Nagaoka Branch, A/C 1234567, SWIFT HKDBJPJT', tel='0258-36-7710', rc=False),
 'haifeng': dict(name='宁波海峰户外用品有限公司', name_en='Ningbo Haifeng Outdoor Products Co., Ltd.', lines=['浙江省宁波市鄞州区金谷北路288号'], lines_en=['No. 288 Jingu North Road, Yinzhou District, Ningbo, Zhejiang, China'],
                  taxid='91330212MA2H4KQ71D', cur='CNY', loc='zh', lang='zh', rate=13, bank='中国工商银行宁波鄞州支行 3901 1200 0920 0183 447', bank_en='ICBC Ningbo Yinzhou Sub-branch, A/C 3901 1200 0920 0183 447, SWIFT ICBKCNBJNBO', tel='+86 574 8812 6630', rc=False),
 'lanjing': dict(name='厦门蓝鲸运动器材有限公司', name_en='Xiamen Blue Whale Sports Equipment Co., Ltd.', lines=['福建省厦门市集美区杏林湾路505号'], lines_en=['No. 505 Xinglinwan Road, Jimei District, Xiamen, Fujian, China'],
                  taxid='91350211MA8RW2N05K', cur='CNY', loc='zh', lang='zh', rate=13, bank='中国银行厦门集美支行 4127 5803 9921', bank_en='Bank of China Xiamen Jimei Sub-branch, A/C 4127 5803 9921, SWIFT BKCHCNBJ73A', tel='+86 592 6230 1177', rc=False),
}

# ---------------- document building ----------------
def make_doc(rng, sup_key, doc_type, lang=None, n_items=None, date=None, arith=None, cur=None, usd=False):
    s = SUPPLIERS[sup_key]
    lang = lang or s['lang']
    base_lang = lang.split('_')[0]
    cur = cur or ('USD' if usd else s['cur'])
    if n_items is None: n_items = rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    date = date or (dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320)))
    fx = {'EUR': 1, 'CHF': D('0.94'), 'PLN': D('4.28'), 'JPY': 162, 'CNY': D('7.75'), 'USD': D('1.08')}[cur]
    if cur in ('CNY', 'USD') : fx = D(fx) * D('0.55')  # factory prices
    prods = rng.sample(PRODUCTS, min(n_items, len(PRODUCTS)))
    while len(prods) < n_items: prods.append(rng.choice(PRODUCTS))
    items = []
    for p in prods:
        qty = rng.choice([2, 4, 5, 6, 10, 12, 20, 24, 30, 40, 50, 60, 100, 120, 200, 250, 500]) if doc_type != 'receipt' else rng.choice([1, 1, 2, 3, 6])
        if cur in ('CNY', 'USD'): qty = rng.choice([200, 300, 500, 600, 800, 1000, 1200, 2000])
        price = D(str(p[2])) * D(fx) * D(str(rng.uniform(0.85, 1.15)))
        price = q0(price) if cur == 'JPY' else q2(price)
        items.append(dict(sku=p[0], desc=pname(p, base_lang if base_lang in LANG_IDX else 'en'), qty=qty, price=price))
    doc = dict(supplier_key=sup_key, doc_type=doc_type, lang=lang, cur=cur, date=date, items=items,
               number=None, arith=arith, loc=s['loc'] if cur != 'USD' else 'en')
    if lang == 'en' and cur not in ('USD',): doc['loc'] = 'en' if cur in ('JPY', 'CNY') else s['loc']
    doc['rate'] = D(str(s['rate']))
    doc['rc'] = s['rc'] and rng.random() < 0.6 and doc_type not in ('receipt',)
    if cur == 'USD' or (sup_key == 'hokuto' and rng.random() < 0.5): doc['rc'] = True  # export, no VAT
    if sup_key == 'grischa' and rng.random() < 0.5: doc['rc'] = True
    doc['disc_pct'] = rng.choice([0, 0, 0, 2, 3, 5, 10]) if doc_type in ('invoice', 'proforma', 'quotation', 'tax_invoice') else 0
    doc['ship'] = D(0)
    if doc_type in ('invoice', 'proforma') and rng.random() < 0.45:
        doc['ship'] = {'JPY': D(rng.choice([3500, 8800, 12000])), 'CNY': D(rng.choice([450, 800, 1200]))}.get(cur, q2(D(rng.choice([5.9, 9.95, 14.5, 49, 85, 120]))))
    if doc_type == 'tax_invoice' or (sup_key in ('haifeng', 'lanjing') and cur == 'CNY'): doc['rc'] = False; doc['ship'] = D(0)
    pref = {'nordwind': 'RE-', 'alpenkamm': 'AR', 'hansefit': '2026-', 'elbtal': 'R', 'cc': '', 'tauern': 'AT-RE', 'grischa': 'GV-', 'veldhoven': 'F',
            'vercors': 'FA', 'valsesia': '', 'cantabrico': 'FV/', 'wisloka': 'FV/', 'hokuto': 'HK-', 'haifeng': 'HF', 'lanjing': 'BW'}[sup_key]
    n = rng.randint(1000, 99999)
    if sup_key == 'valsesia': doc['number'] = f'{rng.randint(100, 999)}/2026'
    elif sup_key == 'wisloka': doc['number'] = f'FV/{rng.randint(10, 999)}/{date.month:02d}/2026'
    elif sup_key in ('haifeng', 'lanjing') and doc_type == 'tax_invoice': doc['number'] = '2633' + ''.join(str(rng.randint(0, 9)) for _ in range(16))
    else: doc['number'] = f'{pref}{n}'
    doc['buyer'] = BUYERS['zh' if (lang == 'zh') else ('de' if base_lang == 'de' else 'en')]
    doc['buyer_name'] = doc['buyer'][0]
    doc['custno'] = str(rng.randint(10000, 79999))
    doc['orderref'] = f'KSO-PO-{rng.randint(2600, 2999)}'
    return doc

def compute(doc):
    cur = doc['cur']; jpy = cur == 'JPY'
    r = q0 if jpy else q2
    lines = [r(it['qty'] * it['price']) for it in doc['items']]
    printed_lines = list(lines)
    gross = sum(lines, D(0))
    disc = r(gross * doc['disc_pct'] / 100) if doc['disc_pct'] else D(0)
    net = gross - disc + doc['ship']
    rate = D(0) if doc['rc'] else doc['rate']
    tax = r(net * rate / 100)
    if doc['doc_type'] == 'tax_invoice': tax = sum((q2(x * rate / 100) for x in lines), D(0))
    total = net + tax
    if cur == 'CHF': total = (total * 20).quantize(D('1'), ROUND_HALF_UP) / 20; total = q2(total)
    doc['rounding'] = total - (net + tax)
    a = doc.get('arith')
    if a == 'gross' and not (disc or doc['ship']): a = doc['arith'] = 'sum'
    if a == 'line':
        i = len(lines) - 1; printed_lines[i] = lines[i] + (D(10) if not jpy else D(1000))  # printed line wrong, sums use true values
    elif a == 'vat':
        tax = tax + (D('1.00') if not jpy else D(100)); total = net + tax + (D('0.10') if not jpy else D(0))
        if rate == 0: total = net + D('12.00')
    elif a == 'sum':
        total = total + (D('9.00') if not jpy else D(900))
    elif a == 'gross':
        gross = gross + (D('100.00') if not jpy else D(1000))
    doc.update(lines=printed_lines, gross=gross, disc=disc, net=net, tax=tax, total=total, eff_rate=rate)
    return doc

def cn_upper(x):
    dg = '零壹贰叁肆伍陆柒捌玖'
    x = q2(x); yuan = int(x); cents = int((x - yuan) * 100)
    def four(n):
        s = ''; zero = False
        for i, u in enumerate(['仟', '佰', '拾', '']):
            d = n // 10 ** (3 - i) % 10
            if d == 0:
                if s: zero = True
            else:
                if zero: s += '零'; zero = False
                s += dg[d] + u
        return s
    hi, lo = divmod(yuan, 10000)
    res = (four(hi) + '万' if hi else '')
    if lo: res += ('零' if hi and lo < 1000 else '') + four(lo)
    if not res: res = '零'
    res += '圆'
    j, f = divmod(cents, 10)
    if j == 0 and f == 0: res += '整'
    else:
        res += (dg[j] + '角') if j else '零'
        if f: res += dg[f] + '分'
    return res
