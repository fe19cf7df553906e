# Builds a document model (numbers computed with Decimal) and its printed strings.
import datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR
from gen_data import *

L = {
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', other='PRICE LIST',
            no='Invoice No.', date='Date', due='Due Date', billto='Bill To', shipto='Ship To', desc='Description', qty='Qty', unit='Unit',
            price='Unit Price', rate='VAT %', amount='Amount', subtotal='Subtotal', discount='Discount', shipping='Carriage', vat='VAT',
            total='Total', taxid='VAT Reg No.', page='Page', pay='Payment terms: 30 days net. Bank: Sort code 40-12-77, Acc 6120 4418',
            thanks='Thank you for your business.', from_='From', ref='Your order ref.'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMA-RECHNUNG',
            packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', other='PREISLISTE',
            no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', billto='Rechnungsempfänger', shipto='Lieferanschrift', desc='Bezeichnung',
            qty='Menge', unit='Einheit', price='Einzelpreis', rate='USt. %', amount='Gesamt', subtotal='Nettobetrag', discount='Rabatt',
            shipping='Versandkosten', vat='USt.', total='Rechnungsbetrag', taxid='USt-IdNr.', page='Seite',
            pay='Zahlbar innerhalb 14 Tagen ohne Abzug. IBAN DE44 3705 0198 0012 4471 02', thanks='Vielen Dank für Ihren Auftrag.', from_='Absender', ref='Ihre Bestellung'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', credit_note='AVOIR', proforma='FACTURE PRO FORMA',
            packing_list='LISTE DE COLISAGE', purchase_order='BON DE COMMANDE', quotation='DEVIS', delivery_note='BON DE LIVRAISON', other='TARIF',
            no='Facture n°', date='Date', due='Échéance', billto='Facturé à', shipto='Livré à', desc='Désignation', qty='Qté', unit='Unité',
            price='P.U. HT', rate='TVA %', amount='Montant HT', subtotal='Total HT', discount='Remise', shipping='Frais de port', vat='TVA',
            total='Total TTC', taxid='N° TVA intracom.', page='Page', pay='Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal. IBAN FR76 3000 4012 8800 0104 7716 512',
            thanks='Merci de votre confiance.', from_='Émetteur', ref='Votre commande'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
            packing_list='DISTINTA DI IMBALLAGGIO', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', other='LISTINO PREZZI',
            no='Fattura n.', date='Data', due='Scadenza', billto='Cliente', shipto='Destinazione merce', desc='Descrizione', qty='Q.tà', unit='U.M.',
            price='Prezzo unit.', rate='IVA %', amount='Importo', subtotal='Imponibile', discount='Sconto', shipping='Spese di trasporto', vat='IVA',
            total='Totale documento', taxid='P.IVA', page='Pag.', pay='Pagamento: bonifico bancario 30 gg d.f. IBAN IT60 X054 2811 1010 0000 0123 456',
            thanks='Grazie per averci scelto.', from_='Fornitore', ref='Vs. ordine'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='RECIBO', credit_note='FACTURA RECTIFICATIVA', proforma='FACTURA PROFORMA',
            packing_list='LISTA DE EMBALAJE', purchase_order='PEDIDO DE COMPRA', quotation='PRESUPUESTO', delivery_note='ALBARÁN', other='TARIFA DE PRECIOS',
            no='Factura nº', date='Fecha', due='Vencimiento', billto='Cliente', shipto='Dirección de entrega', desc='Concepto', qty='Cant.', unit='Ud.',
            price='Precio', rate='IVA %', amount='Importe', subtotal='Base imponible', discount='Descuento', shipping='Portes', vat='IVA',
            total='Total factura', taxid='NIF', page='Página', pay='Forma de pago: transferencia a 30 días. ES91 2100 0418 4502 0005 1332',
            thanks='Gracias por su confianza.', from_='Emisor', ref='Su pedido'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KWITANTIE', credit_note='CREDITNOTA', proforma='PROFORMAFACTUUR',
            packing_list='PAKLIJST', purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', other='PRIJSLIJST',
            no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', billto='Factuuradres', shipto='Afleveradres', desc='Omschrijving', qty='Aantal',
            unit='Eenheid', price='Prijs', rate='BTW %', amount='Bedrag', subtotal='Subtotaal', discount='Korting', shipping='Verzendkosten', vat='BTW',
            total='Totaal', taxid='BTW-nummer', page='Pagina', pay='Gelieve binnen 30 dagen te betalen op NL91 ABNA 0417 1643 00.',
            thanks='Bedankt voor uw bestelling.', from_='Leverancier', ref='Uw referentie'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='PARAGON', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PRO FORMA',
            packing_list='LISTA PAKOWA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ – WYDANIE ZEWNĘTRZNE', other='CENNIK',
            no='Nr faktury', date='Data wystawienia', due='Termin płatności', billto='Nabywca', shipto='Odbiorca', desc='Nazwa towaru', qty='Ilość',
            unit='J.m.', price='Cena netto', rate='VAT %', amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport',
            vat='Kwota VAT', total='Do zapłaty', taxid='NIP', page='Strona', pay='Sposób płatności: przelew 14 dni. PL61 1090 1014 0000 0712 1981 2874',
            thanks='Dziękujemy za zakupy.', from_='Sprzedawca', ref='Zamówienie'),
 'ja': dict(invoice='請求書', tax_invoice='請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書', packing_list='梱包明細書',
            purchase_order='注文書', quotation='御見積書', delivery_note='納品書', other='価格表', no='請求書番号', date='請求日', due='お支払期限',
            billto='御中', shipto='納品先', desc='品目', qty='数量', unit='単位', price='単価', rate='税率', amount='金額', subtotal='小計',
            discount='値引', shipping='送料', vat='消費税', total='合計', taxid='登録番号', page='ページ', pay='お振込先：みずほ銀行 横浜支店 普通 1234567',
            thanks='下記の通りご請求申し上げます。', from_='発行元', ref='ご注文番号'),
 'zh': dict(invoice='增值税专用发票', tax_invoice='增值税专用发票', receipt='收据', credit_note='红字发票', proforma='形式发票', packing_list='装箱单',
            purchase_order='采购订单', quotation='报价单', delivery_note='送货单', other='价目表', no='发票号码', date='开票日期', due='付款期限',
            billto='购买方', shipto='收货地址', desc='货物或应税劳务、服务名称', qty='数量', unit='单位', price='单价', rate='税率', amount='金额',
            subtotal='合计', discount='折扣', shipping='运费', vat='税额', total='价税合计', taxid='纳税人识别号', page='第页', pay='开户行及账号：中国工商银行义乌分行 1208 0200 0920 0123 456',
            thanks='', from_='销售方', ref='订单号'),
}

