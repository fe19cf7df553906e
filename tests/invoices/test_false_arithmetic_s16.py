"""Session 16: genuine invoices told their arithmetic is wrong, outside the GST layouts
(tests/invoices/test_gst_india_s16.py). Each test failed before its fix. Pages are my own HTML
printed by WeasyPrint."""

from __future__ import annotations

from typing import Any

import pytest
from support.invoice_langs import money

from reinstate.invoices import check_invoice

weasyprint = pytest.importorskip("weasyprint")

CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:8pt;margin:1.2cm}"
    "table{border-collapse:collapse;width:100%;margin-top:8px}"
    "th,td{padding:2px 6px;text-align:left;vertical-align:top}td.n,th.n{text-align:right}"
)


def _arithmetic(data: bytes) -> list[tuple[str, Any]]:
    report = check_invoice(data, filename="x.pdf", ocr=False).to_json()
    return [(f["code"], f.get("params")) for f in report["findings"]
            if f["code"] in ("I109", "I110", "I114", "I116")]  # fmt: skip


def _export_invoice(lang: str, exempt: str, total_off: float = 0.0) -> bytes:
    """An exporter's invoice with no VAT: "IVA 0%  0,00", then the exemption's article, its
    law's name wrapped onto the next line ("... (art. 21" / "LIVA)")."""
    words = {
        "es": ("FACTURA", "Descripción", "Cant.", "Precio", "Importe", "Base imponible",
               "IVA 0%", "TOTAL FACTURA"),
        "fr": ("FACTURE", "Désignation", "Qté", "Prix unitaire", "Montant", "Total HT",
               "TVA 0%", "Total TTC"),
    }[lang]  # fmt: skip
    goods = [("Cuerda de yute trenzada 8 mm", 35, 4.60), ("Saco de arpillera 60x90", 120, 2.15)]
    rows, net = "", 0.0
    for text, qty, price in goods:
        amount = round(qty * price, 2)
        net += amount
        rows += (
            f"<tr><td>{text}</td><td class=n>{qty}</td><td class=n>{money(price, lang)}</td>"
            f"<td class=n>{money(amount, lang)}</td></tr>"
        )
    sums = (
        f"<tr><td>{words[5]}</td><td class=n>{money(net, lang)}</td></tr>"
        f"<tr><td>{words[6]}</td><td class=n>{money(0, lang)}</td></tr>"
        f"<tr><td style='white-space:nowrap'>{exempt}</td><td></td></tr>"
        f"<tr><td>{words[7]}</td><td class=n>{money(net + total_off, lang)} €</td></tr>"
    )
    page = (
        f"<h2>{words[0]}</h2><p>Nº 2026-0418 · 03/02/2026</p>"
        "<p>Cordelería Albacete S.L. · Calle Mayor 12, 02001 Albacete</p>"
        f"<table><tr><th>{words[1]}</th><th class=n>{words[2]}</th><th class=n>{words[3]}</th>"
        f"<th class=n>{words[4]}</th></tr>{rows}</table>"
        f"<table style='width:45%;margin-left:55%'>{sums}</table>"
    )
    html = f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body>{page}</body></html>"
    return weasyprint.HTML(string=html).write_pdf()


@pytest.mark.parametrize(
    "lang,exempt",
    [
        ("es", "Exento de IVA - exportación (art. 21<br>LIVA)"),
        ("fr", "Exonération de TVA, art. 262<br>ter I du CGI"),
    ],
)
def test_an_exemptions_article_is_no_tax(lang: str, exempt: str) -> None:
    """The article's number ends its line, the law's name wrapped onto the next: "21" was
    read as a tax of 21 and the total looked 21 short of its sum."""
    assert _arithmetic(_export_invoice(lang, exempt)) == []
    assert "I110" in {c for c, _ in _arithmetic(_export_invoice(lang, exempt, 21.0))}


def _narrow_price_head(off: float = 0.0) -> bytes:
    """An Italian invoice whose price column is too narrow for its header: the word processor
    breaks "Prezzo" inside the word ("Prezz" / "o" / "unit.")."""
    goods = [("Tessuto di lino grezzo h.150", 6, 14.35), ("Fodera in raso h.140", 9, 8.90)]
    rows, net = "", 0.0
    for n, (text, qty, price) in enumerate(goods):
        amount = round(qty * price, 2) + (off if n == 0 else 0.0)
        net += amount
        rows += (
            f"<tr><td>{n + 1}</td><td>{text}</td><td class=n>{qty}</td><td>m</td>"
            f"<td class=n>{money(price, 'it')}</td><td class=n>{money(amount, 'it')}</td></tr>"
        )
    head = (
        "<tr><th>#</th><th>Descrizione</th><th class=n>Q.tà</th><th>U.M.</th>"
        "<th style='width:34px;max-width:34px;word-break:break-all'>Prezzo unit.</th>"
        "<th class=n>Importo</th></tr>"
    )
    page = (
        "<h2>FATTURA</h2><p>Fattura n.: 2026-0311 · Data: 12/02/2026</p>"
        "<p>Lanificio Valseriana S.r.l. · Via dei Mulini 4, 24020 Gandino (BG)</p>"
        f"<table style='width:70%'>{head}{rows}</table>"
        f"<p>Imponibile {money(net, 'it')}<br>Totale documento {money(net, 'it')} €</p>"
    )
    html = f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body>{page}</body></html>"
    return weasyprint.HTML(string=html).write_pdf()


def test_a_header_word_broken_by_its_narrow_cell() -> None:
    """ "Prezz" over "o" over "unit.": the price's column was not named, the price read as
    the line's amount, and the lines summed 26,46 against an Imponibile of 118,32."""
    assert _arithmetic(_narrow_price_head()) == []
    assert "I109" in {c for c, _ in _arithmetic(_narrow_price_head(off=10.0))}
