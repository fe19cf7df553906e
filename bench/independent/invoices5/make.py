#!/usr/bin/env python3
"""invoices5 generator: genuine supplier invoices (several producers), a few non-invoices,
and edited copies.  Everything (companies, tax ids, amounts) is invented.
Run:  /work/main/.venv/bin/python make.py"""
import os, sys, io, json, math, random, shutil, subprocess, re, html, datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import cv2, pypdfium2 as pdfium, pikepdf, pypdf

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files'); TMP = os.path.join(BASE, '_build')
FD = '/usr/share/fonts/truetype/dejavu/'
DJV, DJVB, DJVS, DJVSB, DJVM = FD+'DejaVuSans.ttf', FD+'DejaVuSans-Bold.ttf', FD+'DejaVuSerif.ttf', FD+'DejaVuSerif-Bold.ttf', FD+'DejaVuSansMono.ttf'
DJVC = FD+'DejaVuSansCondensed.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
R = random.Random(20260305)
ENV = dict(os.environ, HOME=os.path.join(TMP, 'home'))

# ---------------------------------------------------------------- money / dates
def q2(x): return D(x).quantize(D('0.01'), ROUND_HALF_UP)
def q0(x): return D(x).quantize(D('1'), ROUND_HALF_UP)

def group(i, sep, indian=False):
    s = str(i)
    if indian and len(s) > 3:
        head, tail, parts = s[:-3], s[-3:], []
        while len(head) > 2: parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(s) > 3: parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s); return sep.join(parts)

def fmtnum(x, nf):
    x = D(x); neg = x < 0; x = abs(x)
    if nf == 'jpy': s = group(int(q0(x)), ',')
    else:
        x = q2(x); i = int(x); f = str(x).split('.')[1]
        s = {'dot_comma': lambda: group(i, '.') + ',' + f, 'space_comma': lambda: group(i, ' ') + ',' + f,
             'comma_dot': lambda: group(i, ',') + '.' + f, 'indian': lambda: group(i, ',', True) + '.' + f,
             'plain': lambda: f'{i}.{f}', 'plain_comma': lambda: f'{i},{f}'}[nf]()
    return ('-' if neg else '') + s

MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split()}

def fmtdate(d, df):
    m = d.month
    return {'dmy_dot': f'{d.day:02d}.{m:02d}.{d.year}', 'dmy_slash': f'{d.day:02d}/{m:02d}/{d.year}',
            'mdy_slash': f'{m:02d}/{d.day:02d}/{d.year}', 'iso': d.isoformat(), 'dmy_dash': f'{d.day:02d}-{m:02d}-{d.year}',
            'ymd_slash': f'{d.year}/{m:02d}/{d.day:02d}', 'cjk': f'{d.year}年{m}月{d.day}日',
            'reiwa': f'令和{d.year-2018}年{m}月{d.day}日', 'en_long': f'{MONTHS["en"][m-1]} {d.day}, {d.year}',
            'en_abbr': f'{d.day:02d}-{MONTHS["en"][m-1][:3]}-{d.year}', 'de_long': f'{d.day}. {MONTHS["de"][m-1]} {d.year}',
            'fr_long': f'{d.day} {MONTHS["fr"][m-1]} {d.year}', 'it_long': f'{d.day} {MONTHS["it"][m-1]} {d.year}',
            'es_long': f'{d.day} de {MONTHS["es"][m-1]} de {d.year}', 'nl_long': f'{d.day} {MONTHS["nl"][m-1]} {d.year}',
            'pl_long': f'{d.day} {MONTHS["pl"][m-1]} {d.year} r.'}[df]

DATEFMTS = {'en': ['dmy_slash', 'en_long', 'en_abbr', 'iso'], 'en_us': ['mdy_slash', 'en_long'], 'en_in': ['dmy_slash', 'en_abbr', 'dmy_dash'],
            'de': ['dmy_dot', 'dmy_dot', 'de_long'], 'pl': ['dmy_dot', 'iso', 'dmy_dot'], 'fr': ['dmy_slash', 'fr_long'],
            'it': ['dmy_slash', 'it_long'], 'es': ['dmy_slash', 'es_long'], 'nl': ['dmy_dash', 'nl_long'],
            'zh': ['cjk', 'cjk', 'iso'], 'ja': ['cjk', 'ymd_slash', 'reiwa']}

