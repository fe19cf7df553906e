"""Part 'edits': copies of genuine files changed the way a panicking seller would
(buyer swapped to our company, dates pulled into the last twelve months, quantities
raised to cover sales, totals bumped).  Sources are genuine files of the set or hidden
originals built here that are not in the set (so there is nothing to compare with).

Each edit is one function; a failing edit is reported and skipped so the others stand."""
import os, sys, json, glob, copy, random, datetime, shutil, traceback
from common import (D, q2, q0, FILES, BUILD, META, OURS, EU_SUPPLIERS, CN_SUPPLIERS, OTHER_BUYERS_CN, OWN_FACTORIES,
                    WORKSHOPS, Registry, fdate, fnum, fqty, money, cn_upper, compute, pdf_pages, en_words)
from emit import neutral_name, slim
import edit_tools as ET
import capture
from PIL import Image

HID = os.path.join(BUILD, "hidden")
os.makedirs(HID, exist_ok=True)
LATEST = datetime.date(2026, 3, 18)
DATE_STYLES = ["dmy_dot", "dmy_slash", "dmy_dash", "us", "us_long", "uk_long", "en_short", "iso", "ymd_slash", "zh0",
               "zh", "wareki", "ko", "ko_dot", "de_long", "fr_long", "it_long", "nl_long", "pl_long", "es_long"]


# ---------------------------------------------------------------- lookup of genuine files
def index():
    K = {}
    for p in glob.glob(os.path.join(META, "*.json")):
        with open(p, encoding="utf-8") as f:
            m = json.load(f)
        if m.get("label", {}).get("genuine", True) and not m.get("edit"):
            K[m["key"]] = (os.path.basename(p)[:-5], m)
    return K


