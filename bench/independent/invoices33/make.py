#!/usr/bin/env python
"""Generator for invoices33: a labelled test set of supplier invoices (genuine, non-invoices, edited copies).

Everything (companies, tax ids, amounts) is invented.  Run:  python make.py
Writes files/ , labels.jsonl ; intermediate files go to _work/ .
"""
import os, sys, json, random, shutil, subprocess, datetime as dt, math, io, re, copy
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files')
WORK = os.path.join(BASE, '_work')
R = random.Random(3320)
FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
DJ = FONT_DIR + 'DejaVuSans.ttf'
DJB = FONT_DIR + 'DejaVuSans-Bold.ttf'
DJC = FONT_DIR + 'DejaVuSansCondensed.ttf'
DJS = FONT_DIR + 'DejaVuSerif.ttf'
DJM = FONT_DIR + 'DejaVuSansMono.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'


def q2(x):
    return D(x).quantize(D('0.01'), ROUND_HALF_UP)

# ----------------------------------------------------------------------------------------------
# language tables
# ----------------------------------------------------------------------------------------------
T = {
 'pl': dict(inv='Faktura', tax='Faktura VAT', pro='Faktura pro forma', cred='Faktura korygująca', rec='Rachunek',
   no='Nr', issue='Data wystawienia', sale='Data sprzedaży', due='Termin płatności', seller='Sprzedawca', buyer='Nabywca',
   taxid='NIP', pay='Sposób płatności', paym='przelew', bank='Nr rachunku', lp='Lp.', desc='Nazwa towaru / usługi', qty='Ilość',
   unit='J.m.', price='Cena netto', disc='Rabat %', net='Wartość netto', rate='VAT %', vat='Kwota VAT', gross='Wartość brutto',
   tnet='Razem netto', tvat='Razem VAT', tgross='Razem brutto', topay='Do zapłaty', ship='Koszty transportu', words='Słownie',
   rc='Odwrotne obciążenie', exempt='Dostawa wewnątrzwspólnotowa – stawka 0%', page='Strona', of='z', summ='W tym wg stawek',
   sign='Osoba upoważniona do wystawienia', place='Miejsce wystawienia',
   packing_list='Lista pakunkowa', purchase_order='Zamówienie', quotation='Oferta handlowa', delivery_note='WZ – Wydanie zewnętrzne',
   price_list='Cennik hurtowy', cartons='Kartony', weight='Waga brutto kg', valid='Oferta ważna do', delivery='Termin dostawy',
   supplier_lbl='Dostawca', recipient='Odbiorca', letter='Pismo',
   units=dict(pcs='szt.', set='kpl.', kg='kg', box='op.')),
 'cs': dict(inv='Faktura', tax='Faktura – daňový doklad', pro='Zálohová faktura', cred='Opravný daňový doklad', rec='Příjmový doklad',
   no='Číslo', issue='Datum vystavení', sale='Datum zdan. plnění', due='Datum splatnosti', seller='Dodavatel', buyer='Odběratel',
   taxid='DIČ', pay='Forma úhrady', paym='převodem', bank='Bankovní účet', lp='Č.', desc='Označení dodávky', qty='Množství',
   unit='MJ', price='Cena/MJ bez DPH', disc='Sleva %', net='Základ', rate='DPH %', vat='DPH', gross='Celkem s DPH',
   tnet='Základ celkem', tvat='DPH celkem', tgross='Celkem', topay='Celkem k úhradě', ship='Doprava', words='Slovy',
   rc='Daň odvede zákazník', exempt='Osvobozené dodání zboží do jiného členského státu', page='Strana', of='z', summ='Rekapitulace DPH',
   sign='Vystavil', place='Místo vystavení',
   packing_list='Balicí list', purchase_order='Objednávka', quotation='Cenová nabídka', delivery_note='Dodací list',
   price_list='Ceník', cartons='Kartony', weight='Hmotnost brutto kg', valid='Platnost nabídky do', delivery='Termín dodání',
   supplier_lbl='Dodavatel', recipient='Příjemce', letter='Dopis',
   units=dict(pcs='ks', set='sada', kg='kg', box='bal.')),
 'de': dict(inv='Rechnung', tax='Rechnung', pro='Proforma-Rechnung', cred='Rechnungskorrektur', rec='Quittung',
   no='Rechnungsnr.', issue='Rechnungsdatum', sale='Lieferdatum', due='Fällig am', seller='Verkäufer', buyer='Rechnungsempfänger',
   taxid='USt-IdNr.', pay='Zahlungsart', paym='Überweisung', bank='IBAN', lp='Pos.', desc='Bezeichnung', qty='Menge',
   unit='Einh.', price='Einzelpreis netto', disc='Rabatt %', net='Netto', rate='USt %', vat='USt', gross='Brutto',
   tnet='Nettobetrag', tvat='Umsatzsteuer', tgross='Gesamtbetrag', topay='Zahlbetrag', ship='Versandkosten', words='In Worten',
   rc='Steuerschuldnerschaft des Leistungsempfängers', exempt='Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG)',
   page='Seite', of='von', summ='USt-Aufstellung', sign='Bearbeiter', place='Ort',
   packing_list='Packliste', purchase_order='Bestellung', quotation='Angebot', delivery_note='Lieferschein',
   price_list='Preisliste Großhandel', cartons='Kartons', weight='Bruttogewicht kg', valid='Gültig bis', delivery='Liefertermin',
   supplier_lbl='Lieferant', recipient='Empfänger', letter='Schreiben',
   units=dict(pcs='Stk.', set='Set', kg='kg', box='VE')),
 'en': dict(inv='Invoice', tax='Tax Invoice', pro='Proforma Invoice', cred='Credit Note', rec='Receipt',
   no='Invoice No.', issue='Invoice Date', sale='Delivery Date', due='Due Date', seller='From', buyer='Bill To',
   taxid='VAT No.', pay='Payment terms', paym='Bank transfer', bank='Account', lp='#', desc='Description', qty='Qty',
   unit='Unit', price='Unit Price', disc='Disc. %', net='Amount', rate='VAT %', vat='VAT', gross='Total',
   tnet='Subtotal', tvat='VAT', tgross='Total', topay='Amount Due', ship='Shipping', words='Amount in words',
   rc='Reverse charge', exempt='Zero-rated export', page='Page', of='of', summ='VAT summary', sign='Issued by', place='Place',
   packing_list='Packing List', purchase_order='Purchase Order', quotation='Quotation', delivery_note='Delivery Note',
   price_list='Wholesale Price List', cartons='Cartons', weight='Gross weight kg', valid='Valid until', delivery='Delivery date',
   supplier_lbl='Supplier', recipient='Ship To', letter='Letter',
   units=dict(pcs='pcs', set='set', kg='kg', box='box')),
 'zh': dict(inv='发票', tax='增值税专用发票', pro='形式发票 PROFORMA INVOICE', cred='红字发票', rec='收据',
   no='发票号码', issue='开票日期', sale='交货日期', due='付款期限', seller='销售方', buyer='购买方',
   taxid='纳税人识别号', pay='付款方式', paym='电汇 T/T', bank='开户行及账号', lp='序号', desc='项目名称', qty='数量',
   unit='单位', price='单价', disc='折扣', net='金额', rate='税率', vat='税额', gross='价税合计',
   tnet='合计金额', tvat='合计税额', tgross='价税合计', topay='应付总额', ship='运费', words='大写',
   rc='', exempt='出口免税', page='第', of='页 共', summ='', sign='开票人', place='',
   packing_list='装箱单 PACKING LIST', purchase_order='采购订单', quotation='报价单 QUOTATION', delivery_note='送货单',
   price_list='价格表', cartons='箱数', weight='毛重 kg', valid='有效期至', delivery='交货期',
   supplier_lbl='供应商', recipient='收货人', letter='函',
   units=dict(pcs='个', set='套', kg='千克', box='箱')),
 'ja': dict(inv='請求書', tax='適格請求書', pro='見積請求書', cred='返品請求書', rec='領収書',
   no='請求書番号', issue='請求日', sale='納品日', due='お支払期限', seller='発行者', buyer='御中',
   taxid='登録番号', pay='お支払方法', paym='銀行振込', bank='お振込先', lp='No.', desc='品名', qty='数量',
   unit='単位', price='単価', disc='値引', net='金額', rate='税率', vat='消費税', gross='税込金額',
   tnet='小計', tvat='消費税', tgross='合計', topay='ご請求金額', ship='送料', words='',
   rc='', exempt='輸出免税', page='', of='/', summ='税率別内訳', sign='担当', place='',
   packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書',
   price_list='価格表', cartons='箱数', weight='総重量 kg', valid='有効期限', delivery='納期',
   supplier_lbl='仕入先', recipient='納品先', letter='書簡',
   units=dict(pcs='個', set='セット', kg='kg', box='箱')),
 'fr': dict(inv='Facture', tax='Facture', pro='Facture proforma', cred='Avoir', rec='Reçu',
   no='Facture n°', issue='Date de facture', sale='Date de livraison', due="Date d'échéance", seller='Vendeur', buyer='Client',
   taxid='N° TVA', pay='Règlement', paym='virement bancaire', bank='IBAN', lp='Réf.', desc='Désignation', qty='Qté',
   unit='Unité', price='P.U. HT', disc='Remise %', net='Total HT', rate='TVA %', vat='TVA', gross='Total TTC',
   tnet='Total HT', tvat='Total TVA', tgross='Total TTC', topay='Net à payer', ship='Frais de port', words='Arrêtée la présente facture à la somme de',
   rc='Autoliquidation', exempt='Exonération de TVA, article 262 ter I du CGI', page='Page', of='/', summ='Détail TVA', sign='Émis par', place='Lieu',
   packing_list='Liste de colisage', purchase_order='Bon de commande', quotation='Devis', delivery_note='Bon de livraison',
   price_list='Tarifs', cartons='Colis', weight='Poids brut kg', valid="Valable jusqu'au", delivery='Livraison',
   supplier_lbl='Fournisseur', recipient='Livré à', letter='Lettre',
   units=dict(pcs='pce', set='lot', kg='kg', box='carton')),
 'it': dict(inv='Fattura', tax='Fattura', pro='Fattura proforma', cred='Nota di credito', rec='Ricevuta',
   no='Fattura n.', issue='Data', sale='Data consegna', due='Scadenza', seller='Cedente', buyer='Cessionario',
   taxid='P.IVA', pay='Pagamento', paym='bonifico bancario', bank='IBAN', lp='N.', desc='Descrizione', qty='Q.tà',
   unit='U.M.', price='Prezzo unit.', disc='Sconto %', net='Importo', rate='IVA %', vat='IVA', gross='Totale',
   tnet='Imponibile', tvat='Totale IVA', tgross='Totale documento', topay='Netto a pagare', ship='Spese di trasporto', words='',
   rc='Inversione contabile', exempt='Operazione non imponibile art. 41 DL 331/93', page='Pag.', of='di', summ='Riepilogo IVA', sign='Emessa da', place='Luogo',
   packing_list='Distinta colli', purchase_order='Ordine di acquisto', quotation='Preventivo', delivery_note='Documento di trasporto',
   price_list='Listino prezzi', cartons='Colli', weight='Peso lordo kg', valid='Valido fino al', delivery='Consegna',
   supplier_lbl='Fornitore', recipient='Destinatario', letter='Lettera',
   units=dict(pcs='pz', set='set', kg='kg', box='cf')),
 'es': dict(inv='Factura', tax='Factura', pro='Factura proforma', cred='Factura rectificativa', rec='Recibo',
   no='Factura nº', issue='Fecha de emisión', sale='Fecha de operación', due='Vencimiento', seller='Emisor', buyer='Cliente',
   taxid='NIF/CIF', pay='Forma de pago', paym='transferencia', bank='IBAN', lp='Nº', desc='Concepto', qty='Cant.',
   unit='Ud.', price='Precio', disc='Dto. %', net='Importe', rate='IVA %', vat='Cuota IVA', gross='Total',
   tnet='Base imponible', tvat='IVA', tgross='Total factura', topay='Total a pagar', ship='Portes', words='',
   rc='Inversión del sujeto pasivo', exempt='Entrega intracomunitaria exenta (art. 25 LIVA)', page='Página', of='de', summ='Desglose IVA', sign='Emitido por', place='Lugar',
   packing_list='Lista de empaque', purchase_order='Pedido de compra', quotation='Presupuesto', delivery_note='Albarán',
   price_list='Tarifa de precios', cartons='Bultos', weight='Peso bruto kg', valid='Válido hasta', delivery='Entrega',
   supplier_lbl='Proveedor', recipient='Destinatario', letter='Carta',
   units=dict(pcs='ud.', set='juego', kg='kg', box='caja')),
 'nl': dict(inv='Factuur', tax='Factuur', pro='Pro-formafactuur', cred='Creditnota', rec='Kwitantie',
   no='Factuurnummer', issue='Factuurdatum', sale='Leverdatum', due='Vervaldatum', seller='Leverancier', buyer='Factuuradres',
   taxid='Btw-nr.', pay='Betaling', paym='overboeking', bank='IBAN', lp='Nr.', desc='Omschrijving', qty='Aantal',
   unit='Eenh.', price='Prijs excl.', disc='Korting %', net='Bedrag', rate='Btw %', vat='Btw', gross='Incl. btw',
   tnet='Subtotaal', tvat='Btw', tgross='Totaal', topay='Te betalen', ship='Verzendkosten', words='',
   rc='Btw verlegd', exempt='Intracommunautaire levering, 0% btw', page='Pagina', of='van', summ='Btw-specificatie', sign='Behandeld door', place='Plaats',
   packing_list='Paklijst', purchase_order='Inkooporder', quotation='Offerte', delivery_note='Pakbon',
   price_list='Prijslijst groothandel', cartons='Dozen', weight='Brutogewicht kg', valid='Geldig tot', delivery='Levering',
   supplier_lbl='Leverancier', recipient='Afleveradres', letter='Brief',
   units=dict(pcs='st.', set='set', kg='kg', box='doos')),
}

MONTHS = {
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'en': 'January February March April May June July August September October November December'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
}

