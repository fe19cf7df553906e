"""Sanity check: every labelled file exists, no unlabelled files, counts per producer/language/doc_type/edit_method."""
import os, json, collections
from common import FILES, read_labels

def main():
    labels = read_labels()
    missing = [L["file"] for L in labels if not os.path.exists(os.path.join(FILES, L["file"]))]
    names = {L["file"] for L in labels}
    unlabelled = [f for f in os.listdir(FILES) if f not in names]
    dup = len(labels) - len(names)
    print(f"labels: {len(labels)}  files: {len(os.listdir(FILES))}  missing: {len(missing)}  unlabelled: {len(unlabelled)}  duplicate labels: {dup}")
    for m in missing[:10]: print("  MISSING", m)
    for u in unlabelled[:10]: print("  UNLABELLED", u)
    g = sum(L["genuine"] for L in labels)
    print(f"genuine: {g}  edited: {len(labels) - g}  not invoices: {sum(not L['is_invoice'] for L in labels)}  "
          f"arithmetic_error: {sum(L['arithmetic_error'] for L in labels)}  edit_before_capture: {sum(L['edit_before_capture'] for L in labels)}")
    for key in ("producer", "language", "doc_type", "edit_method", "currency", "pages"):
        c = collections.Counter(str(L[key]) for L in labels)
        print(f"\n{key}:"); [print(f"  {v:4d}  {k}") for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))]
    c = collections.Counter(os.path.splitext(L["file"])[1] for L in labels); print("\nextensions:", dict(c))

if __name__ == "__main__":
    main()
