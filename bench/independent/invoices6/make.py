#!/usr/bin/env python3
"""Generator for a labelled invoice test set (genuine + edited copies).
Deterministic (fixed seed). All paths relative to this script's folder."""
import os, sys, json, random, datetime, subprocess, io, math, shutil, re, html, copy
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
TMP = os.path.join(HERE, '_build')
SEED = 20260305
R = random.Random(SEED)
FONT_CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
FONT_DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_DJB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_DJM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
FONT_SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
D = Decimal
def q2(x, places=2):
    return D(x).quantize(D(1) if places == 0 else D('0.01'), rounding=ROUND_HALF_UP)

# ----------------------------------------------------------------- parties
def rdig(n): return ''.join(R.choice('0123456789') for _ in range(n))
def ralnum(n): return ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(n))

SUPPLIERS = {
 'zh': [
  ('义乌市鑫朗日用百货有限公司', '浙江省义乌市稠城街道宾王路188号3幢', 'Yiwu Xinlang'),
  ('东莞市恒铭五金制品有限公司', '广东省东莞市长安镇霄边第二工业区六路12号', ''),
  ('深圳市宝安区锐科电子厂', '深圳市宝安区福永街道凤凰第四工业区B栋5楼', ''),
  ('广州市白云区绮美包装材料商行', '广州市白云区太和镇大源北路33号', ''),
  ('永康市创博工贸有限公司', '浙江省永康市经济开发区九鼎路66号', ''),
  ('宁波市鄞州佳诚塑胶制品有限公司', '浙江省宁波市鄞州区姜山镇科技园路9号', ''),
  ('汕头市澄海区乐童玩具厂', '广东省汕头市澄海区莲下镇工业大道北侧', ''),
  ('泉州市丰泽区鸿运鞋服贸易商行', '福建省泉州市丰泽区刺桐路719号', ''),
  ('金华市婺城区柏悦家居用品有限公司', '浙江省金华市婺城区白龙桥镇临江工业园', ''),
 ],
 'en': [
  ('Yiwu Brightpath Trading Co., Ltd.', 'Rm 1205, Block B, No. 77 Chouzhou North Rd, Yiwu, Zhejiang, China', ''),
  ('Ningbo Seacrest Houseware Co., Ltd.', 'No. 18 Qiming Road, Yinzhou District, Ningbo 315100, China', ''),
  ('Harbourline Sourcing (HK) Limited', 'Unit 9, 14/F, Kwai Cheong Centre, 50 Kwai Cheong Rd, Kwai Chung, N.T., Hong Kong', ''),
  ('Dongguan Ironleaf Hardware Co., Ltd.', 'Building 3, Xiabian Industrial Zone, Chang\'an Town, Dongguan, Guangdong', ''),
  ('Shenzhen Lumacore Electronics Co., Ltd.', '5F, Bldg 2, Tongfuyu Industrial Park, Bao\'an, Shenzhen 518103', ''),
  ('Maple & Finch Packaging Inc.', '2210 Industrial Pkwy, Suite 140, Hayward, CA 94545, USA', 'US'),
  ('Greywell Textiles Ltd', 'Unit 4, Canal Side Works, Pendle Street, Burnley BB11 1QJ, United Kingdom', 'UK'),
  ('Taizhou Everwave Plastic Products Co., Ltd.', 'No. 256 Donghai Ave, Huangyan, Taizhou, Zhejiang 318020', ''),
 ],
 'de': [
  ('Brenner & Voss Verpackungen GmbH', 'Torgauer Straße 114, 04318 Leipzig', ''),
  ('Kälberer Haushaltswaren KG', 'Am Gleisdreieck 7, 73037 Göppingen', ''),
  ('Lindholm Textilhandel GmbH', 'Wandsbeker Zollstraße 41, 22041 Hamburg', ''),
 ],
 'fr': [
  ('Atelier Delorme SARL', '14 rue des Tanneurs, 69007 Lyon', ''),
  ('Comptoir Bréval & Fils SAS', '3 allée des Marronniers, 44300 Nantes', ''),
 ],
 'it': [
  ('Ferramenta Galbiati S.r.l.', 'Via Cascina Nuova 22, 20861 Brugherio (MB)', ''),
  ('Tessiture Ronchetti S.p.A.', 'Viale della Seta 5, 22100 Como (CO)', ''),
 ],
 'es': [
  ('Suministros Arbeloa S.L.', 'Calle de la Ribera 31, 31013 Pamplona (Navarra)', ''),
  ('Envases Costa Brava S.A.', 'Polígono Mas Xirgu, Carrer de la Indústria 9, 17005 Girona', ''),
 ],
 'ja': [
  ('株式会社みなと精工', '〒143-0006 東京都大田区平和島4-2-18', ''),
  ('有限会社こはく紙工', '〒577-0065 大阪府東大阪市高井田中2-7-3', ''),
  ('合同会社ソラノ雑貨', '〒460-0008 愛知県名古屋市中区栄3-15-22 ソラノビル5F', ''),
 ],
 'pl': [
  ('Zakład Tworzyw Nowicki Sp. z o.o.', 'ul. Składowa 17, 62-020 Swarzędz', ''),
  ('Hurtownia Kowalczyk i Wspólnicy s.c.', 'ul. Łąkowa 4B, 90-562 Łódź', ''),
 ],
 'nl': [
  ('Van der Meulen Verpakkingen B.V.', 'Industrieweg 48, 3044 AT Rotterdam', ''),
  ('Bakkerstraat Handelsonderneming V.O.F.', 'Bakkerstraat 12, 6811 EH Arnhem', ''),
 ],
}
# buyers: the seller's group and a few third parties (names are invented)
SELLER = {'zh': ('深圳市拓洲跨境电子商务有限公司', '深圳市龙岗区坂田街道雪岗北路2018号天安云谷2栋1506'),
          'en': ('Shenzhen Tuozhou Cross-Border E-Commerce Co., Ltd.', 'Rm 1506, Tower 2, Tian\'an Cloud Park, Bantian, Longgang, Shenzhen 518129, China'),
          'ja': ('拓洲ジャパン合同会社', '〒530-0012 大阪府大阪市北区芝田1-4-8 梅田ビジネスセンター7F'),
          'hk': ('Tuozhou Trading (HK) Limited', 'Flat B, 11/F, Wing Fat Bldg, 8 Hart Ave, Tsim Sha Tsui, Kowloon, Hong Kong'),
          'eu': ('TZ Commerce Europe B.V.', 'Keizersgracht 402-3, 1016 GC Amsterdam, NL')}
OTHER_BUYERS = {'zh': [('北辰优品（深圳）科技有限公司', '深圳市南山区西丽街道留仙大道3370号'), ('厦门蓝湾贸易有限公司', '厦门市湖里区枋湖北二路1509号')],
                'en': [('Beichen Youpin (Shenzhen) Technology Co., Ltd.', '3370 Liuxian Ave, Xili, Nanshan, Shenzhen, China'),
                       ('Northgate Home Supplies LLC', '418 Commerce Dr, Unit C, Edison, NJ 08837, USA'),
                       ('Kestrel Outdoor Goods Ltd', '22 Mill Lane, Leeds LS10 1AZ, UK')],
                'ja': [('株式会社ミライ雑貨', '〒150-0043 東京都渋谷区道玄坂1-9-3')],
                'eu': [('Hausmarkt Rehbein GmbH', 'Bahnhofstraße 9, 35037 Marburg, DE'),
                       ('Maison Vernier SAS', '88 avenue Jean Jaurès, 31000 Toulouse, FR'),
                       ('Sklep Domowy Zieliński sp.j.', 'ul. Polna 3, 31-204 Kraków, PL')]}

def tax_id(lang):
    if lang == 'zh': return '91' + rdig(6) + 'MA' + ralnum(8)
    if lang == 'ja': return 'T' + rdig(13)
    if lang == 'de': return 'DE' + rdig(9)
    if lang == 'fr': return 'FR' + rdig(2) + ' ' + rdig(9)
    if lang == 'it': return 'IT' + rdig(11)
    if lang == 'es': return 'B' + rdig(8)
    if lang == 'pl': return rdig(3) + '-' + rdig(3) + '-' + rdig(2) + '-' + rdig(2)
    if lang == 'nl': return 'NL' + rdig(9) + 'B01'
    return R.choice(['91440300' + ralnum(10), 'BR ' + rdig(8), 'EIN ' + rdig(2) + '-' + rdig(7), 'GB' + rdig(9)])

PRODUCTS = {
 'zh': [('硅胶厨房铲勺套装', '套', 18, 36), ('宠物梳毛刷 不锈钢针', '个', 6, 14), ('LED灯带 5米 RGB', '卷', 22, 48),
        ('折叠收纳箱 PP 30L', '个', 15, 29), ('手机支架 铝合金', '个', 9, 21), ('瑜伽垫 TPE 6mm', '张', 28, 55),
        ('牛皮纸快递袋 25x35cm', '包', 11, 19), ('儿童积木 120粒', '盒', 24, 46), ('不锈钢保温杯 500ml', '个', 19, 38),
        ('車载手机充电器 双USB', '个', 12, 25), ('硅胶手机壳 iPhone 15', '个', 4, 9), ('棉麻抱枕套 45x45', '个', 7, 13),
        ('瓦楞纸箱 五层 60x40x40', '个', 3, 6), ('运动水壶 Tritan 750ml', '个', 14, 27)],
 'en': [('Silicone kitchen utensil set, 12 pcs', 'set', 3.2, 6.8), ('Pet grooming slicker brush', 'pc', 0.9, 2.4),
        ('LED strip light 5m RGB w/ remote', 'roll', 2.9, 6.5), ('Foldable storage box 30L', 'pc', 2.1, 4.2),
        ('Aluminium phone stand, adjustable', 'pc', 1.3, 3.1), ('TPE yoga mat 6mm', 'pc', 4.1, 7.9),
        ('Kraft mailer bag 25x35cm (100/pk)', 'pack', 1.6, 2.9), ('Insulated tumbler 20oz, stainless', 'pc', 2.7, 5.3),
        ('Dual USB car charger 24W', 'pc', 1.5, 3.4), ('Cotton-linen cushion cover 18x18in', 'pc', 0.95, 1.9),
        ('Corrugated shipping carton 5-ply', 'pc', 0.45, 0.9), ('Kids building blocks 120 pcs', 'box', 3.3, 6.4),
        ('Tritan sports bottle 750ml', 'pc', 1.9, 3.8), ('Silicone phone case, matte', 'pc', 0.55, 1.3)],
 'de': [('Versandkarton 2-wellig 400x300x200', 'Stk', 0.6, 1.4), ('Luftpolsterfolie 100 cm x 50 m', 'Rolle', 18, 29),
        ('Edelstahl-Trinkflasche 750 ml', 'Stk', 4.5, 8.9), ('Baumwoll-Geschirrtuch 50x70', 'Stk', 1.2, 2.6),
        ('Packband braun 50 mm x 66 m', 'Rolle', 1.1, 2.2), ('Aufbewahrungskorb Filz', 'Stk', 3.9, 7.5)],
 'fr': [('Carton d\'expédition double cannelure', 'pce', 0.7, 1.5), ('Torchon coton 50x70', 'pce', 1.4, 2.9),
        ('Boîte de rangement en lin', 'pce', 4.2, 8.1), ('Ruban adhésif kraft 50 mm', 'rlx', 1.3, 2.5),
        ('Gourde inox 500 ml', 'pce', 4.9, 9.5)],
 'it': [('Scatola in cartone ondulato 40x30x20', 'pz', 0.55, 1.3), ('Canovaccio in cotone 50x70', 'pz', 1.3, 2.7),
        ('Borraccia in acciaio 750 ml', 'pz', 4.4, 8.8), ('Nastro adesivo avana 50 mm', 'rt', 1.0, 2.1)],
 'es': [('Caja de cartón doble canal 40x30x20', 'ud', 0.6, 1.4), ('Paño de cocina algodón 50x70', 'ud', 1.2, 2.6),
        ('Botella de acero inoxidable 750 ml', 'ud', 4.6, 8.7), ('Cinta adhesiva marrón 48 mm', 'ud', 0.9, 1.9)],
 'ja': [('シリコン調理器具セット', '式', 980, 2400), ('ステンレス水筒 500ml', '個', 720, 1600), ('段ボール箱 60サイズ', '枚', 48, 95),
        ('クラフト封筒 角2', '束', 350, 780), ('LEDテープライト 5m', '本', 1200, 2600), ('綿麻クッションカバー', '枚', 420, 890)],
 'pl': [('Karton klapowy 5-warstwowy 60x40x40', 'szt.', 2.4, 4.9), ('Folia stretch 23 µm, 1,5 kg', 'szt.', 14, 22),
        ('Butelka stalowa 750 ml', 'szt.', 17, 32), ('Ściereczka bawełniana 50x70', 'szt.', 4.5, 9.0), ('Taśma pakowa brązowa 48 mm', 'szt.', 3.1, 5.8)],
 'nl': [('Verzenddoos dubbelgolf 40x30x20', 'st', 0.6, 1.4), ('Theedoek katoen 50x70', 'st', 1.3, 2.8),
        ('RVS drinkfles 750 ml', 'st', 4.6, 9.2), ('Tape bruin 50 mm x 66 m', 'rol', 1.0, 2.0), ('Opbergmand vilt', 'st', 3.8, 7.6)],
}

