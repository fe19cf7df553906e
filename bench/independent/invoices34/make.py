#!/usr/bin/env python3
"""invoices34 corpus generator -- written from the point of view of the finance clerk of a
Shenzhen cross-border seller.  Everything (companies, numbers, layouts) is invented.
Deterministic: seed 3420.  Run:  /work/main/.venv/bin/python make.py
"""
import os, sys, json, random, re, io, math, shutil, subprocess, copy, html, ctypes, glob, time
import datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import pypdfium2 as pdfium, pypdfium2.raw as pdfraw
import pikepdf, pypdf

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files'); TMP = os.path.join(BASE, 'tmp')
R = random.Random(3420)
NPR = np.random.default_rng(3420)
F_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
F_SANSB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
F_SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
F_MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
F_CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
CJK_LANGS = {'zh', 'zh-Hant', 'ja'}
LATIN1_LANGS = {'en', 'de', 'fr', 'it', 'es', 'nl'}

# ----------------------------------------------------------------- numbers / dates
ZERO_DEC = {'JPY', 'VND', 'TWD'}
SEPS = {'en': (',', '.'), 'de': ('.', ','), 'fr': (' ', ','), 'plain': ('', '.')}


def q(x, cur):
    return D(x).quantize(D('1') if cur in ZERO_DEC else D('0.01'), ROUND_HALF_UP)


def fnum(x, nf, cur):
    x = q(x, cur); neg = x < 0; x = abs(x)
    s = f'{x:.0f}' if cur in ZERO_DEC else f'{x:.2f}'
    ip, _, fp = s.partition('.')
    th, dec = SEPS[nf]
    if th:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:]); ip = ip[:-3]
        g.insert(0, ip); ip = th.join(g)
    return ('-' if neg else '') + ip + (dec + fp if fp else '')


def parse_num(s, nf):
    th, dec = SEPS[nf]
    if th: s = s.replace(th, '')
    return D(s.replace(dec, '.'))


def money(doc, x):
    return doc['cpat'].format(n=fnum(x, doc['nf'], doc['cur']), s=doc['sym'], c=doc['cur'])


def N(doc, x):
    return fnum(x, doc['nf'], doc['cur'])


MON = {
    'en': 'January February March April May June July August September October November December'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
}


def fdate(d, st):
    if st == 'de': return d.strftime('%d.%m.%Y')
    if st == 'zh': return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if st == 'zh_np': return f'{d.year}年{d.month}月{d.day}日'
    if st == 'ja_slash': return d.strftime('%Y/%m/%d')
    if st == 'reiwa': return f'令和{d.year - 2018}年{d.month}月{d.day}日'
    if st == 'roc': return f'{d.year - 1911}年{d.month:02d}月{d.day:02d}日'
    if st == 'us': return d.strftime('%m/%d/%Y')
    if st == 'uk': return d.strftime('%d/%m/%Y')
    if st == 'iso': return d.strftime('%Y-%m-%d')
    if st == 'en_long': return f'{MON["en"][d.month - 1]} {d.day}, {d.year}'
    if st == 'en_short': return f'{d.day:02d}-{MON["en"][d.month - 1][:3]}-{d.year}'
    if st == 'fr_long': return f'{"1er" if d.day == 1 else d.day} {MON["fr"][d.month - 1]} {d.year}'
    if st == 'it_long': return f'{d.day} {MON["it"][d.month - 1]} {d.year}'
    if st == 'es_long': return f'{d.day} de {MON["es"][d.month - 1]} de {d.year}'
    if st == 'de_long': return f'{d.day}. {MON["de"][d.month - 1]} {d.year}'
    if st == 'nl': return d.strftime('%d-%m-%Y')
    if st == 'vi': return f'Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}'
    raise ValueError(st)


# ----------------------------------------------------------------- text tables
T = {
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', proforma='PROFORMA INVOICE', credit_note='CREDIT NOTE', receipt='RECEIPT',
            commercial='COMMERCIAL INVOICE', packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION',
            delivery_note='DELIVERY NOTE', no='Invoice No.', date='Date', due='Due Date', seller='From', buyer='Bill To',
            desc='Description', qty='Qty', unit='Unit', price='Unit Price', amount='Amount', subtotal='Subtotal', discount='Discount',
            shipping='Shipping', tax='VAT', total='Total', taxid='Tax ID', page='Page', terms='Payment terms', bank='Bank details',
            thanks='Thank you for your business.', termstext='Net 30 days by bank transfer'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', proforma='PROFORMA-RECHNUNG', credit_note='GUTSCHRIFT', receipt='QUITTUNG',
            commercial='HANDELSRECHNUNG', packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT',
            delivery_note='LIEFERSCHEIN', no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', seller='Verkäufer',
            buyer='Rechnungsempfänger', desc='Bezeichnung', qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt',
            subtotal='Zwischensumme netto', discount='Rabatt', shipping='Versandkosten', tax='USt.', total='Gesamtbetrag',
            taxid='USt-IdNr.', page='Seite', terms='Zahlungsbedingungen', bank='Bankverbindung',
            thanks='Vielen Dank für Ihren Auftrag.', termstext='Zahlbar innerhalb von 14 Tagen ohne Abzug'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', proforma='FACTURE PRO FORMA', credit_note='AVOIR', receipt='REÇU',
            commercial='FACTURE COMMERCIALE', packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS',
            delivery_note='BON DE LIVRAISON', no='N° de facture', date='Date', due='Échéance', seller='Vendeur', buyer='Facturé à',
            desc='Désignation', qty='Qté', unit='Unité', price='P.U. HT', amount='Montant HT', subtotal='Total HT', discount='Remise',
            shipping='Frais de port', tax='TVA', total='Total TTC', taxid='N° TVA intracom.', page='Page', terms='Conditions de paiement',
            bank='Coordonnées bancaires', thanks='Merci de votre confiance.', termstext='Paiement à 30 jours par virement'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', proforma='FATTURA PROFORMA', credit_note='NOTA DI CREDITO', receipt='RICEVUTA',
            commercial='FATTURA COMMERCIALE', packing_list='DISTINTA DI IMBALLAGGIO', purchase_order='ORDINE DI ACQUISTO',
            quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', no='N. fattura', date='Data', due='Scadenza',
            seller='Venditore', buyer='Cliente', desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unitario', amount='Importo',
            subtotal='Imponibile', discount='Sconto', shipping='Spese di spedizione', tax='IVA', total='Totale documento',
            taxid='P.IVA', page='Pagina', terms='Pagamento', bank='Coordinate bancarie', thanks='Grazie per la preferenza.',
            termstext='Bonifico bancario 30 gg d.f.'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', proforma='FACTURA PROFORMA', credit_note='FACTURA RECTIFICATIVA', receipt='RECIBO',
            commercial='FACTURA COMERCIAL', packing_list='LISTA DE EMBALAJE', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO',
            delivery_note='ALBARÁN', no='N.º factura', date='Fecha', due='Vencimiento', seller='Vendedor', buyer='Cliente',
            desc='Descripción', qty='Cant.', unit='Ud.', price='Precio unit.', amount='Importe', subtotal='Base imponible',
            discount='Descuento', shipping='Portes', tax='IVA', total='Total factura', taxid='NIF', page='Página',
            terms='Forma de pago', bank='Datos bancarios', thanks='Gracias por su compra.', termstext='Transferencia a 30 días'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', proforma='PROFORMAFACTUUR', credit_note='CREDITNOTA', receipt='KWITANTIE',
            commercial='HANDELSFACTUUR', packing_list='PAKLIJST', purchase_order='INKOOPORDER', quotation='OFFERTE',
            delivery_note='PAKBON', no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', seller='Verkoper', buyer='Factuur aan',
            desc='Omschrijving', qty='Aantal', unit='Eenheid', price='Prijs per stuk', amount='Bedrag', subtotal='Subtotaal',
            discount='Korting', shipping='Verzendkosten', tax='BTW', total='Totaal te betalen', taxid='BTW-nummer', page='Pagina',
            terms='Betalingstermijn', bank='Bankgegevens', thanks='Bedankt voor uw bestelling.', termstext='Binnen 14 dagen na factuurdatum'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', proforma='FAKTURA PRO FORMA', credit_note='FAKTURA KORYGUJĄCA',
            receipt='POTWIERDZENIE WPŁATY', commercial='FAKTURA HANDLOWA', packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE',
            quotation='OFERTA', delivery_note='WZ – WYDANIE ZEWNĘTRZNE', no='Nr faktury', date='Data wystawienia', due='Termin płatności',
            seller='Sprzedawca', buyer='Nabywca', desc='Nazwa towaru lub usługi', qty='Ilość', unit='J.m.', price='Cena netto',
            amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport', tax='VAT', total='Do zapłaty',
            taxid='NIP', page='Strona', terms='Sposób płatności', bank='Konto bankowe', thanks='Dziękujemy za zakupy.',
            termstext='Przelew 14 dni'),
 'ja': dict(invoice='請求書', tax_invoice='請求書', proforma='見積請求書', credit_note='返品伝票', receipt='領収書', commercial='インボイス',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', no='請求書番号', date='請求日',
            due='お支払期限', seller='発行者', buyer='請求先', desc='品名', qty='数量', unit='単位', price='単価', amount='金額',
            subtotal='小計', discount='値引', shipping='送料', tax='消費税', total='ご請求金額', taxid='登録番号', page='頁',
            terms='お支払条件', bank='お振込先', thanks='下記の通りご請求申し上げます。', termstext='月末締め翌月末払い'),
 'zh': dict(invoice='发票', tax_invoice='发票', proforma='形式发票', credit_note='红字发票', receipt='收据', commercial='商业发票',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', no='发票号码', date='开票日期',
            due='付款期限', seller='销售方', buyer='购买方', desc='货物名称', qty='数量', unit='单位', price='单价', amount='金额',
            subtotal='小计', discount='折扣', shipping='运费', tax='税额', total='价税合计', taxid='纳税人识别号', page='页',
            terms='付款方式', bank='开户行及账号', thanks='谢谢惠顾', termstext='月结30天'),
 'zh-Hant': dict(invoice='發票', tax_invoice='統一發票', proforma='形式發票', credit_note='折讓單', receipt='收據', commercial='商業發票',
            packing_list='裝箱單', purchase_order='採購單', quotation='報價單', delivery_note='送貨單', no='發票號碼', date='日期',
            due='付款期限', seller='賣方', buyer='買方', desc='品名', qty='數量', unit='單位', price='單價', amount='金額',
            subtotal='小計', discount='折扣', shipping='運費', tax='營業稅', total='總計', taxid='統一編號', page='頁',
            terms='付款方式', bank='匯款資料', thanks='謝謝惠顧', termstext='月結30天 電匯'),
 'vi': dict(invoice='HÓA ĐƠN', tax_invoice='HÓA ĐƠN GIÁ TRỊ GIA TĂNG', proforma='HÓA ĐƠN CHIẾU LỆ', credit_note='HÓA ĐƠN ĐIỀU CHỈNH',
            receipt='BIÊN LAI', commercial='HÓA ĐƠN THƯƠNG MẠI', packing_list='PHIẾU ĐÓNG GÓI', purchase_order='ĐƠN ĐẶT HÀNG',
            quotation='BÁO GIÁ', delivery_note='PHIẾU GIAO HÀNG', no='Số', date='Ngày', due='Hạn thanh toán', seller='Đơn vị bán hàng',
            buyer='Người mua hàng', desc='Tên hàng hóa, dịch vụ', qty='Số lượng', unit='ĐVT', price='Đơn giá', amount='Thành tiền',
            subtotal='Cộng tiền hàng', discount='Chiết khấu', shipping='Phí vận chuyển', tax='Thuế GTGT', total='Tổng cộng tiền thanh toán',
            taxid='MST', page='Trang', terms='Hình thức thanh toán', bank='Tài khoản', thanks='Cảm ơn quý khách.', termstext='Chuyển khoản'),
}

# product: key, base USD price range, names by language
PRODUCTS = [
 ('case', (0.6, 2.4), '塑料制品', dict(en='Silicone phone case, matte black', zh='手机硅胶保护壳 磨砂黑', **{'zh-Hant': '手機矽膠保護殼 霧黑'}, de='Silikon-Handyhülle, matt schwarz', fr='Coque de téléphone en silicone, noir mat', es='Funda de silicona para móvil, negro mate', it='Cover in silicone per smartphone, nero opaco', nl='Siliconen telefoonhoesje, mat zwart', pl='Silikonowe etui na telefon, czarne matowe', ja='シリコンスマホケース（マットブラック）', vi='Ốp lưng điện thoại silicon, đen nhám')),
 ('cable', (0.5, 1.8), '电子元件', dict(en='USB-C braided cable 1 m', zh='USB-C编织数据线 1米', **{'zh-Hant': 'USB-C編織傳輸線 1米'}, de='USB-C-Ladekabel 1 m, geflochten', fr='Câble USB-C tressé 1 m', es='Cable USB-C trenzado 1 m', it='Cavo USB-C intrecciato 1 m', nl='Gevlochten USB-C-kabel 1 m', pl='Kabel USB-C w oplocie 1 m', ja='USB-Cケーブル 1m 編組', vi='Cáp sạc USB-C bện dù 1m')),
 ('led', (3.0, 7.0), '照明装置', dict(en='RGB LED strip light 5 m with remote', zh='RGB LED灯带 5米 带遥控', **{'zh-Hant': 'RGB LED燈條 5米 附遙控'}, de='LED-Lichtband RGB 5 m mit Fernbedienung', fr='Ruban LED RGB 5 m avec télécommande', es='Tira LED RGB 5 m con mando', it='Striscia LED RGB 5 m con telecomando', nl='RGB ledstrip 5 m met afstandsbediening', pl='Taśma LED RGB 5 m z pilotem', ja='RGB LEDテープライト 5m リモコン付', vi='Dây đèn LED RGB 5m kèm điều khiển')),
 ('yoga', (4.0, 9.0), '橡胶制品', dict(en='TPE yoga mat 6 mm, two-tone', zh='TPE双色瑜伽垫 6mm', **{'zh-Hant': 'TPE雙色瑜伽墊 6mm'}, de='Yogamatte TPE 6 mm, zweifarbig', fr='Tapis de yoga TPE 6 mm bicolore', es='Esterilla de yoga TPE 6 mm bicolor', it='Tappetino yoga TPE 6 mm bicolore', nl='Yogamat TPE 6 mm tweekleurig', pl='Mata do jogi TPE 6 mm dwukolorowa', ja='TPEヨガマット 6mm ツートン', vi='Thảm yoga TPE 6mm hai màu')),
 ('brush', (1.0, 3.0), '日用杂品', dict(en='Pet grooming brush, self-cleaning', zh='宠物除毛梳 一键清理', **{'zh-Hant': '寵物除毛梳 一鍵清理'}, de='Fellpflegebürste für Haustiere, selbstreinigend', fr='Brosse de toilettage autonettoyante', es='Cepillo autolimpiable para mascotas', it='Spazzola autopulente per animali', nl='Zelfreinigende vachtborstel', pl='Szczotka do sierści samoczyszcząca', ja='ペット用ブラシ セルフクリーニング', vi='Lược chải lông thú cưng tự làm sạch')),
 ('kitchen', (5.0, 12.0), '塑料制品', dict(en='Silicone kitchen utensil set, 12 pcs', zh='硅胶厨具12件套', **{'zh-Hant': '矽膠廚具12件組'}, de='Silikon-Küchenhelfer-Set, 12-tlg.', fr="Set d'ustensiles de cuisine silicone 12 pièces", es='Juego de utensilios de cocina de silicona, 12 piezas', it='Set utensili da cucina in silicone 12 pz', nl='Siliconen keukengereiset 12-delig', pl='Zestaw przyborów kuchennych silikonowych 12 szt.', ja='シリコンキッチンツール12点セット', vi='Bộ dụng cụ nhà bếp silicon 12 món')),
 ('earbuds', (6.0, 15.0), '音响设备', dict(en='TWS Bluetooth 5.3 earbuds with charging case', zh='TWS蓝牙5.3耳机 带充电仓', **{'zh-Hant': 'TWS藍牙5.3耳機 附充電盒'}, de='Bluetooth-5.3-Ohrhörer TWS mit Ladecase', fr='Écouteurs Bluetooth 5.3 TWS avec boîtier', es='Auriculares Bluetooth 5.3 TWS con estuche', it='Auricolari Bluetooth 5.3 TWS con custodia', nl='Draadloze oordopjes BT 5.3 met oplaadcase', pl='Słuchawki Bluetooth 5.3 TWS z etui', ja='ワイヤレスイヤホン BT5.3 充電ケース付', vi='Tai nghe Bluetooth 5.3 TWS kèm hộp sạc')),
 ('carton', (0.3, 0.9), '纸制品', dict(en='5-ply shipping carton 40x30x30 cm', zh='五层瓦楞纸箱 40×30×30cm', **{'zh-Hant': '五層瓦楞紙箱 40×30×30cm'}, de='Versandkarton 5-wellig 40x30x30 cm', fr="Carton d'expédition 5 plis 40x30x30 cm", es='Caja de cartón 5 capas 40x30x30 cm', it='Scatola di cartone 5 onde 40x30x30 cm', nl='Verzenddoos 5-laags 40x30x30 cm', pl='Karton wysyłkowy 5-warstwowy 40x30x30 cm', ja='5層段ボール箱 40×30×30cm', vi='Thùng carton 5 lớp 40x30x30cm')),
 ('bottle', (3.0, 6.0), '金属制品', dict(en='Stainless steel bottle 750 ml, vacuum', zh='不锈钢真空保温杯 750ml', **{'zh-Hant': '不鏽鋼真空保溫瓶 750ml'}, de='Edelstahl-Thermoflasche 750 ml', fr='Gourde isotherme inox 750 ml', es='Botella térmica de acero inoxidable 750 ml', it='Borraccia termica in acciaio inox 750 ml', nl='RVS thermosfles 750 ml', pl='Butelka termiczna ze stali 750 ml', ja='ステンレス真空ボトル 750ml', vi='Bình giữ nhiệt inox 750ml')),
 ('tripod', (2.0, 5.0), '摄影器材', dict(en='Phone tripod stand with remote', zh='手机三脚架 带蓝牙遥控', **{'zh-Hant': '手機三腳架 附藍牙遙控'}, de='Handy-Stativ mit Fernauslöser', fr='Trépied smartphone avec télécommande', es='Trípode para móvil con mando', it='Treppiede per smartphone con telecomando', nl='Telefoonstatief met afstandsbediening', pl='Statyw do telefonu z pilotem', ja='スマホ三脚 リモコン付', vi='Chân máy điện thoại kèm remote')),
 ('tote', (0.8, 2.5), '纺织产品', dict(en='Printed cotton tote bag 38x42 cm', zh='印花棉布手提袋 38×42cm', **{'zh-Hant': '印花棉布手提袋 38×42cm'}, de='Baumwolltasche bedruckt 38x42 cm', fr='Sac cabas coton imprimé 38x42 cm', es='Bolsa de algodón estampada 38x42 cm', it='Borsa in cotone stampata 38x42 cm', nl='Katoenen draagtas bedrukt 38x42 cm', pl='Torba bawełniana z nadrukiem 38x42 cm', ja='綿トートバッグ プリント 38×42cm', vi='Túi vải cotton in 38x42cm')),
 ('mug', (1.0, 3.0), '陶瓷制品', dict(en='Ceramic coffee mug 350 ml', zh='陶瓷马克杯 350ml', **{'zh-Hant': '陶瓷馬克杯 350ml'}, de='Keramiktasse 350 ml', fr='Mug en céramique 350 ml', es='Taza de cerámica 350 ml', it='Tazza in ceramica 350 ml', nl='Keramische mok 350 ml', pl='Kubek ceramiczny 350 ml', ja='陶器マグカップ 350ml', vi='Cốc sứ 350ml')),
 ('charger', (3.0, 7.0), '电子元件', dict(en='15 W wireless charging pad', zh='15W无线充电器', **{'zh-Hant': '15W無線充電板'}, de='Kabelloses Ladepad 15 W', fr='Chargeur sans fil 15 W', es='Cargador inalámbrico 15 W', it='Caricatore wireless 15 W', nl='Draadloze oplader 15 W', pl='Ładowarka bezprzewodowa 15 W', ja='ワイヤレス充電器 15W', vi='Sạc không dây 15W')),
 ('holder', (1.0, 3.0), '塑料制品', dict(en='Magnetic car phone holder', zh='磁吸车载手机支架', **{'zh-Hant': '磁吸車用手機支架'}, de='Magnetische KFZ-Handyhalterung', fr='Support téléphone voiture magnétique', es='Soporte magnético de móvil para coche', it='Supporto auto magnetico per telefono', nl='Magnetische telefoonhouder auto', pl='Magnetyczny uchwyt samochodowy', ja='マグネット車載スマホホルダー', vi='Giá đỡ điện thoại ô tô nam châm')),
 ('logo', (40, 120), '印刷服务', dict(en='Custom logo printing set-up (plate)', zh='定制LOGO印刷开版费', **{'zh-Hant': '客製LOGO印刷開版費'}, de='Einrichtung Logo-Druck (Klischee)', fr='Frais de calage impression logo', es='Preparación impresión de logotipo', it='Impianto stampa logo', nl='Opstartkosten logodruk', pl='Przygotowanie nadruku logo', ja='ロゴ印刷版代', vi='Phí làm khuôn in logo')),
]
UNITS = dict(en='pcs', de='Stk.', fr='pce', it='pz', es='ud.', nl='st.', pl='szt.', ja='個', zh='个', vi='cái', **{'zh-Hant': '個'})
RATES = dict(USD=1, CNY=7.1, EUR=0.92, JPY=150, HKD=7.8, TWD=32, VND=25000, PLN=4.0, GBP=0.79)
SYMS = dict(USD='$', CNY='¥', EUR='€', JPY='¥', HKD='HK$', TWD='NT$', VND='₫', PLN='zł', GBP='£')

