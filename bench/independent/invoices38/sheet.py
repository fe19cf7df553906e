"""A tiny spreadsheet model written out as Flat ODS (.fods) or a hand-made .xlsx, for LibreOffice to print."""
import zipfile
from xml.sax.saxutils import escape as X

STYLES = {  # name: (bold, size, fill, border, align, numfmt)
    "n": (False, 10, None, False, None, None),
    "title": (True, 18, None, False, None, None),
    "sub": (True, 12, None, False, None, None),
    "b": (True, 10, None, False, None, None),
    "small": (False, 8, None, False, None, None),
    "hdr": (True, 10, "#D9D9D9", True, "center", None),
    "cell": (False, 10, None, True, None, None),
    "cellc": (False, 10, None, True, "center", None),
    "num": (False, 10, None, True, "end", "2"),
    "int": (False, 10, None, True, "end", "0"),
    "numb": (True, 11, "#EDEDED", True, "end", "2"),
    "intb": (True, 11, "#EDEDED", True, "end", "0"),
    "cellb": (True, 10, "#EDEDED", True, None, None),
    "r": (False, 10, None, False, "end", None),
    "rb": (True, 10, None, False, "end", None),
    "pct": (False, 10, None, True, "center", "pct"),
    "numn": (False, 10, None, False, "end", "2"),
}


