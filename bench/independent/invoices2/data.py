# -*- coding: utf-8 -*-
"""Invented companies, products and language tables for make.py.
Every name, address, tax number and amount here is made up."""
import datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP

# ---------------------------------------------------------------- labels
T = {
 'en': dict(invoice='INVOICE', tax_invoice='VAT INVOICE', receipt='SALES RECEIPT', credit_note='CREDIT NOTE',
            proforma='PROFORMA INVOICE', packing_list='PACKING LIST', purchase_order='PURCHASE ORDER',
            quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST',
            no='Invoice no.', date='Invoice date', due='Due date', seller='Seller', buyer='Bill to',
            shipto='Ship to', desc='Description', qty='Qty', unit='Unit', price='Unit price', amount='Amount',
            net='Subtotal', vat='VAT', total='Total', discount='Discount', shipping='Shipping',
            taxid='VAT no.', page='Page', of='of', terms='Payment terms: {d} days net', bank='Bank',
            order='Your order', rc='Reverse charge - VAT to be accounted for by the recipient',
            thanks='Thank you for your business.', sku='SKU', cartons='Cartons', weight='Gross weight (kg)',
            pcs='pcs', paid='Paid by card', total_due='Total due', sign='Authorised signature', rate='Rate'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT',
            proforma='PROFORMA-RECHNUNG', packing_list='PACKLISTE', purchase_order='BESTELLUNG',
            quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', price_list='PREISLISTE',
            no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', seller='Verkäufer', buyer='Rechnungsempfänger',
            shipto='Lieferanschrift', desc='Bezeichnung', qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt',
            net='Nettobetrag', vat='USt.', total='Rechnungsbetrag', discount='Rabatt', shipping='Versandkosten',
            taxid='USt-IdNr.', page='Seite', of='von', terms='Zahlbar innerhalb {d} Tagen ohne Abzug', bank='Bankverbindung',
            order='Ihre Bestellung', rc='Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)',
            thanks='Vielen Dank für Ihren Auftrag.', sku='Art.-Nr.', cartons='Kartons', weight='Bruttogewicht (kg)',
            pcs='Stk.', paid='Bezahlt per Karte', total_due='Zu zahlen', sign='Unterschrift', rate='Satz'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', credit_note='AVOIR',
            proforma='FACTURE PRO FORMA', packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE',
            quotation='DEVIS', delivery_note='BON DE LIVRAISON', price_list='TARIFS',
            no='Facture n°', date='Date de facture', due="Date d'échéance", seller='Vendeur', buyer='Facturé à',
            shipto='Livré à', desc='Désignation', qty='Qté', unit='Unité', price='Prix unitaire HT', amount='Montant HT',
            net='Total HT', vat='TVA', total='Total TTC', discount='Remise', shipping='Frais de port',
            taxid='N° TVA', page='Page', of='sur', terms='Paiement à {d} jours', bank='Banque',
            order='Votre commande', rc='Autoliquidation - article 283-2 du CGI',
            thanks='Merci pour votre confiance.', sku='Réf.', cartons='Colis', weight='Poids brut (kg)',
            pcs='pce', paid='Payé par carte', total_due='Net à payer', sign='Signature', rate='Taux'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO',
            proforma='FATTURA PROFORMA', packing_list='PACKING LIST', purchase_order='ORDINE DI ACQUISTO',
            quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', price_list='LISTINO PREZZI',
            no='Fattura n.', date='Data', due='Scadenza', seller='Cedente', buyer='Cessionario',
            shipto='Destinazione merce', desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unit.', amount='Importo',
            net='Imponibile', vat='IVA', total='Totale documento', discount='Sconto', shipping='Spese di trasporto',
            taxid='P.IVA', page='Pag.', of='di', terms='Pagamento: bonifico {d} gg d.f.', bank='Banca',
            order='Vs. ordine', rc='Operazione non imponibile art. 41 DL 331/93',
            thanks='Grazie per la preferenza.', sku='Codice', cartons='Colli', weight='Peso lordo (kg)',
            pcs='pz', paid='Pagato con carta', total_due='Netto a pagare', sign='Firma', rate='Aliq.'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='RECIBO', credit_note='FACTURA RECTIFICATIVA',
            proforma='FACTURA PROFORMA', packing_list='LISTA DE EMBALAJE', purchase_order='PEDIDO DE COMPRA',
            quotation='PRESUPUESTO', delivery_note='ALBARÁN', price_list='TARIFA DE PRECIOS',
            no='Factura nº', date='Fecha', due='Vencimiento', seller='Emisor', buyer='Cliente',
            shipto='Dirección de envío', desc='Concepto', qty='Cant.', unit='Ud.', price='Precio', amount='Importe',
            net='Base imponible', vat='IVA', total='Total factura', discount='Descuento', shipping='Portes',
            taxid='NIF', page='Página', of='de', terms='Forma de pago: transferencia a {d} días', bank='Banco',
            order='Su pedido', rc='Inversión del sujeto pasivo',
            thanks='Gracias por su confianza.', sku='Ref.', cartons='Bultos', weight='Peso bruto (kg)',
            pcs='uds.', paid='Pagado con tarjeta', total_due='Total a pagar', sign='Firma', rate='Tipo'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KASSABON', credit_note='CREDITNOTA',
            proforma='PROFORMAFACTUUR', packing_list='PAKLIJST', purchase_order='INKOOPORDER',
            quotation='OFFERTE', delivery_note='PAKBON', price_list='PRIJSLIJST',
            no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', seller='Leverancier', buyer='Factuuradres',
            shipto='Afleveradres', desc='Omschrijving', qty='Aantal', unit='Eenheid', price='Prijs', amount='Bedrag',
            net='Subtotaal', vat='BTW', total='Totaal', discount='Korting', shipping='Verzendkosten',
            taxid='BTW-nr.', page='Pagina', of='van', terms='Betaling binnen {d} dagen', bank='Bank',
            order='Uw order', rc='BTW verlegd',
            thanks='Bedankt voor uw bestelling.', sku='Artikelnr.', cartons='Dozen', weight='Brutogewicht (kg)',
            pcs='st.', paid='Betaald met pin', total_due='Te betalen', sign='Handtekening', rate='Tarief'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='PARAGON / RACHUNEK', credit_note='FAKTURA KORYGUJĄCA',
            proforma='FAKTURA PRO FORMA', packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE',
            quotation='OFERTA', delivery_note='WZ - WYDANIE ZEWNĘTRZNE', price_list='CENNIK',
            no='Nr', date='Data wystawienia', due='Termin płatności', seller='Sprzedawca', buyer='Nabywca',
            shipto='Odbiorca', desc='Nazwa towaru lub usługi', qty='Ilość', unit='J.m.', price='Cena netto', amount='Wartość netto',
            net='Razem netto', vat='VAT', total='Razem brutto', discount='Rabat', shipping='Transport',
            taxid='NIP', page='Strona', of='z', terms='Sposób płatności: przelew {d} dni', bank='Nr konta',
            order='Zamówienie', rc='Odwrotne obciążenie',
            thanks='Dziękujemy za zakupy.', sku='Indeks', cartons='Kartony', weight='Waga brutto (kg)',
            pcs='szt.', paid='Zapłacono kartą', total_due='Do zapłaty', sign='Podpis osoby upoważnionej', rate='Stawka'),
 'zh': dict(invoice='销售发票', tax_invoice='增值税专用发票', receipt='收据', credit_note='红字发票',
            proforma='形式发票', packing_list='装箱单', purchase_order='采购订单',
            quotation='报价单', delivery_note='送货单', price_list='价格表',
            no='发票号码', date='开票日期', due='付款期限', seller='销售方', buyer='购买方',
            shipto='收货地址', desc='货物或应税劳务名称', qty='数量', unit='单位', price='单价', amount='金额',
            net='合计', vat='税额', total='价税合计', discount='折扣', shipping='运费',
            taxid='纳税人识别号', page='第', of='页 共', terms='付款方式：电汇 {d} 天', bank='开户行及账号',
            order='订单号', rc='出口免税', thanks='谢谢惠顾', sku='规格型号', cartons='箱数', weight='毛重(kg)',
            pcs='件', paid='已付款', total_due='应付金额', sign='开票人', rate='税率'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', credit_note='返品伝票',
            proforma='見積請求書', packing_list='梱包明細書', purchase_order='注文書',
            quotation='御見積書', delivery_note='納品書', price_list='価格表',
            no='請求番号', date='請求日', due='お支払期限', seller='発行者', buyer='御中',
            shipto='納品先', desc='品名', qty='数量', unit='単位', price='単価', amount='金額',
            net='小計', vat='消費税', total='ご請求金額', discount='値引', shipping='送料',
            taxid='登録番号', page='頁', of='/', terms='お支払条件：月末締め翌月末払い', bank='振込先',
            order='ご注文番号', rc='', thanks='毎度ありがとうございます。', sku='品番', cartons='箱数', weight='重量(kg)',
            pcs='個', paid='お支払済', total_due='ご請求金額', sign='担当', rate='税率'),
}

MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
}


def fmt_date(d, style):
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'mdy_slash': return d.strftime('%m/%d/%Y')
    if style == 'iso': return d.strftime('%Y-%m-%d')
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'cjk': return f'{d.year}年{d.month}月{d.day}日'
    if style.startswith('long_'):
        lang = style[5:]
        m = MONTHS[lang][d.month - 1]
        if lang == 'es': return f'{d.day} de {m} de {d.year}'
        if lang == 'de': return f'{d.day}. {m} {d.year}'
        if lang == 'en': return f'{d.day} {m} {d.year}'
        return f'{d.day} {m} {d.year}'
    if style == 'us_long': return f'{MONTHS["en"][d.month-1]} {d.day}, {d.year}'
    raise ValueError(style)


def fmt_num(x, style, dec=2):
    x = D(x)
    neg = x < 0
    x = abs(x).quantize(D(1) if dec == 0 else D('0.01'), ROUND_HALF_UP)
    s = f'{x:.{dec}f}'
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    sep, decsep = {'en': (',', '.'), 'eu': ('.', ','), 'sp': (' ', ','), 'ch': ("'", '.'),
                   'plain': ('', '.'), 'plainc': ('', ',')}[style]
    out = sep.join(groups) + ((decsep + fp) if dec else '')
    return ('-' if neg else '') + out