# ----------------------------------------------------------------- companies (all invented)
def rdig(n): return ''.join(R.choice('0123456789') for _ in range(n))
def uscc(region): return '91' + region + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9)) + R.choice('0123456789X')

CN_SUP = [
 dict(zh='东莞市恒晟硅胶制品有限公司', en='Dongguan Hengsheng Silicone Products Co., Ltd.', zaddr='广东省东莞市长安镇振安中路118号3栋', eaddr='Bldg 3, No.118 Zhen\'an Middle Rd, Chang\'an Town, Dongguan, Guangdong, China', tax=uscc('441900'), prods=['case', 'kitchen', 'holder']),
 dict(zh='深圳市讯联达电子科技有限公司', en='Shenzhen Xunlianda Electronic Technology Co., Ltd.', zaddr='深圳市宝安区西乡街道固戍二路26号5楼', eaddr='5F, No.26 Gushu 2nd Rd, Xixiang, Bao\'an District, Shenzhen, China', tax=uscc('440300'), prods=['cable', 'charger', 'earbuds']),
 dict(zh='义乌市佳禾日用品商行', en='Yiwu Jiahe Daily Necessities Firm', zaddr='浙江省义乌市稠城街道宾王路300号', eaddr='No.300 Binwang Rd, Choucheng Street, Yiwu, Zhejiang, China', tax='92330782MA2' + rdig(6) + 'X', prods=['brush', 'tote', 'mug', 'holder']),
 dict(zh='广州市百汇塑胶制品厂', en='Guangzhou Baihui Plastic Products Factory', zaddr='广州市白云区太和镇大源北路57号', eaddr='No.57 Dayuan North Rd, Taihe Town, Baiyun District, Guangzhou, China', tax=uscc('440111'), prods=['case', 'kitchen', 'holder']),
 dict(zh='宁波市甬拓户外用品有限公司', en='Ningbo Yongtuo Outdoor Products Co., Ltd.', zaddr='浙江省宁波市鄞州区首南街道泰康中路455号', eaddr='No.455 Taikang Middle Rd, Yinzhou District, Ningbo, Zhejiang, China', tax=uscc('330212'), prods=['yoga', 'bottle', 'tripod']),
 dict(zh='佛山市顺德区美创陶瓷有限公司', en='Foshan Shunde Meichuang Ceramics Co., Ltd.', zaddr='广东省佛山市顺德区乐从镇岭南大道北18号', eaddr='No.18 Lingnan Ave North, Lecong Town, Shunde, Foshan, China', tax=uscc('440606'), prods=['mug', 'bottle']),
 dict(zh='中山市光耀照明电器有限公司', en='Zhongshan Guangyao Lighting Appliance Co., Ltd.', zaddr='广东省中山市古镇镇同福南路12号', eaddr='No.12 Tongfu South Rd, Guzhen Town, Zhongshan, Guangdong, China', tax=uscc('442000'), prods=['led', 'charger']),
 dict(zh='厦门市鹭纸包装材料有限公司', en='Xiamen Luzhi Packaging Materials Co., Ltd.', zaddr='福建省厦门市集美区杏林湾路482号', eaddr='No.482 Xinglinwan Rd, Jimei District, Xiamen, Fujian, China', tax=uscc('350211'), prods=['carton', 'tote', 'logo']),
 dict(zh='义乌市禾悦进出口有限公司', en='Yiwu Heyue Import & Export Co., Ltd.', zaddr='浙江省义乌市福田街道国际商贸城二区东门', eaddr='East Gate, District 2, International Trade City, Futian Street, Yiwu, Zhejiang, China', tax=uscc('330782'), prods=['brush', 'tote', 'mug', 'tripod', 'holder', 'yoga']),
 dict(zh='广州市星汇贸易有限公司', en='Guangzhou Xinghui Trading Co., Ltd.', zaddr='广州市越秀区解放南路39号万菱广场1806', eaddr='Rm 1806, Wanling Plaza, No.39 Jiefang South Rd, Yuexiu District, Guangzhou, China', tax=uscc('440104'), prods=['case', 'cable', 'led', 'charger', 'earbuds']),
]
HK_SUP = [
 dict(en='Harbourlight Trading Limited', zh='港灣光貿易有限公司', eaddr='Unit 1205, 12/F, Wing Fat Commercial Bldg, 88 Hung To Road, Kwun Tong, Kowloon, Hong Kong', tax='BR ' + rdig(8), prods=['earbuds', 'charger', 'cable']),
 dict(en='Kin Tat Electronics (HK) Co., Limited', zh='建達電子（香港）有限公司', eaddr='Flat B, 7/F, Fook Yip Industrial Bldg, 33 Wang Lung St, Tsuen Wan, N.T., Hong Kong', tax='BR ' + rdig(8), prods=['cable', 'led', 'tripod']),
]
TW_SUP = [
 dict(en='Dingfeng Precision Co., Ltd.', zh='鼎峰精密股份有限公司', zaddr='台中市西屯區工業區三十二路57號', eaddr='No.57, Industrial Rd 32, Xitun Dist., Taichung City, Taiwan', tax=rdig(8), prods=['holder', 'tripod', 'charger']),
 dict(en='Hongxin Packaging Co., Ltd.', zh='宏鑫包材有限公司', zaddr='新竹縣湖口鄉光復北路112巷8號', eaddr='No.8, Ln 112, Guangfu N. Rd, Hukou Township, Hsinchu County, Taiwan', tax=rdig(8), prods=['carton', 'tote']),
]
VN_SUP = [
 dict(vi='CÔNG TY TNHH SẢN XUẤT MINH PHÁT', en='Minh Phat Manufacturing Co., Ltd.', vaddr='Lô C3, KCN Quế Võ, Phường Phương Liễu, Tỉnh Bắc Ninh, Việt Nam', eaddr='Lot C3, Que Vo Industrial Park, Bac Ninh, Vietnam', tax='23' + rdig(8), prods=['cable', 'charger', 'case']),
 dict(vi='CÔNG TY CỔ PHẦN DỆT MAY SAO VIỆT', en='Sao Viet Textile JSC', vaddr='Số 14 Đường DT743, Phường Bình Hòa, TP. Thuận An, Bình Dương, Việt Nam', eaddr='No.14 DT743 Rd, Binh Hoa Ward, Thuan An, Binh Duong, Vietnam', tax='37' + rdig(8), prods=['tote', 'yoga']),
]
EU_SUP = {
 'de': [dict(name='Rheinwerk Verpackungen GmbH', addr=['Hafenstraße 14', '47119 Duisburg', 'Deutschland'], tax='DE' + rdig(9), prods=['carton', 'tote', 'logo']),
        dict(name='Lindenhof Elektrotechnik GmbH & Co. KG', addr=['Gewerbering 7', '89233 Neu-Ulm', 'Deutschland'], tax='DE' + rdig(9), prods=['charger', 'cable', 'led']),
        dict(name='Kessler Lagerlogistik e.K.', addr=['Am Güterbahnhof 3', '04509 Delitzsch', 'Deutschland'], tax='DE' + rdig(9), prods=['carton', 'logo'])],
 'fr': [dict(name='Atelier Maréchal SARL', addr=['12 rue des Tanneurs', '69007 Lyon', 'France'], tax='FR' + rdig(11), prods=['tote', 'mug'])],
 'it': [dict(name='Ceramiche Valdarno S.r.l.', addr=['Via dei Vasai 21', '52027 San Giovanni Valdarno (AR)', 'Italia'], tax='IT' + rdig(11), prods=['mug', 'kitchen'])],
 'es': [dict(name='Textiles Alcántara S.L.', addr=['Calle del Telar 8', '03801 Alcoy (Alicante)', 'España'], tax='ESB' + rdig(8), prods=['tote', 'yoga'])],
 'pl': [dict(name='Zakład Opakowań Wiślany Sp. z o.o.', addr=['ul. Składowa 19', '87-100 Toruń', 'Polska'], tax=rdig(10), prods=['carton', 'tote'])],
 'nl': [dict(name='Van der Wiel Logistiek B.V.', addr=['Industrieweg 44', '5145 PD Waalwijk', 'Nederland'], tax='NL' + rdig(9) + 'B01', prods=['carton', 'logo', 'holder'])],
 'en': [dict(name='Brightline Prep & Supply LLC', addr=['4120 Commerce Pkwy, Suite B', 'Ontario, CA 91761', 'USA'], tax='EIN 87-' + rdig(7), prods=['carton', 'logo', 'tote']),
        dict(name='Northgate Packaging Ltd', addr=['Unit 6, Brookfield Trade Park', 'Leicester LE4 9QT', 'United Kingdom'], tax='GB' + rdig(9), prods=['carton', 'tote'])],
}
JP_SUP = [dict(name='株式会社山辺商事', addr=['〒577-0054', '大阪府東大阪市高井田元町2丁目8番15号'], tax='T' + rdig(13), prods=['mug', 'kitchen', 'bottle']),
          dict(name='有限会社ミナト梱包', addr=['〒236-0003', '神奈川県横浜市金沢区幸浦1丁目21-4'], tax='T' + rdig(13), prods=['carton', 'tote'])]

MY_CN = dict(zh='深圳市前湾跨境电子商务有限公司', en='Shenzhen Qianwan Cross-border E-commerce Co., Ltd.', zaddr='深圳市南山区粤海街道科技南十二路9号A座1608', eaddr='Rm 1608, Block A, No.9 Keji South 12th Rd, Nanshan District, Shenzhen 518057, China', tax=uscc('440300'))
MY_HK = dict(en='Qianwan Trading (HK) Limited', zh='前灣貿易（香港）有限公司', eaddr='Room 1703, 17/F, Kam Fung Commercial Centre, 21 Kwai Hei Street, Kwai Chung, N.T., Hong Kong', tax='BR ' + rdig(8))
MY_US = dict(en='QW Home Goods LLC', eaddr='1450 Orchard Park Dr, Suite 12, Dover, DE 19904, USA', tax='EIN 92-' + rdig(7))
MY_DE = dict(en='Qianwan Trading (HK) Limited', eaddr='c/o Kessler Lagerlogistik, Am Güterbahnhof 3, 04509 Delitzsch, Germany', tax='DE' + rdig(9))
OTHER_BUYERS = ['Shenzhen Luyao Trading Co., Ltd.', 'Zhang Wei', 'Dongguan Jinmao Commerce Co., Ltd.', 'Huang Xiaoling']
OTHER_BUYERS_ZH = ['深圳市鹿遥贸易有限公司', '东莞市金茂商贸有限公司', '张伟']


def buyer_for(lang, region=None):
    if lang == 'zh': return dict(name=MY_CN['zh'], addr=[MY_CN['zaddr']], tax=MY_CN['tax'])
    if lang in ('ja',): return dict(name=MY_HK['en'] + ' 御中', label=MY_HK['en'], addr=[MY_HK['eaddr']], tax='')
    if lang == 'zh-Hant': return dict(name=MY_HK['zh'], addr=[MY_HK['eaddr']], tax=MY_HK['tax'])
    if lang in ('de', 'fr', 'it', 'es', 'pl', 'nl'): return dict(name=MY_DE['en'], addr=[MY_DE['eaddr']], tax=MY_DE['tax'])
    c = R.choice([MY_CN, MY_HK, MY_US, MY_US])
    return dict(name=c['en'], addr=[c['eaddr']], tax=c['tax'])


# ----------------------------------------------------------------- doc model
LANGCFG = {  # nf, date styles, currency, currency patterns
 'en': ('en', ['us', 'en_long', 'en_short', 'iso', 'uk'], 'USD', ['{s}{n}', 'US{s}{n}', '{n} {c}', '{c} {n}']),
 'de': ('de', ['de', 'de', 'de_long'], 'EUR', ['{n} {s}', '{n} EUR']),
 'fr': ('fr', ['fr_long', 'uk'], 'EUR', ['{n} {s}']),
 'it': ('de', ['uk', 'it_long'], 'EUR', ['{s} {n}', '{n} {s}']),
 'es': ('de', ['uk', 'es_long'], 'EUR', ['{n} {s}']),
 'nl': ('de', ['nl', 'nl'], 'EUR', ['{s} {n}']),
 'pl': ('fr', ['de', 'iso'], 'PLN', ['{n} {s}', '{n} PLN']),
 'ja': ('en', ['ja_slash', 'zh_np', 'reiwa'], 'JPY', ['{s}{n}', '{n}円']),
 'zh': ('en', ['zh', 'zh_np', 'iso'], 'CNY', ['{s}{n}', '{s}{n}', '{n}元']),
 'zh-Hant': ('en', ['roc', 'iso', 'zh'], 'TWD', ['{s}{n}', '{c} {n}']),
 'vi': ('de', ['vi'], 'VND', ['{n} {s}', '{n} VNĐ']),
}
TAXRATE = dict(de=19, fr=20, it=22, es=21, nl=21, pl=23, ja=10, zh=13, vi=10, en=0, **{'zh-Hant': 5})
DOCSEQ = [0]


def rand_date():
    return dt.date(2025, 6, 1) + dt.timedelta(days=R.randint(0, 275))


def make_doc(lang, doc_type='invoice', supplier=None, cur=None, n_items=None, buyer=None, tax=None, cpat=None, dstyle=None,
             nf=None, discount=None, shipping=None, layout='', region=''):
    DOCSEQ[0] += 1
    nf0, dstyles, cur0, cpats = LANGCFG[lang]
    cur = cur or cur0
    d = dict(id=DOCSEQ[0], lang=lang, doc_type=doc_type, cur=cur, sym=SYMS[cur], nf=nf or nf0,
             cpat=cpat or R.choice(cpats), dstyle=dstyle or R.choice(dstyles), layout=layout, region=region)
    if cur == 'HKD' and lang == 'en': d['nf'] = 'en'
    d['supplier'] = supplier
    d['buyer'] = buyer or buyer_for(lang)
    d['date'] = rand_date()
    d['due'] = d['date'] + dt.timedelta(days=R.choice([7, 14, 30, 30, 45]))
    pre = R.choice(['INV', 'CI', 'RE', 'HY', 'QW', 'F', 'SO'])
    d['number'] = R.choice([f'{pre}-{d["date"].strftime("%Y%m")}-{R.randint(10, 999):03d}', f'{pre}{d["date"].year % 100}{R.randint(1000, 99999)}',
                            f'{d["date"].year}/{R.randint(1, 4000):04d}', f'{pre}{d["date"].strftime("%y%m%d")}{R.randint(1, 99):02d}'])
    if lang == 'pl': d['number'] = f'FV/{R.randint(1, 400)}/{d["date"].month:02d}/{d["date"].year}'
    n_items = n_items or R.choice([1, 2, 3, 3, 4, 5, 6])
    prods = [p for p in PRODUCTS if p[0] in supplier.get('prods', [])] or PRODUCTS
    items = []
    for i in range(n_items):
        p = prods[i % len(prods)] if i < len(prods) else R.choice(PRODUCTS)
        name = p[3].get(lang, p[3]['en'])
        if i >= len(prods):  # variants for long lists
            name += ' ' + R.choice(['- black', '- white', '- blue', '- pink', '- grey', 'v2', '#' + str(R.randint(2, 40))])
        base = R.uniform(*p[1]) * RATES[cur]
        price = q(base, cur) if cur not in ('VND',) else q(round(base / 1000) * 1000, cur)
        if price <= 0: price = q(1, cur)
        qty = 1 if p[0] == 'logo' else R.choice([50, 100, 120, 200, 240, 300, 500, 600, 800, 1000, 1200, 2000, 3000])
        unit = UNITS.get(lang, 'pcs') if p[0] != 'logo' else {'zh': '次', 'ja': '式', 'zh-Hant': '式'}.get(lang, 'lot' if lang == 'en' else UNITS.get(lang))
        items.append(dict(key=p[0], cat=p[2], desc=name, qty=qty, unit=unit, price=price, sku=f'{p[0][:3].upper()}-{R.randint(100, 999)}'))
    d['items'] = items
    d['tax_rate'] = TAXRATE.get(lang, 0) if tax is None else tax
    d['discount_pct'] = discount if discount is not None else R.choice([0, 0, 0, 0, 3, 5])
    d['shipping'] = q(shipping, cur) if shipping is not None else (q(R.choice([0, 0, 0, 25, 60, 120, 180]) * RATES[cur], cur))
    compute(d)
    d['arithmetic_error'] = False
    return d


def compute(d):
    cur = d['cur']
    for it in d['items']:
        it['amount'] = q(it['qty'] * it['price'], cur)
        if d.get('fapiao'):
            it['tax'] = q(it['amount'] * d['tax_rate'] / 100, cur)
    d['subtotal'] = sum((it['amount'] for it in d['items']), D(0))
    d['discount'] = q(d['subtotal'] * d['discount_pct'] / 100, cur)
    base = d['subtotal'] - d['discount'] + d['shipping']
    if d.get('fapiao'):
        d['tax'] = sum((it['tax'] for it in d['items']), D(0))
    else:
        d['tax'] = q(base * d['tax_rate'] / 100, cur)
    d['total'] = base + d['tax']


