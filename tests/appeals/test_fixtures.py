"""The labelled fixtures: precision and recall per tag, and no false alarm on good appeals."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from support.appeal_fixtures import DEFAULT_DIR, evaluate, load_samples

from reinstate.appeals import lint_text
from reinstate.rules import Severity, builtin_rules

SAMPLES = load_samples(DEFAULT_DIR)
VOCABULARY = tomllib.loads(
    resources.files("reinstate.rules").joinpath("targets/text.toml").read_text(encoding="utf-8")
)["tags"]


def test_fixture_folder_is_found_and_varied() -> None:
    goods = [s for s in SAMPLES if s.good]
    assert len(goods) >= 20
    assert {s.lang for s in goods} >= {"en", "zh", "de", "fr", "it", "es", "ja"}
    assert len({s.context.get("category") for s in goods}) >= 8


def test_every_tag_has_rules_and_labelled_flaws_in_english_and_chinese() -> None:
    rule_tags = {t for r in builtin_rules() if r.target == "text" for t in r.tags}
    assert set(VOCABULARY) <= rule_tags
    for lang in ("en", "zh"):
        labelled = {t for s in SAMPLES if s.lang == lang for t in s.expect}
        assert set(VOCABULARY) <= labelled, (lang, set(VOCABULARY) - labelled)


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.good], ids=lambda s: s.id)
def test_good_appeal_has_no_error_and_no_tag(sample) -> None:  # type: ignore[no-untyped-def]
    report = lint_text(sample.text, **sample.context)
    assert not [f for f in report.findings if f.severity >= Severity.error]
    assert report.tags == set(), [(f.code, f.params) for f in report.findings]
    assert report.verdict == "ready"


def test_precision_and_recall_per_tag() -> None:
    scores, problems = evaluate(SAMPLES)
    low = {
        tag: (s.precision, s.recall)
        for tag, s in scores.items()
        if (s.precision is not None and s.precision < 0.9)
        or (s.recall is not None and s.recall < 0.9)
    }
    assert not low, problems
    assert set(VOCABULARY) <= set(scores)
