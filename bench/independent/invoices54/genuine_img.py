"""Captured documents: scanned paper 增值税专用发票, WeChat desk photos, phone screenshots, faxes,
handwritten-style market receipts (收据) and delivery notes (送货单)."""
import os, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from common import *
from imaging import *
import genuine_rl as RL
import genuine_html as HT

SRC = os.path.join(BUILD, "src")
os.makedirs(SRC, exist_ok=True)


def field_boxes(pdf, doc, dpi, h_pt, M, fields=("date", "total", "buyer", "qty0")):
    pf = printed_fields(doc)
    out = {}
    for f in fields:
        s = pf[f]
        if f == "total" and doc["lang"] == "zh": s = fmt_num(doc["total"], "plain") if "dzfp" in pdf or "pv" in pdf else s
        bx = find_boxes(pdf, s)
        if bx:
            out[f] = pt_box_to_px(bx[-1] if f == "total" else bx[0], h_pt, dpi, M)
    return out


def handwritten_receipt(doc, rng, kind="receipt"):
    W, H = 1500, 900 if kind == "receipt" else 1100
    img = Image.new("RGBA", (W, H), (250, 247, 238, 255))
    d = ImageDraw.Draw(img)
    red = (200, 60, 60)
    fT = ImageFont.truetype(FONT_CJK, 56); f = ImageFont.truetype(FONT_CJK, 30); fs = ImageFont.truetype(FONT_CJK, 22)
    boxes = {}
    ink = rng.choice([(20, 40, 140), (25, 25, 30), (30, 50, 160)])
    if kind == "receipt":
        d.text((W / 2 - 90, 40), "收　据", font=fT, fill=red); d.line((W / 2 - 110, 110, W / 2 + 110, 110), fill=red, width=3)
        d.text((W - 330, 60), f"No.{rng.randint(1000000, 9999999)}", font=f, fill=red)
        d.text((130, 150), "年　　月　　日", font=f, fill=red)
        y = 230
        for lab in ["今收到", "交　来", "人民币（大写）", "¥", "收款方式"]:
            d.text((110, y), lab, font=f, fill=red); d.line((110 + len(lab) * 32 + 10, y + 40, W - 110, y + 40), fill=red, width=2); y += 90
        d.text((110, 720), "收款单位（盖章）", font=f, fill=red); d.text((800, 720), "收款人", font=f, fill=red)
        d.text((110, 820), "第二联　交客户", font=fs, fill=red)
        ds = f"{doc['date_obj'].year}　{doc['date_obj'].month}　{doc['date_obj'].day}"
        boxes["date"] = hand_text(d, (40, 142), f"{doc['date_obj'].year}", rng, 34, ink)
        b2 = hand_text(d, (172, 142), f"{doc['date_obj'].month}", rng, 34, ink); b3 = hand_text(d, (262, 142), f"{doc['date_obj'].day}", rng, 34, ink)
        boxes["date"] = [boxes["date"][0], min(boxes["date"][1], b3[1]), b3[2], max(boxes["date"][3], b3[3])]
        boxes["buyer"] = hand_text(d, (240, 222), doc["buyer"], rng, 34, ink)
        goods = "、".join(i["name"].split("*")[-1] for i in doc["items"][:2]) + f" 共{sum(i['qty'] for i in doc['items'])}件 货款"
        boxes["qty0"] = hand_text(d, (240, 312), goods, rng, 34, ink)
        hand_text(d, (360, 402), cn_upper(doc["total"]).lstrip("⊗"), rng, 34, ink)
        boxes["total"] = hand_text(d, (180, 492), fmt_num(doc["total"], "plain"), rng, 40, ink)
        hand_text(d, (300, 582), rng.choice(["微信", "支付宝", "现金", "转账"]), rng, 34, ink)
        hand_text(d, (940, 712), rng.choice(["楼", "陈", "王小", "吴"]), rng, 38, ink)
        # round red seal over 收款单位
        seal = Image.new("RGBA", (260, 260), (0, 0, 0, 0)); sd = ImageDraw.Draw(seal)
        sd.ellipse((10, 10, 250, 250), outline=(215, 40, 40, 170), width=8)
        sd.text((70, 105), "★", font=ImageFont.truetype(FONT_LATIN, 60), fill=(215, 40, 40, 170))
        name = doc["supplier"][:12]
        for k, ch in enumerate(name):
            ang = -150 + k * (300 / max(1, len(name) - 1)) if len(name) > 1 else 0
            t = Image.new("RGBA", (40, 40), (0, 0, 0, 0)); ImageDraw.Draw(t).text((6, 2), ch, font=ImageFont.truetype(FONT_CJK, 28), fill=(215, 40, 40, 170))
            t = t.rotate(-ang - 90 + 180, expand=True)
            rad = np.radians(ang - 90 + 180 - 180)
            seal.alpha_composite(t, (int(130 + 95 * np.cos(np.radians(ang - 90)) - t.size[0] / 2), int(130 + 95 * np.sin(np.radians(ang - 90)) - t.size[1] / 2)))
        seal = seal.rotate(rng.uniform(-20, 20))
        img.alpha_composite(seal, (300, 620))
    else:  # 送货单 grid
        shop = f"义乌国际商贸城{rng.choice(['一区', '二区', '三区', '五区'])}{rng.randint(1,30)}街{rng.randint(1000,9999)}号"
        d.text((W / 2 - 90, 30), "送货单", font=fT, fill=(40, 40, 40))
        d.text((110, 110), doc["supplier"] + "　" + shop, font=f, fill=(40, 40, 40))
        d.text((110, 160), "客户：", font=f, fill=(40, 40, 40)); d.text((W - 520, 160), "日期：", font=f, fill=(40, 40, 40))
        boxes["buyer"] = hand_text(d, (210, 152), doc["buyer"], rng, 32, ink)
        boxes["date"] = hand_text(d, (W - 420, 152), f"{doc['date_obj'].year}.{doc['date_obj'].month}.{doc['date_obj'].day}", rng, 32, ink)
        cols = [110, 560, 760, 960, 1160, W - 110]
        for k, h_ in enumerate(["品名", "规格", "数量", "单价", "金额"]): d.text((cols[k] + 20, 225), h_, font=f, fill=(40, 40, 40))
        for r in range(9): d.line((110, 215 + r * 80, W - 110, 215 + r * 80), fill=(60, 60, 60), width=2)
        for c in cols: d.line((c, 215, c, 215 + 8 * 80), fill=(60, 60, 60), width=2)
        for k, it in enumerate(doc["items"][:6]):
            y = 300 + k * 80
            hand_text(d, (cols[0] + 15, y), it["name"].split("*")[-1][:9], rng, 32, ink)
            hand_text(d, (cols[1] + 15, y), it["spec"][:6], rng, 30, ink)
            b = hand_text(d, (cols[2] + 15, y), str(it["qty"]), rng, 32, ink)
            if k == 0: boxes["qty0"] = b
            hand_text(d, (cols[3] + 15, y), fmt_num(it["price"], "plain"), rng, 30, ink)
            hand_text(d, (cols[4] + 15, y), fmt_num(it["amount"], "plain"), rng, 30, ink)
        d.text((cols[0] + 20, 215 + 7 * 80 + 10), "合计", font=f, fill=(40, 40, 40))
        boxes["total"] = hand_text(d, (cols[4] + 15, 215 + 7 * 80 + 5), fmt_num(doc["subtotal"], "plain"), rng, 34, ink)
        d.text((110, 900), "收货人签字：", font=f, fill=(40, 40, 40)); hand_text(d, (320, 890), rng.choice(["张", "李明", "刘"]), rng, 38, ink)
        d.text((110, 980), "（此单不作结算凭证，货款以实际结算为准）", font=fs, fill=(90, 90, 90))
    return img.convert("RGB"), boxes