def inject_error(d):
    """deliberate arithmetic mistake in a genuine-looking document"""
    kind = R.choice(['line', 'total', 'tax', 'subtotal'])
    cur = d['cur']
    if kind == 'line' or (kind == 'tax' and d['tax'] == 0):
        it = R.choice(d['items'])
        it['amount'] = it['amount'] + q(R.choice([10, 100, -10, 1]) * (RATES[cur] if cur in ZERO_DEC else 1), cur)
        if it['amount'] <= 0: it['amount'] += q(20 * RATES[cur], cur)
        d['err'] = 'line amount != qty x unit price (totals use the correct value)'
    elif kind == 'total':
        s = str(q(d['total'], cur)); digs = [i for i, ch in enumerate(s) if ch.isdigit()]
        i = digs[0] if len(digs) < 3 else R.choice(digs[:-1])
        new = s[:i] + str((int(s[i]) + R.choice([1, 2, 9])) % 10) + s[i + 1:]
        if D(new) == 0: new = s[:i] + '7' + s[i + 1:]
        d['total'] = D(new); d['err'] = 'grand total does not equal subtotal+tax+shipping-discount'
    elif kind == 'tax':
        d['tax'] = q(d['tax'] * D('1.1') + 1, cur)
        d['err'] = 'tax line does not equal rate x base (grand total uses the correct tax)'
    else:
        d['subtotal'] = d['subtotal'] + q(R.choice([50, 100, 1000]) * (RATES[cur] if cur in ZERO_DEC else 1), cur)
        d['err'] = 'subtotal != sum of line amounts'
    d['arithmetic_error'] = True


def sup_name(d):
    s = d['supplier']; lang = d['lang']
    if lang == 'zh' and 'zh' in s: return s['zh']
    if lang == 'zh-Hant' and 'zh' in s: return s['zh']
    if lang == 'vi' and 'vi' in s: return s['vi']
    return s.get('name') or s.get('en')


def sup_addr(d):
    s = d['supplier']; lang = d['lang']
    if 'addr' in s: return s['addr']
    if lang in ('zh', 'zh-Hant') and 'zaddr' in s: return [s['zaddr']]
    if lang == 'vi' and 'vaddr' in s: return [s['vaddr']]
    return [s['eaddr']]


def L(d, k): return T[d['lang']][k]


def title(d):
    t = d['doc_type']
    if t == 'invoice' and d.get('commercial'): return L(d, 'commercial')
    if t == 'other': return d.get('title', '')
    return L(d, t)


def dstr(d, x=None): return fdate(x or d['date'], d['dstyle'])


def tax_label(d):
    return f"{L(d, 'tax')} {d['tax_rate']}%"


def totals_rows(d):
    rows = [(L(d, 'subtotal'), money(d, d['subtotal']))]
    if d['discount']: rows.append((f"{L(d, 'discount')} {d['discount_pct']}%", '-' + money(d, d['discount'])))
    if d['shipping']: rows.append((L(d, 'shipping'), money(d, d['shipping'])))
    if d['tax_rate']: rows.append((tax_label(d), money(d, d['tax'])))
    rows.append((L(d, 'total'), money(d, d['total'])))
    return rows


def bank_line(d):
    if d['cur'] == 'EUR': return f"IBAN {d['supplier'].get('tax', 'XX')[:2]}{rdig(2)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(2)} · BIC {R.choice(['COBA', 'DEUT', 'INGB', 'BNPA', 'UNCR'])}XX{rdig(2)}"
    if d['cur'] == 'PLN': return f"PL{rdig(2)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)}"
    return f"A/C {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} · SWIFT {R.choice(['BKCH', 'ICBK', 'CMBC', 'HSBC', 'SCBL'])}{R.choice(['CN', 'HK'])}{R.choice(['BJ', 'HH', 'SZ'])}XXX"


# ----------------------------------------------------------------- amount in words
ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'zero ten twenty thirty forty fifty sixty seventy eighty ninety'.split()


def words_en(n):
    n = int(n)
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000: return ONES[n // 100] + ' hundred' + (' and ' + words_en(n % 100) if n % 100 else '')
    for v, w in ((10 ** 9, 'billion'), (10 ** 6, 'million'), (1000, 'thousand')):
        if n >= v: return words_en(n // v) + ' ' + w + (' ' + words_en(n % v) if n % v else '')


def say_usd(x):
    x = D(x); ip = int(x); c = int((x - ip) * 100)
    s = 'SAY US DOLLARS ' + words_en(ip).upper()
    if c: s += ' AND CENTS ' + words_en(c).upper()
    return s + ' ONLY'


CN_DIG = '零壹贰叁肆伍陆柒捌玖'


def rmb_upper(x):
    x = q(x, 'CNY'); ip = int(x); jiao = int(x * 10) % 10; fen = int(x * 100) % 10
    units = ['', '拾', '佰', '仟']; big = ['', '万', '亿']
    s = ''
    if ip == 0: s = '零'
    groups = []
    while ip > 0: groups.append(ip % 10000); ip //= 10000
    out = ''
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]; gs = ''; zero = False
        for k in range(3, -1, -1):
            dgt = g // (10 ** k) % 10
            if dgt == 0:
                zero = bool(gs)
            else:
                if zero: gs += '零'; zero = False
                gs += CN_DIG[dgt] + units[k]
        if g:
            if out and g < 1000: out += '零'
            out += gs + big[gi]
    s = (out or s) + '圆'
    if jiao == 0 and fen == 0: return s + '整'
    if jiao: s += CN_DIG[jiao] + '角'
    elif fen: s += '零'
    if fen: s += CN_DIG[fen] + '分'
    return s


# ================================================================= RENDERERS
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DJ', F_SANS)); pdfmetrics.registerFont(TTFont('DJB', F_SANSB))
pdfmetrics.registerFont(TTFont('WQY', F_CJK, subfontIndex=0))
pdfmetrics.registerFont(TTFont('DJSerif', F_SERIF))


def rl_fonts(lang, serif=False):
    if lang in CJK_LANGS: return 'WQY', 'WQY'
    if lang in LATIN1_LANGS: return ('Times-Roman', 'Times-Bold') if serif else ('Helvetica', 'Helvetica-Bold')
    return 'DJ', 'DJB'


def fit(c, s, font, size, width):
    while pdfmetrics.stringWidth(s, font, size) > width and len(s) > 4: s = s[:-2]
    return s


def rl_std(d, path, variant=0):
    """classic accounting-software layout drawn with ReportLab canvas"""
    lang = d['lang']; fr, fb = rl_fonts(lang, serif=(variant == 2))
    ps = LETTER if d['cpat'].startswith('{s}') and d['cur'] == 'USD' and variant != 1 else A4
    W, H = ps
    c = rlcanvas.Canvas(path, pagesize=ps); c.setTitle(f"{title(d)} {d['number']}"); c.setAuthor(sup_name(d))
    acc = R.choice([(0.1, 0.3, 0.55), (0.15, 0.45, 0.35), (0.55, 0.15, 0.15), (0.2, 0.2, 0.2), (0.0, 0.4, 0.6)])
    items = d['items']; per_first, per_next = 18, 32
    chunks = [items[:per_first]]; rest = items[per_first:]
    while rest: chunks.append(rest[:per_next]); rest = rest[per_next:]
    npages = len(chunks)
    x0, x1 = 18 * mm, W - 18 * mm
    cols = [x0, x0 + 8 * mm, x1 - 82 * mm, x1 - 62 * mm, x1 - 28 * mm, x1]  # idx, desc, qty(right @ col3), unit, price(right), amount(right)
    rowno = 0
    for pi, chunk in enumerate(chunks):
        y = H - 20 * mm
        if pi == 0:
            if variant == 1:
                c.setFillColorRGB(*acc); c.rect(0, H - 32 * mm, W, 32 * mm, fill=1, stroke=0)
                c.setFillColorRGB(1, 1, 1); c.setFont(fb, 22); c.drawString(x0, H - 20 * mm, title(d))
                c.setFont(fb, 12); c.drawRightString(x1, H - 15 * mm, sup_name(d)); c.setFont(fr, 8)
                yy = H - 20 * mm
                for a in sup_addr(d): c.drawRightString(x1, yy, a); yy -= 10
                c.setFillColorRGB(0, 0, 0); y = H - 42 * mm
            else:
                c.setFillColorRGB(*acc); c.circle(x0 + 7 * mm, H - 22 * mm, 7 * mm, fill=1, stroke=0)
                c.setFillColorRGB(1, 1, 1); c.setFont(fb, 14); c.drawCentredString(x0 + 7 * mm, H - 24.5 * mm, sup_name(d)[:1])
                c.setFillColorRGB(0, 0, 0); c.setFont(fb, 13); c.drawString(x0 + 17 * mm, H - 18 * mm, sup_name(d))
                c.setFont(fr, 8.5); yy = H - 23 * mm
                for a in sup_addr(d) + [f"{L(d, 'taxid')}: {d['supplier'].get('tax', '')}"]:
                    c.drawString(x0 + 17 * mm, yy, a); yy -= 10.5
                c.setFillColorRGB(*acc); c.setFont(fb, 20); c.drawRightString(x1, H - 20 * mm, title(d)); c.setFillColorRGB(0, 0, 0)
                y = yy - 8 * mm
            # buyer + meta
            c.setFont(fb, 9); c.drawString(x0, y, L(d, 'buyer')); c.setFont(fr, 9.5)
            c.drawString(x0, y - 13, d['buyer']['name']); yy = y - 25; c.setFont(fr, 8.5)
            for a in d['buyer']['addr']:
                for part in wrap(a, 60): c.drawString(x0, yy, part); yy -= 10.5
            if d['buyer'].get('tax'): c.drawString(x0, yy, f"{L(d, 'taxid')}: {d['buyer']['tax']}"); yy -= 10.5
            mx = x1 - 70 * mm; my = y
            meta = [(L(d, 'no'), d['number']), (L(d, 'date'), dstr(d))]
            if d['doc_type'] in ('invoice', 'tax_invoice'): meta.append((L(d, 'due'), dstr(d, d['due'])))
            if d.get('po'): meta.append(('PO', d['po']))
            for k, v in meta:
                c.setFont(fb, 9); c.drawString(mx, my, k); c.setFont(fr, 9); c.drawRightString(x1, my, v); my -= 13
            y = min(yy, my) - 8 * mm
        else:
            c.setFont(fb, 10); c.drawString(x0, y, f"{sup_name(d)} · {title(d)} {d['number']}"); y -= 10 * mm
        # table header
        c.setFillColorRGB(*[min(1, v + 0.55) for v in acc]); c.rect(x0, y - 4, x1 - x0, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 8.5)
        c.drawString(cols[0] + 1, y, '#'); c.drawString(cols[1], y, L(d, 'desc')); c.drawRightString(cols[3] - 4, y, L(d, 'qty'))
        c.drawString(cols[3] + 2, y, L(d, 'unit')); c.drawRightString(cols[4], y, L(d, 'price')); c.drawRightString(cols[5], y, L(d, 'amount'))
        y -= 17; c.setFont(fr, 8.5)
        for it in chunk:
            rowno += 1
            c.drawString(cols[0] + 1, y, str(rowno)); c.drawString(cols[1], y, fit(c, it['desc'], fr, 8.5, cols[2] - cols[1] + 20))
            c.drawRightString(cols[3] - 4, y, str(it['qty'])); c.drawString(cols[3] + 2, y, it['unit'])
            c.drawRightString(cols[4], y, N(d, it['price'])); c.drawRightString(cols[5], y, N(d, it['amount']))
            c.setStrokeColorRGB(0.8, 0.8, 0.8); c.setLineWidth(0.4); c.line(x0, y - 5, x1, y - 5); y -= 15
        if pi == npages - 1:
            y -= 6
            for i, (k, v) in enumerate(totals_rows(d)):
                last = i == len(totals_rows(d)) - 1
                if last:
                    c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.8); c.line(x1 - 75 * mm, y + 10, x1, y + 10)
                c.setFont(fb if last else fr, 11 if last else 9); c.drawString(x1 - 75 * mm, y, k); c.drawRightString(x1, y, v); y -= 16 if last else 13
            if d['tax_rate'] == 0 and lang == 'en' and d['buyer']['name'] != d['supplier'].get('name'):
                c.setFont(fr, 7.5); c.drawString(x0, y, 'Export sale - zero-rated.'); y -= 10
            y -= 6 * mm; c.setFont(fb, 8.5); c.drawString(x0, y, L(d, 'terms')); c.setFont(fr, 8.5); c.drawString(x0 + 40 * mm, y, L(d, 'termstext'))
            y -= 12; c.setFont(fb, 8.5); c.drawString(x0, y, L(d, 'bank')); c.setFont(fr, 8.5); c.drawString(x0 + 40 * mm, y, bank_line(d))
            y -= 18; c.setFont(fr, 9); c.drawString(x0, y, L(d, 'thanks'))
        c.setFont(fr, 7.5); c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawCentredString(W / 2, 12 * mm, f"{sup_name(d)} · {L(d, 'taxid')} {d['supplier'].get('tax', '')} · {L(d, 'page')} {pi + 1}/{npages}")
        c.setFillColorRGB(0, 0, 0); c.showPage()
    c.save()


def wrap(s, n):
    out = []
    while len(s) > n:
        k = s.rfind(' ', 0, n)
        if k <= 0: k = n
        out.append(s[:k]); s = s[k:].lstrip()
    out.append(s); return out


def cjk_wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)] or ['']


# ---------------------------------------------------------- fapiao (数电 / 增值税电子普通发票), ReportLab
def rl_fapiao(d, path, style='sd'):
    W, H = 240 * mm, 140 * mm
    red = (0.55, 0.22, 0.12)
    c = rlcanvas.Canvas(path, pagesize=(W, H)); c.setTitle('电子发票'); c.setCreator('电子发票服务平台' if style == 'sd' else 'Aisino')
    F = 'WQY'
    x0, x1 = 8 * mm, W - 8 * mm
    items = d['items']; detail = len(items) > 6
    kind = d.get('fp_kind', '普通发票')

    def seal_tax(cx, cy):
        c.setStrokeColorRGB(0.8, 0.1, 0.1); c.setLineWidth(1.2); c.ellipse(cx - 16 * mm, cy - 9 * mm, cx + 16 * mm, cy + 9 * mm)
        c.setFillColorRGB(0.8, 0.1, 0.1); c.setFont(F, 6.5); c.drawCentredString(cx, cy + 3.5 * mm, '全国统一发票监制章')
        c.setFont(F, 8); c.drawCentredString(cx, cy - 1 * mm, d.get('bureau', '国家税务总局'))
        c.setFont(F, 6); c.drawCentredString(cx, cy - 5.5 * mm, d.get('bureau2', '广东省税务局'))

    def seal_company(cx, cy):
        c.setStrokeColorRGB(0.85, 0.12, 0.12); c.setLineWidth(1.5); c.ellipse(cx - 20 * mm, cy - 12 * mm, cx + 20 * mm, cy + 12 * mm)
        c.setFillColorRGB(0.85, 0.12, 0.12); c.setFont(F, 6.8); c.drawCentredString(cx, cy + 5 * mm, sup_name(d)[:16])
        c.setFont(F, 6); c.drawCentredString(cx, cy, d['supplier']['tax']); c.setFont(F, 8.5); c.drawCentredString(cx, cy - 7 * mm, '发票专用章')

    c.setFillColorRGB(*red); c.setStrokeColorRGB(*red)
    ttl = f'电子发票（{kind}）' if style == 'sd' else ('广东增值税电子普通发票' if d.get('bureau2', '广东省税务局').startswith('广东') else d.get('bureau2', '')[:2] + '增值税电子普通发票')
    c.setFont(F, 17); c.drawCentredString(W / 2, H - 14 * mm, ttl)
    tw = pdfmetrics.stringWidth(ttl, F, 17); c.setLineWidth(0.6)
    c.line(W / 2 - tw / 2, H - 16 * mm, W / 2 + tw / 2, H - 16 * mm); c.line(W / 2 - tw / 2, H - 16.8 * mm, W / 2 + tw / 2, H - 16.8 * mm)
    seal_tax(W / 2, H - 25 * mm)
    c.setFont(F, 8.5)
    if style == 'sd':
        meta = [('发票号码：', d['fp_no']), ('开票日期：', dstr(d))]
        yy = H - 13 * mm
        for k, v in meta:
            c.setFillColorRGB(*red); c.drawString(x1 - 62 * mm, yy, k); c.setFillColorRGB(0, 0, 0); c.drawString(x1 - 45 * mm, yy, v); yy -= 5 * mm
        top = H - 36 * mm
    else:
        c.setFillColorRGB(*red); c.drawString(x0, H - 13 * mm, '机器编号：'); c.setFillColorRGB(0, 0, 0); c.drawString(x0 + 16 * mm, H - 13 * mm, d['fp_machine'])
        meta = [('发票代码：', d['fp_code']), ('发票号码：', d['fp_no']), ('开票日期：', dstr(d)), ('校  验  码：', d['fp_check'])]
        yy = H - 11 * mm
        for k, v in meta:
            c.setFillColorRGB(*red); c.drawString(x1 - 64 * mm, yy, k); c.setFillColorRGB(0, 0, 0); c.drawString(x1 - 48 * mm, yy, v); yy -= 4.3 * mm
        top = H - 36 * mm
    # outer frame
    bot = 16 * mm
    c.setStrokeColorRGB(*red); c.setLineWidth(0.8); c.rect(x0, bot, x1 - x0, top - bot)
    c.setLineWidth(0.5)
    # party block
    ph = 22 * mm
    c.line(x0, top - ph, x1, top - ph)

    def party(xa, xb, label, p, extra=None):
        c.line(xa + 6 * mm, top, xa + 6 * mm, top - ph)
        c.setFillColorRGB(*red); c.setFont(F, 8.5)
        for i, ch in enumerate(label): c.drawCentredString(xa + 3 * mm, top - 5 * mm - i * 3.6 * mm, ch)
        lines = [('名称：', p['name']), ('统一社会信用代码/纳税人识别号：', p['tax'])]
        if extra: lines += extra
        yy = top - 6 * mm
        for k, v in lines:
            c.setFillColorRGB(*red); c.setFont(F, 7.8); c.drawString(xa + 8 * mm, yy, k); kw = pdfmetrics.stringWidth(k, F, 7.8)
            c.setFillColorRGB(0, 0, 0); c.setFont(F, 8.3); c.drawString(xa + 8 * mm + kw, yy, v); yy -= 5 * mm

    seller = dict(name=sup_name(d), tax=d['supplier']['tax'])
    if style == 'sd':
        mid = (x0 + x1) / 2; c.line(mid, top, mid, top - ph)
        party(x0, mid, '购买方信息', d['buyer']); party(mid, x1, '销售方信息', seller)
    else:
        mid = x1 - 85 * mm; c.line(mid, top, mid, top - ph)
        party(x0, mid, '购买方', d['buyer'], [('地址、电话：', d['buyer']['addr'][0][:18] + ' 0755-' + rdig(8))])
        c.setFillColorRGB(*red); c.setFont(F, 8.5)
        for i, ch in enumerate('密码区'): c.drawCentredString(mid + 3 * mm, top - 6 * mm - i * 5 * mm, ch)
        c.line(mid + 6 * mm, top, mid + 6 * mm, top - ph)
        c.setFillColorRGB(0, 0, 0); c.setFont('Courier', 8.2)
        for i in range(4):
            c.drawString(mid + 8 * mm, top - 5 * mm - i * 4.6 * mm, ''.join(R.choice('0123456789+-*/<>') for _ in range(27)))
    # items table
    cols = [x0, x0 + 52 * mm, x0 + 80 * mm, x0 + 92 * mm, x0 + 112 * mm, x0 + 140 * mm, x0 + 170 * mm, x0 + 188 * mm, x1]
    heads = ['项目名称', '规格型号', '单位', '数量', '单价', '金额', '税率/征收率', '税额']
    ty = top - ph - 5 * mm
    c.setFillColorRGB(*red); c.setFont(F, 8)
    for i, h in enumerate(heads): c.drawCentredString((cols[i] + cols[i + 1]) / 2, ty, h)
    c.setFillColorRGB(0, 0, 0); c.setFont(F, 8)
    ty -= 5 * mm
    shown = items if not detail else [dict(desc='（详见销货清单）', sku='', unit='', qty='', price=None, amount=d['subtotal'] - d['discount'], tax=d['tax'], cat=None)]
    for it in shown:
        name = f"*{it['cat']}*{it['desc']}" if it.get('cat') else it['desc']
        c.drawString(cols[0] + 1.5 * mm, ty, name[:17])
        c.drawString(cols[1] + 1.5 * mm, ty, it['sku']); c.drawCentredString((cols[2] + cols[3]) / 2, ty, it['unit'])
        c.drawRightString(cols[4] - 1.5 * mm, ty, str(it['qty'])); c.drawRightString(cols[5] - 1.5 * mm, ty, N(d, it['price']) if it['price'] is not None else '')
        c.drawRightString(cols[6] - 1.5 * mm, ty, N(d, it['amount'])); c.drawCentredString((cols[6] + cols[7]) / 2, ty, f"{d['tax_rate']}%")
        c.drawRightString(cols[8] - 1.5 * mm, ty, N(d, it['tax'])); ty -= 4.6 * mm
    if d['discount'] and not detail:
        c.drawString(cols[0] + 1.5 * mm, ty, f"*{items[0]['cat']}*{items[0]['desc']}"[:17]); c.drawRightString(cols[6] - 1.5 * mm, ty, '-' + N(d, d['discount']))
        c.drawCentredString((cols[6] + cols[7]) / 2, ty, f"{d['tax_rate']}%"); c.drawRightString(cols[8] - 1.5 * mm, ty, '-' + N(d, q(d['discount'] * d['tax_rate'] / 100, 'CNY'))); ty -= 4.6 * mm
    sumy = bot + 22 * mm
    c.setFillColorRGB(*red); c.setFont(F, 8.5); c.drawCentredString((cols[0] + cols[1]) / 2, sumy, '合        计')
    c.setFillColorRGB(0, 0, 0)
    c.drawRightString(cols[6] - 1.5 * mm, sumy, '¥' + N(d, d['subtotal'] - d['discount'])); c.drawRightString(cols[8] - 1.5 * mm, sumy, '¥' + N(d, d['tax']))
    c.line(x0, sumy - 3 * mm, x1, sumy - 3 * mm)
    ty2 = sumy - 8 * mm
    c.setFillColorRGB(*red); c.drawString(x0 + 2 * mm, ty2, '价税合计（大写）'); c.setFillColorRGB(0, 0, 0)
    c.drawString(x0 + 30 * mm, ty2, 'ⓧ' + rmb_upper(d['total']))
    c.setFillColorRGB(*red); c.drawString(x1 - 62 * mm, ty2, '（小写）'); c.setFillColorRGB(0, 0, 0); c.setFont(F, 9.5)
    c.drawString(x1 - 48 * mm, ty2, '¥' + N(d, d['total']))
    c.line(x0, ty2 - 4 * mm, x1, ty2 - 4 * mm)
    c.setFont(F, 8); c.setFillColorRGB(*red)
    if style == 'sd':
        c.drawString(x0 + 2 * mm, bot + 3 * mm, '备注'); c.setFillColorRGB(0, 0, 0); c.drawString(x0 + 12 * mm, bot + 3 * mm, d.get('remark', ''))
        c.setFillColorRGB(*red); c.drawString(x0 + 4 * mm, bot - 6 * mm, '开票人：'); c.setFillColorRGB(0, 0, 0); c.drawString(x0 + 17 * mm, bot - 6 * mm, d['drawer'])
    else:
        c.drawString(x0 + 2 * mm, bot + 3 * mm, '销售方：'); c.setFillColorRGB(0, 0, 0)
        c.drawString(x0 + 15 * mm, bot + 3 * mm, f"{sup_name(d)}  {d['supplier']['tax']}  {bank_line(d)[:30]}")
        c.setFillColorRGB(*red)
        for i, (k, v) in enumerate([('收款人：', d['payee']), ('复核：', d['checker']), ('开票人：', d['drawer']), ('销售方：（章）', '')]):
            c.setFillColorRGB(*red); c.drawString(x0 + 4 * mm + i * 55 * mm, bot - 6 * mm, k); c.setFillColorRGB(0, 0, 0); c.drawString(x0 + 17 * mm + i * 55 * mm, bot - 6 * mm, v)
    seal_company(x1 - 38 * mm, bot + 2 * mm)
    c.showPage()
    if detail:
        c.setFont(F, 13); c.drawCentredString(W / 2, H - 12 * mm, '销售货物或者提供应税劳务、服务清单')
        c.setFont(F, 8); c.drawString(x0, H - 20 * mm, f"购买方名称：{d['buyer']['name']}"); c.drawString(x0, H - 25 * mm, f"销售方名称：{sup_name(d)}")
        c.drawString(x1 - 70 * mm, H - 20 * mm, f"所属发票号码：{d['fp_no']}"); c.drawString(x1 - 70 * mm, H - 25 * mm, '共 1 页  第 1 页')
        ty = H - 33 * mm; c.setFont(F, 7.5)
        hd = ['序号'] + heads
        cx = [x0, x0 + 10 * mm] + [v + 10 * mm for v in cols[1:-1]] + [x1]
        for i, h in enumerate(hd): c.drawCentredString((cx[i] + cx[i + 1]) / 2, ty, h)
        c.line(x0, ty - 2 * mm, x1, ty - 2 * mm); ty -= 6 * mm
        for n, it in enumerate(items, 1):
            c.drawCentredString((cx[0] + cx[1]) / 2, ty, str(n)); c.drawString(cx[1] + 1 * mm, ty, f"*{it['cat']}*{it['desc']}"[:16])
            c.drawString(cx[2] + 1 * mm, ty, it['sku']); c.drawCentredString((cx[3] + cx[4]) / 2, ty, it['unit'])
            c.drawRightString(cx[5] - 1 * mm, ty, str(it['qty'])); c.drawRightString(cx[6] - 1 * mm, ty, N(d, it['price']))
            c.drawRightString(cx[7] - 1 * mm, ty, N(d, it['amount'])); c.drawCentredString((cx[7] + cx[8]) / 2, ty, f"{d['tax_rate']}%")
            c.drawRightString(cx[9] - 1 * mm, ty, N(d, it['tax'])); ty -= 4.5 * mm
        if d['discount']:
            c.drawString(cx[1] + 1 * mm, ty, '折扣'); c.drawRightString(cx[7] - 1 * mm, ty, '-' + N(d, d['discount'])); ty -= 4.5 * mm
        c.line(x0, ty + 2 * mm, x1, ty + 2 * mm)
        c.drawString(cx[1] + 1 * mm, ty - 2 * mm, '小计'); c.drawRightString(cx[7] - 1 * mm, ty - 2 * mm, N(d, d['subtotal'] - d['discount'])); c.drawRightString(cx[9] - 1 * mm, ty - 2 * mm, N(d, d['tax']))
        c.drawString(x0, 12 * mm, f"销售方（章）：{sup_name(d)}        填开日期：{dstr(d)}")
        seal_company(x1 - 40 * mm, 22 * mm)
        c.showPage()
    c.save()


