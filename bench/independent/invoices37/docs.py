"""Builders that turn a random generator + parties into a document dict with the
arithmetic done (common.compute).  Renderers only print what is in the dict."""
import datetime, random
from common import (D, q2, q0, compute, inject_error, pick_items, fdate, rand_date, digits, OURS, OURS_HK,
                    OURS_US, uscc, money, fnum, cn_upper, GOODS, FX, UNIT_WORDS)

CN_DRAWERS = ["王丽", "陈静", "张晓燕", "李娜", "周敏", "徐佳", "孙婷", "吴芳"]


def _long_price(incl, rate):
    """数电 style: unit price excluding tax with up to 8 decimals."""
    p = (D(incl) / (1 + D(rate) / 100)).quantize(D("0.00000001"))
    return p


def cn_einvoice(rng, sup, buyer=None, kind="tax_invoice", n_items=None, date=None, rate=None,
                long_price=None, cat=None, notes=None, qty_range=(100, 3000)):
    buyer = buyer or dict(name=OURS["name"], tax_id=OURS["tax_id"])
    date = date or rand_date(rng)
    n_items = n_items or rng.randint(1, 5)
    if rate is None:
        rate = 13 if not sup.get("small") else rng.choice([1, 3])
    items = pick_items(rng, cat or sup.get("cat", "mixed"), "zh", "CNY", n_items, qty_range=qty_range, cn_prefix=True)
    if long_price is None:
        long_price = rng.random() < 0.5
    for it in items:
        if long_price:
            incl = q2(it["price"] * (1 + D(rate) / 100))
            it["price"] = _long_price(incl, rate)
            it["price_str"] = f"{it['price']:f}".rstrip("0").rstrip(".")
        it["rate"] = rate
        if it["unit"] in ("pcs",):
            it["unit"] = "个"
    num = f"{date.year % 100:02d}33{rng.choice(['2', '7'])}000000{digits(rng, 9)}"
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type=kind, is_invoice=True,
               supplier=sup, buyer=buyer, items=items, tax_mode="line", rate=rate, date=date,
               date_str=fdate(date, "zh0"), number=num, drawer=rng.choice(CN_DRAWERS),
               notes=notes if notes is not None else ([f"订单号：{rng.choice(['LS', 'LSH'])}-{date:%y%m}{rng.randint(10, 99)}"]
                                                      if rng.random() < 0.6 else []))
    compute(doc)
    doc["qr_data"] = f"01,{'32' if kind == 'tax_invoice' else '31'},,{num},{doc['total']:.2f},{date:%Y%m%d},,{digits(rng, 4)}"
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


def cn_paper_vat(rng, sup, buyer=None, kind="tax_invoice", n_items=None, date=None, rate=13):
    buyer = buyer or dict(name=OURS["name"], tax_id=OURS["tax_id"], addr=OURS["addr"], tel=OURS["tel"],
                          bank=OURS["bank"], account=OURS["account"])
    date = date or rand_date(rng, datetime.date(2025, 5, 6), datetime.date(2025, 11, 28))
    n_items = n_items or rng.randint(1, 5)
    items = pick_items(rng, sup.get("cat", "mixed"), "zh", "CNY", n_items, qty_range=(100, 2000))
    for it in items:
        it["rate"] = rate
        it["unit"] = "个" if it["unit"] == "pcs" else it["unit"]
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type=kind, is_invoice=True,
               supplier=sup, buyer=buyer, items=items, tax_mode="line", rate=rate, date=date,
               date_str=fdate(date, "zh0"), number=digits(rng, 8), code="3300" + digits(rng, 6),
               drawer=rng.choice(CN_DRAWERS), payee=rng.choice(CN_DRAWERS), checker=rng.choice(CN_DRAWERS),
               notes=[])
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


