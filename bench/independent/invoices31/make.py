#!/usr/bin/env python3
"""Invoice test-set generator - Osaka trading office flavour (Yodoyabashi Trading, invented).
Writes files/ and labels.jsonl. All companies, numbers, addresses invented."""
import os, sys, json, random, subprocess, shutil, csv, io, math, datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR
from html import escape as esc

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files'); TMP = os.path.join(BASE, '_tmp')
for d in (OUT, TMP):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
R = random.Random(3119)
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DJB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

# ---------------------------------------------------------------- formatting
def num(d, dec, style):
    s = f"{abs(d):,.{dec}f}"
    if style == 'de': s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    elif style == 'fr': s = s.replace(',', ' ').replace('.', ',')
    return ('-' if d < 0 else '') + s

def q(d, dec):
    return d.quantize(D(1) if dec == 0 else D('0.01'), ROUND_HALF_UP)

MONTHS = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
          'en': 'January February March April May June July August September October November December'.split()}
def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    return {'dmy_dot': f"{dd:02d}.{m:02d}.{y}", 'dmy_slash': f"{dd:02d}/{m:02d}/{y}", 'dmy_dash': f"{dd:02d}-{m:02d}-{y}",
            'us': f"{m:02d}/{dd:02d}/{y}", 'fr': f"{dd} {MONTHS['fr'][m-1]} {y}", 'en_long': f"{dd} {MONTHS['en'][m-1]} {y}",
            'us_long': f"{MONTHS['en'][m-1]} {dd}, {y}", 'iso_slash': f"{y}/{m:02d}/{dd:02d}", 'iso': f"{y}-{m:02d}-{dd:02d}",
            'jp': f"{y}年{m}月{dd}日", 'reiwa': f"令和{y-2018}年{m}月{dd}日", 'zh': f"{y}年{m:02d}月{dd:02d}日",
            'roc': f"中華民國{y-1911}年{m}月{dd}日", 'ko_en': f"{y}.{m:02d}.{dd:02d}"}[style]

# ---------------------------------------------------------------- parties
def tno(): return 'T' + ''.join(R.choice('0123456789') for _ in range(13))
OURS_JA = ('株式会社淀屋橋トレーディング', ['〒550-0004 大阪府大阪市西区靱本町2丁目7-14 靱ビル5F', 'TEL 06-6448-7312  FAX 06-6448-7313'])
OURS_EN = ('Yodoyabashi Trading Co., Ltd.', ['Utsubo Bldg. 5F, 2-7-14 Utsubohonmachi', 'Nishi-ku, Osaka 550-0004, Japan', 'Tel +81-6-6448-7312'])
OUR_T = 'T4120001086627'
JP_SUP = [('株式会社北浜雑貨卸', ['〒541-0041 大阪市中央区北浜3-4-9', 'TEL 06-6201-4410']),
          ('丸栄化成株式会社', ['〒577-0065 東大阪市高井田中1-11-3', 'TEL 06-6783-2290']),
          ('有限会社堺ひかり刃物', ['〒590-0926 堺市堺区材木町西2-1-30', 'TEL 072-238-5561']),
          ('株式会社ミナト包装資材', ['〒650-0041 神戸市中央区新港町9-2', 'TEL 078-331-9086']),
          ('宇治茶園みどり屋株式会社', ['〒611-0021 京都府宇治市宇治妙楽41', 'TEL 0774-21-6618'])]
JP_BUY = [('合同会社サクラ物販', ['〒530-0012 大阪市北区芝田1-9-2']), ('株式会社ミライコマース', ['〒150-0043 東京都渋谷区道玄坂2-25-8']),
          ('ひまわり生活館 (個人事業主 中西 陽子)', ['〒603-8143 京都市北区小山下総町22']), ('株式会社ネクストレーン', ['〒460-0008 名古屋市中区栄3-15-6'])]
CN_SUP = [('义乌市星辰日用品有限公司', 'Yiwu Xingchen Daily Goods Co., Ltd.', '浙江省义乌市稠城街道工人北路1288号', 'No.1288 Gongren North Rd, Yiwu, Zhejiang, China', '91330782MA2EXK7Q3L'),
          ('深圳市锐航电子科技有限公司', 'Shenzhen Ruihang Electronics Technology Co., Ltd.', '广东省深圳市宝安区西乡街道固戍二路66号3栋', 'Bldg 3, No.66 Gushu 2nd Rd, Bao\'an, Shenzhen, China', '91440300MA5G2R8N1W'),
          ('宁波海曙恒达塑料制品厂', 'Ningbo Haishu Hengda Plastic Products Factory', '浙江省宁波市海曙区集士港镇万众路18号', 'No.18 Wanzhong Rd, Haishu, Ningbo, China', '92330203MA2H4TQ05X')]
TW_SUP = [('鼎豐五金股份有限公司', '新北市三重區重新路五段609巷12號', '統一編號 53912087', 'TWD', 'roc'),
          ('恒利貿易有限公司', '香港九龍觀塘開源道55號開聯工業中心12樓B室', '商業登記號碼 71938264', 'HKD', 'iso_slash')]
KR_SUP = [('Hanbit Cosmetics Co., Ltd.', ['14F, 321 Teheran-ro, Gangnam-gu', 'Seoul 06159, Republic of Korea', 'Business Reg. No. 214-88-50713']),
          ('Daeil Kitchenware Co., Ltd.', ['77 Noksansandan 262-ro, Gangseo-gu', 'Busan 46742, Republic of Korea', 'Business Reg. No. 606-81-33958'])]
US_SUP = [('Cedar Ridge Outdoor Supply LLC', ['4410 SE Division St, Suite 210', 'Portland, OR 97206, USA', 'EIN 93-2817764']),
          ('Blue Heron Pet Goods Inc.', ['1801 E 6th Street, Unit 4', 'Austin, TX 78702, USA', 'EIN 74-3362915'])]
EU = {
 'de': [('Gebr. Holtkamp Haushaltswaren GmbH', ['Herforder Straße 211', '33609 Bielefeld', 'USt-IdNr.: DE281554907']),
        ('Nordlicht Handel UG (haftungsbeschränkt)', ['Speicherstadt Block 7', '20457 Hamburg'])],
 'fr': [('Atelier Verdier SARL', ['14 rue des Tanneurs', '69002 Lyon', 'TVA : FR47 512 883 409']),
        ('Maison Lacombe & Fils SAS', ['3 allée des Cerisiers', '33000 Bordeaux'])],
 'it': [('Ceramiche Ballarin S.r.l.', ['Via Cristoforo Colombo 88', '36061 Bassano del Grappa (VI)', 'P.IVA IT03871260241']),
        ('Bottega Ferrante S.n.c.', ['Corso Garibaldi 21', '80142 Napoli'])],
 'es': [('Textiles Arrieta S.L.', ['Avda. del Puerto 142', '46023 Valencia', 'NIF B98372615']),
        ('Comercial Solana e Hijos S.A.', ['Calle Mayor 7', '50001 Zaragoza'])],
 'pl': [('Drewbud Sp. z o.o.', ['ul. Głogowska 214', '60-104 Poznań', 'NIP 779-248-31-06']),
        ('Handel Wiśniewski i Wspólnicy sp.j.', ['ul. Piotrkowska 98', '90-004 Łódź'])],
 'nl': [('Van Daalen Verpakking B.V.', ['Ringbaan-Oost 301', '5013 CD Tilburg', 'BTW NL857302114B01 · KvK 61734920']),
        ('Webwinkel De Zwaluw', ['Oudegracht 144', '3511 AZ Utrecht'])]}