def fapiao_prep(d, style):
    d['fapiao'] = True
    d['fp_kind'] = R.choice(['普通发票', '普通发票', '增值税专用发票'])
    d['doc_type'] = 'tax_invoice'
    d['tax_rate'] = R.choice([13, 13, 13, 1, 3]) if d['supplier'] is not CN_SUP[9] else 13
    if 'Logistics' in d['supplier'].get('en', ''): d['tax_rate'] = 6
    d['discount_pct'] = R.choice([0, 0, 0, 2]); d['shipping'] = D(0)
    d['cur'] = 'CNY'; d['sym'] = '¥'; d['nf'] = 'plain'; d['dstyle'] = 'zh'; d['cpat'] = '{s}{n}'
    d['fp_no'] = f"{d['date'].year % 100}{R.choice(['44', '33', '35'])}{rdig(16)}" if style == 'sd' else rdig(8)
    d['fp_code'] = '0' + R.choice(['44', '33', '35']) + rdig(9); d['fp_machine'] = '6612' + rdig(8)
    d['fp_check'] = ' '.join(rdig(5) for _ in range(4))
    prov = {'44': ('广东省税务局',), '33': ('浙江省税务局',), '35': ('福建省税务局',)}
    p = '33' if '浙江' in d['supplier'].get('zaddr', '') else '35' if '福建' in d['supplier'].get('zaddr', '') else '44'
    d['bureau2'] = prov[p][0]
    if style == 'sd': d['fp_no'] = f"{d['date'].year % 100}{p}{rdig(16)}"
    d['drawer'] = R.choice(['王丽', '陈晓敏', '李娜', '刘芳', '黄婷', '周静'])
    d['payee'] = R.choice(['陈红', '林丹', '吴倩']); d['checker'] = R.choice(['赵敏', '何燕', '郑琳'])
    d['remark'] = R.choice(['', '', f"订单号：{rdig(18)}", '合同号：QW-' + rdig(6)])
    d['number'] = d['fp_no']
    for it in d['items']:
        if it['unit'] == 'pcs': it['unit'] = '个'
    compute(d)


