"""Session 13: Italian invoices as sellers receive them. Every Italian B2B invoice is an
e-invoice (FatturaPA) sent through the exchange system; the seller keeps its courtesy copy, a
PDF printed by a stylesheet: parties as labelled lines, the document type as a code (TD01), the
totals as tables of headers over amounts. Each test failed before its fix. Pages are my own
HTML printed by WeasyPrint."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.invoices import check_invoice

weasyprint = pytest.importorskip("weasyprint")

CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;margin:1.2cm}"
    "table{border-collapse:collapse;width:100%;margin-top:6px}"
    "th,td{border:1px solid #888;padding:3px 4px;text-align:left;vertical-align:top}"
    "th{font-weight:normal;font-size:7.5pt}td.n{text-align:right}"
)


def _it(value: float) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _courtesy_copy(code: str = "TD01 fattura", bollo: float = 0.0) -> tuple[bytes, float]:
    lines = [("LN-204", "Lenzuolo lino naturale", 12, 48.5), ("TV-08", "Tovaglia lavata", 6, 61.0)]
    rows, net = "", 0.0
    for ref, text, qty, price in lines:
        amount = round(qty * price, 2)
        net += amount
        rows += (
            f"<tr><td>{ref}</td><td>{text}</td><td class=n>{_it(qty)}</td>"
            f"<td class=n>{_it(price)}</td><td>PZ</td><td></td><td class=n>22,00</td>"
            f"<td class=n>{_it(amount)}</td></tr>"
        )
    tax = round(net * 0.22, 2)
    total = round(net + tax + bollo, 2)
    html = f"""<html><head><style>{CSS}</style></head><body>
<table><tr><td style="width:50%"><b>Cedente/prestatore (fornitore)</b><br>
Identificativo fiscale ai fini IVA: IT02841190377<br>Codice fiscale: 02841190377<br>
Denominazione: Filati Reno S.r.l.<br>Regime fiscale: RF01 (ordinario)<br>
Indirizzo: Via del Lavoro 18<br>Comune: Casalecchio di Reno Provincia: BO<br>
Cap: 40033 Nazione: IT<br>Telefono: 051 6130077<br>Email: amministrazione@filatireno.example</td>
<td><b>Cessionario/committente (cliente)</b><br>
Identificativo fiscale ai fini IVA: IT03390581209<br>
Denominazione: Casa Lino di Marta Ferri<br>Indirizzo: Via San Felice 41<br>
Comune: Bologna Provincia: BO<br>Cap: 40122 Nazione: IT</td></tr></table>
<table><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th>
<th>Data documento</th><th>Codice destinatario</th></tr>
<tr><td>{code}</td><td></td><td>2026/0142</td><td>05-03-2026</td><td>M5UXCR1</td></tr></table>
<table><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo unitario</th>
<th>UM</th><th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr>{rows}</table>
<p><b>RIEPILOGHI IVA E TOTALI</b></p>
<table><tr><th>esigibilità iva / riferimenti normativi</th><th>%IVA</th><th>Spese accessorie</th>
<th>Arr.</th><th>Totale imponibile</th><th>Totale imposta</th></tr>
<tr><td>I (esigibilità immediata)</td><td class=n>22,00</td><td></td><td></td>
<td class=n>{_it(net)}</td><td class=n>{_it(tax)}</td></tr></table>
<table><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Arr.</th>
<th>Totale documento</th></tr>
<tr><td class=n>{_it(bollo) if bollo else ""}</td><td></td><td></td>
<td class=n>{_it(total)}</td></tr></table>
</body></html>"""
    return weasyprint.HTML(string=html).write_pdf(), total


def _check(data: bytes) -> dict[str, Any]:
    return check_invoice(data, filename="copia.pdf", ocr=False).to_json()


def _codes(report: dict[str, Any]) -> set[str]:
    return {f["code"] for f in report["findings"]}


def test_courtesy_copy_of_an_e_invoice_is_read() -> None:
    data, total = _courtesy_copy()
    report = _check(data)
    fields = report["fields"]
    # The declared type TD01 is an invoice (no printed title: "not an invoice" before)
    assert fields["document_type"] == "invoice"
    assert fields["invoice_number"] == "2026/0142"  # under its "Numero documento" header
    # Parties: "Denominazione:" is the name, not "(fornitore)", nor the VAT number wrapped
    # under its label; ten labelled lines are one block (the phone was cut off at seven)
    assert fields["supplier"]["name"] == "Filati Reno S.r.l."
    assert fields["supplier"]["tax_id"] == "IT02841190377"
    assert fields["supplier"]["phone"] == "051 6130077"
    assert fields["buyer"]["name"] == "Casa Lino di Marta Ferri"
    # totals as headers over amounts, "Totale imposta" the tax and not the total
    assert fields["totals"]["subtotal"] == pytest.approx(total / 1.22, abs=0.01)
    assert fields["totals"]["total"] == pytest.approx(total)
    assert fields["totals"]["tax"] == pytest.approx(total - total / 1.22, abs=0.01)
    assert not {"I101", "I109", "I110"} & _codes(report)


def test_declared_credit_note_is_a_credit_note() -> None:
    data, _total = _courtesy_copy(code="TD04 nota di credito")
    assert _check(data)["fields"]["document_type"] == "credit_note"


def test_stamp_duty_is_part_of_the_total() -> None:
    # "Importo bollo 2,00": the stamp duty an exempt invoice carries is added to the total, so
    # a total that includes it adds up (a false I110 before)
    data, total = _courtesy_copy(bollo=2.0)
    report = _check(data)
    assert report["fields"]["totals"]["total"] == pytest.approx(total)
    assert "I110" not in _codes(report)


def test_totale_imposta_beside_its_amount_is_the_tax() -> None:
    # "Totale imposta 260,83" above "Totale documento": a bare "^totale" took it for the total
    # and kept it, the document's total then ignored
    html = f"""<html><head><style>{CSS}</style></head><body>