ITEMS = {
 'ja': [('シリコン製キッチンスクレーパー 3本組', '個', 180, 420, 10), ('ステンレス真空断熱ボトル 500ml', '本', 850, 1600, 10), ('抹茶パウダー 100g 袋', '袋', 620, 980, 8),
        ('個包装 黒豆せんべい 24枚入', '箱', 410, 690, 8), ('アルミ製スマホスタンド', '個', 320, 760, 10), ('PP収納ケース 深型', '個', 540, 890, 10),
        ('OPP袋 テープ付 A4 (100枚)', '束', 260, 410, 10), ('宇治煎茶 ティーバッグ 50P', '袋', 480, 820, 8), ('ダンボール 60サイズ', '枚', 48, 95, 10),
        ('ほうじ茶ラテ スティック 10本', '箱', 330, 520, 8), ('ペティナイフ 120mm 鋼付', '本', 1900, 3400, 10)],
 'zh': [('硅胶厨房刮刀 三件套', '套', 6, 14), ('不锈钢保温杯 500ml', '个', 18, 36), ('铝合金手机支架', '个', 9, 21), ('USB-C 数据线 1米', '条', 3, 8),
        ('PP 收纳盒 深款', '个', 7, 16), ('硅胶折叠水杯', '个', 5, 12), ('宠物梳子 不锈钢针', '把', 4, 11)],
 'zh-Hant': [('不鏽鋼保溫瓶 500ml', '支', 120, 260), ('鋁合金手機支架', '個', 60, 150), ('五金螺絲組 120件', '盒', 90, 210), ('不鏽鋼掛勾 10入', '包', 35, 80), ('矽膠隔熱墊', '片', 25, 60)],
 'en_cn': [('Silicone kitchen scraper set (3 pcs)', 'set', 0.9, 2.1), ('Stainless vacuum bottle 500 ml', 'pc', 2.6, 5.2), ('Aluminium phone stand', 'pc', 1.3, 3.0),
           ('USB-C cable 1 m braided', 'pc', 0.45, 1.2), ('PP storage box, deep', 'pc', 1.0, 2.3), ('Pet grooming brush', 'pc', 0.7, 1.6)],
 'en_kr': [('Hydrating sheet mask 25 ml (box of 10)', 'box', 4.2, 7.9), ('Ceramic-coated frying pan 28 cm', 'pc', 11.5, 19.0), ('Rice cooker inner pot 5-cup', 'pc', 8.0, 14.0),
           ('Cica soothing cream 50 ml', 'pc', 3.1, 6.4), ('Silicone spatula, heat resistant', 'pc', 1.2, 2.6)],
 'en_us': [('Paracord 550, 50 ft, olive', 'ea', 3.2, 6.5), ('Dog rope chew toy, large', 'ea', 2.1, 4.4), ('Collapsible camping bowl', 'ea', 2.8, 5.9),
           ('Reflective pet leash 6 ft', 'ea', 4.0, 8.5), ('Fire starter ferro rod', 'ea', 1.9, 3.8), ('Microfiber trail towel', 'ea', 3.5, 7.0)],
 'de': [('Edelstahl-Knoblauchpresse', 'Stk.', 3.9, 7.5), ('Silikon-Backmatte 40x30 cm', 'Stk.', 2.4, 4.9), ('Emaille-Becher 350 ml', 'Stk.', 2.9, 5.6), ('Bambus-Brotkasten', 'Stk.', 9.5, 17.0), ('Gewürzregal Eiche', 'Stk.', 11.0, 19.5)],
 'fr': [('Bougie parfumée 200 g, figue', 'pce', 4.1, 7.8), ('Savon de Marseille 300 g', 'pce', 1.9, 3.6), ('Torchon lin lavé', 'pce', 3.2, 6.1), ('Diffuseur à bâtonnets 100 ml', 'pce', 5.5, 9.9)],
 'it': [('Tazza in ceramica dipinta a mano', 'pz', 3.8, 7.2), ('Piatto fondo 22 cm, blu', 'pz', 4.5, 8.1), ('Vassoio in maiolica', 'pz', 9.0, 16.5), ('Brocca 1 l decorata', 'pz', 7.5, 13.0)],
 'es': [('Toalla de algodón 50x100', 'ud.', 2.9, 5.4), ('Manta de punto 130x170', 'ud.', 9.8, 16.0), ('Funda de cojín de lino', 'ud.', 2.6, 4.9), ('Paño de cocina, pack 3', 'ud.', 2.0, 3.9)],
 'pl': [('Deska do krojenia dębowa 40x25', 'szt.', 18.0, 34.0), ('Łyżka drewniana bukowa', 'szt.', 2.5, 5.5), ('Podstawka pod doniczkę', 'szt.', 7.0, 13.0), ('Skrzynka na przyprawy', 'szt.', 22.0, 41.0)],
 'nl': [('Verzenddoos karton 30x20x15', 'st.', 0.38, 0.72), ('Luchtkussenfolie 50 cm x 100 m', 'rol', 14.0, 22.0), ('Verpakkingstape bruin 66 m', 'rol', 0.9, 1.8), ('Papieren vulmateriaal 5 kg', 'doos', 6.5, 11.0)],
}

L = {  # label packs
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE', packing_list='PACKING LIST',
            purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', other='PRICE LIST', no='Invoice No.', date='Date', due='Due date',
            bill='Bill to', desc='Description', qty='Qty', unit='Unit price', amt='Amount', sub='Subtotal', tax='Sales tax', ship='Shipping', disc='Discount', total='Total',
            terms='Payment terms: 30 days net. Bank: T/T in advance or as agreed.', thanks='Thank you for your business.'),
 'de': dict(invoice='RECHNUNG', credit_note='GUTSCHRIFT', delivery_note='LIEFERSCHEIN', no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', bill='Rechnungsempfänger',
            desc='Bezeichnung', qty='Menge', unit='Einzelpreis', amt='Gesamt', sub='Zwischensumme', tax='USt.', ship='Versand', disc='Rabatt', total='Rechnungsbetrag',
            terms='Zahlbar innerhalb von 14 Tagen ohne Abzug.', thanks='Vielen Dank für Ihren Auftrag.'),
 'fr': dict(invoice='FACTURE', credit_note='AVOIR', no='Facture n°', date='Date', due='Échéance', bill='Facturé à', desc='Désignation', qty='Qté', unit='P.U. HT',
            amt='Montant HT', sub='Total HT', tax='TVA', ship='Frais de port', disc='Remise', total='Total TTC', terms='Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.',
            thanks='Merci de votre confiance.', other='COURRIER'),
 'it': dict(invoice='FATTURA', no='Fattura n.', date='Data', due='Scadenza', bill='Spett.le', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', amt='Importo',
            sub='Imponibile', tax='IVA', ship='Spese di trasporto', disc='Sconto', total='Totale documento', terms='Pagamento: bonifico bancario 30 gg d.f.', thanks='Grazie per l\'ordine.'),
 'es': dict(invoice='FACTURA', no='N.º factura', date='Fecha', due='Vencimiento', bill='Cliente', desc='Concepto', qty='Cant.', unit='Precio', amt='Importe',
            sub='Base imponible', tax='IVA', ship='Portes', disc='Descuento', total='Total factura', terms='Forma de pago: transferencia a 30 días.', thanks='Gracias por su compra.'),
 'pl': dict(invoice='FAKTURA VAT', no='Nr faktury', date='Data wystawienia', due='Termin płatności', bill='Nabywca', desc='Nazwa towaru', qty='Ilość', unit='Cena netto',
            amt='Wartość netto', sub='Razem netto', tax='VAT', ship='Transport', disc='Rabat', total='Do zapłaty', terms='Sposób płatności: przelew 14 dni.', thanks='Dziękujemy.'),
 'nl': dict(invoice='FACTUUR', no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', bill='Factuur aan', desc='Omschrijving', qty='Aantal', unit='Prijs',
            amt='Bedrag', sub='Subtotaal', tax='BTW', ship='Verzendkosten', disc='Korting', total='Totaal', terms='Gelieve binnen 30 dagen te betalen.', thanks='Bedankt voor uw bestelling.'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', delivery_note='納品書', quotation='御見積書', purchase_order='注文書', no='請求番号', date='請求日', due='お支払期限',
            bill='御中', desc='品名', qty='数量', unit='単価', amt='金額', sub='小計', tax='消費税', ship='送料', disc='値引', total='ご請求金額', terms='お振込先：なにわ銀行 本町支店 普通 1234567 カ）ヨドヤバシトレーディング',
            thanks='毎度ありがとうございます。下記の通りご請求申し上げます。'),
 'zh-Hans': dict(invoice='发票', tax_invoice='增值税专用发票', no='发票号码', date='开票日期', bill='购买方', desc='货物或应税劳务名称', qty='数量', unit='单价', amt='金额',
                 sub='合计', tax='税额', total='价税合计', purchase_order='采购订单', proforma='形式发票', thanks=''),
 'zh-Hant': dict(invoice='統一發票 / 請款單', no='單號', date='日期', bill='買受人', desc='品名', qty='數量', unit='單價', amt='金額', sub='小計', tax='營業稅', ship='運費', total='總計',
                 thanks='請於30日內匯款，謝謝惠顧。'),
}

# ---------------------------------------------------------------- document builder
def mk_lines(key, n, dec, qty_range=(10, 600)):
    pool = ITEMS[key]; out = []
    for i in range(n):
        it = pool[i % len(pool)] if n > len(pool) else R.sample(pool, 1)[0] if i == 0 else None
        out.append(it)
    its = (pool * 4)[:n] if n > len(pool) else R.sample(pool, n)
    res = []
    for it in its:
        lo, hi = it[2], it[3]
        price = q(D(str(R.uniform(lo, hi))), dec)
        qty = R.choice([q for q in range(qty_range[0], qty_range[1]) if q % 10 == 0] or [12]) if qty_range[1] > 50 else R.randint(*qty_range)
        rate = it[4] if len(it) > 4 else None
        res.append(dict(desc=it[0], unit=it[1], qty=qty, price=price, rate=rate))
    return res

def new_doc(lang, profile, doc_type, supplier, sup_lines, buyer, buy_lines, currency, dec, nstyle, dstyle, date, lines,
            rates, shipping=D(0), discount=D(0), money=None, arith=False, title=None):
    """rates: dict rate->label; each line has 'rate' (Decimal or None)."""
    lab = L[lang]
    for l in lines:
        l['amt'] = q(l['price'] * l['qty'], dec)
    err = None
    if arith and R.random() < 0.5:
        i = R.randrange(len(lines)); l = lines[i]
        bump = D(10) ** (R.choice([1, 2]) if dec == 0 else R.choice([0, 1])) * R.choice([1, 2, 9])
        l['amt'] = l['amt'] + bump; err = 'line'
    sub = sum(l['amt'] for l in lines)
    groups = {}
    for l in lines:
        groups[l['rate']] = groups.get(l['rate'], D(0)) + l['amt']
    std = max([r for r in groups if r is not None], default=None)
    if std is not None:
        groups[std] += shipping - discount
    taxes = {r: (q(b * r / 100, dec) if dec == 2 else (b * r / 100).quantize(D(1), ROUND_FLOOR)) for r, b in groups.items() if r}
    total = sub - discount + shipping + sum(taxes.values())
    if arith and err is None:
        total = total + (D(100) if dec == 0 else D('10.00')) * R.choice([1, -1, 9]); err = 'total'
    m = money or (lambda v: num(v, dec, nstyle))
    return dict(lang=lang, profile=profile, doc_type=doc_type, title=title or lab.get(doc_type, lab['invoice']), supplier=supplier, sup_lines=sup_lines,
                buyer=buyer, buy_lines=buy_lines, currency=currency, dec=dec, nstyle=nstyle, dstyle=dstyle, date=date, lines=lines, sub=sub, groups=groups,
                taxes=taxes, shipping=shipping, discount=discount, total=total, money=m, arith=bool(arith), date_str=fdate(date, dstyle), total_str=m(total))

