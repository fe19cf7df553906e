# Shared data + formatting for the invoices4 generator (all companies invented).
import datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
}


def fmt_date(d, style):
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'mdy_us': return d.strftime('%m/%d/%Y')
    if style == 'iso': return d.strftime('%Y-%m-%d')
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'cjk': return f'{d.year}年{d.month}月{d.day}日'
    if style == 'cjk0': return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if style == 'long_fr': return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}"
    if style == 'long_en': return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == 'long_us': return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == 'long_de': return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    if style == 'long_es': return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if style == 'long_it': return f"{d.day} {MONTHS['it'][d.month-1]} {d.year}"
    if style == 'long_nl': return f"{d.day} {MONTHS['nl'][d.month-1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = {
    'en': ['iso', 'long_en', 'mdy_us', 'long_us', 'dmy_slash'],
    'de': ['dmy_dot', 'dmy_dot', 'long_de'],
    'fr': ['dmy_slash', 'long_fr'],
    'it': ['dmy_slash', 'dmy_slash', 'long_it', 'dmy_dot'],
    'es': ['dmy_slash', 'long_es', 'dmy_dash'],
    'pl': ['dmy_dot', 'iso'],
    'nl': ['dmy_dash', 'long_nl'],
    'ja': ['cjk', 'ymd_slash'],
    'zh': ['cjk0', 'cjk', 'iso'],
}


def qz(v, cur):
    return D(v).quantize(D('1') if cur == 'JPY' else D('0.01'), ROUND_HALF_UP)


def fmt_num(v, lang, cur, numstyle=None):
    dec = 0 if cur == 'JPY' else 2
    s = f"{abs(v):,.{dec}f}"
    st = numstyle or {'de': 'dot', 'it': 'dot', 'es': 'dot', 'nl': 'dot', 'fr': 'space', 'pl': 'space'}.get(lang, 'comma')
    if st == 'dot':
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
    elif st == 'space':
        s = s.replace(',', ' ').replace('.', ',')
    return ('-' if v < 0 else '') + s


SYM = {'EUR': '€', 'USD': 'US$', 'JPY': '¥', 'CNY': '¥', 'PLN': 'zł'}


def fmt_money(v, lang, cur, style, numstyle=None):
    n = fmt_num(v, lang, cur, numstyle)
    if style == 'sym_after': return f"{n} {SYM[cur]}"
    if style == 'code_after': return f"{n} {cur}"
    if style == 'code_before': return f"{cur} {n}"
    if style == 'sym_before': return f"{SYM[cur]}{n}"
    return n