# ----------------------------------------------------------------- wording
T = {
 'en': dict(invoice='INVOICE', commercial='COMMERCIAL INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST',
            no='Invoice No.', date='Date', bill_to='Bill To', seller='Seller', desc='Description', qty='Qty', unit='Unit', price='Unit Price',
            amount='Amount', subtotal='Subtotal', discount='Discount', shipping='Freight', tax='VAT', total='TOTAL', taxid='Tax ID',
            terms='Payment terms: T/T 30% deposit, balance before shipment', bank='Beneficiary bank', page='Page', item='Item',
            cartons='Cartons', gw='G.W. (kg)', thanks='Thank you for your business.', due='Due date', paid='PAID', ref='Ref.'),
 'zh': dict(invoice='销售发票', commercial='商业发票', receipt='收款收据', credit_note='红字发票（退货冲红）', proforma='形式发票',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', price_list='价目表',
            no='单据编号', date='开票日期', bill_to='购货单位', seller='销货单位', desc='商品名称', qty='数量', unit='单位', price='单价',
            amount='金额', subtotal='小计', discount='优惠', shipping='运费', tax='税额', total='合计', taxid='纳税人识别号',
            terms='付款方式：银行转账，月结30天', bank='开户行及账号', page='第页', item='序号', cartons='箱数', gw='毛重(kg)',
            thanks='感谢惠顾！', due='付款期限', paid='已收款', ref='备注'),
 'ja': dict(invoice='請求書', commercial='請求書', receipt='領収書', credit_note='返品伝票（赤伝）', proforma='見積請求書',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', price_list='価格表',
            no='請求番号', date='請求日', bill_to='御中', seller='発行者', desc='品名', qty='数量', unit='単位', price='単価',
            amount='金額', subtotal='小計', discount='値引', shipping='送料', tax='消費税', total='合計', taxid='登録番号',
            terms='お支払期限：翌月末日', bank='お振込先', page='頁', item='No.', cartons='箱数', gw='重量(kg)',
            thanks='下記の通りご請求申し上げます。', due='お支払期限', paid='領収済', ref='備考'),
 'de': dict(invoice='RECHNUNG', commercial='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMA-RECHNUNG',
            packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', price_list='PREISLISTE',
            no='Rechnungsnr.', date='Rechnungsdatum', bill_to='Rechnungsempfänger', seller='Lieferant', desc='Bezeichnung', qty='Menge',
            unit='Einheit', price='Einzelpreis', amount='Gesamt', subtotal='Zwischensumme', discount='Rabatt', shipping='Versandkosten',
            tax='MwSt.', total='Rechnungsbetrag', taxid='USt-IdNr.', terms='Zahlbar innerhalb 14 Tagen ohne Abzug.', bank='Bankverbindung',
            page='Seite', item='Pos.', cartons='Kartons', gw='Gewicht (kg)', thanks='Vielen Dank für Ihren Auftrag.', due='Fällig am', paid='BEZAHLT', ref='Ihre Bestellung'),
 'fr': dict(invoice='FACTURE', commercial='FACTURE', receipt='REÇU', credit_note='AVOIR', proforma='FACTURE PRO FORMA',
            packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON', price_list='TARIFS',
            no='Facture n°', date='Date', bill_to='Facturé à', seller='Vendeur', desc='Désignation', qty='Qté', unit='Unité', price='Prix unitaire HT',
            amount='Montant HT', subtotal='Total HT', discount='Remise', shipping='Frais de port', tax='TVA', total='Total TTC', taxid='N° TVA',
            terms='Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux légal.', bank='IBAN', page='Page', item='Réf.',
            cartons='Colis', gw='Poids (kg)', thanks='Merci de votre confiance.', due='Échéance', paid='ACQUITTÉE', ref='Votre réf.'),
 'it': dict(invoice='FATTURA', commercial='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
            packing_list='DISTINTA DI IMBALLO', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', price_list='LISTINO PREZZI',
            no='Fattura n.', date='Data', bill_to='Cliente', seller='Fornitore', desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unit.',
            amount='Importo', subtotal='Imponibile', discount='Sconto', shipping='Spese di trasporto', tax='IVA', total='Totale documento', taxid='P.IVA',
            terms='Pagamento: bonifico bancario 30 gg d.f.', bank='IBAN', page='Pagina', item='Cod.', cartons='Colli', gw='Peso (kg)',
            thanks='Grazie per averci scelto.', due='Scadenza', paid='PAGATA', ref='Rif. ordine'),
 'es': dict(invoice='FACTURA', commercial='FACTURA', receipt='RECIBO', credit_note='FACTURA RECTIFICATIVA', proforma='FACTURA PROFORMA',
            packing_list='LISTA DE EMBALAJE', purchase_order='PEDIDO', quotation='PRESUPUESTO', delivery_note='ALBARÁN', price_list='LISTA DE PRECIOS',
            no='Factura nº', date='Fecha', bill_to='Cliente', seller='Proveedor', desc='Concepto', qty='Cant.', unit='Ud.', price='Precio unit.',
            amount='Importe', subtotal='Base imponible', discount='Descuento', shipping='Portes', tax='IVA', total='TOTAL FACTURA', taxid='NIF',
            terms='Forma de pago: transferencia a 30 días.', bank='IBAN', page='Página', item='Ref.', cartons='Bultos', gw='Peso (kg)',
            thanks='Gracias por su confianza.', due='Vencimiento', paid='PAGADA', ref='Su pedido'),
 'pl': dict(invoice='FAKTURA VAT', commercial='FAKTURA VAT', receipt='PARAGON / RACHUNEK', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PRO FORMA',
            packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ – WYDANIE ZEWNĘTRZNE', price_list='CENNIK',
            no='Nr faktury', date='Data wystawienia', bill_to='Nabywca', seller='Sprzedawca', desc='Nazwa towaru', qty='Ilość', unit='J.m.',
            price='Cena netto', amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport', tax='VAT', total='Do zapłaty',
            taxid='NIP', terms='Sposób płatności: przelew 14 dni', bank='Nr konta', page='Strona', item='Lp.', cartons='Kartony', gw='Waga (kg)',
            thanks='Dziękujemy za zakupy.', due='Termin płatności', paid='ZAPŁACONO', ref='Zamówienie'),
 'nl': dict(invoice='FACTUUR', commercial='FACTUUR', receipt='KWITANTIE', credit_note='CREDITNOTA', proforma='PROFORMAFACTUUR',
            packing_list='PAKLIJST', purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', price_list='PRIJSLIJST',
            no='Factuurnummer', date='Factuurdatum', bill_to='Factuuradres', seller='Leverancier', desc='Omschrijving', qty='Aantal', unit='Eenh.',
            price='Prijs', amount='Bedrag', subtotal='Subtotaal', discount='Korting', shipping='Verzendkosten', tax='BTW', total='Totaal',
            taxid='BTW-nr', terms='Betaling binnen 30 dagen o.v.v. factuurnummer.', bank='IBAN', page='Pagina', item='Art.', cartons='Dozen', gw='Gewicht (kg)',
            thanks='Bedankt voor uw bestelling.', due='Vervaldatum', paid='BETAALD', ref='Uw referentie'),
}
MONTHS = {
 'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
 'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
 'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
 'nl': ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'],
 'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'],
 'de': ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
}
DATE_STYLES = {'en': ['us', 'us_long', 'uk_long', 'iso'], 'zh': ['zh', 'iso', 'slash'], 'ja': ['zh', 'slash'],
               'de': ['dot'], 'fr': ['fr_long', 'dmy_slash'], 'it': ['dmy_slash', 'it_long'], 'es': ['dmy_slash', 'es_long'],
               'pl': ['dot', 'iso'], 'nl': ['dmy_dash', 'nl_long']}
def fmt_date(d, style):
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'us_long': return '%s %d, %d' % (MONTHS['en'][d.month-1], d.day, d.year)
    if style == 'uk_long': return '%d %s %d' % (d.day, MONTHS['en'][d.month-1], d.year)
    if style == 'iso': return d.isoformat()
    if style == 'zh': return '%d年%d月%d日' % (d.year, d.month, d.day)
    if style == 'slash': return d.strftime('%Y/%m/%d')
    if style == 'dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'fr_long': return '%d %s %d' % (d.day, MONTHS['fr'][d.month-1], d.year)
    if style == 'it_long': return '%d %s %d' % (d.day, MONTHS['it'][d.month-1], d.year)
    if style == 'es_long': return '%d de %s de %d' % (d.day, MONTHS['es'][d.month-1], d.year)
    if style == 'nl_long': return '%d %s %d' % (d.day, MONTHS['nl'][d.month-1], d.year)
    raise ValueError(style)

NUMFMT = {'en': 'us', 'zh': 'us', 'ja': 'us', 'de': 'eu', 'it': 'eu', 'es': 'eu', 'nl': 'eu', 'fr': 'fr', 'pl': 'fr'}
def fmt_num(v, nf, places=2):
    v = q2(v, places); neg = v < 0; v = abs(v)
    s = ('{:,.%df}' % places).format(v)
    if nf == 'eu': s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    elif nf == 'fr': s = s.replace(',', ' ').replace('.', ',')
    elif nf == 'plain': s = s.replace(',', '')
    return ('-' if neg else '') + s
SYM = {'CNY': '¥', 'JPY': '¥', 'USD': '$', 'EUR': '€', 'PLN': 'zł', 'GBP': '£', 'HKD': 'HK$'}
def money(doc, v, sym=True):
    nf, cur = doc['nf'], doc['currency']
    s = fmt_num(v, nf, 0 if cur == 'JPY' else 2)
    if not sym: return s
    pos = doc['sympos']
    if pos == 'pre': return SYM[cur] + s if cur not in ('PLN',) else s + ' zł'
    if pos == 'post': return s + ' ' + (SYM[cur] if cur != 'PLN' else 'zł')
    if pos == 'code': return s + ' ' + cur
    if pos == 'codepre': return cur + ' ' + s
    return s

CN_DIG = '零壹贰叁肆伍陆柒捌玖'
def cn_upper(v):
    v = q2(v); yuan = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    units = ['', '拾', '佰', '仟']; big = ['', '万', '亿']
    def four(n):
        s = ''; zero = False
        for i in range(3, -1, -1):
            d_ = (n // 10**i) % 10
            if d_ == 0: zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += CN_DIG[d_] + units[i]
        return s
    out = ''; g = 0; parts = []
    n = yuan
    while n > 0:
        parts.append(n % 10000); n //= 10000
    for i in range(len(parts)-1, -1, -1):
        p = parts[i]
        if p:
            if out and p < 1000: out += '零'
            out += four(p) + big[i]
    out = (out or '零') + '圆'
    if jiao == 0 and fen == 0: return out + '整'
    if jiao: out += CN_DIG[jiao] + '角'
    elif yuan: out += '零'
    if fen: out += CN_DIG[fen] + '分'
    else: out += '整'
    return out

# ----------------------------------------------------------------- documents
VARIANTS = {'zh': ['黑色', '白色', '灰色', '蓝色', '粉色', '绿色', 'A款', 'B款', '大号', '小号'],
            'ja': ['黒', '白', 'グレー', 'ネイビー', 'Sサイズ', 'Lサイズ'],
            'default': ['black', 'white', 'grey', 'navy', 'pink', 'green', 'S', 'M', 'L', 'XL']}
CUR_BY_LANG = {'zh': 'CNY', 'ja': 'JPY', 'de': 'EUR', 'fr': 'EUR', 'it': 'EUR', 'es': 'EUR', 'nl': 'EUR', 'pl': 'PLN'}
TAX_BY_LANG = {'zh': D('0.13'), 'ja': D('0.10'), 'de': D('0.19'), 'fr': D('0.20'), 'it': D('0.22'), 'es': D('0.21'), 'nl': D('0.21'), 'pl': D('0.23')}
PRICED = ('invoice', 'tax_invoice', 'receipt', 'credit_note', 'proforma', 'purchase_order', 'quotation')

def make_doc(idx, lang, doc_type, n_items=None, arith=None, sub=None):
    rng = R
    sup = rng.choice(SUPPLIERS[lang])
    doc = dict(id=idx, lang=lang, doc_type=doc_type, sub=sub or doc_type, arith=arith)
    doc['supplier'] = sup[0]; doc['sup_addr'] = sup[1]; doc['sup_tax'] = tax_id(lang if sup[2] == '' or lang != 'en' else 'en')
    doc['sup_tel'] = R.choice(['+86 579 8', '0579-8', '+86 769 2', '0755-2', 'Tel. +49 341 ', '+33 4 78 ', '+39 039 ', '+34 948 ', '03-', '06-', '+48 61 ', '+31 10 ']) + rdig(7)
    # currency / tax
    if lang == 'en':
        if sup[2] == 'UK': cur, rate = 'GBP', D('0.20')
        elif sup[2] == 'US': cur, rate = 'USD', D('0')
        else: cur, rate = rng.choice([('USD', D('0'))] * 4 + [('CNY', D('0.13')), ('HKD', D('0'))]), None
        if rate is None: cur, rate = cur
    else:
        cur, rate = CUR_BY_LANG[lang], TAX_BY_LANG[lang]
        if lang == 'pl' and rng.random() < 0.3: cur = 'EUR'
    if doc_type == 'receipt' and lang == 'zh': rate = D('0')
    doc['currency'] = cur; doc['tax_rate'] = rate
    doc['nf'] = NUMFMT[lang]
    doc['sympos'] = {'en': rng.choice(['pre', 'code', 'codepre']) , 'zh': 'pre', 'ja': 'pre', 'de': 'post', 'fr': 'post', 'it': rng.choice(['post', 'pre']),
                     'es': 'post', 'nl': 'pre', 'pl': 'post'}[lang]
    # buyer
    r = rng.random()
    if lang in ('zh',):
        b = SELLER['zh'] if r < 0.7 else rng.choice(OTHER_BUYERS['zh'])
    elif lang == 'en':
        b = (SELLER['en'] if r < 0.45 else SELLER['hk']) if r < 0.72 else rng.choice(OTHER_BUYERS['en'])
    elif lang == 'ja':
        b = SELLER['ja'] if r < 0.7 else OTHER_BUYERS['ja'][0]
    else:
        b = (SELLER['eu'] if r < 0.6 else SELLER['en']) if r < 0.72 else rng.choice(OTHER_BUYERS['eu'])
    doc['buyer'], doc['buyer_addr'] = b
    bl = {'DE': 'de', 'FR': 'fr', 'PL': 'pl', 'NL': 'nl'}.get(b[1][-2:], None)
    doc['buyer_tax'] = tax_id('zh' if lang == 'zh' or b[0] in (SELLER['zh'][0], SELLER['en'][0]) else ('en' if b == SELLER['hk'] or lang == 'en' and not bl else (bl or lang)))
    # date + number
    d = datetime.date(2025, 6, 1) + datetime.timedelta(days=rng.randint(0, 300))
    doc['date'] = d; doc['dstyle'] = rng.choice(DATE_STYLES[lang]); doc['date_str'] = fmt_date(d, doc['dstyle'])
    doc['due_str'] = fmt_date(d + datetime.timedelta(days=30), doc['dstyle'])
    pre = {'zh': '', 'ja': '', 'de': 'RE-', 'fr': 'FA', 'it': '', 'es': 'F', 'nl': '', 'pl': 'FV/', 'en': rng.choice(['INV-', 'CI', 'YB'])}[lang]
    if lang == 'zh' and doc_type == 'tax_invoice': doc['number'] = '2' + rdig(19)
    elif lang == 'pl': doc['number'] = 'FV/%d/%02d/%d' % (rng.randint(10, 400), d.month, d.year)
    elif lang == 'it': doc['number'] = '%d/%d' % (rng.randint(10, 900), d.year)
    else: doc['number'] = pre + str(d.year) + rdig(rng.choice([3, 4, 5]))
    doc['order_ref'] = rng.choice(['PO-TZ', 'TZ', 'SZ-']) + rdig(6)
    # items
    prods = PRODUCTS[lang]
    n = n_items or rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 6, 7])
    places = 0 if cur == 'JPY' else 2
    fx = D('1')
    if lang == 'en' and cur == 'CNY': fx = D('7.1')
    if lang == 'en' and cur == 'HKD': fx = D('7.8')
    if lang == 'pl' and cur == 'EUR': fx = D('0.235')
    items = []
    chosen = rng.sample(prods, min(n, len(prods)))
    while len(chosen) < n: chosen.append(rng.choice(prods))
    seen = set()
    for p in chosen:
        desc = p[0]
        if desc in seen or (n > 8 and rng.random() < 0.7):
            vv = VARIANTS.get(lang, VARIANTS['default'])
            desc = desc + (' ' if lang in ('zh', 'ja') else ' – ') + rng.choice(vv) + ('' if lang in ('zh', 'ja') else '')
            k = 2
            while desc in seen: desc = desc + ' #%d' % k; k += 1
        seen.add(desc)
        price = q2(D(str(rng.uniform(p[2], p[3]))) * fx, places)
        if lang in ('zh', 'en') and doc_type != 'receipt': qty = rng.choice([50, 100, 120, 200, 240, 300, 500, 600, 800, 1000, 1200, 2000])
        elif lang == 'ja': qty = rng.choice([10, 20, 24, 30, 50, 60, 100, 120])
        else: qty = rng.choice([5, 10, 12, 20, 24, 25, 40, 50, 100, 150, 200])
        if doc_type == 'receipt': qty = rng.choice([2, 5, 10, 20, 30])
        items.append(dict(desc=desc, unit=p[1], qty=qty, price=price, amount=q2(price * qty, places), sku=ralnum(2) + '-' + rdig(4)))
    doc['items'] = items
    doc['places'] = places
    doc['discount'] = D(0); doc['shipping'] = D(0)
    if doc_type in PRICED and doc_type != 'tax_invoice':
        if rng.random() < 0.28:
            doc['disc_pct'] = rng.choice([3, 5, 8, 10])
        if rng.random() < 0.35:
            doc['shipping'] = q2(D(str(rng.uniform(8, 260))) * (D(150) if cur == 'JPY' else (D(7) if cur == 'CNY' else D(1))), places)
    doc['show_tax'] = rate > 0 and doc_type in PRICED
    if doc_type not in PRICED: doc['show_tax'] = False
    recompute(doc)
    return doc

