"""The packet's small parts: names in the packet, ASIN matching, unwrapping, the POA text."""

from __future__ import annotations

from packet_helpers import INVOICE, LABEL_PHOTO

from reinstate.packet.contents import document_text, find_asins, normalise_poa, safe_name
from reinstate.packet.render import logical_lines


def test_names_in_the_packet_keep_the_original_but_never_escape() -> None:
    assert safe_name("供应商发票.pdf", 3) == "evidence/03-供应商发票.pdf"
    assert safe_name("../../etc/passwd", 1) == "evidence/01-passwd"
    assert safe_name("C:\\Users\\me\\inv:1?.pdf", 2) == "evidence/02-inv_1_.pdf"
    assert safe_name("...", 4) == "evidence/04-document"
    long = safe_name("x" * 300 + ".pdf", 5)
    assert long.endswith(".pdf") and len(long) <= len("evidence/05-") + 120


def test_asins_are_whole_tokens() -> None:
    asins = ["B0PACK0001", "B0PACK0002"]
    assert find_asins("item b0pack0001 qty 4", asins) == ["B0PACK0001"]
    assert find_asins("B0PACK00011 and XB0PACK0002", asins) == []


def test_text_layer_and_photos() -> None:
    text = document_text(INVOICE)
    assert text is not None and "B0PACK0001" in text
    assert document_text(LABEL_PHOTO) is None
    assert document_text("行动计划".encode("gb18030")) == "行动计划"
    assert document_text(b"%PDF-1.4 broken") is None


def test_unwrapping_keeps_bullets_and_headings() -> None:
    text = (
        "Root cause:\n"
        "We bought the goods from a wholesaler that could not show where they came\n"
        "from.\n"
        "\n"
        "Corrective actions:\n"
        "- We removed the listings and refunded every customer who complained about\n"
        "  the product.\n"
        "- We stopped buying from the wholesaler.\n"
        "Short line\n"
        "next line\n"
    )
    assert logical_lines(text) == [
        "Root cause:",
        "We bought the goods from a wholesaler that could not show where they came from.",
        "",
        "Corrective actions:",
        "- We removed the listings and refunded every customer who complained about the product.",
        "- We stopped buying from the wholesaler.",
        "Short line",
        "next line",
    ]


def test_poa_text_is_normalised_for_the_form() -> None:
    assert normalise_poa("\ufeffRoot cause:\r\nA\r\n\r\n\r\n") == "Root cause:\nA\n"