# ---------------------------------------------------------- fpdf2: export commercial / proforma invoice
def fp_ci(d, path, variant=0):
    from fpdf import FPDF
    lang = d['lang']
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 18); pdf.set_margins(14, 12, 14)
    if lang in LATIN1_LANGS:
        fr, fb = 'helvetica', 'helvetica'; bst = 'B'
    else:
        pdf.add_font('dj', '', F_SANS); pdf.add_font('dj', 'B', F_SANSB); fr = fb = 'dj'; bst = 'B'
    pdf.set_creator('FPDF2'); pdf.set_title(f"{title(d)} {d['number']}")
    total_pages_alias = '{nb}'
    pdf.alias_nb_pages()
    pdf.add_page()
    s = d['supplier']
    pdf.set_font(fb, bst, 15); pdf.cell(0, 7, sup_name(d).upper() if variant == 0 else sup_name(d), align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fr, '', 8.5)
    for a in sup_addr(d): pdf.cell(0, 4.5, a, align='C', new_x='LMARGIN', new_y='NEXT')
    cc, tld = {'pl': ('+48-56', 'pl'), 'de': ('+49-203', 'de')}.get(lang, ('+852' if 'Hong Kong' in s.get('eaddr', '') else '+86-' + R.choice(['579', '20', '755', '574']), 'hk' if 'Hong Kong' in s.get('eaddr', '') else 'cn'))
    pdf.cell(0, 4.5, f"Tel: {cc}-{rdig(8)}   E-mail: sales{R.randint(1, 9)}@{re.sub('[^a-z]', '', s.get('en', s.get('name', 'x')).split()[1].lower())}-trade.{tld}", align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2); pdf.set_line_width(0.6); pdf.line(14, pdf.get_y(), 196, pdf.get_y()); pdf.ln(3)
    pdf.set_font(fb, bst, 16); pdf.cell(0, 9, title(d), align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    pdf.set_font(fr, '', 9)
    y = pdf.get_y()
    left = [('To:', d['buyer']['name'])] + [('', a) for a in d['buyer']['addr']]
    if d['buyer'].get('tax'): left.append(('', d['buyer']['tax']))
    right = [(L(d, 'no') + ':', d['number']), (L(d, 'date') + ':', dstr(d))]
    if d.get('commercial') or d['doc_type'] == 'proforma':
        right += [('Terms:', d.get('incoterm', 'FOB Ningbo')), ('Payment:', d.get('payterm', 'T/T'))]
        if d.get('route'): right.append(('Shipment:', d['route']))
    for k, v in left:
        pdf.set_x(14); pdf.set_font(fb, bst, 9); pdf.cell(12, 5, k); pdf.set_font(fr, '', 9)
        pdf.multi_cell(95, 5, v, new_x='LMARGIN', new_y='NEXT')
    ly = pdf.get_y(); pdf.set_y(y)
    for k, v in right:
        pdf.set_x(122); pdf.set_font(fb, bst, 9); pdf.cell(26, 5, k); pdf.set_font(fr, '', 9); pdf.cell(48, 5, v, new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(ly, pdf.get_y()) + 4)
    hs = d.get('commercial', False)
    wcols = [24, 66 if hs else 86, 20 if hs else 0, 20, 26, 26]
    heads = ['Marks & Nos.', L(d, 'desc'), 'HS Code', L(d, 'qty'), f"{L(d, 'price')} ({d['cur']})", f"{L(d, 'amount')} ({d['cur']})"]
    pdf.set_fill_color(225, 225, 225); pdf.set_font(fb, bst, 8)
    def header():
        for w, h in zip(wcols, heads):
            if w: pdf.cell(w, 7, h, border=1, align='C', fill=True)
        pdf.ln()
    header(); pdf.set_font(fr, '', 8)
    for i, it in enumerate(d['items']):
        if pdf.get_y() > 262: pdf.add_page(); pdf.set_font(fb, bst, 8); header(); pdf.set_font(fr, '', 8)
        vals = ['N/M' if i else d.get('marks', 'QW'), it['desc'], d.get('hs', {}).get(it['key'], '3926909090'), f"{it['qty']} {it['unit']}", N(d, it['price']), N(d, it['amount'])]
        al = ['C', 'L', 'C', 'R', 'R', 'R']
        for w, v, a in zip(wcols, vals, al):
            if w:
                vv = v
                while pdf.get_string_width(vv) > w - 2 and len(vv) > 3: vv = vv[:-1]
                pdf.cell(w, 6.5, vv, border=1, align=a)
        pdf.ln()
    pdf.set_font(fr, '', 8.5)
    tot_w = sum(wcols[:-1])
    for k, v in totals_rows(d)[:-1] if (d['discount'] or d['shipping'] or d['tax_rate']) else []:
        pdf.cell(tot_w, 6, k, border=1, align='R'); pdf.cell(wcols[-1], 6, v.replace(d['sym'], '').replace(d['cur'], '').strip(), border=1, align='R'); pdf.ln()
    pdf.set_font(fb, bst, 9.5)
    tq = sum(it['qty'] for it in d['items'])
    pdf.cell(sum(wcols[:3]), 7, 'TOTAL:' if lang == 'en' else L(d, 'total') + ':', border=1, align='R'); pdf.cell(wcols[3], 7, str(tq), border=1, align='R')
    pdf.cell(wcols[4], 7, d['cur'], border=1, align='C'); pdf.cell(wcols[5], 7, N(d, d['total']), border=1, align='R'); pdf.ln(9)
    pdf.set_font(fr, '', 8.5)
    if d['cur'] == 'USD':
        pdf.multi_cell(0, 5, say_usd(d['total']), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    if d.get('commercial') or d['doc_type'] == 'proforma':
        pdf.set_font(fb, bst, 9); pdf.cell(0, 5, 'BENEFICIARY BANK INFORMATION' if lang == 'en' else L(d, 'bank'), new_x='LMARGIN', new_y='NEXT'); pdf.set_font(fr, '', 8.5)
        for k, v in [('Beneficiary:', s.get('en', sup_name(d))), ('Bank:', R.choice(['Agricultural Bank of China, Yiwu Branch', 'China Merchants Bank, Guangzhou Branch', 'Bank of China, Ningbo Branch', 'HSBC Hong Kong'])),
                     ('A/C No.:', rdig(4) + ' ' + rdig(4) + ' ' + rdig(4) + ' ' + rdig(4)), ('SWIFT:', R.choice(['ABOC', 'CMBC', 'BKCH', 'HSBC']) + R.choice(['CN', 'HK']) + R.choice(['BJ', 'HH']) + 'XXX')]:
            pdf.cell(25, 4.8, k); pdf.cell(0, 4.8, v, new_x='LMARGIN', new_y='NEXT')
        if d['doc_type'] == 'proforma':
            pdf.ln(2); pdf.multi_cell(0, 4.8, f"Validity: 15 days. Delivery: {R.choice([15, 20, 25, 30])} days after deposit received. Packing: standard export carton.", new_x='LMARGIN', new_y='NEXT')
    else:
        pdf.cell(0, 5, f"{L(d, 'terms')}: {L(d, 'termstext')}", new_x='LMARGIN', new_y='NEXT'); pdf.cell(0, 5, f"{L(d, 'bank')}: {bank_line(d)}", new_x='LMARGIN', new_y='NEXT')
    pdf.ln(8); pdf.set_x(120); pdf.cell(0, 5, f"For and on behalf of" if lang == 'en' else '', new_x='LMARGIN', new_y='NEXT')
    pdf.set_x(120); pdf.set_font(fb, bst, 9); pdf.cell(0, 5, s.get('en', sup_name(d)) if lang == 'en' else sup_name(d), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(10); pdf.set_x(120); pdf.set_font(fr, '', 8); pdf.cell(60, 5, 'Authorized Signature' if lang == 'en' else '', border='T')
    pdf.set_y(-15)
    pdf.output(path)


# ---------------------------------------------------------- HTML templates (WeasyPrint / Chromium)
CSS_FONT = "'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif"


def esc(s): return html.escape(str(s))


def html_rows(d, n=True):
    out = []
    for i, it in enumerate(d['items'], 1):
        out.append(f"<tr><td class=c>{i}</td><td>{esc(it['desc'])}<div class=sku>{esc(it['sku'])}</div></td><td class=r>{it['qty']}</td><td class=c>{esc(it['unit'])}</td>"
                   f"<td class=r>{esc(N(d, it['price']))}</td><td class=r>{esc(N(d, it['amount']))}</td></tr>")
    return '\n'.join(out)


def html_totals(d):
    rows = totals_rows(d)
    return '\n'.join(f"<tr class='{'grand' if i == len(rows) - 1 else ''}'><td>{esc(k)}</td><td class=r>{esc(v)}</td></tr>" for i, (k, v) in enumerate(rows))


def html_invoice(d, style):
    lang = d['lang']; s = d['supplier']; b = d['buyer']
    fam = "'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif" if lang in CJK_LANGS else CSS_FONT
    acc = R.choice(['#1f6feb', '#0e7a5f', '#7a2e8e', '#c2410c', '#334155', '#0f766e'])
    head = f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{esc(title(d))} {esc(d['number'])}</title><style>"
    base_css = f"""@page {{ size: A4; margin: 16mm 15mm 18mm 15mm; @bottom-center {{ content: "{esc(L(d, 'page'))} " counter(page) " / " counter(pages); font-size: 8pt; color:#777 }} }}
      body {{ font-family: {fam}; font-size: 9.5pt; color: #222; margin:0 }} table {{ border-collapse: collapse; width:100% }}
      .r {{ text-align:right; white-space:nowrap }} .c {{ text-align:center }} .sku {{ color:#888; font-size:7.5pt }} .muted {{ color:#666 }}
      thead {{ display: table-header-group }} tr {{ page-break-inside: avoid }}"""
    if style == 'saas':
        css = base_css + f"""
      .top {{ display:flex; justify-content:space-between; align-items:flex-start; border-bottom: 3px solid {acc}; padding-bottom:10px }}
      .logo {{ width:44px; height:44px; border-radius:10px; background:{acc}; color:#fff; font-size:22pt; text-align:center; line-height:44px; font-weight:bold; display:inline-block; vertical-align:middle }}
      .co {{ display:inline-block; vertical-align:middle; margin-left:10px }} .co b {{ font-size:13pt }}
      h1 {{ color:{acc}; font-size:24pt; margin:0; letter-spacing:1px; text-align:right }}
      .meta td {{ padding:2px 0 2px 16px }} .parties {{ display:flex; gap:30px; margin:18px 0 }} .parties div {{ flex:1 }}
      .lbl {{ text-transform:uppercase; font-size:7.5pt; color:{acc}; letter-spacing:1px; font-weight:bold }}
      .items th {{ background:{acc}; color:#fff; padding:6px; font-size:8.5pt; text-align:left }} .items th.r {{ text-align:right }}
      .items td {{ padding:6px; border-bottom:1px solid #e5e7eb }} .items tr:nth-child(even) td {{ background:#f8fafc }}
      .tot {{ width:45%; margin-left:auto; margin-top:10px }} .tot td {{ padding:4px 6px }} .tot .grand td {{ font-weight:bold; font-size:12pt; border-top:2px solid {acc}; color:{acc} }}
      .foot {{ margin-top:28px; font-size:8pt; color:#555; border-top:1px solid #ddd; padding-top:8px }}"""
        body = f"""<div class=top><div><span class=logo>{esc(sup_name(d)[:1])}</span><span class=co><b>{esc(sup_name(d))}</b><br>{'<br>'.join(esc(a) for a in sup_addr(d))}</span></div>
        <div><h1>{esc(title(d))}</h1><table class=meta><tr><td class=muted>{esc(L(d, 'no'))}</td><td class=r><b>{esc(d['number'])}</b></td></tr>
        <tr><td class=muted>{esc(L(d, 'date'))}</td><td class=r>{esc(dstr(d))}</td></tr><tr><td class=muted>{esc(L(d, 'due'))}</td><td class=r>{esc(dstr(d, d['due']))}</td></tr></table></div></div>
        <div class=parties><div><div class=lbl>{esc(L(d, 'buyer'))}</div><b>{esc(b['name'])}</b><br>{'<br>'.join(esc(a) for a in b['addr'])}<br>{esc(b.get('tax', ''))}</div>
        <div><div class=lbl>{esc(L(d, 'seller'))}</div>{esc(sup_name(d))}<br>{esc(L(d, 'taxid'))}: {esc(s.get('tax', ''))}</div></div>
        <table class=items><thead><tr><th>#</th><th>{esc(L(d, 'desc'))}</th><th class=r>{esc(L(d, 'qty'))}</th><th>{esc(L(d, 'unit'))}</th><th class=r>{esc(L(d, 'price'))}</th><th class=r>{esc(L(d, 'amount'))}</th></tr></thead>
        <tbody>{html_rows(d)}</tbody></table><table class=tot>{html_totals(d)}</table>
        <div class=foot><b>{esc(L(d, 'terms'))}:</b> {esc(L(d, 'termstext'))}<br><b>{esc(L(d, 'bank'))}:</b> {esc(bank_line(d))}<br><br>{esc(L(d, 'thanks'))}</div>"""
    elif style == 'din':
        css = base_css + f"""
      .sender {{ font-size:7pt; text-decoration:underline; color:#444; margin-top:30mm }} .addr {{ height:32mm; font-size:10pt; margin-top:2mm }}
      .brand {{ position:absolute; top:0; right:0; text-align:right; font-size:8.5pt }} .brand b {{ font-size:15pt; color:{acc} }}
      .info {{ position:absolute; top:42mm; right:0; width:70mm; font-size:8.5pt }} .info td {{ padding:1px 0 }}
      h1 {{ font-size:15pt; margin: 6mm 0 4mm 0 }} .items th {{ border-bottom:1.5px solid #000; padding:4px; font-size:8.5pt; text-align:left }} .items th.r {{ text-align:right }}
      .items td {{ padding:4px; border-bottom:0.5px solid #bbb; vertical-align:top }}
      .tot {{ width:52%; margin-left:auto; margin-top:6px }} .tot td {{ padding:3px 4px }} .tot .grand td {{ font-weight:bold; border-top:1.5px solid #000; border-bottom:3px double #000 }}
      .foot {{ position:fixed; bottom:-12mm; left:0; right:0; font-size:6.8pt; color:#555; border-top:0.5px solid #999; padding-top:2px; display:flex; justify-content:space-between }}"""
        body = f"""<div class=brand><b>{esc(sup_name(d))}</b><br>{'<br>'.join(esc(a) for a in sup_addr(d))}<br>Tel. +49 {rdig(3)} {rdig(6)}</div>
        <div class=sender>{esc(sup_name(d))} · {esc(' · '.join(sup_addr(d)[:2]))}</div>
        <div class=addr>{esc(b['name'])}<br>{'<br>'.join(esc(x) for a in b['addr'] for x in a.split(', ', 1))}</div>
        <table class=info><tr><td>{esc(L(d, 'no'))}</td><td class=r>{esc(d['number'])}</td></tr><tr><td>{esc(L(d, 'date'))}</td><td class=r>{esc(dstr(d))}</td></tr>
        <tr><td>Kundennr.</td><td class=r>{rdig(5)}</td></tr><tr><td>{esc(L(d, 'taxid'))} Kunde</td><td class=r>{esc(b.get('tax', ''))}</td></tr></table>
        <h1>{esc(title(d))} {esc(d['number'])}</h1><p>Sehr geehrte Damen und Herren,<br>wir berechnen Ihnen folgende Lieferungen/Leistungen:</p>
        <table class=items><thead><tr><th>Pos.</th><th>{esc(L(d, 'desc'))}</th><th class=r>{esc(L(d, 'qty'))}</th><th>{esc(L(d, 'unit'))}</th><th class=r>{esc(L(d, 'price'))}</th><th class=r>{esc(L(d, 'amount'))}</th></tr></thead>
        <tbody>{html_rows(d)}</tbody></table><table class=tot>{html_totals(d)}</table>
        <p>{esc(L(d, 'termstext'))} bis zum {esc(dstr(d, d['due']))}.<br>Leistungsdatum entspricht Rechnungsdatum.</p><p>{esc(L(d, 'thanks'))}</p>
        <div class=foot><span>{esc(sup_name(d))}<br>Geschäftsführer: {R.choice(['M. Kessler', 'A. Brandt', 'S. Hoffmann', 'J. Weber'])}</span><span>Amtsgericht {R.choice(['Duisburg HRB ', 'Memmingen HRA ', 'Leipzig HRA '])}{rdig(5)}<br>{esc(L(d, 'taxid'))} {esc(s.get('tax', ''))}</span><span>{esc(bank_line(d))}</span></div>"""
    elif style == 'ja':
        css = base_css + f"""
      h1 {{ text-align:center; font-size:22pt; letter-spacing:12px; margin:0 0 6mm 0; border-bottom:2px solid #333; padding-bottom:3mm }}
      .row {{ display:flex; justify-content:space-between }} .to {{ font-size:13pt; border-bottom:1px solid #333; padding-bottom:2px; width:95mm }}
      .iss {{ text-align:right; font-size:9pt; position:relative }} .hanko {{ position:absolute; right:-2mm; top:6mm; width:16mm; height:16mm; border:2px solid #d22; color:#d22; border-radius:3px; font-size:7pt; line-height:8mm; text-align:center; opacity:.8 }}
      .amt {{ margin:8mm 0 6mm 0; width:110mm; border:2px solid #333; font-size:14pt }} .amt td {{ padding:6px 10px }} .amt .lab {{ background:#eee; width:38mm }}
      .items th {{ background:#e8e8e8; border:1px solid #666; padding:4px; font-size:8.5pt }} .items td {{ border:1px solid #666; padding:4px }}
      .tot {{ width:70mm; margin-left:auto; margin-top:-1px }} .tot td {{ border:1px solid #666; padding:4px }} .tot .grand td {{ font-weight:bold; background:#f3f3f3 }}
      .bank {{ margin-top:8mm; border:1px solid #666; padding:3mm; font-size:8.5pt }}"""
        body = f"""<div class='r'>{esc(L(d, 'no'))}: {esc(d['number'])}<br>{esc(L(d, 'date'))}: {esc(dstr(d))}</div><h1>{esc(title(d))}</h1>
        <div class=row><div><div class=to>{esc(b['name'])}</div><p>{esc(L(d, 'thanks'))}</p></div>
        <div class=iss><b>{esc(sup_name(d))}</b><br>{'<br>'.join(esc(a) for a in sup_addr(d))}<br>TEL 0{rdig(1)}-{rdig(4)}-{rdig(4)}<br>{esc(L(d, 'taxid'))}: {esc(s.get('tax', ''))}<div class=hanko>{esc(sup_name(d).replace('株式会社', '').replace('有限会社', '')[:4])}<br>之印</div></div></div>
        <table class=amt><tr><td class=lab>{esc(L(d, 'total'))}</td><td class=r><b>{esc(money(d, d['total']))}</b>（税込）</td></tr></table>
        <table class=items><thead><tr><th>No.</th><th>{esc(L(d, 'desc'))}</th><th>{esc(L(d, 'qty'))}</th><th>{esc(L(d, 'unit'))}</th><th>{esc(L(d, 'price'))}</th><th>{esc(L(d, 'amount'))}</th></tr></thead>
        <tbody>{html_rows(d)}</tbody></table><table class=tot>{html_totals(d)}</table>
        <div class=bank><b>{esc(L(d, 'bank'))}</b><br>{R.choice(['みずほ銀行', '三井住友銀行', '三菱UFJ銀行', 'りそな銀行'])} {R.choice(['東大阪支店', '横浜駅前支店', '本町支店'])}　普通 {rdig(7)}<br>{esc(L(d, 'due'))}: {esc(dstr(d, d['due']))}　※振込手数料は貴社にてご負担願います。</div>"""
    elif style == 'hk':
        css = base_css + f"""
      .hd {{ text-align:center }} .hd b {{ font-size:15pt }} h1 {{ text-align:center; font-size:14pt; border:1.5px solid #000; width:60mm; margin:4mm auto; padding:2mm }}
      .meta {{ width:100%; margin-bottom:4mm }} .meta td {{ padding:2px }}
      .items th {{ border-top:1.5px solid #000; border-bottom:1px solid #000; padding:4px; font-size:8.5pt }} .items td {{ padding:4px }}
      .tot {{ width:50%; margin-left:auto; border-top:1px solid #000 }} .tot .grand td {{ font-weight:bold; border-top:1px solid #000; border-bottom:3px double #000 }}
      .chop {{ margin-top:12mm; width:60mm; border-top:1px solid #000; text-align:center; font-size:8pt; margin-left:auto }}"""
        body = f"""<div class=hd><b>{esc(s.get('en', sup_name(d)))}</b><br><b>{esc(s.get('zh', ''))}</b><br>{'<br>'.join(esc(a) for a in [s.get('eaddr', '')])}<br>Tel: (852) {rdig(4)} {rdig(4)}   Fax: (852) {rdig(4)} {rdig(4)}</div>
        <h1>{esc(title(d))}{' / ' + esc(T['zh-Hant'][d['doc_type']]) if lang == 'en' else ''}</h1>
        <table class=meta><tr><td width=60%><b>{esc(L(d, 'buyer'))}:</b> {esc(b['name'])}<br>{'<br>'.join(esc(a) for a in b['addr'])}</td>
        <td><b>{esc(L(d, 'no'))}:</b> {esc(d['number'])}<br><b>{esc(L(d, 'date'))}:</b> {esc(dstr(d))}<br><b>{esc(L(d, 'terms'))}:</b> {esc(L(d, 'termstext'))}</td></tr></table>
        <table class=items><thead><tr><th>Item</th><th>{esc(L(d, 'desc'))}</th><th>{esc(L(d, 'qty'))}</th><th>{esc(L(d, 'unit'))}</th><th class=r>{esc(L(d, 'price'))}</th><th class=r>{esc(L(d, 'amount'))}</th></tr></thead>
        <tbody>{html_rows(d)}</tbody></table><table class=tot>{html_totals(d)}</table>
        <p style='font-size:8pt'>E. &amp; O.E.  Goods sold are not returnable.  {esc(bank_line(d))}</p><div class=chop>For and on behalf of<br>{esc(s.get('en', sup_name(d)))}</div>"""
    else:
        raise ValueError(style)
    return head + css + '</style></head><body>' + body + '</body></html>'


def weasy(htmltext, path):
    import weasyprint
    weasyprint.HTML(string=htmltext, base_url=TMP).write_pdf(path)


def chromium_pdf(htmltext, path):
    h = os.path.join(TMP, f'c{abs(hash(path)) % 10 ** 8}.html')
    # chromium does not implement @bottom-center margin boxes the same way; keep page css simple
    open(h, 'w').write(htmltext)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
                    f'--print-to-pdf={path}', 'file://' + h], capture_output=True, timeout=120)
    if not os.path.exists(path): raise RuntimeError('chromium failed ' + path)


def chromium_shot(htmltext, path, w, h, scale=1):
    hp = os.path.join(TMP, f's{abs(hash(path)) % 10 ** 8}.html'); open(hp, 'w').write(htmltext)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', f'--window-size={w},{h}',
                    f'--force-device-scale-factor={scale}', f'--screenshot={path}', 'file://' + hp], capture_output=True, timeout=120)
    if not os.path.exists(path): raise RuntimeError('chromium shot failed ' + path)


# ---------------------------------------------------------- python-docx -> LibreOffice
def docx_doc(d, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    lang = d['lang']
    doc = docx.Document()
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7); sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles['Normal']; st.font.name = R.choice(['Liberation Sans', 'Carlito', 'DejaVu Sans', 'Nimbus Sans']); st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    doc.core_properties.author = R.choice(['Admin', 'user', 'Lisa', 'office', 'Buchhaltung', 'Zhang'])
    p = doc.add_paragraph(); r = p.add_run(sup_name(d)); r.bold = True; r.font.size = Pt(15)
    for a in sup_addr(d): doc.add_paragraph(a).paragraph_format.space_after = Pt(0)
    doc.add_paragraph(f"{L(d, 'taxid')}: {d['supplier'].get('tax', '')}")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(title(d)); r.bold = True; r.font.size = Pt(18)
    t = doc.add_table(rows=1, cols=2); t.autofit = True
    c0, c1 = t.rows[0].cells
    c0.text = ''
    c0.paragraphs[0].add_run(L(d, 'buyer') + ':').bold = True
    c0.add_paragraph(d['buyer']['name'])
    for a in d['buyer']['addr']: c0.add_paragraph(a)
    if d['buyer'].get('tax'): c0.add_paragraph(d['buyer']['tax'])
    c1.text = f"{L(d, 'no')}: {d['number']}"
    c1.add_paragraph(f"{L(d, 'date')}: {dstr(d)}")
    if d['doc_type'] in ('invoice', 'tax_invoice'): c1.add_paragraph(f"{L(d, 'due')}: {dstr(d, d['due'])}")
    doc.add_paragraph()
    heads = ['#', L(d, 'desc'), L(d, 'qty'), L(d, 'unit'), L(d, 'price'), L(d, 'amount')]
    tb = doc.add_table(rows=1, cols=6); tb.style = 'Table Grid'
    for cell, h in zip(tb.rows[0].cells, heads):
        cell.text = ''; rr = cell.paragraphs[0].add_run(h); rr.bold = True
    for i, it in enumerate(d['items'], 1):
        cells = tb.add_row().cells
        for j, v in enumerate([str(i), it['desc'], str(it['qty']), it['unit'], N(d, it['price']), N(d, it['amount'])]):
            cells[j].text = v
            if j in (2, 4, 5): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in tb.rows:
        for j, w in enumerate([0.8, 8.2, 1.6, 1.4, 2.3, 2.7]): row.cells[j].width = Cm(w)
    doc.add_paragraph()
    tt = doc.add_table(rows=0, cols=2); tt.alignment = 2
    rows = totals_rows(d)
    for i, (k, v) in enumerate(rows):
        cells = tt.add_row().cells; cells[0].text = k; cells[1].text = v; cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == len(rows) - 1:
            for cc in cells: cc.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph(f"{L(d, 'terms')}: {L(d, 'termstext')}")
    doc.add_paragraph(f"{L(d, 'bank')}: {bank_line(d)}")
    doc.add_paragraph(L(d, 'thanks'))
    doc.save(path)


# ---------------------------------------------------------- flat ODS spreadsheet -> LibreOffice Calc
def fods_doc(d, path, pricelist=False):
    lang = d['lang']
    colw = ['1.0cm', '7.2cm', '1.8cm', '1.4cm', '2.6cm', '3.0cm']
    rows = []  # each row: list of (text, style, span)
    s = d['supplier']
    rows.append([(sup_name(d), 'title', 6)])
    if lang == 'en' and 'zh' in s: rows.append([(s['zh'], 'c', 6)])
    for a in sup_addr(d): rows.append([(a, 'c', 6)])
    rows.append([(f"TEL: +86 {rdig(3)} {rdig(8)}    WeChat/WhatsApp: +86 1{rdig(10)}", 'c', 6)])
    rows.append([('', None, 6)])
    rows.append([(title(d), 'h1', 6)])
    rows.append([('', None, 6)])
    if not pricelist:
        rows.append([(L(d, 'buyer') + ': ' + d['buyer']['name'], 'b', 3), (L(d, 'no') + ':', 'b', 2), (d['number'], None, 1)])
        rows.append([(d['buyer']['addr'][0][:60], 'small', 3), (L(d, 'date') + ':', 'b', 2), (dstr(d), None, 1)])
        rows.append([('', None, 6)])
        rows.append([(h, 'th', 1) for h in ['No.', L(d, 'desc'), L(d, 'qty'), L(d, 'unit'), L(d, 'price'), L(d, 'amount')]])
        for i, it in enumerate(d['items'], 1):
            rows.append([(str(i), 'tdc', 1), (it['desc'], 'td', 1), (str(it['qty']), 'tdr', 1), (it['unit'], 'tdc', 1), (N(d, it['price']), 'tdr', 1), (N(d, it['amount']), 'tdr', 1)])
        for i, (k, v) in enumerate(totals_rows(d)):
            last = i == len(totals_rows(d)) - 1
            rows.append([('', None, 3), (k, 'tb' if last else 'td', 2), (v, 'tbr' if last else 'tdr', 1)])
        rows.append([('', None, 6)])
        if d['cur'] == 'USD': rows.append([(say_usd(d['total']), 'small', 6)])
        rows.append([(f"{L(d, 'bank')}: {bank_line(d)}", 'small', 6)])
        rows.append([(f"{L(d, 'terms')}: {d.get('payterm', L(d, 'termstext'))}", 'small', 6)])
    else:
        rows.append([(f"Valid from {dstr(d)} · prices in {d['cur']} · {d.get('incoterm', 'EXW Yiwu')} · MOQ per item as shown", 'small', 6)])
        rows.append([(h, 'th', 1) for h in ['No.', 'Item', 'MOQ', 'Unit', 'Price', 'Price ≥5000']])
        for i, it in enumerate(d['items'], 1):
            rows.append([(str(i), 'tdc', 1), (it['desc'], 'td', 1), (str(it['qty']), 'tdr', 1), (it['unit'], 'tdc', 1), (N(d, it['price']), 'tdr', 1), (N(d, q(it['price'] * D('0.93'), d['cur'])), 'tdr', 1)])
    def cell(t, st, span):
        a = f' table:style-name="{st}"' if st else ''
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
        x = f'<table:table-cell{a}{sp} office:value-type="string"><text:p>{esc(t)}</text:p></table:table-cell>'
        return x + '<table:covered-table-cell/>' * (span - 1)
    body = ''.join('<table:table-row>' + ''.join(cell(*c) for c in r) + '</table:table-row>' for r in rows)
    cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(6))
    fnt = R.choice(['Liberation Sans', 'DejaVu Sans', 'Carlito']) if lang not in CJK_LANGS else 'WenQuanYi Micro Hei'
    bd = 'fo:border="0.5pt solid #000000"'
    styles = {'title': f'<style:table-cell-properties/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>',
              'c': '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/>',
              'h1': '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>',
              'b': '<style:text-properties fo:font-weight="bold"/>', 'small': '<style:text-properties fo:font-size="8pt"/>',
              'th': f'<style:table-cell-properties {bd} fo:background-color="#d9e1f2"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="9pt"/>',
              'td': f'<style:table-cell-properties {bd}/><style:text-properties fo:font-size="9pt"/>',
              'tdc': f'<style:table-cell-properties {bd}/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/>',
              'tdr': f'<style:table-cell-properties {bd}/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/>',
              'tb': f'<style:table-cell-properties {bd} fo:background-color="#fff2cc"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/>',
              'tbr': f'<style:table-cell-properties {bd} fo:background-color="#fff2cc"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/>'}
    st_xml = ''.join(f'<style:style style:name="{k}" style:family="table-cell">{v}</style:style>' for k, v in styles.items())
    st_xml += ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(colw))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="{fnt}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9.5pt"/></style:style></office:styles>
