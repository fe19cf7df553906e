"""Sanity check of files/ against labels.jsonl, with counts."""
import os, json, collections, re

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total", "currency",
       "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
DOC_TYPES = {"invoice", "tax_invoice", "receipt", "credit_note", "proforma", "packing_list", "purchase_order", "quotation", "delivery_note", "other"}


def renderings(total):
    """Ways the total may be printed (for a loose text check on digital PDFs)."""
    neg = total.startswith("-")
    t = total.lstrip("-")
    ip, _, fp = t.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    out = set()
    for th, dec in ((".", ","), ("\u202f", ","), ("\u00a0", ","), (" ", ","), (",", "."), ("'", "."), ("", ","), ("", ".")):
        out.add(th.join(groups) + ((dec + fp) if fp else ""))
    return out


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files_dir = os.path.join(HERE, "files")
    problems = []
    names = [r["file"] for r in rows]
    if len(names) != len(set(names)):
        problems.append("duplicate file names in labels")
    for r in rows:
        if not os.path.exists(os.path.join(files_dir, r["file"])):
            problems.append(f"missing file: {r['file']}")
        for k in REQ:
            if k not in r:
                problems.append(f"{r['file']}: missing key {k}")
        if r["doc_type"] not in DOC_TYPES:
            problems.append(f"{r['file']}: doc_type {r['doc_type']}")
        if r["genuine"] and (r["edit_method"] or r["what_changed"] or r["edit_before_capture"]):
            problems.append(f"{r['file']}: genuine but edit fields set")
        if not r["genuine"] and (not r["edit_method"] or not r["what_changed"] or r["arithmetic_error"]):
            problems.append(f"{r['file']}: edited but edit fields incomplete")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"] or ""):
            problems.append(f"{r['file']}: bad date {r['date']}")
        if r["total"] is not None and not re.fullmatch(r"-?\d+(\.\d\d)?", r["total"]):
            problems.append(f"{r['file']}: bad total {r['total']}")
    unlabeled = sorted(set(os.listdir(files_dir)) - set(names))
    for u in unlabeled:
        problems.append(f"file without label: {u}")
    # loose content check: the labelled total should be findable in the text layer of digital PDFs
    try:
        import pypdfium2 as pdfium
        miss = []
        checked = 0
        for r in rows:
            if not r["file"].endswith(".pdf") or r["total"] is None or r["producer"].startswith(("scan", "phone", "whatsapp")):
                continue
            if r.get("edit_method") == "freetext_annotation":
                continue
            checked += 1
            pdf = pdfium.PdfDocument(os.path.join(files_dir, r["file"]))
            text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            if not any(v in text for v in renderings(r["total"])):
                miss.append(r["file"])
        print(f"text-layer check: labelled total found in {checked - len(miss)} of {checked} digital PDFs with a total; not found in: {miss[:8]}")
    except Exception as e:
        print("text-layer check skipped:", e)
    C = collections.Counter
    print(f"\nfiles labelled: {len(rows)}  (genuine {sum(r['genuine'] for r in rows)}, edited {sum(not r['genuine'] for r in rows)}, "
          f"not invoices {sum(not r['is_invoice'] for r in rows)}, arithmetic_error {sum(r['arithmetic_error'] for r in rows)}, "
          f"edit_before_capture {sum(r['edit_before_capture'] for r in rows)})")
    for key in ("producer", "language", "doc_type", "edit_method", "currency"):
        c = C(str(r[key]) for r in rows)
        print(f"\n{key}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:45s} {v}")
    print("\npages:", dict(sorted(C(r["pages"] for r in rows).items())))
    wc = C(w for r in rows for w in r["what_changed"])
    print("\nwhat_changed:", dict(wc))
    print("\nproblems:", len(problems))
    for p in problems[:40]:
        print("  ", p)
    return problems


if __name__ == "__main__":
    main()