def fmt_qty(q, style):
    q = D(q)
    if q == q.to_integral():
        return str(int(q))
    return fmt_num(q, style, 2)


# ------------------------------------------------------------- companies
SUPPLIERS = {
 'PL': dict(lang='pl', cur='PLN', vat=[23, 8, 5], names=[
     'Hurtownia Elektro-Marek Sp. z o.o.', 'PPHU Kartex Jan Wiśniewski', 'Drewpak S.A.', 'Odra-Plast Sp. z o.o.',
     'Zakład Tapicerski Bursztyn s.c.', 'Polmetal Gliwice Sp. z o.o.', 'Hurtownia Papiernicza Sowa Sp.j.',
     'Silesia Textil Sp. z o.o.'],
     streets=['ul. Krzywa 14/3', 'ul. Legnicka 212', 'ul. Hubska 7B', 'al. Jana Pawła II 88', 'ul. Przemysłowa 4',
              'ul. Strzegomska 150'],
     cities=['53-412 Wrocław', '44-100 Gliwice', '61-131 Poznań', '90-004 Łódź', '31-564 Kraków', '58-500 Jelenia Góra'],
     tax=lambda r: 'NIP ' + '%03d-%03d-%02d-%02d' % (r.randint(100, 999), r.randint(100, 999), r.randint(10, 99), r.randint(10, 99))),
 'DE': dict(lang='de', cur='EUR', vat=[19, 7], names=[
     'Brennecke Verpackungen GmbH', 'Hofmann & Sieg KG', 'Lindqvist Haushaltswaren GmbH', 'Rautenberg Textil GmbH',
     'Elbtal Gartenbedarf e.K.', 'Wendt Elektrohandel GmbH & Co. KG', 'Kornblume Naturkosmetik UG'],
     streets=['Industriestraße 22', 'Am Hafenbecken 5', 'Lindenweg 41', 'Gewerbepark Süd 12', 'Bahnhofstraße 3a'],
     cities=['33602 Bielefeld', '01159 Dresden', '28197 Bremen', '90431 Nürnberg', '47051 Duisburg'],
     tax=lambda r: 'DE%09d' % r.randint(100000000, 999999999)),
 'CN': dict(lang='zh', cur='CNY', vat=[13], names=[
     '深圳市恒鑫电子科技有限公司', '义乌市佳禾日用品有限公司', '宁波海拓五金制品有限公司', '东莞市锦程包装材料有限公司',
     '广州市美途箱包有限公司', '杭州青禾纺织品有限公司'],
     streets=['龙华区民治街道工业东路18号', '稠城街道商博路366号', '北仑区新碶街道明州路99号', '长安镇振安中路72号',
              '白云区石井街道鸿图路5号', '萧山区经济技术开发区建设二路288号'],
     cities=['深圳', '义乌', '宁波', '东莞', '广州', '杭州'],
     tax=lambda r: '9144' + '%04d' % r.randint(1000, 9999) + 'MA5' + ''.join(r.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(7))),
 'CNX': dict(lang='en', cur='USD', vat=[0], names=[
     'Shenzhen Hengxin Electronic Technology Co., Ltd.', 'Yiwu Jiahe Daily Necessities Co., Ltd.',
     'Ningbo Haituo Hardware Products Co., Ltd.', 'Dongguan Jincheng Packaging Material Co., Ltd.',
     'Guangzhou Meitu Luggage Co., Ltd.', 'Xiamen Blueport Trading Co., Ltd.'],
     streets=['No. 18 Gongye East Rd, Minzhi St, Longhua Dist.', 'Rm 1203, Bldg B, No. 366 Shangbo Rd',
              'No. 99 Mingzhou Rd, Beilun Dist.', 'No. 72 Zhen\'an Middle Rd, Chang\'an Town',
              '5F, No. 5 Hongtu Rd, Baiyun Dist.', 'Unit 808, Haicang Trade Center'],
     cities=['Shenzhen, Guangdong, China', 'Yiwu, Zhejiang, China', 'Ningbo, Zhejiang, China', 'Dongguan, Guangdong, China',
             'Guangzhou, Guangdong, China', 'Xiamen, Fujian, China'],
     tax=lambda r: 'USCC 91440' + '%013d' % r.randint(10**12, 10**13 - 1)),
 'IT': dict(lang='it', cur='EUR', vat=[22, 10], names=[
     'Tessitura Valbrembo S.r.l.', 'Ceramiche Fontanelle S.p.A.', 'Oleificio Colle Rosso S.r.l.', 'Pelletterie Arno S.n.c.',
     'Minuterie Brianza S.r.l.'],
     streets=['Via dei Mille 41', 'Via Emilia Ovest 1120', 'Corso Garibaldi 7', 'Via dell\'Artigianato 23', 'Viale Europa 16'],
     cities=['24020 Bergamo (BG)', '41123 Modena (MO)', '50144 Firenze (FI)', '20851 Lissone (MB)', '06034 Foligno (PG)'],
     tax=lambda r: 'IT%011d' % r.randint(10**10, 10**11 - 1)),
 'FR': dict(lang='fr', cur='EUR', vat=[20, 5.5], names=[
     'Ateliers Morvande SARL', 'Savonnerie du Vieux Port SAS', 'Établissements Caradec & Fils', 'Lumière d\'Aubrac SAS',
     'Coutellerie Thiernoise Roux SARL'],
     streets=['12 rue des Tanneurs', '4 quai de Rive-Neuve', '27 avenue Jean Jaurès', 'ZA Les Granges, lot 9', '3 place du Marché'],
     cities=['69002 Lyon', '13007 Marseille', '29200 Brest', '12210 Laguiole', '63300 Thiers'],
     tax=lambda r: 'FR%02d%09d' % (r.randint(10, 99), r.randint(100000000, 999999999))),
 'ES': dict(lang='es', cur='EUR', vat=[21, 10], names=[
     'Cerámicas Altozano S.L.', 'Textiles Ribera del Tajo S.A.', 'Distribuciones Garrigós S.L.', 'Cuchillería Albacete Norte S.L.'],
     streets=['Calle del Prado 8', 'Avda. de la Constitución 51', 'Polígono El Bayo, nave 14', 'Calle Mayor 102'],
     cities=['46001 Valencia', '45600 Talavera de la Reina', '03801 Alcoy', '02006 Albacete'],
     tax=lambda r: 'B%08d' % r.randint(10000000, 99999999)),
 'NL': dict(lang='nl', cur='EUR', vat=[21, 9], names=[
     'Van Leeuwen Kantoorartikelen B.V.', 'De Groot Tuin & Dier B.V.', 'Houtkamp Verpakkingen B.V.', 'Bakker Fietsonderdelen V.O.F.'],
     streets=['Havenstraat 17', 'Industrieweg 230', 'Keizersgracht 402', 'Nijverheidslaan 9'],
     cities=['3011 AB Rotterdam', '5928 LX Venlo', '1016 EG Amsterdam', '7521 PH Enschede'],
     tax=lambda r: 'NL%09dB01' % r.randint(100000000, 999999999)),
 'JP': dict(lang='ja', cur='JPY', vat=[10, 8], names=[
     '株式会社ミズホ工芸', '有限会社さくら商事', '株式会社東邦パッケージ', '株式会社北星テキスタイル'],
     streets=['北区梅田九丁目8番2号', '中央区日本橋蛎殻町三丁目4番1号', '港区海岸七丁目10番3号', '中区栄八丁目2番15号'],
     cities=['〒530-0099 大阪府大阪市', '〒103-0099 東京都', '〒105-0099 東京都', '〒460-0099 愛知県名古屋市'],
     tax=lambda r: 'T%013d' % r.randint(10**12, 10**13 - 1)),
 'GB': dict(lang='en', cur='GBP', vat=[20], names=[
     'Harrowgate Supplies Ltd', 'Pennine Kitchenware Ltd', 'Thameside Print & Pack Ltd', 'Corrie & Dunmore Trading Ltd'],
     streets=['Unit 4, Calder Trading Estate', '17 Mill Lane', '2 Riverside Works, Wharf Road', '88 Queen Street'],
     cities=['Huddersfield HD9 4QQ', 'Sheffield S9 9ZZ', 'Dartford DA9 9XX', 'Glasgow G9 9YY'],
     tax=lambda r: 'GB %03d %04d %02d' % (r.randint(100, 999), r.randint(1000, 9999), r.randint(10, 99))),
 'US': dict(lang='en', cur='USD', vat=[0], names=[
     'Blue Mesa Wholesale Inc.', 'Great Lakes Housewares LLC', 'Copperline Outdoor Goods Inc.', 'Harbor & Pine Supply Co.'],
     streets=['4410 Industrial Pkwy, Suite 200', '918 W Fulton Market Ave', '2250 Commerce Dr', '67 Dockside Rd'],
     cities=['Albuquerque, NM 87199', 'Chicago, IL 60699', 'Reno, NV 89599', 'Portland, ME 04199'],
     tax=lambda r: 'EIN %02d-%07d' % (r.randint(10, 99), r.randint(1000000, 9999999))),
}