def money_fn(cur, nstyle, dec):
    def f(v):
        s = num(v, dec, nstyle)
        return {'EUR': (f"{s} €" if nstyle != 'en' else f"€{s}"), 'PLN': f"{s} zł", 'JPY': f"¥{s}", 'CNY': f"¥{s}", 'USD': f"${s}" if nstyle == 'en' else f"{s} USD",
                'TWD': f"NT${s}", 'HKD': f"HK${s}", 'KRW': f"KRW {s}"}[cur]
    return f

def layout(doc):
    """Turn doc into generic presentational structure: meta, cols, rows, summary, notes."""
    lang = doc['lang']; lab = L[lang]; m = doc['money']; dec = doc['dec']; ns = doc['nstyle']
    no = doc.setdefault('no', f"{R.choice(['INV', 'RE', 'F', 'FV', 'NO', ''])}{R.randint(2026, 2026)}-{R.randint(100, 9999):04d}")
    meta = [(lab['no'], no), (lab['date'], doc['date_str'])]
    if lab.get('due') and doc['doc_type'] in ('invoice', 'tax_invoice'):
        meta.append((lab['due'], fdate(doc['date'] + dt.timedelta(days=30), doc['dstyle'])))
    nonfin = doc['doc_type'] in ('packing_list', 'delivery_note') and not doc.get('priced')
    if nonfin:
        cols = ['#', lab['desc'], lab['qty'], 'Unit' if lang != 'ja' else '単位']
        rows = [[str(i + 1), l['desc'], str(l['qty']), l['unit']] for i, l in enumerate(doc['lines'])]
        return dict(meta=meta, cols=cols, rows=rows, align='lllr', summary=[], notes=[lab.get('thanks', '')])
    multi = len([r for r in doc['groups'] if r]) > 1
    cols = ['#', lab['desc'], lab['qty'], lab['unit'], lab['amt']]
    rows = []
    for i, l in enumerate(doc['lines']):
        d = l['desc'] + (' ※' if multi and l['rate'] == 8 else '')
        rows.append([str(i + 1), d, f"{l['qty']:,}" if ns == 'en' and lang != 'pl' else str(l['qty']), num(l['price'], dec if dec else 0, ns) if doc['currency'] != 'JPY' else f"{l['price']:,}", m(l['amt'])])
    summ = [(lab['sub'], m(doc['sub']))]
    if doc['discount']: summ.append((lab['disc'], m(-doc['discount'])))
    if doc['shipping']: summ.append((lab['ship'], m(doc['shipping'])))
    for r in sorted([r for r in doc['taxes']], reverse=True):
        if lang == 'ja':
            summ.append((f"{r}%対象 {m(doc['groups'][r])}  消費税({r}%)", m(doc['taxes'][r])))
        else:
            summ.append((f"{lab['tax']} {r}%", m(doc['taxes'][r])))
    summ.append((lab['total'], m(doc['total'])))
    notes = []
    if multi: notes.append('※は軽減税率(8%)対象品目です。')
    if doc.get('extra_notes'): notes += doc['extra_notes']
    if lab.get('terms') and doc['doc_type'] in ('invoice', 'tax_invoice', 'credit_note'): notes.append(lab['terms'])
    if lab.get('thanks'): notes.append(lab['thanks'])
    return dict(meta=meta, cols=cols, rows=rows, align='llrrr', summary=summ, notes=notes)

# ---------------------------------------------------------------- generators of concrete docs
def rdate():
    return dt.date(2025, 10, 1) + dt.timedelta(days=R.randint(0, 420))

def g_japan(doc_type='tax_invoice', arith=False, nlines=None, dstyle=None):
    sup, sl = R.choice(JP_SUP); buy, bl = R.choice(JP_BUY)
    if R.random() < 0.35: buy, bl = OURS_JA
    elif R.random() < 0.4: sup, sl = OURS_JA[0], OURS_JA[1]
    lines = mk_lines('ja', nlines or R.randint(3, 8), 0, (6, 240))
    mixed = any(l['rate'] == 8 for l in lines)
    cur = money_fn('JPY', 'en', 0)
    ship = D(R.choice([0, 0, 880, 1320, 1650]))
    disc = D(R.choice([0, 0, 0, 500, 1000]))
    d = new_doc('ja', 'jp', doc_type, sup, sl + [f"登録番号 {OUR_T if sup == OURS_JA[0] else tno()}"], buy + ' 御中', bl, 'JPY', 0, 'en',
                dstyle or R.choice(['reiwa', 'jp', 'iso_slash', 'reiwa']), rdate(), lines, None, ship, disc, cur, arith)
    d['buyer_label'] = buy + ' 御中'; d['buyer'] = buy
    if doc_type == 'receipt':
        d['extra_notes'] = [f"但し 商品代として  上記正に領収いたしました。", '収入印紙' if d['total'] >= 50000 else '']
    if doc_type == 'tax_invoice': d['title'] = R.choice(['請求書', '適格請求書', '請求書（適格請求書）'])
    return d

def han(n):  # Chinese uppercase for 价税合计(大写)
    digs = '零壹贰叁肆伍陆柒捌玖'; units = ['', '拾', '佰', '仟']; big = ['', '万', '亿']
    yuan = int(n); jf = int(round((n - yuan) * 100)); s = ''
    if yuan == 0: s = '零'
    grp = 0; parts = []
    while yuan > 0:
        g = yuan % 10000; yuan //= 10000; t = ''; zero = False
        for i in range(3, -1, -1):
            dgt = (g // 10 ** i) % 10
            if dgt: t += ('零' if zero and t else '') + digs[dgt] + units[i]; zero = False
            else: zero = True
        parts.append(t + big[grp] if t else ''); grp += 1
    s = ''.join(reversed(parts)) or s
    s += '圆'
    j, f = jf // 10, jf % 10
    s += (digs[j] + '角' if j else '') + (digs[f] + '分' if f else '') if jf else '整'
    return s

def g_china(kind='vat', arith=False):
    zh, en, za, ea, uscc = R.choice(CN_SUP)
    if kind == 'vat':
        lines = mk_lines('zh', R.randint(3, 6), 2, (100, 3000))
        for l in lines: l['rate'] = D(13)
        buy = R.choice(['杭州跨境优品贸易有限公司', '广州乐购供应链管理有限公司'])
        d = new_doc('zh-Hans', 'cn', 'tax_invoice', zh, [f"纳税人识别号：{uscc}", za], buy, [f"纳税人识别号：91330106MA2CK{R.randint(10000, 99999)}"],
                    'CNY', 2, 'en', 'zh', rdate(), lines, None, D(0), D(0), money_fn('CNY', 'en', 2), arith)
        d['no'] = f"{R.randint(10 ** 19, 10 ** 20 - 1)}"
        d['extra_notes'] = [f"价税合计（大写）{han(float(d['total']))}   （小写）{d['total_str']}", '税率 13%  开票人：王丽  复核：陈建国  收款人：刘芳', '（销售方盖章：发票专用章）']
        d['title'] = '电子发票（增值税专用发票）'
        return d
    # english commercial invoice / proforma / packing list to Osaka
    lines = mk_lines('en_cn', R.randint(3, 9), 2, (200, 5000))
    doc_type = {'ci': 'invoice', 'pi': 'proforma', 'pl': 'packing_list'}[kind]
    ship = D(R.choice([0, 85, 120, 260]))
    d = new_doc('en', 'cn_en', doc_type, en, [ea, f"USCC {uscc}"], OURS_EN[0], OURS_EN[1], 'USD', 2, 'en', R.choice(['iso', 'en_long', 'dmy_slash']),
                rdate(), lines, None, ship, D(0), money_fn('USD', 'en', 2), arith, title={'ci': 'COMMERCIAL INVOICE'}.get(kind))
    d['extra_notes'] = ['Terms: FOB Ningbo. 30% deposit, balance before shipment.', 'Beneficiary bank: Bank of Zhejiang Yiwu Branch  SWIFT ZJBKCNBNXXX  A/C 3307 1200 0188 6402',
                        'Shipping marks: YODOYABASHI / OSAKA / C/NO. 1-UP / MADE IN CHINA']
    return d

def g_tw(arith=False):
    name, addr, tid, cur, ds = R.choice(TW_SUP)
    lines = mk_lines('zh-Hant', R.randint(3, 6), 0 if cur == 'TWD' else 2, (20, 600))
    rate = D(5) if cur == 'TWD' else None
    for l in lines: l['rate'] = rate
    d = new_doc('zh-Hant', 'tw', 'invoice', name, [addr, tid], OURS_JA[0], OURS_JA[1][:1], cur, 0 if cur == 'TWD' else 2, 'en', ds, rdate(), lines, None,
                D(R.choice([0, 350])) if cur == 'TWD' else D(0), D(0), money_fn(cur, 'en', 0 if cur == 'TWD' else 2), arith)
    return d

def g_kr(arith=False):
    name, sl = R.choice(KR_SUP)
    cur = R.choice(['USD', 'USD', 'KRW'])
    dec = 0 if cur == 'KRW' else 2
    lines = mk_lines('en_kr', R.randint(3, 6), 2, (50, 1200))
    if cur == 'KRW':
        for l in lines: l['price'] = q(l['price'] * 1350, 0).quantize(D(10))
    d = new_doc('en', 'kr', R.choice(['invoice', 'invoice', 'tax_invoice']) if cur == 'KRW' else 'invoice', name, sl, OURS_EN[0], OURS_EN[1], cur, dec, 'en', R.choice(['ko_en', 'iso', 'us_long']),
                rdate(), lines, None, D(R.choice([0, 95, 140])) if dec else D(0), D(0), money_fn(cur, 'en', dec), arith,
                title=R.choice(['COMMERCIAL INVOICE', 'INVOICE']))
    d['extra_notes'] = ['Export sale - VAT zero-rated (Art. 21 VAT Act).', 'Incoterms: CIF Osaka. Country of origin: Republic of Korea.']
    return d

def g_us(doc_type='invoice', arith=False):
    name, sl = R.choice(US_SUP)
    lines = mk_lines('en_us', R.randint(3, 7), 2, (24, 480))
    if doc_type == 'receipt':
        for l in lines: l['rate'] = D('8.25')
    d = new_doc('en', 'us', doc_type, name, sl, OURS_EN[0], OURS_EN[1], 'USD', 2, 'en', 'us', rdate(), lines, None,
                D(R.choice(['0', '48.50', '112.00'])), D(R.choice(['0', '0', '25.00'])), money_fn('USD', 'en', 2), arith)
    return d

def g_eu(lang, doc_type='invoice', arith=False):
    (sup, sl), (buy, bl) = EU[lang]
    if R.random() < 0.3: buy, bl = OURS_EN
    rate = {'de': 19, 'fr': 20, 'it': 22, 'es': 21, 'pl': 23, 'nl': 21}[lang]
    cur = 'PLN' if lang == 'pl' else 'EUR'
    nstyle = {'fr': 'fr', 'pl': 'fr'}.get(lang, 'de')
    ds = {'de': 'dmy_dot', 'fr': 'fr', 'it': 'dmy_slash', 'es': 'dmy_slash', 'pl': 'dmy_dot', 'nl': 'dmy_dash'}[lang]
    lines = mk_lines(lang, R.randint(2, 7), 2, (5, 300))
    export = buy == OURS_EN[0]
    for l in lines: l['rate'] = None if export else D(rate)
    d = new_doc(lang, 'eu', doc_type, sup, sl, buy, bl, cur, 2, nstyle, ds, rdate(), lines, None,
                D(R.choice(['0', '9.90', '24.50'])), D(R.choice(['0', '0', '15.00'])), money_fn(cur, nstyle, 2), arith)
    if export:
        d['extra_notes'] = [{'de': 'Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a UStG.', 'fr': 'Exonération de TVA, art. 262 I du CGI (exportation).', 'it': 'Non imponibile art. 8 c.1 lett. a DPR 633/72.',
                             'es': 'Exento de IVA, art. 21 LIVA (exportación).', 'pl': 'Eksport towarów - stawka 0%.', 'nl': 'Export - BTW 0%, art. 9 lid 2 Wet OB.'}[lang]]
    return d

def long_doc(g):
    d = g()
    extra = mk_lines('ja', 30, 0, (6, 120)) if d['lang'] == 'ja' else None
    return d

# ---------------------------------------------------------------- renderers
def font_kind(doc):
    return 'cjk' if doc['lang'] in ('ja', 'zh-Hans', 'zh-Hant') else ('uni' if doc['lang'] == 'pl' or doc['currency'] in ('PLN',) else 'latin')

_rl_fonts = False
def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0)); pdfmetrics.registerFont(TTFont('DJ', DJ)); pdfmetrics.registerFont(TTFont('DJB', DJB))
    _rl_fonts = True

