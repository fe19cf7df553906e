"""HTML/CSS 'accounting software' layouts, printed by WeasyPrint or headless Chromium."""
import html, subprocess, os, random
from specs import *

E = html.escape
CSS = {
 "bling": "body{font-family:'DejaVu Sans';font-size:9pt;color:#222} .hdr{background:#2b7a3d;color:#fff;padding:8px 12px} .hdr h1{margin:0;font-size:16pt}"
          " table.items th{background:#e8f3ea;border-bottom:2px solid #2b7a3d} table.items td,table.items th{padding:3px 5px} .tot td{padding:2px 6px}",
 "tiny": "body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:8.5pt} .hdr{border:1px solid #444;padding:6px} .hdr h1{font-size:13pt;margin:0 0 4px 0}"
         " table.items{border:1px solid #444} table.items td,table.items th{border:1px solid #999;padding:2px 4px} table.items th{background:#eee}",
 "phc": "body{font-family:'DejaVu Serif';font-size:9pt} .hdr h1{font-size:18pt;letter-spacing:2px;color:#1d3f73;border-bottom:3px double #1d3f73}"
        " table.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-weight:normal;font-style:italic} table.items td{padding:3px}",
 "primavera": "body{font-family:'DejaVu Sans';font-size:8pt;color:#333} .hdr{display:flex;justify-content:space-between} .hdr h1{color:#b5121b;font-size:15pt}"
              " table.items th{background:#b5121b;color:#fff;padding:4px} table.items tr:nth-child(even) td{background:#f6f6f6} table.items td{padding:3px 4px}",
 "clean": "body{font-family:'DejaVu Sans';font-size:10pt;color:#111} .hdr h1{font-weight:300;font-size:24pt;margin:0 0 10px 0}"
          " table.items th{text-align:left;color:#666;border-bottom:1px solid #ccc;font-weight:normal} table.items td{padding:5px 3px;border-bottom:1px solid #eee}",
 "mono": "body{font-family:'DejaVu Sans Mono';font-size:8.5pt} .hdr h1{font-size:12pt;text-decoration:underline} table.items th{border-bottom:1px dashed #000} table.items td{padding:1px 4px}",
}
CJK = "'WenQuanYi Micro Hei','DejaVu Sans'"

def page_css(doc, style):
    fam = ""
    if doc["lang"] in ("zh", "ja"):
        fam = f"body{{font-family:{CJK} !important}}"
    return f"""@page{{size:A4;margin:14mm 13mm 16mm 13mm;@bottom-right{{content:"{doc['T']['page']} " counter(page) " / " counter(pages);font-size:7pt}}}}
table{{border-collapse:collapse;width:100%}} .r{{text-align:right}} .small{{font-size:7pt;color:#555}} .box{{border:1px solid #888;padding:5px;margin:4px 0}}
.parties{{display:flex;gap:10px;margin:10px 0}} .parties>div{{flex:1}} .tot{{width:45%;margin-left:55%;margin-top:8px}} .tot .g td{{font-weight:bold;font-size:110%;border-top:1.5px solid #000}}
.qr{{width:26mm;height:26mm;border:1px solid #000;background:repeating-linear-gradient(45deg,#000 0 2px,#fff 2px 5px);display:inline-block}}
{CSS[style]} {fam}"""

def items_rows(doc, prices=True):
    rows = []
    for i, it in enumerate(doc["items"], 1):
        if prices:
            rows.append(f"<tr><td>{i}</td><td>{E(it['sku'])}</td><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{money(doc, it['price'], False)}</td><td class=r>{money(doc, it['line'], False)}</td></tr>")
        else:
            rows.append(f"<tr><td>{i}</td><td>{E(it['sku'])}</td><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{random.Random(doc['seed']+i).randint(1, 9)} ctn</td><td class=r>{(it['qty']*0.37):.2f} kg</td></tr>")
    return "\n".join(rows)

