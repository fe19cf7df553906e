"""Bad input never crashes the linter: a clear error or a finding, in bounded time."""

from __future__ import annotations

import time

import pytest

from reinstate.appeals import lint_text
from reinstate.appeals.lint import MAX_TEXT_CHARS
from reinstate.errors import ReinstateError
from reinstate.rules import builtin_rules

GOOD = """Root cause:
We listed ASIN B0C1234567 without checking the supplier's authorisation.

Corrective actions:
We removed the listing on 2 May and refunded the 9 affected buyers.

Preventive measures:
Our purchasing lead now verifies every supplier before the first order."""


def test_empty_text_reports_the_missing_parts() -> None:
    for text in ("", "   \n\n\t  "):
        report = lint_text(text)
        assert {f.code for f in report.findings} == {"P001", "P002", "P003"}
        assert report.verdict == "needs_work"
    assert lint_text("", require_sections=False).findings == []


def test_five_megabytes_is_refused_with_a_clear_message() -> None:
    text = "We removed the listing. " * (5 * 1024 * 1024 // 24)
    started = time.perf_counter()
    with pytest.raises(ReinstateError) as error:
        lint_text(text)
    assert error.value.code == "text_too_large"
    assert "paste the appeal only" in error.value.message["en"]
    assert "申诉" in error.value.message["zh"]
    assert time.perf_counter() - started < 1


def test_largest_accepted_text_is_linted_in_bounded_time() -> None:
    text = (GOOD + "\n\n") * (MAX_TEXT_CHARS // (len(GOOD) + 2))
    assert len(text) <= MAX_TEXT_CHARS
    started = time.perf_counter()
    report = lint_text(text, earlier_texts=[text])
    assert time.perf_counter() - started < 30
    assert "P110" in {f.code for f in report.findings}  # too long


@pytest.mark.parametrize(
    "data",
    [
        "\x00\x01\x02binary\x00" * 100,
        "".join(chr(i % 32) for i in range(4000)),
    ],
)
def test_binary_looking_text_is_refused(data: str) -> None:
    with pytest.raises(ReinstateError) as error:
        lint_text(data)
    assert error.value.code == "text_binary"


def test_bytes_are_refused() -> None:
    with pytest.raises(ReinstateError) as error:
        lint_text(b"%PDF-1.7 \x00\x01")  # type: ignore[arg-type]
    assert error.value.code == "text_binary"


def test_mixed_scripts() -> None:
    text = (
        GOOD
        + "\n我们已经下架商品。Wir haben die Ware entfernt. 返品を確認しました。"
        + " Мы удалили товар. تمت إزالة المنتج. 🙂 İstanbul ǅ ﬀ"
    )
    report = lint_text(text)
    assert report.verdict == "ready"
    threat = lint_text(text + " 我们将起诉亚马逊。")
    start = next(f.span.start for f in threat.findings if f.code == "P101" and f.span)
    assert threat.text[start : start + 2] == "起诉"


def test_characters_whose_lower_case_is_longer_keep_offsets() -> None:
    text = "İİİ " + GOOD + "\nWe will sue Amazon."
    report = lint_text(text)
    threat = next(f for f in report.findings if f.code == "P101")
    assert threat.span is not None
    assert text[threat.span.start : threat.span.end].lower().startswith("we will sue")


def test_one_very_long_line() -> None:
    line = ("we removed the listing and refunded the buyers, " * 18000).strip()
    assert "\n" not in line and len(line) > 800_000
    started = time.perf_counter()
    report = lint_text(line + " we will sue amazon")
    assert time.perf_counter() - started < 30
    codes = {f.code for f in report.findings}
    assert {"P101", "P110"} <= codes
    threat = next(f for f in report.findings if f.code == "P101")
    assert threat.span is not None and threat.span.line == 1


ADVERSARIAL = [
    "a" * 100_000,
    "[" * 50_000 + "a" * 50_000,
    "[a" * 50_000,
    "x" * 100_000,
    "X/" * 50_000,
    " " * 100_000,
    "!" * 100_000,
    "?" * 100_000,
    "我们" * 50_000,
    "已" * 100_000,
    "case " * 20_000 + "1" * 1000,
    "we " * 30_000,
    "customers " * 10_000,
    "_" * 100_000,
    "{" * 50_000,
    "<insert" * 10_000,
    "A " * 50_000,
    "ROOT CAUSE: " * 8_000,
    ":" * 100_000,
    "1. " * 30_000,
    "\n" * 100_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_no_catastrophic_backtracking(text: str) -> None:
    started = time.perf_counter()
    lint_text(text, asins=["B0C1234567"], earlier_texts=[text[:5000]])
    assert time.perf_counter() - started < 5, "a pattern backtracks badly on this input"


def test_every_rule_pattern_is_linear_on_repetitive_input() -> None:
    """Each rule's own patterns, run alone on long runs of the characters they start with.

    Linear means ten times the input costs about ten times the time; a pattern that backtracks
    costs a hundred times or more. The ratio, not a wall-clock limit, is what a loaded machine
    cannot fake (a CI box at load 17 once took 1.1 s for a linear pattern).
    """
    import re

    def cost(compiled: re.Pattern[str], text: str, runs: int = 3) -> float:
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            list(compiled.finditer(text))
            best = min(best, time.perf_counter() - started)
        return best

    def linear(large: float, small: float) -> bool:
        return large < 5 and (large < 0.25 or large < 40 * small)

    for rule in builtin_rules():
        for patterns in rule.phrases.values():
            for pattern in patterns:
                compiled = re.compile(pattern, re.IGNORECASE)
                probe = re.sub(r"[^a-z\u4e00-\u9fff\[\]{}<>_ ]", "", pattern.lower())[:12] or "a"
                small, large = cost(compiled, probe * 300), cost(compiled, probe * 3000)
                if not linear(large, small):
                    # a busy machine can stall one timing: a backtracking pattern stays slow
                    # on a second, longer look, a stalled linear one does not
                    small, large = (cost(compiled, probe * 300, 9), cost(compiled, probe * 3000, 9))
                # below a quarter second nothing backtracks badly; timer noise dominates there
                assert linear(large, small), (
                    f"{rule.code}: {pattern!r} took {large:.3f}s on 10x the input of {small:.3f}s"
                )


def test_a_wall_of_repeated_findings_is_bounded() -> None:
    text = "We will sue Amazon.\n" * 45_000
    started = time.perf_counter()
    report = lint_text(text)
    assert time.perf_counter() - started < 30
    threats = [f for f in report.findings if f.code == "P101"]
    assert len(threats) == 100
    assert threats[-1].span is not None and threats[-1].span.line == 100
    assert threats[-1].span.column == 1
