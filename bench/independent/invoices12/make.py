#!/usr/bin/env python3
"""Test set of supplier invoices (and a few non-invoices) as they land on the desk of a
Bologna accounting office, plus copies "fixed" by a panicking Amazon seller.

Run:  /work/main/.venv/bin/python make.py      -> files/  labels.jsonl
Everything (companies, tax ids, IBANs, amounts) is invented.
"""
import io, json, math, os, random, shutil, subprocess, sys, datetime as dt, html
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path
from collections import Counter

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium
import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, TextStringObject, NameObject

BASE = Path(__file__).resolve().parent
OUT = BASE / "files"
TMP = BASE / "_build"
R = random.Random(1312)
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
DJS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


# ----------------------------------------------------------------- formats
def fnum(x, style="it", dec=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    sep, dp = {"it": (".", ","), "fr": ("\u202f", ","), "sp": (" ", ","), "en": (",", "."),
               "plain": ("", "."), "pcomma": ("", ",")}[style]
    r = sep.join(g) + (dp + fp if dec else "")
    return ("-" if neg else "") + r


MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fdate(d, st):
    if st == "dmy/": return d.strftime("%d/%m/%Y")
    if st == "dmy.": return d.strftime("%d.%m.%Y")
    if st == "dmy-": return d.strftime("%d-%m-%Y")
    if st == "mdy/": return d.strftime("%m/%d/%Y")
    if st == "ymd/": return d.strftime("%Y/%m/%d")
    if st == "iso": return d.isoformat()
    if st == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if st == "en_us": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if st == "en_gb": return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if st == "en_cn": return f"{MONTHS['en'][d.month-1][:3].upper()}. {d.day:02d}, {d.year}"
    if st == "de_long": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    if st == "es_long": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if st.endswith("_long"):
        return f"{d.day} {MONTHS[st[:2]][d.month-1]} {d.year}"
    raise ValueError(st)


def cn_upper(x):
    dg = "零壹贰叁肆伍陆柒捌玖"
    un = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    x = q2(x)
    yuan = int(x)
    jiao = int(x * 10) % 10
    fen = int(x * 100) % 10

    def four(g):
        s, z = "", False
        for k in (3, 2, 1, 0):
            d = g // 10 ** k % 10
            if d == 0:
                if s: z = True
            else:
                if z: s += "零"; z = False
                s += dg[d] + un[k]
        return s
    gs = []
    n = yuan
    while n:
        gs.append(n % 10000); n //= 10000
    out, pend = "", False
    for gi in range(len(gs) - 1, -1, -1):
        g = gs[gi]
        if g == 0:
            if out: pend = True
            continue
        if out and (g < 1000 or pend): out += "零"
        out += four(g) + big[gi]
        pend = False
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0:
        return out + "整"
    out += (dg[jiao] + "角") if jiao else "零"
    out += (dg[fen] + "分") if fen else "整"
    return out


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000: return ONES[n // 100] + " hundred" + (" and " + en_words(n % 100) if n % 100 else "")
    for v, w in ((10 ** 6, "million"), (1000, "thousand")):
        if n >= v:
            return en_words(n // v) + " " + w + ((" " if n % v >= 100 else " and ") + en_words(n % v) if n % v else "")


def say_usd(x):
    x = q2(x)
    c = int(x * 100) % 100
    s = "SAY TOTAL US DOLLARS " + en_words(int(x)).upper()
    if c: s += " AND CENTS " + en_words(c).upper()
    return s + " ONLY."


# ----------------------------------------------------------------- ids
def piva():
    d = [R.randint(0, 9) for _ in range(7)] + [0, R.choice([3, 3, 7]), R.randint(0, 9)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0: s += x
        else:
            y = 2 * x; s += y - 9 if y > 9 else y
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def iban_it():
    abi = f"0{R.randint(3000, 9999)}"
    cab = f"{R.randint(10000, 99999)}"
    acc = f"{R.randint(0, 10**12-1):012d}"
    cin = R.choice("ABCDEFGHIJKLMNPRSTUVWXZ")
    bban = cin + abi + cab + acc
    num = "".join(str(int(c, 36)) for c in bban + "IT00")
    chk = 98 - int(num) % 97
    s = f"IT{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc, n):
    bban = "".join(str(R.randint(0, 9)) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------- parties
BUYERS = {
    "tex": dict(name="Casa Morandi Tessili S.r.l.", addr=["Via Emilio Lepido 112/3", "40132 Bologna (BO)", "Italia"],
                vat="IT" + piva(), sdi="M5UXCR1", pec="casamorandi@pec-mail.example"),
    "bike": dict(name="Ciclofficina Reno S.n.c. di Poggi Marco & C.", addr=["Via Porrettana 318", "40033 Casalecchio di Reno (BO)", "Italia"],
                 vat="IT" + piva(), sdi="T04ZHR3", pec="ciclofficinareno@pec-mail.example"),
    "cosm": dict(name="Erbe Chiare S.r.l.s.", addr=["Via San Donato 87/B", "40127 Bologna (BO)", "Italia"],
                 vat="IT" + piva(), sdi="KRRH6B9", pec="erbechiare@pec-mail.example"),
}
for b in BUYERS.values():
    b["cf"] = b["vat"][2:]

S = {}


def sup(key, **kw):
    kw.setdefault("vat", "")
    S[key] = kw


sup("IT1", name="Lanificio Ghirardelli & Figli S.r.l.", addr=["Via del Ferro 27", "59100 Prato (PO)"], vat="IT" + piva(), lang="it", dom="tex",
    bank="Banca di Credito Cooperativo del Bisenzio", iban=iban_it(), rea="PO-51877", cap="Cap. soc. € 120.000,00 i.v.")
sup("IT2", name="Raggi e Mozzi Emiliani S.r.l.", addr=["Via Radici in Piano 410", "41049 Sassuolo (MO)"], vat="IT" + piva(), lang="it", dom="bike",
    bank="Banca Popolare dell'Appennino Emiliano", iban=iban_it(), rea="MO-402233", cap="Cap. soc. € 50.000,00 i.v.")
sup("IT3", name="Laboratorio Erboristico Montesole S.a.s. di Renzi Paola & C.", addr=["Contrada Pian di Rose 14", "62027 San Severino Marche (MC)"],
    vat="IT" + piva(), lang="it", dom="cosm", bank="Cassa Rurale dei Monti Azzurri", iban=iban_it(), rea="MC-190022", cap="")
sup("IT4", name="Cartotecnica Lunardi S.r.l.", addr=["Via dell'Industria 9", "40062 Molinella (BO)"], vat="IT" + piva(), lang="it", dom="pack",
    bank="Banca di Bologna e Romagna", iban=iban_it(), rea="BO-377120", cap="Cap. soc. € 20.000,00 i.v.")
sup("IT5", name="Tipografia Gandolfi di Ivo Gandolfi", addr=["Via Saragozza 140/a", "40135 Bologna (BO)"], vat="IT" + piva(), lang="it", dom="print",
    bank="Cassa di Risparmio di Casalecchio", iban=iban_it(), rea="", cap="", forfettario=True)
sup("IT6", name="Autotrasporti F.lli Zaccanti S.n.c.", addr=["Via del Lavoro 51", "40010 Sala Bolognese (BO)"], vat="IT" + piva(), lang="it", dom="freight",
    bank="Emilbanca dei Colli", iban=iban_it(), rea="BO-288001", cap="")
sup("IT7", name="Merceria all'ingrosso Bettini S.r.l.", addr=["Via del Pratello 9/c", "40122 Bologna (BO)"], vat="IT" + piva(), lang="it", dom="tex",
    bank="Banca di Bologna e Romagna", iban=iban_it(), rea="BO-120455", cap="")
sup("FR1", name="Tissages du Haut-Vernay SARL", addr=["14, rue des Canuts", "69004 Lyon", "France"], vat="FR" + digits(11), lang="fr", dom="tex",
    bank="Crédit Rhodanien – Agence Croix-Rousse", iban=iban("FR", 23), rcs="RCS Lyon " + digits(9), cap="SARL au capital de 8 000 €")
sup("FR2", name="Savonnerie des Alpilles Blanches", addr=["Mas de la Gardiole", "Chemin des Oliviers", "13520 Maussane-les-Alpilles", "France"],
    vat="FR" + digits(11), lang="fr", dom="cosm", bank="Banque Populaire du Val de Durance", iban=iban("FR", 23), rcs="SAS – RCS Tarascon " + digits(9), cap="")
sup("BE1", name="Établissements Dumortier & Fils SRL", addr=["Rue Saint-Gilles 212", "4000 Liège", "Belgique"], vat="BE0" + digits(9), lang="fr", dom="cosm",
    bank="Banque Mosane", iban=iban("BE", 12), rcs="RPM Liège", cap="")
sup("NL1", name="Van Asperen Fietsonderdelen B.V.", addr=["Kanaalweg 88", "3526 KM Utrecht", "Nederland"], vat="NL" + digits(9) + "B01", lang="nl", dom="bike",
    bank="Domstad Bank N.V.", iban=iban("NL", 14), kvk=digits(8))
sup("NL2", name="Linnenhuis Verbruggen BV", addr=["Dok Noord 33", "9000 Gent", "België"], vat="BE0" + digits(9), lang="nl", dom="tex",
    bank="Leiebank", iban=iban("BE", 12), kvk="")
sup("DE1", name="Kessler Radteile GmbH", addr=["Hafenstraße 17", "97424 Schweinfurt", "Deutschland"], vat="DE" + digits(9), lang="de", dom="bike",
    bank="Mainfränkische Volksbank eG", iban=iban("DE", 18), hrb="Amtsgericht Schweinfurt HRB " + digits(4), gf="Geschäftsführer: Jürgen Kessler, Anja Roth-Kessler")
sup("DE2", name="Albrecht Naturrohstoffe KG", addr=["Am Sülzwerk 4", "21335 Lüneburg", "Deutschland"], vat="DE" + digits(9), lang="de", dom="cosm",
    bank="Heidesparkasse Lüneburg-Nord", iban=iban("DE", 18), hrb="Amtsgericht Lüneburg HRA " + digits(4), gf="Pers. haftende Gesellschafterin: Marlene Albrecht")
sup("ES1", name="Envases Cosméticos del Turia S.L.", addr=["Polígono Fuente del Jarro, C/ Ciudad de Sevilla 23", "46988 Paterna (Valencia)", "España"],
    vat="ESB" + digits(8), lang="es", dom="pack", bank="Caixa Rural del Túria", iban=iban("ES", 20))
sup("PL1", name="Tkaniny Wójcik Sp. z o.o.", addr=["ul. Piotrkowska 301", "90-457 Łódź", "Polska"], vat="PL" + digits(10), lang="pl", dom="tex",
    bank="Bank Spółdzielczy Ziemi Łódzkiej", iban=iban("PL", 24), krs="KRS 0000" + digits(6))
sup("CN1", name="Ningbo Haoyun Cycling Components Co., Ltd.", zh="宁波浩运自行车配件有限公司", addr=["No. 58 Jinhai Road, Beilun District", "Ningbo, Zhejiang 315800, China"],
    vat="USCC 91330206MA2" + digits(5) + "X", lang="en", dom="bike", bank="Bank of Yongjiang, Beilun Sub-branch", iban="ACCT " + digits(16), swift="YJBKCNBNXXX")
sup("CN2", name="Shaoxing Jinxiu Home Textile Co., Ltd.", zh="绍兴锦绣家纺有限公司", addr=["Room 1203, Keqiao Textile Plaza Block B", "Keqiao, Shaoxing, Zhejiang 312030, China"],
    vat="USCC 91330621MA2" + digits(5) + "7", lang="en", dom="tex", bank="Shaoxing Keqiao Rural Commercial Bank", iban="ACCT " + digits(18), swift="SXKQCNBSXXX")
sup("CN3", name="Guangzhou Qingyan Packaging Co., Ltd.", zh="广州青妍包装制品有限公司", addr=["No. 9 Shilian Road, Baiyun District", "Guangzhou, Guangdong 510440, China"],
    vat="USCC 91440111MA5" + digits(5) + "Q", lang="en", dom="pack", bank="Guangzhou Baiyun Commercial Bank", iban="ACCT " + digits(17), swift="GZBYCNBGXXX")
sup("CN4", name="义乌市晨帆日用品有限公司", zh="义乌市晨帆日用品有限公司", addr=["浙江省义乌市稠江街道杨村路188号"], vat="91330782MA2" + digits(5) + "K",
    lang="zh", dom="tex", bank="义乌农村商业银行稠江支行", iban=digits(19), tel="0579-8" + digits(7))
sup("JP1", name="株式会社 山科精工", addr=["〒607-8134", "京都府京都市山科区大塚北溝町3-12"], vat="T" + digits(13), lang="ja", dom="bike",
    bank="東和信用金庫 山科支店 普通 " + digits(7), iban="", tel="075-5" + digits(2) + "-" + digits(4))
sup("JP2", name="東和ロジサービス株式会社", addr=["〒272-0002", "千葉県市川市二俣新町22-5"], vat="T" + digits(13), lang="ja", dom="freight",
    bank="房総みなと銀行 市川支店 当座 " + digits(7), iban="", tel="047-3" + digits(2) + "-" + digits(4))
sup("US1", name="Brightwell Botanicals Inc.", addr=["2240 NE Alder Creek Rd", "Hillsboro, OR 97124", "USA"], vat="EIN 93-" + digits(7), lang="en", dom="cosm",
    bank="Cascade Pacific Bank, ABA 12" + digits(7), iban="Acct. " + digits(10), swift="CPBKUS6P")
sup("UK1", name="Harbourline Freight Ltd", addr=["Unit 7, Dooley Park", "Felixstowe IP11 3XE", "United Kingdom"], vat="GB" + digits(9), lang="en", dom="freight",
    bank="Orwell & Deben Bank plc", iban=iban("GB", 18)[:5] + " OWDB " + digits(4) + " " + digits(4) + " " + digits(4), swift="OWDBGB2L")
sup("UK2", name="Packwise Online Ltd", addr=["3rd Floor, 41 Carver Street", "Sheffield S1 4FS", "United Kingdom"], vat="GB" + digits(9), lang="en", dom="pack",
    bank="", iban="")
sup("DE3", name="Fahrradladen Speiche & Nabe", addr=["Bergmannstraße 61", "10961 Berlin"], vat="DE" + digits(9), lang="de", dom="bike", bank="", iban="")
sup("IT8", name="Ferramenta Colli Bolognesi di Neri Sandro", addr=["Via Toscana 155", "40141 Bologna (BO)"], vat="IT" + piva(), lang="it", dom="print", bank="", iban="")

# fapiao buyer: the sellers' sourcing agent in Ningbo
AGENT = dict(name="宁波甬达供应链管理有限公司", addr=["浙江省宁波市鄞州区天童南路588号 0574-8" + digits(7)], vat="91330212MA2" + digits(5) + "E",
             bank="宁波鄞州银行中河支行 " + digits(18))

# ----------------------------------------------------------------- catalogue
CAT = {
    "tex": [
        dict(code="LP-240W", p=9.40, it="Lenzuolo piano percalle 240x280 bianco", fr="Drap plat percale 240x280 blanc", nl="Laken percal 240x280 wit",
             pl="Prześcieradło perkal 240x280 białe", en="Percale flat sheet 240x280 cm, white", zh="纯棉贡缎床单 240x280 白色", de="Bettlaken Perkal 240x280 weiß"),
        dict(code="FA-160G", p=7.85, it="Lenzuolo con angoli 160x200 grigio perla", fr="Drap housse 160x200 gris perle", nl="Hoeslaken 160x200 parelgrijs",
             pl="Prześcieradło z gumką 160x200 perłowoszare", en="Fitted sheet 160x200 cm, pearl grey", zh="床笠 160x200 珍珠灰", de="Spannbettlaken 160x200 perlgrau"),
        dict(code="FR-5070", p=2.10, it="Federa 50x70 lino lavato salvia", fr="Taie d'oreiller 50x70 lin lavé sauge", nl="Kussensloop 50x70 gewassen linnen salie",
             pl="Poszewka 50x70 len prany szałwia", en="Pillowcase 50x70 washed linen, sage", zh="水洗亚麻枕套 50x70 鼠尾草绿", de="Kissenbezug 50x70 Leinen salbei"),
        dict(code="TV-1418", p=18.30, it="Tovaglia cotone jacquard 140x180", fr="Nappe coton jacquard 140x180", nl="Tafelkleed katoen jacquard 140x180",
             pl="Obrus bawełna żakard 140x180", en="Jacquard cotton tablecloth 140x180", zh="提花纯棉桌布 140x180", de="Tischdecke Baumwolle Jacquard 140x180"),
        dict(code="AS-SPG", p=3.55, it="Asciugamano ospite spugna 40x60", fr="Serviette invité éponge 40x60", nl="Gastendoekje badstof 40x60",
             pl="Ręcznik frotte 40x60", en="Terry guest towel 40x60", zh="毛巾浴巾 40x60 全棉", de="Gästetuch Frottee 40x60"),
        dict(code="PL-130", p=12.90, it="Plaid misto lana 130x170 a quadri", fr="Plaid laine mélangée 130x170 à carreaux", nl="Plaid wolmix 130x170 geruit",
             pl="Koc z mieszanki wełny 130x170 w kratę", en="Wool-blend check throw 130x170", zh="格子羊毛混纺毯 130x170", de="Wolldecke kariert 130x170"),
        dict(code="TEND-DT", p=0.85, it="Nastro arricciatenda 2,5 cm (mt)", fr="Galon fronceur 2,5 cm (m)", nl="Plooiband 2,5 cm (m)",
             pl="Taśma marszcząca 2,5 cm (mb)", en="Curtain heading tape 25 mm (m)", zh="窗帘布带 2.5cm (米)", de="Gardinenband 2,5 cm (lfm)"),
    ],
    "bike": [
        dict(code="RM-622-28", p=21.50, it="Cerchio 622x19 28 fori alluminio nero", de="Felge 622x19 28L Alu schwarz", nl="Velg 622x19 28 gaats alu zwart",
             en="Rim 700C 622x19 28H alloy, black", ja="リム 700C 28H アルミ ブラック", zh="铝合金车圈 700C 28孔 黑色"),
        dict(code="MZ-100Q", p=14.20, it="Mozzo anteriore 100 mm sgancio rapido", de="Vorderradnabe 100 mm Schnellspanner", nl="Voornaaf 100 mm snelspanner",
             en="Front hub 100 mm QR, sealed bearings", ja="フロントハブ 100mm クイックリリース", zh="前花鼓 100mm 快拆"),
        dict(code="RG-2.0", p=0.21, it="Raggio inox 2,0 mm 292 mm", de="Speiche Edelstahl 2,0 mm 292 mm", nl="Spaak rvs 2,0 mm 292 mm",
             en="Stainless spoke 2.0 mm x 292 mm", ja="ステンレススポーク 2.0mm 292mm", zh="不锈钢辐条 2.0mm 292mm"),
        dict(code="CT-11V", p=17.80, it="Catena 11 velocità 118 maglie", de="Kette 11-fach 118 Glieder", nl="Ketting 11-speed 118 schakels",
             en="Chain 11-speed 118 links", ja="チェーン 11速 118リンク", zh="11速链条 118节"),
        dict(code="PF-SH4", p=6.40, it="Pattini freno V-brake (coppia)", de="Bremsschuhe V-Brake (Paar)", nl="Remblokken V-brake (paar)",
             en="V-brake shoes (pair)", ja="Vブレーキシュー（ペア）", zh="V刹刹车皮（对）"),
        dict(code="MN-ERG", p=5.95, it="Manopole ergonomiche gel 130 mm", de="Ergo-Griffe Gel 130 mm", nl="Ergonomische handvatten gel 130 mm",
             en="Ergonomic gel grips 130 mm", ja="エルゴグリップ ジェル 130mm", zh="人体工学凝胶把套 130mm"),
        dict(code="CM-700", p=4.30, it="Camera d'aria 700x28-32 valvola presta", de="Schlauch 700x28-32 Sclaverand", nl="Binnenband 700x28-32 presta",
             en="Inner tube 700x28-32 presta valve", ja="チューブ 700x28-32 仏式", zh="内胎 700x28-32 法嘴"),
    ],
    "cosm": [
        dict(code="BK-SHEA", p=11.60, it="Burro di karité grezzo bio (kg)", fr="Beurre de karité brut bio (kg)", de="Sheabutter roh, bio (kg)",
             es="Manteca de karité cruda ecológica (kg)", en="Raw organic shea butter (kg)", zh="有机乳木果油 (公斤)"),
        dict(code="OL-JOJ", p=24.80, it="Olio di jojoba vergine (l)", fr="Huile de jojoba vierge (l)", de="Jojobaöl nativ (l)",
             es="Aceite de jojoba virgen (l)", en="Virgin jojoba oil (l)", zh="初榨荷荷巴油 (升)"),
        dict(code="SAP-LAV", p=2.35, it="Saponetta all'olio d'oliva e lavanda 100 g", fr="Savon à l'huile d'olive et lavande 100 g",
             de="Olivenölseife Lavendel 100 g", es="Jabón de aceite de oliva y lavanda 100 g", en="Olive oil & lavender soap bar 100 g", zh="橄榄油薰衣草手工皂 100克"),
        dict(code="ID-ROSE", p=8.90, it="Idrolato di rosa damascena (l)", fr="Hydrolat de rose de Damas (l)", de="Rosenhydrolat, damascena (l)",
             es="Hidrolato de rosa damascena (l)", en="Damask rose hydrosol (l)", zh="大马士革玫瑰纯露 (升)"),
        dict(code="CER-API", p=15.40, it="Cera d'api gialla in pastiglie (kg)", fr="Cire d'abeille jaune en pastilles (kg)", de="Bienenwachs gelb, Pastillen (kg)",
             es="Cera de abeja amarilla en pastillas (kg)", en="Yellow beeswax pastilles (kg)", zh="黄蜂蜡颗粒 (公斤)"),
        dict(code="OE-LAV", p=38.00, it="Olio essenziale di lavanda (l)", fr="Huile essentielle de lavande fine (l)", de="Lavendelöl, ätherisch (l)",
             es="Aceite esencial de lavanda (l)", en="Lavender essential oil (l)", zh="薰衣草精油 (升)"),
    ],
    "pack": [
        dict(code="VAS-50A", p=0.62, it="Vasetto vetro ambrato 50 ml con tappo", es="Tarro vidrio ámbar 50 ml con tapa", en="Amber glass jar 50 ml with lid",
             fr="Pot verre ambré 50 ml avec couvercle", zh="50毫升茶色玻璃膏霜瓶"),
        dict(code="FL-100P", p=0.48, it="Flacone PET 100 ml con dispenser", es="Frasco PET 100 ml con dosificador", en="PET bottle 100 ml with pump",
             fr="Flacon PET 100 ml avec pompe", zh="100毫升PET按压瓶"),
        dict(code="SC-K20", p=0.31, it="Scatola avana f.to 20x15x8 stampa 1 colore", es="Caja kraft 20x15x8 impresa 1 tinta", en="Kraft mailer box 20x15x8 1-colour print",
             fr="Boîte kraft 20x15x8 impression 1 couleur", zh="牛皮纸飞机盒 20x15x8 单色印刷"),
        dict(code="ET-ADH", p=0.04, it="Etichette adesive 60x40 carta patinata", es="Etiquetas adhesivas 60x40 papel estucado", en="Adhesive labels 60x40 coated paper",
             fr="Étiquettes adhésives 60x40 papier couché", zh="60x40 铜版纸不干胶标签"),
        dict(code="BS-KRA", p=0.09, it="Busta carta kraft con finestra", es="Bolsa de papel kraft con ventana", en="Kraft paper bag with window",
             fr="Sachet kraft à fenêtre", zh="开窗牛皮纸袋"),
    ],
    "print": [
        dict(code="", p=0.06, it="Stampa etichette adesive a colori 50x30 su carta vergata"),
        dict(code="", p=0.12, it="Stampa cartoncini ringraziamento f.to A6 fronte/retro 350 g"),
        dict(code="", p=45.00, it="Impianto grafico e prova colore"),
        dict(code="", p=0.35, it="Buste imbottite 18x26 con logo"),
        dict(code="", p=3.80, it="Nastro adesivo avana personalizzato 50 mm x 66 m"),
    ],
    "freight": [
        dict(code="", p=95.00, it="Trasporto collettame Bologna → magazzino Amazon MXP5 (Castel San Giovanni)", en="Sea freight LCL Ningbo – Felixstowe, per cbm",
             ja="倉庫保管料（パレット・月）"),
        dict(code="", p=38.00, it="Ritiro a domicilio con sponda idraulica", en="Customs clearance & entry filing", ja="入庫作業料（ケース）"),
        dict(code="", p=12.50, it="Supplemento carburante", en="Port handling charges (THC)", ja="出荷作業料（件）"),
        dict(code="", p=60.00, it="Giacenza merce (giorni)", en="Delivery to FBA warehouse, per pallet", ja="FBA納品輸送費（パレット）"),
    ],
}
UNITS = {"it": "pz", "de": "Stk.", "fr": "pce", "nl": "st.", "es": "ud.", "pl": "szt.", "en": "pcs", "zh": "件", "ja": "個"}
FX = {"EUR": D("1"), "USD": D("1.08"), "CNY": D("7.8"), "JPY": D("162"), "PLN": D("4.3"), "GBP": D("0.86")}

# ----------------------------------------------------------------- labels per language
L = {
 "it": dict(invoice="Fattura", receipt="Ricevuta", credit_note="Nota di credito", proforma="Fattura proforma", packing_list="Distinta colli",
            purchase_order="Ordine d'acquisto", quotation="Preventivo", delivery_note="Documento di trasporto (D.d.T.)", tax_invoice="Fattura",
            no="Numero", date="Data", due="Scadenza", supplier="Fornitore", buyer="Spett.le", vatid="P.IVA", desc="Descrizione", qty="Q.tà", unit="U.M.",
            price="Prezzo unit.", amount="Importo", subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto", vat="IVA", total="Totale documento",
            payment="Pagamento", bank="Coordinate bancarie", page="Pag.", of="di", notes="Note", code="Codice", reverse="", pay="Bonifico bancario 30 gg d.f.f.m."),
 "de": dict(invoice="Rechnung", receipt="Quittung", credit_note="Gutschrift", proforma="Proforma-Rechnung", packing_list="Packliste",
            purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein", tax_invoice="Rechnung",
            no="Rechnungsnr.", date="Datum", due="Fällig am", supplier="Lieferant", buyer="Kunde", vatid="USt-IdNr.", desc="Bezeichnung", qty="Menge",
            unit="Einheit", price="Einzelpreis", amount="Gesamtpreis", subtotal="Nettobetrag", discount="Rabatt", shipping="Versandkosten", vat="USt.",
            total="Rechnungsbetrag", payment="Zahlungsbedingungen", bank="Bankverbindung", page="Seite", of="von", notes="Hinweise", code="Art.-Nr.",
            reverse="Steuerfreie innergemeinschaftliche Lieferung gemäß § 4 Nr. 1b i.V.m. § 6a UStG.", pay="Zahlbar innerhalb von 14 Tagen ohne Abzug."),
 "fr": dict(invoice="Facture", receipt="Reçu", credit_note="Avoir", proforma="Facture pro forma", packing_list="Liste de colisage",
            purchase_order="Bon de commande", quotation="Devis", delivery_note="Bon de livraison", tax_invoice="Facture", price_list="Tarifs professionnels",
            no="Facture n°", date="Date", due="Échéance", supplier="Vendeur", buyer="Client", vatid="N° TVA intracom.", desc="Désignation", qty="Qté",
            unit="Unité", price="P.U. HT", amount="Montant HT", subtotal="Total HT", discount="Remise", shipping="Frais de port", vat="TVA",
            total="Total TTC", payment="Conditions de paiement", bank="Coordonnées bancaires", page="Page", of="sur", notes="Mentions", code="Réf.",
            reverse="Exonération de TVA, article 262 ter I du CGI – livraison intracommunautaire.", pay="Virement à 30 jours date de facture."),
 "nl": dict(invoice="Factuur", receipt="Kwitantie", credit_note="Creditnota", proforma="Pro-formafactuur", packing_list="Paklijst",
            purchase_order="Inkooporder", quotation="Offerte", delivery_note="Pakbon", tax_invoice="Factuur",
            no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", supplier="Leverancier", buyer="Klant", vatid="Btw-nummer", desc="Omschrijving",
            qty="Aantal", unit="Eenh.", price="Prijs", amount="Bedrag", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten", vat="Btw",
            total="Totaal te betalen", payment="Betalingsvoorwaarden", bank="Bankgegevens", page="Pagina", of="van", notes="Opmerkingen", code="Art.nr.",
            reverse="Intracommunautaire levering – 0% btw (art. 138 Btw-richtlijn 2006/112/EG).", pay="Betaling binnen 30 dagen na factuurdatum."),
 "es": dict(invoice="Factura", receipt="Recibo", credit_note="Factura rectificativa", proforma="Factura proforma", packing_list="Lista de empaque",
            purchase_order="Pedido", quotation="Presupuesto", delivery_note="Albarán", tax_invoice="Factura",
            no="Nº factura", date="Fecha", due="Vencimiento", supplier="Proveedor", buyer="Cliente", vatid="NIF-IVA", desc="Descripción", qty="Cant.",
            unit="Ud.", price="Precio", amount="Importe", subtotal="Base imponible", discount="Descuento", shipping="Portes", vat="IVA", total="Total factura",
            payment="Forma de pago", bank="Cuenta bancaria", page="Página", of="de", notes="Observaciones", code="Ref.",
            reverse="Entrega intracomunitaria exenta de IVA (art. 25 Ley 37/1992).", pay="Transferencia bancaria a 30 días."),
 "pl": dict(invoice="Faktura", receipt="Pokwitowanie", credit_note="Faktura korygująca", proforma="Faktura pro forma", packing_list="Lista pakowania",
            purchase_order="Zamówienie", quotation="Oferta", delivery_note="Wydanie zewnętrzne WZ", tax_invoice="Faktura VAT",
            no="Numer", date="Data wystawienia", due="Termin płatności", supplier="Sprzedawca", buyer="Nabywca", vatid="NIP UE", desc="Nazwa towaru",
            qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto", subtotal="Razem netto", discount="Rabat", shipping="Transport", vat="VAT",
            total="Do zapłaty", payment="Sposób płatności", bank="Rachunek bankowy", page="Strona", of="z", notes="Uwagi", code="Kod",
            reverse="Wewnątrzwspólnotowa dostawa towarów – stawka VAT 0% (art. 42 ustawy o VAT).", pay="Przelew, 21 dni"),
 "en": dict(invoice="Invoice", receipt="Receipt", credit_note="Credit Note", proforma="Proforma Invoice", packing_list="Packing List",
            purchase_order="Purchase Order", quotation="Quotation", delivery_note="Delivery Note", tax_invoice="Tax Invoice",
            no="Invoice No.", date="Date", due="Due date", supplier="From", buyer="Bill to", vatid="VAT No.", desc="Description", qty="Qty",
            unit="Unit", price="Unit price", amount="Amount", subtotal="Subtotal", discount="Discount", shipping="Shipping", vat="VAT",
            total="Total", payment="Payment terms", bank="Bank details", page="Page", of="of", notes="Notes", code="Item",
            reverse="Zero-rated export / reverse charge: VAT to be accounted for by the recipient.", pay="Net 30"),
 "ja": dict(invoice="請求書", receipt="領収書", credit_note="返品伝票", quotation="御見積書", no="請求番号", date="請求日", due="お支払期限",
            desc="品名", qty="数量", unit="単位", price="単価", amount="金額", subtotal="小計", vat="消費税", total="合計", bank="お振込先", notes="備考"),
}


# ----------------------------------------------------------------- document model
class Doc(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__


def money_fmt(lang, cur, style):
    sym = {"EUR": "€", "USD": "$", "CNY": "¥", "JPY": "¥", "PLN": "zł", "GBP": "£"}[cur]
    dec = 0 if cur == "JPY" else 2

    def n(x):
        return fnum(x, style, dec)

    def m(x):
        s = n(x)
        if cur == "PLN": return s + " zł"
        if cur in ("JPY", "CNY") or (cur in ("USD", "GBP")): return sym + s
        if lang in ("it", "nl"): return "€ " + s
        return s + " €"
    return n, m


NUM_STYLE = {"it": "it", "de": "it", "nl": "it", "es": "it", "fr": "sp", "pl": "sp", "en": "en", "zh": "en", "ja": "en"}
DATE_STYLE = {"it": ["dmy/"], "de": ["dmy."], "fr": ["dmy/", "fr_long"], "nl": ["dmy-", "nl_long"], "es": ["dmy/", "es_long"],
              "pl": ["dmy.", "iso"], "en": ["en_gb"], "zh": ["cjk"], "ja": ["cjk", "ymd/"]}
NO_VAT = {"EUR"}


def new_doc(key, dtype="invoice", n_items=None, cur=None, buyer=None, date=None, err=None, lang=None, **kw):
    s = S[key]
    lang = lang or s["lang"]
    dom = s["dom"]
    cur = cur or {"pl": "PLN", "ja": "JPY", "zh": "CNY"}.get(lang, "USD" if key.startswith(("CN", "US")) else ("GBP" if key.startswith("UK") else "EUR"))
    bdom = dom if dom in BUYERS else R.choice(list(BUYERS))
    b = buyer or (AGENT if key == "CN4" else BUYERS[bdom])
    date = date or (dt.date(2025, 9, 1) + dt.timedelta(days=R.randint(0, 190)))
    cat = CAT[dom]
    bl = "en" if lang == "zh+en" else lang
    ilang = bl
    n_items = n_items or R.choice([1, 2, 3, 3, 4, 5, 6])
    items = []
    for i in range(n_items):
        it = cat[i % len(cat)] if n_items > len(cat) else R.choice([c for c in cat if c not in [x["src"] for x in items]] or cat)
        desc = it.get(ilang) or it.get("en") or it.get("it")
        suffix = ""
        if n_items > len(cat):
            suffix = [" – lotto A", " – lotto B", " – var. 2", " – var. 3", " (rif. ord. cliente)", " – col. 04", " – col. 11"][(i // len(cat)) % 7]
        if dom == "bike" and lang == "ja" and suffix: suffix = f" ロット{i // len(cat) + 1}"
        if lang == "zh" and suffix: suffix = f" 批次{i // len(cat) + 1}"
        base = D(str(it["p"])) * FX[cur] * D(str(R.uniform(0.9, 1.15)))
        price = base.quantize(D("1") if cur == "JPY" else (D("0.0001") if base < 1 else D("0.01")), ROUND_HALF_UP)
        if price < D("0.1") and cur == "EUR": price = price.quantize(D("0.001"))
        if dom == "bike" and it["code"] == "RG-2.0": qty = R.choice([288, 576, 1000, 1440])
        elif it["p"] < 1: qty = R.choice([500, 1000, 2000, 2500, 5000])
        elif dom == "freight": qty = R.choice([1, 1, 2, 3, 4])
        else: qty = R.choice([6, 10, 12, 20, 24, 30, 36, 48, 50, 60, 100, 120])
        if key.startswith("CN") and qty < 500: qty *= R.choice([10, 20, 50])
        items.append(dict(src=it, code=(it["code"] + (f"-{i // len(cat)}" if n_items > len(cat) and it["code"] else "")), desc=desc + suffix,
                          qty=qty, price=price, unit=UNITS.get(bl, "pcs")))
    d = Doc(id=None, key=key, sup=s, buy=b, lang=lang, dtype=dtype, cur=cur, date=date, its=items, err=err,
            disc_pct=kw.pop("disc", None), ship=kw.pop("ship", None), rate=kw.pop("rate", None), **kw)
    # due date
    d.due = date + dt.timedelta(days=R.choice([0, 14, 30, 30, 60]))
    # tax regime
    if d.rate is None:
        if lang == "it" or key in ("IT8",):
            d.rate = D("0") if s.get("forfettario") else D("22")
        elif key == "CN4": d.rate = D("13")
        elif lang == "ja": d.rate = D("10")
        elif key in ("UK2",): d.rate = D("20")
        elif key == "DE3": d.rate = D("19")
        else: d.rate = D("0")
    yr = date.year
    seq = R.randint(12, 2400)
    d.number = kw.get("number") or {
        "it": f"{seq}/{yr}" if R.random() < .5 else f"FT{yr % 100}-{seq:05d}", "de": f"RE-{yr}-{seq:05d}", "fr": f"FA{yr}{date.month:02d}-{seq:04d}",
        "nl": f"{yr}{seq:05d}", "es": f"F{yr % 100}/{seq:04d}", "pl": f"FV/{seq}/{date.month:02d}/{yr}", "en": f"{'HY' if key == 'CN1' else 'INV'}{yr % 100}{date.month:02d}{seq:03d}",
        "zh": digits(20), "ja": f"{yr}{date.month:02d}-{seq:04d}"}[bl]
    d.nstyle = kw.get("nstyle") or NUM_STYLE[bl]
    d.dstyle = kw.get("dstyle") or R.choice(DATE_STYLE[bl])
    compute(d)
    return d


def compute(d):
    n, m = money_fmt(d.lang, d.cur, d.nstyle)
    d.n, d.m = n, m
    qz = D("1") if d.cur == "JPY" else D("0.01")
    lines = []
    for it in d.its:
        amt = (it["qty"] * it["price"]).quantize(qz, ROUND_HALF_UP)
        lines.append(amt)
    pr_lines = list(lines)
    err = d.err
    if err == "line":   # one line amount mistyped, sums computed on the correct values
        k = R.randrange(len(lines))
        s = str(lines[k])
        i = max(0, len(s.replace('.', '')) - 4)
        pr_lines[k] = lines[k] + (D(90) if d.cur != "JPY" else D(900))
    sub = sum(lines)
    if err == "sum":
        sub = sub + D(R.choice([10, 100, -10])) * (10 if d.cur == "JPY" else 1)
    disc = (sub * D(d.disc_pct) / 100).quantize(qz, ROUND_HALF_UP) if d.disc_pct else D(0)
    ship = D(d.ship) if d.ship else D(0)
    taxable = sub - disc + ship
    if d.cur == "JPY":
        vat = (taxable * d.rate / 100).quantize(D("1"), ROUND_DOWN)
    else:
        vat = q2(taxable * d.rate / 100)
    if err == "vat":
        vat = q2(vat * D("1.1")) if vat else vat + 5
    bollo = D("2.00") if (d.sup.get("forfettario") and taxable > D("77.47")) else D(0)
    total = taxable + vat + bollo
    if err == "total":
        s = f"{total:.2f}"
        # transposed digits, e.g. 1.243,56 instead of 1.234,56
        ip = s.split(".")[0]
        if len(ip) >= 2 and ip[-1] != ip[-2]:
            total = D(ip[:-2] + ip[-1] + ip[-2] + "." + s.split(".")[1])
        else:
            total += 10
    d.lines, d.pr_lines, d.sub, d.disc, d.shipv, d.taxable, d.vat, d.bollo, d.total = lines, pr_lines, sub, disc, ship, taxable, vat, bollo, total
    d.date_s = fdate(d.date, d.dstyle)
    d.due_s = fdate(d.due, d.dstyle)
    d.total_s = n(total)
    d.qty_s = [fnum(it["qty"], d.nstyle, 0) if it["qty"] >= 1000 else str(it["qty"]) for it in d.its]
    d.price_s = [fnum(it["price"], d.nstyle, 0 if d.cur == "JPY" else max(2, -it["price"].as_tuple().exponent)) for it in d.its]
    d.amt_s = [n(a) for a in pr_lines]


# ----------------------------------------------------------------- helpers: text of parties
def party_lines(p):
    out = list(p["addr"])
    if p.get("vat"): out.append(p["vat"] if not p["vat"][:2].isalpha() or p["vat"].startswith(("USCC", "EIN", "T")) else p["vat"])
    return out


def e(s):
    return html.escape(str(s))


def chromium_pdf(html_text, out_pdf):
    h = TMP / (Path(out_pdf).stem + ".html")
    h.write_text(html_text, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", str(h)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def weasy_pdf(html_text, out_pdf):
    import weasyprint
    weasyprint.HTML(string=html_text, base_url=str(TMP)).write_pdf(str(out_pdf))


# ================================================================= renderers
# --- 1. Italian e-invoice courtesy copy, as printed by invoicing software (WeasyPrint)
def r_cortesia(d, out):
    s, b = d.sup, d.buy
    td = {"invoice": "TD01 fattura", "credit_note": "TD04 nota di credito", "proforma": "—"}[d.dtype]
    rows = "".join(
        f"<tr><td>{e(it['code'])}</td><td class=l>{e(it['desc'])}</td><td>{d.qty_s[i]}</td><td>{d.price_s[i]}</td><td>{e(it['unit'])}</td>"
        f"<td></td><td>{fnum(d.rate, 'it')}</td><td>{d.amt_s[i]}</td></tr>" for i, it in enumerate(d.its))
    if d.shipv:
        rows += f"<tr><td>TRASP</td><td class=l>Spese di spedizione</td><td>1,00</td><td>{d.n(d.shipv)}</td><td>nr</td><td></td><td>{fnum(d.rate,'it')}</td><td>{d.n(d.shipv)}</td></tr>"
    if d.disc:
        rows += f"<tr><td>SC</td><td class=l>Sconto in fattura {d.disc_pct}%</td><td></td><td></td><td></td><td>SC {d.disc_pct}%</td><td>{fnum(d.rate,'it')}</td><td>-{d.n(d.disc)}</td></tr>"
    natura = "" if d.rate else "<tr><td colspan=8 class=l>Natura N2.2 – Non soggette – altri casi (regime forfettario art. 1 c. 54-89 L. 190/2014)</td></tr>"
    bollo = f"<tr><th>Bollo virtuale</th><td>{d.n(d.bollo)}</td></tr>" if d.bollo else ""
    sw = R.choice(["GestiFatt Cloud 4.2", "FatturaSmart Pro", "eFattura Desk 2025", "Contabilità Emilia Web"])
    css = """
    @page { size: A4; margin: 14mm 12mm 18mm 12mm; @bottom-center { content: "Pagina " counter(page) " di " counter(pages); font-size: 7pt; color:#666 }
            @bottom-left { content: "%s"; font-size: 6.5pt; color:#999 } }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color:#111 }
    .banner { border:1px solid #999; background:#f2f2f2; padding:4px 6px; font-size:7pt; color:#444; margin-bottom:8px }
    .two { display:flex; gap:10px } .box { flex:1; border:1px solid #777; padding:5px 7px; min-height:30mm }
    .box h4 { margin:0 0 3px 0; font-size:7pt; text-transform:uppercase; color:#555; letter-spacing:.5px }
    table { width:100%%; border-collapse:collapse; margin-top:8px } th { background:#dde3ea; font-size:7pt; font-weight:bold; border:1px solid #889; padding:3px }
    td { border:1px solid #aab; padding:3px; text-align:right; vertical-align:top } td.l { text-align:left }
    .tot { width:55%%; margin-left:45%% } .tot th { text-align:left } .big td { font-size:10pt; font-weight:bold }
    .small { font-size:6.5pt; color:#555 }
    """ % e(f"Documento generato con {sw}")
    name_b = b["name"]
    h = f"""<html><head><meta charset=utf-8><style>{css}</style></head><body>
    <div class=banner>Copia di cortesia del documento elettronico trasmesso al Sistema di Interscambio. Il documento con valore fiscale è quello
    recapitato all'indirizzo telematico del cliente e disponibile nell'area riservata del sito dell'Agenzia delle Entrate.</div>
    <div class=two>
      <div class=box><h4>Cedente / prestatore (fornitore)</h4><b>{e(s['name'])}</b><br>{'<br>'.join(e(x) for x in s['addr'])}<br>
        Partita IVA: {e(s['vat'])}<br>Codice fiscale: {e(s['vat'][2:])}<br>Regime fiscale: {'RF19 (forfettario)' if s.get('forfettario') else 'RF01 (ordinario)'}
        {('<br>Iscrizione REA: ' + e(s['rea'])) if s.get('rea') else ''}</div>
      <div class=box><h4>Cessionario / committente (cliente)</h4><b>{e(name_b)}</b><br>{'<br>'.join(e(x) for x in b['addr'])}<br>
        Partita IVA: {e(b['vat'])}<br>Codice fiscale: {e(b['cf'])}<br>Codice destinatario: {e(b['sdi'])}</div>
    </div>
    <table><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data documento</th><th>Codice destinatario</th></tr>
    <tr><td class=l>{td}</td><td></td><td class=l>{e(d.number)}</td><td class=l>{d.date_s}</td><td class=l>{e(b['sdi'])}</td></tr></table>
    {'<p class=small>Documento collegato: fattura n. ' + e(d.ref) + '</p>' if d.ref else ''}
    <table><tr><th>Cod. articolo</th><th style="width:40%">Descrizione</th><th>Quantità</th><th>Prezzo unitario</th><th>UM</th><th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr>
    {rows}{natura}</table>
    <table><tr><th colspan=3>RIEPILOGHI IVA E TOTALI</th></tr><tr><th>Aliquota IVA / Natura</th><th>Imponibile</th><th>Imposta</th></tr>
    <tr><td class=l>{fnum(d.rate,'it') + '%' if d.rate else 'N2.2'}</td><td>{d.n(d.taxable)}</td><td>{d.n(d.vat)}</td></tr></table>
    <table class=tot>{bollo}<tr><th>Imponibile</th><td>{d.n(d.taxable)}</td></tr><tr><th>Totale IVA</th><td>{d.n(d.vat)}</td></tr>
    <tr class=big><th>Totale documento (EUR)</th><td>{d.total_s}</td></tr></table>
    <table><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th><th>Importo</th></tr>
    <tr><td class=l>MP05 bonifico</td><td class=l>{e(s['iban'])}</td><td class=l>{e(s['bank'])}</td><td class=l>{d.due_s}</td><td>{d.total_s}</td></tr></table>
    {'<p class=small>Imposta di bollo assolta in modo virtuale ai sensi del D.M. 17/06/2014. Operazione effettuata ai sensi dell’art. 1, commi da 54 a 89, L. 190/2014 – regime forfettario.</p>' if s.get('forfettario') else ''}
    <p class=small>{e(s.get('cap',''))}</p></body></html>"""
    weasy_pdf(h, out)


# --- 2. "modern" SaaS-like invoice in HTML printed by Chromium (FR, NL, DE, EN, ES)
def r_modern(d, out, theme=None):
    s, b, l = d.sup, d.buy, L[d.lang]
    theme = theme or R.choice(["#1f5f8b", "#2e7d5b", "#7a3b69", "#333333", "#b05a1a"])
    title = l.get(d.dtype, l["invoice"]) if d.dtype != "price_list" else l["price_list"]
    no_lbl = l["no"] if d.dtype in ("invoice", "credit_note", "tax_invoice") else "N°" if d.lang == "fr" else "No."
    initials = "".join(w[0] for w in s["name"].replace("&", "").split()[:2]).upper()
    show_tax = bool(d.rate)
    rows = "".join(f"<tr><td>{e(it['code'])}</td><td>{e(it['desc'])}</td><td class=r>{d.qty_s[i]}</td><td class=r>{d.price_s[i]}</td>"
                   f"<td class=r>{d.amt_s[i]}</td></tr>" for i, it in enumerate(d.its))
    tots = f"<tr><td>{l['subtotal']}</td><td class=r>{d.m(d.sub)}</td></tr>"
    if d.disc: tots += f"<tr><td>{l['discount']} {d.disc_pct}%</td><td class=r>-{d.m(d.disc)}</td></tr>"
    if d.shipv: tots += f"<tr><td>{l['shipping']}</td><td class=r>{d.m(d.shipv)}</td></tr>"
    if show_tax: tots += f"<tr><td>{l['vat']} {fnum(d.rate, d.nstyle, 0)}%</td><td class=r>{d.m(d.vat)}</td></tr>"
    elif d.lang != "en" or d.key.startswith("UK"): tots += f"<tr><td>{l['vat']} 0%</td><td class=r>{d.m(0)}</td></tr>"
    tot_lbl = l["total"] if d.lang != "fr" or show_tax else "Net à payer"
    if d.dtype == "receipt": tot_lbl = {"en": "Amount paid", "de": "Bezahlt", "it": "Totale pagato"}.get(d.lang, l["total"])
    tots += f"<tr class=grand><td>{tot_lbl}</td><td class=r>{d.m(d.total)}</td></tr>"
    legal = ""
    if d.lang == "fr":
        legal = f"{e(s.get('cap') or '')} – {e(s.get('rcs',''))} – TVA {e(s['vat'])}. En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €."
    elif d.lang == "nl":
        legal = f"KvK {e(s.get('kvk') or '—')} · Btw {e(s['vat'])} · Op al onze leveringen zijn onze algemene voorwaarden van toepassing."
    elif d.lang == "de":
        legal = f"{e(s.get('hrb',''))} · {e(s.get('gf',''))} · USt-IdNr. {e(s['vat'])}"
    else:
        legal = f"{e(s['name'])} · {e(s['vat'])}"
    reverse = f"<p class=note>{e(l['reverse'])}</p>" if (not show_tax and d.cur == "EUR" and d.lang != "it") else ""
    if d.dtype == "quotation":
        reverse += f"<p class=note>{'Dieses Angebot ist 30 Tage gültig. Preise zzgl. Versand.' if d.lang == 'de' else 'Valid for 30 days.'}</p>"
    paid = ""
    if d.dtype == "receipt":
        paid = f"<div class=paid>{'PAID' if d.lang == 'en' else 'BEZAHLT'}</div><p class=note>{'Paid by card' if d.lang == 'en' else 'Bar bezahlt'} · {d.date_s} · •••• {digits(4)}</p>"
    meta = f"<tr><td>{no_lbl}</td><td><b>{e(d.number)}</b></td></tr><tr><td>{l['date']}</td><td>{d.date_s}</td></tr>"
    if d.dtype in ("invoice", "credit_note"): meta += f"<tr><td>{l['due']}</td><td>{d.due_s}</td></tr>"
    if d.ref: meta += f"<tr><td>Réf. facture" if d.lang == "fr" else f"<tr><td>Ref."; meta += f"</td><td>{e(d.ref)}</td></tr>"
    bank = f"<p class=bank><b>{l['bank']}</b><br>{e(s.get('bank',''))}<br>IBAN {e(s.get('iban',''))}{('<br>SWIFT ' + e(s['swift'])) if s.get('swift') else ''}</p>" if s.get("iban") else ""
    h = f"""<html><head><meta charset=utf-8><style>
    @page {{ size: A4; margin: 16mm 15mm 20mm 15mm }}
    body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color:#222 }}
    .hd {{ display:flex; justify-content:space-between; align-items:flex-start; border-bottom:3px solid {theme}; padding-bottom:10px }}
    .logo {{ width:46px; height:46px; background:{theme}; color:white; font-weight:bold; font-size:18pt; text-align:center; line-height:46px; border-radius:6px; display:inline-block; vertical-align:top }}
    .sn {{ display:inline-block; margin-left:10px; font-size:8.5pt; color:#444 }} .sn b {{ font-size:11pt; color:#111 }}
    h1 {{ color:{theme}; font-size:22pt; margin:0; letter-spacing:1px; text-transform:uppercase; text-align:right }}
    .meta td {{ padding:1px 6px; font-size:9pt }} .meta td:first-child {{ color:#777 }}
    .addr {{ margin:18px 0 14px 0; display:flex; gap:40px }} .addr div {{ flex:1 }} .lbl {{ color:{theme}; font-size:8pt; text-transform:uppercase; font-weight:bold }}
    table.items {{ width:100%; border-collapse:collapse }} .items th {{ background:{theme}; color:#fff; text-align:left; padding:5px; font-size:8.5pt }}
    .items td {{ padding:5px; border-bottom:1px solid #e3e3e3 }} .items tr:nth-child(even) td {{ background:#f7f7f7 }}
    .r {{ text-align:right; white-space:nowrap }} table.tot {{ margin-left:auto; margin-top:10px; border-collapse:collapse; min-width:42% }}
    .tot td {{ padding:4px 6px }} .grand td {{ border-top:2px solid {theme}; font-weight:bold; font-size:11.5pt }}
    .note {{ font-size:8pt; color:#555 }} .bank {{ font-size:8.5pt; margin-top:16px }} .foot {{ margin-top:26px; border-top:1px solid #ccc; padding-top:6px; font-size:7pt; color:#888 }}
    .paid {{ display:inline-block; border:3px solid #2e7d32; color:#2e7d32; font-weight:bold; font-size:16pt; padding:2px 12px; transform:rotate(-8deg); margin-top:10px }}
    </style></head><body>
    <div class=hd><div><span class=logo>{e(initials)}</span><span class=sn><b>{e(s['name'])}</b><br>{'<br>'.join(e(x) for x in s['addr'])}</span></div>
    <div><h1>{e(title)}</h1><table class=meta>{meta}</table></div></div>
    <div class=addr><div><div class=lbl>{e(l['buyer'])}</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(x) for x in b['addr'])}<br>{l['vatid']}: {e(b.get('vat',''))}</div>
    <div><div class=lbl>{e(l['supplier'])}</div>{l['vatid']}: {e(s['vat'])}<br>{e(l['payment'])}: {e(l['pay'])}</div></div>
    <table class=items><tr><th>{l['code']}</th><th>{l['desc']}</th><th class=r>{l['qty']}</th><th class=r>{l['price']}</th><th class=r>{l['amount']}</th></tr>{rows}</table>
    <table class=tot>{tots}</table>{reverse}{paid}{bank}
    <div class=foot>{legal}</div></body></html>"""
    chromium_pdf(h, out)


# --- 3. Chinese factory commercial invoice / proforma (Chromium), English with Chinese name and seal
def seal_svg(text, color="#d42a2a", size=120):
    return f"""<svg width="{size}" height="{size}" viewBox="0 0 120 120" style="opacity:.82">
    <circle cx=60 cy=60 r=56 fill=none stroke="{color}" stroke-width=4 />
    <defs><path id="arc{abs(hash(text)) % 9999}" d="M 20 68 A 42 42 0 1 1 100 68" /></defs>
    <text font-family="WenQuanYi Micro Hei" font-size=13 fill="{color}"><textPath href="#arc{abs(hash(text)) % 9999}" startOffset="50%" text-anchor="middle">{e(text)}</textPath></text>
    <text x=60 y=72 font-size=26 text-anchor=middle fill="{color}">★</text>
    <text x=60 y=98 font-family="WenQuanYi Micro Hei" font-size=10 text-anchor=middle fill="{color}">{'合同专用章' if len(text) > 8 else '财务专用章'}</text></svg>"""


def r_ci(d, out):
    s, b = d.sup, d.buy
    title = {"invoice": "COMMERCIAL INVOICE", "proforma": "PROFORMA INVOICE", "packing_list": "PACKING LIST"}[d.dtype]
    bil = d.lang == "zh+en"
    rows = ""
    for i, it in enumerate(d.its):
        hs = {"bike": "8714.92", "tex": "6302.31", "pack": "7010.90", "cosm": "3304.99"}[s["dom"]]
        desc = e(it["desc"]) + (f"<br><span class=zh>{e(it['src'].get('zh',''))}</span>" if bil else "")
        rows += f"<tr><td>{e(it['code'])}</td><td class=l>{desc}</td><td>{hs}</td><td>{d.qty_s[i]} {it['unit'].upper()}</td><td>{e(d.cur)} {d.price_s[i]}</td><td>{d.amt_s[i]}</td></tr>"
    extra = ""
    if d.shipv: extra += f"<tr><td></td><td class=l>Sea freight to Genoa (CFR)</td><td></td><td></td><td></td><td>{d.n(d.shipv)}</td></tr>"
    if d.disc: extra += f"<tr><td></td><td class=l>Discount {d.disc_pct}% (repeat order)</td><td></td><td></td><td></td><td>-{d.n(d.disc)}</td></tr>"
    terms = "CFR GENOA" if d.shipv else R.choice(["FOB NINGBO", "FOB SHANGHAI", "EXW FACTORY"])
    h = f"""<html><head><meta charset=utf-8><style>
    @page {{ size: A4; margin: 12mm }} body {{ font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei'; font-size: 8.5pt }}
    .zh {{ font-family:'WenQuanYi Micro Hei'; }} h1 {{ text-align:center; font-size:17pt; margin:2px 0 8px 0; letter-spacing:3px }}
    .co {{ text-align:center }} .co b {{ font-size:13pt }} table {{ width:100%; border-collapse:collapse }} td, th {{ border:1px solid #000; padding:3px 4px; text-align:right }}
    th {{ background:#eee; text-align:center }} .l {{ text-align:left }} .nb td {{ border:none; text-align:left; padding:1px 3px }}
    .seal {{ position:relative; height:130px }} .seal div {{ position:absolute; right:30px; top:0 }}
    </style></head><body>
    <div class=co><span class=zh style="font-size:15pt">{e(s.get('zh',''))}</span><br><b>{e(s['name'].upper())}</b><br>{' '.join(e(x) for x in s['addr'])}<br>TEL: +86-574-{digits(8)} &nbsp; {e(s['vat'])}</div>
    <h1>{title}{' <span class=zh>商业发票</span>' if bil and d.dtype == 'invoice' else ''}</h1>
    <table class=nb><tr><td style="width:55%"><b>TO (CONSIGNEE):</b><br>{e(b['name'])}<br>{'<br>'.join(e(x) for x in b['addr'])}<br>VAT/EORI: {e(b['vat'])}</td>
    <td><b>INVOICE NO.:</b> {e(d.number)}<br><b>DATE:</b> {d.date_s}<br><b>S/C NO.:</b> SC{digits(6)}<br><b>FROM:</b> NINGBO, CHINA &nbsp; <b>TO:</b> GENOA, ITALY<br>
    <b>SHIPPED PER:</b> {R.choice(['MSC AURORA V.', 'CMA CGM TAGE V.', 'EVER LYRIC V.'])}{digits(3)}W<br><b>TERMS:</b> {terms}<br><b>PAYMENT:</b> T/T 30% DEPOSIT, 70% AGAINST B/L COPY</td></tr></table>
    <br><table><tr><th>ITEM NO.</th><th>DESCRIPTION OF GOODS</th><th>HS CODE</th><th>QUANTITY</th><th>UNIT PRICE</th><th>AMOUNT ({d.cur})</th></tr>
    {rows}{extra}<tr><th colspan=3 class=l>TOTAL</th><th>{fnum(sum(it['qty'] for it in d.its), 'en', 0)} PCS</th><th></th><th>{d.cur} {d.total_s}</th></tr></table>
    <p><b>{say_usd(d.total) if d.cur == 'USD' else ''}</b></p>
    <p>MARKS &amp; NOS.: N/M &nbsp;&nbsp; COUNTRY OF ORIGIN: CHINA<br>BENEFICIARY BANK: {e(s['bank'])}<br>{e(s['iban'])} &nbsp; SWIFT: {e(s.get('swift',''))}</p>
    <div class=seal><div>{seal_svg(s.get('zh','')) if s.get('zh') else ''}</div><p style="position:absolute; right:40px; top:110px">Authorized signature</p></div>
    </body></html>"""
    chromium_pdf(h, out)


# --- 4. Japanese 請求書 (Chromium)
def r_jp(d, out):
    s, b, l = d.sup, d.buy, L["ja"]
    title = {"invoice": "請 求 書", "quotation": "御 見 積 書", "receipt": "領 収 書"}[d.dtype]
    rows = "".join(f"<tr><td class=l>{e(it['desc'])}</td><td>{d.qty_s[i]}</td><td>{it['unit']}</td><td>{d.price_s[i]}</td><td>{d.amt_s[i]}</td></tr>" for i, it in enumerate(d.its))
    rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>" * max(0, 8 - len(d.its))
    h = f"""<html><head><meta charset=utf-8><style>
    @page {{ size: A4; margin: 15mm 16mm }} body {{ font-family:'WenQuanYi Micro Hei'; font-size:9.5pt }}
    h1 {{ text-align:center; font-size:20pt; letter-spacing:8px; border-bottom:3px double #333; width:50%; margin:0 auto 16px auto; font-weight:normal }}
    .top {{ display:flex; justify-content:space-between }} .to {{ font-size:13pt; border-bottom:1px solid #000; padding-right:30px }}
    .me {{ text-align:left; position:relative; font-size:9pt }} .hanko {{ position:absolute; right:-6px; top:18px; width:58px; height:58px; border:2px solid #c33; color:#c33;
      font-size:12pt; line-height:27px; text-align:center; transform:rotate(-4deg); opacity:.8 }}
    .amt {{ font-size:15pt; border-bottom:2px solid #000; display:inline-block; padding:4px 10px; margin:14px 0 }}
    table {{ width:100%; border-collapse:collapse }} td, th {{ border:1px solid #555; padding:4px; text-align:right }} th {{ background:#e8eef5; text-align:center }} .l {{ text-align:left }}
    .sum {{ width:40%; margin-left:60%; margin-top:6px }}
    </style></head><body><h1>{title}</h1>
    <div class=top><div><p class=to>{e(b['name'])} 御中</p><p>下記のとおりご請求申し上げます。</p>
    <div class=amt>ご請求金額 &nbsp; ¥{d.total_s} -（税込）</div></div>
    <div class=me>{l['no']}：{e(d.number)}<br>{l['date']}：{d.date_s}<br><br><b>{e(s['name'])}</b><br>{'<br>'.join(e(x) for x in s['addr'])}<br>TEL {e(s['tel'])}<br>登録番号：{e(s['vat'])}
      <div class=hanko>{e(s['name'].replace('株式会社','').strip()[:2])}<br>{e(s['name'].replace('株式会社','').strip()[2:4])}</div></div></div>
    <table><tr><th>{l['desc']}</th><th>{l['qty']}</th><th>{l['unit']}</th><th>{l['price']}</th><th>{l['amount']}</th></tr>{rows}</table>
    <table class=sum><tr><th>小計</th><td>¥{d.n(d.sub)}</td></tr><tr><th>消費税（10%対象）</th><td>¥{d.n(d.vat)}</td></tr><tr><th>合計</th><td>¥{d.total_s}</td></tr></table>
    <p>{l['due']}：{fdate(d.due, 'cjk')}<br>{l['bank']}：{e(s['bank'])}<br>※振込手数料は貴社にてご負担願います。</p></body></html>"""
    chromium_pdf(h, out)


# --- 5. ReportLab, classic letterhead invoice with DIN-style address window (DE, EN, FR)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("WQY", CJK, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJ", DJ))


def r_classic(d, out, font="Helvetica"):
    s, b, l = d.sup, d.buy, L[d.lang]
    fb = font + "-Bold" if font == "Helvetica" else "Times-Bold"
    W, H = A4
    c = rl_canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(f"{l.get(d.dtype, l['invoice'])} {d.number}")
    c.setAuthor(s["name"])
    per_first, per_next = 22, 38
    n = len(d.its)
    pages = 1 if n <= per_first else 1 + math.ceil((n - per_first) / per_next)
    title = l.get(d.dtype, l["invoice"])

    def head(p):
        c.setFont(fb, 15); c.drawString(20 * mm, H - 20 * mm, s["name"])
        c.setFont(font, 8); c.drawString(20 * mm, H - 25 * mm, " · ".join(s["addr"]))
        c.setStrokeGray(.5); c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)
        c.setFont(font, 8); c.drawRightString(W - 20 * mm, H - 290 * mm + 6 * mm, f"{l['page']} {p} {l['of']} {pages}")
        c.line(5 * mm, H - 105 * mm, 9 * mm, H - 105 * mm)   # fold mark
        c.line(5 * mm, H - 148.5 * mm, 11 * mm, H - 148.5 * mm)  # punch mark
        # footer
        c.setFont(font, 6.5); c.setFillGray(.35)
        f1 = [s["name"], *s["addr"][:2]]
        f2 = [f"{l['vatid']} {s['vat']}", s.get("hrb", ""), s.get("gf", "")]
        f3 = [s.get("bank", ""), "IBAN " + s.get("iban", ""), ("BIC " + s["swift"]) if s.get("swift") else ""]
        for k, col in enumerate((f1, f2, f3)):
            y = 22 * mm
            for t in col:
                if t: c.drawString((20 + 60 * k) * mm, y, t[:60]); y -= 3 * mm
        c.setFillGray(0)

    def table_head(y):
        c.setFillGray(.9); c.rect(20 * mm, y - 2.2 * mm, W - 40 * mm, 6.5 * mm, fill=1, stroke=0); c.setFillGray(0)
        c.setFont(fb, 8)
        c.drawString(21 * mm, y, "Pos."); c.drawString(31 * mm, y, l["code"]); c.drawString(55 * mm, y, l["desc"])
        c.drawRightString(132 * mm, y, l["qty"]); c.drawRightString(158 * mm, y, l["price"]); c.drawRightString(W - 21 * mm, y, l["amount"])
        return y - 7 * mm

    head(1)
    c.setFont(font, 6.5); c.drawString(20 * mm, H - 48 * mm, f"{s['name']} · {s['addr'][0]} · {s['addr'][1]}")
    c.setFont(font, 10)
    y = H - 55 * mm
    for t in [b["name"], *b["addr"]]:
        c.drawString(20 * mm, y, t); y -= 4.6 * mm
    c.setFont(font, 9)
    info = [(l["no"], d.number), (l["date"], d.date_s), ({"de": "Kundennr.", "fr": "Code client", "en": "Customer ID"}.get(d.lang, "Cliente"), f"{R.randint(10000, 99999)}"),
            (l["vatid"], b.get("vat", ""))]
    if d.dtype == "invoice": info.append(({"de": "Lieferdatum", "fr": "Date de livraison", "en": "Supply date"}.get(d.lang, "Consegna"), d.date_s))
    if d.ref: info.append(({"de": "zu Rechnung", "fr": "Facture d'origine", "en": "Original invoice"}.get(d.lang, "Rif."), d.ref))
    y = H - 50 * mm
    for k, v in info:
        c.drawString(125 * mm, y, k + ":"); c.drawRightString(W - 20 * mm, y, v); y -= 4.6 * mm
    c.setFont(fb, 14); c.drawString(20 * mm, H - 98 * mm, f"{title} {d.number}" if d.lang == "de" else title.upper())
    c.setFont(font, 9)
    intro = {"de": "Sehr geehrte Damen und Herren, wir berechnen Ihnen folgende Lieferung:", "fr": "Nous vous remercions de votre commande.",
             "en": "Thank you for your business. Please find our charges below."}.get(d.lang, "")
    if d.dtype == "credit_note" and d.lang == "de": intro = "Für die Rücksendung beschädigter Ware schreiben wir Ihnen gut:"
    c.drawString(20 * mm, H - 106 * mm, intro)
    y = table_head(H - 116 * mm)
    c.setFont(font, 8.5)
    p = 1
    for i, it in enumerate(d.its):
        if (p == 1 and i == per_first) or (p > 1 and i == per_first + (p - 1) * per_next):
            c.setFont(font, 8); c.drawRightString(W - 21 * mm, y - 2 * mm, {"de": "Übertrag", "fr": "À reporter", "en": "Carried forward"}.get(d.lang, "Riporto") + ": " + d.n(sum(d.pr_lines[:i])))
            c.showPage(); p += 1; head(p); y = table_head(H - 40 * mm); c.setFont(font, 8.5)
        c.drawString(21 * mm, y, str(i + 1)); c.drawString(31 * mm, y, it["code"]); c.drawString(55 * mm, y, it["desc"][:48])
        c.drawRightString(132 * mm, y, f"{d.qty_s[i]} {it['unit']}"); c.drawRightString(158 * mm, y, d.price_s[i]); c.drawRightString(W - 21 * mm, y, d.amt_s[i])
        y -= 5.4 * mm
    if y < 75 * mm:
        c.showPage(); p += 1; head(p); y = H - 45 * mm
    c.line(110 * mm, y + 2 * mm, W - 20 * mm, y + 2 * mm)
    y -= 3 * mm
    rows = [(l["subtotal"], d.m(d.sub))]
    if d.disc: rows.append((f"{l['discount']} {d.disc_pct}%", "-" + d.m(d.disc)))
    if d.shipv: rows.append((l["shipping"], d.m(d.shipv)))
    rows.append((f"{l['vat']} {fnum(d.rate, d.nstyle, 0)}%", d.m(d.vat)))
    for k, v in rows:
        c.drawString(112 * mm, y, k); c.drawRightString(W - 21 * mm, y, v); y -= 5 * mm
    c.setFont(fb, 10.5); c.drawString(112 * mm, y - 1 * mm, l["total"] if d.dtype != "credit_note" or d.lang != "de" else "Gutschriftsbetrag")
    c.drawRightString(W - 21 * mm, y - 1 * mm, d.m(d.total)); y -= 12 * mm
    c.setFont(font, 8.5)
    if not d.rate and l.get("reverse"):
        c.drawString(20 * mm, y, l["reverse"]); y -= 4.5 * mm
    c.drawString(20 * mm, y, f"{l['payment']}: {l['pay']}" + (f" ({l['due']} {d.due_s})" if d.dtype == "invoice" else "")); y -= 4.5 * mm
    if d.lang == "de": c.drawString(20 * mm, y, "Es gelten unsere Allgemeinen Geschäftsbedingungen. Vielen Dank für Ihren Auftrag.")
    c.showPage()
    c.save()


# --- 6. ReportLab, pre-printed Italian paper invoice / DDT pad, filled in (source for scans)
def r_paper(d, out):
    s, b = d.sup, d.buy
    W, H = A4
    c = rl_canvas.Canvas(str(out), pagesize=A4)
    per = 18
    n = len(d.its)
    pages = max(1, math.ceil(n / per))
    ddt = d.dtype == "delivery_note"
    ric = d.dtype == "receipt"
    for p in range(pages):
        c.setStrokeColorRGB(.15, .25, .55); c.setFillColorRGB(.15, .25, .55)
        c.setFont("Times-Bold", 17); c.drawString(18 * mm, H - 22 * mm, s["name"])
        c.setFont("Times-Roman", 9)
        c.drawString(18 * mm, H - 27 * mm, " – ".join(s["addr"]) + f" – Tel. 051 {digits(6)}")
        c.drawString(18 * mm, H - 31 * mm, f"P.IVA {s['vat'][2:]} – C.F. {s['vat'][2:]}" + (f" – R.E.A. {s['rea']}" if s.get("rea") else ""))
        c.rect(110 * mm, H - 70 * mm, 82 * mm, 32 * mm)
        c.setFont("Helvetica", 7); c.drawString(112 * mm, H - 42 * mm, "Spett.le / Destinatario")
        tit = "DOCUMENTO DI TRASPORTO (D.d.T.)  D.P.R. 472/96" if ddt else ("RICEVUTA" if ric else "FATTURA")
        c.setFont("Helvetica-Bold", 12 if ddt else 15); c.drawString(18 * mm, H - 45 * mm, tit)
        c.setFont("Helvetica", 8); c.drawString(18 * mm, H - 55 * mm, "N.")
        c.drawString(55 * mm, H - 55 * mm, "del"); c.line(23 * mm, H - 56 * mm, 52 * mm, H - 56 * mm); c.line(62 * mm, H - 56 * mm, 100 * mm, H - 56 * mm)
        c.drawString(18 * mm, H - 64 * mm, "Pag."); c.drawString(30 * mm, H - 64 * mm, f"{p + 1}/{pages}")
        top = H - 80 * mm
        cols = [18, 40, 125, 140, 165, 192] if not ddt else [18, 40, 150, 165, 192]
        hdr = ["Codice", "Descrizione", "Q.tà", "Prezzo", "Importo"] if not ddt else ["Codice", "Descrizione dei beni", "U.M.", "Quantità"]
        c.rect(18 * mm, top - 120 * mm, 174 * mm, 127 * mm)
        c.line(18 * mm, top, 192 * mm, top)
        for x in cols[1:-1]:
            c.line(x * mm, top + 7 * mm, x * mm, top - 120 * mm)
        c.setFont("Helvetica-Bold", 7.5)
        for k, t in enumerate(hdr):
            c.drawString((cols[k] + 1.5) * mm, top + 2.5 * mm, t)
        for r in range(1, 19):
            c.setStrokeColorRGB(.75, .8, .9); c.line(18 * mm, top - r * 6.6 * mm, 192 * mm, top - r * 6.6 * mm)
        c.setStrokeColorRGB(.15, .25, .55)
        # bottom boxes
        by = top - 128 * mm
        if ddt:
            labels = ["Causale del trasporto", "Aspetto esteriore dei beni", "N. colli", "Peso kg", "Trasporto a cura del", "Data e ora inizio trasporto"]
        else:
            labels = ["Imponibile", "IVA %", "Imposta", "Totale fattura"] if not s.get("forfettario") else ["Importo", "Bollo", "Totale", ""]
        bw = 174 / (len(labels) if not ddt else 3)
        for k, t in enumerate(labels):
            row, col = (k // 3, k % 3) if ddt else (0, k)
            c.rect((18 + col * bw) * mm, by - row * 12 * mm - 10 * mm, bw * mm, 10 * mm)
            c.setFont("Helvetica", 6.5); c.drawString((19.5 + col * bw) * mm, by - row * 12 * mm - 3 * mm, t)
        c.setFont("Helvetica", 6.5)
        c.drawString(18 * mm, 40 * mm, "Firma conducente" if ddt else "Pagamento: rimessa diretta / bonifico")
        c.drawString(110 * mm, 40 * mm, "Firma destinatario" if ddt else "")
        c.line(18 * mm, 30 * mm, 80 * mm, 30 * mm)
        if ddt: c.line(110 * mm, 30 * mm, 180 * mm, 30 * mm)
        c.setFont("Helvetica", 6); c.drawString(18 * mm, 15 * mm, f"Tip. Gandolfi – Bologna – Mod. {'DDT-2' if ddt else 'F-50'}   Blocco {R.randint(10, 99)}/{d.date.year % 100}")
        # --- filled-in values (typed / printed by office PC)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("Courier", 10)
        c.drawString(25 * mm, H - 55 * mm, d.number); c.drawString(64 * mm, H - 55 * mm, d.date_s)
        y = H - 48 * mm
        c.setFont("Courier-Bold", 10); c.drawString(113 * mm, y, b["name"][:36]); c.setFont("Courier", 9.5)
        for t in b["addr"] + ["P.IVA " + b["vat"][2:]]:
            y -= 4.6 * mm; c.drawString(113 * mm, y, t)
        y = top - 4.7 * mm
        c.setFont("Courier", 8.3)
        for i in range(p * per, min(n, (p + 1) * per)):
            it = d.its[i]
            c.drawString(19.5 * mm, y, it["code"][:10]); c.drawString(41.5 * mm, y, it["desc"][:46 if ddt else 40])
            if ddt:
                c.drawString(152 * mm, y, it["unit"]); c.drawRightString(190 * mm, y, d.qty_s[i])
            else:
                c.drawRightString(138.5 * mm, y, d.qty_s[i]); c.drawRightString(163.5 * mm, y, d.price_s[i]); c.drawRightString(190 * mm, y, d.amt_s[i])
            y -= 6.6 * mm
        if p == pages - 1:
            if not ddt and d.shipv:
                c.drawString(41.5 * mm, y, "Spese di consegna"); c.drawRightString(190 * mm, y, d.amt_ship if d.amt_ship else d.n(d.shipv)); y -= 6.6 * mm
            if not ddt and d.disc:
                c.drawString(41.5 * mm, y, f"Sconto {d.disc_pct}%"); c.drawRightString(190 * mm, y, "-" + d.n(d.disc))
            if ddt:
                vals = ["Vendita", "Scatole di cartone", str(d.colli), fnum(d.peso, "it", 1), "Mittente", f"{d.date_s} ore {R.randint(8, 17)}:{R.choice(['00', '15', '30', '45'])}"]
                for k, v in enumerate(vals):
                    row, col = k // 3, k % 3
                    c.drawString((20 + col * bw) * mm, by - row * 12 * mm - 8 * mm, v)
            else:
                vals = [d.n(d.taxable), fnum(d.rate, "it", 0), d.n(d.vat), d.total_s] if not s.get("forfettario") else [d.n(d.taxable), d.n(d.bollo), d.total_s, ""]
                for k, v in enumerate(vals):
                    c.drawRightString((18 + (k + 1) * bw - 2) * mm, by - 8 * mm, v)
                if s.get("forfettario"):
                    c.setFont("Courier", 7.5)
                    c.drawString(18 * mm, by - 16 * mm, "Operazione senza applicazione dell'IVA ai sensi dell'art. 1 c. 54-89 L. 190/2014")
                    c.drawString(18 * mm, by - 20 * mm, "(regime forfettario). Imposta di bollo assolta sull'originale.")
                elif d.rate:
                    c.setFont("Courier", 7.5); c.drawString(18 * mm, by - 16 * mm, f"IBAN {s.get('iban', '')}")
        c.showPage()
    c.save()


# --- 7. ReportLab with CJK font: 增值税电子普通发票-style fapiao
def r_fapiao(d, out):
    s, b = d.sup, d.buy
    W, H = A4[1], A4[0] * 0.62 + 40 * mm
    c = rl_canvas.Canvas(str(out), pagesize=(240 * mm, 172 * mm))
    W, H = 240 * mm, 172 * mm
    red = (0.62, 0.28, 0.18)
    c.setStrokeColorRGB(*red); c.setFillColorRGB(*red)
    spec = d.fp_kind == "special"
    c.setFont("WQY", 17); c.drawCentredString(W / 2, H - 16 * mm, "电子发票（增值税专用发票）" if spec else "浙江增值税电子普通发票")
    c.ellipse(W / 2 - 16 * mm, H - 32 * mm, W / 2 + 16 * mm, H - 19 * mm)
    c.setFont("WQY", 6.5); c.drawCentredString(W / 2, H - 24 * mm, "全国统一发票监制章"); c.drawCentredString(W / 2, H - 28 * mm, "国家税务总局浙江省税务局")
    c.setFont("WQY", 8.5); c.setFillGray(0)
    x0 = 160 * mm
    meta = ([("发票号码", d.number), ("开票日期", d.date_s)] if spec else
            [("发票代码", "0330" + digits(8)), ("发票号码", digits(8)), ("开票日期", d.date_s), ("校 验 码", " ".join(digits(5) for _ in range(4)))])
    yy = H - 14 * mm
    for k, v in meta:
        c.setFillColorRGB(*red); c.drawString(x0, yy, k + "："); c.setFillGray(0); c.drawString(x0 + 17 * mm, yy, v); yy -= 4.6 * mm
    top = H - 40 * mm
    c.setLineWidth(1); c.rect(12 * mm, 20 * mm, W - 24 * mm, top - 20 * mm)

    def block(y0, y1, side, p, bank=True):
        c.line(12 * mm, y0, W - 12 * mm, y0) if y0 != top else None
        c.line(20 * mm, y0, 20 * mm, y1)
        c.setFillColorRGB(*red); c.setFont("WQY", 8)
        for k, ch in enumerate(side):
            c.drawCentredString(16 * mm, y0 - 6 * mm - k * 5 * mm, ch)
        labels = ["名　　称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
        vals = [p["name"], p["vat"], p["addr"][0], p.get("bank") if isinstance(p.get("bank"), str) else ""]
        if p is s: vals[3] = f"{s['bank']} {s['iban']}"; vals[2] = s["addr"][0] + " " + s.get("tel", "")
        for k, (lab, v) in enumerate(zip(labels, vals)):
            c.setFillColorRGB(*red); c.drawString(22 * mm, y0 - 5 * mm - k * 4.5 * mm, lab)
            c.setFillGray(0); c.setFont("WQY", 8.5); c.drawString(45 * mm, y0 - 5 * mm - k * 4.5 * mm, v); c.setFont("WQY", 8)
    block(top, top - 20 * mm, "购买方", b)
    c.line(140 * mm, top, 140 * mm, top - 20 * mm)
    c.setFillColorRGB(*red); c.drawString(141 * mm, top - 5 * mm, "密码区" if not spec else "备注")
    c.setFont("Courier", 7.5); c.setFillGray(0)
    sym = "0123456789+-*/<>"
    for k in range(4):
        c.drawString(150 * mm, top - 5 * mm - k * 4 * mm, "".join(R.choice(sym) for _ in range(28)))
    ty = top - 20 * mm
    c.line(12 * mm, ty, W - 12 * mm, ty)
    cols = [12, 70, 95, 107, 125, 150, 180, 196, 228]
    hdr = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    c.setFont("WQY", 8); c.setFillColorRGB(*red)
    for k, t in enumerate(hdr):
        c.drawCentredString((cols[k] + cols[k + 1]) / 2 * mm, ty - 4.5 * mm, t)
    c.setFillGray(0)
    y = ty - 10 * mm
    taxl = []
    for i, it in enumerate(d.its):
        tx = q2(d.lines[i] * d.rate / 100); taxl.append(tx)
        name = "*" + {"tex": "纺织产品", "bike": "自行车零件", "cosm": "化妆品", "pack": "包装制品"}[S[d.key]["dom"]] + "*" + it["desc"].split(" ")[0]
        c.drawString(13 * mm, y, name[:18]); c.drawString(71 * mm, y, it["code"][:10]); c.drawCentredString(101 * mm, y, it["unit"])
        c.drawRightString(124 * mm, y, str(it["qty"])); c.drawRightString(149 * mm, y, f"{it['price']:.2f}")
        c.drawRightString(179 * mm, y, f"{d.pr_lines[i]:.2f}"); c.drawCentredString(188 * mm, y, f"{d.rate:.0f}%"); c.drawRightString(227 * mm, y, f"{tx:.2f}")
        y -= 4.6 * mm
    sy = 60 * mm
    c.line(12 * mm, sy + 8 * mm, W - 12 * mm, sy + 8 * mm)
    c.setFillColorRGB(*red); c.drawCentredString(40 * mm, sy + 2.5 * mm, "合　　计"); c.setFillGray(0)
    c.drawRightString(179 * mm, sy + 2.5 * mm, f"¥{d.sub:.2f}"); c.drawRightString(227 * mm, sy + 2.5 * mm, f"¥{d.vat:.2f}")
    c.line(12 * mm, sy, W - 12 * mm, sy)
    c.setFillColorRGB(*red); c.drawString(14 * mm, sy - 5 * mm, "价税合计（大写）"); c.setFillGray(0)
    c.drawString(45 * mm, sy - 5 * mm, "ⓧ " + cn_upper(d.total)); c.setFillColorRGB(*red); c.drawString(160 * mm, sy - 5 * mm, "（小写）")
    c.setFillGray(0); c.drawString(175 * mm, sy - 5 * mm, f"¥{d.total:.2f}")
    c.line(12 * mm, sy - 8 * mm, W - 12 * mm, sy - 8 * mm)
    block(sy - 8 * mm, 20 * mm, "销售方", s)
    c.setFillColorRGB(*red); c.setFont("WQY", 8)
    c.drawString(14 * mm, 14 * mm, "收款人：王丽"); c.drawString(70 * mm, 14 * mm, "复核：陈建国"); c.drawString(125 * mm, 14 * mm, "开票人：周晓燕"); c.drawString(180 * mm, 14 * mm, "销售方：（章）")
    # seller seal (oval, red)
    c.setStrokeColorRGB(.85, .1, .1); c.setFillColorRGB(.85, .1, .1); c.setLineWidth(1.6)
    c.ellipse(180 * mm, 3 * mm, 220 * mm, 28 * mm)
    c.setFont("WQY", 6.5); c.drawCentredString(200 * mm, 20 * mm, s["name"][:12]); c.setFont("Courier-Bold", 6.5); c.drawCentredString(200 * mm, 15 * mm, s["vat"])
    c.setFont("WQY", 7.5); c.drawCentredString(200 * mm, 9 * mm, "发票专用章")
    c.showPage(); c.save()


# --- 8. fpdf2 (NL, ES, BE-FR, PL with DejaVu, DE Lieferschein)
def r_fpdf(d, out):
    from fpdf import FPDF
    s, b, l = d.sup, d.buy, L[d.lang]
    pdf = FPDF(format="A4")
    uni = d.lang == "pl"
    if uni:
        pdf.add_font("DJ", "", DJ); pdf.add_font("DJ", "B", DJB); F = "DJ"
    else:
        F = "Helvetica"
    pdf.set_creator(R.choice(["Facturatie Online", "FactuSOL", "Odbiorca Faktury 3", "Boekhoud Pro"]))
    pdf.set_auto_page_break(True, 25)
    noprice = d.dtype in ("delivery_note", "packing_list")

    class P(FPDF): pass
    pdf.alias_nb_pages()
    pdf.add_page()

    def mc(w, h, t):
        pdf.multi_cell(w, h, t, new_x="LMARGIN", new_y="NEXT")

    def txt(t):
        return t if uni else t.replace("\u202f", " ").replace("–", "-").encode("latin-1", "replace").decode("latin-1")
    pdf.set_font(F, "B", 16); pdf.cell(0, 8, txt(s["name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    for t in s["addr"] + [f"{l['vatid']}: {s['vat']}"]:
        pdf.cell(0, 4, txt(t), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(F, "B", 20); pdf.set_text_color(60, 60, 60)
    ttl = l.get(d.dtype, l["invoice"]).upper()
    if d.lang == "pl" and d.dtype == "invoice": ttl = "FAKTURA VAT"
    pdf.cell(0, 10, txt(ttl), new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    y = pdf.get_y() + 2
    pdf.set_font(F, "B", 9); pdf.set_xy(10, y); pdf.cell(90, 5, txt(l["buyer"]))
    pdf.set_font(F, "", 9)
    for k, t in enumerate([b["name"], *b["addr"], f"{l['vatid']}: {b.get('vat', '')}"]):
        pdf.set_xy(10, y + 5 + 4.5 * k); pdf.cell(90, 4.5, txt(t))
    meta = [(l["no"], d.number), (l["date"], d.date_s)]
    if d.lang == "pl": meta.append(("Data sprzedaży", d.date_s))
    if d.dtype in ("invoice", "proforma"): meta.append((l["due"], d.due_s))
    if d.ref: meta.append(("Ref.", d.ref))
    for k, (a, v) in enumerate(meta):
        pdf.set_xy(120, y + 5 + 4.5 * k); pdf.cell(35, 4.5, txt(a)); pdf.cell(45, 4.5, txt(v), align="R")
    pdf.set_y(y + 40)
    widths = [24, 86, 20, 30, 30] if not noprice else [30, 120, 40]
    hd = [l["code"], l["desc"], l["qty"], l["price"], l["amount"]] if not noprice else [l["code"], l["desc"], l["qty"]]
    pdf.set_fill_color(225, 225, 225); pdf.set_font(F, "B", 8.5)
    for w, t in zip(widths, hd):
        pdf.cell(w, 6, txt(t), border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font(F, "", 8.5)
    for i, it in enumerate(d.its):
        vals = [it["code"], it["desc"], f"{d.qty_s[i]} {it['unit']}", d.price_s[i], d.amt_s[i]] if not noprice else [it["code"], it["desc"], f"{d.qty_s[i]} {it['unit']}"]
        for k, (w, t) in enumerate(zip(widths, vals)):
            pdf.cell(w, 5.5, txt(t), border="LR", align="L" if k < 2 else "R")
        pdf.ln()
    pdf.cell(sum(widths), 0, "", border="T"); pdf.ln(3)
    if not noprice:
        rows = [(l["subtotal"], d.m(d.sub))]
        if d.disc: rows.append((f"{l['discount']} {d.disc_pct}%", "-" + d.m(d.disc)))
        if d.shipv: rows.append((l["shipping"], d.m(d.shipv)))
        rows.append((f"{l['vat']} {fnum(d.rate, d.nstyle, 0)}%", d.m(d.vat)))
        for a, v in rows:
            pdf.set_x(120); pdf.cell(45, 5, txt(a)); pdf.cell(35, 5, txt(v), align="R"); pdf.ln()
        pdf.set_font(F, "B", 10.5); pdf.set_x(120); pdf.cell(45, 7, txt(l["total"]), border="T"); pdf.cell(35, 7, txt(d.m(d.total)), border="T", align="R"); pdf.ln(10)
        pdf.set_font(F, "", 8)
        if not d.rate: mc(0, 4, txt(l["reverse"])); pdf.ln(1)
        if d.dtype == "proforma": mc(0, 4, txt({"es": "Documento sin validez fiscal. El pago anticipado confirma el pedido.", "nl": "Dit is geen factuur."}.get(d.lang, "")))
        mc(0, 4, txt(f"{l['payment']}: {l['pay']}\n{l['bank']}: {s.get('bank', '')} - IBAN {s.get('iban', '')}"))
    else:
        pdf.ln(4); pdf.set_font(F, "", 8.5)
        mc(0, 5, txt({"de": f"Anzahl Pakete: {d.colli}   Gesamtgewicht: {fnum(d.peso, 'it', 1)} kg\nWare erhalten: ____________________  Datum/Unterschrift",
                                  "nl": f"Aantal colli: {d.colli}   Gewicht: {fnum(d.peso, 'it', 1)} kg"}.get(d.lang, "")))
    pdf.set_y(-20); pdf.set_font(F, "", 7); pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4, txt(f"{s['name']} - {s.get('krs') or s.get('kvk') or ''} - {l['page']} {pdf.page_no()}/{{nb}}"), align="C")
    pdf.output(str(out))


# --- 9. spreadsheet built by hand as flat ODS, converted by LibreOffice (Chinese factories, PL)
def fods_doc(d, path):
    s, b = d.sup, d.buy
    pl = d.dtype == "packing_list"
    rows = []

    def row(cells, style="", h=None):
        cs = []
        for c in cells:
            if c is None: cs.append("<table:table-cell/>"); continue
            v, st = (c if isinstance(c, tuple) else (c, style))
            span = ""
            if isinstance(v, str) and v.startswith("@@"):
                n, v = v[2:].split("@", 1); span = f' table:number-columns-spanned="{n}"'
            cs.append(f'<table:table-cell{span} table:style-name="{st or "Default"}" office:value-type="string"><text:p>{e(v)}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(cs) + "</table:table-row>")
    if d.lang == "pl":
        row([("@@6@" + s["name"], "big")]); row(["@@6@" + ", ".join(s["addr"]) + "  NIP UE: " + s["vat"]]); row([None])
        row([("@@6@" + ("FAKTURA VAT " if d.dtype == "invoice" else "FAKTURA PRO FORMA ") + d.number, "title")])
        row([f"Data wystawienia: {d.date_s}", None, None, f"Termin płatności: {d.due_s}"]); row([None])
        row([("Nabywca:", "b")]); row(["@@6@" + b["name"]]); row(["@@6@" + ", ".join(b["addr"])]); row(["NIP UE: " + b["vat"]]); row([None])
        row([(x, "hd") for x in ["Lp.", "Nazwa towaru", "Ilość", "J.m.", "Cena netto", "Wartość netto"]])
        for i, it in enumerate(d.its):
            row([(str(i + 1), "c"), (it["desc"], "c"), (d.qty_s[i], "n"), (it["unit"], "c"), (d.price_s[i], "n"), (d.amt_s[i], "n")])
        row([None, None, None, None, ("Razem netto", "b"), (d.n(d.sub), "n")])
        if d.shipv: row([None, None, None, None, ("Transport", "b"), (d.n(d.shipv), "n")])
        row([None, None, None, None, ("VAT 0% (WDT)", "b"), (d.n(d.vat), "n")])
        row([None, None, None, None, ("Do zapłaty", "big"), (d.m(d.total), "nb")]); row([None])
        row(["@@6@Słownie: " + "zgodnie z kwotą do zapłaty"]); row(["@@6@" + L["pl"]["reverse"]]); row(["@@6@Rachunek: " + s["iban"] + " (" + s["bank"] + ")"])
        widths = ["1.2cm", "7.5cm", "2cm", "1.4cm", "2.6cm", "3cm"]
    else:
        row([("@@7@" + s["name"].upper(), "big")]); row([("@@7@" + s["zh"], "zh")]); row(["@@7@" + " ".join(s["addr"])]); row([None])
        row([("@@7@" + {"invoice": "COMMERCIAL INVOICE", "proforma": "PROFORMA INVOICE", "packing_list": "PACKING LIST"}[d.dtype], "title")]); row([None])
        row([("TO:", "b"), "@@3@" + b["name"], ("INV NO.:", "b"), "@@2@" + d.number])
        row([None, "@@3@" + ", ".join(b["addr"][:2]), ("DATE:", "b"), "@@2@" + d.date_s])
        row([None, "@@3@VAT: " + b["vat"], ("PORT:", "b"), "@@2@NINGBO TO GENOA"]); row([None])
        if pl:
            row([(x, "hd") for x in ["ITEM NO.", "DESCRIPTION", "QTY (PCS)", "CTNS", "N.W. (KG)", "G.W. (KG)", "MEAS (CBM)"]])
            tc = tn = tg = tm = 0
            for i, it in enumerate(d.its):
                per = R.choice([20, 24, 50, 100, 200]) if it["qty"] >= 100 else R.choice([6, 10, 12])
                ct = max(1, math.ceil(it["qty"] / per)); nw = round(ct * R.uniform(6, 14), 1); gw = round(nw + ct * 0.8, 1); cbm = round(ct * R.uniform(0.03, 0.07), 3)
                tc += ct; tn += nw; tg += gw; tm += cbm
                row([(it["code"], "c"), (it["desc"], "c"), (d.qty_s[i], "n"), (str(ct), "n"), (fnum(nw, "en", 1), "n"), (fnum(gw, "en", 1), "n"), (f"{cbm:.3f}", "n")])
            row([None, ("TOTAL", "b"), (fnum(sum(x['qty'] for x in d.its), "en", 0), "n"), (str(tc), "n"), (fnum(tn, "en", 1), "n"), (fnum(tg, "en", 1), "n"), (f"{tm:.3f}", "n")])
            row([None]); row(["@@7@SHIPPING MARKS: " + b["name"].split()[0].upper() + " / MADE IN CHINA / C/NO. 1-" + str(tc)])
        else:
            row([(x, "hd") for x in ["ITEM NO.", "DESCRIPTION", "QTY", "UNIT", f"UNIT PRICE ({d.cur})", f"AMOUNT ({d.cur})", "REMARK"]])
            for i, it in enumerate(d.its):
                row([(it["code"], "c"), (it["desc"], "c"), (d.qty_s[i], "n"), (it["unit"].upper(), "c"), (d.price_s[i], "n"), (d.amt_s[i], "n"), ("", "c")])
            if d.disc: row([None, ("LESS DISCOUNT " + str(d.disc_pct) + "%", "c"), None, None, None, ("-" + d.n(d.disc), "n"), None])
            if d.shipv: row([None, ("OCEAN FREIGHT", "c"), None, None, None, (d.n(d.shipv), "n"), None])
            row([None, ("TOTAL " + ("FOB NINGBO" if not d.shipv else "CFR GENOA"), "b"), None, None, None, (d.cur + " " + d.total_s, "nb"), None])
            row([None]); row(["@@7@" + say_usd(d.total)] if d.cur == "USD" else [None])
            row(["@@7@BANK: " + s["bank"] + "  " + s["iban"] + "  SWIFT " + s["swift"]])
            if d.dtype == "proforma": row(["@@7@VALIDITY: 15 DAYS. PRODUCTION START AFTER 30% DEPOSIT RECEIVED."])
        widths = ["2.3cm", "6.2cm", "1.8cm", "1.4cm", "2.3cm", "2.6cm", "1.8cm"]
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    coldefs = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
    bd = 'fo:border="0.5pt solid #000000"'
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cols}
<style:style style:name="Default" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name="DejaVu Sans"/></style:style>
<style:style style:name="big" style:family="table-cell"><style:table-cell-properties/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="zh" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="12pt"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:text-underline-style="solid"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" {bd} fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
<style:style style:name="c" style:family="table-cell"><style:table-cell-properties {bd} fo:wrap-option="wrap"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="n" style:family="table-cell"><style:table-cell-properties {bd}/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="nb" style:family="table-cell"><style:table-cell-properties {bd}/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="{'PL' if pl else 'INV'}">{coldefs}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    Path(path).write_text(x, encoding="utf-8")


# --- 10. Word documents via python-docx (small French soap maker, Italian print shop, PO, price list, letter)
def docx_doc(d, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    s, b = d.sup, d.buy
    l = L.get(d.lang, L["en"])
    doc = Document()
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    st = doc.styles["Normal"]; st.font.name = R.choice(["Liberation Serif", "DejaVu Serif", "DejaVu Sans"]); st.font.size = Pt(10)
    if d.dtype == "other":   # letter
        p = doc.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(14)
        doc.add_paragraph(" – ".join(s["addr"]) + f" – P.IVA {s['vat'][2:]}")
        doc.add_paragraph()
        p = doc.add_paragraph(f"Spett.le\n{b['name']}\n" + "\n".join(b["addr"])); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph(f"{s['addr'][1].split()[1]}, {d.date_s}")
        p = doc.add_paragraph(); r = p.add_run("Oggetto: dichiarazione di origine e conformità dei prodotti forniti"); r.bold = True
        doc.add_paragraph("Con la presente dichiariamo che i prodotti sotto elencati, da noi forniti nel corso dell'anno con le fatture "
                          f"n. {d.ref}, sono stati prodotti nel nostro laboratorio di {s['addr'][1]} e sono conformi al Regolamento (CE) n. 1223/2009.")
        for i, it in enumerate(d.its):
            doc.add_paragraph(f"{it['desc']}", style="List Bullet")
        doc.add_paragraph("La presente non costituisce documento fiscale. Restiamo a disposizione per ulteriori chiarimenti.")
        doc.add_paragraph("\nCordiali saluti\n\nPaola Renzi\n(titolare)")
        doc.save(path); return
    if d.dtype == "purchase_order":
        # issued by the seller (buyer) to the supplier
        p = doc.add_paragraph(); r = p.add_run(b["name"]); r.bold = True; r.font.size = Pt(14)
        doc.add_paragraph(" – ".join(b["addr"]) + f" – P.IVA {b['vat'][2:]}")
        p = doc.add_paragraph(); r = p.add_run(f"{'ORDINE D’ACQUISTO' if d.lang == 'it' else 'PURCHASE ORDER'} N. {d.number}"); r.bold = True; r.font.size = Pt(13)
        doc.add_paragraph(f"{'Data' if d.lang == 'it' else 'Date'}: {d.date_s}")
        doc.add_paragraph(f"{'Fornitore' if d.lang == 'it' else 'Vendor'}: {s['name']}\n" + "\n".join(s["addr"]))
    else:
        p = doc.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x5a, 0x3e, 0x8c)
        doc.add_paragraph("\n".join(s["addr"]) + f"\n{l['vatid']} {s['vat']}")
        t = {"price_list": L["fr"]["price_list"] + " 2026"}.get(d.dtype) or l.get(d.dtype, l["invoice"])
        p = doc.add_paragraph(); r = p.add_run(t.upper() + ("" if d.dtype == "price_list" else f"  n° {d.number}")); r.bold = True; r.font.size = Pt(13)
        doc.add_paragraph(f"{l['date']} : {d.date_s}" if d.lang == "fr" else f"{l['date']}: {d.date_s}")
        if d.dtype != "price_list":
            p = doc.add_paragraph(f"{l['buyer']} :\n{b['name']}\n" + "\n".join(b["addr"]) + f"\n{l['vatid']} {b.get('vat', '')}"); p.paragraph_format.left_indent = Cm(9)
    pricelist = d.dtype == "price_list"
    hdr = [l["code"], l["desc"], l["qty"], l["price"], l["amount"]] if not pricelist else [l["code"], l["desc"], "Colisage", "Prix HT / unité", "Dès 100 u."]
    tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for k, t in enumerate(hdr):
        tb.rows[0].cells[k].text = t
        for pr in tb.rows[0].cells[k].paragraphs:
            for r in pr.runs: r.bold = True
    for i, it in enumerate(d.its):
        c = tb.add_row().cells
        vals = [it["code"], it["desc"], d.qty_s[i], d.price_s[i], d.amt_s[i]] if not pricelist else [it["code"], it["desc"], str(R.choice([6, 12, 24])), d.price_s[i], fnum(it["price"] * D("0.92"), "sp")]
        for k, v in enumerate(vals):
            c[k].text = v
            if k >= 2: c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not pricelist:
        rows = [(l["subtotal"], d.m(d.sub))]
        if d.disc: rows.append((f"{l['discount']} {d.disc_pct} %", "-" + d.m(d.disc)))
        if d.shipv: rows.append((l["shipping"], d.m(d.shipv)))
        if d.rate or d.lang == "fr": rows.append((f"{l['vat']} {fnum(d.rate, d.nstyle, 0)} %", d.m(d.vat)))
        if d.bollo: rows.append(("Marca da bollo", d.m(d.bollo)))
        rows.append((l["total"] if d.lang != "fr" or d.rate else "Net à payer", d.m(d.total)))
        for a, v in rows:
            c = tb.add_row().cells
            c[3].text = a; c[4].text = v; c[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in c[3].paragraphs[0].runs + c[4].paragraphs[0].runs: r.bold = True
    doc.add_paragraph()
    if d.lang == "fr" and not d.rate and d.dtype != "price_list": doc.add_paragraph(l["reverse"])
    if d.lang == "fr" and d.dtype == "price_list": doc.add_paragraph("Prix départ Maussane, hors TVA. Franco de port à partir de 600 € HT. Tarifs valables jusqu'au 31/12/2026.")
    if d.dtype == "quotation": doc.add_paragraph("Devis valable 30 jours. Bon pour accord :" if d.lang == "fr" else "Validità offerta 30 giorni.")
    if d.dtype == "purchase_order": doc.add_paragraph("Consegna franco nostro magazzino. Indicare il numero d'ordine in fattura e sul documento di trasporto." if d.lang == "it" else "Please quote our PO number on invoice, packing list and cartons.")
    if s.get("forfettario"): doc.add_paragraph("Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014. Imposta di bollo assolta sull'originale.")
    if d.dtype in ("invoice", "receipt", "credit_note"):
        doc.add_paragraph(f"{l['payment']} : {l['pay']}\n{l['bank']} : {s.get('bank','')} – IBAN {s.get('iban','')}")
    doc.save(path)


def soffice_convert(paths, outdir):
    if not paths: return
    for i in range(0, len(paths), 12):
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, paths[i:i + 12])],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=500)


# ================================================================= capture: scanner and phone
def render_pages(pdf_path, dpi):
    pdf = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(pdf)):
        pg = pdf[i]
        out.append((pg.render(scale=dpi / 72).to_pil().convert("RGB"), pg.get_size()[1]))
    return out


def scan_page(img, hpt, dpi, rnd, gray):
    a = np.asarray(img).astype(np.float32)
    H0, W0 = a.shape[:2]
    ang = rnd.uniform(-2.0, 2.0)
    M = cv2.getRotationMatrix2D((W0 / 2, H0 / 2), ang, 1.0)
    cs, sn = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(H0 * sn + W0 * cs) + 24, int(H0 * cs + W0 * sn) + 24
    M[0, 2] += nw / 2 - W0 / 2; M[1, 2] += nh / 2 - H0 / 2
    bed = rnd.choice([(235, 235, 235), (60, 60, 60), (210, 210, 205)])
    rot = cv2.warpAffine(a, M, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bed)
    yy, xx = np.mgrid[0:nh, 0:nw].astype(np.float32)
    grad = 1 - 0.07 * (xx / nw) * rnd.random() - 0.05 * (yy / nh) * rnd.random()
    tone = np.array([rnd.uniform(.93, .99), rnd.uniform(.92, .98), rnd.uniform(.88, .96)], np.float32)
    rot = rot * grad[..., None] * tone
    rng = np.random.default_rng(rnd.randint(0, 10 ** 6))
    rot = np.clip(rot + rng.normal(0, rnd.uniform(3, 9), rot.shape), 0, 255).astype(np.uint8)
    im = Image.fromarray(rot).filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.8)))
    if gray: im = im.convert("L")
    f = rnd.uniform(0.72, 1.0)
    im = im.resize((int(nw * f), int(nh * f)), Image.BILINEAR)
    return im, dict(kind="affine", s=dpi / 72, hpt=hpt, M=M.tolist(), f=f)


def desk_texture(w, h, rnd):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    kind = rnd.choice(["wood", "grey", "white"])
    rng = np.random.default_rng(rnd.randint(0, 10 ** 6))
    if kind == "wood":
        base = np.array([150, 108, 70], np.float32)
        stripes = 0.85 + 0.15 * np.sin(yy / rnd.uniform(9, 16) + 3 * np.sin(xx / 180.0))
        t = base * stripes[..., None]
    elif kind == "grey":
        t = np.ones((h, w, 3), np.float32) * np.array([95, 98, 104], np.float32)
    else:
        t = np.ones((h, w, 3), np.float32) * np.array([205, 200, 190], np.float32)
    return t + rng.normal(0, 6, (h, w, 3))


def photo_page(img, hpt, dpi, rnd):
    page = np.asarray(img).astype(np.float32)
    h, w = page.shape[:2]
    CW, CH = int(w * 1.3), int(h * 1.22)
    mx, my = (CW - w) / 2, (CH - h) / 2
    k = rnd.uniform(0.03, 0.10) * w
    j = lambda: rnd.uniform(-0.025, 0.025) * w
    dst = np.float32([[mx + k + j(), my + j()], [mx + w - k + j(), my + j()], [mx + w + k * 0.3 + j(), my + h + j()], [mx - k * 0.3 + j(), my + h + j()]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, Hm, (CW, CH))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (CW, CH))
    desk = desk_texture(CW, CH, rnd)
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 14)
    desk = desk * (1 - 0.45 * shadow[..., None])
    comp = desk * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    cx, cy = rnd.uniform(0.2, 0.8) * CW, rnd.uniform(0.1, 0.6) * CH
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH)
    light = np.clip(1.12 - rnd.uniform(0.5, 0.8) * dist, 0.5, 1.1)
    comp = comp * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    rng = np.random.default_rng(rnd.randint(0, 10 ** 6))
    comp = np.clip(comp + rng.normal(0, 5, comp.shape), 0, 255).astype(np.uint8)
    comp = cv2.GaussianBlur(comp, (0, 0), rnd.uniform(0.6, 1.2))
    f = 1600 / CW
    im = Image.fromarray(comp).resize((1600, int(CH * f)), Image.BILINEAR)
    return im, dict(kind="persp", s=dpi / 72, hpt=hpt, H=Hm.tolist(), f=f)


def map_pt(meta, x, y):
    px, py = x * meta["s"], (meta["hpt"] - y) * meta["s"]
    if meta["kind"] == "affine":
        u, v = np.array(meta["M"]) @ np.array([px, py, 1.0])
    else:
        w = np.array(meta["H"]) @ np.array([px, py, 1.0]); u, v = w[0] / w[2], w[1] / w[2]
    return u * meta["f"], v * meta["f"]


def map_box(meta, box):
    l, b, r, t = box
    pts = [map_pt(meta, x, y) for x, y in ((l, b), (r, b), (r, t), (l, t))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return int(min(xs)), int(min(ys)), int(math.ceil(max(xs))), int(math.ceil(max(ys)))


def save_img(im, path, rnd, q=None):
    if str(path).endswith(".png"):
        im.save(path, optimize=True)
    else:
        im.convert("RGB").save(path, quality=q or rnd.randint(55, 85), subsampling=2)


# ================================================================= PDF text location
def find_boxes(pdf_path, needle):
    out = []
    pdf = pdfium.PdfDocument(str(pdf_path))
    for pi in range(len(pdf)):
        pg = pdf[pi]
        tp = pg.get_textpage()
        total = tp.count_chars()
        sr = tp.search(needle, match_case=True)
        while True:
            r = sr.get_next()
            if not r: break
            i, n = r
            prev = tp.get_text_range(i - 1, 1) if i > 0 else " "
            nxt = tp.get_text_range(i + n, 1) if i + n < total else " "
            if needle[0].isdigit() and (prev.isdigit() or (prev in ".," and i > 1 and tp.get_text_range(i - 2, 1).isdigit())): continue
            if needle[-1].isdigit() and (nxt.isdigit() or (nxt in ".," and tp.get_text_range(i + n + 1, 1).isdigit())): continue
            chars = [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(i, i + n)]
            bx = [b for c, b in chars if b[2] - b[0] > 0.01]
            ref = [b for c, b in chars if (c.isdigit() or c.isupper()) and b[2] - b[0] > 0.01] or bx
            out.append(dict(page=pi, l=min(b[0] for b in bx), b=min(b[1] for b in bx), r=max(b[2] for b in bx), t=max(b[3] for b in bx),
                            base=min(b[1] for b in ref), cap=max(b[3] - b[1] for b in ref), chars=chars, size=pg.get_size()))
    return out


def all_chars(pdf_path, page=0):
    pdf = pdfium.PdfDocument(str(pdf_path))
    tp = pdf[page].get_textpage()
    return [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(tp.count_chars())]


# ================================================================= edit methods
def make_overlay(size, items):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size)
    for bx, new, align in items:
        font = "Helvetica" if all(ord(ch) < 256 for ch in new) else ("WQY" if any(ord(ch) > 0x2E80 for ch in new) else "DJ")
        fs = max(5, bx["cap"] / 0.72)
        wnew = pdfmetrics.stringWidth(new, font, fs)
        if align == "r":
            x0 = min(bx["l"], bx["r"] - wnew) - 1.2
            x1 = bx["r"] + 1.2
        else:
            x0 = bx["l"] - 1.2; x1 = max(bx["r"], bx["l"] + wnew) + 1.2
        c.setFillColorRGB(1, 1, 1); c.rect(x0, bx["b"] - 1.6, x1 - x0, bx["t"] - bx["b"] + 3.2, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
        (c.drawRightString(bx["r"], bx["base"], new) if align == "r" else c.drawString(bx["l"], bx["base"], new))
    c.showPage(); c.save()
    return buf.getvalue()


def overlay_edit(src, dst, repl, incremental=False):
    """repl: list of (old, new, select) ; select None=all occurrences, int=k-th occurrence, ('row', anchor)=occurrence on anchor's row"""
    per_page = {}
    found = 0
    for old, new, sel in repl:
        boxes = find_boxes(src, old)
        if isinstance(sel, int): boxes = boxes[sel:sel + 1]
        elif isinstance(sel, tuple):
            anc = find_boxes(src, sel[1])
            if not anc: boxes = []
            else:
                a = anc[0]
                boxes = [b for b in boxes if b["page"] == a["page"] and abs((b["b"] + b["t"]) / 2 - (a["b"] + a["t"]) / 2) < 4 and b["l"] > a["l"]][:1]
        for bx in boxes:
            align = "r" if old[-1].isdigit() and any(ch in old for ch in ",.") else "l"
            per_page.setdefault(bx["page"], []).append((bx, new, align)); found += 1
    if not found: return False
    if incremental:
        w = PdfWriter(str(src), incremental=True)
    else:
        w = PdfWriter(clone_from=PdfReader(str(src)))
    for pi, items in per_page.items():
        ov = PdfReader(io.BytesIO(make_overlay(items[0][0]["size"], items)))
        w.pages[pi].merge_page(ov.pages[0])
    if not incremental:
        w.add_metadata({"/ModDate": "D:20260310" + f"{R.randint(8, 22):02d}{R.randint(0, 59):02d}00+01'00'"})
    with open(dst, "wb") as fh:
        w.write(fh)
    return True


import re
LIT = re.compile(rb"\((?:[^()\\]|\\.)*\)")


def pikepdf_replace(src, dst, pairs):
    pdf = pikepdf.open(str(src))
    cnt = 0
    for page in pdf.pages:
        conts = page.obj.Contents
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for cs in streams:
            data = cs.read_bytes()
            for old, new in pairs:
                ob, nb = old.encode("cp1252"), new.encode("cp1252")
                pat = re.compile(rb"(?<![0-9.,])" + re.escape(ob) + rb"(?![0-9.,])")

                def sub(m):
                    nonlocal cnt
                    s, k = pat.subn(nb, m.group(0)); cnt += k; return s
                data = LIT.sub(sub, data)
            cs.write(data)
    pdf.save(str(dst))
    return cnt


def pypdf_content_edit(src, dst, pairs):
    rd = PdfReader(str(src))
    w = PdfWriter(clone_from=rd)
    cnt = 0
    for page in w.pages:
        cs = ContentStream(page.get_contents(), w)
        for ops, op in cs.operations:
            if op == b"Tj" and ops:
                t = str(ops[0])
                for old, new in pairs:
                    if re.search(r"(?<![0-9.,])" + re.escape(old) + r"(?![0-9.,])", t):
                        t = re.sub(r"(?<![0-9.,])" + re.escape(old) + r"(?![0-9.,])", new, t); cnt += 1
                        ops[0] = TextStringObject(t)
        page.replace_contents(cs)
    w.add_metadata({"/Producer": "pypdf"})
    with open(dst, "wb") as fh:
        w.write(fh)
    return cnt


def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=200)


def rasterize_pdf(src, dst, dpi=150):
    ims = [im for im, _ in render_pages(src, dpi)]
    ims = [Image.fromarray(cv2.GaussianBlur(np.asarray(i), (0, 0), 0.4)) for i in ims]
    ims[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


def image_paste(meta, img_path, dst, targets, rnd):
    """targets: list of (pdf_box, new_text, align)"""
    im = Image.open(img_path).convert("RGB")
    a = np.asarray(im)
    dr = ImageDraw.Draw(im)
    for bx, new, align in targets:
        x0, y0, x1, y1 = map_box(meta, (bx["l"], bx["b"], bx["r"], bx["t"]))
        reg = a[max(0, y0 - 3):y1 + 3, max(0, x0 - 3):x1 + 3].reshape(-1, 3)
        bg = tuple(int(v) for v in np.percentile(reg, 90, axis=0))
        ink = tuple(int(v) for v in np.percentile(reg, 3, axis=0))
        hpx = bx["cap"] * meta["s"] * meta["f"]
        font = ImageFont.truetype(DJM if align == "r" else DJ, max(8, int(hpx / 0.73)))
        tw = dr.textlength(new, font=font)
        if align == "r": nx1 = x1; nx0 = min(x0, int(x1 - tw))
        else: nx0 = x0; nx1 = max(x1, int(x0 + tw))
        dr.rectangle([nx0 - 2, y0 - 2, nx1 + 2, y1 + 2], fill=bg)
        bl = map_pt(meta, bx["r"] if align == "r" else bx["l"], bx["base"])[1]
        dr.text((x1 if align == "r" else x0, bl), new, font=font, fill=ink, anchor="rs" if align == "r" else "ls")
    save_img(im, dst, rnd)


def image_clone(meta, base_pdf, img_path, dst, target_box, old, new, rnd):
    """clone-stamp digits found elsewhere on the page over the digits that differ between old and new"""
    im = Image.open(img_path)
    mode = im.mode
    im = im.convert("RGB")
    chars = all_chars(base_pdf)
    tchars = target_box["chars"]
    done = 0
    for k, (oc, nc) in enumerate(zip(old, new)):
        if oc == nc: continue
        tb = tchars[k][1]
        th = tb[3] - tb[1]
        cands = [b for c, b in chars if c == nc and abs((b[3] - b[1]) - th) < 0.25 * th + 0.3 and b not in [x[1] for x in tchars]]
        if not cands: continue
        sb = rnd.choice(cands)
        sx0, sy0, sx1, sy1 = map_box(meta, (sb[0] - 0.6, sb[1] - 0.8, sb[2] + 0.6, sb[3] + 0.8))
        tx0, ty0, tx1, ty1 = map_box(meta, (tb[0] - 0.6, tb[1] - 0.8, tb[2] + 0.6, tb[3] + 0.8))
        patch = im.crop((sx0, sy0, sx1, sy1))
        # cover the old digit with local paper colour, then paste the cloned digit aligned bottom-left
        a = np.asarray(im)
        bg = tuple(int(v) for v in np.percentile(a[ty0:ty1, tx0:tx1].reshape(-1, 3), 90, axis=0))
        ImageDraw.Draw(im).rectangle([tx0, ty0, tx1, ty1], fill=bg)
        im.paste(patch, (tx0 + ((tx1 - tx0) - (sx1 - sx0)) // 2, ty1 - (sy1 - sy0)))
        done += 1
    if mode == "L": im = im.convert("L")
    save_img(im, dst, rnd)
    return done


# ================================================================= the plan
PLAN = []


def P(key, prod, dtype="invoice", k=1, **o):
    for _ in range(k):
        PLAN.append((key, prod, dtype, dict(o)))


# Italian e-invoice courtesy copies
P("IT1", "weasy_cortesia", k=2); P("IT1", "weasy_cortesia", n_items=40); P("IT1", "weasy_cortesia", disc=5); P("IT1", "weasy_cortesia", err="vat")
P("IT1", "weasy_cortesia", "credit_note", n_items=1)
P("IT2", "weasy_cortesia", k=2); P("IT2", "weasy_cortesia", ship="18.50"); P("IT2", "weasy_cortesia", err="total"); P("IT2", "weasy_cortesia", "credit_note", n_items=2)
P("IT3", "weasy_cortesia", k=4); P("IT3", "weasy_cortesia", disc=3); P("IT4", "weasy_cortesia", k=3); P("IT5", "weasy_cortesia", k=2); P("IT8", "weasy_cortesia")
# HTML invoicing tools printed by Chromium
P("FR1", "chromium_modern", k=2); P("FR1", "chromium_modern", n_items=30); P("FR1", "chromium_modern", ship="45.00"); P("FR1", "chromium_modern", err="line")
P("NL1", "chromium_modern", k=3); P("DE2", "chromium_modern", k=2); P("DE2", "chromium_modern", "quotation")
P("US1", "chromium_modern", k=2, dstyle="mdy/"); P("US1", "chromium_modern", dstyle="en_us", ship="85.00"); P("US1", "chromium_modern", err="sum", dstyle="mdy/")
P("UK2", "chromium_modern", "receipt", k=2); P("DE3", "chromium_modern", "receipt", n_items=2); P("BE1", "chromium_modern"); P("ES1", "chromium_modern", dstyle="es_long")
P("CN1", "chromium_ci", k=2); P("CN1", "chromium_ci", "proforma"); P("CN2", "chromium_ci", k=2, lang="zh+en"); P("CN3", "chromium_ci", ship="320.00")
P("JP1", "chromium_jp", n_items=5); P("JP1", "chromium_jp", "quotation"); P("JP2", "chromium_jp", k=2, dstyle="ymd/")
# ReportLab
P("DE1", "reportlab_classic", k=2); P("DE1", "reportlab_classic", n_items=45); P("DE1", "reportlab_classic", err="total"); P("DE1", "reportlab_classic", "credit_note", n_items=2)
P("UK1", "reportlab_classic", k=3, dstyle="en_gb"); P("FR2", "reportlab_classic", k=2, font="Times-Roman")
P("CN4", "reportlab_fapiao", k=2, n_items=R.randint(1, 5)); P("CN4", "reportlab_fapiao", fp_kind="special", n_items=3)
# fpdf2
P("NL2", "fpdf2", k=2); P("NL1", "fpdf2", disc=4); P("ES1", "fpdf2", k=2); P("ES1", "fpdf2", disc=10); P("ES1", "fpdf2", "proforma")
P("BE1", "fpdf2", k=2); P("PL1", "fpdf2", k=3); P("DE1", "fpdf2", "delivery_note")
# spreadsheets (LibreOffice)
P("CN1", "soffice_calc", k=2); P("CN2", "soffice_calc"); P("CN3", "soffice_calc", disc=3); P("CN3", "soffice_calc", "proforma")
P("CN2", "soffice_calc", "packing_list"); P("CN1", "soffice_calc", "packing_list", n_items=6); P("PL1", "soffice_calc"); P("PL1", "soffice_calc", err="line")
# Word documents (LibreOffice)
P("FR2", "docx_soffice", k=2); P("FR2", "docx_soffice", err="vat"); P("IT5", "docx_soffice"); P("FR2", "docx_soffice", "quotation")
P("CN2", "docx_soffice", "purchase_order", lang="en", dstyle="iso"); P("IT4", "docx_soffice", "purchase_order"); P("FR2", "docx_soffice", "price_list", n_items=6)
P("IT3", "docx_soffice", "other", n_items=4)
# paper invoices scanned at the office copier
P("IT7", "scan", k=2, src="reportlab_paper"); P("IT7", "scan", n_items=26, src="reportlab_paper", fmt="pdf"); P("IT7", "scan", err="line", src="reportlab_paper")
P("IT6", "scan", k=2, src="reportlab_paper"); P("IT6", "scan", "delivery_note", src="reportlab_paper"); P("IT7", "scan", "delivery_note", src="reportlab_paper")
P("IT5", "scan", k=2, src="reportlab_paper"); P("IT8", "scan", "receipt", n_items=2, src="reportlab_paper"); P("IT4", "scan", src="reportlab_paper", ship="25.00")
P("IT3", "scan", src="reportlab_paper", fmt="pdf")
P("DE1", "scan", src="reportlab_classic"); P("IT3", "scan", src="weasy_cortesia", fmt="pdf"); P("CN2", "scan", src="soffice_calc"); P("FR2", "scan", src="docx_soffice")
# phone photos sent over WhatsApp
P("IT7", "photo", k=2, src="reportlab_paper"); P("IT8", "photo", "receipt", n_items=1, src="reportlab_paper"); P("IT5", "photo", src="reportlab_paper")
P("CN4", "photo", src="reportlab_fapiao", n_items=2); P("JP2", "photo", src="chromium_jp"); P("CN1", "photo", "packing_list", src="soffice_calc"); P("ES1", "photo", src="fpdf2")

IS_INV = {"invoice", "tax_invoice", "receipt", "credit_note"}
NO_TOTAL = {"packing_list", "delivery_note", "price_list", "other"}


def render_base(d, prod, out):
    """returns path of the PDF (soffice ones are queued)"""
    if prod == "weasy_cortesia": r_cortesia(d, out)
    elif prod == "chromium_modern": r_modern(d, out)
    elif prod == "chromium_ci": r_ci(d, out)
    elif prod == "chromium_jp": r_jp(d, out)
    elif prod == "reportlab_classic": r_classic(d, out, font=d.font or "Helvetica")
    elif prod == "reportlab_paper": r_paper(d, out)
    elif prod == "reportlab_fapiao": r_fapiao(d, out)
    elif prod == "fpdf2": r_fpdf(d, out)
    elif prod == "soffice_calc":
        p = out.with_suffix(".fods"); fods_doc(d, p); return p
    elif prod == "docx_soffice":
        p = out.with_suffix(".docx"); docx_doc(d, p); return p
    return None


def label_for(d, prod, path, pages, **kw):
    dtype = "tax_invoice" if prod == "reportlab_fapiao" else ("other" if d.dtype == "price_list" else d.dtype)
    kw.setdefault("doc_subtype", {"price_list": "price_list", "other": "letter"}.get(d.dtype))
    has_total = dtype not in NO_TOTAL
    lab = dict(file=None, genuine=True, edit_method=None, what_changed=[], producer=prod, language=d.lang, is_invoice=dtype in IS_INV,
               doc_type=dtype, date=d.date.isoformat(), total=f"{d.total:.2f}" if has_total else None, currency=d.cur if has_total else None,
               supplier=d.sup["name"], buyer=None if d.dtype == "price_list" else d.buy["name"], pages=pages, edit_before_capture=False, arithmetic_error=bool(d.err),
               _path=str(path), _doc=d)
    lab.update(kw)
    return lab


def pdf_pages(p):
    return len(PdfReader(str(p)).pages)


def main():
    if OUT.exists(): shutil.rmtree(OUT)
    if TMP.exists(): shutil.rmtree(TMP)
    OUT.mkdir(); TMP.mkdir(); (TMP / "g").mkdir(); (TMP / "e").mkdir()
    docs = []
    for i, (key, prod, dtype, o) in enumerate(PLAN):
        o = dict(o)
        src = o.pop("src", None); fmt = o.pop("fmt", None)
        if dtype in ("delivery_note",):
            o.setdefault("colli", R.randint(2, 14)); o.setdefault("peso", D(str(round(R.uniform(8, 160), 1))))
        if dtype == "other":
            o.setdefault("ref", ", ".join(f"{R.randint(10, 400)}/2025" for _ in range(3)))
        if dtype == "credit_note":
            o.setdefault("ref", f"{R.randint(10, 400)}/{2025}")
        if key == "UK1": o.setdefault("cur", "GBP")
        d = new_doc(key, dtype, **o)
        d.id = f"g{i:03d}"
        docs.append((d, prod, src, fmt))
    # ---- vector renders
    queue = []
    base = {}
    for d, prod, src, fmt in docs:
        rp = src or prod
        out = TMP / "g" / f"{d.id}.pdf"
        q = render_base(d, rp, out)
        if q: queue.append(q)
        base[d.id] = out
        print(".", end="", flush=True)
    soffice_convert(queue, TMP / "g")
    print("\nrendered", len(docs))
    labels = []
    rnd = random.Random(77)
    for d, prod, src, fmt in docs:
        pdfp = base[d.id]
        if prod == "scan":
            fmt = fmt or rnd.choice(["jpg", "jpg", "png"])
            if len(PdfReader(str(pdfp)).pages) > 1: fmt = "pdf"
            dpi = rnd.choice([150, 200, 200])
            gray = rnd.random() < 0.6
            pages = [scan_page(im, h, dpi, rnd, gray) for im, h in render_pages(pdfp, dpi)]
            out = TMP / "g" / f"{d.id}_scan.{fmt}"
            if fmt == "pdf":
                ims = [p[0].convert("RGB") for p in pages]
                ims[0].save(out, "PDF", resolution=int(dpi * pages[0][1]["f"]), save_all=True, append_images=ims[1:])
            else:
                save_img(pages[0][0], out, rnd)
            lab = label_for(d, "scan_" + fmt, out, len(pages), source_producer=src)
            lab["_meta"] = pages[0][1]; lab["_base"] = str(pdfp); lab["_fmt"] = fmt
        elif prod == "photo":
            im, h = render_pages(pdfp, 130)[0]
            pim, meta = photo_page(im, h, 130, rnd)
            out = TMP / "g" / f"{d.id}_photo.jpg"
            save_img(pim, out, rnd, q=rnd.randint(70, 88))
            lab = label_for(d, "phone_photo", out, 1, source_producer=src)
            lab["_meta"] = meta; lab["_base"] = str(pdfp); lab["_fmt"] = "jpg"
        else:
            lab = label_for(d, prod, pdfp, pdf_pages(pdfp))
        labels.append(lab)
    print("genuine", len(labels))
    labels += make_edits(labels, rnd)
    # ---- final names, shuffled so that names say nothing
    order = list(range(len(labels)))
    rnd.shuffle(order)
    with open(BASE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for n, i in enumerate(order):
            lab = labels[i]
            ext = Path(lab["_path"]).suffix
            name = f"doc{n + 1:03d}{ext}"
            shutil.copy(lab["_path"], OUT / name)
            lab["file"] = name
        for lab in labels:
            if lab.get("_source"): lab["source_file"] = lab["_source"]["file"]
        for i in order:
            lab = labels[i]
            fh.write(json.dumps({k: v for k, v in lab.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    check()


def money_like(d, x):
    return d.n(x)


def make_edits(G, rnd):
    E = []
    by = lambda *prods: [g for g in G if g["producer"] in prods and not g["arithmetic_error"] and g["doc_type"] in IS_INV | {"proforma"}]
    used = set()

    def pick(cands, n):
        c = [g for g in cands if id(g) not in used]
        rnd.shuffle(c)
        out = c[:n]
        for g in out: used.add(id(g))
        return out

    def new_lab(g, path, method, changed, ebc=False, **upd):
        lab = dict(g); lab.update(genuine=False, edit_method=method, what_changed=changed, edit_before_capture=ebc, _path=str(path), _source=g,
                                  arithmetic_error=False)
        lab.update(upd)
        if path.suffix == ".pdf": lab["pages"] = pdf_pages(path)
        return lab

    def other_buyer(d):
        return rnd.choice([b for b in BUYERS.values() if b["name"] != d.buy["name"]])["name"]

    def new_total(d):
        return (d.total * D(str(rnd.choice([1.5, 2, 2.5, 3, 4])))).quantize(D("1") if d.cur == "JPY" else D("0.01"))

    def new_date(d):
        # moved into the last weeks, so the invoice looks "recent" for the appeal
        nd = dt.date(2026, 1, 8) + dt.timedelta(days=rnd.randint(0, 55))
        return nd if nd > d.date + dt.timedelta(days=10) else d.date + dt.timedelta(days=rnd.randint(12, 30))
    k = 0

    def path(ext=".pdf"):
        nonlocal k
        k += 1
        return TMP / "e" / f"e{k:03d}{ext}"

    dx = [g for g in G if g["producer"] == "docx_soffice" and g["doc_type"] == "invoice" and not g["arithmetic_error"]]
    dx_res = pick(dx, 1)
    # 1) content-stream text replacement with pikepdf (core-font PDFs)
    core = [g for g in by("reportlab_classic", "fpdf2") if g["language"] != "pl"]
    whats = ["total", "total", "total", "date", "buyer", "total", "date"]
    for g in pick(core, 10):
        if not whats: used.discard(id(g)); continue
        what = whats[0]
        d = g["_doc"]; p = path()
        if what == "total":
            nt = new_total(d); n = pikepdf_replace(g["_path"], p, [(d.total_s, d.n(nt))]); upd = dict(total=f"{nt:.2f}")
        elif what == "date":
            nd = new_date(d); n = pikepdf_replace(g["_path"], p, [(d.date_s, fdate(nd, d.dstyle))]); upd = dict(date=nd.isoformat())
        else:
            nb = other_buyer(d); n = pikepdf_replace(g["_path"], p, [(d.buy["name"], nb)]); upd = dict(buyer=nb)
        if n: E.append(new_lab(g, p, "pikepdf_text_replace", [what], **upd)); whats.pop(0)
        else: used.discard(id(g))
    # 2) pypdf content-stream edit (quantity and total changed together, VAT lines left alone)
    for g in pick(core, 4):
        d = g["_doc"]; p = path()
        it = d.its[0]; nq = it["qty"] * rnd.choice([3, 5, 10])
        namt = (nq * it["price"]).quantize(D("0.01")); nt = d.total + namt - d.lines[0]
        pairs = [(d.amt_s[0], d.n(namt)), (d.total_s, d.n(nt))]
        n = pypdf_content_edit(g["_path"], p, pairs)
        # the quantity text sits with its unit in one string: "12 Stk."
        n2 = pypdf_content_edit(p, p.with_name(p.stem + "b.pdf"), [(f"{d.qty_s[0]} {it['unit']}", f"{nq} {it['unit']}")])
        shutil.move(p.with_name(p.stem + "b.pdf"), p)
        if n and n2: E.append(new_lab(g, p, "pypdf_content_edit", ["quantity", "total"], total=f"{nt:.2f}"))
    # 3) white box + new text overlaid with reportlab, merged by pypdf (full rewrite / incremental / re-saved)
    vec = by("weasy_cortesia", "chromium_modern", "chromium_ci", "soffice_calc", "docx_soffice", "chromium_jp")
    jobs = [("overlay_whitebox", w) for w in ["buyer", "total", "quantity", "date", "total", "buyer", "total", "supplier", "date"]] + \
           [("overlay_incremental_update", w) for w in ["total", "date", "buyer", "total", "quantity"]] + \
           [("overlay_whitebox+gs_resave", w) for w in ["total", "buyer", "date"]] + \
           [("overlay_whitebox+rasterized", w) for w in ["total", "buyer"]]
    cands = vec[:]
    for method, what in jobs:
        ok = False
        for g in pick(cands, 3):
            d = g["_doc"]; p = path(); upd = {}
            if what == "total":
                nt = new_total(d); repl = [(d.total_s, d.n(nt), None)]; upd = dict(total=f"{nt:.2f}")
            elif what == "date":
                nd = new_date(d); repl = [(d.date_s, fdate(nd, d.dstyle), None)]; upd = dict(date=nd.isoformat())
            elif what == "buyer":
                nb = other_buyer(d) if d.buy is not AGENT else None
                if not nb: continue
                repl = [(d.buy["name"], nb, None)]; upd = dict(buyer=nb)
            elif what == "supplier":
                ns = rnd.choice(["Haoyun Bicycle Manufacturing Group", "Manifattura Tessile Italiana S.p.A.", "Official Brand Factory Ltd"])
                repl = [(d.sup["name"], ns, 0)]; upd = dict(supplier=ns)
            else:
                nq = d.its[0]["qty"] * rnd.choice([4, 5, 10])
                repl = [(d.qty_s[0], str(nq), ("row", d.its[0]["desc"][:18]))]
            tgt = p if method in ("overlay_whitebox", "overlay_incremental_update") else p.with_name(p.stem + "_x.pdf")
            if not overlay_edit(g["_path"], tgt, repl, incremental=method == "overlay_incremental_update"):
                used.discard(id(g)); continue
            if method.endswith("gs_resave"): gs_resave(tgt, p)
            if method.endswith("rasterized"): rasterize_pdf(tgt, p)
            E.append(new_lab(g, p, method, [what], ebc=method.endswith("rasterized"), **upd)); ok = True
            break
        if not ok: print("skip", method, what)
    # 4) pixel edits on scans / photos
    imgs = [g for g in G if g["producer"] in ("scan_jpg", "scan_png", "phone_photo") and g["doc_type"] in IS_INV and not g["arithmetic_error"]]
    for g, what in zip(pick(imgs, 5), ["total", "buyer", "date", "total", "quantity"]):
        d = g["_doc"]; p = path(Path(g["_path"]).suffix); upd = {}
        if what == "total":
            nt = new_total(d); bx = find_boxes(g["_base"], d.total_s); new = d.n(nt); upd = dict(total=f"{nt:.2f}")
        elif what == "buyer":
            bx = find_boxes(g["_base"], d.buy["name"][:36]); new = other_buyer(d); upd = dict(buyer=new)
        elif what == "date":
            nd = new_date(d); bx = find_boxes(g["_base"], d.date_s)[:1]; new = fdate(nd, d.dstyle); upd = dict(date=nd.isoformat())
        else:
            bx = find_boxes(g["_base"], d.qty_s[0])[:1]; new = str(d.its[0]["qty"] * 10)
        bx = [b for b in bx if b["page"] == 0]
        if not bx: print("skip paste", what); continue
        image_paste(g["_meta"], g["_path"], p, [(b, new, "r" if what in ("total", "quantity") else "l") for b in bx], rnd)
        E.append(new_lab(g, p, "image_paste", [what], **upd))
    clone_c = [g for g in imgs if g["producer"].startswith("scan") and g.get("source_producer") == "reportlab_paper"] or imgs
    for g in pick(clone_c, 3):
        d = g["_doc"]; p = path(Path(g["_path"]).suffix)
        old = d.total_s
        ds = [i for i, ch in enumerate(old) if ch.isdigit()]
        first = ds[0]
        nd_ = str(min(9, int(old[first]) + rnd.choice([1, 2, 3]))) if old[first] != "9" else "8"
        new = old[:first] + nd_ + old[first + 1:]
        bx = [b for b in find_boxes(g["_base"], old) if b["page"] == 0]
        if not bx: continue
        n = sum(image_clone(g["_meta"], g["_base"], g["_path"] if j == 0 else p, p, b, old, new, rnd) for j, b in enumerate(bx))
        if n:
            nt = D(new.replace(".", "").replace(",", ".").replace(" ", "")) if d.nstyle == "it" else D(new.replace(",", ""))
            E.append(new_lab(g, p, "image_clone", ["total"], total=f"{nt:.2f}"))
    # 5) edits made before capture: the source was changed, then printed and scanned / re-exported
    paper = [g for g in G if g.get("source_producer") == "reportlab_paper" and g["producer"].startswith("scan") and g["doc_type"] == "invoice" and g["pages"] == 1]
    for g, what in zip(pick(paper, 2), ["buyer", "date"]):
        d0 = g["_doc"]; d = Doc(d0)
        if what == "buyer": d.buy = rnd.choice([b for b in BUYERS.values() if b is not d0.buy]); upd = dict(buyer=d.buy["name"])
        else: d.date = new_date(d0); upd = dict(date=d.date.isoformat())
        compute(d)
        bp = path(); r_paper(d, bp)
        ims = [scan_page(im, h, 200, rnd, True) for im, h in render_pages(bp, 200)]
        p = path(".jpg"); save_img(ims[0][0], p, rnd)
        E.append(new_lab(g, p, "source_edit_then_scan", [what], ebc=True, pages=1, producer="scan_jpg", **upd))
    for g in dx_res:
        d0 = g["_doc"]; d = Doc(d0); d.its = [dict(it) for it in d0.its]; d.its[0]["qty"] = d.its[0]["qty"] * 4
        compute(d)
        p = path(".docx"); docx_doc(d, p); soffice_convert([p], TMP / "e")
        E.append(new_lab(g, p.with_suffix(".pdf"), "source_edit_reexport", ["quantity", "total"], ebc=True, total=f"{d.total:.2f}"))
    print("edits", len(E))
    return E


def check():
    labs = [json.loads(l) for l in open(BASE / "labels.jsonl", encoding="utf-8")]
    missing = [l["file"] for l in labs if not (OUT / l["file"]).exists()]
    print(f"\n{len(labs)} labels, {len(list(OUT.iterdir()))} files, missing: {missing}")
    print("genuine:", sum(l["genuine"] for l in labs), " edited:", sum(not l["genuine"] for l in labs),
          " arithmetic_error:", sum(l["arithmetic_error"] for l in labs), " not invoices:", sum(not l["is_invoice"] for l in labs),
          " images:", sum(l["file"].endswith((".jpg", ".png")) for l in labs), " edit_before_capture:", sum(l["edit_before_capture"] for l in labs))
    for f in ["producer", "language", "doc_type", "edit_method"]:
        print(f"\n{f}:")
        for k, v in sorted(Counter(str(l[f]) for l in labs).items(), key=lambda x: -x[1]):
            print(f"  {k:32s} {v}")


if __name__ == "__main__":
    if sys.argv[1:] == ["check"]:
        check()
    else:
        main()