PRODUCTS = {
 'pl': [('Ręcznik bawełniany 50x90 szary', 'pcs', 14, 32), ('Pojemnik na żywność 1,2 l z pokrywką', 'pcs', 6, 15),
        ('Kubek ceramiczny 350 ml biały', 'pcs', 5, 12), ('Organizer do szuflady bambusowy', 'pcs', 19, 45),
        ('Koc polarowy 150x200 grafit', 'pcs', 24, 49), ('Lampka LED biurkowa USB', 'pcs', 29, 69),
        ('Ściereczki z mikrofibry 5 szt.', 'set', 7, 16), ('Deska do krojenia dębowa 40 cm', 'pcs', 35, 79),
        ('Poduszka dekoracyjna 45x45', 'pcs', 18, 38), ('Karton klapowy 40x30x30', 'box', 2, 5)],
 'cs': [('Skleněná dóza 1 l s víčkem', 'pcs', 55, 140), ('Plastový úložný box 20 l', 'pcs', 90, 210),
        ('Kuchyňská utěrka bavlněná', 'pcs', 25, 60), ('Květináč keramický 14 cm', 'pcs', 70, 160),
        ('Věšák dřevěný 3 háčky', 'pcs', 120, 260), ('Sada skleniček 6 ks', 'set', 150, 340),
        ('Silikonová stěrka', 'pcs', 40, 95), ('Termoska nerezová 0,5 l', 'pcs', 180, 390)],
 'de': [('Edelstahl-Trinkflasche 750 ml', 'pcs', 4, 9), ('Aufbewahrungskorb Filz grau', 'pcs', 5, 12),
        ('Küchenwaage digital', 'pcs', 7, 15), ('Frottee-Handtuch 50x100 anthrazit', 'pcs', 3, 7),
        ('Kabelorganizer Silikon 6er-Set', 'set', 1.5, 4), ('Thermobecher 400 ml', 'pcs', 4, 10),
        ('Gewürzregal Bambus 3 Ebenen', 'pcs', 8, 18), ('LED-Nachtlicht mit Sensor', 'pcs', 3, 8)],
 'en': [('Silicone baking mat 40x30 cm', 'pcs', 1.8, 4.5), ('Stainless steel lunch box 1.2 L', 'pcs', 3.5, 8),
        ('Cotton tote bag, natural', 'pcs', 0.9, 2.4), ('Bamboo toothbrush 4-pack', 'set', 1.2, 3),
        ('Aluminium phone stand', 'pcs', 2.5, 6), ('Beeswax food wrap set of 3', 'set', 2.2, 5.5),
        ('Glass spice jar 100 ml', 'pcs', 0.6, 1.5), ('Microfibre cloth 30x30', 'pcs', 0.3, 0.9)],
 'zh': [('硅胶折叠水杯 Silicone folding cup 350ml', 'pcs', 0.9, 2.2), ('不锈钢保温杯 Vacuum flask 500ml', 'pcs', 2.1, 4.8),
        ('PP收纳盒 PP storage box 15L', 'pcs', 1.4, 3.2), ('USB-C数据线 USB-C cable 1m', 'pcs', 0.35, 0.9),
        ('LED感应灯 LED sensor light', 'pcs', 1.1, 2.6), ('厨房置物架 Kitchen rack 2-tier', 'pcs', 3.2, 7.5),
        ('硅胶铲 Silicone spatula', 'pcs', 0.4, 1.1), ('竹制收纳架 Bamboo shelf', 'pcs', 4.5, 9.0)],
 'zhcn': [('*塑料制品*收纳盒', 'pcs', 8, 25), ('*日用杂品*硅胶水杯', 'pcs', 6, 16), ('*金属制品*保温杯', 'pcs', 15, 38),
          ('*电子元件*数据线', 'pcs', 3, 9), ('*灯具*感应灯', 'pcs', 9, 22), ('*竹制品*置物架', 'pcs', 28, 60)],
 'ja': [('ステンレスボトル 500ml', 'pcs', 900, 1800), ('木製トレー 30cm', 'pcs', 1200, 2600), ('陶器マグカップ', 'pcs', 650, 1400),
        ('綿ハンドタオル', 'pcs', 300, 700), ('収納ボックス M', 'pcs', 800, 1900), ('竹製カトラリーセット', 'set', 700, 1500)],
 'fr': [('Torchon lin lavé 50x70', 'pcs', 4, 9), ('Bocal verre hermétique 1 L', 'pcs', 2.5, 6), ('Plaid coton gaufré', 'pcs', 12, 26),
        ('Panier osier tressé', 'pcs', 8, 19), ('Bougie parfumée 200 g', 'pcs', 3, 7.5), ('Tablier de cuisine', 'pcs', 5, 11)],
 'it': [('Tazza in ceramica 300 ml', 'pcs', 2, 5), ("Tagliere in legno d'ulivo", 'pcs', 9, 21), ('Set tovagliette 4 pz', 'set', 6, 13),
        ('Caraffa in vetro 1,5 L', 'pcs', 4, 9), ('Vaso in terracotta 18 cm', 'pcs', 3, 8)],
 'es': [('Toalla de algodón 70x140', 'pcs', 5, 11), ('Cesta de mimbre', 'pcs', 7, 16), ('Jarra de cristal 1 L', 'pcs', 3, 7),
        ('Manta de punto', 'pcs', 11, 24), ('Posavasos de corcho, set 6', 'set', 2, 4.5)],
 'nl': [('Opbergmand katoen L', 'pcs', 5, 11), ('Glazen karaf 1 L', 'pcs', 3, 7), ('Theedoek wafelstof set 3', 'set', 4, 9),
        ('Bamboe snijplank', 'pcs', 4.5, 10), ('Keramische vaas 20 cm', 'pcs', 6, 14), ('Fleece deken 130x170', 'pcs', 7, 15)],
}
SHIP = {'pl': 'Transport – kurier paletowy', 'cs': 'Doprava – paletová zásilka', 'de': 'Fracht / Versand Palette', 'en': 'Freight charge',
        'zh': '运费 Freight (to port)', 'zhcn': '*运输服务*运费', 'ja': '送料', 'fr': 'Frais de port', 'it': 'Spese di trasporto', 'es': 'Portes', 'nl': 'Verzendkosten'}


def nip_valid():
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(w, d)) % 11
        if c < 10:
            return ''.join(map(str, d + [c]))


def fmt_nip(n):
    return f'{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}'

# Suppliers (all invented)
SUP = {
 'pl': [dict(name='Drukpol-Bis Sp. z o.o.', addr=['ul. Fabryczna 17', '05-800 Pruszków'], country='PL'),
        dict(name='Hurtownia Tekstylna ZAWIŚLE s.c.', addr=['ul. Piotrkowska 301', '93-114 Łódź'], country='PL'),
        dict(name='Elmark-Opak Sp. j.', addr=['ul. Składowa 4B', '62-023 Gądki'], country='PL'),
        dict(name='PHU Kazimierz Wróblewski', addr=['Osiedle Leśne 9/2', '05-400 Otwock'], country='PL'),
        dict(name='Biurex Dystrybucja S.A.', addr=['al. Krakowska 212', '02-219 Warszawa'], country='PL'),
        dict(name='Ceramika Nowak-Dom Sp. z o.o.', addr=['ul. Kopernika 5', '26-600 Radom'], country='PL')],
 'cs': [dict(name='Trnavec Plast s.r.o.', addr=['Průmyslová 1184', '769 01 Holešov'], country='CZ'),
        dict(name='Kovovýroba Hrubeš a syn s.r.o.', addr=['Nádražní 42', '586 01 Jihlava'], country='CZ'),
        dict(name='Lesní Sklo a.s.', addr=['Sklářská 7', '473 01 Nový Bor'], country='CZ'),
        dict(name='Domácí potřeby Vaněk s.r.o.', addr=['Brněnská 880/12', '664 42 Modřice'], country='CZ')],
 'de': [dict(name='Hallbruck Haushaltswaren GmbH', addr=['Gewerbestraße 28', '42699 Solingen'], country='DE'),
        dict(name='Niemeyer & Sohn Textil KG', addr=['Am Kanal 3', '48599 Gronau'], country='DE'),
        dict(name='Kleinert Elektro-Vertrieb GmbH', addr=['Lindenallee 61', '09126 Chemnitz'], country='DE'),
        dict(name='Bergmoser Großhandel e.K.', addr=['Industriering 5', '86399 Bobingen'], country='DE')],
 'en': [dict(name='Harwick Supply Ltd', addr=['Unit 7, Canal Side Park', 'Leicester LE4 9TQ', 'United Kingdom'], country='GB'),
        dict(name='Brightwater Goods Inc.', addr=['1840 Meridian Ave, Suite 210', 'Columbus, OH 43215', 'USA'], country='US')],
 'zh': [dict(name='Ningbo Hengyue Plastic Products Co., Ltd.', cn='宁波恒岳塑胶制品有限公司', addr=['No. 88 Xingye Road, Yinzhou', 'Ningbo, Zhejiang, China'], country='CN'),
        dict(name='Shenzhen Jiasen Electronic Technology Co., Ltd.', cn='深圳市佳森电子科技有限公司', addr=['4F, Bldg B, Huafeng Ind. Park, Bao\'an', 'Shenzhen, Guangdong, China'], country='CN'),
        dict(name='Yiwu Langdi Daily Necessities Factory', cn='义乌市朗迪日用品厂', addr=['No. 316 Chouzhou North Rd', 'Yiwu, Zhejiang, China'], country='CN')],
 'ja': [dict(name='株式会社ミナセ工業', addr=['〒959-1276', '新潟県燕市東新町3-12-8'], country='JP')],
 'fr': [dict(name='Ateliers Brunelle SARL', addr=['14 rue des Tanneurs', '59200 Tourcoing'], country='FR')],
 'it': [dict(name='Ceramiche Valdossola S.r.l.', addr=['Via dell\'Artigianato 22', '28845 Domodossola (VB)'], country='IT')],
 'es': [dict(name='Textiles Arbolé S.L.', addr=['Polígono Les Comes, Nave 14', '08700 Igualada (Barcelona)'], country='ES')],
 'nl': [dict(name='Van der Kolk Groothandel B.V.', addr=['Havenweg 31', '3899 AK Zeewolde'], country='NL')],
}
for lang, lst in SUP.items():
    for s in lst:
        c = s['country']
        if c == 'PL': s['taxid'] = fmt_nip(nip_valid())
        elif c == 'CZ': s['taxid'] = 'CZ' + str(R.randint(10000000, 99999999))
        elif c == 'DE': s['taxid'] = 'DE' + str(R.randint(100000000, 399999999))
        elif c == 'GB': s['taxid'] = 'GB' + str(R.randint(100000000, 999999999))
        elif c == 'US': s['taxid'] = 'EIN 8' + str(R.randint(1000000, 9999999))[:1] + '-' + str(R.randint(1000000, 9999999))
        elif c == 'CN': s['taxid'] = '91330' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(13))
        elif c == 'JP': s['taxid'] = 'T' + str(R.randint(10 ** 12, 10 ** 13 - 1))
        elif c == 'FR': s['taxid'] = 'FR' + str(R.randint(10, 99)) + str(R.randint(100000000, 999999999))
        elif c == 'IT': s['taxid'] = 'IT' + str(R.randint(10 ** 10, 10 ** 11 - 1))
        elif c == 'ES': s['taxid'] = 'ESB' + str(R.randint(10000000, 69999999))
        elif c == 'NL': s['taxid'] = 'NL' + str(R.randint(100000000, 999999999)) + 'B01'
        s['bank'] = {'PL': 'PL%02d %s' % (R.randint(10, 99), ' '.join(str(R.randint(1000, 9999)) for _ in range(6))),
                     'CZ': '%d-%d/0800' % (R.randint(10, 99), R.randint(10 ** 9, 10 ** 10 - 1)),
                     'CN': 'Bank of Yinzhou Trading, A/C ' + str(R.randint(10 ** 14, 10 ** 15 - 1)) + ', SWIFT YZTBCNSH',
                     'JP': '北越中央銀行 燕支店 普通 ' + str(R.randint(1000000, 9999999)),
                     'US': 'ACH routing 0' + str(R.randint(10 ** 7, 10 ** 8 - 1)) + ' acct ' + str(R.randint(10 ** 8, 10 ** 9 - 1)),
                     }.get(c, '%s%02d %s' % (c if c != 'GB' else 'GB', R.randint(10, 99), ' '.join(str(R.randint(1000, 9999)) for _ in range(4))))

OUR = dict(name='Norvik Handel Sp. z o.o.', addr=['ul. Grochowska 278 lok. 12', '03-841 Warszawa', 'Polska'], country='PL', taxid='PL' + nip_valid())
OTHER_BUYERS = [
    dict(name='Lumen Retail Sp. z o.o.', addr=['ul. Wielicka 44', '30-552 Kraków'], country='PL', taxid=fmt_nip(nip_valid())),
    dict(name='Brzozowski Trading s.c.', addr=['ul. Rokicińska 150', '92-412 Łódź'], country='PL', taxid=fmt_nip(nip_valid())),
    dict(name='Hofmann Versandhandel e.K.', addr=['Torgauer Str. 90', '04318 Leipzig'], country='DE', taxid='DE' + str(R.randint(100000000, 399999999))),
    dict(name='Dvořák Obchod s.r.o.', addr=['Vídeňská 55', '639 00 Brno'], country='CZ', taxid='CZ' + str(R.randint(10000000, 99999999))),
]
CN_BUYER = dict(name='义乌市环球通进出口有限公司', addr=['浙江省义乌市稠城街道工人北路1088号'], country='CN', taxid='91330782MA2' + ''.join(R.choice('0123456789ABCDEFGH') for _ in range(7)))
NEW_SUPPLIER_NAMES = ['Hallbruck Haushaltswaren GmbH', 'Kovovýroba Hrubeš a syn s.r.o.', 'Bergmoser Großhandel e.K.', 'Drukpol-Bis Sp. z o.o.']

CUR_SYM = {'PLN': 'zł', 'EUR': '€', 'CZK': 'Kč', 'USD': 'USD', 'GBP': '£', 'CNY': '¥', 'JPY': '¥'}


def fnum(v, style, dec=2):
    v = D(v)
    s = f'{abs(v):,.{dec}f}'
    neg = '-' if v < 0 else ''
    if style == 'en':
        return neg + s
    if style == 'de':
        return neg + s.replace(',', '#').replace('.', ',').replace('#', '.')
    if style in ('pl', 'cs', 'fr'):
        return neg + s.replace(',', ' ').replace('.', ',')
    if style == 'plain':
        return neg + s.replace(',', '').replace('.', ',')
    return neg + s


def fdate(d, style):
    if style == 'dmy.':   return d.strftime('%d.%m.%Y')
    if style == 'iso':    return d.strftime('%Y-%m-%d')
    if style == 'us':     return d.strftime('%m/%d/%Y')
    if style == 'dmy/':   return d.strftime('%d/%m/%Y')
    if style == 'dmy-':   return d.strftime('%d-%m-%Y')
    if style == 'ymd/':   return d.strftime('%Y/%m/%d')
    if style == 'cs':     return f'{d.day}. {d.month}. {d.year}'
    if style == 'cjk':    return f'{d.year}年{d.month}月{d.day}日'
    if style == 'cjk0':   return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if style.startswith('long_'):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == 'en': return f'{d.day} {m} {d.year}'
        if lg == 'es': return f'{d.day} de {m} de {d.year}'
        if lg == 'de': return f'{d.day}. {m} {d.year}'
        return f'{d.day} {m} {d.year}'
    if style == 'en_short': return d.strftime('%d %b %Y')
    raise ValueError(style)


def money(doc, v):
    n = fnum(v, doc['nstyle'], doc['dec'])
    c = doc['currency']; mode = doc['cmode']
    if mode == 'code_after': return f'{n} {c}'
    if mode == 'sym_after': return f'{n} {CUR_SYM[c]}'
    if mode == 'sym_before': return f'{CUR_SYM[c]}{n}'
    if mode == 'code_before': return f'{c} {n}'
    if mode == 'yen_after': return f'{n}円'
    return n

# ---- amount in words -----------------------------------------------------------------------
PL_1 = 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście'.split()
PL_10 = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt']
PL_100 = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset']


