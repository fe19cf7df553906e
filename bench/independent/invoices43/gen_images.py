"""Captured documents: flatbed scans, phone photos, Zalo/WeChat screenshots, carbon-copy receipt books."""
import os, random, io
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import pypdfium2 as pdfium
from common import *
import gen_pdf, gen_html


# ------------------------------------------------------------------ sources
def render_source(doc, kind, path, **kw):
    if kind == "rl":
        return gen_pdf.rl_render(doc, path, **kw)
    if kind == "fp":
        return gen_pdf.fp_render(doc, path, **kw)
    return gen_html.weasy(gen_html.build_html(doc, kw.get("theme", "saas")), path)


def raster(pdf_path, dpi):
    d = pdfium.PdfDocument(pdf_path)
    return [d[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(d))]


# ------------------------------------------------------------------ capture
def scan(img, rng):
    """Flatbed/ADF scan: slight rotation, downscale, grey cast, noise, blur. Returns (img, M 3x3 clean->final)."""
    a = np.array(img)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.4, 1.4)
    f = rng.uniform(0.55, 0.8)
    R = cv2.getRotationMatrix2D((w / 2, h / 2), ang, f)
    R[0, 2] += w * f / 2 - w / 2
    R[1, 2] += h * f / 2 - h / 2
    out = cv2.warpAffine(a, R, (int(w * f), int(h * f)), borderValue=(250, 250, 248), flags=cv2.INTER_AREA)
    out = out.astype(np.float32)
    if rng.random() < 0.6:
        g = out.mean(axis=2, keepdims=True); out = np.repeat(g, 3, axis=2)
    out = out * rng.uniform(0.9, 0.98) + rng.uniform(5, 18)
    out += np.random.default_rng(rng.randint(0, 99999)).normal(0, rng.uniform(3, 9), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    M = np.vstack([R, [0, 0, 1]])
    return im, M


def photo(img, rng, dim=False):
    """Phone photo: perspective skew on a background, uneven light, colour cast, noise."""
    a = np.array(img)
    h, w = a.shape[:2]
    W, Hh = int(w * 1.25), int(h * 1.2)
    bg_col = rng.choice([(92, 74, 60), (60, 62, 66), (140, 120, 95), (175, 170, 160)])
    bg = np.full((Hh, W, 3), bg_col, np.float32)
    bg += np.random.default_rng(rng.randint(0, 9999)).normal(0, 6, bg.shape)
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (W - w) / 2, (Hh - h) / 2
    dst = np.float32([[ox + j(w * .08), oy + j(h * .05)], [ox + w + j(w * .08), oy + j(h * .05)],
                      [ox + w + j(w * .05), oy + h + j(h * .04)], [ox + j(w * .05), oy + h + j(h * .04)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (W, Hh), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), Hm, (W, Hh))
    m = (mask > 0)[..., None]
    out = np.where(m, warped.astype(np.float32), bg)
    yy, xx = np.mgrid[0:Hh, 0:W]
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * Hh
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, Hh)
    light = (1.05 - dist * rng.uniform(0.5, 0.9))
    if dim:
        light = light * 0.62
    out = out * light[..., None]
    out *= np.array([1.0, rng.uniform(0.93, 0.99), rng.uniform(0.8, 0.92)], np.float32)  # warm tungsten cast
    # soft shadow of the phone
    if rng.random() < 0.5:
        x0 = int(rng.uniform(0.5, 0.8) * W)
        out[:, x0:] *= 0.8
    out += np.random.default_rng(rng.randint(0, 9999)).normal(0, 10 if dim else 5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    return im, Hm


def save_img(im, path, fmt, rng, pages=None):
    if fmt == "jpg":
        im.save(path, "JPEG", quality=rng.randint(45, 80))
    elif fmt == "png":
        im.save(path, "PNG")
    else:  # wrapped in a pdf (scanner software output), JPEG-compressed page images
        ims = pages or [im]
        buf = []
        for p in ims:
            b = io.BytesIO(); p.convert("RGB").save(b, "JPEG", quality=rng.randint(50, 75)); b.seek(0)
            buf.append(Image.open(b).convert("RGB"))
        buf[0].save(path, "PDF", resolution=rng.choice([150.0, 200.0]), save_all=True, append_images=buf[1:])


# ------------------------------------------------------------------ chat screenshots
def chat_shot(doc_img, rng, app, contact, msgs):
    W, Hh = 1080, 2340
    im = Image.new("RGB", (W, Hh), (237, 237, 237) if app == "wechat" else (226, 233, 241))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_CJK, 38)
    fs = ImageFont.truetype(FONT_CJK, 30)
    # status + header
    d.rectangle([0, 0, W, 90], fill=(237, 237, 237) if app == "wechat" else (0, 104, 255))
    d.text((40, 25), "14:2%d" % rng.randint(0, 9), font=fs, fill=(0, 0, 0) if app == "wechat" else (255, 255, 255))
    d.rectangle([0, 90, W, 220], fill=(237, 237, 237) if app == "wechat" else (0, 104, 255))
    d.text((130, 130), contact, font=f, fill=(0, 0, 0) if app == "wechat" else (255, 255, 255))
    d.text((40, 125), "<", font=ImageFont.truetype(FONT_CJK, 56), fill=(0, 0, 0) if app == "wechat" else (255, 255, 255))
    y = 270
    for who, text in msgs[:1]:
        d.rounded_rectangle([40, y, 40 + 30 + int(d.textlength(text, font=f)), y + 90], 18, fill=(255, 255, 255))
        d.text((55, y + 22), text, font=f, fill=(20, 20, 20)); y += 130
    # the picture bubble
    tw = 720
    th = int(doc_img.height * tw / doc_img.width)
    th = min(th, 1500)
    thumb = doc_img.resize((tw, int(doc_img.height * tw / doc_img.width))).crop((0, 0, tw, th))
    im.paste(thumb, (40, y)); y += th + 40
    for who, text in msgs[1:]:
        tl = int(d.textlength(text, font=f))
        if who == "me":
            d.rounded_rectangle([W - 70 - tl, y, W - 40, y + 90], 18, fill=(149, 236, 105) if app == "wechat" else (213, 234, 255))
            d.text((W - 55 - tl, y + 22), text, font=f, fill=(20, 20, 20))
        else:
            d.rounded_rectangle([40, y, 70 + tl, y + 90], 18, fill=(255, 255, 255))
            d.text((55, y + 22), text, font=f, fill=(20, 20, 20))
        y += 120
    d.rectangle([0, Hh - 150, W, Hh], fill=(246, 246, 246))
    d.rounded_rectangle([120, Hh - 120, W - 200, Hh - 40], 12, fill=(255, 255, 255))
    return im


# ------------------------------------------------------------------ carbon copy receipt book
def carbon_receipt(doc, rng):
    lang = doc["lang"]
    W, Hh = 1400, 900
    paper = rng.choice([(250, 214, 222), (250, 243, 190), (232, 240, 250)])
    im = Image.new("RGB", (W, Hh), paper)
    d = ImageDraw.Draw(im)
    F = FONT_CJK if lang == "zh" else FONT_DEJAVU
    fb = ImageFont.truetype(FONT_DEJAVU_B if lang != "zh" else FONT_CJK, 46)
    f = ImageFont.truetype(F, 28)
    red = (180, 40, 50)
    ttl = {"vi": "PHIẾU THU", "zh": "收 据", "en": "CASH RECEIPT"}[lang]
    d.text((W / 2, 60), ttl, font=fb, fill=red, anchor="mm")
    sub = {"vi": "Liên 2: Giao khách hàng", "zh": "第二联 客户联", "en": "Customer copy"}[lang]
    d.text((W / 2, 110), sub, font=f, fill=red, anchor="mm")
    d.text((60, 30), doc["supplier"]["name"][:34], font=ImageFont.truetype(F, 19), fill=red)
    d.text((W - 300, 40), f"No. {doc['number'][-6:]}", font=f, fill=red)
    labels = {"vi": ["Họ tên người nộp tiền:", "Lý do nộp:", "Số tiền:", "Viết bằng chữ:", "Ngày:"],
              "zh": ["今收到：", "交来：", "金额（小写）：", "人民币（大写）：", "日期："],
              "en": ["Received from:", "Being payment of:", "Amount:", "Amount in words:", "Date:"]}[lang]
    hand = ImageFont.truetype(FONT_CJK if lang == "zh" else "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 34)
    blue = (40, 50, 150)
    s = strings(doc)
    words = {"vi": "(theo hóa đơn số " + doc["number"] + ")", "zh": cn_upper(doc["total"]) if doc["cur"] == "CNY" else "",
             "en": "as per invoice " + doc["number"]}[lang]
    vals = [doc["buyer"]["name"][:38], doc["items"][0]["desc"] + (" ..." if len(doc["items"]) > 1 else ""),
            s["total"], words, s["date"]]
    y = 190
    for lab, v in zip(labels, vals):
        d.text((60, y), lab, font=f, fill=red)
        lw = d.textlength(lab, font=f)
        d.line([(70 + lw, y + 38), (W - 60, y + 38)], fill=red, width=2)
        x = 80 + lw
        for ch in v:  # jittered "handwriting" pressed through carbon
            d.text((x, y - 4 + rng.randint(-3, 3)), ch, font=hand, fill=blue)
            x += d.textlength(ch, font=hand) + rng.uniform(-1, 2)
        y += 110
    sign = {"vi": ["Người nộp tiền", "Người thu tiền"], "zh": ["交款人", "收款人"], "en": ["Paid by", "Received by"]}[lang]
    d.text((200, y + 20), sign[0], font=f, fill=red); d.text((W - 400, y + 20), sign[1], font=f, fill=red)
    # scribble signature
    pts = [(W - 420 + i * 14, y + 110 + 22 * np.sin(i * 0.9 + rng.random())) for i in range(22)]
    d.line(pts, fill=blue, width=4)
    a = np.array(im).astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), 1.3)  # carbon copy softness
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ------------------------------------------------------------------ plan
SCAN_PLAN = [  # name, make_doc kw, source kind, render kw, fmt
    ("scan_vi_gtgt_01", dict(lang="vi", doc_type="tax_invoice"), "html", dict(theme="vn"), "jpg"),
    ("scan_vi_gtgt_02", dict(lang="vi", doc_type="tax_invoice", shipping=True), "rl", dict(style=1), "pdf"),
    ("scan_vi_pxk_03", dict(lang="vi", doc_type="delivery_note"), "fp", dict(), "jpg"),
    ("scan_zh_vat_04", dict(lang="zh", doc_type="tax_invoice"), "html", dict(theme="zh"), "png"),
    ("scan_zh_export_05", dict(lang="zh", cur="USD", tax=D(0)), "rl", dict(style=0), "pdf"),
    ("scan_en_ci_06", dict(lang="en", shipping=True), "rl", dict(style=0, commercial=True), "jpg"),
    ("scan_en_inv_07", dict(lang="en", discount=True), "html", dict(theme="erp"), "pdf"),
    ("scan_en_multi_08", dict(lang="en", many_items=True), "rl", dict(style=1), "pdf"),
    ("scan_en_proforma_09", dict(lang="en", doc_type="proforma"), "fp", dict(), "png"),
    ("scan_ja_seikyu_10", dict(lang="ja"), "html", dict(theme="jp"), "jpg"),
    ("scan_ja_seikyu_11", dict(lang="ja", shipping=True), "rl", dict(style=0), "pdf"),
    ("scan_de_rechnung_12", dict(lang="de"), "rl", dict(style=0), "jpg"),
    ("scan_it_fattura_13", dict(lang="it"), "html", dict(theme="saas"), "jpg"),
    ("scan_pl_faktura_14", dict(lang="pl"), "fp", dict(), "png"),
]
PHOTO_PLAN = [
    ("photo_vi_gtgt_01", dict(lang="vi", doc_type="tax_invoice"), "html", dict(theme="vn"), True),
    ("photo_vi_gtgt_02", dict(lang="vi", doc_type="tax_invoice", discount=True), "rl", dict(style=0), False),
    ("photo_vi_invoice_03", dict(lang="vi", arith_error=True), "fp", dict(), True),
    ("photo_en_ci_04", dict(lang="en"), "rl", dict(style=1, commercial=True), False),
    ("photo_en_inv_05", dict(lang="en", shipping=True), "html", dict(theme="saas"), True),
    ("photo_en_inv_06", dict(lang="en"), "fp", dict(), False),
    ("photo_zh_vat_07", dict(lang="zh", doc_type="tax_invoice"), "html", dict(theme="zh"), False),
    ("photo_zh_inv_08", dict(lang="zh"), "rl", dict(style=0), True),
    ("photo_ja_seikyu_09", dict(lang="ja"), "html", dict(theme="jp"), False),
    ("photo_en_kr_10", dict(lang="en", discount=True), "html", dict(theme="erp"), False),
]
CHAT_PLAN = [
    ("zalo_vi_gtgt_01", dict(lang="vi", doc_type="tax_invoice"), "html", dict(theme="vn"), "zalo", "Chị Hạnh - Phú An Khang",
     [("them", "Em gửi hóa đơn lô hàng tháng này nha"), ("me", "Dạ em nhận rồi, cảm ơn chị"), ("them", "Ok em nhé")]),
    ("zalo_vi_inv_02", dict(lang="vi", shipping=True), "rl", dict(style=1), "zalo", "Anh Tuấn Gỗ Thành Lợi",
     [("them", "Hóa đơn đơn hàng 2 container"), ("me", "Anh gửi bản PDF giúp em với"), ("them", "Chiều anh gửi")]),
    ("wechat_zh_vat_03", dict(lang="zh", doc_type="tax_invoice"), "html", dict(theme="zh"), "wechat", "华越五金 王经理",
     [("them", "发票已开好，请查收"), ("me", "收到，谢谢王总"), ("them", "原件快递寄出了")]),
    ("wechat_zh_export_04", dict(lang="zh", cur="USD", tax=D(0)), "rl", dict(style=0), "wechat", "卓辰日用 Lily",
     [("them", "Invoice for PO attached"), ("me", "好的 收到"), ("them", "货下周二出")]),
]
CARBON_PLAN = [
    ("carbon_vi_phieuthu_01", dict(lang="vi", doc_type="receipt", n_items=1)),
    ("carbon_vi_phieuthu_02", dict(lang="vi", doc_type="receipt", n_items=2)),
    ("carbon_zh_shouju_03", dict(lang="zh", doc_type="receipt", n_items=1, tax=D(0))),
    ("carbon_en_receipt_04", dict(lang="en", doc_type="receipt", n_items=2)),
]


