"""Build the test set: python make.py [part ...]  (parts: html pdf office scan edits; default all, fresh)."""
import os, sys, json, shutil, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE, FILES, TMP, META

PARTS = ['html', 'pdf', 'office', 'scan', 'edits']


def merge():
    recs = []
    for p in PARTS:
        fp = os.path.join(TMP, f'labels_{p}.jsonl')
        if os.path.exists(fp):
            recs += [json.loads(l) for l in open(fp, encoding='utf-8') if l.strip()]
    with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # drop files no label refers to (left over from earlier plans)
    keep = {r['file'] for r in recs}
    for fn in os.listdir(FILES):
        if fn not in keep:
            os.remove(os.path.join(FILES, fn))
    return recs


def main(parts):
    if parts == PARTS:
        for d in (FILES, META):
            shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
        for p in PARTS:
            fp = os.path.join(TMP, f'labels_{p}.jsonl')
            if os.path.exists(fp): os.remove(fp)
    mods = dict(html='genuine_html', pdf='genuine_pdf', office='genuine_office', scan='genuine_scan', edits='edits')
    for p in parts:
        t = time.time()
        __import__(mods[p]).run()
        print(f'== part {p} done in {time.time() - t:.0f}s', flush=True)
    recs = merge()
    print(f'labels.jsonl: {len(recs)} records')
    import check
    check.main()


if __name__ == '__main__':
    main(sys.argv[1:] or PARTS)
