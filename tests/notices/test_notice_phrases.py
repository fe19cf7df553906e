"""The phrase data itself: every language loads, patterns are safe, anchors are sound."""

from __future__ import annotations

import re

import pytest

from reinstate.notices import lexicon
from reinstate.notices.vocab import CATEGORIES, CHANNELS, DOCUMENTS, FUNDS, LANGUAGES, STAGES

NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}]\)[+*{]")


def test_every_language_has_a_phrase_file() -> None:
    assert lexicon.all_languages() == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_are_from_the_contract_vocabulary(lang: str) -> None:
    raw = lexicon.raw(lang)
    assert set(raw.get("category", {})) <= set(CATEGORIES)
    assert set(raw.get("stage", {})) <= set(STAGES)
    assert set(raw.get("documents", {})) <= set(DOCUMENTS)
    assert set(raw.get("channel", {})) <= set(CHANNELS) | {"wrong_channel"}
    assert set(raw.get("funds", {})) <= set(FUNDS)
    # Every category but `other` and every stage but `other` has phrases in every language.
    assert set(raw["category"]) == set(CATEGORIES) - {"other"}, lang
    assert set(raw["stage"]) == set(STAGES) - {"other"}, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_patterns_have_no_nested_quantifiers(lang: str) -> None:
    data = lexicon.load(lang)
    patterns = [p.regex.pattern for items in data.kinds.values() for p in items]
    patterns += [p.pattern for p in data.deadline.patterns + data.window.patterns]
    for pattern in patterns:
        assert not NESTED_QUANTIFIER.search(pattern), pattern


def test_anchor_is_in_every_text_the_pattern_matches() -> None:
    """Soundness of the anchor filter: no phrase matches a fixture without its anchor."""
    from notice_helpers import FIXTURES

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    checked = 0
    for lang in LANGUAGES:
        for items in lexicon.load(lang).kinds.values():
            for phrase in items:
                for text in texts:
                    if phrase.anchor is not None and phrase.regex.search(text):
                        assert phrase.anchor in text.lower(), phrase.regex.pattern
                        checked += 1
    assert checked > 300


def test_anchor_extraction() -> None:
    assert lexicon.anchor_of(r"\bverify (?:your |the )?supply chain\b") in (
        "verify ",
        "supply chain",
    )
    assert lexicon.anchor_of(r"\b(?:a|b) (?:c|d)\b") is None
    assert lexicon.anchor_of(r"账户(?:已|已经)被停用") in ("账户已", "被停用")
    assert lexicon.anchor_of(r"\bnot (?:genuine|real)") == "not "


def test_needs_are_in_every_text_the_pattern_matches() -> None:
    """Soundness of the needs filter: no phrase or numbered pattern matches a fixture (or a
    fixture's every line) without all the literals it needs."""
    from notice_helpers import FIXTURES

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += [line for text in texts for line in text.splitlines() if line.strip()]
    checked = 0
    for lang in LANGUAGES:
        data = lexicon.load(lang)
        pairs = [(p.regex, p.needs) for items in data.kinds.values() for p in items]
        for spec in (data.deadline, data.window, data.appeal_limit, data.funds_days):
            pairs += list(zip(spec.patterns, spec.needs, strict=True))
        for regex, needs in pairs:
            if not needs:
                continue
            for text in texts:
                if regex.search(text):
                    assert lexicon.has_needs(needs, text.lower()), (regex.pattern, needs)
                    checked += 1
    assert checked > 1000


def _needs(pattern: str) -> list[set[str]]:
    return [set(alternatives) for alternatives in lexicon.needs_of(pattern)]


def test_needs_extraction() -> None:
    assert _needs(r"\b(?:account|listing)s? (?:is|are) (?:removed|gone)\b") == [
        {
            f"{noun}{plural} {verb} {state}"
            for noun in ("account", "listing")
            for plural in ("", "s")
            for verb in ("is", "are")
            for state in ("removed", "gone")
        }
    ]
    # a group that can be left out needs nothing; what stands around it still does
    assert _needs(r"\bverify (?:your |the )?supply chain\b") == [{"supply chain"}, {"verify "}]
    # a longer form is dropped when a shorter one is needed anyway
    assert _needs(r"\binvoices?\b") == [{"invoice"}]
    # lookarounds are zero width: the words on each side stay together; their own words are
    # not needed (a negative lookbehind must not be)
    assert _needs(r"(?<!if )\bwe (?:need|require)\b") == [{"we need", "we require"}]
    # a repeat of at least one keeps the needs of what it repeats; an optional one drops them
    assert _needs(r"(?:very )+urgent") == [{"urgent"}, {"very "}]
    assert _needs(r"(?:very )*urgent") == [{"urgent"}]
    # alternatives that are not plain words: each must bring its own need, or none is kept
    assert _needs(r"(?:\d+ days|a week) left") == [{" days", "a week"}, {" left"}]
    assert _needs(r"(?:\d+|a) days") == [{" days"}]
    assert _needs(r"账户(?:已|已经)被停用") == [{"账户已被停用", "账户已经被停用"}]
    assert _needs(r"\b(?:a|b) (?:c|d)\b") == []
    assert _needs("(unclosed") == []
    # shorter literals on request (a currency sign is one letter)
    assert lexicon.needs_of(r"£|\bGBP\b", shortest=1) == (("£", "gbp"),)
    assert lexicon.needs_of(r"\bCA\$|\bC\$|\bCAD\b", shortest=1) == (("c$", "ca$", "cad"),)


def test_the_anchor_index_keeps_every_phrase_that_matches() -> None:
    from reinstate.notices.engine import _Lines, _scan
    from reinstate.notices.lexicon import LangData, load

    texts = [
        "Hello, we have deactivated your selling account. Submit an appeal within 17 days.",
        "您好，我们已停用您的卖家账户。您有 17 天时间提交申诉。",
        "Wir haben Ihr Konto gesperrt. Die Frist dafür beträgt 14 Tage.",
    ]
    for text, lang in zip(texts, ("en", "zh", "de"), strict=True):
        data = [load(lang)] + ([load("en")] if lang != "en" else [])
        # every phrase a candidate: what the scan found before the index
        full = [
            LangData(**{**d.__dict__, "always": tuple(range(len(d.flat))), "by_anchor": {}})
            for d in data
        ]
        lines = _Lines(text, data, 0.2, 0.5)
        assert _scan(text, data, lines) == _scan(text, full, lines)


def test_literals_found_in_one_pass_are_those_the_text_holds() -> None:
    """`Literals.occurring` is exactly the literals `in` the text: those that start where a
    longer one does, overlap another, or sit inside one included."""
    from notice_helpers import FIXTURES

    words = {"acc", "account", "account is", "count", "coun", "is", "s i", "ount", "x"}
    words |= {"账户", "账户已"}
    literals = lexicon.Literals(words)
    for text in ("my account is closed", "accounts", "acco", "x", "", "账户已被停用", "ACCOUNT"):
        assert literals.occurring(text) == {w for w in words if w in text}, text
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(FIXTURES.rglob("*.txt"))]
    for lang in LANGUAGES:
        data = lexicon.load(lang)
        assert data.literals is not None
        every = data.literals.literals
        assert len(every) > 100
        for text in texts:
            assert data.occurring(text) == {w for w in every if w in text}


def test_the_seller_voice_pattern_finds_what_its_patterns_find() -> None:
    from notice_helpers import FIXTURES

    lines = [
        line + "\n"
        for p in sorted(FIXTURES.rglob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    lines += ["I'm sure", "Call me", "call me", "  Note: x", "my", "我们", "我", "备注：x"]
    for lang in LANGUAGES:
        data = lexicon.load(lang)
        assert data.seller_voice_any is not None
        for line in lines:
            expected = any(p.search(line) for p in data.seller_voice)
            assert (data.seller_voice_any.search(line) is not None) == expected, (lang, line)
    assert lexicon.any_of((re.compile("(a)b"),)) is None  # a group: kept apart
