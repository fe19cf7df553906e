"""Business situations seen at the gestoría, as document models (no rendering here)."""
import datetime as dt
from decimal import Decimal
from common import (D, q, build_doc, make_company, rand_date, money_str, atcud, FX, PRODUCTS, UNITS, Fmt, pick_fmt, negate, doc_number)
from i18n import PAY_TERMS

HS = {"silicone_set": "3924.10", "bamboo_board": "4419.20", "bottle": "9617.00", "yoga_mat": "9506.91", "led_strip": "9405.42", "phone_case": "4202.32",
      "usb_cable": "8544.42", "mug": "6912.00", "candle": "3406.00", "towel": "6302.60", "dog_toy": "4016.99", "scratcher": "4602.19", "puzzle": "9503.00",
      "shears": "8201.50", "wallet": "4202.31", "soap": "3401.11", "serum": "3304.99", "backpack": "4202.92", "earbuds": "8518.30", "tote": "4202.22",
      "sunglasses": "9004.10", "espadrille": "6404.19"}
CN_GOODS = [k for k in HS if k not in ("coffee", "tea", "book", "oil", "espadrille", "soap")]


def _pay(rng, doc):
    doc["payment"] = rng.choice(PAY_TERMS[doc["lang"]])


def es_buyer(rng, person=None):
    b = make_company(rng, "ES", "buy")
    if person is not None:
        for _ in range(20):
            if bool(b.get("is_person")) == person:
                break
            b = make_company(rng, "ES", "buy")
    return b


def sc_es(rng, variant="std", lang="es", fmt=None, date=None):
    cc = "CA" if lang == "ca" else "ES"
    kw = dict(fmt=fmt, date=date)
    if variant == "re":
        doc = build_doc(rng, lang, cc, "ES", "EUR", re_equiv=True, buyer=es_buyer(rng, True), n_lines=(2, 5), **kw)
        doc["notes"].append({"es": "Cliente acogido al régimen especial de recargo de equivalencia.", "ca": "Client acollit al règim especial de recàrrec d'equivalència."}[lang])
    elif variant == "mixed":
        prods = rng.sample(["coffee", "oil", "tea"], 2) + rng.sample(["mug", "bamboo_board", "candle", "towel", "soap"], 2) + (["book"] if rng.random() < .5 else [])
        doc = build_doc(rng, lang, cc, "ES", "EUR", products=prods, shipping=True, discount=True, **kw)
    elif variant == "irpf":
        svc = rng.choice([
            [("Sesión fotografía de producto fondo blanco (jornada)", 1, 420, "std"), ("Retoque y recorte de imágenes para ficha Amazon", 48, D("4.50"), "std")],
            [("Traducción fichas de producto ES>FR/IT/DE", 36, D("18.00"), "std"), ("Revisión palabras clave backend", 6, D("35.00"), "std")],
            [("Diseño de etiquetas y packing insert", 1, 380, "std"), ("Adaptación gráfica a 4 idiomas", 4, 65, "std")]])
        if lang == "ca":
            svc = [("Sessió de fotografia de producte (jornada)", 1, 420, "std"), ("Retoc d'imatges per a fitxa de producte", 40, D("4.50"), "std")]
        solo = make_company(rng, cc, "sup")
        first = rng.choice(["Alba", "Iker", "Núria", "Pau", "Lucía", "Marc", "Irene"])
        last = rng.choice(["Serrano Vidal", "Font Rovira", "Aguilar Prats", "Domènech Sala", "Benítez Roca"])
        from common import es_nif
        solo.update(name=f"{first} {last}", taxid=es_nif(rng), is_person=True,
                    email=f"{first.lower().replace('ú', 'u').replace('í', 'i')}.{last.split()[0].lower().replace('è', 'e').replace('í', 'i')}@{rng.choice(['gmail.com', 'outlook.es', 'estudi' + last.split()[0].lower()[:5] + '.cat'])}")
        doc = build_doc(rng, lang, cc, "ES", "EUR", services=svc, irpf=15, supplier=solo, unit="", **kw)
    elif variant == "multi":
        doc = build_doc(rng, lang, cc, "ES", "EUR", n_lines=(1, 1), **kw)
        # many lines: one product in several colour / model variants, as on real restock invoices
        base = doc["lines"][0]
        keys = rng.sample([k for k in PRODUCTS if PRODUCTS[k][1] == "std"], 9)
        lines = []
        cols = {"es": ["negro", "blanco", "azul", "rosa", "verde", "gris"], "ca": ["negre", "blanc", "blau", "rosa", "verd", "gris"]}[lang]
        for k in keys:
            nm = PRODUCTS[k][3][lang]
            for c in rng.sample(cols, rng.randint(2, 5)):
                qty = D(rng.choice([12, 24, 36, 48, 60, 100]))
                price = q(D(str(PRODUCTS[k][2])) * D(str(rng.uniform(.9, 1.2))))
                lines.append(dict(desc=f"{nm} – {c}", sku=f"{k[:3].upper()}-{c[:2].upper()}{rng.randint(10, 99)}", qty=qty, unit=UNITS[lang], price=price, cat="std", key=k,
                                  disc=D(0), net=q(qty * price), rate=D(21)))
        rebuild(doc, lines)
    elif variant == "credit":
        doc = build_doc(rng, lang, cc, "ES", "EUR", doc_type="credit_note", n_lines=(1, 2), qty_range=(2, 30), **kw)
        orig_date = doc["date"] - dt.timedelta(days=rng.randint(10, 50))
        doc["rectifies"] = dict(number=doc_number(rng, "ES", orig_date), date=orig_date,
                                reason=rng.choice(["Devolución de mercancía defectuosa", "Error en precio unitario facturado", "Unidades no recibidas"]))
        doc["title"] = "FACTURA RECTIFICATIVA" if lang == "es" else "FACTURA RECTIFICATIVA"
        doc["notes"].append("Factura rectificativa emitida conforme al art. 15 del RD 1619/2012 (rectificación por diferencias).")
    else:
        doc = build_doc(rng, lang, cc, "ES", "EUR", n_lines=(2, 6), shipping=rng.random() < .4, line_disc=rng.random() < .3, **kw)
    _pay(rng, doc)
    if rng.random() < .5:
        doc["order_ref"] = rng.choice([f"PED-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{doc['date'].year % 100}", f"Whatsapp {doc['date'] - dt.timedelta(days=3):%d/%m}"])
    if rng.random() < .4:
        doc["customer_no"] = f"{rng.randint(43000000, 43009999)}"
    return doc


