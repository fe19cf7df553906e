"""A draft case when an account is deactivated (or at risk): once per episode, not per report.

An episode starts with the first snapshot whose status is in `[health] open_case_on` and ends
when the account is NORMAL again; a later deactivation is a new episode with a new case. An
AT_RISK episode that turns DEACTIVATED keeps its case and moves it to `deactivated`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from reinstate.cases import CaseDraft, EventKind, Status, Store
from reinstate.health.alerts import is_bad
from reinstate.health.model import VIOLATIONS, Snapshot
from reinstate.health.tables import EpisodeRow
from reinstate.i18n import tr

CASE_STATUS = {"DEACTIVATED": Status.deactivated, "AT_RISK": Status.at_risk}
# When several counts are non-zero, the more serious category wins (inauthentic complaints end
# more accounts than listing-policy flags); the rest are kept in the case profile.
PRIORITY = (
    "inauthentic",
    "product_safety",
    "restricted_product",
    "ip_complaint",
    "supply_chain_invoice",
    "condition_complaint",
    "listing_policy",
    "other",
)


def guess_category(snapshot: Snapshot) -> tuple[str, list[str]]:
    """The case category the report points to, and every category it mentions."""
    counts: dict[str, int] = {}
    for name, count in snapshot.violations.items():
        if count > 0:
            category = VIOLATIONS[name]
            counts[category] = counts.get(category, 0) + count
    mentioned = sorted(counts, key=lambda c: (PRIORITY.index(c), -counts[c]))
    if any(is_bad(m) for m in snapshot.rates()):
        mentioned.append("performance_metrics")
    if any(s.upper() not in ("GOOD", "NONE") for s in snapshot.warnings.values()):
        mentioned.append("code_of_conduct")
    return (mentioned[0] if mentioned else "other"), mentioned


def draft(snapshot: Snapshot) -> CaseDraft:
    category, mentioned = guess_category(snapshot)
    return CaseDraft(
        account=snapshot.account,
        marketplace=snapshot.marketplace,
        category=category,
        status=CASE_STATUS.get(snapshot.account_status, Status.other),
        notice_date=snapshot.report_date,
        profile={
            "health_report": {
                "snapshot_id": snapshot.id,
                "marketplace_id": snapshot.marketplace_id,
                "account_status": snapshot.account_status,
                "ahr_status": snapshot.ahr_status,
                "report_id": snapshot.report_id,
                "report_date": snapshot.report_date.isoformat() if snapshot.report_date else None,
                "violations": {k: v for k, v in snapshot.violations.items() if v},
                "bad_metrics": [m.name for m in snapshot.metrics.values() if is_bad(m)],
                "warnings": dict(snapshot.warnings),
                "categories": mentioned,
            }
        },
    )


def update(
    store: Store, snapshot: Snapshot, open_on: frozenset[str], lang: str = "en"
) -> dict[str, Any] | None:
    """Open, escalate or close the episode for this snapshot; returns what happened, if anything."""
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.session() as session:
        active = session.scalars(
            select(EpisodeRow)
            .where(EpisodeRow.account == snapshot.account)
            .where(EpisodeRow.marketplace_id == snapshot.marketplace_id)
            .where(EpisodeRow.active.is_(True))
            .order_by(EpisodeRow.id.desc())
        ).first()
    status = snapshot.account_status
    if status in open_on:
        if active is None:
            case = store.create_case(draft(snapshot))
            store.log_event(
                case.id,
                EventKind.note,
                note=tr(
                    "health.case.opened_note",
                    lang,
                    status=status,
                    date=snapshot.report_date.isoformat() if snapshot.report_date else "-",
                    source=snapshot.source,
                ),
            )
            with store.transaction() as session:
                session.add(
                    EpisodeRow(
                        account=snapshot.account,
                        marketplace_id=snapshot.marketplace_id,
                        status=status,
                        case_id=case.id,
                        snapshot_id=snapshot.id,
                        active=True,
                        started_at=now,
                    )
                )
            return {"action": "opened", "case_id": case.id, "category": case.category}
        if active.status != status and status == "DEACTIVATED":
            if active.case_id is not None:
                store.update_case(active.case_id, status=Status.deactivated)
            with store.transaction() as session:
                row = session.get(EpisodeRow, active.id)
                if row is not None:
                    row.status = status
            return {"action": "escalated", "case_id": active.case_id}
        return {"action": "kept", "case_id": active.case_id}
    if active is not None and status == "NORMAL":
        with store.transaction() as session:
            row = session.get(EpisodeRow, active.id)
            if row is not None:
                row.active = False
                row.ended_at = now
        return {"action": "closed", "case_id": active.case_id}
    return None
