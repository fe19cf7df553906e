"""Reading the Account Health report: validation against Amazon's schema, snapshots per market."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from health.reports import dumps, multi, report
from reinstate.errors import ReinstateError
from reinstate.health import report as reader


def parse(data: dict, **kw):  # type: ignore[no-untyped-def]
    return reader.parse(data, account="Acme", origin="r.json", **kw)


def test_the_schema_ships_with_its_licence() -> None:
    models = resources.files("reinstate.health").joinpath("models")
    assert "Apache License" in models.joinpath("LICENSE.txt").read_text("utf-8")
    assert reader.schema()["properties"]["accountStatuses"]["type"] == "array"


def test_a_valid_report_gives_one_snapshot_per_marketplace() -> None:
    data = multi(
        report(
            "AT_RISK",
            late=0.031,
            violations={"listingPolicyViolations": 3},
            warnings={"spammingSellerMessaging": "BAD"},
            ahr="WARNED",
        ),
        report("NORMAL", marketplace_id="A1PA6795UKMFR9"),
    )
    us, de = parse(data)
    assert (us.marketplace, us.account_status, us.ahr_status) == ("US", "AT_RISK", "WARNED")
    assert (de.marketplace, de.account_status) == ("DE", "NORMAL")
    late = us.metrics["lateShipmentRate"]
    assert (late.value, late.target, late.condition, late.status) == (
        0.031,
        0.04,
        "LESS_THAN",
        "GOOD",
    )
    assert late.count == round(0.031 * 4200) and late.total == 4200
    assert us.metrics["orderDefectRate.mfn"].count == round(0.002 * 4200)
    assert us.violations["listingPolicyViolations"] == 3
    assert us.violations["productAuthenticityCustomerComplaints"] == 0
    assert us.warnings == {"spammingSellerMessaging": "BAD"}
    assert us.report_date is not None and us.report_date.isoformat() == "2026-10-30"


def test_the_spellings_of_amazons_own_example_are_read() -> None:
    data = report()
    item = data["performanceMetrics"][0]
    item["prefulfillmentCancelRate"] = item.pop("preFulfillmentCancellationRate")
    item["warningState"] = {"warningType": "spammingSellerMessaging", "status": "BAD"}
    # the schema requires preFulfillmentCancellationRate; keep a copy so the document is valid
    item["preFulfillmentCancellationRate"] = dict(item["prefulfillmentCancelRate"], rate=0.001)
    (snap,) = parse(data)
    assert snap.metrics["preFulfillmentCancellationRate"].value == 0.001
    assert snap.warnings == {"spammingSellerMessaging": "BAD"}


def test_a_given_report_date_wins_over_the_ranges() -> None:
    from datetime import date

    (snap,) = parse(report(), report_date=date(2026, 11, 2))
    assert snap.report_date == date(2026, 11, 2)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.pop("accountStatuses"), "$.accountStatuses"),
        (lambda d: d["accountStatuses"][0].pop("status"), "$.accountStatuses[0]"),
        (
            lambda d: d["performanceMetrics"][0]["lateShipmentRate"].update(rate="high"),
            "$.performanceMetrics[0].lateShipmentRate.rate",
        ),
    ],
)
def test_a_report_that_fails_the_schema_is_refused_with_its_place(mutate, where) -> None:  # type: ignore[no-untyped-def]
    data = report()
    mutate(data)
    with pytest.raises(ReinstateError) as info:
        parse(data)
    assert info.value.code == "health_report_invalid"
    assert where in info.value.message["en"] and info.value.path == "r.json"
    assert where in info.value.message["zh"]


def test_an_unknown_marketplace_is_refused() -> None:
    with pytest.raises(ReinstateError) as info:
        parse(report(marketplace_id="AXXXXXXXXXXXX"))
    assert info.value.code == "health_unknown_marketplace"
    assert "AXXXXXXXXXXXX" in info.value.message["en"]


@pytest.mark.parametrize("raw", [b"not json at all", b"\xff\xfe\x00", b"[1, 2]"])
def test_a_document_that_is_not_a_json_object_is_refused(raw: bytes) -> None:
    with pytest.raises(ReinstateError) as info:
        reader.decode(raw, "r.json")
    assert info.value.code in ("health_report_not_json", "health_report_invalid")


def test_an_oversized_document_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_REPORT_BYTES", 100)
    with pytest.raises(ReinstateError) as info:
        reader.decode(dumps(report()), "r.json")
    assert info.value.code == "health_report_too_large"


def test_a_byte_order_mark_is_accepted() -> None:
    data = reader.decode(b"\xef\xbb\xbf" + json.dumps(report()).encode())
    assert parse(data)[0].marketplace == "US"


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["performanceMetrics"][0].pop("lateShipmentRate"), "$.performanceMetrics[0]"),
        (
            lambda d: d["accountStatuses"][0].update(status="SUSPENDED_FOREVER"),
            "$.accountStatuses[0].status",
        ),
        (
            lambda d: d["performanceMetrics"][0].update(newMetric={"x": 1}),
            "$.performanceMetrics[0]",
        ),
    ],
)
def test_a_report_that_departs_from_the_schema_elsewhere_is_read_and_reported(
    mutate, where
) -> None:  # type: ignore[no-untyped-def]
    from reinstate.health.report import validate

    data = report()
    mutate(data)
    assert where in {d["where"] for d in validate(data)}
    assert parse(data)
