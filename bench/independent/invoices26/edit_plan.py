# Chooses genuine files and produces edited copies ("panicking seller" edits).
import os, copy, datetime as dt
from decimal import Decimal as D
from gen_data import EDIT_BUYER_NAMES, fdate, q2
from model import label_total
import render as RD
from edits import overlay_edit, cs_edit, scan_file, phone_file, image_paste, image_clone, rasterize_pdf, find_hits

TMP = RD.TMP
NUMERIC_DATE = ('dmy_dot', 'dmy_slash', 'dmy_dash', 'mdy_us', 'ymd_slash', 'iso', 'zh')

def lab_money(doc, v):
    return str(int(v)) if doc.currency == 'JPY' else f"{q2(v):.2f}"

def gen_pairs(doc, field, rng, same_len=False, pdf=None):
    fm = doc.fm
    if field == 'buyer':
        old = doc.buyer['name']; new = rng.choice(EDIT_BUYER_NAMES)
        if doc.producer == 'fapiao_weasy': old, new = old.upper(), new.upper()
        return [(old, new)], ['buyer'], {'buyer': new if doc.producer != 'fapiao_weasy' else new}
    if field == 'date':
        if same_len and doc.date_style not in NUMERIC_DATE: return None
        for _ in range(40):
            nd = doc.date + dt.timedelta(days=rng.choice([-75, -61, -40, -33, -21, 19, 28, 44, 63, 90]))
            ns = fdate(nd, doc.date_style)
            if ns == doc.date_str: continue
            if same_len and (len(ns) != len(doc.date_str) or any(a != b and not b.isdigit() for a, b in zip(doc.date_str, ns))): continue
            return [(doc.date_str, ns)], ['date'], {'date': nd.isoformat()}
        return None
    if field == 'total':
        if doc.region in ('in', 'zh'): return None  # amount in words would betray it
        old = doc.total_s; t = doc.total
        if same_len:
            ip = str(int(t)); pos = 1 if len(ip) > 1 else 0
            digs = [c for c in '0123456789' if c != ip[pos] and not (pos == 0 and c == '0')]
            nip = ip[:pos] + rng.choice(digs) + ip[pos + 1:]
            nt = D(nip) + (t - int(t))
        else:
            nt = q2(t * D(rng.choice(['1.6', '2', '2.5', '3.2']))) if doc.currency != 'JPY' else (t * 2)
        new = fm(nt)
        if same_len and len(new) != len(old): return None
        return [(old, new)], ['total'], {'total': lab_money(doc, nt)}
    if field in ('qty_consistent', 'quantity'):
        if doc.regime not in ('vat', 'none') or doc.disc or doc.arith or doc.region in ('in', 'zh'): return None
        order = list(range(len(doc.rows))); rng.shuffle(order)
        for k in order:
            r = doc.rows[k]
            if pdf is not None and len(find_hits(pdf, r['qty_s'], whole=True)) != 1: continue
            for m in (10, 5, 4, 3, 2):
                nq = int(r['qty']) * m
                if nq < 1000: break
            else: continue
            if field == 'quantity':
                return [(r['qty_s'], str(nq))], ['quantity'], {}
            delta = r['price'] * (nq - r['qty'])
            na = r['amount'] + delta
            pairs = [(r['qty_s'], str(nq)), (r['amount_s'], fm(na)), (doc.sub_s, fm(doc.sub + delta))]
            newtotal = doc.total + delta
            for rate, base, tax in doc.taxes:
                if rate == r['rate']:
                    nb = base + delta; ntx = q2(nb * rate / 100)
                    pairs.append((fm(tax), fm(ntx)))
                    if len(doc.taxes) > 1: pairs.append((fm(base), fm(nb)))
                    newtotal += ntx - tax
            pairs.append((doc.total_s, fm(newtotal)))
            # drop duplicates (e.g. one-line invoice: amount == subtotal)
            seen, P = set(), []
            for o, n in pairs:
                if o not in seen and o != n: seen.add(o); P.append((o, n))
            return P, ['quantity', 'line_amount', 'subtotal', 'tax', 'total'], {'total': lab_money(doc, newtotal)}
        return None
    raise ValueError(field)

PLAN = [
 ('pikepdf_text_replace', 'cs', ['total', 'qty_consistent', 'date', 'date', 'buyer', 'buyer', 'quantity']),
 ('pypdf_incremental_update', 'cs', ['buyer', 'buyer', 'date', 'total', 'qty_consistent']),
 ('overlay_whitebox', 'ov', ['buyer', 'buyer', 'buyer', 'date', 'date', 'total', 'qty_consistent', 'qty_consistent']),
 ('overlay_then_rasterize', 'ov', ['buyer', 'buyer', 'date', 'total']),
 ('image_paste', 'scan', ['buyer', 'buyer', 'date', 'date', 'total', 'total']),
 ('image_clone', 'scan', ['date', 'date', 'total', 'total']),
 ('edit_then_scan', 'ov2', ['buyer', 'buyer', 'date', 'total']),
 ('source_edit_reexport', 'lo', ['buyer', 'buyer', 'date', 'date']),
]

