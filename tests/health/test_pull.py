"""The whole pull flow against the local fake SP-API server, on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from health.conftest import Cli, endpoints_toml, login
from health.fake_spapi import Scenario
from health.reports import dumps, report
from reinstate.cases import open_store
from reinstate.errors import ReinstateError
from reinstate.health import settings as health_settings
from reinstate.health.spapi import Bucket, SpApiClient
from reinstate.health.tables import SnapshotRow
from reinstate.health.vault import Credentials


def snapshots(db_url: str) -> int:
    with open_store(db_url) as store, store.session() as session:
        return int(session.scalar(select(func.count()).select_from(SnapshotRow)) or 0)


def setup(
    db_url: str, fake_api, write_config, scenario: Scenario, *login_extra: str
) -> tuple[Cli, Any]:  # type: ignore[no-untyped-def]
    api = fake_api(scenario)
    write_config(endpoints_toml(api.url))
    cli = Cli(db_url)
    assert login(cli, scenario, "Acme", *login_extra).exit_code == 0
    return cli, api


def test_pull_downloads_a_slow_gzip_report_and_imports_it(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report("AT_RISK", late=0.05))], gzip=True, pending_polls=3)
    cli, api = setup(db_url, fake_api, write_config, scenario)
    result = cli("health", "pull", "--account", "Acme", "--format", "json")
    assert result.exit_code == 1, result.output  # alerts were raised
    data = json.loads(result.output)
    assert data["kind"] == "health_pull"
    (item,) = data["results"]
    snap = item["snapshot"]
    assert snap["account_status"] == "AT_RISK" and snap["report_id"]
    assert snap["report_date"] == "2026-11-02"  # processingEndTime of the report
    assert {a["code"] for a in item["alerts"]} == {"H101", "H104"}
    assert len(api.calls("getReport")) == 4  # IN_QUEUE, IN_PROGRESS x2, DONE
    (create,) = api.calls("createReport")
    assert create["headers"]["x-amz-access-token"].startswith("Atza|")
    (download,) = api.calls("download")
    assert "x-amz-access-token" not in download["headers"]  # presigned URL: no token sent there
    assert snapshots(db_url) == 1


def test_pull_for_each_marketplace_of_the_account(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report()), dumps(report(marketplace_id="A1PA6795UKMFR9"))])
    cli, api = setup(
        db_url, fake_api, write_config, scenario, "--marketplace", "US", "--marketplace", "DE"
    )
    result = cli("health", "pull", "--account", "Acme")
    assert result.exit_code == 0, result.output
    assert "Acme / US" in result.output and "Acme / DE" in result.output
    assert len(api.calls("createReport")) == 2 and snapshots(db_url) == 2


def test_throttling_is_waited_out(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(
        documents=[dumps(report())],
        retry_after="0.01",
        throttle={"createReport": 2, "getReport": 1, "getReportDocument": 1},
    )
    cli, api = setup(db_url, fake_api, write_config, scenario)
    result = cli("health", "pull", "--account", "Acme")
    assert result.exit_code == 0, result.output
    statuses = [c.get("status") for c in api.calls("createReport")]
    assert statuses == [429, 429, 202]
    assert snapshots(db_url) == 1


def test_an_expired_access_token_is_renewed(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report())], expire_token_once=True)
    cli, api = setup(db_url, fake_api, write_config, scenario)
    assert cli("health", "pull", "--account", "Acme").exit_code == 0
    assert len(api.calls("token")) == 2 and snapshots(db_url) == 1


def test_revoked_credentials_are_a_clear_error_and_keep_the_last_snapshot(
    db_url, fake_api, write_config, report_file
) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report("DEACTIVATED"))])
    cli, api = setup(db_url, fake_api, write_config, scenario)
    assert cli("health", "import", str(report_file()), "--account", "Acme").exit_code == 0
    scenario.revoked = True
    result = cli("health", "pull", "--account", "Acme")
    assert result.exit_code == 2
    assert "invalid_grant" in result.output and "health login" in result.output
    assert scenario.refresh_token not in result.output
    assert snapshots(db_url) == 1
    assert api.calls("createReport") == []


def test_a_network_failure_halfway_stores_nothing(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report("DEACTIVATED"))], drop_download=10)
    cli, api = setup(db_url, fake_api, write_config, scenario)
    result = cli("health", "pull", "--account", "Acme", "--format", "json")
    assert result.exit_code == 2
    error = json.loads(result.output)["error"]
    assert error["code"] == "health_network" and "download" in error["message"]["en"]
    assert len(api.calls("download")) == 4  # every retry was tried
    assert snapshots(db_url) == 0
    with open_store(db_url) as store:
        assert store.list_cases() == []  # no case from a report that never arrived


def test_a_dropped_connection_is_retried(db_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(
        documents=[dumps(report())], drop_download=1, server_errors={"getReport": 1}
    )
    cli, _ = setup(db_url, fake_api, write_config, scenario)
    assert cli("health", "pull", "--account", "Acme").exit_code == 0
    assert snapshots(db_url) == 1


@pytest.mark.parametrize("status", ["FATAL", "CANCELLED"])
def test_a_report_amazon_could_not_make(sqlite_url, fake_api, write_config, status) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report())], final_status=status, pending_polls=1)
    cli, _ = setup(sqlite_url, fake_api, write_config, scenario)
    result = cli("health", "pull", "--account", "Acme")
    assert result.exit_code == 2 and status in result.output
    assert snapshots(sqlite_url) == 0


def test_a_report_that_fails_the_schema_after_download(sqlite_url, fake_api, write_config) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[b'{"accountStatuses": []}'], gzip=True)
    cli, _ = setup(sqlite_url, fake_api, write_config, scenario)
    result = cli("health", "pull", "--account", "Acme")
    assert result.exit_code == 2 and "performanceMetrics" in result.output
    assert snapshots(sqlite_url) == 0


def test_pull_without_login_says_what_to_do(sqlite_url) -> None:  # type: ignore[no-untyped-def]
    result = Cli(sqlite_url)("health", "pull", "--account", "Ghost")
    assert result.exit_code == 2 and "health login --account Ghost" in result.output


# The client on its own, with a recording clock: what it waits and why.


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def client(api, scenario: Scenario, clock: Clock, **settings: Any) -> SpApiClient:  # type: ignore[no-untyped-def]
    config = health_settings.HealthSettings(
        lwa_token_url=f"{api.url}/auth/o2/token", spapi_url=api.url, **settings
    )
    creds = Credentials(
        "Acme",
        "na",
        ("ATVPDKIKX0DER",),
        scenario.client_id,
        scenario.client_secret,
        scenario.refresh_token,
    )
    return SpApiClient(creds, config, sleep=clock.sleep, clock=clock)


def test_retry_after_is_honoured(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(throttle={"createReport": 1}, retry_after="7")
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock) as c:
        c.create_report(["ATVPDKIKX0DER"])
    assert ("throttled", 7.0) in c.waits


def test_the_rate_limit_header_sets_the_wait_without_retry_after(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(throttle={"getReportDocument": 1}, rate_limit="0.5")
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock) as c:
        c.report_document("amzn1.spdoc.1")
    assert ("throttled", 2.0) in c.waits


def test_polling_backs_off_exponentially_up_to_the_cap(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report())], pending_polls=6)
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock, first_wait=1, max_wait=8) as c:
        report_id = c.create_report(["ATVPDKIKX0DER"])
        assert c.wait_for_report(report_id)["processingStatus"] == "DONE"
    assert [s for why, s in c.waits if why == "poll"] == [1, 2, 4, 8, 8, 8]


def test_a_report_that_never_finishes_times_out(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(pending_polls=1000)
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock, first_wait=10, max_wait=60, timeout=300) as c:
        report_id = c.create_report(["ATVPDKIKX0DER"])
        with pytest.raises(ReinstateError) as info:
            c.wait_for_report(report_id)
    assert info.value.code == "health_report_timeout" and clock.now <= 300


def test_persistent_throttling_gives_up_with_a_clear_error(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(throttle={"createReport": 100}, retry_after="1")
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock, retries=3) as c, pytest.raises(ReinstateError) as info:
        c.create_report(["ATVPDKIKX0DER"])
    assert info.value.code == "health_throttled"
    assert len(api.calls("createReport")) == 3


def test_the_usage_plan_paces_a_burst() -> None:
    bucket = Bucket(rate=0.5, burst=2)
    assert [bucket.take(0.0), bucket.take(0.0)] == [0.0, 0.0]
    assert bucket.take(0.0) == pytest.approx(2.0)  # one token per two seconds
    assert bucket.take(10.0) == 0.0


def test_a_truncated_gzip_document_is_refused(fake_api) -> None:  # type: ignore[no-untyped-def]
    from reinstate.health.spapi import _gunzip

    packed = gzip.compress(dumps(report()))
    assert json.loads(_gunzip(packed))["accountStatuses"]
    with pytest.raises(ReinstateError):
        _gunzip(packed[: len(packed) // 2])


def test_a_document_beyond_the_size_limit_is_not_read_to_the_end(fake_api, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.health import spapi

    monkeypatch.setattr(spapi, "MAX_REPORT_BYTES", 1000)
    scenario = Scenario(documents=[dumps(report())])
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock) as c, pytest.raises(ReinstateError) as info:
        c.fetch(["ATVPDKIKX0DER"])
    assert info.value.code == "health_report_too_large"


def test_a_document_already_inflated_by_content_encoding_is_accepted(fake_api) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario(documents=[dumps(report("AT_RISK"))], gzip=True, content_encoding=True)
    api, clock = fake_api(scenario), Clock()
    with client(api, scenario, clock) as c:
        (downloaded,) = c.fetch(["ATVPDKIKX0DER"])
    assert downloaded.document["compressionAlgorithm"] == "GZIP"
    assert json.loads(downloaded.content)["accountStatuses"][0]["status"] == "AT_RISK"
