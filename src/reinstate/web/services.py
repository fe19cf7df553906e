"""What the pages and the API share: each function calls the same library code as the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from reinstate.errors import ReinstateError

if TYPE_CHECKING:
    from reinstate.cases import Case, CaseDraft, Store
    from reinstate.web.auth import Principal

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_NOTICE_CHARS = 200_000
MAX_TEXT_CHARS = 100_000
# Evidence Amazon takes (PDF, JPEG, PNG, GIF) and plain text (notes, e-mails), judged by the bytes.
DOCUMENT_TYPES = frozenset(
    {"application/pdf", "image/jpeg", "image/png", "image/gif", "text/plain"}
)
INVOICE_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})


def not_found(case_id: object) -> ReinstateError:
    return ReinstateError("unknown_case.web", case_id=case_id)


def load_case(store: Store, who: Principal, case_id: int) -> Case:
    """The case, if this principal may see it; otherwise 404 (never 403: no existence leak)."""
    from reinstate.web.auth import may_see

    if case_id <= 0 or case_id > 2**31 - 1 or not may_see(store, who, case_id):
        raise not_found(case_id)
    return store.get_case(case_id)


def list_cases(store: Store, who: Principal) -> list[Case]:
    from reinstate.web.auth import visible_case_ids

    allowed = visible_case_ids(store, who)
    return [c for c in store.list_cases() if allowed is None or c.id in allowed]


def need_write(who: Principal) -> None:
    if not who.can_write:
        raise ReinstateError("read_only")


def case_json(case: Case, day: date) -> dict[str, Any]:
    from reinstate.cases.report import case_report

    return case_report(case, day)


def case_list_json(cases: list[Case], day: date) -> dict[str, Any]:
    from reinstate.cases import deadlines, next_step
    from reinstate.contract import envelope

    rows = []
    for case in cases:
        upcoming = [d for d in deadlines(case) if d.days_left(day) >= 0]
        rows.append(
            {
                **case.summary_json(),
                "next_deadline": upcoming[0].to_json(day) if upcoming else None,
                "next_step": next_step(case, day),
            }
        )
    return envelope("case_list", cases=rows)


# Opening cases


def _check_notice_size(raw: str | bytes) -> None:
    if isinstance(raw, str) and len(raw) > MAX_NOTICE_CHARS:
        raise ReinstateError("notice_too_long", MAX_NOTICE_CHARS=MAX_NOTICE_CHARS)


def parse_notice_text(raw: str | bytes, filename: str | None = None) -> Any:
    from reinstate.notices import parse_notice

    _check_notice_size(raw)
    return parse_notice(raw, filename=filename)


def draft_from_notice(raw: str | bytes, account: str, filename: str | None = None) -> CaseDraft:
    """A case draft filled from a pasted or uploaded notice (as `case new --notice` does)."""
    from reinstate.notices.notice_link import draft_from_notice_data

    _check_notice_size(raw)
    draft = draft_from_notice_data(raw, filename=filename, received=date.today())
    draft.account = account.strip() or draft.account
    return draft


def create_case(store: Store, who: Principal, draft: CaseDraft) -> Case:
    from reinstate.web.auth import claim_case

    need_write(who)
    if not draft.marketplace:
        raise ReinstateError("marketplace_missing")
    case = store.create_case(draft)
    if not who.local and who.org_id is not None:
        claim_case(store, case.id, who.org_id)
    return case


# Documents


def check_upload(data: bytes, allowed: frozenset[str], filename: str) -> str:
    from reinstate.cases.files import sniff_media_type

    if len(data) > MAX_UPLOAD_BYTES:
        raise ReinstateError(
            "file_too_large.upload",
            filename=filename,
            MAX_UPLOAD_BYTES=MAX_UPLOAD_BYTES // (1024 * 1024),
        )
    if not data:
        raise ReinstateError("file_empty", filename=filename)
    media = sniff_media_type(data)
    if media not in allowed:
        kinds = ", ".join(sorted(allowed))
        raise ReinstateError("file_type_refused", filename=filename, media=media, kinds=kinds)
    return media


def document_of(case: Case, sha256: str) -> Any:
    for doc in case.documents:
        if doc.sha256 == sha256:
            return doc
    raise ReinstateError("unknown_document.case")


# Lint, guard, checklist


def lint(text: str, case: Case | None = None) -> Any:
    from reinstate.appeals import lint_text

    if len(text) > MAX_TEXT_CHARS:
        raise ReinstateError("text_too_long", MAX_TEXT_CHARS=MAX_TEXT_CHARS)
    if case is None:
        return lint_text(text)
    limit, _source = case.effective_appeal_limit()
    return lint_text(
        text,
        asins=case.asins,
        earlier_texts=[e.text for e in case.contacts() if e.text],
        appeals_used=case.appeals_used(),
        appeal_limit=limit,
        category=case.category,
    )


@dataclass
class Segment:
    text: str
    finding: int | None  # index into the findings list, or None for plain text
    severity: str = ""


def segments(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """The text cut at the findings' spans, for underlining (overlaps go to the first finding)."""
    spans = sorted(
        (
            (f["span"]["start"], f["span"]["end"], i, f["severity"])
            for i, f in enumerate(findings)
            if f.get("span") and f["span"]["end"] > f["span"]["start"]
        ),
    )
    out: list[Segment] = []
    at = 0
    for start, end, index, severity in spans:
        start = max(start, at)
        end = min(end, len(text))
        if end <= start:
            continue
        if start > at:
            out.append(Segment(text[at:start], None))
        out.append(Segment(text[start:end], index, severity))
        at = end
    if at < len(text):
        out.append(Segment(text[at:], None))
    return out


