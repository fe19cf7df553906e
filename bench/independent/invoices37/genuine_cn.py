"""Part 'cn': domestic Chinese paperwork of a Ningbo Amazon seller.
数电 e-invoices (clean, WPS re-saved, Ghostscript re-saved, WeChat screenshots, desk
photos), old paper VAT invoices off the copier, workshop 收据 and 送货单, 1688 order
screens, our own purchase order, a supplier price list and a supply-confirmation letter."""
import random, datetime
from common import (D, q2, OURS, OTHER_BUYERS_CN, CN_SUPPLIERS, WORKSHOPS, Registry, compute, inject_error,
                    fdate, rand_date, digits, pick_items, cn_upper)
from docs import cn_einvoice, cn_paper_vat, cn_workshop
from emit import emit, src_path
import render_rl as RL
import render_html as HT
import render_fpdf as FP
import render_office as OF

SUP = {s["key"]: s for s in CN_SUPPLIERS}

# key, supplier, kind, n_items, pipeline, extras
SHUDIAN = [
    ("cn_sd01", "silicone", "tax_invoice", 4, "as_is", {}),
    ("cn_sd02", "plastic", "tax_invoice", 2, "as_is", {}),
    ("cn_sd03", "steel", "tax_invoice", 11, "as_is", {}),
    ("cn_sd04", "ceramic", "tax_invoice", 3, "wps", {}),
    ("cn_sd05", "textile", "invoice", 2, "as_is", {}),
    ("cn_sd06", "bamboo", "invoice", 3, "wps", {}),
    ("cn_sd07", "led", "tax_invoice", 5, "gs", {}),
    ("cn_sd08", "carton", "tax_invoice", 3, "as_is", {}),
    ("cn_sd09", "freight", "tax_invoice", 3, "as_is", {"rate": 6}),
    ("cn_sd10", "yiwu", "invoice", 4, "wechat_png", {}),
    ("cn_sd11", "silicone", "tax_invoice", 2, "as_is", {"buyer": 0}),
    ("cn_sd12", "plastic", "tax_invoice", 6, "wechat_png", {}),
    ("cn_sd13", "steel", "tax_invoice", 3, "photo", {}),
    ("cn_sd14", "carton", "invoice", 2, "wechat_jpg", {}),
    ("cn_sd15", "ceramic", "credit_note", 2, "as_is", {}),
    ("cn_sd16", "textile", "tax_invoice", 18, "wps", {}),
    ("cn_sd17", "led", "tax_invoice", 2, "photo", {}),
    ("cn_sd18", "freight", "tax_invoice", 2, "scan_pdf", {"rate": 6}),
]


def build_shudian(rng, key, sk, kind, n, extra):
    sup = SUP[sk]
    buyer = None
    if "buyer" in extra:
        ob = OTHER_BUYERS_CN[extra["buyer"]]
        buyer = dict(name=ob["name"], tax_id=ob["tax_id"])
    k = "tax_invoice" if kind == "credit_note" else kind
    doc = cn_einvoice(rng, sup, buyer=buyer, kind=k, n_items=n, rate=extra.get("rate"),
                      cat="freight" if sk == "freight" else None)
    if kind == "credit_note":  # 红字发票: negative quantities, refers to the blue invoice
        for it in doc["items"]:
            it["qty"] = -it["qty"]
        compute(doc)
        blue = f"{doc['date'].year % 100:02d}332000000{digits(rng, 9)}"
        doc["notes"] = [f"被红冲蓝字数电发票号码：{blue}", f"红字发票信息确认单编号：3302{digits(rng, 16)}"]
        doc["doc_type"] = "credit_note"
        doc["inv_kind"] = "tax_invoice"
        doc["qr_data"] = f"01,32,,{doc['number']},{doc['total']:.2f},{doc['date']:%Y%m%d},,{digits(rng, 4)}"
    if sk == "freight":
        doc["notes"] = [f"提单号：NGB{digits(rng, 8)}  柜号：{rng.choice(['TGHU', 'CSNU'])}{digits(rng, 7)}",
                        "起运地：宁波  到达地：" + rng.choice(["Felixstowe", "Hamburg", "Los Angeles", "Tokyo"])]
    return doc