ONES = 'Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen'.split()
TENS = 'Zero Ten Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety'.split()
def words_lt1000(n):
    out = []
    if n >= 100: out += [ONES[n // 100], 'Hundred']; n %= 100
    if n >= 20: out.append(TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')); n = 0
    if n: out.append(ONES[n])
    return ' '.join(out)
def words_en(n, indian=False):
    if n == 0: return 'Zero'
    units = [(10**7, 'Crore'), (10**5, 'Lakh'), (1000, 'Thousand')] if indian else [(10**6, 'Million'), (1000, 'Thousand')]
    out = []
    for v, name in units:
        if n >= v: out.append((words_en(n // v, indian) if n // v >= 1000 else words_lt1000(n // v)) + ' ' + name); n %= v
    if n: out.append(words_lt1000(n))
    return ' '.join(out)
def amount_words(x, cur):
    x = q2(x); i = int(x); c = int((x - i) * 100)
    if cur == 'INR': return f'Rupees {words_en(i, True)}' + (f' and {words_en(c)} Paise' if c else '') + ' Only'
    name = {'USD': 'US Dollars', 'EUR': 'Euro'}.get(cur, cur)
    return f'{name} {words_en(i)}' + (f' and {c:02d}/100' if c else '') + ' Only'
CNUM = '零壹贰叁肆伍陆柒捌玖'
def daxie(x):
    x = q2(x); i = int(x); j, f = (int((x - i) * 100) // 10), int((x - i) * 100) % 10
    s = ''; units = ['', '拾', '佰', '仟']; big = ['', '万', '亿']
    digits = str(i); n = len(digits); zero = False
    for k, ch in enumerate(digits):
        p = n - 1 - k; d = int(ch)
        if d == 0: zero = True
        else:
            if zero and s: s += '零'
            s += CNUM[d] + units[p % 4]; zero = False
        if p % 4 == 0 and p > 0 and s and not s.endswith(big[p // 4]):
            if not digits[max(0, k-3):k+1].strip('0') == '': s += big[p // 4]
    s = (s or '零') + '圆'
    if j == 0 and f == 0: return s + '整'
    if j: s += CNUM[j] + '角'
    elif f: s += '零'
    if f: s += CNUM[f] + '分'
    return s

# ---------------------------------------------------------------- parties (all invented)
BUYERS = [
 dict(name='Wartex Elektronika Sp. z o.o.', lines=['ul. Garbary 71/3', '61-758 Poznań', 'Polska'], en_country='Poland', tax='NIP PL7831904426', zh='波兰 Wartex Elektronika 有限公司'),
 dict(name='Wartex Elektronika Sp. z o.o.', lines=['Magazyn: ul. Rabowicka 15', '62-020 Swarzędz', 'Polska'], en_country='Poland', tax='NIP PL7831904426', zh='波兰 Wartex Elektronika 有限公司'),
 dict(name='Wartex Online s.c. A. Kaczmarek, P. Duda', lines=['ul. Głogowska 140', '60-244 Poznań', 'Polska'], en_country='Poland', tax='NIP PL7792318850', zh='波兰 Wartex Online 合伙企业'),
]
FAKE_BUYERS = ['Hansa Direct Trading GmbH', 'BrightCart EU Ltd', 'Sklep Elmax Marek Zieliński', 'Nordvolt Commerce s.r.o.',
               'PrimeLine Goods Sp. z o.o.', 'Kowalczyk Trade Bartosz Kowalczyk', 'Atlas Marketplace BV']
SUPPLIERS = {
 'DE': [dict(name='Rheinwerk Komponenten GmbH', lines=['Hansaring 112', '50670 Köln', 'Deutschland'], tax='USt-IdNr. DE318442907', bank='Kreissparkasse Köln · IBAN DE41 3705 0299 0004 1187 22 · BIC COKSDE33XXX', extra='Amtsgericht Köln HRB 88213 · Geschäftsführer: Jörg Lindemann'),
        dict(name='Elbtal Distribution GmbH & Co. KG', lines=['Washingtonstraße 41', '01139 Dresden', 'Deutschland'], tax='USt-IdNr. DE297765130', bank='Ostsächsische Sparkasse · IBAN DE88 8505 0300 3120 4471 09', extra='AG Dresden HRA 10455 · Komplementärin: Elbtal Verwaltungs GmbH'),
        dict(name='Kabelhaus Nord GmbH', lines=['Billstraße 208', '20539 Hamburg', 'Deutschland'], tax='USt-IdNr. DE331087254', bank='Hamburger Volksbank · IBAN DE17 2019 0003 0061 2259 40', extra='HRB 154021 Hamburg · GF: Sabine Petersen')],
 'PL': [dict(name='Elektromax Hurt Sp. z o.o.', lines=['ul. Krakowska 188', '50-428 Wrocław'], tax='NIP 8961123409', bank='mBank S.A. 37 1140 2004 0000 3102 7761 2043', extra='KRS 0000512290, kapitał zakładowy 150 000,00 zł'),
        dict(name='Polkabel S.A.', lines=['ul. Rokicińska 164', '92-412 Łódź'], tax='NIP 7282719054', bank='PKO BP 61 1020 3378 0000 1902 0194 7710', extra='Sąd Rejonowy dla Łodzi-Śródmieścia, KRS 0000271604'),
        dict(name='TechnoSklep Jan Wiśniewski', lines=['ul. Chrobrego 9', '62-200 Gniezno'], tax='NIP 7841650219', bank='Santander 09 1090 1476 0000 0001 3388 4215', extra='')],
 'IN': [dict(name='Shreeji Electronics Pvt. Ltd.', lines=['Plot 47, GIDC Electronics Estate, Sector 25', 'Gandhinagar, Gujarat 382025', 'India'], tax='GSTIN: 24AAKCS4821M1Z3', pan='AAKCS4821M', state='Gujarat (24)', bank='HDFC Bank, Gandhinagar · A/c 50200041187734 · IFSC HDFC0001987 · SWIFT HDFCINBB', extra='CIN: U31909GJ2014PTC080231'),
        dict(name='Vardhan Power Systems LLP', lines=['Gat No. 312, Chakan MIDC Phase II', 'Pune, Maharashtra 410501', 'India'], tax='GSTIN: 27AAQFV7730K1ZB', pan='AAQFV7730K', state='Maharashtra (27)', bank='ICICI Bank, Chakan · A/c 098105003317 · IFSC ICIC0000981 · SWIFT ICICINBBCTS', extra='LLPIN: AAF-4417'),
        dict(name='Kaveri Cables & Connectors Pvt. Ltd.', lines=['No. 18, 2nd Main, Peenya Industrial Area', 'Bengaluru, Karnataka 560058', 'India'], tax='GSTIN: 29AAGCK5093P1Z8', pan='AAGCK5093P', state='Karnataka (29)', bank='Canara Bank, Peenya · A/c 1187201009921 · IFSC CNRB0001187', extra='CIN: U31300KA2011PTC058744')],
 'CN': [dict(name='Shenzhen Huaqiangxing Electronic Technology Co., Ltd.', zh='深圳市华强兴电子科技有限公司', lines=['Room 1507, Block B, Saige Plaza, Huaqiang North Rd', 'Futian District, Shenzhen 518031, China'], zh_addr='深圳市福田区华强北路赛格广场B座1507室', tax='USCC 91440300MA5G2K7X3Q', bank='Bank of China Shenzhen Branch · A/C 7519 6388 2017 · SWIFT BKCHCNBJ45A', zh_bank='中国银行深圳华强支行 7519 6388 2017'),
        dict(name='Dongguan Lida Wire Co., Ltd.', zh='东莞市利达线材有限公司', lines=['No. 6 Xingye Road, Chang\'an Town', 'Dongguan, Guangdong 523850, China'], zh_addr='东莞市长安镇兴业路6号', tax='USCC 91441900MA51X0R82D', bank='China Construction Bank Dongguan · A/C 4405 0177 6108 0000 2215', zh_bank='建设银行东莞长安支行 4405 0177 6108 0000 2215'),
        dict(name='Ningbo Haichen Electric Appliance Co., Ltd.', zh='宁波海晨电器有限公司', lines=['No. 88 Jinhai Road, Beilun District', 'Ningbo, Zhejiang 315800, China'], zh_addr='宁波市北仑区金海路88号', tax='USCC 91330206MA2H8QJ41T', bank='ICBC Ningbo Beilun · A/C 3901 1100 0920 0118 842', zh_bank='工商银行宁波北仑支行 3901 1100 0920 0118 842')],
 'FR': [dict(name='Sodielec Distribution SAS', lines=['14 rue des Frères Lumière', '69008 Lyon', 'France'], tax='TVA FR47823114590', bank='Crédit Lyonnais · IBAN FR76 3000 2004 1100 0007 7421 K63', extra='SAS au capital de 80 000 € · RCS Lyon 823 114 590')],
 'IT': [dict(name='Ferranti Componenti S.r.l.', lines=['Via del Lavoro 27', '40127 Bologna (BO)', 'Italia'], tax='P.IVA IT03918250371', bank='BPER Banca · IBAN IT60 X053 8702 4020 0000 2931 884', extra='Cap. soc. € 50.000 i.v. · REA BO-551872')],
 'ES': [dict(name='Distribuciones Electrónicas Levante S.L.', lines=['Calle Colón 58, 3º', '46004 Valencia', 'España'], tax='CIF B98765432 · NIF-IVA ESB98765432', bank='CaixaBank · ES21 2100 4455 0102 0016 7741', extra='Inscrita en el Registro Mercantil de Valencia, Tomo 9812, Folio 44')],
 'NL': [dict(name='Van der Berg Elektronica B.V.', lines=['Kanaaldijk 214', '5611 AK Eindhoven', 'Nederland'], tax='BTW NL859204117B01 · KvK 64128830', bank='ING · NL44 INGB 0006 7123 55', extra='')],
 'JP': [dict(name='株式会社東邦テクノ販売', en='Toho Techno Hanbai Co., Ltd.', lines=['〒556-0005', '大阪府大阪市浪速区日本橋4-9-12', '東邦ビル3F'], en_lines=['4-9-12 Nipponbashi, Naniwa-ku', 'Osaka 556-0005, Japan'], tax='登録番号 T4120001098765', bank='三井住友銀行 難波支店 普通 7712093 カ）トウホウテクノハンバイ', extra='TEL 06-6641-2290'),
        dict(name='有限会社アキバ電材', en='Akiba Denzai Ltd.', lines=['〒101-0021', '東京都千代田区外神田3-14-2'], en_lines=['3-14-2 Sotokanda, Chiyoda-ku', 'Tokyo 101-0021, Japan'], tax='登録番号 T8010002067314', bank='みずほ銀行 秋葉原支店 普通 1190345', extra='TEL 03-5297-8810')],
}
# product: key, en, de, pl, fr, it, es, nl, zh, ja, base EUR price, HSN
PRODUCTS = [
 ('CBL-CC1', 'USB-C to USB-C cable 1 m, 60 W', 'USB-C auf USB-C Kabel 1 m, 60 W', 'Kabel USB-C – USB-C 1 m, 60 W', 'Câble USB-C vers USB-C 1 m, 60 W', 'Cavo USB-C/USB-C 1 m, 60 W', 'Cable USB-C a USB-C 1 m, 60 W', 'USB-C naar USB-C kabel 1 m, 60 W', 'USB-C转USB-C数据线 1米 60W', 'USB-C to USB-Cケーブル 1m 60W', '2.10', '85444290'),
 ('CBL-HD2', 'HDMI 2.1 cable 2 m, 8K, braided', 'HDMI 2.1 Kabel 2 m, 8K, geflochten', 'Przewód HDMI 2.1 2 m, 8K, w oplocie', 'Câble HDMI 2.1 2 m, 8K, tressé', 'Cavo HDMI 2.1 2 m, 8K, intrecciato', 'Cable HDMI 2.1 2 m, 8K, trenzado', 'HDMI 2.1 kabel 2 m, 8K, gevlochten', 'HDMI 2.1 高清线 2米 8K 编织', 'HDMI 2.1ケーブル 2m 8K 編組', '4.35', '85444920'),
 ('PB-20K', 'Power bank 20000 mAh, PD 22.5 W, black', 'Powerbank 20000 mAh, PD 22,5 W, schwarz', 'Powerbank 20000 mAh, PD 22,5 W, czarny', 'Batterie externe 20000 mAh, PD 22,5 W, noire', 'Power bank 20000 mAh, PD 22,5 W, nero', 'Batería externa 20000 mAh, PD 22,5 W, negra', 'Powerbank 20000 mAh, PD 22,5 W, zwart', '移动电源 20000mAh PD22.5W 黑色', 'モバイルバッテリー 20000mAh PD22.5W 黒', '11.80', '85076000'),
 ('CHG-65G', 'GaN wall charger 65 W, 2×USB-C + USB-A, EU plug', 'GaN-Ladegerät 65 W, 2×USB-C + USB-A, EU-Stecker', 'Ładowarka sieciowa GaN 65 W, 2×USB-C + USB-A', 'Chargeur secteur GaN 65 W, 2×USB-C + USB-A', 'Caricatore GaN 65 W, 2×USB-C + USB-A', 'Cargador GaN 65 W, 2×USB-C + USB-A', 'GaN-lader 65 W, 2×USB-C + USB-A', '氮化镓充电器 65W 双C+A 欧规', 'GaN充電器 65W USB-C×2 + USB-A', '14.90', '85044030'),
 ('SPK-BT5', 'Bluetooth speaker 10 W, IPX5', 'Bluetooth-Lautsprecher 10 W, IPX5', 'Głośnik Bluetooth 10 W, IPX5', 'Enceinte Bluetooth 10 W, IPX5', 'Altoparlante Bluetooth 10 W, IPX5', 'Altavoz Bluetooth 10 W, IPX5', 'Bluetooth-speaker 10 W, IPX5', '蓝牙音箱 10W IPX5防水', 'Bluetoothスピーカー 10W IPX5', '9.60', '85182200'),
 ('SSD-1TB', 'SSD NVMe M.2 2280, 1 TB, PCIe 4.0', 'SSD NVMe M.2 2280, 1 TB, PCIe 4.0', 'Dysk SSD NVMe M.2 2280, 1 TB, PCIe 4.0', 'SSD NVMe M.2 2280, 1 To, PCIe 4.0', 'SSD NVMe M.2 2280, 1 TB, PCIe 4.0', 'SSD NVMe M.2 2280, 1 TB, PCIe 4.0', 'SSD NVMe M.2 2280, 1 TB, PCIe 4.0', '固态硬盘 NVMe M.2 1TB PCIe4.0', 'SSD NVMe M.2 1TB PCIe4.0', '48.50', '84718070'),
 ('EB-TWS3', 'TWS earbuds with ANC, white', 'TWS-Ohrhörer mit ANC, weiß', 'Słuchawki douszne TWS z ANC, białe', 'Écouteurs TWS avec ANC, blancs', 'Auricolari TWS con ANC, bianchi', 'Auriculares TWS con ANC, blancos', 'TWS-oordopjes met ANC, wit', 'TWS降噪蓝牙耳机 白色', 'TWSイヤホン ANC付き 白', '12.40', '85183000'),
 ('HUB-7C', 'USB-C hub 7-in-1, HDMI 4K, SD, PD 100 W', 'USB-C Hub 7-in-1, HDMI 4K, SD, PD 100 W', 'Hub USB-C 7w1, HDMI 4K, SD, PD 100 W', 'Hub USB-C 7-en-1, HDMI 4K, SD, PD 100 W', 'Hub USB-C 7 in 1, HDMI 4K, SD, PD 100 W', 'Hub USB-C 7 en 1, HDMI 4K, SD, PD 100 W', 'USB-C hub 7-in-1, HDMI 4K, SD, PD 100 W', 'USB-C 七合一扩展坞 HDMI 4K', 'USB-Cハブ 7in1 HDMI 4K', '13.75', '84733020'),
 ('MS-WL2', 'Wireless mouse 2.4 GHz, silent click', 'Funkmaus 2,4 GHz, leise Tasten', 'Mysz bezprzewodowa 2,4 GHz, cicha', 'Souris sans fil 2,4 GHz, clic silencieux', 'Mouse wireless 2,4 GHz, click silenzioso', 'Ratón inalámbrico 2,4 GHz, clic silencioso', 'Draadloze muis 2,4 GHz, stille klik', '2.4G无线静音鼠标', 'ワイヤレスマウス 2.4GHz 静音', '3.90', '84716060'),
 ('LED-STR5', 'LED strip 5 m RGB, USB, with remote', 'LED-Streifen 5 m RGB, USB, mit Fernbedienung', 'Taśma LED 5 m RGB, USB, z pilotem', 'Ruban LED 5 m RVB, USB, avec télécommande', 'Striscia LED 5 m RGB, USB, con telecomando', 'Tira LED 5 m RGB, USB, con mando', 'LED-strip 5 m RGB, USB, met afstandsbediening', 'LED灯带 5米 RGB USB 带遥控', 'LEDテープ 5m RGB USB リモコン付', '4.20', '94054200'),
 ('KB-MECH', 'Mechanical keyboard TKL, brown switches', 'Mechanische Tastatur TKL, braune Schalter', 'Klawiatura mechaniczna TKL, przełączniki brown', 'Clavier mécanique TKL, switchs marron', 'Tastiera meccanica TKL, switch marroni', 'Teclado mecánico TKL, interruptores marrones', 'Mechanisch toetsenbord TKL, bruine switches', '机械键盘 TKL 茶轴', 'メカニカルキーボード TKL 茶軸', '24.90', '84716060'),
 ('SC-MICRO', 'microSDXC card 128 GB, A2, V30', 'microSDXC-Karte 128 GB, A2, V30', 'Karta microSDXC 128 GB, A2, V30', 'Carte microSDXC 128 Go, A2, V30', 'Scheda microSDXC 128 GB, A2, V30', 'Tarjeta microSDXC 128 GB, A2, V30', 'microSDXC-kaart 128 GB, A2, V30', 'microSDXC存储卡 128GB A2 V30', 'microSDXCカード 128GB A2 V30', '6.70', '85235110'),
 ('ADP-LAN', 'USB 3.0 to Gigabit Ethernet adapter', 'USB 3.0 auf Gigabit-Ethernet-Adapter', 'Adapter USB 3.0 – Gigabit Ethernet', 'Adaptateur USB 3.0 vers Ethernet Gigabit', 'Adattatore USB 3.0 – Ethernet Gigabit', 'Adaptador USB 3.0 a Ethernet Gigabit', 'USB 3.0 naar Gigabit Ethernet-adapter', 'USB3.0转千兆网卡', 'USB3.0 ギガビットLANアダプタ', '5.40', '85176200'),
 ('CAM-WEB', 'Webcam 1080p with microphone', 'Webcam 1080p mit Mikrofon', 'Kamera internetowa 1080p z mikrofonem', 'Webcam 1080p avec micro', 'Webcam 1080p con microfono', 'Webcam 1080p con micrófono', 'Webcam 1080p met microfoon', '1080P高清摄像头 带麦克风', 'Webカメラ 1080p マイク内蔵', '9.10', '85258900'),
]
LANGIDX = {'en': 1, 'de': 2, 'pl': 3, 'fr': 4, 'it': 5, 'es': 6, 'nl': 7, 'zh': 8, 'ja': 9}
COLORS = {'en': ['black', 'white', 'grey', 'blue'], 'de': ['schwarz', 'weiß', 'grau', 'blau'], 'pl': ['czarny', 'biały', 'szary', 'niebieski'],
          'fr': ['noir', 'blanc', 'gris', 'bleu'], 'it': ['nero', 'bianco', 'grigio', 'blu'], 'es': ['negro', 'blanco', 'gris', 'azul'],
          'nl': ['zwart', 'wit', 'grijs', 'blauw'], 'zh': ['黑色', '白色', '灰色', '蓝色'], 'ja': ['黒', '白', 'グレー', '青']}

L = {
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', price_list='PRICE LIST',
            no='Invoice No.', date='Invoice date', due='Due date', seller='Seller', buyer='Bill to', desc='Description', qty='Qty', unit='Unit',
            price='Unit price', amount='Amount', subtotal='Subtotal', discount='Discount', shipping='Freight', tax='VAT', total='Total',
            terms='Payment terms', bank='Bank details', page='Page', pos='#', code='Item code', pcs='pcs', net_days='Net {n} days',
            rc='VAT reverse charge – intra-Community supply (Art. 138 Directive 2006/112/EC).', ref='Your order', ship_to='Ship to'),
 'de': dict(invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMA-RECHNUNG', packing_list='PACKLISTE',
            purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', price_list='PREISLISTE',
            no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', seller='Verkäufer', buyer='Rechnungsempfänger', desc='Bezeichnung',
            qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt', subtotal='Zwischensumme netto', discount='Rabatt',
            shipping='Versandkosten', tax='USt.', total='Rechnungsbetrag', terms='Zahlungsbedingungen', bank='Bankverbindung', page='Seite',
            pos='Pos.', code='Art.-Nr.', pcs='Stk.', net_days='{n} Tage netto ohne Abzug',
            rc='Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG. Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).',
            ref='Ihre Bestellung', ship_to='Lieferanschrift'),
 'pl': dict(invoice='Faktura VAT', credit_note='Faktura korygująca', proforma='Faktura pro forma', packing_list='Specyfikacja wysyłki',
            purchase_order='Zamówienie', quotation='Oferta handlowa', delivery_note='WZ – Wydanie zewnętrzne', price_list='Cennik',
            no='Nr', date='Data wystawienia', due='Termin płatności', seller='Sprzedawca', buyer='Nabywca', desc='Nazwa towaru lub usługi',
            qty='Ilość', unit='J.m.', price='Cena netto', amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport',
            tax='VAT', total='Do zapłaty', terms='Sposób płatności', bank='Nr konta', page='Strona', pos='Lp.', code='Kod', pcs='szt.',
            net_days='przelew {n} dni', rc='', ref='Zamówienie', ship_to='Miejsce dostawy', gross='Wartość brutto', sale_date='Data sprzedaży'),
 'fr': dict(invoice='FACTURE', credit_note='AVOIR', proforma='FACTURE PRO FORMA', quotation='DEVIS', delivery_note='BON DE LIVRAISON',
            no='Facture n°', date='Date de facture', due='Échéance', seller='Vendeur', buyer='Client', desc='Désignation', qty='Qté',
            unit='Unité', price='P.U. HT', amount='Montant HT', subtotal='Total HT', discount='Remise', shipping='Frais de port', tax='TVA',
            total='Total TTC', terms='Conditions de paiement', bank='Coordonnées bancaires', page='Page', pos='N°', code='Réf.', pcs='pce',
            net_days='Virement à {n} jours', rc='Autoliquidation – livraison intracommunautaire exonérée, art. 262 ter I du CGI.',
            ref='Votre commande', ship_to='Livraison'),
 'it': dict(invoice='FATTURA', proforma='FATTURA PROFORMA', quotation='PREVENTIVO', no='Fattura n.', date='Data', due='Scadenza', seller='Cedente',
            buyer='Cessionario', desc='Descrizione', qty='Q.tà', unit='U.M.', price='Prezzo unit.', amount='Importo', subtotal='Imponibile',
            discount='Sconto', shipping='Spese di trasporto', tax='IVA', total='Totale documento', terms='Pagamento', bank='Coordinate bancarie',
            page='Pagina', pos='Pos.', code='Codice', pcs='pz', net_days='Bonifico {n} gg d.f.', ref='Vs. ordine', ship_to='Destinazione',
            rc='Operazione non imponibile art. 41 D.L. 331/93 – cessione intracomunitaria.'),
 'es': dict(invoice='FACTURA', no='Nº factura', date='Fecha', due='Vencimiento', seller='Emisor', buyer='Cliente', desc='Concepto', qty='Cant.',
            unit='Ud.', price='Precio', amount='Importe', subtotal='Base imponible', discount='Descuento', shipping='Portes', tax='IVA',
            total='Total factura', terms='Forma de pago', bank='Banco', page='Página', pos='Lín.', code='Código', pcs='ud.', net_days='Transferencia a {n} días',
            rc='Entrega intracomunitaria exenta (art. 25 Ley 37/1992). Inversión del sujeto pasivo.', ref='Su pedido', ship_to='Entrega'),
 'nl': dict(invoice='FACTUUR', no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', seller='Leverancier', buyer='Factuuradres', desc='Omschrijving',
            qty='Aantal', unit='Eenh.', price='Prijs p/st', amount='Bedrag', subtotal='Subtotaal', discount='Korting', shipping='Verzendkosten',
            tax='BTW', total='Totaal te betalen', terms='Betalingstermijn', bank='Bankgegevens', page='Pagina', pos='Nr.', code='Artikelnr.', pcs='st.',
            net_days='{n} dagen netto', rc='BTW verlegd – intracommunautaire levering (art. 138 Btw-richtlijn).', ref='Uw order', ship_to='Afleveradres'),
 'zh': dict(invoice='发票', tax_invoice='增值税专用发票', packing_list='装箱单', no='发票号码', date='开票日期', due='付款期限', seller='销售方', buyer='购买方',
            desc='货物或应税劳务、服务名称', qty='数量', unit='单位', price='单价', amount='金额', subtotal='合计', discount='折扣', shipping='运费',
            tax='税额', total='价税合计', terms='付款方式', bank='开户行及账号', page='第', pos='序号', code='规格型号', pcs='个', net_days='{n}天内付款', rc='', ref='订单号', ship_to='收货地址'),
 'ja': dict(invoice='請求書', receipt='領収書', quotation='御見積書', no='請求番号', date='請求日', due='お支払期限', seller='発行者', buyer='御中', desc='品名',
            qty='数量', unit='単位', price='単価', amount='金額', subtotal='小計', discount='値引', shipping='送料', tax='消費税', total='合計',
            terms='お支払条件', bank='お振込先', page='ページ', pos='No.', code='品番', pcs='個', net_days='月末締め翌月末払い', rc='', ref='ご注文番号', ship_to='納品先'),
}

# ---------------------------------------------------------------- document model
FX = {'EUR': D('1'), 'PLN': D('4.28'), 'USD': D('0.78'), 'INR': D('68'), 'CNY': D('5.6'), 'JPY': D('168')}
CURPAT = {'EUR': ['{n} €', '{n} EUR', '€ {n}', 'EUR {n}'], 'PLN': ['{n} zł', '{n} PLN'], 'USD': ['USD {n}', 'US$ {n}', '${n}'],
          'INR': ['₹ {n}', 'Rs. {n}', 'INR {n}'], 'CNY': ['¥{n}', '￥{n}'], 'JPY': ['¥{n}', '{n}円', '￥{n}-']}
NUMFMT = {'de': 'dot_comma', 'it': 'dot_comma', 'es': 'dot_comma', 'nl': 'dot_comma', 'fr': 'space_comma', 'pl': 'space_comma',
          'en': 'comma_dot', 'zh': 'comma_dot', 'ja': 'comma_dot'}
QTYS = [5, 6, 10, 12, 20, 24, 25, 30, 36, 40, 48, 50, 60, 80, 100, 120, 150, 200, 240, 250, 300, 400, 500]
CN_AGENT = dict(name='深圳市沃泰供应链管理有限公司', lines=['深圳市龙岗区坂田街道五和大道118号', '电话 0755-2887 4410'], tax='91440300MA5H1T9W6C',
                bank='招商银行深圳坂田支行 7559 2041 8810 602')
JP_BUYER = dict(name='ワルテックス・エレクトロニカ株式会社 東京事務所', lines=['〒110-0005', '東京都台東区上野5-22-1 上野ビル7F'])

def docnumber(country, d, k):
    return {'DE': f'RE-{d.year}-{10400+k*7}', 'PL': f'FV/{d.year}/{d.month:02d}/{100+k:04d}', 'IN': f'EXP/{d.year%100 if d.month>3 else d.year%100-1}-{(d.year%100)+1 if d.month>3 else d.year%100}/{180+k:04d}',
            'CN': f'HQ{d:%Y%m%d}-{k%9+1:02d}', 'FR': f'FA-{d.year}-{700+k:05d}', 'IT': f'{d.year}/{400+k:04d}/E', 'ES': f'A-{d.year}/{1100+k}',
            'NL': f'{d.year}-{900+k:04d}', 'JP': f'INV-{d:%y%m}-{50+k:04d}'}[country]

def rand_date(r):
    return dt.date(2025, 6, 1) + dt.timedelta(days=r.randrange(0, 530))

def build_doc(k, country, lang, doc_type='invoice', style='generic', n_items=None, currency=None, arith=None, buyer=None,
              supplier=None, datefmt=None, tax_mode=None, r=None):
    r = r or random.Random(1000 + k)
    Lb = dict(L['en']); Lb.update(L[lang] if lang in L else {})
    sup = supplier or r.choice(SUPPLIERS[country])
    d = rand_date(r)
    cur = currency or {'DE': 'EUR', 'FR': 'EUR', 'IT': 'EUR', 'ES': 'EUR', 'NL': 'EUR', 'PL': 'PLN', 'IN': r.choice(['USD', 'INR']),
                       'CN': 'CNY' if lang == 'zh' else 'USD', 'JP': 'JPY'}[country]
    nf = 'indian' if cur == 'INR' else ('jpy' if cur == 'JPY' else NUMFMT[lang])
    if lang == 'en' and country in ('DE', 'NL', 'FR', 'IT', 'ES') and r.random() < .5: nf = 'dot_comma'
    loc = lang
    if lang == 'en': loc = 'en_in' if country == 'IN' else ('en_us' if (country == 'CN' and r.random() < .5) else 'en')
    df = datefmt or r.choice(DATEFMTS[loc])
    curpat = r.choice(CURPAT[cur])
    if lang == 'zh' and cur == 'CNY': curpat = '¥{n}'
    money = lambda x: curpat.format(n=fmtnum(x, nf))
    byr = buyer or (r.choice(BUYERS[:2]) if r.random() < .85 else BUYERS[2])
    if style == 'cnvat': byr = CN_AGENT
    if style == 'jp' and lang == 'ja': byr = JP_BUYER
    # ---- lines
    n = n_items or r.choice([1, 2, 3, 3, 4, 5, 6, 8])
    prods = []
    while len(prods) < n:
        p = r.choice(PRODUCTS); col = ''
        if n > len(PRODUCTS) or r.random() < .25:
            col = ', ' + r.choice(COLORS[lang])
        if (p[0], col) in [(x[0][0], x[1]) for x in prods] and n <= 40: continue
        prods.append((p, col))
    rows = []
    for j, (p, col) in enumerate(prods):
        base = D(p[10]) * FX[cur] * D(str(r.uniform(.85, 1.2)))
        price = q0(base) if cur == 'JPY' else q2(base)
        if cur == 'JPY' and price < 50: price = D(int(price) // 10 * 10 + 10)
        qty = r.choice(QTYS) if doc_type != 'receipt' else r.choice([1, 1, 2, 3, 5])
        if cur in ('INR',) and qty < 20: qty *= 10
        if doc_type == 'credit_note': qty = -min(qty, r.choice([2, 5, 10, 12]))   # goods returned / damaged in transit
        desc = p[LANGIDX[lang]] + col
        code = p[0] + (('-' + str(COLORS['en'].index(col[2:]) + 1) if col and col[2:] in COLORS['en'] else ('-' + str(r.randint(1, 4)) if col else '')))
        rows.append(dict(pos=j + 1, code=code, desc=desc, qty=qty, price=price, net=price * qty, hsn=p[11]))
    # ---- tax
    if tax_mode is None:
        tax_mode = {'DE': 'rc' if r.random() < .7 else 'vat19', 'FR': 'rc' if r.random() < .7 else 'vat20', 'IT': 'rc' if r.random() < .7 else 'vat22',
                    'ES': 'rc' if r.random() < .7 else 'vat21', 'NL': 'rc' if r.random() < .7 else 'vat21', 'PL': 'vat23',
                    'IN': 'igst18' if r.random() < .5 else 'lut', 'CN': 'vat13' if style == 'cnvat' else 'none',
                    'JP': 'jct10' if lang == 'ja' else 'export'}[country]
    rate = {'rc': 0, 'vat19': 19, 'vat20': 20, 'vat22': 22, 'vat21': 21, 'vat23': 23, 'igst18': 18, 'lut': 0, 'vat13': 13, 'none': 0,
            'jct10': 10, 'export': 0}[tax_mode]
    R_ = D(rate) / 100
    quant = q0 if cur == 'JPY' else q2
    for row in rows:
        row['net'] = quant(row['net']); row['tax'] = q2(row['net'] * R_) if tax_mode in ('igst18', 'vat13', 'vat23') else None
    subtotal = sum(x['net'] for x in rows)
    disc = D(0); ship = D(0)
    if doc_type not in ('receipt', 'credit_note') and style == 'generic':
        if r.random() < .3: disc = quant(subtotal * D(r.choice([2, 3, 5])) / 100); disc_pct = int((disc / subtotal * 100).quantize(D('1')))
        if r.random() < .4: ship = quant(D(r.choice(['18.50', '24.90', '35.00', '49.00', '65.00', '120.00'])) * FX[cur])
    base = subtotal - disc + ship
    if tax_mode == 'jct10': tax = D(int(base * R_))
    elif any(x['tax'] is not None for x in rows) and not disc and not ship: tax = sum(x['tax'] for x in rows)
    else: tax = quant(base * R_)
    total = base + tax
    shown = dict(subtotal=subtotal, disc=disc, ship=ship, tax=tax, total=total)
    for row in rows: row['net_shown'] = row['net']; row['tax_shown'] = row['tax']
    if arith == 'line':
        rr = r.choice(rows); rr['net_shown'] = rr['net'] + quant(rr['price'] * r.choice([1, 2, -1, 10]))
    elif arith == 'sum':
        shown['total'] = total + r.choice([D('10'), D('-1'), D('100'), D('0.90') if cur != 'JPY' else D('9')])
    elif arith == 'tax':
        shown['tax'] = quant((subtotal + ship) * (R_ if R_ else D('0.19'))) + (0 if R_ else 0)
        if shown['tax'] == tax: shown['tax'] = tax + quant(D('1.7'))
        shown['total'] = base + shown['tax']
    elif arith == 'subtotal':
        shown['subtotal'] = subtotal + quant(rows[0]['price'] * 10); shown['total'] = shown['subtotal'] - disc + ship + tax
    ds = fmtdate(d, df)
    due = d + dt.timedelta(days=r.choice([0, 14, 30, 30, 45, 60]))
    if doc_type == 'purchase_order':
        issuer = dict(byr, bank='', extra='Wartex Elektronika Sp. z o.o. · KRS 0000418823 · BDO 000123456'); vendor = dict(sup, lines=sup['lines'], tax=sup['tax'])
        sup, byr = issuer, vendor
        Lb['seller'], Lb['buyer'], Lb['no'], Lb['date'] = {'pl': ('Zamawiający', 'Dostawca', 'Nr zamówienia', 'Data zamówienia')}.get(lang, ('Buyer', 'Supplier', 'PO number', 'Order date'))
    doc = dict(k=k, country=country, lang=lang, doc_type=doc_type, style=style, L=Lb, sup=sup, byr=byr, date=d, date_str=ds, df=df, due=due,
               due_str=fmtdate(due, df), number=docnumber(country, d, k), cur=cur, nf=nf, money=money, fnum=lambda x: fmtnum(x, nf),
               rows=rows, shown=shown, rate=rate, tax_mode=tax_mode, arith=arith, r=r, curpat=curpat, notes=[], terms='')
    if doc_type in ('credit_note',):
        doc['number'] = ('GS-' if lang == 'de' else 'FK/') + doc['number'].split('-', 1)[-1].split('/', 1)[-1]
    doc['ascii_buyer'] = lang not in ('pl', 'zh', 'ja') and r.random() < .5
    doc['title'] = Lb.get(doc_type) or L['en'][doc_type]
    if doc_type == 'credit_note': Lb['total'] = {'pl': 'Do zwrotu', 'de': 'Gutschriftsbetrag'}.get(lang, 'Total credit')
    if style == 'gst': doc['title'] = 'TAX INVOICE'
    doc['total_str'] = fmtnum(shown['total'], nf)
    doc['label_total'] = str(q0(shown['total']) if cur == 'JPY' else q2(shown['total']))
    doc['supplier_name'] = sup['name'] if not (country == 'CN' and lang == 'zh' and 'zh' in sup) else sup['zh']
    if country == 'JP' and lang != 'ja': doc['supplier_name'] = sup['en']
    doc['buyer_name'] = byr['name']
    if doc_type == 'purchase_order': doc['supplier_name'], doc['buyer_name'] = byr['name'], sup['name']
    if doc_type == 'price_list':
        doc['headers'] = [Lq0 for Lq0 in (Lb['code'], Lb['desc'], 'MOQ', Lb['price'] + f' ({cur})')]; doc['aligns'] = 'lLrr'
        doc['rows_s'] = [[x['code'], x['desc'], str(r.choice([10, 20, 50, 100])), fmtnum(x['price'], nf)] for x in rows]
        doc['totals'] = []; doc['label_total'] = None; doc['notes'] = [{'nl': 'Prijzen excl. BTW, af magazijn Eindhoven. Geldig tot wederopzegging.', 'de': 'Preise netto zzgl. USt., ab Lager. Änderungen vorbehalten.'}.get(lang, 'Prices net, EXW.')]
        doc['terms'] = ''; doc['title'] = Lb.get('price_list', 'PRICE LIST'); return doc
    # table ------------------------------------------------------------
    Lq = Lb
    fm = doc['fnum']; fq = lambda q: str(q)
    if doc_type in ('packing_list', 'delivery_note'):
        doc['headers'] = [Lq['pos'], Lq['code'], Lq['desc'], Lq['qty'], Lq['unit']]
        doc['aligns'] = 'llLrl'
        doc['rows_s'] = [[str(x['pos']), x['code'], x['desc'], fq(x['qty']), Lq['pcs']] for x in rows]
        if doc_type == 'packing_list':
            doc['headers'] += ['CTNS', 'N.W. (kg)', 'G.W. (kg)']; doc['aligns'] += 'rrr'
            for s, x in zip(doc['rows_s'], rows):
                ct = max(1, x['qty'] // r.choice([20, 25, 40, 50])); nw = q2(D(x['qty']) * D(str(r.uniform(.05, .4))))
                s += [str(ct), fmtnum(nw, 'comma_dot'), fmtnum(nw * D('1.12') + ct, 'comma_dot')]
        doc['totals'] = []; doc['label_total'] = None
        if doc_type == 'packing_list': doc['notes'] = [f"Invoice ref.: {doc['number']}", 'Shipping marks: WARTEX / POZNAN / C/NO. 1-UP', 'Made in China']
        else: doc['notes'] = [{'de': 'Ware erhalten: ______________ (Datum, Unterschrift)', 'pl': 'Wydał: ____________   Odebrał: ____________'}.get(lang, 'Received by: __________')]
        return doc
    if style == 'gst':
        doc['headers'] = ['Sr.', 'Description of Goods', 'HSN', 'Qty', 'Rate', 'Taxable Value', 'IGST %', 'IGST Amt', 'Total']
        doc['aligns'] = 'rLlrrrrrr'
        doc['rows_s'] = [[str(x['pos']), x['desc'], x['hsn'], f"{x['qty']} Nos", fm(x['price']), fm(x['net_shown']), f"{rate}%",
                          fm(x['tax_shown'] or 0), fm(x['net_shown'] + (x['tax_shown'] or 0))] for x in rows]
    elif style == 'cnvat':
        doc['headers'] = ['货物或应税劳务、服务名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额']
        doc['aligns'] = 'Lllrrrrr'
        doc['rows_s'] = [['*电子元件*' + x['desc'], x['code'], '个', str(x['qty']), fmtnum(x['price'], 'plain'), fmtnum(x['net_shown'], 'plain'),
                          f'{rate}%', fmtnum(x['tax_shown'], 'plain')] for x in rows]
    elif lang == 'pl':
        doc['headers'] = ['Lp.', 'Nazwa towaru lub usługi', 'Ilość', 'J.m.', 'Cena netto', 'Wartość netto', 'VAT', 'Kwota VAT', 'Wartość brutto']
        doc['aligns'] = 'rLrlrrrrr'
        doc['rows_s'] = [[str(x['pos']), x['desc'], str(x['qty']), 'szt.', fm(x['price']), fm(x['net_shown']), f'{rate}%', fm(x['tax_shown']),
                          fm(x['net_shown'] + x['tax_shown'])] for x in rows]
    elif lang == 'ja':
        doc['headers'] = ['品番', '品名', '数量', '単位', '単価', '金額']; doc['aligns'] = 'lLrlrr'
        doc['rows_s'] = [[x['code'], x['desc'], str(x['qty']), '個', fm(x['price']), fm(x['net_shown'])] for x in rows]
    else:
        doc['headers'] = [Lq['pos'], Lq['code'], Lq['desc'], Lq['qty'], Lq['price'], Lq['amount']]; doc['aligns'] = 'llLrrr'
        doc['rows_s'] = [[str(x['pos']), x['code'], x['desc'], f"{x['qty']}" + ('' if r.random() < .5 else ' ' + Lq['pcs']), fm(x['price']), fm(x['net_shown'])] for x in rows]
        if doc_type == 'credit_note':
            pass
    sh = shown; T = []
    if style == 'cnvat':
        T = [('合计', '¥' + fmtnum(sh['subtotal'], 'plain') + '    ¥' + fmtnum(sh['tax'], 'plain'), 'subtotal'),
             ('价税合计（大写）', '⊗ ' + daxie(sh['total']) + '    （小写）¥' + fmtnum(sh['total'], 'plain'), 'total')]
        doc['total_str'] = fmtnum(sh['total'], 'plain')
    elif style == 'gst':
        T = [('Total Taxable Value', money(sh['subtotal']), 'subtotal'), (f'IGST @ {rate}%', money(sh['tax']), 'tax'),
             ('Grand Total', money(sh['total']), 'total')]
    else:
        T.append((Lq['subtotal'], money(sh['subtotal']), 'subtotal'))
        if sh['disc']: T.append((f"{Lq['discount']} {disc_pct}%", money(-sh['disc']), 'discount'))
        if sh['ship']: T.append((Lq['shipping'], money(sh['ship']), 'shipping'))
        if tax_mode == 'jct10': T.append(('消費税（10%対象）', money(sh['tax']), 'tax'))
        elif rate or tax_mode not in ('rc', 'lut', 'none', 'export'): T.append((f"{Lq['tax']} {rate}%", money(sh['tax']), 'tax'))
        elif tax_mode == 'rc': T.append((f"{Lq['tax']} 0%", money(0), 'tax'))
        elif tax_mode == 'export' and lang == 'ja': T.append(('消費税（輸出免税）', money(0), 'tax'))
        T.append((Lq['total'] + (f' ({cur})' if '{n} ' + cur not in curpat and cur + ' {n}' not in curpat and r.random() < .5 else ''), money(sh['total']), 'total'))
        if len(T) == 2 and r.random() < .5 and tax_mode in ('none', 'lut'): T = T[1:]
    doc['totals'] = T
    notes = []
    if tax_mode == 'rc' and Lq.get('rc'): notes.append(Lq['rc'])
    if tax_mode == 'lut': notes.append('SUPPLY MEANT FOR EXPORT UNDER LETTER OF UNDERTAKING (LUT ARN AD240325001187K) WITHOUT PAYMENT OF IGST')
    if tax_mode == 'igst18': notes.append('Supply meant for export on payment of IGST.')
    if tax_mode == 'export' and lang == 'ja': notes.append('輸出取引のため消費税免税')
    if country == 'CN' and lang == 'en':
        notes += [f'Terms of delivery: {r.choice(["FOB Shenzhen", "FOB Ningbo", "EXW Dongguan", "CIF Gdańsk", "DAP Poznań"])}', 'Country of origin: China',
                  f'Payment: {r.choice(["T/T 30% deposit, 70% before shipment", "T/T in advance", "T/T 45 days after B/L date"])}']
    if cur in ('INR', 'USD') and country in ('IN',): doc['words'] = amount_words(sh['total'], cur)
    if doc_type == 'credit_note':
        orig = docnumber(country, d - dt.timedelta(days=r.randint(10, 40)), k + 3)
        notes.insert(0, {'de': f'Gutschrift zu Rechnung {orig} – Rücksendung beschädigter Ware (Transportschaden).',
                         'pl': f'Korekta do faktury {orig} z dnia {fmtdate(d - dt.timedelta(days=r.randint(10, 40)), df)}. Przyczyna korekty: zwrot towaru uszkodzonego w transporcie.'}.get(lang, f'Credit for returned goods, ref. invoice {orig}.'))
    doc['notes'] = notes
    doc['terms'] = Lq['net_days'].format(n=r.choice([14, 30, 45, 60])) if lang != 'ja' else Lq['net_days']
    return doc

# ---------------------------------------------------------------- HTML producers
E = html.escape
import unicodedata
def deaccent(t):
    t = t.replace('ł', 'l').replace('Ł', 'L')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', t) if not unicodedata.combining(ch))
def party_lines(doc, who):
    p = doc['sup'] if who == 'sup' else doc['byr']
    if who == 'sup':
        if doc['country'] == 'CN' and doc['lang'] == 'zh': return [p['zh'], p['zh_addr'], '统一社会信用代码 ' + p['tax'].split()[-1]]
        if doc['country'] == 'JP' and doc['lang'] != 'ja': return [p['en']] + p['en_lines'] + [p['tax'].replace('登録番号', 'Reg. No.')]
        out = [p['name']] + p['lines'] + [p['tax']]
        if doc['country'] == 'IN': out += [f"State: {p['state']}", f"PAN: {p['pan']}"]
        return out
    ls = list(p['lines'])
    if doc.get('ascii_buyer'): ls = [deaccent(x) for x in ls]
    if doc['lang'] not in ('pl',) and ls and ls[-1] == 'Polska': ls[-1] = p.get('en_country', 'Poland') if doc['lang'] != 'de' else 'Polen'
    return [p['name']] + ls + ([p['tax']] if p.get('tax') and doc['style'] != 'cnvat' else [])

CSS_SAAS = """@page{size:A4;margin:16mm 15mm 18mm 15mm; @bottom-right{content:"%(page)s " counter(page) " / " counter(pages);font-size:8pt;color:#777}}
body{font-family:%(font)s;font-size:9.5pt;color:#222} .band{background:%(accent)s;color:#fff;padding:10px 14px;display:flex;justify-content:space-between;align-items:center}
.logo{font-size:17pt;font-weight:bold;letter-spacing:.5px} .title{font-size:20pt;font-weight:300} .meta{margin:14px 0;display:flex;justify-content:space-between}
.meta table td{padding:1px 8px 1px 0} .pbox{width:46%%} .pbox h4{margin:0 0 3px 0;color:%(accent)s;font-size:8pt;text-transform:uppercase}
table.items{width:100%%;border-collapse:collapse;margin-top:12px} table.items th{background:#f1f3f6;border-bottom:2px solid %(accent)s;padding:5px;font-size:8.5pt;text-align:left}
table.items td{padding:4px 5px;border-bottom:1px solid #e3e3e3} table.items tr:nth-child(even) td{background:#fafbfc} .r{text-align:right;white-space:nowrap}
.tot{margin-left:auto;margin-top:10px;border-collapse:collapse;min-width:42%%} .tot td{padding:3px 6px} .tot tr.grand td{font-weight:bold;font-size:11pt;border-top:2px solid #222}
.notes{margin-top:14px;font-size:8.5pt;color:#444} .foot{margin-top:22px;border-top:1px solid #ccc;padding-top:6px;font-size:7.5pt;color:#666}"""
CSS_ERP = """@page{size:A4;margin:12mm 12mm 14mm 12mm} body{font-family:%(font)s;font-size:9pt;color:#000}
.hdr{display:table;width:100%%} .hdr>div{display:table-cell;vertical-align:top;width:50%%} .box{border:1px solid #000;padding:5px;margin:2px;min-height:70px}
.box .cap{font-size:7pt;font-weight:bold;border-bottom:1px solid #000;margin:-5px -5px 4px -5px;padding:2px 5px;background:#e8e8e8}
h1{font-size:15pt;margin:0 0 6px 0;text-align:right} .nr td{padding:1px 4px} table.items{width:100%%;border-collapse:collapse;margin-top:8px}
table.items th,table.items td{border:1px solid #000;padding:3px 4px} table.items th{background:#d9d9d9;font-size:8pt} table.items thead{display:table-header-group}
.r{text-align:right;white-space:nowrap} .tot{margin-left:auto;border-collapse:collapse;margin-top:-1px} .tot td{border:1px solid #000;padding:3px 6px}
.tot tr.grand td{font-weight:bold;background:#d9d9d9} .notes{margin-top:10px;font-size:8pt} .foot{margin-top:16px;font-size:7pt;border-top:1px solid #000;padding-top:4px}"""

def html_generic(doc, theme='saas', accent='#1f5f8b', font='"DejaVu Sans", sans-serif'):
    Lb = doc['L']; r = doc['r']
    css = (CSS_SAAS if theme == 'saas' else CSS_ERP) % dict(accent=accent, font=font, page=Lb['page'])
    sup, byr = party_lines(doc, 'sup'), party_lines(doc, 'byr')
    meta = [(Lb['no'] if doc['doc_type'] in ('invoice', 'credit_note', 'proforma', 'receipt') else 'No.', doc['number']), (Lb['date'] if doc['doc_type'] in ('invoice', 'credit_note', 'proforma', 'receipt') else Lb['date'].split()[-1].capitalize() if doc['lang'] == 'en' else Lb['date'], doc['date_str'])]
    if doc['lang'] == 'pl' and doc['doc_type'] == 'invoice': meta.append((Lb['sale_date'], doc['date_str']))
    if doc.get('totals') and doc['doc_type'] not in ('receipt', 'quotation', 'purchase_order'): meta.append((Lb['due'], doc['due_str']))
    if r.random() < .6: meta.append((Lb['ref'], f"PO-WX-{doc['k']*13 % 900 + 100:04d}"))
    metah = ''.join(f'<tr><td>{E(a)}</td><td><b>{E(b)}</b></td></tr>' for a, b in meta)
    ths = ''.join(f'<th class="{"r" if a == "r" else ""}">{E(h)}</th>' for h, a in zip(doc['headers'], doc['aligns']))
    trs = ''.join('<tr>' + ''.join(f'<td class="{"r" if a == "r" else ""}">{E(c)}</td>' for c, a in zip(row, doc['aligns'])) + '</tr>' for row in doc['rows_s'])
    tots = ''.join(f'<tr class="{"grand" if key == "total" else ""}"><td>{E(a)}</td><td class="r">{E(b)}</td></tr>' for a, b, key in doc['totals'])
    notes = ''.join(f'<p>{E(n)}</p>' for n in doc['notes'])
    if doc.get('words'): notes = f'<p><b>Amount in words:</b> {E(doc["words"])}</p>' + notes
    if doc['totals']: notes += f'<p>{E(Lb["terms"])}: {E(doc["terms"])}</p>'
    foot = ' · '.join(x for x in [doc['sup'].get('bank', ''), doc['sup'].get('extra', '')] if x)
    if theme == 'saas':
        initials = ''.join(w[0] for w in doc['supplier_name'].split()[:2] if w[0].isalpha())
        head = f"""<div class="band"><div class="logo">{E(initials)} · {E(doc['supplier_name'].split(',')[0])}</div><div class="title">{E(doc['title'])}</div></div>
<div class="meta"><div class="pbox"><h4>{E(Lb['seller'])}</h4>{'<br>'.join(map(E, sup))}</div><div><table>{metah}</table></div></div>
<div class="meta"><div class="pbox"><h4>{E(Lb['buyer'] if doc['lang'] != 'ja' else '請求先')}</h4>{'<br>'.join(map(E, byr))}</div></div>"""
    else:
        head = f"""<div class="hdr"><div><div style="font-size:13pt;font-weight:bold">{E(sup[0])}</div>{'<br>'.join(map(E, sup[1:]))}</div>
<div><h1>{E(doc['title'])}</h1><table class="nr" align="right">{metah}</table></div></div>
<div class="hdr" style="margin-top:8px"><div><div class="box"><div class="cap">{E(Lb['seller'])}</div>{'<br>'.join(map(E, sup))}</div></div>
<div><div class="box"><div class="cap">{E(Lb['buyer'])}</div>{'<br>'.join(map(E, byr))}</div></div></div>"""
    tot_html = f'<table class="tot">{tots}</table>' if tots else ''
    return f"""<!DOCTYPE html><html lang="{doc['lang']}"><head><meta charset="utf-8"><title>{E(doc['title'])} {E(doc['number'])}</title><style>{css}</style></head><body>
{head}<table class="items"><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>{tot_html}<div class="notes">{notes}</div>
<div class="foot">{E(foot)}</div></body></html>"""

def html_gst(doc):
    s = doc['sup']; b = doc['byr']; fm = doc['fnum']
    trs = ''.join('<tr>' + ''.join(f'<td class="{"r" if a == "r" else ""}">{E(c)}</td>' for c, a in zip(row, doc['aligns'])) + '</tr>' for row in doc['rows_s'])
    tots = ''.join(f'<tr><td colspan="8" class="r"><b>{E(a)}</b></td><td class="r"><b>{E(v)}</b></td></tr>' for a, v, k in doc['totals'])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{{size:A4;margin:10mm}} body{{font-family:"DejaVu Sans Condensed","DejaVu Sans";font-size:8.5pt}}
table{{width:100%;border-collapse:collapse}} td,th{{border:1px solid #333;padding:3px;vertical-align:top}} th{{background:#eee}} .r{{text-align:right;white-space:nowrap}}
.t{{text-align:center;font-size:14pt;font-weight:bold;border:1px solid #333;border-bottom:none;padding:4px}} .s{{font-size:7.5pt}}</style></head><body>
<div class="t">TAX INVOICE<div class="s" style="font-weight:normal">(Original for Recipient) · Export Invoice · Rule 46 CGST Rules, 2017</div></div>
<table><tr><td rowspan="3" style="width:50%"><b style="font-size:11pt">{E(s['name'])}</b><br>{'<br>'.join(map(E, s['lines']))}<br>{E(s['tax'])}<br>State Name: {E(s['state'])}<br>PAN: {E(s['pan'])}<br>{E(s['extra'])}</td>
<td>Invoice No.<br><b>{E(doc['number'])}</b></td><td>Dated<br><b>{E(doc['date_str'])}</b></td></tr>
<tr><td>Buyer's Order No.<br><b>PO-WX-{doc['k']*17 % 900 + 100:04d}</b></td><td>Mode/Terms of Payment<br><b>{E(doc['terms'])}</b></td></tr>
<tr><td>Port of Loading<br><b>{E(doc['r'].choice(['Nhava Sheva (INNSA1)', 'Mundra (INMUN1)', 'Chennai Air Cargo', 'Bengaluru ICD']))}</b></td><td>Final Destination<br><b>Poznań, Poland</b></td></tr>
<tr><td colspan="3">Buyer (Bill to)<br><b>{E(b['name'])}</b><br>{'<br>'.join(map(E, b['lines'][:-1]))}<br>Poland · EU VAT {E(b['tax'].split()[-1])}<br>Place of Supply: 96 – Other Country</td></tr></table>
<table style="margin-top:-1px"><thead><tr>{''.join(f'<th>{E(h)}</th>' for h in doc['headers'])}</tr></thead><tbody>{trs}{tots}</tbody></table>
<table style="margin-top:-1px"><tr><td colspan="2">Amount Chargeable (in words): <b>{E(amount_words(doc['shown']['total'], doc['cur']))}</b></td></tr>
<tr><td style="width:60%">{'<br>'.join(map(E, doc['notes']))}<br><br><u>Declaration</u><br>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.<br><br>Bank: {E(s['bank'])}</td>
<td style="text-align:right">for {E(s['name'])}<br><br><br><br>Authorised Signatory</td></tr></table>
<div class="s" style="text-align:center;margin-top:4px">SUBJECT TO {E(s['lines'][1].split(',')[0].upper())} JURISDICTION · This is a Computer Generated Invoice</div></body></html>"""

def html_cnvat(doc):
    s = doc['sup']; b = doc['byr']; r = doc['r']; sh = doc['shown']
    trs = ''.join('<tr>' + ''.join(f'<td class="{"r" if a == "r" else ""}">{E(c)}</td>' for c, a in zip(row, doc['aligns'])) + '</tr>' for row in doc['rows_s'])
    trs += ''.join('<tr>' + '<td>&nbsp;</td>' * 8 + '</tr>' for _ in range(max(0, 6 - len(doc['rows_s']))))
    pw = ''.join(r.choice('0123456789+-*/<>') for _ in range(108))
    pw = '<br>'.join(pw[i:i+27] for i in range(0, 108, 27))
    code = ''.join(r.choice('0123456789') for _ in range(12)); no = ''.join(r.choice('0123456789') for _ in range(8))
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>@page{{size:A4 landscape;margin:10mm}} body{{font-family:"WenQuanYi Micro Hei";font-size:9pt;color:#7a3b10}}
table{{width:100%;border-collapse:collapse}} td,th{{border:1px solid #a0522d;padding:3px;vertical-align:top}} .r{{text-align:right}} .k{{color:#000;font-family:"DejaVu Sans Mono","WenQuanYi Micro Hei"}}
h1{{text-align:center;font-size:20pt;letter-spacing:6px;margin:0;border-bottom:3px double #a0522d;display:inline-block;padding:0 20px}}</style></head><body>
<div style="display:flex;justify-content:space-between;align-items:flex-end"><div>发票代码：<span class="k">{code}</span><br>机器编号：<span class="k">49916{no[:7]}</span></div>
<div style="text-align:center"><h1>{'广东' if '东莞' in s['zh'] or '深圳' in s['zh'] else '浙江'}增值税专用发票</h1><div>发 票 联</div></div>
<div>发票号码：<span class="k">{no}</span><br>开票日期：<span class="k">{E(doc['date_str'])}</span><br>校 验 码：<span class="k">{' '.join(''.join(r.choice('0123456789') for _ in range(5)) for _ in range(4))}</span></div></div>
<table style="margin-top:6px"><tr><td style="width:3%">购<br>买<br>方</td><td style="width:55%">名　　称：<span class="k">{E(b['name'])}</span><br>纳税人识别号：<span class="k">{E(b['tax'])}</span><br>地 址、电 话：<span class="k">{E(' '.join(b['lines']))}</span><br>开户行及账号：<span class="k">{E(b['bank'])}</span></td>
<td style="width:3%">密<br>码<br>区</td><td class="k" style="font-size:8pt">{pw}</td></tr></table>
<table style="margin-top:-1px"><tr>{''.join(f'<th>{E(h)}</th>' for h in doc['headers'])}</tr>{trs}
<tr><td>合　　计</td><td colspan="4"></td><td class="r k">¥{fmtnum(sh['subtotal'], 'plain')}</td><td></td><td class="r k">¥{fmtnum(sh['tax'], 'plain')}</td></tr>
<tr><td>价税合计（大写）</td><td colspan="4" class="k">⊗{daxie(sh['total'])}</td><td colspan="3" class="k">（小写）¥{fmtnum(sh['total'], 'plain')}</td></tr></table>
<table style="margin-top:-1px"><tr><td style="width:3%">销<br>售<br>方</td><td style="width:55%">名　　称：<span class="k">{E(s['zh'])}</span><br>纳税人识别号：<span class="k">{E(s['tax'].split()[-1])}</span><br>地 址、电 话：<span class="k">{E(s['zh_addr'])}</span><br>开户行及账号：<span class="k">{E(s['zh_bank'])}</span></td>
<td style="width:3%">备<br>注</td><td class="k">订单号 {doc['number']}</td></tr></table>
<div style="display:flex;justify-content:space-between;margin-top:4px"><span>收款人：<span class="k">{r.choice(['李娜', '陈静', '王芳'])}</span></span><span>复核：<span class="k">{r.choice(['张伟', '刘洋'])}</span></span><span>开票人：<span class="k">{r.choice(['黄丽', '周敏', '吴霞'])}</span></span><span>销售方：（章）</span></div></body></html>"""

def html_jp(doc):
    s = doc['sup']; b = doc['byr']; sh = doc['shown']; m = doc['money']
    trs = ''.join('<tr>' + ''.join(f'<td class="{"r" if a == "r" else ""}">{E(c)}</td>' for c, a in zip(row, doc['aligns'])) + '</tr>' for row in doc['rows_s'])
    trs += ''.join('<tr>' + '<td>&nbsp;</td>' * 6 + '</tr>' for _ in range(max(0, 8 - len(doc['rows_s']))))
    tots = ''.join(f'<tr><td colspan="4" style="border:none"></td><td>{E(a)}</td><td class="r">{E(v)}</td></tr>' for a, v, k in doc['totals'])
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>@page{{size:A4;margin:15mm}} body{{font-family:"WenQuanYi Micro Hei";font-size:9.5pt}}
h1{{text-align:center;letter-spacing:14px;font-size:20pt;font-weight:normal;border-bottom:1px solid #000;width:40%;margin:0 auto 14px auto}} table.i{{width:100%;border-collapse:collapse}}
table.i th{{background:#dfe7f1;border:1px solid #555;padding:4px}} table.i td{{border:1px solid #555;padding:4px}} .r{{text-align:right}}
.seal{{position:absolute;right:10px;top:40px;width:54px;height:54px;border:2px solid #d22;border-radius:50%;color:#d22;font-size:9pt;text-align:center;line-height:15px;padding-top:5px;box-sizing:border-box}}
.big{{font-size:15pt;border-bottom:3px double #000;display:inline-block;padding:2px 10px}}</style></head><body>
<h1>{E(doc['title'])}</h1><div style="display:flex;justify-content:space-between">
<div style="width:52%"><div style="font-size:13pt;border-bottom:1px solid #000;padding-bottom:2px">{E(b['name'])}　御中</div><br>{'<br>'.join(map(E, b['lines']))}<br><br>
{'但し、電子部品代として<br>上記正に領収いたしました。' if doc['doc_type'] == 'receipt' else '下記の通りご請求申し上げます。<br><br>件名：電子部品・アクセサリー納品分'}<br><br><span>{'領収金額' if doc['doc_type'] == 'receipt' else 'ご請求金額'}</span>　<span class="big">{E(m(sh['total']))}（税込）</span></div>
<div style="width:42%;position:relative;text-align:right">{E(doc['L']['no'])}：{E(doc['number'])}<br>{E(doc['L']['date'])}：{E(doc['date_str'])}<br><br><b>{E(s['name'])}</b><br>{'<br>'.join(map(E, s['lines']))}<br>{E(s['extra'])}<br>{E(s['tax'])}
<div class="seal">{E(s['name'].replace('株式会社','').replace('有限会社','')[:2])}<br>{E(s['name'].replace('株式会社','').replace('有限会社','')[2:4])}<br>之印</div></div></div>
<table class="i" style="margin-top:14px"><tr>{''.join(f'<th>{E(h)}</th>' for h in doc['headers'])}</tr>{trs}{tots}</table>
<div style="margin-top:12px;border:1px solid #555;padding:6px">{E(doc['L']['bank'])}：{E(s['bank'])}<br>お支払期限：{E(doc['due_str'])}　※振込手数料は貴社にてご負担願います。<br>{'<br>'.join(map(E, doc['notes']))}</div></body></html>"""

def html_for(doc, theme):
    if doc['style'] == 'gst': return html_gst(doc)
    if doc['style'] == 'cnvat': return html_cnvat(doc)
    if doc['style'] == 'jp': return html_jp(doc)
    accent = doc['r'].choice(['#1f5f8b', '#2e7d32', '#6a1b9a', '#b23c17', '#37474f', '#00838f'])
    font = doc['r'].choice(['"DejaVu Sans", sans-serif', '"DejaVu Serif", serif', '"DejaVu Sans Condensed", sans-serif'])
    if doc['lang'] in ('zh', 'ja'): font = '"WenQuanYi Micro Hei", sans-serif'
    return html_generic(doc, theme, accent, font)

def render_chromium(htm, pdf):
    os.makedirs(ENV['HOME'], exist_ok=True)
    pdf = os.path.abspath(pdf); hp = pdf[:-4] + '.html'; open(hp, 'w').write(htm)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf}', 'file://' + hp],
                   env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def render_weasy(htm, pdf):
    import weasyprint
    weasyprint.HTML(string=htm).write_pdf(pdf)

# ---------------------------------------------------------------- ReportLab producer
_RL_FONTS = False
def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DejaVu', DJV)); pdfmetrics.registerFont(TTFont('DejaVu-Bold', DJVB))
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0)); _RL_FONTS = True

def all_text(doc):
    t = party_lines(doc, 'sup') + party_lines(doc, 'byr') + doc['headers'] + [c for row in doc['rows_s'] for c in row]
    t += [a for a, b, k in doc['totals']] + [b for a, b, k in doc['totals']] + doc['notes'] + [doc['title'], doc['date_str'], doc['due_str'], doc['terms'],
          doc['sup'].get('bank', ''), doc['sup'].get('extra', ''), doc.get('words', '')] + list(doc['L'].values())
    return t
def encodable(doc, enc):
    try: '\n'.join(all_text(doc)).encode(enc); return True
    except UnicodeEncodeError: return False

def rl_render(doc, pdf, variant='A'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts()
    if doc['lang'] not in ('pl', 'zh', 'ja'): doc['ascii_buyer'] = True
    core = encodable(doc, 'cp1252')
    if core: F, FB = ('Helvetica', 'Helvetica-Bold') if variant == 'A' else ('Times-Roman', 'Times-Bold')
    elif doc['lang'] in ('zh', 'ja'): F, FB = 'WQY', 'WQY'
    else: F, FB = 'DejaVu', 'DejaVu-Bold'
    doc['literal_text'] = core
    W, H = letter if doc['date_str'].count('/') == 2 and doc['lang'] == 'en' and doc['country'] == 'CN' else A4
    Lb = doc['L']; sup, byr = party_lines(doc, 'sup'), party_lines(doc, 'byr')
    n = len(doc['headers']); widths_rel = [1.0 if a != 'L' else 4.2 for a in doc['aligns']]
    for i, h in enumerate(doc['headers']):
        if doc['aligns'][i] == 'r': widths_rel[i] = 1.5
    tw = W - 80; colw = [tw * x / sum(widths_rel) for x in widths_rel]
    def fit(t, w, f, s):
        while t and stringWidth(t, f, s) > w - 4: t = t[:-1]
        return t
    def draw(npages):
        c = canvas.Canvas(pdf, pagesize=(W, H)); c.setTitle(f"{doc['title']} {doc['number']}"); c.setAuthor(doc['supplier_name'])
        c.setCreator(doc['r'].choice(['FaktuPro 4.2', 'Lexwerk Rechnung 2025', 'InvoiceDesk', 'ReportLab PDF Library - www.reportlab.com']))
        page = [1]
        def footer():
            c.setFont(F, 7); c.setFillGray(.35)
            c.drawString(40, 28, fit(' · '.join(x for x in [doc['sup'].get('bank', ''), doc['sup'].get('extra', '')] if x), W - 150, F, 7))
            c.drawRightString(W - 40, 28, f"{Lb['page']} {page[0]}/{npages}"); c.setFillGray(0)
        def table_header(y):
            c.setFont(FB, 8)
            if variant == 'A': c.setFillColorRGB(.88, .91, .95); c.rect(40, y - 4, tw, 15, stroke=0, fill=1); c.setFillGray(0)
            else: c.line(40, y + 11, 40 + tw, y + 11); c.line(40, y - 4, 40 + tw, y - 4)
            x = 40
            for h, w, a in zip(doc['headers'], colw, doc['aligns']):
                h = fit(h, w, FB, 8)
                if a == 'r': c.drawRightString(x + w - 2, y, h)
                else: c.drawString(x + 2, y, h)
                x += w
            return y - 17
        # header
        y = H - 50
        if variant == 'A':
            c.setFont(FB, 15); c.drawString(40, y, sup[0]); c.setFont(F, 8.5)
            for i, l in enumerate(sup[1:]): c.drawString(40, y - 14 - i * 10.5, l)
            c.setFont(FB, 18); c.drawRightString(W - 40, y, doc['title'])
            c.setFont(F, 9); yy = y - 20
            for a, b in [(Lb['no'], doc['number']), (Lb['date'], doc['date_str'])] + ([(Lb['due'], doc['due_str'])] if doc['totals'] else []):
                c.drawRightString(W - 130, yy, a + ':'); c.drawString(W - 125, yy, b); yy -= 12
            y = min(y - 14 - len(sup) * 10.5, yy) - 18
            c.setStrokeGray(.6); c.line(40, y + 10, W - 40, y + 10); c.setStrokeGray(0)
            c.setFont(FB, 9); c.drawString(40, y - 4, Lb['buyer']); c.setFont(F, 9)
            for i, l in enumerate(byr): c.drawString(40, y - 17 - i * 11, l)
            y = y - 30 - len(byr) * 11
        else:
            c.setFillGray(.92); c.rect(40, H - 120, W - 80, 82, stroke=0, fill=1); c.setFillGray(0)
            c.setFont(FB, 20); c.drawString(50, H - 66, doc['title']); c.setFont(F, 9)
            c.drawString(50, H - 84, f"{Lb['no']} {doc['number']}"); c.drawString(50, H - 97, f"{Lb['date']}: {doc['date_str']}")
            if doc['totals']: c.drawString(50, H - 110, f"{Lb['due']}: {doc['due_str']}")
            c.setFont(FB, 10); c.drawRightString(W - 50, H - 62, sup[0]); c.setFont(F, 8)
            for i, l in enumerate(sup[1:]): c.drawRightString(W - 50, H - 74 - i * 9.5, l)
            y = H - 145; c.setFont(FB, 8.5); c.drawString(40, y, Lb['buyer'].upper()); c.setFont(F, 9.5)
            for i, l in enumerate(byr): c.drawString(40, y - 13 - i * 11.5, l)
            y = y - 30 - len(byr) * 11.5
        y = table_header(y); c.setFont(F, 8.5)
        for ri, row in enumerate(doc['rows_s']):
            if y < 90:
                footer(); c.showPage(); page[0] += 1; y = H - 50
                c.setFont(F, 8); c.drawString(40, y, f"{doc['title']} {doc['number']} – {doc['date_str']}"); y = table_header(y - 22); c.setFont(F, 8.5)
            x = 40
            for cell, w, a in zip(row, colw, doc['aligns']):
                if a == 'r': c.drawRightString(x + w - 2, y, cell)
                else: c.drawString(x + 2, y, fit(cell, w, F, 8.5))
                x += w
            if variant == 'A': c.setStrokeGray(.85); c.line(40, y - 4, 40 + tw, y - 4); c.setStrokeGray(0)
            y -= 14
        if variant == 'B': c.line(40, y + 9, 40 + tw, y + 9)
        need = 20 + 14 * len(doc['totals']) + 14 * len(doc['notes']) + 40
        if y - need < 50:
            footer(); c.showPage(); page[0] += 1; y = H - 60
        y -= 8
        for a, b, k in doc['totals']:
            c.setFont(FB if k == 'total' else F, 10 if k == 'total' else 9)
            if k == 'total': c.line(W - 260, y + 11, W - 40, y + 11)
            c.drawRightString(W - 150, y, a); c.drawRightString(W - 42, y, b); y -= 14
        y -= 10; c.setFont(F, 8)
        if doc.get('words'): c.drawString(40, y, fit('Amount in words: ' + doc['words'], tw + 4, F, 8)); y -= 12
        from reportlab.lib.utils import simpleSplit
        for nt in doc['notes'] + ([f"{Lb['terms']}: {doc['terms']}"] if doc['totals'] else []):
            for ln in simpleSplit(nt, F, 8, tw): c.drawString(40, y, ln); y -= 11
        footer(); c.save(); return page[0]
    np_ = draw(1)
    if np_ > 1: draw(np_)

# ---------------------------------------------------------------- fpdf2 producer
LAT1 = str.maketrans({'–': '-', '·': '|', '’': "'", '€': 'EUR', '×': 'x', '—': '-'})
def fpdf_render(doc, pdf, variant='A'):
    from fpdf import FPDF
    if doc['lang'] not in ('pl', 'zh', 'ja'): doc['ascii_buyer'] = True
    core = all(t.translate(LAT1) == t.translate(LAT1).encode('latin-1', 'ignore').decode('latin-1') for t in all_text(doc)); doc['literal_text'] = core
    Lb = doc['L']; sup, byr = party_lines(doc, 'sup'), party_lines(doc, 'byr')
    class P(FPDF):
        def normalize_text(self, text):
            return super().normalize_text(text.translate(LAT1) if core else text)
        def footer(self):
            self.set_y(-14); self.set_font(FN, size=7); self.set_text_color(110)
            self.cell(0, 5, f"{doc['supplier_name']} | {doc['sup'].get('tax', '')} | {Lb['page']} {self.page_no()}/{{nb}}", align='C')
            self.set_text_color(0)
    p = P(format='A4'); p.set_auto_page_break(True, 20)
    if core: FN = 'helvetica' if variant == 'A' else 'courier'
    elif doc['lang'] in ('zh', 'ja'):
        p.add_font('wqy', fname=WQY, collection_font_number=0); p.add_font('wqy', style='B', fname=WQY, collection_font_number=0); FN = 'wqy'
    else:
        p.add_font('dv', fname=DJVC); p.add_font('dv', style='B', fname=FD + 'DejaVuSansCondensed-Bold.ttf'); FN = 'dv'
    p.set_title(f"{doc['title']} {doc['number']}"); p.set_creator(doc['r'].choice(['Sage 50 Export', 'fpdf2', 'Faktury.net', 'TallyPrime']))
    p.add_page(); p.set_font(FN, 'B', 14)
    if variant == 'A':
        p.cell(0, 8, sup[0], new_x='LMARGIN', new_y='NEXT'); p.set_font(FN, size=8)
        for l in sup[1:]: p.cell(0, 4.2, l, new_x='LMARGIN', new_y='NEXT')
        p.ln(4); p.set_font(FN, 'B', 16); p.cell(0, 9, f"{doc['title']}  {doc['number']}", new_x='LMARGIN', new_y='NEXT')
        p.set_font(FN, size=9); p.cell(0, 5, f"{Lb['date']}: {doc['date_str']}" + (f"     {Lb['due']}: {doc['due_str']}" if doc['totals'] else ''), new_x='LMARGIN', new_y='NEXT'); p.ln(3)
        p.set_font(FN, 'B', 9); p.cell(0, 5, Lb['buyer'] + ':', new_x='LMARGIN', new_y='NEXT'); p.set_font(FN, size=9)
        for l in byr: p.cell(0, 4.6, l, new_x='LMARGIN', new_y='NEXT')
    else:
        y0 = p.get_y(); p.set_font(FN, 'B', 18); p.cell(95, 10, doc['title']); p.set_font(FN, size=8)
        p.set_xy(110, y0); p.multi_cell(90, 4, '\n'.join(sup), border=1, align='L')
        p.set_xy(10, y0 + 14); p.set_font(FN, size=9); p.multi_cell(95, 5, f"{Lb['no']}: {doc['number']}\n{Lb['date']}: {doc['date_str']}\n{Lb['due']}: {doc['due_str']}")
        p.set_y(max(p.get_y(), y0 + 4 * len(sup) + 4) + 4); p.set_font(FN, 'B', 8); p.cell(0, 5, Lb['buyer'], new_x='LMARGIN', new_y='NEXT')
        p.set_font(FN, size=9); p.multi_cell(95, 4.6, '\n'.join(byr), border='L')
    p.ln(5)
    rel = [4.0 if a == 'L' else (1.6 if a == 'r' else 1.0) for a in doc['aligns']]
    ws = [190 * x / sum(rel) for x in rel]
    def th():
        p.set_font(FN, 'B', 7.5); p.set_fill_color(225, 225, 225)
        for h, w, a in zip(doc['headers'], ws, doc['aligns']): p.cell(w, 6, h[:int(w / 1.6)], border=1, align='R' if a == 'r' else 'L', fill=True)
        p.ln(); p.set_font(FN, size=8)
    th()
    for row in doc['rows_s']:
        if p.get_y() > 270: p.add_page(); th()
        for c_, w, a in zip(row, ws, doc['aligns']):
            while p.get_string_width(c_) > w - 2 and a != 'r': c_ = c_[:-1]
            p.cell(w, 5.5, c_, border=1 if variant == 'B' else 'B', align='R' if a == 'r' else 'L')
        p.ln()
    p.ln(2)
    for a, b, k in doc['totals']:
        p.set_font(FN, 'B' if k == 'total' else '', 10 if k == 'total' else 9)
        p.cell(140, 6, a, align='R'); p.cell(50, 6, b, align='R', border='T' if k == 'total' else 0, new_x='LMARGIN', new_y='NEXT')
    p.ln(3); p.set_font(FN, size=8)
    if doc.get('words'): p.multi_cell(0, 4, 'Amount in words: ' + doc['words'], new_x='LMARGIN', new_y='NEXT')
    for nt in doc['notes'] + ([f"{Lb['terms']}: {doc['terms']}", f"{Lb['bank']}: {doc['sup'].get('bank', '')}"] if doc['totals'] else []):
        p.multi_cell(0, 4, nt, new_x='LMARGIN', new_y='NEXT')
    p.output(pdf)

# ---------------------------------------------------------------- LibreOffice producers (spreadsheet, Word)
def fods_write(doc, path):
    Lb = doc['L']; sup, byr = party_lines(doc, 'sup'), party_lines(doc, 'byr'); r = doc['r']
    ncol = len(doc['headers']); X = html.escape
    font = 'WenQuanYi Micro Hei' if doc['lang'] in ('zh', 'ja') else r.choice(['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Condensed'])
    rows = []
    def row(cells, style=None):
        out = '<table:table-row>'
        for c in cells:
            if isinstance(c, tuple): txt, st = c
            else: txt, st = c, style
            sta = f' table:style-name="{st}"' if st else ''
            out += f'<table:table-cell office:value-type="string"{sta}><text:p>{X(txt)}</text:p></table:table-cell>' if txt != '' else f'<table:table-cell{sta}/>'
        rows.append(out + '</table:table-row>')
    row([(sup[0], 'big')]); [row([l]) for l in sup[1:]]; row([''])
    row([(doc['title'], 'big')] + [''] * (ncol - 5) + [(Lb['no'], 'b'), '', doc['number'], ''])
    row([''] * (ncol - 4) + [(Lb['date'], 'b'), '', doc['date_str'], ''])
    if doc['totals']: row([''] * (ncol - 4) + [(Lb['due'], 'b'), '', doc['due_str'], ''])
    row([(Lb['buyer'], 'b')]); [row([l]) for l in byr]; row([''])
    row([(h, 'hd') for h in doc['headers']])
    for rr in doc['rows_s']: row([(c, 'cr' if a == 'r' else 'c') for c, a in zip(rr, doc['aligns'])])
    row([''])
    for a, b, k in doc['totals']: row([''] * (ncol - 4) + [(a, 'rb' if k == 'total' else 'r'), '', '', (b, 'br' if k == 'total' else 'r')])
    row([''])
    for nt in doc['notes'] + ([f"{Lb['terms']}: {doc['terms']}"] if doc['totals'] else []) + [f"{Lb['bank']}: {doc['sup'].get('bank', '')}"]: row([(nt, 'sm')])
    wr = [(5.0 if a == 'L' else (2.3 if a == 'r' else 1.5)) for a in doc['aligns']]; wr[0] = 1.0
    widths = ['%.2fcm' % (w * 16.4 / sum(wr)) for w in wr]
    cols = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    bord = 'fo:border="0.5pt solid #000000"'
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style></office:styles>
<office:automatic-styles>{cols}
<style:style style:name="big" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="br" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border-top="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="r" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="rb" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="sm" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="hd" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" fo:background-color="{r.choice(['#d9e1f2', '#e2efda', '#dddddd', '#fce4d6'])}" {bord}/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="c" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {bord}/></style:style>
<style:style style:name="cr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {bord}/><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="{X(doc['number'].replace('/', '_'))}">
{''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(ncol))}
{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w').write(xml)

def docx_write(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    Lb = doc['L']; sup, byr = party_lines(doc, 'sup'), party_lines(doc, 'byr'); r = doc['r']
    d = Document(); st = d.styles['Normal']
    fn = 'WenQuanYi Micro Hei' if doc['lang'] in ('zh', 'ja') else r.choice(['DejaVu Sans', 'DejaVu Serif'])
    st.font.name = fn; st.font.size = Pt(9); st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    for s in d.sections: s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(1.5)
    p = d.add_paragraph(); ru = p.add_run(sup[0]); ru.bold = True; ru.font.size = Pt(14)
    p.add_run('\n' + '\n'.join(sup[1:])).font.size = Pt(8)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if r.random() < .5 else WD_ALIGN_PARAGRAPH.CENTER
    ru = p.add_run(doc['title']); ru.bold = True; ru.font.size = Pt(18); ru.font.color.rgb = RGBColor(0x20, 0x40, 0x70)
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = Lb['buyer'] + ':\n' + '\n'.join(byr)
    t.cell(0, 1).text = f"{Lb['no']}: {doc['number']}\n{Lb['date']}: {doc['date_str']}\n{Lb['due']}: {doc['due_str']}\n{Lb['terms']}: {doc['terms']}"
    d.add_paragraph()
    t = d.add_table(rows=1 + len(doc['rows_s']), cols=len(doc['headers'])); t.style = 'Table Grid'
    for j, h in enumerate(doc['headers']):
        c = t.cell(0, j); c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, row in enumerate(doc['rows_s']):
        for j, (v, a) in enumerate(zip(row, doc['aligns'])):
            c = t.cell(i + 1, j); c.text = v
            if a == 'r': c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    for a, b, k in doc['totals']:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(1)
        ru = p.add_run(f'{a}:   {b}'); ru.bold = (k == 'total'); ru.font.size = Pt(11 if k == 'total' else 9)
    if doc.get('words'): d.add_paragraph('Amount in words: ' + doc['words'])
    for nt in doc['notes'] + [f"{Lb['bank']}: {doc['sup'].get('bank', '')}"]: d.add_paragraph(nt).runs[0].font.size = Pt(8)
    if doc['sup'].get('extra'):
        fp = d.sections[0].footer.paragraphs[0]; fp.text = doc['sup']['extra']; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.core_properties.author = r.choice(['biuro', 'Buchhaltung', 'admin', 'accounts', 'user']); d.core_properties.title = ''
    d.save(path)

def soffice_convert(paths, outdir):
    if not paths: return
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths, env=ENV,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ---------------------------------------------------------------- text location (pdfium)
def find_text(pdf, old, page=None, digits_boundary=True):
    """all occurrences of `old`: list of (page_index, (l,b,r,t) PDF pt, [charboxes], page_height)"""
    out = []; d = pdfium.PdfDocument(pdf)
    for pi in range(len(d)):
        if page is not None and pi != page: continue
        pg = d[pi]; tp = pg.get_textpage(); n = tp.count_chars(); txt = tp.get_text_range(0, n)
        pat = (r'(?<![\d])' if digits_boundary else '') + re.escape(old) + (r'(?![\d])' if digits_boundary else '')
        for m in re.finditer(pat, txt):
            boxes = [tp.get_charbox(i) for i in range(m.start(), m.end()) if not txt[i].isspace()]
            if not boxes: continue
            l = min(b[0] for b in boxes); bo = min(b[1] for b in boxes); rr = max(b[2] for b in boxes); t = max(b[3] for b in boxes)
            out.append((pi, (l, bo, rr, t), boxes, pg.get_height(), [ch for ch in txt[m.start():m.end()] if not ch.isspace()]))
    d.close(); return out

def row_filter(pdf, occ, anchor):
    a = find_text(pdf, anchor, digits_boundary=False)
    if not a: return occ[:1]
    pi, (l, b, r, t) = a[0][0], a[0][1]; yc = (b + t) / 2
    c = [o for o in occ if o[0] == pi and o[1][0] > r - 1 and o[1][1] - 4 < yc < o[1][3] + 4]
    return c[:1] or occ[:1]

# ---------------------------------------------------------------- scans and phone photos
class Shot:
    """rendered+degraded page image with a mapping from PDF points to output pixels"""
    pass

def render_pages(pdf, dpi, pages=None):
    d = pdfium.PdfDocument(pdf); out = []
    for i in range(len(d)):
        if pages is not None and i not in pages: continue
        out.append((d[i].render(scale=dpi / 72).to_pil().convert('RGB'), d[i].get_height()))
    d.close(); return out

def degrade_scan(img, rr):
    a = np.asarray(img).astype(np.float32); h, w = a.shape[:2]
    ang = rr.uniform(-1.8, 1.8); tx, ty = rr.uniform(-12, 12), rr.uniform(-8, 14)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0); M[0, 2] += tx; M[1, 2] += ty
    bg = rr.choice([255, 250, 238])
    a = cv2.warpAffine(a, M, (w, h), borderValue=(bg, bg, bg))
    tint = np.array([rr.uniform(.95, 1), rr.uniform(.94, .99), rr.uniform(.88, .97)], np.float32)
    a = 255 - (255 - a) * rr.uniform(.8, 1.0)            # toner weaker
    a = a * tint
    yy = np.linspace(0, 1, h)[:, None, None]; a = a * (1 - rr.uniform(0, .06) * yy)   # lid light falloff
    a = cv2.GaussianBlur(a, (0, 0), rr.uniform(.5, 1.1))
    a = a + np.random.default_rng(rr.randrange(1 << 30)).normal(0, rr.uniform(3, 9), a.shape).astype(np.float32)
    s = rr.uniform(.7, .95); a = cv2.resize(np.clip(a, 0, 255), (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    im = Image.fromarray(a.astype(np.uint8))
    gray = rr.random() < .45
    if gray: im = im.convert('L')
    def mp(pts):
        p = np.hstack([np.array(pts, np.float64), np.ones((len(pts), 1))]) @ M.T
        return p * s
    return im, mp

def degrade_photo(img, rr):
    a = np.asarray(img).astype(np.float32); h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.18)
    # background: desk / cardboard
    base = np.array(rr.choice([(120, 98, 74), (90, 90, 92), (150, 140, 120), (60, 62, 70)]), np.float32)
    bgn = np.random.default_rng(rr.randrange(1 << 30)).normal(0, 9, (H // 8, W // 8, 1)).astype(np.float32)
    bgimg = base + cv2.resize(bgn, (W, H))[:, :, None]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda m: rr.uniform(-m, m)
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(60) + 40, oy + j(50) + 30], [ox + w + j(60) - 40, oy + j(50) + 10], [ox + w + j(50) + 10, oy + h + j(40) - 10], [ox + j(50) - 10, oy + h + j(40) - 20]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (W, H), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (W, H))[:, :, None]
    out = warped * mask + bgimg * (1 - mask)
    # uneven light: linear gradient + vignette + soft shadow blob
    X, Y = np.meshgrid(np.linspace(-1, 1, W), np.linspace(-1, 1, H))
    gx, gy = rr.uniform(-.3, .3), rr.uniform(-.3, .3)
    light = 1 + gx * X + gy * Y - rr.uniform(.15, .3) * (X ** 2 + Y ** 2)
    if rr.random() < .6:
        cx, cy = rr.uniform(-.8, .8), rr.uniform(-.8, .8)
        light -= rr.uniform(.15, .3) * np.exp(-(((X - cx) ** 2) / .15 + ((Y - cy) ** 2) / .5))
    out = out * light[:, :, None] * np.array([1.04, 1.0, rr.uniform(.82, .92)], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rr.uniform(.6, 1.1))
    out = out + np.random.default_rng(rr.randrange(1 << 30)).normal(0, rr.uniform(5, 10), out.shape).astype(np.float32)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    def mp(pts):
        return cv2.perspectiveTransform(np.array([pts], np.float64), Hm)[0]
    return im, mp

def make_image_file(src_pdf, dst, kind, seed, edit_hook=None):
    """kind: scan_jpg, scan_png, scan_pdf, photo_jpg.  Returns info for later edits."""
    rr = random.Random(seed)
    dpi = rr.choice([150, 170, 200]) if kind.startswith('scan') else rr.choice([150, 165])
    pages = None if kind == 'scan_pdf' else [0]
    rendered = render_pages(src_pdf, dpi, pages)
    ims = []; maps = []
    for img, ph in rendered:
        if edit_hook: img = edit_hook(img)
        im, mp = degrade_scan(img, rr) if kind.startswith('scan') else degrade_photo(img, rr)
        def pt2px(x, y, mp=mp, ph=ph): return mp([(x * dpi / 72, (ph - y) * dpi / 72)])[0]
        ims.append(im); maps.append(pt2px)
    q = rr.randint(38, 70) if kind.startswith('scan') else rr.randint(70, 86)
    save_images(ims, dst, kind, q)
    return dict(kind=kind, dpi=dpi, maps=maps, quality=q, src_pdf=src_pdf, seed=seed)

def save_images(ims, dst, kind, q):
    if kind in ('scan_jpg', 'photo_jpg'): ims[0].save(dst, 'JPEG', quality=q)
    elif kind == 'scan_png':
        im = ims[0].convert('L'); im.save(dst, 'PNG', optimize=True)
    else:
        jp = []
        for im in ims:
            b = io.BytesIO(); im.save(b, 'JPEG', quality=q); b.seek(0); jp.append(Image.open(b))
        jp[0].save(dst, 'PDF', resolution=int(jp[0].width / 8.27), save_all=True, append_images=jp[1:])

# ---------------------------------------------------------------- image edits
def load_edit_images(path, kind):
    if kind == 'scan_pdf':
        rd = pypdf.PdfReader(path); return [pg.images[0].image.convert('RGB') if pg.images[0].image.mode != 'L' else pg.images[0].image for pg in rd.pages]
    return [Image.open(path).copy()]

def px_box(info, pi, rect, pad=0):
    l, b, r, t = rect; mp = info['maps'][pi]
    pts = np.array([mp(l, b), mp(r, b), mp(r, t), mp(l, t)])
    return (int(pts[:, 0].min()) - pad, int(pts[:, 1].min()) - pad, int(math.ceil(pts[:, 0].max())) + pad, int(math.ceil(pts[:, 1].max())) + pad)

def image_paste(src, info, dst, repls, rr):
    ims = load_edit_images(src, info['kind'])
    for occ, new in repls:
        pi = occ[0]; im = ims[pi]; mode = im.mode; im = im.convert('RGB')
        x0, y0, x1, y1 = px_box(info, pi, occ[1], pad=2)
        a = np.asarray(im).astype(np.int16)
        ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), a[y1:y1 + 4, x0:x1].reshape(-1, 3)])
        bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 245)
        reg = a[y0:y1, x0:x1].reshape(-1, 3); ink = tuple(int(v) for v in np.percentile(reg, 4, axis=0)) if len(reg) else (30, 30, 30)
        numeric = bool(re.fullmatch(r'[\d\s.,:/-]+', new))
        dr = ImageDraw.Draw(im)
        hpx = (y1 - y0 - 4); ff = rr.choice([DJV, DJVB, DJVC]) if not re.search(r'[\u3000-\u9fff]', new) else WQY
        fs = max(8, int(hpx / .78)); fnt = ImageFont.truetype(ff, fs); tb = dr.textbbox((0, 0), new, font=fnt)
        if numeric:
            lim = (x1 - x0) * max(1.1, len(new) / max(1, len(occ[4])) * 1.02)
            while tb[2] - tb[0] > lim and fs > 8: fs -= 1; fnt = ImageFont.truetype(ff, fs); tb = dr.textbbox((0, 0), new, font=fnt)
        tx = (x1 - 2 - (tb[2] - tb[0])) if numeric else x0 + 2
        dr.rectangle([min(x0, tx - 2), y0, max(x1, tx + tb[2] - tb[0] + 2), y1], fill=bg)
        dr.text((tx - tb[0], y0 + 2 - tb[1] + (hpx - (tb[3] - tb[1])) // 2), new, fill=ink, font=fnt)
        if rr.random() < .5: im = im.filter(ImageFilter.GaussianBlur(.6))
        ims[pi] = im.convert(mode) if mode == 'L' else im
    save_images(ims, dst, info['kind'], rr.choice([info['quality'], 85, 92, 95]))

def page_chars(pdf, pi):
    d = pdfium.PdfDocument(pdf); tp = d[pi].get_textpage(); n = tp.count_chars(); txt = tp.get_text_range(0, n)
    out = [(txt[i], tp.get_charbox(i)) for i in range(min(n, len(txt))) if not txt[i].isspace()]
    d.close(); return out

def image_clone(src, info, dst, occ, new, rr):
    """copy glyphs that already exist elsewhere in the same picture onto the changed characters"""
    ims = load_edit_images(src, info['kind']); pi = occ[0]; im = ims[pi].copy()
    chars = page_chars(info['src_pdf'], pi); old = occ[4]
    done = 0; new = re.sub(r'\s', '', new)
    for i, (o, n) in enumerate(zip(old, new)):
        if o == n: continue
        tb = occ[2][i]; th = tb[3] - tb[1]
        cands = [c for c in chars if c[0] == n and abs((c[1][3] - c[1][1]) - th) < .2 * th and not (abs(c[1][0] - tb[0]) < .5 and abs(c[1][1] - tb[1]) < .5)]
        if not cands: cands = [c for c in chars if c[0] == n]
        if not cands: raise RuntimeError('no glyph ' + n)
        sb = rr.choice(cands)[1]
        sx = px_box(info, pi, sb, 1); tx = px_box(info, pi, tb, 1)
        patch = im.crop(sx).resize((max(1, tx[2] - tx[0]), max(1, tx[3] - tx[1])))
        im.paste(patch, tx[:2]); done += 1
    ims[pi] = im
    save_images(ims, dst, info['kind'], rr.choice([info['quality'], 90]))
    return done

# ---------------------------------------------------------------- PDF edits
def overlay_edit(src, dst, repls, rr, incremental=False, rasterize=False, producer=None):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts()
    rd = pypdf.PdfReader(src)
    by_page = {}
    for occ, new in repls: by_page.setdefault(occ[0], []).append((occ, new))
    w = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=rd)
    fontname = rr.choice(['Helvetica', 'Helvetica', 'DejaVu', 'Helvetica-Bold'])
    for pi, lst in by_page.items():
        pg = w.pages[pi]; W_, H_ = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W_, H_))
        for occ, new in lst:
            l, b, r, t = occ[1]; hgt = t - b; fs = max(5, hgt / .72)
            f = fontname
            if re.search(r'[\u3000-\u9fff\uff00-\uffef]', new): f = 'WQY'
            elif not all(ord(ch) < 256 or ch in '€' for ch in new): f = 'DejaVu'
            numeric = bool(re.fullmatch(r'[\d\s.,:/-]+', new))
            nw = stringWidth(new, f, fs)
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1.2, b - 1.5, max(r - l, nw if not numeric else 0) + 2.4 + (nw - (r - l) if numeric and nw > r - l else 0) * 0, hgt + 3, stroke=0, fill=1)
            if numeric and nw > r - l: c.rect(r - nw - 1.2, b - 1.5, nw + 2.4, hgt + 3, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0); c.setFont(f, fs)
            if numeric: c.drawRightString(r, b + hgt * .02, new)
            else: c.drawString(l, b + hgt * .02, new)
        c.save(); buf.seek(0)
        pg.merge_page(pypdf.PdfReader(buf).pages[0])
    if producer: w.add_metadata({'/Producer': producer, '/ModDate': "D:20261%d%02d101122+01'00'" % (rr.randint(0, 1), rr.randint(1, 28))})
    if rasterize:
        tmp = dst + '.tmp.pdf'; w.write(tmp)
        rr2 = random.Random(rr.random())
        ims = [im for im, ph in render_pages(tmp, rr2.choice([120, 150]))]
        ims[0].save(dst, 'PDF', resolution=150, save_all=True, append_images=ims[1:]); os.remove(tmp)
    else:
        w.write(dst)

class Replacer:
    """repls: (old, new, anchor).  anchor None -> every string containing old (digit-bounded);
    else the first string equal to old that comes after a string containing anchor."""
    def __init__(self, repls): self.repls = [[o, n, a, a is None, False] for o, n, a in repls]; self.n = 0
    def feed(self, s):
        out = s
        for st in self.repls:
            old, new, anchor, seen, done = st
            if done: continue
            if not seen:
                if anchor in out: st[3] = True
                continue
            pat = r'(?<![\d])' + re.escape(old) + r'(?![\d])'
            if anchor is None and re.search(pat, out): out = re.sub(pat, new, out); self.n += 1
            elif anchor is not None and re.fullmatch(re.escape(old) + r'(\s+\S+)?', out.strip()): out = out.replace(old, new, 1); st[4] = True; self.n += 1
        return None if out == s else out

def pikepdf_replace(src, dst, repls, rr, decode='cp1252', keep_meta=True):
    pdf = pikepdf.open(src); rep = Replacer(repls)
    for page in pdf.pages:
        new_ops = []; hit = False
        for ins in pikepdf.parse_content_stream(page):
            if isinstance(ins, pikepdf.ContentStreamInlineImage): new_ops.append(ins); continue
            operands, op = list(ins.operands), ins.operator
            if str(op) in ('Tj', "'", '"') and operands:
                s = bytes(operands[-1]).decode(decode, 'replace'); ns = rep.feed(s)
                if ns is not None: operands[-1] = pikepdf.String(ns.encode(decode)); hit = True
            elif str(op) == 'TJ':
                arr = []
                for x in operands[0]:
                    if isinstance(x, pikepdf.String):
                        ns = rep.feed(bytes(x).decode(decode, 'replace'))
                        if ns is not None: x = pikepdf.String(ns.encode(decode)); hit = True
                    arr.append(x)
                operands = [pikepdf.Array(arr)]
            new_ops.append((operands, op))
        if hit: page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if not keep_meta:
        with pdf.open_metadata(set_pikepdf_as_editor=True) as m: m['xmp:ModifyDate'] = '2026-11-%02dT10:12:00+01:00' % rr.randint(1, 28)
    pdf.save(dst); return rep.n

def _raw(o):
    if getattr(o, 'original_bytes', None) is not None: return o.original_bytes
    return bytes(o) if not isinstance(o, str) else o.encode('latin-1', 'replace')

def pypdf_incremental_replace(src, dst, repls, rr, decode='cp1252'):
    from pypdf.generic import ContentStream, ByteStringObject, ArrayObject
    w = pypdf.PdfWriter(src, incremental=True); rep = Replacer(repls)
    for pg in w.pages:
        cs = ContentStream(pg.get_contents(), w); newops = []; hit = False
        for o, op in cs.operations:
            o = list(o)
            if op in (b'Tj', b"'", b'"') and o:
                ns = rep.feed(_raw(o[-1]).decode(decode, 'replace'))
                if ns is not None: o[-1] = ByteStringObject(ns.encode(decode)); hit = True
            elif op == b'TJ':
                arr = []
                for x in o[0]:
                    if isinstance(x, (str, bytes)):
                        ns = rep.feed(_raw(x).decode(decode, 'replace'))
                        if ns is not None: x = ByteStringObject(ns.encode(decode)); hit = True
                    arr.append(x)
                o = [ArrayObject(arr)]
            newops.append((o, op))
        if hit: cs.operations = newops; pg.replace_contents(cs)
    w.write(dst); return rep.n

# ---------------------------------------------------------------- letter (non-invoice)
def letter_docx(k, path):
    from docx import Document
    from docx.shared import Pt
    r = random.Random(7000 + k); s = SUPPLIERS['IN'][0]; d = rand_date(r)
    doc = Document(); doc.styles['Normal'].font.name = 'DejaVu Serif'; doc.styles['Normal'].font.size = Pt(10)
    p = doc.add_paragraph(); ru = p.add_run(s['name']); ru.bold = True; ru.font.size = Pt(15)
    p.add_run('\n' + ', '.join(s['lines']) + '\n' + s['tax'] + ' · ' + s['extra'])
    doc.add_paragraph(f'Ref: SEL/ACC/{d.year}/{40 + k}\nDate: {fmtdate(d, "en_abbr")}')
    doc.add_paragraph('To,\nThe Accounts Department\nWartex Elektronika Sp. z o.o.\nul. Garbary 71/3, 61-758 Poznań, Poland')
    doc.add_paragraph('Subject: Change of bank account for remittances and revised price schedule').runs[0].bold = True
    doc.add_paragraph('Dear Sir/Madam,')
    doc.add_paragraph('We wish to inform you that with effect from the first day of next month all payments against our export invoices '
                      'should be remitted to our new account with State Bank of India, Gandhinagar Branch, A/c No. 41187200093, IFSC SBIN0011870, '
                      'SWIFT SBININBB412. Payments against invoices already issued may be made to the old account until the end of this quarter.')
    doc.add_paragraph('Kindly also note that due to the increase in copper prices, prices of all cable items (HSN 8544) will be revised by 4% '
                      'for orders placed after this date. Orders already confirmed will be honoured at the old prices.')
    doc.add_paragraph('We thank you for your continued business and request you to update your records accordingly.')
    doc.add_paragraph(f'Yours faithfully,\nfor {s["name"]}\n\n\nNilesh Patel\nDirector – Finance')
    doc.save(path)
    return dict(date=d, supplier=s['name'], buyer='Wartex Elektronika Sp. z o.o.')

# ---------------------------------------------------------------- main
def pages_of(path):
    if path.lower().endswith('.pdf'): return len(pypdf.PdfReader(path).pages)
    return 1

def main():
    for dname in (OUT, TMP): shutil.rmtree(dname, ignore_errors=True); os.makedirs(dname)
    os.makedirs(ENV['HOME'], exist_ok=True)
    G = random.Random(5)
    AR = iter(['line', 'sum', 'tax', 'subtotal', 'line', 'sum', 'tax', 'line'])
    plan = []   # (producer, country, lang, style, doc_type, n_items, arith)
    def add(prod, specs):
        for sp in specs:
            sp = list(sp) + [None] * (6 - len(sp))
            c, l, st, dt_, n, ar = sp
            plan.append(dict(producer=prod, country=c, lang=l, style=st or 'generic', doc_type=dt_ or 'invoice', n=n, arith=ar))
    A = lambda: next(AR)
    add('html_chromium', [('IN', 'en', 'gst'), ('IN', 'en', 'gst'), ('IN', 'en', 'gst'), ('CN', 'zh', 'cnvat'), ('CN', 'zh', 'cnvat'), ('CN', 'zh', 'cnvat'),
        ('JP', 'ja', 'jp'), ('JP', 'ja', 'jp'), ('JP', 'ja', 'jp', 'receipt', 2), ('DE', 'de', None, None, None, A()), ('DE', 'de'), ('PL', 'pl'), ('PL', 'pl'),
        ('FR', 'fr'), ('IT', 'it'), ('ES', 'es'), ('NL', 'nl'), ('CN', 'en'), ('CN', 'en', None, None, 38), ('DE', 'en')])
    add('html_weasyprint', [('IN', 'en', 'gst'), ('IN', 'en', 'gst', None, 7), ('CN', 'zh', 'cnvat'), ('JP', 'ja', 'jp'), ('PL', 'pl', None, None, None, A()),
        ('PL', 'pl', None, None, 34), ('PL', 'pl', None, 'credit_note', 2), ('DE', 'de'), ('DE', 'de', None, 'proforma'), ('FR', 'fr'), ('IT', 'it'),
        ('NL', 'nl', None, None, 30), ('CN', 'en'), ('CN', 'en', None, 'proforma'), ('ES', 'es'), ('JP', 'en')])
    add('reportlab', [('DE', 'de'), ('DE', 'de', None, None, 42), ('DE', 'de', None, 'credit_note', 2), ('DE', 'de', None, 'receipt', 2), ('FR', 'fr'), ('FR', 'fr'),
        ('IT', 'it'), ('IT', 'it'), ('ES', 'es', None, None, None, A()), ('ES', 'es'), ('NL', 'nl'), ('NL', 'nl'), ('CN', 'en', None, None, None, A()),
        ('CN', 'en', None, None, 45), ('CN', 'en'), ('IN', 'en'), ('IN', 'en'), ('PL', 'pl'), ('PL', 'pl'), ('JP', 'en')])
    add('fpdf2', [('DE', 'de'), ('DE', 'de'), ('DE', 'en'), ('CN', 'en'), ('CN', 'en', None, None, 40), ('CN', 'en', None, 'receipt', 3), ('IN', 'en', None, None, None, A()),
        ('IN', 'en'), ('NL', 'nl'), ('IT', 'it'), ('ES', 'es'), ('FR', 'fr'), ('PL', 'pl'), ('CN', 'zh')])
    add('soffice_calc', [('PL', 'pl', None, None, None, A()), ('PL', 'pl'), ('PL', 'pl', None, None, 28), ('DE', 'de'), ('DE', 'de'), ('CN', 'en'), ('CN', 'en'),
        ('IN', 'en'), ('IT', 'it'), ('NL', 'nl')])
    add('docx_soffice', [('PL', 'pl'), ('PL', 'pl'), ('DE', 'de'), ('FR', 'fr'), ('ES', 'es'), ('IT', 'it'), ('CN', 'en', None, None, None, A()), ('CN', 'en'),
        ('IN', 'en'), ('JP', 'en')])
    scans = [('PL', 'pl', None, None, None, A()), ('PL', 'pl'), ('PL', 'pl'), ('PL', 'pl', None, None, 26), ('DE', 'de'), ('DE', 'de'), ('DE', 'de'),
             ('IN', 'en', 'gst'), ('IN', 'en', 'gst'), ('CN', 'en'), ('CN', 'en'), ('CN', 'zh', 'cnvat'), ('JP', 'ja', 'jp'), ('IT', 'it')]
    kinds = ['scan_jpg', 'scan_png', 'scan_pdf', 'scan_pdf', 'scan_jpg', 'scan_png', 'scan_jpg', 'scan_jpg', 'scan_pdf', 'scan_jpg', 'scan_png', 'scan_jpg', 'scan_pdf', 'scan_pdf']
    for sp, kd in zip(scans, kinds): add(kd, [sp])
    add('photo_jpg', [('CN', 'en'), ('CN', 'en'), ('CN', 'en'), ('PL', 'pl'), ('PL', 'pl'), ('DE', 'de'), ('DE', 'de'), ('IN', 'en', 'gst')])
    # non-invoices
    add('reportlab', [('CN', 'en', None, 'packing_list', 6)]); add('photo_jpg', [('CN', 'en', None, 'packing_list', 5)])
    add('docx_soffice', [('DE', 'en', None, 'purchase_order', 4)]); add('soffice_calc', [('PL', 'pl', None, 'purchase_order', 5)])
    add('html_weasyprint', [('FR', 'fr', None, 'quotation', 4)]); add('html_chromium', [('JP', 'ja', None, 'quotation', 3)])
    add('fpdf2', [('DE', 'de', None, 'delivery_note', 5)]); add('photo_jpg', [('PL', 'pl', None, 'delivery_note', 4)])
    add('reportlab', [('NL', 'nl', None, 'price_list', 14)]); plan.append(dict(producer='docx_soffice', doc_type='letter'))
    # shuffle file ids
    ids = list(range(1, len(plan) + 45)); G.shuffle(ids); idit = iter(ids)
    recs = []; pending_soffice = []
    for k, p in enumerate(plan):
        fid = next(idit); rec = dict(plan=p, k=k)
        if p['doc_type'] == 'letter':
            path = os.path.join(TMP, f'src_{k:03d}.docx'); info = letter_docx(k, path)
            rec.update(doc=None, src=path, letter=info, file=f'doc_{fid:03d}.pdf'); pending_soffice.append(rec); recs.append(rec); continue
        r = random.Random(900 + k)
        doc = build_doc(k, p['country'], p['lang'], p['doc_type'], p['style'], p['n'], arith=p['arith'], r=r)
        rec['doc'] = doc; prod = p['producer']
        base = os.path.join(TMP, f'src_{k:03d}')
        if prod in ('html_chromium', 'html_weasyprint'):
            htm = html_for(doc, r.choice(['saas', 'erp']))
            (render_chromium if prod == 'html_chromium' else render_weasy)(htm, base + '.pdf')
            rec['file'] = f'doc_{fid:03d}.pdf'; shutil.copy(base + '.pdf', os.path.join(OUT, rec['file']))
        elif prod == 'reportlab':
            rl_render(doc, base + '.pdf', r.choice('AB')); rec['file'] = f'doc_{fid:03d}.pdf'; shutil.copy(base + '.pdf', os.path.join(OUT, rec['file']))
        elif prod == 'fpdf2':
            fpdf_render(doc, base + '.pdf', r.choice('AB')); rec['file'] = f'doc_{fid:03d}.pdf'; shutil.copy(base + '.pdf', os.path.join(OUT, rec['file']))
        elif prod == 'soffice_calc':
            fods_write(doc, base + '.fods'); rec['src'] = base + '.fods'; rec['file'] = f'doc_{fid:03d}.pdf'; pending_soffice.append(rec)
        elif prod == 'docx_soffice':
            docx_write(doc, base + '.docx'); rec['src'] = base + '.docx'; rec['file'] = f'doc_{fid:03d}.pdf'; pending_soffice.append(rec)
        else:   # scans / photos: paper original printed from some accounting package
            sp = r.choice(['weasy', 'rl', 'chromium']) if doc['style'] == 'generic' else 'weasy'
            if sp == 'rl': rl_render(doc, base + '.pdf', r.choice('AB'))
            else: (render_chromium if sp == 'chromium' else render_weasy)(html_for(doc, r.choice(['saas', 'erp'])), base + '.pdf')
            ext = {'scan_jpg': '.jpg', 'scan_png': '.png', 'scan_pdf': '.pdf', 'photo_jpg': '.jpg'}[prod]
            rec['file'] = f'doc_{fid:03d}{ext}'
            rec['img'] = make_image_file(base + '.pdf', os.path.join(OUT, rec['file']), prod, 4000 + k)
            rec['src_pdf'] = base + '.pdf'
        recs.append(rec)
        print('made', rec['file'], prod, p['country'], p['lang'], p['doc_type'], flush=True)
    soffice_convert([x['src'] for x in pending_soffice], TMP)
    for x in pending_soffice:
        pdf = x['src'].rsplit('.', 1)[0] + '.pdf'; shutil.copy(pdf, os.path.join(OUT, x['file']))
    labels = []
    for x in recs:
        p = x['plan']; d = x['doc']
        if d is None:
            labels.append(dict(file=x['file'], genuine=True, edit_method=None, what_changed=[], producer='docx_soffice', language='en', is_invoice=False,
                               doc_type='other', date=x['letter']['date'].isoformat(), total=None, currency=None, supplier=x['letter']['supplier'],
                               buyer=x['letter']['buyer'], pages=pages_of(os.path.join(OUT, x['file'])), arithmetic_error=False, note='supplier letter (bank change)'))
            continue
        dtp = {'price_list': 'other'}.get(d['doc_type'], d['doc_type'])
        if d['style'] == 'gst' or (d['style'] == 'cnvat'): dtp = 'tax_invoice'
        src_pdf = x.get('src_pdf') or os.path.join(OUT, x['file'])
        if x['file'].endswith('.pdf') and 'src' in x: src_pdf = x['src'].rsplit('.', 1)[0] + '.pdf'
        x['src_pdf'] = src_pdf
        labels.append(dict(file=x['file'], genuine=True, edit_method=None, what_changed=[], producer=p['producer'], language=d['lang'],
                           is_invoice=d['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=dtp, date=d['date'].isoformat(),
                           total=d['label_total'], currency=d['cur'] if d['label_total'] or d['doc_type'] == 'price_list' else None,
                           supplier=d['supplier_name'], buyer=d['buyer_name'] if d['doc_type'] != 'price_list' else None,
                           pages=pages_of(os.path.join(OUT, x['file'])), arithmetic_error=bool(d['arith']),
                           **({'arithmetic_note': d['arith']} if d['arith'] else {})))
        x['label'] = labels[-1]
    edits = make_edits(recs, idit)
    labels += edits
    with open(os.path.join(BASE, 'labels.jsonl'), 'w') as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + '\n')
    check()

# ---------------------------------------------------------------- edited copies
FAKE_SUPPLIERS = {'zh': '深圳市明辉光电科技有限公司', 'ja': '株式会社ミナト電子商会', 'de': 'Rheinland Elektronik Vertrieb GmbH',
                  'default': 'Orion Bright Electronics Ltd.'}
def parse_num(s, nf):
    if nf in ('dot_comma',): s = s.replace('.', '').replace(',', '.')
    elif nf in ('space_comma',): s = s.replace(' ', '').replace(',', '.')
    else: s = s.replace(',', '')
    return D(s)

def method_glue(d): return True

def plan_change(x, what, rr, literal=False, clone=False):
    d = x['doc']; nf = 'plain' if d['style'] == 'cnvat' else d['nf']; fm = lambda v: fmtnum(v, nf)
    quant = q0 if d['cur'] == 'JPY' else q2
    ch = []; lab = {}
    if what == 'buyer':
        pool = [b for b in FAKE_BUYERS if not literal or b.encode('cp1252', 'ignore').decode('cp1252') == b]
        new = {'zh': '深圳市恒通达贸易有限公司', 'ja': '株式会社ブライトカート'}.get(d['lang'], rr.choice(pool))
        ch = [(d['buyer_name'], new, None)]; lab['buyer'] = new; wc = ['buyer']
    elif what == 'supplier':
        new = FAKE_SUPPLIERS.get(d['lang'], FAKE_SUPPLIERS['default'])
        ch = [(d['supplier_name'], new, None)]; lab['supplier'] = new; wc = ['supplier']
    elif what == 'date':
        if clone:
            y = d['date'].year; nd = d['date'].replace(year=y - 1, day=min(d['date'].day, 28))
            if nd.day != d['date'].day or str(y) not in d['date_str']: return None
            new = d['date_str'].replace(str(y), str(y - 1))
        else:
            nd = d['date'] - dt.timedelta(days=rr.randint(75, 420)); new = fmtdate(nd, d['df'])
        ch = [(d['date_str'], new, None)]; lab['date'] = nd.isoformat(); wc = ['date']
    elif what == 'total':
        old = fmtnum(d['shown']['total'], nf)
        if clone:
            first = old[0]; cands = [c for c in '98765432' if c > first] or ['9']
            new = rr.choice(cands[:3]) + old[1:]; nt = parse_num(new, nf)
            ch = [(old, new, None)]; lab['total'] = str(quant(nt)); return dict(changes=ch, lab=lab, what=['total'])
        else:
            nt = quant(d['shown']['total'] * D(str(rr.choice([1.8, 2.5, 3, 4, 10])))) if rr.random() < .7 else d['shown']['total'] + quant(D(rr.choice([1000, 5000, 250])) * FX[d['cur']])
            new = fm(nt)
        pre = d['curpat'].split('{n}')[0]
        if d['style'] not in ('cnvat',) and pre and not pre.endswith(' ') and method_glue(d):
            old, new = pre + old, pre + new
        ch = [(old, new, None)]; lab['total'] = str(quant(nt)); wc = ['total']
    elif what in ('quantity', 'quantity_total'):
        rows = d['rows'][:3]; row = rr.choice(rows); q = row['qty']
        if clone:
            f = str(q)[0]; c = [x for x in '98765' if x > f]
            if not c: return None
            nq = int(rr.choice(c) + str(q)[1:])
        else: nq = q * 10 if rr.random() < .5 else q * rr.choice([2, 3, 5]) + rr.choice([0, 20, 50])
        anchor = row['desc'][:14] if d['style'] != 'cnvat' else row['desc'][:10]
        ch = [(str(q), str(nq), anchor)]; wc = ['quantity']
        if what == 'quantity_total':
            nn = quant(row['price'] * nq); ch.append((fmtnum(row['net_shown'], nf), fmtnum(nn, nf), anchor))
            nt = d['shown']['total'] + quant((nn - row['net_shown']) * (1 + D(d['rate']) / 100))
            pre = d['curpat'].split('{n}')[0]; pre = pre if (pre and not pre.endswith(' ') and d['style'] != 'cnvat') else ''
            ch.append((pre + fmtnum(d['shown']['total'], nf), pre + fm(nt), None)); lab['total'] = str(quant(nt)); wc = ['quantity', 'line_amount', 'total']
    return dict(changes=ch, lab=lab, what=wc)

def occurrences(pdf, changes):
    out = []
    for old, new, anchor in changes:
        occ = find_text(pdf, old, digits_boundary=bool(re.match(r'[\d]', old)))
        if anchor: occ = row_filter(pdf, occ, anchor)
        if not occ: return None
        out += [(o, new) for o in occ]
    return out

def make_edits(recs, idit):
    EG = random.Random(77)
    inv = [x for x in recs if x.get('doc') and x['label']['doc_type'] in ('invoice', 'tax_invoice', 'receipt') and not x['doc']['arith']]
    literal = [x for x in inv if x['plan']['producer'] in ('reportlab', 'fpdf2') and x['doc'].get('literal_text')]
    ovl = [x for x in inv if x['plan']['producer'] in ('html_chromium', 'html_weasyprint', 'soffice_calc', 'docx_soffice')]
    img = [x for x in inv if x['plan']['producer'] in ('scan_jpg', 'scan_png', 'photo_jpg')]
    spdf = [x for x in inv if x['plan']['producer'] == 'scan_pdf']
    for pl in (literal, ovl, img, spdf): EG.shuffle(pl)
    P = [('pikepdf_text_replace', literal, ['buyer', 'total', 'date', 'quantity', 'quantity_total', 'total', 'date', 'supplier']),
         ('pypdf_incremental_text', literal, ['total', 'date', 'buyer', 'quantity_total', 'total']),
         ('overlay_whitebox', ovl, ['buyer', 'total', 'date', 'quantity', 'total', 'date', 'buyer', 'supplier']),
         ('overlay_whitebox_incremental', ovl, ['total', 'date', 'quantity_total', 'buyer']),
         ('overlay_rasterized', ovl, ['total', 'buyer', 'date']),
         ('image_paste', img + spdf[:2], ['total', 'buyer', 'date', 'quantity', 'total', 'date']),
         ('image_clone', img, ['total', 'date', 'quantity']),
         ('edit_before_scan', spdf[2:] + img, ['total', 'buyer', 'date'])]
    used = set(); labels = []
    for method, pool, whats in P:
        for what in whats:
            for attempt in range(12):
                cands = [x for x in pool if x['file'] not in used]
                if not cands: break
                x = cands[0]; used.add(x['file'])
                rr = random.Random(EG.random())
                try:
                    lab = do_edit(x, method, what if attempt < 6 else EG.choice(['total', 'date', 'buyer']), rr, idit)
                except Exception as e:
                    print('  edit failed', method, what, x['file'], repr(e)[:120]); lab = None
                if lab: labels.append(lab); print('edited', lab['file'], method, lab['what_changed'], 'from', x['file'], flush=True); break
    return labels

def do_edit(x, method, what, rr, idit):
    d = x['doc']; src = x['src_pdf']; L0 = x['label']
    clone = method == 'image_clone'
    pc = plan_change(x, what, rr, literal=method in ('pikepdf_text_replace', 'pypdf_incremental_text'), clone=clone)
    if pc is None: return None
    ext = os.path.splitext(x['file'])[1]; fid = next(idit); dst = os.path.join(OUT, f'doc_{fid:03d}{ext}')
    note = ''
    if method in ('pikepdf_text_replace', 'pypdf_incremental_text'):
        enc = 'cp1252' if x['plan']['producer'] == 'reportlab' else 'latin-1'
        if method == 'pikepdf_text_replace':
            keep = rr.random() < .5
            n = pikepdf_replace(src, dst, pc['changes'], rr, enc, keep_meta=keep)
            note = 'text operands rewritten in the content stream, file re-written by qpdf' + ('' if keep else ', XMP ModifyDate added')
        else:
            n = pypdf_incremental_replace(src, dst, pc['changes'], rr, enc); note = 'content stream replaced in an incremental update appended to the original bytes'
        if n < len(pc['changes']): os.remove(dst); raise RuntimeError(f'only {n} replacements')
    elif method.startswith('overlay'):
        occ = occurrences(src, pc['changes'])
        if not occ: raise RuntimeError('text not found')
        prod = rr.choice([None, 'PDF Quick Editor 2.1', 'Smart PDF Fixer Online']) if method == 'overlay_whitebox' else None
        overlay_edit(src, dst, occ, rr, incremental=method.endswith('incremental'), rasterize=method == 'overlay_rasterized', producer=prod)
        note = {'overlay_whitebox': 'white rectangle + new text drawn with ReportLab, merged by pypdf, full rewrite' + (f'; Producer set to {prod}' if prod else ''),
                'overlay_whitebox_incremental': 'white rectangle + new text merged by pypdf and appended as incremental update',
                'overlay_rasterized': 'white-box overlay, then whole document rasterised to an image-only PDF'}[method]
    elif method == 'image_paste':
        occ = occurrences(src, pc['changes'])
        if not occ: raise RuntimeError('text not found')
        image_paste(os.path.join(OUT, x['file']), x['img'], dst, occ, rr)
        note = 'background-coloured patch with new text drawn by Pillow pasted into the degraded image, re-compressed'
    elif method == 'image_clone':
        occ = occurrences(src, pc['changes'])
        if not occ: raise RuntimeError('text not found')
        ims_file = os.path.join(OUT, x['file']); tmp = dst
        for i, (o, new) in enumerate(occ):
            image_clone(ims_file if i == 0 else tmp, x['img'], tmp, o, new, rr)
        note = 'digit glyphs copied from elsewhere in the same image over the changed characters'
    elif method == 'edit_before_scan':
        occ = occurrences(src, pc['changes'])
        if not occ: raise RuntimeError('text not found')
        ep = os.path.join(TMP, f'edited_{fid:03d}.pdf'); overlay_edit(src, ep, occ, rr)
        make_image_file(ep, dst, x['img']['kind'], x['img']['seed'])
        note = 'PDF overlay edit made before printing/scanning; same scanner degradation as the genuine copy'
    lab = dict(L0); lab.update(pc['lab'])
    lab.update(file=os.path.basename(dst), genuine=False, edit_method=method, what_changed=pc['what'], arithmetic_error=False,
               pages=pages_of(dst), source_file=x['file'], edit_note=note)
    lab.pop('arithmetic_note', None)
    return lab

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'))]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(OUT, l['file']))]
    extra = set(os.listdir(OUT)) - {l['file'] for l in labs}
    print(f'\nlabels: {len(labs)}  files on disk: {len(os.listdir(OUT))}  missing: {missing}  unlabelled: {sorted(extra)}')
    print('genuine:', sum(l['genuine'] for l in labs), ' edited:', sum(not l['genuine'] for l in labs),
          ' is_invoice:', sum(l['is_invoice'] for l in labs), ' arithmetic_error:', sum(l['arithmetic_error'] for l in labs))
    for key in ('producer', 'language', 'doc_type', 'edit_method'):
        print(key + ':', dict(Counter(str(l[key]) for l in labs).most_common()))
    print('what_changed:', dict(Counter(w for l in labs for w in l['what_changed']).most_common()))
    print('pages:', dict(Counter(l['pages'] for l in labs)))

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check': check()
    else: main()
