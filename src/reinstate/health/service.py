"""What the commands do, as library functions: import a report, pull one, process snapshots.

Processing a report: every snapshot is stored in one transaction (a bad report stores nothing,
so the last good snapshot stays the latest), then each snapshot is compared with the one before
it, its alerts are delivered on the configured channels, and a draft case is opened on a
deactivation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from reinstate.cases import Store
from reinstate.errors import ReinstateError
from reinstate.health import deliver, episodes, ledger, report
from reinstate.health.alerts import Alert, evaluate
from reinstate.health.model import Snapshot
from reinstate.health.settings import HealthSettings
from reinstate.health.tables import AlertRow
from reinstate.rules import Registry


@dataclass
class Processed:
    snapshot: Snapshot
    previous: Snapshot | None
    alerts: list[Alert]
    deliveries: list[deliver.Outcome] = field(default_factory=list)
    case: dict[str, Any] | None = None
    # How the report departed from Amazon's schema without losing what the alerts need.
    deviations: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "deviations": self.deviations,
            "snapshot": self.snapshot.to_json(),
            "previous_snapshot_id": self.previous.id if self.previous else None,
            "alerts": [a.finding.to_json() for a in self.alerts],
            "deliveries": [d.to_json() for d in self.deliveries],
            "case": self.case,
        }


def _sent_before(store: Store, previous: Snapshot | None, channel: str) -> set[str]:
    if previous is None or previous.id is None:
        return set()
    with store.session() as session:
        rows = session.scalars(
            select(AlertRow.key)
            .where(AlertRow.snapshot_id == previous.id)
            .where(AlertRow.channel == channel)
            .where(AlertRow.state.in_(("sent", "repeat")))
        )
        return set(rows)


def send_alerts(
    store: Store,
    snapshot: Snapshot,
    previous: Snapshot | None,
    alerts: list[Alert],
    settings: HealthSettings,
    lang: str,
) -> tuple[list[deliver.Outcome], list[AlertRow]]:
    """Deliver the alerts that are new since the previous snapshot; the rows record every one."""
    assert snapshot.id is not None
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: list[AlertRow] = []
    outcomes: list[deliver.Outcome] = []
    channels = deliver.channels(settings)
    for channel in channels:
        done = _sent_before(store, previous, channel)
        fresh = [a for a in alerts if a.key not in done]
        outcome = deliver.deliver(channel, settings, snapshot, fresh, lang) if fresh else None
        if outcome is not None:
            outcomes.append(outcome)
        for a in alerts:
            if a.key in done:
                state, detail = "repeat", None
            else:
                assert outcome is not None
                state, detail = ("sent" if outcome.ok else "failed"), outcome.detail
            rows.append(
                AlertRow(
                    snapshot_id=snapshot.id,
                    code=a.code,
                    key=a.key[:200],
                    channel=channel,
                    state=state,
                    detail=detail,
                    at=now,
                )
            )
    if not channels:
        rows = [
            AlertRow(
                snapshot_id=snapshot.id,
                code=a.code,
                key=a.key[:200],
                channel="terminal",
                state="shown",
                at=now,
            )
            for a in alerts
        ]
    return outcomes, rows


def process(
    store: Store,
    snapshots: list[Snapshot],
    settings: HealthSettings,
    *,
    lang: str = "en",
    registry: Registry | None = None,
) -> list[Processed]:
    saved = ledger.save(store, snapshots)
    out = []
    rows: list[AlertRow] = []
    for snap in saved:
        previous = ledger.previous(store, snap)
        alerts = evaluate(snap, previous, margin=settings.margin, registry=registry)
        result = Processed(snap, previous, alerts)
        result.deliveries, alert_rows = send_alerts(store, snap, previous, alerts, settings, lang)
        rows.extend(alert_rows)
        out.append(result)
    if rows:
        with store.transaction() as session:
            session.add_all(rows)
    for result in out:
        result.case = episodes.update(store, result.snapshot, settings.open_case_on, lang)
    return out


def import_report(
    store: Store,
    raw: bytes,
    *,
    account: str,
    settings: HealthSettings,
    origin: str | None = None,
    lang: str = "en",
    report_date: date | None = None,
    registry: Registry | None = None,
) -> list[Processed]:
    """Validate and store one report document, then alert and open cases."""
    data = report.decode(raw, origin)
    deviations = report.validate(data, origin)
    # The same document imported twice is one report: its hash is its id (a report date
    # given by hand makes it another day's reading of the same content).
    key = json.dumps([data, report_date.isoformat() if report_date else None], sort_keys=True)
    report_id = "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:64]
    if ledger.has_report(store, account, report_id):
        raise ReinstateError("health_report_duplicate", path=origin)
    snapshots = report.parse(
        data,
        account=account,
        origin=origin,
        taken_at=datetime.now(UTC),
        report_date=report_date,
        source=f"import:{origin}" if origin else "import",
        report_id=report_id,
    )
    results = process(store, snapshots, settings, lang=lang, registry=registry)
    for result in results:
        result.deviations = deviations
    return results


def _day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def pull(
    store: Store,
    account: str,
    settings: HealthSettings,
    *,
    lang: str = "en",
    client_factory: Callable[..., Any] | None = None,
    registry: Registry | None = None,
) -> list[Processed]:
    """Download the Account Health report of every marketplace of `account`, then import all of
    them at once; any failure on the way leaves the ledger as it was."""
    from reinstate.health import vault
    from reinstate.health.spapi import SpApiClient

    creds = vault.load(store, account)
    factory = client_factory or SpApiClient
    with factory(creds, settings) as client:
        downloads = client.fetch(list(creds.marketplace_ids))
    snapshots: list[Snapshot] = []
    taken = datetime.now(UTC)
    for d in downloads:
        report_id = str(d.report.get("reportId"))
        origin = f"report {report_id}"
        data = report.decode(d.content, origin)
        snapshots.extend(
            report.parse(
                data,
                account=account,
                origin=origin,
                taken_at=taken,
                report_date=_day(d.report.get("processingEndTime"))
                or _day(d.report.get("dataEndTime")),
                source=f"pull:{report_id}",
                report_id=report_id,
            )
        )
    return process(store, snapshots, settings, lang=lang, registry=registry)
