"""Sanity check: the strings recorded as printed (total, date) really are in each text PDF."""
import os, json, glob, pickle, unicodedata
import pypdfium2 as pdfium
from common import FILES, BUILD, load_meta


def norm(s):
    return unicodedata.normalize("NFKC", s).replace("\u00a0", " ").replace("\u202f", " ").replace("\r", "").replace("\n", " ")


def pdf_text(path):
    pdf = pdfium.PdfDocument(path)
    return norm(" ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))))


def check(stages=("genuine_html", "genuine_pdf", "genuine_office")):
    bad = 0
    for st in stages:
        p = os.path.join(BUILD, f"labels_{st}.jsonl")
        if not os.path.exists(p):
            continue
        for line in open(p, encoding="utf-8"):
            lab = json.loads(line)
            m = load_meta(lab["file"])
            doc = m["doc"]
            txt = pdf_text(os.path.join(FILES, lab["file"]))
            for key in ("total", "date"):
                vals = doc.printed.get(key, [])
                if vals and not any(norm(v) in txt for v in vals):
                    bad += 1
                    print("MISSING", st, lab["file"], m["item"]["key"], key, vals)
    print("verify_text: problems =", bad)
    return bad


if __name__ == "__main__":
    check()
