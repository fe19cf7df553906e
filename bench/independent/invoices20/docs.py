# build invented document data
from common import *

LBL = {
 'en': dict(invoice='INVOICE', receipt='RECEIPT', proforma='PROFORMA INVOICE', credit_note='CREDIT NOTE', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', packing_list='PACKING LIST',
            no='Invoice No.', date='Date', buyer='Bill to', supplier='Seller', desc='Description', qty='Qty', unit='Unit', price='Unit price', amount='Amount', subtotal='Subtotal', discount='Discount', shipping='Shipping', tax='VAT', total='Total', vatid='VAT No.', terms='Payment due within 30 days', bank='Bank'),
 'zh': dict(invoice='销售发票', receipt='收款收据', proforma='形式发票', credit_note='红字发票', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', packing_list='装箱单', sales_slip='销售单',
            no='单据编号', date='日期', buyer='购货单位', supplier='销售单位', desc='品名', qty='数量', unit='单位', price='单价', amount='金额', subtotal='小计', discount='折扣', shipping='运费', tax='税额', total='合计', vatid='统一社会信用代码', terms='货款月结30天', bank='开户行'),
 'de': dict(invoice='RECHNUNG', receipt='QUITTUNG', proforma='PROFORMA-RECHNUNG', credit_note='GUTSCHRIFT / RECHNUNGSKORREKTUR', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', packing_list='PACKLISTE',
            no='Rechnungsnummer', date='Rechnungsdatum', buyer='Rechnungsempfänger', supplier='Lieferant', desc='Bezeichnung', qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt', subtotal='Zwischensumme netto', discount='Rabatt', shipping='Versandkosten', tax='USt.', total='Rechnungsbetrag', vatid='USt-IdNr.', terms='Zahlbar innerhalb von 14 Tagen ohne Abzug.', bank='Bankverbindung'),
 'es': dict(invoice='FACTURA', receipt='RECIBO', proforma='FACTURA PROFORMA', credit_note='FACTURA RECTIFICATIVA', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO', delivery_note='ALBARÁN DE ENTREGA', packing_list='LISTA DE EMBALAJE',
            no='Nº factura', date='Fecha', buyer='Cliente', supplier='Proveedor', desc='Concepto', qty='Cant.', unit='Ud.', price='Precio unit.', amount='Importe', subtotal='Base imponible', discount='Descuento', shipping='Portes', tax='IVA', total='TOTAL FACTURA', vatid='NIF/CIF', terms='Forma de pago: transferencia a 30 días', bank='IBAN'),
 'fr': dict(invoice='FACTURE', receipt='REÇU', proforma='FACTURE PRO FORMA', credit_note='AVOIR', purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON', packing_list='LISTE DE COLISAGE',
            no='Facture n°', date='Date', buyer='Client', supplier='Fournisseur', desc='Désignation', qty='Qté', unit='Unité', price='P.U. HT', amount='Montant HT', subtotal='Total HT', discount='Remise', shipping='Frais de port', tax='TVA', total='Total TTC', vatid='N° TVA intracom.', terms='Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.', bank='IBAN'),
 'it': dict(invoice='FATTURA', receipt='RICEVUTA', proforma='FATTURA PROFORMA', credit_note='NOTA DI CREDITO', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', packing_list='DISTINTA COLLI',
            no='Fattura n.', date='Data', buyer='Spett.le', supplier='Fornitore', desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unit.', amount='Importo', subtotal='Imponibile', discount='Sconto', shipping='Spese di trasporto', tax='IVA', total='Totale documento', vatid='P.IVA', terms='Pagamento: bonifico bancario 30 gg d.f.', bank='IBAN'),
 'nl': dict(invoice='FACTUUR', receipt='KWITANTIE', proforma='PROFORMAFACTUUR', credit_note='CREDITNOTA', purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', packing_list='PAKLIJST',
            no='Factuurnummer', date='Factuurdatum', buyer='Factuuradres', supplier='Leverancier', desc='Omschrijving', qty='Aantal', unit='Eenh.', price='Prijs', amount='Bedrag', subtotal='Subtotaal excl. btw', discount='Korting', shipping='Verzendkosten', tax='Btw', total='Totaal te betalen', vatid='Btw-nr.', terms='Gelieve binnen 14 dagen te betalen o.v.v. het factuurnummer.', bank='IBAN'),
 'pl': dict(invoice='FAKTURA VAT', receipt='PARAGON', proforma='FAKTURA PRO FORMA', credit_note='FAKTURA KORYGUJĄCA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ - WYDANIE ZEWNĘTRZNE', packing_list='LISTA PAKOWANIA',
            no='Nr faktury', date='Data wystawienia', buyer='Nabywca', supplier='Sprzedawca', desc='Nazwa towaru lub usługi', qty='Ilość', unit='J.m.', price='Cena netto', amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport', tax='VAT', total='Do zapłaty', vatid='NIP', terms='Termin płatności: 14 dni, przelew', bank='Nr rachunku'),
 'ja': dict(invoice='請求書', receipt='領収書', proforma='見積請求書', credit_note='返品伝票', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', packing_list='梱包明細',
            no='請求番号', date='請求日', buyer='御中', supplier='', desc='品名', qty='数量', unit='単位', price='単価', amount='金額', subtotal='小計', discount='値引', shipping='送料', tax='消費税', total='合計', vatid='登録番号', terms='お支払期限：翌月末日', bank='振込先'),
}
CUR_SYM = {'EUR': '€', 'USD': '$', 'GBP': '£', 'JPY': '¥', 'CNY': '¥', 'PLN': 'zł'}
LANG_FMT = {'en': 'us', 'zh': 'us', 'zh-en': 'us', 'de': 'eu', 'es': 'eu', 'it': 'eu', 'nl': 'eu', 'fr': 'fr', 'pl': 'fr', 'ja': 'us'}
LANG_DATE = {'en': ['us', 'us_long', 'en_long'], 'zh': ['cn', 'cn0', 'iso'], 'zh-en': ['ymd', 'en_long', 'iso'], 'de': ['dot'], 'es': ['slash_eu', 'es'],
             'it': ['slash_eu', 'it'], 'nl': ['dash_eu'], 'fr': ['fr', 'slash_eu'], 'pl': ['dot', 'iso'], 'ja': ['ymd', 'cn']}
VAT = {'de': 19, 'es': 21, 'fr': 20, 'it': 22, 'nl': 21, 'pl': 23, 'en': 20, 'ja': 10, 'zh': 13, 'zh-en': 0}

def compute(d):
    cur = d['currency']; items = d['items']
    for it in items:
        it['net'] = q2(D(it['qty']) * D(str(it['price'])), cur)
        it['tax'] = q2(it['net'] * D(d['tax_rate']) / 100, cur) if d.get('tax_per_line') else D(0)
    if d.get('arith') == 'line':
        it = items[len(items) // 2]; it['net'] = it['net'] + q2(D(R.choice([10, 100, 9, 90, 1000])), cur)
        if d.get('tax_per_line'): it['tax'] = q2(it['net'] * D(d['tax_rate']) / 100, cur)
    d['subtotal'] = sum((i['net'] for i in items), D(0))
    d['discount'] = q2(d['subtotal'] * D(d['disc_pct']) / 100, cur) if d.get('disc_pct') else D(0)
    base = d['subtotal'] - d['discount'] + d.get('shipping', D(0))
    if d.get('tax_per_line'): d['tax'] = sum((i['tax'] for i in items), D(0))
    else: d['tax'] = q2(base * D(d['tax_rate']) / 100, cur)
    d['total'] = base + d['tax']
    if d.get('arith') == 'grand':
        t = fmt(d['total'], 'plain', cur); digs = [i for i, c in enumerate(t) if c.isdigit()]
        i = digs[1] if len(digs) > 3 else digs[0]
        if len(digs) > 3 and t[i] != t[i+1] and t[i+1].isdigit():  # transpose two digits
            t = t[:i] + t[i+1] + t[i] + t[i+2:]
        else: t = str(D(t) + 100)
        d['total'] = D(t)
    if d['doc_type'] == 'credit_note':
        pass
    return d

def make_doc(idx, kind, lang, doc_type='invoice', n_items=None, producer='', **kw):
    d = dict(id=f"{idx:03d}", kind=kind, lang=lang, doc_type=doc_type, producer=producer, priced=True, has_total=True)
    d['date'] = date_rand(); d['date_style'] = R.choice(LANG_DATE[lang]); d['num_style'] = LANG_FMT[lang]
    n = n_items or R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    d['disc_pct'] = 0; d['shipping'] = D(0); d['tax_per_line'] = False
    if kind in ('cn_sales', 'fapiao', 'ali', 'ci'):
        s = R.choice(CN_SUPPLIERS); d['sup'] = dict(name=s[0], name_en=s[1], addr=s[2], addr_en=s[3], tax=uscc(), tel=f"0579-8{rnd_digits(7)}",
                                                     bankacct=f"中国农业银行义乌{R.choice(['稠城', '北苑', '江东'])}支行 {rnd_digits(19)}")
        goods = R.sample(GOODS, min(n, len(GOODS)))
        while len(goods) < n: goods.append(R.choice(GOODS))
        if kind in ('cn_sales', 'fapiao'):
            d['currency'] = 'CNY'; d['buy'] = dict(name=ME['cn'], addr=ME['addr_cn'], tax=ME['tax'])
            d['tax_rate'] = 13 if (kind == 'fapiao' or R.random() < .5) else 0; d['tax_per_line'] = True
            d['items'] = [dict(desc=g[0], unit=g[2], sku=f"{R.choice('ABCHKLMSTW')}{rnd_digits(5)}", qty=R.choice([50, 100, 120, 200, 240, 300, 480, 500, 600, 1000, 1200, 2000, 3000]), price=q2(R.uniform(*g[3]))) for g in goods]
            d['sup']['name_show'] = d['sup']['name']
            if kind == 'fapiao':
                d['fp_code'] = '0' + rnd_digits(11); d['fp_no'] = rnd_digits(8)
                d['fp_kind'] = kw.get('fp_kind', R.choice(['普通', '专用', '电子普通']))
                d['check'] = ' '.join(rnd_digits(5) for _ in range(4))
                for it in d['items']: it['desc'] = '*' + R.choice(['日用杂品', '塑料制品', '纺织产品', '照明装置', '金属制品', '玩具']) + '*' + it['desc']
        else:
            d['currency'] = 'USD'; d['tax_rate'] = 0
            buyers = [(ME['en'], ME['addr_en'], ME['tax']), ME_UK, ME_DE]
            b = buyers[0] if kind == 'ali' else R.choice(buyers[1:])
            d['buy'] = dict(name=b[0], addr=b[1], tax=b[2])
            d['items'] = [dict(desc=g[1], desc_cn=g[0], unit='pcs', hs=R.choice(['3924100000', '9405409000', '3926909090', '9503006000', '6301400000', '7323930000']),
                               sku=f"{R.choice('ABCHKLMSTW')}{rnd_digits(5)}", qty=R.choice([200, 300, 500, 600, 800, 1000, 1500, 2000, 2400, 3000]), price=q2(R.uniform(g[3][0] / 6.9, g[3][1] / 6.9) + 0.05)) for g in goods]
            if kind == 'ali' and R.random() < .8: d['shipping'] = q2(R.choice([85, 126.5, 240, 312.8, 455]))
            d['incoterm'] = R.choice(['FOB Ningbo', 'FOB Shanghai', 'EXW Yiwu', 'CIF Felixstowe', 'FOB Shenzhen'])
    elif kind == 'market':
        d['currency'] = kw.get('currency', R.choice(['USD', 'GBP', 'EUR']))
        d['sup'] = dict(name=R.choice(['Harbor Crest Supply Co.', 'Meridian Office & Packaging Inc.', 'BluePine Wholesale LLC', 'Oakridge Trade Partners Ltd']),
                        addr=R.choice(['1450 Commerce Pkwy, Suite 210, Reno, NV 89502, USA', '88 Dockside Road, Leicester LE4 9BQ, United Kingdom', '2201 W Grand Ave, Chicago, IL 60612, USA']),
                        tax=R.choice(['EIN 84-' + rnd_digits(7), 'GB ' + rnd_digits(3) + ' ' + rnd_digits(4) + ' ' + rnd_digits(2)]))
        b = R.choice([ME_UK, ME_DE, (ME['en'], ME['addr_en'], ME['tax'])]); d['buy'] = dict(name=b[0], addr=b[1], tax=b[2])
        d['tax_rate'] = {'USD': R.choice([0, 0, 7.25]), 'GBP': 20, 'EUR': 19}[d['currency']]
        gl = EU_GOODS['en']; d['items'] = [dict(desc=g[0], unit=g[1], qty=R.choice([1, 2, 5, 10, 20, 50, 100, 500, 1000]), price=q2(R.uniform(g[2], g[3]))) for g in R.sample(gl, min(n, len(gl)))]
        if d['currency'] == 'GBP': d['date_style'] = R.choice(['en_long', 'slash_eu'])
        if R.random() < .5: d['shipping'] = q2(R.choice([0, 9.99, 14.5, 24.0]))
        d['order_no'] = f"{rnd_digits(3)}-{rnd_digits(7)}-{rnd_digits(7)}"
    elif kind == 'eu':
        s = R.choice(EU_SUPPLIERS[lang]); d['sup'] = dict(name=s[0], addr=s[1], tax=s[2], reg=s[3],
                                                        iban=f"{ {'de':'DE','es':'ES','fr':'FR','it':'IT','nl':'NL','pl':'PL','en':'GB'}[lang]}{rnd_digits(2)} {rnd_digits(4)} {rnd_digits(4)} {rnd_digits(4)} {rnd_digits(4)} {rnd_digits(2)}")
        d['currency'] = {'pl': 'PLN', 'en': 'GBP'}.get(lang, 'EUR')
        b = ME_UK if lang == 'en' else (ME_DE if lang in ('de', 'nl', 'pl', 'it', 'fr') or R.random() < .5 else (ME['en'], ME['addr_en'], ME['tax']))
        d['buy'] = dict(name=b[0], addr=b[1], tax=b[2])
        d['tax_rate'] = VAT[lang] if R.random() < .85 else 0
        if d['tax_rate'] == 0: d['reverse'] = True
        gl = EU_GOODS[lang]; d['items'] = [dict(desc=g[0], unit=g[1], qty=R.choice([1, 2, 4, 10, 25, 50, 100, 250, 500, 1000, 2000]), price=q2(R.uniform(g[2], g[3]))) for g in R.sample(gl, min(n, len(gl)))]
        if R.random() < .3: d['disc_pct'] = R.choice([2, 3, 5, 10])
        if R.random() < .4: d['shipping'] = q2(R.choice([6.9, 12.5, 19.9, 35, 48.6]))
    elif kind == 'jp':
        s = R.choice(JP_SUPPLIERS); d['sup'] = dict(name=s[0], addr=s[1], tax=s[2], tel=s[3])
        d['buy'] = dict(name=ME_JP[0], addr=ME_JP[1], tax=ME_JP[2]); d['currency'] = 'JPY'; d['tax_rate'] = 10
        d['items'] = [dict(desc=g[0], unit=g[1], qty=R.choice([10, 20, 24, 36, 48, 60, 100, 120, 200]), price=D(R.randint(g[2], g[3]))) for g in R.sample(JP_GOODS, min(n, len(JP_GOODS)))]
        if R.random() < .4: d['shipping'] = D(R.choice([1100, 1650, 2200, 3300]))
    for it in d.get('items', []):
        if kind in ('eu', 'market'):
            if it['price'] < 1.5 and it['qty'] < 100: it['qty'] = R.choice([200, 500, 1000, 2500])
            if it['price'] > 30 and it['qty'] > 50: it['qty'] = R.choice([1, 2, 3, 5])
    d['number'] = kw.get('number') or {'cn_sales': f"XSD{d['date']:%Y%m}{rnd_digits(4)}", 'fapiao': d.get('fp_no', ''), 'ali': f"{rnd_digits(16)}",
                                       'ci': f"{R.choice(['HY', 'CC', 'YS', 'RD'])}{d['date']:%y%m%d}-{rnd_digits(2)}", 'market': f"{R.choice(['GB', 'US', 'DE'])}{rnd_digits(2)}-{rnd_digits(6)}",
                                       'eu': f"{R.choice(['RE', 'F', 'FA', 'INV', ''])}{d['date'].year}-{rnd_digits(5)}", 'jp': f"{d['date']:%Y%m}-{rnd_digits(4)}"}[kind]
    d.update(kw)
    if doc_type in ('packing_list', 'delivery_note'): d['priced'] = False; d['has_total'] = False
    if doc_type == 'other': d['has_total'] = False
    if doc_type == 'credit_note':
        for it in d['items']: it['qty'] = -it['qty']
    compute(d)
    return d

def money(d, x): return fmt(x, d['num_style'], d['currency'])
def dstr(d): return fdate(d['date'], d['date_style'])
def qtystr(d, q):
    return (fmt(D(q), 'us', 'JPY') if d['num_style'] == 'us' else fmt(D(q), d['num_style'], 'JPY')) if abs(q) >= 1000 and d.get('qty_group') else str(q)
def lbl(d, k):
    L = d['lang']
    if L == 'zh-en': return f"{LBL['zh'].get(k, '')} {LBL['en'][k]}"
    return LBL[L][k]
def title(d):
    t = d['doc_type']
    if d.get('title'): return d['title']
    if t == 'other': return d.get('title', '')
    if d['kind'] == 'cn_sales' and t == 'invoice': return d.get('title', '销售单')
    if t == 'tax_invoice': return d.get('title', 'TAX INVOICE')
    return lbl(d, t)