def make_edits(records, rng):
    from make import render_many
    out = []
    used = set()
    inv = lambda r: r['doc'].doc_type in ('invoice', 'tax_invoice', 'receipt') and not r['doc'].arith
    pools = {
        'cs': [r for r in records if inv(r) and not r['doc'].capture and r['producer'] in ('sage_reportlab', 'fpdf2_core')
               and r['doc'].region in ('gb', 'ie', 'de', 'it', 'es', 'nl', 'us', 'cnx')],
        'ov': [r for r in records if inv(r) and not r['doc'].capture and r['producer'] in
               ('tally_html', 'zoho_html', 'freee_html', 'xero_weasy', 'fapiao_weasy', 'modern_weasy', 'calc_soffice', 'docx_soffice', 'reportlab_ttf', 'fpdf2_ttf')],
        'scan': [r for r in records if inv(r) and r['producer'] in ('scan_jpeg', 'scan_png', 'scan_pdf')],
        'lo': [r for r in records if inv(r) and not r['doc'].capture and r['producer'] in ('calc_soffice', 'docx_soffice')],
    }
    pools['ov2'] = pools['ov']
    captures = ['scan_jpeg', 'phone_photo', 'scan_pdf', 'scan_png']
    n = 0
    for method, pool, fields in PLAN:
        for fi, field in enumerate(fields):
            cands = [r for r in pools[pool] if id(r) not in used]
            rng.shuffle(cands)
            # spread over producers: prefer a producer not yet used for this method
            done = False
            for r in cands:
                doc = r['doc']; n += 1
                base = os.path.join(TMP, f"e{n:03d}")
                same = method == 'image_clone'
                g = gen_pairs(doc, field, rng, same_len=same, pdf=doc.src_pdf)
                if not g: continue
                pairs, what, ov = g
                rec = dict(genuine=False, edit_method=method, what_changed=what, doc=doc, override=ov, producer=r['producer'],
                           edit_before_capture=False, source_doc=doc.id, source_producer=r.get('source_producer'))
                try:
                    if method in ('pikepdf_text_replace', 'pypdf_incremental_update'):
                        k = cs_edit(doc.src_pdf, base + '.pdf', pairs, incremental=method.startswith('pypdf'))
                        path = base + '.pdf'
                    elif method == 'overlay_whitebox':
                        k = overlay_edit(doc.src_pdf, base + '.pdf', pairs); path = base + '.pdf'
                    elif method == 'overlay_then_rasterize':
                        k = overlay_edit(doc.src_pdf, base + '_o.pdf', pairs)
                        if k: rasterize_pdf(base + '_o.pdf', base + '.pdf')
                        path = base + '.pdf'; rec['note'] = 'white-box overlay, then every page re-exported as image PDF'
                    elif method == 'image_paste':
                        k = overlay_edit(doc.src_pdf, base + '_doctored.pdf', pairs)
                        ext = os.path.splitext(r['path'])[1]; path = base + ext
                        if k: k = image_paste(r['path'], r['capture_meta'], base + '_doctored.pdf', pairs, path, rng.randrange(10**6))
                        rec['note'] = 'region cut from a doctored re-render with the same scan geometry, pasted into the scan and re-compressed'
                    elif method == 'image_clone':
                        ext = os.path.splitext(r['path'])[1]; path = base + ext
                        k = image_clone(r['path'], r['capture_meta'], pairs, path)
                        rec['note'] = 'digits cloned from other glyphs of the same scan'
                    elif method == 'edit_then_scan':
                        k = overlay_edit(doc.src_pdf, base + '_o.pdf', pairs)
                        cap = captures[fi % len(captures)]
                        if k:
                            if cap == 'phone_photo': path, _ = phone_file(base + '_o.pdf', base, rng.randrange(10**6))
                            else: path, _ = scan_file(base + '_o.pdf', base, cap, rng.randrange(10**6))
                            rec['producer'] = cap; rec['source_producer'] = r['producer']
                        rec['edit_before_capture'] = True
                        rec['note'] = 'PDF edited with white box + text, then printed and ' + ('photographed' if cap == 'phone_photo' else 'scanned')
                    elif method == 'source_edit_reexport':
                        nd = copy.copy(doc)
                        if field == 'buyer':
                            nb = dict(doc.buyer); nb['name'] = pairs[0][1]; nd['buyer'] = nb
                        else:
                            d2 = dt.date.fromisoformat(ov['date']); nd['date'] = d2; nd['date_str'] = fdate(d2, doc.date_style)
                            nd['due_str'] = fdate(d2 + dt.timedelta(days=30), doc.date_style)
                        sub = os.path.join(TMP, f"re{n:03d}"); os.makedirs(sub, exist_ok=True)
                        render_many([nd], [os.path.join(sub, f"s{doc.id:03d}.pdf")])
                        path = os.path.join(sub, f"s{doc.id:03d}.pdf"); k = 1
                        rec['edit_before_capture'] = True
                        rec['note'] = 'source document changed in the office program and exported again'
                except Exception as ex:
                    print('edit failed', method, field, doc.id, repr(ex)); continue
                if not k or not os.path.exists(path):
                    continue
                rec['path'] = path; rec['n_replaced'] = k
                used.add(id(r)); out.append(rec); done = True
                break
            if not done:
                print('could not make', method, field)
    return out
