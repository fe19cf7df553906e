"""Amounts a genuine invoice adds or takes off beside its tax: an Italian professional's pension
contribution and withholding (ritenuta d'acconto), Italy's split payment, Spain's IRPF retention
and Japan's 源泉徴収. Each was a false "the totals do not add up" (I110) or a wrong tax before.
Pages are my own HTML printed by WeasyPrint."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.invoices import check_invoice

weasyprint = pytest.importorskip("weasyprint")

CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;margin:1.2cm}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:3px}"
    "td.n{text-align:right}"
)


def _check(title: str, item: tuple[str, str, str, str], totals: list[tuple[str, str]]) -> Any:
    row = "".join(f"<td>{cell}</td>" for cell in item)
    sums = "<br>".join(f"{label} {amount}" for label, amount in totals)
    html = (
        f"<html><head><style>{CSS}</style></head><body><p><b>Studio Ferri</b><br>"
        f"Via Roma 1, 20121 Milano<br>Tel. 02 1234567</p><h1>{title}</h1><table><tr>"
        f"<th>Descrizione</th><th>Q.tà</th><th>Prezzo</th><th>Importo</th></tr><tr>{row}</tr>"
        f"</table><p>{sums}</p></body></html>"
    )
    return check_invoice(weasyprint.HTML(string=html).write_pdf(), filename="f.pdf", ocr=False)


FEE = ("Consulenza fiscale marzo", "1", "1.000,00", "1.000,00")
FEE_ES = ("Servicios de asesoría marzo", "1", "1.000,00", "1.000,00")
IRPF = [("Base imponible", "1.000,00"), ("IVA 21%", "210,00"), ("Retención IRPF 15%", "-150,00")]


def test_pension_contribution_and_ritenuta() -> None:
    report = _check(
        "FATTURA N. 12/2026 del 05/03/2026",
        FEE,
        [
            ("Imponibile", "1.000,00"),
            ("Contributo integrativo 4%", "40,00"),
            ("IVA 22%", "228,80"),
            ("Totale documento", "1.268,80"),
            ("Ritenuta d'acconto 20%", "-200,00"),
            ("Netto a pagare", "1.068,80"),
        ],
    )
    assert report.fields.totals["total"] == 1268.8
    assert report.fields.totals["withholding"] == 200.0
    assert not {"I109", "I110", "I116"} & report.codes


def test_split_payment_vat_taken_back_is_not_a_second_tax() -> None:
    report = _check(
        "FATTURA N. 13/2026 del 05/03/2026",
        ("Toner laser", "10", "100,00", "1.000,00"),
        [
            ("Imponibile", "1.000,00"),
            ("IVA 22% (scissione dei pagamenti art. 17-ter)", "220,00"),
            ("Totale documento", "1.220,00"),
            ("IVA in split payment", "-220,00"),
            ("Netto a pagare", "1.000,00"),
        ],
    )
    assert report.fields.totals["tax"] == 220.0
    assert not {"I109", "I110", "I116"} & report.codes


def test_total_after_irpf_retention_adds_up() -> None:
    report = _check(
        "FACTURA N.º 2026-041 Fecha: 05/03/2026", FEE_ES, [*IRPF, ("Total", "1.060,00")]
    )
    assert report.fields.totals["total"] == 1060.0
    assert not {"I109", "I110", "I116"} & report.codes


def test_a_wrong_total_after_retention_is_still_found() -> None:
    report = _check(
        "FACTURA N.º 2026-041 Fecha: 05/03/2026", FEE_ES, [*IRPF, ("Total", "1.070,00")]
    )
    assert "I110" in report.codes


def test_japanese_withholding_is_no_tax() -> None:
    report = _check(
        "請求書 2026年3月5日",
        ("ロゴデザイン", "1", "100,000", "100,000"),
        [
            ("小計", "100,000"),
            ("消費税(10%)", "10,000"),
            ("源泉徴収税額", "-10,210"),
            ("ご請求金額", "99,790"),
        ],
    )
    assert report.fields.totals["tax"] == 10000.0
    assert report.fields.totals["withholding"] == 10210.0
    assert not {"I109", "I110", "I116"} & report.codes
