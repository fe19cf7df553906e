#!/usr/bin/env python3
"""Generator for the invoices22 test set (Lyon agency voice: FR/ES/IT/BE sellers, plus DE/PL/EN/ZH/JA).
Writes files/ and labels.jsonl. Run: /work/main/.venv/bin/python make.py
All companies, addresses, tax numbers and amounts are invented here."""
import os, io, json, random, subprocess, shutil, re, math, copy, sys
from decimal import Decimal as D, ROUND_HALF_UP
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, 'files')
TMP = os.path.join(ROOT, 'tmp')
R = random.Random(2216)
FONT_DV = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_DVB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_DVS = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
FONT_WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

def q2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- number / date formats
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def fmtnum(v, style, dec=2):
    v = D(v)
    neg = v < 0
    v = abs(v)
    if dec == 0:
        ip, fp = int(v.quantize(D('1'), rounding=ROUND_HALF_UP)), ''
    else:
        s = '%.2f' % v
        ip, fp = int(s.split('.')[0]), s.split('.')[1]
    if style == 'fr':   txt = group(ip, ' ') + (',' + fp if fp else '')
    elif style == 'de': txt = group(ip, '.') + (',' + fp if fp else '')
    elif style == 'en': txt = group(ip, ',') + ('.' + fp if fp else '')
    elif style == 'pl': txt = group(ip, ' ') + (',' + fp if fp else '')
    else: raise ValueError(style)
    return ('-' if neg else '') + txt

MONTHS = {
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'en': 'January February March April May June July August September October November December'.split(),
}

def fmtdate(d, style):
    if style == 'dmy/':  return d.strftime('%d/%m/%Y')
    if style == 'dmy.':  return d.strftime('%d.%m.%Y')
    if style == 'dmy-':  return d.strftime('%d-%m-%Y')
    if style == 'mdy/':  return d.strftime('%m/%d/%Y')
    if style == 'iso':   return d.isoformat()
    if style == 'ymd/':  return d.strftime('%Y/%m/%d')
    if style == 'cjk':   return f'{d.year}年{d.month}月{d.day}日'
    if style.startswith('long_'):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == 'fr': return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
        if lg == 'es': return f'{d.day} de {m} de {d.year}'
        if lg == 'en': return f'{d.day} {m} {d.year}'
        if lg == 'de': return f'{d.day}. {m} {d.year}'
        return f'{d.day} {m} {d.year}'
    raise ValueError(style)

# ---------------------------------------------------------------- vocab
T = {
 'fr': dict(invoice='FACTURE', receipt='REÇU DE PAIEMENT', credit_note='FACTURE D\'AVOIR', proforma='FACTURE PROFORMA',
            packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON',
            other='TARIF PROFESSIONNEL', no='N°', date='Date', due='Échéance', buyer='Facturé à', supplier='Émetteur', desc='Désignation',
            ref='Réf.', qty='Qté', unit='PU HT', disc='Remise', amount='Total HT', rate='TVA', net='Total HT', shipping='Frais de port',
            gdisc='Remise commerciale', base='Base HT', vat='TVA', total='Total TTC', deposit='Acompte versé', topay='Net à payer',
            taxid='N° TVA intracom.', regid='SIRET', pay='Paiement par virement à 30 jours fin de mois.',
            late='Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
            page='Page', order='Commande', weight='Poids', cartons='Colis', valid='Validité de l\'offre : 30 jours'),
 'es': dict(invoice='FACTURA', receipt='TICKET / FACTURA SIMPLIFICADA', credit_note='FACTURA RECTIFICATIVA', proforma='FACTURA PROFORMA',
            packing_list='LISTA DE BULTOS', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO', delivery_note='ALBARÁN DE ENTREGA',
            other='LISTA DE PRECIOS', no='Nº', date='Fecha', due='Vencimiento', buyer='Cliente', supplier='Proveedor', desc='Concepto',
            ref='Ref.', qty='Cant.', unit='Precio', disc='Dto.', amount='Importe', rate='IVA', net='Base imponible', shipping='Portes',
            gdisc='Descuento', base='Base', vat='IVA', total='TOTAL FACTURA', deposit='Anticipo', topay='Total a pagar',
            taxid='NIF', regid='Reg. Merc.', pay='Forma de pago: transferencia bancaria a 30 días.', late='',
            re='Recargo de equivalencia', irpf='Retención IRPF', page='Página', order='Pedido', weight='Peso', cartons='Bultos',
            valid='Validez del presupuesto: 30 días'),
 'it': dict(invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
            packing_list='PACKING LIST', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO (DDT)',
            other='LISTINO PREZZI', no='N.', date='Data', due='Scadenza', buyer='Spett.le', supplier='Fornitore', desc='Descrizione',
            ref='Cod.', qty='Q.tà', unit='Prezzo unit.', disc='Sconto', amount='Importo', rate='IVA', net='Imponibile', shipping='Spese di trasporto',
            gdisc='Sconto', base='Imponibile', vat='IVA', total='TOTALE DOCUMENTO', deposit='Acconto', topay='Netto a pagare',
            taxid='P.IVA', regid='C.F.', pay='Pagamento: bonifico bancario 30 gg d.f.', late='', page='Pagina', order='Ordine',
            weight='Peso', cartons='Colli', valid='Validità offerta: 30 giorni'),
 'nl': dict(invoice='FACTUUR', receipt='KASSABON', credit_note='CREDITNOTA', proforma='PROFORMAFACTUUR',
            packing_list='PAKLIJST', purchase_order='BESTELBON', quotation='OFFERTE', delivery_note='LEVERINGSBON',
            other='PRIJSLIJST', no='Nr.', date='Factuurdatum', due='Vervaldatum', buyer='Klant', supplier='Leverancier', desc='Omschrijving',
            ref='Art.', qty='Aantal', unit='Eenheidsprijs', disc='Korting', amount='Bedrag', rate='BTW', net='Totaal excl. BTW',
            shipping='Verzendkosten', gdisc='Korting', base='Maatstaf', vat='BTW', total='Totaal incl. BTW', deposit='Voorschot', topay='Te betalen',
            taxid='BTW-nr.', regid='KBO', pay='Te betalen binnen 30 dagen na factuurdatum.', late='', page='Pagina', order='Bestelling',
            weight='Gewicht', cartons='Colli', valid='Geldig: 30 dagen'),
 'de': dict(invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMA-RECHNUNG',
            packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN',
            other='PREISLISTE', no='Rechnungs-Nr.', date='Rechnungsdatum', due='Fällig am', buyer='Rechnungsempfänger', supplier='Lieferant',
            desc='Bezeichnung', ref='Art.-Nr.', qty='Menge', unit='Einzelpreis', disc='Rabatt', amount='Gesamt', rate='USt.', net='Nettobetrag',
            shipping='Versandkosten', gdisc='Rabatt', base='Netto', vat='MwSt.', total='Rechnungsbetrag', deposit='Anzahlung', topay='Zahlbetrag',
            taxid='USt-IdNr.', regid='HRB', pay='Zahlbar innerhalb 14 Tagen ohne Abzug.', late='', page='Seite', order='Bestellung',
            weight='Gewicht', cartons='Packstücke', valid='Angebot gültig 30 Tage'),
 'pl': dict(invoice='FAKTURA VAT', receipt='PARAGON', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PROFORMA',
            packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ - WYDANIE ZEWNĘTRZNE',
            other='CENNIK', no='Nr', date='Data wystawienia', due='Termin płatności', buyer='Nabywca', supplier='Sprzedawca', desc='Nazwa towaru',
            ref='Kod', qty='Ilość', unit='Cena netto', disc='Rabat', amount='Wartość netto', rate='VAT', net='Razem netto', shipping='Transport',
            gdisc='Rabat', base='Netto', vat='Kwota VAT', total='Razem brutto', deposit='Zaliczka', topay='Do zapłaty',
            taxid='NIP', regid='REGON', pay='Sposób płatności: przelew 14 dni.', late='', page='Strona', order='Zamówienie',
            weight='Waga', cartons='Kartony', valid='Oferta ważna 30 dni'),
 'en': dict(invoice='INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE',
            other='PRICE LIST', no='Invoice No.', date='Invoice date', due='Due date', buyer='Bill to', supplier='From', desc='Description',
            ref='SKU', qty='Qty', unit='Unit price', disc='Disc.', amount='Amount', rate='VAT', net='Subtotal', shipping='Shipping',
            gdisc='Discount', base='Net', vat='VAT', total='TOTAL', deposit='Deposit paid', topay='Balance due', taxid='VAT No.',
            regid='Company No.', pay='Payment terms: 30 days net. Bank transfer.', late='', page='Page', order='PO',
            weight='Weight', cartons='Cartons', valid='Quotation valid for 30 days'),
 'zh': dict(invoice='增值税专用发票', receipt='收据', credit_note='红字发票', proforma='形式发票', packing_list='装箱单', purchase_order='采购订单',
            quotation='报价单', delivery_note='送货单', other='价格表', no='发票号码', date='开票日期', due='付款期限', buyer='购买方',
            supplier='销售方', desc='货物或应税劳务名称', ref='规格型号', qty='数量', unit='单价', disc='折扣', amount='金额', rate='税率',
            net='合计', shipping='运费', gdisc='折扣', base='金额', vat='税额', total='价税合计', deposit='预付款', topay='应付金额',
            taxid='纳税人识别号', regid='开户行及账号', pay='付款方式：电汇', late='', page='页', order='订单', weight='重量', cartons='箱数',
            valid='报价有效期30天'),
 'ja': dict(invoice='請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書', packing_list='梱包明細書', purchase_order='注文書',
            quotation='見積書', delivery_note='納品書', other='価格表', no='請求書番号', date='発行日', due='お支払期限', buyer='御中',
            supplier='発行元', desc='品名', ref='品番', qty='数量', unit='単価', disc='値引', amount='金額', rate='税率', net='小計',
            shipping='送料', gdisc='値引', base='対象額', vat='消費税', total='ご請求金額', deposit='前受金', topay='差引ご請求額',
            taxid='登録番号', regid='TEL', pay='お振込先：架空銀行 本店 普通 1234567', late='', page='頁', order='注文番号',
            weight='重量', cartons='箱数', valid='有効期限：30日'),
}