def render_reportlab(doc, path, style=0):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts(); lay = layout(doc); fk = font_kind(doc)
    F, FB = {'cjk': ('WQY', 'WQY'), 'uni': ('DJ', 'DJB'), 'latin': ('Helvetica', 'Helvetica-Bold')}[fk]
    if style == 1 and fk == 'latin': F, FB = 'Times-Roman', 'Times-Bold'
    size = LETTER if doc['profile'] == 'us' else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, pageCompression=0)
    c.setTitle(f"{doc['title']} {doc['no']}"); c.setAuthor(doc['supplier'])
    def fit(txt, font, sz, maxw):
        while sz > 5 and stringWidth(txt, font, sz) > maxw: sz -= 0.5
        return sz
    def header():
        y = H - 50
        if style == 0:
            c.setFont(FB, 20); c.drawRightString(W - 40, y, doc['title'])
            c.setFont(FB, 11); c.drawString(40, y, doc['supplier'])
        else:
            c.setFillColorRGB(0.15, 0.25, 0.45); c.rect(0, H - 70, W, 70, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
            c.setFont(FB, 18); c.drawString(40, H - 45, doc['title']); c.setFont(F, 10); c.drawRightString(W - 40, H - 45, doc['supplier'])
            c.setFillColorRGB(0, 0, 0); y = H - 90
            c.setFont(FB, 10); c.drawString(40, y, doc['supplier'])
        c.setFont(F, 8.5)
        for i, s in enumerate(doc['sup_lines']): c.drawString(40, y - 13 - 11 * i, s)
        return y - 13 - 11 * len(doc['sup_lines'])
    y = header() - 20
    c.setFont(F, 8); c.drawString(40, y, L[doc['lang']]['bill'] if doc['lang'] != 'ja' else 'ご請求先')
    c.setFont(FB, 11); c.drawString(40, y - 14, doc.get('buyer_label', doc['buyer']))
    c.setFont(F, 8.5)
    for i, s in enumerate(doc['buy_lines']): c.drawString(40, y - 27 - 11 * i, s)
    my = y
    for k, v in lay['meta']:
        c.setFont(F, 8.5); c.drawString(W - 230, my, k); c.drawRightString(W - 40, my, v); my -= 13
    y = min(y - 30 - 11 * len(doc['buy_lines']), my) - 20
    if doc['lang'] == 'ja' and lay['summary']:
        c.setFont(FB, 13); c.drawString(40, y, f"ご請求金額  {doc['total_str']} (税込)" if doc['doc_type'] != 'receipt' else f"金額  {doc['total_str']} -"); c.line(40, y - 4, 330, y - 4); y -= 30
    ws = [22, 0, 55, 80, 90] if len(lay['cols']) == 5 else [22, 0, 70, 60]
    ws[1] = W - 80 - sum(ws)
    xs = [40]
    for w in ws[:-1]: xs.append(xs[-1] + w)
    def table_head(y):
        c.setFillColorRGB(0.88, 0.9, 0.93); c.rect(40, y - 4, W - 80, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8.5)
        for i, h in enumerate(lay['cols']):
            if lay['align'][i] == 'r': c.drawRightString(xs[i] + ws[i] - 3, y, h)
            else: c.drawString(xs[i] + 3, y, h)
        return y - 16
    y = table_head(y); page = 1
    for row in lay['rows']:
        if y < 90:
            c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{page}"); c.showPage(); page += 1
            y = header() - 30; y = table_head(y)
        for i, cell in enumerate(row):
            sz = fit(cell, F, 8.5, ws[i] - 6); c.setFont(F, sz)
            if lay['align'][i] == 'r': c.drawRightString(xs[i] + ws[i] - 3, y, cell)
            else: c.drawString(xs[i] + 3, y, cell)
        c.setStrokeColorRGB(0.8, 0.8, 0.8); c.line(40, y - 4, W - 40, y - 4); y -= 15
    c.setStrokeColorRGB(0, 0, 0); y -= 8
    if y < 60 + 14 * (len(lay['summary']) + len(lay['notes'])):
        c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{page}"); c.showPage(); page += 1; y = H - 60
    for k, v in lay['summary']:
        last = k == lay['summary'][-1][0]
        c.setFont(FB if last else F, 10 if last else 8.5)
        c.drawRightString(W - 140, y, k); c.drawRightString(W - 40, y, v); y -= 15
    y -= 10
    for n in lay['notes']:
        if n: c.setFont(F, sz := fit(n, F, 7.5, W - 80)); c.drawString(40, y, n); y -= 11
    if page > 1: c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{page}")
    c.showPage(); c.save()

def render_fpdf(doc, path):
    from fpdf import FPDF
    lay = layout(doc)
    p = FPDF(format='letter' if doc['profile'] == 'us' else 'A4'); p.set_auto_page_break(True, 20)
    p.add_font('DJ', '', DJ); p.add_font('DJ', 'B', DJB)
    p.set_creator('Kontor Faktura 3.2'); p.add_page(); p.set_margins(15, 15, 15)
    p.set_font('DJ', 'B', 15); p.cell(0, 9, doc['supplier'], new_x='LMARGIN', new_y='NEXT')
    p.set_font('DJ', '', 8)
    for s in doc['sup_lines']: p.cell(0, 4, s, new_x='LMARGIN', new_y='NEXT')
    p.ln(4); p.set_draw_color(180, 40, 40); p.set_line_width(0.6); p.line(15, p.get_y(), 195, p.get_y()); p.ln(4)
    y0 = p.get_y()
    p.set_font('DJ', 'B', 13); p.cell(90, 7, doc['title'], new_x='LMARGIN', new_y='NEXT')
    p.set_font('DJ', '', 8); p.cell(90, 5, L[doc['lang']]['bill'] + ':', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DJ', 'B', 10); p.cell(90, 5, doc['buyer'], new_x='LMARGIN', new_y='NEXT')
    p.set_font('DJ', '', 8)
    for s in doc['buy_lines']: p.cell(90, 4, s, new_x='LMARGIN', new_y='NEXT')
    y1 = p.get_y(); p.set_y(y0)
    for k, v in lay['meta']:
        p.set_x(120); p.cell(35, 5, k); p.cell(40, 5, v, align='R', new_x='LMARGIN', new_y='NEXT')
    p.set_y(max(y1, p.get_y()) + 6)
    ws = [8, 92, 20, 30, 30] if len(lay['cols']) == 5 else [10, 120, 25, 25]
    p.set_font('DJ', 'B', 8); p.set_fill_color(245, 230, 230)
    for i, h in enumerate(lay['cols']): p.cell(ws[i], 6, h, border='B', fill=True, align='R' if lay['align'][i] == 'r' else 'L')
    p.ln(); p.set_font('DJ', '', 8)
    for row in lay['rows']:
        for i, cell in enumerate(row): p.cell(ws[i], 5.5, cell, border='B', align='R' if lay['align'][i] == 'r' else 'L')
        p.ln()
    p.ln(3)
    for k, v in lay['summary']:
        last = k == lay['summary'][-1][0]
        p.set_font('DJ', 'B' if last else '', 10 if last else 8)
        p.set_x(95); p.cell(60, 6, k, align='R'); p.cell(40, 6, v, align='R', new_x='LMARGIN', new_y='NEXT')
    p.ln(5); p.set_font('DJ', '', 7)
    for n in lay['notes']:
        if n: p.multi_cell(0, 4, n, new_x='LMARGIN', new_y='NEXT')
    p.output(path)

CSS = [
 """body{font-family:'DejaVu Sans','WenQuanYi Micro Hei';font-size:9pt;color:#222;margin:0}@page{size:A4;margin:16mm}
 .top{display:flex;justify-content:space-between}.title{font-size:22pt;color:#2a6f97;font-weight:bold;letter-spacing:2px}
 table.items{width:100%;border-collapse:collapse;margin-top:14px}table.items th{background:#2a6f97;color:#fff;padding:5px;text-align:left}
 table.items td{padding:4px 5px;border-bottom:1px solid #ddd}.r{text-align:right}.sum{width:45%;margin-left:55%;border-collapse:collapse;margin-top:8px}
 .sum td{padding:3px 5px}.sum tr:last-child td{font-weight:bold;font-size:11pt;border-top:2px solid #2a6f97}.muted{color:#666;font-size:8pt}
 .meta td{padding:1px 6px}.box{border:1px solid #ccc;padding:8px;width:48%}.notes{margin-top:18px;font-size:7.5pt;color:#444}""",
 """body{font-family:'DejaVu Serif','WenQuanYi Micro Hei';font-size:9.5pt;margin:0}@page{size:A4;margin:20mm 18mm}
 .title{font-size:16pt;text-align:center;border-top:3px double #000;border-bottom:3px double #000;padding:4px;margin-bottom:12px}
 .top{display:flex;justify-content:space-between}table.items{width:100%;border-collapse:collapse;margin-top:12px}
 table.items th,table.items td{border:1px solid #444;padding:3px 5px}table.items th{background:#eee}.r{text-align:right}
 .sum{width:50%;margin-left:50%;border-collapse:collapse}.sum td{border:1px solid #444;padding:3px 5px}.muted{font-size:8pt}.box{width:48%}
 .notes{margin-top:14px;font-size:8pt}.seal{display:inline-block;width:58px;height:58px;border:2px solid #c33;border-radius:50%;color:#c33;font-size:8pt;text-align:center;line-height:1.2;padding-top:10px;box-sizing:border-box;transform:rotate(-8deg)}
 .big{font-size:14pt;border-bottom:2px solid #000;display:inline-block;padding:2px 20px 2px 0;margin:8px 0}""",
]

def html_of(doc, theme):
    lay = layout(doc); lab = L[doc['lang']]
    seal = ''
    if doc['lang'] == 'ja' or doc['lang'].startswith('zh'):
        seal = f"<div class='seal' style='display:inline-block;width:58px;height:58px;border:2px solid #c33;border-radius:50%;color:#c33;font-size:8pt;text-align:center;padding-top:12px;box-sizing:border-box'>{esc(doc['supplier'][:4])}<br>之印</div>"
    big = f"<div class='big' style='font-size:14pt;border-bottom:2px solid #000;display:inline-block;padding:2px 20px 2px 0;margin:8px 0'>{esc(lab['total'])}　{esc(doc['total_str'])}（税込）</div>" if doc['lang'] == 'ja' and lay['summary'] else ''
    meta = ''.join(f"<tr><td class='muted'>{esc(k)}</td><td class='r'>{esc(v)}</td></tr>" for k, v in lay['meta'])
    th = ''.join(f"<th class='{'r' if lay['align'][i] == 'r' else ''}'>{esc(h)}</th>" for i, h in enumerate(lay['cols']))
    trs = ''.join('<tr>' + ''.join(f"<td class='{'r' if lay['align'][i] == 'r' else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + '</tr>' for r in lay['rows'])
    summ = ''.join(f"<tr><td class='r'>{esc(k)}</td><td class='r'>{esc(v)}</td></tr>" for k, v in lay['summary'])
    notes = ''.join(f"<div>{esc(n)}</div>" for n in lay['notes'] if n)
    bl = doc.get('buyer_label', doc['buyer'])
    return f"""<!doctype html><html lang="{doc['lang']}"><head><meta charset="utf-8"><title>{esc(doc['title'])} {esc(doc['no'])}</title><style>{CSS[theme]}</style></head><body>
<div class='title'>{esc(doc['title'])}</div>
<div class='top'><div class='box'><div class='muted'>{esc(lab['bill'] if doc['lang'] != 'ja' else 'ご請求先')}</div><b style='font-size:11pt'>{esc(bl)}</b><br>{'<br>'.join(esc(s) for s in doc['buy_lines'])}</div>
<div class='box' style='text-align:right'><b>{esc(doc['supplier'])}</b><br>{'<br>'.join(esc(s) for s in doc['sup_lines'])}<br>{seal}<table class='meta' style='margin-left:auto'>{meta}</table></div></div>
{big}<table class='items'><tr>{th}</tr>{trs}</table>{'<table class=sum>' + summ + '</table>' if summ else ''}<div class='notes'>{notes}</div></body></html>"""

def render_weasy(doc, path, theme):
    import weasyprint
    weasyprint.HTML(string=html_of(doc, theme)).write_pdf(path)

def chromium(args):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=' + TMP + '/chr'] + args,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)

def render_chromium(doc, path, theme):
    h = os.path.join(TMP, os.path.basename(path) + '.html'); open(h, 'w').write(html_of(doc, theme))
    chromium(['--print-to-pdf=' + path, 'file://' + h])

def shop_html(doc):
    lay = layout(doc)
    rows = ''.join(f"<div class='it'><div class='ph'></div><div class='d'>{esc(r[1])}<br><span class='g'>{esc(doc['lines'][i]['unit'])} × {esc(r[2])}</span></div><div class='p'>{esc(r[4])}</div></div>" for i, r in enumerate(lay['rows']))
    summ = ''.join(f"<div class='s'><span>{esc(k)}</span><span>{esc(v)}</span></div>" for k, v in lay['summary'])
    shop = doc['shop']
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>body{{font-family:'DejaVu Sans','WenQuanYi Micro Hei';background:#f3f3f3;margin:0}}
.nav{{background:{doc['shopcolor']};color:#fff;padding:12px 24px;font-size:20px;font-weight:bold}}.nav small{{font-weight:normal;font-size:12px;margin-left:20px}}
.card{{background:#fff;margin:18px auto;width:760px;padding:22px;border-radius:6px;box-shadow:0 1px 3px #aaa}}.it{{display:flex;border-bottom:1px solid #eee;padding:8px 0}}
.ph{{width:44px;height:44px;background:#dde;margin-right:12px}}.d{{flex:1;font-size:13px}}.g{{color:#888;font-size:11px}}.p{{font-size:13px}}
.s{{display:flex;justify-content:space-between;font-size:13px;padding:3px 0}}.s:last-child{{font-weight:bold;font-size:16px;border-top:1px solid #333;margin-top:6px;padding-top:6px}}
.btn{{background:#f0c14b;padding:6px 14px;border-radius:3px;display:inline-block;font-size:12px}}</style></head><body>
<div class='nav'>{esc(shop)}<small>{esc(doc['navtext'])}</small></div><div class='card'><h2 style='margin:0 0 6px'>{esc(doc['title'])}</h2>
<div class='g'>{esc(lay['meta'][0][0])}: {esc(doc['no'])} &nbsp; | &nbsp; {esc(lay['meta'][1][0])}: {esc(doc['date_str'])}</div>
<p style='font-size:12px'><b>{esc(doc['supplier'])}</b><br>{'<br>'.join(esc(s) for s in doc['sup_lines'])}</p>
<p style='font-size:12px'>{esc(L[doc['lang']]['bill'] if doc['lang'] != 'ja' else '購入者')}: <b>{esc(doc['buyer'])}</b></p>{rows}<div style='width:340px;margin-left:auto;margin-top:10px'>{summ}</div>
<p><span class='btn'>{'印刷する' if doc['lang'] == 'ja' else 'Print'}</span></p></div></body></html>"""

def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    lay = layout(doc); d = docx.Document()
    st = d.styles['Normal']; st.font.size = Pt(9); st.font.name = 'DejaVu Sans'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    p = d.add_paragraph(); r = p.add_run(doc['supplier']); r.bold = True; r.font.size = Pt(13)
    for s in doc['sup_lines']: d.add_paragraph(s).paragraph_format.space_after = Pt(0)
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = h.add_run(doc['title']); r.bold = True; r.font.size = Pt(18)
    p = d.add_paragraph(); p.add_run((L[doc['lang']]['bill'] if doc['lang'] != 'ja' else '宛先') + ': '); r = p.add_run(doc.get('buyer_label', doc['buyer'])); r.bold = True
    for s in doc['buy_lines']: d.add_paragraph(s).paragraph_format.space_after = Pt(0)
    for k, v in lay['meta']: d.add_paragraph(f"{k}: {v}").paragraph_format.space_after = Pt(0)
    if doc['lang'] == 'ja' and lay['summary']:
        p = d.add_paragraph(); r = p.add_run(f"合計金額　{doc['total_str']}（税込）"); r.bold = True; r.font.size = Pt(13)
    t = d.add_table(rows=1, cols=len(lay['cols'])); t.style = 'Table Grid'
    for i, hh in enumerate(lay['cols']): t.rows[0].cells[i].text = hh
    for row in lay['rows']:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
            if lay['align'][i] == 'r': cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    if lay['summary']:
        t2 = d.add_table(rows=0, cols=2); t2.alignment = 2
        for k, v in lay['summary']:
            cs = t2.add_row().cells; cs[0].text = k; cs[1].text = v; cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for n in lay['notes']:
        if n: d.add_paragraph(n)
    d.save(path)

def render_csv(doc, path):
    lay = layout(doc); rows = []
    rows.append([doc['title'], '', '', '', doc['supplier']])
    for s in doc['sup_lines']: rows.append(['', '', '', '', s])
    rows.append([]); rows.append([L[doc['lang']]['bill'] if doc['lang'] != 'ja' else '請求先', doc.get('buyer_label', doc['buyer'])])
    for s in doc['buy_lines']: rows.append(['', s])
    for k, v in lay['meta']: rows.append(['', '', '', k, v])
    rows.append([]); rows.append(lay['cols'])
    rows += lay['rows']; rows.append([])
    for k, v in lay['summary']: rows.append(['', '', '', k, v])
    rows.append([])
    for n in lay['notes']: rows.append([n])
    with open(path, 'w', newline='', encoding='utf-8') as f: csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- imaging
def pdf_to_images(pdf, dpi=150):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf); out = []
    for p in doc: out.append(p.render(scale=dpi / 72).to_pil().convert('RGB'))
    return out

def degrade_scan(img, rng, fax=False, dpi=150):
    """returns degraded image and a mapping fn (x_pt, y_top_pt) -> pixel in result"""
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    a = np.array(img.convert('L')).astype(np.float32)
    ang = rng.uniform(-1.8, 1.8); h, w = a.shape
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=255 if not fax else 255)
    a = a * rng.uniform(0.9, 0.97) + rng.uniform(5, 18)
    a += np.random.default_rng(rng.randint(0, 9999)).normal(0, 6 if not fax else 3, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    sx = sy = rng.uniform(0.7, 0.95)
    if fax:
        im = im.point(lambda v: 255 if v > 150 else 0).convert('L'); sy = sx * 0.5
    im = im.resize((int(w * sx), int(h * sy)), Image.BILINEAR)
    if fax:
        im = im.resize((im.width, im.height * 2), Image.NEAREST); sy = sx
    s = dpi / 72
    def mp(x, y):
        px, py = x * s, y * s
        rx = M[0, 0] * px + M[0, 1] * py + M[0, 2]; ry = M[1, 0] * px + M[1, 1] * py + M[1, 2]
        return rx * sx, ry * sy
    return im, mp

def phone_photo(img, rng):
    import numpy as np, cv2
    from PIL import Image
    a = np.array(img.convert('RGB')).astype(np.float32); h, w = a.shape[:2]
    pad = int(w * 0.18); W, H = w + 2 * pad, h + 2 * pad
    bgc = np.array(rng.choice([(120, 95, 70), (60, 62, 70), (200, 198, 190), (150, 120, 90)]), np.float32)
    bg = np.ones((H, W, 3), np.float32) * bgc + np.random.default_rng(rng.randint(0, 999)).normal(0, 9, (H, W, 3))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.07, 0.07) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Mp = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Mp, (W, H), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Mp, (W, H))[..., None]
    out = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    light = 1.08 - 0.45 * (np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(W, H))
    shade = np.where(xx + yy * rng.uniform(0.3, 1) < rng.uniform(0.2, 0.5) * W, 0.8, 1.0)
    out = out * (light * shade)[..., None] * np.array([1.0, 0.98, 0.92])
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.6, 1.3))
    im = Image.fromarray(out)
    return im.resize((int(W * 0.75), int(H * 0.75)))

# ---------------------------------------------------------------- edits
def find_boxes(pdf, s):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); res = []
    for pi, page in enumerate(d):
        tp = page.get_textpage(); H = page.get_height()
        se = tp.search(s, match_case=True)
        while True:
            r = se.get_next()
            if not r: break
            i, n = r; bx = [tp.get_charbox(k) for k in range(i, i + n)]
            res.append(dict(page=pi, H=H, box=(min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)),
                            chars=[(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(i, i + n)]))
    return res

def page_chars(pdf, pi):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); tp = d[pi].get_textpage()
    return [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(tp.count_chars())]

def pdfstr(s): return b'(' + s.encode('latin-1').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'

import re as _re
def lit_replace(data, old, new):
    """replace old->new inside PDF literal strings only; returns (data, count)"""
    o = old.strip(' €$¥').encode('latin-1'); nw = new.strip(' €$¥').encode('latin-1'); cnt = [0]
    if len(o) < 3: o, nw = pdfstr(old), pdfstr(new)
    def f(m):
        t = m.group(0)
        if o.startswith(b'('):
            if t == o: cnt[0] += 1; return nw
            return t
        c = t.count(o)
        if c: cnt[0] += c; return t.replace(o, nw)
        return t
    out = _re.sub(rb'\((?:[^()\\]|\\.)*\)', f, data)
    return out, cnt[0]

def edit_pikepdf(src, dst, old, new):
    import pikepdf
    pdf = pikepdf.open(src); n = 0
    for page in pdf.pages:
        for cs in ([page.obj.Contents] if isinstance(page.obj.Contents, pikepdf.Stream) else list(page.obj.Contents)):
            data, c = lit_replace(cs.read_bytes(), old, new)
            if c: cs.write(data); n += c
    pdf.docinfo['/ModDate'] = 'D:20260401101500+09\'00\''
    pdf.save(dst); return n

def edit_pypdf(src, dst, old, new):
    from pypdf import PdfWriter
    w = PdfWriter(clone_from=src); n = 0
    for page in w.pages:
        c = page['/Contents'].get_object(); data = c.get_data()
        data, k = lit_replace(data, old, new); n += k; c.set_data(data)
    w.add_metadata({'/Producer': 'pypdf'}); w.write(dst); return n

def edit_incremental(src, dst, old, new):
    import pikepdf, re
    raw = open(src, 'rb').read(); pdf = pikepdf.open(src)
    prev = int(re.findall(rb'startxref\s+(\d+)', raw)[-1]); out = bytearray(raw); ents = []; n = 0
    if not out.endswith(b'\n'): out += b'\n'
    for page in pdf.pages:
        cs = page.obj.Contents; data, c = lit_replace(cs.read_bytes(), old, new)
        if not c: continue
        n += c; num_, gen = cs.objgen
        ents.append((num_, gen, len(out)))
        out += f"{num_} {gen} obj\n<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream\nendobj\n"
    xref = len(out); out += b"xref\n0 1\n0000000000 65535 f \n"
    for num_, gen, off in sorted(ents): out += f"{num_} 1\n{off:010d} {gen:05d} n \n".encode()
    size = int(pdf.trailer.Size); root = pdf.trailer.Root.objgen[0]
    info = f" /Info {pdf.trailer.Info.objgen[0]} 0 R" if '/Info' in pdf.trailer else ''
    out += f"trailer\n<< /Size {size} /Root {root} 0 R{info} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(dst, 'wb').write(out); return n

def edit_overlay(src, dst, old, new, rasterize=False):
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    rl_fonts(); hits = find_boxes(src, old)
    if not hits: return 0
    w = PdfWriter(clone_from=src)
    cjk = any(ord(ch) > 0x2000 for ch in new + old)
    for pi, page in enumerate(w.pages):
        hs = [h for h in hits if h['page'] == pi]
        if hs:
            bio = io.BytesIO(); mb = page.mediabox
            c = canvas.Canvas(bio, pagesize=(float(mb.width), float(mb.height)))
            for h in hs:
                l, b, r, t = h['box']; c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 2, r - l + 3, t - b + 4, fill=1, stroke=0)
                c.setFillColorRGB(0, 0, 0); fs = (t - b) * 1.25; font = 'WQY' if cjk else 'Helvetica'
                c.setFont(font, fs); c.drawString(l, b + 0.3, new)
            c.save(); bio.seek(0); page.merge_page(PdfReader(bio).pages[0])
    if rasterize:
        tmp = dst + '.tmp.pdf'; w.write(tmp)
        ims = pdf_to_images(tmp, 110); ims[0].save(dst, save_all=True, append_images=ims[1:], resolution=110); os.remove(tmp)
    else:
        w.write(dst)
    return len(hits)

def img_paste(img, mp, hits, new, rng, H_unused=None):
    from PIL import ImageDraw, ImageFont
    im = img.copy(); dr = ImageDraw.Draw(im); n = 0
    for h in hits[:2]:
        if h['page'] != 0: continue
        l, b, r, t = h['box']; Hp = h['H']
        x0, y0 = mp(l - 1, Hp - t - 1); x1, y1 = mp(r + 1, Hp - b + 1)
        x0, x1 = sorted((x0, x1)); y0, y1 = sorted((y0, y1))
        from PIL import ImageStat
        fill = int(ImageStat.Stat(im.convert('L').crop((int(x0) - 6, int(y0) - 3, int(x0) - 1, int(y1) + 3))).median[0])
        dr.rectangle([x0, y0, x1 + (len(new) - len(h['chars'])) * (x1 - x0) / max(1, len(h['chars'])), y1], fill=fill if im.mode == 'L' else (fill,) * 3)
        fnt = ImageFont.truetype(WQY if any(ord(ch) > 0x2000 for ch in new) else DJ, max(8, int((y1 - y0) * 0.95)))
        dr.text((x0, y0 - (y1 - y0) * 0.08), new, fill=25 if im.mode == 'L' else (25, 25, 25), font=fnt); n += 1
    return im, n

def img_clone(img, mp, pdf, hits, new):
    im = img.copy(); n = 0
    h = [x for x in hits if x['page'] == 0]
    if not h: return im, 0
    h = h[0]; chars = page_chars(pdf, 0); Hp = h['H']
    need = sum(1 for (ch, _), nc in zip(h['chars'], new) if ch != nc)
    for (ch, box), nc in zip(h['chars'], new):
        if ch == nc: continue
        srcs = [bx for (c, bx) in chars if c == nc and abs((bx[3] - bx[1]) - (box[3] - box[1])) < 1.0 and bx != box]
        if not srcs: continue
        sb = srcs[0]
        sx0, sy0 = mp(sb[0] - 0.3, Hp - sb[3] - 0.8); sx1, sy1 = mp(sb[2] + 0.3, Hp - sb[1] + 0.8)
        tx0, ty0 = mp(box[0] - 0.3, Hp - box[3] - 0.8)
        patch = im.crop((int(sx0), int(sy0), int(sx1), int(sy1)))
        im.paste(patch, (int(tx0), int(ty0))); n += 1
    return im, (n if n == need else 0)

# ---------------------------------------------------------------- main plan
labels = []
def label(fname, doc, producer, genuine=True, edit_method=None, what=None, pages=1, ebc=False, **kw):
    rec = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer, language=doc['lang'],
               is_invoice=doc['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=doc['doc_type'],
               date=doc['date'].isoformat(), total=(None if doc.get('no_total') else f"{doc['total']:.{doc['dec']}f}"), currency=doc['currency'],
               supplier=doc['supplier'], buyer=doc['buyer'], pages=pages, edit_before_capture=ebc, arithmetic_error=bool(doc.get('arith')) and genuine)
    rec.update(kw); labels.append(rec)

def npages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)

def gen_any(i, arith=False):
    k = i % 14
    if k in (0, 1, 2): return g_japan(R.choice(['tax_invoice', 'tax_invoice', 'invoice']), arith)
    if k == 3: return g_china('vat', arith)
    if k == 4: return g_china('ci', arith)
    if k == 5: return g_kr(arith)
    if k == 6: return g_us('invoice', arith)
    if k == 7: return g_tw(arith)
    return g_eu(['de', 'fr', 'it', 'es', 'pl', 'nl'][k - 8], 'invoice', arith)

if __name__ == '__main__':
    import copy
    docs = []  # (fname, doc, producer, path)
    cnt = [0]
    def fn(ext, tag):
        cnt[0] += 1; return f"{cnt[0]:03d}_{tag}.{ext}"
    arith_ids = set(R.sample(range(100), 8))
    plan = []
    # producers for genuine digital docs
    prods = ['rl'] * 30 + ['fpdf'] * 12 + ['weasy'] * 18 + ['chrome'] * 10 + ['csv'] * 7 + ['docx'] * 8 + ['shot'] * 5
    # fpdf is latin only: generate accordingly
    i = 0; gen_docs = []
    for pi, pr in enumerate(prods):
        if pr == 'fpdf':
            d = R.choice([lambda a: g_eu(R.choice(['de', 'fr', 'it', 'es', 'pl', 'nl']), 'invoice', a), lambda a: g_us('invoice', a), lambda a: g_kr(a), lambda a: g_china('ci', a)])(pi in arith_ids)
        elif pr == 'rl' and pi < 16:  # latin Helvetica, editable by content-stream
            d = R.choice([lambda a: g_eu(R.choice(['de', 'fr', 'it', 'es', 'nl']), 'invoice', a), lambda a: g_us('invoice', a), lambda a: g_kr(a), lambda a: g_china('ci', a)])(pi in arith_ids)
        elif pr == 'shot':
            d = R.choice([g_japan, g_us])(doc_type='receipt') if pi % 2 else g_japan('receipt')
            if d['lang'] == 'ja':
                d['shop'], d['shopcolor'], d['navtext'], d['title'] = 'おおさか問屋ネット', '#b22222', '法人・個人事業主向け卸サイト  マイページ > 注文履歴 > 領収書', '領収書（適格請求書）'
            else:
                d['shop'], d['shopcolor'], d['navtext'], d['title'] = 'TrailCrate Wholesale', '#1d3557', 'Account › Orders › Receipt', 'Order Receipt'
        else:
            d = gen_any(pi, pi in arith_ids)
        if pi == 3 or pi == 50: d['lines'] = d['lines']  # placeholder
        gen_docs.append((pr, d))
    # make 4 long multi-page docs
    for idx in (5, 20, 45, 60):
        pr, d = gen_docs[idx]
        key = {'ja': 'ja', 'zh-Hans': 'zh', 'zh-Hant': 'zh-Hant', 'en': 'en_us' if d['profile'] == 'us' else 'en_kr' if d['profile'] == 'kr' else 'en_cn'}.get(d['lang'], d['lang'])
        more = mk_lines(key, 38, d['dec'], (6, 300))
        for l in more:
            if d['profile'] == 'kr' and d['currency'] == 'KRW': l['price'] = q(l['price'] * 1350, 0)
            if l['rate'] is None and d['lines'][0]['rate'] is not None and d['lang'] != 'ja': l['rate'] = d['lines'][0]['rate']
        nd = new_doc(d['lang'], d['profile'], d['doc_type'], d['supplier'], d['sup_lines'], d['buyer'], d['buy_lines'], d['currency'], d['dec'], d['nstyle'], d['dstyle'],
                     d['date'], more, None, d['shipping'], d['discount'], d['money'], False, d['title'])
        for k in ('buyer_label', 'extra_notes'):
            if k in d: nd[k] = d[k]
        gen_docs[idx] = (pr, nd)
    csvs, docxs, chromes, shots = [], [], [], []
    PN = {'rl': 'reportlab', 'fpdf': 'fpdf2', 'weasy': 'weasyprint_html', 'chrome': 'chromium_html', 'csv': 'libreoffice_calc_csv', 'docx': 'python-docx_libreoffice', 'shot': 'chromium_screenshot'}
    for n, (pr, d) in enumerate(gen_docs):
        if pr == 'rl':
            f = fn('pdf', 'rl'); render_reportlab(d, os.path.join(OUT, f), style=n % 2); docs.append((f, d, PN[pr]))
        elif pr == 'fpdf':
            f = fn('pdf', 'fp'); render_fpdf(d, os.path.join(OUT, f)); docs.append((f, d, PN[pr]))
        elif pr == 'weasy':
            f = fn('pdf', 'wp'); render_weasy(d, os.path.join(OUT, f), n % 2); docs.append((f, d, PN[pr]))
        elif pr == 'chrome':
            f = fn('pdf', 'cr'); render_chromium(d, os.path.join(OUT, f), n % 2); docs.append((f, d, PN[pr]))
        elif pr == 'csv':
            f = fn('pdf', 'lo'); render_csv(d, os.path.join(TMP, f[:-4] + '.csv')); csvs.append(f); docs.append((f, d, PN[pr]))
        elif pr == 'docx':
            f = fn('pdf', 'dx'); render_docx(d, os.path.join(TMP, f[:-4] + '.docx')); docxs.append(f); docs.append((f, d, PN[pr]))
        elif pr == 'shot':
            f = fn('png', 'web'); h = os.path.join(TMP, f + '.html'); open(h, 'w').write(shop_html(d))
            chromium(['--screenshot=' + os.path.join(OUT, f), '--window-size=820,%d' % (560 + 64 * len(d['lines'])), '--hide-scrollbars', 'file://' + h]); docs.append((f, d, PN[pr]))
    # non-invoices
    nonin = []
    def ni(d, kind, title):
        d['doc_type'] = kind; d['title'] = title; d['arith'] = False; return d
    d = g_china('pl'); d['no_total'] = True; d['no'] = f'PL-{R.randint(1000,9999)}'; nonin.append(('rl', d))
    d = g_china('pi'); nonin.append(('weasy', d))
    d = g_japan('quotation'); d['title'] = '御見積書'; L_ = d; nonin.append(('weasy', d))
    d = g_japan('delivery_note'); d['no_total'] = True; d['title'] = '納品書'; nonin.append(('docx', d))
    d = g_japan('delivery_note'); d['priced'] = True; d['title'] = '納品書（控）'; nonin.append(('rl', d))
    d = g_japan('purchase_order'); d['title'] = '注文書'; d['supplier'], d['buyer'] = d['buyer'], d['supplier']; nonin.append(('chrome', d))
    d = g_eu('de', 'delivery_note'); d['no_total'] = True; d['title'] = 'LIEFERSCHEIN'; nonin.append(('fpdf', d))
    d = g_kr(); d['doc_type'] = 'other'; d['title'] = 'PRICE LIST 2026 (FOB Busan)'; nonin.append(('csv', d))
    d = g_us('quotation'); d['title'] = 'QUOTE'; nonin.append(('fpdf', d))
    d = g_china('ci'); d['doc_type'] = 'purchase_order'; d['title'] = 'PURCHASE ORDER'; d['supplier'], d['buyer'] = OURS_EN[0], d['supplier']; d['sup_lines'], d['buy_lines'] = OURS_EN[1], d['sup_lines']; nonin.append(('docx', d))
    for pr, d in nonin:
        d['arith'] = False
        if pr == 'rl': f = fn('pdf', 'rl'); render_reportlab(d, os.path.join(OUT, f))
        elif pr == 'weasy': f = fn('pdf', 'wp'); render_weasy(d, os.path.join(OUT, f), 1)
        elif pr == 'fpdf': f = fn('pdf', 'fp'); render_fpdf(d, os.path.join(OUT, f))
        elif pr == 'chrome': f = fn('pdf', 'cr'); render_chromium(d, os.path.join(OUT, f), 0)
        elif pr == 'csv': f = fn('pdf', 'lo'); render_csv(d, os.path.join(TMP, f[:-4] + '.csv')); csvs.append(f)
        elif pr == 'docx': f = fn('pdf', 'dx'); render_docx(d, os.path.join(TMP, f[:-4] + '.docx')); docxs.append(f)
        docs.append((f, d, PN[pr]))
    # libreoffice batch conversions
    lo = ['soffice', '-env:UserInstallation=file://' + TMP + '/lo', '--headless', '--convert-to', 'pdf', '--outdir', OUT]
    if docxs: subprocess.run(lo + [os.path.join(TMP, f[:-4] + '.docx') for f in docxs], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    if csvs: subprocess.run(lo[:3] + ['--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2', '--convert-to', 'pdf', '--outdir', OUT] + [os.path.join(TMP, f[:-4] + '.csv') for f in csvs],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for f, d, p in docs:
        path = os.path.join(OUT, f)
        label(f, d, p, pages=npages(path) if f.endswith('.pdf') else 1)
    # ---- scans / faxes / photos (from fresh renders kept in TMP)
    scan_meta = []
    srcgen = [lambda: g_japan('tax_invoice'), lambda: g_japan('receipt'), lambda: g_china('vat'), lambda: g_tw(), lambda: g_kr(), lambda: g_us('invoice'),
              lambda: g_eu('de'), lambda: g_eu('it'), lambda: g_japan('invoice'), lambda: g_china('ci')]
    kinds = ['scan_jpeg'] * 6 + ['scan_png'] * 3 + ['scan_pdf'] * 3 + ['fax_png'] * 3 + ['phone_jpeg'] * 8
    rng = random.Random(77)
    arith_scan = {2, 9}
    for k, kind in enumerate(kinds):
        d = srcgen[k % len(srcgen)]()
        if k in arith_scan:
            d = srcgen[k % len(srcgen)](); d2 = copy.deepcopy(d)
        d['arith'] = False
        if k in arith_scan:  # rebuild with arithmetic error
            d = new_doc(d['lang'], d['profile'], d['doc_type'], d['supplier'], d['sup_lines'], d['buyer'], d['buy_lines'], d['currency'], d['dec'], d['nstyle'], d['dstyle'],
                        d['date'], d['lines'], None, d['shipping'], d['discount'], d['money'], True, d['title']) | {k2: d[k2] for k2 in ('buyer_label', 'extra_notes') if k2 in d}
        src = os.path.join(TMP, f'scan{k}.pdf')
        (render_weasy(d, src, k % 2) if k % 3 == 0 else render_reportlab(d, src, k % 2))
        srcprod = 'weasyprint_html' if k % 3 == 0 else 'reportlab'
        imgs = pdf_to_images(src, 150)
        if kind == 'phone_jpeg':
            f = fn('jpg', 'photo'); phone_photo(imgs[0], rng).save(os.path.join(OUT, f), quality=rng.randint(70, 88)); pages = 1
        else:
            fax = kind == 'fax_png'
            outs = []; mps = []
            for im in imgs:
                if fax:
                    from PIL import ImageDraw
                    dr = ImageDraw.Draw(im); dr.text((30, 8), f"{fdate(d['date'] + dt.timedelta(days=1), 'iso_slash')} 10:{rng.randint(10, 59)}  FROM: 06 6201 4410  TO: 0664487313  P.001/001", fill=(0, 0, 0))
                o, mp = degrade_scan(im, rng, fax); outs.append(o); mps.append(mp)
            ext = {'scan_jpeg': 'jpg', 'scan_png': 'png', 'scan_pdf': 'pdf', 'fax_png': 'png'}[kind]
            f = fn(ext, kind.split('_')[0])
            if ext == 'jpg': outs[0].save(os.path.join(OUT, f), quality=rng.randint(45, 75)); pages = 1
            elif ext == 'png': outs[0].save(os.path.join(OUT, f)); pages = 1
            else: outs[0].convert('RGB').save(os.path.join(OUT, f), save_all=True, append_images=[x.convert('RGB') for x in outs[1:]], resolution=120, quality=60); pages = len(outs)
            scan_meta.append((f, d, src, mps[0], kind))
        label(f, d, kind, pages=pages, source_producer=srcprod)
        if kind == 'phone_jpeg': scan_meta.append((f, d, src, None, kind))
    # ---- edits
    edited = 0
    def newtotal(d):
        v = d['total'] * D(str(rng.choice([0.5, 0.6, 1.5, 1.8, 2.0, 2.5]))); return q(v, d['dec'])
    def newdate(d):
        return d['date'] + dt.timedelta(days=rng.choice([-45, -30, -21, -9, 14, 60]))
    BUYERS_ALT = {'en': ['Sakura Goods LLC', 'Mirai Commerce K.K.'], 'ja': ['合同会社ハヤテ商事', '株式会社オーシャンリテール']}
    def apply(d, what):
        """returns (old, new, newdoc)"""
        nd = dict(d)
        if what == 'total':
            nt = newtotal(d); nd['total'] = nt; old, new = d['total_str'], d['money'](nt)
        elif what == 'date':
            ndt = newdate(d); nd['date'] = ndt; old, new = d['date_str'], fdate(ndt, d['dstyle'])
        elif what == 'buyer':
            alt = rng.choice(BUYERS_ALT['ja' if d['lang'] == 'ja' else 'en']); nd['buyer'] = alt; old, new = d['buyer'], alt
        elif what == 'quantity':
            l = d['lines'][0]; old = f"{l['qty']:,}" if d['nstyle'] == 'en' else str(l['qty']); nq = l['qty'] * rng.choice([2, 3, 5]) + 10
            new = f"{nq:,}" if d['nstyle'] == 'en' else str(nq); nd['qty_before'] = l['qty']
        return old, new, nd
    rl_latin = [(f, d) for f, d, p in docs if p == 'reportlab' and font_kind(d) == 'latin' and d['doc_type'] == 'invoice']
    textpdf = [(f, d) for f, d, p in docs if f.endswith('.pdf') and p != 'reportlab' and d['doc_type'] in ('invoice', 'tax_invoice', 'receipt')]
    rng.shuffle(rl_latin); rng.shuffle(textpdf)
    whats = ['total', 'date', 'buyer', 'quantity', 'total', 'date', 'total', 'buyer']
    def do(f, d, method, what, func, ext='pdf', **kw):
        nonlocal_edit = None
        old, new, nd = apply(d, what)
        if what == 'buyer' and old == new: return False
        if d['buyer'] in (OURS_JA[0], OURS_EN[0]) and what == 'buyer' and d['lang'] == 'ja': pass
        base = f.rsplit('.', 1)[0]; out = f"{base}_x{len([l for l in labels if l['file'].startswith(base)])}.{ext}"
        n = func(os.path.join(OUT, f), os.path.join(OUT, out), old, new)
        if not n:
            if os.path.exists(os.path.join(OUT, out)): os.remove(os.path.join(OUT, out))
            return False
        nd['arith'] = False
        label(out, nd, labels_by[f]['producer'], genuine=False, edit_method=method, what=[what], pages=labels_by[f]['pages'], source_file=f,
              edit_detail=f"{old!r} -> {new!r}", **kw)
        return True
    labels_by = {l['file']: l for l in labels}
    plan_rl = [('pikepdf_text_replace', edit_pikepdf)] * 7 + [('pypdf_content_edit', edit_pypdf)] * 6 + [('incremental_update', edit_incremental)] * 5
    j = 0
    for method, func in plan_rl:
        while j < len(rl_latin):
            f, d = rl_latin[j]; j += 1
            if do(f, d, method, whats[j % len(whats)], func): edited += 1; break
    j = 0
    for method, ras in [('overlay_whitebox', False)] * 9 + [('overlay_whitebox_rasterized', True)] * 3:
        while j < len(textpdf):
            f, d = textpdf[j]; j += 1
            w = ['total', 'date', 'buyer', 'total'][j % 4]
            if do(f, d, method, w, lambda a, b, o, nw: edit_overlay(a, b, o, nw, ras)): edited += 1; break
    # image edits on scans
    sc = [s for s in scan_meta if s[3] is not None and s[4] != 'scan_pdf']
    rng.shuffle(sc); k = 0
    from PIL import Image
    for method in ['image_paste'] * 4 + ['image_clone_region'] * 3:
        while k < len(sc):
            f, d, src, mp, kind = sc[k]; k += 1
            what = rng.choice(['total', 'date']) if method == 'image_paste' else 'date'
            old, new, nd = apply(d, what)
            if method == 'image_clone_region' and len(old) != len(new): continue
            hits = find_boxes(src, old)
            if not hits: continue
            img = Image.open(os.path.join(OUT, f)); img.load()
            im2, n = (img_paste(img, mp, hits, new, rng) if method == 'image_paste' else img_clone(img, mp, src, hits, new))
            if not n: continue
            out = f.rsplit('.', 1)[0] + '_x.jpg'
            im2.convert('RGB').save(os.path.join(OUT, out), quality=rng.randint(70, 90))
            nd['arith'] = False
            label(out, nd, kind, genuine=False, edit_method=method, what=[what], pages=1, source_file=f, edit_detail=f"{old!r} -> {new!r}", resaved_as='jpeg')
            edited += 1; break
    # edits made before capture: altered source, then printed & scanned / photographed
    for k2 in range(4):
        d = [lambda: g_japan('tax_invoice'), lambda: g_us('invoice'), lambda: g_china('vat'), lambda: g_eu('fr')][k2]()
        d['arith'] = False
        what = ['total', 'buyer', 'date', 'total'][k2]
        old, new, nd = apply(d, what)
        if what == 'total': nd['total_str'] = new
        if what == 'date': nd['date_str'] = new
        if what == 'buyer': nd['buyer_label'] = new + (' 御中' if d['lang'] == 'ja' else '')
        src = os.path.join(TMP, f'pre{k2}.pdf'); render_weasy(nd, src, k2 % 2) if k2 % 2 else render_reportlab(nd, src)
        im = pdf_to_images(src, 150)[0]
        if k2 < 2: f = fn('jpg', 'scan'); o, _ = degrade_scan(im, rng); o.save(os.path.join(OUT, f), quality=60)
        else: f = fn('jpg', 'photo'); phone_photo(im, rng).save(os.path.join(OUT, f), quality=80)
        label(f, nd, 'scan_jpeg' if k2 < 2 else 'phone_jpeg', genuine=False, edit_method='source_edit_before_capture', what=[what], pages=1, ebc=True,
              edit_detail=f"{old!r} -> {new!r} (total line no longer matches items)" if what == 'total' else f"{old!r} -> {new!r}")
        edited += 1
    with open(os.path.join(BASE, 'labels.jsonl'), 'w') as fo:
        for l in labels: fo.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('files', len(labels), 'edited', edited)