def rebuild(doc, lines):
    """Recompute totals after replacing lines (no discount/shipping)."""
    doc["lines"] = lines
    cur = doc["cur"]
    groups = {}
    for ln in lines:
        groups[ln["rate"]] = groups.get(ln["rate"], D(0)) + ln["net"]
    doc["subtotal"] = sum((ln["net"] for ln in lines), D(0))
    doc["disc_amt"] = D(0); doc["disc_pct"] = D(0)
    if doc.get("ship"):
        r = max(groups)
        groups[r] += doc["ship"]
    taxes = []
    for r in sorted(groups, reverse=True):
        taxes.append(dict(rate=r, base=groups[r], tax=q(groups[r] * r / 100, cur), re_rate=D(0), re=D(0)))
    doc["taxes"] = taxes
    doc["net"] = sum((t["base"] for t in taxes), D(0))
    doc["tax_total"] = sum((t["tax"] for t in taxes), D(0))
    doc["re_total"] = D(0)
    doc["irpf"] = q(doc["net"] * doc.get("irpf_rate", 0) / 100, cur) if doc.get("irpf_rate") else D(0)
    doc["total"] = doc["net"] + doc["tax_total"] - doc["irpf"]


def add_verifactu(rng, doc):
    doc["verifactu"] = True
    doc["vf_hash"] = "".join(rng.choice("0123456789ABCDEF") for _ in range(64))


def sc_pt(rng, receipt=False, fmt=None):
    doc = build_doc(rng, "pt", "PT", "ES" if rng.random() < .4 else "PT", "EUR", n_lines=(2, 5), fmt=fmt,
                    buyer=None if rng.random() < .6 else make_company(rng, "ES", "buy"))
    if doc["buyer"]["cc"] == "PT":
        # Portuguese buyer: an Amazon seller's Portuguese company
        doc["buyer"]["name"] = rng.choice(["Loja Maré Viva, Unipessoal Lda.", "Casa Alecrim Online, Lda."])
        doc["regime"] = "domestic"
        for ln in doc["lines"]:
            ln["rate"] = D(23) if ln["cat"] == "std" else D(6) if ln["cat"] == "book" else D(13)
        rebuild(doc, doc["lines"])
    if receipt:
        doc["doc_type"] = "receipt"
        doc["title"] = "FATURA-RECIBO"
        doc["number"] = doc["number"].replace("FT", "FR")
    doc["atcud"] = atcud(rng, doc)
    doc["hash4"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(4))
    doc["cert"] = str(rng.randint(1000, 3200))
    _pay(rng, doc)
    return doc


