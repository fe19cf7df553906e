"""invoices44 corpus generator: genuine invoices (HTML/CSS, ReportLab, fpdf2, Word/Calc via LibreOffice, scans, photos, faxes),
non-invoices, and edited copies. Run:  python make.py   (output goes next to this file)."""
import os, sys, json, shutil, importlib, traceback, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

STEPS = ['genuine_html', 'genuine_pdf', 'genuine_office', 'scans', 'edits']

def clean():
    for d in ('files', 'parts'):
        p = os.path.join(HERE, d)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p)
    for sub in ('scan_src', 'office', 'resave'):
        p = os.path.join(HERE, 'work', sub)
        if os.path.isdir(p): shutil.rmtree(p)

def write_labels():
    import common
    recs = common.read_parts()
    keys = ['file', 'genuine', 'edit_method', 'what_changed', 'producer', 'language', 'is_invoice', 'doc_type', 'date', 'total', 'currency',
            'supplier', 'buyer', 'pages', 'edit_before_capture', 'arithmetic_error']
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in sorted(recs, key=lambda r: r['file']):
            out = {k: r.get(k) for k in keys}
            m = r.get('_meta', {})
            if m.get('source_genuine'): out['source_file'] = m['source_genuine']
            if m.get('note'): out['note'] = m['note']
            f.write(json.dumps(out, ensure_ascii=False) + '\n')
    return len(recs)

def check():
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    missing = [r['file'] for r in recs if not os.path.exists(os.path.join(HERE, 'files', r['file']))]
    extra = set(os.listdir(os.path.join(HERE, 'files'))) - {r['file'] for r in recs}
    print(f"\n== check: {len(recs)} labels, missing files: {missing or 'none'}, unlabelled files: {sorted(extra) or 'none'}")
    print(f"genuine: {sum(r['genuine'] for r in recs)}  edited: {sum(not r['genuine'] for r in recs)}  "
          f"non-invoices: {sum(not r['is_invoice'] for r in recs)}  arithmetic_error: {sum(r['arithmetic_error'] for r in recs)}  "
          f"edit_before_capture: {sum(r['edit_before_capture'] for r in recs)}")
    for key in ('producer', 'language', 'doc_type', 'edit_method', 'currency'):
        c = collections.Counter(str(r[key]) for r in recs)
        print(f"-- {key}: " + ', '.join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))
    return not missing

if __name__ == '__main__':
    only = sys.argv[1:]
    if not only: clean()
    for step in (only or STEPS):
        try:
            importlib.import_module(step).run()
        except Exception:
            traceback.print_exc(); print('step failed:', step, '- continuing with what exists')
    n = write_labels(); print('labels written:', n)
    check()
    if not only:
        print('\n== text audit of vector PDFs')
        import runpy; runpy.run_path(os.path.join(HERE, 'audit.py'))
