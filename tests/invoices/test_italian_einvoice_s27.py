"""Session 27 (inv27e): courtesy copies of Italian e-invoices and documenti commerciali. A
riepilogo per aliquota with a base at a natura ("Imponibile N3.1") beside the base at 22 %; the
gestionali's narrow "Sc.%" column; a row at a natura whose discount was taken for its rate; a
discount on the whole document printed as a percentage above the riepilogo; the till's
"Documento commerciale" read as a receipt. Pages, companies and figures are my own."""

from __future__ import annotations

import pytest
from support.rows_pdf import Row
from support.rows_pdf import rows_pdf as _pdf

from reinstate.invoices.check import check_invoice

_SUMS = {"I109", "I110", "I116"}


def _checked(rows: list[Row]):  # type: ignore[no-untyped-def]
    return check_invoice(_pdf(rows), filename="x.pdf", ocr=False)


_HEAD: list[Row] = [
    [("Vetrerie Alto Adda S.r.l.", 40), ("FATTURA", 450)],
    [("Via Nazionale 18 - 23017 Morbegno (SO)", 40)],
    [("P.IVA IT02846190145", 40), ("Numero: 318/2026", 400)],
    [("Cessionario: Bottega del Portico S.r.l.", 40), ("Data: 12/05/2026", 400)],
    [("Via Zamboni 7 - 40126 Bologna (BO)", 40)],
    [
        ("Descrizione", 40),
        ("Quantità", 240),
        ("Prezzo", 300),
        ("Sc.%", 360),
        ("IVA %", 410),
        ("Importo", 470),
    ],
]
# 4 x 31,50 less 10 % = 113,40; 12 x 5,25 = 63,00; 5 x 18,40 less 5 % = 87,40 at N3.1
_ROWS: list[Row] = [
    [
        ("Tegame ghisa 24 cm", 40),
        ("4", 240),
        ("31,50", 300),
        ("10,00", 360),
        ("22", 410),
        ("113,40", 470),
    ],
    [("Colino inox 18 cm", 40), ("12", 240), ("5,25", 300), ("22", 410), ("63,00", 470)],
    [
        ("Vassoio legno noce", 40),
        ("5", 240),
        ("18,40", 300),
        ("5,00", 360),
        ("N3.1", 410),
        ("87,40", 470),
    ],
]


def _riepilogo(total: str) -> list[Row]:
    return [
        [("Imponibile 22,00%", 330), ("176,40", 470)],
        [("Imposta 22,00%", 330), ("38,81", 470)],
        [("Imponibile N3.1", 330), ("87,40", 470)],
        [("Totale documento", 330), (total, 470)],
        [("N3.1: Non imponibili - esportazioni", 40)],
    ]


def test_a_base_at_a_natura_adds_to_the_subtotal_and_bears_no_tax() -> None:
    report = _checked(_HEAD + _ROWS + _riepilogo("302,61"))
    t = report.fields.totals
    assert t["subtotal"] == pytest.approx(263.80)
    assert t["total"] == pytest.approx(302.61)
    assert not report.codes & _SUMS


def test_the_narrow_sc_column_is_the_rows_discount() -> None:
    report = _checked(_HEAD + _ROWS + _riepilogo("302,61"))
    assert [i.discount for i in report.fields.items] == [10.0, None, 5.0]
    assert [i.line_total for i in report.fields.items] == pytest.approx([113.40, 63.0, 87.40])


def test_a_total_the_riepilogo_does_not_make_is_still_an_error() -> None:
    report = _checked(_HEAD + _ROWS + _riepilogo("312,61"))
    assert "I110" in report.codes


def test_a_discount_on_the_whole_document_applied_to_its_bases() -> None:
    # lines 176,40 less 3 % = 171,11 (VAT 37,64); the line printed above the riepilogo
    rows = [
        *_HEAD,
        *_ROWS[:2],
        [("Sconto in fattura 3,00% (già applicato)", 330)],
        [("Imponibile 22,00%", 330), ("171,11", 470)],
        [("Imposta 22,00%", 330), ("37,64", 470)],
        [("Totale documento", 330), ("208,75", 470)],
    ]
    report = _checked(rows)
    assert report.fields.totals["discount"] == pytest.approx(5.29)
    assert not report.codes & _SUMS
    # a base the percentage does not make: no discount read, the sums not borne out
    rows[-3:] = [
        [("Imponibile 22,00%", 330), ("161,11", 470)],
        [("Imposta 22,00%", 330), ("35,44", 470)],
        [("Totale documento", 330), ("196,55", 470)],
    ]
    report = _checked(rows)
    assert "discount" not in report.fields.totals
    assert report.codes & _SUMS


_SCONTRINO: list[Row] = [
    [("FERRAMENTA PORTA LAME S.N.C.", 40)],
    [("Via Castiglione 52 - 40124 Bologna", 40)],
    [("P.IVA 03381420372", 40)],
    [("DOCUMENTO COMMERCIALE", 40)],
    [("di vendita o prestazione", 40)],
    [("DESCRIZIONE", 40), ("IVA", 200), ("Prezzo(€)", 240)],
    [("Spazzola ottone", 40), ("22%", 200), ("7,90", 240)],
    [("Guanti nitrile", 40), ("22%", 200), ("12,40", 240)],
    [("TOTALE COMPLESSIVO", 40), ("20,30", 240)],
    [("di cui IVA", 40), ("3,66", 240)],
    [("Pagamento contante", 40), ("20,30", 240)],
    [("21-03-2026 17:42", 40)],
    [("DOCUMENTO N. 0112-0458", 40)],
]


def test_a_documento_commerciale_is_a_receipt_with_its_date_and_total() -> None:
    report = _checked(_SCONTRINO)
    f = report.fields
    assert f.document_type == "receipt"
    assert str(f.invoice_date) == "2026-03-21"
    assert f.totals["total"] == pytest.approx(20.30)


def test_a_documento_commerciale_as_ocr_reads_a_photographed_roll() -> None:
    rows = [
        [("DOCUMENTO COMMERCTALE", 40)] if r == [("DOCUMENTO COMMERCIALE", 40)] else r
        for r in _SCONTRINO
    ]
    assert _checked(rows).fields.document_type == "receipt"
    # the French words for any commercial document name no till's receipt
    rows = [
        [("Atelier Vauban SARL", 40), ("FACTURE", 450)],
        [("Document commercial", 40), ("N° F-2026-0417", 400)],
        [("Date : 02/04/2026", 400)],
        [("Désignation", 40), ("Qté", 260), ("P.U. HT", 320), ("Montant HT", 460)],
        [("Étagère chêne", 40), ("2", 265), ("45,00", 320), ("90,00", 460)],
        [("Total HT", 360), ("90,00", 460)],
        [("TVA 20%", 360), ("18,00", 460)],
        [("Total TTC", 360), ("108,00", 460)],
    ]
    assert _checked(rows).fields.document_type == "invoice"