def guard(
    store: Store,
    case: Case,
    day: date,
    action: str,
    *,
    text: str | None = None,
    channel: str | None = None,
    document: str | None = None,
    declared_need: bool = False,
) -> Any:
    from reinstate.cases import Channel
    from reinstate.guard import Action, decide

    try:
        act = Action(action)
    except ValueError:
        raise ReinstateError(
            "action_unknown", action=action, value=", ".join(a.value for a in Action)
        ) from None
    chan = None
    if channel:
        try:
            chan = Channel(channel)
        except ValueError:
            raise ReinstateError("channel_unknown.web", channel=channel) from None
    doc: tuple[str, bytes] | None = None
    if document:
        ref = document_of(case, document)
        doc = (ref.filename, store.document_bytes(ref.sha256))
    if text is not None and len(text) > MAX_TEXT_CHARS:
        raise ReinstateError("text_too_long.guard")
    return decide(
        act, case, today=day, text=text, document=doc, channel=chan, declared_need=declared_need
    )


GUARDRAILS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("poa_ready", ("G10",)),
    ("new_account", ("G20",)),
    ("documents", ("G30",)),
    ("legal_threats", ("P101",)),
    ("channel", ("G50",)),
    ("tone", ("P102",)),
    ("follow_ups", ("G60",)),
)


def checklist(store: Store, case: Case, day: date) -> list[dict[str, Any]]:
    """The seven guardrails with their state now: ok, warn, block, or pending (not checked yet)."""
    from reinstate.cases import EventKind
    from reinstate.guard import decide

    last_text = next(
        (e.text for e in reversed(case.events) if e.kind is EventKind.appeal_submitted and e.text),
        None,
    )
    found: list[dict[str, Any]] = []
    found += [f.to_json() for f in decide("appeal", case, today=day, text=last_text).findings]
    found += [f.to_json() for f in decide("new-account", case, today=day).findings]
    found += [f.to_json() for f in decide("message", case, today=day).findings]
    invoices = [d for d in case.documents if d.role == "invoices"]
    for ref in invoices:
        doc = (ref.filename, store.document_bytes(ref.sha256))
        found += [f.to_json() for f in decide("invoice", case, today=day, document=doc).findings]
    if last_text:
        found += lint(last_text, case).to_json()["findings"]
    rows = []
    for key, prefixes in GUARDRAILS:
        mine = [f for f in found if f["code"].startswith(prefixes)]
        seen: set[tuple[str, str]] = set()
        unique = []
        for f in mine:
            k = (f["code"], f["message"]["en"])
            if k not in seen:
                seen.add(k)
                unique.append(f)
        worst = max((_rank(f["severity"]) for f in unique), default=0)
        state = {0: "ok", 1: "ok", 2: "warn"}.get(worst, "block")
        if key in ("legal_threats", "tone") and last_text is None:
            state = "pending"
        if key == "documents" and not invoices and not unique:
            state = "pending"
        rows.append({"key": key, "state": state, "findings": unique})
    return rows


def _rank(severity: str) -> int:
    return {"info": 1, "warning": 2, "error": 3, "critical": 4}.get(severity, 0)


# Invoices and related accounts


