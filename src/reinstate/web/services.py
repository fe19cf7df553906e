"""What the pages and the API share: each function calls the same library code as the CLI."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import pickle
import threading
from collections import OrderedDict
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from reinstate.errors import ReinstateError
from reinstate.i18n import tr

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
    try:
        return read_case(store, case_id)
    except ReinstateError as error:
        if error.code == "unknown_case":  # the same words as for another organisation's case
            raise not_found(case_id) from None
        raise


def read_case(store: Store, case_id: int) -> Case:
    """The case with its events and documents, as `Store.get_case` gives it.

    A SQLite ledger is read through `reinstate.cases.caseread` (the standard library's sqlite3,
    read-only): building the case through SQLAlchemy's ORM was a quarter of the server's time on
    a case with 50 events under load (bench/web_load.py). PostgreSQL goes through the store.
    """
    path = sqlite_path(store)
    if path is None:
        return store.get_case(case_id)
    from reinstate.cases.caseread import read_case as read_sqlite

    return read_sqlite(path, case_id)


def sqlite_path(store: Store) -> str | None:
    """The file of a SQLite ledger; None for PostgreSQL or an in-memory database."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return str(url.database)


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


# The appeal draft: one per case, saved as the user types (never an event, never sent)


def save_draft(store: Store, who: Principal, case_id: int, text: str) -> None:
    from datetime import UTC, datetime

    from reinstate.web.tables import DraftRow

    need_write(who)
    if len(text) > MAX_TEXT_CHARS:
        raise ReinstateError("text_too_long", MAX_TEXT_CHARS=MAX_TEXT_CHARS)
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as session:
        row = session.get(DraftRow, case_id)
        if row is None:
            session.add(
                DraftRow(case_id=case_id, text=text, updated_at=now, updated_by=who.user_id)
            )
        else:
            row.text, row.updated_at, row.updated_by = text, now, who.user_id


def draft(store: Store, case_id: int) -> dict[str, Any] | None:
    from reinstate.web.tables import DraftRow

    with store.session() as session:
        row = session.get(DraftRow, case_id)
        if row is None:
            return None
        return {"text": row.text, "updated_at": row.updated_at.isoformat(timespec="seconds")}


# Lint, guard, checklist


def lint(text: str, case: Case | None = None) -> dict[str, Any]:
    """The lint report's JSON, cached per (text, the case context it uses, rule set).

    The editor sends the whole draft on every pause in typing, and the case page lints the last
    sent appeal: an unchanged text in an unchanged context is linted once. The key holds a hash
    of everything `lint_text` reads besides the text, so a new event, a changed ASIN list or
    appeal limit, or another rule set gives a new key. `REINSTATE_WEB_LINT_CACHE=0` turns the
    cache off (bench/web_load.py measures both).
    """
    from reinstate.appeals import lint_text

    if len(text) > MAX_TEXT_CHARS:
        raise ReinstateError("text_too_long", MAX_TEXT_CHARS=MAX_TEXT_CHARS)
    context: dict[str, Any] = {}
    if case is not None:
        limit, _source = case.effective_appeal_limit()
        context = {
            "asins": list(case.asins),
            "earlier_texts": [e.text for e in case.contacts() if e.text],
            "appeals_used": case.appeals_used(),
            "appeal_limit": limit,
            "category": case.category,
        }
    if not _LINT_CACHE_ON:
        return dict(lint_text(text, **context).to_json())
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(json.dumps(context, sort_keys=True, default=str).encode("utf-8"))
    key = (digest.hexdigest(), rules_version())
    found = _LINTS.get(key)
    if found is None:
        found = lint_text(text, **context).to_json()
        _LINTS.put(key, found)
    return copy.deepcopy(dict(found))


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
    """The seven guardrails with their state now: ok, warn, block, or pending (not checked yet).

    Cached per (case content, day, rule set): a case page view that changes nothing re-checks
    nothing. The content is the whole case JSON, so any event, document or field change (from the
    web or the CLI) gives a new key.
    """
    key = (case_fingerprint(case), day, rules_version())
    found = _CHECKLISTS.get(key)
    if found is None:
        found = _checklist(store, case, day)
        _CHECKLISTS.put(key, found)
    return copy.deepcopy(found)


def _checklist(store: Store, case: Case, day: date) -> list[dict[str, Any]]:
    from dataclasses import replace

    from reinstate.cases import EventKind
    from reinstate.guard import decide

    last = next(
        (e for e in reversed(case.events) if e.kind is EventKind.appeal_submitted and e.text),
        None,
    )
    last_text = last.text if last is not None else None
    found: list[dict[str, Any]] = []
    appeal = decide("appeal", case, today=day, text=last_text).findings
    found += [f.to_json() for f in appeal if f.code != "G602"]
    if last is not None:
        # G602 asks whether this text repeats one sent *before* it; the sent appeal is itself
        # one of the case's contacts, so compare it with the contacts that came earlier.
        earlier = replace(case, events=case.events[: case.events.index(last)])
        again = decide("message", earlier, today=day, text=last_text).findings
        found += [f.to_json() for f in again if f.code == "G602"]
    found += [f.to_json() for f in decide("new-account", case, today=day).findings]
    found += [f.to_json() for f in decide("message", case, today=day).findings]
    invoices = [d for d in case.documents if d.role == "invoices"]
    for ref in invoices:
        found += invoice_findings(store, case, ref, day)
    if last_text:
        found += lint(last_text, case)["findings"]
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


