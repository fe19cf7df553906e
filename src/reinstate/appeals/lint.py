"""The Plan-of-Action linter: findings from the shared registry, a score and a verdict.

`lint_text` runs every enabled rule of target `text`: `phrases` and `pattern` rules through the
registry's matcher, `function` rules through the checks in `reinstate.appeals.checks`. Context
from the case ledger (ASINs, earlier texts, channel, appeal count) is optional.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reinstate.appeals.sections import SECTIONS, Section
from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.rules import Finding, Registry, Severity, Span, default_registry

MAX_TEXT_CHARS = 1_000_000
CHANNELS = (
    "account_health_appeal",
    "seller_performance_email",
    "seller_support",
    "ahs_call",
    "other",
)
_PENALTY = {Severity.info: 2, Severity.warning: 6, Severity.error: 20, Severity.critical: 40}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_MAX_COUNTED = 3  # one rule repeating many times should not drown the score


@dataclass
class LintReport:
    text: str
    findings: list[Finding]
    sections: list[Section] = field(default_factory=list)
    words: int = 0
    # "off" (rules only), "on" (the model had its say) or "unavailable" (asked, not installed)
    semantic: str = "off"

    @property
    def section_names(self) -> set[str]:
        return {s.name for s in self.sections}

    @property
    def score(self) -> int:
        counted: Counter[str] = Counter()
        penalty = 0
        for finding in self.findings:
            counted[finding.code] += 1
            if counted[finding.code] <= _MAX_COUNTED:
                penalty += _PENALTY[finding.severity]
        return max(0, 100 - penalty)

    @property
    def verdict(self) -> str:
        worst = max((f.severity for f in self.findings), default=None)
        if worst is Severity.critical:
            return "do_not_send"
        if worst is not None and worst >= Severity.error:
            return "needs_work"
        return "ready" if self.score >= 70 else "needs_work"

    @property
    def tags(self) -> set[str]:
        return {tag for f in self.findings for tag in f.rule.tags}

    def to_json(self) -> dict[str, Any]:
        return envelope(
            "lint",
            verdict=self.verdict,
            score=self.score,
            words=self.words,
            sections={name: name in self.section_names for name in SECTIONS},
            section_spans=[
                {
                    "name": s.name,
                    "from_heading": s.from_heading,
                    "span": Span.of(self.text, s.start, s.end).to_json(),
                }
                for s in self.sections
            ],
            findings=[f.to_json() for f in self.findings],
            semantic=self.semantic,
        )


def normalise(text: str) -> str:
    """Traditional to Simplified Chinese, keeping every character at its offset."""
    from reinstate.appeals.chinese import to_simplified

    return to_simplified(text)


def check_input(text: object) -> str:
    """The text to lint, or a clear error for input that is not text or is far too large."""
    if isinstance(text, bytes | bytearray):
        raise ReinstateError("text_binary")
    if not isinstance(text, str):
        raise ReinstateError("text_invalid")
    if len(text) > MAX_TEXT_CHARS:
        raise ReinstateError("text_too_large", text_count=len(text), MAX_TEXT_CHARS=MAX_TEXT_CHARS)
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise ReinstateError("text_binary.looks_binary")
    return text


def lint_text(
    text: str,
    *,
    registry: Registry | None = None,
    require_sections: bool = True,
    asins: Sequence[str] = (),
    earlier_texts: Sequence[str] = (),
    channel: str | None = None,
    appeals_used: int = 0,
    appeal_limit: int | None = None,
    category: str | None = None,
    semantic: bool = False,
) -> LintReport:
    """Review a draft appeal or message.

    `require_sections` is off for short messages. The keyword arguments after it come from the
    case ledger and switch on the context checks (missing ASINs, near-duplicates of texts already
    sent, the channel, the appeal count); without them those checks stay silent.

    `semantic=True` adds the model's second opinion (reinstate.appeals.model): slower (the
    sentences are embedded), so the live editor runs it debounced, apart from the rules.
    """
    from reinstate.appeals.checks import Context, Document, run_rules

    text = check_input(text)
    if channel is not None and channel not in CHANNELS:
        raise ReinstateError("channel_unknown", channel=channel, CHANNELS=", ".join(CHANNELS))
    registry = registry or default_registry()
    doc = Document(text, normalise(text))
    context = Context(
        require_sections=require_sections,
        asins=tuple(a for a in asins if a),
        earlier_texts=tuple(t for t in earlier_texts if isinstance(t, str)),
        channel=channel,
        appeals_used=max(0, int(appeals_used)),
        appeal_limit=appeal_limit,
        category=category,
    )
    findings = run_rules(doc, context, registry)
    state = "off"
    if semantic:
        from reinstate.appeals.model import semantic_findings

        reviewed = semantic_findings(text, findings, doc, registry)
        state = "unavailable" if reviewed is None else "on"
        findings = findings if reviewed is None else reviewed
    findings.sort(key=lambda f: (-f.severity, f.span.start if f.span else -1, f.code))
    return LintReport(
        text=text, findings=findings, sections=doc.sections, words=doc.words, semantic=state
    )