def run(reg=None):
    reg = reg or Registry("cn")
    rng = random.Random(37001)
    # ---------------- 数电 via ReportLab
    for key, sk, kind, n, pipe, extra in SHUDIAN:
        doc = build_shudian(rng, key, sk, kind, n, extra)
        src = src_path(key)
        RL.shudian(doc, src)
        emit(reg, key, doc, src, pipe, "reportlab_shudian", title=f"dzfp_{doc['number']}.pdf")
    # ---------------- 数电 printed by a third-party platform (HTML -> WeasyPrint)
    for key, sk, kind, n in (("cn_sdw01", "silicone", "tax_invoice", 3), ("cn_sdw02", "bamboo", "invoice", 2)):
        doc = cn_einvoice(rng, SUP[sk], kind=kind, n_items=n)
        src = src_path(key)
        HT.to_pdf_weasy(HT.shudian_html(doc), src, key)
        emit(reg, key, doc, src, "as_is", "weasyprint_shudian")
    # ---------------- old paper VAT invoices through the office copier / phone
    vat_specs = [("cn_vat01", "plastic", "scan_pdf", "tax_invoice"), ("cn_vat02", "silicone", "scan_jpg", "tax_invoice"),
                 ("cn_vat03", "steel", "scan_jpg", "tax_invoice"), ("cn_vat04", "textile", "scan_png", "tax_invoice"),
                 ("cn_vat05", "carton", "scan_pdf", "tax_invoice"), ("cn_vat06", "ceramic", "photo", "tax_invoice"),
                 ("cn_vat07", "yiwu", "scan_jpg", "invoice"), ("cn_vat08", "led", "scan_pdf", "tax_invoice")]
    for i, (key, sk, pipe, kind) in enumerate(vat_specs):
        sup = dict(SUP[sk])
        sup.setdefault("addr", "")
        doc = cn_paper_vat(rng, sup, kind=kind, rate=13 if kind == "tax_invoice" else 3)
        if sk == "led":
            doc["province"] = "深圳"
        if i % 3 == 2:
            doc["form_color"] = "brown"
        src = src_path(key)
        RL.vat_paper(doc, src)
        kw = {"gray": i % 2 == 0} if pipe.startswith("scan") else {}
        emit(reg, key, doc, src, pipe, "reportlab_vat_paper", scan_kw=kw)
    # ---------------- workshop 收据 (receipts for goods / processing work)
    rc_specs = [("cn_rc01", 0, "photo"), ("cn_rc02", 1, "photo"), ("cn_rc03", 2, "scan_jpg"), ("cn_rc04", 3, "photo"),
                ("cn_rc05", 0, "photo")]
    for key, wi, pipe in rc_specs:
        doc = cn_workshop(rng, wi, "receipt", n_items=rng.randint(1, 3))
        if key == "cn_rc05":
            inject_error(doc, "words", rng)  # 大写 does not match 小写
        doc["paper"] = rng.choice([(250, 236, 238), (236, 244, 252), (252, 250, 238)])
        src = src_path(key)
        FP.receipt_cn(doc, src)
        emit(reg, key, doc, src, pipe, "fpdf2_receipt_form", scan_kw={"gray": False} if pipe.startswith("scan") else None)
    # ---------------- 送货单 (delivery notes, not invoices)
    for key, wi, has_total, pipe in (("cn_dn01", 1, True, "photo"), ("cn_dn02", 2, False, "scan_jpg")):
        doc = cn_workshop(rng, wi, "delivery_note", has_total=has_total)
        doc["is_invoice"] = False
        doc["supplier"]["addr"] = rng.choice(["宁波市奉化区尚田街道鸣雁村 48 号", "余姚市泗门镇光明村工业区 12 号"])
        doc["paper"] = rng.choice([(252, 246, 205), (250, 228, 230)])
        src = src_path(key)
        FP.delivery_cn(doc, src)
        emit(reg, key, doc, src, pipe, "fpdf2_delivery_form", scan_kw={"gray": False} if pipe.startswith("scan") else None)
    # ---------------- 1688 order pages (phone screenshots, not invoices)
    for key, sk, fmt in (("cn_1688_01", "yiwu", "png"), ("cn_1688_02", "silicone", "jpg")):
        doc = order_1688(rng, SUP[sk])
        png = src_path(key, ".png")
        HT.screenshot_chromium(HT.mobile_order(doc), png, 390, 844, 3, key)
        from emit import neutral_name
        from common import FILES, save_meta
        from PIL import Image
        import os
        name = neutral_name(key, "." + fmt)
        im = Image.open(png).convert("RGB")
        if fmt == "png":
            im.save(os.path.join(FILES, name), "PNG")
        else:
            im.save(os.path.join(FILES, name), "JPEG", quality=80)
        rec = reg.add(name, doc, producer="chromium_mobile_screenshot" + ("" if fmt == "png" else ">jpeg"), pages=1,
                      doc_subtype="order_confirmation_1688")
        save_meta(name, key=key, src_pdf=None, pipeline="screenshot", label=rec, doc=None, capture={})
        print("  ", name, rec["producer"], rec["doc_type"], rec["total"])
    # ---------------- our purchase order, supplier price list, supply-confirmation letter (not invoices)
    office_jobs = []
    po = purchase_order(rng, SUP["bamboo"])
    OF.docx_po(po, src_path("cn_po01", ".docx"))
    office_jobs.append(("cn_po01", po, ".docx", "soffice_writer_docx", dict(doc_subtype="purchase_order")))
    pl = price_list(rng, SUP["plastic"])
    OF.pricelist_sheet(pl).to_fods(src_path("cn_price01", ".fods"))
    office_jobs.append(("cn_price01", pl, ".fods", "soffice_calc_fods", dict(doc_subtype="price_list")))
    lt = letter(rng, SUP["silicone"])
    OF.docx_letter(lt, src_path("cn_letter01", ".docx"))
    office_jobs.append(("cn_letter01", lt, ".docx", "soffice_writer_docx", dict(doc_subtype="letter_supply_confirmation")))
    from emit import SRC
    pdfs = OF.soffice_convert([src_path(k, e) for k, _, e, _, _ in office_jobs], outdir=SRC)
    for (key, doc, e, prod, extra), pdf in zip(office_jobs, pdfs):
        emit(reg, key, doc, pdf, "as_is" if key != "cn_letter01" else "scan_pdf", prod, extra=extra)
    # ---------------- a second batch that came in later
    for key, sk, kind, n, pipe, extra in [("cn_sd19", "silicone", "tax_invoice", 3, "wechat_png", {}),
                                          ("cn_sd20", "steel", "tax_invoice", 2, "as_is", {"buyer": 1}),
                                          ("cn_sd21", "yiwu", "invoice", 3, "photo", {}),
                                          ("cn_sd22", "plastic", "tax_invoice", 4, "gs", {})]:
        doc = build_shudian(rng, key, sk, kind, n, extra)
        src = src_path(key)
        RL.shudian(doc, src)
        emit(reg, key, doc, src, pipe, "reportlab_shudian", title=f"dzfp_{doc['number']}.pdf")
    doc = cn_einvoice(rng, SUP["led"], kind="tax_invoice", n_items=2)
    src = src_path("cn_sdw03")
    HT.to_pdf_weasy(HT.shudian_html(doc), src, "cn_sdw03")
    emit(reg, "cn_sdw03", doc, src, "wechat_jpg", "weasyprint_shudian", title=f"{doc['number']}.pdf")
    sup = dict(SUP["bamboo"])
    doc = cn_paper_vat(rng, sup, kind="invoice", rate=1)
    src = src_path("cn_vat09")
    RL.vat_paper(doc, src)
    emit(reg, "cn_vat09", doc, src, "scan_jpg", "reportlab_vat_paper", scan_kw={"gray": True})
    doc = cn_workshop(rng, 3, "receipt", n_items=2)
    src = src_path("cn_rc06")
    FP.receipt_cn(doc, src)
    emit(reg, "cn_rc06", doc, src, "scan_png", "fpdf2_receipt_form", scan_kw={"gray": False})
    reg.save()
    return reg


