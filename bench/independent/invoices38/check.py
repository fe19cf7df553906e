"""Check labels.jsonl against files/ and print counts."""
import os, sys, json, collections, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REQUIRED = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
            "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
DOC_TYPES = {"invoice", "tax_invoice", "receipt", "credit_note", "proforma", "packing_list", "purchase_order",
             "quotation", "delivery_note", "other"}


def main():
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files_dir = os.path.join(HERE, "files")
    problems = []
    names = [l["file"] for l in labs]
    if len(set(names)) != len(names):
        problems.append("duplicate file names in labels")
    for l in labs:
        p = os.path.join(files_dir, l["file"])
        if not os.path.exists(p) or os.path.getsize(p) == 0:
            problems.append(f"missing/empty file {l['file']}")
        for k in REQUIRED:
            if k not in l:
                problems.append(f"{l['file']}: no field {k}")
        if l["doc_type"] not in DOC_TYPES:
            problems.append(f"{l['file']}: bad doc_type {l['doc_type']}")
        if l["genuine"] and (l["edit_method"] or l["what_changed"]):
            problems.append(f"{l['file']}: genuine with edit info")
        if not l["genuine"] and not (l["edit_method"] and l["what_changed"]):
            problems.append(f"{l['file']}: edited without method/what_changed")
        if l["arithmetic_error"] and not l["genuine"]:
            problems.append(f"{l['file']}: arithmetic_error on an edited file")
    on_disk = set(os.listdir(files_dir))
    extra = on_disk - set(names)
    if extra:
        problems.append(f"{len(extra)} files in files/ without a label: {sorted(extra)[:5]}")
    # printed-string check for the genuine text PDFs (totals and dates really appear in the text layer)
    try:
        import verify_text
        bad = verify_text.check()
        if bad:
            problems.append(f"{bad} genuine PDFs whose recorded total/date string is not in the text layer")
    except Exception as ex:  # pragma: no cover
        problems.append(f"verify_text failed: {ex!r}")

    def count(key, sub=None):
        c = collections.Counter()
        for l in labs:
            if sub and not sub(l):
                continue
            v = l.get(key)
            c[json.dumps(v) if isinstance(v, list) else str(v)] += 1
        return c

    print(f"\n=== {len(labs)} files: {sum(l['genuine'] for l in labs)} genuine, {sum(not l['genuine'] for l in labs)} edited; "
          f"{sum(l['is_invoice'] for l in labs)} labelled is_invoice, {sum(not l['is_invoice'] for l in labs)} not; "
          f"{sum(l['arithmetic_error'] for l in labs)} with arithmetic_error; "
          f"{sum(l['edit_before_capture'] for l in labs)} edit_before_capture")
    for key, sub in (("producer", None), ("language", None), ("doc_type", None), ("edit_method", lambda l: not l["genuine"]),
                     ("currency", None), ("what_changed", lambda l: not l["genuine"])):
        print(f"\n-- {key}")
        for k, v in sorted(count(key, sub).items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:32s} {v}")
    ext = collections.Counter(l["file"].rsplit(".", 1)[1] for l in labs)
    print("\n-- file type\n" + "\n".join(f"  {k:32s} {v}" for k, v in ext.most_common()))
    print("\n-- problems:", len(problems))
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