PRODUCTS = [  # fr, es, it, nl, de, pl, en, zh, ja, base price EUR
 ('Bougie parfumée cire de soja 200 g', 'Vela aromática cera de soja 200 g', 'Candela profumata cera di soia 200 g', 'Geurkaars sojawas 200 g', 'Duftkerze Sojawachs 200 g', 'Świeca zapachowa sojowa 200 g', 'Scented soy candle 200 g', '大豆香薰蜡烛 200克', 'ソイキャンドル 200g', 6.4),
 ('Coque silicone smartphone', 'Funda de silicona para móvil', 'Cover in silicone per smartphone', 'Siliconen telefoonhoesje', 'Silikon-Handyhülle', 'Etui silikonowe na telefon', 'Silicone phone case', '硅胶手机壳', 'シリコンスマホケース', 1.85),
 ('Puzzle en bois 48 pièces', 'Puzle de madera 48 piezas', 'Puzzle in legno 48 pezzi', 'Houten puzzel 48 stukjes', 'Holzpuzzle 48 Teile', 'Drewniane puzzle 48 elementów', 'Wooden puzzle 48 pieces', '木制拼图 48片', '木製パズル 48ピース', 7.9),
 ('Gourde inox 750 ml', 'Botella de acero inoxidable 750 ml', 'Borraccia in acciaio 750 ml', 'RVS drinkfles 750 ml', 'Edelstahl-Trinkflasche 750 ml', 'Butelka ze stali 750 ml', 'Stainless bottle 750 ml', '不锈钢水壶 750毫升', 'ステンレスボトル 750ml', 5.2),
 ('Savon solide au lait d\'ânesse', 'Jabón sólido de aceite de oliva', 'Sapone solido all\'olio d\'oliva', 'Handzeep olijfolie', 'Naturseife Olivenöl', 'Mydło naturalne oliwkowe', 'Olive oil soap bar', '橄榄油手工皂', 'オリーブ石鹸', 2.3),
 ('Câble USB-C tressé 2 m', 'Cable USB-C trenzado 2 m', 'Cavo USB-C intrecciato 2 m', 'Gevlochten USB-C-kabel 2 m', 'USB-C-Kabel geflochten 2 m', 'Kabel USB-C w oplocie 2 m', 'Braided USB-C cable 2 m', 'USB-C编织数据线 2米', 'USB-Cケーブル 2m', 1.6),
 ('Tablier de cuisine lin lavé', 'Delantal de cocina de lino', 'Grembiule da cucina in lino', 'Linnen keukenschort', 'Küchenschürze Leinen', 'Fartuch kuchenny lniany', 'Linen kitchen apron', '亚麻围裙', 'リネンエプロン', 9.5),
 ('Lampe LED de bureau pliable', 'Lámpara LED de escritorio plegable', 'Lampada LED da scrivania pieghevole', 'Opvouwbare LED-bureaulamp', 'Faltbare LED-Schreibtischlampe', 'Składana lampka LED biurkowa', 'Foldable LED desk lamp', '折叠LED台灯', '折りたたみLEDデスクライト', 11.4),
 ('Huile de massage bio 100 ml', 'Aceite de masaje ecológico 100 ml', 'Olio da massaggio bio 100 ml', 'Biologische massageolie 100 ml', 'Bio-Massageöl 100 ml', 'Organiczny olejek do masażu 100 ml', 'Organic massage oil 100 ml', '有机按摩油 100毫升', 'オーガニックマッサージオイル 100ml', 4.75),
 ('Set de 6 verres à thé', 'Juego de 6 vasos de té', 'Set 6 bicchieri da tè', 'Set van 6 theeglazen', '6er-Set Teegläser', 'Zestaw 6 szklanek do herbaty', 'Set of 6 tea glasses', '玻璃茶杯6只装', '耐熱ティーグラス6個組', 8.1),
 ('Porte-clés cuir gravé', 'Llavero de cuero grabado', 'Portachiavi in pelle inciso', 'Gegraveerde leren sleutelhanger', 'Schlüsselanhänger Leder graviert', 'Brelok skórzany grawerowany', 'Engraved leather keyring', '刻字皮革钥匙扣', '刻印レザーキーホルダー', 1.95),
 ('Coussin velours 45x45', 'Cojín de terciopelo 45x45', 'Cuscino in velluto 45x45', 'Fluwelen kussen 45x45', 'Samtkissen 45x45', 'Poduszka welurowa 45x45', 'Velvet cushion 45x45', '丝绒抱枕 45x45', 'ベルベットクッション 45x45', 6.9),
 ('Prestation photo packshot (forfait)', 'Sesión de fotografía de producto', 'Servizio fotografico prodotti', 'Productfotografie (forfait)', 'Produktfotografie (Pauschale)', 'Sesja zdjęciowa produktów', 'Product photography (flat fee)', '产品摄影服务', '商品撮影（一式）', 180.0),
]
LANG_IDX = {'fr': 0, 'es': 1, 'it': 2, 'nl': 3, 'de': 4, 'pl': 5, 'en': 6, 'zh': 7, 'ja': 8}

# invented parties --------------------------------------------------------------------
def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))

SUPPLIERS = {
 'FR': [('SARL Comptoir Vaubecour', '14 rue des Tanneurs Fictifs', '69002 Lyon'), ('SAS Grossiste Bellerive', 'ZA des Peupliers, lot 7', '38300 Bourgoin-Jallieu'),
        ('SAS Textiles Morvandelles', '3 chemin du Moulin Bas', '58120 Château-Chinon'), ('SARL Céramiques Lavandou-Ferrand', '22 avenue des Potiers', '84100 Orange'),
        ('SAS Diffusion Quaternaire', '118 boulevard Imaginaire', '13015 Marseille'), ('SARL Import Orsanne', '9 impasse des Mûriers', '33700 Mérignac')],
 'FR_AE': [('Claire Pelletan EI', '5 montée des Glycines', '69005 Lyon'), ('Yanis Berthomieu - Photographe', '41 rue Sainte-Blandine Haute', '42000 Saint-Étienne'),
           ('Atelier Nora Vidalenc', '2 place du Puits Sec', '26000 Valence'), ('Mathis Quenardel EI', '17 allée des Saules Pleureurs', '01000 Bourg-en-Bresse')],
 'ES': [('Distribuciones Albarrén S.L.', 'C/ Pintor Inventado 23, nave 4', '46014 Valencia'), ('Mayoristas Toledanos del Sur S.A.', 'Polígono Los Almendros, parcela 12', '45007 Toledo'),
        ('Cerámica Oriveña S.L.', 'Avda. de la Alfarería 88', '03300 Orihuela'), ('Textil Bercedo S.L.', 'C/ Río Ficticio 5', '08205 Sabadell')],
 'ES_PRO': [('Lucía Ferrándiz Olmo', 'C/ Las Violetas 9, 2ºB', '29004 Málaga'), ('Andrés Cobeaga Ruiz', 'Plaza del Reloj Viejo 3', '48005 Bilbao')],
 'IT': [('Ingrosso Valtenesi S.r.l.', 'Via dei Bottai 41', '25080 Padenghe sul Garda (BS)'), ('Ceramiche Altavilla S.n.c.', 'Via Fornace Vecchia 7', '06053 Deruta (PG)'),
        ('Tessiture Brembane S.p.A.', 'Viale Industria 120', '24030 Brembate (BG)'), ('Forniture Casertane S.r.l.', 'Corso Immaginario 15', '81100 Caserta (CE)')],
 'BE_FR': [('Grossiste Meuse-Ourthe SRL', 'Rue du Pont Inventé 31', '4020 Liège'), ('Comptoir Sambrien SA', 'Chaussée de Fictionville 210', '6000 Charleroi')],
 'BE_NL': [('Groothandel Van Daele-Roos BV', 'Industrieweg 44', '8800 Roeselare'), ('Kempische Verpakking NV', 'Steenweg op Nergens 17', '2440 Geel'),
           ('Lindeloof Interieur BV', 'Vaartkaai 6', '9000 Gent')],
 'DE': [('Hennigsdorf Haushaltswaren GmbH', 'Am Erfundenen Hafen 12', '16761 Hennigsdorf'), ('Brettschneider & Kolm KG', 'Gewerbering 5', '92637 Weiden'),
        ('Textilhandel Oberlaaker GmbH', 'Lindenstraße 80a', '48145 Münster')],
 'PL': [('Hurtownia Zawilec Sp. z o.o.', 'ul. Zmyślona 14', '90-410 Łódź'), ('Drewnex Kowalczyk-Biel s.c.', 'ul. Tartaczna 3', '34-400 Nowy Targ')],
 'GB': [('Harrowgate Supply Co. Ltd', 'Unit 9, Imaginary Trading Estate', 'Leeds LS11 9ZZ'), ('Pennock & Daughters Ltd', '44 Fictional Lane', 'Bristol BS3 0QQ')],
 'US': [('Cedar Mill Goods LLC', '1820 Placeholder Ave, Suite 4', 'Portland, OR 97299'), ('Bluewater Trading Inc.', '77 Notreal Blvd', 'Newark, NJ 07199')],
 'CN': [('义乌市星禾日用品有限公司', '浙江省义乌市虚构路88号', '322000'), ('深圳市启帆电子科技有限公司', '广东省深圳市宝安区假想街道12号', '518000')],
 'JP': [('株式会社さくら雑貨商会', '大阪府大阪市中央区架空町1-2-3', '〒541-0000'), ('有限会社みなと工芸', '愛知県名古屋市港区想像通4-5', '〒455-0000')],
}
BUYERS = {
 'FR': [('SAS Maison Alizé', '8 quai Fictif', '69009 Lyon'), ('EURL Kerlann Boutique', '27 rue de la Lande Grise', '29200 Brest'),
        ('SARL Les Petits Riens de Tassin', '4 avenue du Point-du-Jour Bis', '69160 Tassin'), ('SAS Novaluma Commerce', '61 cours Émile-Zola Ter', '69100 Villeurbanne')],
 'ES': [('Novadeco Online S.L.', 'C/ Mar Imaginario 14', '46011 Valencia'), ('Tienda Ribazo S.L.', 'Avda. Sin Nombre 2', '50012 Zaragoza')],
 'IT': [('Casa Brezza S.r.l.s.', 'Via delle Rondini 9', '20135 Milano'), ('Bottega Ortensia di Luca Ferri', 'Piazza Immaginaria 3', '10121 Torino')],
 'BE': [('Vanhove Trading BV', 'Molenstraat 101', '9300 Aalst'), ('Maison Delcorde SRL', 'Rue des Alouettes Perdues 5', '5000 Namur')],
 'DE': [('Lichtblick Versandhandel UG', 'Kastanienallee 3', '50667 Köln')],
 'PL': [('Sklep Malwa Online Sp. z o.o.', 'ul. Nieistniejąca 7', '00-950 Warszawa')],
 'GB': [('Thistle & Thimble Ltd', '12 Makebelieve Road', 'Glasgow G2 9XX')],
}

def taxid(cc):
    return {'FR': 'FR' + digits(2) + digits(9), 'ES': 'B' + digits(8), 'ESP': digits(8) + R.choice('ABCDEFGHJKLMN'), 'IT': 'IT' + digits(11),
            'BE': 'BE0' + digits(3) + '.' + digits(3) + '.' + digits(3), 'DE': 'DE' + digits(9), 'PL': digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(2),
            'GB': 'GB' + digits(3) + ' ' + digits(4) + ' ' + digits(2), 'US': 'EIN ' + digits(2) + '-' + digits(7), 'CN': '91330782' + digits(10),
            'JP': 'T' + digits(13)}[cc]

BUYERS['CN'] = [('宁波远帆进出口有限公司', '浙江省宁波市海曙区虚拟大道66号', '315000'), ('杭州禾木贸易有限公司', '浙江省杭州市滨江区想象路9号', '310000')]
BUYERS['JP'] = [('株式会社ひかり物販', '東京都台東区架空橋2-8-1', '〒110-0000')]

# ---------------------------------------------------------------- profiles
P = {
 'fr_sarl': dict(lang='fr', sup='FR', buy='FR', cur='EUR', ns='fr', dates=['long_fr', 'dmy/'], rates=[20, 20, 20, 5.5, 10], cfmt='{} €'),
 'fr_ae':   dict(lang='fr', sup='FR_AE', buy='FR', cur='EUR', ns='fr', dates=['dmy/', 'long_fr'], rates=None, cfmt='{} €',
                 mention='TVA non applicable, art. 293 B du CGI'),
 'es_sl':   dict(lang='es', sup='ES', buy='ES', cur='EUR', ns='de', dates=['dmy/', 'long_es'], rates=[21, 21, 10, 4], cfmt='{} €'),
 'es_pro':  dict(lang='es', sup='ES_PRO', buy='ES', cur='EUR', ns='de', dates=['dmy/'], rates=[21], cfmt='{} €', irpf=15, service=True),
 'it':      dict(lang='it', sup='IT', buy='IT', cur='EUR', ns='de', dates=['dmy/'], rates=[22, 22, 10, 4], cfmt='€ {}'),
 'be_fr':   dict(lang='fr', sup='BE_FR', buy='BE', cur='EUR', ns='de', dates=['dmy/', 'long_fr'], rates=[21, 21, 6], cfmt='{} €', cc='BE'),
 'be_nl':   dict(lang='nl', sup='BE_NL', buy='BE', cur='EUR', ns='de', dates=['dmy-', 'dmy/'], rates=[21, 21, 6], cfmt='€ {}', cc='BE'),
 'de_dom':  dict(lang='de', sup='DE', buy='DE', cur='EUR', ns='de', dates=['dmy.', 'long_de'], rates=[19, 19, 7], cfmt='{} €'),
 'de_rc':   dict(lang='de', sup='DE', buy='FR', cur='EUR', ns='de', dates=['dmy.'], rates=[0], cfmt='{} €',
                 mention='Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 MwStSystRL). Innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. 1b UStG.'),
 'pl_dom':  dict(lang='pl', sup='PL', buy='PL', cur='PLN', ns='pl', dates=['iso', 'dmy.'], rates=[23, 23, 8], cfmt='{} zł'),
 'pl_wdt':  dict(lang='pl', sup='PL', buy='FR', cur='EUR', ns='pl', dates=['iso'], rates=[0], cfmt='{} EUR',
                 mention='WDT - wewnątrzwspólnotowa dostawa towarów, stawka 0% (art. 42 ustawy o VAT).'),
 'en_gb':   dict(lang='en', sup='GB', buy='GB', cur='GBP', ns='en', dates=['long_en', 'dmy/'], rates=[20], cfmt='£{}'),
 'en_us':   dict(lang='en', sup='US', buy='FR', cur='USD', ns='en', dates=['mdy/'], rates=None, cfmt='{} USD', notax_label=True),
 'zh':      dict(lang='zh', sup='CN', buy='CN', cur='CNY', ns='en', dates=['cjk'], rates=[13], cfmt='¥{}'),
 'ja':      dict(lang='ja', sup='JP', buy='JP', cur='JPY', ns='en', dates=['cjk', 'ymd/'], rates=[10, 10, 8], cfmt='¥{}', dec=0),
}