def order_1688(rng, sup):
    date = rand_date(rng)
    items = pick_items(rng, sup.get("cat", "mixed"), "zh", "CNY", rng.randint(1, 3), qty_range=(50, 800))
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type="other", is_invoice=False, supplier=sup,
               buyer=dict(name=OURS["name"]), items=items, tax_mode="none", rate=0, date=date,
               date_str=fdate(date, "iso"), time=f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
               number=digits(rng, 19), shipping=D(rng.choice(["0.00", "35.00", "120.00"])),
               status=rng.choice(["交易成功", "卖家已发货"]), status_sub="物流：中通快运  运单号 " + digits(rng, 12),
               consignee="周女士", phone="138****6620", ship_addr="浙江省宁波市鄞州区姜山镇科技园区 澜舍仓库 3号门",
               pay=rng.choice(["支付宝", "诚e赊", "网银支付"]), inv_info=rng.choice(["增值税专用发票（已申请）", "不开发票", "电子普通发票"]))
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = OURS["name"]
    return doc


def purchase_order(rng, sup):
    date = rand_date(rng)
    items = pick_items(rng, sup.get("cat", "mixed"), "zh", "CNY", 3, qty_range=(300, 3000))
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type="purchase_order", is_invoice=False,
               supplier=sup, buyer=dict(name=OURS["name"]), items=items, tax_mode="none", rate=0, date=date,
               date_str=fdate(date, "iso"), number=f"LS-PO-{date:%y%m}{rng.randint(10, 99)}",
               delivery_str=fdate(date + datetime.timedelta(days=rng.choice([15, 20, 30])), "iso"),
               buyer_person="周晴")
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = OURS["name"]
    return doc


