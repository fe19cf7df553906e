"""Polish VAT invoices as Polish invoicing programs print them, with arithmetic errors.

Columns Lp. | Nazwa towaru lub usługi | Ilość | J.m. | Cena netto | Wartość netto | Stawka VAT |
Kwota VAT | Wartość brutto; a "Razem" row with the three sums; "Do zapłaty: 1 234,56 zł" and the
amount in words. Amounts as "1 234,56" (a space or a no-break space between groups).

`make_polish_vat(spec, created, error=...)`: error is None (genuine) or one of ERRORS:
- "line_net": one line's net value is not quantity × net price;
- "line_gross": one line's gross value is not net + VAT;
- "razem": the Razem row's net sum is not the sum of the lines;
- "do_zaplaty": the amount to pay is not the Razem gross sum.
`engine="calc"` prints the same table from LibreOffice Calc (an .fods sheet converted to PDF).
`engine="rates"` prints another common layout: the unit price before the VAT rate, the net
value after it, a summary by VAT rate ("Stawka VAT | Wartość netto | Kwota VAT | Wartość
brutto", one row per rate and "Razem"), and "Do zapłaty:" with the amount on the line below
("32 019,25 PLN").
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from support import invoice_corpus as corpus

ERRORS = ("line_net", "line_gross", "razem", "do_zaplaty")
HEADS = (
    "Lp.",
    "Nazwa towaru lub usługi",
    "Ilość",
    "J.m.",
    "Cena netto",
    "Wartość netto",
    "Stawka VAT",
    "Kwota VAT",
    "Wartość brutto",
)


def zl(value: float, nbsp: bool = True) -> str:
    sep = "\u00a0" if nbsp else " "
    return f"{value:,.2f}".replace(",", sep).replace(".", ",")


def rows(spec: Any, error: str | None) -> tuple[list[list[str]], list[float], float]:
    """The table's rows as printed, the Razem sums (net, VAT, gross) and the amount to pay."""
    out: list[list[str]] = []
    net_sum = vat_sum = gross_sum = 0.0
    for i, (desc, _code, q, p) in enumerate(spec.items):
        rate = 0.08 if i == 2 else 0.23
        net = round(q * p, 2)
        vat = round(net * rate, 2)
        gross = round(net + vat, 2)
        net_sum, vat_sum, gross_sum = net_sum + net, vat_sum + vat, gross_sum + gross
        shown_net, shown_gross = net, gross
        if error == "line_net" and i == 0:
            shown_net, shown_gross = round(net + 50, 2), round(gross + 50, 2)
        if error == "line_gross" and i == 0:
            shown_gross = round(gross + 40, 2)
        row = [f"{i + 1}", desc, f"{q}", "szt.", zl(p), zl(shown_net), f"{round(rate * 100)}%"]
        out.append([*row, zl(vat), zl(shown_gross)])
    sums = [round(net_sum, 2), round(vat_sum, 2), round(gross_sum, 2)]
    if error == "razem":
        sums = [round(sums[0] + 100, 2), sums[1], round(sums[2] + 100, 2)]
    pay = round(sums[2] + (70 if error == "do_zaplaty" else 0), 2)
    return out, sums, pay


def make_polish_vat(
    spec: Any, created: datetime, error: str | None = None, engine: str = "reportlab"
) -> bytes:
    if engine == "calc":
        return make_polish_calc([spec], [error])[0]
    with corpus.source_date_epoch(created):
        return _rates(spec, error) if engine == "rates" else _reportlab(spec, error)