def invoice_findings(store: Store, case: Case, ref: Any, day: date) -> list[dict[str, Any]]:
    """`decide("invoice")` for a stored invoice, kept per (sha256, rule set, what it depends on).

    The pre-flight reads the whole file (a hostile PDF can take seconds, a scan needs OCR); its
    answer depends only on the bytes, the rules and the case's invoice context, so a stored
    invoice is checked once: the answer is kept in the ledger (shared by every worker, kept
    across restarts) and in this process's memory.
    """
    from reinstate.guard import decide

    version = rules_version()
    context = [
        case.notice_date,
        case.invoice_window_days,
        json.dumps(case.profile or {}, sort_keys=True, default=str),
        sorted([d.filename, d.sha256] for d in case.documents),
    ]
    key = hashlib.sha256(
        json.dumps([ref.sha256, ref.filename, version, context, day], default=str).encode()
    ).hexdigest()
    found = _INVOICES.get(key)
    if found is None:
        found = _kept_check(store, key)
        if found is None:
            doc = (ref.filename, store.document_bytes(ref.sha256))
            findings = decide("invoice", case, today=day, document=doc).findings
            found = [f.to_json() for f in findings]
            _keep_check(store, key, ref, version, found)
        _INVOICES.put(key, found)
    return copy.deepcopy(found)


def _kept_check(store: Store, key: str) -> list[dict[str, Any]] | None:
    from reinstate.web.tables import InvoiceCheckRow

    with store.session() as session:
        row = session.get(InvoiceCheckRow, key)
        return None if row is None else list(json.loads(row.findings))


def _keep_check(
    store: Store, key: str, ref: Any, version: str, findings: list[dict[str, Any]]
) -> None:
    """One row per stored file name: the answer for an older rule set or day is replaced."""
    from datetime import UTC, datetime

    from sqlalchemy import delete

    from reinstate.web.tables import InvoiceCheckRow

    row = InvoiceCheckRow(
        key=key,
        sha256=ref.sha256,
        filename=ref.filename,
        rules_version=version,
        findings=json.dumps(findings, ensure_ascii=False),
        checked_at=datetime.now(UTC).replace(tzinfo=None),
    )
    try:
        with store.transaction() as session:
            session.execute(
                delete(InvoiceCheckRow).where(
                    InvoiceCheckRow.sha256 == ref.sha256, InvoiceCheckRow.filename == ref.filename
                )
            )
            session.add(row)
    except ReinstateError as exc:
        # Another worker kept the same answer first: the answer is the same, nothing to do.
        if exc.code != "store_conflict":
            raise


class _Lru:
    """A small thread-safe LRU map (the web's caches live in memory, one per process)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_CHECKLISTS = _Lru(256)
_INVOICES = _Lru(2048)
_LINTS = _Lru(512)
_LINT_CACHE_ON = os.environ.get("REINSTATE_WEB_LINT_CACHE", "1") != "0"


def case_fingerprint(case: Case) -> str:
    """A hash of the whole case. Pickled, not JSON: a third of the time, and as exact (a pickle
    reads back as the same case; two equal cases pickled differently only miss the cache)."""
    return hashlib.sha256(pickle.dumps(case, protocol=5)).hexdigest()


def rules_version() -> str:
    """A hash of the rule set in use (every field of every rule, and the user's settings): new
    rules, new checks. Computed once per registry object (tests and --config replace it)."""
    from reinstate.rules import default_registry

    registry = default_registry()
    version = _RULE_VERSIONS.get(registry)
    if version is None:
        parts = sorted(
            json.dumps([asdict(r), registry.enabled(r.code)], sort_keys=True, default=str)
            for r in registry
        )
        version = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
        _RULE_VERSIONS[registry] = version
    return version


_RULE_VERSIONS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()


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


def filter_rules(
    rules: list[dict[str, Any]], words: str, target: str, severity: str
) -> list[dict[str, Any]]:
    """The rules whose code, name, message, why or fix (either language) hold every word."""
    wanted = [w.casefold() for w in words.split() if w]

    def text(rule: dict[str, Any]) -> str:
        parts = [rule["code"], rule["name"], *rule.get("tags", [])]
        for field in ("message", "why", "fix"):
            parts += list((rule.get(field) or {}).values())
        return " ".join(str(p) for p in parts).casefold()

    return [
        r
        for r in rules
        if (not target or r["target"] == target)
        and (not severity or r["severity"] == severity)
        and all(w in text(r) for w in wanted)
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
                        "attributes": list(link.get("attributes") or []),
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
    store: Store,
    who: Principal,
    case: Case,
    day: date,
    lang: str,
    *,
    poa_text: str | None,
    force: bool,
) -> tuple[Any, bytes | None]:
    """Build the appeal packet as `reinstate packet` does; the zip's bytes when it was written.

    The packet is written to a private temporary folder and read back, so nothing is left on the
    server and a refusal leaves no file behind. Writing it despite the guardrail is a change to
    the case (a `packet_forced` event), so only members and owners may force it.
    """
    import tempfile
    from pathlib import Path

    from reinstate.packet import build_packet

    if force:
        need_write(who)
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
        data = target.read_bytes() if result.written else None
    if result.forced_event_id is not None:
        _reword_forced_note(store, who, result, "zh" if lang == "zh" else "en")
    return result, data


def _reword_forced_note(store: Store, who: Principal, result: Any, lang: str) -> None:
    from reinstate.cases.tables import EventRow

    codes = ", ".join(
        f["code"] for f in result.decision["findings"] if _rank(f["severity"]) >= _rank("error")
    )
    name = who.email or who.name or "local"
    with store.transaction() as session:
        row = session.get(EventRow, result.forced_event_id)
        if row is not None:
            row.note = tr("web.forced_note", lang, who=name, codes=codes)
