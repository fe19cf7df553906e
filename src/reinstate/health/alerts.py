"""Turn a snapshot (and the one before it) into findings of the H rules.

Pure: no database, no network. Every alert is a Finding from the registry, so it carries its rule
code, both languages, the fix and the public source, and users can switch rules off or change
their severity in config.toml like any other rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reinstate.health.model import AHR_HEALTHY, Metric, Snapshot
from reinstate.rules import Finding, Registry, default_registry
from reinstate.rules.binding import implements

QUIET_WARNING_STATES = frozenset({"GOOD", "NONE"})


@dataclass(frozen=True)
class Alert:
    """A finding about one snapshot, with the key that says whether it is the same as before."""

    finding: Finding
    key: str

    @property
    def code(self) -> str:
        return self.finding.code


def show_value(metric: Metric, value: float | None = None) -> str:
    """A metric value as a reader sees it: rates in percent, counts as whole numbers."""
    v = metric.value if value is None else value
    if metric.kind == "rate":
        return f"{v * 100:.2f}%"
    return str(int(v))


def show_target(metric: Metric) -> str:
    if metric.target is None or metric.condition is None:
        return "-"
    sign = {"LESS_THAN": "<", "GREATER_THAN": ">", "EQUALS": "="}.get(metric.condition, "?")
    return f"{sign} {show_value(metric, metric.target)}"


def is_bad(metric: Metric) -> bool:
    if metric.status == "NONE":
        return False
    return metric.status == "BAD" or not metric.meets_target()


@implements("H101", "H102", "H103", "H104", "H105", "H106", "H107")
def evaluate(
    current: Snapshot,
    previous: Snapshot | None = None,
    *,
    margin: float = 0.2,
    registry: Registry | None = None,
) -> list[Alert]:
    """The alerts this snapshot raises, most severe first."""
    reg = registry or default_registry()
    where = f"{current.account} / {current.marketplace}"
    base = {"account": current.account, "marketplace": current.marketplace}
    alerts: list[Alert] = []

    def add(code: str, subject: str, **params: Any) -> None:
        finding = reg.finding(code, location=where, **{**base, **params})
        if finding is not None:
            alerts.append(Alert(finding, f"{code}:{subject}"))

    if current.account_status == "AT_RISK":
        add("H101", "AT_RISK", status=current.account_status)
    elif current.account_status == "DEACTIVATED":
        add("H102", "DEACTIVATED", status=current.account_status)
    if current.ahr_status is not None and current.ahr_status.upper() not in AHR_HEALTHY:
        add("H103", current.ahr_status.upper(), ahr_status=current.ahr_status)
    for metric in current.metrics.values():
        value, target = show_value(metric), show_target(metric)
        if is_bad(metric):
            add("H104", metric.name, metric=metric.name, value=value, target=target)
            continue
        used = metric.headroom_used()
        if used is not None and used >= 1 - margin:
            add(
                "H105",
                metric.name,
                metric=metric.name,
                value=value,
                target=target,
                used=f"{used * 100:.0f}%",
            )
    if previous is not None:
        before = previous.violations
        for name, count in current.violations.items():
            if count > before.get(name, 0):
                add("H106", name, metric=name, before=before.get(name, 0), after=count)
    for warning, status in current.warnings.items():
        if status.upper() not in QUIET_WARNING_STATES:
            add("H107", warning, warning=warning, status=status)
    alerts.sort(key=lambda a: (-a.finding.severity, a.code, a.key))
    return alerts