class Ctx:
    def __init__(self):
        self.K = index()
        self.reg = Registry("edits")
        self.rng = random.Random(37005)

    def file(self, key):
        return os.path.join(FILES, self.K[key][0])

    def meta(self, key):
        return self.K[key][1]

    def doc(self, key):
        d = copy.deepcopy(self.K[key][1]["doc"])
        d["date"] = datetime.date.fromisoformat(d["date"])
        for k in ("total", "subtotal", "tax_total", "net_total", "shipping"):
            if d.get(k) is not None:
                d[k] = D(d[k])
        for it in d["items"]:
            it["qty"], it["price"] = D(it["qty"]), D(it["price"])
        for l in d["lines"]:
            l["net"], l["tax"] = D(l["net"]), D(l["tax"])
        return d

    def src_pdf(self, key):
        return os.path.join(BUILD, self.meta(key)["src_pdf"])

    def times(self, key):
        t = self.meta(key).get("times")
        return (datetime.datetime.fromisoformat(t["created"]), datetime.datetime.fromisoformat(t["modified"]), t["tzh"])

    def edit_time(self, eid, after=None):
        r = random.Random(eid + ":edit")
        dt = datetime.datetime(2026, 3, r.randint(5, 22), r.choice([20, 21, 22, 23]), r.randint(0, 59), r.randint(0, 59))
        if after is not None and dt <= after:
            dt = after + datetime.timedelta(days=1, hours=r.randint(1, 5))
        return dt

    def moddate(self, eid, key):
        c, m, tzh = self.times(key)
        return capture.pdf_date(self.edit_time(eid, m), tzh)

    def out(self, eid, ext):
        name = neutral_name("edit:" + eid, ext)
        return name, os.path.join(FILES, name)

    def add(self, eid, path, base, method, what, producer, updates=None, ebc=False, derived=None, consistent=False,
            detail=""):
        rec = copy.deepcopy(base)
        name = os.path.basename(path)
        rec.update(file=name, edit_id=eid, genuine=False, edit_method=method, what_changed=what, producer=producer,
                   edit_before_capture=ebc, arithmetic_error=False, derived_from=derived,
                   arith_consistent_after_edit=consistent, edit_detail=detail)
        rec.pop("arith_error_kind", None)
        rec.pop("doc_subtype", None)
        rec.update(updates or {})
        rec["pages"] = pdf_pages(path) if path.endswith(".pdf") else 1
        # document dates: original creation kept, modification = the night of the edit
        src_key = next((k for k, (f, m) in self.K.items() if f == derived), None) if derived else None
        if src_key:
            c0, m0, tzh = self.times(src_key)
        else:
            tzh = capture.TZ.get(rec["language"], 8)
            c0 = m0 = datetime.datetime.combine(datetime.date.fromisoformat(base["date"]), datetime.time(10, 12, 40))
        et = self.edit_time(eid, m0)
        if path.endswith(".pdf") and method not in ("pypdf_incremental_update", "freetext_annotation", "overlay_whitebox+wps_resave"):
            if ebc or method.endswith("ghostscript_resave"):
                capture.patch_pdf_dates(path, et, et, tzh)
            else:
                capture.patch_pdf_dates(path, c0, et, tzh)
        self.reg.recs.append(rec)
        with open(os.path.join(META, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(dict(key=eid, edit=True, label=rec), f, ensure_ascii=False, indent=1)
        print(f"  {name}  {eid:4s} {method:34s} {','.join(what):22s} {rec['date']} {rec['total']}")
        return rec


def label_of(doc, producer):
    return Registry("tmp").add("x", doc, producer=producer)


# ---------------------------------------------------------------- value helpers
def style_of(d, s):
    for st in DATE_STYLES:
        f = fdate(d, st)
        if f == s or f.upper() == s:
            return st
    raise ValueError(f"date style of {s!r}")


def add_months(d, k):
    m = d.month - 1 + k
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, 28)
    return datetime.date(y, m, day if d.day <= 28 else day)


def later_dates(rng, d, style, same_len=False):
    """Candidate new issue dates, later than the original but not in the future."""
    old = fdate(d, style)
    c = []
    for k in range(2, 12):
        nd = add_months(d, k)
        if nd > LATEST:
            break
        s = fdate(nd, style)
        if same_len and len(s) != len(old):
            continue
        c.append((nd, s))
    rng.shuffle(c)
    if not c:  # already recent: move it a few weeks
        for days in (14, 21, 28, 35):
            nd = d + datetime.timedelta(days=days)
            if nd <= LATEST and (not same_len or len(fdate(nd, style)) == len(old)):
                c.append((nd, fdate(nd, style)))
    return c


def bump_digit(s, rng, avoid=None):
    """Change one leading digit of an amount string (same length)."""
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    i = idx[0] if len(idx) < 5 or rng.random() < 0.5 else idx[1]
    old = int(s[i])
    choices = [x for x in range(old + 1, 10)] or [x for x in range(1, old)]
    nd = rng.choice(choices)
    return s[:i] + str(nd) + s[i + 1:]


def swap_in_digit(s, rng):
    """Same-length change using a digit that already occurs elsewhere in the string."""
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    opts = [(i, ch) for i in idx for ch in {s[j] for j in idx if j != i} if ch > s[i]]
    if not opts:
        opts = [(i, ch) for i in idx for ch in {s[j] for j in idx if j != i} if ch != s[i] and not (i == idx[0] and ch == "0")]
    opts.sort(key=lambda x: (x[0], x[1]))
    i, ch = rng.choice(opts[: max(2, len(opts) // 2)])
    return s[:i] + ch + s[i + 1:]


def num_of(s, style):
    th, dec = {"en": (",", "."), "plain": ("", "."), "de": (".", ","), "it": (".", ","), "es": (".", ","),
               "nl": (".", ","), "fr_sp": (" ", ","), "pl": ("\u00a0", ","), "ja": (",", "."), "ko": (",", ".")}[style]
    t = "".join(ch for ch in s if ch.isdigit() or ch == dec or ch == "-")
    return D(t.replace(dec, ".")) if dec in t else D(t)


def try_dates(ctx, fn, d, style, same_len=False):
    """Call fn(new_date, new_str) on candidates until one works (glyphs may be missing)."""
    last = None
    for nd, s in later_dates(ctx.rng, d, style, same_len):
        try:
            fn(nd, s)
            return nd, s
        except ET.EditError as e:
            last = e
    raise ET.EditError(f"no usable date ({last})")


def unique_qty_item(pdf, doc, style="en", skip=()):
    for i, it in enumerate(doc["items"]):
        if i in skip:
            continue
        q = fqty(it["qty"], style)
        if sum(ET.count_whole(pdf, q)) == 1:
            return i, q
    raise ET.EditError("no item with a unique quantity string")


# ====================================================================== hidden originals

def hidden_uk(ctx, key, buyer_other=True, style="b"):
    import render_rl as RL
    from docs import eu_invoice, our_buyer_block
    rng = random.Random(key)
    sup = EU_SUPPLIERS["en_gb"][rng.randrange(3)]
    buyer = dict(name="Brightwell Homeware Ltd", addr_lines=["Unit 4, Canal Wharf Trading Estate", "Leeds LS11 5PS",
                                                             "United Kingdom"], vat="GB 284 1190 37") \
        if buyer_other else our_buyer_block("en_gb", rng)
    doc = eu_invoice(rng, "en_gb", sup, buyer=buyer, n_items=rng.randint(2, 4), shipping=D("24.00"))
    p = os.path.join(HID, key + ".pdf")
    RL.western_paged(doc, p, style)
    return doc, p


# ====================================================================== A. pikepdf content-stream replacement

def e01(ctx):  # buyer swapped on an invoice made out to another UK company
    doc, src = hidden_uk(ctx, "H01")
    from docs import our_buyer_block
    ours = our_buyer_block("en_gb", random.Random(1))
    reps = [(doc["buyer"]["name"], ours["name"], "all"), ]
    for a, b in zip(doc["buyer"]["addr_lines"], ours["addr_lines"]):
        reps.append((a, b, "all"))
    reps.append((doc["buyer"]["vat"], ours["vat"], "all"))
    name, out = ctx.out("E01", ".pdf")
    ET.text_replace(src, out, reps)
    base = label_of(doc, "reportlab_western")
    ctx.add("E01", out, base, "pikepdf_text_replace", ["buyer"], "reportlab_western+pikepdf",
            dict(buyer=ours["name"]), derived="hidden:H01", consistent=True,
            detail="buyer name, address lines and VAT number rewritten in the content stream (core font, literal strings)")


def e02(ctx):  # date pulled forward on a German Rechnung
    k = "de01"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    name, out = ctx.out("E02", ".pdf")
    nd, s = try_dates(ctx, lambda nd, s: ET.text_replace(ctx.file(k), out, [(d["date_str"], s, "first")]), d["date"], st)
    base = ctx.meta(k)["label"]
    ctx.add("E02", out, base, "pikepdf_text_replace", ["date"], base["producer"] + "+pikepdf",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True,
            detail=f"Rechnungsdatum {d['date_str']} -> {s}; due date and order reference left as they were")


def e03(ctx):  # quantity raised, line amount not touched
    k = "it02"
    d = ctx.doc(k)
    i, q = unique_qty_item(ctx.file(k), d, "it")
    nq = fqty(d["items"][i]["qty"] * 3, "it")
    name, out = ctx.out("E03", ".pdf")
    ET.text_replace(ctx.file(k), out, [(q, nq, "first", True)])
    base = ctx.meta(k)["label"]
    ctx.add("E03", out, base, "pikepdf_text_replace", ["quantity"], base["producer"] + "+pikepdf", {},
            derived=base["file"], consistent=False, detail=f"line {i + 1} quantity {q} -> {nq}; amount column unchanged")


def recalc_line(d, i, new_qty, cur0=False):
    """Return (line_net, subtotal, net_total, tax, total) after changing one quantity."""
    rnd = q0 if cur0 else q2
    it = d["items"][i]
    old_net = d["lines"][i]["net"]
    new_net = rnd(new_qty * it["price"])
    sub = d["subtotal"] - old_net + new_net
    net_total = d["net_total"] - old_net + new_net
    if d["tax_mode"] == "summary":
        tax = rnd(net_total * D(str(d["rate"])) / 100)
        ltax = None
    elif d["tax_mode"] == "line":
        ltax = rnd(new_net * D(str(d["rate"])) / 100)
        tax = d["tax_total"] - d["lines"][i]["tax"] + ltax
    else:
        tax, ltax = D(0), None
    return new_net, sub, net_total, tax, net_total + tax, ltax


def e04(ctx):  # careful: quantity, line, subtotal, tax and total all redone
    k = "us02"
    d = ctx.doc(k)
    i, q = unique_qty_item(ctx.file(k), d, "en")
    nq_v = d["items"][i]["qty"] * 2
    nq = fqty(nq_v, "en")
    net, sub, nt, tax, tot, _ = recalc_line(d, i, nq_v)
    reps = [(q, nq, "first", True),
            (money(d, d["lines"][i]["net"], sym=False), money(d, net, sym=False), "first", True),
            (money(d, d["subtotal"]), money(d, sub), "first", True),
            (money(d, d["tax_total"]), money(d, tax), "first", True),
            (money(d, d["total"]), money(d, tot), "first", True)]
    name, out = ctx.out("E04", ".pdf")
    ET.text_replace(ctx.file(k), out, reps)
    base = ctx.meta(k)["label"]
    ctx.add("E04", out, base, "pikepdf_text_replace", ["quantity", "total"], base["producer"] + "+pikepdf",
            dict(total=str(tot)), derived=base["file"], consistent=True,
            detail=f"line {i + 1} quantity doubled with line amount, subtotal, sales tax and total recomputed")


def e05(ctx):  # total only, Chromium PDF with Type3 glyph-by-glyph text
    k = "uk01"
    d = ctx.doc(k)
    old = money(d, d["total"])
    for _ in range(10):
        new = bump_digit(old, ctx.rng)
        try:
            name, out = ctx.out("E05", ".pdf")
            ET.text_replace(ctx.file(k), out, [(old, new, "last")])
            break
        except ET.EditError:
            continue
    base = ctx.meta(k)["label"]
    ctx.add("E05", out, base, "pikepdf_text_replace", ["total"], base["producer"] + "+pikepdf",
            dict(total=str(num_of(new, "en"))), derived=base["file"], consistent=False,
            detail=f"grand total {old} -> {new} by swapping glyph codes; lines and VAT unchanged")


def e06(ctx):  # WeasyPrint PDF, date
    k = "pl05"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    name, out = ctx.out("E06", ".pdf")
    nd, s = try_dates(ctx, lambda nd, s: ET.text_replace(ctx.file(k), out, [(d["date_str"], s, "first")]), d["date"], st,
                      same_len=True)
    base = ctx.meta(k)["label"]
    ctx.add("E06", out, base, "pikepdf_text_replace", ["date"], base["producer"] + "+pikepdf",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True,
            detail=f"Data wystawienia {d['date_str']} -> {s} in a WeasyPrint CID-font stream")


def e07(ctx):  # LibreOffice-exported Word invoice, quantity
    k = "es05"
    d = ctx.doc(k)
    i, q = unique_qty_item(ctx.file(k), d, "es")
    nq = fqty(d["items"][i]["qty"] + 200, "es")
    name, out = ctx.out("E07", ".pdf")
    ET.text_replace(ctx.file(k), out, [(q, nq, "first", True)])
    base = ctx.meta(k)["label"]
    ctx.add("E07", out, base, "pikepdf_text_replace", ["quantity"], base["producer"] + "+pikepdf", {},
            derived=base["file"], consistent=False, detail=f"line {i + 1} Cant. {q} -> {nq}")


# ====================================================================== B. incremental updates (pypdf)

def e08(ctx):
    k = "uk03"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    name, out = ctx.out("E08", ".pdf")
    nd, s = try_dates(ctx, lambda nd, s: ET.text_replace(ctx.file(k), out, [(d["date_str"], s, "first")], incremental=True,
                                                                moddate=ctx.moddate("E08", k)),
                      d["date"], st)
    base = ctx.meta(k)["label"]
    ctx.add("E08", out, base, "pypdf_incremental_update", ["date"], base["producer"] + "+pypdf_incremental",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True,
            detail=f"invoice date {d['date_str']} -> {s}; new content stream appended as an incremental update")


def e09(ctx):  # Polish faktura: quantity and all sums, but 'Słownie' left alone
    k = "pl01"
    d = ctx.doc(k)
    i, q = unique_qty_item(ctx.file(k), d, "pl")
    nq_v = d["items"][i]["qty"] * 2
    net, sub, nt, tax, tot, _ = recalc_line(d, i, nq_v)
    reps = [(q, fqty(nq_v, "pl"), "first", True),
            (money(d, d["lines"][i]["net"], sym=False), money(d, net, sym=False), "first", True),
            (money(d, d["net_total"], sym=False), money(d, nt, sym=False), "all", True),
            (money(d, d["tax_total"], sym=False), money(d, tax, sym=False), "all", True),
            (money(d, d["total"], sym=False), money(d, tot, sym=False), "all", True),
            ("Do zapłaty: " + money(d, d["total"]), "Do zapłaty: " + money(d, tot), "all", True)]
    name, out = ctx.out("E09", ".pdf")
    ET.text_replace(ctx.file(k), out, reps, incremental=True, moddate=ctx.moddate("E09", k))
    base = ctx.meta(k)["label"]
    ctx.add("E09", out, base, "pypdf_incremental_update", ["quantity", "total"], base["producer"] + "+pypdf_incremental",
            dict(total=str(tot)), derived=base["file"], consistent=False,
            detail="quantity doubled, line/netto/VAT/brutto updated; amount in words (Słownie) still the old total")


def e10(ctx):  # 数电: 小写 total only
    k = "cn_sd01"
    d = ctx.doc(k)
    old = f"¥{d['total']:.2f}"
    name, out = ctx.out("E10", ".pdf")
    for _ in range(10):
        new = bump_digit(old, ctx.rng)
        try:
            ET.text_replace(ctx.file(k), out, [(old, new, "last")], incremental=True, moddate=ctx.moddate("E10", k))
            break
        except ET.EditError:
            continue
    base = ctx.meta(k)["label"]
    ctx.add("E10", out, base, "pypdf_incremental_update", ["total"], base["producer"] + "+pypdf_incremental",
            dict(total=str(num_of(new, "plain"))), derived=base["file"], consistent=False,
            detail=f"价税合计（小写） {old} -> {new}; 大写, 合计 and QR code still carry the old amount")


def e11(ctx):  # Chromium PDF, date, incremental
    k = "nl03"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    name, out = ctx.out("E11", ".pdf")
    nd, s = try_dates(ctx, lambda nd, s: ET.text_replace(ctx.file(k), out, [(d["date_str"], s, "first")], incremental=True,
                                                                moddate=ctx.moddate("E11", k)),
                      d["date"], st, same_len=True)
    base = ctx.meta(k)["label"]
    ctx.add("E11", out, base, "pypdf_incremental_update", ["date"], base["producer"] + "+pypdf_incremental",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True, detail=f"factuurdatum {d['date_str']} -> {s}")


# ====================================================================== C. white box + new text

def e12(ctx):  # 数电 buyer swapped with the same font, tax id too
    k = "cn_sd11"
    d = ctx.doc(k)
    other = next(b for b in OTHER_BUYERS_CN if b["name"] == d["buyer_label"])
    name, out = ctx.out("E12", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=other["name"], new=OURS["name"], font="WQY", align="left", which="first"),
                                      dict(old=other["tax_id"], new=OURS["tax_id"], font="DejaVu", align="left",
                                           which="first", size_factor=1.0)])
    base = ctx.meta(k)["label"]
    ctx.add("E12", out, base, "overlay_whitebox", ["buyer"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(buyer=OURS["name"]), derived=base["file"], consistent=True,
            detail="购买方名称 and 纳税人识别号 covered with white boxes and retyped in a matching font")


def e13(ctx):  # buyer swapped in a non-embedded CID font, tax id forgotten
    k = "cn_sd20"
    d = ctx.doc(k)
    name, out = ctx.out("E13", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=d["buyer_label"], new=OURS["name"], font="STSong-Light", align="left",
                                           which="first", size_factor=1.05)])
    base = ctx.meta(k)["label"]
    ctx.add("E13", out, base, "overlay_whitebox", ["buyer"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(buyer=OURS["name"]), derived=base["file"], consistent=True,
            detail="buyer name retyped in STSong-Light (not embedded); buyer tax id left as the other company's")


def e14(ctx):  # quantity on page 1 of a two-page Chromium invoice
    k = "de05"
    d = ctx.doc(k)
    i = 1
    q = fqty(d["items"][i]["qty"], "de")
    nq = fqty(d["items"][i]["qty"] * 4, "de")
    name, out = ctx.out("E14", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=q, new=nq, font="Helvetica", align="right",
                                           which=ET.row_filter(ctx.file(k), d["items"][i]["name"]))])
    base = ctx.meta(k)["label"]
    ctx.add("E14", out, base, "overlay_whitebox", ["quantity"], base["producer"] + "+reportlab_overlay+pypdf", {},
            derived=base["file"], consistent=False, detail=f"Menge in Pos. {i + 1}: {q} -> {nq} (Helvetica over Nimbus Sans)")


