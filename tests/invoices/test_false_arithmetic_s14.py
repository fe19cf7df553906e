"""Session 14: genuine invoices told their arithmetic is wrong (invoices12's false I109/I110).
Each test failed before its fix. Pages are my own HTML printed by WeasyPrint."""

from __future__ import annotations

from typing import Any

import pytest
from support.invoice_langs import money

from reinstate.invoices import check_invoice

weasyprint = pytest.importorskip("weasyprint")

CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;margin:1.2cm}"
    "table{border-collapse:collapse;width:100%;margin-top:8px}"
    "th,td{padding:2px 5px;text-align:left}th{font-size:7.5pt;border-bottom:1px solid #999}"
    "td.n,th.n{text-align:right}.sums{width:55%;margin-left:45%}"
)


def _it(value: float) -> str:
    return money(value, "it")


def _riepilogo(
    rates: tuple[int, ...] = (22,),
    *,
    bollo: float = 0.0,
    tax_off: float = 0.0,
    total_off: float = 0.0,
) -> bytes:
    """An e-invoice's courtesy copy: items at `rates`, a VAT summary with one row per rate
    (rate, imponibile, imposta), then "Imponibile", "Totale IVA", "Totale documento" lines."""
    goods = [("Filo di cotone ritorto", 40, 3.15), ("Bottoni in corozo", 250, 0.42)]
    goods += [("Nastro gros-grain", 30, 1.87)]
    rows, by_rate = "", {rate: 0.0 for rate in rates}
    for n, (text, qty, price) in enumerate(goods):
        rate = rates[n % len(rates)]
        amount = round(qty * price, 2)
        by_rate[rate] += amount
        rows += (
            f"<tr><td>{text}</td><td class=n>{qty}</td><td class=n>{_it(price)}</td>"
            f"<td class=n>{rate},00</td><td class=n>{_it(amount)}</td></tr>"
        )
    summary, net, vat = "", 0.0, 0.0
    for rate, base in by_rate.items():
        tax = round(base * rate / 100, 2) + (tax_off if rate == rates[0] else 0.0)
        net, vat = net + base, vat + tax
        summary += (
            f"<tr><td>{rate},00%</td><td class=n>{_it(base)}</td><td class=n>{_it(tax)}</td></tr>"
        )
    if bollo:
        summary += f"<tr><td>Bollo virtuale</td><td></td><td class=n>{_it(bollo)}</td></tr>"
    total = round(net + vat + bollo, 2) + total_off
    html = f"""<html><head><style>{CSS}</style></head><body>
<p style="font-size:7pt">Copia di cortesia del documento elettronico trasmesso allo SdI.</p>
<table><tr><td><b>Cedente / prestatore</b><br>Merceria Tosi S.r.l.<br>Via Mazzini 31<br>
42121 Reggio Emilia (RE)<br>Partita IVA: IT02239870358</td>
<td><b>Cessionario / committente</b><br>Sartoria Galli di Anna Galli<br>Via Irnerio 5<br>
40126 Bologna (BO)<br>Partita IVA: IT03811640372</td></tr></table>
<table><tr><th>Tipologia documento</th><th>Numero documento</th><th>Data documento</th></tr>
<tr><td>TD01 fattura</td><td>311/2026</td><td>14/04/2026</td></tr></table>
<table><tr><th>Descrizione</th><th class=n>Quantità</th><th class=n>Prezzo unitario</th>
<th class=n>%IVA</th><th class=n>Prezzo totale</th></tr>{rows}</table>
<p><b>RIEPILOGO IVA E TOTALI</b></p>
<table class=sums><tr><th>Aliquota IVA / Natura</th><th class=n>Imponibile</th>
<th class=n>Imposta</th></tr>{summary}</table>
<table class=sums><tr><td>Imponibile</td><td class=n>{_it(net)}</td></tr>
<tr><td>Totale IVA</td><td class=n>{_it(vat)}</td></tr>
<tr><td>Totale documento (EUR)</td><td class=n>{_it(total)}</td></tr></table>
</body></html>"""
    return weasyprint.HTML(string=html).write_pdf()


def _report(data: bytes) -> dict[str, Any]:
    return check_invoice(data, filename="copia.pdf", ocr=False).to_json()


def _arithmetic(report: dict[str, Any]) -> set[str]:
    return {f["code"] for f in report["findings"]} & {"I109", "I110", "I116"}