def recompute(doc, arith=None):
    arith = arith if arith is not None else doc.get('arith')
    p = doc['places']; items = doc['items']
    for it in items: it['amount'] = q2(it['price'] * it['qty'], p)
    if arith == 'line':
        it = items[len(items) // 2]
        it['amount'] = it['amount'] + q2(it['price'] * R.choice([1, 2, 10, -1]), p)  # off by a few units
    sub = sum((it['amount'] for it in items), D(0))
    if arith == 'sum': sub = sub + (D(100) if p == 0 else D('10.00')) * R.choice([1, -1, 9])
    doc['subtotal'] = sub
    doc['discount'] = q2(sub * D(doc.get('disc_pct', 0)) / 100, p)
    base = sub - doc['discount'] + doc['shipping']
    rate = doc['tax_rate'] if doc['show_tax'] else D(0)
    if doc['doc_type'] == 'tax_invoice':
        for it in items: it['tax'] = q2(it['amount'] * rate, p)
        doc['tax'] = sum((it['tax'] for it in items), D(0))
    else:
        doc['tax'] = q2(base * rate, p)
    if arith == 'tax': doc['tax'] = q2(base * (rate + D('0.01')), p) if rate else doc['tax'] + D(5)
    doc['base'] = base
    tot = base + doc['tax']
    if arith == 'total': tot = tot - doc['shipping'] if doc['shipping'] else tot + (D(1000) if p == 0 else D('100.00'))
    doc['total'] = tot
    doc['has_total'] = doc['doc_type'] in PRICED
    doc['total_str'] = money(doc, tot) if doc['has_total'] else None
    doc['total_num'] = fmt_num(tot, doc['nf'], p) if doc['has_total'] else None

def title_of(doc):
    t = T[doc['lang']]
    sub = doc['sub']
    if sub == 'tax_invoice': return '电子发票（增值税专用发票）' if doc.get('vat_kind', 'special') == 'special' else '电子发票（普通发票）'
    if sub == 'commercial': return t['commercial']
    return t.get(sub, t['invoice'])

# ----------------------------------------------------------------- HTML renderer (Chromium / WeasyPrint)
E = html.escape
ACCENTS = ['#1f4e79', '#7a2e2e', '#2e6b4f', '#5b3f8c', '#b35a00', '#333333', '#0b6e8a']

def html_items_table(doc, cls=''):
    t = T[doc['lang']]; dt = doc['doc_type']
    rows = []
    if dt in ('packing_list', 'delivery_note'):
        head = [t['item'], t['desc'], t['qty'], t['unit'], t['cartons'], t['gw']]
        for i, it in enumerate(doc['items'], 1):
            ctn = max(1, it['qty'] // R.choice([10, 20, 25, 50]))
            rows.append([str(i), E(it['desc']), str(it['qty']), E(it['unit']), str(ctn), fmt_num(D(ctn) * D(str(R.uniform(4, 12))), doc['nf'], 1)])
    elif dt == 'other' and doc['sub'] == 'price_list':
        head = [t['item'], t['desc'], t['unit'], t['price']]
        for i, it in enumerate(doc['items'], 1):
            rows.append([it['sku'], E(it['desc']), E(it['unit']), money(doc, it['price'])])
    else:
        head = [t['item'], t['desc'], t['qty'], t['unit'], t['price'], t['amount']]
        for i, it in enumerate(doc['items'], 1):
            rows.append([str(i) if doc['lang'] in ('zh', 'ja', 'pl', 'de') else it['sku'], E(it['desc']), str(it['qty']), E(it['unit']),
                         money(doc, it['price'], sym=False), money(doc, it['amount'], sym=False)])
    h = '<table class="items %s"><thead><tr>%s</tr></thead><tbody>' % (cls, ''.join('<th>%s</th>' % E(x) for x in head))
    for r in rows:
        h += '<tr>' + ''.join('<td class="%s">%s</td>' % ('num' if j >= 2 else '', c) for j, c in enumerate(r)) + '</tr>'
    return h + '</tbody></table>'

def html_totals(doc):
    t = T[doc['lang']]
    if not doc['has_total']: return ''
    rows = [(t['subtotal'], money(doc, doc['subtotal']))]
    if doc['discount']: rows.append(('%s %d%%' % (t['discount'], doc['disc_pct']), '-' + money(doc, doc['discount'])))
    if doc['shipping']: rows.append((t['shipping'], money(doc, doc['shipping'])))
    if doc['show_tax']: rows.append(('%s %s%%' % (t['tax'], fmt_num(doc['tax_rate'] * 100, doc['nf'], 0)), money(doc, doc['tax'])))
    lab = t['total']
    if doc['doc_type'] == 'credit_note': lab = {'en': 'TOTAL CREDIT', 'de': 'Gutschriftsbetrag', 'fr': 'Total avoir TTC'}.get(doc['lang'], lab)
    h = '<table class="totals">' + ''.join('<tr><td>%s</td><td class="num">%s</td></tr>' % (E(a), E(b)) for a, b in rows)
    h += '<tr class="grand"><td>%s</td><td class="num">%s</td></tr></table>' % (E(lab), E(doc['total_str']))
    return h

BASE_CSS = """@page { size: %(size)s; margin: 14mm 13mm 16mm 13mm; }
body { font-family: %(font)s; font-size: %(fs)spt; color: #222; }
table.items { width: 100%%; border-collapse: collapse; margin-top: 10px; }
table.items th { text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.totals { margin-left: auto; margin-top: 8px; border-collapse: collapse; min-width: 45%%; }
table.totals td { padding: 3px 6px; }
tr.grand td { font-weight: bold; font-size: 1.15em; border-top: 2px solid %(acc)s; }
.small { font-size: 0.85em; color: #555; }
"""
THEME_CSS = {
 'classic': """h1 { text-align:right; letter-spacing: 3px; color:%(acc)s; margin:0 }
  table.items th, table.items td { border: 1px solid #999; padding: 4px 5px; }
  table.items th { background: #eee; } .hdr { display:flex; justify-content: space-between; } .box { border:1px solid #999; padding:6px; width: 46%%; }""",
 'modern': """.band { background:%(acc)s; color:white; padding:14px 16px; } .band h1 { margin:0; font-weight:300; font-size:24pt }
  table.items th { border-bottom: 2px solid %(acc)s; padding:6px 4px; color:%(acc)s } table.items td { padding:5px 4px; border-bottom: 1px solid #ddd }
  table.items tbody tr:nth-child(even) td { background:#f6f7f9 } .hdr { display:flex; justify-content: space-between; margin-top: 14px }""",
 'portal': """.topbar { border-bottom: 3px solid #ff6a00; padding-bottom:6px; display:flex; justify-content: space-between; align-items: flex-end }
  .logo { font-size:18pt; font-weight:bold; color:#ff6a00 } table.items th { background:#fff4ec; border:1px solid #f3c9a8; padding:4px }
  table.items td { border:1px solid #e3e3e3; padding:4px } .hdr { display:flex; justify-content: space-between; margin-top: 10px }
  h1 { font-size: 15pt; text-align:center; margin: 10px 0 }""",
}

def html_doc(doc, theme, paper='A4'):
    lang = doc['lang']; t = T[lang]; acc = R.choice(ACCENTS)
    cjk = lang in ('zh', 'ja')
    font = "'WenQuanYi Micro Hei', sans-serif" if cjk else R.choice(["'DejaVu Sans', sans-serif", "'Nimbus Sans', Arial, sans-serif", "'DejaVu Serif', serif", "'URW Gothic', sans-serif", "'Nimbus Roman', serif"])
    css = BASE_CSS % dict(size=paper, font=font, fs=R.choice([9, 9.5, 10]), acc=acc)
    title = title_of(doc)
    sup_block = '<b>%s</b><br>%s<br>%s: %s<br>%s' % (E(doc['supplier']), E(doc['sup_addr']), E(t['taxid']), E(doc['sup_tax']), E(doc['sup_tel']))
    buy_block = '<b>%s</b><br>%s<br>%s: %s' % (E(doc['buyer']), E(doc['buyer_addr']), E(t['taxid']), E(doc['buyer_tax']))
    meta = '<table class="meta"><tr><td>%s</td><td><b>%s</b></td></tr><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table>' % (
        E(t['no']), E(doc['number']), E(t['date']), E(doc['date_str']), E(t['ref']), E(doc['order_ref']))
    if doc['doc_type'] == 'other' and doc['sub'] == 'letter':
        return letter_html(doc, css, font)
    if theme == 'zh_vat': return zh_vat_html(doc, css)
    if theme == 'ja': return ja_html(doc, css)
    css += THEME_CSS[theme] % dict(acc=acc)
    body = ''
    if theme == 'classic':
        body += '<div class="hdr"><div>%s</div><div><h1>%s</h1>%s</div></div>' % (sup_block, E(title), meta)
        body += '<div class="hdr" style="margin-top:12px"><div class="box"><div class="small">%s</div>%s</div></div>' % (E(t['bill_to']), buy_block)
    elif theme == 'modern':
        body += '<div class="band"><h1>%s</h1><div>%s</div></div>' % (E(title), E(doc['supplier']))
        body += '<div class="hdr"><div><div class="small">%s</div>%s</div><div>%s</div></div>' % (E(t['bill_to']), buy_block, meta)
        body += '<div class="small" style="margin-top:6px">%s · %s: %s</div>' % (E(doc['sup_addr']), E(t['taxid']), E(doc['sup_tax']))
    else:
        portal = R.choice(['YiwuMart 义乌采购通', 'GoSource 批发网', 'HuiYuan B2B 汇源批发']) if lang in ('zh', 'en') else 'B2B Portal'
        body += '<div class="topbar"><span class="logo">%s</span><span class="small">Order / 订单号 %s · Downloaded %s</span></div>' % (E(portal), rdig(16), E(doc['date_str']))
        body += '<h1>%s</h1><div class="hdr"><div><div class="small">%s</div>%s</div><div><div class="small">%s</div>%s<br>%s</div></div>' % (
            E(title), E(t['seller']), sup_block, E(t['bill_to']), buy_block, meta)
    body += html_items_table(doc) + html_totals(doc)
    if doc['lang'] == 'zh' and doc['has_total']:
        body += '<p>合计人民币（大写）：%s</p>' % cn_upper(doc['total']) if doc['currency'] == 'CNY' else ''
    body += '<p class="small">%s<br>%s: %s %s</p><p>%s</p>' % (E(t['terms']), E(t['bank']), E(R.choice(['Bank of Yiwu Co. Ltd', 'Sparkasse Leipzig', 'Banco Navarro', 'mBank S.A.', 'ING Bank N.V.', 'Crédit Rhodanien'])),
                                                            E(R.choice(['6217 0000 ', 'DE12 8605 5592 ', 'PL61 1090 1014 ', 'NL91 INGB 0001 ', 'FR76 3000 4000 '])+rdig(4)+' '+rdig(4)), E(t['thanks']))
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)

def zh_vat_html(doc, css):
    red = '#9c4a2f'
    css += """.vat { border: 1.5px solid %(c)s; border-collapse: collapse; width: 100%%; color:%(c)s }
    .vat td { border: 1px solid %(c)s; padding: 4px 5px; vertical-align: top; color:#111 } .lab { color:%(c)s !important; width: 28px; text-align:center }
    h1 { text-align:center; color:%(c)s; font-size: 19pt; margin: 4px 0; letter-spacing: 2px } .hd { display:flex; justify-content: space-between; color:%(c)s }
    .stamp { width: 130px; height: 86px; border: 3px solid rgba(210,30,30,.75); border-radius: 50%%;
      color: rgba(210,30,30,.8); font-size: 8.5pt; text-align:center; padding-top: 22px; box-sizing: border-box }""" % dict(c=red)
    stamp = '<div style="text-align:right; height:0"><div class="stamp" style="position:relative; display:inline-block; top:-70px; right:60px">%s<br>发票专用章<br>%s</div></div>' % (E(doc['supplier'][:12]), E(doc['sup_tax']))
    body = '<h1>%s</h1><div class="hd"><span></span><span>发票号码：<b style="color:#111">%s</b><br>开票日期：<b style="color:#111">%s</b></span></div>' % (E(title_of(doc)), doc['number'], E(doc['date_str']))
    body += '<table class="vat"><tr><td class="lab" rowspan="2">购买方信息</td><td>名称：%s<br>统一社会信用代码/纳税人识别号：%s</td><td class="lab" rowspan="2">销售方信息</td><td>名称：%s<br>统一社会信用代码/纳税人识别号：%s</td></tr></table>' % (
        E(doc['buyer']), E(doc['buyer_tax']), E(doc['supplier']), E(doc['sup_tax']))
    body += '<table class="vat"><tr style="color:%s"><td>项目名称</td><td>规格型号</td><td>单位</td><td>数量</td><td>单价</td><td>金额</td><td>税率/征收率</td><td>税额</td></tr>' % red
    rate = fmt_num(doc['tax_rate'] * 100, 'plain', 0) + '%'
    for it in doc['items']:
        body += '<tr><td>*日用杂品*%s</td><td>%s</td><td>%s</td><td class="num">%d</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>' % (
            E(it['desc']), it['sku'], E(it['unit']), it['qty'], fmt_num(it['price'], 'plain'), fmt_num(it['amount'], 'plain'), rate, fmt_num(it['tax'], 'plain'))
    body += '<tr><td>合　　计</td><td></td><td></td><td></td><td></td><td class="num">¥%s</td><td></td><td class="num">¥%s</td></tr>' % (fmt_num(doc['subtotal'], 'plain'), fmt_num(doc['tax'], 'plain'))
    body += '<tr><td colspan="8">价税合计（大写）　⊗%s　　　　（小写）<b>%s</b></td></tr>' % (cn_upper(doc['total']), E(doc['total_str']))
    body += '<tr><td colspan="8" style="height:40px">备注：订单 %s　开户行：中国工商银行义乌分行 %s</td></tr></table>' % (doc['order_ref'], rdig(19))
    body += stamp + '<p style="color:%s">开票人：%s</p>' % (red, R.choice(['王丽', '陈晓燕', '刘洋', '张敏']))
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body style="position:relative">%s</body></html>' % (css, body)

def ja_html(doc, css):
    css += """h1 { text-align:center; letter-spacing: 12px; font-size: 22pt; border-bottom: 3px double #333; width: 40%%; margin: 0 auto 14px }
    .row { display:flex; justify-content: space-between } .to { font-size: 14pt; border-bottom: 1px solid #333; padding-right: 40px }
    .big { font-size: 16pt; border: 2px solid #333; padding: 6px 14px; display:inline-block; margin-top: 12px }
    table.items th { background:#dde3ea; border:1px solid #666; padding:4px; text-align:center } table.items td { border:1px solid #666; padding:4px }"""
    t = T['ja']
    body = '<h1>%s</h1><div class="row"><div><div class="to">%s　御中</div><p>%s</p><div class="big">ご請求金額　<b>%s</b>（税込）</div></div>' % (
        E(title_of(doc)), E(doc['buyer']), E(t['thanks']), E(doc['total_str']) if doc['has_total'] else '')
    body += '<div style="text-align:right">%s：%s<br>%s：%s<br><br><b>%s</b><br>%s<br>TEL %s<br>%s：%s</div></div>' % (
        t['date'], E(doc['date_str']), t['no'], doc['number'], E(doc['supplier']), E(doc['sup_addr']), doc['sup_tel'], t['taxid'], doc['sup_tax'])
    body += html_items_table(doc) + html_totals(doc)
    if doc['show_tax']:
        body += '<p class="small">10%%対象 %s　消費税 %s</p>' % (money(doc, doc['base']), money(doc, doc['tax']))
    body += '<p class="small">%s：%s<br>%s：%s 普通 %s</p>' % (t['due'], E(doc['due_str']), t['bank'], R.choice(['みなと信用金庫 大森支店', 'さくら銀行 布施支店', '中部中央銀行 栄支店']), rdig(7))
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)

