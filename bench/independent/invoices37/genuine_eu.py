"""Part 'eu': invoices from European, UK and US wholesalers, packaging suppliers, prep
centres and 3PL warehouses, made with several invented accounting-software looks."""
import random, datetime
from common import Registry, EU_SUPPLIERS, inject_error, D, fdate
from docs import eu_invoice, our_buyer_block, EU_CFG
from emit import emit, src_path, SRC
import render_rl as RL
import render_html as HT
import render_fpdf as FP
import render_office as OF

INTRO = {
    "de": "Wir erlauben uns, Ihnen die folgenden Lieferungen und Leistungen in Rechnung zu stellen:",
    "fr": "Nous vous remercions de votre commande et vous prions de trouver ci-dessous le détail de notre facture.",
    "it": "Vi addebitiamo quanto segue come da Vs. ordine:",
    "es": "Le facturamos los siguientes artículos según su pedido:",
    "nl": "Hierbij factureren wij u de volgende artikelen/diensten:",
    "en": None, "pl": None,
}

# key, region, supplier#, renderer, pipeline, options
SPECS = [
    ("de01", "de", 1, "rl_a", "as_is", dict(n=5, discount_pct=3, shipping="45.00")),
    ("de02", "de", 2, "rl_b", "as_is", dict(n=3)),
    ("de03", "de", 0, "wsy_slate", "as_is", dict(n=4)),
    ("de04", "de", 2, "docx", "as_is", dict(n=4, err="tax")),
    ("de05", "de", 1, "chr_mint", "as_is", dict(n=22, date_style="de_long")),
    ("de06", "de", 1, "rl_a", "scan_pdf", dict(n=3, shipping="19.90")),
    ("de07", "de", 1, "rl_b", "as_is", dict(n=2, doc_type="credit_note")),
    ("de08", "de", 0, "chr_slate", "as_is", dict(n=4, doc_type="delivery_note")),
    ("de09", "de", 0, "chr_plum", "wechat_png", dict(n=3)),
    ("uk01", "en_gb", 0, "chr_mint", "as_is", dict(n=5, discount_pct=5)),
    ("uk02", "en_gb", 2, "chr_slate", "as_is", dict(n=4, date_style="uk_long")),
    ("uk03", "en_gb", 1, "rl_b", "as_is", dict(n=3, shipping="35.00")),
    ("uk04", "en_gb", 1, "docx", "as_is", dict(n=3, shipping="28.50", err="grand")),
    ("uk05", "en_gb", 0, "rl_a", "photo", dict(n=3)),
    ("uk06", "en_gb", 0, "fpdf", "as_is", dict(n=4)),
    ("uk07", "en_gb", 2, "wsy_classic", "gs", dict(n=26)),
    ("us01", "en_us", 0, "chr_plum", "as_is", dict(n=4, rate=0, buyer="us")),
    ("us02", "en_us", 1, "rl_a", "as_is", dict(n=5, rate="7.5", buyer="us", date_style="us_long")),
    ("us03", "en_us", 1, "fpdf", "as_is", dict(n=3, rate=0, buyer="us", shipping="180.00")),
    ("us04", "en_us", 0, "wsy_mint", "as_is", dict(n=3, rate=0, buyer="us")),
    ("us05", "en_us", 1, "chr_slate", "wechat_jpg", dict(n=2, rate="7.5", buyer="us")),
    ("us06", "en_us", 1, "chr_mint", "as_is", dict(n=4, rate=0, buyer="us", doc_type="quotation")),
    ("fr01", "fr", 0, "wsy_classic", "as_is", dict(n=4)),
    ("fr02", "fr", 1, "rl_a", "as_is", dict(n=3, shipping="42.00")),
    ("fr03", "fr", 0, "docx", "as_is", dict(n=3)),
    ("fr04", "fr", 1, "chr_mint", "as_is", dict(n=5, discount_pct=2)),
    ("fr05", "fr", 0, "rl_b", "scan_pdf", dict(n=2, doc_type="credit_note")),
    ("fr06", "fr", 1, "wsy_slate", "as_is", dict(n=3, doc_type="quotation")),
    ("it01", "it", 0, "wsy_classic", "as_is", dict(n=24)),
    ("it02", "it", 1, "fpdf", "as_is", dict(n=3)),
    ("it03", "it", 0, "docx", "as_is", dict(n=4, date_style="it_long")),
    ("it04", "it", 1, "rl_a", "scan_jpg", dict(n=3)),
    ("it05", "it", 1, "chr_plum", "as_is", dict(n=2, shipping="60.00")),
    ("es01", "es", 0, "fpdf", "as_is", dict(n=4, err="sum")),
    ("es02", "es", 1, "chr_slate", "as_is", dict(n=3)),
    ("es03", "es", 0, "rl_b", "as_is", dict(n=5, date_style="es_long")),
    ("es04", "es", 1, "wsy_mint", "photo", dict(n=3)),
    ("es05", "es", 0, "docx", "as_is", dict(n=3, shipping="25.00")),
    ("pl01", "pl", 0, "fpdf", "as_is", dict(n=4)),
    ("pl02", "pl", 1, "fpdf", "as_is", dict(n=5, err="line")),
    ("pl03", "pl", 1, "rl_b", "as_is", dict(n=3, date_style="iso")),
    ("pl04", "pl", 0, "fpdf", "scan_pdf", dict(n=3)),
    ("pl05", "pl", 0, "wsy_slate", "as_is", dict(n=4)),
    ("nl01", "nl", 0, "fods_nl", "as_is", dict(n=5, shipping="45.00")),
    ("nl02", "nl", 0, "fods_nl", "as_is", dict(n=4, err="line")),
    ("nl03", "nl", 1, "chr_mint", "as_is", dict(n=4, date_style="nl_long")),
    ("nl04", "nl", 0, "wsy_classic", "wps", dict(n=3)),
    ("nl05", "nl", 0, "fods_nl", "scan_jpg", dict(n=3)),
]

