"""A draft case opens on a deactivation, prefilled from the report, once per episode."""

from __future__ import annotations

import json
from datetime import date

from health.conftest import Cli, endpoints_toml, login
from health.fake_spapi import Scenario
from health.reports import dumps, report
from reinstate.cases import EventKind, Status, open_store
from reinstate.health import report as reader
from reinstate.health.episodes import guess_category


def cases(db_url: str):  # type: ignore[no-untyped-def]
    with open_store(db_url) as store:
        return store.list_cases()


def test_deactivation_opens_one_prefilled_draft_case(db_url, report_file) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    path = report_file(
        "DEACTIVATED",
        marketplace_id="A1PA6795UKMFR9",
        violations={"productAuthenticityCustomerComplaints": 2, "listingPolicyViolations": 5},
    )
    result = cli("health", "import", str(path), "--account", "Acme", "--format", "json")
    case_info = json.loads(result.output)["results"][0]["case"]
    assert case_info["action"] == "opened"
    (case,) = cases(db_url)
    assert case.id == case_info["case_id"]
    assert (case.account, case.marketplace, case.status) == ("Acme", "DE", Status.deactivated)
    assert case.category == "inauthentic"
    assert case.notice_date == date(2026, 10, 30)
    health = case.profile["health_report"]
    assert (
        health["marketplace_id"] == "A1PA6795UKMFR9" and health["account_status"] == "DEACTIVATED"
    )
    assert health["categories"] == ["inauthentic", "listing_policy"]
    assert health["violations"] == {
        "productAuthenticityCustomerComplaints": 2,
        "listingPolicyViolations": 5,
    }
    with open_store(db_url) as store:
        kinds = [e.kind for e in store.get_case(case.id).events]
    assert EventKind.notice_received in kinds and EventKind.note in kinds

    # The next report of the same deactivation does not open another case.
    again = cli("health", "import", str(path), "--account", "Acme", "--date", "2026-11-02")
    assert f"Draft case #{case.id} already covers this episode" in again.output
    assert len(cases(db_url)) == 1


def test_a_new_deactivation_after_recovery_is_a_new_case(db_url, report_file) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    cli("health", "import", str(report_file("DEACTIVATED")), "--account", "Acme")
    back = cli("health", "import", str(report_file("NORMAL")), "--account", "Acme")
    assert "NORMAL again" in back.output
    cli("health", "import", str(report_file("DEACTIVATED", late=0.07)), "--account", "Acme")
    first, second = cases(db_url)
    assert (first.category, second.category) == ("other", "performance_metrics")


def test_at_risk_opens_a_case_when_configured_and_escalates(
    db_url, write_config, report_file
) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    cli("health", "import", str(report_file("AT_RISK")), "--account", "Acme")
    assert cases(db_url) == []  # default: only DEACTIVATED opens a case
    write_config('[health]\nopen_case_on = ["AT_RISK", "DEACTIVATED"]\n')
    cli(
        "health",
        "import",
        str(report_file("AT_RISK", warnings={"spammingSellerMessaging": "BAD"})),
        "--account",
        "Acme",
    )
    (case,) = cases(db_url)
    assert case.status == Status.at_risk and case.category == "code_of_conduct"
    result = cli("health", "import", str(report_file("DEACTIVATED")), "--account", "Acme")
    assert "now marked deactivated" in result.output
    (case,) = cases(db_url)
    assert case.status == Status.deactivated


def test_each_account_and_marketplace_has_its_own_episode(db_url, report_file) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    cli("health", "import", str(report_file("DEACTIVATED")), "--account", "Acme")
    cli("health", "import", str(report_file("DEACTIVATED")), "--account", "Other")
    assert sorted(c.account for c in cases(db_url)) == ["Acme", "Other"]


def test_a_pulled_deactivation_opens_the_case_with_the_report_date(
    db_url, fake_api, write_config
) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(
        documents=[dumps(report("DEACTIVATED", violations={"documentRequests": 1}))]
    )
    api = fake_api(scenario)
    write_config(endpoints_toml(api.url))
    cli = Cli(db_url)
    login(cli, scenario)
    cli("health", "pull", "--account", "Acme")
    cli("health", "pull", "--account", "Acme")
    (case,) = cases(db_url)
    assert case.notice_date == date(2026, 11, 2) and case.category == "supply_chain_invoice"
    assert case.profile["health_report"]["report_id"]


def test_category_guess() -> None:
    def guess(**kw):  # type: ignore[no-untyped-def]
        return guess_category(reader.parse(report("DEACTIVATED", **kw), account="A")[0])[0]

    assert guess() == "other"
    assert guess(violations={"receivedIntellectualPropertyComplaints": 3}) == "ip_complaint"
    assert (
        guess(
            violations={
                "foodAndProductSafetyIssues": 1,
                "suspectedIntellectualPropertyViolations": 9,
            }
        )
        == "product_safety"
    )
    assert guess(odr=0.03) == "performance_metrics"
