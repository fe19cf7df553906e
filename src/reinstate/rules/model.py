"""Rules and findings: the data every check speaks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from reinstate.i18n import LANGS, fill


class Severity(IntEnum):
    """How bad a finding is; ordered, so thresholds compare."""

    info = 1
    warning = 2
    error = 3
    critical = 4

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r}; use one of {', '.join(s.name for s in cls)}"
            ) from None


@dataclass(frozen=True)
class Span:
    """Where in a text something was seen: character offsets plus 1-based line and column."""

    start: int
    end: int
    line: int
    column: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        return cls(start=start, end=end, line=line, column=column)

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end, "line": self.line, "column": self.column}


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule as its data file declares it."""

    code: str
    name: str
    kind: str
    target: str
    severity: Severity
    tags: tuple[str, ...]
    message: dict[str, str]
    why: dict[str, str]
    fix: dict[str, str]
    source: str
    fire: tuple[Any, ...]
    silent: tuple[Any, ...]
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    origin: str = ""

    def with_severity(self, severity: Severity) -> Rule:
        return replace(self, severity=severity)


@dataclass(frozen=True)
class Finding:
    """One thing a rule saw in the user's case, text or file."""

    rule: Rule
    params: dict[str, Any] = field(default_factory=dict)
    span: Span | None = None
    location: str | None = None

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    def message(self, lang: str) -> str:
        return fill(self.rule.message.get(lang) or self.rule.message["en"], **self.params)

    def fix(self, lang: str) -> str:
        return fill(self.rule.fix.get(lang) or self.rule.fix["en"], **self.params)

    def why(self, lang: str) -> str:
        return fill(self.rule.why.get(lang) or self.rule.why["en"], **self.params)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.rule.code,
            "name": self.rule.name,
            "severity": self.rule.severity.name,
            "tags": list(self.rule.tags),
            "message": {lang: self.message(lang) for lang in LANGS},
            "why": {lang: self.why(lang) for lang in LANGS},
            "fix": {lang: self.fix(lang) for lang in LANGS},
            "span": self.span.to_json() if self.span else None,
            "location": self.location,
            "source": self.rule.source,
            "params": {k: _jsonable(v) for k, v in self.params.items()},
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def worst(findings: list[Finding]) -> Severity | None:
    """The highest severity among findings, or None when there are none."""
    return max((f.severity for f in findings), default=None)