def _pl3(n):
    out = []
    if n >= 100: out.append(PL_100[n // 100]); n %= 100
    if n >= 20: out.append(PL_10[n // 10]); n %= 10
    if n > 0: out.append(PL_1[n])
    return out


def _plform(n, f1, f2, f5):
    if n == 1: return f1
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14): return f2
    return f5


def pl_words(v, cur='PLN'):
    v = q2(v); zl = int(v); gr = int((v - zl) * 100)
    parts = []
    mln, rest = divmod(zl, 1000000); tys, jed = divmod(rest, 1000)
    if mln: parts += (_pl3(mln) if mln > 1 else ['jeden']) + [_plform(mln, 'milion', 'miliony', 'milionów')]
    if tys: parts += (_pl3(tys) if tys > 1 else []) + [_plform(tys, 'tysiąc', 'tysiące', 'tysięcy')]
    if jed or not parts: parts += _pl3(jed) if jed else ['zero']
    cw = {'PLN': _plform(zl, 'złoty', 'złote', 'złotych'), 'EUR': 'euro', 'CZK': 'CZK'}.get(cur, cur)
    return ' '.join(parts) + f' {cw} {gr:02d}/100'


CN_D = '零壹贰叁肆伍陆柒捌玖'


def cn_upper(v):
    v = q2(v); y = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    units = ['', '拾', '佰', '仟']
    def four(n):
        s = ''; zero = False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = True if s else False
            else:
                if zero: s += '零'; zero = False
                s += CN_D[d] + units[i]
        return s
    wan, ge = divmod(y, 10000)
    s = ''
    if wan: s += four(wan) + '万'
    if ge:
        if wan and ge < 1000: s += '零'
        s += four(ge)
    s = (s or '零') + '圆'
    if jiao == 0 and fen == 0: return s + '整'
    s += (CN_D[jiao] + '角') if jiao else '零'
    if fen: s += CN_D[fen] + '分'
    return s

# ----------------------------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------------------------
LANG_CFG = {
 'pl': dict(nst=['pl'], dst=['dmy.', 'iso'], cur=[('PLN', 'sym_after'), ('PLN', 'code_after'), ('PLN', 'sym_after')], rates=[23, 23, 23, 8, 5]),
 'cs': dict(nst=['cs'], dst=['dmy.', 'cs'], cur=[('CZK', 'sym_after'), ('CZK', 'code_after'), ('EUR', 'code_after')], rates=[21, 21, 12]),
 'de': dict(nst=['de'], dst=['dmy.', 'dmy.', 'long_de'], cur=[('EUR', 'sym_after'), ('EUR', 'code_after')], rates=[19, 19, 7]),
 'en': dict(nst=['en'], dst=['us', 'en_short', 'iso', 'long_en'], cur=[('GBP', 'sym_before'), ('USD', 'code_after'), ('EUR', 'code_before')], rates=[20]),
 'zh': dict(nst=['en'], dst=['iso', 'ymd/', 'long_en', 'cjk'], cur=[('USD', 'code_after'), ('USD', 'code_before')], rates=[0]),
 'zhcn': dict(nst=['en'], dst=['cjk0'], cur=[('CNY', 'sym_before')], rates=[13, 13, 9]),
 'ja': dict(nst=['en'], dst=['cjk', 'ymd/'], cur=[('JPY', 'sym_before'), ('JPY', 'yen_after')], rates=[10, 10, 8]),
 'fr': dict(nst=['fr'], dst=['long_fr', 'dmy/'], cur=[('EUR', 'sym_after')], rates=[20, 20, 5.5]),
 'it': dict(nst=['de'], dst=['dmy/'], cur=[('EUR', 'sym_after'), ('EUR', 'code_before')], rates=[22, 22, 10]),
 'es': dict(nst=['de'], dst=['dmy/', 'long_es'], cur=[('EUR', 'sym_after')], rates=[21, 21, 10]),
 'nl': dict(nst=['de'], dst=['dmy-', 'long_nl'], cur=[('EUR', 'sym_after'), ('EUR', 'code_before')], rates=[21, 21, 9]),
}
COUNTER = {'n': 0}


def inv_number(lang, d, dtype):
    n = R.randint(12, 980)
    pre = {'proforma': 'PF', 'credit_note': 'KOR', 'quotation': 'OF', 'purchase_order': 'ZAM', 'packing_list': 'PL',
           'delivery_note': 'WZ', 'price_list': 'CEN', 'other': 'L'}.get(dtype, 'FV')
    if lang == 'pl': return f'{pre}/{n}/{d.month:02d}/{d.year}' if R.random() < .6 else f'{n}/{d.year}'
    if lang == 'cs': return f'{d.year}{R.randint(1, 9)}{n:04d}'
    if lang == 'de': return f'RE-{d.year}-{n:05d}' if dtype == 'invoice' else f'{pre}-{d.year}-{n:04d}'
    if lang == 'en': return f'INV-{R.randint(10000, 99999)}'
    if lang == 'zh': return f'HY{d.strftime("%Y%m%d")}-{R.randint(1, 9):02d}'
    if lang == 'zhcn': return ''.join(str(R.randint(0, 9)) for _ in range(20))
    if lang == 'ja': return f'{d.year}{d.month:02d}-{n:04d}'
    if lang == 'fr': return f'FA{d.year % 100}{d.month:02d}-{n:04d}'
    if lang == 'it': return f'{n}/{d.year}'
    if lang == 'es': return f'A-{d.year}/{n:04d}'
    if lang == 'nl': return f'{d.year}{n:05d}'
    return str(n)


def make_doc(lang, dtype='invoice', n_items=None, buyer=None, has_tax=None, disc=None, ship=None, err=None, date=None, neg=False):
    """lang: pl cs de en zh zhcn ja fr it es nl.  Returns dict with all values."""
    cfg = LANG_CFG[lang]
    L = 'zh' if lang == 'zhcn' else lang
    sup = copy.deepcopy(R.choice(SUP['zh' if lang == 'zhcn' else lang]))
    if lang == 'zhcn':
        sup['name'] = sup['cn']; sup['addr'] = ['浙江省宁波市鄞州区兴业路88号' if '宁波' in sup['cn'] else ('深圳市宝安区华丰工业园B栋4楼' if '深圳' in sup['cn'] else '浙江省义乌市稠州北路316号')]
    if buyer is None:
        buyer = CN_BUYER if lang == 'zhcn' else (OUR if R.random() < .8 else R.choice(OTHER_BUYERS))
    buyer = copy.deepcopy(buyer)
    if date is None:
        date = dt.date(2025, 5, 1) + dt.timedelta(days=R.randint(0, 320))
    cur, cmode = R.choice(cfg['cur'])
    dec = 0 if cur == 'JPY' else 2
    nstyle = R.choice(cfg['nst'])
    if lang == 'pl' and R.random() < .15: nstyle = 'plain'
    doc = dict(lang=L, src_lang=lang, doc_type=dtype, supplier=sup, buyer=buyer, issue=date,
               sale=date - dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 5])), due=date + dt.timedelta(days=R.choice([7, 14, 14, 21, 30, 60])),
               dstyle=R.choice(cfg['dst']), nstyle=nstyle, currency=cur, cmode=cmode, dec=dec,
               number=inv_number(lang, date, dtype), err=err, notes=[])
    cross = sup['country'] != buyer['country']
    if has_tax is None:
        if lang in ('zh',): has_tax = False
        elif lang in ('zhcn', 'ja'): has_tax = True
        elif cross and sup['country'] in ('DE', 'CZ', 'NL', 'FR', 'IT', 'ES'): has_tax = R.random() < .25
        elif sup['country'] == 'US': has_tax = False
        else: has_tax = True
    doc['has_tax'] = has_tax
    if not has_tax and cross and sup['country'] in ('DE', 'CZ', 'NL', 'FR', 'IT', 'ES', 'PL'):
        doc['notes'].append(T[L]['exempt'])
    if not has_tax and lang == 'zh':
        doc['notes'].append(R.choice(['FOB Ningbo', 'FOB Shenzhen', 'CIF Gdansk', 'EXW Yiwu']) + ' / Payment: 30% deposit, 70% before shipment')
    if n_items is None:
        n_items = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    prods = PRODUCTS[lang]
    items = []
    seen = set()
    qscale = {'zh': 10, 'zhcn': 2, 'ja': 1}.get(lang, 1)
    for i in range(n_items):
        p = R.choice(prods)
        name = p[0]
        if name in seen or n_items > len(prods):
            name = f'{p[0]} – {R.choice(["wzór", "var.", "A", "B", "C", "II", "mix"])}{R.randint(1, 99)}' if L in ('pl', 'cs') else f'{p[0]} #{R.randint(10, 99)}'
        seen.add(name)
        unit = T[L]['units'][p[1]]
        qty = R.choice([6, 10, 12, 20, 24, 25, 30, 36, 40, 48, 50, 60, 72, 80, 100, 120, 150, 200, 240, 300]) * qscale
        if lang == 'ja': qty = R.choice([5, 10, 12, 20, 24, 30, 50])
        price = D(str(round(R.uniform(p[2], p[3]), 0 if dec == 0 else 2)))
        if dec == 0: price = price.quantize(D('1'))
        rate = (D(str(cfg['rates'][0])) if R.random() < .8 else D(str(R.choice(cfg['rates'])))) if has_tax else D(0)
        if neg: qty = -max(1, qty // 10)
        items.append(dict(desc=name, qty=D(qty), unit=unit, price=price, disc=D(0), rate=rate))
    if disc is None: disc = R.random() < .25
    if disc:
        for it in items:
            if R.random() < .6: it['disc'] = D(R.choice([3, 5, 5, 10, 15]))
    doc['has_disc'] = any(it['disc'] for it in items)
    if ship is None: ship = R.random() < .3
    if ship:
        sp = D(R.choice([45, 60, 85, 120, 150, 180, 250])) if lang not in ('ja', 'cs') else (D(R.choice([800, 1200, 1500])) if lang == 'ja' else D(R.choice([890, 1250, 1900])))
        if lang in ('zh',): sp = D(R.choice([180, 260, 420, 650]))
        if cur == 'EUR' and lang == 'cs': sp = D(45)
        items.append(dict(desc=SHIP[lang], qty=D(1), unit=T[L]['units']['pcs'] if lang not in ('de',) else 'psch.', price=sp, disc=D(0),
                          rate=D(str(cfg['rates'][0])) if has_tax else D(0), ship=True))
    qd = (lambda x: D(x).quantize(D('1'), ROUND_HALF_UP)) if dec == 0 else q2
    for it in items:
        it['net'] = qd(it['qty'] * it['price'] * (1 - it['disc'] / 100))
        it['vat'] = qd(it['net'] * it['rate'] / 100) if lang != 'ja' else D(0)
        it['gross'] = it['net'] + it['vat']
    doc['items'] = items
    rates = {}
    for it in items:
        r = rates.setdefault(it['rate'], [D(0), D(0)])
        r[0] += it['net']; r[1] += it['vat']
    if lang == 'ja':
        for k in rates: rates[k][1] = (rates[k][0] * k / 100).quantize(D('1'), rounding='ROUND_DOWN')
    doc['rates'] = {k: (v[0], v[1], v[0] + v[1]) for k, v in sorted(rates.items(), reverse=True)}
    doc['tot_net'] = sum(v[0] for v in doc['rates'].values())
    doc['tot_vat'] = sum(v[1] for v in doc['rates'].values())
    doc['tot_gross'] = doc['tot_net'] + doc['tot_vat']
    if err:
        apply_error(doc, err)
    doc['total'] = doc['tot_gross']
    return doc


def apply_error(doc, kind):
    its = [it for it in doc['items'] if not it.get('ship')]
    it = R.choice(its)
    if kind == 'line':       # a line value that does not equal qty x price
        it['net'] += D(R.choice([10, 20, 50, 100])); it['gross'] = it['net'] + it['vat']
        doc['err_note'] = f'line "{it["desc"]}" net value does not equal qty x price; totals computed from correct values'
    elif kind == 'qty':      # quantity typed wrong, values kept
        it['qty'] += R.choice([1, 2, 10]); doc['err_note'] = f'qty of "{it["desc"]}" printed wrong (qty x price != line value)'
    elif kind == 'vat':      # tax amount wrong, grand total follows it
        delta = D(R.choice(['1.00', '10.00', '0.90', '9.00']))
        k = next(iter(doc['rates'])); n, v, g = doc['rates'][k]
        doc['rates'][k] = (n, v + delta, g + delta); doc['tot_vat'] += delta; doc['tot_gross'] += delta
        doc['err_note'] = 'VAT amount does not equal net x rate (grand total = net + wrong VAT)'
    elif kind == 'gross':    # grand total is not net + tax (transposed digits)
        g = doc['tot_gross']; s = f'{g:.2f}'
        ip = s.split('.')[0]
        if len(ip) >= 2:
            ip2 = ip[:-2] + ip[-1] + ip[-2]
            if ip2 == ip: ip2 = str(int(ip) + 100)
        else:
            ip2 = str(int(ip) + 10)
        doc['tot_gross'] = D(ip2 + '.' + s.split('.')[1])
        doc['err_note'] = 'grand total != net + VAT (digits transposed)'
    elif kind == 'sum':      # subtotal not the sum of lines
        doc['tot_net'] -= it['net'] / 2; doc['tot_net'] = q2(doc['tot_net'])
        doc['tot_gross'] = doc['tot_net'] + doc['tot_vat']
        k = next(iter(doc['rates'])); n, v, g = doc['rates'][k]
        doc['rates'][k] = (q2(n - it['net'] / 2), v, q2(n - it['net'] / 2) + v)
        doc['err_note'] = 'subtotal is not the sum of the line values (one line counted half)'


def make_nondoc(lang, dtype):
    L = lang
    doc = make_doc(lang, 'invoice', n_items=R.choice([3, 4, 5, 6, 8]), buyer=OUR, ship=False, disc=False)
    doc['doc_type'] = dtype
    doc['number'] = inv_number(lang, doc['issue'], dtype)
    if dtype in ('packing_list', 'delivery_note', 'price_list', 'other'):
        doc['total'] = None
    if dtype == 'purchase_order':
        doc['notes'] = []
    return doc


def view(doc):
    """common text view used by all born-digital renderers"""
    t = T[doc['lang']]; L = doc['lang']; dtype = doc['doc_type']
    N = lambda v: fnum(v, doc['nstyle'], doc['dec'])
    F = lambda d: fdate(d, doc['dstyle'])
    title = {'invoice': t['inv'] if doc['src_lang'] not in ('zhcn',) else t['tax'], 'tax_invoice': t['tax'], 'proforma': t['pro'],
             'credit_note': t['cred'], 'receipt': t['rec']}.get(dtype) or t.get(dtype, t['letter'] if dtype == 'other' else dtype)
    if doc['src_lang'] == 'zh' and dtype == 'invoice': title = '商业发票 COMMERCIAL INVOICE'
    v = dict(title=title, number=doc['number'])
    sup, buy = doc['supplier'], doc['buyer']
    def block(c):
        lines = [c['name']] + list(c['addr'])
        lines.append(f"{t['taxid']}: {c['taxid']}")
        return lines
    if dtype == 'purchase_order':
        v['left'] = (t['buyer'] if L != 'ja' else '注文者', block(buy)); v['right'] = (t['supplier_lbl'], block(sup))
    else:
        v['left'] = (t['seller'], block(sup)); v['right'] = (t['buyer'] if L != 'ja' else '請求先', block(buy))
    meta = [(t['issue'] if dtype in ('invoice', 'tax_invoice', 'proforma', 'credit_note', 'receipt') else {'pl': 'Data', 'cs': 'Datum', 'de': 'Datum', 'zh': '日期', 'ja': '発行日'}.get(L, 'Date'), F(doc['issue']))]
    if dtype in ('invoice', 'tax_invoice', 'credit_note', 'receipt'):
        if L in ('pl', 'cs', 'de', 'zh') or R.random() < .4: meta.append((t['sale'], F(doc['sale'])))
        if doc['src_lang'] != 'zhcn':
            meta.append((t['due'], F(doc['due']))); meta.append((t['pay'], t['paym']))
    elif dtype == 'quotation': meta.append((t['valid'], F(doc['due'])))
    elif dtype == 'purchase_order': meta.append((t['delivery'], F(doc['due'])))
    v['meta'] = meta
    ht = doc['has_tax']; hd = doc['has_disc']
    if dtype in ('packing_list',):
        cols = [t['lp'], t['desc'], t['qty'], t['unit'], t['cartons'], t['weight']]
        rows = []
        for i, it in enumerate(doc['items'], 1):
            ct = max(1, int(it['qty']) // R.choice([6, 10, 12, 24])); rows.append([str(i), it['desc'], str(int(it['qty'])), it['unit'], str(ct), fnum(D(ct) * D(str(round(R.uniform(3, 14), 1))), doc['nstyle'], 1)])
        v.update(cols=cols, rows=rows, totals=[], align='lllrrr'); return v
    if dtype == 'delivery_note':
        cols = [t['lp'], t['desc'], t['qty'], t['unit']]
        rows = [[str(i), it['desc'], str(int(it['qty'])), it['unit']] for i, it in enumerate(doc['items'], 1)]
        v.update(cols=cols, rows=rows, totals=[], align='llrl'); return v
    if dtype == 'price_list':
        cols = [t['lp'], t['desc'], t['unit'], t['price'] + f" ({doc['currency']})"]
        rows = [[str(i), it['desc'], it['unit'], N(it['price'])] for i, it in enumerate(doc['items'], 1)]
        v.update(cols=cols, rows=rows, totals=[], align='llll'); return v
    cols = [t['lp'], t['desc'], t['qty'], t['unit'], t['price']]
    al = 'llrlr'
    if hd: cols.append(t['disc']); al += 'r'
    cols.append(t['net']); al += 'r'
    if ht and L not in ('ja',): cols += [t['rate'], t['vat'], t['gross']]; al += 'rrr'
    elif ht: cols.append(t['rate']); al += 'r'
    rows = []
    for i, it in enumerate(doc['items'], 1):
        q = it['qty']; qs = str(int(q)) if q == int(q) else N(q)
        r = [str(i), it['desc'], qs, it['unit'], N(it['price'])]
        if hd: r.append(str(int(it['disc'])) if it['disc'] else '')
        r.append(N(it['net']))
        rs = (str(it['rate']).rstrip('0').rstrip('.') if '.' in str(it['rate']) else str(it['rate'])) + '%'
        if ht and L not in ('ja',): r += [rs, N(it['vat']), N(it['gross'])]
        elif ht: r.append(rs)
        rows.append(r)
    totals = []
    if ht:
        totals.append((t['tnet'], N(doc['tot_net'])))
        if len(doc['rates']) > 1 or L in ('ja',):
            for k, (n, vv, g) in doc['rates'].items():
                ks = (str(k).rstrip('0').rstrip('.') if '.' in str(k) else str(k))
                totals.append((f"{t['tvat']} {ks}%", N(vv)))
        else:
            totals.append((t['tvat'], N(doc['tot_vat'])))
        totals.append((t['tgross'], N(doc['tot_gross'])))
    else:
        totals.append((t['tgross'], N(doc['tot_gross'])))
    v.update(cols=cols, rows=rows, totals=totals, align=al,
             topay=(t['topay'] if dtype != 'quotation' else t['tgross'], money(doc, doc['tot_gross'])))
    if L == 'pl' and dtype in ('invoice', 'tax_invoice', 'proforma') and doc['currency'] in ('PLN', 'EUR'):
        v['words'] = f"{t['words']}: {pl_words(doc['tot_gross'], doc['currency'])}"
    if doc['src_lang'] == 'zhcn':
        v['words'] = f"价税合计（大写）ⓧ{cn_upper(doc['tot_gross'])}   （小写）{money(doc, doc['tot_gross'])}"
    v['bank'] = f"{t['bank']}: {sup['bank']}" if dtype not in ('purchase_order',) else ''
    v['notes'] = doc['notes']
    return v


LETTERS = {
 'de': ['Bestätigung der Geschäftsbeziehung', 'Sehr geehrte Damen und Herren,',
        'hiermit bestätigen wir, dass die Firma {buyer} seit dem Jahr 2024 regelmäßig Haushaltswaren aus unserem Sortiment bezieht.',
        'Die Waren werden von uns direkt bei den Herstellern eingekauft und sind Originalware. Die Lieferungen erfolgen auf Rechnung mit Zahlungsziel 14 Tage.',
        'Für Rückfragen stehen wir Ihnen gerne zur Verfügung.', 'Mit freundlichen Grüßen'],
 'pl': ['Potwierdzenie współpracy handlowej', 'Szanowni Państwo,',
        'niniejszym potwierdzamy, że firma {buyer} jest naszym stałym odbiorcą hurtowym od marca 2024 r.',
        'Wszystkie towary dostarczane przez nas pochodzą z legalnych źródeł i są objęte fakturami VAT wystawianymi przy każdej dostawie.',
        'W razie pytań prosimy o kontakt z działem sprzedaży.', 'Z poważaniem'],
 'en': ['Letter of Supply Confirmation', 'To whom it may concern,',
        'We confirm that {buyer} has been purchasing goods from our factory since 2024 under our standard export terms.',
        'All products are manufactured by us and shipped with commercial invoices and packing lists for each order.',
        'Please do not hesitate to contact our export department for any verification.', 'Best regards'],
}

# ----------------------------------------------------------------------------------------------
# HTML renderers (WeasyPrint / Chromium)
# ----------------------------------------------------------------------------------------------
from html import escape as E

CSS = {
 'classic': """@page{size:A4;margin:14mm 12mm 16mm 12mm;@bottom-right{content:"%(page)s " counter(page) " %(of)s " counter(pages);font-size:7pt;color:#555}}
 body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#111}
 .hdr{display:flex;justify-content:space-between;border-bottom:2px solid #333;padding-bottom:4px}
 h1{font-size:15pt;margin:0} .num{font-size:11pt;font-weight:bold}
 table.parties{width:100%%;margin:8px 0;border-collapse:collapse} table.parties td{width:50%%;vertical-align:top;border:1px solid #999;padding:4px}
 .lbl{font-weight:bold;background:#e6e6e6;display:block;margin:-4px -4px 3px -4px;padding:2px 4px}
 table.items{width:100%%;border-collapse:collapse;margin-top:6px} table.items th{background:#d9d9d9;border:1px solid #777;font-size:7.5pt;padding:2px}
 table.items td{border:1px solid #999;padding:2px 3px} td.r{text-align:right;white-space:nowrap}
 table.tot{margin-left:auto;border-collapse:collapse;margin-top:6px} table.tot td{border:1px solid #999;padding:2px 6px} table.tot tr:last-child td{font-weight:bold;background:#eee}
 .topay{font-size:12pt;font-weight:bold;margin-top:8px} .meta td{padding:0 8px 0 0} .notes{margin-top:8px;font-size:8pt}
 .sign{margin-top:40px;display:flex;justify-content:space-between;font-size:7pt;color:#444} .sign div{border-top:1px dotted #555;width:40%%;text-align:center}""",
 'einv': """@page{size:A4;margin:12mm;@top-left{content:"Wizualizacja e-faktury / e-invoice printout";font-size:6.5pt;color:#777}@bottom-center{content:counter(page) " / " counter(pages);font-size:7pt}}
 body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:8pt;color:#000}
 h1{font-size:12pt;border:1px solid #000;padding:4px;margin:0 0 6px 0} .num{font-family:'DejaVu Sans Mono';font-size:9pt}
 .sec{border-top:1px solid #000;margin-top:6px;padding-top:2px} .sec h2{font-size:8.5pt;margin:0 0 2px 0;text-transform:uppercase}
 table.parties{width:100%%} table.parties td{vertical-align:top;width:50%%;padding-right:10px}.lbl{font-weight:bold;text-transform:uppercase;font-size:7.5pt}
 table.items{width:100%%;border-collapse:collapse} table.items th{border-bottom:1px solid #000;text-align:left;font-size:7pt} table.items td{border-bottom:1px solid #ccc;padding:1px 2px}
 td.r{text-align:right} table.tot{margin-left:auto} table.tot td{padding:1px 6px} .topay{font-weight:bold;font-size:10pt;border:1px solid #000;padding:3px;margin-top:6px;display:inline-block}
 .lbl{display:block} .ids{font-family:'DejaVu Sans Mono';font-size:7pt;color:#333} .meta td{padding:0 10px 0 0}.notes{margin-top:6px}.sign{display:none}""",
 'modern': """@page{size:A4;margin:0 0 14mm 0;@bottom-center{content:"%(page)s " counter(page);font-size:7pt;color:#888}}
 body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#222;margin:0}
 .hdr{background:%(col)s;color:white;padding:16mm 14mm 6mm 14mm;display:flex;justify-content:space-between;align-items:flex-end}
 h1{font-size:22pt;margin:0;font-weight:300;letter-spacing:1px} .num{font-size:10pt}
 .wrap{padding:6mm 14mm} table.parties{width:100%%} table.parties td{vertical-align:top;width:50%%}.lbl{color:%(col)s;font-size:7.5pt;text-transform:uppercase;display:block;margin-bottom:2px}
 table.items{width:100%%;border-collapse:collapse;margin-top:10px} table.items th{color:%(col)s;border-bottom:2px solid %(col)s;text-align:left;padding:4px 2px;font-size:7.5pt}
 table.items td{padding:4px 2px;border-bottom:1px solid #eee} td.r{text-align:right} table.items tr:nth-child(even) td{background:#f7f7f7}
 table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:2px 8px} table.tot tr:last-child td{font-weight:bold;border-top:2px solid %(col)s}
 .topay{margin-top:10px;font-size:13pt;color:%(col)s;text-align:right} .meta td{padding:0 10px 0 0;color:#555}.notes{margin-top:10px;color:#555;font-size:8pt}.sign{display:none}""",
}


def html_doc(doc, style):
    t = T[doc['lang']]; L = doc['lang']
    if doc['src_lang'] == 'zhcn': return html_fapiao(doc)
    if L == 'ja' and doc['doc_type'] in ('invoice', 'tax_invoice') and style != 'einv': return html_seikyu(doc)
    v = view(doc)
    css = CSS[style] % dict(page=t['page'] or 'p.', of=t['of'], col=R.choice(['#1f4e79', '#2e6b4f', '#7a2e2e', '#444c5c', '#0b6e7a']))
    ff = "'WenQuanYi Micro Hei','DejaVu Sans',sans-serif" if L in ('zh', 'ja') else None
    if ff: css += 'body{font-family:%s}' % ff
    if doc['doc_type'] == 'other':
        return html_letter(doc, css)
    parts = [f'<!DOCTYPE html><html lang="{L}"><head><meta charset="utf-8"><title>{E(v["title"])} {E(v["number"])}</title><style>{css}</style></head><body>']
    meta = ''.join(f'<tr><td>{E(a)}:</td><td><b>{E(b)}</b></td></tr>' for a, b in v['meta'])
    sup = doc['supplier']
    if style == 'einv':
        parts.append(f'<h1>{E(v["title"])} <span class="num">{E(v["number"])}</span></h1>')
        parts.append(f'<div class="ids">ID: {R.randint(10**9, 10**10-1)}-{doc["issue"].strftime("%Y%m%d")}-{R.randint(10**11, 10**12-1):X}-{R.randint(10,99)}</div>')
        parts.append(f'<div class="sec"><h2>{E(t["issue"])}</h2><table class="meta">{meta}</table></div>')
    elif style == 'modern':
        parts.append(f'<div class="hdr"><div><h1>{E(v["title"])}</h1><div class="num">{E(v["number"])}</div></div><div style="text-align:right"><b>{E(sup["name"])}</b><br>{"<br>".join(E(a) for a in sup["addr"])}</div></div><div class="wrap">')
        parts.append(f'<table class="meta">{meta}</table>')
    else:
        parts.append(f'<div class="hdr"><div><b style="font-size:12pt">{E(sup["name"])}</b><br>{"<br>".join(E(a) for a in sup["addr"])}</div><div style="text-align:right"><h1>{E(v["title"])}</h1><div class="num">{E(t["no"]) if t["no"] not in v["title"] else ""} {E(v["number"])}</div><table class="meta" style="margin-left:auto">{meta}</table></div></div>')
    lt, ll = v['left']; rt, rl = v['right']
    sec = lambda lines: '<br>'.join(('<b>%s</b>' % E(x)) if i == 0 else E(x) for i, x in enumerate(lines))
    parts.append(f'<div class="sec"><table class="parties"><tr><td><span class="lbl">{E(lt)}</span>{sec(ll)}</td><td><span class="lbl">{E(rt)}</span>{sec(rl)}</td></tr></table></div>')
    ths = ''.join(f'<th>{E(c)}</th>' for c in v['cols'])
    trs = ''.join('<tr>' + ''.join(f'<td class="{"r" if a == "r" else ""}">{E(x)}</td>' for x, a in zip(r, v['align'])) + '</tr>' for r in v['rows'])
    parts.append(f'<table class="items"><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>')
    if v['totals']:
        parts.append('<table class="tot">' + ''.join(f'<tr><td>{E(a)}</td><td class="r">{E(b)}</td></tr>' for a, b in v['totals']) + '</table>')
        parts.append(f'<div class="topay">{E(v["topay"][0])}: {E(v["topay"][1])}</div>')
    if v.get('words'): parts.append(f'<div class="notes">{E(v["words"])}</div>')
    if v.get('bank'): parts.append(f'<div class="notes">{E(v["bank"])}</div>')
    for n in v.get('notes', []): parts.append(f'<div class="notes">{E(n)}</div>')
    parts.append(f'<div class="sign"><div>{E(t["sign"])}</div><div>{E(t["buyer"])}</div></div>')
    if style == 'modern': parts.append('</div>')
    parts.append('</body></html>')
    return ''.join(parts)


def html_letter(doc, css):
    L = doc['lang'] if doc['lang'] in LETTERS else 'en'
    lt = LETTERS[L]; sup = doc['supplier']
    body = ''.join(f'<p>{E(x.format(buyer=doc["buyer"]["name"]))}</p>' for x in lt[1:])
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css} p{{font-size:10pt;line-height:1.5}}</style></head><body><div style="padding:10mm">'
            f'<div style="text-align:right"><b>{E(sup["name"])}</b><br>{"<br>".join(E(a) for a in sup["addr"])}<br><br>{E(fdate(doc["issue"], doc["dstyle"]))}</div>'
            f'<h2 style="margin-top:20mm">{E(lt[0])}</h2>{body}<p style="margin-top:14mm">{E(T[doc["lang"]]["sign"])}: J. {E(R.choice(["Kowalczyk", "Berger", "Wang Lei", "Novák"]))}</p></div></body></html>')


