"""The POA skeletons: every fact a placeholder, guidance in the seller's language, lint-aware."""

from __future__ import annotations

import re

import pytest

from reinstate.appeals import lint_text, outline
from reinstate.appeals.skeleton import GUIDE_MARK, categories, templates
from reinstate.errors import ReinstateError

REQUIRED = {
    "inauthentic",
    "supply_chain_invoice",
    "related_accounts",
    "performance_metrics",
    "ip_complaint",
    "restricted_product",
    "review_manipulation",
    "condition_complaint",
    "code_of_conduct",
    "forged_documents",
}
PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")


def fill(skeleton: str) -> str:
    """What a seller does: drop the guide lines and put a fact in every placeholder."""
    lines = [
        line for line in skeleton.splitlines() if not line.startswith(tuple(GUIDE_MARK.values()))
    ]
    return PLACEHOLDER.sub("Example Fact 7", "\n".join(lines))


def test_required_categories_have_their_own_skeleton() -> None:
    assert set(categories()) >= REQUIRED


@pytest.mark.parametrize("category", [*sorted(REQUIRED), "generic"])
def test_every_sentence_of_the_appeal_text_asks_for_facts(category: str) -> None:
    data = templates()[category]
    for part in ("root_cause", "corrective_actions", "preventive_measures"):
        assert data[part]["guide"], (category, part)
        for question in data[part]["guide"]:
            assert question["en"] and re.search(r"[\u4e00-\u9fff]", question["zh"])
        for line in data[part]["text"]:
            assert PLACEHOLDER.search(line) or "{asins}" in line, (category, line)


@pytest.mark.parametrize("category", sorted(REQUIRED))
def test_skeleton_has_three_parts_and_its_placeholders_are_flagged(category: str) -> None:
    skeleton = outline(category, lang="zh")
    report = lint_text(skeleton)
    assert report.section_names == {"root_cause", "corrective_actions", "preventive_measures"}
    assert "【指引】" in skeleton
    placeholders = [f for f in report.findings if f.code == "P124"]
    assert len(placeholders) >= PLACEHOLDER.findall(skeleton).__len__()
    assert {f.code for f in report.findings} == {"P124"}
    assert report.verdict == "needs_work"


@pytest.mark.parametrize("category", sorted(REQUIRED))
def test_filled_skeleton_lints_without_errors(category: str) -> None:
    report = lint_text(fill(outline(category, lang="en", asins=["B0C1234567"])))
    assert not [f for f in report.findings if f.severity >= 3], [
        (f.code, f.params) for f in report.findings
    ]


def test_guide_language_follows_lang_and_text_stays_english() -> None:
    zh = outline("inauthentic", lang="zh")
    en = outline("inauthentic", lang="en")
    zh_guides = [line for line in zh.splitlines() if line.startswith("【指引】")]
    en_guides = [line for line in en.splitlines() if line.startswith("【Guide】")]
    assert zh_guides and all(re.search(r"[\u4e00-\u9fff]{4}", g[4:]) for g in zh_guides)
    assert en_guides and not any(re.search(r"[\u4e00-\u9fff]", g[7:]) for g in en_guides)

    def strip(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("【")]

    assert strip(zh) == strip(en)


def test_asins_are_inserted_and_never_invented() -> None:
    with_asins = outline("inauthentic", lang="en", asins=["b0c1234567", "B0D7654321"])
    assert "ASINs B0C1234567, B0D7654321" in with_asins
    without = outline("inauthentic", lang="en")
    assert "[ASIN]" in without
    assert not re.search(r"\bB0[A-Z0-9]{8}\b", without)


def test_left_guidance_is_flagged_but_not_as_questions() -> None:
    report = lint_text(outline("ip_complaint", lang="zh"))
    assert "P112" not in {f.code for f in report.findings}
    guide_hits = [f for f in report.findings if f.params.get("match") == "【指引】"]
    assert guide_hits


def test_unknown_category_falls_back_to_generic() -> None:
    text = outline("product_safety", lang="en")
    assert text.startswith("Plan of Action\n")
    assert "product_safety" in text


def test_bad_asin_and_language_are_input_errors() -> None:
    with pytest.raises(ReinstateError):
        outline("inauthentic", lang="en", asins=["not an asin"])
    with pytest.raises(ReinstateError):
        outline("inauthentic", lang="fr")