def generic(doc, style):
    T_ = doc["T"]; s, b = doc["supplier"], doc["buyer"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    head = f"""<div class=hdr><div><h1>{E(title(doc))}</h1><div><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>{E(s['taxid'])}</div></div>
    <div class=box>{T_['no']}: <b>{E(doc['number'])}</b><br>{T_['date']}: <b>{E(dstr(doc))}</b>""" + (f"<br>{T_['due']}: {E(dstr(doc, doc['due']))}" if prices else "") + "</div></div>"
    parties = f"<div class=parties><div class=box><span class=small>{T_['buyer']}</span><br><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>{E(b['taxid'])}</div></div>"
    cols = [T_['code'], T_['desc'], T_['qty'], T_['price'], T_['amount']] if prices else [T_['code'], T_['desc'], T_['qty'], "Pkg", "Weight"]
    table = "<table class=items><thead><tr><th>#</th>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr></thead><tbody>" + items_rows(doc, prices) + "</tbody></table>"
    tot = ""
    if prices:
        r = [(T_['subtotal'], doc['subtotal'])]
        if doc['discount']: r.append((f"{T_['discount']} {doc['discount_pct']}%", -doc['discount']))
        if doc['shipping']: r.append((T_['shipping'], doc['shipping']))
        if doc['rate']: r.append((f"{doc['taxcap']} {doc['rate']}%", doc['tax']))
        tot = "<table class=tot>" + "".join(f"<tr><td>{E(a)}</td><td class=r>{money(doc, v, False)}</td></tr>" for a, v in r)
        tot += f"<tr class=g><td>{T_['total']} ({doc['currency']})</td><td class=r>{money(doc, doc['total'])}</td></tr></table>"
    foot = f"<p class=small>{E(T_['terms'])}</p>" if prices else ""
    if doc["profile"].startswith("pt"):
        foot += f"<div style='margin-top:10px'><span class=qr></span> <span class=small>{doc['atcud']} &middot; Processado por programa certificado n.º {1000+doc['seed']%900}/AT &middot; Os bens foram colocados à disposição do adquirente na data do documento.</span></div>"
    return f"<html><head><meta charset=utf-8><style>{page_css(doc, style)}</style></head><body>{head}{parties}{table}{tot}{foot}</body></html>"

def danfe(doc):
    s, b = doc["supplier"], doc["buyer"]
    icms = doc["tax"]; ipi = q2(doc["net"] * D("0.05")) if doc["seed"] % 2 else D(0)
    # DANFE: total da nota = produtos - desconto + frete + IPI (ICMS is embedded in price, shown for information)
    doc["total"] = q2(doc["subtotal"] - doc["discount"] + doc["shipping"] + ipi) + (doc["total"] - doc["net"] - doc["tax"])  # keeps deliberate error, if any
    rows = "".join(f"<tr><td>{it['sku']}</td><td>{E(it['desc'])}</td><td>8517.62.77</td><td>5102</td><td>UN</td><td class=r>{fmt_num(it['qty'],'eu')}</td><td class=r>{fmt_num(it['price'],'eu')}</td><td class=r>{fmt_num(it['line'],'eu')}</td><td class=r>{doc['rate']}</td></tr>" for it in doc["items"])
    css = page_css(doc, "tiny") + " .c td{border:1px solid #000;padding:2px 3px;vertical-align:top} .c .l{font-size:6pt;display:block;color:#333} body{font-size:7.5pt} .bar{height:12mm;background:repeating-linear-gradient(90deg,#000 0 1px,#fff 1px 3px,#000 3px 5px,#fff 5px 6px)}"
    def cell(l, v, w=""):
        return f"<td {w}><span class=l>{l}</span>{E(str(v))}</td>"
    h = f"""<table class=c><tr><td colspan=3 style='width:45%'><b style='font-size:11pt'>{E(s['name'])}</b><br>{E(s['addr'])}</td>
    <td style='text-align:center;width:18%'><b style='font-size:13pt'>DANFE</b><br>Documento Auxiliar da Nota Fiscal Eletrônica<br>0 - ENTRADA<br>1 - SAÍDA <b>[1]</b><br><b>Nº {doc['number'][:3]}.{doc['number'][3:6]}.{doc['number'][6:]}</b><br>SÉRIE 001</td>
    <td colspan=2><div class=bar></div><span class=l>CHAVE DE ACESSO</span><b>{doc['chave']}</b><br><span class=small>Consulta de autenticidade no portal nacional da NF-e</span></td></tr>
    <tr>{cell('NATUREZA DA OPERAÇÃO','VENDA DE MERCADORIA','colspan=3')}{cell('PROTOCOLO DE AUTORIZAÇÃO DE USO', f"13526{doc['seed']:010d} {dstr(doc)} 10:4{doc['seed']%10}:12",'colspan=3')}</tr>
    <tr>{cell('INSCRIÇÃO ESTADUAL', f"{110+doc['seed']%800}.{doc['seed']%997:03d}.{doc['seed']%991:03d}.1{doc['seed']%89:02d}")}{cell('CNPJ', s['taxid'].replace('CNPJ ',''),'colspan=2')}{cell('','', 'colspan=3')}</tr></table>
    <p><b>DESTINATÁRIO / REMETENTE</b></p><table class=c><tr>{cell('NOME / RAZÃO SOCIAL', b['name'],'colspan=2')}{cell('CNPJ / CPF', b['taxid'].replace('CNPJ ',''))}{cell('DATA DA EMISSÃO', dstr(doc))}</tr>
    <tr>{cell('ENDEREÇO', b['addr'],'colspan=3')}{cell('DATA DA SAÍDA', dstr(doc))}</tr></table>
    <p><b>CÁLCULO DO IMPOSTO</b></p><table class=c><tr>{cell('BASE DE CÁLCULO DO ICMS', fmt_num(doc['net'],'eu'))}{cell('VALOR DO ICMS', fmt_num(icms,'eu'))}{cell('VALOR TOTAL DOS PRODUTOS', fmt_num(doc['subtotal'],'eu'))}</tr>
    <tr>{cell('VALOR DO FRETE', fmt_num(doc['shipping'],'eu'))}{cell('DESCONTO', fmt_num(doc['discount'],'eu'))}{cell('VALOR DO IPI', fmt_num(ipi,'eu'))}</tr>
    <tr><td colspan=2></td>{cell('VALOR TOTAL DA NOTA', fmt_num(doc['total'],'eu'))}</tr></table>
    <p><b>DADOS DOS PRODUTOS / SERVIÇOS</b></p><table class=c><tr><td>CÓDIGO</td><td>DESCRIÇÃO</td><td>NCM/SH</td><td>CFOP</td><td>UN</td><td>QUANT.</td><td>V. UNIT.</td><td>V. TOTAL</td><td>ALÍQ. ICMS</td></tr>{rows}</table>
    <p><b>DADOS ADICIONAIS</b></p><div class=box style='height:20mm'>Documento emitido por ME ou EPP optante pelo Simples Nacional? NÃO. Pedido {doc['seed']*7}.</div>"""
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{h}</body></html>"

def nfse(doc):
    s, b = doc["supplier"], doc["buyer"]
    doc["total"] = doc["net"] + (doc["total"] - doc["net"] - doc["tax"])  # ISS shown but not added (retido/incluso)
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{fmt_num(it['price'],'eu')}</td><td class=r>{fmt_num(it['line'],'eu')}</td></tr>" for it in doc["items"])
    css = page_css(doc, "clean") + " .c td{border:1px solid #555;padding:4px}"
    h = f"""<table class=c><tr><td style='width:70%'><b>PREFEITURA MUNICIPAL DE {E(s['addr'].split(' - ')[-1].split(',')[0].upper())}</b><br>SECRETARIA MUNICIPAL DA FAZENDA<br><b style='font-size:14pt'>NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e</b></td>
    <td>Número da Nota<br><b>{doc['number']}</b><br>Data e Hora de Emissão<br><b>{dstr(doc)} 14:2{doc['seed']%10}:05</b><br>Código de Verificação<br><b>{doc['chave'][:14].replace(' ','').upper()}</b></td></tr></table>
    <h3>PRESTADOR DE SERVIÇOS</h3><p>{E(s['name'])}<br>{E(s['taxid'])}<br>{E(s['addr'])}</p>
    <h3>TOMADOR DE SERVIÇOS</h3><p>{E(b['name'])}<br>{E(b['taxid'])}<br>{E(b['addr'])}</p>
    <h3>DISCRIMINAÇÃO DOS SERVIÇOS</h3><table class=items><tr><th>Descrição</th><th>Qtd</th><th>Valor unit.</th><th>Valor</th></tr>{rows}</table>
    <table class=tot><tr><td>Valor dos serviços</td><td class=r>R$ {fmt_num(doc['subtotal'],'eu')}</td></tr><tr><td>Desconto incondicionado</td><td class=r>R$ {fmt_num(doc['discount'],'eu')}</td></tr>
    <tr><td>Alíquota ISS {doc['rate']}% — Valor do ISS</td><td class=r>R$ {fmt_num(doc['tax'],'eu')}</td></tr><tr class=g><td>VALOR TOTAL DA NOTA</td><td class=r>R$ {fmt_num(doc['total'],'eu')}</td></tr></table>
    <p class=small>ISS incluso no valor dos serviços. Esta NFS-e foi emitida com respaldo na Lei Complementar municipal.</p>"""
    doc["shipping"] = D(0)
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{h}</body></html>"

def cn_vat(doc):
    s, b = doc["supplier"], doc["buyer"]
    rows = "".join(f"<tr><td>*日用品*{E(it['desc'])}</td><td>{it['sku']}</td><td>个</td><td class=r>{it['qty']}</td><td class=r>{fmt_num(it['price'],'us')}</td><td class=r>{fmt_num(it['line'],'us')}</td><td class=r>{doc['rate']}%</td><td class=r>{fmt_num(q2(it['line']*D(doc['rate'])/100),'us')}</td></tr>" for it in doc["items"])
    # tax is computed per whole; rows show per-line tax (may differ by a cent, as real ones do)
    css = page_css(doc, "tiny") + " .v td{border:1px solid #a0522d;padding:3px;color:#222} .v{border:2px solid #a0522d} h1{color:#a0522d;text-align:center;font-size:18pt;letter-spacing:4px}"
    h = f"""<h1>{E(s['addr'][:2])}增值税专用发票</h1><p style='text-align:right'>发票号码: <b>{doc['number']}</b><br>开票日期: <b>{dstr(doc)}</b></p>
    <table class=v><tr><td rowspan=2 style='width:4%'>购买方</td><td>名称: {E(b['name'])}<br>{E(b['taxid'])}<br>地址: {E(b['addr'])}</td><td rowspan=2 style='width:4%'>销售方</td><td>名称: {E(s['name'])}<br>{E(s['taxid'])}<br>地址: {E(s['addr'])}</td></tr><tr><td></td><td></td></tr></table>
    <table class=v><tr><td>项目名称</td><td>规格型号</td><td>单位</td><td>数量</td><td>单价</td><td>金额</td><td>税率</td><td>税额</td></tr>{rows}
    <tr><td colspan=5>合计</td><td class=r>¥{fmt_num(doc['net'],'us')}</td><td></td><td class=r>¥{fmt_num(doc['tax'],'us')}</td></tr>
    <tr><td colspan=3>价税合计(大写)</td><td colspan=2>⊗ 人民币</td><td colspan=3>(小写) ¥{fmt_num(doc['total'],'us')}</td></tr></table>
    <p>备注: 订单号 PO{doc['seed']*13}　　开票人: 王{'丽明华'[doc['seed']%3]}</p>"""
    doc["discount"] = D(0)
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{h}</body></html>"

def letter(doc):
    s, b = doc["supplier"], doc["buyer"]
    body = {"pt": f"Prezados Senhores,<br><br>Confirmamos o recebimento do pedido {doc['number']} e informamos que o embarque está previsto para a próxima semana. A fatura será emitida no momento da expedição.<br><br>Atenciosamente,",
            "en": f"Dear Sirs,<br><br>We confirm receipt of your order {doc['number']}. Shipment is scheduled within 15 days; the commercial invoice will be issued upon loading.<br><br>Best regards,",
            "es": f"Estimados señores:<br><br>Les confirmamos la recepción de su pedido {doc['number']}. La factura se emitirá en el momento del envío.<br><br>Atentamente,"}[doc["lang"]]
    css = page_css(doc, "clean")
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body><p><b>{E(s['name'])}</b><br>{E(s['addr'])}</p><p style='margin-top:20mm'>{E(b['name'])}<br>{E(b['addr'])}</p><p style='text-align:right'>{dstr(doc)}</p><p style='margin-top:12mm'>{body}</p><p>{E(s['name'])}</p></body></html>"

def build_html(doc, style):
    p = doc["profile"]
    if doc["doc_type"] == "letter": return letter(doc)
    if p == "br_danfe": return danfe(doc)
    if p == "br_nfse": return nfse(doc)
    if p == "cn_vat": return cn_vat(doc)
    return generic(doc, style)

def weasy(htmls, out, producer_meta=None):
    import weasyprint
    weasyprint.HTML(string=htmls, base_url=WORK).write_pdf(out)

def chromium(htmls, out):
    src = out + ".html"
    open(src, "w").write(htmls)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={out}", src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
    os.remove(src)

# (name, profile, doc_type, style, engine, err, pages)
PLAN = [
 ("danfe", "br_danfe", "tax_invoice", "tiny", "weasy", None, 1), ("danfe", "br_danfe", "tax_invoice", "tiny", "weasy", None, 1),
 ("danfe", "br_danfe", "tax_invoice", "tiny", "chromium", None, 1), ("danfe", "br_danfe", "tax_invoice", "tiny", "weasy", "line", 1),
 ("danfe", "br_danfe", "tax_invoice", "tiny", "weasy", None, 2),
 ("nfse", "br_nfse", "invoice", "clean", "weasy", None, 1), ("nfse", "br_nfse", "invoice", "clean", "chromium", None, 1),
 ("bling", "br_erp", "invoice", "bling", "weasy", None, 1), ("bling", "br_erp", "proforma", "bling", "weasy", None, 1), ("tiny", "br_erp", "invoice", "tiny", "chromium", None, 1),
 ("phc", "pt_fatura", "invoice", "phc", "weasy", None, 1), ("phc", "pt_fatura", "invoice", "phc", "weasy", None, 2), ("phc", "pt_fr", "receipt", "phc", "weasy", None, 1),
 ("primavera", "pt_fatura", "invoice", "primavera", "weasy", None, 1), ("primavera", "pt_fr", "receipt", "primavera", "chromium", None, 1),
 ("primavera", "pt_fatura", "credit_note", "primavera", "weasy", None, 1), ("primavera", "pt_fatura", "invoice", "primavera", "weasy", "tax", 1),
 ("clean", "es_fact", "invoice", "clean", "weasy", None, 1), ("clean", "mx_fact", "invoice", "clean", "chromium", None, 1),
 ("clean", "fr_fac", "invoice", "clean", "weasy", None, 1), ("mono", "nl_fac", "invoice", "mono", "weasy", None, 1),
 ("clean", "de_re", "invoice", "clean", "chromium", None, 1), ("primavera", "it_fat", "invoice", "primavera", "weasy", None, 1),
 ("cnvat", "cn_vat", "tax_invoice", "tiny", "weasy", None, 1), ("cnvat", "cn_vat", "tax_invoice", "tiny", "chromium", None, 1),
 ("clean", "jp_sei", "invoice", "clean", "weasy", None, 1), ("clean", "cn_ci", "invoice", "clean", "weasy", None, 1),
 ("mono", "us_fwd", "invoice", "mono", "chromium", None, 1), ("bling", "in_gst", "tax_invoice", "bling", "weasy", None, 1),
 ("tiny", "pl_fak", "invoice", "tiny", "weasy", "total", 1),
 # non-invoices
 ("clean", "cn_ci", "packing_list", "clean", "weasy", None, 1), ("bling", "br_erp", "quotation", "bling", "weasy", None, 1),
 ("phc", "pt_fatura", "delivery_note", "phc", "chromium", None, 1), ("clean", "br_erp", "letter", "clean", "weasy", None, 1),
]

def run(seed0=1000, only=None):
    recs = []
    for i, (nm, prof, dt, style, eng, err, pg) in enumerate(PLAN):
        doc = make_doc(seed0 + i, prof, dt, err=err, pages_hint=pg)
        h = build_html(doc, style)
        fn = f"h{i:02d}_{nm}_{doc['lang']}.pdf"
        out = os.path.join(FILES, fn)
        (weasy if eng == "weasy" else chromium)(h, out)
        recs.append(label(fn, doc, f"html_{eng}_{style if prof not in ('br_danfe','br_nfse','cn_vat') else nm}", pdf_pages(out), **hints(doc)))
    return recs

if __name__ == "__main__":
    r = run()
    save_part("html", r)
    print(len(r))