def map_boxes(boxes, M):
    out = {}
    Mx = np.array(M)
    for k, (x0, y0, x1, y1) in boxes.items():
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], float) @ Mx.T
        out[k] = (pts[:, :2] / pts[:, 2:3]).tolist()
    return out


def build(rng):
    recs, metas = [], []
    out = lambda n: os.path.join(FILES, n)
    DPI = 200

    def finish(doc, fn, prod, pages, img_boxes, src=None, capture=None, **kw):
        recs.append(label(doc, fn, prod, pages))
        metas.append(meta(doc, fn, prod, boxes=img_boxes, src=src, capture=capture, **kw))

    # 1) old paper 增值税专用发票, flatbed scans (5)
    for i in range(5):
        doc = make_doc(rng, f"pv{i}", "zh", "tax_invoice", n_items=rng.choice([1, 2, 3, 4]))
        doc["number"] = "".join(str(rng.randint(0, 9)) for _ in range(18))
        src = os.path.join(SRC, f"pv{i}.pdf"); RL.paper_vat(doc, src)
        img, h = render(src, DPI)
        sc, M = scan(img, rng)
        fn = f"scan_zzsfp_{i+1:02d}." + ["jpg", "pdf", "jpg", "png", "pdf"][i]
        save_img(sc, out(fn), rng)
        finish(doc, fn, "scan_paper_vat_" + fn.split(".")[-1], 1, field_boxes(src, doc, DPI, h, M), src, "scan", xform=M, dpi=DPI)
    # 2) 数电票 printed then photographed with WeChat (4)
    for i in range(4):
        doc = make_doc(rng, f"wp{i}", "zh", "tax_invoice" if i % 2 == 0 else "invoice")
        src = os.path.join(SRC, f"dzfp_wp{i}.pdf"); RL.shudian(doc, src, "专用" if i % 2 == 0 else "普通")
        img, h = render(src, 150)
        ph, M = photo(img, rng)
        fn = f"mmexport{1760000000000 + rng.randint(0, 10**10)}.jpg"
        save_img(ph, out(fn), rng, quality=rng.randint(70, 85))
        finish(doc, fn, "wechat_photo_shudian", 1, field_boxes(src, doc, 150, h, M), src, "photo", xform=M, dpi=150)
    # 3) order voucher screenshots (3)
    for i in range(3):
        doc = make_doc(rng, f"ss{i}", "zh", "receipt", tax=False, shipping=True, n_items=rng.choice([2, 3]))
        src = os.path.join(SRC, f"ss{i}.pdf"); HT.weasy(HT.order_receipt_html(doc), src)
        img, h = render(src, 150)
        sh, M = screenshot(img, rng)
        fn = f"Screenshot_2026{doc['date_obj']:%m%d}-{rng.randint(100000, 235959)}.png"
        save_img(sh, out(fn), rng)
        finish(doc, fn, "phone_screenshot_order", 1, field_boxes(src, doc, 150, h, M), src, "screenshot", xform=M, dpi=150)
    # 4) factory commercial invoices received by fax (3)
    for i in range(3):
        doc = make_doc(rng, f"fx{i}", "en_cn", "invoice", tax=False, currency="USD")
        src = os.path.join(SRC, f"fx{i}.pdf"); RL.commercial(doc, src)
        img, h = render(src, DPI)
        fx, M = fax(img, rng, DPI)
        fn = f"fax_{doc['date_obj']:%Y%m%d}_{i}." + ["png", "pdf", "png"][i]
        save_img(fx, out(fn), rng)
        finish(doc, fn, "fax_" + fn.split(".")[-1], 1, field_boxes(src, doc, DPI, h, M), src, "fax", xform=M, dpi=DPI)
    # 5) European invoices scanned (3) + 2-page scan wrapped in PDF (1)
    for i, lang in enumerate(["de", "fr", "ja", "es"]):
        doc = make_doc(rng, f"es{i}", lang, "invoice", n_items=(30 if i == 3 else None), shipping=True)
        src = os.path.join(SRC, f"es{i}.pdf"); RL.western(doc, src, style=i % 3, font="CJK" if lang == "ja" else "Helvetica")
        n = pdf_pages(src)
        pages = []; M0 = None; h0 = None
        for pg in range(n):
            img, h = render(src, DPI, pg)
            sc, M = scan(img, rng, dpi_out=150)
            pages.append(sc)
            if pg == 0: M0, h0 = M, h
        fn = f"scan_{lang}_{i}." + ("pdf" if n > 1 or i == 1 else "jpg")
        save_img(pages if fn.endswith("pdf") else pages[0], out(fn), rng)
        finish(doc, fn, "scan_western_" + fn.split(".")[-1], n, field_boxes(src, doc, DPI, h0, M0) if n == 1 else {}, src, "scan", xform=M0, dpi=DPI)
    # 6) handwritten-style 收据 photos (3) and 送货单 (1, not an invoice)
    for i in range(4):
        kind = "receipt" if i < 3 else "delivery_note"
        doc = make_doc(rng, f"hw{i}", "zh", kind, tax=False, n_items=rng.choice([1, 2, 3]) if kind == "receipt" else 4)
        if kind == "delivery_note": doc["total"] = doc["subtotal"]
        img, bx = handwritten_receipt(doc, rng, kind)
        src = os.path.join(SRC, f"hw{i}.png"); img.save(src)
        ph, M = photo(img, rng)
        fn = f"wx_{'shouju' if kind == 'receipt' else 'songhuodan'}_{i}.jpg"
        save_img(ph, out(fn), rng, quality=rng.randint(68, 82))
        finish(doc, fn, "wechat_photo_handwritten", 1, map_boxes(bx, M), src, "photo", src_boxes=bx)
    return recs, metas


if __name__ == "__main__":
    r, m = build(random.Random(8827))
    save_part("img", r, m)
    print(len(r), "captured files")