def sc_fr(rng, solo=False, fmt=None, buyer_cc=None):
    if solo:
        sup = make_company(rng, "FR", "sup", solo=True)
        svc = [("Création graphique packaging (3 références)", 1, 650, "std"), ("Déclinaisons étiquettes multilingues", 6, 45, "std"),
               ("Illustrations notice produit", 1, 280, "std")]
        doc = build_doc(rng, "fr", "FR", "FR", "EUR", services=rng.sample(svc, 2), supplier=sup, regime="none", fmt=fmt, unit="forfait",
                        buyer=make_company(rng, "FR", "buy"))
        doc["notes"].append("En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.")
    else:
        bcc = buyer_cc or rng.choice(["FR", "FR", "ES"])
        doc = build_doc(rng, "fr", "FR", bcc, "EUR", n_lines=(2, 6), shipping=rng.random() < .5, fmt=fmt,
                        buyer=make_company(rng, bcc, "buy"))
        doc["notes"].append("Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.")
    _pay(rng, doc)
    doc["due_caption"] = True
    return doc


def sc_it(rng, intra=False, fmt=None):
    bcc = "ES" if intra else "IT"
    doc = build_doc(rng, "it", "IT", bcc, "EUR", n_lines=(2, 5), fmt=fmt, buyer=make_company(rng, bcc, "buy"), line_disc=rng.random() < .4)
    doc["sdi_code"] = "XXXXXXX" if intra else rng.choice(["M5UXCR1", "KRRH6B9", "SUBM70N", "0000000"])
    if intra and doc["total"] > 77:
        pass
    _pay(rng, doc)
    return doc


def sc_de(rng, klein=False, multi=False, fmt=None, buyer_cc=None):
    bcc = buyer_cc or ("DE" if rng.random() < .7 else "ES")
    if klein:
        sup = make_company(rng, "DE", "sup", solo=True)
        doc = build_doc(rng, "de", "DE", bcc if bcc == "DE" else "DE", "EUR", n_lines=(1, 3), qty_range=(5, 40), supplier=sup, regime="none", fmt=fmt,
                        products=rng.sample(["bamboo_board", "puzzle", "candle", "scratcher"], 2), buyer=make_company(rng, "DE", "buy"))
    elif multi:
        doc = build_doc(rng, "de", "DE", bcc, "EUR", n_lines=(1, 1), fmt=fmt, buyer=make_company(rng, bcc, "buy"))
        lines = []
        for k in rng.sample([k for k in PRODUCTS if PRODUCTS[k][1] in ("std", "food")], 16):
            for v in rng.sample(["S", "M", "L", "XL", "schwarz", "weiß", "natur", "grau"], rng.randint(1, 3)):
                qty = D(rng.choice([10, 20, 25, 50, 100]))
                price = q(D(str(PRODUCTS[k][2])) * D(str(rng.uniform(.95, 1.3))))
                r = D(0) if doc["regime"] != "domestic" else (D(19) if PRODUCTS[k][1] == "std" else D(7))
                lines.append(dict(desc=f"{PRODUCTS[k][3]['de']}, {v}", sku=f"{rng.randint(100000, 999999)}", qty=qty, unit="Stk.", price=price, cat=PRODUCTS[k][1],
                                  key=k, disc=D(0), net=q(qty * price), rate=r))
        rebuild(doc, lines)
    else:
        doc = build_doc(rng, "de", "DE", bcc, "EUR", n_lines=(2, 6), fmt=fmt, buyer=make_company(rng, bcc, "buy"), shipping=rng.random() < .5)
    doc["delivery"] = doc["date"] - dt.timedelta(days=rng.randint(0, 4))
    _pay(rng, doc)
    return doc