BUYERS = [
 ('Nordlicht Handel GmbH', 'Speicherstadt 9, 20457 Hamburg', 'DE'),
 ('Brightcart Trading Ltd', '14 Canal Side, Manchester M9 9AB', 'GB'),
 ('Sklep Zielony Koszyk Sp. z o.o.', 'ul. Ogrodowa 3, 50-001 Wrocław', 'PL'),
 ('Kompas Ecommerce Sp. z o.o.', 'ul. Graniczna 27, 54-530 Wrocław', 'PL'),
 ('Maison Pivoine SAS', '8 rue Paradis, 75010 Paris', 'FR'),
 ('Casa Limone S.r.l.s.', 'Via Roma 220, 80132 Napoli (NA)', 'IT'),
 ('Tienda Brisa Online S.L.', 'Calle Alcalá 300, 28027 Madrid', 'ES'),
 ('Oranje Webwinkel B.V.', 'Stationsplein 4, 3511 ED Utrecht', 'NL'),
 ('Redwood Cove Goods LLC', '301 Pine St, Suite 5, Seattle, WA 98199', 'US'),
 ('Alpentraum Versand e.K.', 'Maximilianstraße 61, 83278 Traunstein', 'DE'),
 ('HomeNest Marketplace Ltd', 'Unit 12 Kestrel Park, Leicester LE9 9QW', 'GB'),
 ('Bałtycki Bazar Sp. z o.o.', 'ul. Morska 110, 81-225 Gdynia', 'PL'),
 ('Zephyr Brands OÜ', 'Narva mnt 7, 10117 Tallinn, Estonia', 'EE'),
 ('Lumen & Leaf GmbH', 'Kaiserstraße 14, 60311 Frankfurt am Main', 'DE'),
 ('Vía Láctea Comercio S.L.', 'Carrer de Pallars 93, 08018 Barcelona', 'ES'),
 ('Pomorska Galanteria s.c.', 'ul. Wały Chrobrego 2, 70-500 Szczecin', 'PL'),
 ('Stellar Hub Commerce Inc.', '1200 Ocean Ave, Brooklyn, NY 11299', 'US'),
 ('合同会社ソラマチ物販', '〒150-0099 東京都渋谷区神南九丁目1番1号', 'JP'),
 ('上海悦购跨境电子商务有限公司', '上海市浦东新区张杨路1999号', 'CN'),
 ('Atelier Vert Boutique SARL', '19 cours Victor Hugo, 33000 Bordeaux', 'FR'),
 ('Mercato Veloce S.r.l.', 'Corso Francia 45, 10138 Torino (TO)', 'IT'),
 ('Duinroos Commerce V.O.F.', 'Zeeweg 3, 2051 EA Overveen', 'NL'),
]