def html_fapiao(doc):
    N = lambda v: fnum(v, 'en', 2)
    sup, buy = doc['supplier'], doc['buyer']
    rows = ''.join(f'<tr><td>{E(it["desc"])}</td><td></td><td>{E(it["unit"])}</td><td class="r">{int(it["qty"])}</td><td class="r">{N(it["price"])}</td><td class="r">{N(it["net"])}</td><td class="r">{int(it["rate"])}%</td><td class="r">{N(it["vat"])}</td></tr>' for it in doc['items'])
    col = '#8b5a2b'
    return f'''<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>
@page{{size:240mm 150mm;margin:8mm}} body{{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:8.5pt;color:{col}}}
h1{{text-align:center;font-size:17pt;letter-spacing:4px;margin:0;border-bottom:3px double {col};width:60%;margin:auto}}
.top{{display:flex;justify-content:space-between}} .top div{{font-size:8pt}} .blk{{color:#000}}
table{{width:100%;border-collapse:collapse;margin-top:4px}} td,th{{border:1px solid {col};padding:2px 3px}} td.r{{text-align:right;color:#000}} td{{color:#000}} th{{font-weight:normal;color:{col}}}
.v{{writing-mode:vertical-rl;width:14px;color:{col};text-align:center}}</style></head><body>
<div class="top"><div></div><h1>电子发票（增值税专用发票）</h1><div>发票号码：<span class="blk">{E(doc["number"])}</span><br>开票日期：<span class="blk">{E(fdate(doc["issue"], doc["dstyle"]))}</span></div></div>
<table><tr><td class="v">购买方信息</td><td style="width:46%">名称：{E(buy["name"])}<br>统一社会信用代码/纳税人识别号：{E(buy["taxid"])}</td>
<td class="v">销售方信息</td><td>名称：{E(sup["name"])}<br>统一社会信用代码/纳税人识别号：{E(sup["taxid"])}</td></tr></table>
<table><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
<tr><td>合　　计</td><td colspan="4"></td><td class="r">¥{N(doc["tot_net"])}</td><td></td><td class="r">¥{N(doc["tot_vat"])}</td></tr>
<tr><td>价税合计（大写）</td><td colspan="4" style="color:#000">ⓧ{cn_upper(doc["tot_gross"])}</td><td colspan="3">（小写）<span style="color:#000">¥{N(doc["tot_gross"])}</span></td></tr>
<tr><td>备注</td><td colspan="7" style="height:30px">开户行及账号：{E(sup["bank"])}</td></tr></table>
<div style="margin-top:4px">开票人：<span class="blk">{R.choice(["王芳", "李娜", "陈静", "张伟"])}</span></div></body></html>'''


