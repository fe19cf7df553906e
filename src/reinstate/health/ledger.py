"""Snapshots in the ledger: save one report's snapshots in one transaction, read the history."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import select

from reinstate.cases import Store
from reinstate.health.model import Metric, Snapshot
from reinstate.health.tables import MetricRow, SnapshotRow


def _naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None)


def has_report(store: Store, account: str, report_id: str) -> bool:
    """Whether this account already holds snapshots of the report with this id."""
    with store.session() as session:
        found = session.scalar(
            select(SnapshotRow.id)
            .where(SnapshotRow.account == account, SnapshotRow.report_id == report_id)
            .limit(1)
        )
    return found is not None


def save(store: Store, snapshots: list[Snapshot]) -> list[Snapshot]:
    """Store all snapshots of one report at once: either every one is kept or none is."""
    saved: list[Snapshot] = []
    with store.transaction() as session:
        for snap in snapshots:
            taken = snap.taken_at or datetime.now(UTC)
            row = SnapshotRow(
                account=snap.account,
                marketplace_id=snap.marketplace_id,
                marketplace=snap.marketplace,
                taken_at=_naive(taken),
                report_date=snap.report_date,
                account_status=snap.account_status,
                ahr_status=snap.ahr_status,
                warnings=dict(snap.warnings),
                source=snap.source[:400],
                report_id=snap.report_id,
            )
            session.add(row)
            session.flush()
            for m in snap.metrics.values():
                session.add(
                    MetricRow(
                        snapshot_id=row.id,
                        name=m.name,
                        kind=m.kind,
                        value=m.value,
                        target=m.target,
                        condition=m.condition,
                        status=m.status,
                        count=m.count,
                        total=m.total,
                        date_from=m.date_from,
                        date_to=m.date_to,
                    )
                )
            saved.append(_with(snap, id=row.id, taken_at=taken))
    return saved


def _with(snap: Snapshot, **changes: object) -> Snapshot:
    from dataclasses import replace

    return replace(snap, **changes)  # type: ignore[arg-type]


def _snapshot(row: SnapshotRow, metrics: list[MetricRow]) -> Snapshot:
    return Snapshot(
        id=row.id,
        account=row.account,
        marketplace_id=row.marketplace_id,
        marketplace=row.marketplace,
        account_status=row.account_status,
        ahr_status=row.ahr_status,
        metrics={
            m.name: Metric(
                name=m.name,
                kind=m.kind,
                value=m.value,
                target=m.target,
                condition=m.condition,
                status=m.status,
                count=m.count,
                total=m.total,
                date_from=m.date_from,
                date_to=m.date_to,
            )
            for m in metrics
        },
        warnings=dict(row.warnings or {}),
        report_date=row.report_date,
        taken_at=row.taken_at.replace(tzinfo=UTC),
        source=row.source,
        report_id=row.report_id,
    )


def history(store: Store, account: str | None = None) -> dict[tuple[str, str], list[Snapshot]]:
    """Every snapshot, oldest first, grouped by (account, marketplace id)."""
    with store.session() as session:
        query = select(SnapshotRow).order_by(SnapshotRow.taken_at, SnapshotRow.id)
        if account is not None:
            query = query.where(SnapshotRow.account == account)
        rows = session.scalars(query).all()
        ids = [r.id for r in rows]
        metrics: dict[int, list[MetricRow]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for m in session.scalars(
                select(MetricRow).where(MetricRow.snapshot_id.in_(chunk)).order_by(MetricRow.id)
            ):
                metrics[m.snapshot_id].append(m)
    grouped: dict[tuple[str, str], list[Snapshot]] = defaultdict(list)
    for row in rows:
        grouped[(row.account, row.marketplace_id)].append(_snapshot(row, metrics[row.id]))
    return dict(grouped)


def previous(store: Store, snap: Snapshot) -> Snapshot | None:
    """The snapshot of the same account and marketplace stored just before `snap`."""
    with store.session() as session:
        query = (
            select(SnapshotRow)
            .where(SnapshotRow.account == snap.account)
            .where(SnapshotRow.marketplace_id == snap.marketplace_id)
            .order_by(SnapshotRow.id.desc())
        )
        if snap.id is not None:
            query = query.where(SnapshotRow.id < snap.id)
        row = session.scalars(query.limit(1)).first()
        if row is None:
            return None
        metrics = list(session.scalars(select(MetricRow).where(MetricRow.snapshot_id == row.id)))
    return _snapshot(row, metrics)


def accounts(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(set(session.scalars(select(SnapshotRow.account))))