def _reportlab(spec: Any, error: str | None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = corpus._rl_latin()
    table, sums, pay = rows(spec, error)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setCreator("Sfera Faktury 2.4")
    width, height = A4
    y = height - 56
    c.setFont(bold, 16)
    c.drawRightString(width - 40, y, f"Faktura VAT nr {spec.number}")
    c.setFont(regular, 9.5)
    c.drawRightString(width - 40, y - 18, f"Data wystawienia: {corpus._date_text(spec)}")
    c.drawRightString(width - 40, y - 31, f"Data sprzedaży: {corpus._date_text(spec)}")
    c.setFont(bold, 9.5)
    c.drawString(40, y - 60, "Sprzedawca:")
    c.drawString(300, y - 60, "Nabywca:")
    c.setFont(regular, 9.5)
    yy = y - 74
    left = [spec.supplier, *spec.supplier_address, "NIP: 525-000-12-34", f"Tel.: {spec.phone}"]
    left += [f"E-mail: {spec.email}", f"WWW: {spec.website}"]
    right = [spec.buyer, *spec.buyer_address, "NIP: 583-111-22-33"]
    for i in range(max(len(left), len(right))):
        if i < len(left):
            c.drawString(40, yy, left[i])
        if i < len(right):
            c.drawString(300, yy, right[i])
        yy -= 12
    y = yy - 18
    # x of each column's right edge (text columns: left edge)
    xs = [52, 58, 205, 212, 275, 340, 390, 450, 555]
    c.setFont(bold, 7)
    for k, head in enumerate(HEADS):
        if k in (1, 3):
            c.drawString(xs[k], y, head)
        else:
            c.drawRightString(xs[k], y, head)
    c.line(40, y - 4, 555, y - 4)
    c.setFont(regular, 8)
    y -= 16
    for row in table:
        for k, cell in enumerate(row):
            if k in (1, 3):
                c.drawString(xs[k], y, cell[:30])
            else:
                c.drawRightString(xs[k], y, cell)
        y -= 13
    c.line(40, y + 8, 555, y + 8)
    c.setFont(bold, 8)
    c.drawString(xs[3], y - 2, "Razem:")
    for k, value in zip((5, 7, 8), sums, strict=True):
        c.drawRightString(xs[k], y - 2, zl(value))
    y -= 30
    c.setFont(bold, 11)
    c.drawString(40, y, f"Do zapłaty: {zl(pay)} zł")
    c.setFont(regular, 9)
    c.drawString(40, y - 14, "Słownie: zgodnie z kwotą do zapłaty")
    c.drawString(40, y - 28, "Sposób płatności: przelew, termin 14 dni")
    c.drawString(40, 60, "Nr rachunku: PL61 1090 1014 0000 0712 1981 2874")
    c.showPage()
    c.save()
    return buf.getvalue()


RATE_HEADS = (
    "Lp.",
    "Nazwa",
    "Ilość",
    "J.m.",
    "Cena netto",
    "VAT %",
    "Wartość netto",
    "Kwota VAT",
    "Wartość brutto",
)


def _rates(spec: Any, error: str | None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = corpus._rl_latin()
    table, sums, pay = rows(spec, error)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setCreator("inFakt")
    width, height = A4
    y = height - 50
    c.setFont(bold, 12)
    c.drawString(40, y, spec.supplier)
    c.setFont(regular, 9)
    for k, text in enumerate([*spec.supplier_address, f"Tel. {spec.phone}", spec.website]):
        c.drawString(40, y - 14 - 11 * k, text)
    c.setFont(bold, 15)
    c.drawRightString(width - 40, y, "FAKTURA")
    c.setFont(regular, 9)
    c.drawRightString(width - 40, y - 16, f"nr {spec.number}")
    c.drawRightString(width - 40, y - 28, f"Data wystawienia: {corpus._date_text(spec)}")
    y -= 110
    c.setFont(bold, 9)
    c.drawString(300, y, "Nabywca")
    c.setFont(regular, 9)
    for k, text in enumerate([spec.buyer, *spec.buyer_address]):
        c.drawString(300, y - 12 - 11 * k, text)
    y -= 70
    xs = [52, 58, 225, 232, 300, 340, 410, 475, 555]
    c.setFont(bold, 7)
    for k, head in enumerate(RATE_HEADS):
        (c.drawString if k in (1, 3) else c.drawRightString)(xs[k], y, head)
    c.line(40, y - 4, 555, y - 4)
    c.setFont(regular, 8)
    y -= 16
    for row in table:
        # this layout's order: price, rate, net, VAT, gross
        lp, desc, qty, unit, price, net, rate, vat, gross = row
        for k, cell in enumerate((lp, desc, qty, unit, price, rate, net, vat, gross)):
            (c.drawString if k in (1, 3) else c.drawRightString)(xs[k], y, cell[:34])
        y -= 13
    # the summary by rate, under the table's right half
    y -= 14
    c.setFont(bold, 7)
    for x, head in zip((340, 410, 475, 555), ("Stawka", *RATE_HEADS[6:]), strict=True):
        c.drawRightString(x, y, head)
    c.setFont(regular, 8)
    by_rate: dict[str, list[float]] = {}
    for row in table:
        acc = by_rate.setdefault(row[6], [0.0, 0.0, 0.0])
        for i, cell in enumerate((row[5], row[7], row[8])):
            acc[i] += float(cell.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    for rate, (net, vat, gross) in by_rate.items():
        y -= 12
        c.drawRightString(340, y, rate)
        for x, value in zip((410, 475, 555), (net, vat, gross), strict=True):
            c.drawRightString(x, y, zl(value))
    y -= 13
    c.setFont(bold, 8)
    c.drawRightString(340, y, "Razem")
    for x, value in zip((410, 475, 555), sums, strict=True):
        c.drawRightString(x, y, zl(value))
    y -= 30
    c.setFont(bold, 10)
    c.drawString(300, y, "Do zapłaty:")
    c.setFont(bold, 13)
    c.drawString(300, y - 16, f"{zl(pay)} PLN")
    c.setFont(regular, 8)
    c.drawString(
        40, 60, "Sposób płatności: przelew 14 dni. Konto: 61 1090 1014 0000 0712 1981 2874"
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def make_polish_calc(specs: list[Any], errors: list[str | None]) -> list[bytes]:
    """The same invoices typed into LibreOffice Calc cells and exported to PDF."""
    sheets = []
    for spec, error in zip(specs, errors, strict=True):
        table, sums, pay = rows(spec, error)
        cells: list[list[str]] = [
            ["", "", "", "", "", "Faktura VAT nr", spec.number],
            ["", "", "", "", "", "Data wystawienia:", corpus._date_text(spec)],
            ["Sprzedawca:", "", "", "", "", "Nabywca:"],
        ]
        left = [
            spec.supplier,
            *spec.supplier_address,
            f"Tel.: {spec.phone}",
            f"WWW: {spec.website}",
        ]
        right = [spec.buyer, *spec.buyer_address]
        for i in range(max(len(left), len(right))):
            cells.append(
                [
                    left[i] if i < len(left) else "",
                    "",
                    "",
                    "",
                    "",
                    right[i] if i < len(right) else "",
                ]
            )
        cells.append([])
        cells.append(list(HEADS))
        cells += [[c.replace("\u00a0", "") for c in row] for row in table]
        net, vat, gross = _plain(*sums)
        cells.append(["", "", "", "Razem:", "", net, "", vat, gross])
        cells.append([])
        cells.append(["", "Do zapłaty:", f"{_plain(pay)[0]} zł"])
        sheets.append(cells)
    return _calc_to_pdf(sheets)


# Column widths as a bookkeeper sets them: the description wide, the amounts just wide enough
# (the headers "Wartość netto" and "Stawka VAT" wrap onto two lines in their cells).
_COLGROUP = "".join(f'<col width="{w}">' for w in (30, 190, 45, 35, 60, 70, 50, 60, 75))


def _plain(*values: float) -> list[str]:
    return [f"{v:.2f}".replace(".", ",") for v in values]


def _cell(text: str) -> str:
    import html

    return f"<td>{html.escape(text)}</td>"


def _calc_to_pdf(sheets: list[list[list[str]]]) -> list[bytes]:
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="reinstate-plcalc-") as tmp:
        paths = []
        for i, cells in enumerate(sheets):
            body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in cells)
            path = Path(tmp) / f"pl{i}.html"
            path.write_text(
                f'<html><head><meta charset="utf-8"></head><body><table>{_COLGROUP}{body}'
                "</table></body></html>",
                encoding="utf-8",
            )
            paths.append(path)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{Path(tmp) / 'profile'}", "--headless",
             "--infilter=HTML (StarCalc)", "--convert-to", "pdf:calc_pdf_Export",
             "--outdir", tmp, *map(str, paths)],
            capture_output=True, timeout=240, check=True,
        )  # fmt: skip
        return [(Path(tmp) / f"pl{i}.pdf").read_bytes() for i in range(len(sheets))]