def sc_nl(rng, fmt=None):
    bcc = rng.choice(["NL", "ES"])
    doc = build_doc(rng, "nl", "NL", bcc, "EUR", n_lines=(2, 5), fmt=fmt, buyer=make_company(rng, bcc, "buy"), shipping=rng.random() < .5)
    _pay(rng, doc)
    return doc


def sc_pl(rng, fmt=None):
    bcc = rng.choice(["PL", "ES"])
    doc = build_doc(rng, "pl", "PL", bcc, "PLN" if bcc == "PL" else rng.choice(["PLN", "EUR"]), n_lines=(2, 5), fmt=fmt, buyer=make_company(rng, bcc, "buy"))
    doc["sale_date"] = doc["date"]
    doc["ksef"] = f"{doc['supplier']['nip_raw']}-{doc['date']:%Y%m%d}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(12))}-{rng.choice('0123456789ABCDEF')}{rng.choice('0123456789ABCDEF')}"
    _pay(rng, doc)
    if doc["cur"] == "PLN":
        doc["words"] = True
    return doc


def sc_gb(rng, fmt=None):
    doc = build_doc(rng, "en", "GB", "ES", "GBP", n_lines=(2, 5), fmt=fmt, buyer=make_company(rng, "ES", "buy"), shipping=True)
    doc["show_zero_vat"] = True
    doc["notes"].append("Goods exported outside the UK – VAT zero-rated. Incoterms DAP Barcelona.")
    doc["payment"] = rng.choice(["Net 30", "Payment due on receipt", "Net 14 days"])
    return doc


def sc_gb_domestic(rng, fmt=None):
    """UK supplier to a UK company of a Spanish seller (20 % VAT)."""
    b = make_company(rng, "GB", "sup", name=rng.choice(["Brisa Home UK Ltd", "Kasa Kiwi Europe Ltd"]))
    doc = build_doc(rng, "en", "GB", "GB", "GBP", n_lines=(2, 5), fmt=fmt, buyer=b)
    doc["payment"] = "Net 30"
    return doc


def sc_us(rng, fmt=None):
    f = fmt or Fmt(num="comma", money=rng.choice(["${n}", "$ {n}", "USD {n}"]), date=rng.choice(["mdy_slash", "long_us"]), cur="USD", lang="en")
    doc = build_doc(rng, "en", "US", "ES", "USD", n_lines=(2, 5), fmt=f, buyer=make_company(rng, "ES", "buy"), shipping=True)
    doc["notes"].append("Export sale – no US sales tax collected. Shipped FedEx International Economy.")
    doc["payment"] = rng.choice(["Net 30", "Paid by wire transfer", "Due upon receipt"])
    return doc


def sc_cn_commercial(rng, fmt=None, lang="en", proforma=False, n=(3, 7), date=None):
    cur = "USD"
    f = fmt or Fmt(num="comma", money=rng.choice(["USD {n}", "US${n}", "${n}"]), date=rng.choice(["mon_en", "iso", "long_en", "mon_en2", "ymd_slash"]), cur=cur, lang=lang)
    sup = make_company(rng, "CN", "sup")
    from common import supplier_pool
    pool = [k for k in (supplier_pool(sup["name"]) or CN_GOODS) if k in CN_GOODS] or CN_GOODS
    if n[1] > len(pool) + 2:
        # long invoices: the factory's own range in many variants
        keys = [rng.choice(pool) for _ in range(rng.randint(*n))]
    else:
        keys = rng.sample(pool, min(len(pool), rng.randint(*n)))
    doc = build_doc(rng, lang, "CN", "ES", cur, products=keys, supplier=sup, price_factor=0.45, qty_range=(200, 3000), fmt=f, regime="export", date=date,
                    doc_type="proforma" if proforma else "invoice", buyer=make_company(rng, "ES", "buy"))
    doc["buyer"] = doc["buyer"]
    seen = {}
    for ln in doc["lines"]:
        ln["desc"] = PRODUCTS[ln["key"]][3]["en"]
        seen[ln["key"]] = seen.get(ln["key"], 0) + 1
        if seen[ln["key"]] > 1 or len(doc["lines"]) > 10:
            ln["desc"] += rng.choice([", black", ", white", ", grey", ", navy", ", pink", ", green", " (model B)", " (model C)", ", assorted colours", ", beige"])
        ln["unit"] = "pcs"
        ln["hs"] = HS.get(ln["key"], "9999.00") + f".{rng.randint(0, 99):02d}"
        ln["sub"] = f"HS {ln['hs']}" + (f" · {PRODUCTS[ln['key']][3]['zh']}" if lang == "zh" else "")
        ln["price"] = ln["price"]
    doc["incoterm"] = rng.choice(["FOB Ningbo", "FOB Shenzhen", "FOB Shanghai", "EXW Yiwu", "CIF Valencia", "FOB Guangzhou"])
    doc["notes"] = [f"Terms: {doc['incoterm']}", f"Shipping marks: {doc['buyer']['name'].split(',')[0].upper()} / MADE IN CHINA / C/NO. 1-{rng.randint(20, 200)}"]
    doc["payment"] = rng.choice(["T/T 30% deposit, 70% balance before shipment", "T/T 100% before shipment", "L/C at sight", "T/T 30% deposit, 70% against B/L copy"])
    if proforma:
        doc["title"] = "PROFORMA INVOICE"
        doc["notes"].append(f"Validity: 15 days. Lead time: {rng.choice([25, 30, 35, 45])} days after deposit.")
    else:
        doc["title"] = rng.choice(["COMMERCIAL INVOICE", "INVOICE", "COMMERCIAL INVOICE"])
    return doc