def html_seikyu(doc):
    N = lambda v: fnum(v, 'en', 0)
    sup, buy = doc['supplier'], doc['buyer']
    rows = ''.join(f'<tr><td>{E(it["desc"])}{" ※" if it["rate"] == 8 else ""}</td><td class="r">{int(it["qty"])}</td><td>{E(it["unit"])}</td><td class="r">{N(it["price"])}</td><td class="r">{N(it["net"])}</td></tr>' for it in doc['items'])
    rates = ''.join(f'<tr><td>{int(k)}%対象 {N(n)}円</td><td class="r">消費税 {N(v)}円</td></tr>' for k, (n, v, g) in doc['rates'].items())
    return f'''<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
@page{{size:A4;margin:15mm}} body{{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt}}
h1{{text-align:center;letter-spacing:12px;font-size:20pt;border-bottom:1px solid #000;padding-bottom:4px}}
.row{{display:flex;justify-content:space-between}} .to{{font-size:13pt;border-bottom:1px solid #000;width:85mm}}
.amt{{font-size:15pt;border:2px solid #000;padding:4px 10px;display:inline-block;margin-top:8px}}
table{{width:100%;border-collapse:collapse;margin-top:8px}} th{{background:#ddd;border:1px solid #555}} td{{border:1px solid #999;padding:3px}} td.r{{text-align:right}}
</style></head><body><h1>請求書</h1>
<div class="row"><div><div class="to">{E(buy["name"])} 御中</div><p>下記の通りご請求申し上げます。</p>
<div class="amt">ご請求金額　{E(money(doc, doc["tot_gross"]))}（税込）</div></div>
<div style="text-align:right">請求日：{E(fdate(doc["issue"], doc["dstyle"]))}<br>請求書番号：{E(doc["number"])}<br><br><b>{E(sup["name"])}</b><br>{"<br>".join(E(a) for a in sup["addr"])}<br>登録番号：{E(sup["taxid"])}</div></div>
<table><tr><th>品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>{rows}</table>
<table style="width:60%;margin-left:auto"><tr><td>小計</td><td class="r">{N(doc["tot_net"])}円</td></tr>{rates}<tr><td><b>合計</b></td><td class="r"><b>{N(doc["tot_gross"])}円</b></td></tr></table>
<p>※印は軽減税率（8%）対象商品です。</p><p>お振込先：{E(sup["bank"])}<br>お支払期限：{E(fdate(doc["due"], doc["dstyle"]))}</p></body></html>'''


def render_weasy(doc, path, style):
    import weasyprint
    html = html_doc(doc, style)
    weasyprint.HTML(string=html, base_url=WORK).write_pdf(path)


def render_chromium(doc, path, style):
    html = html_doc(doc, style)
    hp = os.path.join(WORK, os.path.basename(path) + '.html')
    open(hp, 'w').write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
                    f'--print-to-pdf={path}', 'file://' + hp], check=True, capture_output=True, timeout=120)

# ----------------------------------------------------------------------------------------------
# ReportLab renderer ("small accounting program"): core Helvetica for Western docs, TTF otherwise
# ----------------------------------------------------------------------------------------------
_RL_FONTS = {}


def rl_fonts(core, lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if core: return 'Helvetica', 'Helvetica-Bold'
    if lang in ('zh', 'ja'):
        if 'WQY' not in _RL_FONTS:
            pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0)); _RL_FONTS['WQY'] = 1
        return 'WQY', 'WQY'
    if 'DJ' not in _RL_FONTS:
        pdfmetrics.registerFont(TTFont('DJ', DJ)); pdfmetrics.registerFont(TTFont('DJB', DJB)); _RL_FONTS['DJ'] = 1
    return 'DJ', 'DJB'


def to_latin(s, enc='cp1252'):
    import unicodedata
    out = []
    for ch in s.replace('ł', 'l').replace('Ł', 'L'):
        try: ch.encode(enc); out.append(ch)
        except UnicodeEncodeError: out.append(unicodedata.normalize('NFKD', ch)[0])
    return ''.join(out)