<office:automatic-styles>{st_xml}
<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:print="objects charts drawings" style:scale-to="100%"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pl"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{'Invoice' if not pricelist else 'Price list'}">{cols}{body}</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w').write(xml)


def soffice_convert(paths, outdir):
    prof = 'file://' + os.path.join(TMP, 'lo_profile')
    for i in range(0, len(paths), 12):
        subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 12],
                       capture_output=True, timeout=600)


# ---------------------------------------------------------- B2B portal pages (screenshots)
def portal_html(d, kind, mobile=False):
    lang = d['lang']; zh = lang == 'zh'
    site = d.get('site', '采源批发网 CaiYuan B2B' if zh else 'TradeNest Wholesale')
    acc = '#ff6a00' if zh else '#2563eb'
    items = ''.join(f"<div class=it><div class=thumb style='background:hsl({R.randint(0, 360)},50%,75%)'></div><div class=nm>{esc(it['desc'])}<div class=sk>{esc(it['sku'])}</div></div>"
                    f"<div class=pr>{esc(money(d, it['price']))}</div><div class=qt>x{it['qty']}</div><div class=am>{esc(money(d, it['amount']))}</div></div>" for it in d['items'])
    lab = (lambda a, b: a if zh else b)
    status = lab('交易成功', 'Completed') if kind == 'invoice' else lab('卖家已发货', 'Shipped')
    hdr = lab('发票详情', 'Invoice details') if kind == 'invoice' else lab('订单详情', 'Order details')
    tot_rows = ''.join(f"<div class=tr><span>{esc(k)}</span><span>{esc(v)}</span></div>" for k, v in totals_rows(d))
    w = '100%' if mobile else '1100px'
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
    body {{ margin:0; background:#f2f3f5; font-family:'WenQuanYi Micro Hei','DejaVu Sans',sans-serif; font-size:{15 if mobile else 13}px; color:#333 }}
    .nav {{ background:{acc}; color:#fff; padding:{'14px' if mobile else '10px 40px'}; font-size:{17 if mobile else 18}px; font-weight:bold }} .nav span {{ float:right; font-weight:normal; font-size:12px; margin-top:4px }}
    .wrap {{ width:{w}; margin:{'0' if mobile else '16px auto'}; }} .card {{ background:#fff; border-radius:8px; padding:16px 20px; margin:{'8px' if mobile else '0 0 12px 0'} }}
    .st {{ color:{acc}; font-size:18px; font-weight:bold }} .kv {{ display:flex; flex-wrap:wrap }} .kv div {{ width:{'100%' if mobile else '50%'}; padding:3px 0 }} .k {{ color:#888 }}
    .it {{ display:flex; align-items:center; border-bottom:1px solid #eee; padding:8px 0 }} .thumb {{ width:48px; height:48px; border-radius:4px; margin-right:12px }}
    .nm {{ flex:1 }} .sk {{ color:#999; font-size:11px }} .pr,.qt,.am {{ width:{'70px' if mobile else '120px'}; text-align:right }} .am {{ font-weight:bold }}
    .tr {{ display:flex; justify-content:space-between; padding:3px 0 }} .tr:last-child {{ font-size:18px; color:{acc}; font-weight:bold }}
    .btn {{ display:inline-block; border:1px solid {acc}; color:{acc}; padding:5px 14px; border-radius:14px; margin-right:8px }}
    </style></head><body><div class=nav>{esc(site)}<span>{lab('我的采购 | 消息 | 帮助', 'My orders | Messages | Help')}</span></div><div class=wrap>
    <div class=card><div class=st>{esc(status)}</div><div>{esc(hdr)}</div></div>
    <div class=card><div class=kv><div><span class=k>{lab('订单号', 'Order No.')}：</span>{esc(d['order_no'])}</div><div><span class=k>{lab('发票号码' if kind == 'invoice' else '下单时间', 'Invoice No.' if kind == 'invoice' else 'Order date')}：</span>{esc(d['number'] if kind == 'invoice' else dstr(d))}</div>
    <div><span class=k>{lab('开票日期' if kind == 'invoice' else '付款时间', 'Invoice date' if kind == 'invoice' else 'Paid on')}：</span>{esc(dstr(d))}</div><div><span class=k>{lab('卖家', 'Supplier')}：</span>{esc(sup_name(d))}</div>
    <div><span class=k>{lab('买家', 'Buyer')}：</span>{esc(d['buyer']['name'])}</div><div><span class=k>{lab('收货地址', 'Ship to')}：</span>{esc(d['buyer']['addr'][0][:40])}</div></div></div>
    <div class=card>{items}</div><div class=card>{tot_rows}</div>
    <div class=card><span class=btn>{lab('下载发票', 'Download PDF')}</span><span class=btn>{lab('申请售后', 'Request refund')}</span><span class=btn>{lab('联系卖家', 'Contact supplier')}</span></div>
    </div></body></html>"""


# ---------------------------------------------------------- non-invoice documents (ReportLab)
def rl_nondoc(d, path):
    lang = d['lang']; fr, fb = rl_fonts(lang)
    W, H = A4; c = rlcanvas.Canvas(path, pagesize=A4); x0, x1 = 18 * mm, W - 18 * mm
    t = d['doc_type']
    iss_name, iss_addr = (d['buyer']['name'], d['buyer']['addr']) if t == 'purchase_order' else (sup_name(d), sup_addr(d))
    c.setFont(fb, 14); c.drawString(x0, H - 20 * mm, iss_name); c.setFont(fr, 8.5); yy = H - 26 * mm
    for a in iss_addr: c.drawString(x0, yy, a[:95]); yy -= 11
    if t == 'other' and d.get('letter'):
        y = yy - 15 * mm; c.setFont(fr, 10)
        c.drawString(x0, y, d['buyer']['name']); y -= 13
        for a in d['buyer']['addr']: c.drawString(x0, y, a); y -= 13
        y -= 10; c.drawRightString(x1, y, dstr(d)); y -= 25
        c.setFont(fb, 11); c.drawString(x0, y, d['letter_subject']); y -= 22; c.setFont(fr, 10)
        for para in d['letter_body']:
            for ln in (cjk_wrap(para, 40) if lang in CJK_LANGS else wrap(para, 92)): c.drawString(x0, y, ln); y -= 14
            y -= 8
        c.drawString(x0, y - 10, d.get('sign', 'Best regards,')); c.drawString(x0, y - 40, d.get('signer', 'Sales Dept.'))
        c.save(); return
    c.setFont(fb, 18); c.drawRightString(x1, H - 20 * mm, title(d))
    c.setFont(fr, 9); c.drawRightString(x1, H - 27 * mm, f"No. {d['number']}"); c.drawRightString(x1, H - 32 * mm, f"{L(d, 'date')}: {dstr(d)}")
    y = yy - 10 * mm
    lbl = {'packing_list': 'Consignee', 'delivery_note': 'Ship to', 'purchase_order': 'Vendor', 'quotation': 'To'}.get(t, 'To')
    if lang == 'zh': lbl = {'packing_list': '收货人', 'delivery_note': '收货单位', 'purchase_order': '供应商', 'quotation': '客户'}.get(t, '致')
    if lang == 'de': lbl = {'delivery_note': 'Lieferanschrift', 'purchase_order': 'Lieferant'}.get(t, 'An')
    party = d['buyer'] if t != 'purchase_order' else dict(name=sup_name(d), addr=sup_addr(d))
    if t == 'purchase_order':  # issuer is us: swap header
        pass
    c.setFont(fb, 9); c.drawString(x0, y, lbl + ':'); c.setFont(fr, 9.5); c.drawString(x0 + 30 * mm, y, party['name']); y -= 12
    for a in party['addr']: c.drawString(x0 + 30 * mm, y, a[:80]); y -= 12
    y -= 8 * mm
    priced = t in ('purchase_order', 'quotation')
    if t == 'packing_list':
        heads = ['CTN No.', 'Description', 'Qty', 'CTNs', 'N.W. (kg)', 'G.W. (kg)', 'Meas. (cm)'] if lang != 'zh' else ['箱号', '品名', '数量', '箱数', '净重(kg)', '毛重(kg)', '尺寸(cm)']
        xs = [x0, x0 + 20 * mm, x0 + 85 * mm, x0 + 100 * mm, x0 + 115 * mm, x0 + 135 * mm, x0 + 155 * mm]
    elif priced:
        heads = ['#', L(d, 'desc'), L(d, 'qty'), L(d, 'unit'), L(d, 'price'), L(d, 'amount')]; xs = [x0, x0 + 8 * mm, x0 + 100 * mm, x0 + 115 * mm, x0 + 130 * mm, x0 + 155 * mm]
    else:
        heads = ['#', L(d, 'desc'), 'SKU', L(d, 'qty'), L(d, 'unit')]; xs = [x0, x0 + 8 * mm, x0 + 110 * mm, x0 + 135 * mm, x0 + 155 * mm]
    c.setFont(fb, 8.5)
    for xx, h in zip(xs, heads): c.drawString(xx, y, h)
    c.line(x0, y - 4, x1, y - 4); y -= 16; c.setFont(fr, 8.5); ctn = 1
    tnw = tgw = 0; tct = 0
    for i, it in enumerate(d['items'], 1):
        if t == 'packing_list':
            per = R.choice([20, 25, 40, 50, 100]); n = max(1, it['qty'] // per); nw = round(n * R.uniform(5, 14), 1); gw = round(nw + n * 0.8, 1)
            tnw += nw; tgw += gw; tct += n
            vals = [f'{ctn}-{ctn + n - 1}', it['desc'][:38], str(it['qty']), str(n), f'{nw:.1f}', f'{gw:.1f}', '52x38x40']; ctn += n
        elif priced:
            vals = [str(i), it['desc'][:52], str(it['qty']), it['unit'], N(d, it['price']), N(d, it['amount'])]
        else:
            vals = [str(i), it['desc'][:58], it['sku'], str(it['qty']), it['unit']]
        for xx, v in zip(xs, vals): c.drawString(xx, y, v)
        y -= 14
    c.line(x0, y + 8, x1, y + 8)
    if t == 'packing_list':
        c.setFont(fb, 9); c.drawString(x0, y - 4, f"TOTAL: {tct} CTNS   N.W. {tnw:.1f} KG   G.W. {tgw:.1f} KG" if lang != 'zh' else f"合计：{tct} 箱  净重 {tnw:.1f} KG  毛重 {tgw:.1f} KG")
    elif priced:
        yy = y - 6
        for k, v in totals_rows(d):
            c.setFont(fr, 9); c.drawString(x1 - 70 * mm, yy, k); c.drawRightString(x1, yy, v); yy -= 13
        c.setFont(fr, 8.5)
        c.drawString(x0, yy - 10, 'This quotation is valid for 30 days. Prices subject to raw-material changes.' if t == 'quotation' and lang == 'en' else
                     ('报价有效期30天，含税含运至深圳仓。' if lang == 'zh' and t == 'quotation' else 'Please confirm this order by return e-mail. Delivery before ' + dstr(d, d['due']) if lang == 'en' else ''))
        if t == 'purchase_order':
            c.setFont(fb, 9); c.drawString(x0, yy - 30, f"Issued by: {d['buyer']['name']}" if lang == 'en' else f"Besteller: {d['buyer']['name']}")
    else:
        c.setFont(fr, 9); c.drawString(x0, y - 10, 'Received in good condition: ____________________' if lang == 'en' else 'Ware vollständig erhalten: ____________________  Datum/Unterschrift')
    c.setFont(fr, 7.5); c.drawCentredString(W / 2, 12 * mm, f"{sup_name(d)} · {d['supplier'].get('tax', '')}")
    c.save()


# ================================================================= CAPTURE (scan / photo / chat forward)
def render(pdf_path, page=0, dpi=150):
    pdf = pdfium.PdfDocument(pdf_path)
    img = pdf[page].render(scale=dpi / 72).to_pil().convert('RGB')
    return img


def npages(path):
    if path.lower().endswith('.pdf'): return len(pypdf.PdfReader(path).pages)
    return 1


def _noise(a, sigma):
    return np.clip(a.astype(np.float32) + NPR.normal(0, sigma, a.shape), 0, 255).astype(np.uint8)


def cap_scan(img, gray=None):
    a = np.array(img); h, w = a.shape[:2]
    ang = R.uniform(-1.8, 1.8); M = cv2.getRotationMatrix2D((w / 2 + R.uniform(-20, 20), h / 2), ang, 1.0)
    M[0, 2] += R.uniform(-15, 15); M[1, 2] += R.uniform(-10, 20)
    bg = (R.randint(225, 245),) * 3
    a = cv2.warpAffine(a, M, (w, h), borderValue=bg, flags=cv2.INTER_LINEAR)
    Hm = np.vstack([M, [0, 0, 1]])
    s = R.uniform(0.55, 0.9)
    a = cv2.resize(a, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA); Hm = np.diag([s, s, 1]) @ Hm
    a = cv2.GaussianBlur(a, (3, 3), R.uniform(0.3, 0.9))
    a = (a.astype(np.float32) * np.array([R.uniform(0.94, 0.99), R.uniform(0.93, 0.98), R.uniform(0.88, 0.96)]) ).clip(0, 255)
    a = ((a / 255) ** R.uniform(1.0, 1.35) * 255).astype(np.uint8)
    a = _noise(a, R.uniform(2, 7))
    if gray if gray is not None else R.random() < 0.4:
        a = cv2.cvtColor(cv2.cvtColor(a, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    return Image.fromarray(a), Hm


def cap_photo(img):
    a = np.array(img); h, w = a.shape[:2]
    m = int(0.12 * max(w, h)); CW, CH = w + 2 * m, h + 2 * m
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: R.uniform(-0.06, 0.06) * w
    dst = np.float32([[m + j(), m + j()], [m + w + j(), m + j()], [m + w + j(), m + h + j()], [m + j(), m + h + j()]])
    dst[0, 0] += R.uniform(0, 0.05) * w; dst[1, 0] -= R.uniform(0, 0.05) * w  # keystone (photo from above, slightly tilted)
    Hm = cv2.getPerspectiveTransform(src, dst)
    desk = np.zeros((CH, CW, 3), np.float32)
    base = np.array(R.choice([(150, 120, 90), (90, 90, 95), (200, 200, 195), (120, 95, 70), (60, 70, 85)]), np.float32)
    desk[:] = base; desk += NPR.normal(0, 8, desk.shape)
    warped = cv2.warpPerspective(a, Hm, (CW, CH), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (CW, CH))[..., None]
    out = warped * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    cx, cy = R.uniform(0.2, 0.8) * CW, R.uniform(0.1, 0.5) * CH
    rad = np.sqrt(((xx - cx) / CW) ** 2 + ((yy - cy) / CH) ** 2)
    light = 1.08 - R.uniform(0.35, 0.6) * rad
    gx = R.uniform(-0.15, 0.15); light += gx * (xx / CW - 0.5)
    if R.random() < 0.5:  # soft shadow of phone / hand
        sx = R.uniform(0.3, 0.9) * CW; sh = 1 - 0.22 * (1 / (1 + np.exp(-(xx - sx) / (0.03 * CW)))) * (yy > R.uniform(0.5, 0.8) * CH)
        light *= cv2.GaussianBlur(sh.astype(np.float32), (0, 0), 25)
    tint = np.array([R.uniform(1.0, 1.06), R.uniform(0.98, 1.02), R.uniform(0.85, 0.95)], np.float32)
    out = out * light[..., None] * tint
    out = cv2.GaussianBlur(out, (0, 0), R.uniform(0.7, 1.4))
    out = _noise(out.clip(0, 255), R.uniform(3, 8))
    s = R.uniform(0.7, 0.95)
    out = cv2.resize(out, (int(CW * s), int(CH * s)), interpolation=cv2.INTER_AREA); Hm = np.diag([s, s, 1]) @ Hm
    return Image.fromarray(out), Hm


def cap_chat(img, Hm=None):
    Hm = np.eye(3) if Hm is None else Hm
    mx = R.choice([960, 1080, 1280, 1280, 1600])
    w, h = img.size; s = min(1.0, mx / max(w, h))
    img = img.resize((int(w * s), int(h * s)), Image.BILINEAR); Hm = np.diag([s, s, 1]) @ Hm
    for k in range(R.choice([1, 2])):
        b = io.BytesIO(); img.save(b, 'JPEG', quality=R.randint(50, 75)); img = Image.open(io.BytesIO(b.getvalue())).convert('RGB')
    return img, Hm


def save_img(img, path, quality=None):
    if path.endswith('.png'): img.save(path, optimize=False)
    else: img.save(path, 'JPEG', quality=quality or R.randint(72, 90))


def images_to_pdf(imgs, path, dpi):
    imgs[0].save(path, 'PDF', resolution=dpi, save_all=True, append_images=imgs[1:])


# ================================================================= EDIT helpers
def char_info(tp, i):
    x = ctypes.c_double(); y = ctypes.c_double()
    pdfraw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
    return x.value, y.value, pdfraw.FPDFText_GetFontSize(tp.raw, i)


def find_text(pdf_path, text, whole=False):
    """returns list of dicts(page, l,b,r,t, ox, oy, size, idx, n) for each occurrence"""
    pdf = pdfium.PdfDocument(pdf_path); res = []
    for pi in range(len(pdf)):
        page = pdf[pi]; tp = page.get_textpage()
        srch = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            m = srch.get_next()
            if not m: break
            i, n = m
            bx = [tp.get_charbox(k) for k in range(i, i + n)]
            bx = [b for b in bx if b[2] > b[0] and b[3] > b[1]]
            if not bx: continue
            ox, oy, size = char_info(tp, i)
            res.append(dict(page=pi, l=min(b[0] for b in bx), b=min(b[1] for b in bx), r=max(b[2] for b in bx), t=max(b[3] for b in bx),
                            ox=ox, oy=oy, size=size, idx=i, n=n, ph=page.get_height(), pw=page.get_width()))
    return res


def page_chars(pdf_path, page=0):
    pdf = pdfium.PdfDocument(pdf_path); pg = pdf[page]; tp = pg.get_textpage(); out = []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        b = tp.get_charbox(i)
        if b[2] > b[0]: out.append((ch, b))
    return out, pg.get_height()


def _enc_lit(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


LIT = re.compile(rb'\((?:[^()\\]|\\.)*\)', re.S)


def _replace_stream(data, repls):
    cnt = [0]
    def sub(m):
        lit = m.group(0)
        for old, new, exact in repls:
            ob, nb = _enc_lit(old), _enc_lit(new)
            if exact:
                if lit == b'(' + ob + b')': cnt[0] += 1; return b'(' + nb + b')'
            elif ob in lit:
                cnt[0] += lit.count(ob); lit = lit.replace(ob, nb)
        return lit
    return LIT.sub(sub, data), cnt[0]


def edit_pikepdf(src, dst, repls):
    pdf = pikepdf.open(src); total = 0
    for page in pdf.pages:
        page.contents_coalesce()
        data, n = _replace_stream(page.Contents.read_bytes(), repls); total += n
        if n: page.Contents.write(data)
    pdf.docinfo['/ModDate'] = 'D:2026' + dt.date.today().strftime('%m%d') + '101500+08\'00\''
    pdf.save(dst)
    return total


def edit_pypdf_incremental(src, dst, repls):
    from pypdf.generic import DecodedStreamObject
    w = pypdf.PdfWriter(src, incremental=True); total = 0
    for page in w.pages:
        cs = page.get_contents()
        if cs is None: continue
        data, n = _replace_stream(cs.get_data(), repls); total += n
        if n:
            ns = DecodedStreamObject(); ns.set_data(data); page.replace_contents(ns)
    w.add_metadata({'/Producer': 'pypdf', '/ModDate': "D:20260310121000+08'00'"})
    w.write(dst)
    return total


def _ov_font(text):
    if any(ord(ch) > 0x2e80 for ch in text): return 'WQY'
    try: text.encode('cp1252'); return 'Helvetica'
    except UnicodeEncodeError: return 'DJ'


def pick_occ(occs, anchor_pdf, anchor):
    if not anchor or len(occs) <= 1: return occs
    an = find_text(anchor_pdf, anchor)
    if not an: return occs[:1]
    a = an[0]
    return [min((o for o in occs if o['page'] == a['page']) or occs, key=lambda o: abs(o['oy'] - a['oy']))]


def edit_overlay(src, dst, repls, resave=False):
    """repls: (old, new, align, whole, anchor)"""
    from reportlab.pdfgen import canvas as cv
    reader = pypdf.PdfReader(src); per_page = {}
    n = 0
    for old, new, align, whole, anchor in repls:
        occs = pick_occ(find_text(src, old, whole), src, anchor)
        for o in occs:
            per_page.setdefault(o['page'], []).append((o, new, align)); n += 1
    if not n: return 0
    w = pypdf.PdfWriter(clone_from=reader)
    for pi, lst in per_page.items():
        mb = reader.pages[pi].mediabox; buf = io.BytesIO()
        c = cv.Canvas(buf, pagesize=(float(mb.width), float(mb.height)))
        for o, new, align in lst:
            size = o['size'] if 3 < o['size'] < 40 else (o['t'] - o['b']) / 0.72
            f = _ov_font(new); nw = pdfmetrics.stringWidth(new, f, size)
            base = o['oy'] if o['b'] - 2 < o['oy'] < o['t'] else o['b']
            if align == 'right': xr = o['r']; xl = min(o['l'], xr - nw)
            else: xl = o['l']; xr = max(o['r'], xl + nw)
            c.setFillColorRGB(1, 1, 1); c.rect(xl - 1.2, base - 0.25 * size, xr - xl + 2.4, 1.05 * size + 0.5, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0); c.setFont(f, size)
            (c.drawRightString(xr, base, new) if align == 'right' else c.drawString(xl, base, new))
        c.showPage(); c.save(); buf.seek(0)
        w.pages[pi].merge_page(pypdf.PdfReader(buf).pages[0])
    w.add_metadata({'/Producer': R.choice(['pypdf', 'PDF24 Creator', 'Smallpdf.com']) if not resave else 'pypdf'})
    if not resave:
        w.write(dst); return n
    tmp = os.path.join(TMP, 'ov_' + os.path.basename(dst)); w.write(tmp)
    outp = os.path.join(TMP, 'gs_' + os.path.basename(dst))
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/' + R.choice(['ebook', 'printer', 'default']),
                    '-o', outp, tmp], capture_output=True, timeout=300)
    if not os.path.exists(outp): return 0
    shutil.copy(outp, dst); return n


def _map(Hm, pts):
    return cv2.perspectiveTransform(np.float32(pts).reshape(-1, 1, 2), Hm).reshape(-1, 2)


def _box_img(o, dpi, Hm, key=('l', 'b', 'r', 't')):
    s = dpi / 72; l, b, r, t = (o[k] for k in key); ph = o['ph']
    qd = _map(Hm, [[l * s, (ph - t) * s], [r * s, (ph - t) * s], [r * s, (ph - b) * s], [l * s, (ph - b) * s]])
    return qd.min(0), qd.max(0)


def pil_font(text, px):
    fp = F_CJK if any(ord(ch) > 0x2e80 for ch in text) else R.choice([F_SANS, F_SANS, F_SERIF])
    return ImageFont.truetype(fp, max(6, int(round(px))))


def edit_image_paste(img, Hm, dpi, base_pdf, repls, out_path, fmt_q=None):
    a = np.array(img.convert('RGB')); im = Image.fromarray(a); dr = ImageDraw.Draw(im); n = 0
    for old, new, align, whole, anchor in repls:
        occs = [o for o in pick_occ(find_text(base_pdf, old, whole), base_pdf, anchor) if o['page'] == 0]
        for o in occs:
            (x0, y0), (x1, y1) = _box_img(o, dpi, Hm)
            hgt = y1 - y0; pad = max(2, int(hgt * 0.3))
            ring = a[max(0, int(y0 - 2 * pad)):int(y1 + 2 * pad), max(0, int(x0 - 2 * pad)):int(x1 + 2 * pad)].reshape(-1, 3)
            bg = tuple(int(v) for v in np.percentile(ring, 80, axis=0))
            inner = a[int(y0):int(y1) + 1, int(x0):int(x1) + 1].reshape(-1, 3)
            ink = tuple(int(v) for v in np.percentile(inner, 2, axis=0))
            digits = all(ch in '0123456789.,¥$€ ' for ch in new)
            fnt = pil_font(new, hgt / (0.73 if digits else 0.88))
            tw = dr.textlength(new, font=fnt)
            if align == 'right': rx = x1; lx = min(x0, x1 - tw)
            else: lx = x0; rx = max(x1, x0 + tw)
            dr.rectangle([lx - pad * 0.6, y0 - pad * 0.5, rx + pad * 0.6, y1 + pad * 0.5], fill=bg)
            dr.text((x1 if align == 'right' else x0, y1), new, font=fnt, fill=ink, anchor='rs' if align == 'right' else 'ls')
            n += 1
    if n:
        if R.random() < 0.5: im = im.filter(ImageFilter.GaussianBlur(0.4))
        save_img(im, out_path, quality=fmt_q or R.randint(85, 95))
    return n


def edit_image_clone(img, Hm, dpi, base_pdf, old, new, anchor, out_path):
    """clone-stamp digits: every changed character is copied from another glyph on the same page"""
    occs = [o for o in pick_occ(find_text(base_pdf, old, False), base_pdf, anchor) if o['page'] == 0]
    if not occs or len(old) != len(new): return 0
    chars, ph = page_chars(base_pdf, 0)
    pdf = pdfium.PdfDocument(base_pdf); tp = pdf[0].get_textpage()
    a = np.array(img.convert('RGB')); n = 0
    for o in occs:
        tgt_idx = list(range(o['idx'], o['idx'] + o['n']))
        for k, (co, cn) in enumerate(zip(old, new)):
            if co == cn: continue
            tb = tp.get_charbox(tgt_idx[k]); th = tb[3] - tb[1]
            cands = [b for ch, b in chars if ch == cn and abs((b[3] - b[1]) - th) < 0.12 * th and not (abs(b[0] - tb[0]) < 1 and abs(b[1] - tb[1]) < 1)]
            if not cands: return 0
            sb = min(cands, key=lambda b: abs((b[3] - b[1]) - th) + 0.001 * abs(b[1] - tb[1]))
            td = dict(l=tb[0], b=tb[1], r=tb[2], t=tb[3], ph=ph); sd = dict(l=sb[0], b=sb[1], r=sb[2], t=sb[3], ph=ph)
            (tx0, ty0), (tx1, ty1) = _box_img(td, dpi, Hm); (sx0, sy0), (sx1, sy1) = _box_img(sd, dpi, Hm)
            p = 1
            tx0, ty0, tx1, ty1 = int(tx0) - p, int(ty0) - p, int(math.ceil(tx1)) + p, int(math.ceil(ty1)) + p
            sx0, sy0 = int(sx0) - p, int(sy0) - p
            sw, sh = tx1 - tx0, ty1 - ty0
            patch = a[sy0:sy0 + sh, sx0:sx0 + sw].copy()
            if patch.shape[0] != sh or patch.shape[1] != sw: return 0
            # background-fill target then paste (lighter-than blend keeps paper texture at edges)
            bg = np.percentile(a[ty0:ty1, tx0:tx1].reshape(-1, 3), 90, axis=0)
            a[ty0:ty1, tx0:tx1] = bg
            a[ty0:ty1, tx0:tx1] = np.minimum(a[ty0:ty1, tx0:tx1], patch)
            n += 1
    if n: save_img(Image.fromarray(a), out_path, quality=R.randint(80, 95))
    return n


# ================================================================= PLAN
def pick_sup(lang, region=None):
    if lang == 'zh': return R.choice(CN_SUP), {}
    if lang == 'zh-Hant':
        s = R.choice(TW_SUP + HK_SUP) if region is None else (R.choice(TW_SUP) if region == 'tw' else R.choice(HK_SUP))
        if s in TW_SUP: return s, dict(cur='TWD', tax=5, dstyle=R.choice(['roc', 'iso']), cpat=R.choice(['NT${n}', '{n} 元']))
        return s, dict(cur='HKD', tax=0, cpat='HK${n}', dstyle='uk', nf='en')
    if lang == 'vi': return R.choice(VN_SUP), dict(tax=R.choice([8, 10]))
    if lang == 'ja': return R.choice(JP_SUP), {}
    if lang != 'en': return R.choice(EU_SUP[lang]), {}
    r = region or R.choice(['cn', 'cn', 'cn', 'cn', 'hk', 'us', 'uk', 'tw', 'vn', 'de'])
    if r == 'cn': return R.choice(CN_SUP), dict(tax=0, dstyle=R.choice(['en_long', 'en_short', 'iso', 'us', 'uk']))
    if r == 'hk': return R.choice(HK_SUP), dict(tax=0, cur=R.choice(['HKD', 'USD']), dstyle='uk')
    if r == 'us': return EU_SUP['en'][0], dict(tax=0, dstyle='us', cpat='${n}')
    if r == 'uk': return EU_SUP['en'][1], dict(tax=20, cur='GBP', dstyle='uk', cpat='£{n}')
    if r == 'tw': return R.choice(TW_SUP), dict(tax=0, dstyle='iso')
    if r == 'vn': return R.choice(VN_SUP), dict(tax=0, dstyle='uk')
    return R.choice(EU_SUP['de'][:2]), dict(tax=0, cur='EUR', nf='de', cpat='€ {n}', dstyle='de')


def G(prod, lang, style=None, **kw):
    return dict(prod=prod, lang=lang, style=style, **kw)


def build_plan():
    P = []
    # --- clean PDFs from the producing program itself
    for i in range(8): P.append(G('rl_fapiao', 'zh', 'sd', n_items=R.choice([1, 2, 3, 4, 9]) if i != 2 else 10, other_buyer=(i in (1, 4)), err=(i == 5)))
    for i in range(4): P.append(G('rl_fapiao', 'zh', 'old', n_items=R.choice([1, 2, 3]), other_buyer=(i == 0)))
    for i, (l, v) in enumerate([('en', 0), ('en', 1), ('en', 2), ('en', 0), ('en', 1), ('de', 0), ('de', 1), ('fr', 2), ('it', 0), ('es', 1), ('pl', 0), ('nl', 1), ('vi', 0), ('zh-Hant', 1)]):
        P.append(G('reportlab', l, v, err=(i == 2), n_items=(30 if i == 3 else None), other_buyer=(i in (0, 4)), region=('us' if i == 1 else None)))
    for i in range(12):
        if i < 6: P.append(G('fpdf2', 'en', 0 if i % 2 else 1, doc_type='invoice', commercial=True, err=(i == 3), n_items=(26 if i == 5 else None), other_buyer=(i == 2)))
        elif i < 10: P.append(G('fpdf2', 'en', i % 2, doc_type='proforma', commercial=True))
        elif i == 10: P.append(G('fpdf2', 'en', 1, doc_type='credit_note', region='hk'))
        else: P.append(G('fpdf2', 'pl', 1))
    for i, (l, s) in enumerate([('en', 'saas'), ('en', 'saas'), ('en', 'saas'), ('fr', 'saas'), ('es', 'saas'), ('nl', 'saas'), ('de', 'din'), ('de', 'din'), ('de', 'din'),
                                ('ja', 'ja'), ('ja', 'ja'), ('ja', 'ja'), ('en', 'hk'), ('zh-Hant', 'hk')]):
        P.append(G('weasyprint', l, s, err=(i == 1), region=('hk' if s == 'hk' else None), n_items=(24 if i == 7 else None), doc_type=('receipt' if i == 12 else 'invoice')))
    for i, (l, s) in enumerate([('en', 'saas'), ('en', 'saas'), ('it', 'saas'), ('pl', 'saas'), ('de', 'din'), ('ja', 'ja'), ('ja', 'ja'), ('en', 'hk'), ('zh-Hant', 'hk'), ('vi', 'saas')]):
        P.append(G('chromium', l, s, region=('hk' if s == 'hk' else ('uk' if i == 1 else None))))
    for i in range(10):
        l = 'en' if i < 7 else ('zh' if i < 9 else 'es')
        P.append(G('soffice_calc', l, None, err=(i == 4), doc_type=('proforma' if i in (1, 7) else ('receipt' if i == 8 else 'invoice')), region='cn'))
    for i, l in enumerate(['en', 'en', 'en', 'en', 'de', 'de', 'fr', 'es', 'it', 'zh']):
        P.append(G('docx_soffice', l, None, err=(i == 4), doc_type=('receipt' if l == 'zh' else 'invoice'), region=('us' if i == 1 else None)))
    # --- captured images (base PDF rendered first, then scanned / photographed / forwarded)
    for b in [('rl_fapiao', 'zh', 'old'), ('rl_fapiao', 'zh', 'sd'), ('reportlab', 'en', 0), ('weasyprint', 'de', 'din'), ('fpdf2', 'en', 1), ('weasyprint', 'ja', 'ja')]:
        P.append(G('scan_jpeg', b[1], b[2], base=b[0], err=(b[0] == 'fpdf2'), commercial=(b[0] == 'fpdf2')))
    for b in [('reportlab', 'en', 1), ('soffice_calc', 'en', None), ('weasyprint', 'en', 'hk')]:
        P.append(G('scan_png', b[1], b[2], base=b[0], region=('hk' if b[2] == 'hk' else 'cn')))
    for b in [('rl_fapiao', 'zh', 'sd'), ('reportlab', 'de', 0), ('fpdf2', 'en', 0), ('docx_soffice', 'en', None), ('weasyprint', 'en', 'saas')]:
        P.append(G('scan_pdf', b[1], b[2], base=b[0], n_items=(9 if b[0] == 'rl_fapiao' else 28 if b[0] in ('reportlab', 'fpdf2') else None), commercial=(b[0] == 'fpdf2')))
    for i, b in enumerate([('rl_fapiao', 'zh', 'old'), ('rl_fapiao', 'zh', 'sd'), ('rl_fapiao', 'zh', 'sd'), ('rl_fapiao', 'zh', 'old'), ('fpdf2', 'en', 1), ('fpdf2', 'en', 0),
                           ('weasyprint', 'en', 'hk'), ('reportlab', 'zh-Hant', 0), ('reportlab', 'vi', 1), ('weasyprint', 'ja', 'ja')]):
        P.append(G('phone_photo', b[1], b[2], base=b[0], err=(i == 2), commercial=(b[0] == 'fpdf2'), region=('hk' if b[2] == 'hk' else 'tw' if b[1] == 'zh-Hant' else None),
                   doc_type=('receipt' if b[2] == 'hk' else 'invoice'), other_buyer=(i == 1)))
    for i, b in enumerate([('rl_fapiao', 'zh', 'sd', 'photo'), ('fpdf2', 'en', 1, 'photo'), ('reportlab', 'zh-Hant', 1, 'photo'), ('rl_fapiao', 'zh', 'old', 'scan'),
                           ('reportlab', 'en', 0, 'scan'), ('fpdf2', 'en', 0, 'clean'), ('weasyprint', 'en', 'saas', 'clean'), ('soffice_calc', 'en', None, 'clean')]):
        P.append(G('chat_jpeg', b[1], b[2], base=b[0], via=b[3], commercial=(b[0] == 'fpdf2'), doc_type=('proforma' if i == 5 else 'invoice'),
                   region=('tw' if b[1] == 'zh-Hant' else 'cn')))
    for i, (l, kind, mob) in enumerate([('zh', 'invoice', False), ('zh', 'invoice', False), ('en', 'invoice', False), ('zh', 'invoice', True), ('zh', 'order', True), ('en', 'order', False)]):
        P.append(G('screenshot', l, kind, mobile=mob, region='cn', other_buyer=(i == 1)))
    # --- documents that are not invoices
    for l, t, cap in [('en', 'packing_list', None), ('zh', 'packing_list', 'scan_jpeg'), ('en', 'purchase_order', None), ('de', 'purchase_order', None),
                      ('en', 'quotation', None), ('zh', 'quotation', 'chat_jpeg'), ('de', 'delivery_note', None), ('en', 'delivery_note', 'phone_photo'),
                      ('en', 'pricelist', None), ('en', 'letter', None)]:
        P.append(G('nondoc', l, t, cap=cap, region='cn'))
    return P


def prep_doc(sp):
    lang = sp['lang']; prod = sp.get('base') or sp['prod']; style = sp['style']
    sup, kw = pick_sup(lang, sp.get('region') or ('cn' if sp.get('commercial') or (prod == 'fpdf2' and lang == 'en') else None))
    if prod == 'nondoc' and lang == 'de': sup = R.choice(EU_SUP['de'])
    dtp = sp.get('doc_type', 'invoice')
    if prod == 'nondoc': dtp = {'pricelist': 'other', 'letter': 'other'}.get(style, style)
    if sp.get('n_items'): kw['n_items'] = sp['n_items']
    if sp.get('other_buyer'):
        nm = R.choice(OTHER_BUYERS_ZH) if lang == 'zh' else R.choice(OTHER_BUYERS)
        kw['buyer'] = dict(name=nm, addr=['深圳市龙华区民治街道' + rdig(3) + '号' if lang == 'zh' else 'Longhua District, Shenzhen, Guangdong, China'],
                           tax=uscc('440300') if lang == 'zh' and len(nm) > 4 else '')
    if prod in ('fpdf2', 'soffice_calc') and lang == 'en': kw['tax'] = 0
    d = make_doc(lang, dtp, sup, **kw)
    d['producer'] = sp['prod']; d['renderer'] = prod; d['style'] = style
    if prod == 'rl_fapiao': fapiao_prep(d, style)
    if sp.get('commercial') or (prod == 'fpdf2' and dtp == 'proforma'):
        d['commercial'] = dtp == 'invoice'; d['tax_rate'] = 0
        d['incoterm'] = R.choice(['FOB Ningbo', 'FOB Shenzhen', 'EXW Yiwu', 'CIF Los Angeles', 'DDP Amazon ONT8', 'FOB Guangzhou'])
        d['payterm'] = R.choice(['T/T 30% deposit, 70% before shipment', '100% T/T in advance', 'Alibaba Trade Assurance', 'T/T 30 days after B/L'])
        d['route'] = R.choice(['Ningbo to Los Angeles by sea', 'Shenzhen to Hamburg by sea', 'Yiwu to Felixstowe by rail+sea', 'Shenzhen to ONT8 by air (DDP)'])
        d['marks'] = R.choice(['QW', 'N/M', 'QW-HOME', 'FBA15' + rdig(6)])
        d['hs'] = dict(case='3926909090', cable='8544422100', led='9405410000', yoga='3918909000', brush='9603290090', kitchen='3924100000', earbuds='8518300000',
                       carton='4819100000', bottle='9617001900', tripod='9620000090', tote='4202920000', mug='6912001090', charger='8504409999', holder='8708299000', logo='4911109000')
        compute(d)
    if d['lang'] == 'en' and d['doc_type'] == 'credit_note':
        pass
    if prod == 'nondoc':
        if style == 'purchase_order':
            d['buyer'] = dict(name=MY_HK['en'] if lang == 'en' else MY_DE['en'], addr=[MY_HK['eaddr'] if lang == 'en' else MY_DE['eaddr']])
            d['number'] = 'PO-QW-' + rdig(5)
        if style == 'letter':
            d['letter'] = True; d['letter_subject'] = 'Notice of price adjustment from next month'
            d['letter_body'] = [f"Dear {d['buyer']['name']},",
                                f"Thank you for your continued cooperation. Due to the increase of raw-material and packaging costs, the unit price of {d['items'][0]['desc']} will be adjusted from {money(d, d['items'][0]['price'])} to {money(d, q(d['items'][0]['price'] * D('1.08'), d['cur']))} for orders confirmed after {fdate(d['date'] + dt.timedelta(days=30), d['dstyle'])}.",
                                'Orders already paid (deposit received) will keep the old price. Please contact your sales representative for details.']
            d['signer'] = sup_name(d) + ' - Sales Dept.'
    if sp.get('err'): inject_error(d)
    return d


def render_pdf(d, renderer, style, path, queue=None):
    if renderer == 'rl_fapiao': rl_fapiao(d, path, style)
    elif renderer == 'reportlab': rl_std(d, path, style)
    elif renderer == 'fpdf2': fp_ci(d, path, style or 0)
    elif renderer == 'weasyprint': weasy(html_invoice(d, style), path)
    elif renderer == 'chromium': chromium_pdf(html_invoice(d, style), path)
    elif renderer == 'nondoc':
        if style == 'pricelist':
            src = path[:-4] + '.fods'; fods_doc(d, src, pricelist=True); queue.append((src, path))
        else: rl_nondoc(d, path)
    elif renderer == 'soffice_calc':
        src = path[:-4] + '.fods'; fods_doc(d, src); queue.append((src, path))
    elif renderer == 'docx_soffice':
        src = path[:-4] + '.docx'; docx_doc(d, src); queue.append((src, path))
    else: raise ValueError(renderer)


def run_queue(queue):
    if not queue: return
    od = os.path.join(TMP, 'lo_out'); os.makedirs(od, exist_ok=True)
    soffice_convert([s for s, _ in queue], od)
    for s, p in queue:
        o = os.path.join(od, os.path.splitext(os.path.basename(s))[0] + '.pdf')
        if not os.path.exists(o): raise RuntimeError('soffice failed for ' + s)
        shutil.move(o, p)
    queue.clear()


# ================================================================= MAIN
NONINV_TOTAL_NONE = ('packing_list', 'delivery_note')


def label(d, producer, pages, **kw):
    dtp = d['doc_type']
    is_inv = dtp in ('invoice', 'tax_invoice', 'receipt', 'credit_note', 'proforma')
    no_total = dtp in NONINV_TOTAL_NONE or d.get('letter') or d.get('style') == 'pricelist'
    lab = dict(file=None, genuine=True, edit_method=None, what_changed=[], producer=producer, language=d['lang'], is_invoice=is_inv,
               doc_type=dtp, date=d['date'].isoformat(), total=None if no_total else str(q(d['total'], d['cur'])), currency=d['cur'],
               supplier=sup_name(d), buyer=d['buyer'].get('label', d['buyer']['name']), pages=pages, edit_before_capture=False,
               arithmetic_error=bool(d.get('arithmetic_error')), totals_consistent=not d.get('arithmetic_error'),
               layout=f"{d.get('renderer')}:{d.get('style')}", source_file=None, note=d.get('err', ''))
    if d.get('order_page'): lab['note'] = 'screenshot of a B2B order-detail page (not an invoice)'
    lab.update(kw)
    return lab


def do_capture(d, base_pdf, mode, out_noext, via=None):
    meta = {}
    if mode == 'scan_pdf':
        n = npages(base_pdf); imgs = []
        for p in range(n):
            im, Hm = cap_scan(render(base_pdf, p, 150)); imgs.append(im)
        path = out_noext + '.pdf'; images_to_pdf(imgs, path, dpi=int(150 * Hm[0, 0] / max(1e-6, math.cos(0)) if False else 150 * 0.75))
        return path, n, None
    if mode == 'scan_jpeg':
        dpi = 200; im, Hm = cap_scan(render(base_pdf, 0, dpi)); path = out_noext + '.jpg'; save_img(im, path, R.randint(68, 88))
    elif mode == 'scan_png':
        dpi = 150; im, Hm = cap_scan(render(base_pdf, 0, dpi), gray=True); path = out_noext + '.png'; save_img(im, path)
    elif mode == 'phone_photo':
        dpi = 170; im, Hm = cap_photo(render(base_pdf, 0, dpi)); path = out_noext + '.jpg'; save_img(im, path, R.randint(84, 93))
    elif mode == 'chat_jpeg':
        dpi = 170; im = render(base_pdf, 0, dpi)
        if via == 'photo': im, Hm = cap_photo(im)
        elif via == 'scan': im, Hm = cap_scan(im)
        else: Hm = np.eye(3)
        im, Hm = cap_chat(im, Hm); path = out_noext + '.jpg'; im.save(path, 'JPEG', quality=R.randint(55, 75))
    else: raise ValueError(mode)
    return path, 1, dict(H=Hm, dpi=dpi, base=base_pdf)


def mk_change(d, kind, rec):
    """returns repls [(old,new,align,whole,anchor,exact)], new-doc (for labels), what_changed"""
    nd = copy.deepcopy(d); prod = d['renderer']
    num_align = 'right'
    date_align = 'right' if (prod == 'reportlab' or d.get('style') in ('saas', 'din')) else 'left'
    if kind == 'total':
        f = R.choice([D('1.8'), D('2.5'), D('3'), D('1.35'), D('4'), D('10')])
        newv = q(d['total'] * f, d['cur']); nd['total'] = newv
        return [(N(d, d['total']), N(d, newv), num_align, False, None, False)], nd, ['total']
    if kind == 'date':
        nd['date'] = d['date'] - dt.timedelta(days=R.randint(25, 150))
        return [(dstr(d), fdate(nd['date'], d['dstyle']), date_align, False, None, False)], nd, ['date']
    if kind in ('quantity', 'quantity_total'):
        qs = [it['qty'] for it in d['items']]
        cands = [i for i, it in enumerate(d['items']) if qs.count(it['qty']) == 1 and it['qty'] > 1]
        if not cands: return None
        i = R.choice(cands); it = d['items'][i]; nq = it['qty'] * R.choice([2, 3, 4, 5, 10])
        if prod == 'fpdf2': old, new = f"{it['qty']} {it['unit']}", f"{nq} {it['unit']}"
        else: old, new = str(it['qty']), str(nq)
        anchor = it['desc'][:10] if prod != 'rl_fapiao' else it['desc'][:6]
        if d.get('fapiao') and len(d['items']) > 6: return None
        nd['items'][i]['qty'] = nq
        reps = [(old, new, 'right', True, anchor, True)]
        what = ['quantity']
        if kind == 'quantity_total':
            na = q(nq * it['price'], d['cur']); delta = na - it['amount']
            nd['items'][i]['amount'] = na; nd['total'] = d['total'] + delta
            reps += [(N(d, it['amount']), N(d, na), 'right', False, anchor, False), (N(d, d['total']), N(d, nd['total']), 'right', False, None, False)]
            what = ['quantity', 'line_amount', 'total']
        return reps, nd, what
    if kind == 'buyer':
        old = d['buyer']['name']
        if d['lang'] == 'zh': new = MY_CN['zh'] if old != MY_CN['zh'] else '深圳市前湾跨境电子商务有限公司龙岗分公司'
        elif d['lang'] == 'ja': return None
        else: new = MY_US['en'] if old != MY_US['en'] else MY_HK['en']
        nd['buyer'] = dict(nd['buyer'], name=new); nd['buyer'].pop('label', None)
        return [(old, new, 'left', False, None, False)], nd, ['buyer']
    if kind == 'supplier':
        old = sup_name(d)
        pool = [s for s in CN_SUP if s['en'] != d['supplier'].get('en')]
        ns = copy.deepcopy(R.choice(pool)); nd['supplier'] = ns
        return [(old, sup_name(nd), 'left', False, None, False)], nd, ['supplier']
    raise ValueError(kind)


EDITS = (
    [('pikepdf_text_replace', 'core', k) for k in ['total', 'date', 'quantity', 'buyer', 'quantity_total', 'total', 'date', 'buyer']] +
    [('pypdf_incremental_update', 'core', k) for k in ['total', 'date', 'quantity', 'buyer', 'total']] +
    [('overlay_whitebox', 'fapiao', 'total'), ('overlay_whitebox', 'fapiao', 'buyer'), ('overlay_whitebox', 'fapiao', 'date'),
     ('overlay_whitebox', 'html', 'total'), ('overlay_whitebox', 'html', 'buyer'), ('overlay_whitebox', 'html', 'date'),
     ('overlay_whitebox', 'office', 'quantity_total'), ('overlay_whitebox', 'office', 'supplier')] +
    [('overlay_whitebox_gs_resave', 'any_text', 'total'), ('overlay_whitebox_gs_resave', 'any_text', 'date'), ('overlay_whitebox_gs_resave', 'fapiao', 'buyer')] +
    [('image_paste_text', 'image', k) for k in ['total', 'total', 'total', 'date', 'date', 'buyer', 'quantity']] +
    [('image_clone_digits', 'image', k) for k in ['total', 'total', 'quantity', 'quantity']] +
    [('devtools_html_edit_screenshot', 'screenshot', 'total'), ('devtools_html_edit_screenshot', 'screenshot', 'buyer')] +
    [('overlay_whitebox_then_scan', 'any_text', 'total'), ('overlay_whitebox_then_phone_photo', 'fapiao', 'buyer'), ('pikepdf_text_replace_then_phone_photo', 'core', 'date')]
)


def clone_change(d, kind, chars_avail):
    """same-length digit change for clone-stamp edits"""
    nd = copy.deepcopy(d)
    if kind == 'total':
        s = N(d, d['total']); pos = [i for i, ch in enumerate(s) if ch.isdigit()][:2]
        for i in pos:
            opts = [c for c in '23456789' if c != s[i] and c in chars_avail and int(c) > int(s[i])]
            if opts:
                ns = s[:i] + R.choice(opts) + s[i + 1:]; nd['total'] = parse_num(ns, d['nf'])
                return (s, ns, None), nd, ['total']
        return None
    qs = [it['qty'] for it in d['items']]
    for i, it in enumerate(d['items']):
        if qs.count(it['qty']) == 1 and it['qty'] >= 10:
            s = str(it['qty']); opts = [c for c in '3456789' if c in chars_avail and int(c) > int(s[0])]
            if opts:
                ns = R.choice(opts) + s[1:]; nd['items'][i]['qty'] = int(ns)
                return (s, ns, it['desc'][:6] if d.get('fapiao') else it['desc'][:10]), nd, ['quantity']
    return None


def main():
    t0 = time.time()
    for p in (OUT, TMP):
        shutil.rmtree(p, ignore_errors=True); os.makedirs(p)
    plan = build_plan()
    recs, queue, caps = [], [], []
    for k, sp in enumerate(plan):
        d = prep_doc(sp); prod = sp['prod']
        if prod in ('rl_fapiao', 'reportlab', 'fpdf2', 'weasyprint', 'chromium', 'soffice_calc', 'docx_soffice'):
            path = f'{TMP}/g{k:03d}.pdf'; render_pdf(d, prod, sp['style'], path, queue)
            recs.append(dict(d=d, path=path, producer=prod, kind='pdf'))
        elif prod == 'nondoc':
            path = f'{TMP}/g{k:03d}.pdf'; render_pdf(d, 'nondoc', sp['style'], path, queue)
            if sp['cap']: caps.append((d, path, sp['cap'], None, k))
            else: recs.append(dict(d=d, path=path, producer='soffice_calc' if sp['style'] == 'pricelist' else 'reportlab', kind='pdf'))
        elif prod == 'screenshot':
            d['order_no'] = rdig(19) if sp['lang'] == 'zh' else 'TN' + rdig(12)
            if sp['style'] == 'order': d['doc_type'] = 'other'; d['order_page'] = True
            elif sp['lang'] == 'zh': d['number'] = rdig(20)
            d['renderer'] = 'portal'; d['style'] = sp['style']
            w, h = (430, 1100) if sp['mobile'] else (1366, 1000)
            path = f'{TMP}/g{k:03d}.png'; chromium_shot(portal_html(d, sp['style'], sp['mobile']), path, w, h, 2 if sp['mobile'] else 1)
            recs.append(dict(d=d, path=path, producer='chromium_screenshot', kind='shot', mobile=sp['mobile']))
        else:
            base = f'{TMP}/b{k:03d}.pdf'; render_pdf(d, sp['base'], sp['style'], base, queue)
            caps.append((d, base, prod, sp.get('via'), k))
    run_queue(queue)
    print(f'clean renders done {time.time() - t0:.0f}s', flush=True)
    for d, base, mode, via, k in caps:
        path, n, meta = do_capture(d, base, mode, f'{TMP}/g{k:03d}', via)
        recs.append(dict(d=d, path=path, producer=(f'chat_jpeg_from_{via or "clean"}' if mode == 'chat_jpeg' else mode), kind='image' if meta else 'pdfscan', cap=meta, base=base))
    for r in recs:
        r['label'] = label(r['d'], r['producer'], npages(r['path']))
    print(f'captures done {time.time() - t0:.0f}s, genuine={len(recs)}', flush=True)

    # ------------------------------------------------------------- edits
    used = {}
    def pool(kind):
        ok = []
        for r in recs:
            d = r['d']
            if r['label']['arithmetic_error'] or not r['label']['genuine']: continue
            if d['doc_type'] in ('packing_list', 'delivery_note', 'other'): continue
            if kind == 'core' and r['kind'] == 'pdf' and r['producer'] in ('reportlab', 'fpdf2') and d['lang'] in LATIN1_LANGS: ok.append(r)
            elif kind == 'fapiao' and r['kind'] == 'pdf' and r['producer'] == 'rl_fapiao': ok.append(r)
            elif kind == 'html' and r['kind'] == 'pdf' and r['producer'] in ('weasyprint', 'chromium'): ok.append(r)
            elif kind == 'office' and r['kind'] == 'pdf' and r['producer'] in ('soffice_calc', 'docx_soffice'): ok.append(r)
            elif kind == 'any_text' and r['kind'] == 'pdf': ok.append(r)
            elif kind == 'image' and r['kind'] == 'image': ok.append(r)
            elif kind == 'screenshot' and r['kind'] == 'shot' and d['doc_type'] != 'other': ok.append(r)
        R.shuffle(ok)
        others = set(OTHER_BUYERS + OTHER_BUYERS_ZH)
        ok.sort(key=lambda r: (used.get(id(r), 0), 0 if (change != 'buyer' or r['d']['buyer']['name'] in others) else 1)); return ok
    edited = []
    for ei, (method, kind, change) in enumerate(EDITS):
        done = False
        for src in pool(kind):
            d = src['d']
            if method == 'image_clone_digits':
                chars, _ = page_chars(src['cap']['base'], 0); avail = set(ch for ch, _ in chars)
                cc = clone_change(d, change, avail)
                if not cc: continue
                (old, new, anchor), nd, what = cc
                ext = os.path.splitext(src['path'])[1]; out = f'{TMP}/e{ei:03d}{ext}'
                n = edit_image_clone(Image.open(src['path']), src['cap']['H'], src['cap']['dpi'], src['cap']['base'], old, new, anchor, out)
                if not n: continue
                pages = 1
            else:
                mc = mk_change(d, change, src)
                if not mc: continue
                reps, nd, what = mc
                if method in ('pikepdf_text_replace', 'pypdf_incremental_update'):
                    out = f'{TMP}/e{ei:03d}.pdf'
                    fn = edit_pikepdf if method == 'pikepdf_text_replace' else edit_pypdf_incremental
                    try: n = fn(src['path'], out, [(o, nw, ex) for o, nw, al, wh, an, ex in reps])
                    except UnicodeEncodeError: continue
                    if n < len(reps): continue
                elif method in ('overlay_whitebox', 'overlay_whitebox_gs_resave'):
                    out = f'{TMP}/e{ei:03d}.pdf'
                    n = edit_overlay(src['path'], out, [(o, nw, al, wh, an) for o, nw, al, wh, an, ex in reps], resave=method.endswith('resave'))
                    if n < len(reps): continue
                elif method == 'image_paste_text':
                    ext = os.path.splitext(src['path'])[1]; out = f'{TMP}/e{ei:03d}{ext}'
                    n = edit_image_paste(Image.open(src['path']), src['cap']['H'], src['cap']['dpi'], src['cap']['base'],
                                         [(o, nw, al, wh, an) for o, nw, al, wh, an, ex in reps], out)
                    if n < len(reps): continue
                elif method == 'devtools_html_edit_screenshot':
                    out = f'{TMP}/e{ei:03d}.png'
                    if change == 'total':  # change one line amount and the total, like editing the DOM
                        nd['items'][0]['amount'] = nd['items'][0]['amount'] + (nd['total'] - d['total'])
                    w, h = (430, 1100) if src['mobile'] else (1366, 1000)
                    chromium_shot(portal_html(nd, d['style'], src['mobile']), out, w, h, 2 if src['mobile'] else 1)
                    if change == 'total': what = ['total', 'line_amount']
                elif method.endswith(('then_scan', 'then_phone_photo')):
                    tmp_pdf = f'{TMP}/pre{ei:03d}.pdf'
                    if method.startswith('pikepdf'): n = edit_pikepdf(src['path'], tmp_pdf, [(o, nw, ex) for o, nw, al, wh, an, ex in reps])
                    else: n = edit_overlay(src['path'], tmp_pdf, [(o, nw, al, wh, an) for o, nw, al, wh, an, ex in reps])
                    if n < len(reps): continue
                    mode = 'scan_jpeg' if method.endswith('scan') else 'phone_photo'
                    out, _, _ = do_capture(nd, tmp_pdf, mode, f'{TMP}/e{ei:03d}')
                else: raise ValueError(method)
                pages = npages(out)
            prodname = src['producer']
            if method.endswith('then_scan'): prodname = 'scan_jpeg'
            if method.endswith('then_phone_photo'): prodname = 'phone_photo'
            if method == 'devtools_html_edit_screenshot': prodname = 'chromium_screenshot'
            tc = False if any(w in what for w in ('total', 'quantity', 'line_amount')) and not (set(what) >= {'quantity', 'total'} and 'line_amount' in what and False) else src['label']['totals_consistent']
            lab = label(nd, prodname, pages, genuine=False, edit_method=method, what_changed=what, arithmetic_error=False, totals_consistent=tc,
                        edit_before_capture=method.startswith('devtools') or method.endswith(('then_scan', 'then_phone_photo')),
                        note=f'edited copy; source: genuine {src["producer"]} file')
            edited.append(dict(path=out, label=lab, src=src)); used[id(src)] = used.get(id(src), 0) + 1; done = True
            break
        if not done: print('WARN: could not apply edit', method, kind, change, flush=True)
    print(f'edits done {time.time() - t0:.0f}s, edited={len(edited)}', flush=True)

    # ------------------------------------------------------------- neutral file names, labels
    allr = recs + edited
    order = list(range(len(allr))); R.shuffle(order)
    for newi, oi in enumerate(order, 1):
        r = allr[oi]; ext = os.path.splitext(r['path'])[1]
        r['file'] = f'doc34_{newi:03d}{ext}'; r['label']['file'] = r['file']
        shutil.copy(r['path'], os.path.join(OUT, r['file']))
    for r in edited: r['label']['source_file'] = r['src']['file']
    with open(os.path.join(BASE, 'labels.jsonl'), 'w') as f:
        for oi in order:
            f.write(json.dumps(allr[oi]['label'], ensure_ascii=False) + '\n')
    print(f'wrote {len(allr)} files in {time.time() - t0:.0f}s')


if __name__ == '__main__':
    main()
