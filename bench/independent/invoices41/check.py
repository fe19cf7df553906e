"""Short consistency check of labels.jsonl against files/."""
import os, json, collections
from common import BASE, FILES


def main():
    recs = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'), encoding='utf-8')]
    missing = [r['file'] for r in recs if not os.path.exists(os.path.join(FILES, r['file']))]
    names = [r['file'] for r in recs]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    extra = sorted(set(os.listdir(FILES)) - set(names))
    print(f"records {len(recs)}  files on disk {len(os.listdir(FILES))}  missing {len(missing)} {missing[:5]}  duplicates {dup}  unlabelled {extra[:5]}")
    print(f"genuine {sum(r['genuine'] for r in recs)}  edited {sum(not r['genuine'] for r in recs)}  "
          f"non-invoices {sum(not r['is_invoice'] for r in recs)}  arithmetic_error {sum(r['arithmetic_error'] for r in recs)}  "
          f"edit_before_capture {sum(r['edit_before_capture'] for r in recs)}")
    fam = lambda p: p.split('+')[0].split('(')[0]
    for title, key in [('producer (family)', lambda r: fam(r['producer'])), ('producer (full)', lambda r: r['producer']),
                       ('language', lambda r: r['language']), ('doc_type', lambda r: r['doc_type']),
                       ('edit_method', lambda r: r['edit_method']), ('currency', lambda r: r['currency']),
                       ('extension', lambda r: os.path.splitext(r['file'])[1])]:
        c = collections.Counter(key(r) for r in recs)
        print(f"\n{title}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {v:4d}  {k}")
    return not missing and not dup


if __name__ == '__main__':
    main()