def test_totale_iva_under_a_vat_summary_counts_the_vat_once() -> None:
    # "22,00%  1.964,04  432,09" under "Aliquota IVA / Natura | Imponibile | Imposta", then
    # "Totale IVA 432,09": both were added, the VAT counted twice, and 18 of 20 genuine
    # courtesy copies of invoices12 were told their total was wrong
    report = _report(_riepilogo())
    assert report["fields"]["totals"]["tax"] == pytest.approx(63.16)
    assert not _arithmetic(report)


def test_a_vat_summary_of_two_rates_is_summed_by_its_total() -> None:
    # the summary's second row has no header over it; "Totale IVA" is the VAT of both rates
    report = _report(_riepilogo((22, 10)))
    assert not _arithmetic(report)


def test_stamp_duty_beside_a_vat_summary_stays_in_the_total() -> None:
    # "Bollo virtuale 2,00" is left out of "Totale IVA" and is in the total
    assert not _arithmetic(_report(_riepilogo(bollo=2.0)))


def test_errors_under_a_vat_summary_are_still_found() -> None:
    # a VAT amount that is not the summary row's rate of its base (invoices12 doc113's error,
    # found before only because the VAT was counted twice), and a total 36.00 over its parts
    assert _arithmetic(_report(_riepilogo(tax_off=11.21))) == {"I110"}
    assert _arithmetic(_report(_riepilogo(total_off=36.0))) == {"I110"}


def test_a_charge_in_a_company_name_is_no_charge() -> None:
    # "Northgate Freight Ltd · Unit 4, Ryde Park" over the address: "Freight" named a
    # shipping charge of 4.00, added to the lines, and the subtotal looked 4.00 short
    html = f"""<html><head><style>{CSS}</style></head><body>
<p>Northgate Freight Ltd · Unit 4, Ryde Park · Tilbury RM18 7HX</p><h1>INVOICE</h1>
<p>Invoice No.: NF-20931<br>Date: 3 March 2026</p>
<table><tr><th>Description</th><th class=n>Qty</th><th class=n>Unit price</th>
<th class=n>Amount</th></tr>
<tr><td>Pallet delivery to warehouse</td><td class=n>3</td><td class=n>61.20</td>
<td class=n>183.60</td></tr>
<tr><td>Customs entry</td><td class=n>1</td><td class=n>42.00</td><td class=n>42.00</td></tr>
</table><table class=sums><tr><td>Subtotal</td><td class=n>£225.60</td></tr>
<tr><td>VAT 0%</td><td class=n>£0.00</td></tr><tr><td>Total</td><td class=n>£225.60</td></tr>
</table></body></html>"""
    report = _report(weasyprint.HTML(string=html).write_pdf())
    assert "shipping" not in report["fields"]["totals"]
    assert not _arithmetic(report)


def test_a_registration_in_a_legal_footer_is_no_tax() -> None:
    # "SARL au capital de 5 000 € – RCS Nantes 412887301 – TVA FR41412887301": the RCS
    # number was read as the tax beside "TVA"
    html = f"""<html><head><style>{CSS}</style></head><body>
<p>Filature de l'Erdre SARL<br>8, quai de Versailles, 44000 Nantes</p><h1>FACTURE</h1>
<p>Facture n° FE-2026-118<br>Date : 9 mars 2026</p>
<table><tr><th>Désignation</th><th class=n>Qté</th><th class=n>P.U. HT</th>
<th class=n>Montant HT</th></tr>
<tr><td>Fil de lin teint</td><td class=n>40</td><td class=n>6,15</td><td class=n>246,00</td></tr>
</table><table class=sums><tr><td>Total HT</td><td class=n>246,00 €</td></tr>
<tr><td>TVA 0%</td><td class=n>0,00 €</td></tr>
<tr><td>Net à payer</td><td class=n>246,00 €</td></tr></table>
<p style="font-size:7pt">SARL au capital de 5 000 € – RCS Nantes 412887301 –
TVA FR41412887301. Pénalités de retard au taux légal.</p></body></html>"""
    report = _report(weasyprint.HTML(string=html).write_pdf())
    assert report["fields"]["totals"]["tax"] == 0
    assert not _arithmetic(report)