def render_reportlab(doc, path, core=False, variant=0):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    v = view(doc); t = T[doc['lang']]
    f, fb = rl_fonts(core, doc['lang'])
    size = LETTER if doc['supplier']['country'] == 'US' else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, pageCompression=R.random() < .5)
    if core:
        for fnm in ('drawString', 'drawRightString'):
            orig = getattr(c, fnm)
            setattr(c, fnm, (lambda o: (lambda x, y, s, *a, **k: o(x, y, to_latin(s), *a, **k)))(orig))
    c.setCreator(R.choice(['FaktuRaport 3.2', 'Rechnungsbüro Pro 11', 'MiniFaktura 2024', 'BookKeep Desk 7']))
    c.setTitle(f"{v['title']} {v['number']}")
    if doc['doc_type'] == 'other':
        lt = LETTERS[doc['lang'] if doc['lang'] in LETTERS else 'en']
        c.setFont(fb, 12); c.drawString(50, H - 60, doc['supplier']['name'])
        c.setFont(f, 9); y = H - 74
        for a in doc['supplier']['addr']: c.drawString(50, y, a); y -= 11
        c.drawRightString(W - 50, H - 140, fdate(doc['issue'], doc['dstyle']))
        c.setFont(fb, 12); c.drawString(50, H - 190, lt[0]); c.setFont(f, 10); y = H - 220
        from reportlab.lib.utils import simpleSplit
        for para in lt[1:]:
            for ln in simpleSplit(para.format(buyer=doc['buyer']['name']), f, 10, W - 100):
                c.drawString(50, y, ln); y -= 14
            y -= 8
        c.save(); return
    cols = v['cols']; rows = v['rows']; al = v['align']
    # column widths
    n = len(cols); avail = W - 80
    fixed = {0: 22}
    wdesc = 190 if n <= 7 else 150
    other = (avail - 22 - wdesc) / (n - 2)
    widths = [22, wdesc] + [other] * (n - 2)
    fs = 7.5 if n > 8 else 8.5
    per_first, per_next = 22, 40
    chunks = [rows[:per_first]] + [rows[i:i + per_next] for i in range(per_first, len(rows), per_next)]
    npages = len(chunks)
    ttl = v['title'] + ('' if t['no'] in v['title'] else '') 
    def header(pg):
        if variant == 1:
            c.setFillColorRGB(.92, .92, .92); c.rect(30, H - 75, W - 60, 45, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 16); c.drawString(40, H - 58, v['title'])
        c.setFont(fb, 10); c.drawRightString(W - 40, H - 50, f"{t['no'] if t['no'] not in v['title'] else ''} {v['number']}".strip())
        c.setFont(f, 7); c.drawRightString(W - 40, 25, f"{t['page']} {pg}/{npages}" if t['page'] else f"{pg}/{npages}")
    y = H - 90
    for pg, chunk in enumerate(chunks, 1):
        header(pg)
        if pg == 1:
            c.setFont(f, 8.5); yy = H - 68
            for a, b in v['meta']:
                c.drawRightString(W - 130, yy - 12, a + ':'); c.drawString(W - 125, yy - 12, b); yy -= 11
            y = min(yy - 20, H - 130)
            for x0, (lbl, lines) in ((40, v['left']), (W / 2 + 10, v['right'])):
                c.setFont(fb, 8); c.drawString(x0, y, lbl.upper() if doc['lang'] not in ('zh', 'ja') else lbl)
                c.line(x0, y - 3, x0 + W / 2 - 60, y - 3)
                yy = y - 14
                for i, ln in enumerate(lines):
                    c.setFont(fb if i == 0 else f, 9 if i == 0 else 8.5); c.drawString(x0, yy, ln); yy -= 11
            y = yy - 18
        else:
            y = H - 90
        # table header
        c.setFont(fb, fs - .5); x = 40
        c.setFillColorRGB(.85, .85, .85); c.rect(40, y - 4, sum(widths), 14, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        for w, h_ in zip(widths, cols):
            hs = h_
            while stringWidth(hs, fb, fs - .5) > w - 3 and len(hs) > 3: hs = hs[:-1]
            c.drawString(x + 2, y, hs); x += w
        y -= 15; c.setFont(f, fs)
        for r in chunk:
            x = 40
            for w, val, a in zip(widths, r, al):
                s = val
                while stringWidth(s, f, fs) > w - 4 and len(s) > 3: s = s[:-1]
                if a == 'r': c.drawRightString(x + w - 2, y, s)
                else: c.drawString(x + 2, y, s)
                x += w
            c.setStrokeColorRGB(.75, .75, .75); c.line(40, y - 3, 40 + sum(widths), y - 3); c.setStrokeColorRGB(0, 0, 0)
            y -= 13
        if pg < npages:
            c.showPage()
    y -= 8
    if v['totals']:
        for a, b in v['totals']:
            c.setFont(fb if a == v['totals'][-1][0] else f, 9)
            c.drawRightString(W - 140, y, a); c.drawRightString(W - 42, y, b); y -= 13
        y -= 6; c.setFont(fb, 12); c.drawString(40, y, f"{v['topay'][0]}: {v['topay'][1]}"); y -= 16
    c.setFont(f, 8)
    for extra in [v.get('words'), v.get('bank')] + list(v.get('notes', [])):
        if extra: c.drawString(40, y, extra); y -= 11
    if doc['lang'] in ('pl', 'cs') and variant == 1:
        c.line(60, 70, 220, 70); c.line(W - 220, 70, W - 60, 70); c.setFont(f, 6.5)
        c.drawString(60, 62, t['sign']); c.drawString(W - 220, 62, t['buyer'])
    c.save()


# ----------------------------------------------------------------------------------------------
# fpdf2 renderer (bordered-cell look)
# ----------------------------------------------------------------------------------------------
def render_fpdf(doc, path, core=False):
    from fpdf import FPDF
    v = view(doc); t = T[doc['lang']]
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 18)
    pdf.set_creator(R.choice(['Fakturownik 1.9', 'e-Kasa Biuro', 'OfficeInvoicer']))
    if core:
        fn = 'Helvetica'
        conv = lambda s: to_latin(s.replace('€', 'EUR').replace('–', '-').replace('£', 'GBP ').replace('’', "'"), 'latin-1')
    else:
        pdf.add_font('DJ', '', DJC); pdf.add_font('DJ', 'B', DJB); fn = 'DJ'; conv = lambda s: s
    pdf.alias_nb_pages()
    pdf.add_page()
    if doc['doc_type'] == 'other':
        lt = LETTERS[doc['lang'] if doc['lang'] in LETTERS else 'en']
        pdf.set_font(fn, 'B', 12); pdf.cell(0, 6, conv(doc['supplier']['name']), new_x='LMARGIN', new_y='NEXT')
        pdf.set_font(fn, '', 9)
        for a in doc['supplier']['addr']: pdf.cell(0, 5, conv(a), new_x='LMARGIN', new_y='NEXT')
        pdf.cell(0, 8, conv(fdate(doc['issue'], doc['dstyle'])), align='R', new_x='LMARGIN', new_y='NEXT'); pdf.ln(20)
        pdf.set_font(fn, 'B', 12); pdf.cell(0, 8, conv(lt[0]), new_x='LMARGIN', new_y='NEXT'); pdf.set_font(fn, '', 10)
        for para in lt[1:]:
            pdf.multi_cell(0, 6, conv(para.format(buyer=doc['buyer']['name'])), new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
        pdf.output(path); return
    pdf.set_font(fn, 'B', 15); pdf.cell(110, 9, conv(v['title']), border='B')
    pdf.set_font(fn, 'B', 10); pdf.cell(0, 9, conv(v['number']), border='B', align='R', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    pdf.set_font(fn, '', 8.5)
    for a, b in v['meta']:
        pdf.set_x(120); pdf.cell(40, 4.5, conv(a + ':')); pdf.cell(0, 4.5, conv(b), align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3); y0 = pdf.get_y()
    for x0, (lbl, lines) in ((10, v['left']), (107, v['right'])):
        pdf.set_xy(x0, y0); pdf.set_fill_color(230, 230, 230); pdf.set_font(fn, 'B', 8)
        pdf.cell(93, 5, conv(lbl), border=1, fill=True, new_x='LEFT', new_y='NEXT')
        pdf.set_font(fn, '', 8.5)
        txt = '\n'.join(conv(x) for x in lines)
        pdf.multi_cell(93, 4.3, txt, border='LRB')
    pdf.set_y(y0 + 36)
    cols = v['cols']; n = len(cols)
    wd = 62 if n <= 7 else 48
    wo = (190 - 8 - wd) / (n - 2); widths = [8, wd] + [wo] * (n - 2)
    fs = 7 if n > 8 else 8
    def thead():
        pdf.set_font(fn, 'B', fs - .5); pdf.set_fill_color(210, 210, 210)
        for w, h_ in zip(widths, cols):
            hs = conv(h_)
            while pdf.get_string_width(hs) > w - 1 and len(hs) > 3: hs = hs[:-1]
            pdf.cell(w, 6, hs, border=1, fill=True, align='C')
        pdf.ln(); pdf.set_font(fn, '', fs)
    thead()
    for r in v['rows']:
        if pdf.get_y() > 270:
            pdf.add_page(); thead()
        for w, val, a in zip(widths, r, v['align']):
            s = conv(val)
            while pdf.get_string_width(s) > w - 1.5 and len(s) > 3: s = s[:-1]
            pdf.cell(w, 5, s, border=1, align='R' if a == 'r' else 'L')
        pdf.ln()
    pdf.ln(3)
    if v['totals']:
        for a, b in v['totals']:
            pdf.set_font(fn, 'B' if a == v['totals'][-1][0] else '', 9)
            pdf.set_x(120); pdf.cell(45, 5.5, conv(a), border=1); pdf.cell(0, 5.5, conv(b), border=1, align='R', new_x='LMARGIN', new_y='NEXT')
        pdf.ln(3); pdf.set_font(fn, 'B', 11); pdf.cell(0, 7, conv(f"{v['topay'][0]}: {v['topay'][1]}"), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fn, '', 8)
    for extra in [v.get('words'), v.get('bank')] + list(v.get('notes', [])):
        if extra: pdf.multi_cell(0, 4.5, conv(extra), new_x='LMARGIN', new_y='NEXT')
    pdf.set_auto_page_break(False); pdf.set_y(-15); pdf.set_font(fn, '', 7); pdf.cell(0, 5, f'{pdf.page_no()}/{{nb}}', align='C')
    pdf.output(path)


# ----------------------------------------------------------------------------------------------
# Spreadsheet (flat ODS XML written by hand) and Word (python-docx) -> LibreOffice
# ----------------------------------------------------------------------------------------------
LOC = {'pl': ('pl', 'PL'), 'cs': ('cs', 'CZ'), 'de': ('de', 'DE'), 'en': ('en', 'GB'), 'zh': ('en', 'US'), 'ja': ('ja', 'JP'),
       'fr': ('fr', 'FR'), 'it': ('it', 'IT'), 'es': ('es', 'ES'), 'nl': ('nl', 'NL')}


def write_fods(doc, path):
    v = view(doc); t = T[doc['lang']]
    lg, ct = LOC[doc['lang']]
    if doc['nstyle'] == 'en': lg, ct = 'en', 'US'
    if doc['nstyle'] == 'de' and lg not in ('de', 'it', 'es', 'nl'): lg, ct = 'de', 'DE'
    dec = doc['dec']
    cell = lambda s, st='Default': f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{E(str(s))}</text:p></table:table-cell>'
    num = lambda x, st='Num': f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{x}"><text:p>{E(fnum(x, doc["nstyle"], dec))}</text:p></table:table-cell>'
    def fcell(formula, val, st='Num'):
        return f'<table:table-cell table:style-name="{st}" table:formula="of:={formula}" office:value-type="float" office:value="{val}"><text:p>{E(fnum(val, doc["nstyle"], dec))}</text:p></table:table-cell>'
    empty = '<table:table-cell/>'
    rows = []
    R_ = lambda *cells: rows.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
    sup = doc['supplier']
    R_(cell(sup['name'], 'Big'))
    for a in sup['addr'] + [f"{t['taxid']}: {sup['taxid']}"]: R_(cell(a))
    R_(empty)
    R_(cell(v['title'], 'Title'), empty, empty, empty, cell(v['number'], 'Bold'))
    for a, b in v['meta']: R_(cell(a), empty, cell(b, 'Bold'))
    R_(empty)
    lt, ll = v['right']
    R_(cell(lt, 'Bold'))
    for a in ll: R_(cell(a))
    R_(empty)
    cols = v['cols']
    R_(*[cell(c, 'Head') for c in cols])
    first = len(rows) + 1
    ht = doc['has_tax'] and doc['lang'] != 'ja'
    hd = doc['has_disc']
    for i, (it, r) in enumerate(zip(doc['items'], v['rows'])):
        rn = len(rows) + 1
        if 'topay' not in v:
            R_(*[cell(x, 'Box') for x in r]); continue
        cs_ = [cell(r[0], 'Box'), cell(r[1], 'Box'), num(it['qty'], 'Int'), cell(r[3], 'Box'), num(it['price'])]
        col = 'F' if hd else 'E'
        if hd: cs_.append(num(it['disc'], 'Int') if it['disc'] else cell('', 'Box'))
        netf = f'ROUND([.C{rn}]*[.E{rn}]' + (f'*(1-[.F{rn}]/100)' if hd else '') + f';{dec})'
        ncol = 'G' if hd else 'F'
        correct = q2(it['qty'] * it['price'] * (1 - it['disc'] / 100)) if dec else it['net']
        cs_.append(fcell(netf, it['net']) if it['net'] == correct else num(it['net']))   # typed-over value for arithmetic error
        if ht:
            rc = chr(ord(ncol) + 1); vc = chr(ord(ncol) + 2)
            cs_ += [cell(r[len(cs_)], 'Box'), fcell(f'ROUND([.{ncol}{rn}]*{it["rate"]}/100;2)', it['vat']), fcell(f'[.{ncol}{rn}]+[.{vc}{rn}]', it['gross'])]
        elif doc['has_tax']:
            cs_.append(cell(r[-1], 'Box'))
        R_(*cs_)
    R_(empty)
    for a, b in v['totals']:
        R_(*([empty] * (len(cols) - 2)), cell(a, 'Bold'), cell(b, 'NumB'))
    R_(empty)
    if 'topay' in v: R_(cell(f"{v['topay'][0]}: {v['topay'][1]}", 'Title'))
    for extra in [v.get('words'), v.get('bank')] + list(v.get('notes', [])):
        if extra: R_(cell(extra))
    ncols = len(cols)
    widths = ['0.8cm', '5.4cm'] + ['1.6cm'] * (ncols - 2)
    colx = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    coldefs = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(ncols))
    ff = 'WenQuanYi Micro Hei' if doc['lang'] in ('zh', 'ja') else R.choice(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif'])
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{ff}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F1" fo:font-size="9pt" style:font-name-asian="F1"/></style:style></office:styles>
<office:automatic-styles>
<number:number-style style:name="N2" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" number:min-integer-digits="1" number:grouping="{'true' if doc['nstyle'] != 'plain' else 'false'}"/></number:number-style>
<number:number-style style:name="N0" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
{colx}
<style:style style:name="Big" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#dddddd" fo:border="0.5pt solid #000000" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold" fo:font-size="8pt"/></style:style>
<style:style style:name="Box" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="NumB" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Int" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N0"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="{1 if len(doc['items']) < 30 else 2}"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{E(t['inv'])}">{coldefs}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w').write(xml)


def write_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    v = view(doc); t = T[doc['lang']]
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = R.choice(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']); st.font.size = Pt(9)
    if doc['lang'] in ('zh', 'ja'):
        st.font.name = 'WenQuanYi Micro Hei'; st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.6); s.top_margin = Cm(1.4); s.bottom_margin = Cm(1.4)
    sup = doc['supplier']
    p = d.add_paragraph(); r = p.add_run(sup['name']); r.bold = True; r.font.size = Pt(13)
    d.add_paragraph(', '.join(sup['addr']) + f" · {t['taxid']}: {sup['taxid']}")
    if doc['doc_type'] == 'other':
        lt = LETTERS[doc['lang'] if doc['lang'] in LETTERS else 'en']
        d.add_paragraph(fdate(doc['issue'], doc['dstyle'])).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(); p = d.add_paragraph(); r = p.add_run(lt[0]); r.bold = True; r.font.size = Pt(12)
        for para in lt[1:]: d.add_paragraph(para.format(buyer=doc['buyer']['name']))
        d.save(path); return
    p = d.add_paragraph(); r = p.add_run(f"{v['title']} {v['number']}"); r.bold = True; r.font.size = Pt(15)
    for a, b in v['meta']:
        p = d.add_paragraph(f'{a}: '); p.add_run(b).bold = True; p.paragraph_format.space_after = Pt(0)
    tb = d.add_table(rows=1, cols=2); tb.style = 'Table Grid'
    for cellx, (lbl, lines) in zip(tb.rows[0].cells, (v['left'], v['right'])):
        cellx.text = ''; pp = cellx.paragraphs[0]; pp.add_run(lbl).bold = True
        for i, ln in enumerate(lines):
            rr = cellx.add_paragraph().add_run(ln); rr.bold = i == 0
    d.add_paragraph()
    tb = d.add_table(rows=1, cols=len(v['cols'])); tb.style = 'Table Grid'
    for c_, h_ in zip(tb.rows[0].cells, v['cols']):
        c_.text = ''; rr = c_.paragraphs[0].add_run(h_); rr.bold = True; rr.font.size = Pt(7.5)
    for row in v['rows']:
        cells = tb.add_row().cells
        for c_, val, a in zip(cells, row, v['align']):
            c_.text = val; c_.paragraphs[0].runs[0].font.size = Pt(8)
            if a == 'r': c_.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in tb.rows:
        row.cells[0].width = Cm(0.8); row.cells[1].width = Cm(6.0)
    d.add_paragraph()
    if v['totals']:
        tt = d.add_table(rows=0, cols=2); tt.style = 'Table Grid'; tt.alignment = 2
        for a, b in v['totals']:
            cc = tt.add_row().cells; cc[0].text = a; cc[1].text = b; cc[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = d.add_paragraph(); r = p.add_run(f"{v['topay'][0]}: {v['topay'][1]}"); r.bold = True; r.font.size = Pt(12)
    for extra in [v.get('words'), v.get('bank')] + list(v.get('notes', [])):
        if extra: d.add_paragraph(extra)
    d.core_properties.author = R.choice(['biuro', 'Księgowość', 'user', 'Admin', 'Vertrieb'])
    d.save(path)


def soffice_convert(paths, outdir):
    if not paths: return
    for i in range(0, len(paths), 15):
        subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 15],
                       check=True, capture_output=True, timeout=600)

# ----------------------------------------------------------------------------------------------
# scanner / phone simulation
# ----------------------------------------------------------------------------------------------
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps, ImageEnhance


def render_pages(pdf_path, dpi, grey=True):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(d)):
        pg = d[i]
        im = pg.render(scale=dpi / 72, grayscale=grey).to_pil()
        out.append((im.convert('L') if grey else im.convert('RGB'), pg.get_height()))
    d.close()
    return out


def scan_image(im, dpi, rng, angle=None):
    """returns degraded image and a mapping params dict"""
    paper = rng.randint(228, 246)
    a = np.asarray(im).astype(np.float32)
    a = a / 255 * (paper - 18) + 18                          # ink not fully black, paper grey
    im2 = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if angle is None: angle = rng.uniform(-1.6, 1.6)
    im2 = im2.rotate(angle, resample=Image.BICUBIC, fillcolor=paper)
    a = np.asarray(im2).astype(np.float32)
    nr = np.random.default_rng(rng.randint(0, 10 ** 6))
    a += nr.normal(0, rng.uniform(3, 9), a.shape)
    # scanner lid shadow on one edge + slight vertical banding
    h, w = a.shape
    edge = rng.randint(8, 30)
    a[:, :edge] *= np.linspace(0.55, 1, edge)[None, :]
    a *= (1 + 0.015 * np.sin(np.arange(w) / rng.uniform(40, 90)))[None, :]
    im3 = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    f = rng.choice([1, 1, 0.8, 0.7])
    if f != 1:
        im3 = im3.resize((int(w * f), int(h * f)), Image.BILINEAR)
    return im3, dict(dpi=dpi, angle=angle, f=f, W=w, H=h)


def map_pt(m, page_h, x, y):
    s = m['dpi'] / 72
    px, py = x * s, (page_h - y) * s
    cx, cy = m['W'] / 2, m['H'] / 2
    a = math.radians(m['angle'])
    dx, dy = px - cx, py - cy
    xr = cx + dx * math.cos(a) + dy * math.sin(a)
    yr = cy - dx * math.sin(a) + dy * math.cos(a)
    return xr * m['f'], yr * m['f']


def save_scan(pages, out, fmt, rng, producer_name):
    """pages: list of PIL images. fmt jpg/png/pdf"""
    if fmt == 'jpg':
        pages[0].save(out, 'JPEG', quality=rng.randint(55, 85), dpi=(200, 200))
    elif fmt == 'png':
        im = pages[0]
        if rng.random() < .4: im = im.point(lambda v: 255 if v > 150 else 0).convert('1')   # B/W scan mode
        im.save(out, 'PNG', dpi=(200, 200))
    else:
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(out, pagesize=A4)
        for i, im in enumerate(pages):
            tmp = os.path.join(WORK, f'_scanpage_{os.getpid()}_{i}.jpg')
            im.save(tmp, 'JPEG', quality=rng.randint(50, 80))
            c.drawImage(tmp, 0, 0, A4[0], A4[1]); c.showPage()
        c.save()
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as p:
            p.docinfo['/Producer'] = producer_name; p.docinfo['/Creator'] = producer_name
            p.save(out)