LETTER = {
 'en': ('Letter of Authorization', 'To whom it may concern,',
        'We, {sup}, hereby confirm that {buy} has purchased the goods listed in our invoice {no} directly from our factory and is authorised to resell these products on online marketplaces. Our company is the manufacturer of the goods and holds the relevant production licences.',
        'This letter is valid for twelve months from the date of issue.', 'Yours faithfully,'),
 'zh': ('授权书', '致相关方：', '兹证明{buy}所销售的商品系从我司（{sup}）直接采购，相关发票编号为{no}。我司授权其在各电商平台销售上述产品。', '本授权书自签发之日起十二个月内有效。', '特此证明'),
 'fr': ('Attestation de fourniture', 'Madame, Monsieur,',
        'Nous, {sup}, certifions que la société {buy} s\'approvisionne directement auprès de nous pour les articles figurant sur notre facture {no}.',
        'La présente attestation est délivrée pour servir et valoir ce que de droit.', 'Veuillez agréer nos salutations distinguées.'),
}
def letter_html(doc, css, font):
    L = LETTER[doc['lang']]
    f = dict(sup=doc['supplier'], buy=doc['buyer'], no=doc['number'])
    body = '<div style="text-align:right"><b>%s</b><br>%s<br>%s</div><p style="margin-top:30px">%s</p><h2 style="text-align:center">%s</h2><p>%s</p><p>%s</p><p>%s</p><p style="margin-top:40px">%s</p><p>%s<br>%s</p>' % (
        E(doc['supplier']), E(doc['sup_addr']), E(doc['sup_tel']), E(doc['date_str']), E(L[0]), E(L[1]), E(L[2].format(**f)), E(L[3]), E(L[4]),
        E(R.choice(['Chen Wei', 'Li Na', 'Marc Delorme', 'Zhou Jun'])), 'General Manager' if doc['lang'] == 'en' else ('总经理' if doc['lang'] == 'zh' else 'Gérant'))
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s body{font-size:11pt; line-height:1.5}</style></head><body>%s</body></html>' % (css, body)

def render_chromium(doc, theme, out_pdf):
    hp = out_pdf[:-4] + '.html'
    open(hp, 'w', encoding='utf-8').write(html_doc(doc, theme, paper=R.choice(['A4', 'A4', 'Letter'])))
    prof = os.path.join(TMP, 'chrome_profile')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=' + prof,
                    '--print-to-pdf=' + out_pdf, 'file://' + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def render_weasy(doc, theme, out_pdf):
    import weasyprint
    hp = out_pdf[:-4] + '.html'
    src = html_doc(doc, theme, paper='A4')
    open(hp, 'w', encoding='utf-8').write(src)
    weasyprint.HTML(string=src, base_url=TMP).write_pdf(out_pdf)

