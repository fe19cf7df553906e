"""Short check: every labelled file exists, every file is labelled, counts per field."""
import os, json, collections

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = set(os.listdir(os.path.join(HERE, "files")))
    missing = [r["file"] for r in recs if r["file"] not in files]
    unlabelled = files - {r["file"] for r in recs}
    keys = {"file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
            "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"}
    bad_keys = [r["file"] for r in recs if not keys <= set(r)]
    print(f"records {len(recs)}  files {len(files)}  missing {len(missing)} {missing[:5]}  unlabelled {len(unlabelled)}  missing-keys {len(bad_keys)}")
    for fld in ["genuine", "producer", "language", "doc_type", "is_invoice", "edit_method", "edit_before_capture", "arithmetic_error", "currency", "pages"]:
        c = collections.Counter(str(r[fld]) for r in recs)
        print(f"\n{fld}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:40s} {v}")
    wc = collections.Counter(w for r in recs for w in r["what_changed"])
    print("\nwhat_changed:", dict(wc))
    assert not missing and not unlabelled and not bad_keys


if __name__ == "__main__":
    main()