class Sheet:
    def __init__(self, name="Invoice", font="Arial", locale=("en", "GB"), cur_fmt=None):
        self.name, self.font, self.locale = name, font, locale
        self.cells, self.merges, self.widths, self.heights = {}, [], {}, {}
        self.formulas = {}

    def set(self, r, c, v, style="n", formula=None):
        self.cells[(r, c)] = (v, style)
        if formula:
            self.formulas[(r, c)] = formula

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    def nrows(self):
        return max(r for r, c in self.cells) + 1

    def ncols(self):
        return max(c for r, c in self.cells) + 1

    # ------------------------------------------------------------ Flat ODS
    def to_fods(self, path, landscape=False):
        lang, country = self.locale
        st = []
        for name, (bold, size, fill, border, align, nf) in STYLES.items():
            props = (f'fo:font-size="{size}pt" style:font-size-asian="{size}pt" style:font-size-complex="{size}pt" '
                     f'style:font-name="F1" style:font-name-asian="F1"'
                     + (' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""))
            cprops = ""
            if fill:
                cprops += f' fo:background-color="{fill}"'
            if border:
                cprops += ' fo:border="0.5pt solid #000000"'
            cprops += ' style:vertical-align="middle" fo:wrap-option="wrap"' if name in ("cell", "hdr") else ' style:vertical-align="middle"'
            dsn = ""
            if nf == "2":
                dsn = ' style:data-style-name="N2"'
            elif nf == "0":
                dsn = ' style:data-style-name="N0"'
            elif nf == "pct":
                dsn = ' style:data-style-name="NP"'
            para = f'<style:paragraph-properties fo:text-align="{align}"/>' if align else ""
            st.append(f'<style:style style:name="{name}" style:family="table-cell"{dsn}><style:table-cell-properties{cprops}/>{para}<style:text-properties {props}/></style:style>')
        cols = "".join(f'<style:style style:name="co{c}" style:family="table-column"><style:table-column-properties style:column-width="{self.widths.get(c, 2.2)}cm"/></style:style>'
                       for c in range(self.ncols()))
        rows = "".join(f'<style:style style:name="ro{r}" style:family="table-row"><style:table-row-properties style:row-height="{h}cm" style:use-optimal-row-height="false"/></style:style>'
                       for r, h in self.heights.items())
        merged_cover = set()
        mstart = {}
        for r1, c1, r2, c2 in self.merges:
            mstart[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        merged_cover.add((r, c))
        body = "".join(f'<table:table-column table:style-name="co{c}"/>' for c in range(self.ncols()))
        for r in range(self.nrows()):
            rs = f' table:style-name="ro{r}"' if r in self.heights else ""
            body += f"<table:table-row{rs}>"
            for c in range(self.ncols()):
                if (r, c) in merged_cover:
                    v, s = self.cells.get((r, c), ("", "n"))
                    body += f'<table:covered-table-cell table:style-name="{s}"/>'
                    continue
                span = ""
                if (r, c) in mstart:
                    rr, cc = mstart[(r, c)]
                    span = f' table:number-rows-spanned="{rr}" table:number-columns-spanned="{cc}"'
                if (r, c) not in self.cells:
                    body += f"<table:table-cell{span}/>"
                    continue
                v, s = self.cells[(r, c)]
                f = self.formulas.get((r, c))
                fa = f' table:formula="of:{X(f)}"' if f else ""
                if isinstance(v, (int, float)) or type(v).__name__ == "Decimal":
                    body += f'<table:table-cell table:style-name="{s}" office:value-type="float" office:value="{v}"{fa}{span}><text:p>{v}</text:p></table:table-cell>'
                else:
                    paras = "".join(f"<text:p>{X(p)}</text:p>" for p in str(v).split("\n"))
                    body += f'<table:table-cell table:style-name="{s}" office:value-type="string"{span}>{paras}</table:table-cell>'
            body += "</table:table-row>"
        pw, ph = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{self.font}'"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N2" number:language="{lang}" number:country="{country}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N0" number:language="{lang}" number:country="{country}"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:percentage-style style:name="NP"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F1"/></style:style>
</office:styles>
<office:automatic-styles>{cols}{rows}{''.join(st)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{'landscape' if landscape else 'portrait'}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.4cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="0" style:print="objects charts drawings"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{X(self.name)}">{body}</table:table></office:spreadsheet></office:body></office:document>"""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(xml)

    # ------------------------------------------------------------ hand-made XLSX
    def to_xlsx(self, path, landscape=False, creator="Administrator"):
        names = list(STYLES)
        fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']
        fonts, borders, xfs = [], ['<border><left/><right/><top/><bottom/><diagonal/></border>',
                                   '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'], []
        numfmt = {None: 0, "2": 4, "0": 3, "pct": 9}
        for name in names:
            bold, size, fill, border, align, nf = STYLES[name]
            fonts.append(f'<font>{"<b/>" if bold else ""}<sz val="{size}"/><name val="{self.font}"/></font>')
            fi = 0
            if fill:
                fills.append(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{fill[1:]}"/><bgColor indexed="64"/></patternFill></fill>')
                fi = len(fills) - 1
            al = {"end": "right", "center": "center", None: None}[align]
            alx = f'<alignment horizontal="{al}" vertical="center" wrapText="1"/>' if al else '<alignment vertical="center" wrapText="1"/>'
            xfs.append(f'<xf numFmtId="{numfmt[nf]}" fontId="{len(fonts) - 1}" fillId="{fi}" borderId="{1 if border else 0}" applyFont="1" applyBorder="1" applyFill="1" applyNumberFormat="1" applyAlignment="1">{alx}</xf>')
        styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="{len(fonts)}">{''.join(fonts)}</fonts>
<fills count="{len(fills)}">{''.join(fills)}</fills><borders count="2">{''.join(borders)}</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{len(xfs)}">{''.join(xfs)}</cellXfs></styleSheet>"""

        def ref(r, c):
            s = ""
            c += 1
            while c:
                c, m = divmod(c - 1, 26)
                s = chr(65 + m) + s
            return f"{s}{r + 1}"
        rows = ""
        for r in range(self.nrows()):
            ht = f' ht="{self.heights[r] * 28.35:.1f}" customHeight="1"' if r in self.heights else ""
            cs = ""
            for c in range(self.ncols()):
                if (r, c) not in self.cells:
                    continue
                v, s = self.cells[(r, c)]
                si = names.index(s)
                f = self.formulas.get((r, c))
                if isinstance(v, (int, float)) or type(v).__name__ == "Decimal":
                    fx = f"<f>{X(f.lstrip('='))}</f>" if f else ""
                    cs += f'<c r="{ref(r, c)}" s="{si}">{fx}<v>{v}</v></c>'
                else:
                    cs += f'<c r="{ref(r, c)}" s="{si}" t="inlineStr"><is><t xml:space="preserve">{X(str(v))}</t></is></c>'
            rows += f'<row r="{r + 1}"{ht}>{cs}</row>'
        cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{self.widths.get(c, 2.2) * 4.6:.1f}" customWidth="1"/>' for c in range(self.ncols()))
        merges = "".join(f'<mergeCell ref="{ref(a, b)}:{ref(c, d)}"/>' for a, b, c, d in self.merges)
        sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>
<cols>{cols}</cols><sheetData>{rows}</sheetData>{f'<mergeCells count="{len(self.merges)}">{merges}</mergeCells>' if self.merges else ''}
<pageMargins left="0.5" right="0.45" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>
<pageSetup paperSize="9" orientation="{'landscape' if landscape else 'portrait'}" fitToWidth="1" fitToHeight="0"/></worksheet>"""
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>""")
            z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>""")
            z.writestr("docProps/core.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{X(creator)}</dc:creator></cp:coreProperties>""")
            z.writestr("xl/workbook.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{X(self.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>""")
            z.writestr("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""")
            z.writestr("xl/styles.xml", styles)
            z.writestr("xl/worksheets/sheet1.xml", sheet)