CN_DIG = '零壹贰叁肆伍陆柒捌玖'
def cn_upper(v):
    v = q2(v); yuan = int(v); jf = int((v - yuan) * 100)
    units = ['', '拾', '佰', '仟']
    def four(n):
        s = ''; zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0: zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += CN_DIG[d] + units[i]
        return s
    parts = ''
    wan, rest = divmod(yuan, 10000)
    if wan: parts += four(wan) + '万'
    if rest:
        if wan and rest < 1000: parts += '零'
        parts += four(rest)
    parts = (parts or '零') + '圆'
    j, f = divmod(jf, 10)
    if jf == 0: parts += '整'
    else: parts += (CN_DIG[j] + '角' if j else '零') + (CN_DIG[f] + '分' if f else '')
    return parts

def pick(cc, pool):
    n, a, c = R.choice(pool[cc])
    return dict(name=n, addr=a, city=c)

def make_doc(pname, doc_type='invoice', n_items=None, opts=None):
    opts = opts or {}
    p = P[pname]; lang = p['lang']; t = T[lang]; dec = p.get('dec', 2)
    sup = pick(p['sup'], SUPPLIERS)
    buy = pick(p['buy'], BUYERS)
    supcc = {'FR_AE': 'FR', 'ES_PRO': 'ESP', 'BE_FR': 'BE', 'BE_NL': 'BE'}.get(p['sup'], p['sup'])
    buycc = p['buy']
    sup['taxid'] = taxid(supcc); buy['taxid'] = taxid(buycc if buycc != 'ES' else 'ES')
    if p['sup'] in ('FR', 'FR_AE'): sup['regid'] = digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(5)
    d = date(2025, 1, 1) + timedelta(days=R.randint(0, 480))
    dstyle = R.choice(p['dates'])
    rates = p['rates']
    n = n_items or R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    q = (lambda x: D(x).quantize(D('1'), rounding=ROUND_HALF_UP)) if dec == 0 else q2
    fx = {'EUR': 1, 'PLN': 4.3, 'GBP': 0.85, 'USD': 1.1, 'CNY': 7.8, 'JPY': 160}[p['cur']]
    lines = []
    prods = R.sample(PRODUCTS[:-1], min(n, 12)) if not p.get('service') else [PRODUCTS[-1]]
    while len(prods) < n: prods.append(R.choice(PRODUCTS[:-1]))
    for i, pr in enumerate(prods):
        desc = pr[LANG_IDX[lang]]
        if n > 12: desc = desc + ' / V%02d' % (i + 1)
        base = pr[9] * fx * R.uniform(0.8, 1.3)
        unit = q(base) if dec == 0 else q2(base)
        qty = R.choice([1, 2, 5, 10, 12, 20, 24, 36, 48, 50, 60, 100, 120, 200]) if not p.get('service') else R.choice([1, 2, 3])
        disc = R.choice([0, 0, 0, 0, 5, 10]) if opts.get('line_disc') else 0
        rate = R.choice(rates) if rates else None
        if rates and lang == 'fr' and rate == 5.5: desc = 'Livre jeunesse cartonné' if R.random() < .5 else 'Thé vert bio en vrac 250 g'
        if credit := (doc_type == 'credit_note'): qty = -min(qty, 10)
        amt = q(D(qty) * unit * (1 - D(disc) / 100))
        lines.append(dict(ref=R.choice('ABCDEFGHKLMNPRSTVX') + R.choice('ABCDEFGHKLMNPRSTVX') + '-' + digits(4), desc=desc, qty=qty, unit=unit, disc=disc, rate=rate, amt=amt))
    sub = sum((l['amt'] for l in lines), D(0))
    gd_pct = opts.get('gdisc', 0)
    gdisc = q(sub * D(gd_pct) / 100) if gd_pct else D(0)
    ship = q(D(opts['ship']) * D(fx)) if opts.get('ship') else D(0)
    bases = {}
    for l in lines:
        bases[l['rate']] = bases.get(l['rate'], D(0)) + l['amt']
    if gdisc and bases:
        # proportional split of global discount over rates
        keys = list(bases); rem = gdisc
        for k in keys[:-1]:
            part = q(gdisc * bases[k] / sub); bases[k] -= part; rem -= part
        bases[keys[-1]] -= rem
    if ship:
        k = rates[0] if rates else None
        bases[k] = bases.get(k, D(0)) + ship
    net = sub - gdisc + ship
    taxes = []
    for r in sorted(bases, key=lambda x: -(x or 0)):
        if r is None: continue
        v = q(bases[r] * D(str(r)) / 100) if dec == 2 else (bases[r] * D(str(r)) / 100).quantize(D('1'), rounding='ROUND_FLOOR')
        taxes.append((r, bases[r], v))
    re_ = []
    if opts.get('re'):
        REQ = {21: D('5.2'), 10: D('1.4'), 4: D('0.5')}
        for r, b, v in taxes:
            re_.append((REQ[r], b, q2(b * REQ[r] / 100)))
    irpf = q2(net * D(p['irpf']) / 100) if p.get('irpf') else D(0)
    total = net + sum((x[2] for x in taxes), D(0)) + sum((x[2] for x in re_), D(0)) - irpf
    deposit = q(total * D(opts['deposit']) / 100) if opts.get('deposit') else D(0)
    doc = dict(profile=pname, lang=lang, doc_type=doc_type, sup=sup, buy=buy, date=d, dstyle=dstyle, cur=p['cur'], ns=p['ns'], dec=dec,
               cfmt=p['cfmt'], lines=lines, sub=sub, gdisc=gdisc, gd_pct=gd_pct, ship=ship, net=net, taxes=taxes, re=re_, irpf=irpf,
               irpf_pct=p.get('irpf'), total=total, deposit=deposit, mention=p.get('mention'), arith=None,
               number=opts.get('number') or make_number(lang, d, doc_type))
    if opts.get('arith'):
        inject_error(doc, opts['arith'])
    doc['view'] = build_view(doc)
    return doc

def make_number(lang, d, dt):
    pre = {'invoice': {'fr': 'FA', 'es': 'F', 'it': '', 'nl': 'F', 'de': 'RE', 'pl': 'FV', 'en': 'INV-', 'zh': '', 'ja': 'INV'}.get(lang, 'F'),
           'credit_note': 'AV', 'proforma': 'PF', 'receipt': 'T', 'purchase_order': 'PO', 'quotation': 'DV', 'delivery_note': 'BL',
           'packing_list': 'PL', 'other': 'X'}.get(dt, 'F')
    if lang == 'zh': return digits(8)
    if lang == 'it' and dt == 'invoice': return '%d/%s' % (R.randint(1, 400), d.year)
    if lang == 'pl' and dt == 'invoice': return 'FV/%d/%02d/%d' % (R.randint(1, 300), d.month, d.year)
    return '%s%d-%04d' % (pre, d.year, R.randint(1, 2999)) if R.random() < .6 else '%s%s%s' % (pre, str(d.year)[2:], digits(5))

def inject_error(doc, kind):
    """Deliberate arithmetic mistake on a genuine-looking file; printed values stay as computed here."""
    doc['arith'] = kind
    if kind == 'line':          # one line amount printed with wrong value (qty*unit mismatch), totals left as computed from real values
        l = doc['lines'][0]; l['amt_printed'] = l['amt'] + (D(10) if doc['dec'] == 0 else D('10.00'))
    elif kind == 'vat':         # VAT amount wrong, total consistent with wrong VAT
        r, b, v = doc['taxes'][0]; nv = v + D('1.00') if doc['dec'] else v + 100
        doc['taxes'][0] = (r, b, nv); doc['total'] += nv - v
    elif kind == 'total':       # grand total off (digit slip)
        doc['total'] += D('9.00') if doc['dec'] else D(90)
    elif kind == 'sum':         # subtotal mis-added, VAT/total computed from the wrong subtotal
        doc['sub'] += D('20.00') if doc['dec'] else D(200)
        doc['net'] += D('20.00') if doc['dec'] else D(200)

SUBT = {'fr': 'Sous-total', 'es': 'Suma', 'it': 'Totale merce', 'nl': 'Subtotaal', 'de': 'Zwischensumme', 'pl': 'Suma', 'en': 'Subtotal', 'zh': '小计', 'ja': '小計'}
NOTAX = {'fr': 'Total net', 'en': 'Total', 'es': 'Total', 'de': 'Gesamtbetrag', 'pl': 'Razem', 'it': 'Totale', 'nl': 'Totaal', 'zh': '合计', 'ja': '合計'}
EXTRA = {  # extra column names for non-invoices
 'fr': ('Qté commandée', 'Qté livrée'), 'es': ('Cant. pedida', 'Cant. servida'), 'it': ('Q.tà ordinata', 'Q.tà consegnata'),
 'nl': ('Besteld', 'Geleverd'), 'de': ('Bestellt', 'Geliefert'), 'pl': ('Zamówiono', 'Wydano'), 'en': ('Ordered', 'Shipped'),
 'zh': ('订购数量', '实发数量'), 'ja': ('注文数', '納品数')}

def money(doc, v, sym=True):
    s = fmtnum(v, doc['ns'], doc['dec'])
    return doc['cfmt'].format(s) if sym else s

def fmt_rate(r, lang):
    s = ('%g' % r)
    return (s.replace('.', ',') if lang not in ('en', 'zh', 'ja') else s) + '%'