# --------------------------------------------------------------------------- labels per language
LBL = {
    'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
               packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST',
               no='Invoice No.', date='Invoice date', due='Due date', seller='Seller', buyer='Bill to', pos='#', desc='Description', qty='Qty',
               price='Unit price', amount='Amount', subtotal='Subtotal', tax='VAT', discount='Discount', shipping='Freight', total='Total',
               terms='Payment terms', bank='Bank', ref='Your order', cartons='Cartons', nw='N.W. (kg)', gw='G.W. (kg)', code='Item code',
               revchg='VAT reverse charge - Art. 196 Directive 2006/112/EC', docno='Document No.', page='Page', paid='PAID', thanks='Thank you for your business.'),
    'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMA-RECHNUNG',
               packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', price_list='PREISLISTE',
               no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', seller='Verkäufer', buyer='Rechnungsempfänger', pos='Pos.', desc='Bezeichnung',
               qty='Menge', price='Einzelpreis', amount='Gesamt', subtotal='Zwischensumme', tax='USt.', discount='Rabatt', shipping='Versandkosten',
               total='Rechnungsbetrag', terms='Zahlungsbedingungen', bank='Bankverbindung', ref='Ihre Bestellung', cartons='Kartons', nw='Netto kg',
               gw='Brutto kg', code='Art.-Nr.', revchg='Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)', docno='Beleg-Nr.', page='Seite',
               paid='BEZAHLT', thanks='Vielen Dank für Ihren Auftrag.'),
    'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', credit_note='AVOIR', proforma='FACTURE PROFORMA', packing_list='LISTE DE COLISAGE',
               purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON', price_list='TARIFS',
               no='Facture n°', date='Date', due='Échéance', seller='Vendeur', buyer='Facturé à', pos='Réf.', desc='Désignation', qty='Qté',
               price='P.U. HT', amount='Montant HT', subtotal='Total HT', tax='TVA', discount='Remise', shipping='Frais de port', total='Total TTC',
               terms='Conditions de paiement', bank='Banque', ref='Votre commande', cartons='Colis', nw='Poids net', gw='Poids brut', code='Code',
               revchg='Autoliquidation - article 283-2 du CGI / art. 196 directive 2006/112/CE', docno='N° document', page='Page', paid='ACQUITTÉE',
               thanks='Merci de votre confiance.'),
    'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
               packing_list='DISTINTA COLLI', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', price_list='LISTINO PREZZI',
               no='Fattura n.', date='Data', due='Scadenza', seller='Cedente', buyer='Cessionario', pos='Cod.', desc='Descrizione', qty='Q.tà',
               price='Prezzo unit.', amount='Importo', subtotal='Imponibile', tax='IVA', discount='Sconto', shipping='Spese di trasporto',
               total='Totale documento', terms='Pagamento', bank='Banca d\'appoggio', ref='Vs. ordine', cartons='Colli', nw='Peso netto', gw='Peso lordo',
               code='Codice', revchg='Operazione non imponibile art. 41 D.L. 331/93 - inversione contabile', docno='Documento n.', page='Pag.', paid='PAGATO',
               thanks='Grazie per la preferenza.'),
    'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='FACTURA SIMPLIFICADA', credit_note='FACTURA RECTIFICATIVA', proforma='FACTURA PROFORMA',
               packing_list='LISTA DE BULTOS', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO', delivery_note='ALBARÁN', price_list='TARIFA DE PRECIOS',
               no='Nº factura', date='Fecha', due='Vencimiento', seller='Emisor', buyer='Cliente', pos='Ref.', desc='Concepto', qty='Cant.',
               price='Precio', amount='Importe', subtotal='Base imponible', tax='IVA', discount='Descuento', shipping='Portes', total='TOTAL FACTURA',
               terms='Forma de pago', bank='IBAN', ref='Su pedido', cartons='Bultos', nw='Peso neto', gw='Peso bruto', code='Código',
               revchg='Inversión del sujeto pasivo', docno='Nº documento', page='Página', paid='PAGADO', thanks='Gracias por su confianza.'),
    'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='RACHUNEK', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PRO FORMA',
               packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ - WYDANIE ZEWNĘTRZNE', price_list='CENNIK',
               no='Nr', date='Data wystawienia', due='Termin płatności', seller='Sprzedawca', buyer='Nabywca', pos='Lp.', desc='Nazwa towaru',
               qty='Ilość', price='Cena netto', amount='Wartość netto', subtotal='Razem netto', tax='VAT', discount='Rabat', shipping='Transport',
               total='Do zapłaty', terms='Sposób płatności', bank='Konto', ref='Zamówienie', cartons='Kartony', nw='Netto kg', gw='Brutto kg', code='Indeks',
               revchg='Odwrotne obciążenie / WDT - stawka 0%', docno='Nr dokumentu', page='Strona', paid='ZAPŁACONO', thanks='Dziękujemy za zakupy.'),
    'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KWITANTIE', credit_note='CREDITNOTA', proforma='PROFORMA FACTUUR', packing_list='PAKLIJST',
               purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', price_list='PRIJSLIJST',
               no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', seller='Leverancier', buyer='Factuur aan', pos='Art.', desc='Omschrijving',
               qty='Aantal', price='Prijs', amount='Bedrag', subtotal='Subtotaal', tax='BTW', discount='Korting', shipping='Verzendkosten',
               total='Totaal', terms='Betalingstermijn', bank='IBAN', ref='Uw referentie', cartons='Dozen', nw='Netto kg', gw='Bruto kg', code='Artikelnr.',
               revchg='BTW verlegd - intracommunautaire levering', docno='Documentnr.', page='Pagina', paid='BETAALD', thanks='Bedankt voor uw bestelling.'),
    'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書', packing_list='梱包明細書',
               purchase_order='注文書', quotation='御見積書', delivery_note='納品書', price_list='価格表',
               no='請求書番号', date='請求日', due='お支払期限', seller='発行元', buyer='御中', pos='No.', desc='品名', qty='数量', price='単価',
               amount='金額', subtotal='小計', tax='消費税(10%)', discount='値引', shipping='送料', total='合計金額', terms='お支払方法', bank='振込先',
               ref='ご注文番号', cartons='箱数', nw='正味重量', gw='総重量', code='品番', revchg='輸出免税', docno='伝票番号', page='頁', paid='領収済',
               thanks='毎度ありがとうございます。下記のとおりご請求申し上げます。'),
    'zh': dict(invoice='商业发票', tax_invoice='增值税普通发票', receipt='收据', credit_note='红字发票', proforma='形式发票', packing_list='装箱单',
               purchase_order='采购订单', quotation='报价单', delivery_note='送货单', price_list='价格表',
               no='发票号码', date='开票日期', due='付款期限', seller='销售方', buyer='购买方', pos='序号', desc='货物或应税劳务、服务名称', qty='数量',
               price='单价', amount='金额', subtotal='合计', tax='税额', discount='折扣', shipping='运费', total='价税合计', terms='付款方式', bank='开户行及账号',
               ref='合同号', cartons='箱数', nw='净重(kg)', gw='毛重(kg)', code='规格型号', revchg='出口免税', docno='单据号', page='第页', paid='已付款',
               thanks='谢谢惠顾'),
}