def capture(name, doc, kind, rk, mode, rng, fmt="jpg", dim=False):
    """Render source, capture, save. Returns (filename, pages, info)."""
    src = os.path.join(BUILD, name + "_src.pdf")
    render_source(doc, kind, src, **rk)
    dpi = 200 if mode == "scan" else 130
    pages = raster(src, dpi)
    if mode == "scan":
        if fmt != "pdf":
            pages = pages[:1]
        outs = [scan(p, rng) for p in pages]
        im, M = outs[0]
        fn = f"{name}.{fmt}"
        save_img(im, os.path.join(FILES, fn), fmt, rng, pages=[o[0] for o in outs])
        return fn, len(outs), dict(src=src, dpi=dpi, M=M, fmt=fmt)
    im, M = photo(pages[0], rng, dim=dim)
    fn = f"{name}.jpg"
    save_img(im, os.path.join(FILES, fn), "jpg", rng)
    return fn, 1, dict(src=src, dpi=dpi, M=M, fmt="jpg")


def run():
    recs = []
    for i, (name, dk, kind, rk, fmt) in enumerate(SCAN_PLAN):
        doc = make_doc(7000 + i, **dk)
        rng = random.Random(7000 + i)
        fn, pages, info = capture(name, doc, kind, rk, "scan", rng, fmt)
        info.update(kind=kind, rk=rk, mode="scan", seed=7000 + i, file=fn)
        save_meta(name, doc, info)
        recs.append(label(doc, fn, "scan_" + {"pdf": "pdf", "jpg": "jpeg", "png": "png"}[fmt], pages))
    for i, (name, dk, kind, rk, dim) in enumerate(PHOTO_PLAN):
        doc = make_doc(7100 + i, **dk)
        rng = random.Random(7100 + i)
        fn, pages, info = capture(name, doc, kind, rk, "photo", rng, dim=dim)
        info.update(kind=kind, rk=rk, mode="photo", seed=7100 + i, dim=dim, file=fn)
        save_meta(name, doc, info)
        recs.append(label(doc, fn, "phone_photo_dim" if dim else "phone_photo", 1))
    for i, (name, dk, kind, rk, app, contact, msgs) in enumerate(CHAT_PLAN):
        doc = make_doc(7200 + i, **dk)
        rng = random.Random(7200 + i)
        src = os.path.join(BUILD, name + "_src.pdf")
        render_source(doc, kind, src, **rk)
        ph, _ = photo(raster(src, 110)[0], rng)
        im = chat_shot(ph, rng, app, contact, msgs)
        fn = name + ".png"
        im.save(os.path.join(FILES, fn))
        save_meta(name, doc, dict(src=src, kind=kind, rk=rk, mode="chat", file=fn))
        recs.append(label(doc, fn, f"{app}_screenshot", 1))
    for i, (name, dk) in enumerate(CARBON_PLAN):
        doc = make_doc(7300 + i, **dk)
        rng = random.Random(7300 + i)
        im, M = scan(carbon_receipt(doc, rng), rng)
        fn = name + ".jpg"
        im.save(os.path.join(FILES, fn), "JPEG", quality=60)
        save_meta(name, doc, dict(mode="carbon", M=M, file=fn, seed=7300 + i))
        recs.append(label(doc, fn, "carbon_receipt_scan", 1))
    write_labels("images", recs)
    return recs


if __name__ == "__main__":
    print(len(run()), "image files")
