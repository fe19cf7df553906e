"""Accuracy of the notice reader on a labelled set of notices, field by field.

The labels file is TOML: one table per fixture path (relative to the folder), with the fields
expected. See tests/notices/fixtures/labels.toml.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reinstate.notices.model import Notice

# Fields whose absence from a label means "nothing": scored on every fixture.
DEFAULTED: dict[str, Any] = {
    "deadline_days": None,
    "asins": [],
    "appeal_limit": None,
    "invoice_window_days": None,
    "final_decision": False,
}
SCORED = (
    "language",
    "category",
    "categories",
    "stage",
    "status",
    "deadline_days",
    "asins",
    "order_ids",
    "requested_documents",
    "invoice_window_days",
    "appeal_limit",
    "funds",
    "final_decision",
    "wrong_channel",
    "channel",
    "marketplace",
    "notice_date",
)
SETS = frozenset(("categories", "asins", "order_ids", "requested_documents"))


@dataclass
class Report:
    """Per-field accuracy plus every miss, so a regression names the fixture."""

    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    by_language: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    notices: int = 0

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total[name] if self.total[name] else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "notices": self.notices,
            "fields": {
                f: {
                    "accuracy": round(self.accuracy(f), 4),
                    "correct": self.correct[f],
                    "total": self.total[f],
                }
                for f in SCORED
                if self.total[f]
            },
            "misses": self.misses,
        }


def expected_of(label: dict[str, Any]) -> dict[str, Any]:
    """The expected value of every scored field for one label table."""
    out: dict[str, Any] = {}
    for name in SCORED:
        if name in label:
            out[name] = label[name]
        elif name in DEFAULTED:
            out[name] = DEFAULTED[name]
    if "category" in out and "categories" not in out:
        out["categories"] = [out["category"]] if out["category"] != "other" else []
    if "wrong_channel" not in out:
        out["wrong_channel"] = False
    return out


def _value(notice: Notice, name: str) -> Any:
    value = getattr(notice, name)
    if isinstance(value, date):
        return value.isoformat()
    return value


def score(notice: Notice, label: dict[str, Any], key: str, report: Report) -> None:
    """Add one notice's comparison to the report."""
    report.notices += 1
    lang = str(label.get("language", "?"))
    for name, want in expected_of(label).items():
        got = _value(notice, name)
        ok = set(got) == set(want) if name in SETS else got == want
        report.total[name] += 1
        report.by_language[lang][name + ":total"] += 1
        if ok:
            report.correct[name] += 1
            report.by_language[lang][name + ":correct"] += 1
        else:
            report.misses.append({"notice": key, "field": name, "expected": want, "got": got})


def load_labels(folder: Path) -> dict[str, dict[str, Any]]:
    return tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))


def evaluate(
    folder: str | Path,
    *,
    parse: Callable[[bytes, str], Notice] | None = None,
) -> Report:
    """Parse every labelled fixture under `folder` and compare with its labels."""
    from reinstate.notices import parse_notice

    root = Path(folder)
    run = parse or (lambda raw, name: parse_notice(raw, filename=name))
    report = Report()
    for key, label in sorted(load_labels(root).items()):
        path = root / key
        notice = run(path.read_bytes(), path.name)
        score(notice, label, key, report)
    return report


def majority_baseline(folder: str | Path) -> Report:
    """Accuracy of always answering each field's most frequent label: the floor to beat."""
    labels = load_labels(Path(folder))
    expected = [expected_of(v) for v in labels.values()]
    report = Report()
    for name in SCORED:
        values = [repr(e[name]) for e in expected if name in e]
        if not values:
            continue
        _, count = Counter(values).most_common(1)[0]
        report.correct[name] = count
        report.total[name] = len(values)
    report.notices = len(expected)
    return report
