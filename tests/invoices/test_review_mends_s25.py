"""The merged session-25 review's mends: each case was read wrong by the branch as merged."""

from __future__ import annotations

import re

import pytest

from reinstate.invoices import vocab
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


@pytest.mark.parametrize("label", ["sala 4 - Porto Alegre", "Porto, Portugal"])
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