def build_view(doc):
    lang = doc['lang']; t = T[lang]; dt = doc['doc_type']; m = lambda v: money(doc, v); mn = lambda v: money(doc, v, False)
    v = dict(lang=lang, title=t[dt] if dt in t else t['invoice'], number=doc['number'], date_str=fmtdate(doc['date'], doc['dstyle']))
    if lang == 'ja' and dt == 'invoice' and R.random() < .5: v['title'] = '御請求書'
    if dt == 'invoice' and doc['profile'] in ('en_us',) : v['title'] = R.choice(['INVOICE', 'COMMERCIAL INVOICE'])
    sup, buy = doc['sup'], doc['buy']
    def block(p, full=True):
        out = [p['name'], p['addr'], p['city']]
        if p.get('taxid'): out.append(f"{t['taxid']} : {p['taxid']}" if lang == 'fr' else f"{t['taxid']}: {p['taxid']}")
        if full and p.get('regid'): out.append(f"{t['regid']} : {p['regid']}")
        return out
    if dt == 'purchase_order':
        v['issuer'], v['recipient'], v['rec_label'] = block(buy), block(sup, False), t['supplier']
    else:
        v['issuer'], v['recipient'], v['rec_label'] = block(sup), block(buy, False), t['buyer']
    nolabel = t['no'] if dt in ('invoice',) else {'fr': 'N°', 'en': 'No.', 'de': 'Nr.'}.get(lang, t['no'])
    v['meta'] = [(nolabel, doc['number']), (t['date'], v['date_str'])]
    if dt in ('invoice', 'proforma') and lang not in ('zh',):
        v['meta'].append((t['due'], fmtdate(doc['date'] + timedelta(days=30), doc['dstyle'])))
    if R.random() < .5 and dt != 'other':
        v['meta'].append((t['order'], 'CMD-' + digits(6) if lang == 'fr' else digits(7)))
    rows = []; aligns = []
    has_disc = any(l['disc'] for l in doc['lines']); has_rate = bool(doc['taxes']) and len({l['rate'] for l in doc['lines']}) > 1
    priced = dt not in ('packing_list', 'delivery_note')
    if dt == 'packing_list':
        head = [t['ref'], t['desc'], t['qty'], t['cartons'], t['weight'] + ' (kg)']; aligns = 'llrrr'
        tot_c = 0; tot_w = 0.0
        for l in doc['lines']:
            c = max(1, l['qty'] // 12); w = round(c * R.uniform(2, 9), 1); tot_c += c; tot_w += w
            rows.append([l['ref'], l['desc'], str(l['qty']), str(c), ('%.1f' % w).replace('.', ',' if doc['ns'] != 'en' else '.')])
        v['totals'] = [(t['cartons'], str(tot_c), True), (t['weight'], ('%.1f kg' % tot_w).replace('.', ',' if doc['ns'] != 'en' else '.'), True)]
        v['total_str'] = None
    elif dt == 'delivery_note':
        head = [t['ref'], t['desc'], EXTRA[lang][0], EXTRA[lang][1]]; aligns = 'llrr'
        for l in doc['lines']:
            rows.append([l['ref'], l['desc'], str(l['qty']), str(l['qty'])])
        v['totals'] = []; v['total_str'] = None
    elif dt == 'other':
        head = [t['ref'], t['desc'], t['unit']]; aligns = 'llr'
        for l in doc['lines']:
            rows.append([l['ref'], l['desc'], m(l['unit'])])
        v['totals'] = []; v['total_str'] = None
    else:
        head = [t['ref'], t['desc'], t['qty'], t['unit']] + ([t['disc']] if has_disc else []) + ([t['rate']] if has_rate else []) + [t['amount']]
        aligns = 'llrr' + ('r' if has_disc else '') + ('r' if has_rate else '') + 'r'
        for l in doc['lines']:
            r = [l['ref'], l['desc'], str(l['qty']), mn(l['unit'])]
            if has_disc: r.append(fmt_rate(l['disc'], lang) if l['disc'] else '')
            if has_rate: r.append(fmt_rate(l['rate'], lang))
            r.append(mn(l.get('amt_printed', l['amt'])))
            rows.append(r)
        tots = []
        if doc['gdisc'] or doc['ship']:
            tots.append((SUBT[lang], m(doc['sub']), False))
            if doc['gdisc']: tots.append((f"{t['gdisc']} {fmt_rate(doc['gd_pct'], lang)}", m(-doc['gdisc']), False))
            if doc['ship']: tots.append((t['shipping'], m(doc['ship']), False))
        if doc['taxes'] or doc['irpf']:
            tots.append((t['net'], m(doc['net']), False))
            many = len(doc['taxes']) > 1
            for r, b, tv in doc['taxes']:
                lab = f"{t['vat']} {fmt_rate(r, lang)}" + (f" ({t['base']} {mn(b)})" if many else '')
                tots.append((lab, m(tv), False))
            for r, b, tv in doc['re']:
                tots.append((f"{t['re']} {fmt_rate(r, lang)}", m(tv), False))
            if doc['irpf']:
                tots.append((f"{t['irpf']} {fmt_rate(doc['irpf_pct'], lang)}", m(-doc['irpf']), False))
            tots.append((t['total'], m(doc['total']), True))
        else:
            if doc['gdisc'] or doc['ship'] or True:
                tots.append((NOTAX[lang] if lang != 'fr' or doc['profile'] != 'fr_ae' else 'Total à payer', m(doc['total']), True))
        if doc['deposit']:
            tots.append((t['deposit'], m(-doc['deposit']), False))
            tots.append((t['topay'], m(doc['total'] - doc['deposit']), True))
        v['totals'] = tots
        v['total_str'] = m(doc['total'])
        v['total_num'] = mn(doc['total'])
    v['head'], v['rows'], v['aligns'] = head, rows, aligns
    notes = []
    if doc.get('mention'): notes.append(doc['mention'])
    if dt in ('invoice', 'proforma') and t.get('pay'): notes.append(t['pay'])
    if dt == 'invoice' and lang == 'fr' and doc['profile'] != 'fr_ae' and R.random() < .7: notes.append(t['late'])
    if dt == 'quotation': notes.append(t['valid'])
    if dt == 'invoice' and lang in ('fr', 'es', 'it', 'nl', 'de', 'en', 'pl') and R.random() < .6:
        notes.append('IBAN ' + {'fr': 'FR76', 'es': 'ES91', 'it': 'IT60', 'nl': 'BE68', 'de': 'DE89', 'pl': 'PL61', 'en': 'GB29'}[lang] + ' ' + ' '.join(digits(4) for _ in range(5)))
    if lang == 'zh' and dt in ('invoice', 'tax_invoice'):
        notes.append(f"{t['total']}（大写）{cn_upper(doc['total'])}   （小写）{m(doc['total'])}")
    v['notes'] = notes
    v['buyer_name'] = buy['name']; v['supplier_name'] = sup['name']
    return v

# ---------------------------------------------------------------- HTML producers (Chromium / WeasyPrint)
def esc(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

HTML_STYLES = {
 'modern': """@page{size:A4;margin:16mm 14mm} body{font-family:%(font)s;font-size:9.5pt;color:#222}
  .top{display:flex;justify-content:space-between;border-bottom:3px solid %(acc)s;padding-bottom:8px}
  .logo{font-size:17pt;font-weight:bold;color:%(acc)s} h1{font-size:20pt;letter-spacing:2px;color:%(acc)s;margin:0}
  .meta td{padding:1px 8px 1px 0} .parties{display:flex;justify-content:space-between;margin:18px 0}
  .box{width:46%%} .rec{background:#f3f5f7;padding:8px;border-radius:4px} .lab{font-size:8pt;color:#777;text-transform:uppercase}
  table.items{width:100%%;border-collapse:collapse;margin-top:8px} .items th{background:%(acc)s;color:#fff;padding:5px;font-weight:normal;text-align:left}
  .items td{padding:4px 5px;border-bottom:1px solid #ddd;white-space:nowrap} .items td.d{white-space:normal}
  .r{text-align:right!important} table.tot{margin-left:auto;margin-top:10px;min-width:45%%} .tot td{padding:3px 6px} .b td{font-weight:bold;border-top:2px solid %(acc)s;font-size:11pt}
  .notes{margin-top:22px;font-size:8pt;color:#555} .foot{margin-top:30px;font-size:7pt;color:#999;text-align:center}""",
 'classic': """@page{size:A4;margin:20mm 18mm} body{font-family:%(font)s;font-size:10pt}
  h1{text-align:right;font-size:16pt;margin:0 0 10px 0;border:1px solid #000;padding:4px 10px;display:inline-block;float:right}
  .logo{font-size:14pt;font-weight:bold;font-variant:small-caps} .top:after{content:'';display:block;clear:both}
  .parties{margin-top:14px;overflow:hidden} .box{float:left;width:48%%} .rec{float:right;border:1px solid #000;padding:8px;margin-top:10px}
  .lab{font-style:italic;font-size:8.5pt} table.meta{border-collapse:collapse;margin:12px 0} .meta td{border:1px solid #000;padding:3px 8px}
  table.items{width:100%%;border-collapse:collapse;margin-top:14px} .items th,.items td{border:1px solid #000;padding:3px 5px} .items th{background:#e6e6e6}
  .r{text-align:right} table.tot{margin-left:auto;border-collapse:collapse;margin-top:8px} .tot td{border:1px solid #000;padding:3px 8px}
  .b td{font-weight:bold;background:#eee} .notes{margin-top:18px;font-size:8.5pt} .foot{position:fixed;bottom:0;font-size:7.5pt;width:100%%;text-align:center}""",
 'portal': """@page{size:A4;margin:10mm 12mm} body{font-family:%(font)s;font-size:9pt;color:#333}
  .bar{background:%(acc)s;color:#fff;padding:6px 10px;font-size:8pt;margin-bottom:12px} .logo{font-size:15pt;color:%(acc)s;font-weight:bold}
  h1{font-size:13pt;margin:10px 0 4px 0} .top{} .parties{display:flex;gap:30px;margin:10px 0} .box{flex:1;border-top:1px solid #ccc;padding-top:6px}
  .lab{font-weight:bold;font-size:8pt;color:%(acc)s} table.meta td{padding:1px 12px 1px 0}
  table.items{width:100%%;border-collapse:collapse;margin-top:10px;font-size:8.5pt} .items th{border-bottom:2px solid #333;text-align:left;padding:4px}
  .items tr:nth-child(even) td{background:#f6f6f6} .items td{padding:3px 4px} .r{text-align:right!important}
  table.tot{margin-left:auto;margin-top:6px} .tot td{padding:2px 8px} .b td{font-weight:bold;font-size:10.5pt;background:#eef}
  .notes{margin-top:14px;font-size:7.5pt} .foot{margin-top:20px;font-size:7pt;color:#888;border-top:1px solid #ccc;padding-top:4px}""",
}

def render_html(doc, style):
    v = doc['view']; lang = v['lang']
    font = "'WenQuanYi Micro Hei',sans-serif" if lang in ('zh', 'ja') else ("'DejaVu Serif',serif" if style == 'classic' else "'DejaVu Sans',sans-serif")
    acc = R.choice(['#1f4e79', '#2e7d32', '#8e244d', '#c0561b', '#37474f', '#5b3f99'])
    css = HTML_STYLES[style] % dict(font=font, acc=acc)
    h = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s %s</title><style>%s</style></head><body>' % (lang, esc(v['title']), esc(v['number']), css)]
    if style == 'portal':
        portal = R.choice(['Espace client', 'Área de clientes', 'Area riservata', 'Klantenportaal', 'Kundenportal', 'Customer portal', '客户中心', 'お客様ポータル'])
        h.append('<div class="bar">%s · %s · %s</div>' % (esc(portal), esc(v['issuer'][0]), esc(v['number'])))
    h.append('<div class="top"><div><div class="logo">%s</div>%s</div><div><h1>%s</h1><table class="meta">%s</table></div></div>' % (
        esc(v['issuer'][0]), '<br>'.join(esc(x) for x in v['issuer'][1:]), esc(v['title']),
        ''.join('<tr><td>%s</td><td><b>%s</b></td></tr>' % (esc(a), esc(b)) for a, b in v['meta'])))
    h.append('<div class="parties"><div class="box"></div><div class="box rec"><div class="lab">%s</div>%s</div></div>' % (
        esc(v['rec_label']), '<br>'.join(('<b>%s</b>' if i == 0 else '%s') % esc(x) for i, x in enumerate(v['recipient']))))
    h.append('<table class="items"><thead><tr>%s</tr></thead><tbody>' % ''.join(
        '<th class="%s">%s</th>' % ('r' if a == 'r' else '', esc(c)) for c, a in zip(v['head'], v['aligns'])))
    for row in v['rows']:
        h.append('<tr>%s</tr>' % ''.join('<td class="%s">%s</td>' % ('r' if a == 'r' else ('d' if i == 1 else ''), esc(c)) for i, (c, a) in enumerate(zip(row, v['aligns']))))
    h.append('</tbody></table>')
    if v['totals']:
        h.append('<table class="tot">%s</table>' % ''.join('<tr class="%s"><td>%s</td><td class="r">%s</td></tr>' % ('b' if b else '', esc(a), esc(c)) for a, c, b in v['totals']))
    h.append('<div class="notes">%s</div>' % '<br>'.join(esc(n) for n in v['notes']))
    h.append('<div class="foot">%s</div></body></html>' % esc(' – '.join(v['issuer'])))
    return ''.join(h)

def produce_chromium(doc, out, style):
    hp = os.path.join(TMP, os.path.basename(out) + '.html')
    open(hp, 'w').write(render_html(doc, style))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
                    '--print-to-pdf=' + out, 'file://' + hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def produce_weasy(doc, out, style):
    import weasyprint
    weasyprint.HTML(string=render_html(doc, style)).write_pdf(out)

# ---------------------------------------------------------------- ReportLab producer (direct canvas drawing)
_RL = {}
def rl_font(lang, bold=False):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if lang == 'zh':
        if 'zh' not in _RL: pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light')); _RL['zh'] = 1
        return 'STSong-Light'
    if lang == 'ja':
        if 'ja' not in _RL: pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5')); _RL['ja'] = 1
        return 'HeiseiKakuGo-W5'
    if lang == 'pl':
        if 'pl' not in _RL:
            pdfmetrics.registerFont(TTFont('DV', FONT_DV)); pdfmetrics.registerFont(TTFont('DVB', FONT_DVB)); _RL['pl'] = 1
        return 'DVB' if bold else 'DV'
    return 'Helvetica-Bold' if bold else 'Helvetica'

def produce_reportlab(doc, out, variant=0):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    v = doc['view']; lang = v['lang']
    size = letter if doc['profile'] == 'en_us' else A4
    W, H = size
    c = canvas.Canvas(out, pagesize=size, pageCompression=R.choice([0, 1]))
    c.setAuthor(v['issuer'][0]); c.setTitle('%s %s' % (v['title'], v['number']))
    f, fb = rl_font(lang), rl_font(lang, True)
    L = 40 if variant else 50
    sw = c.stringWidth
    def header(pg):
        y = H - 50
        if variant == 0:
            c.setFillColorRGB(.15, .25, .45); c.rect(0, H - 80, W, 80, stroke=0, fill=1); c.setFillColorRGB(1, 1, 1)
            c.setFont(fb, 16); c.drawString(L, H - 45, v['issuer'][0])
            c.setFont(f, 8); c.drawString(L, H - 60, ' · '.join(v['issuer'][1:3]))
            c.setFont(fb, 18); c.drawRightString(W - L, H - 45, v['title'])
            c.setFillColorRGB(0, 0, 0); y = H - 100
        else:
            c.setFont(fb, 13); c.drawString(L, y, v['issuer'][0]); c.setFont(f, 8.5)
            for i, x in enumerate(v['issuer'][1:]): c.drawString(L, y - 12 - 10 * i, x)
            c.setFont(fb, 15); c.drawRightString(W - L, y, v['title']); y -= 70
            c.line(L, y + 8, W - L, y + 8)
        c.setFont(f, 7.5); c.drawRightString(W - L, 25, '%s %d' % (T[lang]['page'], pg))
        return y
    y = header(1)
    c.setFont(f, 9)
    for i, (a, b) in enumerate(v['meta']):
        c.drawString(L, y - 12 * i, a + ' :' if lang == 'fr' else a + ':'); c.drawString(L + 95, y - 12 * i, b)
    rx = W / 2 + 20
    c.setFont(f, 7.5); c.drawString(rx, y + 4, v['rec_label'])
    c.setFont(fb, 10); c.drawString(rx, y - 10, v['recipient'][0]); c.setFont(f, 9)
    for i, x in enumerate(v['recipient'][1:]): c.drawString(rx, y - 23 - 11 * i, x)
    if variant == 0 and 1:
        c.setFont(f, 8)
        for i, x in enumerate(v['issuer'][3:]): c.drawString(L, y - 12 * len(v['meta']) - 4 - 10 * i, x)
    y -= 85
    # column geometry
    ncol = len(v['head']); avail = W - 2 * L
    widths = {3: [70, avail - 140, 70], 4: [70, avail - 190, 60, 60], 5: [60, avail - 230, 45, 60, 65]}
    ws = widths.get(ncol) or ([55, avail - 55 - 60 * (ncol - 2) + 0] + [60] * (ncol - 2))
    if ncol >= 6: ws = [52, avail - 52 - 52 * (ncol - 3) - 70] + [52] * (ncol - 3) + [70]
    xs = [L]
    for w in ws[:-1]: xs.append(xs[-1] + w)
    def table_head(y):
        c.setFillColorRGB(.88, .9, .93) if variant == 0 else c.setFillColorRGB(1, 1, 1)
        c.rect(L, y - 4, avail, 15, stroke=variant, fill=1); c.setFillColorRGB(0, 0, 0); c.setFont(fb, 8)
        for x, w, h, a in zip(xs, ws, v['head'], v['aligns']):
            (c.drawRightString(x + w - 3, y, h) if a == 'r' else c.drawString(x + 3, y, h))
        return y - 16
    y = table_head(y); c.setFont(f, 8.5); pg = 1
    for row in v['rows']:
        if y < 90:
            c.showPage(); pg += 1; y = header(pg) - 10; y = table_head(y); c.setFont(f, 8.5)
        for x, w, cell, a in zip(xs, ws, row, v['aligns']):
            while sw(cell, f, 8.5) > w - 4 and len(cell) > 4: cell = cell[:-2]
            (c.drawRightString(x + w - 3, y, cell) if a == 'r' else c.drawString(x + 3, y, cell))
        if variant: c.setStrokeColorRGB(.8, .8, .8); c.line(L, y - 4, W - L, y - 4); c.setStrokeColorRGB(0, 0, 0)
        y -= 14
    y -= 8
    need = 16 * len(v['totals']) + 14 * len(v['notes']) + 20
    if y - need < 40:
        c.showPage(); pg += 1; y = header(pg) - 10
    for a, b, bold in v['totals']:
        c.setFont(fb if bold else f, 10 if bold else 9)
        c.drawRightString(W - L - 100, y, a); c.drawRightString(W - L - 3, y, b)
        if bold: c.line(W - L - 230, y + 11, W - L, y + 11)
        y -= 15
    y -= 12; c.setFont(f, 7.5)
    for n in v['notes']:
        while sw(n, f, 7.5) > avail:
            cut = n.rfind(' ', 0, int(len(n) * avail / sw(n, f, 7.5)))
            c.drawString(L, y, n[:cut]); y -= 10; n = n[cut + 1:]
        c.drawString(L, y, n); y -= 10
    c.showPage(); c.save()

def produce_receipt(doc, out):
    """Thermal-receipt look, 80 mm wide, ReportLab."""
    from reportlab.pdfgen import canvas
    v = doc['view']; lang = v['lang']; f, fb = rl_font(lang), rl_font(lang, True)
    W = 80 * 72 / 25.4; H = 260 + 24 * len(v['rows']) + 14 * len(v['totals'])
    c = canvas.Canvas(out, pagesize=(W, H)); y = H - 20
    c.setFont(fb, 10); c.drawCentredString(W / 2, y, v['issuer'][0]); y -= 12; c.setFont(f, 7)
    for x in v['issuer'][1:]: c.drawCentredString(W / 2, y, x); y -= 9
    y -= 6; c.setFont(fb, 9); c.drawCentredString(W / 2, y, v['title']); y -= 14; c.setFont(f, 7.5)
    for a, b in v['meta'][:2]: c.drawString(8, y, a); c.drawRightString(W - 8, y, b); y -= 10
    c.drawString(8, y, v['rec_label'] + ': ' + v['recipient'][0]); y -= 8
    c.setDash(2, 2); c.line(8, y, W - 8, y); y -= 12
    for row in v['rows']:
        c.drawString(8, y, row[1][:34]); y -= 10
        c.drawString(16, y, '%s x %s' % (row[2], row[3])); c.drawRightString(W - 8, y, row[-1]); y -= 12
    c.line(8, y + 4, W - 8, y + 4); y -= 8
    for a, b, bold in v['totals']:
        c.setFont(fb if bold else f, 9 if bold else 7.5); c.drawString(8, y, a); c.drawRightString(W - 8, y, b); y -= 12
    c.setFont(f, 7); y -= 6
    for n in v['notes'][:1]: c.drawString(8, y, n[:48]); y -= 9
    c.drawCentredString(W / 2, y - 10, {'fr': 'Merci de votre visite', 'es': 'Gracias por su compra', 'it': 'Grazie e arrivederci'}.get(lang, 'Thank you'))
    c.showPage(); c.save()

# ---------------------------------------------------------------- fpdf2 producer
def produce_fpdf(doc, out):
    from fpdf import FPDF
    v = doc['view']; lang = v['lang']
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 22)
    pdf.add_font('dv', '', FONT_DV); pdf.add_font('dv', 'B', FONT_DVB)
    pdf.set_creator('FacturX-like fpdf2 export'); pdf.set_title(v['title'] + ' ' + v['number'])
    pdf.add_page(); pdf.set_font('dv', 'B', 15)
    pdf.cell(0, 8, v['issuer'][0], new_x='LMARGIN', new_y='NEXT'); pdf.set_font('dv', '', 8.5)
    for x in v['issuer'][1:]: pdf.cell(0, 4.5, x, new_x='LMARGIN', new_y='NEXT')
    pdf.set_xy(120, 12); pdf.set_font('dv', 'B', 17); pdf.cell(75, 10, v['title'], align='R')
    pdf.set_font('dv', '', 9); yy = 24
    for a, b in v['meta']:
        pdf.set_xy(120, yy); pdf.cell(35, 5, a); pdf.cell(40, 5, b, align='R'); yy += 5
    pdf.set_xy(110, max(yy + 6, 50)); pdf.set_draw_color(120); pdf.set_font('dv', '', 7.5)
    pdf.multi_cell(85, 4, v['rec_label'], new_x='LEFT'); pdf.set_font('dv', 'B', 9.5)
    pdf.multi_cell(85, 5, '\n'.join(v['recipient'][:1]), new_x='LEFT'); pdf.set_font('dv', '', 9)
    pdf.multi_cell(85, 4.6, '\n'.join(v['recipient'][1:]), border=0)
    pdf.ln(10)
    ncol = len(v['head']); avail = 190 - 10
    ws = [22, avail - 22 - 24 * (ncol - 2)] + [24] * (ncol - 2)
    def head():
        pdf.set_font('dv', 'B', 8); pdf.set_fill_color(230, 230, 230)
        for h, w, a in zip(v['head'], ws, v['aligns']): pdf.cell(w, 6, h, border=1, fill=True, align='R' if a == 'r' else 'L')
        pdf.ln(); pdf.set_font('dv', '', 8)
    head()
    for row in v['rows']:
        if pdf.get_y() > 265: pdf.add_page(); head()
        for cell, w, a in zip(row, ws, v['aligns']):
            while pdf.get_string_width(cell) > w - 2 and len(cell) > 4: cell = cell[:-2]
            pdf.cell(w, 5.5, cell, border='LR', align='R' if a == 'r' else 'L')
        pdf.ln()
    pdf.cell(sum(ws), 0, '', border='T', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
    if pdf.get_y() > 270 - 6 * len(v['totals']): pdf.add_page()
    for a, b, bold in v['totals']:
        pdf.set_font('dv', 'B' if bold else '', 10 if bold else 9)
        pdf.set_x(100); pdf.cell(60, 6, a, align='R'); pdf.cell(35, 6, b, align='R', border='TB' if bold else 0); pdf.ln()
    pdf.ln(6); pdf.set_font('dv', '', 7.5)
    for n in v['notes']: pdf.multi_cell(0, 4, n, new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)

# ---------------------------------------------------------------- LibreOffice: spreadsheet (flat ODS written by hand) and Word (python-docx)
def fods_xml(doc):
    v = doc['view']
    def cell(txt, st=None, span=1):
        a = ' table:style-name="%s"' % st if st else ''
        sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
        return '<table:table-cell office:value-type="string"%s%s><text:p>%s</text:p></table:table-cell>' % (a, sp, esc(txt)) + \
               ('<table:covered-table-cell/>' * (span - 1))
    def row(cells): return '<table:table-row>%s</table:table-row>' % ''.join(cells)
    ncol = len(v['head'])
    rows = [row([cell(v['issuer'][0], 'big', 3)]) ] + [row([cell(x)]) for x in v['issuer'][1:]] + [row([])]
    rows.append(row([cell(v['title'], 'big', 3)]))
    for a, b in v['meta']: rows.append(row([cell(a), cell(b, 'bold')]))
    rows.append(row([])); rows.append(row([cell(v['rec_label'], 'it')]))
    for x in v['recipient']: rows.append(row([cell(''), cell(x)]))
    rows.append(row([]))
    rows.append(row([cell(h, 'hd' if a == 'l' else 'hdr') for h, a in zip(v['head'], v['aligns'])]))
    for r in v['rows']: rows.append(row([cell(x, 'grid' if a == 'l' else 'gridr') for x, a in zip(r, v['aligns'])]))
    rows.append(row([]))
    for a, b, bold in v['totals']:
        rows.append(row([cell(a, 'boldr' if bold else 'right', ncol - 1), cell(b, 'boldr' if bold else 'right')]))
    rows.append(row([]))
    for n in v['notes']: rows.append(row([cell(n, 'small')]))
    colw = ['2.2cm', '7.0cm'] + ['2.3cm'] * (ncol - 2) if ncol > 3 else ['2.6cm', '9cm', '3.2cm']
    cols = ''.join('<table:table-column table:style-name="co%d"/>' % i for i in range(ncol))
    colst = ''.join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties style:column-width="%s"/></style:style>' % (i, w) for i, w in enumerate(colw))
    fontname = 'WenQuanYi Micro Hei' if v['lang'] in ('zh', 'ja') else 'DejaVu Sans'
    def cs(name, extra_text='', extra_cell='', para=''):
        return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/>'
                '<style:paragraph-properties %s/><style:text-properties style:font-name="F1" fo:font-size="%s" %s/></style:style>') % (
                name, extra_cell, para, '8pt' if name in ('small',) else ('14pt' if name == 'big' else '9pt'), extra_text)
    styles = colst + cs('big', 'fo:font-weight="bold"') + cs('bold', 'fo:font-weight="bold"') + cs('boldr', 'fo:font-weight="bold"', '', 'fo:text-align="end"') + \
        cs('right', '', '', 'fo:text-align="end"') + cs('it', 'fo:font-style="italic"') + cs('small') + \
        cs('hd', 'fo:font-weight="bold"', 'fo:background-color="#dddddd" fo:border="0.5pt solid #000000"') + \
        cs('hdr', 'fo:font-weight="bold"', 'fo:background-color="#dddddd" fo:border="0.5pt solid #000000"', 'fo:text-align="end"') + \
        cs('grid', '', 'fo:border="0.5pt solid #000000"') + cs('gridr', '', 'fo:border="0.5pt solid #000000"', 'fo:text-align="end"')
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'%s'"/></office:font-face-decls>
<office:automatic-styles>%s
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:scale-to-X="1"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="%s">%s%s</table:table></office:spreadsheet></office:body></office:document>''' % (
        fontname, styles, esc(v['title'][:30]), cols, ''.join(rows))

def docx_build(doc, path, letter=None):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    v = doc['view']
    d = Document()
    st = d.styles['Normal']; st.font.name = 'WenQuanYi Micro Hei' if v['lang'] in ('zh', 'ja') else R.choice(['DejaVu Sans', 'DejaVu Serif']); st.font.size = Pt(9.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5)
    p = d.add_paragraph(); r = p.add_run(v['issuer'][0]); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph('\n'.join(v['issuer'][1:]))
    rp = d.add_paragraph('\n'.join(v['recipient'])); rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if letter:
        d.add_paragraph(letter['place_date']).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = d.add_paragraph(); p.add_run(letter['subject']).bold = True
        for para in letter['body']: d.add_paragraph(para)
        d.add_paragraph(letter['sign'])
        d.save(path); return
    p = d.add_paragraph(); r = p.add_run(v['title']); r.bold = True; r.font.size = Pt(16)
    mt = d.add_table(rows=0, cols=2)
    for a, b in v['meta']:
        cs = mt.add_row().cells; cs[0].text = a; cs[1].text = b
    d.add_paragraph()
    tb = d.add_table(rows=1, cols=len(v['head'])); tb.style = 'Table Grid'
    for c, h in zip(tb.rows[0].cells, v['head']):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for row in v['rows']:
        cs = tb.add_row().cells
        for c, x, a in zip(cs, row, v['aligns']):
            c.text = x
            if a == 'r': c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    if v['totals']:
        tt = d.add_table(rows=0, cols=2); tt.alignment = 2
        for a, b, bold in v['totals']:
            cs = tt.add_row().cells; cs[0].text = a; cs[1].text = b; cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if bold:
                for c in cs: c.paragraphs[0].runs[0].bold = True
    for n in v['notes']:
        p = d.add_paragraph(n); p.runs[0].font.size = Pt(7.5)
    d.save(path)

def soffice_convert(paths):
    if not paths: return
    subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file://' + TMP + '/lo_profile', '--convert-to', 'pdf', '--outdir', TMP] + paths,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)

# ---------------------------------------------------------------- raster: render, scan, photo, fax
def render_pages(pdf, dpi):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); out = []
    for i in range(len(d)):
        pg = d[i]; out.append((pg.render(scale=dpi / 72).to_pil().convert('RGB'), pg.get_height()))
    d.close(); return out

def scan_image(img, hpt, dpi, rng, gray=True):
    """Copier-scan look. Returns degraded PIL image and geometry so pdf points can be mapped to pixels."""
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    a = np.array(img.convert('L') if gray else img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.6, 1.6); dx, dy = rng.uniform(-12, 12), rng.uniform(-10, 10)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0); M[0, 2] += dx; M[1, 2] += dy
    a = cv2.warpAffine(a, M, (w, h), borderValue=(255,) * 3 if not gray else 255)
    a = a * rng.uniform(.86, .97) + rng.uniform(5, 22)  # grey paper, darker toner
    a = a + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, rng.uniform(3, 9), a.shape)
    if rng.random() < .5:  # scanner edge shadow
        a[:, :int(w * .015)] *= .55
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(.3, .9)))
    f = rng.uniform(.55, .85)
    im = im.resize((int(w * f), int(h * f)), Image.BILINEAR)
    return im, dict(M=M, s=dpi / 72, f=f, hpt=hpt)

def map_pt(geom, x, y):
    px, py = x * geom['s'], (geom['hpt'] - y) * geom['s']
    M = geom['M']
    return ((M[0, 0] * px + M[0, 1] * py + M[0, 2]) * geom['f'], (M[1, 0] * px + M[1, 1] * py + M[1, 2]) * geom['f'])

def map_box(geom, box):
    l, b, r, t = box
    pts = [map_pt(geom, x, y) for x in (l, r) for y in (b, t)]
    return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))

def photo_image(img, rng):
    import numpy as np, cv2
    from PIL import Image
    a = np.array(img)
    h, w = a.shape[:2]
    pad = int(w * .18); H2, W2 = h + 2 * pad, w + 2 * pad
    bg = np.zeros((H2, W2, 3), np.uint8); bg[:] = rng.choice([(92, 70, 52), (140, 128, 112), (60, 62, 70), (180, 170, 150)])
    j = lambda: rng.uniform(-.07, .07) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (W2, H2), borderMode=cv2.BORDER_TRANSPARENT, dst=bg.copy())
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(.2, .8) * W2, rng.uniform(.2, .8) * H2
    light = 1.05 - .45 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2) + rng.uniform(-.1, .05) * (xx / W2)
    out = np.clip(warped.astype(np.float32) * light[..., None] * np.array([1.0, .97, .9]), 0, 255)
    out = out + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), rng.uniform(.5, 1.2))
    im = Image.fromarray(out)
    return im.resize((int(W2 * .6), int(H2 * .6)))

def fax_image(img, rng, header):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    g = img.convert('L'); w, h = g.size
    g = g.resize((w, int(h * rng.choice([.5, 1.0]))))  # standard-resolution fax halves vertical lines
    g = g.resize((w, h))
    a = np.array(g).astype(np.float32) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 25, (h, w))
    bw = Image.fromarray(np.where(a > rng.uniform(150, 190), 255, 0).astype(np.uint8))
    d = ImageDraw.Draw(bw); fnt = ImageFont.truetype(FONT_DV, max(10, int(h / 90)))
    d.text((20, 5), header, fill=0, font=fnt)
    return bw.convert('1')

def find_text(pdf, s, page=None):
    """Boxes (page, (l,b,r,t), [charboxes]) of all occurrences of s, via pdfium text layer."""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); res = []
    variants = [s, s.replace('\u202f', ' '), s.replace('\u00a0', ' ')]
    for i in range(len(d)):
        if page is not None and i != page: continue
        tp = d[i].get_textpage()
        for var in dict.fromkeys(variants):
            se = tp.search(var, match_case=True)
            while True:
                occ = se.get_next()
                if not occ: break
                idx, cnt = occ
                cbs = [tp.get_charbox(k) for k in range(idx, idx + cnt)]
                cb2 = [c for c in cbs if c[2] - c[0] > 0.01]
                if not cb2: continue
                res.append((i, (min(c[0] for c in cb2), min(c[1] for c in cb2), max(c[2] for c in cb2), max(c[3] for c in cb2)), cbs))
            if res: break
    d.close(); return res

# ---------------------------------------------------------------- edits
def pdf_str_variants(s):
    """How a string may sit inside a ReportLab content stream literal (WinAnsi, octal escapes for non-ASCII)."""
    out = [s.encode('latin-1', 'ignore')]
    esc_ = ''.join(ch if ord(ch) < 128 else '\\%03o' % (ch.encode('cp1252')[0]) for ch in s)
    out.append(esc_.encode('ascii'))
    return out

def enc_new(s):
    return ''.join(ch if ord(ch) < 128 else '\\%03o' % (ch.encode('cp1252')[0]) for ch in s).encode('ascii')

def stream_replace(data, pairs):
    n = 0
    for old, new in pairs:
        for ov in pdf_str_variants(old):
            pat = b'(' + ov + b')'
            if pat in data:
                n += data.count(pat); data = data.replace(pat, b'(' + enc_new(new) + b')'); break
    return data, n

def edit_pikepdf_replace(src, dst, pairs):
    import pikepdf
    pdf = pikepdf.open(src); n = 0
    for page in pdf.pages:
        cs = page.obj.Contents
        streams = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
        for st in streams:
            data, k = stream_replace(st.read_bytes(), pairs)
            if k: st.write(data); n += k
    pdf.save(dst); pdf.close()
    return n

def edit_pypdf_incremental(src, dst, pairs):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    w = PdfWriter(src, incremental=True); n = 0
    for page in w.pages:
        data = page.get_contents().get_data()
        data, k = stream_replace(data, pairs)
        if k:
            ns = DecodedStreamObject(); ns.set_data(data)
            page[NameObject('/Contents')] = w._add_object(ns); n += k
    w.add_metadata({'/ModDate': "D:2026%02d%02d1%d3012+01'00'" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 9))})
    with open(dst, 'wb') as fh: w.write(fh)
    return n

def overlay_edit(src, dst, edits, font='Helvetica'):
    """White box over the old text + new text drawn by ReportLab, merged with pypdf. edits: [(old, new, align, occurrence-filter)]"""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(src); n = 0
    per_page = {}
    for old, new, align, filt in edits:
        hits = find_text(src, old)
        if filt: hits = [h for h in hits if filt(h)]
        for pg, box, cbs in hits:
            per_page.setdefault(pg, []).append((box, new, align)); n += 1
    w = PdfWriter(clone_from=rd)
    for pg, items in per_page.items():
        mb = rd.pages[pg].mediabox; buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(float(mb.width), float(mb.height)))
        for (l, b, r, t), new, align in items:
            hgt = t - b; size = max(6, min(16, hgt / 0.72)); c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1.2, b - 1.5, r - l + 2.4, hgt + 3, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
            c.setFont(font, size)
            (c.drawRightString(r, b, new) if align == 'r' else c.drawString(l, b, new))
        c.save(); buf.seek(0)
        w.pages[pg].merge_page(PdfReader(buf).pages[0])
    w.write(dst)
    return n

def resave_pikepdf(path):
    import pikepdf
    tmp = path + '.tmp.pdf'
    with pikepdf.open(path) as p:
        with p.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta['xmp:CreatorTool'] = 'QuickPDF Editor 4.1 (invented)'
        p.docinfo['/Producer'] = 'QuickPDF Editor 4.1'
        p.save(tmp, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
    os.replace(tmp, path)

def bg_fill(im, box):
    from PIL import ImageStat
    l, t, r, b = [int(round(x)) for x in box]
    strip = im.crop((max(0, l - 6), max(0, t - 8), min(im.width, r + 6), max(1, t - 2)))
    try: return tuple(int(x) for x in ImageStat.Stat(strip).median)
    except Exception: return 235

def image_paste_text(im, pix_boxes, new, align, bold=False, jitter=0):
    from PIL import ImageDraw, ImageFont, ImageFilter, Image
    im = im.copy()
    for (l, t, r, b) in pix_boxes:
        hgt = b - t; fill = bg_fill(im, (l, t, r, b))
        fnt = ImageFont.truetype(FONT_DVB if bold else FONT_DV, max(8, int(hgt / 0.73)))
        tw0 = fnt.getlength(new)
        if align == 'r': patch_box = (int(min(l - 3, r - tw0 - 6)), int(t - 3), int(r + 4), int(b + 4))
        else: patch_box = (int(l - 3), int(t - 3), int(max(r + 4, l + tw0 + 6)), int(b + 4))
        patch = Image.new(im.mode, (patch_box[2] - patch_box[0], patch_box[3] - patch_box[1]), fill)
        dr = ImageDraw.Draw(patch); tw = dr.textlength(new, font=fnt)
        ink = 30 if im.mode == 'L' else (30, 30, 30)
        x = (patch.width - 4 - tw) if align == 'r' else 3
        asc = fnt.getbbox('0')[1]
        dr.text((x, 3 - asc + jitter), new, fill=ink, font=fnt)
        patch = patch.filter(ImageFilter.GaussianBlur(.6))
        im.paste(patch, patch_box[:2])
    return im

def image_clone_digits(im, charboxes_pix, src_idx, dst_idx):
    im = im.copy()
    sl, st, sr, sb = [int(round(x)) for x in charboxes_pix[src_idx]]
    dl, dt_, dr, db = [int(round(x)) for x in charboxes_pix[dst_idx]]
    pad = 2
    reg = im.crop((sl - pad, st - pad, sr + pad, sb + pad))
    cx = (dl + dr) // 2 - (sr - sl) // 2
    im.paste(reg, (cx - pad, db - (sb - st) - pad))
    return im

# ---------------------------------------------------------------- plan
NEW_BUYERS = ['SAS Maison Alizé Diffusion', 'Ribazo Commerce SL', 'Brezza Home Srl', 'SARL Kerlann Distribution', 'Novaluma Europe SAS',
              'Lichtblick Handel GmbH', 'Malwa Trade Sp. z o.o.', 'SASU Comptoir du Gier']
NEW_SUPPLIERS = ['SAS Distribution Officielle Marquise', 'Grossiste Agréé Rhône-Alpes SARL', 'Mayorista Oficial Iberia SL', 'Distributore Autorizzato Nord Srl',
                 'Euro Brand Wholesale BV']

def build_plan():
    inv = (['fr_sarl'] * 24 + ['fr_ae'] * 9 + ['es_sl'] * 12 + ['es_pro'] * 4 + ['it'] * 12 + ['be_fr'] * 6 + ['be_nl'] * 8 + ['de_dom'] * 4 +
           ['de_rc'] * 4 + ['pl_dom'] * 4 + ['pl_wdt'] * 2 + ['en_gb'] * 6 + ['en_us'] * 5 + ['zh'] * 6 + ['ja'] * 6)
    specs = []
    for pn in inv:
        dt = 'tax_invoice' if pn == 'zh' else 'invoice'
        specs.append(dict(profile=pn, doc_type=dt))
    # special doc types among invoices
    def setdt(pn, dt, k=1):
        for s in specs:
            if k and s['profile'] == pn and s['doc_type'] in ('invoice',) and not s.get('fixed'):
                s['doc_type'] = dt; s['fixed'] = 1; k -= 1
    setdt('fr_sarl', 'credit_note'); setdt('es_sl', 'credit_note')
    setdt('fr_sarl', 'receipt'); setdt('es_sl', 'receipt'); setdt('it', 'receipt'); setdt('ja', 'receipt')
    nonin = [('fr_sarl', 'purchase_order'), ('en_us', 'purchase_order'), ('fr_ae', 'quotation'), ('it', 'quotation'), ('es_sl', 'delivery_note'),
             ('de_dom', 'delivery_note'), ('zh', 'packing_list'), ('be_nl', 'other'), ('fr_sarl', 'letter'), ('en_gb', 'proforma')]
    for pn, dt in nonin: specs.append(dict(profile=pn, doc_type=dt, fixed=1))
    R.shuffle(specs)
    # producers
    slots = (['chromium'] * 21 + ['weasyprint'] * 19 + ['reportlab'] * 22 + ['fpdf2'] * 16 + ['soffice_calc'] * 10 + ['soffice_docx'] * 9 +
             ['scan_jpeg'] * 6 + ['scan_png'] * 3 + ['scan_pdf'] * 4 + ['phone_photo'] * 5 + ['fax'] * 3)
    R.shuffle(slots)
    for s in specs:
        if s['doc_type'] == 'letter': s['producer'] = 'soffice_docx'
        elif s['doc_type'] == 'receipt' and s['profile'] != 'ja': s['producer'] = 'reportlab_receipt'
    free = [s for s in specs if 'producer' not in s]
    # reportlab gets enough latin docs for content-stream edits
    for s in free:
        ok = None
        for i, sl in enumerate(slots):
            if sl == 'fpdf2' and s['profile'] in ('zh', 'ja'): continue
            if sl == 'reportlab' and s['profile'] in ('pl_dom', 'pl_wdt'): continue
            ok = i; break
        s['producer'] = slots.pop(ok if ok is not None else 0)
    # options
    errs = ['line', 'vat', 'total', 'sum', 'line', 'vat', 'total', 'sum']
    cands = [s for s in specs if s['doc_type'] in ('invoice', 'tax_invoice') and s['profile'] not in ('fr_ae', 'en_us')]
    for s, e in zip(R.sample(cands, 8), errs): s['arith'] = e
    scanlike = ('scan_jpeg', 'scan_png', 'scan_pdf', 'phone_photo', 'fax')
    for s in specs:
        o = {}
        o['line_disc'] = R.random() < .15
        if R.random() < .2: o['gdisc'] = R.choice([2, 3, 5, 10])
        if R.random() < .35 and s['profile'] != 'es_pro': o['ship'] = R.choice([8.9, 12.5, 15, 24.9, 35, 49])
        if R.random() < .25 and s['profile'] in ('fr_sarl', 'fr_ae', 'be_fr') and s['doc_type'] == 'invoice': o['deposit'] = R.choice([30, 50])
        if s['profile'] == 'es_sl' and R.random() < .45: o['re'] = True
        if s.get('arith'): o['arith'] = s['arith']
        s['opts'] = o
        s['n'] = R.choice([2, 3, 4, 5, 6, 7]) if s['producer'] in scanlike + ('reportlab_receipt',) else R.choice([1, 2, 3, 4, 5, 6, 8, 10, 14])
    big = [s for s in specs if s['producer'] in ('chromium', 'weasyprint', 'reportlab', 'fpdf2', 'soffice_calc', 'soffice_docx') and s['doc_type'] != 'letter']
    for s in R.sample(big, 9): s['n'] = R.randint(30, 48)
    return specs

LETTER = dict(place_date='{c}, le {d}', subject='Objet : attestation de relation commerciale',
              body=['Madame, Monsieur,',
                    'Nous certifions que la société {b} est cliente de notre maison depuis {y} et s\'approvisionne régulièrement auprès de nous '
                    'en articles de décoration et d\'art de la table, dont elle assure la revente en ligne.',
                    'Les marchandises livrées proviennent de nos stocks et sont accompagnées de nos factures. La présente attestation ne vaut pas facture.',
                    'Nous restons à votre disposition pour tout renseignement complémentaire.'],
              sign='Pour {s},\nLa gérance')

# ---------------------------------------------------------------- main
LABELS = []; RECS = {}

def npages(path):
    if path.endswith('.pdf'):
        from pypdf import PdfReader
        return len(PdfReader(path).pages)
    return 1

def base_label(doc, fname, producer, **kw):
    v = doc['view']; dt = doc['doc_type']
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc['lang'],
               is_invoice=dt in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=dt,
               date=doc['date'].isoformat(), total=(str(doc['total']) if v.get('total_str') else None) if dt not in ('letter',) else None,
               currency=doc['cur'], supplier=doc['sup']['name'], buyer=doc['buy']['name'], pages=None, edit_before_capture=False,
               arithmetic_error=bool(doc.get('arith')))
    if doc['dec'] == 0 and lab['total']: lab['total'] = str(int(doc['total'])) + '.00'
    if dt == 'letter': lab['doc_type'] = 'other'; lab['is_invoice'] = False
    lab.update(kw)
    return lab

def render_pdf_for(doc, producer, out, style=None):
    if producer == 'chromium': produce_chromium(doc, out, style)
    elif producer == 'weasyprint': produce_weasy(doc, out, style)
    elif producer == 'reportlab': produce_reportlab(doc, out, R.randint(0, 1))
    elif producer == 'reportlab_receipt': produce_receipt(doc, out)
    elif producer == 'fpdf2': produce_fpdf(doc, out)
    else: raise ValueError(producer)

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT); os.makedirs(TMP, exist_ok=True)
    specs = build_plan()
    lo_jobs = []
    counter = {}
    for i, s in enumerate(specs):
        dt = s['doc_type']; pn = s['profile']
        doc = make_doc(pn, 'other' if dt == 'letter' else dt, s['n'], s['opts'])
        if dt == 'letter': doc['doc_type'] = 'letter'
        prod = s['producer']; lang = doc['lang']
        stem = '%03d_%s_%s' % (i + 1, lang, {'invoice': 'inv', 'tax_invoice': 'fapiao', 'receipt': 'rcpt', 'credit_note': 'cn', 'proforma': 'pf',
                                              'purchase_order': 'po', 'quotation': 'quote', 'delivery_note': 'dn', 'packing_list': 'pl',
                                              'other': 'other', 'letter': 'letter'}[dt])
        style = R.choice(['modern', 'classic', 'portal'])
        rec = dict(doc=doc, producer=prod)
        if prod in ('chromium', 'weasyprint', 'reportlab', 'reportlab_receipt', 'fpdf2'):
            fn = stem + '.pdf'; render_pdf_for(doc, prod, os.path.join(OUT, fn), style)
            lab = base_label(doc, fn, prod + ('_' + style if prod in ('chromium', 'weasyprint') else ''))
            rec['pdf'] = os.path.join(OUT, fn)
        elif prod in ('soffice_calc', 'soffice_docx'):
            if prod == 'soffice_calc':
                src = os.path.join(TMP, stem + '.fods'); open(src, 'w').write(fods_xml(doc))
            else:
                src = os.path.join(TMP, stem + '.docx')
                letter = None
                if dt == 'letter':
                    letter = {k: (v.format(d=fmtdate(doc['date'], 'long_fr'), b=doc['buy']['name'], y=doc['date'].year - 3, s=doc['sup']['name'], c=doc['sup']['city'].split(' ', 1)[1])
                                  if isinstance(v, str) else [x.format(b=doc['buy']['name'], y=doc['date'].year - 3) for x in v]) for k, v in LETTER.items()}
                docx_build(doc, src, letter)
            fn = stem + '.pdf'; lo_jobs.append((src, fn))
            lab = base_label(doc, fn, prod); rec['pdf'] = os.path.join(OUT, fn)
        else:
            # raster capture of a PDF made by another producer
            base = R.choice(['chromium', 'weasyprint', 'reportlab', 'fpdf2'] if lang not in ('zh', 'ja') else ['chromium', 'weasyprint', 'reportlab'])
            if dt == 'receipt' and lang != 'ja': base = 'reportlab_receipt'
            srcpdf = os.path.join(TMP, stem + '_src.pdf'); render_pdf_for(doc, base, srcpdf, style)
            rng = random.Random(i * 7 + 1)
            pages = render_pages(srcpdf, dpi=200 if prod != 'fax' else 150)
            rec['srcpdf'] = srcpdf; rec['base'] = base
            if prod in ('scan_jpeg', 'scan_png', 'scan_pdf'):
                ims, geoms = [], []
                for im, hpt in pages:
                    sim, g = scan_image(im, hpt, 200, rng, gray=rng.random() < .75); ims.append(sim); geoms.append(g)
                rec['geoms'] = geoms
                if prod == 'scan_jpeg':
                    fn = stem + '.jpg'; ims[0].save(os.path.join(OUT, fn), quality=rng.randint(45, 80))
                elif prod == 'scan_png':
                    fn = stem + '.png'; ims[0].save(os.path.join(OUT, fn))
                else:
                    fn = stem + '.pdf'
                    # JPEG-compress each page, then wrap as PDF (as a copier does)
                    jims = []
                    for im in ims:
                        b = io.BytesIO(); im.save(b, 'JPEG', quality=rng.randint(50, 75)); b.seek(0)
                        from PIL import Image; jims.append(Image.open(b).convert(im.mode))
                    jims[0].save(os.path.join(OUT, fn), 'PDF', resolution=200 * geoms[0]['f'], save_all=True, append_images=jims[1:],
                                 title='SCAN_%s' % digits(6), creator='MFP scan-to-PDF')
                    rec['scan_pages'] = ims
            elif prod == 'phone_photo':
                fn = stem + '.jpg'; photo_image(pages[0][0], rng).save(os.path.join(OUT, fn), quality=rng.randint(70, 88))
            else:
                fn = stem + ('.png' if rng.random() < .6 else '.pdf')
                hdr = '%s  DE: +33 4 7%s %s %s  P.01' % (fmtdate(doc['date'] + timedelta(days=1), 'dmy/'), digits(1), digits(2), digits(2))
                fim = fax_image(pages[0][0], rng, hdr)
                import numpy as np
                rec['geoms'] = [dict(M=np.array([[1.0, 0, 0], [0, 1.0, 0]]), s=150 / 72, f=1.0, hpt=pages[0][1])]
                if fn.endswith('.png'): fim.save(os.path.join(OUT, fn))
                else: fim.save(os.path.join(OUT, fn), 'PDF', resolution=150)
            lab = base_label(doc, fn, prod, capture_of=base)
        rec['file'] = fn; rec['label'] = lab
        RECS[fn] = rec; LABELS.append(lab)
        print('genuine', i + 1, fn, prod, flush=True)
    # LibreOffice batch conversion (one soffice run)
    soffice_convert([s for s, _ in lo_jobs])
    for src, fn in lo_jobs:
        p = os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + '.pdf')
        if os.path.exists(p): shutil.move(p, os.path.join(OUT, fn))
        else: print('LibreOffice failed for', src)
    for lab in LABELS: lab['pages'] = npages(os.path.join(OUT, lab['file'])) if os.path.exists(os.path.join(OUT, lab['file'])) else None
    make_edits()
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w') as fh:
        for lab in LABELS: fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    check()

def parse_money_num(s, doc):
    ds = re.sub(r'\D', '', s)
    return (D(int(ds)) / 100) if doc['dec'] else D(int(ds))

def change_spec(rec, field):
    """Returns (old, new, align, row_filter, label_updates) for one field."""
    doc = rec['doc']; v = doc['view']
    if field == 'total':
        f = R.choice([D('0.62'), D('0.75'), D('1.35'), D('1.8'), D('2.5'), D('0.5')])
        nv = q2(doc['total'] * f) if doc['dec'] else (doc['total'] * f).quantize(D('1'))
        return v['total_str'], money(doc, nv), 'r', None, dict(total=str(nv) if doc['dec'] else str(int(nv)) + '.00')
    if field == 'date':
        nd = doc['date'] - timedelta(days=R.randint(35, 320))
        return v['date_str'], fmtdate(nd, doc['dstyle']), 'l', None, dict(date=nd.isoformat())
    if field == 'buyer':
        nb = R.choice([b for b in NEW_BUYERS if b != doc['buy']['name']])
        return doc['buy']['name'], nb, 'l', None, dict(buyer=nb)
    if field == 'supplier':
        ns = R.choice(NEW_SUPPLIERS)
        return doc['sup']['name'], ns, 'l', None, dict(supplier=ns)
    if field == 'quantity':
        l0 = doc['lines'][0]; oq = str(l0['qty']); nq = str(l0['qty'] * R.choice([10, 5, 4, 3]))
        key = l0['desc'][:14]
        def filt(hit, src=None):
            return True
        return oq, nq, 'r', key, dict()
    raise ValueError(field)

def qty_filter(pdf, key, qty_head, old):
    """Select the single occurrence of the quantity string that sits on the first item row, in the quantity column."""
    hits = find_text(pdf, key)
    heads = find_text(pdf, qty_head)
    if not hits or not heads: return None
    pg, box, _ = hits[0]
    yc = (box[1] + box[3]) / 2
    hx = heads[0][1][2]
    cands = [h for h in find_text(pdf, old) if h[0] == pg and abs((h[1][1] + h[1][3]) / 2 - yc) < 3]
    if not cands: return None
    best = min(cands, key=lambda h: abs(h[1][2] - hx))
    return lambda h: h[0] == best[0] and h[1] == best[1]

def save_like(im, path, ref_ext, rng):
    if path.endswith('.jpg'): im.convert('RGB' if im.mode not in ('L',) else 'L').save(path, quality=rng.randint(60, 90))
    else: im.save(path)

def make_edits():
    rng = random.Random(99)
    plan = ([('pikepdf_text_replace', f) for f in ['total', 'buyer', 'date', 'quantity', 'total', 'buyer+date', 'supplier', 'total+date']] +
            [('pypdf_incremental_update', f) for f in ['total', 'buyer', 'date', 'quantity', 'buyer+total', 'date']] +
            [('overlay_whitebox', f) for f in ['total', 'buyer', 'date', 'quantity', 'total', 'buyer', 'supplier', 'date+total']] +
            [('overlay_whitebox_resaved', f) for f in ['total', 'buyer', 'date', 'buyer+date']] +
            [('image_paste', f) for f in ['total', 'buyer', 'date', 'total', 'quantity', 'buyer']] +
            [('image_clone', 'total')] * 5 +
            [('overlay_then_scan', f) for f in ['total', 'buyer', 'date']] + [('overlay_then_photo', 'total')])
    inv = lambda r: r['label']['doc_type'] in ('invoice', 'receipt', 'tax_invoice') and r['label']['language'] not in ('zh', 'ja')
    pools = {
        'rl': [r for r in RECS.values() if r['producer'] == 'reportlab' and inv(r) and r['doc']['lang'] != 'pl'],
        'pdf': [r for r in RECS.values() if r['producer'] in ('chromium', 'weasyprint', 'fpdf2', 'soffice_calc', 'soffice_docx') and inv(r)
                and os.path.exists(r.get('pdf', ''))],
        'img': [r for r in RECS.values() if r['producer'] in ('scan_jpeg', 'scan_png', 'scan_pdf', 'fax') and r['label']['doc_type'] in ('invoice', 'receipt', 'tax_invoice', 'credit_note')],
    }
    used = {}
    def pick_src(pool, ok=lambda r: True):
        c = [r for r in pools[pool] if ok(r)]
        c.sort(key=lambda r: (used.get(r['file'], 0), rng.random()))
        return c
    k = 0
    for method, fields in plan:
        pool = {'pikepdf_text_replace': 'rl', 'pypdf_incremental_update': 'rl', 'image_paste': 'img', 'image_clone': 'img'}.get(method, 'pdf')
        if method in ('overlay_then_scan', 'overlay_then_photo'): pool = 'pdf'
        done = False
        for rec in pick_src(pool, (lambda r: r['label']['pages'] == 1) if method.startswith('overlay_then') else (lambda r: True))[:6]:
            before = set(os.listdir(OUT))
            try:
                out = do_edit(rec, method, fields.split('+'), k, rng)
            except Exception as e:
                print('edit failed', method, rec['file'], repr(e)[:200]); out = None
            if not out:
                for f in set(os.listdir(OUT)) - before: os.remove(os.path.join(OUT, f))
            if out:
                used[rec['file']] = used.get(rec['file'], 0) + 1; LABELS.append(out); k += 1; done = True
                print('edit', out['file'], method, fields, flush=True); break
        if not done: print('NO SOURCE for', method, fields)

def do_edit(rec, method, fields, k, rng):
    doc = rec['doc']; src = rec.get('pdf'); stem = os.path.splitext(rec['file'])[0]
    lab = copy.deepcopy(rec['label']); lab.update(genuine=False, edit_method=method, what_changed=fields, source_file=rec['file'])
    lab['arithmetic_error'] = False  # see NOTES: edits break arithmetic by design; flag kept for deliberate genuine mistakes only
    specs = [change_spec(rec, f) for f in fields]
    ext = os.path.splitext(rec['file'])[1]
    fn = 'E%02d_%s_%s%s' % (k + 1, stem, method.split('_')[0] + method.split('_')[1][:4], ext)
    out = os.path.join(OUT, fn)
    if method in ('pikepdf_text_replace', 'pypdf_incremental_update'):
        pairs = []
        for (old, new, al, key, upd), f in zip(specs, fields):
            pairs.append((old, new))
        if 'quantity' in fields:
            # only the first occurrence: quantity of the first row
            import pikepdf
            tmp = os.path.join(TMP, 'q_' + fn)
            old, new = specs[fields.index('quantity')][:2]
            pdf = pikepdf.open(src); hit = False
            for page in pdf.pages:
                cs = page.obj.Contents; sts = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
                for st in sts:
                    data = st.read_bytes(); pat = b'(' + old.encode() + b') Tj'
                    if not hit and pat in data:
                        st.write(data.replace(pat, b'(' + new.encode() + b') Tj', 1)); hit = True
            if not hit: pdf.close(); return None
            if method == 'pikepdf_text_replace':
                pdf.save(tmp); pdf.close(); src = tmp; pairs = [p for p, f in zip(pairs, fields) if f != 'quantity']
            else:
                pdf.close()
                # incremental: do the quantity replacement inside the incremental update instead
                pairs = [p for p, f in zip(pairs, fields) if f != 'quantity']
                from pypdf import PdfWriter
                from pypdf.generic import DecodedStreamObject, NameObject
                w = PdfWriter(src, incremental=True)
                page = w.pages[0]; data = page.get_contents().get_data(); pat = b'(' + old.encode() + b') Tj'
                if pat not in data: return None
                data = data.replace(pat, b'(' + new.encode() + b') Tj', 1)
                data, _ = stream_replace(data, pairs)
                ns = DecodedStreamObject(); ns.set_data(data); page[NameObject('/Contents')] = w._add_object(ns)
                with open(out, 'wb') as fh: w.write(fh)
                pairs = None
        if pairs is not None:
            n = (edit_pikepdf_replace if method == 'pikepdf_text_replace' else edit_pypdf_incremental)(src, out, pairs)
            if n < len(pairs): 
                if os.path.exists(out): os.remove(out)
                return None
    elif method in ('overlay_whitebox', 'overlay_whitebox_resaved', 'overlay_then_scan', 'overlay_then_photo'):
        edits = []
        for old, new, al, key, upd in specs:
            filt = qty_filter(src, key, T[doc['lang']]['qty'], old) if key else None
            if key and not filt: return None
            edits.append((old, new, al, filt))
        tgt = out if method.startswith('overlay_white') else os.path.join(TMP, 'pre_' + stem + '.pdf')
        n = overlay_edit(src, tgt, edits, font=rng.choice(['Helvetica', 'Helvetica', 'Times-Roman']) if method == 'overlay_whitebox' else 'Helvetica')
        if n < len(edits): return None
        if method == 'overlay_whitebox_resaved': resave_pikepdf(out)
        if method.startswith('overlay_then'):
            im, hpt = render_pages(tgt, 200)[0]
            if method == 'overlay_then_scan':
                fn = fn.replace('.pdf', '.jpg'); out = os.path.join(OUT, fn)
                sim, _ = scan_image(im, hpt, 200, rng, gray=True); sim.save(out, quality=65)
                lab['producer'] = 'scan_jpeg'
            else:
                fn = fn.replace('.pdf', '.jpg'); out = os.path.join(OUT, fn)
                photo_image(im, rng).save(out, quality=82); lab['producer'] = 'phone_photo'
            lab['edit_before_capture'] = True; lab['capture_of'] = rec['producer']
    elif method in ('image_paste', 'image_clone'):
        from PIL import Image
        spdf = rec['srcpdf']; geoms = rec['geoms']
        if rec['file'].endswith('.pdf') and rec['producer'] == 'scan_pdf':
            ims = [im.copy() for im in rec['scan_pages']]
        else:
            ims = [Image.open(os.path.join(OUT, rec['file']))]; ims[0].load()
        mode0 = ims[0].mode
        ims = [im.convert('L') if im.mode == '1' else im for im in ims]
        if method == 'image_paste':
            for (old, new, al, key, upd) in specs:
                hits = find_text(spdf, old)
                if key:
                    filt = qty_filter(spdf, key, T[doc['lang']]['qty'], old)
                    if not filt: return None
                    hits = [h for h in hits if filt(h)]
                if not hits: return None
                for pg, box, cbs in hits:
                    if pg >= len(ims): continue
                    ims[pg] = image_paste_text(ims[pg], [map_box(geoms[pg], box)], new, al, bold=rng.random() < .3)
        else:
            old = doc['view']['total_str']
            hits = find_text(spdf, old)
            if not hits: return None
            # choose source/destination digit positions in the string
            pos = [i for i, ch in enumerate(old) if ch.isdigit()]
            pairs = [(a, b) for a in pos for b in pos if old[a] != old[b] and b < len(old) - 3]
            if not pairs: return None
            a, b = rng.choice(pairs[:6])
            newstr = old[:b] + old[a] + old[b + 1:]
            for pg, box, cbs in hits:
                if pg >= len(ims) or len(cbs) != len(old): continue
                pix = [map_box(geoms[pg], cb) for cb in cbs]
                ims[pg] = image_clone_digits(ims[pg], pix, a, b)
            nv = parse_money_num(newstr, doc)
            specs = [(old, newstr, 'r', None, dict(total=str(nv) if doc['dec'] else str(int(nv)) + '.00'))]
        if mode0 == '1':
            ims = [im.point(lambda p: 255 if p > 140 else 0).convert('1') for im in ims]
        if fn.endswith('.pdf'):
            ims2 = []
            for im in ims:
                bb = io.BytesIO(); im.save(bb, 'JPEG', quality=70) if mode0 != '1' else im.save(bb, 'PNG'); bb.seek(0); ims2.append(Image.open(bb))
            ims2[0].save(out, 'PDF', resolution=200 * geoms[0]['f'] if mode0 != '1' else 150, save_all=True, append_images=ims2[1:], creator='Image editor export')
        else:
            save_like(ims[0], out, ext, rng)
    for sp in specs: lab.update(sp[4])
    lab['file'] = fn; lab['pages'] = npages(out)
    return lab

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'))]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(OUT, l['file']))]
    print('labels:', len(labs), 'files on disk:', len(os.listdir(OUT)), 'missing:', missing)
    for key in ('producer', 'language', 'doc_type', 'edit_method', 'genuine', 'arithmetic_error', 'edit_before_capture'):
        print(key, dict(Counter(str(l[key]) for l in labs)))

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check': check()
    else: main()