PRODUCER = {"rl": "reportlab_western", "chr": "chromium_html", "wsy": "weasyprint_html", "fpdf": "fpdf2_boxed",
            "docx": "soffice_writer_docx", "fods": "soffice_calc_fods"}
ACCENTS = ["#1f4e79", "#2e6b3a", "#7a2e2e", "#3b3b6d", "#8a5a00", "#005f73"]


def build(rng, key, region, si, opts):
    sup = EU_SUPPLIERS[region][si]
    buyer = our_buyer_block(region, rng, opts.get("buyer"))
    dt = opts.get("doc_type", "invoice")
    doc = eu_invoice(rng, region, sup, buyer=buyer, n_items=opts.get("n"), doc_type=dt,
                     discount_pct=opts.get("discount_pct"), shipping=D(opts.get("shipping", "0")),
                     rate=D(str(opts["rate"])) if "rate" in opts else None, date_style=opts.get("date_style"),
                     qty_range=(2, 60) if dt == "credit_note" else (20, 600))
    doc["intro"] = INTRO.get(doc["lang"])
    if region == "en_us":
        doc["tax_label"] = "Sales tax"
    doc["accent"] = rng.choice(ACCENTS)
    cfg = EU_CFG[region]
    if dt == "credit_note":
        orig = doc["date"] - datetime.timedelta(days=rng.randint(10, 40))
        doc["ref_invoice"] = f"{doc['number'][:-2]}{rng.randint(10, 99)} ({fdate(orig, cfg['date_style'])})"
        doc["number"] = ("GS-" if region == "de" else "AV-") + doc["number"]
        doc["notes"] = [{"de": "Gutschrift wegen Transportschaden (Bruch) laut Reklamation.",
                         "fr": "Avoir pour marchandise endommagée lors du transport."}.get(region, "")]
        doc["due_str"] = None
        doc["total_label"] = {"de": "Gutschriftsbetrag", "fr": "Total avoir TTC"}.get(region)
        doc["intro"] = {"de": "Wir schreiben Ihnen folgende Positionen gut:",
                        "fr": "Nous vous créditons des articles suivants :"}.get(region)
    if dt == "quotation":
        doc["is_invoice"] = False
        doc["valid_str"] = fdate(doc["date"] + datetime.timedelta(days=30), opts.get("date_style") or cfg["date_style"])
        doc["due_str"] = None
        doc["number"] = ("Q-" if region.startswith("en") else "D") + doc["number"]
    if dt == "delivery_note":
        doc["is_invoice"] = False
        doc["no_prices"] = True
        doc["has_total"] = False
        doc["number"] = "LS-" + doc["number"][3:]
        doc["due_str"] = None
        doc["intro"] = "Wir liefern Ihnen gemäß Ihrer Bestellung:"
    if region == "pl":
        doc["place"] = sup["addr"][1].split(" ", 1)[1]
        doc["delivery_str"] = doc["date_str"]
    if opts.get("err"):
        inject_error(doc, opts["err"], rng)
    return doc


def run(reg=None):
    reg = reg or Registry("eu")
    rng = random.Random(37003)
    office = []
    for key, region, si, renderer, pipe, opts in SPECS:
        doc = build(rng, key, region, si, opts)
        src = src_path(key)
        fam = renderer.split("_")[0]
        if fam == "rl":
            RL.western_paged(doc, src, renderer[-1])
        elif fam == "chr":
            HT.to_pdf_chromium(HT.saas(doc, renderer.split("_")[1]), src, key)
        elif fam == "wsy":
            HT.to_pdf_weasy(HT.saas(doc, renderer.split("_")[1]), src, key)
        elif fam == "fpdf":
            FP.boxed_invoice(doc, src)
        elif fam == "docx":
            OF.docx_invoice(doc, src_path(key, ".docx"), font=rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif"]),
                            accent=tuple(int(doc["accent"][i:i + 2], 16) for i in (1, 3, 5)))
            office.append((key, doc, pipe, src_path(key, ".docx")))
            continue
        elif fam == "fods":
            OF.nl_sheet(doc, formulas=not opts.get("err")).to_fods(src_path(key, ".fods"))
            office.append((key, doc, pipe, src_path(key, ".fods")))
            continue
        emit(reg, key, doc, src, pipe, PRODUCER[fam], title=f"{doc['number']}.pdf",
             scan_kw={"gray": rng.random() < 0.5} if pipe.startswith("scan") else None)
    pdfs = OF.soffice_convert([p for *_, p in office], outdir=SRC)
    for (key, doc, pipe, p), pdf in zip(office, pdfs):
        emit(reg, key, doc, pdf, pipe, PRODUCER[p.rsplit(".", 1)[1]],
             scan_kw={"gray": True} if pipe.startswith("scan") else None)
    reg.save()
    return reg


if __name__ == "__main__":
    run()
