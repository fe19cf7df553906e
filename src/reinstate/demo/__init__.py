"""The built-in example case: a notice, a draft appeal, a good and a bad action, the next steps.

Runs in a throw-away SQLite file, never the user's ledger.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.contract import envelope

if TYPE_CHECKING:
    from reinstate.cases import Case, Store

DEMO_TODAY = date(2026, 11, 26)
ACCOUNT = "Example Home Goods Ltd"
INVOICE_NAME = "supplier-invoice-EX-2026-0815.pdf"


def demo_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def demo_invoice_pdf(mug_quantity: int = 300) -> bytes:
    """A small, genuine PDF invoice made here (no third-party document).

    Tests pass another `mug_quantity` to get the kind of file an edited copy would be.
    """
    header = [
        "Invoice No.: EX-2026-0815",
        "Invoice date: 2026-08-15",
        "Supplier: Example Brand Distribution GmbH",
        "Address: Musterstrasse 1, 10115 Berlin, Germany",
        "Phone: +49 30 0000000",
        "Website: www.example-brand-distribution.test",
        "Bill to: Example Home Goods Ltd",
        "Address: 1 Sample Road, Nanshan District, Shenzhen, China",
    ]
    table = [
        ("Item", "Description", "Qty", "Unit price", "Amount"),
        ("B0DEMO0001", "Ceramic mug set", str(mug_quantity), "4.00", "1200.00"),
        ("B0DEMO0002", "Tea towel pack", "200", "2.50", "500.00"),
    ]
    columns = (50, 150, 300, 360, 450)
    cells = [(50, 790, 16, "INVOICE")]
    cells += [(50, 760 - 14 * i, 10, line) for i, line in enumerate(header)]
    cells += [
        (x, 620 - 16 * row, 10, text)
        for row, values in enumerate(table)
        for x, text in zip(columns, values, strict=True)
    ]
    cells += [
        (360, 560, 10, "Total: EUR 1700.00"),
        (50, 530, 10, "Payment terms: paid by bank transfer"),
    ]
    return text_pdf(cells, producer="reinstate demo")


Cell = tuple[float, float, float, str]


def text_pdf(cells: Sequence[Cell], *, producer: str | None = None) -> bytes:
    """A one-page PDF with a real text layer: each cell is (x, y, font size, text) in Helvetica.

    Written by hand so the example needs no PDF library; tests use it for small genuine files.
    """

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = " ".join(
        f"BT /F1 {size} Tf {x} {y} Td ({escaped(text)}) Tj ET" for x, y, size, text in cells
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    info = f" /Info << /Producer ({producer}) >>" if producer else ""
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


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
