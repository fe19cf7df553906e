"""Runs an H rule's example for the catalogue meta-tests.

An example is a table with the current snapshot, optionally the previous one, and the margin:

    {margin = 0.2,
     current = {status = "NORMAL", ahr = "GREAT",
                rates = {lateShipmentRate = [0.035, 0.04, "LESS_THAN", "GOOD"]},
                violations = {listingPolicyViolations = 2},
                warnings = {spammingSellerMessaging = "BAD"}},
     previous = {violations = {listingPolicyViolations = 1}}}

Rates are [value, target, condition, status]; a violation count has target 0 (EQUALS) and is BAD
when above 0.
"""

from __future__ import annotations

from typing import Any

from reinstate.health.alerts import evaluate
from reinstate.health.model import Metric, Snapshot
from reinstate.rules import Rule, default_registry


def snapshot_from_example(spec: dict[str, Any]) -> Snapshot:
    metrics: dict[str, Metric] = {}
    for name, (value, target, condition, status) in spec.get("rates", {}).items():
        metrics[name] = Metric(name, "rate", float(value), float(target), condition, status)
    for name, count in spec.get("violations", {}).items():
        metrics[name] = Metric(
            name, "violation", float(count), 0.0, "EQUALS", "BAD" if count else "GOOD"
        )
    return Snapshot(
        account=spec.get("account", "Example Trading Ltd"),
        marketplace_id=spec.get("marketplace_id", "ATVPDKIKX0DER"),
        marketplace=spec.get("marketplace", "US"),
        account_status=spec.get("status", "NORMAL"),
        ahr_status=spec.get("ahr", "GREAT"),
        metrics=metrics,
        warnings=dict(spec.get("warnings", {})),
    )


def codes_for_example(rule: Rule, example: object) -> set[str]:
    assert isinstance(example, dict), f"{rule.code}: health examples are tables"
    current = snapshot_from_example(example.get("current", {}))
    previous = snapshot_from_example(example["previous"]) if "previous" in example else None
    alerts = evaluate(
        current, previous, margin=float(example.get("margin", 0.2)), registry=default_registry()
    )
    return {a.code for a in alerts}
