"""Builds a case from a rule example table and runs the guard, for the catalogue meta-tests.

An example looks like:
    {action = "message", today = "2026-03-10", text = "...", to = "seller_support",
     case = {category = "inauthentic", status = "suspended", notice_days_ago = 5,
             requested_documents = ["invoices"], documents = [{role = "invoices",
             filename = "inv.pdf", content = "%PDF-1.4 ..."}],
             events = [{kind = "appeal_submitted", days_ago = 3, text = "..."}]},
     file = {filename = "inv.pdf", content = "@invoice"}, declared_need = false}
(`@invoice` stands for a genuine PDF invoice, `@invoice-edited` for an edited copy of it.)
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from reinstate.cases.files import sniff_media_type
from reinstate.cases.model import Case, Channel, DocumentRef, Event, EventKind, Status, sha256_hex
from reinstate.guard.decide import decide
from reinstate.rules import Rule, default_registry


def example_bytes(content: str) -> bytes:
    """File bytes for an example: `@invoice` is the demo's genuine PDF invoice, `@invoice-edited`
    the same invoice with a quantity changed; anything else is taken as the bytes themselves."""
    from reinstate.samples import demo_invoice_pdf

    if content == "@invoice":
        return demo_invoice_pdf()
    if content == "@invoice-edited":
        return demo_invoice_pdf(mug_quantity=900)
    return content.encode()


def case_from_example(spec: dict[str, Any], today: date) -> Case:
    def moment(days_ago: int) -> datetime:
        return datetime.combine(
            today - timedelta(days=days_ago), datetime.min.time(), UTC
        ) + timedelta(hours=10)

    events = [
        Event(
            id=i + 1,
            kind=EventKind(e["kind"]),
            at=moment(int(e["days_ago"])),
            channel=Channel(e["channel"]) if e.get("channel") else None,
            text=e.get("text"),
        )
        for i, e in enumerate(spec.get("events", []))
    ]
    documents = []
    for d in spec.get("documents", []):
        data = example_bytes(str(d.get("content", d["filename"])))
        documents.append(
            DocumentRef(
                sha256=sha256_hex(data),
                filename=d["filename"],
                role=d["role"],
                media_type=sniff_media_type(data),
                size=len(data),
                added_at=moment(int(d.get("days_ago", 1))),
            )
        )
    notice_days_ago = spec.get("notice_days_ago", 5)
    return Case(
        id=1,
        account=spec.get("account", "Example Trading Ltd"),
        marketplace=spec.get("marketplace", "US"),
        category=spec.get("category", "inauthentic"),
        status=Status(spec.get("status", "suspended")),
        notice_date=today - timedelta(days=notice_days_ago)
        if notice_days_ago is not None
        else None,
        deadline_days=spec.get("deadline_days"),
        appeal_limit=spec.get("appeal_limit"),
        asins=list(spec.get("asins", [])),
        requested_documents=list(spec.get("requested_documents", [])),
        final_decision=bool(spec.get("final_decision", False)),
        events=sorted(events, key=lambda e: e.at),
        documents=documents,
    )


def codes_for_example(rule: Rule, example: object) -> set[str]:
    assert isinstance(example, dict), f"{rule.code}: guard examples are tables"
    today = date.fromisoformat(example.get("today", "2026-03-10"))
    case = case_from_example(example.get("case", {}), today)
    document = None
    if "file" in example:
        f = example["file"]
        document = (f["filename"], example_bytes(str(f["content"])))
    decision = decide(
        example["action"],
        case,
        today=today,
        text=example.get("text"),
        document=document,
        channel=Channel(example["to"]) if example.get("to") else None,
        declared_need=bool(example.get("declared_need", False)),
        registry=default_registry(),
    )
    return {f.code for f in decision.findings}
