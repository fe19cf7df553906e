"""Spreadsheets (flat ODS and XLSX written as XML by hand), CSV, and Word documents
(python-docx) for LibreOffice to export as PDF."""
import os, io, zipfile, datetime as dt
from xml.sax.saxutils import escape as X
from decimal import Decimal
from common import D, q, logo_png, pl_words
from i18n import L, title, PAY_TERMS, date_label, num_label
from html_layouts import TAXLBL, legal_notes, footer_legal


# ------------------------------------------------------------------ neutral grid model of an invoice
def grid_invoice(doc, with_rate=None, typed_total=None):
    """Returns list of rows; each row is list of cells: dict(v=..., t='s'|'n'|'d'|'f', st=style, f=formula).
    Columns: A code, B desc, C qty, D price, E rate, F amount."""
    lang, f = doc["lang"], doc["fmt"]
    s, b = doc["supplier"], doc["buyer"]
    rows = []
    S = lambda v, st="txt": dict(v=v, t="s", st=st)
    N = lambda v, st="num": dict(v=v, t="n", st=st)
    rows.append([S(s["name"], "h1")])
    for a in s.get("addr", []):
        rows.append([S(a)])
    rows.append([S(f"{TAXLBL.get(s['cc'], 'VAT')}: {s.get('taxid') or s.get('siret') or s.get('stnr') or ''}  ·  {L(lang, 'tel')} {s.get('phone', '')}")])
    rows.append([])
    ttl = doc.get("title") or title(lang, doc["doc_type"])
    rows.append([S(ttl, "title"), None, None, S(num_label(lang, doc["doc_type"]), "lbl"), None, S(doc["number"], "bold")])
    rows.append([None, None, None, S(date_label(lang, doc["doc_type"]), "lbl"), None, dict(v=doc["date"], t="d", st="date")])
    if doc.get("due") and doc["doc_type"] in ("invoice", "proforma"):
        rows.append([None, None, None, S(L(lang, "due"), "lbl"), None, dict(v=doc["due"], t="d", st="date")])
    if doc.get("incoterm"):
        rows.append([None, None, None, S("Terms", "lbl"), None, S(doc["incoterm"], "bold")])
    rows.append([])
    if b:
        rows.append([S(L(lang, "bill_to") if doc["doc_type"] != "purchase_order" else L(lang, "supplier"), "lbl")])
        rows.append([S(b["name"], "bold")])
        for a in b.get("addr", []):
            rows.append([S(a)])
        if b.get("taxid"):
            rows.append([S(f"{TAXLBL.get(b['cc'], 'VAT')}: {b['taxid']}")])
        rows.append([])
    show_rate = with_rate if with_rate is not None else len({ln["rate"] for ln in doc["lines"]}) > 1
    no_price = doc["doc_type"] in ("delivery_note", "packing_list")
    head = [S(L(lang, "code"), "th"), S(L(lang, "desc"), "th"), S(doc.get("qty_label") or L(lang, "qty"), "thr")]
    if not no_price:
        head += [S(L(lang, "price"), "thr"), S(L(lang, "rate") if show_rate else "", "thr"), S(L(lang, "amount"), "thr")]
    rows.append(head)
    first = len(rows) + 1
    for ln in doc["lines"]:
        r = len(rows) + 1
        row = [S(ln.get("sku", ""), "td"), S(ln["desc"], "td"), N(ln["qty"], "qty")]
        if not no_price:
            row += [N(ln["price"], "num_td"), N(ln["rate"], "pct") if show_rate else S("", "td"),
                    dict(v=ln["net"], t="n", st="num_td") if doc.get("no_total") else dict(v=ln["net"], t="n", st="num_td", f=f"ROUND(C{r}*D{r}{'*(1-' + str(ln['disc'] / 100) + ')' if ln.get('disc') else ''},2)" if not doc.get("arith_error") else None)]
        rows.append(row)
    last = len(rows)
    if no_price:
        rows.append([])
        if doc.get("pack_totals"):
            rows.append([S(doc["pack_totals"], "bold")])
        return rows
    rows.append([])
    if doc.get("no_total"):
        for n in doc.get("notes", []):
            rows.append([S(n, "small")])
        return rows
    tot_rows = []
    sub_r = len(rows) + 1
    rows.append([None, None, None, S(L(lang, "subtotal"), "lbl"), None, dict(v=doc["subtotal"], t="n", st="cur", f=f"SUM(F{first}:F{last})" if not doc.get("arith_error") else None)])
    if doc.get("disc_amt"):
        rows.append([None, None, None, S(f"{L(lang, 'discount')} {f.pct(doc['disc_pct'])}", "lbl"), None, dict(v=-doc["disc_amt"], t="n", st="cur")])
    if doc.get("ship"):
        rows.append([None, None, None, S(L(lang, "shipping"), "lbl"), None, dict(v=doc["ship"], t="n", st="cur")])
    tax_refs = []
    if doc["regime"] == "domestic":
        for t in doc["taxes"]:
            if len(doc["taxes"]) > 1 or doc.get("disc_amt") or doc.get("ship"):
                rows.append([None, None, None, S(f"{L(lang, 'base')} {f.pct(t['rate'])}", "lbl"), None, dict(v=t["base"], t="n", st="cur")])
            r = len(rows) + 1
            base_ref = f"F{r - 1}" if (len(doc["taxes"]) > 1 or doc.get("disc_amt") or doc.get("ship")) else f"F{sub_r}"
            rows.append([None, None, None, S(f"{L(lang, 'vat')} {f.pct(t['rate'])}", "lbl"), None,
                         dict(v=t["tax"], t="n", st="cur", f=f"ROUND({base_ref}*{t['rate'] / 100},2)" if not doc.get("arith_error") else None)])
            tax_refs.append(f"F{r}")
            if t.get("re"):
                rows.append([None, None, None, S(f"{L(lang, 're')} {f.pct(t['re_rate'])}", "lbl"), None, dict(v=t["re"], t="n", st="cur")])
    if doc.get("irpf"):
        rows.append([None, None, None, S(f"{L(lang, 'irpf')} {f.pct(doc['irpf_rate'])}", "lbl"), None, dict(v=-doc["irpf"], t="n", st="cur")])
    tot_f = None
    if not doc.get("arith_error") and not typed_total:
        tot_f = f"SUM(F{sub_r}:F{len(rows)})" if (doc.get("disc_amt") or doc.get("ship") or doc.get("irpf") or doc.get("re_total") or len(doc["taxes"]) > 1) and False else None
        if not tot_f:
            # explicit: subtotal (- discount + shipping) + taxes (+RE) - IRPF, i.e. sum of the amount cells except the bases
            refs = [f"F{i + 1}" for i in range(sub_r - 1, len(rows)) if rows[i] and len(rows[i]) > 5 and rows[i][5] and not str(rows[i][3]["v"]).startswith(L(lang, "base"))]
            tot_f = "+".join(refs)
    rows.append([None, None, None, S(L(lang, "total"), "tot_lbl"), None, dict(v=doc["total"], t="n", st="tot", f=tot_f)])
    rows.append([])
    for n in legal_notes(doc):
        rows.append([S(n, "small")])
    if doc.get("payment") is not False and doc["doc_type"] in ("invoice", "proforma"):
        rows.append([S(f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}", "small")])
        if s.get("iban"):
            rows.append([S(f"IBAN {s['iban']}  BIC {s.get('bic', '')}", "small")])
        elif s.get("bank"):
            rows.append([S(f"Bank: {s['bank']}  A/C {s.get('account', '')}  SWIFT {s.get('swift', '')}", "small")])
    if doc.get("words"):
        rows.append([S(f"Słownie: {pl_words(doc['total'])}", "small")])
    fl = footer_legal(doc)
    if fl:
        rows.append([])
        rows.append([S(fl, "tiny")])
    return rows


# ------------------------------------------------------------------ flat ODS
LOCALES = {"es": ("es", "ES"), "de": ("de", "DE"), "it": ("it", "IT"), "en": ("en", "US"), "nl": ("nl", "NL"), "fr": ("fr", "FR"), "ca": ("ca", "ES"), "pt": ("pt", "PT")}


def fods_invoice(doc, rows, cur_symbol="€", header_footer=True, accent="#1f4e79", date_sep="/", font="DejaVu Sans"):
    lang = doc["lang"]
    lg, ct = LOCALES.get(lang, ("en", "US"))
    sym_after = lang not in ("en", "nl")
    cur_xml = (f'<number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text>'
               f'<number:currency-symbol number:language="{lg}" number:country="{ct}">{X(cur_symbol)}</number:currency-symbol>') if sym_after else \
              (f'<number:currency-symbol number:language="{lg}" number:country="{ct}">{X(cur_symbol)}</number:currency-symbol><number:text> </number:text>'
               f'<number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>')
    datefmt = f'<number:day number:style="long"/><number:text>{date_sep}</number:text><number:month number:style="long"/><number:text>{date_sep}</number:text><number:year number:style="long"/>'
    if lang == "en" and doc["fmt"].date == "mdy_slash":
        datefmt = '<number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/>'
    border = "0.5pt solid #808080"
    T = lambda **k: {k2.replace("_", "-"): v for k2, v in k.items()}
    bd = {"fo:border": border}
    hdr_cell = {"fo:border": border, "fo:background-color": accent}
    cell_styles = {  # name: (text properties, cell properties)
        "txt": ({}, {}), "small": ({"fo:font-size": "8pt"}, {}), "tiny": ({"fo:font-size": "7pt", "fo:color": "#666666"}, {}),
        "h1": ({"fo:font-size": "14pt", "fo:font-weight": "bold"}, {}), "title": ({"fo:font-size": "18pt", "fo:font-weight": "bold", "fo:color": accent}, {}),
        "lbl": ({"fo:color": "#555555"}, {}), "bold": ({"fo:font-weight": "bold"}, {}),
        "th": ({"fo:font-weight": "bold", "fo:color": "#ffffff"}, hdr_cell), "thr": ({"fo:font-weight": "bold", "fo:color": "#ffffff"}, hdr_cell),
        "td": ({}, bd), "qty": ({}, bd), "num_td": ({}, bd), "pct": ({}, bd), "num": ({}, {}), "cur": ({}, {}),
        "date": ({"fo:font-weight": "bold"}, {}),
        "tot": ({"fo:font-weight": "bold", "fo:font-size": "12pt"}, {"fo:border-top": "1.2pt solid #000000"}),
        "tot_lbl": ({"fo:font-weight": "bold", "fo:font-size": "12pt"}, {"fo:border-top": "1.2pt solid #000000"}),
    }
    dstyle = {"qty": "N0", "num_td": "N2", "num": "N2", "cur": "CUR", "tot": "CUR", "date": "DT", "pct": "PCT"}
    par_right = {"thr", "qty", "num_td", "num", "cur", "tot", "pct", "date"}
    st_xml = ""
    for name, (tp, cp) in cell_styles.items():
        ds = f' style:data-style-name="{dstyle[name]}"' if name in dstyle else ""
        tps = " ".join(f'{k}="{v}"' for k, v in tp.items())
        cps = " ".join(f'{k}="{v}"' for k, v in cp.items())
        st_xml += (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
                   f'<style:table-cell-properties {cps} style:vertical-align="top" fo:wrap-option="{"wrap" if name == "td" else "no-wrap"}"/>'
                   f'<style:paragraph-properties fo:text-align="{"end" if name in par_right else "start"}"/>'
                   f'<style:text-properties style:font-name="F1" {tps}/></style:style>')
    widths = ["2.3cm", "7.4cm", "1.7cm", "2.4cm", "1.7cm", "2.9cm"]
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))

    def cell(c):
        if c is None:
            return "<table:table-cell/>"
        st = c.get("st", "txt")
        fx = ""
        if c.get("f"):
            fx = " table:formula=\"of:=" + X(ods_formula(c["f"])) + "\""
        if c["t"] == "s":
            return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{X(str(c["v"]))}</text:p></table:table-cell>'
        if c["t"] == "d":
            return f'<table:table-cell table:style-name="{st}" office:value-type="date" office:date-value="{c["v"].isoformat()}"><text:p>{X(doc["fmt"].d(c["v"]))}</text:p></table:table-cell>'
        v = c["v"]
        vt = "currency" if st in ("cur", "tot") else ("percentage" if False else "float")
        extra = f' office:currency="{doc["cur"]}"' if vt == "currency" else ""
        return f'<table:table-cell table:style-name="{st}"{fx} office:value-type="{vt}"{extra} office:value="{v}"><text:p>{X(str(v))}</text:p></table:table-cell>'

    body = ""
    for r in rows:
        body += "<table:table-row>" + "".join(cell(c) for c in (r + [None] * (6 - len(r)))[:6]) + "</table:table-row>"
    hdr = "" if header_footer else '<style:header style:display="false"/><style:footer style:display="false"/>'
    if header_footer:
        hdr = (f'<style:header style:display="false"/><style:footer><text:p>{X(doc["supplier"]["name"])} – {X(doc["number"])}</text:p>'
               f'<text:p><text:page-number>1</text:page-number></text:p></style:footer>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:generator>{X(doc.get("generator", "Hoja de cálculo"))}</meta:generator><dc:title>{X(doc["number"])}</dc:title>
<meta:creation-date>{doc["date"].isoformat()}T09:30:00</meta:creation-date><dc:creator>{X(doc["supplier"]["name"])}</dc:creator></office:meta>
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N2" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N0" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="PCT" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text> %</number:text></number:number-style>
<number:currency-style style:name="CUR" number:language="{lg}" number:country="{ct}">{cur_xml}</number:currency-style>
<number:date-style style:name="DT" number:language="{lg}" number:country="{ct}">{datefmt}</number:date-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F1" fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>{cols}{st_xml}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.3cm" fo:margin-right="1.2cm" style:print="objects charts drawings"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">{hdr}</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{X(doc.get("sheet", "Factura"))}">
{"".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(6))}
{body}
</table:table></office:spreadsheet></office:body></office:document>'''


def ods_formula(f):
    import re
    return re.sub(r"\b([A-F])(\d+)\b", r"[.\1\2]", f).replace(",", ";")


# ------------------------------------------------------------------ XLSX (SpreadsheetML by hand)
def xlsx_invoice(path, doc, rows, locale_code=None, sheet="Invoice", accent="1F4E79", font="Arial", creator="Microsoft Excel"):
    """Minimal but proper xlsx: shared-nothing inline strings, formulas with cached values, styles."""
    cur = doc["cur"]
    lc = f"[$-{locale_code}]" if locale_code else ""
    symbol = {"USD": '"$"', "EUR": '"€"', "CNY": '"¥"', "GBP": '"£"'}.get(cur, f'"{cur}"')
    money_fmt = {"USD": '"US$"#,##0.00', "EUR": f'#,##0.00\\ "€"' if doc["lang"] != "en" else '"€"#,##0.00', "CNY": '"¥"#,##0.00'}.get(cur, '#,##0.00')
    if doc["fmt"].money.startswith("USD"):
        money_fmt = '"USD "#,##0.00'
    elif doc["fmt"].money.startswith("$"):
        money_fmt = '"$"#,##0.00'
    elif doc["fmt"].money.startswith("€ "):
        money_fmt = '"€ "#,##0.00'
    date_fmt = {"mon_en": "dd\\-mmm\\-yyyy", "iso": "yyyy\\-mm\\-dd", "dmy_slash": "dd/mm/yyyy", "dmy_dot": "dd\\.mm\\.yyyy", "long_en": "d\\ mmmm\\ yyyy",
                "mdy_slash": "mm/dd/yyyy", "ymd_slash": "yyyy/mm/dd", "mon_en2": "mmm\\.\\ dd\\,\\ yyyy", "dmy_dash": "dd\\-mm\\-yyyy"}.get(doc["fmt"].date, "dd/mm/yyyy")
    numfmts = [(164, lc + "#,##0.00"), (165, lc + money_fmt), (166, lc + date_fmt), (167, lc + "#,##0"), (168, '0" %"' if doc["lang"] != "en" else '0"%"')]
    fonts = [f'<font><sz val="9"/><name val="{font}"/></font>', f'<font><b/><sz val="9"/><name val="{font}"/></font>', f'<font><b/><sz val="16"/><color rgb="FF{accent}"/><name val="{font}"/></font>',
             f'<font><b/><sz val="9"/><color rgb="FFFFFFFF"/><name val="{font}"/></font>', f'<font><sz val="7.5"/><color rgb="FF555555"/><name val="{font}"/></font>',
             f'<font><b/><sz val="12"/><name val="{font}"/></font>', f'<font><b/><sz val="13"/><name val="{font}"/></font>']
    fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', f'<fill><patternFill patternType="solid"><fgColor rgb="FF{accent}"/></patternFill></fill>']
    borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>',
               '<border><left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border>',
               '<border><left/><right/><top style="medium"/><bottom/><diagonal/></border>']
    # style index map: (numFmt, font, fill, border, halign)
    X_ = {"txt": (0, 0, 0, 0, None), "small": (0, 4, 0, 0, None), "tiny": (0, 4, 0, 0, None), "h1": (0, 6, 0, 0, None), "title": (0, 2, 0, 0, None),
          "lbl": (0, 0, 0, 0, None), "bold": (0, 1, 0, 0, None), "th": (0, 3, 2, 1, None), "thr": (0, 3, 2, 1, "right"), "td": (0, 0, 0, 1, None),
          "qty": (167, 0, 0, 1, None), "num_td": (164, 0, 0, 1, None), "pct": (168, 0, 0, 1, None), "num": (164, 0, 0, 0, None), "cur": (165, 0, 0, 0, None),
          "date": (166, 1, 0, 0, "right"), "tot": (165, 5, 0, 2, None), "tot_lbl": (0, 5, 0, 2, None)}
    names = list(X_)
    xfs = "".join(f'<xf numFmtId="{a}" fontId="{b_}" fillId="{c}" borderId="{d}" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"' +
                  (f' applyAlignment="1"><alignment horizontal="{h}" vertical="top"/></xf>' if h else ' applyAlignment="1"><alignment vertical="top" wrapText="0"/></xf>')
                  for a, b_, c, d, h in X_.values())
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<numFmts count="{len(numfmts)}">' + "".join(f'<numFmt numFmtId="{i}" formatCode="{X(c, {chr(34): "&quot;"})}"/>' for i, c in numfmts) + '</numFmts>'
              f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts><fills count="{len(fills)}">{"".join(fills)}</fills><borders count="{len(borders)}">{"".join(borders)}</borders>'
              f'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{len(X_)}">{xfs}</cellXfs></styleSheet>')
    cols = "ABCDEF"
    excel_epoch = dt.date(1899, 12, 30)
    sheet_rows = ""
    for i, r in enumerate(rows):
        cells = ""
        for j, c in enumerate((r + [None] * 6)[:6]):
            if c is None:
                continue
            ref = f"{cols[j]}{i + 1}"
            s_ = names.index(c.get("st", "txt"))
            if c["t"] == "s":
                if c["v"] == "":
                    cells += f'<c r="{ref}" s="{s_}"/>'
                else:
                    cells += f'<c r="{ref}" s="{s_}" t="inlineStr"><is><t xml:space="preserve">{X(str(c["v"]))}</t></is></c>'
            elif c["t"] == "d":
                cells += f'<c r="{ref}" s="{s_}"><v>{(c["v"] - excel_epoch).days}</v></c>'
            else:
                fx = f"<f>{X(c['f'])}</f>" if c.get("f") else ""
                cells += f'<c r="{ref}" s="{s_}">{fx}<v>{c["v"]}</v></c>'
        sheet_rows += f'<row r="{i + 1}">{cells}</row>'
    widths = [12, 42, 9, 12, 8, 19]
    sheet_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
                 f'<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews><cols>' +
                 "".join(f'<col min="{k + 1}" max="{k + 1}" width="{w}" customWidth="1"/>' for k, w in enumerate(widths)) +
                 f'</cols><sheetData>{sheet_rows}</sheetData><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
                 f'<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{X(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    core = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{X(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{doc["date"].isoformat()}T02:11:00Z</dcterms:created></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels); z.writestr("xl/worksheets/sheet1.xml", sheet_xml); z.writestr("xl/styles.xml", styles)
        z.writestr("docProps/core.xml", core)


# ------------------------------------------------------------------ Word (python-docx)
def set_col_widths(table, widths):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)


def docx_invoice(path, doc, rng, font="DejaVu Sans", accent=(0x1F, 0x4E, 0x79), table_style="Table Grid", logo=True, author=None):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    lang, f = doc["lang"], doc["fmt"]
    s, b = doc["supplier"], doc["buyer"]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d.core_properties.author = author or s["name"]
    d.core_properties.created = dt.datetime.combine(doc["date"], dt.time(9, rng.randint(0, 59)))
    d.core_properties.last_modified_by = author or s["name"].split(",")[0]
    d.core_properties.title = f"{title(lang, doc['doc_type'])} {doc['number']}"
    acc = RGBColor(*accent)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    # header: logo + supplier | title
    ht = d.add_table(rows=1, cols=2)
    ht.autofit = True
    c0, c1 = ht.rows[0].cells
    if logo:
        img = logo_png(rng, s["name"], color=accent)
        bio = io.BytesIO(); img.save(bio, "PNG"); bio.seek(0)
        c0.paragraphs[0].add_run().add_picture(bio, width=Mm(45))
        p = c0.add_paragraph()
    else:
        p = c0.paragraphs[0]
    r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(11)
    tid = f"{TAXLBL.get(s['cc'], 'VAT')}: {s['taxid']}" if s.get("taxid") else (f"SIRET {s.get('siret')}" if s["cc"] == "FR" else f"Steuernummer {s.get('stnr')}")
    for a in s.get("addr", []) + [tid, f"{L(lang, 'tel')} {s.get('phone', '')} · {s.get('email', '')}"]:
        pp = c0.add_paragraph(a); pp.paragraph_format.space_after = Pt(0)
        pp.runs[0].font.size = Pt(8.5)
    ttl = doc.get("title") or title(lang, doc["doc_type"])
    tp = c1.paragraphs[0]; tp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tr = tp.add_run(ttl); tr.bold = True; tr.font.size = Pt(20); tr.font.color.rgb = acc
    rows = [(num_label(lang, doc["doc_type"]), doc["number"]), (date_label(lang, doc["doc_type"]), f.d(doc["date"]))]
    if doc.get("due") and doc["doc_type"] == "invoice":
        rows.append((L(lang, "due"), f.d(doc["due"])))
    if doc.get("order_ref"):
        rows.append((L(lang, "order_ref"), doc["order_ref"]))
    if doc.get("ksef"):
        rows.append(("KSeF", doc["ksef"]))
    if doc.get("atcud"):
        rows.append(("ATCUD", doc["atcud"]))
    for k, v in rows:
        pp = c1.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; pp.paragraph_format.space_after = Pt(0)
        pp.add_run(f"{k}: ").font.size = Pt(9)
        rr = pp.add_run(v); rr.bold = True; rr.font.size = Pt(9)
    d.add_paragraph()
    if b:
        p = d.add_paragraph(); rr = p.add_run((L(lang, "bill_to") if doc["doc_type"] != "purchase_order" else L(lang, "supplier")).upper()); rr.font.size = Pt(7.5); rr.font.color.rgb = acc
        p.paragraph_format.space_after = Pt(0)
        p = d.add_paragraph(); rr = p.add_run(b["name"]); rr.bold = True; p.paragraph_format.space_after = Pt(0)
        for a in b.get("addr", []) + ([b.get("country")] if b.get("country") else []) + ([f"{TAXLBL.get(b['cc'], 'VAT')}: {b['taxid']}"] if b.get("taxid") else []):
            pp = d.add_paragraph(a); pp.paragraph_format.space_after = Pt(0)
        d.add_paragraph()
    if doc["doc_type"] == "credit_note" and doc.get("rectifies"):
        rr = doc["rectifies"]
        d.add_paragraph(f"{L(lang, 'rectifies')}: {rr['number']} ({f.d(rr['date'])}). {L(lang, 'reason')}: {rr['reason']}")
    no_price = doc["doc_type"] in ("delivery_note", "packing_list")
    heads = ["desc", "qty"] + ([] if no_price else ["price", "amount"])
    if any(ln.get("sku") for ln in doc["lines"]):
        heads.insert(0, "code")
    if not no_price and len({ln["rate"] for ln in doc["lines"]}) > 1:
        heads.insert(-1, "rate")
    t = d.add_table(rows=1, cols=len(heads))
    t.style = table_style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(L(lang, h)); run.bold = True
        if table_style == "Table Grid":
            shade(cell, "%02X%02X%02X" % accent); run.font.color.rgb = RGBColor(255, 255, 255)
        if h in ("qty", "price", "amount", "rate"):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ln in doc["lines"]:
        cells = t.add_row().cells
        for i, h in enumerate(heads):
            v = {"code": ln.get("sku", ""), "desc": ln["desc"], "qty": f.qty(ln["qty"]), "price": f.n(ln["price"]), "amount": f.n(ln["net"]), "rate": f.pct(ln["rate"])}[h]
            cells[i].text = v
            if h in ("qty", "price", "amount", "rate"):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    widths = {"code": Mm(22), "desc": Mm(82), "qty": Mm(16), "price": Mm(22), "rate": Mm(16), "amount": Mm(26)}
    extra = Mm(174) - sum(widths[h] for h in heads)
    widths["desc"] += extra
    set_col_widths(t, [widths[h] for h in heads])
    d.add_paragraph()
    if not no_price:
        from html_layouts import totals_rows
        trs = totals_rows(doc)
        tt = d.add_table(rows=0, cols=2)
        tt.alignment = WD_TABLE_ALIGNMENT.RIGHT
        for k, v, css in trs:
            cells = tt.add_row().cells
            cells[0].text = k
            cells[1].text = v
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if css == "grand":
                for c in cells:
                    for rr in c.paragraphs[0].runs:
                        rr.bold = True; rr.font.size = Pt(11)

        set_col_widths(tt, [Mm(55), Mm(35)])
    else:
        if doc.get("pack_totals"):
            d.add_paragraph(doc["pack_totals"])
    d.add_paragraph()
    notes = legal_notes(doc)
    if doc["doc_type"] in ("invoice", "proforma") and doc.get("payment") is not False:
        notes.insert(0, f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}")
        if s.get("iban"):
            notes.insert(1, f"IBAN: {s['iban']}  ·  BIC: {s.get('bic', '')}")
    if doc.get("words"):
        notes.append(f"Słownie: {pl_words(doc['total'])}")
    for n in notes:
        p = d.add_paragraph(n); p.paragraph_format.space_after = Pt(1)
        for rr in p.runs: rr.font.size = Pt(8.5)
    if doc["doc_type"] == "delivery_note":
        d.add_paragraph("\n\n" + L(lang, "received") + ": ______________________        " + L(lang, "signature") + ": ______________________")
    fl = footer_legal(doc)
    if fl:
        fp = sec.footer.paragraphs[0]; fp.text = fl
        for rr in fp.runs: rr.font.size = Pt(7)
    d.save(path)


def simple_html(doc):
    """Old-fashioned table-based HTML (as produced by small web shops / e-mail templates) for LibreOffice Writer."""
    from html import escape as E
    from html_layouts import totals_rows
    f, lang, s, b = doc["fmt"], doc["lang"], doc["supplier"], doc["buyer"]
    ttl = doc.get("title") or title(lang, doc["doc_type"])
    rows = "".join(f"<tr><td>{E(ln['desc'])}</td><td align='right'>{f.qty(ln['qty'])}</td><td align='right'>{f.m(ln['price'])}</td><td align='right'>{f.m(ln['net'])}</td></tr>" for ln in doc["lines"])
    tots = "".join(f"<tr><td colspan='3' align='right'>{'<b>' if c == 'grand' else ''}{E(k)}{'</b>' if c == 'grand' else ''}</td><td align='right'>{'<b>' if c == 'grand' else ''}{E(v)}{'</b>' if c == 'grand' else ''}</td></tr>" for k, v, c in totals_rows(doc))
    notes = "<br>".join(E(n) for n in legal_notes(doc))
    return f"""<html><head><meta charset="utf-8"><title>{E(ttl)} {E(doc['number'])}</title></head><body>
<table width="100%" border="0"><tr><td valign="top"><font size="4"><b>{E(s['name'])}</b></font><br>{'<br>'.join(E(a) for a in s['addr'])}<br>{E(TAXLBL.get(s['cc'], 'VAT'))} : {E(s['taxid'])}<br>SIRET {E(s.get('siret', ''))}</td>
<td valign="top" align="right"><font size="5" color="#334466"><b>{E(ttl)}</b></font><br>{E(L(lang, 'number'))} {E(doc['number'])}<br>{E(L(lang, 'date'))} : {E(f.d(doc['date']))}<br>{E(L(lang, 'due'))} : {E(f.d(doc['due'])) if doc.get('due') else '-'}</td></tr></table>
<p>&nbsp;</p><table width="50%" border="1" cellpadding="4" cellspacing="0"><tr><td><b>{E(L(lang, 'bill_to'))}</b><br>{E(b['name'])}<br>{'<br>'.join(E(a) for a in b['addr'])}<br>{E(TAXLBL.get(b['cc'], 'VAT'))} : {E(b.get('taxid', ''))}</td></tr></table>
<p>&nbsp;</p><table width="100%" border="1" cellpadding="3" cellspacing="0"><tr bgcolor="#dddddd"><th align="left">{E(L(lang, 'desc'))}</th><th align="right">{E(L(lang, 'qty'))}</th><th align="right">{E(L(lang, 'price'))}</th><th align="right">{E(L(lang, 'amount'))}</th></tr>
{rows}{tots}</table><p><font size="2">{E(L(lang, 'payment'))} : {E(doc.get('payment') or '')}<br>IBAN : {E(s.get('iban', ''))} – BIC {E(s.get('bic', ''))}<br>{notes}</font></p>
<p><font size="1" color="#666666">{E(footer_legal(doc))}</font></p></body></html>"""
