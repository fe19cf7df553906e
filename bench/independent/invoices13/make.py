#!/usr/bin/env python3
"""Invoice test set, back-office view of a small Osaka kitchenware/stationery Amazon seller.

Everything here is invented: companies, addresses, tax/registration numbers, amounts.
Writes files/ and labels.jsonl next to this script.  Run:  python make.py
"""
import os, io, json, math, random, shutil, subprocess, datetime as dt, html, copy, sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import cv2
import pypdfium2 as pdfium
import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "_work")
R = random.Random(1313)
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJVM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CJK = ("ja", "zh", "ko")

# ----------------------------------------------------------------------------- money / dates
DEC = {"JPY": 0, "KRW": 0, "USD": 2, "EUR": 2, "CNY": 2, "PLN": 2}


def q(x, cur, mode=ROUND_HALF_UP):
    e = D(1).scaleb(-DEC[cur])
    return D(x).quantize(e, rounding=mode)


def fnum(x, lang, dec, style=None):
    s = f"{x:,.{dec}f}"
    st = style or {"de": "dot", "it": "dot", "es": "dot", "nl": "dot", "fr": "space", "pl": "space"}.get(lang, "comma")
    if st == "dot":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif st == "space":
        s = s.replace(",", " ").replace(".", ",")
    return s


def fmoney(x, doc, sym=True):
    cur, lang = doc["currency"], doc["lang"]
    n = fnum(x, lang, DEC[cur], doc.get("numstyle"))
    if not sym:
        return n
    ms = doc.get("moneystyle", "sym")
    if cur == "JPY":
        return n + "円" if ms == "yen_kanji" else "¥" + n
    if cur == "CNY":
        return "¥" + n
    if cur == "KRW":
        return "₩" + n
    if cur == "USD":
        return n + " USD" if ms == "code" else ("US$" + n if ms == "usd" else "$" + n)
    if cur == "EUR":
        return "€ " + n if lang in ("nl", "it") and ms == "pre" else n + " €"
    if cur == "PLN":
        return n + " zł"
    return n


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fdate(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "mdy_us": return d.strftime("%m/%d/%Y")
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "kanji": return f"{d.year}年{d.month}月{d.day}日"
    if style == "kanji0": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "reiwa": return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if style == "hangul": return f"{d.year}년 {d.month}월 {d.day}일"
    if style == "en_long": return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "en_cn": return d.strftime("%b. %d, %Y").upper()
    if style == "en_uk": return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "es": return f"{d.day} de {m} de {d.year}"
        if lg == "de": return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)