# ------------------------------------------------------------------ Europe / UK / US
EU_CFG = {
    "de": dict(currency="EUR", rate=19, num_style="de", date_style="dmy_dot", money_pat="{n} €", vat_key="vat_de"),
    "en_gb": dict(currency="GBP", rate=20, num_style="en", date_style="dmy_slash", money_pat="£{n}", vat_key="vat_gb", lang="en"),
    "en_us": dict(currency="USD", rate=0, num_style="en", date_style="us", money_pat="${n}", vat_key=None, lang="en"),
    "fr": dict(currency="EUR", rate=20, num_style="fr_sp", date_style="fr_long", money_pat="{n} €", vat_key="vat_fr"),
    "it": dict(currency="EUR", rate=22, num_style="it", date_style="dmy_slash", money_pat="€ {n}", vat_key="vat_it"),
    "es": dict(currency="EUR", rate=21, num_style="es", date_style="dmy_slash", money_pat="{n} €", vat_key="vat_es"),
    "pl": dict(currency="PLN", rate=23, num_style="pl", date_style="dmy_dot", money_pat="{n} zł", vat_key="vat_pl"),
    "nl": dict(currency="EUR", rate=21, num_style="nl", date_style="dmy_dash", money_pat="€ {n}", vat_key="vat_nl"),
}


def our_buyer_block(region, rng, who=None):
    cfg = EU_CFG[region]
    if who == "us":
        return dict(name=OURS_US["name_en"], addr_lines=OURS_US["addr_en"].split(", ", 1), vat=None)
    if who == "hk":
        return dict(name=OURS_HK["name_en"], addr_lines=[OURS_HK["addr_en"][:46], OURS_HK["addr_en"][47:]], vat=None)
    addr = OURS["addr_en"].split(", ")
    lines = [", ".join(addr[:2]), ", ".join(addr[2:4]), ", ".join(addr[4:])]
    vat = OURS.get(cfg["vat_key"]) if cfg["vat_key"] else None
    return dict(name=OURS["name_en"], addr_lines=lines, vat=vat)


def eu_invoice(rng, region, sup, buyer=None, n_items=None, date=None, doc_type="invoice", discount_pct=None,
               shipping=None, number=None, qty_range=(20, 600), tax_mode="summary", rate=None, date_style=None):
    cfg = EU_CFG[region]
    lang = cfg.get("lang", region)
    cur = cfg["currency"]
    date = date or rand_date(rng)
    buyer = buyer or our_buyer_block(region, rng)
    n_items = n_items or rng.randint(2, 6)
    items = pick_items(rng, sup.get("cat", "mixed"), lang, cur, n_items, qty_range=qty_range)
    for it in items:
        it["sku"] = None
    if rng.random() < 0.4:
        for it in items:
            it["sku"] = f"{rng.choice('ABKLMST')}{rng.randint(1000, 9999)}"
    if rate is None:
        rate = cfg["rate"]
    if region == "en_us" and rng.random() < 0.4:
        rate = D("6.625")
    doc = dict(lang=lang, region=region, currency=cur, num_style=cfg["num_style"], money_pat=cfg["money_pat"],
               doc_type=doc_type, is_invoice=doc_type in ("invoice", "tax_invoice", "credit_note", "receipt"),
               supplier=sup, buyer=buyer, items=items, tax_mode=tax_mode if rate else "none", rate=rate, date=date,
               date_str=fdate(date, date_style or cfg["date_style"]), number=number or eu_number(rng, region, date),
               discount_pct=discount_pct, shipping=shipping or 0)
    due = date + datetime.timedelta(days=rng.choice([14, 30, 30, 45]))
    doc["due_str"] = fdate(due, date_style or cfg["date_style"]) if rng.random() < 0.7 else None
    doc["cust_no"] = f"{rng.randint(10000, 99999)}" if rng.random() < 0.6 else None
    doc["order_ref"] = f"PO-LS-{date:%y}{rng.randint(100, 999)}" if rng.random() < 0.5 else None
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


def eu_number(rng, region, date):
    n = rng.randint(100, 9999)
    return {
        "de": rng.choice([f"RE-{date.year}-{n:05d}", f"{date.year}{n:05d}", f"R{date:%y%m}-{n % 1000:03d}"]),
        "en_gb": rng.choice([f"INV-{n:05d}", f"SI{date:%y}{n:04d}", f"{n + 20000}"]),
        "en_us": rng.choice([f"INV-{date.year}-{n:04d}", f"{n + 100000}"]),
        "fr": rng.choice([f"F{date.year}-{n:04d}", f"FA{date:%y%m}{n % 1000:03d}"]),
        "it": rng.choice([f"{n % 900}/{date.year}", f"FT {date.year}/{n:05d}"]),
        "es": rng.choice([f"{date.year}/{n:04d}", f"F-{date:%y}-{n:05d}"]),
        "pl": f"FV/{date.year}/{date.month:02d}/{n % 1000:03d}",
        "nl": rng.choice([f"{date.year}{n:05d}", f"F{date.year}-{n:04d}"]),
    }[region]


