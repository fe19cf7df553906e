"""The merged session-25 reviews' mends (inv25a's and inv25c's branches): each case was read
wrong by the merged branches, before the mend."""

from __future__ import annotations

import re

import pytest
from support.rows_pdf import rows_pdf as _nordic_pdf

from reinstate.invoices import vocab
from reinstate.invoices.check import check_invoice
from reinstate.invoices.doc_shape import misread_title
from reinstate.invoices.fields import title_kind


def _label_kinds(text: str) -> list[str]:
    return [kind for kind, pattern in vocab.TOTAL_LABELS if pattern.search(text)]


@pytest.mark.parametrize(
    "label",
    [
        "Valor total IVA",
        "Valor total do IVA",
        "Valor Total das Deduções: R$ 0,00",
        "Valor total aproximado dos tributos: R$ 163,30",
    ],
)
def test_a_part_of_the_sum_named_valor_total_is_no_total(label: str) -> None:
    assert "total" not in _label_kinds(label)


@pytest.mark.parametrize(
    "label",
    ["Valor total da nota", "VALOR TOTAL DA  R$", "Valor total: R$ 1.234,56", "Valor total"],
)
def test_the_documents_valor_total_is_its_total(label: str) -> None:
    assert "total" in _label_kinds(label)


def test_total_liquido_a_pagar_is_the_amount_to_pay_not_a_subtotal() -> None:
    assert _label_kinds("Total líquido a pagar") == ["total"]


@pytest.mark.parametrize("label", ["Porto DHL", "Porto pauschal", "Porto 4,90"])
def test_german_postage_named_porto_with_a_word_after_it_is_still_shipping(label: str) -> None:
    assert "shipping" in _label_kinds(label)


@pytest.mark.parametrize("label", ["conj. 7 - Porto Alegre", "Porto, Portugal"])
def test_the_city_of_porto_is_no_postage(label: str) -> None:
    assert "shipping" not in _label_kinds(label)


@pytest.mark.parametrize("text", ["Proposta n. 7 del 01/03/2026", "Cotação do dólar: 5,10"])
def test_a_proposal_number_or_an_exchange_rate_is_no_quotation_title(text: str) -> None:
    assert title_kind(text) != "quotation"


def test_a_letterhead_two_letters_from_orcamento_is_no_quotation() -> None:
    assert misread_title("ORNAMENTO") is None


def test_a_dacte_authorisation_protocol_is_no_danfe_mark() -> None:
    assert not vocab.DANFE_MARK.search("Protocolo de autorização de uso 135260000012345")
    assert vocab.DANFE_MARK.search("Consulta de autenticidade no portal nacional da NF-e")


def test_an_argentine_peso_sign_is_no_real() -> None:
    brl = dict(vocab.CURRENCIES)["BRL"]
    assert not re.search(brl, "AR$ 1.500,00")
    assert re.search(brl, "R$ 1.500,00")


# inv25c's review: Nordic labels that took another line's sum or date, and Czech that took
# Nordic pages by their "Faktura…" compounds.


def _swedish(sum_rows: list[list[tuple[str, float]]]) -> bytes:
    return _nordic_pdf(
        [
            [("FAKTURA", 40), ("Ljungby Trä AB", 380)],
            [("Sågvägen 2, 341 30 Ljungby", 380)],
            [("Fakturadatum", 300), ("2026-03-12", 420)],
            [("Fakturanummer", 300), ("3310", 420)],
            [("Benämning", 40), ("Antal", 260), ("À-pris", 330), ("Belopp", 440)],
            [("Skärbräda ek", 40), ("2", 265), ("10,00", 335), ("20,00", 440)],
            [("Smörkniv", 40), ("1", 265), ("30,00", 335), ("30,00", 440)],
            *sum_rows,
        ]
    )


@pytest.mark.parametrize("goods", ["Summa varor", "Summa artiklar"])
def test_the_goods_sum_named_summa_is_no_total(goods: str) -> None:
    report = check_invoice(
        _swedish(
            [
                [(goods, 300), ("50,00", 440)],
                [("Frakt", 300), ("10,00", 440)],
                [("Summa exkl. moms", 300), ("60,00", 440)],
                [("Moms 25 %", 300), ("15,00", 440)],
                [("Att betala", 300), ("75,00 kr", 440)],
            ]
        ),
        filename="sv.pdf",
        ocr=False,
    )
    assert report.fields.totals.get("total") == 75.0
    assert not report.codes & {"I109", "I110"}


@pytest.mark.parametrize("net", ["Totalt ex moms", "Totalt utan moms"])
def test_a_total_excluding_vat_is_the_net(net: str) -> None:
    fields = check_invoice(
        _swedish(
            [
                [(net, 300), ("50,00", 440)],
                [("Moms 25 %", 300), ("12,50", 440)],
                [("Att betala", 300), ("62,50 kr", 440)],
            ]
        ),
        filename="sv.pdf",
        ocr=False,
    ).fields
    assert fields.totals.get("total") == 62.5
    assert fields.totals.get("subtotal") == 50.0


def test_the_order_date_in_two_words_is_not_the_invoice_date() -> None:
    fields = check_invoice(
        _nordic_pdf(
            [
                [("FAKTURA", 40), ("Hedeby Tekstil ApS", 380)],
                [("Ordre dato:", 300), ("01.02.2026", 420)],
                [("Leverings dato:", 300), ("05.02.2026", 420)],
                [("Faktura dato:", 300), ("12.02.2026", 420)],
                [("Beløb i alt", 300), ("1.200,00 kr", 440)],
            ]
        ),
        filename="da.pdf",
        ocr=False,
    ).fields
    assert str(fields.invoice_date) == "2026-02-12"


def test_an_english_sum_column_is_no_line_total() -> None:
    assert not re.fullmatch(vocab.COL_TOTAL, "Sum", re.I)


def test_nordic_faktura_compounds_are_no_czech() -> None:
    from reinstate.invoices.vocab import detect_lang

    page = "FAKTURA\nFakturanummer 20417\nFakturadatum 2026-03-12\nAtt betala 75,00 kr"
    assert detect_lang(page) == "sv"