def sc_cn_zh_export(rng):
    """Chinese-language sales invoice (销售发票) from a factory to a Spanish buyer, in CNY, no VAT (export)."""
    from common import supplier_pool, build_doc
    sup = make_company(rng, "CN", "sup")
    pool = [k for k in (supplier_pool(sup["name"]) or CN_GOODS) if k in CN_GOODS] or CN_GOODS
    keys = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
    d = build_doc(rng, "zh", "CN", "ES", "CNY", products=keys, price_factor=0.45, qty_range=(200, 2000), regime="export", supplier=sup,
                  fmt=Fmt(num="comma", money="¥{n}", date="cjk0", cur="CNY", lang="zh"))
    d["title"] = "销售发票"
    d["notes"] = [f"贸易条款：FOB {rng.choice(['宁波', '深圳', '上海'])}"]
    d["payment"] = "电汇 T/T"
    return d


def sc_cn_fapiao(rng, kind="专用"):
    f = Fmt(num="comma", money="¥{n}", date="cjk0", cur="CNY", lang="zh")
    sup = make_company(rng, "CN", "sup")
    from common import supplier_pool
    pool = [k for k in (supplier_pool(sup["name"]) or CN_GOODS) if k in CN_GOODS] or CN_GOODS
    keys = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
    doc = build_doc(rng, "zh", "CN", "CN", "CNY", products=keys, supplier=sup, price_factor=0.45, qty_range=(100, 2000), fmt=f, regime="domestic",
                    buyer=make_company(rng, "CN", "buy"), doc_type="tax_invoice")
    cat = {"silicone_set": "日用杂品", "bamboo_board": "竹制品", "bottle": "日用杂品", "yoga_mat": "体育用品", "led_strip": "照明装置", "phone_case": "塑料制品",
           "usb_cable": "电线电缆", "mug": "陶瓷制品", "candle": "日用杂品", "towel": "纺织产品", "dog_toy": "橡胶制品", "scratcher": "宠物用品", "puzzle": "玩具",
           "shears": "金属工具", "wallet": "皮革制品", "serum": "化妆品", "backpack": "箱包", "earbuds": "电子产品", "tote": "纺织产品", "sunglasses": "眼镜"}
    for ln in doc["lines"]:
        ln["desc"] = f"*{cat.get(ln['key'], '日用杂品')}*{PRODUCTS[ln['key']][3]['zh']}"
        ln["unit"] = rng.choice(["个", "件", "套", "只"])
        ln["spec"] = rng.choice(["", "标准款", f"{rng.choice(['A', 'B', 'C'])}{rng.randint(10, 99)}", "混色"])
    doc["fapiao_no"] = f"{doc['date'].year % 100}{rng.choice(['44', '33', '32'])}2000000{rng.randint(10000000, 99999999)}{rng.randint(0, 9)}"[:20]
    doc["remark"] = rng.choice(["", f"合同号：HT{doc['date']:%Y%m}{rng.randint(10, 99)}", "货物已发出"])
    doc["drawer"] = rng.choice(["李静", "王芳", "陈晓燕", "周敏"])
    doc["title"] = f"电子发票（增值税{kind}发票）"
    return doc