# --------------------------------------------------------------------------- parties (all invented)
MAIN_BUYER = dict(name='Tramontana Living S.L.', lines=['Calle de Embajadores 212, 3º izq.', '28045 Madrid, España'],
                  taxid='NIF ESB86419273', ship=['Almacén: C/ Vidrieros 23, Nave 4', '28906 Getafe (Madrid)'])
OTHER_BUYERS = [
    dict(name='Rosales Import Export S.L.', lines=['Av. de Andalucía 45, local 2', '28021 Madrid, España'], taxid='NIF ESB87120358'),
    dict(name='Nube Azul Comercio Online S.L.', lines=['C/ Bravo Murillo 301, 1ºA', '28020 Madrid, España'], taxid='NIF ESB88204617'),
    dict(name='Casa Albahaca Hogar S.L.', lines=['C/ Periodista Azzati 9', '46002 Valencia, España'], taxid='NIF ESB98335127'),
    dict(name='Javier Ortega Blanco', lines=['C/ Arganda 17, 4ºC', '28005 Madrid, España'], taxid='DNI 50812347K'),
]

SUPPLIERS = {
    'valdarno': dict(name='Ceramiche Valdarno S.r.l.', lines=['Via delle Fornaci 41', '52025 Montevarchi (AR), Italia'], taxid='P.IVA IT02874150516',
                     langs=['it', 'it', 'en'], cur='EUR', eu=True, prefix='FT', sw='ContaBene 4.1',
                     items=[('Piatto piano Ø27 cm smalto avorio', 3.1, 4.6), ('Ciotola colazione 14 cm terracotta', 2.2, 3.1),
                            ('Vassoio rettangolare 35x22 decoro limoni', 7.5, 11.0), ('Tazza espresso con piattino, blu', 2.6, 3.9),
                            ('Brocca 1,2 L maiolica dipinta a mano', 9.8, 14.5), ('Piatto fondo Ø22 cm verde salvia', 2.9, 4.2),
                            ('Set 4 sottopentola in ceramica', 6.0, 8.8), ('Portauova rustico', 1.4, 2.3)]),
    'lariana': dict(name='Tessitura Lariana Bassi & C. S.n.c.', lines=['Via per Cantù 118', '22070 Senna Comasco (CO), Italia'], taxid='P.IVA IT03319660135',
                    langs=['it', 'en'], cur='EUR', eu=True, prefix='', sw='GestiTex 2019',
                    items=[('Strofinaccio lino 50x70 righe blu', 2.4, 3.6), ('Tovaglia lino 150x250 naturale', 18.0, 26.0),
                           ('Set 6 tovaglioli cotone 40x40', 7.9, 11.5), ('Grembiule da cucina lino lavato', 6.5, 9.9),
                           ('Runner 45x150 jacquard', 8.0, 12.5), ('Presine imbottite (coppia)', 2.8, 4.1)]),
    'pradis': dict(name='Officina Coltelli Pradis S.r.l.', lines=['Via dei Fabbri 6', '33085 Maniago (PN), Italia'], taxid='P.IVA IT01966830938',
                   langs=['it', 'en'], cur='EUR', eu=True, prefix='', sw='ContaBene 4.1',
                   items=[('Coltello chef 20 cm acciaio inox', 14.0, 21.0), ('Coltello pane 22 cm', 11.0, 16.0), ('Set 6 coltelli bistecca manico olivo', 32.0, 45.0),
                          ('Forbici da cucina multiuso', 6.2, 9.0), ('Ceppo portacoltelli faggio', 12.0, 18.0)]),
    'drewnex': dict(name='Drewnex Meble Sp. z o.o.', lines=['ul. Tartaczna 9', '64-100 Leszno, Polska'], taxid='NIP PL6972318840',
                    langs=['pl', 'pl', 'en'], cur='EUR', eu=True, prefix='FV', sw='FakturaMistrz 5',
                    items=[('Deska do krojenia dąb 40x25', 6.8, 9.5), ('Półka ścienna sosna 60 cm', 8.5, 12.0), ('Stojak na przyprawy bukowy', 5.2, 7.9),
                           ('Organizer do szuflady bambus', 4.1, 6.3), ('Taca drewniana z uchwytami', 7.0, 10.5), ('Stołek składany dąb', 19.0, 27.0)]),
    'karkonosze': dict(name='Szklarnia Karkonosze Sp. j.', lines=['ul. Hutnicza 3', '58-580 Szklarska Poręba, Polska'], taxid='NIP PL6112904471',
                       langs=['pl', 'en'], cur='PLN', eu=True, prefix='FS', sw='FakturaMistrz 5',
                       items=[('Wazon szklany dmuchany 25 cm', 28.0, 44.0), ('Szklanki do wody 300 ml kpl. 6 szt.', 22.0, 35.0),
                              ('Karafka 1 l z korkiem', 31.0, 46.0), ('Świecznik szklany bursztyn', 14.0, 21.0), ('Misa szklana 30 cm', 38.0, 55.0)]),
    'hoffmann': dict(name='Hoffmann & Rieger Haushaltswaren GmbH', lines=['Gewerbestraße 17', '73033 Göppingen, Deutschland'],
                     taxid='USt-IdNr. DE318472960', langs=['de', 'de', 'en'], cur='EUR', eu=True, prefix='RE', sw='RechnungsPilot 2.7',
                     items=[('Edelstahl-Kochtopf 20 cm mit Deckel', 12.5, 18.9), ('Pfannenwender Silikon hitzebeständig', 1.9, 3.2),
                            ('Messbecher Glas 500 ml', 2.4, 3.8), ('Digitale Küchenwaage 5 kg', 7.9, 11.5), ('Schneebesen Edelstahl 25 cm', 1.6, 2.7),
                            ('Sieb-Set 3-teilig', 5.5, 8.4), ('Brotkasten Bambus', 11.0, 16.5)]),
    'brenner': dict(name='Brenner Holzkunst e.K.', lines=['Talstraße 5', '78136 Schonach im Schwarzwald, Deutschland'], taxid='USt-IdNr. DE287104553',
                    langs=['de'], cur='EUR', eu=True, prefix='', sw='Kasse+Faktura 11',
                    items=[('Holz-Stapelturm Kinder, Buche natur', 6.9, 9.8), ('Schlüsselbrett Eiche 5 Haken', 8.2, 12.4), ('Serviettenhalter Nussbaum', 4.5, 6.9),
                           ('Holzlöffel-Set 4-teilig Olive', 5.8, 8.6), ('Frühstücksbrettchen Buche 4er', 7.4, 10.9)]),
    'hengyuan': dict(name='Ningbo Hengyuan Home Products Co., Ltd.', zh_name='宁波恒远家居用品有限公司',
                     lines=['No. 88 Jinyuan Road, Yinzhou District', 'Ningbo, Zhejiang 315100, China'], zh_lines=['浙江省宁波市鄞州区金园路88号', '0574-8821 6630'],
                     taxid='USCC 91330212MA2H7K4Q5X', langs=['en', 'en', 'zh'], cur='USD', eu=False, prefix='HY', sw='',
                     items=[('Silicone spatula set 5 pcs, grey', 1.05, 1.6), ('Bamboo drawer organizer 6 compartments', 2.9, 4.2),
                            ('Stainless steel straws set w/ brush', 0.62, 0.95), ('Collapsible silicone colander', 1.8, 2.6), ('Glass food container 1040ml', 2.2, 3.1),
                            ('Magnetic knife strip 40cm', 2.7, 3.9), ('Over-the-door hook rack 6 hooks', 1.4, 2.1)],
                     zh_items=[('硅胶铲五件套 灰色', 7.5, 11.0), ('竹制抽屉收纳盒 六格', 20.0, 29.0), ('不锈钢吸管套装', 4.3, 6.6), ('折叠硅胶沥水篮', 12.5, 18.0),
                               ('玻璃保鲜盒 1040ml', 15.0, 22.0), ('磁性刀架 40cm', 19.0, 27.0)]),
    'yuexin': dict(name='Shenzhen Yuexin Electronics Technology Co., Ltd.', zh_name='深圳市跃鑫电子科技有限公司',
                   lines=['5F, Building B, Huafeng Industrial Park', "Bao'an District, Shenzhen 518101, China"], zh_lines=['深圳市宝安区华丰工业园B栋5楼', '0755-2793 4418'],
                   taxid='USCC 91440300MA5F3R8W2L', langs=['en', 'zh', 'en'], cur='USD', eu=False, prefix='YX', sw='',
                   items=[('LED strip light 5m RGB w/ remote', 3.1, 4.4), ('USB-C to USB-C cable 1m 60W braided', 0.78, 1.15),
                          ('Wireless charger pad 15W', 3.4, 4.9), ('Motion sensor night light 3-pack', 4.2, 6.0), ('Smart plug WiFi EU type F', 3.9, 5.3)],
                   zh_items=[('LED灯带 5米 RGB 带遥控', 22.0, 31.0), ('USB-C数据线 1米 60W 编织', 5.5, 8.2), ('无线充电器 15W', 24.0, 35.0),
                             ('人体感应小夜灯 三只装', 30.0, 42.0), ('智能插座 WiFi 欧规', 28.0, 38.0)]),
    'lanting': dict(name='Yiwu Lanting Daily Necessities Firm', zh_name='义乌市澜庭日用品商行',
                    lines=['No. 1209 Gongren North Road, Choucheng Street', 'Yiwu, Zhejiang 322000, China'], zh_lines=['浙江省义乌市稠城街道工人北路1209号', '0579-8551 2087'],
                    taxid='USCC 92330782MA2EK35D1T', langs=['zh', 'en'], cur='CNY', eu=False, prefix='LT', sw='',
                    items=[('Microfiber cleaning cloth 30x30 10pcs', 6.5, 9.0), ('Reusable shopping bag foldable', 2.1, 3.2), ('Plastic clothes pegs 24pcs', 3.0, 4.6),
                           ('Felt storage basket grey', 9.5, 14.0)],
                    zh_items=[('超细纤维抹布 30x30 十条装', 6.5, 9.0), ('折叠购物袋', 2.1, 3.2), ('塑料晾衣夹 24只', 3.0, 4.6), ('毛毡收纳篮 灰色', 9.5, 14.0),
                              ('硅胶杯垫 四只装', 3.6, 5.2)]),
    'harbour': dict(name='Harbourline Trading Ltd', lines=['Unit 1503, 15/F, Tower 2, Lucky Harbour Centre', '28 Tai Lin Pai Road, Kwai Chung, Hong Kong'],
                    taxid='BR No. 71826604', langs=['en'], cur='USD', eu=False, prefix='HLT-', sw='',
                    items=[('Ceramic mug 350ml matte, assorted colours', 1.35, 1.9), ('Bamboo fibre lunch box', 2.05, 2.9), ('Cotton rope basket medium', 3.3, 4.7),
                           ('Aroma diffuser 300ml ultrasonic', 6.4, 8.9), ('Scented candle tin 200g', 1.7, 2.5)]),
    'yamaji': dict(name='株式会社 山路陶房', en_name='Yamaji Tobo Co., Ltd.', lines=['〒507-0071 岐阜県多治見市旭ケ丘3-14-2', 'TEL 0572-27-4410'],
                   en_lines=['3-14-2 Asahigaoka, Tajimi, Gifu 507-0071, Japan'], taxid='登録番号 T8200001029384', langs=['ja', 'ja', 'en'], cur='JPY', eu=False, prefix='',
                   sw='', items=[('美濃焼 飯碗 粉引 12cm', 420, 680), ('湯呑 錆釉 240ml', 380, 590), ('急須 300ml 茶こし付', 1650, 2400), ('小皿 10.5cm 藍染め', 210, 340),
                                 ('長角皿 25cm 織部', 890, 1300)],
                   en_items=[('Mino-ware rice bowl 12cm kohiki', 420, 680), ('Teacup rust glaze 240ml', 380, 590), ('Teapot 300ml with strainer', 1650, 2400),
                             ('Small plate 10.5cm indigo', 210, 340)]),
    'minato': dict(name='有限会社 みなと刃物製作所', en_name='Minato Hamono Seisakusho Ltd.', lines=['〒501-3874 岐阜県関市西日吉町22-7', 'TEL 0575-23-8106'],
                   en_lines=['22-7 Nishihiyoshi-cho, Seki, Gifu 501-3874, Japan'], taxid='登録番号 T4200002051176', langs=['ja', 'en'], cur='JPY', eu=False, prefix='MH-',
                   sw='', items=[('三徳包丁 165mm ステンレス', 2900, 4200), ('ペティナイフ 120mm', 1800, 2600), ('砥石 #1000/#3000 両面', 1500, 2300),
                                 ('キッチンバサミ 分解式', 980, 1450), ('菜切包丁 165mm', 3100, 4400)],
                   en_items=[('Santoku knife 165mm stainless', 2900, 4200), ('Petty knife 120mm', 1800, 2600), ('Whetstone #1000/#3000 combination', 1500, 2300),
                             ('Kitchen scissors, detachable', 980, 1450)]),
    'vauclair': dict(name='Transports Vauclair & Fils SARL', lines=['14 rue des Entrepôts', '69007 Lyon, France'], taxid='TVA FR47512849306',
                     langs=['fr'], cur='EUR', eu=True, prefix='TV', sw='FactuLine',
                     items=[('Transport routier Milan - Madrid, palette 120x80', 95.0, 140.0), ('Frais de dossier import/export', 25.0, 45.0),
                            ('Assurance ad valorem', 18.0, 60.0), ('Manutention entrepôt Lyon (par palette)', 14.0, 22.0),
                            ('Groupage Leszno - Madrid, m³', 68.0, 95.0)]),
    'lumignon': dict(name='Atelier Bougies Lumignon SAS', lines=['7 chemin du Moulin', "84800 L'Isle-sur-la-Sorgue, France"], taxid='TVA FR08831442790',
                     langs=['fr'], cur='EUR', eu=True, prefix='F-', sw='FactuLine',
                     items=[('Bougie parfumée figue 180 g', 5.2, 7.6), ('Bougie cire de soja lavande 250 g', 6.4, 9.1), ('Coffret 3 bougies voyage', 9.5, 13.9),
                            ('Fondant parfumé, boîte de 6', 2.8, 4.1)]),
    'vandermolen': dict(name='Van der Molen Verpakkingen B.V.', lines=['Industrieweg 42', '7944 HV Meppel, Nederland'], taxid='BTW NL859201734B01',
                        langs=['nl', 'nl', 'en'], cur='EUR', eu=True, prefix='VM', sw='BoekhoudBaas',
                        items=[('Verzenddoos 305x215x110 mm, bruin (bundel 25)', 9.8, 13.5), ('Noppenfolie 50 cm x 100 m', 14.0, 19.5),
                               ('Verpakkingstape bruin 48 mm x 66 m (36 st.)', 21.0, 28.0), ('Opvulpapier kraft 38 cm x 300 m', 17.0, 24.0),
                               ('Verzendlabels A6 thermisch (rol 500)', 6.1, 8.9)]),
    'manzanares': dict(name='Gráficas Manzanares S.L.', lines=['Pol. Ind. Los Olivos, C/ Tipografía 12', '28906 Getafe (Madrid)'], taxid='CIF B84129573',
                       langs=['es'], cur='EUR', eu=False, prefix='GM', sw='FacturaSol 9',
                       items=[('Etiquetas adhesivas 50x30 mm impresas (millar)', 12.0, 18.0), ('Manual de instrucciones A5 8 págs. (100 uds.)', 24.0, 36.0),
                              ('Tarjetas de agradecimiento 85x55 (500 uds.)', 19.0, 27.0), ('Diseño y maquetación', 45.0, 90.0)]),
    'henares': dict(name='Embalajes Henares S.L.', lines=['Av. de la Industria 31', '28823 Coslada (Madrid)'], taxid='CIF B19287416',
                    langs=['es'], cur='EUR', eu=False, prefix='', sw='FacturaSol 9',
                    items=[('Caja cartón canal simple 40x30x30', 0.52, 0.78), ('Film estirable 23 micras manual', 8.2, 11.5), ('Precinto PVC marrón 48 mm', 0.95, 1.4),
                           ('Palet europeo usado', 6.5, 9.0), ('Cantoneras cartón 35x35x1200', 0.31, 0.49)]),
}