def photo_image(im, rng):
    """phone photo of a printed page lying on a desk"""
    im = im.convert('RGB')
    w, h = im.size
    bg_col = rng.choice([(96, 78, 60), (140, 128, 112), (60, 62, 70), (170, 160, 150)])
    pad = int(w * 0.12)
    Wc, Hc = w + 2 * pad, h + 2 * pad
    canvas_ = Image.new('RGB', (Wc, Hc), bg_col)
    canvas_.paste(im, (pad, pad))
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j() + w * .03, pad + j()], [pad + w + j() - w * .05, pad + j() + w * .02], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j() - w * .03]])
    import cv2
    M = cv2.getPerspectiveTransform(src, dst)
    a = cv2.warpPerspective(np.asarray(canvas_), M, (Wc, Hc), borderValue=bg_col).astype(np.float32)
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    lx, ly = rng.uniform(0, Wc), rng.uniform(0, Hc * 0.5)
    light = 1.05 - 0.35 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(Wc, Hc)
    a *= light[..., None]
    a *= np.array([1.0, rng.uniform(.96, 1.0), rng.uniform(.85, .95)])[None, None, :]     # warm indoor light
    a += np.random.default_rng(rng.randint(0, 999)).normal(0, 4, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    s = rng.uniform(0.55, 0.8)
    return out.resize((int(Wc * s), int(Hc * s)), Image.BICUBIC)

# ----------------------------------------------------------------------------------------------
# edit tools
# ----------------------------------------------------------------------------------------------
SP_VARIANTS = lambda s: list(dict.fromkeys([s, s.replace('\u00a0', ' ').replace('\u202f', ' '), s.replace(' ', '\u00a0'), s.replace(' ', '\u202f')]))


def find_text(pdf, s, whole=False):
    """list of hits: (page, l, b, r, t, fontsize, [charboxes])"""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    d = pdfium.PdfDocument(pdf); hits = []
    for pi in range(len(d)):
        tp = d[pi].get_textpage()
        for var in SP_VARIANTS(s):
            se = tp.search(var, match_case=True, match_whole_word=whole)
            while True:
                h = se.get_next()
                if not h: break
                i, n = h
                boxes = [tp.get_charbox(k, loose=True) for k in range(i, i + n)]
                chars = [tp.get_text_range(k, 1) for k in range(i, i + n)]
                tight = [tp.get_charbox(k) for k in range(i, i + n) if chars[k - i].strip()]
                l = min(b[0] for b in tight); r = max(b[2] for b in tight); bt = min(b[1] for b in tight); t = max(b[3] for b in tight)
                fs = raw.FPDFText_GetFontSize(tp.raw, i) or (t - bt) * 1.4
                lb = boxes[0]; fs_eff = (lb[3] - lb[1]) / 1.16
                if fs_eff > 0 and abs(fs - fs_eff) / fs_eff > 0.25: fs = fs_eff
                import ctypes
                ox, oy = ctypes.c_double(), ctypes.c_double()
                raw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(ox), ctypes.byref(oy))
                hits.append(dict(page=pi, base=oy.value, l=l, b=bt, r=r, t=t, fs=fs, boxes=boxes, chars=chars, ph=d[pi].get_height(), pw=d[pi].get_width()))
            if hits: break
    d.close()
    return hits


def all_chars(pdf, pi=0):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    d = pdfium.PdfDocument(pdf); tp = d[pi].get_textpage(); out = []
    for k in range(tp.count_chars()):
        out.append((tp.get_text_range(k, 1), tp.get_charbox(k, loose=True), raw.FPDFText_GetFontSize(tp.raw, k)))
    d.close(); return out


def pikepdf_replace(src, dst, pairs):
    """pairs: (old, new, exact). Replace inside text-showing operands of core-font content streams."""
    import pikepdf
    n = 0
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            ops = pikepdf.parse_content_stream(page)
            new_ops = []
            for operands, op in ops:
                if str(op) == 'Tj' and isinstance(operands[0], pikepdf.String):
                    b = bytes(operands[0])
                    for old, new, exact in pairs:
                        ob, nb = old.encode('cp1252'), new.encode('cp1252')
                        if (exact and b == ob) or (not exact and ob in b):
                            b = nb if exact else b.replace(ob, nb); n += 1
                    operands = [pikepdf.String(b)]
                new_ops.append((operands, op))
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
        if n: pdf.save(dst)
    return n


def pypdf_incremental_replace(src, dst, pairs):
    """raw byte replacement in decoded content streams, written as an incremental update"""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject
    w = PdfWriter(src, incremental=True); n = 0
    for page in w.pages:
        cont = page.get_contents()
        if cont is None: continue
        data = cont.get_data()
        for old, new, exact in pairs:
            ob = old.encode('cp1252'); nb = new.encode('cp1252')
            pat = b'(' + ob + b')' if exact else ob
            rep = b'(' + nb + b')' if exact else nb
            c = data.count(pat)
            if c: data = data.replace(pat, rep); n += c
        from pypdf.generic import DecodedStreamObject
        ns = DecodedStreamObject(); ns.set_data(data)
        page[NameObject('/Contents')] = w._add_object(ns)
    if n:
        w.add_metadata({'/ModDate': "D:2026%02d%02d%02d%02d00+01'00'" % (R.randint(3, 4), R.randint(1, 28), R.randint(8, 23), R.randint(0, 59))})
        w.write(dst)
    return n


def _overlay_pdf(src_pdf, targets, path):
    """targets: list of (hit, new_text). Returns overlay pdf with white boxes + new text"""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(src_pdf)
    sizes = [(d[i].get_width(), d[i].get_height()) for i in range(len(d))]; d.close()
    c = canvas.Canvas(path, pagesize=sizes[0])
    for pi, sz in enumerate(sizes):
        c.setPageSize(sz)
        for hit, new in targets:
            if hit['page'] != pi: continue
            if any(ord(ch) > 0x2e80 for ch in new): fn = rl_fonts(False, 'zh')[0]
            elif all(ord(ch) < 256 or ch in '€' for ch in new): fn = 'Helvetica'
            else: fn = rl_fonts(False, 'pl')[0]
            fs = hit['fs']
            c.setFillColorRGB(1, 1, 1)
            c.rect(hit['l'] - 1.2, hit['b'] - fs * 0.28, hit['r'] - hit['l'] + 2.4, fs * 1.18, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(fn, fs)
            numeric = bool(re.fullmatch(r'[\d\s.,\u00a0\u202f-]+', new))
            if numeric: c.drawRightString(hit['r'], hit['base'], new)
            else: c.drawString(hit['l'], hit['base'], new)
        c.showPage()
    c.save()


def overlay_edit(src, dst, targets, incremental=False):
    from pypdf import PdfReader, PdfWriter
    ov = os.path.join(WORK, '_ov_%d.pdf' % R.randint(0, 10 ** 9))
    _overlay_pdf(src, targets, ov)
    ovr = PdfReader(ov)
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=src)
    pages_touched = {h['page'] for h, _ in targets}
    for pi in pages_touched:
        w.pages[pi].merge_page(ovr.pages[pi])
    w.write(dst)
    return True