def invoice_report(
    case: Case, filename: str, data: bytes, *, images: bool = False
) -> tuple[dict[str, Any] | None, list[str]]:
    """The invoice pre-flight for a stored file (None when that capability is not installed),
    and, when asked, each page as a PNG data URI with the findings marked on it."""
    try:
        from reinstate.invoices import check_invoice
    except ImportError:
        return None, []
    profile = case.profile or {}
    report = check_invoice(
        data,
        filename=filename,
        notice_date=case.notice_date,
        window_days=case.invoice_window_days,
        seller_name=profile.get("seller_name"),
        seller_address=profile.get("seller_address"),
        units_sold=profile.get("units_sold"),
        ocr=False,
    )
    result: dict[str, Any] = report.to_json()
    return result, annotated_pages(data, report) if images else []


def annotated_pages(data: bytes, report: Any) -> list[str]:
    """The annotated page images (reinstate.invoices.annotate) as data URIs, in a temp folder."""
    import base64
    import tempfile
    from pathlib import Path

    try:
        from reinstate.invoices.annotate import annotate_pages
    except ImportError:
        return []
    with tempfile.TemporaryDirectory(prefix="reinstate-web-") as tmp:
        try:
            paths = annotate_pages(data, report, Path(tmp))
        except Exception:  # a page that cannot be drawn must not hide the report itself
            return []
        return [
            "data:image/png;base64," + base64.b64encode(p.read_bytes()).decode("ascii")
            for p in paths
        ]


def related_report(text: str, fmt: str) -> dict[str, Any]:
    from reinstate.related.check import check
    from reinstate.related.load import parse

    if fmt not in ("csv", "json", "jsonl"):
        raise ReinstateError("format_unknown")
    if len(text) > MAX_UPLOAD_BYTES:
        raise ReinstateError("file_too_large.accounts")
    accounts, problems = parse(text, fmt)
    result: dict[str, Any] = check(accounts, problems=problems).to_json()
    return result


def rules_json(lang: str) -> list[dict[str, Any]]:
    from reinstate.rules import default_registry

    return [
        {
            "code": r.code,
            "name": r.name,
            "target": r.target,
            "severity": r.severity.name,
            "tags": list(r.tags),
            "message": r.message,
            "why": r.why,
            "fix": r.fix,
            "source": r.source,
        }
        for r in sorted(default_registry(), key=lambda r: r.code)
    ]


def related_graphs(
    result: dict[str, Any], *, limit: int = 12, size: int = 320
) -> list[dict[str, Any]]:
    """Each cluster laid out on a circle for an inline SVG: nodes and weighted edges."""
    import math

    graphs = []
    for cluster in result.get("clusters", [])[:limit]:
        accounts = list(cluster.get("accounts", []))[:40]
        centre, radius = size / 2, size / 2 - 40
        pos = {}
        for i, name in enumerate(accounts):
            angle = 2 * math.pi * i / max(1, len(accounts)) - math.pi / 2
            pos[name] = (
                round(centre + radius * math.cos(angle), 1),
                round(centre + radius * math.sin(angle), 1),
            )
        edges = []
        for link in cluster.get("links", []):
            a, b = (link.get("accounts") or [None, None])[:2]
            if a in pos and b in pos:
                edges.append(
                    {
                        "a": a,
                        "b": b,
                        "x1": pos[a][0],
                        "y1": pos[a][1],
                        "x2": pos[b][0],
                        "y2": pos[b][1],
                        "width": round(1 + 5 * float(link.get("strength") or 0), 1),
                        "label": link.get("label", ""),
                        "attributes": ", ".join(link.get("attributes") or []),
                    }
                )
        suspended = set(cluster.get("suspended") or [])
        nodes = [
            {"name": n, "x": x, "y": y, "suspended": n in suspended} for n, (x, y) in pos.items()
        ]
        graphs.append({"id": cluster.get("id"), "size": size, "nodes": nodes, "edges": edges})
    return graphs


# The appeal packet


def packet(
    store: Store, case: Case, day: date, lang: str, *, poa_text: str | None, force: bool
) -> tuple[Any, bytes | None]:
    """Build the appeal packet as `reinstate packet` does; the zip's bytes when it was written.

    The packet is written to a private temporary folder and read back, so nothing is left on the
    server and a refusal leaves no file behind.
    """
    import tempfile
    from pathlib import Path

    from reinstate.packet import build_packet

    with tempfile.TemporaryDirectory(prefix="reinstate-web-packet-") as tmp:
        target = Path(tmp) / f"appeal-packet-case-{case.id}.zip"
        result = build_packet(
            store,
            case.id,
            poa_text if poa_text and poa_text.strip() else None,
            output=target,
            force=force,
            today=day,
            lang="zh" if lang == "zh" else "en",
        )
        return result, (target.read_bytes() if result.written else None)