def e15(ctx):  # Japanese 請求書: only the big ご請求金額
    k = "jp01"
    d = ctx.doc(k)
    old = f"¥{fnum(d['total'], 'ja', 0)} -"
    newv = d["total"] + D(100000)
    new = f"¥{fnum(newv, 'ja', 0)} -"
    name, out = ctx.out("E15", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=old, new=new, font="WQY", align="left", which="first")])
    base = ctx.meta(k)["label"]
    ctx.add("E15", out, base, "overlay_whitebox", ["total"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(total=str(newv)), derived=base["file"], consistent=False,
            detail=f"ご請求金額 {old} -> {new}; 合計 and tax lines unchanged")


def e16(ctx):  # Korean e-tax invoice: 작성일자
    k = "kr01"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    name, out = ctx.out("E16", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=d["date_str"], new=s, font="DejaVu", align="left", which="all")])
    base = ctx.meta(k)["label"]
    ctx.add("E16", out, base, "overlay_whitebox", ["date"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True,
            detail=f"작성일자 and 발급일시 {d['date_str']} -> {s}; 승인번호 still encodes the old date")


def e17(ctx):  # own factory commercial invoice: quantity, amount and total; amount in words forgotten
    k = "own_ci01"
    d = ctx.doc(k)
    i = 0
    q = fnum(d["items"][i]["qty"], "en", 0)
    nq_v = d["items"][i]["qty"] + D(1200)
    net, sub, nt, tax, tot, _ = recalc_line(d, i, nq_v)
    qtot = sum(it["qty"] for it in d["items"])
    edits = [dict(old=q, new=fnum(nq_v, "en", 0), font="DejaVu", which=ET.row_filter(ctx.file(k), d["items"][i]["name"], tol=9)),
             dict(old=fnum(d["lines"][i]["net"], "en", 2), new=fnum(net, "en", 2), font="DejaVu", which="first"),
             dict(old=fnum(qtot, "en", 0), new=fnum(qtot + D(1200), "en", 0), font="DejaVu", which="last"),
             dict(old=fnum(d["total"], "en", 2), new=fnum(tot, "en", 2), font="DejaVu", which="last")]
    name, out = ctx.out("E17", ".pdf")
    ET.overlay_edit(ctx.file(k), out, edits)
    base = ctx.meta(k)["label"]
    ctx.add("E17", out, base, "overlay_whitebox", ["quantity", "total"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(total=str(tot)), derived=base["file"], consistent=False,
            detail="line 1 quantity +1200 with amount, total qty and total; 'SAY US DOLLARS' line and packing list not updated")


def e18(ctx):  # supplier name replaced in the letterhead only
    k = "es02"
    d = ctx.doc(k)
    new_sup = "Menaje Robledal S.L."
    name, out = ctx.out("E18", ".pdf")
    ET.overlay_edit(ctx.file(k), out, [dict(old=d["supplier_label"], new=new_sup, font="Helvetica-Bold", align="left",
                                           which="first")])
    base = ctx.meta(k)["label"]
    ctx.add("E18", out, base, "overlay_whitebox", ["supplier"], base["producer"] + "+reportlab_overlay+pypdf",
            dict(supplier=new_sup), derived=base["file"], consistent=True,
            detail="letterhead company name replaced; address, CIF, IBAN and footer still belong to the original supplier")


# ====================================================================== D. overlay, then re-saved by another program

def e19(ctx):  # careful 数电 edit: quantity, amount, tax, 合计, 大写, 小写 -> Ghostscript
    k = "cn_sd02"
    d = ctx.doc(k)
    i = 0
    it = d["items"][i]
    nq_v = it["qty"] + D(500)
    net, sub, nt, tax, tot, ltax = recalc_line(d, i, nq_v)
    f = ctx.file(k)
    row = ET.row_filter(f, it["name"])
    edits = [dict(old=fqty(it["qty"], "plain"), new=fqty(nq_v, "plain"), font="DejaVu", which=row),
             dict(old=f"{d['lines'][i]['net']:.2f}", new=f"{net:.2f}", font="DejaVu", which=row),
             dict(old=f"{d['lines'][i]['tax']:.2f}", new=f"{ltax:.2f}", font="DejaVu", which=row),
             dict(old=f"¥{d['net_total']:.2f}", new=f"¥{nt:.2f}", font="DejaVu", which="last"),
             dict(old=f"¥{d['tax_total']:.2f}", new=f"¥{tax:.2f}", font="DejaVu", which="last"),
             dict(old=cn_upper(d["total"]), new=cn_upper(tot), font="WQY", align="left", which="last"),
             dict(old=f"¥{d['total']:.2f}", new=f"¥{tot:.2f}", font="DejaVu", align="left", which="last")]
    tmp = os.path.join(HID, "E19_overlay.pdf")
    ET.overlay_edit(f, tmp, edits)
    name, out = ctx.out("E19", ".pdf")
    capture.gs_resave(tmp, out)
    base = ctx.meta(k)["label"]
    ctx.add("E19", out, base, "overlay_whitebox+ghostscript_resave", ["quantity", "total"],
            base["producer"] + "+reportlab_overlay+ghostscript", dict(total=str(tot)), derived=base["file"],
            consistent=True, detail="quantity of line 1 +500 with amount, tax, 合计, 大写 and 小写 all redone; QR code "
                                    "still encodes the old total; file re-distilled by Ghostscript")


def e20(ctx):  # fpdf2 invoice: date overlay then 'WPS' re-save
    k = "uk06"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    tmp = os.path.join(HID, "E20_overlay.pdf")
    ET.overlay_edit(ctx.file(k), tmp, [dict(old=d["date_str"], new=s, font="Helvetica-Bold", align="left",
                                           which="first")])
    name, out = ctx.out("E20", ".pdf")
    c0, m0, tzh = ctx.times(k)
    capture.wps_like_resave(tmp, out, created=c0, modified=ctx.edit_time("E20", m0), tzh=tzh)
    base = ctx.meta(k)["label"]
    ctx.add("E20", out, base, "overlay_whitebox+wps_resave", ["date"], base["producer"] + "+reportlab_overlay+wps_resave",
            dict(date=nd.isoformat()), derived=base["file"], consistent=True,
            detail=f"invoice date {d['date_str']} -> {s}, then opened and saved again in an office suite")


def e21(ctx):  # hidden German invoice to another buyer: buyer block overlaid, Ghostscript
    import render_rl as RL
    from docs import eu_invoice, our_buyer_block
    rng = random.Random("H21")
    buyer = dict(name="Hansen & Kröger Handels GmbH", addr_lines=["Wandsbeker Zollstraße 87", "22041 Hamburg", "Deutschland"],
                 vat="DE271190384")
    doc = eu_invoice(rng, "de", EU_SUPPLIERS["de"][1], buyer=buyer, n_items=3)
    src = os.path.join(HID, "H21.pdf")
    RL.western_paged(doc, src, "a")
    ours = our_buyer_block("de", rng)
    edits = [dict(old=buyer["name"], new=ours["name"], font="Helvetica-Bold", align="left", which="first")]
    for a, b in zip(buyer["addr_lines"], ours["addr_lines"]):
        edits.append(dict(old=a, new=b, font="Helvetica", align="left", which="first"))
    edits.append(dict(old=buyer["vat"], new=ours["vat"], font="Helvetica", align="left", which="first"))
    tmp = os.path.join(HID, "E21_overlay.pdf")
    ET.overlay_edit(src, tmp, edits)
    name, out = ctx.out("E21", ".pdf")
    capture.gs_resave(tmp, out)
    base = label_of(doc, "reportlab_western")
    ctx.add("E21", out, base, "overlay_whitebox+ghostscript_resave", ["buyer"], "reportlab_western+reportlab_overlay+ghostscript",
            dict(buyer=ours["name"]), derived="hidden:H21", consistent=True,
            detail="Rechnungsempfänger block covered and retyped; the small sender line above the window still fits; re-distilled")


# ====================================================================== E. FreeText annotations

def e22(ctx):
    k = "fr02"
    d = ctx.doc(k)
    old = money(d, d["total"])
    newv = d["total"] + D(1000)
    name, out = ctx.out("E22", ".pdf")
    ET.freetext_edit(ctx.file(k), out, [dict(old=old, new=money(d, newv), which="last")], moddate=ctx.moddate("E22", k))
    base = ctx.meta(k)["label"]
    ctx.add("E22", out, base, "freetext_annotation", ["total"], base["producer"] + "+pypdf_annotation",
            dict(total=str(newv)), derived=base["file"], consistent=False,
            detail="Total TTC hidden under a white FreeText annotation with the new amount (incremental update)")


def e23(ctx):
    k = "cn_sd08"
    d = ctx.doc(k)
    i = 0
    it = d["items"][i]
    nq = fqty(it["qty"] * 2, "plain")
    name, out = ctx.out("E23", ".pdf")
    ET.freetext_edit(ctx.file(k), out, [dict(old=fqty(it["qty"], "plain"), new=nq, which=ET.row_filter(ctx.file(k), it["name"]),
                                            author="WPS")], moddate=ctx.moddate("E23", k))
    base = ctx.meta(k)["label"]
    ctx.add("E23", out, base, "freetext_annotation", ["quantity"], base["producer"] + "+pypdf_annotation", {},
            derived=base["file"], consistent=False, detail=f"数量 of line 1 {fqty(it['qty'], 'plain')} -> {nq} as a text box annotation")


def e24(ctx):
    k = "us01"
    d = ctx.doc(k)
    i = 1
    it = d["items"][i]
    nq = fqty(it["qty"] + 300, "en")
    name, out = ctx.out("E24", ".pdf")
    ET.freetext_edit(ctx.file(k), out, [dict(old=fqty(it["qty"], "en"), new=nq, which=ET.row_filter(ctx.file(k), it["name"]))],
                     moddate=ctx.moddate("E24", k))
    base = ctx.meta(k)["label"]
    ctx.add("E24", out, base, "freetext_annotation", ["quantity"], base["producer"] + "+pypdf_annotation", {},
            derived=base["file"], consistent=False, detail=f"Qty of line 2 {fqty(it['qty'], 'en')} -> {nq}")


# ====================================================================== F. regenerated page swapped in

def e25(ctx):
    import render_rl as RL
    from docs import cn_einvoice
    rng = random.Random("H25")
    doc = cn_einvoice(rng, CN_SUPPLIERS[3], kind="tax_invoice", n_items=12, long_price=False)
    src = os.path.join(HID, "H25.pdf")
    RL.shudian(doc, src)
    new = copy.deepcopy(doc)
    for it in new["items"][8:]:
        it["qty"] = it["qty"] * 2
    compute(new)
    donor = os.path.join(HID, "H25_donor.pdf")
    RL.shudian(new, donor)
    name, out = ctx.out("E25", ".pdf")
    ET.replace_page(src, out, donor, 1)
    base = label_of(doc, "reportlab_shudian")
    ctx.add("E25", out, base, "pypdf_page_replace", ["quantity", "total"], "reportlab_shudian+pypdf_page_replace",
            dict(total=str(new["total"])), derived="hidden:H25", consistent=True,
            detail="page 2 (lines 9-12 and totals) replaced by a page regenerated with doubled quantities; "
                   "page 1 QR code still encodes the old total")


def e26(ctx):
    import render_html as HT
    from docs import eu_invoice, our_buyer_block
    rng = random.Random("H26")
    doc = eu_invoice(rng, "it", EU_SUPPLIERS["it"][0], buyer=our_buyer_block("it", rng), n_items=26)
    doc["accent"] = "#6b1f1f"
    src = os.path.join(HID, "H26.pdf")
    HT.to_pdf_weasy(HT.saas(doc, "classic"), src, "H26")
    new = copy.deepcopy(doc)
    for it in new["items"][-3:]:
        it["qty"] = it["qty"] + 400
    compute(new)
    donor = os.path.join(HID, "H26_donor.pdf")
    HT.to_pdf_weasy(HT.saas(new, "classic"), donor, "H26_donor")
    n = pdf_pages(src)
    name, out = ctx.out("E26", ".pdf")
    ET.replace_page(src, out, donor, n - 1)
    base = label_of(doc, "weasyprint_html")
    ctx.add("E26", out, base, "pypdf_page_replace", ["quantity", "total"], "weasyprint_html+pypdf_page_replace",
            dict(total=str(new["total"])), derived="hidden:H26", consistent=True,
            detail="last page regenerated with three larger quantities and new totals, swapped into the original")


# ====================================================================== G/H/I. pixel edits

def _img_edit(ctx, eid, k, find, new, method, what, updates, detail, consistent=False, clone=False, font=None,
              rotate=True, bold=False, align="right"):
    m = ctx.meta(k)
    src_pdf = ctx.src_pdf(k)
    occ = ET.pick(ET.find_text(src_pdf, find), "last" if not callable(find) else None)[0]
    Mx = m["capture"]["matrices"][0]
    path = ctx.file(k)
    ext = os.path.splitext(path)[1]
    name, out = ctx.out(eid, ext)

    def apply(img):
        if clone:
            return ET.image_clone(img, Mx, occ, new, ET.all_chars(src_pdf))
        return ET.image_paste(img, Mx, occ, new, font_path=font or DEJAVU_DEFAULT, rotate=rotate, bold=bold, align=align)
    if ext == ".pdf":
        ET.edit_scan_pdf_image(path, out, apply)
    else:
        img = Image.open(path)
        mode = img.mode
        res = apply(img.convert("RGB"))
        if mode == "L":
            res = res.convert("L")
        if ext == ".png":
            res.save(out, "PNG")
        else:
            res.save(out, "JPEG", quality=ctx.rng.randint(80, 95))
    base = m["label"]
    tool = "pillow_clone" if clone else "pillow_paste"
    ctx.add(eid, out, base, method, what, base["producer"] + "+" + tool, updates, derived=base["file"],
            consistent=consistent, detail=detail)


from common import DEJAVU as DEJAVU_DEFAULT, DEJAVU_MONO, WQY_TTC


def e27(ctx):
    k = "cn_vat02"
    d = ctx.doc(k)
    old = f"¥{d['total']:.2f}"
    newv = d["total"] + D(30000)
    _img_edit(ctx, "E27", k, old, f"¥{newv:.2f}", "image_paste", ["total"], dict(total=str(newv)),
              "小写 total repainted on the scanned JPEG; 大写 and line amounts unchanged", font=DEJAVU_MONO, align="left")


def e28(ctx):
    k = "cn_rc01"
    d = ctx.doc(k)
    old = f"{d['total']:.2f}"
    newv = d["total"] + D(5000)
    _img_edit(ctx, "E28", k, old, f"{newv:.2f}", "image_paste", ["total"], dict(total=str(newv)),
              "¥ amount on the photographed 收据 replaced with typed digits; 大写 and line amounts unchanged",
              font=WQY_TTC, align="left")


def e29(ctx):
    k = "de06"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    _img_edit(ctx, "E29", k, d["date_str"], s, "image_paste", ["date"], dict(date=nd.isoformat()),
              f"Rechnungsdatum {d['date_str']} -> {s} painted into the page image of the scan PDF", consistent=True,
              font="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", bold=False)


def e30(ctx):
    k = "it04"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    _img_edit(ctx, "E30", k, d["date_str"], s, "image_paste", ["date"], dict(date=nd.isoformat()),
              f"invoice date {d['date_str']} -> {s} pasted on the scanned JPEG (text not rotated with the page)",
              consistent=True, font="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", rotate=False)


def e31(ctx):
    k = "cn_sd13"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    _img_edit(ctx, "E31", k, d["date_str"], s, "image_paste", ["date"], dict(date=nd.isoformat()),
              f"开票日期 {d['date_str']} -> {s} pasted flat onto a perspective photo", consistent=True, font=WQY_TTC,
              rotate=False, align="left")


def _clone_date(ctx, eid, k, same_len=True):
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    last = None
    for nd, s in later_dates(ctx.rng, d["date"], st, same_len=True):
        try:
            _img_edit(ctx, eid, k, d["date_str"], s, "image_clone", ["date"], dict(date=nd.isoformat()),
                      f"date {d['date_str']} -> {s} by copying digit glyphs from elsewhere on the same image",
                      consistent=True, clone=True)
            return
        except ET.EditError as e:
            last = e
    raise ET.EditError(f"clone date failed: {last}")


def e32(ctx):
    _clone_date(ctx, "E32", "cn_vat03")


def e33(ctx):
    k = "cn_vat04"
    d = ctx.doc(k)
    for i, it in enumerate(d["items"]):
        q = fqty(it["qty"], "plain")
        for _ in range(6):
            nq = bump_digit(q, ctx.rng)
            try:
                _img_edit(ctx, "E33", k, q, nq, "image_clone", ["quantity"], {},
                          f"数量 of a line {q} -> {nq} by cloning a digit from the same scan", clone=True)
                return
            except ET.EditError:
                continue
    raise ET.EditError("E33 failed")


def e34(ctx):
    k = "nl05"
    d = ctx.doc(k)
    old = fnum(d["total"], "nl", 2)
    for _ in range(8):
        new = swap_in_digit(old, ctx.rng)
        try:
            _img_edit(ctx, "E34", k, old, new, "image_clone", ["total"], dict(total=str(num_of(new, "nl"))),
                      f"Totaal EUR {old} -> {new} by cloning digits inside the scan", clone=True)
            return
        except ET.EditError:
            continue
    raise ET.EditError("E34 failed")


def e35(ctx):
    _clone_date(ctx, "E35", "jp04")


def e36(ctx):
    k = "cn_sd10"
    d = ctx.doc(k)
    newv = d["total"] * 2
    _img_edit(ctx, "E36", k, f"¥{d['total']:.2f}", f"¥{newv:.2f}", "screenshot_paste", ["total"], dict(total=str(newv)),
              "小写 total doubled on the WeChat screenshot (PNG, no recompression)", font=DEJAVU_DEFAULT, rotate=False,
              align="left")


def e37(ctx):
    k = "de09"
    d = ctx.doc(k)
    st = style_of(d["date"], d["date_str"])
    nd, s = later_dates(ctx.rng, d["date"], st)[0]
    _img_edit(ctx, "E37", k, d["date_str"], s, "screenshot_paste", ["date"], dict(date=nd.isoformat()),
              f"Rechnungsdatum {d['date_str']} -> {s} on the chat screenshot", consistent=True,
              font="/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf", rotate=False)


# ====================================================================== J. edited, then printed / scanned / photographed

def e38(ctx):
    import render_rl as RL
    from docs import cn_einvoice
    rng = random.Random("H38")
    ob = OTHER_BUYERS_CN[2]
    doc = cn_einvoice(rng, CN_SUPPLIERS[1], buyer=dict(name=ob["name"], tax_id=ob["tax_id"]), n_items=3)
    src = os.path.join(HID, "H38.pdf")
    RL.shudian(doc, src)
    tmp = os.path.join(HID, "H38_edit.pdf")
    ET.overlay_edit(src, tmp, [dict(old=ob["name"], new=OURS["name"], font="WQY", align="left", which="first"),
                               dict(old=ob["tax_id"], new=OURS["tax_id"], font="DejaVu", align="left", which="first")])
    name, out = ctx.out("E38", ".jpg")
    capture.scan(tmp, out, random.Random("S38"), fmt="jpg", gray=True)
    base = label_of(doc, "reportlab_shudian")
    ctx.add("E38", out, base, "overlay_then_scan", ["buyer"], "reportlab_shudian+reportlab_overlay>scan_jpeg",
            dict(buyer=OURS["name"]), ebc=True, derived="hidden:H38", consistent=True,
            detail="buyer name and tax id replaced in the PDF, then printed and scanned on the copier")


def e39(ctx):
    import render_rl as RL
    from docs import cn_paper_vat
    rng = random.Random("H39")
    sup = dict(CN_SUPPLIERS[0])
    doc = cn_paper_vat(rng, sup)
    src = os.path.join(HID, "H39.pdf")
    RL.vat_paper(doc, src)
    newv = doc["total"] + D(10000)
    tmp = os.path.join(HID, "H39_edit.pdf")
    ET.overlay_edit(src, tmp, [dict(old=f"¥{doc['total']:.2f}", new=f"¥{newv:.2f}", font="DejaVuMono", align="left",
                                    which="last", fill=(0.984, 0.984, 0.957))])
    name, out = ctx.out("E39", ".jpg")
    capture.photo(tmp, out, random.Random("P39"))
    base = label_of(doc, "reportlab_vat_paper")
    ctx.add("E39", out, base, "overlay_then_photo", ["total"], "reportlab_vat_paper+reportlab_overlay>phone_photo",
            dict(total=str(newv)), ebc=True, derived="hidden:H39", consistent=False,
            detail="小写 total changed on a digital copy of a paper VAT invoice, then printed and photographed")


def e40(ctx):
    doc, src = hidden_uk(ctx, "H40", buyer_other=False, style="a")
    st = style_of(doc["date"], doc["date_str"])
    nd, s = later_dates(ctx.rng, doc["date"], st)[0]
    tmp = os.path.join(HID, "H40_edit.pdf")
    ET.text_replace(src, tmp, [(doc["date_str"], s, "first")])
    name, out = ctx.out("E40", ".pdf")
    capture.scan(tmp, out, random.Random("S40"), fmt="pdf", gray=False)
    base = label_of(doc, "reportlab_western")
    ctx.add("E40", out, base, "text_replace_then_scan", ["date"], "reportlab_western+pikepdf>scan_pdf",
            dict(date=nd.isoformat()), ebc=True, derived="hidden:H40", consistent=True,
            detail=f"invoice date {doc['date_str']} -> {s} edited in the PDF, printed and scanned back to PDF")


def e41(ctx):
    import render_fpdf as FP
    from docs import cn_workshop
    rng = random.Random("H41")
    doc = cn_workshop(rng, 1, "receipt", n_items=2)
    src = os.path.join(HID, "H41.pdf")
    FP.receipt_cn(doc, src)
    newv = doc["total"] * 3
    tmp = os.path.join(HID, "H41_edit.pdf")
    ET.overlay_edit(src, tmp, [dict(old=f"{doc['total']:.2f}", new=f"{newv:.2f}", font="WQY", align="left",
                                    which="last", fill=(0.98, 0.925, 0.933), color=(0.11, 0.18, 0.55))])
    name, out = ctx.out("E41", ".jpg")
    capture.photo(tmp, out, random.Random("P41"))
    base = label_of(doc, "fpdf2_receipt_form")
    ctx.add("E41", out, base, "overlay_then_photo", ["total"], "fpdf2_receipt_form+reportlab_overlay>phone_photo",
            dict(total=str(newv)), ebc=True, derived="hidden:H41", consistent=False,
            detail="¥ amount on a receipt scan tripled digitally, printed and photographed; 大写 unchanged")


# ====================================================================== K. source document edited and exported again

def e42_44(ctx):
    import render_office as OF
    from docs import commercial_invoice, eu_invoice, our_buyer_block
    jobs = []
    # E42 commercial invoice: quantity raised in the spreadsheet, formulas recompute everything
    rng = random.Random("H42")
    doc = commercial_invoice(rng, OWN_FACTORIES[0], n_items=4)
    new = copy.deepcopy(doc)
    new["items"][0]["qty"] = new["items"][0]["qty"] * 2
    compute(new)
    OF.ci_sheet(new, "invoice").to_fods(os.path.join(HID, "E42.fods"))
    jobs.append(("E42", doc, new, "E42.fods", ["quantity", "total"], dict(total=str(new["total"])), "soffice_calc_fods",
                 True, "quantity of line 1 doubled in the supplier's spreadsheet; formulas recalculated totals "
                       "and words; exported to PDF again (packing list elsewhere would not match)"))
    # E43 German Word invoice addressed to another company, buyer changed in Word
    rng = random.Random("H43")
    buyer = dict(name="Weidemann Wohnaccessoires e.K.", addr_lines=["Lindenallee 19", "48149 Münster", "Deutschland"],
                 vat="DE318447201")
    doc = eu_invoice(rng, "de", EU_SUPPLIERS["de"][2], buyer=buyer, n_items=3)
    doc["accent"] = "#1f4e79"
    new = copy.deepcopy(doc)
    new["buyer"] = our_buyer_block("de", rng)
    new["buyer_label"] = new["buyer"]["name"]
    OF.docx_invoice(new, os.path.join(HID, "E43.docx"))
    jobs.append(("E43", doc, new, "E43.docx", ["buyer"], dict(buyer=new["buyer"]["name"]), "soffice_writer_docx",
                 True, "buyer block rewritten in the supplier's Word file and exported to PDF again"))
    # E44 Dutch spreadsheet invoice: date changed
    rng = random.Random("H44")
    doc = eu_invoice(rng, "nl", EU_SUPPLIERS["nl"][0], n_items=3)
    new = copy.deepcopy(doc)
    nd, s = later_dates(rng, doc["date"], "dmy_dash")[0]
    new["date"], new["date_str"] = nd, s
    OF.nl_sheet(new).to_fods(os.path.join(HID, "E44.fods"))
    jobs.append(("E44", doc, new, "E44.fods", ["date"], dict(date=nd.isoformat()), "soffice_calc_fods", True,
                 f"factuurdatum {doc['date_str']} -> {s} typed into the spreadsheet, exported again (due date unchanged)"))
    pdfs = OF.soffice_convert([os.path.join(HID, j[3]) for j in jobs], outdir=HID)
    for (eid, doc, new, srcname, what, upd, prod, cons, detail), pdf in zip(jobs, pdfs):
        name, out = ctx.out(eid, ".pdf")
        shutil.copyfile(pdf, out)
        base = label_of(doc, prod)
        ctx.add(eid, out, base, "source_edit_reexport", what, prod, upd, ebc=True, derived=f"hidden:{eid}",
                consistent=cons, detail=detail)


EDITS = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21,
         e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41, e42_44]


def run(only=None):
    ctx = Ctx()
    # remove edited files of an earlier run (full runs only)
    for p in ([] if only else glob.glob(os.path.join(META, "*.json"))):
        with open(p, encoding="utf-8") as f:
            m = json.load(f)
        if m.get("edit"):
            fp = os.path.join(FILES, os.path.basename(p)[:-5])
            if os.path.exists(fp):
                os.remove(fp)
            os.remove(p)
    failed = []
    for fn in EDITS:
        if only and fn.__name__ not in only:
            continue
        try:
            fn(ctx)
        except Exception as e:
            failed.append(fn.__name__)
            print(f"  !! {fn.__name__} failed: {e}")
            traceback.print_exc(limit=3)
    if not only:
        ctx.reg.save()
    print(f"edits written: {len(ctx.reg.recs)}   failed: {failed or 'none'}")
    return ctx.reg


if __name__ == "__main__":
    run(sys.argv[1:] or None)