def gs_resave(src, dst):
    subprocess.run(['gs', '-q', '-sDEVICE=pdfwrite', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dPDFSETTINGS=/ebook', '-o', dst, src], check=True, capture_output=True, timeout=300)


def image_paste(img_path, out, m, targets):
    """fill box with paper colour and draw new text (targets: (hit,new)) on a scan image"""
    im = Image.open(img_path); mode = im.mode; im = im.convert('L')
    a = np.asarray(im)
    dr = ImageDraw.Draw(im)
    for hit, new in targets:
        if hit['page'] != 0: continue
        x1, y1 = map_pt(m, hit['ph'], hit['l'], hit['t']); x2, y2 = map_pt(m, hit['ph'], hit['r'], hit['b'])
        X1, X2 = sorted([x1, x2]); Y1, Y2 = sorted([y1, y2])
        pad = 3 * m['f'] * m['dpi'] / 200
        region = a[max(0, int(Y1 - 8)):int(Y2 + 8), max(0, int(X1 - 8)):int(X2 + 8)]
        paper = int(np.percentile(region, 92)); ink = int(np.percentile(region, 3))
        dr.rectangle([X1 - pad, Y1 - pad, X2 + pad, Y2 + pad], fill=paper)
        px = hit['fs'] * m['dpi'] / 72 * m['f']
        fnt = ImageFont.truetype(WQY if any(ord(ch) > 0x2e80 for ch in new) else DJ, max(6, int(px * 0.98)))
        numeric = bool(re.fullmatch(r'[\d\s.,\u00a0\u202f-]+', new))
        tw = dr.textlength(new, font=fnt)
        x = X2 - tw if numeric else X1
        bx, by = map_pt(m, hit['ph'], hit['l'], hit['base'])
        dr.text((x, by), new, fill=ink, font=fnt, anchor='ls')
    if out.endswith('.png'):
        (im.convert('1') if mode == '1' else im).save(out, 'PNG')
    else:
        im.save(out, 'JPEG', quality=R.randint(80, 95))


def image_clone(img_path, out, m, src_pdf, hits, digit_pos, new_digit):
    """copy a glyph of new_digit found elsewhere on the page over position digit_pos of each hit"""
    chars = all_chars(src_pdf, 0)
    im = Image.open(img_path); mode = im.mode; im = im.convert('L')
    ph = hits[0]['ph']
    done = 0
    for hit in hits:
        if hit['page'] != 0: continue
        tb = hit['boxes'][digit_pos]; tfs = hit['fs']
        cands = [c for c in chars if c[0] == new_digit and abs(c[2] - tfs) < 0.6 and abs(c[1][1] - tb[1]) > 5]
        if not cands: continue
        sb = R.choice(cands)[1]
        sx1, sy1 = map_pt(m, ph, sb[0], sb[3]); sx2, sy2 = map_pt(m, ph, sb[2], sb[1])
        tx1, ty1 = map_pt(m, ph, tb[0], tb[3])
        patch = im.crop((int(round(min(sx1, sx2))), int(round(min(sy1, sy2))), int(round(max(sx1, sx2))), int(round(max(sy1, sy2)))))
        im.paste(patch, (int(round(tx1)), int(round(ty1))))
        done += 1
    if not done: return False
    if out.endswith('.png'):
        (im.convert('1') if mode == '1' else im).save(out, 'PNG')
    else:
        im.save(out, 'JPEG', quality=R.randint(75, 92))
    return True

# ----------------------------------------------------------------------------------------------
# plan
# ----------------------------------------------------------------------------------------------
WEST = ('de', 'en', 'nl', 'fr', 'it', 'es')
LANG_LABEL = {'zhcn': 'zh'}


def label_for(doc, producer, fname):
    tot = doc.get('total')
    dec = doc['dec']
    is_inv = doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note')
    return dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer,
                language=LANG_LABEL.get(doc['src_lang'], doc['src_lang']), is_invoice=is_inv, doc_type=doc['doc_type'],
                date=doc['issue'].isoformat(), total=(None if tot is None else (f'{tot:.{dec}f}')), currency=doc['currency'] if tot is not None else None,
                supplier=doc['supplier']['name'], buyer=doc['buyer']['name'], pages=None, edit_before_capture=False,
                arithmetic_error=bool(doc.get('err')), invoice_number=doc['number'], notes=doc.get('err_note', ''))


def born_digital(doc, prod, path, pending_soffice):
    """prod: weasy:<style> chromium:<style> reportlab_core reportlab_ttf fpdf_core fpdf_ttf calc docx"""
    if prod.startswith('weasy:'): render_weasy(doc, path, prod.split(':')[1])
    elif prod.startswith('chromium:'): render_chromium(doc, path, prod.split(':')[1])
    elif prod == 'reportlab_core': render_reportlab(doc, path, core=True, variant=R.randint(0, 1))
    elif prod == 'reportlab_ttf': render_reportlab(doc, path, core=False, variant=R.randint(0, 1))
    elif prod == 'fpdf_core': render_fpdf(doc, path, core=True)
    elif prod == 'fpdf_ttf': render_fpdf(doc, path, core=False)
    elif prod in ('calc', 'docx'):
        ext = '.fods' if prod == 'calc' else '.docx'
        sp = path[:-4] + ext
        (write_fods if prod == 'calc' else write_docx)(doc, sp)
        pending_soffice.append(sp)
    else: raise ValueError(prod)


def compat(lang, prod):
    L = 'zh' if lang == 'zhcn' else lang
    if prod.endswith('_core'): return lang in WEST
    if prod == 'fpdf_ttf': return lang in ('pl', 'cs', 'de', 'nl', 'fr', 'it', 'es', 'en')
    if lang == 'zhcn' and not prod.startswith(('weasy', 'chromium')): return False
    return True


def main():
    t0 = __import__('time').time()
    for d_ in (OUT, WORK): shutil.rmtree(d_, ignore_errors=True); os.makedirs(d_)
    INT = os.path.join(WORK, 'src'); os.makedirs(INT)
    genuine = []          # dicts: doc, prod, src_pdf (born digital), kind ('pdf'|'scan'|'photo'), fmt
    # --- invoice documents ---------------------------------------------------------------
    langs = ['pl'] * 31 + ['de'] * 19 + ['cs'] * 14 + ['zh'] * 8 + ['zhcn'] * 5 + ['en'] * 9 + ['nl'] * 6 + ['fr'] * 4 + ['it'] * 4 + ['es'] * 4 + ['ja'] * 4
    R.shuffle(langs)
    errs = ['line', 'qty', 'vat', 'gross', 'sum', 'line', 'gross', 'vat']
    err_idx = set(R.sample(range(len(langs)), len(errs)))
    multipage = set(R.sample([i for i, l in enumerate(langs) if l not in ('zhcn', 'ja')], 8))
    special = {}
    pl_i = [i for i, l in enumerate(langs) if l == 'pl']; de_i = [i for i, l in enumerate(langs) if l == 'de']
    cs_i = [i for i, l in enumerate(langs) if l == 'cs']; zh_i = [i for i, l in enumerate(langs) if l == 'zh']; en_i = [i for i, l in enumerate(langs) if l == 'en']
    for i in pl_i[:14]: special[i] = 'tax_invoice'
    for i in cs_i[:7]: special[i] = 'tax_invoice'
    special[pl_i[20]] = 'credit_note'; special[de_i[10]] = 'credit_note'
    special[pl_i[21]] = 'proforma'; special[cs_i[10]] = 'proforma'; special[zh_i[0]] = 'proforma'
    special[de_i[11]] = 'receipt'; special[en_i[0]] = 'receipt'; special[en_i[1]] = 'tax_invoice'
    # producer quotas
    west_i = [i for i, l in enumerate(langs) if l in WEST]
    core_i = set(west_i[:20])
    bag = ['weasy:classic'] * 8 + ['weasy:einv'] * 7 + ['weasy:modern'] * 8 + ['chromium:classic'] * 4 + ['chromium:modern'] * 4 + ['chromium:einv'] * 3 + \
          ['reportlab_ttf'] * 8 + ['fpdf_ttf'] * 7 + ['calc'] * 12 + ['docx'] * 10 + ['scan'] * 22 + ['photo'] * 8
    R.shuffle(bag)
    pending = []
    for i, lang in enumerate(langs):
        dtype = special.get(i, 'tax_invoice' if lang == 'zhcn' else 'invoice')
        n_items = R.randint(28, 44) if i in multipage else None
        doc = make_doc(lang, dtype, n_items=n_items, err=errs.pop() if i in err_idx and dtype not in ('credit_note',) else None,
                       neg=dtype == 'credit_note')
        if i in core_i:
            prod = R.choice(['reportlab_core', 'fpdf_core'])
            doc['buyer'] = copy.deepcopy(R.choice([OUR, OUR, OUR] + OTHER_BUYERS[:3]))
        else:
            prod = None
            for k, p in enumerate(bag):
                base = p
                if p in ('scan', 'photo'):
                    if p == 'photo' and n_items: continue
                    if lang == 'zhcn': continue
                    base = 'reportlab_ttf'
                if compat(lang, base): prod = bag.pop(k); break
            if prod is None: prod = 'weasy:classic'
        kind = 'pdf'
        if prod in ('scan', 'photo'):
            kind = prod
            cands = [p for p in ['weasy:classic', 'weasy:einv', 'reportlab_ttf', 'reportlab_core', 'fpdf_ttf', 'fpdf_core', 'calc', 'docx', 'chromium:classic'] if compat(lang, p)]
            prod = R.choice(cands)
        g = dict(doc=doc, base=prod, kind=kind, id=f'g{i:03d}')
        g['src'] = os.path.join(INT, g['id'] + '.pdf')
        born_digital(doc, prod, g['src'], pending)
        genuine.append(g)
    # --- non-invoices -------------------------------------------------------------------
    nonspec = [('zh', 'packing_list', 'weasy:classic', 'pdf'), ('en', 'packing_list', 'calc', 'scan'), ('pl', 'purchase_order', 'docx', 'pdf'),
               ('de', 'purchase_order', 'reportlab_core', 'pdf'), ('cs', 'quotation', 'weasy:modern', 'pdf'), ('nl', 'quotation', 'fpdf_core', 'pdf'),
               ('pl', 'delivery_note', 'reportlab_ttf', 'scan'), ('de', 'delivery_note', 'calc', 'pdf'), ('de', 'price_list', 'calc', 'pdf'),
               ('de', 'other', 'docx', 'pdf'), ('en', 'other', 'reportlab_ttf', 'photo')]
    for j, (lang, dtype, prod, kind) in enumerate(nonspec):
        doc = make_nondoc(lang, dtype)
        g = dict(doc=doc, base=prod, kind=kind, id=f'n{j:03d}'); g['src'] = os.path.join(INT, g['id'] + '.pdf')
        born_digital(doc, prod, g['src'], pending); genuine.append(g)
    soffice_convert(pending, INT)
    print('born-digital done', round(__import__('time').time() - t0), 's', flush=True)

    # --- finalise genuine files -----------------------------------------------------------
    STAGE = os.path.join(WORK, 'stage'); os.makedirs(STAGE)
    labels = []
    scanners = ['Vexo MFP-3410 ScanDesk', 'OfficeJet-like ScanApp 2.1', 'Konvera bizScan C250', 'ScanToPDF 5.0']
    def out_scan(g, src_pdf, label_prod_prefix, fmt=None, name=None):
        dpi = R.choice([200, 200, 240, 300])
        pages = render_pages(src_pdf, dpi)
        rng = random.Random(R.randint(0, 10 ** 9))
        imgs, maps = [], []
        for im, ph in pages:
            im2, mp = scan_image(im, dpi, rng); imgs.append(im2); maps.append((mp, ph))
        if fmt is None: fmt = 'pdf' if len(pages) > 1 else R.choice(['jpg', 'jpg', 'jpg', 'png', 'pdf'])
        name = name or g['id'] + '_scan.' + fmt
        save_scan(imgs, os.path.join(STAGE, name), fmt, rng, R.choice(scanners))
        return name, fmt, maps
    def out_photo(g, src_pdf, name=None):
        dpi = R.choice([150, 170])
        im, ph = render_pages(src_pdf, dpi, grey=False)[0]
        rng = random.Random(R.randint(0, 10 ** 9))
        name = name or g['id'] + '_photo.jpg'
        photo_image(im, rng).save(os.path.join(STAGE, name), 'JPEG', quality=rng.randint(78, 90))
        return name
    for g in genuine:
        doc = g['doc']
        if g['kind'] == 'pdf':
            name = g['id'] + '.pdf'; shutil.copy(g['src'], os.path.join(STAGE, name)); prod = g['base']
            g['pdf_name'] = name
        elif g['kind'] == 'scan':
            name, fmt, maps = out_scan(g, g['src'], 'scan'); prod = f'scan_{fmt}<-{g["base"]}'
            g['scan'] = dict(name=name, fmt=fmt, maps=maps)
        else:
            name = out_photo(g, g['src']); prod = f'photo<-{g["base"]}'
        lab = label_for(doc, prod, name); g['label'] = lab; labels.append(lab)
    # one scanner PDF holding an invoice plus its delivery note (two documents in one file)
    gi = next(g for g in genuine if g['kind'] == 'pdf' and g['doc']['src_lang'] == 'pl' and not g['doc'].get('err') and len(g['doc']['items']) < 10 and g['doc']['doc_type'] == 'invoice')
    dn = copy.deepcopy(gi['doc']); dn['doc_type'] = 'delivery_note'; dn['number'] = 'WZ ' + dn['number']; dn['total'] = None
    dnp = os.path.join(INT, 'dn_combo.pdf'); render_reportlab(dn, dnp, core=False)
    from pypdf import PdfWriter as _PW
    w = _PW(); w.append(gi['src']); w.append(dnp); comb = os.path.join(INT, 'combo.pdf'); w.write(comb)
    name, fmt, maps = out_scan(gi, comb, 'scan', fmt='pdf', name='combo_scan.pdf')
    lab = label_for(gi['doc'], f'scan_pdf<-{gi["base"]}+reportlab_ttf', name)
    lab['notes'] = 'two documents in one scanner PDF: page 1 the invoice (labelled), page 2 the matching delivery note (WZ)'
    labels.append(lab)
    print('genuine done', len(labels), round(__import__('time').time() - t0), 's', flush=True)

    # --- edits ----------------------------------------------------------------------------
    new_buyers = ['Norvik Handel Sp. z o.o.', 'Marlex Commerce Sp. z o.o.', 'Tandor Handel GmbH', 'Quellwerk Trade s.r.o.']
    def plan(g, field, exact_ok=True):
        """returns (pairs, label updates) where pairs = [(old, new, exact/whole, rowhint)]"""
        doc = g['doc']; lab = g['label']; upd = {}
        N = lambda v: fnum(v, doc['nstyle'], doc['dec'])
        if field == 'total':
            old = doc['tot_gross']
            k = R.choice([D('1.5'), D('2'), D('3'), D('0.6'), D('1.25'), D('10')])
            new = (old * k).quantize(D('1') if doc['dec'] == 0 else D('0.01'))
            if R.random() < .3:   # round number
                new = (old * k).quantize(D('100'))
            upd['total'] = f'{new:.{doc["dec"]}f}'
            return [(N(old), N(new), False, None)], upd
        if field == 'date':
            old = doc['issue']; new = old - dt.timedelta(days=R.choice([31, 62, 92, 120, 181, 365]))
            upd['date'] = new.isoformat()
            pairs = [(fdate(old, doc['dstyle']), fdate(new, doc['dstyle']), False, None)]
            return pairs, upd
        if field == 'buyer':
            old = doc['buyer']['name']; new = R.choice([b for b in new_buyers if b != old])
            upd['buyer'] = new
            return [(old, new, False, None)], upd
        if field == 'supplier':
            old = doc['supplier']['name']; new = R.choice([b for b in NEW_SUPPLIER_NAMES if b != old])
            upd['supplier'] = new
            return [(old, new, False, None)], upd
        if field == 'quantity':
            its = [it for it in doc['items'] if not it.get('ship') and it['qty'] >= 20]
            if not its: return None, None
            it = R.choice(its)
            newq = it['qty'] * R.choice([2, 3, 5, 10])
            upd['quantity_note'] = f'quantity of "{it["desc"]}" changed {int(it["qty"])} -> {int(newq)}; line values and totals left unchanged'
            return [(str(int(it['qty'])), str(int(newq)), True, it['desc'])], upd
    def apply_label(g, name, method, fields, upd, before=False, prod=None):
        lab = dict(g['label']); lab.update(file=name, genuine=False, edit_method=method, what_changed=fields,
                                           edit_before_capture=before, arithmetic_error=False, source_file=g['label']['file'])
        note = upd.pop('quantity_note', '')
        lab.update(upd)
        if prod: lab['producer'] = prod
        lab['notes'] = note
        return lab
    def pick_hits(src, pairs):
        targets = []
        for old, new, exact, row in pairs:
            hits = find_text(src, old, whole=exact)
            if row:
                rh = find_text(src, row[:14])
                if not rh: return None
                hits = [h for h in hits if any(h['page'] == r['page'] and abs(h['b'] - r['b']) < 4 for r in rh)][:1]
            if not hits: return None
            targets += [(h, new) for h in hits]
        return targets

    FIELDS = ['total'] * 10 + ['quantity'] * 8 + ['date'] * 7 + ['buyer'] * 7 + ['supplier'] * 2
    pool_pdf = [g for g in genuine if g['kind'] == 'pdf' and not g['doc'].get('err') and g['label']['is_invoice']]
    core_pool = [g for g in pool_pdf if g['base'].endswith('_core')]
    scan_pool = [g for g in genuine if g['kind'] == 'scan' and g['scan']['fmt'] in ('jpg', 'png') and not g['doc'].get('err') and g['label']['is_invoice']]
    R.shuffle(core_pool); R.shuffle(pool_pdf); R.shuffle(scan_pool)
    used = {}
    def nxt(pool):
        pool.sort(key=lambda g: used.get(g['id'], 0)); g = pool[0]; used[g['id']] = used.get(g['id'], 0) + 1
        pool.append(pool.pop(0)); return g
    EDITS = ['pikepdf_text_replace'] * 7 + ['pypdf_incremental_text'] * 3 + ['pypdf_incremental_overlay'] * 3 + ['overlay_whitebox'] * 10 + \
            ['overlay_whitebox_gs_resave'] * 4 + ['image_paste'] * 6 + ['image_clone'] * 4 + ['edit_before_scan'] * 3 + ['edit_before_photo'] * 2
    ecount = 0
    for method in EDITS:
        for attempt in range(12):
            ecount += 1
            if method in ('pikepdf_text_replace', 'pypdf_incremental_text', 'edit_before_scan', 'edit_before_photo'): g = nxt(core_pool)
            elif method in ('image_paste', 'image_clone'): g = nxt(scan_pool)
            else: g = nxt(pool_pdf)
            field = 'total' if method == 'image_clone' else R.choice(FIELDS)
            fields = [field]
            pairs, upd = plan(g, field)
            if not pairs: continue
            if method in ('overlay_whitebox', 'pypdf_incremental_overlay', 'pikepdf_text_replace') and field == 'quantity' and R.random() < .5:
                p2, u2 = plan(g, 'total'); pairs += p2; upd.update(u2); fields.append('total')
            name_base = f'e{ecount:03d}'
            try:
                if method == 'pikepdf_text_replace':
                    name = name_base + '.pdf'
                    if not pikepdf_replace(g['src'], os.path.join(STAGE, name), [(o, n, e) for o, n, e, _ in pairs]): continue
                    prod = g['label']['producer']
                elif method == 'pypdf_incremental_text':
                    name = name_base + '.pdf'
                    if not pypdf_incremental_replace(g['src'], os.path.join(STAGE, name), [(o, n, e) for o, n, e, _ in pairs]): continue
                    prod = g['label']['producer']
                elif method in ('overlay_whitebox', 'pypdf_incremental_overlay', 'overlay_whitebox_gs_resave'):
                    tg = pick_hits(g['src'], pairs)
                    if not tg: continue
                    name = name_base + '.pdf'; dst = os.path.join(STAGE, name)
                    if method == 'overlay_whitebox_gs_resave':
                        tmp = os.path.join(WORK, name_base + '_ov.pdf'); overlay_edit(g['src'], tmp, tg); gs_resave(tmp, dst)
                    else:
                        overlay_edit(g['src'], dst, tg, incremental=method == 'pypdf_incremental_overlay')
                    prod = g['label']['producer']
                elif method == 'image_paste':
                    tg = pick_hits(g['src'], pairs)
                    if not tg: continue
                    ext = g['scan']['fmt']; name = name_base + '.' + ext
                    mp, ph = g['scan']['maps'][0]
                    image_paste(os.path.join(STAGE, g['scan']['name']), os.path.join(STAGE, name), mp, tg)
                    prod = g['label']['producer']
                elif method == 'image_clone':
                    old = pairs[0][0]
                    hits = find_text(g['src'], old)
                    if not hits: continue
                    digs = [k for k, ch in enumerate(hits[0]['chars']) if ch.isdigit()]
                    pos = R.choice(digs[:max(1, len(digs) - 2)])
                    od = hits[0]['chars'][pos]; nd = R.choice([x for x in '123456789' if x != od])
                    newstr = ''.join(hits[0]['chars'][:pos]) + nd + ''.join(hits[0]['chars'][pos + 1:])
                    ext = g['scan']['fmt']; name = name_base + '.' + ext
                    mp, ph = g['scan']['maps'][0]
                    if not image_clone(os.path.join(STAGE, g['scan']['name']), os.path.join(STAGE, name), mp, g['src'], hits, pos, nd): continue
                    nv = re.sub(r'[^\d.,-]', '', newstr)
                    doc = g['doc']
                    if doc['nstyle'] == 'en': nv = nv.replace(',', '')
                    else: nv = nv.replace('.', '').replace(',', '.')
                    upd = {'total': nv}
                    prod = g['label']['producer']
                elif method in ('edit_before_scan', 'edit_before_photo'):
                    tmp = os.path.join(WORK, name_base + '_pre.pdf')
                    if not pikepdf_replace(g['src'], tmp, [(o, n, e) for o, n, e, _ in pairs]): continue
                    if method == 'edit_before_scan':
                        name, fmt, _ = out_scan(g, tmp, 'scan', name=None)
                        nn = name_base + '.' + fmt; os.rename(os.path.join(STAGE, name), os.path.join(STAGE, nn)); name = nn
                        prod = f'scan_{fmt}<-{g["base"]}'
                    else:
                        name = out_photo(g, tmp, name=name_base + '.jpg'); prod = f'photo<-{g["base"]}'
                lab = apply_label(g, name, method, fields, upd, before=method.startswith('edit_before'), prod=prod)
                labels.append(lab)
                break
            except Exception as ex:
                print('edit failed', method, g['id'], field, repr(ex)[:200], flush=True)
                continue
        else:
            print('could not make edit', method)
    print('edits done', sum(1 for l in labels if not l['genuine']), round(__import__('time').time() - t0), 's', flush=True)

    # --- shuffle names, copy, pages ---------------------------------------------------------
    import pypdf
    order = list(range(len(labels))); R.shuffle(order)
    final = []
    for k, idx in enumerate(order, 1):
        lab = labels[idx]; ext = lab['file'].rsplit('.', 1)[1]
        stem = {'jpg': R.choice(['IMG_', 'scan_', 'Skan_', 'photo_']), 'png': 'scan_'}.get(ext, R.choice(['doc_', 'faktura_', 'invoice_', 'Dokument_', '']))
        newname = f'{k:03d}_{stem}{R.randint(1000, 9999)}.{ext}'.replace('__', '_')
        shutil.copy(os.path.join(STAGE, lab['file']), os.path.join(OUT, newname))
        lab['stage_name'] = lab['file']; lab['file'] = newname
        final.append(lab)
    stage2final = {l['stage_name']: l['file'] for l in final}
    for lab in final:
        if lab.get('source_file'): lab['source_file'] = stage2final.get(lab['source_file'], lab['source_file'])
        p = os.path.join(OUT, lab['file'])
        lab['pages'] = len(pypdf.PdfReader(p).pages) if p.endswith('.pdf') else 1
        del lab['stage_name']
    final.sort(key=lambda l: l['file'])
    with open(os.path.join(BASE, 'labels.jsonl'), 'w') as fh:
        for lab in final: fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print('written', len(final), round(__import__('time').time() - t0), 's')


if __name__ == '__main__':
    main()