def price_list(rng, sup):
    date = rand_date(rng)
    items = pick_items(rng, "plastic", "zh", "CNY", 3) + pick_items(rng, "silicone", "zh", "CNY", 2)
    for it in items:
        it["moq"] = rng.choice([300, 500, 1000])
        it["price"] = q2(it["price"] * D("1.13"))
    doc = dict(lang="zh", currency="CNY", num_style="plain", doc_type="other", is_invoice=False, supplier=sup,
               buyer=dict(name=OURS["name"]), items=items, date=date, date_str=fdate(date, "zh"),
               title="产品报价单（2026年春季）" if date.year == 2026 else "产品报价单",
               valid_str=fdate(date + datetime.timedelta(days=60), "zh"), contact="沈经理", total=None, has_total=False,
               supplier_label=sup["name"], buyer_label=OURS["name"])
    return doc


def letter(rng, sup):
    date = rand_date(rng, datetime.date(2026, 1, 5), datetime.date(2026, 3, 10))
    body = [f"兹证明{OURS['name']}（统一社会信用代码：{OURS['tax_id']}）自2023年6月起向我司长期采购硅胶厨房用品，"
            "包括硅胶锅铲、硅胶折叠收纳碗、硅胶保鲜袋等产品。上述产品均由我司工厂生产，我司已就相关交易开具增值税专用发票。",
            f"This is to confirm that {OURS['name_en']} has purchased silicone kitchenware from our company on a regular "
            "basis since June 2023, including silicone spatulas, collapsible silicone bowls and reusable silicone food bags. "
            "The goods are manufactured in our own factory and VAT invoices have been issued for these transactions.",
            "本证明仅用于客户向电商平台证明商品来源，不作其他用途。This letter is issued at the request of the customer "
            "for the purpose of proving the source of goods to an online marketplace."]
    return dict(lang="zh+en", currency=None, doc_type="other", is_invoice=False, supplier=sup, date=date,
                date_str=fdate(date, "zh"), body=body, signer="总经理  陈国栋", total=None, has_total=False,
                supplier_label=sup["name"], buyer_label=OURS["name"])


if __name__ == "__main__":
    run()
