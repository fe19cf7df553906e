"""Check that every labelled file exists and print the counts."""
import os, json, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
          "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = set(os.listdir(os.path.join(HERE, "files")))
    missing = [r["file"] for r in recs if r["file"] not in files]
    unlabelled = sorted(files - {r["file"] for r in recs})
    dup = [f for f, n in collections.Counter(r["file"] for r in recs).items() if n > 1]
    badfields = [r["file"] for r in recs if any(k not in r for k in FIELDS)]
    print(f"records: {len(recs)}   files in files/: {len(files)}")
    print(f"missing files: {missing or 'none'}")
    print(f"files without label: {unlabelled or 'none'}")
    print(f"duplicate labels: {dup or 'none'}   records missing a field: {badfields or 'none'}")
    g = sum(r["genuine"] for r in recs)
    print(f"genuine: {g}   edited: {len(recs) - g}   invoices: {sum(r['is_invoice'] for r in recs)}   "
          f"non-invoices: {sum(not r['is_invoice'] for r in recs)}   arithmetic_error: {sum(r['arithmetic_error'] for r in recs)}   "
          f"edit_before_capture: {sum(r['edit_before_capture'] for r in recs)}")
    c = collections.Counter(r["producer"].split(">")[0].split("+")[0] for r in recs)
    print(f"\n-- producer, first stage only ({len(c)})")
    for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:4d}  {k}")
    c = collections.Counter(("+" + r["producer"].split("+", 1)[1]) if "+" in r["producer"] else
                            (">" + r["producer"].split(">", 1)[1] if ">" in r["producer"] else "(as produced)") for r in recs)
    print(f"\n-- capture / re-save / edit stages ({len(c)})")
    for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:4d}  {k}")
    for key in ("producer", "language", "doc_type", "edit_method"):
        c = collections.Counter(str(r[key]) for r in recs)
        print(f"\n-- {key} ({len(c)})")
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {v:4d}  {k}")
    c = collections.Counter(w for r in recs for w in r["what_changed"])
    print("\n-- what_changed (edited files)")
    for k, v in c.most_common():
        print(f"  {v:4d}  {k}")
    return not missing and not unlabelled and not dup and not badfields


if __name__ == "__main__":
    main()


def deep():
    """Sanity check: the labelled total and date can be found in the text layer of text PDFs."""
    import re, datetime, sys
    sys.path.insert(0, HERE)
    from common import fdate
    import pypdfium2 as pdfium
    styles = ["dmy_dot", "dmy_slash", "dmy_dash", "us", "us_long", "uk_long", "en_short", "iso", "ymd_slash", "zh0",
              "zh", "wareki", "ko", "ko_dot", "de_long", "fr_long", "it_long", "nl_long", "pl_long", "es_long"]
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    bad = []
    n = 0
    for r in recs:
        if not r["file"].endswith(".pdf"):
            continue
        doc = pdfium.PdfDocument(os.path.join(HERE, "files", r["file"]))
        text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        doc.close()
        if len(text.strip()) < 20:
            continue  # image-only scan
        n += 1
        flat = re.sub(r"[\s\u00a0\u202f,.'’]", "", text)
        if r["total"] is not None:
            t = r["total"].lstrip("-")
            digits = t.replace(".", "") if "." in t else t
            if digits not in flat:
                bad.append((r["file"], "total", r["total"]))
        if r["date"]:
            d = datetime.date.fromisoformat(r["date"])
            forms = {fdate(d, s) for s in styles} | {fdate(d, s).upper() for s in styles}
            if not any(f in text for f in forms):
                bad.append((r["file"], "date", r["date"]))
    print(f"deep check of {n} text PDFs: {len(bad)} mismatches")
    for b in bad:
        print("  ", b)
    return bad