def sc_jp(rng, fmt=None, date_style=None):
    f = fmt or Fmt(num="comma", money=rng.choice(["¥{n}", "￥{n}", "{n}円"]), date=date_style or rng.choice(["cjk", "ymd_slash", "reiwa"]), cur="JPY", lang="ja")
    keys = rng.sample(["tea", "coffee", "towel", "mug", "bamboo_board", "candle", "puzzle", "wallet"], rng.randint(2, 5))
    bjp = rng.random() < .6
    doc = build_doc(rng, "ja", "JP", "JP" if bjp else "ES", "JPY", products=keys, qty_range=(5, 120), fmt=f, regime="domestic",
                    buyer=make_company(rng, "JP", "buy") if bjp else make_company(rng, "ES", "buy"))
    return doc


def sc_ticket(rng):
    """Cash & carry ticket (factura simplificada): prices VAT included, no buyer."""
    f = Fmt(num="dot", money="{n} €", date=rng.choice(["dmy_slash", "dmy_short"]), cur="EUR", lang="es")
    sup = make_company(rng, "ES", "sup", name=rng.choice(["Cash & Carry Mercabarna Sud, S.L.", "Bazar Oriental Vallès, S.L.", "Ferretería y Menaje Puig, S.L."]))
    keys = rng.sample(["tote", "mug", "candle", "soap", "usb_cable", "phone_case", "bamboo_board", "coffee", "oil"], rng.randint(3, 7))
    lines = []
    for k in keys:
        qty = D(rng.choice([1, 2, 3, 4, 6, 10, 12]))
        gp = q(D(str(PRODUCTS[k][2])) * D("1.9") * D(str(rng.uniform(.9, 1.2))))
        rate = D(21) if PRODUCTS[k][1] == "std" else D(10)
        lines.append(dict(desc=PRODUCTS[k][3]["es"], sku="", qty=qty, unit="ud.", gross_price=gp, gross=q(qty * gp), rate=rate, cat=PRODUCTS[k][1], key=k, disc=D(0)))
    for ln in lines:
        ln["price"] = q(ln["gross_price"] / (1 + ln["rate"] / 100))
        ln["net"] = ln["gross"]  # printed line amount is VAT-inclusive
    doc = build_doc(rng, "es", "ES", "ES", "EUR", doc_type="receipt", n_lines=(1, 1), fmt=f, supplier=sup, buyer=False)
    doc["buyer"] = None
    doc["lines"] = lines
    groups = {}
    for ln in lines:
        groups[ln["rate"]] = groups.get(ln["rate"], D(0)) + ln["gross"]
    taxes = []
    for r in sorted(groups, reverse=True):
        g = groups[r]
        base = q(g / (1 + r / 100))
        taxes.append(dict(rate=r, base=base, tax=g - base, re_rate=D(0), re=D(0)))
    doc["taxes"] = taxes
    doc["subtotal"] = sum((ln["gross"] for ln in lines), D(0))
    doc["net"] = sum((t["base"] for t in taxes), D(0))
    doc["tax_total"] = sum((t["tax"] for t in taxes), D(0))
    doc["total"] = doc["subtotal"]
    doc["time"] = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    doc["tender"] = rng.choice(["TARJETA", "EFECTIVO"])
    doc["tendered"] = doc["total"] if doc["tender"] == "TARJETA" else (doc["total"] // 10 + 1) * 10
    doc["ticket"] = True
    add_verifactu(rng, doc)
    return doc


# -------------------------------------------------------------- documents that are not invoices
def sc_packing_list(rng, fmt=None):
    doc = sc_cn_commercial(rng, fmt=fmt)
    doc["doc_type"] = "packing_list"
    doc["number"] = doc_number(rng, "CN", doc["date"], "packing_list")
    doc["title"] = "PACKING LIST"
    tc = tn = tg = tv = 0
    for ln in doc["lines"]:
        per = rng.choice([20, 24, 40, 50, 60, 100])
        ln["cartons"] = -(-int(ln["qty"]) // per)
        ln["nw"] = D(str(round(ln["cartons"] * rng.uniform(5, 14), 1)))
        ln["gw"] = ln["nw"] + D(str(round(ln["cartons"] * 0.8, 1)))
        ln["cbm"] = D(str(round(ln["cartons"] * rng.uniform(0.03, 0.09), 3)))
        tc += ln["cartons"]; tn += ln["nw"]; tg += ln["gw"]; tv += ln["cbm"]
    doc["pack_totals"] = f"TOTAL: {tc} CTNS · N.W. {tn:.1f} KGS · G.W. {tg:.1f} KGS · MEAS. {tv:.3f} CBM · Container: {rng.choice(['MSKU', 'CMAU', 'TGHU'])}{rng.randint(1000000, 9999999)}"
    doc["no_total"] = True
    doc["payment"] = False
    return doc


def sc_purchase_order(rng, fmt=None):
    doc = build_doc(rng, "es", "ES", "ES", "EUR", doc_type="purchase_order", n_lines=(2, 5), fmt=fmt, buyer=es_buyer(rng, False))
    doc["title"] = "PEDIDO DE COMPRA"
    doc["notes"] = ["Indicar nuestro número de pedido en albarán y factura.", f"Entrega prevista: semana {doc['date'].isocalendar()[1] + 2}"]
    doc["payment"] = False
    return doc


def sc_quotation(rng, lang="ca", fmt=None):
    cc = "CA" if lang == "ca" else ("ES" if lang == "es" else {"nl": "NL", "fr": "FR", "it": "IT", "de": "DE"}[lang])
    doc = build_doc(rng, lang, cc, "ES", "EUR", doc_type="quotation", n_lines=(2, 5), fmt=fmt, due_days=30, buyer=es_buyer(rng))
    doc["payment"] = False
    doc["notes"] = [{"ca": "Pressupost vàlid 30 dies. Preus sense IVA llevat que s'indiqui. Terminis d'entrega a confirmar en fer la comanda.",
                     "es": "Presupuesto válido 30 días. Plazo de entrega a confirmar.", "nl": "Deze offerte is 30 dagen geldig.",
                     "fr": "Devis valable 30 jours.", "it": "Offerta valida 30 giorni.", "de": "Angebot freibleibend, gültig 30 Tage."}[lang]]
    return doc


def sc_delivery_note(rng, lang="es", fmt=None):
    cc = {"es": "ES", "de": "DE", "ca": "CA"}[lang]
    doc = build_doc(rng, lang, cc, "ES" if lang != "de" else "DE", "EUR", doc_type="delivery_note", n_lines=(2, 6), fmt=fmt)
    doc["no_total"] = True
    doc["payment"] = False
    doc["pack_totals"] = {"es": f"Bultos: {rng.randint(2, 30)} · Transportista: {rng.choice(['Transportes Ebro Norte', 'Mensajería Turia Exprés'])}",
                          "de": f"Packstücke: {rng.randint(2, 20)} · Spedition: {rng.choice(['Spedition Ammersee', 'Elbe Logistik'])}",
                          "ca": f"Paquets: {rng.randint(2, 20)}"}[lang]
    return doc


def sc_order_conf(rng, fmt=None):
    doc = build_doc(rng, "de", "DE", "ES", "EUR", doc_type="other", n_lines=(2, 5), fmt=fmt, buyer=es_buyer(rng, False))
    doc["title"] = "AUFTRAGSBESTÄTIGUNG"
    doc["notes"] = ["Vielen Dank für Ihre Bestellung. Wir bestätigen den Auftrag zu den nachstehenden Bedingungen.", "Voraussichtlicher Versand: KW " + str(doc["date"].isocalendar()[1] + 1),
                    "Die Rechnung erhalten Sie separat bei Versand."]
    doc["payment"] = False
    return doc


def sc_price_list(rng, fmt=None):
    doc = build_doc(rng, "it", "IT", "ES", "EUR", doc_type="other", n_lines=(8, 12), fmt=fmt, regime="export")
    doc["title"] = "LISTINO PREZZI RIVENDITORI"
    doc["no_total"] = True
    doc["payment"] = False
    return doc


def sc_letter_fr(rng):
    doc = build_doc(rng, "fr", "FR", "ES", "EUR", doc_type="other", n_lines=(1, 1), fmt=Fmt(num="space", money="{n} €", date="long_fr", cur="EUR", lang="fr"),
                    buyer=es_buyer(rng, False))
    doc["no_total"] = True
    doc["title"] = "Attestation de fourniture"
    return doc
