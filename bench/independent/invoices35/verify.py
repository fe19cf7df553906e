"""Spot-check: labelled date/total/buyer strings occur in the text layer of text PDFs."""
import json, subprocess, sys, datetime
sys.path.insert(0, '.')
from common import *
labs = [json.loads(l) for l in open('labels.jsonl')]
bad = 0
for l in labs:
    f = 'files/' + l['file']
    if not f.endswith('.pdf') or l['producer'] in ('scan_pdf', 'fax_pdf'): continue
    if l['edit_method'] == 'overlay_whitebox_then_print_scan': continue
    t = subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True, text=True).stdout
    tn = " ".join(t.split())
    probs = []
    if l['total']:
        tot = D(l['total']); s = num(tot, l['locale'])
        if s not in tn: probs.append('total ' + s)
    if l['buyer'] and l['buyer'] not in tn and l['doc_type'] != 'purchase_order': probs.append('buyer')
    if probs:
        bad += 1; print(l['file'], l['producer'], l['edit_method'], l['what_changed'], probs)
print('checked; problems:', bad)