# ------------------------------------------------------------------ Japan / Korea
OURS_JP = dict(name="ランシェ・ホーム合同会社", addr="〒556-0011 大阪府大阪市浪速区難波中 2-9-14 4F")
OURS_KR = dict(name="(유)란셰홈코리아", reg_no="214-87-30915", ceo="천리나", addr="서울특별시 강서구 마곡중앙로 161-8, 7층")


def jp_invoice(rng, sup, buyer=None, n_items=None, date=None, date_style=None, doc_type="invoice", shipping=0):
    date = date or rand_date(rng)
    buyer = buyer or OURS_JP
    n_items = n_items or rng.randint(2, 6)
    items = pick_items(rng, sup.get("cat", "mixed"), "ja", "JPY", n_items, qty_range=(20, 800))
    doc = dict(lang="ja", currency="JPY", num_style="ja", doc_type=doc_type, is_invoice=doc_type == "invoice",
               supplier=sup, buyer=buyer, items=items, tax_mode="summary", rate=10, date=date,
               date_str=fdate(date, date_style or rng.choice(["zh", "zh", "wareki", "ymd_slash"])),
               number=f"{date:%Y%m}-{rng.randint(1, 999):03d}", shipping=D(shipping))
    doc["due_str"] = fdate(date + __import__('datetime').timedelta(days=30), "zh")
    doc["notes"] = [rng.choice(["納品書番号 D-" + str(rng.randint(1000, 9999)), "いつもお引き立ていただきありがとうございます。", ""])]
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


def kr_invoice(rng, sup, buyer=None, n_items=None, date=None):
    date = date or rand_date(rng)
    buyer = buyer or OURS_KR
    n_items = n_items or rng.randint(1, 4)
    items = pick_items(rng, sup.get("cat", "mixed"), "ko", "KRW", n_items, qty_range=(50, 1500))
    doc = dict(lang="ko", currency="KRW", num_style="ko", doc_type="tax_invoice", is_invoice=True,
               supplier=sup, buyer=buyer, items=items, tax_mode="line", rate=10, date=date,
               date_str=fdate(date, "ko_dot"), number=f"{date:%Y%m%d}-{rng.randint(10, 99)}",
               approval=f"{date:%Y%m%d}-{digits(rng, 8)}-{digits(rng, 8)}", money_pat="₩{n}")
    for it in items:
        it["rate"] = 10
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


# ------------------------------------------------------------------ workshops: 收据 / 送货单
WORKSHOP_GOODS = [
    [("不锈钢挂钩", "S型 6cm", "个", 0.38), ("毛巾架配件", "304", "套", 4.20), ("激光打标加工费", "", "个", 0.15)],
    [("榉木托盘", "30×20cm", "个", 9.50), ("竹木把手", "12cm", "个", 1.10), ("打磨上油加工", "", "个", 0.80)],
    [("贴FNSKU标", "", "个", 0.12), ("装自封袋", "", "个", 0.08), ("打包装箱", "", "箱", 3.00)],
    [("注塑加工费", "PP白色", "个", 0.55), ("模具修改费", "", "次", 800.0), ("硅胶垫片", "Φ30", "个", 0.22)],
]


def cn_workshop(rng, ws_index, kind="receipt", date=None, buyer=None, n_items=None, has_total=True):
    ws = dict(WORKSHOPS_REF[ws_index])
    date = date or rand_date(rng)
    goods = WORKSHOP_GOODS[ws_index]
    n_items = n_items or rng.randint(1, len(goods))
    items = []
    for name, spec, unit, price in rng.sample(goods, n_items):
        if unit == "次":
            qty = D(1)
        elif unit == "箱":
            qty = D(rng.randint(20, 160))
        else:
            qty = D(rng.randrange(500, 12000, 100))
        items.append(dict(name=name, spec=spec, unit=unit, qty=qty, price=D(str(price))))
    buyer = buyer or dict(name=OURS["name"])
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type=kind, is_invoice=(kind == "receipt"),
               supplier=ws, buyer=buyer, items=items, tax_mode="none", rate=0, date=date,
               date_str=f"{date.year}年{date.month}月{date.day}日", number=f"{rng.randint(0, 9999999):07d}",
               has_total=has_total)
    compute(doc)
    doc["supplier_label"] = ws["name"]
    doc["buyer_label"] = buyer["name"]
    return doc