# ----------------------------------------------------------------- ReportLab renderer
_RL_FONTS = {}
def rl_fonts(lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if lang in ('zh', 'ja'):
        if 'wqy' not in _RL_FONTS:
            pdfmetrics.registerFont(TTFont('wqy', FONT_CJK, subfontIndex=0)); _RL_FONTS['wqy'] = 1
        return 'wqy', 'wqy'
    if lang == 'pl':
        if 'dj' not in _RL_FONTS:
            pdfmetrics.registerFont(TTFont('DejaVu', FONT_DJ)); pdfmetrics.registerFont(TTFont('DejaVu-Bold', FONT_DJB)); _RL_FONTS['dj'] = 1
        return 'DejaVu', 'DejaVu-Bold'
    return R.choice([('Helvetica', 'Helvetica-Bold'), ('Times-Roman', 'Times-Bold'), ('Helvetica', 'Helvetica-Bold')])

def needs_unicode(doc):
    try:
        for s in [doc['supplier'], doc['sup_addr'], doc['buyer'], doc['buyer_addr']] + [it['desc'] for it in doc['items']]:
            s.replace('–', '-').replace('…', '...').encode('cp1252')
        return False
    except UnicodeEncodeError:
        return True

def wrap_cut(s, n):
    return s if len(s) <= n else s[:n-1] + '…'

def render_reportlab(doc, variant, out_pdf):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib import colors
    lang = doc['lang']; t = T[lang]
    fn, fb = rl_fonts('pl' if needs_unicode(doc) else lang)
    size = letter if (lang == 'en' and R.random() < 0.4) else A4
    W, H = size
    c = canvas.Canvas(out_pdf, pagesize=size)
    c.setCreator(R.choice(['InvoiceDesk 4.2', 'Kingdee KIS', 'Zhiyun ERP', 'FacturaPlus', 'LexFaktura', 'BillBox']))
    c.setAuthor(doc['supplier']); c.setTitle('%s %s' % (title_of(doc), doc['number']))
    acc = colors.HexColor(R.choice(ACCENTS))
    rows = doc['items']; per_first = 24 if variant == 'a' else 20; per_next = 38
    pages = []; i = 0; first = True
    while i < len(rows) or not pages:
        k = per_first if first else per_next
        pages.append(rows[i:i+k]); i += k; first = False
    npages = len(pages)
    cols = [(45, t['item'] if lang not in ('en',) else 'SKU'), (110, t['desc']), (W-240, t['qty']), (W-200, t['unit']), (W-150, t['price']), (W-60, t['amount'])]
    def header(pn):
        if variant == 'a':
            c.setFillColor(acc); c.setFont(fb, 16); c.drawString(40, H-55, doc['supplier'])
            c.setFillColor(colors.black); c.setFont(fn, 8.5)
            c.drawString(40, H-70, doc['sup_addr']); c.drawString(40, H-81, '%s: %s   %s' % (t['taxid'], doc['sup_tax'], doc['sup_tel']))
            c.setFont(fb, 20); c.drawRightString(W-40, H-110, title_of(doc))
            y = H-130
        else:
            c.setFillColor(acc); c.rect(0, H-95, W, 95, stroke=0, fill=1)
            c.setFillColor(colors.white); c.setFont(fb, 22); c.drawString(40, H-50, title_of(doc))
            c.setFont(fb, 10); c.drawRightString(W-40, H-45, doc['supplier'])
            c.setFont(fn, 8); c.drawRightString(W-40, H-58, doc['sup_addr']); c.drawRightString(W-40, H-70, '%s %s' % (t['taxid'], doc['sup_tax']))
            c.setFillColor(colors.black); y = H-125
        c.setFont(fn, 9)
        c.drawString(W-230, y, t['no']); c.drawString(W-140, y, doc['number'])
        c.drawString(W-230, y-13, t['date']); c.drawString(W-140, y-13, doc['date_str'])
        c.drawString(W-230, y-26, t['ref']); c.drawString(W-140, y-26, doc['order_ref'])
        if npages > 1: c.drawString(W-230, y-39, '%s %d/%d' % (t['page'], pn, npages))
        if pn == 1:
            c.setFont(fb, 9); c.drawString(40, y, t['bill_to'])
            c.setFont(fn, 9); c.drawString(40, y-13, doc['buyer'])
            c.setFont(fn, 8); c.drawString(40, y-25, wrap_cut(doc['buyer_addr'], 80)); c.drawString(40, y-36, '%s: %s' % (t['taxid'], doc['buyer_tax']))
        return y - 62
    for pn, prow in enumerate(pages, 1):
        y = header(pn)
        c.setFont(fb, 8.5)
        if variant == 'b': c.setFillColor(colors.HexColor('#e9edf2')); c.rect(38, y-4, W-76, 15, stroke=0, fill=1); c.setFillColor(colors.black)
        for j, (x, lab) in enumerate(cols):
            (c.drawString if j < 2 else c.drawRightString)(x if j < 2 else x + 20, y, lab)
        c.setStrokeColor(acc); c.line(38, y-6, W-38, y-6); y -= 20
        c.setFont(fn, 8.5)
        cw = 34 if lang in ('zh', 'ja') else 58
        for it in prow:
            c.drawString(45, y, it['sku']); c.drawString(110, y, wrap_cut(it['desc'], cw))
            c.drawRightString(W-220, y, str(it['qty'])); c.drawRightString(W-180, y, it['unit'])
            c.drawRightString(W-130, y, money(doc, it['price'], sym=False)); c.drawRightString(W-40, y, money(doc, it['amount'], sym=False))
            y -= 15
            if variant == 'a': c.setStrokeColor(colors.HexColor('#cccccc')); c.line(38, y+10, W-38, y+10)
        if pn < npages:
            c.setFont(fn, 8); c.drawRightString(W-40, 40, '%s %d/%d →' % (t['page'], pn, npages)); c.showPage(); continue
        y -= 8
        if doc['has_total']:
            lines = [(t['subtotal'], money(doc, doc['subtotal']))]
            if doc['discount']: lines.append(('%s %d%%' % (t['discount'], doc['disc_pct']), '-' + money(doc, doc['discount'])))
            if doc['shipping']: lines.append((t['shipping'], money(doc, doc['shipping'])))
            if doc['show_tax']: lines.append(('%s %s%%' % (t['tax'], fmt_num(doc['tax_rate'] * 100, doc['nf'], 0)), money(doc, doc['tax'])))
            c.setFont(fn, 9)
            for a, b in lines:
                c.drawString(W-250, y, a); c.drawRightString(W-40, y, b); y -= 14
            c.setStrokeColor(colors.black); c.line(W-250, y+9, W-38, y+9)
            c.setFont(fb, 11); c.drawString(W-250, y-4, t['total'] if doc['doc_type'] != 'credit_note' else t['credit_note']); c.drawRightString(W-40, y-4, doc['total_str'])
            y -= 30
        c.setFont(fn, 8)
        c.drawString(40, max(y, 90), t['terms'])
        c.drawString(40, max(y, 90)-12, '%s: %s' % (t['bank'], R.choice(['DE44 5001 0517 ', 'FR76 1027 8060 ', 'IT60 X054 2811 ', 'ES91 2100 0418 ', 'NL02 ABNA 0123 ', 'PL27 1140 2004 ', '6228 4800 ']) + rdig(4) + ' ' + rdig(4)))
        c.drawString(40, 50, t['thanks'])
        c.showPage()
    c.save()

# ----------------------------------------------------------------- fpdf2 renderer
def render_fpdf(doc, variant, out_pdf):
    from fpdf import FPDF
    lang = doc['lang']; t = T[lang]
    pdf = FPDF(format='A4', unit='mm')
    pdf.core_fonts_encoding = 'windows-1252'
    pdf.set_creator(R.choice(['Faktura Online 3', 'e-Biuro', 'SimpleBooks', 'Fakturownia-like']))
    pdf.set_title('%s %s' % (title_of(doc), doc['number']))
    if lang == 'pl' or needs_unicode(doc):
        lang = 'pl'
        pdf.add_font('DV', '', FONT_DJ); pdf.add_font('DV', 'B', FONT_DJB); F = 'DV'
    else:
        F = R.choice(['helvetica', 'times', 'courier']) if variant == 'b' else 'helvetica'
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    def txt(s): return s if lang == 'pl' else s.replace('–', '-').replace('…', '...').replace('’', "'").replace('µ', 'u')
    pdf.set_font(F, 'B', 15); pdf.cell(0, 8, txt(doc['supplier']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 8.5)
    pdf.cell(0, 4.5, txt(doc['sup_addr']), new_x='LMARGIN', new_y='NEXT')
    pdf.cell(0, 4.5, txt('%s: %s  |  %s' % (t['taxid'], doc['sup_tax'], doc['sup_tel'])), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    pdf.set_font(F, 'B', 17); pdf.cell(0, 9, txt(title_of(doc)), align='C' if variant == 'b' else 'L', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2); y0 = pdf.get_y()
    pdf.set_font(F, 'B', 9); pdf.cell(95, 5, txt(t['bill_to']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 9); pdf.cell(95, 5, txt(doc['buyer']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 8); pdf.multi_cell(90, 4, txt(doc['buyer_addr']), new_x='LMARGIN', new_y='NEXT')
    pdf.cell(95, 4.5, txt('%s: %s' % (t['taxid'], doc['buyer_tax'])), new_x='LMARGIN', new_y='NEXT')
    y1 = pdf.get_y(); pdf.set_y(y0)
    pdf.set_font(F, '', 9)
    for a, b in [(t['no'], doc['number']), (t['date'], doc['date_str']), (t['due'], doc['due_str']), (t['ref'], doc['order_ref'])]:
        pdf.set_x(120); pdf.cell(35, 5, txt(a)); pdf.cell(0, 5, txt(b), new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    widths = [14, 86, 16, 14, 28, 32]
    heads = [t['item'], t['desc'], t['qty'], t['unit'], t['price'], t['amount']]
    def head():
        pdf.set_font(F, 'B', 8.5); pdf.set_fill_color(225, 225, 225)
        for w, h_ in zip(widths, heads): pdf.cell(w, 6, txt(h_), border=1, fill=True, align='C')
        pdf.ln(); pdf.set_font(F, '', 8.5)
    head()
    for n, it in enumerate(doc['items'], 1):
        if pdf.get_y() > 265: pdf.add_page(); head()
        vals = [str(n), wrap_cut(txt(it['desc']), 52), str(it['qty']), txt(it['unit']), money(doc, it['price'], sym=False), money(doc, it['amount'], sym=False)]
        for j, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 5.5, v, border=1 if variant == 'a' else 'LR', align='R' if j >= 2 else 'L')
        pdf.ln()
    if variant == 'b': pdf.cell(sum(widths), 0, '', border='T', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    if pdf.get_y() > 240: pdf.add_page()
    lines = [(t['subtotal'], money(doc, doc['subtotal']))]
    if doc['discount']: lines.append(('%s %d%%' % (t['discount'], doc['disc_pct']), '-' + money(doc, doc['discount'])))
    if doc['shipping']: lines.append((t['shipping'], money(doc, doc['shipping'])))
    if doc['show_tax']: lines.append(('%s %s%%' % (t['tax'], fmt_num(doc['tax_rate'] * 100, doc['nf'], 0)), money(doc, doc['tax'])))
    for a, b in lines:
        pdf.set_x(110); pdf.cell(50, 5.5, txt(a)); pdf.cell(30, 5.5, txt(b), align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, 'B', 10.5); pdf.set_x(110); pdf.cell(50, 7, txt(t['total']), border='T'); pdf.cell(30, 7, txt(doc['total_str']), border='T', align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(8); pdf.set_font(F, '', 8)
    pdf.multi_cell(0, 4, txt(t['terms']), new_x='LMARGIN', new_y='NEXT')
    pdf.cell(0, 4, txt('%s: %s' % (t['bank'], R.choice(['DE89 3704 0044 ', 'FR14 2004 1010 ', 'IT40 S054 2811 ', 'ES66 2100 0418 ', 'NL20 INGB 0001 ', 'PL10 1050 0099 ']) + rdig(4) + ' ' + rdig(4))), new_x='LMARGIN', new_y='NEXT')
    pdf.output(out_pdf)

# ----------------------------------------------------------------- spreadsheet (flat ODS) -> LibreOffice
def fods(doc):
    lang = doc['lang']; t = T[lang]
    loc = {'en': ('en', 'US'), 'zh': ('zh', 'CN'), 'ja': ('ja', 'JP'), 'de': ('de', 'DE'), 'fr': ('fr', 'FR'), 'it': ('it', 'IT'),
           'es': ('es', 'ES'), 'pl': ('pl', 'PL'), 'nl': ('nl', 'NL')}[lang]
    places = doc['places']
    X = lambda s: E(str(s))
    rows = []
    def srow(*cells, style='Default'):
        rows.append('<table:table-row>' + ''.join(
            '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (style, X(c)) if c != '' else '<table:table-cell/>'
            for c in cells) + '</table:table-row>')
    srow(doc['supplier'], style='Big'); srow(doc['sup_addr']); srow('%s: %s   %s' % (t['taxid'], doc['sup_tax'], doc['sup_tel'])); srow('')
    srow(title_of(doc), '', '', '', t['no'], doc['number'], style='Title')
    srow(t['bill_to'], '', '', '', t['date'], doc['date_str'])
    srow(doc['buyer'], '', '', '', t['ref'], doc['order_ref']); srow(doc['buyer_addr']); srow('%s: %s' % (t['taxid'], doc['buyer_tax'])); srow('')
    srow(t['item'], t['desc'], t['qty'], t['unit'], t['price'], t['amount'], style='Head')
    r0 = len(rows) + 1
    for n, it in enumerate(doc['items'], 1):
        r = len(rows) + 1
        correct = q2(it['price'] * it['qty'], places)
        if it['amount'] == correct:
            amt = '<table:table-cell table:style-name="Num" table:formula="of:=[.C%d]*[.E%d]" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (r, r, it['amount'], fmt_num(it['amount'], doc['nf'], places))
        else:
            amt = '<table:table-cell table:style-name="Num" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (it['amount'], fmt_num(it['amount'], doc['nf'], places))
        rows.append('<table:table-row><table:table-cell table:style-name="Grid" office:value-type="float" office:value="%d"><text:p>%d</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Grid" office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Grid" office:value-type="float" office:value="%d"><text:p>%d</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Grid" office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Num" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>%s</table:table-row>'
                    % (n, n, X(it['desc']), it['qty'], it['qty'], X(it['unit']), it['price'], fmt_num(it['price'], doc['nf'], places), amt))
    r1 = len(rows)
    def trow(label, val, style='Num', formula=None):
        f = ' table:formula="%s"' % formula if formula else ''
        rows.append('<table:table-row><table:table-cell/><table:table-cell/><table:table-cell/><table:table-cell/>'
                    '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"%s><text:p>%s</text:p></table:table-cell></table:table-row>'
                    % ('TotLab' if style == 'Grand' else 'Default', X(label), style, val, f, X(fmt_num(val, doc['nf'], places))))
    srow('')
    if doc['has_total']:
        ok = doc['arith'] not in ('sum',)
        trow(t['subtotal'], doc['subtotal'], formula='of:=SUM([.F%d:.F%d])' % (r0, r1) if ok else None)
        if doc['discount']: trow('%s %d%%' % (t['discount'], doc['disc_pct']), -doc['discount'])
        if doc['shipping']: trow(t['shipping'], doc['shipping'])
        if doc['show_tax']: trow('%s %s%%' % (t['tax'], fmt_num(doc['tax_rate'] * 100, doc['nf'], 0)), doc['tax'])
        trow('%s (%s)' % (t['total'], doc['currency']), doc['total'], style='Grand')
    srow(''); srow(t['terms']); srow(t['thanks'])
    dp = places
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <number:number-style style:name="N2" number:language="%(l)s" number:country="%(c)s"><number:number number:decimal-places="%(dp)d" number:min-decimal-places="%(dp)d" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="table-cell"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Num" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Grand" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="1.2pt solid #000000"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TotLab" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="%(sheet)s">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co4"/>
%(rows)s
</table:table></office:spreadsheet></office:body></office:document>''' % dict(l=loc[0], c=loc[1], dp=dp, rows='\n'.join(rows), sheet=X(doc['number'].replace('/', '-')))

# ----------------------------------------------------------------- python-docx -> LibreOffice
def make_docx(doc, path):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    lang = doc['lang']; t = T[lang]
    d = docx.Document()
    for s in d.sections: s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.6)
    st = d.styles['Normal']; st.font.name = R.choice(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']) ; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    d.core_properties.author = R.choice(['admin', 'Sales01', 'caiwu', 'office', 'user']); d.core_properties.title = title_of(doc)
    def para(text, bold=False, size=None, align=None, color=None):
        p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(1)
        return p
    para(doc['supplier'], True, 15, color='1F3864'); para(doc['sup_addr']); para('%s: %s    %s' % (t['taxid'], doc['sup_tax'], doc['sup_tel']))
    para(title_of(doc), True, 18, 'c')
    if doc['doc_type'] == 'other' and doc['sub'] == 'letter':
        L = LETTER[lang]; f = dict(sup=doc['supplier'], buy=doc['buyer'], no=doc['number'])
        para(doc['date_str'], align='r'); para(L[1]); para(L[2].format(**f)); para(L[3]); para(''); para(L[4]); para(''); para(R.choice(['Chen Wei', 'Zhou Jun']))
        d.save(path); return
    tb = d.add_table(rows=4, cols=2)
    cells = [(t['bill_to'], t['no'] + ': ' + doc['number']), (doc['buyer'], t['date'] + ': ' + doc['date_str']),
             (doc['buyer_addr'], t['ref'] + ': ' + doc['order_ref']), ('%s: %s' % (t['taxid'], doc['buyer_tax']), '')]
    for rr, (a, b) in enumerate(cells):
        tb.cell(rr, 0).text = a; tb.cell(rr, 1).text = b
    para('')
    dt = doc['doc_type']
    if dt in ('packing_list', 'delivery_note'):
        heads = [t['item'], t['desc'], t['qty'], t['unit'], t['cartons']]
        data = [[str(n), it['desc'], str(it['qty']), it['unit'], str(max(1, it['qty'] // 20))] for n, it in enumerate(doc['items'], 1)]
    else:
        heads = [t['item'], t['desc'], t['qty'], t['unit'], t['price'], t['amount']]
        data = [[str(n), it['desc'], str(it['qty']), it['unit'], money(doc, it['price'], sym=False), money(doc, it['amount'], sym=False)] for n, it in enumerate(doc['items'], 1)]
    tbl = d.add_table(rows=1, cols=len(heads)); tbl.style = 'Table Grid'
    for j, h_ in enumerate(heads):
        tbl.rows[0].cells[j].text = h_; tbl.rows[0].cells[j].paragraphs[0].runs[0].bold = True
    for row in data:
        cs = tbl.add_row().cells
        for j, v in enumerate(row):
            cs[j].text = v
            if j >= 2: cs[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para('')
    if doc['has_total']:
        lines = [(t['subtotal'], money(doc, doc['subtotal']))]
        if doc['discount']: lines.append(('%s %d%%' % (t['discount'], doc['disc_pct']), '-' + money(doc, doc['discount'])))
        if doc['shipping']: lines.append((t['shipping'], money(doc, doc['shipping'])))
        if doc['show_tax']: lines.append(('%s %s%%' % (t['tax'], fmt_num(doc['tax_rate'] * 100, doc['nf'], 0)), money(doc, doc['tax'])))
        for a, b in lines: para('%s:  %s' % (a, b), align='r')
        para('%s:  %s' % (t['total'], doc['total_str']), True, 12, 'r')
        if lang == 'zh' and doc['currency'] == 'CNY': para('人民币大写：' + cn_upper(doc['total']), align='r')
    para(''); para(t['terms']); para(t['thanks'])
    d.save(path)

def soffice_convert(paths, outdir):
    if not paths: return
    prof = 'file://' + os.path.join(TMP, 'lo_profile')
    for k in range(0, len(paths), 12):
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths[k:k+12],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ----------------------------------------------------------------- PDF text geometry (pdfium)
def pdf_pages(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path); n = len(d); d.close(); return n

def page_chars(path, pi):
    """list of (char, (l,b,r,t)) in PDF points, plus page size"""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path); pg = d[pi]; tp = pg.get_textpage()
    n = tp.count_chars(); out = []
    txt = tp.get_text_range(0, n) if n else ''
    for i in range(n):
        out.append((txt[i] if i < len(txt) else '', tp.get_charbox(i)))
    W, H = pg.get_size(); d.close()
    return out, (W, H), txt

def find_all(path, s, pi=None, standalone=False):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path); res = []
    for p in range(len(d)):
        if pi is not None and p != pi: continue
        tp = d[p].get_textpage(); n = tp.count_chars(); full = tp.get_text_range(0, n) if n else ''
        se = tp.search(s, match_case=True)
        while True:
            r = se.get_next()
            if not r: break
            i, k = r
            if standalone:
                pre = full[i-1] if i > 0 else ' '; post = full[i+k] if i + k < len(full) else ' '
                if pre.isdigit() or post.isdigit() or (pre in ',.' and i > 1 and full[i-2].isdigit()) or (post in ',.' and i + k + 1 < len(full) and full[i+k+1].isdigit()):
                    continue
            boxes = [tp.get_charbox(i + j) for j in range(k)]
            res.append((p, boxes, full[i:i+k]))
    d.close()
    return res

def union(boxes):
    bs = [b for b in boxes if b[2] - b[0] > 0.01]
    return (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))

# ----------------------------------------------------------------- captures
import numpy as np
def render_page(path, pi, scale):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path); pg = d[pi]
    im = pg.render(scale=scale).to_pil().convert('RGB'); W, H = pg.get_size(); d.close()
    return im, (W, H)

class Cap:
    """a captured image of one PDF page + a map from PDF points to final pixels"""
    def __init__(self, img, M, scale, H):
        self.img, self.M, self.scale, self.H = img, M, scale, H
    def pt(self, x, y):
        import cv2
        p = np.array([[[x * self.scale, (self.H - y) * self.scale]]], dtype=np.float64)
        q = cv2.perspectiveTransform(p, self.M)
        return q[0, 0]
    def box(self, b):
        pts = [self.pt(b[0], b[1]), self.pt(b[2], b[1]), self.pt(b[0], b[3]), self.pt(b[2], b[3])]
        xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
        return (int(math.floor(min(xs))), int(math.floor(min(ys))), int(math.ceil(max(xs))), int(math.ceil(max(ys))))

def cap_photo(src, pi, rng):
    import cv2
    scale = rng.uniform(1.55, 1.9)
    page, (W, H) = render_page(src, pi, scale)
    a = np.asarray(page).astype(np.float32)
    tint = np.array([rng.uniform(238, 250), rng.uniform(234, 246), rng.uniform(222, 238)], np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    cw, ch = int(w * rng.uniform(1.12, 1.25)), int(h * rng.uniform(1.08, 1.16))
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    base = np.array(rng.choice([(120, 86, 58), (150, 140, 128), (70, 72, 78), (168, 130, 96)]), np.float32)
    grain = (np.sin(xx / rng.uniform(5, 14) + np.sin(yy / 40.0) * 3) * 10)[..., None]
    bg = np.clip(base + grain + np.random.RandomState(rng.randint(0, 1 << 30)).normal(0, 6, (ch, cw, 1)), 0, 255)
    ox, oy = (cw - w) / 2, (ch - h) / 2
    j = lambda s: rng.uniform(-s, s)
    src_q = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    k = 0.035
    dst_q = np.float32([[ox + j(w*k), oy + j(h*k)], [ox + w + j(w*k), oy + j(h*k)], [ox + w + j(w*k), oy + h + j(h*k)], [ox + j(w*k), oy + h + j(h*k)]])
    M = cv2.getPerspectiveTransform(src_q, dst_q)
    warped = cv2.warpPerspective(a, M, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (cw, ch))[..., None]
    mask = cv2.GaussianBlur(mask, (5, 5), 1.2)[..., None] if mask.ndim == 3 and False else cv2.GaussianBlur(mask[..., 0], (5, 5), 1.2)[..., None]
    out = warped * mask + bg * (1 - mask)
    # uneven light: linear + radial gradient, plus a soft shadow blob
    gx, gy = rng.uniform(-0.35, 0.35), rng.uniform(-0.35, 0.35)
    light = 1.0 + gx * (xx / cw - 0.5) + gy * (yy / ch - 0.5)
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.2, 0.8) * ch
    light *= 1.08 - 0.22 * (((xx - cx) / cw) ** 2 + ((yy - cy) / ch) ** 2)
    if rng.random() < 0.75:
        sh = np.zeros((ch, cw), np.float32)
        pts = np.int32([[rng.uniform(-0.2, 0.5) * cw, -10], [rng.uniform(0.3, 1.1) * cw, -10], [rng.uniform(0.2, 0.9) * cw, rng.uniform(0.2, 0.55) * ch]])
        if rng.random() < 0.5: pts[:, 1] = ch - pts[:, 1]
        cv2.fillPoly(sh, [pts], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), rng.uniform(25, 60))
        light *= 1 - rng.uniform(0.18, 0.35) * sh
    out = out * light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.0))
    out = out + np.random.RandomState(rng.randint(0, 1 << 30)).normal(0, rng.uniform(2, 5), out.shape)
    from PIL import Image
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    return Cap(img, M.astype(np.float64), scale, H)

def cap_scan(src, pi, rng, grey=True, dpi=None):
    import cv2
    dpi = dpi or rng.choice([150, 200, 200, 300]) * 0.85
    scale = dpi / 72.0
    page, (W, H) = render_page(src, pi, scale)
    a = np.asarray(page.convert('L') if grey else page).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.4, 1.4); dx, dy = rng.uniform(-12, 12), rng.uniform(-10, 14)
    M2 = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0); M2[0, 2] += dx; M2[1, 2] += dy
    border = rng.choice([255, 235, 90])
    out = cv2.warpAffine(a, M2, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    # copier tone curve, toner specks, noise, slight blur
    gamma = rng.uniform(0.8, 1.15)
    out = 255.0 * (np.clip(out, 0, 255) / 255.0) ** gamma
    out = out * rng.uniform(0.92, 1.0) + rng.uniform(0, 12)
    rs = np.random.RandomState(rng.randint(0, 1 << 30))
    out = out + rs.normal(0, rng.uniform(3, 7), out.shape)
    specks = rs.random_sample(out.shape[:2]) < 0.0004
    out[specks] = rs.uniform(40, 120)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.8))
    from PIL import Image
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    M = np.vstack([M2, [0, 0, 1]])
    return Cap(img, M, scale, H)

def cap_wechat(src, pi, rng):
    from PIL import Image, ImageDraw, ImageFont
    sw, sh = 1080, 2340
    page, (W, H) = render_page(src, pi, 1.0)
    scale = (sw - 2 * 18) / W
    page, _ = render_page(src, pi, scale)
    img = Image.new('RGB', (sw, sh), (237, 237, 237))
    top = 230
    img.paste(page.crop((0, 0, page.width, min(page.height, sh - top - 40))), (18, top))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_CJK, 40); f2 = ImageFont.truetype(FONT_CJK, 44)
    dr.rectangle((0, 0, sw, 110), fill=(246, 246, 246)); dr.text((50, 30), '%d:%02d' % (rng.randint(8, 22), rng.randint(0, 59)), font=f, fill=(0, 0, 0))
    dr.rectangle((sw - 150, 42, sw - 70, 78), outline=(0, 0, 0), width=3); dr.rectangle((sw - 146, 46, sw - 146 + rng.randint(20, 72), 74), fill=(0, 0, 0))
    dr.rectangle((0, 110, sw, 220), fill=(246, 246, 246)); dr.text((40, 140), '‹', font=f2, fill=(0, 0, 0))
    dr.text((sw / 2, 165), rng.choice(['文件预览', '发票.pdf', 'Invoice.pdf', '对账单']), font=f2, fill=(0, 0, 0), anchor='mm')
    dr.text((sw - 90, 140), '···', font=f2, fill=(0, 0, 0))
    M = np.array([[1, 0, 18], [0, 1, top], [0, 0, 1]], np.float64)
    return Cap(img, M, scale, H)

def save_img(img, path, quality=None, grey=False):
    if grey: img = img.convert('L')
    if path.lower().endswith('.png'): img.save(path, optimize=False)
    else: img.save(path, quality=quality, subsampling=2 if quality < 90 else 0)

# ----------------------------------------------------------------- image edits (photo app / paint program)
def _paper(img, box, pad=6):
    a = np.asarray(img.convert('RGB')).astype(np.float32)
    x0, y0, x1, y1 = box; H, W = a.shape[:2]
    ring = []
    for (xa, ya, xb, yb) in [(x0 - pad, y0 - pad, x1 + pad, y0 - 1), (x0 - pad, y1 + 1, x1 + pad, y1 + pad)]:
        xa, ya, xb, yb = max(0, xa), max(0, ya), min(W, xb), min(H, yb)
        if xb > xa and yb > ya: ring.append(a[ya:yb, xa:xb].reshape(-1, 3))
    px = np.concatenate(ring) if ring else a[y0:y1, x0:x1].reshape(-1, 3)
    lum = px.mean(1); px = px[lum >= np.percentile(lum, 40)]
    return tuple(int(v) for v in np.median(px, 0))

def _ink(img, box):
    a = np.asarray(img.convert('RGB'))[box[1]:box[3], box[0]:box[2]].reshape(-1, 3).astype(np.float32)
    lum = a.mean(1); sel = a[lum <= np.percentile(lum, 8)]
    return tuple(int(v) for v in np.median(sel, 0)) if len(sel) else (30, 30, 30)

def font_for(text, bold=False):
    if any(ord(ch) > 0x2e80 for ch in text): return FONT_CJK
    return FONT_DJB if bold else R.choice([FONT_DJ, FONT_DJ, FONT_SERIF])

def ed_retype(img, box, old, new, align='left', patch='paper', bold=False):
    from PIL import ImageDraw, ImageFont
    mode = img.mode; img = img.convert('RGB')
    x0, y0, x1, y1 = box
    ink = _ink(img, box); paper = _paper(img, box) if patch == 'paper' else (255, 255, 255)
    fp = font_for(new + old, bold)
    hgt = max(4, y1 - y0)
    size = 10
    for _ in range(3):
        f = ImageFont.truetype(fp, size); bb = f.getbbox(old)
        size = max(6, int(round(size * hgt / max(1, bb[3] - bb[1]))))
    f = ImageFont.truetype(fp, size); bo = f.getbbox(old); bn = f.getbbox(new)
    dr = ImageDraw.Draw(img)
    wpad = 3; newx1 = x0 + (bn[2] - bn[0])
    dr.rectangle((x0 - wpad, y0 - 3, max(x1, newx1) + wpad if align == 'left' else x1 + wpad, y1 + 3) if align == 'left'
                 else (min(x0, x1 - (bn[2] - bn[0])) - wpad, y0 - 3, x1 + wpad, y1 + 3), fill=paper)
    oy = y0 - bo[1]
    ox = x0 - bn[0] if align == 'left' else x1 - bn[2]
    dr.text((ox, oy), new, font=f, fill=ink)
    return img.convert(mode)

def ed_paste(img, box, donor_img, donor_box, align='left'):
    """cover the target with paper colour, then paste a crop from another photo, scaled to the same text height"""
    from PIL import ImageDraw, Image
    mode = img.mode; img = img.convert('RGB'); dimg = donor_img.convert('RGB')
    p = 4
    crop = dimg.crop((donor_box[0] - p, donor_box[1] - p, donor_box[2] + p, donor_box[3] + p))
    th = (box[3] - box[1]) + 2 * p
    sc = th / crop.height
    crop = crop.resize((max(1, int(crop.width * sc)), th), Image.LANCZOS)
    paper = _paper(img, box)
    dr = ImageDraw.Draw(img)
    if align == 'left':
        dr.rectangle((box[0] - 3, box[1] - 3, max(box[2], box[0] + crop.width - 2 * p) + 3, box[3] + 3), fill=paper)
        img.paste(crop, (box[0] - p, box[1] - p))
    else:
        dr.rectangle((min(box[0], box[2] - crop.width + 2 * p) - 3, box[1] - 3, box[2] + 3, box[3] + 3), fill=paper)
        img.paste(crop, (box[2] + p - crop.width, box[1] - p))
    return img.convert(mode)

def ed_clone(img, src_box, dst_box):
    """clone-stamp: copy a rectangle centred on src_box to the centre of dst_box"""
    w = max(src_box[2] - src_box[0], dst_box[2] - dst_box[0]) + 2
    h = max(src_box[3] - src_box[1], dst_box[3] - dst_box[1]) + 2
    sx, sy = (src_box[0] + src_box[2]) // 2, (src_box[1] + src_box[3]) // 2
    dx, dy = (dst_box[0] + dst_box[2]) // 2, (dst_box[1] + dst_box[3]) // 2
    patch = img.crop((sx - w // 2, sy - h // 2, sx - w // 2 + w, sy - h // 2 + h))
    img = img.copy(); img.paste(patch, (dx - w // 2, dy - h // 2))
    return img

# ----------------------------------------------------------------- PDF edits
def overlay_pdf(W, H, box, new, size, align, cjk, bg=(1, 1, 1)):
    from reportlab.pdfgen import canvas
    buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H))
    fn = 'Helvetica'
    if cjk: rl_fonts('zh'); fn = 'wqy'
    c.setFillColorRGB(*bg); c.setStrokeColorRGB(*bg)
    c.rect(box[0] - 1.5, box[1] - 1.8, box[2] - box[0] + 3, box[3] - box[1] + 3.2, stroke=0, fill=1)
    c.setFillColorRGB(0.08, 0.08, 0.08); c.setFont(fn, size)
    if align == 'left': c.drawString(box[0], box[1] + 0.3, new)
    else: c.drawRightString(box[2], box[1] + 0.3, new)
    c.save(); buf.seek(0); return buf

def pdf_overlay_edit(src, dst, targets, incremental=False):
    """targets: list of (page, box_pt, new_text, align, font_size, cjk)"""
    import pypdf
    if incremental:
        w = pypdf.PdfWriter(src, incremental=True)
    else:
        w = pypdf.PdfWriter(clone_from=src)
    for (pi, box, new, align, size, cjk) in targets:
        pg = w.pages[pi]
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        ov = pypdf.PdfReader(overlay_pdf(W, H, box, new, size, align, cjk)).pages[0]
        pg.merge_page(ov)
    if not incremental:
        w.add_metadata({'/Producer': 'pypdf', '/ModDate': "D:20260302%02d%02d11+08'00'" % (R.randint(8, 22), R.randint(0, 59))})
    with open(dst, 'wb') as f: w.write(f)

LIT = re.compile(rb'\((?:[^()\\]|\\.)*\)', re.S)
def pikepdf_replace(src, dst, pairs):
    import pikepdf
    pdf = pikepdf.open(src); n = 0
    for pg in pdf.pages:
        conts = pg.obj.Contents
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for st in streams:
            data = st.read_bytes(); orig = data
            def sub(m):
                s = m.group(0)
                for a, b in pairs:
                    s = s.replace(a.encode('cp1252'), b.encode('cp1252'))
                return s
            data = LIT.sub(sub, data)
            if data != orig:
                n += 1; st.write(data)
    pdf.save(dst)
    return n

# ----------------------------------------------------------------- plan
def parse_num(s, nf):
    s = re.sub(r'[^\d,.\- ]', '', s).strip()
    if nf == 'eu': s = s.replace('.', '').replace(',', '.')
    elif nf == 'fr': s = s.replace(' ', '').replace(',', '.')
    else: s = s.replace(',', '')
    return D(s.replace(' ', ''))

def build_plan():
    P = []
    def add(lang, dt, sub=None, n=1): P.extend([(lang, dt, sub or dt)] * n)
    add('zh', 'tax_invoice', n=10); add('zh', 'invoice', n=16); add('zh', 'receipt', n=3); add('zh', 'proforma')
    add('zh', 'packing_list'); add('zh', 'delivery_note'); add('zh', 'quotation'); add('zh', 'other', 'price_list')
    add('en', 'invoice', n=12); add('en', 'invoice', 'commercial', n=9); add('en', 'receipt', n=2); add('en', 'credit_note', n=2); add('en', 'proforma', n=2)
    add('en', 'packing_list'); add('en', 'purchase_order'); add('en', 'other', 'letter')
    add('ja', 'invoice', n=10); add('ja', 'receipt'); add('ja', 'delivery_note')
    add('de', 'invoice', n=8); add('de', 'credit_note'); add('de', 'delivery_note')
    add('fr', 'invoice', n=7); add('fr', 'other', 'letter')
    add('it', 'invoice', n=6); add('es', 'invoice', n=5); add('es', 'receipt')
    add('pl', 'invoice', n=6); add('pl', 'credit_note'); add('nl', 'invoice', n=6); add('nl', 'quotation')
    return P

CYC = {'zh': ['chromium', 'weasy', 'reportlab', 'docx', 'calc', 'chromium', 'reportlab', 'weasy', 'docx'],
       'en': ['reportlab', 'chromium', 'fpdf', 'weasy', 'calc', 'docx', 'reportlab', 'fpdf'],
       'ja': ['chromium', 'weasy', 'reportlab', 'calc', 'docx', 'chromium'],
       'eu': ['fpdf', 'reportlab', 'chromium', 'weasy', 'calc', 'docx', 'fpdf', 'reportlab', 'chromium']}
PRODUCER_NAME = {'chromium': 'chromium_html', 'weasy': 'weasyprint_html', 'reportlab': 'reportlab', 'fpdf': 'fpdf2',
                 'calc': 'libreoffice_calc', 'docx': 'python-docx_libreoffice'}
CAPNAME = {'photo': 'phone_photo_jpg', 'png': 'wechat_screenshot_png', 'scan_jpg': 'copier_scan_jpg', 'scan_pdf': 'copier_scan_pdf'}

_names = set()
def fname(kind, rng):
    while True:
        d = datetime.datetime(2026, 1, 5) + datetime.timedelta(seconds=rng.randint(0, 60 * 86400))
        if kind == 'photo': n = 'IMG_%s.jpg' % d.strftime('%Y%m%d_%H%M%S')
        elif kind == 'png': n = rng.choice(['mmexport%d.png' % (int(d.timestamp()) * 1000 + rng.randint(0, 999)), '微信图片_%s.png' % d.strftime('%Y%m%d%H%M%S'), 'Screenshot_%s.png' % d.strftime('%Y-%m-%d-%H-%M-%S')])
        elif kind == 'scan_jpg': n = rng.choice(['SCAN_%04d.jpg' % rng.randint(1, 9999), 'scan%s.jpg' % d.strftime('%Y%m%d%H%M')])
        elif kind == 'scan_pdf': n = rng.choice(['SCAN_%s_%03d.pdf' % (d.strftime('%Y%m%d'), rng.randint(1, 300)), 'Doc%s.pdf' % d.strftime('%y%m%d%H%M%S')])
        else: n = rng.choice(['invoice_%s.pdf' % ''.join(rng.choice('0123456789abcdef') for _ in range(8)), 'download (%d).pdf' % rng.randint(1, 60),
                              '%s.pdf' % ''.join(rng.choice('0123456789') for _ in range(12)), 'doc_%s.pdf' % d.strftime('%m%d%H%M%S'),
                              '发票_%d.pdf' % rng.randint(100, 99999), 'Rechnung_%d.pdf' % rng.randint(1000, 9999) if rng.random() < 0.15 else 'file_%d.pdf' % rng.randint(10000, 99999)])
        if n not in _names: _names.add(n); return n

def label_for(doc, file, producer, pages, **kw):
    lab = dict(file=file, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc['lang'],
               is_invoice=doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'),
               doc_type=doc['doc_type'], date=doc['date'].isoformat(),
               total=(str(-doc['total'] if doc['doc_type'] == 'credit_note' and False else doc['total']) if doc['has_total'] else None),
               currency=doc['currency'] if doc['has_total'] or doc['sub'] == 'price_list' else None,
               supplier=doc['supplier'], buyer=doc['buyer'], pages=pages, edit_before_capture=False,
               arithmetic_error=bool(doc.get('arith')))
    lab.update(kw); return lab

# ----------------------------------------------------------------- main
def locate(doc, src, field):
    if field == 'buyer': return find_all(src, doc['buyer'])
    if field == 'supplier': return find_all(src, doc['supplier'])
    if field == 'date': return find_all(src, doc['date_str'])
    if field == 'total': return find_all(src, doc['total_num'], standalone=True)
    if field == 'quantity':
        it = doc['items'][0]
        dd = find_all(src, it['desc'][:10])
        if not dd: return []
        p, bx, _ = dd[0]; u = union(bx); cy = (u[1] + u[3]) / 2
        out = [(pp, b, s) for (pp, b, s) in find_all(src, str(it['qty']), pi=p, standalone=True)
               if pp == p and abs((union(b)[1] + union(b)[3]) / 2 - cy) < 3 and union(b)[0] > u[2]]
        return out[:1]
    raise ValueError(field)

def new_value(doc, field, rng):
    lang = doc['lang']
    if field == 'buyer':
        grp = 'zh' if lang == 'zh' else 'ja' if lang == 'ja' else 'en' if lang == 'en' else 'eu'
        cand = SELLER[grp][0] if grp != 'en' else rng.choice([SELLER['en'][0], SELLER['hk'][0]])
        return None if cand == doc['buyer'] or doc['buyer'] in [v[0] for v in SELLER.values()] else cand
    if field == 'date':
        nd = doc['date'] - datetime.timedelta(days=rng.randint(35, 170))
        return nd, fmt_date(nd, doc['dstyle'])
    if field == 'total':
        nt = q2(doc['total'] * D(str(rng.choice([1.5, 1.8, 2.2, 2.5, 3.0, 4.0]))), doc['places'])
        return nt, fmt_num(nt, doc['nf'], doc['places'])
    if field == 'quantity':
        q = doc['items'][0]['qty']; return q * rng.choice([2, 3, 5, 10])
    raise ValueError(field)

def main():
    import pypdf
    if os.path.exists(OUT): shutil.rmtree(OUT)
    if os.path.exists(TMP): shutil.rmtree(TMP)
    os.makedirs(OUT); os.makedirs(TMP)
    rng = random.Random(SEED + 1)
    plan = build_plan()
    docs = []
    cyc_i = Counter()
    for idx, (lang, dt, sub) in enumerate(plan):
        grp = lang if lang in CYC else 'eu'
        doc = make_doc(idx, lang, dt, sub=sub)
        if dt == 'tax_invoice': prod = 'chromium' if cyc_i['vat'] % 5 < 3 else 'weasy'; cyc_i['vat'] += 1; theme = 'zh_vat'
        elif dt not in PRICED or sub == 'letter':
            prod = ['chromium', 'docx', 'weasy'][cyc_i['non'] % 3]; cyc_i['non'] += 1
            if sub == 'price_list' and prod == 'docx': prod = 'chromium'
            theme = 'classic'
        else:
            prod = CYC[grp][cyc_i[grp] % len(CYC[grp])]; cyc_i[grp] += 1
            if lang in ('zh', 'ja') and prod == 'fpdf': prod = 'reportlab'
            theme = ('ja' if rng.random() < 0.75 else 'classic') if lang == 'ja' else rng.choice(['classic', 'modern', 'portal'] if lang in ('zh', 'en') else ['classic', 'modern'])
        doc['prod'] = prod; doc['theme'] = theme; doc['variant'] = rng.choice(['a', 'b'])
        docs.append(doc)
    # multi-page and arithmetic-error docs
    priced = [d for d in docs if d['doc_type'] in ('invoice', 'receipt', 'proforma', 'quotation') and d['sub'] != 'letter']
    rng.shuffle(priced)
    for d in priced[:9]:
        d['multi'] = True
        d['items'] = make_doc(d['id'], d['lang'], d['doc_type'], n_items=rng.randint(32, 44), sub=d['sub'])['items']
        d['items'] = [dict(x) for x in d['items']]
    modes = ['line', 'sum', 'tax', 'total', 'line', 'tax', 'total', 'line']
    errs = [d for d in priced[9:] if d['doc_type'] == 'invoice'][:8]
    for d, m in zip(errs, modes):
        if m == 'tax' and not d['show_tax']: m = 'line'
        if m == 'total' and not d['shipping']: m = 'total'
        d['arith'] = m
    for d in docs:
        if d['doc_type'] == 'tax_invoice': d['nf'] = 'plain'
        recompute(d)
    # ---- render sources
    lo_jobs = []
    for d in docs:
        src = os.path.join(TMP, 'src_%03d.pdf' % d['id']); d['src'] = src
        p = d['prod']
        if p == 'chromium': render_chromium(d, d['theme'], src)
        elif p == 'weasy': render_weasy(d, d['theme'], src)
        elif p == 'reportlab': render_reportlab(d, d['variant'], src)
        elif p == 'fpdf': render_fpdf(d, d['variant'], src)
        elif p == 'calc':
            fp = os.path.join(TMP, 'src_%03d.fods' % d['id']); open(fp, 'w', encoding='utf-8').write(fods(d)); lo_jobs.append(fp)
        elif p == 'docx':
            fp = os.path.join(TMP, 'src_%03d.docx' % d['id']); make_docx(d, fp); lo_jobs.append(fp)
        print('rendered', d['id'], d['lang'], d['doc_type'], p, flush=True) if d['id'] % 20 == 0 else None
    soffice_convert(lo_jobs, TMP)
    for d in docs:
        d['pages'] = pdf_pages(d['src'])
    # ---- choose captures
    quota = {'zh': 15, 'en': 9, 'ja': 5, 'de': 2, 'fr': 1, 'it': 1, 'es': 1, 'pl': 1, 'nl': 1}
    kinds = ['photo', 'png', 'photo', 'scan_jpg', 'scan_pdf', 'photo', 'png', 'scan_jpg', 'scan_pdf', 'photo']
    order = docs[:]; rng.shuffle(order); ki = 0
    for d in order:
        if quota.get(d['lang'], 0) <= 0 or d['sub'] == 'letter': continue
        k = kinds[ki % len(kinds)]
        if d['pages'] > 1 and k != 'scan_pdf':
            if rng.random() < 0.5: continue
            k = 'scan_pdf'
        else: ki += 1
        d['cap'] = k; quota[d['lang']] -= 1
    labels = []; caps = {}
    for d in docs:
        k = d.get('cap')
        if not k:
            fn = fname('pdf', rng); shutil.copy(d['src'], os.path.join(OUT, fn)); d['file'] = fn
            labels.append(label_for(d, fn, PRODUCER_NAME[d['prod']], d['pages'], source_producer=PRODUCER_NAME[d['prod']], format='pdf'))
            continue
        fn, cap, info = do_capture(d, d['src'], k, rng)
        d['file'] = fn; caps[d['id']] = (cap, info)
        labels.append(label_for(d, fn, CAPNAME[k], info['pages'], source_producer=PRODUCER_NAME[d['prod']], format=fn.rsplit('.', 1)[1]))
    print('genuine', len(labels), flush=True)
    labels += make_edits(docs, caps, rng)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + '\n')
    check()

def do_capture(d, src, k, rng, name=None):
    fn = name or fname(k, rng); path = os.path.join(OUT, fn)
    info = dict(kind=k, pages=1)
    if k == 'photo':
        cap = cap_photo(src, 0, rng); q = rng.choice([84, 88, 90, 92]); save_img(cap.img, path, q); info['q'] = q
    elif k == 'png':
        cap = cap_wechat(src, 0, rng); save_img(cap.img, path)
    elif k == 'scan_jpg':
        cap = cap_scan(src, 0, rng); q = rng.choice([60, 68, 75, 80]); save_img(cap.img, path, q, grey=True); info['q'] = q
    else:
        imgs = []; cap = None
        q = rng.choice([55, 65, 72])
        for pi in range(d['pages']):
            c = cap_scan(src, pi, rng, dpi=rng.choice([150, 170]))
            if pi == 0: cap = c
            jp = os.path.join(TMP, '%s_p%d.jpg' % (fn, pi)); save_img(c.img, jp, q, grey=True)
            imgs.append(jp)
        info['page_jpgs'] = imgs; info['pages'] = len(imgs); info['q'] = q
        wrap_pdf(imgs, path)
    return fn, cap, info

def wrap_pdf(jpgs, path):
    from PIL import Image
    ims = [Image.open(j) for j in jpgs]
    ims[0].save(path, 'PDF', resolution=150.0, save_all=True, append_images=ims[1:], producer='ScanToPDF 2.1', creator='MFP Scanner')

# ----------------------------------------------------------------- edits
SELLER_NAMES = set(v[0] for v in SELLER.values())
IMG_SPECS = ([('retype', ['total'])] * 3 + [('retype', ['date'])] * 2 + [('retype', ['buyer'])] * 2 + [('retype', ['quantity']), ('retype', ['total', 'date'])]
             + [('paste', ['buyer'])] * 3 + [('paste', ['supplier']), ('paste', ['total']), ('paste', ['total'])]
             + [('clone_digit', ['total'])] * 3 + [('clone_digit', ['quantity'])] * 2 + [('clone_erase', ['line_item'])] * 2)
PRE_SPECS = [('overlay', ['total'], 'photo'), ('overlay', ['total'], 'scan_jpg'), ('overlay', ['buyer'], 'photo'), ('overlay', ['buyer'], 'png'),
             ('pikepdf', ['date'], 'photo'), ('overlay', ['date'], 'scan_pdf')]
PDF_SPECS = [('pikepdf', ['total']), ('pikepdf', ['total']), ('pikepdf', ['date']), ('pikepdf', ['buyer']), ('overlay', ['buyer']), ('overlay', ['buyer']),
             ('overlay', ['total']), ('overlay', ['date']), ('incremental', ['total']), ('incremental', ['total']), ('incremental', ['buyer']), ('pikepdf_lo', ['total'])]
METHOD_NAME = {'retype': 'image_retype_on_patch', 'paste': 'image_paste_from_other_photo', 'clone_digit': 'image_clone_digit',
               'clone_erase': 'image_clone_paper_over_line', 'overlay': 'overlay_whitebox_pypdf', 'pikepdf': 'pikepdf_text_replace',
               'incremental': 'pypdf_incremental_overlay', 'pikepdf_lo': 'pikepdf_text_replace_then_pypdf_resave'}

def occ0(d, field):
    return [(p, b, s) for (p, b, s) in locate(d, d['src'], field) if p == 0]

def new_vals(d, fields, rng):
    """returns dict field -> (old_text, new_text, label_update)"""
    out = {}
    for f in fields:
        if f == 'buyer':
            nv = new_value(d, 'buyer', rng)
            if not nv: return None
            out[f] = (d['buyer'], nv, {'buyer': nv})
        elif f == 'date':
            nd, s = new_value(d, 'date', rng); out[f] = (d['date_str'], s, {'date': nd.isoformat()})
        elif f == 'total':
            if not d['has_total']: return None
            nt, s = new_value(d, 'total', rng); out[f] = (d['total_num'], s, {'total': str(nt)})
        elif f == 'quantity':
            if not d['has_total']: return None
            nq = new_value(d, 'quantity', rng); out[f] = (str(d['items'][0]['qty']), str(nq), {})
    return out

def load_cap_img(d, info):
    from PIL import Image
    if info['kind'] == 'scan_pdf': return Image.open(info['page_jpgs'][0]).copy()
    return Image.open(os.path.join(OUT, d['file'])).copy()

def save_edited(d, info, img, rng):
    k = info['kind']
    fn = fname(k, rng); path = os.path.join(OUT, fn)
    if k == 'png':
        img.convert('RGB').save(path)
    elif k == 'scan_pdf':
        q = rng.choice([v for v in (60, 75, 85, 92) if v != info['q']])
        jp = os.path.join(TMP, 'ed_' + fn + '.jpg'); img.convert('L').save(jp, quality=q)
        wrap_pdf([jp] + info['page_jpgs'][1:], path)
    else:
        q = rng.choice([v for v in (70, 78, 85, 95) if v != info.get('q')])
        img.save(path, quality=q)
    return fn

def img_edit(d, cap, info, method, fields, caps, docs, rng):
    img = load_cap_img(d, info); upd = {}; extra = {}
    if method in ('retype', 'clone_digit'):
        vals = new_vals(d, fields, rng)
        if vals is None: return None
        patch = rng.choice(['paper', 'paper', 'white'])
        for f in fields:
            occ = occ0(d, f)
            if not occ: return None
            old, new, u = vals[f]
            if method == 'retype':
                for (_, bx, s) in occ:
                    img = ed_retype(img, cap.box(union(bx)), old, new, align='right' if f in ('total', 'quantity') else 'left', patch=patch,
                                    bold=f == 'total' and rng.random() < 0.5)
                upd.update(u); extra['patch'] = patch
            else:
                s0 = occ[0][2]
                if any(len(bx) != len(s0) for (_, bx, _s) in occ): return None
                didx = [i for i, ch in enumerate(s0) if ch.isdigit()]
                ti = didx[0]
                donors = [i for i in didx if s0[i] != s0[ti] and s0[i] != '0']
                if not donors: return None
                di = rng.choice(donors)
                for (_, bx, s) in occ:
                    img = ed_clone(img, cap.box(bx[di]), cap.box(bx[ti]))
                ns = s0[:ti] + s0[di] + s0[ti+1:]
                if f == 'total': upd['total'] = str(parse_num(ns, d['nf']))
                extra['cloned'] = '%s -> %s' % (s0, ns)
    elif method == 'paste':
        f = fields[0]
        occ = occ0(d, f)
        if not occ: return None
        if f == 'buyer' and d['buyer'] in SELLER_NAMES: return None
        cands = []
        for od in docs:
            if od['id'] == d['id'] or od['id'] not in caps or od['lang'] != d['lang']: continue
            if f == 'buyer' and (od['buyer'] == d['buyer'] or od['buyer'] not in SELLER_NAMES): continue
            if f == 'supplier' and od['supplier'] == d['supplier']: continue
            if f == 'total' and (not od['has_total'] or od['currency'] != d['currency'] or od['nf'] != d['nf'] or od['total'] == d['total']): continue
            cands.append(od)
        rng.shuffle(cands)
        for od in cands:
            oo = occ0(od, f)
            if not oo: continue
            ocap, oinfo = caps[od['id']]
            dimg = load_cap_img(od, oinfo)
            al = 'right' if f == 'total' else 'left'
            for (_, bx, s) in occ:
                img = ed_paste(img, cap.box(union(bx)), dimg, ocap.box(union(oo[0][1])), align=al)
            upd[f] = od[f] if f != 'total' else str(od['total'])
            extra['donor_file'] = od['file']
            break
        else:
            return None
    elif method == 'clone_erase':
        if len(d['items']) < 3 or d['pages'] > 1 or not d['has_total']: return None
        k = len(d['items']) // 2
        dd = find_all(d['src'], d['items'][k]['desc'][:10], pi=0)
        if len(dd) != 1: return None
        u = union(dd[0][1]); chars, _, _ = page_chars(d['src'], 0)
        row = [b for (ch, b) in chars if b[2] - b[0] > 0.01 and u[1] - 1 < (b[1] + b[3]) / 2 < u[3] + 1]
        def nb(j):
            r = find_all(d['src'], d['items'][j]['desc'][:10], pi=0)
            return union(r[0][1]) if len(r) == 1 else None
        up, dn = nb(k - 1), nb(k + 1)
        if not up or not dn: return None
        cy = lambda b: (b[1] + b[3]) / 2
        band = (min(b[0] for b in row) - 3, cy(u) - 0.47 * (cy(u) - cy(dn)), max(b[2] for b in row) + 3, cy(u) + 0.47 * (cy(up) - cy(u)))
        tb = cap.box(band); h = tb[3] - tb[1]
        a = np.asarray(img.convert('L')).astype(np.float32)
        src_box = None
        for sgn in (1, -1):
            for m in range(2, 40):
                y0 = tb[1] + sgn * m * h
                if y0 < 0 or y0 + h > a.shape[0]: break
                reg = a[y0:y0 + h, max(0, tb[0]):tb[2]]
                if reg.size and reg.std() < 6 and reg.min() > 140:
                    src_box = (tb[0], y0, tb[2], y0 + h); break
            if src_box: break
        if not src_box: return None
        img = ed_clone(img, src_box, tb)
        extra['removed_line'] = d['items'][k]['desc']
    fn = save_edited(d, info, img, rng)
    return fn, upd, extra

def pdf_edit(d, method, fields, dst, rng):
    vals = new_vals(d, fields, rng)
    if vals is None: return None
    if method in ('pikepdf', 'pikepdf_lo'):
        if d['prod'] not in ('reportlab', 'fpdf') or d['lang'] in ('zh', 'ja', 'pl'): return None
        pairs = [(vals[f][0], vals[f][1]) for f in fields]
        try:
            for a, b in pairs: a.encode('cp1252'); b.encode('cp1252')
        except UnicodeEncodeError: return None
        tmp = dst if method == 'pikepdf' else os.path.join(TMP, 'pk_%d.pdf' % d['id'])
        if pikepdf_replace(d['src'], tmp, pairs) == 0: return None
        if not all(find_all(tmp, b) for a, b in pairs): return None
        if method == 'pikepdf_lo':
            # second program re-saves the edited file (object streams, new metadata), as an online "PDF optimiser" would
            import pypdf
            w = pypdf.PdfWriter(clone_from=tmp)
            w.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
            w.add_metadata({'/Producer': 'pypdf', '/ModDate': "D:20260303101500+08'00'"})
            with open(dst, 'wb') as f: w.write(f)
    else:
        targets = []
        for f in fields:
            occ = locate(d, d['src'], f)
            if not occ: return None
            old, new, u = vals[f]
            for (p, bx, s) in occ:
                ub = union(bx); h = max(b[3] - b[1] for b in bx if b[2] - b[0] > 0.01)
                cjk = any(ord(ch) > 0x2e80 for ch in new + old)
                size = h / (0.72 if f in ('total', 'quantity', 'date') and not cjk else (0.88 if cjk else 0.93))
                targets.append((p, ub, new, 'right' if f in ('total', 'quantity') else 'left', round(size, 1), cjk))
        pdf_edit_ok = pdf_overlay_edit(d['src'], dst, targets, incremental=(method == 'incremental'))
    upd = {}
    for f in fields: upd.update(vals[f][2])
    return upd

def edited_label(d, fn, producer, method, fields, upd, pages, before=False, **kw):
    lab = label_for(d, fn, producer, pages, source_producer=PRODUCER_NAME[d['prod']], format=fn.rsplit('.', 1)[1])
    lab.update(genuine=False, edit_method=method, what_changed=list(fields), edit_before_capture=before, arithmetic_error=False, base_file=d['file'])
    lab.update(upd); lab.update(kw)
    return lab

def make_edits(docs, caps, rng):
    labs = []; used = set()
    capdocs = [d for d in docs if d['id'] in caps and d['sub'] != 'letter']
    for method, fields in IMG_SPECS:
        cands = [d for d in capdocs if d['id'] not in used]; rng.shuffle(cands)
        # prefer invoices for the edits a seller would make
        cands.sort(key=lambda d: d['doc_type'] not in ('invoice', 'tax_invoice', 'receipt'))
        for d in cands:
            cap, info = caps[d['id']]
            try: r = img_edit(d, cap, info, method, fields, caps, docs, rng)
            except Exception as e: print('img edit fail', d['id'], method, e); r = None
            if not r: continue
            fn, upd, extra = r; used.add(d['id'])
            wc = fields if method != 'clone_erase' else ['line_item']
            labs.append(edited_label(d, fn, CAPNAME[info['kind']], METHOD_NAME[method], wc, upd, info['pages'], edit_notes=extra)); break
        else: print('no candidate for', method, fields)
    for method, fields, kind in PRE_SPECS:
        cands = [d for d in docs if d['id'] not in used and d['sub'] != 'letter' and d['doc_type'] in ('invoice', 'tax_invoice', 'receipt')
                 and (d['pages'] == 1 or kind == 'scan_pdf')]; rng.shuffle(cands)
        for d in cands:
            tmp = os.path.join(TMP, 'pre_%d.pdf' % d['id'])
            try: upd = pdf_edit(d, method, fields, tmp, rng)
            except Exception as e: print('pre edit fail', d['id'], e); upd = None
            if upd is None: continue
            dd = dict(d); dd['pages'] = pdf_pages(tmp)
            fn, cap, info = do_capture(dd, tmp, kind, rng)
            used.add(d['id'])
            labs.append(edited_label(d, fn, CAPNAME[kind], 'edited_pdf_then_' + {'photo': 'photographed', 'png': 'screenshotted', 'scan_jpg': 'scanned', 'scan_pdf': 'scanned'}[kind],
                                     fields, upd, info['pages'], before=True, edit_notes={'pdf_edit': METHOD_NAME[method]})); break
        else: print('no candidate for pre', method, fields)
    for method, fields in PDF_SPECS:
        cands = [d for d in docs if d['id'] not in used and d['id'] not in caps and d['sub'] != 'letter']; rng.shuffle(cands)
        cands.sort(key=lambda d: d['doc_type'] not in ('invoice', 'tax_invoice', 'receipt'))
        for d in cands:
            fn = fname('pdf', rng); dst = os.path.join(OUT, fn)
            try: upd = pdf_edit(d, method, fields, dst, rng)
            except Exception as e: print('pdf edit fail', d['id'], method, e); upd = None
            if upd is None:
                if os.path.exists(dst): os.remove(dst)
                _names.discard(fn); continue
            used.add(d['id'])
            labs.append(edited_label(d, fn, PRODUCER_NAME[d['prod']], METHOD_NAME[method], fields, upd, pdf_pages(dst))); break
        else: print('no candidate for pdf', method, fields)
    return labs

def check():
    labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(OUT, l['file']))]
    print('labels:', len(labs), 'missing:', missing, 'files on disk:', len(os.listdir(OUT)))
    print('genuine:', sum(l['genuine'] for l in labs), 'edited:', sum(not l['genuine'] for l in labs),
          'arith errors:', sum(l['arithmetic_error'] for l in labs), 'before_capture:', sum(l['edit_before_capture'] for l in labs))
    for k in ('producer', 'language', 'doc_type', 'edit_method', 'is_invoice'):
        print(k, dict(Counter(str(l[k]) for l in labs).most_common()))

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check': check()
    else: main()