BUYER_TAX = {'DE': lambda r: 'DE%09d' % r.randint(100000000, 999999999),
             'GB': lambda r: 'GB %03d %04d %02d' % (r.randint(100, 999), r.randint(1000, 9999), r.randint(10, 99)),
             'PL': lambda r: 'PL%010d' % r.randint(10**9, 10**10 - 1),
             'FR': lambda r: 'FR%02d%09d' % (r.randint(10, 99), r.randint(100000000, 999999999)),
             'IT': lambda r: 'IT%011d' % r.randint(10**10, 10**11 - 1),
             'ES': lambda r: 'ESB%08d' % r.randint(10000000, 99999999),
             'NL': lambda r: 'NL%09dB01' % r.randint(100000000, 999999999),
             'US': lambda r: 'EIN %02d-%07d' % (r.randint(10, 99), r.randint(1000000, 9999999)),
             'EE': lambda r: 'EE%09d' % r.randint(100000000, 999999999),
             'JP': lambda r: 'T%013d' % r.randint(10**12, 10**13 - 1),
             'CN': lambda r: '91310115MA1' + '%07d' % r.randint(10**6, 10**7 - 1)}

PRODUCTS = {
 'en': [('Silicone baking mat 40x30 cm', 3.10), ('USB-C charging cable 1 m, braided', 1.45), ('Stainless steel bottle 750 ml', 4.80),
        ('Bamboo cutting board set (3 pcs)', 7.90), ('LED desk lamp, dimmable', 11.20), ('Yoga mat TPE 6 mm', 6.35),
        ('Kraft mailer box 30x20x10', 0.42), ('Phone stand, aluminium', 2.75), ('Reusable beeswax wraps, set of 4', 3.60),
        ('Wireless mouse 2.4 GHz', 4.15), ('Pet grooming glove', 1.20), ('Insulated lunch bag', 3.95),
        ('Cotton tote bag, natural', 0.95), ('Magnetic spice jars (12)', 8.40), ('Car phone holder, vent clip', 1.65)],
 'de': [('Edelstahl-Trinkflasche 750 ml', 5.10), ('Versandkarton 1-wellig 300x200x150', 0.38), ('Baumwoll-Geschirrtuch 50x70', 1.95),
        ('Gartenschere Bypass 20 cm', 6.40), ('Kerzenglas mit Deckel 200 ml', 1.12), ('Luftpolsterfolie 50 cm x 100 m', 14.90),
        ('LED-Lichterkette 10 m warmweiß', 4.70), ('Naturseife Lavendel 100 g', 1.85), ('Kabelbinder 200 mm, 100 Stk.', 1.30),
        ('Frühstücksbrettchen Buche', 2.60), ('Thermobecher 400 ml', 3.95), ('Klebeband braun 48 mm x 66 m', 0.89)],
 'fr': [('Savon de Marseille 300 g', 1.70), ('Bougie parfumée figue 180 g', 3.90), ('Torchon lin lavé 50x70', 4.20),
        ('Couteau pliant manche olivier', 12.50), ('Boîte kraft expédition 25x18x8', 0.36), ('Pot en grès émaillé 12 cm', 2.95),
        ('Sac cabas coton bio', 1.80), ('Huile de massage amande 100 ml', 2.40), ('Diffuseur rotin 100 ml', 3.10)],
 'it': [('Asciugamano spugna 50x100', 3.40), ('Tazza in ceramica 350 ml', 2.10), ('Portafoglio in pelle uomo', 9.80),
        ('Olio extravergine 500 ml', 4.60), ('Tovaglia cotone 140x180', 8.90), ('Cerniere in ottone 50 mm (conf. 10)', 3.25),
        ('Scatola spedizione avana 40x30x20', 0.55), ('Piatto piano decorato 27 cm', 2.85)],
 'es': [('Azulejo decorado 15x15', 0.85), ('Taza cerámica artesanal', 2.30), ('Toalla algodón 70x140', 4.10),
        ('Cuchillo de cocina 20 cm', 5.60), ('Caja de cartón 30x20x15', 0.40), ('Mantel antimanchas 150x220', 7.20),
        ('Jarrón esmaltado azul', 6.50), ('Abanico de madera pintado', 1.35)],
 'nl': [('Bureaulamp LED zwart', 9.40), ('Verzenddoos 310x220x100', 0.33), ('Fietsbel aluminium', 1.15),
        ('Kattenkrabpaal 60 cm', 11.80), ('Notitieboek A5 gelinieerd', 1.60), ('Balpen blauw (doos 50)', 6.90),
        ('Fietsband 28 inch', 7.45), ('Hondenriem nylon 1,2 m', 2.20)],
 'pl': [('Karton klapowy 300x200x150 3W', 0.95), ('Taśma pakowa brązowa 48 mm/66 m', 2.40), ('Folia stretch 23 mic 1,5 kg', 11.50),
        ('Kubek ceramiczny 330 ml', 3.20), ('Pościel bawełniana 160x200', 38.00), ('Uchwyt meblowy 128 mm', 1.75),
        ('Lampka biurkowa LED', 24.90), ('Ręcznik frotte 70x140', 12.30), ('Zawias puszkowy 35 mm', 1.05),
        ('Worek foliowy strunowy 10x15 (100 szt.)', 4.60), ('Koperta bąbelkowa D14', 0.38), ('Świeca sojowa 180 g', 9.90)],
 'zh': [('硅胶烘焙垫 40x30cm', 12.50), ('编织USB-C数据线 1米', 6.80), ('不锈钢保温杯 500ml', 21.00),
        ('竹制砧板三件套', 38.00), ('LED护眼台灯', 56.00), ('TPE瑜伽垫 6mm', 31.50), ('铝合金手机支架', 13.20),
        ('宠物除毛手套', 5.60), ('牛皮纸快递盒 30x20x10', 1.90), ('无线鼠标 2.4G', 19.80)],
 'ja': [('ステンレスボトル 500ml', 1280), ('今治タオル フェイス', 650), ('有田焼 マグカップ', 1450),
        ('竹製カトラリーセット', 980), ('段ボール箱 60サイズ', 85), ('LEDデスクライト', 3200), ('緑茶 ティーバッグ 50包', 720),
        ('手ぬぐい 綿100%', 540)],
}