<p><b>Ciclofficina Appennino S.n.c.</b><br>Via Emilia Levante 220, 40139 Bologna<br>
Tel. 051 540 221</p><h1>FATTURA N. 88/2026 del 12/02/2026</h1>
<table><tr><th>Descrizione</th><th>Q.tà</th><th>Prezzo</th><th>Importo</th></tr>
<tr><td>Copertone tubeless</td><td class=n>10</td><td class=n>32,40</td><td class=n>324,00</td></tr>
</table><p>Totale imponibile 324,00<br>Totale imposta 71,28<br>Totale documento 395,28</p>
</body></html>"""
    report = _check(weasyprint.HTML(string=html).write_pdf())
    assert report["fields"]["totals"] == {"subtotal": 324.0, "tax": 71.28, "total": 395.28}
    assert not {"I109", "I110"} & _codes(report)


def test_spettabile_names_the_buyer() -> None:
    # "Spett.le" (to the esteemed) heads the buyer's block on Italian invoices; the buyer was
    # not read and its lines were taken for the supplier's address
    html = f"""<html><head><style>{CSS}</style></head><body>
<p><b>Ciclofficina Appennino S.n.c.</b><br>Via Emilia Levante 220, 40139 Bologna</p>
<h1>FATTURA N. 88/2026 del 12/02/2026</h1>
<p>Spett.le<br>Ruote e Raggi di Paolo Neri<br>Via Marconi 9<br>40011 Anzola dell'Emilia (BO)</p>
<table><tr><th>Descrizione</th><th>Q.tà</th><th>Prezzo</th><th>Importo</th></tr>
<tr><td>Copertone tubeless</td><td class=n>10</td><td class=n>32,40</td><td class=n>324,00</td></tr>
</table><p>Imponibile 324,00<br>IVA 22% 71,28<br>Totale fattura 395,28</p></body></html>"""
    fields = _check(weasyprint.HTML(string=html).write_pdf())["fields"]
    assert fields["buyer"]["name"] == "Ruote e Raggi di Paolo Neri"
    assert "Marconi" not in (fields["supplier"]["address"] or "")


def test_address_before_the_vat_number_is_kept() -> None:
    # "Via Venezia 9 · 35010 Vigonza (PD) · P.IVA IT03922150287": the tax number was taken and
    # the address before it dropped, so the supplier's address was "not found" (I103)
    html = f"""<html><head><style>{CSS}</style></head><body>
<p><b>Pelletterie del Brenta S.n.c.</b><br>
Via Venezia 9 · 35010 Vigonza (PD) · P.IVA IT03922150287</p>
<h1 style="text-align:right">FATTURA</h1><p style="text-align:right">Fattura n.: 60/2026<br>
Data: 28/05/2026</p><p>Spett.le<br>Ruzafa Pet Supplies S.L.<br>C/ Sueca 61, bajo<br>
46006 Valencia</p>
<table><tr><th>Descrizione</th><th>Q.tà</th><th>Prezzo</th><th>Importo</th></tr>
<tr><td>Borsa tracolla</td><td class=n>25</td><td class=n>64,94</td><td class=n>1.623,50</td></tr>
</table><p>Imponibile 1.623,50<br>Totale fattura 1.623,50</p></body></html>"""
    report = _check(weasyprint.HTML(string=html).write_pdf())
    supplier = report["fields"]["supplier"]
    assert supplier["tax_id"] == "IT03922150287"
    assert "Vigonza" in (supplier["address"] or "")
    assert "I103" not in _codes(report)
