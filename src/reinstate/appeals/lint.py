"""The Plan-of-Action linter: findings from the shared registry, a score and a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reinstate.appeals.sections import SECTIONS, Section, find_sections
from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.rules import Finding, Registry, Severity, Span, default_registry
from reinstate.rules.text import matches

MAX_TEXT_CHARS = 5_000_000
_MISSING = {
    "root_cause": "P001",
    "corrective_actions": "P002",
    "preventive_measures": "P003",
}
_PENALTY = {Severity.info: 2, Severity.warning: 8, Severity.error: 20, Severity.critical: 40}


@dataclass
class LintReport:
    text: str
    findings: list[Finding]
    sections: list[Section] = field(default_factory=list)

    @property
    def section_names(self) -> set[str]:
        return {s.name for s in self.sections}

    @property
    def score(self) -> int:
        return max(0, 100 - sum(_PENALTY[f.severity] for f in self.findings))

    @property
    def verdict(self) -> str:
        worst = max((f.severity for f in self.findings), default=None)
        if worst is Severity.critical:
            return "do_not_send"
        if worst is not None and worst >= Severity.error:
            return "needs_work"
        return "ready" if self.score >= 70 else "needs_work"

    def to_json(self) -> dict[str, Any]:
        return envelope(
            "lint",
            verdict=self.verdict,
            score=self.score,
            sections={name: name in self.section_names for name in SECTIONS},
            findings=[f.to_json() for f in self.findings],
        )


def normalise(text: str) -> str:
    """Traditional to Simplified Chinese, keeping every character at its offset."""
    from reinstate.appeals.chinese import to_simplified

    return to_simplified(text)


def lint_text(
    text: str,
    *,
    registry: Registry | None = None,
    require_sections: bool = True,
) -> LintReport:
    """Review a draft appeal or message. `require_sections` is off for short messages."""
    if len(text) > MAX_TEXT_CHARS:
        raise ReinstateError(
            "text_too_large",
            f"The text is larger than {MAX_TEXT_CHARS:,} characters; paste the appeal only.",
            f"文本超过 {MAX_TEXT_CHARS:,} 个字符；请只粘贴申诉内容。",
        )
    registry = registry or default_registry()
    normalised = normalise(text)
    findings: list[Finding] = []
    for rule in registry.for_target("text"):
        if rule.kind not in ("phrases", "pattern"):
            continue
        for start, end in matches(rule, normalised):
            found = registry.finding(
                rule.code, span=Span.of(text, start, end), match=text[start:end]
            )
            if found:
                findings.append(found)
    sections = find_sections(normalised)
    if require_sections:
        present = {s.name for s in sections}
        for name in SECTIONS:
            if name not in present:
                found = registry.finding(_MISSING[name])
                if found:
                    findings.append(found)
    findings.sort(key=lambda f: (-f.severity, f.span.start if f.span else -1, f.code))
    return LintReport(text=text, findings=findings, sections=sections)