UNITS = {'en': 'pcs', 'de': 'Stk.', 'fr': 'pce', 'it': 'pz', 'es': 'ud.', 'nl': 'st.', 'pl': 'szt.', 'zh': '件', 'ja': '個'}
CUR_SYM = {'EUR': '€', 'USD': '$', 'GBP': '£', 'PLN': 'zł', 'CNY': '¥', 'JPY': '¥', 'CHF': 'CHF', 'CZK': 'Kč'}

CN_DIG = '零壹贰叁肆伍陆柒捌玖'


def cn_upper(amount):
    """Chinese capital-number form for 价税合计(大写)."""
    amount = D(amount).quantize(D('0.01'))
    yuan = int(amount)
    jiao = int((amount * 10) % 10)
    fen = int((amount * 100) % 10)
    units = ['', '拾', '佰', '仟']
    big = ['', '万', '亿']
    s = ''
    if yuan == 0:
        s = '零'
    else:
        parts = []
        g = 0
        while yuan > 0:
            parts.append((yuan % 10000, g)); yuan //= 10000; g += 1
        out = ''
        need_zero = False
        for val, g in reversed(parts):
            if val == 0:
                need_zero = True
                continue
            chunk = ''
            digits = f'{val:04d}' if out else str(val)
            zero = False
            for i, ch in enumerate(digits):
                pos = len(digits) - 1 - i
                if ch == '0':
                    zero = True
                else:
                    if zero and chunk: chunk += '零'
                    elif (zero or need_zero) and out: chunk += '零'
                    zero = False; need_zero = False
                    chunk += CN_DIG[int(ch)] + units[pos]
            out += chunk + big[g]
            if val % 10 == 0:
                need_zero = True
        s = out
    s += '圆'
    if jiao == 0 and fen == 0:
        return s + '整'
    if jiao: s += CN_DIG[jiao] + '角'
    elif fen: s += '零'
    if fen: s += CN_DIG[fen] + '分'
    return s
