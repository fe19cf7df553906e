"""Put a rendered document into files/ through a capture pipeline and label it."""
import os, hashlib, shutil, random
from common import FILES, BUILD, save_meta, pdf_pages
import capture

SRC = os.path.join(BUILD, "src")
os.makedirs(SRC, exist_ok=True)

EXT = {"as_is": ".pdf", "wps": ".pdf", "gs": ".pdf", "scan_jpg": ".jpg", "scan_png": ".png", "scan_pdf": ".pdf",
       "photo": ".jpg", "wechat_png": ".png", "wechat_jpg": ".jpg", "png": ".png", "jpg": ".jpg"}
PIPE_NAME = {"wps": "wps_resave", "gs": "ghostscript_resave", "scan_jpg": "scan_jpeg", "scan_png": "scan_png",
             "scan_pdf": "scan_pdf", "photo": "phone_photo", "wechat_png": "wechat_screenshot_png",
             "wechat_jpg": "wechat_screenshot_jpeg"}


def neutral_name(key, ext):
    return "d" + hashlib.sha1(("inv37:" + key).encode()).hexdigest()[:8] + ext


def src_path(key, ext=".pdf"):
    return os.path.join(SRC, key + ext)


def emit(reg, key, doc, src_pdf, pipeline, producer, rng=None, title=None, extra=None, scan_kw=None):
    """src_pdf: clean rendered PDF.  Returns the label record."""
    rng = rng or random.Random(key)
    ext = EXT[pipeline]
    name = neutral_name(key, ext)
    out = os.path.join(FILES, name)
    info = {}
    scan_kw = scan_kw or {}
    lang = (doc or {}).get("lang", "zh")
    tzh = capture.TZ.get(lang, 8)
    if lang == "en" and (doc or {}).get("region") == "en_us":
        tzh = -5
    created, modified = capture.stamp_times(random.Random(key + ":t"), doc["date"], pipeline, lang)
    if pipeline == "as_is":
        shutil.copyfile(src_pdf, out)
    elif pipeline == "wps":
        capture.wps_like_resave(src_pdf, out, created=created, modified=modified, tzh=tzh)
    elif pipeline == "gs":
        capture.gs_resave(src_pdf, out)
    elif pipeline in ("scan_jpg", "scan_png", "scan_pdf"):
        info = capture.scan(src_pdf, out, rng, fmt=pipeline.split("_")[1], **scan_kw)
    elif pipeline == "photo":
        info = capture.photo(src_pdf, out, rng, **scan_kw)
    elif pipeline in ("wechat_png", "wechat_jpg"):
        info = capture.screenshot(src_pdf, out, rng, title=title or "发票.pdf", fmt=pipeline.split("_")[1], **scan_kw)
    else:
        raise ValueError(pipeline)
    if ext == ".pdf":
        if pipeline != "wps":
            capture.patch_pdf_dates(out, created, modified, tzh)
        pages = pdf_pages(out)
    else:
        pages = 1
    prod = producer if pipeline == "as_is" else f"{producer}>{PIPE_NAME[pipeline]}"
    rec = reg.add(name, doc, producer=prod, pages=pages, **(extra or {}))
    save_meta(name, key=key, src_pdf=os.path.relpath(src_pdf, BUILD), pipeline=pipeline, capture=info,
              label=rec, doc=slim(doc), times=dict(created=created.isoformat(), modified=modified.isoformat(), tzh=tzh))
    print(f"  {name}  {prod:42s} {rec['language']:6s} {rec['doc_type']:13s} {rec['total']}")
    return rec


def slim(doc):
    """What the edit stage needs to know about a document."""
    if doc is None:
        return None
    keep = {k: doc[k] for k in ("lang", "currency", "num_style", "money_pat", "date", "date_str", "number", "total",
                                 "subtotal", "tax_total", "net_total", "shipping", "rate", "tax_mode", "doc_type",
                                 "supplier_label", "buyer_label") if k in doc}
    keep["items"] = [dict(name=it.get("name"), qty=it.get("qty"), price=it.get("price")) for it in doc.get("items", [])]
    keep["lines"] = [dict(net=l["net"], tax=l["tax"]) for l in doc.get("lines", [])]
    return keep