REGION = {  # lang, currency, date style choices, regime
 'in': ('en', 'INR', ['tally', 'dmy_dash', 'dmy_slash'], 'gst'),
 'gb': ('en', 'GBP', ['dmy_slash', 'en_long', 'en_short'], 'vat'),
 'ie': ('en', 'EUR', ['dmy_slash', 'en_long'], 'vat'),
 'us': ('en', 'USD', ['mdy_us'], 'none'),
 'cnx': ('en', 'USD', ['mdy_us', 'iso'], 'none'),
 'de': ('de', 'EUR', ['dmy_dot', 'long_de'], 'vat'),
 'fr': ('fr', 'EUR', ['dmy_slash', 'long_fr'], 'vat'),
 'it': ('it', 'EUR', ['dmy_slash'], 'vat'),
 'es': ('es', 'EUR', ['dmy_slash', 'long_es'], 'vat'),
 'nl': ('nl', 'EUR', ['dmy_dash', 'long_nl'], 'vat'),
 'pl': ('pl', 'PLN', ['dmy_dot', 'iso'], 'vat'),
 'ja': ('ja', 'JPY', ['ja', 'ymd_slash'], 'jp'),
 'zh': ('zh', 'CNY', ['zh'], 'cn'),
}
STD_RATE = {'gb': 20, 'ie': 23, 'de': 19, 'fr': 20, 'it': 22, 'es': 21, 'nl': 21, 'pl': 23}

def money(x, cur, loc, sym=True, ascii_only=False):
    if cur == 'JPY':
        s = fnum(x, 'ja', 0)
        return ('¥' + s) if sym else s
    s = fnum(x, loc)
    if not sym: return s
    if cur == 'GBP': return '£' + s
    if cur == 'USD': return ('$' + s) if loc == 'en' else s + ' USD'
    if cur == 'INR': return ('Rs. ' if ascii_only else '₹ ') + s
    if cur == 'CNY': return '¥' + s
    if cur == 'PLN': return s + ' zł'
    if cur == 'EUR':
        if loc == 'en': return '€' + s
        return s + (' EUR' if ascii_only else ' €')
    return s

class Doc(dict):
    __getattr__ = dict.get

