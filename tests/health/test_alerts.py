"""Every alert kind, from snapshots built in memory (no database, no network)."""

from __future__ import annotations

import pytest

from health.reports import report
from reinstate.health import report as reader
from reinstate.health.alerts import evaluate
from reinstate.health.commands import parse_every, sparkline
from reinstate.rules import load_registry


def snap(status: str = "NORMAL", **kw):  # type: ignore[no-untyped-def]
    return reader.parse(report(status, **kw), account="Acme")[0]


def codes(current, previous=None, **kw):  # type: ignore[no-untyped-def]
    return sorted(a.code for a in evaluate(current, previous, **kw))


def test_a_healthy_account_raises_nothing() -> None:
    assert codes(snap()) == []


def test_account_status_alerts() -> None:
    assert codes(snap("AT_RISK")) == ["H101"]
    assert codes(snap("DEACTIVATED")) == ["H102"]


@pytest.mark.parametrize("ahr", ["WARNED", "AT_RISK", "CRITICAL"])
def test_ahr_warned_or_worse(ahr: str) -> None:
    assert codes(snap(ahr=ahr)) == ["H103"]


def test_a_bad_metric_and_one_near_its_target() -> None:
    alerts = evaluate(snap(late=0.052, tracking=0.954))
    by_code = {a.code: a for a in alerts}
    assert set(by_code) == {"H104", "H105"}
    bad = by_code["H104"].finding
    assert bad.params["metric"] == "lateShipmentRate" and bad.params["value"] == "5.20%"
    assert bad.params["target"] == "< 4.00%"
    near = by_code["H105"].finding
    assert near.params["metric"] == "validTrackingRate"
    assert near.params["used"] == "92%"  # 4.6 points short of 100% out of the 5 allowed
    assert "validTrackingRate" in near.message("zh") and near.location == "Acme / US"


def test_the_margin_is_configurable() -> None:
    current = snap(late=0.025)  # 62.5% of the allowed 4%
    assert "H105" not in codes(current, margin=0.2)
    assert "H105" in codes(current, margin=0.4)
    assert codes(snap(late=0.039), margin=0.0) == []


def test_a_policy_violation_is_a_bad_metric_and_rising_counts_alert() -> None:
    before = snap(violations={"receivedIntellectualPropertyComplaints": 1})
    after = snap(
        violations={
            "receivedIntellectualPropertyComplaints": 3,
            "productSafetyCustomerComplaints": 1,
        }
    )
    alerts = evaluate(after, before)
    rising = {a.finding.params["metric"]: a.finding.params for a in alerts if a.code == "H106"}
    assert rising["receivedIntellectualPropertyComplaints"]["before"] == 1
    assert rising["receivedIntellectualPropertyComplaints"]["after"] == 3
    assert rising["productSafetyCustomerComplaints"]["before"] == 0
    assert codes(before, before).count("H106") == 0
    assert codes(before, after).count("H106") == 0  # falling counts do not alert


def test_warning_states() -> None:
    assert codes(snap(warnings={"spammingSellerMessaging": "BAD"})) == ["H107"]
    assert codes(snap(warnings={"spammingSellerMessaging": "GOOD"})) == []


def test_a_rule_switched_off_in_the_config_stays_silent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text('[rules]\ndisable = ["H101"]\n[rules.severity]\nH107 = "critical"\n')
    registry = load_registry(config)
    assert codes(snap("AT_RISK"), registry=registry) == []
    (alert,) = evaluate(snap(warnings={"x": "BAD"}), registry=registry)
    assert alert.finding.severity.name == "critical"


def test_alerts_are_ordered_most_severe_first() -> None:
    alerts = evaluate(snap("DEACTIVATED", warnings={"x": "BAD"}, late=0.05))
    assert [a.code for a in alerts] == ["H102", "H104", "H107"]


def test_sparkline_and_durations() -> None:
    assert sparkline([1, 2, 3, None, 8]) == "▁▂▃ █"
    assert sparkline([0.5, 0.5]) == "▄▄"
    assert sparkline([]) == ""
    assert parse_every("6h") == 21600 and parse_every("30m") == 1800
    assert parse_every("1d") == 86400 and parse_every("45") == 45
    with pytest.raises(Exception, match="30m"):
        parse_every("often")