def test_an_article_number_under_the_total_is_no_tax() -> None:
    # "ai sensi dell'art. 1, commi 54-89, L. 190/2014. Imposta di bollo assolta" under the
    # total of a flat-rate supplier: "art. 1," was taken for a tax of 1.00 in place of the
    # "Marca da bollo € 2,00" line above
    html = f"""<html><head><style>{CSS}</style></head><body>
<p>Grafiche Reno di Luca Bassi<br>Via Porrettana 12, 40033 Casalecchio di Reno</p>
<h1>FATTURA</h1><p>Fattura n. 41/2026<br>Data: 17/03/2026</p>
<table><tr><th>Descrizione</th><th class=n>Q.tà</th><th class=n>Prezzo unit.</th>
<th class=n>Importo</th></tr>
<tr><td>Stampa cartoline</td><td class=n>500</td><td class=n>0,31</td><td class=n>155,00</td></tr>
</table><table class=sums><tr><td>Imponibile</td><td class=n>€ 155,00</td></tr>
<tr><td>Marca da bollo</td><td class=n>€ 2,00</td></tr>
<tr><td>Totale documento</td><td class=n>€ 157,00</td></tr></table>
<p>Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014. Imposta di
bollo assolta sull'originale.</p></body></html>"""
    report = _report(weasyprint.HTML(string=html).write_pdf())
    assert report["fields"]["totals"]["tax"] == 2.0
    assert not _arithmetic(report)


def test_a_rate_column_headed_iva_percent_is_no_tax() -> None:
    # "Imponibile | IVA% | Imposta | Totale fattura" over "2.096,80 | 22 | 461,30 | 2.558,10"
    # (a receipt pad's totals row): the rate 22 under "IVA%" was added to the tax
    html = f"""<html><head><style>{CSS}</style></head><body>
<p>Ferramenta Savena di Elio Conti<br>Via Toscana 80, 40141 Bologna</p><h1>FATTURA</h1>
<p>N. 77/2026 del 02/02/2026</p>
<table><tr><th>Descrizione</th><th class=n>Q.tà</th><th class=n>Prezzo</th>
<th class=n>Importo</th></tr>
<tr><td>Buste imbottite</td><td class=n>1.000</td><td class=n>0,3930</td>
<td class=n>393,00</td></tr></table>
<table><tr><th>Imponibile</th><th>IVA%</th><th>Imposta</th><th>Totale fattura</th></tr>
<tr><td>393,00</td><td>22</td><td>86,46</td><td>479,46</td></tr></table></body></html>"""
    report = _report(weasyprint.HTML(string=html).write_pdf())
    assert report["fields"]["totals"]["tax"] == 86.46
    assert not _arithmetic(report)


def test_an_item_code_ocr_doubted_leaves_the_row_s_amounts_sure() -> None:
    # A scan's row "Tv-1418 Tovaglia  6  17,29  193,74": the code read at confidence 33, the
    # numbers at 96. The row's 6 × 17,29 = 103,74 is the supplier's error (I109), not a
    # reading in doubt (I116)
    from support.arith_check import codes_found
    from support.ocr_words import word

    from reinstate.invoices.fields import build_lines, extract

    words = [{**word("FATTURA", 400, 20), "conf": 95}, {**word("Merceria Po", 50, 60), "conf": 95}]
    for top, cells in (
        (100, [("Descrizione", 60, 90), ("Q.tà", 330, 90), ("Prezzo", 400, 90)]),
        (100, [("Importo", 500, 90)]),
        (120, [("Tv-1418", 60, 33), ("Tovaglia", 110, 92), ("6", 340, 96), ("17,29", 400, 96)]),
        (120, [("193,74", 500, 96)]),
    ):
        words += [{**word(text, x, top), "conf": conf} for text, x, conf in cells]
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert codes_found(fields, ocr=True, file_type="jpeg") & {"I109", "I116"} == {"I109"}


def test_a_packing_list_s_carton_count_is_no_total() -> None:
    # "Total cartons: 86 CTNS ... Meas. 7.82 CBM": 7.82 was the total, then compared with the
    # amounts of the lines once those were read
    from support.ocr_words import text_lines

    from reinstate.invoices.fields import extract

    fields = extract(
        text_lines(
            (20, [("PACKING", 250, 300), ("LIST", 303, 330)]),
            (60, [("Total", 58, 80), ("cartons:", 83, 120), ("86", 123, 133), ("CTNS", 136, 160)]),
            (60, [("Meas.", 200, 225), ("7.82", 228, 245), ("CBM", 248, 268)]),
        )
    )
    assert "total" not in fields.totals