def build(i, region, producer, doc_type='invoice', n_items=None, arith=None, rng=None, date=None, buyer=None, supplier=None,
          discount=None, shipping=None, date_style=None, extra=None):
    rng = rng or R
    lang, cur, dstyles, regime = REGION[region]
    skey = {'cnx': 'zh'}.get(region, region)
    sup = supplier or rng.choice(SUPPLIERS[skey])
    if region == 'cnx':
        sup = dict(sup); sup['name'] = {'义乌市恒丰日用品有限公司': 'Yiwu Hengfeng Daily Products Co., Ltd.',
                                       '深圳市联创电子科技有限公司': 'Shenzhen Lianchuang Electronic Technology Co., Ltd.',
                                       '宁波海曙锦程家居用品有限公司': 'Ningbo Haishu Jincheng Household Products Co., Ltd.'}[sup['name']]
        sup['addr'] = ['Room 1802, Block B, Commerce Tower', 'Futian District, Shenzhen, Guangdong, China']
    buy = buyer or rng.choice(BUYERS)
    d = date or (dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 200)))
    ds = date_style or rng.choice(dstyles)
    loc = 'in' if region == 'in' else lang
    doc = Doc(id=i, region=region, lang=lang, currency=cur, producer=producer, doc_type=doc_type, supplier=sup, buyer=buy,
              date=d, date_str=fdate(d, ds), date_style=ds, loc=loc, regime=regime, arith=arith, extra=extra or {})
    doc['due_str'] = fdate(d + dt.timedelta(days=30), ds)
    pre = {'in': 'SHV/25-26/', 'gb': 'INV-', 'ie': 'INV', 'us': '', 'cnx': 'CI', 'de': 'RE-2025-', 'fr': 'FA', 'it': '', 'es': 'F25-',
           'nl': '2025-', 'pl': 'FV/', 'ja': 'No.', 'zh': ''}[region]
    doc['number'] = pre + str(rng.randint(100, 9999)) + ('/2025' if region in ('it', 'pl') else '')
    if region == 'zh':
        doc['number'] = digits(8); doc['code'] = digits(12)
    # ------- items
    pool = ITEMS['us' if region in ('us',) else ('zh' if region == 'zh' else ('en' if region in ('gb', 'ie', 'cnx') else skey))]
    if region == 'cnx': pool = ITEMS['en']
    n = n_items or rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    rows = []
    for k in range(n):
        it = pool[k % len(pool)]
        if region == 'in':
            desc, hsn, unit, rate, base = it; price = q2(D(base) * D(str(rng.choice([0.9, 1, 1.05, 1.1, 1.2]))))
        elif region == 'zh':
            desc, unit, rate, base = it; hsn = ''; price = q2(D(str(base)) * D(str(rng.choice([0.9, 1, 1.1]))))
        else:
            desc, rate, base = it; hsn = ''; unit = 'pcs'
            price = D(str(base)) if cur == 'JPY' else q2(D(str(base)) * D(str(rng.choice([0.95, 1, 1.08, 1.15]))))
            if region == 'ie' and rate == 20: rate = 23
            if region in STD_RATE and rate == 20 and region != 'gb': rate = STD_RATE[region]
            if region == 'cnx': rate = 0
        if k >= len(pool): desc = desc + f' — variant {chr(65 + k // len(pool))}'
        qty = rng.choice([2, 4, 5, 6, 10, 12, 20, 24, 25, 30, 36, 48, 50, 60, 100, 120, 200])
        if cur == 'JPY': qty = rng.choice([2, 3, 5, 6, 10, 12, 20, 24])
        amt = D(price * qty) if cur == 'JPY' else q2(price * qty)
        rows.append(dict(desc=desc, hsn=hsn, unit=unit, rate=D(str(rate)), price=price, qty=D(qty), amount=amt))
    doc['rows'] = rows
    # ------- totals
    sub = sum((r['amount'] for r in rows), D(0))
    summ = []  # (key, label, value)
    disc = D(0)
    if discount and regime in ('vat', 'none'):
        disc = q2(sub * D(discount) / 100)
    ship = D(str(shipping)) if (shipping and regime in ('vat', 'none')) else D(0)
    taxes = []
    words = None; roundoff = None
    if regime == 'vat':
        buckets = {}
        for r in rows: buckets[r['rate']] = buckets.get(r['rate'], D(0)) + r['amount']
        if ship: buckets[D(STD_RATE[region])] = buckets.get(D(STD_RATE[region]), D(0)) + ship
        factor = (1 - D(discount) / 100) if discount else D(1)
        for rate in sorted(buckets, reverse=True):
            base = q2(buckets[rate] * factor) if rate != D(STD_RATE[region]) or not ship else q2((buckets[rate] - ship) * factor + ship)
            taxes.append((rate, base, q2(base * rate / 100)))
        total = sub - disc + ship + sum(t[2] for t in taxes)
    elif regime == 'gst':
        inter = doc['extra'].get('igst', False)
        doc['igst'] = inter
        hs = {}
        for r in rows:
            if inter: r['igst'] = q2(r['amount'] * r['rate'] / 100); tax = r['igst']
            else:
                r['cgst'] = q2(r['amount'] * r['rate'] / 200); r['sgst'] = r['cgst']; tax = r['cgst'] * 2
            key = (r['hsn'], r['rate'])
            a = hs.setdefault(key, [D(0), D(0)]); a[0] += r['amount']; a[1] += tax
        doc['hsn_summary'] = [(k[0], k[1], v[0], v[1]) for k, v in hs.items()]
        taxsum = sum((v[1] for v in hs.values()), D(0))
        exact = sub + taxsum
        total = exact.quantize(D('1'), ROUND_HALF_UP)
        roundoff = total - exact
        if inter: taxes = [('IGST', None, taxsum)]
        else: taxes = [('CGST', None, taxsum / 2), ('SGST', None, taxsum / 2)]
    elif regime == 'jp':
        b = {}
        for r in rows: b[r['rate']] = b.get(r['rate'], D(0)) + r['amount']
        for rate in sorted(b, reverse=True):
            taxes.append((rate, b[rate], (b[rate] * rate / 100).to_integral_value(ROUND_FLOOR)))
        total = sub + sum(t[2] for t in taxes)
    elif regime == 'cn':
        for r in rows: r['tax'] = q2(r['amount'] * r['rate'] / 100)
        taxes = [(D(13), sub, sum(r['tax'] for r in rows))]
        total = sub + taxes[0][2]
    else:
        total = sub - disc + ship
    doc.update(sub=sub, disc=disc, ship=ship, taxes=taxes, total=total, roundoff=roundoff, discount_pct=discount)
    # ------- deliberate arithmetic errors (displayed values only)
    if arith == 'line':
        r = rows[0]; r['amount_shown'] = r['amount'] + (D(90) if cur == 'JPY' else D('9.00'))
    elif arith == 'sum':
        doc['sub_shown'] = sub + (D(100) if cur == 'JPY' else D('10.00'))
    elif arith == 'tax':
        t = taxes[0]; taxes[0] = (t[0], t[1], t[2] + D('1.00')); doc['tax_err'] = True
        doc['total'] = total = total + D('1.00') if regime != 'gst' else total
    elif arith == 'total':
        doc['total'] = total = total + (D(1000) if cur == 'JPY' else D('100.00'))
    elif arith == 'roundoff':
        doc['roundoff'] = roundoff = roundoff + D('1.00')  # printed round off wrong, total kept
    elif arith == 'gst_split':
        doc['taxes'] = taxes = [(taxes[0][0], None, taxes[0][2]), (taxes[1][0], None, taxes[1][2] + D('0.50'))]
    elif arith == 'jp_tax':
        t = taxes[-1]; taxes[-1] = (t[0], t[1], t[2] + 10); doc['total'] = total = total + 10
        doc['total'] = total = total - 10  # printed total still = sub + correct tax: tax row wrong
    if region == 'in': doc['words'] = inr_words(total)
    if region == 'zh': doc['words'] = cny_words(total)
    # ------- strings
    lc = 'in' if region == 'in' else lang
    fm = (lambda x: fnum(x, 'ja', 0)) if cur == 'JPY' else (lambda x: fnum(x, lc))
    doc['fm'] = fm
    for r in rows:
        r['qty_s'] = fqty(r['qty'], lc); r['price_s'] = fm(r['price']); r['amount_s'] = fm(r.get('amount_shown', r['amount']))
        r['rate_s'] = (fnum(r['rate'], lc, 2).rstrip('0').rstrip(',.') if r['rate'] != r['rate'].to_integral() else str(int(r['rate']))) + '%'
    doc['total_s'] = fm(doc['total'])
    doc['sub_s'] = fm(doc.get('sub_shown', sub))
    return doc

def label_total(doc):
    if doc['doc_type'] in ('packing_list', 'delivery_note', 'other'):
        return None
    t = doc['total']
    return str(int(t)) if doc['currency'] == 'JPY' else f"{q2(t):.2f}"