def cn_upper(x):
    """Chinese financial uppercase for amounts (价税合计大写)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    x = q(x, "CNY")
    yuan = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000); n //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            started = False
            for pi in range(3, -1, -1):
                dgt = (g // 10 ** pi) % 10
                if dgt == 0:
                    if started or out:
                        zero_pending = True
                else:
                    if zero_pending and (started or out):
                        gs += "零"
                    zero_pending = False
                    gs += digits[dgt] + units[pi]
                    started = True
            out += gs + big[gi]
        s = out
    s += "圆"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += digits[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += digits[fen] + "分"
    return s


# ----------------------------------------------------------------------------- parties
US_JA = {"name": "株式会社かもめ台所文具", "addr": ["〒550-0013", "大阪府大阪市西区新町五丁目8番21号", "かもめビル3F"],
         "tel": "06-6538-41xx".replace("xx", "27"), "person": "仕入担当 田中 美咲"}
US_EN = {"name": "Kamome Daidokoro Bungu Co., Ltd.", "addr": ["3F Kamome Bldg., 5-8-21 Shinmachi, Nishi-ku", "Osaka 550-0013, Japan"],
         "tel": "+81-6-6538-4127", "person": "Attn: Misaki Tanaka (Purchasing)"}
US_USA = {"name": "Kamome Trading USA LLC", "addr": ["c/o Lakeview Prep & Ship, 4410 Harmon Ave, Unit 7", "Columbus, OH 43223, USA"],
          "tel": "+1 614-555-0182", "person": "Attn: Ken Tanaka"}
US_EU = {"name": "Kamome Europe B.V.", "addr": ["Waalhaven Oostzijde 118", "3087 BM Rotterdam, Nederland"],
         "tel": "+31 10 555 0192", "person": "BTW: NL86xx47213B01".replace("xx", "52")}
US_CNAGENT = {"name": "深圳市鸥联供应链管理有限公司", "addr": ["深圳市龙华区民治街道华联路38号鸥联大厦1206室"],
              "tel": "0755-2371-6604", "taxid": "91440300MA5HK7Q23R"}
ALT_BUYERS = {  # names a panicking seller might put in
    "ja": ["株式会社かもめ商事", "かもめリビング合同会社", "株式会社カモメ・トレーディング"],
    "en": ["Kamome Trading Co., Ltd.", "KMD Living Japan Inc.", "Seagull Home Goods K.K."],
}


def jp_tnum(r):
    return "T" + "".join(str(r.randint(0, 9)) for _ in range(13))


SUP = {
    "ja": [
        dict(key="naniwa", name="株式会社浪速厨房卸", addr=["〒542-0081", "大阪府大阪市中央区南船場2丁目11-4"], tel="06-6263-77xx", fax="06-6263-7790", cat="kitchen", old=True),
        dict(key="sekime", name="有限会社関目文具商会", addr=["〒536-0008", "大阪府大阪市城東区関目3-14-9"], tel="06-6931-2204", fax="06-6931-2205", cat="stationery", old=True),
        dict(key="tsuru", name="株式会社鶴橋金物製作所", addr=["〒544-0031", "大阪府大阪市生野区鶴橋1-7-30"], tel="06-6711-3390", fax="06-6711-3391", cat="kitchen"),
        dict(key="marufuku", name="丸福紙工株式会社", addr=["〒577-0065", "大阪府東大阪市高井田中2-5-16"], tel="06-6781-5521", fax="06-6781-5522", cat="stationery"),
        dict(key="hibari", name="株式会社ひばり文具", addr=["〒111-0043", "東京都台東区駒形1-9-12 ひばりビル"], tel="03-3841-6610", fax="03-3841-6611", cat="stationery"),
        dict(key="aoba", name="青葉製茶株式会社", addr=["〒428-0011", "静岡県島田市向谷元町4-18"], tel="0547-36-2281", fax="0547-36-2282", cat="tea"),
        dict(key="kasumi", name="霞ヶ浦ポリ容器株式会社", addr=["〒300-0811", "茨城県土浦市上高津1822-3"], tel="029-821-4471", fax="029-821-4472", cat="kitchen"),
    ],
    "ja_store": [
        dict(key="maruyama", name="デンキのマルヤマ 日本橋本店", corp="株式会社マルヤマ電機", addr=["大阪市浪速区日本橋4-3-19"], tel="06-6641-0801", cat="electronics"),
        dict(key="hayabusa", name="ハヤブサ電機 梅田店", corp="ハヤブサ電機株式会社", addr=["大阪市北区芝田2-6-1"], tel="06-6375-2288", cat="electronics"),
        dict(key="oasis", name="オフィスデポ長堀", corp="株式会社オアシス事務機", addr=["大阪市中央区島之内1-20-5"], tel="06-6251-9030", cat="electronics"),
    ],
    "zh": [
        dict(key="haiou", name="宁波海鸥厨具有限公司", en="Ningbo Haiou Kitchenware Co., Ltd.", addr=["浙江省宁波市鄞州区姜山镇工业园区明光路88号"],
             en_addr=["No.88 Mingguang Rd, Jiangshan Industrial Zone, Yinzhou, Ningbo, Zhejiang, China"], taxid="91330212MA2CJ8R41X", tel="0574-8845-2301", cat="kitchen"),
        dict(key="chenxing", name="义乌市晨星文具厂", en="Yiwu Chenxing Stationery Factory", addr=["浙江省义乌市北苑街道春晗路256号"],
             en_addr=["No.256 Chunhan Rd, Beiyuan Street, Yiwu, Zhejiang, China"], taxid="92330782MA2E5L0P7K", tel="0579-8552-1687", cat="stationery"),
        dict(key="fengda", name="阳江市锋达刀剪制品有限公司", en="Yangjiang Fengda Knife & Scissors Products Co., Ltd.", addr=["广东省阳江市江城区银岭科技产业园锋达路3号"],
             en_addr=["No.3 Fengda Rd, Yinling Science Park, Jiangcheng, Yangjiang, Guangdong, China"], taxid="91441702MA4UQW3T8B", tel="0662-3381-905", cat="kitchen"),
        dict(key="caifeng", name="汕头市彩丰塑胶制品有限公司", en="Shantou Caifeng Plastic Products Co., Ltd.", addr=["广东省汕头市澄海区莲下镇工业区彩丰大道12号"],
             en_addr=["No.12 Caifeng Ave, Lianxia Industrial Area, Chenghai, Shantou, Guangdong, China"], taxid="91440515MA52X1N06D", tel="0754-8572-6630", cat="kitchen"),
    ],
    "en_us": [
        dict(key="prairie", name="Prairie Lane Paper Goods, Inc.", addr=["2217 SE Division Street", "Portland, OR 97202"], tel="(503) 555-0147", taxid="EIN 93-48xx215".replace("xx", "71"), cat="stationery"),
        dict(key="copper", name="Copperfield Kitchen Supply LLC", addr=["880 Industrial Pkwy, Suite B", "Mansfield, OH 44903"], tel="(419) 555-0133", taxid="EIN 31-5520846", cat="kitchen"),
    ],
    "ko": [
        dict(key="hanbit", name="(주)한빛리빙", en="Hanbit Living Co., Ltd.", addr=["인천광역시 남동구 남동서로 214 (고잔동)"], en_addr=["214 Namdongseo-ro, Namdong-gu, Incheon, Korea"],
             taxid="131-86-52047", ceo="박정우", tel="032-816-4470", cat="kitchen"),
    ],
    "de": [dict(key="klingen", name="Klingenwerk Hohenstein GmbH", addr=["Schleifergasse 14", "42697 Wupperhagen", "Deutschland"], tel="+49 212 5550 381",
                taxid="USt-IdNr.: DE318774502", extra=["Amtsgericht Wupperhagen HRB 20931", "Geschäftsführer: Jörg Hohenstein"], cat="kitchen")],
    "fr": [dict(key="marchal", name="Fonderie Marchal & Fils SAS", addr=["7, rue des Forges", "71300 Montceau-sur-Arroux", "France"], tel="+33 3 85 55 01 62",
                taxid="N° TVA : FR47 812 554 309", extra=["SAS au capital de 150 000 €", "SIRET 812 554 309 00027 – RCS Mâcon"], cat="kitchen")],
    "it": [dict(key="bellandi", name="Officina Caffè Bellandi S.r.l.", addr=["Via dei Ramai 22", "28887 Omegna Alta (VB)", "Italia"], tel="+39 0323 555 417",
                taxid="P.IVA IT02287410035", extra=["Cap. soc. € 50.000 i.v.", "REA VB-198345"], cat="kitchen")],
    "es": [dict(key="valdemora", name="Cerámicas Valdemora S.L.", addr=["Calle del Horno Viejo, 9", "12200 Onda (Castellón)", "España"], tel="+34 964 55 02 18",
                taxid="NIF: B12774590", extra=["Inscrita en el R.M. de Castellón, Tomo 1622, Folio 88"], cat="kitchen")],
    "pl": [dict(key="emalia", name="Emalia Zagórze Sp. z o.o.", addr=["ul. Hutnicza 41", "38-530 Zagórze Dolne", "Polska"], tel="+48 13 555 20 14",
                taxid="NIP: 687-221-40-93", extra=["KRS 0000544871, Sąd Rejonowy w Rzeszowie"], cat="kitchen")],
    "nl": [dict(key="linde", name="Schrijfwarenfabriek De Linde B.V.", addr=["Lindelaan 56", "5611 AK Eindhoven", "Nederland"], tel="+31 40 555 7710",
                taxid="Btw-nr.: NL861204377B01", extra=["KvK 17239042"], cat="stationery")],
}

ITEMS = {
    ("ja", "kitchen"): [("ステンレス片手鍋 18cm", "SP-18", "個", 1450, 4200), ("三徳包丁 165mm 黒柄", "KN-165B", "本", 980, 3800), ("シリコン菜箸 2膳組", "SC-02", "組", 180, 480),
                        ("ヒノキまな板 M", "HB-M", "枚", 900, 2600), ("キッチンスケール 1kg", "KS-1", "台", 650, 1900), ("アルミ弁当箱 2段", "BX-2", "個", 520, 1500),
                        ("計量スプーン 4本セット", "MS-4", "組", 120, 380), ("鉄製玉子焼き器 角型", "TY-15", "個", 1100, 2900), ("保存容器 700ml 3個組", "PC-700", "組", 310, 890),
                        ("おろし金 銅製 中", "OG-M", "個", 1800, 5200), ("ざる 21cm ステンレス", "ZR-21", "個", 260, 720)],
    ("ja", "stationery"): [("B5ノート 罫線6mm 5冊パック", "NB-B5", "パック", 240, 560), ("ゲルインクボールペン 0.5 黒", "GP-05K", "本", 48, 110), ("和紙マスキングテープ 15mm", "WT-15", "巻", 62, 150),
                           ("クリアファイル A4 10枚", "CF-A4", "袋", 95, 240), ("付箋 75×75 ミックス", "PS-75", "冊", 70, 190), ("製図用シャープペンシル 0.3", "SH-03", "本", 310, 820),
                           ("一筆箋 桜柄", "IP-SK", "冊", 88, 220), ("ダブルクリップ 中 10個", "DC-M", "箱", 105, 260), ("祝儀袋 水引 金銀", "SG-KG", "枚", 65, 180)],
    ("ja", "tea"): [("※ 煎茶ティーバッグ 5g×20袋", "TB-20", "袋", 210, 420), ("※ ほうじ茶 100g", "HJ-100", "袋", 260, 520), ("湯呑み 有田焼風 (陶器)", "YN-1", "個", 340, 900),
                    ("※ 抹茶入り玄米茶 200g", "GM-200", "袋", 310, 640), ("急須 250ml 常滑風", "KY-250", "個", 950, 2400)],
    ("ja", "electronics"): [("ラベルプリンター TP-220", "", "台", 8980, 24800), ("感熱ラベル 40×30mm 1000枚", "", "巻", 980, 1980), ("USB-Cケーブル 1m", "", "本", 880, 1680),
                            ("バーコードリーダー 有線", "", "台", 3980, 7980), ("トナーカートリッジ 黒", "", "個", 6480, 12800), ("LEDデスクライト", "", "台", 2980, 6980),
                            ("単3形電池 8本パック", "", "個", 598, 980), ("A4コピー用紙 500枚×5", "", "箱", 2480, 3980)],
    ("zh", "kitchen"): [("*日用杂品*不锈钢汤锅", "24cm", "个", 32, 95), ("*金属制品*厨房剪刀", "KS-210", "把", 6.5, 18), ("*日用杂品*硅胶铲", "SP-30", "把", 3.2, 8.6),
                        ("*日用杂品*保鲜盒", "700ml", "套", 5.1, 12), ("*金属制品*厨师刀", "8寸", "把", 18, 46), ("*日用杂品*竹制砧板", "35×25", "块", 11, 26)],
    ("zh", "stationery"): [("*纸制品*笔记本", "B5", "本", 2.1, 6.5), ("*文具*中性笔", "0.5mm", "支", 0.45, 1.3), ("*纸制品*和纸胶带", "15mm", "卷", 0.8, 2.4),
                           ("*文具*文件夹", "A4", "个", 0.9, 2.8), ("*纸制品*便利贴", "76×76", "本", 0.7, 1.9)],
    ("en", "kitchen"): [("Stainless steel saucepan 18cm w/ lid", "SP18L", "pcs", 3.1, 8.4), ("Chef knife 8\" POM handle", "CK8P", "pcs", 2.6, 7.9), ("Silicone spatula set (3 pcs)", "SS3", "sets", 0.95, 2.4),
                        ("Bamboo cutting board 35x25cm", "BB3525", "pcs", 2.2, 5.1), ("Food container 700ml, PP, 3pk", "FC700", "sets", 0.88, 2.1), ("Kitchen scissors, detachable", "KS210", "pcs", 1.05, 2.6),
                        ("Cast iron skillet 10\"", "CI10", "pcs", 9.5, 16.8), ("Measuring cup set, stainless", "MCS4", "sets", 2.3, 5.5)],
    ("en", "stationery"): [("B5 notebook, 6mm ruled, 40 sheets", "NB5R", "pcs", 0.31, 0.92), ("Gel pen 0.5mm black", "GP05", "pcs", 0.08, 0.22), ("Washi tape 15mm x 10m", "WT15", "rolls", 0.12, 0.36),
                           ("Sticky notes 76x76mm, 100 sh", "SN76", "pads", 0.10, 0.29), ("A4 clear folder, 10pk", "CF10", "packs", 0.35, 0.95), ("Letterpress greeting card w/ envelope", "LGC1", "pcs", 0.9, 2.6)],
    ("de", "kitchen"): [("Kochmesser 20 cm, Olivenholz", "KM-200-O", "Stk.", 24, 48), ("Santoku 17 cm, geschmiedet", "SA-170", "Stk.", 29, 55), ("Schälmesser 9 cm", "SM-090", "Stk.", 6.5, 13),
                        ("Wetzstahl 26 cm", "WS-260", "Stk.", 11, 21), ("Messerblock Buche, leer", "MB-B", "Stk.", 14, 27), ("Brotmesser 21 cm Wellenschliff", "BM-210", "Stk.", 17, 32)],
    ("fr", "kitchen"): [("Cocotte ronde fonte émaillée 24 cm", "CR24", "pce", 38, 72), ("Poêle fonte 26 cm", "PF26", "pce", 22, 41), ("Plat à four ovale 32 cm", "PO32", "pce", 19, 36),
                        ("Crêpière fonte 27 cm", "CP27", "pce", 17, 31), ("Dessous de plat fonte", "DP01", "pce", 5.5, 11)],
    ("it", "kitchen"): [("Caffettiera moka 3 tazze alluminio", "MK3", "pz", 8.5, 15), ("Caffettiera moka 6 tazze alluminio", "MK6", "pz", 11, 19.5), ("Guarnizione + filtro 3 tz", "GF3", "pz", 0.9, 2.1),
                        ("Lattiera inox 500 ml", "LT50", "pz", 6.2, 12), ("Caffettiera induzione 4 tz inox", "MI4", "pz", 19, 34)],
    ("es", "kitchen"): [("Cuenco cerámica 15 cm esmalte azul", "CU15A", "ud.", 2.4, 5.8), ("Plato llano 27 cm terracota", "PL27T", "ud.", 3.1, 7.2), ("Taza 300 ml gres", "TZ300", "ud.", 1.9, 4.6),
                        ("Cazuela barro 20 cm", "CZ20", "ud.", 4.2, 9.5), ("Aceitera cerámica 250 ml", "AC250", "ud.", 3.6, 7.9)],
    ("pl", "kitchen"): [("Garnek emaliowany 2,0 l kremowy", "GE-20K", "szt.", 31, 58), ("Kubek emaliowany 350 ml", "KE-350", "szt.", 7.5, 14), ("Czajnik emaliowany 2,5 l", "CZ-25", "szt.", 52, 89),
                        ("Rondel emaliowany 16 cm", "RE-16", "szt.", 24, 41), ("Miska emaliowana 20 cm", "ME-20", "szt.", 11, 19)],
    ("nl", "stationery"): [("Notitieboek A5 gelinieerd, linnen", "NA5-L", "st.", 3.4, 6.9), ("Schetsboek A4 140 g/m²", "SB-A4", "st.", 4.1, 8.2), ("Vulpen staal, fijne punt", "VP-F", "st.", 6.5, 14),
                           ("Inktpatronen blauw (6)", "IP-6B", "ds.", 0.9, 2.2), ("Agenda 2026 week-op-2-pagina's", "AG-26", "st.", 5.2, 11)],
    ("ko", "kitchen"): [("스테인리스 냄비 20cm / SS Pot 20cm", "SP-20", "EA", 11000, 26000), ("실리콘 주걱 / Silicone spatula", "SS-1", "EA", 1900, 4800), ("밀폐용기 1L / Food container 1L", "FC-1L", "EA", 2300, 5200),
                        ("도마 (항균) / Cutting board", "CB-M", "EA", 6500, 14000), ("텀블러 500ml / Tumbler", "TB-500", "EA", 5400, 11000)],
}

EN_COPPER_ITEMS = ITEMS[("en", "kitchen")]


def pick_items(lang, cat, n, cur, r, qty_range):
    pool = ITEMS[(lang, cat)]
    order = r.sample(pool, n) if n <= len(pool) else [pool[i % len(pool)] for i in range(n)]
    out = []
    for i, (desc, sku, unit, lo, hi) in enumerate(order):
        if n > len(pool) and i >= len(pool):
            desc = f"{desc} #{i // len(pool) + 1}"
            sku = f"{sku}-{i // len(pool) + 1}" if sku else sku
        price = D(str(r.uniform(lo, hi)))
        if cur == "JPY":
            price = q(price / 10, cur) * 10 if price > 300 else q(price, cur)
        elif cur == "KRW":
            price = q(price / 100, cur) * 100
        else:
            price = price.quantize(D("0.01"))
        out.append(dict(desc=desc, sku=sku, unit=unit, qty=r.choice(qty_range), price=price))
    return out


# ----------------------------------------------------------------------------- compute
def compute(doc):
    cur = doc["currency"]
    for it in doc["items"]:
        it["amount"] = q(it["qty"] * it["price"], cur)
        it.setdefault("rate", doc.get("rate", D(0)))
    sub = sum((it["amount"] for it in doc["items"]), D(0))
    disc = q(sub * doc.get("disc_pct", D(0)) / 100, cur) if doc.get("disc_pct") else D(0)
    ship = doc.get("ship", D(0))
    taxes = {}
    mode = doc.get("taxmode", "excl")
    if mode == "excl":
        base = {}
        for it in doc["items"]:
            base[it["rate"]] = base.get(it["rate"], D(0)) + it["amount"]
        if disc:
            top = max(base, key=lambda k: base[k])
            base[top] -= disc
        if ship:
            r0 = doc.get("rate", D(0))
            base[r0] = base.get(r0, D(0)) + ship
        for rt, b in base.items():
            if rt:
                taxes[rt] = (b, q(b * rt / 100, cur, ROUND_DOWN if cur == "JPY" else ROUND_HALF_UP))
        total = sub - disc + ship + sum((t for _, t in taxes.values()), D(0))
    elif mode == "incl":  # prices include tax (JP receipts)
        base = {}
        for it in doc["items"]:
            base[it["rate"]] = base.get(it["rate"], D(0)) + it["amount"]
        for rt, b in base.items():
            taxes[rt] = (b, q(b * rt / (100 + rt), cur, ROUND_DOWN))
        total = sub - disc + ship
    else:
        total = sub - disc + ship
    if doc.get("fapiao"):
        for it in doc["items"]:
            it["tax"] = q(it["amount"] * it["rate"] / 100, cur)
        t = sum((it["tax"] for it in doc["items"]), D(0))
        taxes = {doc["rate"]: (sub, t)}
        total = sub + t
    doc["calc"] = dict(sub=sub, disc=disc, ship=ship, taxes=taxes, total=total)
    # deliberate arithmetic mistake (printed values); labels follow the print
    err = doc.get("arith")
    doc["printed"] = dict(sub=sub, total=total, taxes=dict(taxes))
    if err == "line":
        it = doc["items"][min(1, len(doc["items"]) - 1)]
        it["amount"] = it["amount"] + (D(100) if DEC[cur] == 0 else D("10.00"))  # line typed wrong, sums follow the correct values
    elif err == "tax" and taxes:
        rt = sorted(taxes)[-1]
        b, t = taxes[rt]
        doc["printed"]["taxes"][rt] = (b, t + (D(10) if DEC[cur] == 0 else D("1.00")) * 9)
        doc["printed"]["total"] = total  # total keeps the correct value -> tax line does not add up
    elif err == "sum":
        doc["printed"]["total"] = total + (D(1000) if DEC[cur] == 0 else D("100.00"))
    elif err == "transpose":
        s = str(q(total, cur))
        ds = [c for c in s]
        idx = [i for i, c in enumerate(ds) if c.isdigit()]
        if len(idx) >= 3:
            a, b = idx[-3], idx[-2] if DEC[cur] == 0 else idx[-4]
            if ds[a] == ds[b]:
                ds[a] = str((int(ds[a]) + 1) % 10)
            else:
                ds[a], ds[b] = ds[b], ds[a]
        doc["printed"]["total"] = D("".join(ds))
    return doc


# ----------------------------------------------------------------------------- localised text
T = {
    "en": dict(inv="INVOICE", no="Invoice No.", date="Invoice Date", due="Due Date", bill="Bill To", ship_to="Ship To", desc="Description", sku="Item #", qty="Qty", unit="Unit",
               price="Unit Price", amt="Amount", sub="Subtotal", disc="Discount", ship="Shipping & Handling", tax="Sales Tax", total="Total", terms="Terms", bank="Remit to",
               page="Page", credit="CREDIT NOTE", proforma="PROFORMA INVOICE", receipt="RECEIPT", po="PURCHASE ORDER", quote="QUOTATION", pl="PACKING LIST", dn="DELIVERY NOTE"),
    "de": dict(inv="Rechnung", no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", bill="Rechnungsempfänger", desc="Bezeichnung", sku="Art.-Nr.", qty="Menge", unit="Einh.",
               price="Einzelpreis", amt="Gesamt", sub="Zwischensumme", disc="Rabatt", ship="Versandkosten", tax="USt.", total="Rechnungsbetrag", terms="Zahlungsbedingungen",
               bank="Bankverbindung", page="Seite", credit="Gutschrift", dn="Lieferschein"),
    "fr": dict(inv="FACTURE", no="Facture n°", date="Date de facture", due="Échéance", bill="Client", desc="Désignation", sku="Réf.", qty="Qté", unit="Unité", price="P.U. HT",
               amt="Montant HT", sub="Total HT", disc="Remise", ship="Frais de port", tax="TVA", total="Total TTC", terms="Conditions de paiement", bank="Coordonnées bancaires",
               page="Page", credit="AVOIR", other="TARIF"),
    "it": dict(inv="FATTURA", no="Fattura n.", date="Data", due="Scadenza", bill="Cliente", desc="Descrizione", sku="Cod.", qty="Q.tà", unit="U.M.", price="Prezzo unit.",
               amt="Importo", sub="Imponibile", disc="Sconto", ship="Spese di trasporto", tax="IVA", total="Totale documento", terms="Pagamento", bank="Coordinate bancarie", page="Pag.",
               proforma="FATTURA PROFORMA"),
    "es": dict(inv="FACTURA", no="N.º factura", date="Fecha", due="Vencimiento", bill="Cliente", desc="Descripción", sku="Ref.", qty="Cant.", unit="Ud.", price="Precio",
               amt="Importe", sub="Base imponible", disc="Descuento", ship="Portes", tax="IVA", total="TOTAL FACTURA", terms="Forma de pago", bank="Cuenta bancaria", page="Pág."),
    "pl": dict(inv="FAKTURA VAT", no="Nr faktury", date="Data wystawienia", due="Termin płatności", bill="Nabywca", desc="Nazwa towaru", sku="Symbol", qty="Ilość", unit="J.m.",
               price="Cena netto", amt="Wartość netto", sub="Razem netto", disc="Rabat", ship="Transport", tax="VAT", total="Do zapłaty", terms="Sposób płatności", bank="Rachunek bankowy",
               page="Strona"),
    "nl": dict(inv="FACTUUR", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", bill="Factuuradres", desc="Omschrijving", sku="Art.nr.", qty="Aantal", unit="Eenh.",
               price="Prijs", amt="Bedrag", sub="Subtotaal", disc="Korting", ship="Verzendkosten", tax="Btw", total="Totaal te betalen", terms="Betalingstermijn", bank="Bankgegevens",
               page="Pagina"),
    "ja": dict(inv="請求書", no="請求書番号", date="請求日", due="お支払期限", bill="", desc="品名", sku="品番", qty="数量", unit="単位", price="単価", amt="金額", sub="小計",
               disc="値引", ship="送料", tax="消費税", total="合計", terms="お支払条件", bank="お振込先", page="頁"),
    "zh": dict(inv="发票", no="发票号码", date="开票日期", desc="项目名称", sku="规格型号", qty="数量", unit="单位", price="单价", amt="金额", sub="合计", tax="税额", total="价税合计",
               page="页"),
    "ko": dict(inv="세금계산서 / TAX INVOICE", no="No.", date="작성일자 / Date", desc="품목 / Item", sku="규격", qty="수량 / Qty", unit="단위", price="단가 / Unit price", amt="공급가액 / Amount",
               sub="공급가액", tax="세액 / VAT", total="합계금액 / Total", page="Page"),
}


def title_of(doc):
    lang, dt_ = doc["lang"], doc["doc_type"]
    if doc.get("title"):
        return doc["title"]
    t = T[lang]
    return {"invoice": t["inv"], "credit_note": t.get("credit", t["inv"]), "proforma": t.get("proforma", t["inv"]), "receipt": t.get("receipt", t["inv"]),
            "purchase_order": t.get("po", t["inv"]), "quotation": t.get("quote", t["inv"]), "packing_list": t.get("pl", t["inv"]),
            "delivery_note": t.get("dn", t["inv"]), "tax_invoice": t["inv"], "other": t.get("other", "")}[dt_]


def view(doc):
    """Formatted strings shared by all layouts (so edits can find them again)."""
    t = T[doc["lang"]]
    p = doc["printed"]
    c = doc["calc"]
    V = dict(title=title_of(doc), number=doc["number"], date=fdate(doc["date"], doc["datestyle"]),
             due=fdate(doc["due"], doc["datestyle"]) if doc.get("due") else "", L=t)
    rows = []
    for i, it in enumerate(doc["items"], 1):
        rows.append(dict(n=str(i), desc=it["desc"], sku=it.get("sku", ""), qty=fnum(D(it["qty"]), doc["lang"], 0, doc.get("numstyle")), unit=it.get("unit", ""),
                         price=fmoney(it["price"], doc, sym=False), amt=fmoney(it["amount"], doc, sym=False),
                         rate=(f"{it['rate']}%" if it.get("rate") else ""), tax=fmoney(it.get("tax", D(0)), doc, sym=False)))
    V["rows"] = rows
    summ = []
    has_extra = c["disc"] or c["ship"] or p["taxes"]
    if has_extra or doc.get("show_sub"):
        summ.append((t["sub"], fmoney(p["sub"], doc)))
    if c["disc"]:
        summ.append((f"{t['disc']} ({doc['disc_pct']}%)", "-" + fmoney(c["disc"], doc)))
    if c["ship"]:
        summ.append((t["ship"], fmoney(c["ship"], doc)))
    for rt in sorted(p["taxes"], reverse=True):
        b, tx = p["taxes"][rt]
        lbl = f"{t['tax']} {rt}%" if doc["lang"] != "ja" else (f"消費税(10%)" if rt == 10 else "消費税(8%)※軽減")
        if doc.get("taxmode") == "incl":
            lbl = f"(内消費税 {rt}%)" if doc["lang"] == "ja" else f"(incl. tax {rt}%)"
        summ.append((lbl, fmoney(tx, doc)))
    V["summary"] = summ
    V["total"] = fmoney(p["total"], doc)
    V["total_num"] = fmoney(p["total"], doc, sym=False)
    V["total_label"] = t["total"]
    V["sup"] = doc["supplier"]
    V["buy"] = doc["buyer"]
    return V


def esc(s):
    return html.escape(str(s))


# ----------------------------------------------------------------------------- HTML layouts
def html_western(doc, V, theme):
    s, b = V["sup"], V["buy"]
    fonts = {"modern": "'DejaVu Sans', sans-serif", "classic": "'Nimbus Roman', 'C059', serif", "gothic": "'URW Gothic', 'DejaVu Sans', sans-serif"}[theme]
    accent = doc.get("accent", "#1f5f8b")
    rows = "".join(f"<tr><td>{esc(r['sku'])}</td><td>{esc(r['desc'])}</td><td class=r>{esc(r['qty'])}</td><td>{esc(r['unit'])}</td>"
                   f"<td class=r>{esc(r['price'])}</td><td class=r>{esc(r['amt'])}</td></tr>" for r in V["rows"])
    summ = "".join(f"<tr><td>{esc(k)}</td><td class=r>{esc(v)}</td></tr>" for k, v in V["summary"])
    notes = "".join(f"<p>{esc(x)}</p>" for x in doc.get("notes", []))
    extra = "<br>".join(esc(x) for x in s.get("extra", []))
    L = V["L"]
    head = (f"<div class=brand><div class=logo style='background:{accent}'>{esc(s['name'][:1])}</div><div><b>{esc(s['name'])}</b><br>{'<br>'.join(esc(a) for a in s['addr'])}"
            f"<br>{esc(s.get('tel', ''))}<br>{esc(s.get('taxid', ''))}</div></div>")
    meta = f"<table class=meta><tr><td>{esc(L['no'])}</td><td>{esc(V['number'])}</td></tr><tr><td>{esc(L['date'])}</td><td>{esc(V['date'])}</td></tr>"
    if V["due"]:
        meta += f"<tr><td>{esc(L['due'])}</td><td>{esc(V['due'])}</td></tr>"
    if doc.get("ref"):
        meta += f"<tr><td>Ref.</td><td>{esc(doc['ref'])}</td></tr>"
    meta += "</table>"
    total_block = "" if doc.get("no_total") else f"<table class=sum>{summ}<tr class=tot><td>{esc(V['total_label'])}</td><td class=r>{esc(V['total'])}</td></tr></table>"
    css = f"""
    @page {{ size: A4; margin: 16mm 14mm 18mm 14mm; @bottom-right {{ content: "{L.get('page', 'Page')} " counter(page) " / " counter(pages); font-size: 8pt; }} }}
    body {{ font-family: {fonts}; font-size: 9.5pt; color: #222; }}
    h1 {{ color: {accent}; font-size: 22pt; margin: 0 0 6mm 0; letter-spacing: 1px; text-align:right }}
    .brand {{ display:flex; gap: 10px; }} .logo {{ width: 38px; height: 38px; color: white; font-size: 22pt; text-align:center; line-height: 38px; border-radius: {'50%' if theme == 'modern' else '0'}; }}
    .top {{ display:flex; justify-content: space-between; }}
    .meta td {{ padding: 1px 6px; }} .meta td:first-child {{ color: #666; }}
    .bill {{ margin: 8mm 0 5mm 0; border-left: 3px solid {accent}; padding-left: 8px; }}
    table.items {{ width: 100%; border-collapse: collapse; margin-top: 4mm; }}
    table.items th {{ background: {accent if theme != 'classic' else '#fff'}; color: {'#fff' if theme != 'classic' else '#000'}; text-align: left; padding: 4px; font-weight: bold;
                     border-bottom: {'0' if theme != 'classic' else '1.5px solid #000'}; }}
    table.items td {{ padding: 3px 4px; border-bottom: 0.5px solid #ccc; }}
    .r {{ text-align: right; white-space: nowrap; }}
    table.sum {{ margin-left: auto; margin-top: 4mm; min-width: 45%; border-collapse: collapse; }} table.sum td {{ padding: 2px 6px; }}
    tr.tot td {{ font-weight: bold; font-size: 11.5pt; border-top: 1.5px solid #000; padding-top: 4px; }}
    .notes {{ margin-top: 8mm; font-size: 8.5pt; color: #444; }} .foot {{ margin-top: 10mm; font-size: 7.5pt; color: #777; border-top: 0.5px solid #aaa; padding-top: 2mm; }}
    thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
    """
    body = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
    <div class=top>{head}<div><h1>{esc(V['title'])}</h1>{meta}</div></div>
    <div class=bill><small style='color:#666'>{esc(L['bill'])}</small><br><b>{esc(b['name'])}</b><br>{'<br>'.join(esc(a) for a in b['addr'])}<br>{esc(b.get('person', ''))}</div>
    <table class=items><thead><tr><th>{esc(L['sku'])}</th><th>{esc(L['desc'])}</th><th class=r>{esc(L['qty'])}</th><th>{esc(L['unit'])}</th><th class=r>{esc(L['price'])}</th><th class=r>{esc(L['amt'])}</th></tr></thead>
    <tbody>{rows}</tbody></table>{total_block}
    <div class=notes>{notes}</div><div class=foot>{extra}</div></body></html>"""
    return body


def hanko(text, kind="round", size=64):
    if kind == "round":
        return (f"<div style='position:absolute; width:{size}px; height:{size}px; border:2.5px solid #d02020; border-radius:50%; color:#d02020; font-size:{size // 4}px;"
                f" writing-mode: vertical-rl; text-align:center; line-height:1.05; display:flex; align-items:center; justify-content:center; opacity:0.82; transform: rotate(-8deg);"
                f" font-family: \"WenQuanYi Micro Hei\"'>{esc(text)}</div>")
    chars = list(text)[:9]
    n = 3 if len(chars) > 4 else 2
    cells = "".join(f"<span>{esc(ch)}</span>" for ch in chars)
    return (f"<div style='position:absolute; width:{size}px; height:{size}px; border:3px solid #c81e1e; color:#c81e1e; font-size:{size // (n + 0.6)}px; display:grid;"
            f" grid-template-columns: repeat({n},1fr); grid-auto-flow: column; grid-template-rows: repeat({n},1fr); text-align:center; line-height:1; padding:2px; opacity:0.8;"
            f" font-family: \"WenQuanYi Micro Hei\"; transform: rotate(3deg)'>{cells}</div>")


def html_japanese(doc, V):
    s, b = V["sup"], V["buy"]
    dt_ = doc["doc_type"]
    is_inv = dt_ in ("invoice", "tax_invoice")
    rows = ""
    for r in V["rows"]:
        rows += (f"<tr><td class=c>{r['n']}</td><td>{esc(r['desc'])}</td><td class=c>{esc(r['sku'])}</td><td class=r>{esc(r['qty'])}</td><td class=c>{esc(r['unit'])}</td>"
                 f"<td class=r>{esc(r['price'])}</td><td class=r>{esc(r['amt'])}</td></tr>")
    for _ in range(max(0, doc.get("pad_rows", 12) - len(V["rows"]))):
        rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
    summ = "".join(f"<tr><th>{esc(k)}</th><td class=r>{esc(v)}</td></tr>" for k, v in V["summary"])
    breakdown = ""
    if doc.get("qualified") and doc["printed"]["taxes"]:
        breakdown = "<table class=bd><tr><th>税率区分</th><th>対象金額(税抜)</th><th>消費税額</th></tr>" + "".join(
            f"<tr><td>{rt}%対象{'(軽減税率)' if rt == 8 else ''}</td><td class=r>{fmoney(bb, doc)}</td><td class=r>{fmoney(tx, doc)}</td></tr>"
            for rt, (bb, tx) in sorted(doc["printed"]["taxes"].items(), reverse=True)) + "</table>"
    title = V["title"]
    lead = {"invoice": "下記のとおりご請求申し上げます。", "tax_invoice": "下記のとおりご請求申し上げます。", "delivery_note": "下記のとおり納品いたしました。",
            "quotation": "下記のとおりお見積り申し上げます。", "purchase_order": "下記のとおり注文いたします。", "credit_note": "下記のとおり返品を承りました。"}.get(dt_, "")
    amt_label = {"delivery_note": "合計金額", "quotation": "お見積金額", "purchase_order": "ご注文金額", "credit_note": "ご返金額"}.get(dt_, "ご請求金額")
    reg = f"<div>登録番号：{esc(s['tnum'])}</div>" if doc.get("qualified") else ""
    seal = hanko(s.get("seal", s["name"].replace("株式会社", "").replace("有限会社", "")[:4] + "之印"), "square", 62) if doc.get("seal", True) else ""
    bank = doc.get("bank_ja", "")
    css = f"""
    @page {{ size: A4; margin: 14mm 15mm; }}
    body {{ font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9.5pt; color: #111; }}
    h1 {{ text-align:center; letter-spacing: 0.6em; font-size: 20pt; border-bottom: 3px double #333; width: 55%; margin: 0 auto 6mm auto; padding-bottom: 2mm; font-weight: normal; }}
    .hdr {{ display:flex; justify-content: space-between; }}
    .to {{ font-size: 13pt; border-bottom: 1px solid #000; padding: 0 2em 2px 0; margin-top: 8mm; }}
    .meta {{ text-align: right; line-height: 1.6; }}
    .me {{ position: relative; margin-top: 4mm; line-height: 1.55; text-align: left; padding-left: 50%; }}
    .big {{ margin-top: 6mm; font-size: 14pt; border: 1.5px solid #333; display:inline-block; padding: 3px 12px; }}
    .big b {{ font-size: 17pt; margin-left: 1.2em; }}
    table.it {{ width: 100%; border-collapse: collapse; margin-top: 5mm; }}
    table.it th {{ background: {doc.get('accent', '#dfe7ef')}; border: 0.8px solid #555; padding: 3px; font-weight: normal; }}
    table.it td {{ border: 0.8px solid #555; padding: 3px 4px; height: 15px; }}
    .r {{ text-align: right; }} .c {{ text-align: center; }}
    table.sm {{ margin-left: auto; border-collapse: collapse; margin-top: -0.8px; min-width: 40%; }}
    table.sm th {{ background: #f1f1f1; border: 0.8px solid #555; font-weight: normal; padding: 3px 8px; text-align:left; }} table.sm td {{ border: 0.8px solid #555; padding: 3px 8px; }}
    table.bd {{ border-collapse: collapse; margin-top: 4mm; font-size: 8.5pt; }} table.bd th, table.bd td {{ border: 0.6px solid #777; padding: 2px 8px; font-weight: normal; }}
    .note {{ margin-top: 5mm; border: 0.8px solid #555; padding: 4px 8px; min-height: 18mm; font-size: 8.5pt; }}
    thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
    """
    body = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
    <h1>{esc(title)}</h1>
    <div class=hdr><div><div class=to>{esc(b['name'])} {esc(doc.get('honorific', '御中'))}</div><div style='margin-top:3mm'>{esc(lead)}</div>
      <div class=big>{amt_label}<b>{esc(V['total'])}-</b> <small>(税込)</small></div></div>
      <div class=meta>{esc(V['L']['no'] if is_inv else 'No.')}：{esc(V['number'])}<br>{'請求日' if is_inv else '発行日'}：{esc(V['date'])}{('<br>お支払期限：' + esc(V['due'])) if V['due'] else ''}</div></div>
    <div class=me><div style='position:absolute; left: 84%; top: 4px'>{seal}</div><b style='font-size:11pt'>{esc(s['name'])}</b><br>{'<br>'.join(esc(a) for a in s['addr'])}<br>TEL {esc(s['tel'])}{(' / FAX ' + esc(s['fax'])) if s.get('fax') else ''}{reg}
       {('<div>担当：' + esc(doc['rep']) + '</div>') if doc.get('rep') else ''}</div>
    <table class=it><thead><tr><th style='width:5%'>No.</th><th>品名</th><th style='width:11%'>品番</th><th style='width:8%'>数量</th><th style='width:6%'>単位</th><th style='width:11%'>単価</th><th style='width:14%'>金額</th></tr></thead>
    <tbody>{rows}</tbody></table>
    <table class=sm>{summ}<tr><th><b>{esc(V['total_label'])}</b></th><td class=r><b>{esc(V['total'])}</b></td></tr></table>
    {breakdown}
    <div class=note>備考：{'※印は軽減税率(8%)対象商品です。' if any(r['desc'].startswith('※') for r in V['rows']) else ''}{esc(bank)}<br>{esc(doc.get('note_ja', ''))}</div>
    </body></html>"""
    return body


def html_fapiao(doc, V):
    s, b = V["sup"], V["buy"]
    col = "#8a4b1c"
    rows = "".join(f"<tr><td>{esc(r['desc'])}</td><td class=c>{esc(r['sku'])}</td><td class=c>{esc(r['unit'])}</td><td class=r>{esc(r['qty'])}</td><td class=r>{esc(r['price'])}</td>"
                   f"<td class=r>{esc(r['amt'])}</td><td class=c>{esc(r['rate'])}</td><td class=r>{esc(r['tax'])}</td></tr>" for r in V["rows"])
    p = doc["printed"]
    tax_total = sum((tx for _, tx in p["taxes"].values()), D(0))
    css = f"""
    @page {{ size: 240mm 140mm; margin: 6mm 8mm; }}
    body {{ font-family: 'WenQuanYi Micro Hei'; font-size: 8pt; color: {col}; }}
    .t {{ text-align:center; font-size: 16pt; letter-spacing: 2px; margin-top: 1mm; }} .t span {{ border-bottom: 3px double {col}; }}
    .hdr {{ display:flex; justify-content: space-between; }} .qr {{ width: 18mm; height: 18mm; background: repeating-linear-gradient(45deg,#222 0 2px,#fff 2px 4px); border: 1px solid #222 }}
    .meta {{ line-height: 1.6; color: {col} }} .meta b {{ color: #000; font-weight: normal; font-family: 'DejaVu Sans Mono' }}
    table {{ width: 100%; border-collapse: collapse; }} td, th {{ border: 1px solid {col}; padding: 2px 3px; }} th {{ font-weight: normal; }}
    .v {{ color: #000; }} .r {{ text-align:right; color:#000 }} .c {{ text-align:center; color:#000 }} table.it td {{ border-top: 0; border-bottom: 0; }}
    table.it tr.sum td {{ border-top: 1px solid {col}; }}
    .side {{ writing-mode: vertical-rl; text-align:center; width: 5mm; }}
    """
    body = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
    <div class=hdr><div class=qr></div><div class=t><span>{esc(V['title'])}</span></div>
     <div class=meta>发票号码：<b>{esc(V['number'])}</b><br>开票日期：<b>{esc(V['date'])}</b></div></div>
    <table style='margin-top:3mm'><tr><td class=side rowspan=1>购买方信息</td><td style='width:45%'>名称：<span class=v>{esc(b['name'])}</span><br>统一社会信用代码/纳税人识别号：<span class=v>{esc(b.get('taxid', ''))}</span></td>
      <td class=side>销售方信息</td><td>名称：<span class=v>{esc(s['name'])}</span><br>统一社会信用代码/纳税人识别号：<span class=v>{esc(s['taxid'])}</span></td></tr></table>
    <table class=it><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>
    {rows}
    <tr class=sum><td class=c>合　　计</td><td></td><td></td><td></td><td></td><td class=r>¥{esc(fmoney(p['sub'], doc, False))}</td><td></td><td class=r>¥{esc(fmoney(tax_total, doc, False))}</td></tr></table>
    <table><tr><td style='width:18%' class=c><span style='color:{col}'>价税合计（大写）</span></td><td class=v>ⓧ {esc(cn_upper(p['total']))}</td><td style='width:28%'>（小写）<span class=v>{esc(V['total'])}</span></td></tr>
    <tr><td class=c><span style='color:{col}'>备<br>注</span></td><td colspan=2 class=v style='height:10mm'>{esc(doc.get('remark', ''))}</td></tr></table>
    <div style='margin-top:2mm'>开票人：<span class=v>{esc(doc.get('drawer', '王丽'))}</span></div>
    </body></html>"""
    return body


def html_korean(doc, V):
    s, b = V["sup"], V["buy"]
    col = doc.get("accent", "#1d3f9e")
    p = doc["printed"]
    tax_total = sum((tx for _, tx in p["taxes"].values()), D(0))
    m, d_ = doc["date"].month, doc["date"].day
    rows = "".join(f"<tr><td class=c>{m:02d}</td><td class=c>{d_:02d}</td><td>{esc(r['desc'])}</td><td class=c>{esc(r['sku'])}</td><td class=r>{esc(r['qty'])}</td><td class=r>{esc(r['price'])}</td>"
                   f"<td class=r>{esc(r['amt'])}</td><td class=r>{esc(fmoney(q(D(r['amt'].replace(',', '')) * (doc['rate'] / 100), 'KRW') if doc['currency'] == 'KRW' else D(0), doc, False))}</td><td></td></tr>"
                   for r in V["rows"])
    css = f"""
    @page {{ size: A4 landscape; margin: 10mm; }}
    body {{ font-family: 'WenQuanYi Micro Hei'; font-size: 8.5pt; color: {col}; }}
    table {{ width: 100%; border-collapse: collapse; }} td, th {{ border: 1px solid {col}; padding: 2px 4px; font-weight: normal; }}
    .v {{ color: #000; }} .r {{ text-align: right; color:#000 }} .c {{ text-align:center; color:#000 }}
    h1 {{ font-size: 17pt; text-align: center; margin: 0; font-weight: normal; letter-spacing: 3px; }}
    """
    body = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
    <table><tr><td style='width:70%'><h1>{esc(V['title'])}</h1><div style='text-align:center'>(공급받는자 보관용 / Buyer's copy)</div></td><td>승인번호 / No.<br><span class=v>{esc(V['number'])}</span></td></tr></table>
    <table style='margin-top:-1px'><tr><td rowspan=4 style='width:3%'>공<br>급<br>자</td><td style='width:9%'>등록번호</td><td colspan=3 class=v>{esc(s['taxid'])}</td>
      <td rowspan=4 style='width:3%'>공<br>급<br>받<br>는<br>자</td><td style='width:9%'>등록번호</td><td colspan=3 class=v>{esc(b.get('taxid', '해외법인 / Overseas'))}</td></tr>
     <tr><td>상호 / Name</td><td class=v>{esc(s['name'])}<br>{esc(s.get('en', ''))}</td><td style='width:5%'>성명</td><td class=v>{esc(s.get('ceo', ''))}</td>
         <td>상호 / Name</td><td class=v colspan=3>{esc(b['name'])}</td></tr>
     <tr><td>주소 / Address</td><td colspan=3 class=v>{esc(' '.join(s['addr']))}</td><td>주소 / Address</td><td colspan=3 class=v>{esc(' '.join(b['addr']))}</td></tr>
     <tr><td>업태 / 종목</td><td colspan=3 class=v>도소매 / 주방용품</td><td>업태 / 종목</td><td colspan=3 class=v>소매 / 생활잡화</td></tr></table>
    <table style='margin-top:-1px'><tr><td>작성일자 / Date</td><td>공급가액 / Supply amount</td><td>세액 / VAT</td><td>비고 / Remarks</td></tr>
     <tr><td class=c>{esc(V['date'])}</td><td class=r>{esc(fmoney(p['sub'], doc, False))}</td><td class=r>{esc(fmoney(tax_total, doc, False))}</td><td class=v>{esc(doc.get('remark', ''))}</td></tr></table>
    <table style='margin-top:-1px'><tr><th>월</th><th>일</th><th>품목 / Item</th><th>규격</th><th>수량 / Qty</th><th>단가 / Unit price</th><th>공급가액 / Amount</th><th>세액 / VAT</th><th>비고</th></tr>{rows}</table>
    <table style='margin-top:-1px'><tr><td>합계금액 / Total</td><td>현금</td><td>수표</td><td>어음</td><td>외상미수금</td><td rowspan=2 style='width:22%'>이 금액을 ( 청구 ) 함<br>This amount is (billed)</td></tr>
     <tr><td class=r><b>{esc(V['total'])}</b></td><td></td><td></td><td></td><td class=r>{esc(V['total_num'])}</td></tr></table>
    </body></html>"""
    return body


def print_html(htmlsrc, pdf, engine):
    src = pdf[:-4] + ".html"
    with open(src, "w", encoding="utf-8") as f:
        f.write(htmlsrc)
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(filename=src).write_pdf(pdf)
    else:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ----------------------------------------------------------------------------- ReportLab
_rl_fonts = False


def rl_fonts():
    global _rl_fonts
    if not _rl_fonts:
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfbase import pdfmetrics
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("DJV", DJV))
        _rl_fonts = True


def rl_invoice(doc, V, pdf):
    """Plain ERP-like layout with platypus; core Helvetica for Latin languages (literal strings in stream)."""
    rl_fonts()
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Spacer, Paragraph
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    cjk = doc["lang"] in CJK
    needs_uni = cjk or any(ord(ch) > 255 for ch in json.dumps([V["rows"], V["summary"], V["total"], V["sup"], V["buy"]], ensure_ascii=False))
    F = "WQY" if cjk else ("DJV" if needs_uni else "Helvetica")
    FB = "WQY" if cjk else ("DJV" if needs_uni else "Helvetica-Bold")
    size = LETTER if doc["currency"] == "USD" and doc["lang"] == "en" else A4
    s, b, L = V["sup"], V["buy"], V["L"]

    def on_page(c, d):
        c.saveState()
        c.setFont(FB, 15)
        c.drawString(40, size[1] - 50, s["name"])
        c.setFont(F, 8)
        y = size[1] - 63
        for a in s["addr"] + [s.get("tel", ""), s.get("taxid", "")]:
            c.drawString(40, y, a); y -= 10
        c.setFont(FB, 18)
        c.drawRightString(size[0] - 40, size[1] - 50, V["title"])
        c.setFont(F, 8)
        c.drawRightString(size[0] - 40, 25, f"{L.get('page', 'Page')} {d.page}")
        if s.get("extra"):
            c.drawString(40, 25, " · ".join(s["extra"]))
        c.restoreState()

    st = ParagraphStyle("n", fontName=F, fontSize=8.5, leading=10.5)
    story = [Spacer(1, 70)]
    meta = [[L["no"], V["number"]], [L["date"], V["date"]]]
    if V["due"]:
        meta.append([L["due"], V["due"]])
    bill = [[L.get("bill", "")], [b["name"]]] + [[a] for a in b["addr"]] + ([[b["person"]]] if b.get("person") else [])
    top = Table([[Table(bill, style=[("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 1), (0, 1), FB, 10)]),
                  Table(meta, style=[("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT")])]], colWidths=[(size[0] - 80) * 0.55, (size[0] - 80) * 0.45])
    top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    story += [top, Spacer(1, 14)]
    data = [[L["sku"], L["desc"], L["qty"], L["unit"], L["price"], L["amt"]]]
    for r in V["rows"]:
        data.append([r["sku"], r["desc"], r["qty"], r["unit"], r["price"], r["amt"]])
    W = size[0] - 80
    t = Table(data, colWidths=[W * 0.12, W * 0.43, W * 0.09, W * 0.07, W * 0.13, W * 0.16], repeatRows=1)
    t.setStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("ALIGN", (4, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")])])
    story.append(t)
    if not doc.get("no_total"):
        sm = [[k, v] for k, v in V["summary"]] + [[V["total_label"], V["total"]]]
        ts = Table(sm, colWidths=[W * 0.3, W * 0.18], hAlign="RIGHT")
        ts.setStyle([("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, -1), (-1, -1), FB, 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                     ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)])
        story += [Spacer(1, 8), ts]
    for n in doc.get("notes", []):
        story += [Spacer(1, 6), Paragraph(html.escape(n), st)]
    SimpleDocTemplate(pdf, pagesize=size, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=45,
                      title=f"{V['title']} {V['number']}", author=s["name"]).build(story, onFirstPage=on_page, onLaterPages=on_page)


def rl_receipt(doc, V, pdf):
    """Thermal till receipt from an electronics store (80mm roll)."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    s = V["sup"]
    n = len(V["rows"])
    h = (120 + n * 9) * mm
    c = canvas.Canvas(pdf, pagesize=(80 * mm, h))
    y = h - 10 * mm
    c.setFont("WQY", 12); c.drawCentredString(40 * mm, y, s["name"]); y -= 5.5 * mm
    c.setFont("WQY", 7.5)
    for a in [s["corp"]] + s["addr"] + ["TEL " + s["tel"], "登録番号 " + s["tnum"]]:
        c.drawCentredString(40 * mm, y, a); y -= 3.8 * mm
    y -= 2 * mm
    c.setFont("WQY", 11); c.drawCentredString(40 * mm, y, doc.get("title") or "領 収 書"); y -= 6 * mm
    c.setFont("WQY", 8)
    c.drawString(5 * mm, y, V["date"] + " " + doc.get("time", "14:32")); c.drawRightString(75 * mm, y, "No." + V["number"]); y -= 4 * mm
    c.drawString(5 * mm, y, "レジ02 担当:" + doc.get("rep", "ヤマモト")); y -= 3 * mm
    c.line(5 * mm, y, 75 * mm, y); y -= 5 * mm
    for r in V["rows"]:
        c.drawString(5 * mm, y, r["desc"]); y -= 4 * mm
        c.drawString(10 * mm, y, f"{r['qty']}{r['unit']} × ¥{r['price']}"); c.drawRightString(75 * mm, y, "¥" + r["amt"]); y -= 5 * mm
    c.line(5 * mm, y + 2 * mm, 75 * mm, y + 2 * mm); y -= 3 * mm
    c.setFont("WQY", 8)
    for k, v in V["summary"]:
        c.drawString(5 * mm, y, k); c.drawRightString(75 * mm, y, v); y -= 4.2 * mm
    c.setFont("WQY", 12); c.drawString(5 * mm, y, "合計"); c.drawRightString(75 * mm, y, V["total"]); y -= 6 * mm
    c.setFont("WQY", 8)
    paid = doc.get("paid", doc["printed"]["total"])
    c.drawString(5 * mm, y, doc.get("pay", "クレジット")); c.drawRightString(75 * mm, y, fmoney(paid, doc)); y -= 4.2 * mm
    if doc.get("pay", "クレジット") == "現金":
        c.drawString(5 * mm, y, "お釣り"); c.drawRightString(75 * mm, y, fmoney(paid - doc["printed"]["total"], doc)); y -= 4.2 * mm
    y -= 2 * mm
    c.drawString(5 * mm, y, "※は軽減税率(8%)対象商品" if any(k.startswith("※") for k in [r["desc"] for r in V["rows"]]) else "お買い上げありがとうございます"); y -= 4 * mm
    if doc.get("buyer_on_receipt"):
        c.drawString(5 * mm, y, "宛名: " + doc["buyer"]["name"] + " 様"); y -= 4 * mm
    c.setFont("DJV", 7); c.drawCentredString(40 * mm, y - 2 * mm, "|| ||| | |||| || | ||| || |||| | || ||| " + V["number"])
    c.save()


def rl_ryoshusho(doc, V, pdf):
    """Hand-format 領収書 (receipt slip), landscape A5-ish, with stamp box."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    W, H = 182 * mm, 92 * mm
    c = canvas.Canvas(pdf, pagesize=(W, H))
    s = V["sup"]
    c.setStrokeColorRGB(0.2, 0.3, 0.5); c.setLineWidth(1.2); c.rect(5 * mm, 5 * mm, W - 10 * mm, H - 10 * mm)
    c.setFont("WQY", 20); c.drawCentredString(W / 2, H - 20 * mm, "領　収　書")
    c.setFont("WQY", 9); c.drawRightString(W - 10 * mm, H - 14 * mm, "No. " + V["number"]); c.drawRightString(W - 10 * mm, H - 19 * mm, V["date"])
    c.setFont("WQY", 13); c.drawString(12 * mm, H - 33 * mm, doc["buyer"]["name"] + "　様"); c.line(12 * mm, H - 35 * mm, 100 * mm, H - 35 * mm)
    c.setFillColorRGB(0.93, 0.95, 0.98); c.rect(30 * mm, H - 52 * mm, 110 * mm, 12 * mm, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    c.setFont("WQY", 18); c.drawCentredString(85 * mm, H - 48.5 * mm, V["total"] + "-")
    c.setFont("WQY", 9)
    c.drawString(30 * mm, H - 58 * mm, "但　" + doc.get("tadashi", "事務用品代として"))
    c.drawString(30 * mm, H - 63 * mm, "上記正に領収いたしました")
    y = H - 72 * mm
    for rt, (bb, tx) in sorted(doc["printed"]["taxes"].items(), reverse=True):
        c.drawString(12 * mm, y, f"内訳 {rt}%対象 {fmoney(bb, doc)}（内消費税 {fmoney(tx, doc)}）"); y -= 4.5 * mm
    if doc["printed"]["total"] >= 50000:
        c.rect(12 * mm, 9 * mm, 18 * mm, 14 * mm); c.setFont("WQY", 6); c.drawCentredString(21 * mm, 15 * mm, "収入印紙")
    c.setFont("WQY", 10); c.drawString(110 * mm, 26 * mm, s["corp"]); c.setFont("WQY", 8)
    c.drawString(110 * mm, 21 * mm, s["name"]); c.drawString(110 * mm, 17 * mm, s["addr"][0]); c.drawString(110 * mm, 13 * mm, "登録番号 " + s["tnum"])
    c.setStrokeColorRGB(0.8, 0.1, 0.1); c.setFillColorRGB(0.8, 0.1, 0.1); c.circle(165 * mm, 22 * mm, 7 * mm); c.setFont("WQY", 7)
    c.drawCentredString(165 * mm, 23 * mm, s["key"].upper()[:6]); c.drawCentredString(165 * mm, 19 * mm, "領収印")
    c.save()


def rl_fax_form(doc, V, pdf):
    """Old-fashioned supplier: simple ruled 請求書 form, the kind that goes out by fax."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    W, H = A4
    c = canvas.Canvas(pdf, pagesize=A4)
    s, b = V["sup"], V["buy"]
    c.setFont("WQY", 22); c.drawCentredString(W / 2, H - 28 * mm, V["title"].replace("", " ").strip())
    c.setFont("WQY", 13); c.drawString(18 * mm, H - 45 * mm, b["name"] + "　御中"); c.line(18 * mm, H - 47 * mm, 105 * mm, H - 47 * mm)
    c.setFont("WQY", 9)
    c.drawRightString(W - 18 * mm, H - 40 * mm, V["date"]); c.drawRightString(W - 18 * mm, H - 45 * mm, "No. " + V["number"])
    y = H - 56 * mm
    for line in [s["name"]] + s["addr"] + [f"TEL {s['tel']}  FAX {s['fax']}"] + ([f"登録番号 {s['tnum']}"] if doc.get("qualified") else []):
        c.drawString(120 * mm, y, line); y -= 4.5 * mm
    c.setFont("WQY", 10); c.drawString(18 * mm, H - 62 * mm, "毎度ありがとうございます。下記の通りご請求申し上げます。")
    c.setFont("WQY", 14); c.drawString(18 * mm, H - 75 * mm, "ご請求金額　" + V["total"] + "-"); c.line(18 * mm, H - 77 * mm, 110 * mm, H - 77 * mm)
    cols = [18, 30, 110, 128, 140, 163, 192]
    heads = ["月日", "品　名", "数量", "単位", "単価", "金　額"]
    y0 = H - 88 * mm
    rh = 7 * mm
    nrows = max(14, len(V["rows"]) + 1)
    c.setLineWidth(0.6)
    for i in range(nrows + 2):
        c.line(cols[0] * mm, y0 - i * rh, cols[-1] * mm, y0 - i * rh)
    for x in cols:
        c.line(x * mm, y0, x * mm, y0 - (nrows + 1) * rh)
    c.setFont("WQY", 9)
    for j, h_ in enumerate(heads):
        c.drawCentredString((cols[j] + cols[j + 1]) / 2 * mm, y0 - rh + 2.3 * mm, h_)
    md = f"{doc['date'].month}/{doc['date'].day}"
    for i, r in enumerate(V["rows"]):
        yy = y0 - (i + 2) * rh + 2.3 * mm
        c.drawString(cols[0] * mm + 1.5 * mm, yy, md if i == 0 else "〃")
        c.drawString(cols[1] * mm + 1.5 * mm, yy, r["desc"])
        c.drawRightString(cols[3] * mm - 1.5 * mm, yy, r["qty"]); c.drawCentredString((cols[3] + cols[4]) / 2 * mm, yy, r["unit"])
        c.drawRightString(cols[5] * mm - 1.5 * mm, yy, r["price"]); c.drawRightString(cols[6] * mm - 1.5 * mm, yy, r["amt"])
    yb = y0 - (nrows + 1) * rh
    for k, v in V["summary"] + [(V["total_label"], V["total"])]:
        yb -= rh
        c.rect(140 * mm, yb, 52 * mm, rh)
        c.drawString(141.5 * mm, yb + 2.3 * mm, k); c.drawRightString(190.5 * mm, yb + 2.3 * mm, v)
    c.setFont("WQY", 8.5)
    c.drawString(18 * mm, 30 * mm, doc.get("bank_ja", ""))
    c.drawString(18 * mm, 25 * mm, "※お振込手数料は貴社にてご負担くださいますようお願い申し上げます。")
    c.save()


# ----------------------------------------------------------------------------- fpdf2
def fpdf_invoice(doc, V, pdf):
    from fpdf import FPDF
    cjk = doc["lang"] in CJK
    blob = json.dumps([V["rows"], V["summary"], V["total"], V["sup"], V["buy"], V["title"], doc.get("notes", [])], ensure_ascii=False)
    uni = cjk or any(ord(ch) > 255 and ch != "€" for ch in blob)
    p = FPDF(format="letter" if doc["currency"] == "USD" else "A4", unit="mm")
    p.set_auto_page_break(True, 18)
    p.set_creator(doc.get("creator", "Invoicing"))
    if uni:
        p.add_font("U", fname=WQY if cjk else DJV)
        p.add_font("U", style="B", fname=WQY if cjk else DJVB)
        fam = "U"
    else:
        fam = "Helvetica"

    def enc(x):
        return x if uni else x.replace("€", "EUR")  # core font: keep cp1252-safe

    s, b, L = V["sup"], V["buy"], V["L"]
    p.add_page()
    p.set_font(fam, "B", 20)
    p.set_text_color(40, 40, 40)
    p.cell(0, 10, enc(V["title"]), align="L", new_x="LMARGIN", new_y="NEXT")
    p.set_font(fam, "", 9)
    y0 = p.get_y() + 2
    p.set_xy(p.l_margin, y0)
    p.set_font(fam, "B", 10); p.cell(90, 5, enc(s["name"]), new_x="LMARGIN", new_y="NEXT"); p.set_font(fam, "", 8.5)
    for a in s["addr"] + [s.get("tel", ""), s.get("taxid", "")]:
        p.cell(90, 4, enc(a), new_x="LMARGIN", new_y="NEXT")
    yy = p.get_y()
    p.set_xy(125, y0)
    for k, v in [(L["no"], V["number"]), (L["date"], V["date"])] + ([(L["due"], V["due"])] if V["due"] else []) + ([(L["terms"], doc["terms"])] if doc.get("terms") else []):
        p.set_x(120); p.set_font(fam, "", 8.5); p.cell(32, 5, enc(k)); p.set_font(fam, "B", 8.5); p.cell(0, 5, enc(v), new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yy, p.get_y()) + 6)
    p.set_fill_color(235, 235, 235)
    p.set_font(fam, "B", 9); p.cell(90, 6, enc(L["bill"]), fill=True, new_x="LMARGIN", new_y="NEXT"); p.set_font(fam, "", 9)
    for a in [b["name"]] + b["addr"] + ([b["person"]] if b.get("person") else []):
        p.cell(90, 4.5, enc(a), new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    w = [22, 78, 16, 14, 27, 31] if p.epw > 180 else [20, 72, 16, 14, 26, 28]
    w[-1] = p.epw - sum(w[:-1])

    def header():
        p.set_font(fam, "B", 8.5); p.set_fill_color(60, 60, 60); p.set_text_color(255, 255, 255)
        for txt, ww, al in zip([L["sku"], L["desc"], L["qty"], L["unit"], L["price"], L["amt"]], w, "LLRCRR"):
            p.cell(ww, 6, enc(txt), fill=True, align=al)
        p.ln(); p.set_text_color(30, 30, 30); p.set_font(fam, "", 8.5)

    header()
    for r in V["rows"]:
        if p.get_y() > p.h - 30:
            p.add_page(); header()
        for txt, ww, al in zip([r["sku"], r["desc"], r["qty"], r["unit"], r["price"], r["amt"]], w, "LLRCRR"):
            p.cell(ww, 5.5, enc(txt), border="B", align=al)
        p.ln()
    p.ln(3)
    if not doc.get("no_total"):
        for k, v in V["summary"]:
            p.set_x(p.l_margin + p.epw - 80); p.cell(45, 5.5, enc(k)); p.cell(35, 5.5, enc(v), align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font(fam, "B", 11); p.set_x(p.l_margin + p.epw - 80); p.cell(45, 8, enc(V["total_label"]), border="T"); p.cell(35, 8, enc(V["total"]), border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(6); p.set_font(fam, "", 8)
    for n in doc.get("notes", []):
        p.multi_cell(0, 4, enc(n), new_x="LMARGIN", new_y="NEXT")
    p.output(pdf)


# ----------------------------------------------------------------------------- LibreOffice Calc (flat ODS) and Writer (docx)
def fods(doc, V, path):
    """A supplier's own Excel-style sheet, written as flat ODS and printed by LibreOffice."""
    cjk = doc["lang"] in CJK
    font = "WenQuanYi Micro Hei" if cjk else doc.get("calcfont", "Liberation Sans")

    def cell(v, st="Default", span=1):
        a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell table:style-name="{st}" office:value-type="string"{a}><text:p>{esc(v)}</text:p></table:table-cell>' + \
            ('<table:covered-table-cell/>' * (span - 1))

    rows = []
    s, b, L = V["sup"], V["buy"], V["L"]
    rows.append(cell(V["title"], "Title", 6))
    rows.append("")
    rows.append(cell(s.get("en") or s["name"], "Bold", 4) + cell(L["no"]) + cell(V["number"], "R"))
    for a in (s.get("en_addr") or s["addr"]):
        rows.append(cell(a, "Default", 4))
    rows.append(cell("TEL: " + s.get("tel", ""), "Default", 4) + cell(L["date"]) + cell(V["date"], "R"))
    rows.append("")
    rows.append(cell((L.get("bill") or "TO:") + " " + b["name"], "Bold", 4))
    for a in b["addr"]:
        rows.append(cell(a, "Default", 4))
    for x in doc.get("sheet_meta", []):
        rows.append(cell(x, "Default", 6))
    rows.append("")
    rows.append("".join(cell(h, "Head") for h in [L["sku"], L["desc"], L["qty"], L["unit"], L["price"], L["amt"]]))
    for r in V["rows"]:
        rows.append(cell(r["sku"], "Grid") + cell(r["desc"], "Grid") + cell(r["qty"], "GridR") + cell(r["unit"], "Grid") + cell(r["price"], "GridR") + cell(r["amt"], "GridR"))
    if not doc.get("no_total"):
        for k, v in V["summary"]:
            rows.append(cell("") * 3 + cell(k, "Default", 2) + cell(v, "R"))
        rows.append(cell("") * 3 + cell(V["total_label"], "Bold", 2) + cell(V["total"], "BoldR"))
    if doc.get("say"):
        rows.append(cell(doc["say"], "Bold", 6))
    for n in doc.get("notes", []):
        rows.append(cell(n, "Default", 6))
    body = "".join(f"<table:table-row>{r or cell('')}</table:table-row>" for r in rows)
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style></office:styles>
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7.2cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="Title" style:family="table-cell"><style:table-cell-properties/><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bold" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="BoldR" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="R" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="{doc.get('accent', '#c6d9f1')}" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
<style:style style:name="GridR" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{esc(doc.get('sheet', 'Invoice'))}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co4"/><table:table-column table:style-name="co4"/>
{body}</table:table></office:spreadsheet></office:body></office:document>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(x)


def make_docx(doc, V, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    font = "WenQuanYi Micro Hei" if doc["lang"] in CJK else doc.get("docfont", "DejaVu Serif")
    stl = d.styles["Normal"]; stl.font.name = font; stl.font.size = Pt(9.5)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s, b, L = V["sup"], V["buy"], V["L"]
    p = d.add_paragraph(); r = p.add_run(s.get("en") if doc.get("use_en_name") else s["name"]); r.bold = True; r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x20, 0x40, 0x70)
    d.add_paragraph("\n".join((s.get("en_addr") if doc.get("use_en_name") else None) or s["addr"]) + "\n" + s.get("tel", "") + ("\n" + s["taxid"] if s.get("taxid") else ""))
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(V["title"]); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=0, cols=2)
    meta = [(L.get("bill") or "To", b["name"] + "\n" + "\n".join(b["addr"])), (L["no"], V["number"]), (L["date"], V["date"])]
    if V["due"]:
        meta.append((L["due"], V["due"]))
    for k, v in meta + doc.get("docx_meta", []):
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    d.add_paragraph("")
    cols = [L["sku"], L["desc"], L["qty"], L["unit"], L["price"], L["amt"]]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(cols):
        t.rows[0].cells[i].text = h
        for rr in t.rows[0].cells[i].paragraphs[0].runs:
            rr.bold = True
    for row in V["rows"]:
        c = t.add_row().cells
        for i, k in enumerate(["sku", "desc", "qty", "unit", "price", "amt"]):
            c[i].text = row[k]
            if k in ("qty", "price", "amt"):
                c[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not doc.get("no_total"):
        d.add_paragraph("")
        t = d.add_table(rows=0, cols=2)
        for k, v in V["summary"] + [(V["total_label"], V["total"])]:
            c = t.add_row().cells; c[0].text = k; c[1].text = v; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for cc in t.rows[-1].cells:
            for rr in cc.paragraphs[0].runs:
                rr.bold = True
    for n in doc.get("notes", []):
        d.add_paragraph(n)
    if doc.get("letter_body"):
        for para in doc["letter_body"]:
            d.add_paragraph(para)
    d.core_properties.author = doc.get("docx_author", "user")
    d.save(path)


def make_letter_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "DejaVu Serif"; d.styles["Normal"].font.size = Pt(10.5)
    s = doc["supplier"]
    d.add_paragraph(s["name"] + "\n" + "\n".join(s.get("en_addr") or s["addr"]) + "\n" + s.get("tel", ""))
    d.add_paragraph(fdate(doc["date"], doc["datestyle"]))
    for para in doc["letter_body"]:
        d.add_paragraph(para)
    d.core_properties.author = "sales"
    d.save(path)


def soffice_batch(paths, outdir):
    if not paths:
        return
    prof = "file://" + os.path.join(WORK, "lo_profile")
    for i in range(0, len(paths), 15):
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths[i:i + 15],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------------------- capture: scan / fax / phone
def render_pages(pdf, dpi):
    out = []
    d = pdfium.PdfDocument(pdf)
    for i in range(len(d)):
        out.append(d[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    d.close()
    return out


def find_boxes(pdf, text, whole=False):
    """[(page, (l,b,r,t), pagew, pageh)] of every occurrence of text, PDF points."""
    d = pdfium.PdfDocument(pdf)
    res = []
    for pi in range(len(d)):
        pg = d[pi]
        W, H = pg.get_size()
        tp = pg.get_textpage()
        se = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            m = se.get_next()
            if not m:
                break
            idx, cnt = m
            bx = [tp.get_charbox(j) for j in range(idx, idx + cnt)]
            bx = [x for x in bx if x[2] > x[0]]
            if bx:
                res.append((pi, (min(x[0] for x in bx), min(x[1] for x in bx), max(x[2] for x in bx), max(x[3] for x in bx)), W, H))
        se.close(); tp.close()
    d.close()
    return res


class Scan:
    """Degrade a clean page image like the office MFP does; keeps the geometry so later pastes land on the right spot."""

    def __init__(self, r, dpi=200, out_dpi=150, angle=None, color=True):
        self.r = r
        self.dpi, self.out_dpi = dpi, out_dpi
        self.angle = r.uniform(-1.3, 1.3) if angle is None else angle
        self.color = color

    def apply(self, im):
        r = self.r
        self.size = im.size
        im = im.rotate(self.angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        a = np.asarray(im).astype(np.float32)
        tint = np.array([r.uniform(0.94, 1.0), r.uniform(0.94, 1.0), r.uniform(0.9, 0.98)]) if self.color else np.array([1, 1, 1])
        a = a * tint
        a = a + np.random.default_rng(r.randint(0, 10 ** 6)).normal(0, r.uniform(4, 9), a.shape[:2])[..., None]
        a = np.clip((a - 128) * r.uniform(1.05, 1.2) + 128 + r.uniform(-8, 4), 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if not self.color:
            im = im.convert("L")
        im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 0.8)))
        f = self.out_dpi / self.dpi
        im = im.resize((int(im.width * f), int(im.height * f)), Image.LANCZOS)
        return im

    def map_box(self, box_pt, page_h_pt):
        """PDF-point box -> pixel box in the output image (axis-aligned hull)."""
        l, b, r_, t = box_pt
        k = self.dpi / 72
        pts = [(l * k, (page_h_pt - t) * k), (r_ * k, (page_h_pt - t) * k), (l * k, (page_h_pt - b) * k), (r_ * k, (page_h_pt - b) * k)]
        cx, cy = self.size[0] / 2, self.size[1] / 2
        th = math.radians(self.angle)
        out = []
        for x, y in pts:  # PIL rotate: counter-clockwise on screen
            dx, dy = x - cx, y - cy
            nx = cx + dx * math.cos(th) + dy * math.sin(th)
            ny = cy - dx * math.sin(th) + dy * math.cos(th)
            out.append((nx * self.out_dpi / self.dpi, ny * self.out_dpi / self.dpi))
        xs, ys = [p[0] for p in out], [p[1] for p in out]
        return (min(xs), min(ys), max(xs), max(ys))


def fax_degrade(im, r, header):
    g = im.convert("L")
    w, h = g.size
    g = g.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)  # 200x100 "standard" fax resolution
    a = np.asarray(g).astype(np.float32)
    a += np.random.default_rng(r.randint(0, 10 ** 6)).normal(0, 25, a.shape)
    bw = (a > r.uniform(150, 175)).astype(np.uint8) * 255
    rng = np.random.default_rng(r.randint(0, 10 ** 6))
    specks = rng.random(bw.shape) < 0.0009
    bw[specks] = 0
    for _ in range(r.randint(1, 3)):  # streaks
        y = r.randint(0, h - 3)
        bw[y:y + r.randint(1, 2), :] = np.where(rng.random(w) < 0.6, 0, bw[y, :])
    im = Image.fromarray(bw).convert("L")
    dr = ImageDraw.Draw(im)
    dr.text((30, 8), header, fill=0, font=ImageFont.truetype(WQY, 22))
    return im.convert("1")


def phone_photo(im, r):
    """Paper photographed on a desk: perspective, uneven light, blur, JPEG."""
    im = im.convert("RGB")
    w, h = im.size
    pad = int(w * 0.12)
    bgc = np.array(r.choice([(92, 74, 58), (140, 128, 110), (60, 62, 66), (178, 170, 160)]), np.float32)
    W, H = w + 2 * pad, h + 2 * pad
    bg = np.ones((H, W, 3), np.float32) * bgc
    bg += np.random.default_rng(r.randint(0, 10 ** 6)).normal(0, 6, (H, W, 1))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: r.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(im).astype(np.float32)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient + soft shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = r.uniform(0, 2 * math.pi)
    grad = 1 + 0.22 * ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang))
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * H
    shadow = 1 - 0.25 * np.exp(-(((xx - cx) / (0.35 * W)) ** 2 + ((yy - cy) / (0.25 * H)) ** 2))
    warm = np.array([1.0, r.uniform(0.95, 0.99), r.uniform(0.85, 0.93)], np.float32)
    out = out * (grad * shadow)[..., None] * warm
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.6, 1.3))
    img = Image.fromarray(out)
    img = img.resize((int(W * 0.8), int(H * 0.8)), Image.LANCZOS)
    return img


def save_images(imgs, path, fmt, dpi, quality=75):
    if fmt == "jpg":
        imgs[0].convert("RGB").save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif fmt == "png":
        imgs[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "pdf":
        ims = [i.convert("RGB") if i.mode not in ("L", "1") else i for i in imgs]
        kw = {} if ims[0].mode == "1" else dict(quality=quality)
        ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], **kw)


# ----------------------------------------------------------------------------- build the genuine set
def new_doc(**kw):
    d = dict(arith=None, notes=[], taxmode="none", rate=D(0))
    d.update(kw)
    return d


def rand_date(r, a=dt.date(2024, 5, 1), b=dt.date(2026, 3, 10)):
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def plan():
    r = R
    docs = []

    def add(d):
        d["id"] = f"{len(docs) + 1:03d}"
        docs.append(d)
        return d

    # ---------- Japanese wholesalers (請求書 / 適格請求書)
    jpsup = [dict(x) for x in SUP["ja"]]
    for s in jpsup:
        s["tnum"] = jp_tnum(r)
    for s in SUP["ja_store"]:
        s["tnum"] = jp_tnum(r)
    banks = ["みなと銀行 本町支店 普通 1234567 ｶ)", "なにわ信用金庫 船場支店 普通 0481126", "関西みらい第一銀行 鶴橋支店 当座 2201874", "ゆうちょ銀行 〇四八店 普通 5829104"]
    ja_prod = ["html_chromium_jp"] * 9 + ["html_weasy_jp"] * 6 + ["soffice_calc"] * 5 + ["docx_soffice"] * 3 + ["reportlab_faxform"] * 5
    r.shuffle(ja_prod)
    for i, prod in enumerate(ja_prod):
        s = dict(r.choice([x for x in jpsup if (x.get("old") or prod != "reportlab_faxform")] if prod != "reportlab_faxform" else [x for x in jpsup if x.get("old")] + [jpsup[2]]))
        d0 = rand_date(r)
        qualified = d0 >= dt.date(2023, 10, 1) and r.random() < 0.85
        cat = s["cat"]
        items = pick_items("ja", cat, r.choice([2, 3, 4, 5, 6, 8]) if i % 9 else r.choice([28, 36]), "JPY", r, [6, 10, 12, 20, 24, 30, 48, 50, 60, 100, 120])
        for it in items:
            it["rate"] = D(8) if it["desc"].startswith("※") else D(10)
        s["seal"] = s["name"].replace("株式会社", "").replace("有限会社", "").replace("株式会社", "")[:6]
        d = add(new_doc(lang="ja", doc_type="tax_invoice" if qualified else "invoice", qualified=qualified, supplier=s, buyer=dict(US_JA), currency="JPY",
                        items=items, taxmode="excl", rate=D(10), date=d0, due=(d0.replace(day=1) + dt.timedelta(days=62)).replace(day=1) - dt.timedelta(days=1),
                        datestyle=r.choice(["kanji", "reiwa", "ymd_slash", "kanji"]), number=f"{d0:%y%m}-{r.randint(100, 999)}", producer=prod,
                        bank_ja="お振込先：" + r.choice(banks), rep=r.choice(["山下", "中川", "福田", "西村"]), accent=r.choice(["#dfe7ef", "#e8e4d8", "#e3efe0"])))
        if r.random() < 0.3:
            d["ship"] = D(r.choice([800, 1100, 1650]))
        if r.random() < 0.2:
            d["disc_pct"] = D(r.choice([3, 5]))
        if prod in ("soffice_calc", "docx_soffice"):
            d["title"] = "適格請求書" if qualified and r.random() < 0.5 else "御請求書"
        else:
            d["title"] = "請求書"
        if qualified and prod in ("soffice_calc", "docx_soffice", "reportlab_faxform"):
            d["notes"] = ["登録番号：" + s["tnum"], "お振込先：" + r.choice(banks)]
    # receipts from electronics stores
    for i in range(8):
        s = dict(r.choice(SUP["ja_store"]))
        d0 = rand_date(r)
        items = pick_items("ja", "electronics", r.choice([1, 2, 3, 4]), "JPY", r, [1, 1, 1, 2, 3])
        for it in items:
            it["rate"] = D(10)
        kind = "thermal" if i < 5 else "slip"
        d = add(new_doc(lang="ja", doc_type="receipt", supplier=s, buyer=dict(US_JA) if (kind == "slip" and i != 7) else {"name": "上様", "addr": []}, currency="JPY",
                        items=items, taxmode="incl", rate=D(10), date=d0, datestyle="ymd_slash" if kind == "thermal" else r.choice(["kanji", "reiwa"]),
                        number=f"{r.randint(1000, 9999)}-{r.randint(10, 99)}", producer="reportlab_thermal" if kind == "thermal" else "reportlab_ryoshusho",
                        time=f"{r.randint(10, 20)}:{r.randint(0, 59):02d}", pay=r.choice(["クレジット", "現金", "電子マネー"]), tadashi=r.choice(["事務用品代として", "OA機器代として", "パソコン周辺機器代として"])))
        if kind == "thermal":
            d["buyer"] = {"name": None, "addr": []}
            if d["pay"] == "現金":
                tot = compute(copy.deepcopy(d))["calc"]["total"]
                d["paid"] = D(math.ceil(tot / 1000) * 1000 + (1000 if r.random() < 0.5 else 0))
    # ---------- Chinese factories
    for i in range(8):  # 增值税发票 (agent in Shenzhen is buyer)
        s = dict(r.choice(SUP["zh"]))
        d0 = rand_date(r)
        items = pick_items("zh", s["cat"], r.choice([2, 3, 4, 5]), "CNY", r, [100, 200, 300, 500, 600, 1000, 1200])
        for it in items:
            it["rate"] = D(13)
        digital = d0 >= dt.date(2024, 12, 1) or r.random() < 0.5
        add(new_doc(lang="zh", doc_type="tax_invoice", supplier=s, buyer=dict(US_CNAGENT), currency="CNY", items=items, fapiao=True, rate=D(13), taxmode="fapiao",
                    date=d0, datestyle="kanji0", number=("24" if d0.year == 2024 else "25" if d0.year == 2025 else "26") + "".join(str(r.randint(0, 9)) for _ in range(18)) if digital else f"{r.randint(10 ** 7, 10 ** 8 - 1)}",
                    title="电子发票（增值税专用发票）" if digital else "增值税专用发票", producer=r.choice(["html_chromium_fapiao", "html_weasy_fapiao"]),
                    remark=r.choice(["", "合同号：OL-2025-0" + str(r.randint(100, 999)), "购方开户银行：招商银行深圳龙华支行"]), drawer=r.choice(["王丽", "陈静", "李娜", "黄晓敏"])))
    for i in range(12):  # commercial invoices in English, Excel-style, FOB
        s = dict(r.choice(SUP["zh"]))
        d0 = rand_date(r)
        cat = s["cat"]
        items = pick_items("en", cat, r.choice([2, 3, 4, 6, 8]) if i != 5 else 40, "USD", r, [500, 600, 1000, 1200, 2000, 2400, 3000, 5000])
        dt_ = "proforma" if i in (2, 9) else "invoice"
        prod = ["soffice_calc", "soffice_calc", "docx_soffice", "reportlab_plain", "fpdf2"][i % 5]
        d = add(new_doc(lang="en", doc_type=dt_, supplier=dict(s, name=s["en"], addr=s["en_addr"], taxid="USCI: " + s["taxid"]), buyer=dict(US_EN), currency="USD",
                        items=items, date=d0, datestyle=r.choice(["en_cn", "iso", "en_long", "dmy_slash"]), number=f"{s['key'][:2].upper()}{d0:%y%m%d}-{r.randint(1, 9):02d}",
                        producer=prod, title="COMMERCIAL INVOICE" if dt_ == "invoice" else "PROFORMA INVOICE", moneystyle="usd", show_sub=True,
                        notes=[f"Terms of trade: FOB {'Ningbo' if 'Ningbo' in s['en'] or 'Yiwu' in s['en'] else 'Shenzhen'}", "Payment: 30% T/T deposit, 70% against B/L copy",
                               f"Country of origin: China   Shipping marks: KAMOME / OSAKA / C/NO. 1-{r.randint(20, 180)}",
                               f"Beneficiary bank: Bank of Ningbo Yinzhou Sub-branch, SWIFT BKNBCN2N, A/C 7101 0122 0003 {r.randint(1000, 9999)}"],
                        sheet_meta=[f"Port of loading: {'NINGBO' if r.random() < 0.5 else 'SHEKOU'}  Port of discharge: OSAKA, JAPAN", f"Vessel/Voy: {r.choice(['SEA HAWK', 'KOTA MAS', 'HIBISCUS BAY'])} {r.randint(100, 999)}E"],
                        docx_meta=[("Terms", "FOB"), ("Port", "Ningbo → Osaka")], use_en_name=True))
        if r.random() < 0.35:
            d["ship"] = D(str(r.choice([85, 120, 260.5])))
            d["notes"].insert(0, "Freight / courier charge included (DHL samples)")
        d["say"] = None  # filled after compute
    # ---------- US suppliers
    for i in range(12):
        s = dict(r.choice(SUP["en_us"]))
        d0 = rand_date(r)
        domestic = r.random() < 0.5
        n = r.choice([2, 3, 4, 5, 7]) if i != 4 else 34
        items = pick_items("en", s["cat"], n, "USD", r, [24, 36, 48, 72, 96, 144, 200, 288])
        for it in items:
            it["price"] = (it["price"] * D("2.4")).quantize(D("0.01"))
        dt_ = "credit_note" if i == 7 else "invoice"
        d = add(new_doc(lang="en", doc_type=dt_, supplier=s, buyer=dict(US_USA if domestic else US_EN), currency="USD", items=items,
                        taxmode="excl" if domestic and r.random() < 0.6 else "none", rate=D("7.25") if domestic else D(0), date=d0,
                        due=d0 + dt.timedelta(days=30), datestyle=r.choice(["mdy_us", "en_long"]), number=f"INV-{r.randint(10400, 19999)}" if dt_ == "invoice" else f"CM-{r.randint(200, 399)}",
                        producer=r.choice(["html_chromium_modern", "html_weasy_modern", "fpdf2", "reportlab_plain"]), terms="Net 30", accent=r.choice(["#1f5f8b", "#7a3b2e", "#2e6b3a"]),
                        notes=["Thank you for your business!", "Please remit to: First Cascade Bank, ABA 123000848, Acct 4417-229-051" if s["key"] == "prairie" else
                               "Make checks payable to Copperfield Kitchen Supply LLC. ACH: Great Lakes Savings, Routing 041000124, Acct 88031952"]))
        if not domestic:
            d["ship"] = D(str(r.choice(["148.00", "212.50", "96.75"])))
            d["notes"].append("Export shipment — no sales tax. Incoterms DAP Osaka.")
        elif d["taxmode"] == "none":
            d["notes"].append("Resale certificate on file — sales tax exempt.")
        if dt_ == "credit_note":
            d["items"] = d["items"][:2]
            d["notes"] = [f"Credit for damaged goods returned, ref. invoice INV-{r.randint(10400, 19999)}"]
    # ---------- Korean supplier
    for i in range(6):
        s = dict(SUP["ko"][0])
        d0 = rand_date(r)
        items = pick_items("ko", "kitchen", r.choice([2, 3, 4, 5]), "KRW", r, [50, 100, 200, 300, 500])
        zero = r.random() < 0.5
        for it in items:
            it["rate"] = D(0) if zero else D(10)
        if i < 4:
            add(new_doc(lang="ko", doc_type="tax_invoice", supplier=s, buyer=dict(US_EN), currency="KRW", items=items, taxmode="excl", rate=D(0) if zero else D(10),
                        date=d0, datestyle=r.choice(["iso", "hangul"]), number=f"{d0:%Y%m%d}-4100{r.randint(1000, 9999)}-{r.randint(10 ** 7, 10 ** 8 - 1)}",
                        producer=r.choice(["html_chromium_kr", "html_weasy_kr"]), remark="영세율 (수출) / zero-rated export" if zero else "", accent=r.choice(["#1d3f9e", "#b0242a"])))
        else:
            it_en = [dict(it, desc=it["desc"].split(" / ")[-1]) for it in items]
            add(new_doc(lang="en", doc_type="invoice", supplier=dict(s, name=s["en"], addr=s["en_addr"], taxid="Business Reg. No. " + s["taxid"]), buyer=dict(US_EN), currency="USD",
                        items=[dict(it, price=(it["price"] / D(1380)).quantize(D("0.01"))) for it in it_en], date=d0, datestyle="iso", number=f"HB-{d0:%Y}-{r.randint(100, 999)}",
                        producer="soffice_calc", title="INVOICE / 송장", show_sub=True, notes=["Payment: T/T in advance", "Bank: Hanul Bank Namdong Branch, SWIFT HNULKRSE"]))
    # ---------- European suppliers
    eu = [("de", "EUR", "dmy_dot", D(19)), ("fr", "EUR", "long_fr", D(20)), ("it", "EUR", "dmy_slash", D(22)), ("es", "EUR", "dmy_slash", D(21)),
          ("pl", "EUR", "dmy_dot", D(23)), ("nl", "EUR", "dmy_dash", D(21))]
    eu_prods = ["reportlab_plain", "fpdf2", "html_weasy_classic", "html_chromium_gothic", "docx_soffice", "soffice_calc", "html_weasy_modern"]
    eu_notes = {
        "de": ("Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a UStG.", "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).", "Zahlbar innerhalb 14 Tagen ohne Abzug. IBAN DE27 3405 0000 0112 4471 09, BIC WUPHDE33XXX"),
        "fr": ("Exonération de TVA, article 262 I du CGI (exportation).", "Autoliquidation – article 283-2 du CGI.", "Paiement à 30 jours. IBAN FR76 1027 8021 4400 0205 1180 144. Pénalités de retard : 3 fois le taux d'intérêt légal."),
        "it": ("Operazione non imponibile art. 8 c.1 lett. a) DPR 633/72 (esportazione).", "Inversione contabile – art. 7-bis DPR 633/72.", "Bonifico bancario 30 gg d.f. IBAN IT60 X054 2811 1010 0000 0123 456"),
        "es": ("Exenta de IVA – art. 21 Ley 37/1992 (exportación).", "Inversión del sujeto pasivo – art. 84 Ley 37/1992.", "Transferencia a 30 días. IBAN ES91 2100 0418 4502 0005 1332"),
        "pl": ("Eksport towarów – stawka 0% (art. 41 ust. 4 ustawy o VAT).", "Odwrotne obciążenie.", "Przelew 14 dni. IBAN PL61 1090 1014 0000 0712 1981 2874"),
        "nl": ("Export buiten de EU – 0% btw.", "Btw verlegd.", "Betaling binnen 30 dagen. IBAN NL91 ABNA 0417 1643 00"),
    }
    k = 0
    for lang, cur, ds, vat in eu:
        for j in range(6 if lang in ("de", "fr") else 5):
            s = dict(SUP[lang][0])
            d0 = rand_date(r)
            to_eu = (j % 3 == 1)
            same_country = lang == "nl" and to_eu
            n = r.choice([2, 3, 4, 5, 6]) if j != 3 else 32
            items = pick_items(lang, s["cat"], n, cur, r, [6, 12, 24, 36, 48, 60, 100])
            taxed = same_country or (to_eu and j == 4)
            for it in items:
                it["rate"] = vat if taxed else D(0)
            prod = eu_prods[k % len(eu_prods)]; k += 1
            dstyle = ds if j % 2 == 0 else {"de": "long_de", "fr": "dmy_slash", "it": "long_it", "es": "long_es", "pl": "iso", "nl": "long_nl"}[lang]
            note_export, note_rc, pay = eu_notes[lang]
            d = add(new_doc(lang=lang, doc_type="invoice", supplier=s, buyer=dict(US_EU if to_eu else US_EN), currency=cur, items=items, taxmode="excl" if taxed else "none",
                            rate=vat if taxed else D(0), date=d0, due=d0 + dt.timedelta(days=30 if lang != "de" else 14), datestyle=dstyle,
                            number={"de": f"RE-{d0:%Y}-{r.randint(1000, 4999)}", "fr": f"FA{d0:%y}{r.randint(10000, 99999)}", "it": f"{r.randint(100, 999)}/{d0:%Y}",
                                    "es": f"F{d0:%Y}/{r.randint(100, 999)}", "pl": f"FV/{r.randint(10, 999)}/{d0:%m}/{d0:%Y}", "nl": f"{d0:%Y}{r.randint(1000, 9999)}"}[lang],
                            producer=prod, notes=([] if taxed else [note_rc if to_eu else note_export]) + [pay], accent=r.choice(["#34495e", "#8e1b1b", "#1b5e20", "#4a148c"]),
                            moneystyle=r.choice(["sym", "pre"]), show_sub=True))
            if lang == "pl" and j % 2 == 1:
                d["currency"] = "PLN"; d["doc_type"] = "invoice"
                for it in d["items"]:
                    it["price"] = (it["price"] * D("4.3")).quantize(D("0.01"))
            if r.random() < 0.4:
                d["ship"] = D(str(r.choice(["45.00", "89.50", "120.00", "18.90"])))
            if r.random() < 0.25:
                d["disc_pct"] = D(r.choice([2, 5, 10]))
            if lang == "it" and j == 2:
                d["doc_type"] = "proforma"; d["title"] = "FATTURA PROFORMA"
            if lang == "fr" and j == 5:
                d["doc_type"] = "credit_note"; d["title"] = "AVOIR"; d["items"] = d["items"][:2]; d.pop("ship", None); d.pop("disc_pct", None)
    # ---------- non-invoices
    s_ja = [x for x in jpsup]
    d0 = rand_date(r)
    add(new_doc(lang="ja", doc_type="delivery_note", supplier=dict(s_ja[2]), buyer=dict(US_JA), currency="JPY", items=[dict(it, rate=D(10)) for it in pick_items("ja", "kitchen", 5, "JPY", r, [12, 24, 36])],
                taxmode="excl", rate=D(10), date=d0, datestyle="kanji", number=f"N{d0:%y%m}-{r.randint(100, 999)}", title="納品書", producer="html_chromium_jp", not_invoice=True))
    d0 = rand_date(r)
    add(new_doc(lang="ja", doc_type="delivery_note", supplier=dict(s_ja[1]), buyer=dict(US_JA), currency="JPY", items=[dict(it, rate=D(10)) for it in pick_items("ja", "stationery", 6, "JPY", r, [20, 50, 100])],
                taxmode="excl", rate=D(10), date=d0, datestyle="reiwa", number=f"{r.randint(3000, 3999)}", title="納品書", producer="reportlab_faxform", not_invoice=True))
    d0 = rand_date(r)
    add(new_doc(lang="ja", doc_type="quotation", supplier=dict(s_ja[3]), buyer=dict(US_JA), currency="JPY", items=[dict(it, rate=D(10)) for it in pick_items("ja", "stationery", 4, "JPY", r, [500, 1000, 2000])],
                taxmode="excl", rate=D(10), date=d0, due=d0 + dt.timedelta(days=30), datestyle="kanji", number=f"M-{r.randint(1000, 9999)}", title="御見積書", producer="html_weasy_jp", not_invoice=True))
    d0 = rand_date(r)
    add(new_doc(lang="ja", doc_type="purchase_order", supplier=dict(US_JA, tel="06-6538-4127", fax="06-6538-4128", seal="かもめ"), buyer=dict(s_ja[0]), currency="JPY",
                items=[dict(it, rate=D(10)) for it in pick_items("ja", "kitchen", 4, "JPY", r, [24, 48])], taxmode="excl", rate=D(10), date=d0, datestyle="ymd_slash",
                number=f"PO-{d0:%y%m}{r.randint(10, 99)}", title="注文書", producer="html_chromium_jp", not_invoice=True, honorific="御中"))
    d0 = rand_date(r)
    s = dict(SUP["zh"][0])
    add(new_doc(lang="en", doc_type="packing_list", supplier=dict(s, name=s["en"], addr=s["en_addr"]), buyer=dict(US_EN), currency="USD", items=pick_items("en", "kitchen", 5, "USD", r, [600, 1200, 2400]),
                date=d0, datestyle="en_cn", number=f"PL-HO{d0:%y%m%d}", title="PACKING LIST", producer="soffice_calc", not_invoice=True, no_total=True,
                notes=["Total cartons: 86 CTNS   G.W. 1,032.0 KGS   N.W. 948.5 KGS   Meas. 7.82 CBM", "Container: 20'GP  Seal no. HO7732961"]))
    d0 = rand_date(r)
    add(new_doc(lang="en", doc_type="purchase_order", supplier=dict(US_EN, taxid=""), buyer=dict(SUP["en_us"][0]), currency="USD", items=pick_items("en", "stationery", 4, "USD", r, [288, 576]),
                date=d0, datestyle="mdy_us", number=f"KDB-PO-{d0:%y}{r.randint(100, 999)}", title="PURCHASE ORDER", producer="fpdf2", not_invoice=True, show_sub=True))
    d0 = rand_date(r)
    s = dict(SUP["zh"][1])
    add(new_doc(lang="zh", doc_type="quotation", supplier=s, buyer=dict(US_CNAGENT), currency="CNY", items=pick_items("zh", "stationery", 5, "CNY", r, [1000, 3000, 5000]),
                date=d0, datestyle="kanji0", number=f"BJ{d0:%Y%m%d}", title="报价单", producer="docx_soffice", not_invoice=True, show_sub=True,
                notes=["报价有效期：30天", "以上价格含税（13%），不含运费"]))
    d0 = rand_date(r)
    add(new_doc(lang="de", doc_type="delivery_note", supplier=dict(SUP["de"][0]), buyer=dict(US_EN), currency="EUR", items=pick_items("de", "kitchen", 4, "EUR", r, [12, 24]),
                date=d0, datestyle="dmy_dot", number=f"LS-{d0:%Y}-{r.randint(1000, 4999)}", title="Lieferschein", producer="reportlab_plain", not_invoice=True, no_total=True,
                notes=["Ware ordnungsgemäß erhalten: ____________________", "Anzahl Packstücke: 3"]))
    d0 = rand_date(r)
    add(new_doc(lang="fr", doc_type="other", supplier=dict(SUP["fr"][0]), buyer=dict(US_EN), currency="EUR", items=pick_items("fr", "kitchen", 5, "EUR", r, [1]),
                date=d0, datestyle="long_fr", number=f"Tarif export {d0.year}", title="TARIF EXPORT", producer="html_weasy_classic", not_invoice=True, no_total=True,
                notes=["Prix unitaires HT, départ usine, par colis de 6 pièces minimum."], other_kind="price_list"))
    d0 = rand_date(r)
    s = dict(SUP["zh"][2])
    add(new_doc(lang="en", doc_type="other", supplier=dict(s, name=s["en"], addr=s["en_addr"]), buyer=dict(US_EN), currency="USD", items=[], date=d0, datestyle="en_long",
                number="", producer="docx_letter", not_invoice=True, no_total=True, other_kind="letter",
                letter_body=["To whom it may concern,",
                             f"We hereby confirm that {US_EN['name']} (Osaka, Japan) has purchased kitchen knives and scissors from our factory since 2023. "
                             "All goods were manufactured by us and shipped from Yangjiang under our own export licence.",
                             "This letter is issued at the request of the customer and does not replace commercial invoices.",
                             "Yours faithfully,", "Zhou Wenbin, Sales Manager"]))
    return docs, jpsup



# ----------------------------------------------------------------------------- edits (what a panicking seller does)
def change_spec(d, kind, r):
    """-> (list of (old, new) strings, label updates, breaks_arithmetic)."""
    V = d["V"]
    if kind == "total":
        old = d["printed"]["total"]
        new = q(old * D(str(r.choice([1.18, 1.25, 1.4, 1.6, 2.1]))), d["currency"])
        if DEC[d["currency"]] == 0:
            new = q(new / 100, d["currency"]) * 100
        return [(V["total_num"], fmoney(new, d, sym=False))], dict(total=str(new)), True
    if kind == "date":
        nd = d["date"] - dt.timedelta(days=r.randint(150, 480))
        new = fdate(nd, d["datestyle"])
        if new == V["date"]:
            return None
        return [(V["date"], new)], dict(date=nd.isoformat()), False
    if kind == "buyer":
        old = d["buyer"]["name"]
        if not old:
            return None
        pool = ALT_BUYERS["ja"] if any(ord(c) > 0x2E80 for c in old) else ALT_BUYERS["en"]
        new = r.choice(pool)
        return [(old, new)], dict(buyer=new), False
    if kind == "quantity":
        rows = V["rows"]
        qs = [x["qty"] for x in rows]
        cands = [x for x in rows if qs.count(x["qty"]) == 1 and all(x["qty"] not in (y["price"], y["amt"]) for y in rows)]
        if not cands:
            return None
        row = r.choice(cands)
        nq = int(row["qty"].replace(",", "").replace(".", "").replace(" ", "").replace("\u202f", "")) * r.choice([2, 3, 5, 10])
        return [(row["qty"], fnum(D(nq), d["lang"], 0, d.get("numstyle")))], {}, True
    return None


def stream_replace(src, dst, repl, incremental=False):
    """Edit the literal strings in the page content streams."""
    if not incremental:
        pdf = pikepdf.open(src)
        n = 0
        for page in pdf.pages:
            page.contents_coalesce()
            data = page.Contents.read_bytes()
            for old, new in repl:
                o, nw = old.encode("cp1252"), new.encode("cp1252")
                n += data.count(o)
                data = data.replace(o, nw)
            page.Contents.write(data)
        if n == 0:
            return False
        pdf.save(dst)
        return True
    w = PdfWriter(src, incremental=True)
    n = 0
    for page in w.pages:
        c = page.get_contents()
        if c is None:
            continue
        data = c.get_data()
        for old, new in repl:
            o, nw = old.encode("cp1252"), new.encode("cp1252")
            n += data.count(o)
            data = data.replace(o, nw)
        so = DecodedStreamObject()
        so.set_data(data)
        page.replace_contents(so)
    if n == 0:
        return False
    w.add_metadata({"/ModDate": "D:20260318101522+09'00'", "/Producer": "pypdf"})
    with open(dst, "wb") as f:
        w.write(f)
    return True


def em_factor(text):
    """Share of the font size covered by the glyph boxes of this text."""
    if any(ord(ch) > 0x2E80 for ch in text):
        return 0.88
    if any(ch in "gjpqy(),;" for ch in text):
        return 0.93
    if any(ch.islower() or ch.isalpha() for ch in text):
        return 0.74 if not any(ch.islower() for ch in text) else 0.76
    return 0.72


def overlay_pdf(src, dst, repl, whole=False):
    """White box over the old text, new text drawn on top, merged by pypdf."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    hits = {}
    for old, new in repl:
        found = find_boxes(src, old, whole)
        if not found:
            return False
        for pi, box, W, H in found:
            hits.setdefault(pi, []).append((box, new, W, H))
    reader = PdfReader(src)
    w = PdfWriter(clone_from=reader)
    for pi, lst in hits.items():
        buf = io.BytesIO()
        W, H = lst[0][2], lst[0][3]
        c = canvas.Canvas(buf, pagesize=(W, H))
        for (l, b, rr, t), new, _, _ in lst:
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1.2, b - 1.6, rr - l + 2.4, t - b + 3.2, stroke=0, fill=1)
            cjk = any(ord(ch) > 0x2E80 for ch in new)
            font = "WQY" if cjk else ("Helvetica" if all(ord(ch) < 256 or ch == "€" for ch in new) else "DJV")
            fs = (t - b) / em_factor(new)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont(font, fs)
            numeric = sum(ch.isdigit() for ch in new) > len(new) / 2
            if numeric:
                c.drawRightString(rr, b, new)
            else:
                c.drawString(l, b, new)
        c.save()
        buf.seek(0)
        w.pages[pi].merge_page(PdfReader(buf).pages[0])
    with open(dst, "wb") as f:
        w.write(f)
    return True


def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", src], check=True, timeout=300)


def rasterize_pdf(src, dst, dpi=150):
    imgs = render_pages(src, dpi)
    imgs[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def paste_text_on_image(img, box, new, r, color=None):
    """Cover the old text with paper colour and write the new one (like a photo editor's clone/text tool)."""
    mode = img.mode
    im = img.convert("RGB")
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    x0 -= 2; y0 -= 3; x1 += 3; y1 += 3
    a = np.asarray(im)
    ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), a[y1:y1 + 4, x0:x1].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (250, 250, 250)
    region = a[y0:y1, x0:x1].reshape(-1, 3)
    ink = tuple(int(v) for v in region[region.sum(1).argmin()]) if len(region) else (30, 30, 30)
    d = ImageDraw.Draw(im)
    d.rectangle([x0, y0, x1, y1], fill=bg)
    cjk = any(ord(ch) > 0x2E80 for ch in new)
    h = (y1 - y0 - 6)
    fs = max(8, int(h / em_factor(new)))
    font = ImageFont.truetype(WQY if cjk or any(ord(ch) > 255 for ch in new) else DJV, fs)
    tw = d.textlength(new, font=font)
    numeric = sum(ch.isdigit() for ch in new) > len(new) / 2
    tx = x1 - 3 - tw if numeric else x0 + 2
    bb = font.getbbox("8" if not cjk else "請")
    d.text((tx, y1 - 3 - bb[3]), new, fill=ink, font=font)
    patch = im.crop((x0 - 2, y0 - 2, x1 + 2, y1 + 2)).filter(ImageFilter.GaussianBlur(0.6))
    im.paste(patch, (x0 - 2, y0 - 2))
    if mode == "1":
        return im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    if mode == "L":
        return im.convert("L")
    return im


def do_edits(docs, src_pdf, base_files, scans, labels, label, r):
    byid = {d["id"]: d for d in docs}
    lab = {L["source_id"]: L for L in labels}
    used = {}
    count = {}

    def emit(d, suffix, fname_ext, method, what, upd, breaks, before, producer=None, pages=None, extra=None):
        base = lab[d["id"]]
        fn = f"{d['id']}_{d['lang']}_{d['doc_type']}_ed{used.get(d['id'], 0) + 1}_{suffix}.{fname_ext}"
        used[d["id"]] = used.get(d["id"], 0) + 1
        L = dict(base)
        L.update(file=fn, genuine=False, edit_method=method, what_changed=what, edit_before_capture=before, edit_breaks_arithmetic=breaks, edited_from=base["file"])
        L.update(upd)
        if producer:
            L["producer"] = producer
        if pages is not None:
            L["pages"] = pages
        if extra:
            L.update(extra)
        labels.append(L)
        count[method] = count.get(method, 0) + 1
        return os.path.join(OUT, fn)

    plain = [d for d in docs if d["id"] not in scans and lab[d["id"]]["producer"] in ("reportlab_plain", "fpdf2") and d["lang"] not in CJK
             and not d.get("not_invoice") and not d.get("arith")]
    pdfs = [d for d in docs if d["id"] not in scans and lab[d["id"]]["producer"] not in ("phone_photo",) and base_files[d["id"]].endswith(".pdf")
            and not d.get("not_invoice") and d["producer"] != "docx_letter" and not d.get("arith")]
    kinds_cycle = ["total", "buyer", "date", "quantity", "total", "date", "buyer", "total"]
    ki = [0]

    def next_kind():
        k = kinds_cycle[ki[0] % len(kinds_cycle)]; ki[0] += 1
        return k

    # 1) pikepdf / pypdf content-stream edits on core-font PDFs
    r.shuffle(plain)
    want = [("pikepdf_text_replace", False, 7), ("pypdf_incremental_update", True, 5)]
    pi_ = 0
    for method, inc, n in want:
        done = 0
        while done < n and pi_ < len(plain) * 3:
            d = plain[pi_ % len(plain)]; pi_ += 1
            kind = next_kind()
            spec = change_spec(d, kind, r)
            if not spec:
                continue
            repl, upd, breaks = spec
            if any(any(ord(ch) > 255 and ch != "€" for ch in x) for pair in repl for x in pair):
                continue
            if kind == "quantity":
                repl = [("(" + o + ")", "(" + nw + ")") for o, nw in repl]
            tmp = os.path.join(WORK, "tmp_edit.pdf")
            if not stream_replace(src_pdf[d["id"]], tmp, repl, incremental=inc):
                continue
            out = emit(d, method.split("_")[0], "pdf", method, [kind], upd, breaks, False, pages=len(PdfReader(tmp).pages))
            shutil.move(tmp, out)
            done += 1
    # 2) overlay white box (+ optional re-save through another program)
    r.shuffle(pdfs)
    want = [("overlay_whitebox", 8), ("overlay_then_gs_resave", 2), ("overlay_then_rasterize", 2)]
    oi = 0
    for method, n in want:
        done = 0
        while done < n and oi < len(pdfs) * 3:
            d = pdfs[oi % len(pdfs)]; oi += 1
            kind = next_kind()
            if d["producer"] == "reportlab_thermal" and kind == "buyer":
                kind = "total"
            spec = change_spec(d, kind, r)
            if not spec:
                continue
            repl, upd, breaks = spec
            tmp = os.path.join(WORK, "tmp_ov.pdf")
            if not overlay_pdf(src_pdf[d["id"]], tmp, repl, whole=(kind == "quantity")):
                continue
            if method == "overlay_then_gs_resave":
                out = emit(d, "gs", "pdf", method, [kind], upd, breaks, False, pages=len(PdfReader(tmp).pages), extra=dict(resaved_with="ghostscript"))
                gs_resave(tmp, out)
            elif method == "overlay_then_rasterize":
                out = emit(d, "flat", "pdf", method, [kind], upd, breaks, False, pages=len(PdfReader(tmp).pages), extra=dict(resaved_with="rasterised to image PDF"))
                rasterize_pdf(tmp, out)
            else:
                out = emit(d, "ovl", "pdf", method, [kind], upd, breaks, False, pages=len(PdfReader(tmp).pages))
                shutil.move(tmp, out)
            done += 1
    # 3) after-capture edits inside scan / fax images
    sids = [i for i in scans if not byid[i].get("not_invoice") and not byid[i].get("arith")]
    r.shuffle(sids)
    done = 0
    si = 0
    while done < 6 and si < len(sids) * 3:
        i = sids[si % len(sids)]; si += 1
        d = byid[i]
        sc, imgs, fmt, fn = scans[i]
        kind = next_kind()
        spec = change_spec(d, kind, r)
        if not spec:
            continue
        repl, upd, breaks = spec
        new_imgs = list(imgs)
        ok = True
        for old, new in repl:
            found = find_boxes(src_pdf[i], old, whole=(kind == "quantity"))
            if not found:
                ok = False; break
            for pi, box, W, H in found:
                new_imgs[pi] = paste_text_on_image(new_imgs[pi], sc.map_box(box, H), new, r)
        if not ok:
            continue
        ext = fmt
        out = emit(d, "imgpaste", ext, "image_paste", [kind], upd, breaks, False, pages=len(new_imgs))
        save_images(new_imgs, out, fmt, sc.out_dpi, quality=r.randint(70, 88))
        done += 1
    # clone a line-item band over another one inside the image
    done = 0
    for i in sids:
        if done >= 3:
            break
        d = byid[i]
        sc, imgs, fmt, fn = scans[i]
        rows = d["V"]["rows"]
        if len(rows) < 3:
            continue
        a_, b_ = r.sample(range(len(rows)), 2)
        fa = find_boxes(src_pdf[i], rows[a_]["desc"]); fb = find_boxes(src_pdf[i], rows[b_]["desc"])
        if not fa or not fb or fa[0][0] != fb[0][0]:
            continue
        pi, boxa, W, H = fa[0]
        boxb = fb[0][1]
        im = imgs[pi].copy()
        ma, mb = sc.map_box(boxa, H), sc.map_box(boxb, H)
        ha = ma[3] - ma[1] + 8
        band = im.crop((int(im.width * 0.04), int(ma[1] - 4), int(im.width * 0.96), int(ma[1] - 4 + ha)))
        im.paste(band, (int(im.width * 0.04), int(mb[1] - 4)))
        new_imgs = list(imgs); new_imgs[pi] = im
        out = emit(d, "clone", fmt, "image_clone_region", ["line_items", "quantity"], {}, True, False, pages=len(new_imgs),
                   extra=dict(edit_note=f"row {a_ + 1} copied over row {b_ + 1}"))
        save_images(new_imgs, out, fmt, sc.out_dpi, quality=r.randint(70, 88))
        done += 1
    # 4) edit the PDF, then print-and-scan / photograph it (no trace left in the file itself)
    cands = [d for d in pdfs if d["lang"] in ("ja", "zh", "en") and len(d["items"]) < 20]
    r.shuffle(cands)
    done = 0
    for d in cands:
        if done >= 3:
            break
        kind = ["buyer", "date", "total"][done]
        spec = change_spec(d, kind, r)
        if not spec:
            continue
        repl, upd, breaks = spec
        tmp = os.path.join(WORK, "tmp_pre.pdf")
        if not overlay_pdf(src_pdf[d["id"]], tmp, repl):
            continue
        pages = render_pages(tmp, 200)
        if done < 2:
            sc = Scan(r, color=True)
            imgs = [sc.apply(p) for p in pages]
            fmt = "pdf" if len(imgs) > 1 else "jpg"
            out = emit(d, "prescan", fmt, "edit_then_scan", [kind], upd, breaks, True, producer="scan_mfp", pages=len(imgs), extra=dict(source_producer=d["producer"]))
            save_images(imgs, out, fmt, sc.out_dpi, quality=70)
        else:
            img = phone_photo(render_pages(tmp, 150)[0], r)
            out = emit(d, "prephoto", "jpg", "edit_then_photo", [kind], upd, breaks, True, producer="phone_photo", pages=1, extra=dict(source_producer=d["producer"]))
            img.save(out, "JPEG", quality=84)
        done += 1
    # 5) change the supplier's own spreadsheet / Word file and export again
    srcs = [d for d in docs if d["producer"] in ("soffice_calc", "docx_soffice") and d["id"] not in scans and not d.get("not_invoice") and not d.get("arith")]
    r.shuffle(srcs)
    jobs = []
    for j, d in enumerate(srcs[:4]):
        d2 = copy.deepcopy(d)
        kind = ["buyer", "quantity", "date", "buyer"][j]
        if kind == "buyer":
            d2["buyer"] = dict(d2["buyer"], name=r.choice(ALT_BUYERS["ja"] if d["lang"] == "ja" else ALT_BUYERS["en"]))
            upd = dict(buyer=d2["buyer"]["name"]); what = ["buyer"]
        elif kind == "quantity":
            d2["items"][0]["qty"] *= 4
            for it in d2["items"]:
                it.pop("amount", None); it.pop("tax", None)
            compute(d2)
            if d2.get("say"):
                d2["say"] = "SAY TOTAL US DOLLARS " + num_words(d2["printed"]["total"]).upper() + " ONLY."
            upd = dict(total=str(q(d2["printed"]["total"], d2["currency"]))); what = ["quantity", "total"]
        else:
            d2["date"] = d["date"] - dt.timedelta(days=r.randint(200, 400))
            upd = dict(date=d2["date"].isoformat()); what = ["date"]
        d2["V"] = view(d2)
        ext = "fods" if d["producer"] == "soffice_calc" else "docx"
        srcp = os.path.join(WORK, f"reexp_{d['id']}.{ext}")
        (fods if ext == "fods" else make_docx)(d2, d2["V"], srcp)
        jobs.append((d, srcp, what, upd))
    soffice_batch([j[1] for j in jobs], WORK)
    for d, srcp, what, upd in jobs:
        pdf = srcp.rsplit(".", 1)[0] + ".pdf"
        out = emit(d, "reexport", "pdf", "source_file_reexport", what, upd, False, True, pages=len(PdfReader(pdf).pages),
                   extra=dict(edit_note="supplier's spreadsheet/Word source changed and exported to PDF again"))
        shutil.copy(pdf, out)
    print("edits:", count, sum(count.values()), flush=True)


# ----------------------------------------------------------------------------- main
def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT); os.makedirs(WORK, exist_ok=True)
    for f in os.listdir(WORK):
        if f != "lo_profile":
            os.remove(os.path.join(WORK, f))
    docs, jpsup = plan()
    r = R
    # deliberate arithmetic mistakes on 8 genuine invoices
    cand = [d for d in docs if not d.get("not_invoice") and d["producer"] not in ("reportlab_thermal",) and d["lang"] != "zh"]
    for d, kind in zip(r.sample(cand, 8), ["line", "sum", "tax", "transpose", "line", "sum", "tax", "transpose"]):
        if kind == "tax" and d.get("taxmode") != "excl":
            kind = "sum"
        d["arith"] = kind
    for d in docs:
        compute(d)
        if d.get("say") is None and d["producer"] == "soffice_calc" and d["lang"] == "en" and d["currency"] == "USD" and not d.get("no_total"):
            d["say"] = "SAY TOTAL US DOLLARS " + num_words(d["printed"]["total"]).upper() + " ONLY."
    # --- choose captures: which genuine docs end up as scans / fax / photos
    capture = {}
    jp_fax = [d for d in docs if d["producer"] == "reportlab_faxform"]
    for d in jp_fax:
        capture[d["id"]] = "fax"
    thermal = [d for d in docs if d["producer"] in ("reportlab_thermal", "reportlab_ryoshusho")]
    for d in thermal[:6]:
        capture[d["id"]] = "photo"
    others = [d for d in docs if d["id"] not in capture and d["producer"] != "docx_letter" and len(d["items"]) < 20]
    for d in r.sample(others, 14):
        capture[d["id"]] = "scan"
    for d in r.sample([d for d in others if d["id"] not in capture], 3):
        capture[d["id"]] = "photo"
    # --- render sources
    src_pdf = {}
    lo_jobs = []
    for d in docs:
        V = d["V"] = view(d)
        pdf = os.path.join(WORK, f"src_{d['id']}.pdf")
        p = d["producer"]
        if p.startswith("html_"):
            eng = "weasyprint" if "_weasy_" in p else "chromium"
            if p.endswith("_jp"):
                h = html_japanese(d, V)
            elif p.endswith("_fapiao"):
                h = html_fapiao(d, V)
            elif p.endswith("_kr"):
                h = html_korean(d, V)
            else:
                h = html_western(d, V, p.rsplit("_", 1)[1])
            print_html(h, pdf, eng)
        elif p == "reportlab_plain":
            rl_invoice(d, V, pdf)
        elif p == "reportlab_thermal":
            rl_receipt(d, V, pdf)
        elif p == "reportlab_ryoshusho":
            rl_ryoshusho(d, V, pdf)
        elif p == "reportlab_faxform":
            rl_fax_form(d, V, pdf)
        elif p == "fpdf2":
            fpdf_invoice(d, V, pdf)
        elif p == "soffice_calc":
            path = os.path.join(WORK, f"src_{d['id']}.fods"); fods(d, V, path); lo_jobs.append(path)
        elif p == "docx_soffice":
            path = os.path.join(WORK, f"src_{d['id']}.docx"); make_docx(d, V, path); lo_jobs.append(path)
        elif p == "docx_letter":
            path = os.path.join(WORK, f"src_{d['id']}.docx"); make_letter_docx(d, path); lo_jobs.append(path)
        src_pdf[d["id"]] = pdf
    soffice_batch(lo_jobs, WORK)
    print("sources rendered", len(src_pdf), flush=True)

    labels = []

    def label(fname, d, **kw):
        V = d["V"]
        tot = None if d.get("no_total") or d["doc_type"] in ("packing_list",) or (d["doc_type"] == "other") else str(q(d["printed"]["total"], d["currency"]))
        L = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=d["producer"], language=d["lang"], is_invoice=not d.get("not_invoice"),
                 doc_type=d["doc_type"], date=d["date"].isoformat(), total=tot, currency=d["currency"], supplier=d["supplier"]["name"],
                 buyer=d["buyer"]["name"], pages=None, edit_before_capture=False, arithmetic_error=bool(d.get("arith")), source_id=d["id"])
        if d.get("other_kind"):
            L["other_kind"] = d["other_kind"]
        L.update(kw)
        labels.append(L)
        return L

    base_files = {}
    scans = {}  # id -> (Scan, [imgs], fmt, fname)
    for d in docs:
        pdf = src_pdf[d["id"]]
        cap = capture.get(d["id"])
        stem = f"{d['id']}_{d['lang']}_{d['doc_type']}"
        if not cap:
            fn = stem + ".pdf"
            shutil.copy(pdf, os.path.join(OUT, fn))
            label(fn, d, pages=len(PdfReader(pdf).pages))
            base_files[d["id"]] = fn
            continue
        pages = render_pages(pdf, 200)
        if cap == "scan":
            sc = Scan(r, color=r.random() < 0.6)
            imgs = [sc.apply(im) for im in pages]
            fmt = r.choice(["jpg", "jpg", "png", "pdf", "pdf"]) if len(imgs) == 1 else "pdf"
            fn = stem + f"_scan.{fmt}"
            save_images(imgs, os.path.join(OUT, fn), fmt, sc.out_dpi, quality=r.randint(55, 80))
            scans[d["id"]] = (sc, imgs, fmt, fn)
            label(fn, d, producer="scan_mfp", source_producer=d["producer"], pages=len(imgs))
        elif cap == "fax":
            sc = Scan(r, angle=r.uniform(-0.6, 0.6), color=False)
            hdr = f"{d['date'] + dt.timedelta(days=r.randint(0, 2)):%Y/%m/%d} {r.randint(9, 18):02d}:{r.randint(0, 59):02d}  FROM: {d['supplier'].get('fax', '')}  {d['supplier']['name']}   P.001/{len(pages):03d}"
            imgs = [fax_degrade(sc.apply(im), r, hdr) for im in pages]
            fmt = r.choice(["pdf", "png"]) if len(imgs) == 1 else "pdf"
            fn = stem + f"_fax.{fmt}"
            save_images(imgs, os.path.join(OUT, fn), fmt, 150)
            scans[d["id"]] = (sc, imgs, fmt, fn)
            label(fn, d, producer="fax_received", source_producer=d["producer"], pages=len(imgs))
        elif cap == "photo":
            pages = render_pages(pdf, 150 if d["producer"] != "reportlab_thermal" else 220)
            img = phone_photo(pages[0], r)
            fn = stem + "_photo.jpg"
            img.save(os.path.join(OUT, fn), "JPEG", quality=r.randint(78, 90))
            label(fn, d, producer="phone_photo", source_producer=d["producer"], pages=1)
        base_files[d["id"]] = fn
    print("genuine files", len(labels), flush=True)

    # --------------------------------------------------------------------- edits
    do_edits(docs, src_pdf, base_files, scans, labels, label, r)

    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + "\n")
    check()


def num_words(x):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def w(n):
        if n < 20: return ones[n]
        if n < 100: return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000: return ones[n // 100] + " hundred" + (" and " + w(n % 100) if n % 100 else "")
        for div, name in ((10 ** 6, "million"), (1000, "thousand")):
            if n >= div:
                return w(n // div) + " " + name + ((" " + w(n % div)) if n % div else "")
    x = q(x, "USD")
    dollars, cents = int(x), int((x * 100) % 100)
    return w(dollars) + (f" and cents {w(cents)}" if cents else "")


def check():
    from collections import Counter
    labels = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8")]
    missing = [L["file"] for L in labels if not os.path.exists(os.path.join(OUT, L["file"]))]
    extra = set(os.listdir(OUT)) - {L["file"] for L in labels}
    print(f"\n{len(labels)} labels, missing files: {missing}, unlabelled files: {sorted(extra)}")
    for key in ("producer", "language", "doc_type", "edit_method", "genuine", "is_invoice", "arithmetic_error", "edit_before_capture"):
        print(key, dict(Counter(str(L[key]) for L in labels).most_common()))
    imgs = sum(1 for L in labels if L["file"].rsplit(".", 1)[1] in ("jpg", "png"))
    imgpdf = sum(1 for L in labels if L["producer"] in ("scan_mfp", "fax_received", "phone_photo") and L["file"].endswith(".pdf") or L.get("edit_method") in ("overlay_then_rasterize",))
    print(f"image files (jpg/png): {imgs}; image-only PDFs (scan/fax wrapped or rasterised): {imgpdf}")


if __name__ == "__main__":
    sys.path.insert(0, BASE)
    main()