from common import WORKSHOPS as WORKSHOPS_REF


# ------------------------------------------------------------------ own factories: commercial invoice / PL
HS = {"silicone": "3924100000", "plastic": "3924900000", "bamboo": "4419190090", "steel": "7323930000",
      "ceramic": "6912001000", "textile": "6302910000", "led": "9405110000", "carton": "4819100000"}
DEST = [("LOS ANGELES, USA", "us"), ("FELIXSTOWE, UK", "hk"), ("HAMBURG, GERMANY", "hk"), ("TOKYO, JAPAN", "hk"),
        ("SAVANNAH, USA", "us")]


def commercial_invoice(rng, factory, who=None, n_items=None, date=None, doc_type="invoice", date_style=None):
    date = date or rand_date(rng)
    dest, who0 = rng.choice(DEST)
    who = who or who0
    buyer = dict(name=OURS_US["name_en"], addr=OURS_US["addr_en"], tax_id=OURS_US["tax_id"]) if who == "us" else \
        dict(name=OURS_HK["name_en"], addr=OURS_HK["addr_en"], tax_id=OURS_HK["tax_id"])
    n_items = n_items or rng.randint(2, 7)
    cats = ["silicone", "plastic", "bamboo", "steel", "textile"] if factory["cat"] == "mixed" else [factory["cat"], "led"]
    items = []
    used = set()
    for i in range(n_items):
        for _ in range(20):
            cat = rng.choice(cats)
            it = pick_items(rng, cat, "en", "USD", 1, qty_range=(300, 6000))[0]
            if it["name"] not in used:
                break
        used.add(it["name"])
        it["hs"] = HS.get(cat, "3924900000")
        it["sku"] = f"LS-{cat[:2].upper()}{rng.randint(100, 999)}"
        it["pcs_ctn"] = rng.choice([12, 20, 24, 30, 36, 48, 50, 60])
        it["qty"] = D(it["pcs_ctn"] * rng.randint(10, 120))
        it["nw"] = q2(D(rng.uniform(0.08, 1.2)) * it["pcs_ctn"])
        it["gw"] = q2(it["nw"] + D(rng.uniform(0.6, 1.8)))
        it["cbm"] = D(str(round(rng.uniform(0.03, 0.09), 3)))
        it["unit"] = "PCS"
        items.append(it)
    ds = date_style or rng.choice(["iso", "en_short", "us_long"])
    doc = dict(lang="en+zh", currency="USD", num_style="en", doc_type=doc_type, is_invoice=doc_type == "invoice",
               supplier=factory, buyer=buyer, items=items, tax_mode="none", rate=0, date=date,
               date_str=fdate(date, ds).upper() if ds != "iso" else fdate(date, ds),
               number=f"{factory['key'].upper()}{date:%y%m%d}{rng.randint(1, 9)}" if doc_type != "proforma"
               else f"PI-{date:%y%m}{rng.randint(10, 99)}",
               dest=dest, terms=rng.choice(["FOB NINGBO", "FOB NINGBO", "CIF " + dest.split(",")[0], "EXW CIXI"]),
               payment=rng.choice(["T/T 30% DEPOSIT, 70% BEFORE SHIPMENT", "T/T 60 DAYS AFTER B/L DATE", "T/T IN ADVANCE"]),
               vessel=rng.choice(["COSCO HARMONY 047E", "EVER LUCENT 1123W", "OOCL PIRAEUS 061E", "CMA CGM RIGOLETTO 0FX2PW1MA"]),
               container=f"{rng.choice(['CSNU', 'TGHU', 'OOLU', 'EGHU'])}{digits(rng, 7)}",
               shipping=D(0))
    compute(doc)
    doc["supplier_label"] = factory["name_en"]
    doc["buyer_label"] = buyer["name"]
    return doc
