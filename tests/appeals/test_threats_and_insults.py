"""Issue 16, point 7: threats and insults missed, honest legal steps read as threats."""

from __future__ import annotations

import pytest

from reinstate.appeals import lint_text


def _codes(text: str) -> set[str]:
    return {f.code for f in lint_text(text, require_sections=False).findings}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("We will file a complaint with the court if Amazon does not reinstate us.", "P101"),
        ("你们这帮垃圾，滚！", "P102"),
    ],
)
def test_threat_and_insult_are_found(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "We took legal action against the counterfeit supplier.",
        "We will take legal action against the Shenzhen supplier that sold us the fakes.",
        "聘请律师审查供应商流程。",
        "我们聘请了律师来审查供应商的授权文件。",
        "我们已经起诉了该供应商。",
    ],
)
def test_legal_steps_against_a_supplier_are_not_threats(text: str) -> None:
    assert "P101" not in _codes(text)


def test_threats_against_amazon_still_fire() -> None:
    assert "P101" in _codes("We will take legal action against Amazon.")
    assert "P101" in _codes("我们将起诉亚马逊。")
