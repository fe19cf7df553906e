"""The built-in example case: a notice, a draft appeal, a good and a bad action, the next steps.

Runs in a throw-away SQLite file, never the user's ledger.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.contract import envelope
from reinstate.samples import demo_invoice_pdf

if TYPE_CHECKING:
    from reinstate.cases import Case, Store

DEMO_TODAY = date(2026, 11, 26)
ACCOUNT = "Example Home Goods Ltd"
INVOICE_NAME = "supplier-invoice-EX-2026-0815.pdf"


def demo_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@dataclass
class DemoRun:
    steps: list[dict[str, Any]]
    case: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return envelope("demo", today=DEMO_TODAY.isoformat(), case=self.case, steps=self.steps)


def run_demo(workdir: Path | None = None) -> DemoRun:
    """Play the example case end to end in a temporary ledger and return what happened."""
    from reinstate.cases import EventKind, Status, open_store
    from reinstate.guard import decide

    steps: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="reinstate-demo-") as tmp:
        db = Path(workdir or tmp) / "demo.db"
        with open_store(str(db)) as store:
            case = open_demo_case(store)
            steps.append(
                {
                    "step": "notice",
                    "fields": {
                        "category": case.category,
                        "status": case.status.value,
                        "asins": case.asins,
                        "requested_documents": case.requested_documents,
                        "notice_date": case.notice_date.isoformat() if case.notice_date else None,
                    },
                }
            )

            def check(label: str, action: str, **kwargs: Any) -> None:
                current = store.get_case(case.id)
                decision = decide(action, current, today=DEMO_TODAY, **kwargs)
                steps.append({"step": label, "decision": decision.to_json()})

            check(
                "angry_message",
                "message",
                text=demo_text("draft-angry.txt"),
                channel=_channel("seller_support"),
            )
            check("new_account", "new-account")
            check("appeal_too_early", "appeal", text=demo_text("poa.txt"))
            invoice = demo_invoice_pdf()
            store.add_document(
                case.id,
                "supplier-invoice-EX-2026-0815.pdf",
                invoice,
                role="invoices",
                at=datetime(2026, 11, 24, 15, tzinfo=UTC),
            )
            check("invoice", "invoice", document=("supplier-invoice-EX-2026-0815.pdf", invoice))
            check("appeal_ready", "appeal", text=demo_text("poa.txt"))
            store.log_event(
                case.id,
                EventKind.appeal_submitted,
                text=demo_text("poa.txt"),
                at=datetime(2026, 11, 25, 10, tzinfo=UTC),
                channel=_channel("account_health_appeal"),
            )
            check(
                "follow_up_next_day",
                "message",
                text="Could you please review our appeal as soon as possible?",
            )
            final = store.get_case(case.id)
            from reinstate.cases import deadlines, next_step

            case_json = {
                **final.summary_json(),
                "status": Status(final.status).value,
                "deadlines": [d.to_json(DEMO_TODAY) for d in deadlines(final)],
                "next_step": next_step(final, DEMO_TODAY),
            }
    return DemoRun(steps=steps, case=case_json)


def open_demo_case(store: Store) -> Case:
    """The example case, opened from the example notice in `store`."""
    return store.create_case(
        _draft_from_notice(demo_text("notice.txt")), at=datetime(2026, 11, 20, 9, tzinfo=UTC)
    )


def add_demo_invoice(store: Store, case_id: int) -> None:
    """The supplier's original invoice, stored in the example case as it was received."""
    store.add_document(
        case_id,
        INVOICE_NAME,
        demo_invoice_pdf(),
        role="invoices",
        at=datetime(2026, 11, 24, 15, tzinfo=UTC),
    )


def _channel(value: str) -> Any:
    from reinstate.cases import Channel

    return Channel(value)


def _draft_from_notice(notice: str) -> Any:
    """The case fields from the example notice: parsed when the notice reader is installed."""
    from reinstate.cases import CaseDraft, Status

    try:
        from reinstate.notices import case_fields, parse_notice
    except ImportError:
        fields: dict[str, Any] = {}
    else:
        fields = case_fields(parse_notice(notice, filename="notice.txt"))
    return CaseDraft(
        account=ACCOUNT,
        marketplace=fields.get("marketplace") or "US",
        category=fields.get("category") or "inauthentic",
        status=Status.deactivated,
        notice_date=fields.get("notice_date") or date(2026, 11, 20),
        deadline_days=fields.get("deadline_days") or 17,
        appeal_limit=fields.get("appeal_limit") or 2,
        asins=list(fields.get("asins") or ["B0DEMO0001", "B0DEMO0002"]),
        requested_documents=list(
            fields.get("requested_documents") or ["invoices", "plan_of_action"]
        ),
        notice_text=notice,
    )
