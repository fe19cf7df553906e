"""What goes into a packet: the Plan of Action, the evidence entries and the checklist.

Pure functions over the case and the stored bytes; nothing here writes files.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reinstate.errors import ReinstateError
from reinstate.i18n import LANGS, both, tr

if TYPE_CHECKING:
    from reinstate.cases import Case, Store

# Documents that come from Amazon, not from the seller: never part of the evidence.
_FROM_AMAZON_EVENTS = frozenset(
    {"notice_received", "info_requested", "amazon_replied", "appeal_rejected"}
)
# Working files for the seller, not for Amazon: the notice itself, the POA (written out
# separately) and reinstate's own related-accounts results.
_NOT_EVIDENCE_ROLES = frozenset({"notice", "plan_of_action", "related_accounts"})
# Documents about products (the others prove who the seller is, not which ASINs).
_PRODUCT_ROLES = frozenset({"invoices", "letter_of_authorization", "other"})
_ACCEPTED = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_PDF_PAGES = 200


@dataclass(frozen=True)
class PoaSource:
    """The Plan of Action text and where it came from."""

    text: str
    kind: str  # "file", "document" or "appeal_event"
    name: str  # the file name, document name or the appeal's date

    def label(self) -> dict[str, str]:
        key = {"file": "file", "document": "document", "appeal_event": "appeal_event"}[self.kind]
        return both(f"packet.poa_source.{key}", name=self.name, date=self.name)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "label": self.label()}


def normalise_poa(text: str) -> str:
    """The text as it goes into the appeal form: Unix line ends, no BOM, no trailing blank lines."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").rstrip() + "\n"


def resolve_poa(store: Store, case: Case, poa_text: str | None, poa_name: str | None) -> PoaSource:
    """The POA given, else the latest stored plan_of_action document, else the latest appeal."""
    if poa_text is not None and poa_text.strip():
        return PoaSource(normalise_poa(poa_text), "file", poa_name or "--poa")
    documents = [d for d in case.documents if d.role == "plan_of_action"]
    if documents:
        latest = max(documents, key=lambda d: d.added_at)
        text = document_text(store.document_bytes(latest.sha256))
        if text is None or not text.strip():
            raise ReinstateError("packet_poa_unreadable", name=latest.filename)
        return PoaSource(normalise_poa(text), "document", latest.filename)
    appeals = [e for e in case.events if e.kind.value == "appeal_submitted" and e.text]
    if appeals:
        latest_event = max(appeals, key=lambda e: e.at)
        assert latest_event.text is not None
        return PoaSource(
            normalise_poa(latest_event.text), "appeal_event", latest_event.at.date().isoformat()
        )
    raise ReinstateError("packet_no_poa", case_id=case.id)


def document_text(data: bytes) -> str | None:
    """The text of a stored document: UTF-8 (or GB18030) text, or a PDF's text layer."""
    if data.startswith(b"%PDF-"):
        return pdf_text(data)
    if b"\x00" in data[:8192]:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def pdf_text(data: bytes) -> str | None:
    """The text layer of a PDF (first pages only), or None when it has none or cannot be read."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        parts = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except Exception:  # an unreadable PDF simply has no text we can verify against
        return None
    text = "\n".join(parts)
    return text if text.strip() else None


def find_asins(text: str, asins: list[str]) -> list[str]:
    """The case's ASINs that appear in `text` as whole tokens (case-insensitive)."""
    upper = text.upper()
    return [
        a
        for a in asins
        if re.search(rf"(?<![A-Z0-9]){re.escape(a.upper())}(?![A-Z0-9])", upper) is not None
    ]


def safe_name(filename: str, index: int) -> str:
    """The evidence file's name in the packet: numbered, the original name kept where it can be."""
    name = _UNSAFE.sub("_", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    if not name:
        name = "document"
    if len(name) > 120:
        stem, dot, suffix = name.rpartition(".")
        name = (
            (stem[: 120 - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) <= 10
            else name[:120]
        )
    return f"evidence/{index:02d}-{name}"


@dataclass
class Evidence:
    """One original evidence file in the packet and what the index says about it."""

    path: str
    filename: str
    role: str
    sha256: str
    size: int
    media_type: str
    requested: bool
    asins: list[str]
    asins_verified: bool
    preflight: dict[str, Any]
    data: bytes = field(repr=False, default=b"")

    @property
    def accepted_format(self) -> bool:
        return self.media_type in _ACCEPTED

    def proves(self) -> dict[str, str]:
        role = both(f"packet.role.{self.role}")
        requested = both("packet.requested.yes" if self.requested else "packet.requested.no")
        return {
            lang: tr("text.parenthetical", lang, text=role[lang], note=requested[lang])
            for lang in LANGS
        }

    @property
    def covers_products(self) -> bool:
        return self.role in _PRODUCT_ROLES

    def asins_text(self, lang: str) -> str:
        if not self.covers_products:
            return tr("packet.preflight.not_applicable", lang)
        if not self.asins:
            return tr("packet.asins.none_found", lang)
        if self.asins_verified:
            return ", ".join(self.asins)
        return tr("packet.asins.not_verified", lang, asins=", ".join(self.asins))

    def preflight_text(self, lang: str) -> str:
        p = self.preflight
        return tr(
            f"packet.preflight.{p['status']}",
            lang,
            codes=", ".join(p.get("codes") or []),
            reason=(p.get("reason") or {}).get(lang, ""),
        )

    def notes(self, lang: str) -> list[str]:
        if self.accepted_format:
            return []
        return [tr("packet.format.not_accepted", lang, media_type=self.media_type)]

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "filename": self.filename,
            "role": self.role,
            "sha256": self.sha256,
            "size": self.size,
            "media_type": self.media_type,
            "accepted_format": self.accepted_format,
            "requested_by_notice": self.requested,
            "proves": self.proves(),
            "asins": list(self.asins),
            "asins_verified": self.asins_verified,
            "preflight": self.preflight,
        }


def evidence_documents(case: Case) -> list[Any]:
    """The seller's documents to send: not Amazon's own mails, not the POA, each file once."""
    from_amazon = {e.id for e in case.events if e.kind.value in _FROM_AMAZON_EVENTS}
    seen: set[str] = set()
    out = []
    for doc in case.documents:
        if doc.role in _NOT_EVIDENCE_ROLES or doc.event_id in from_amazon or doc.sha256 in seen:
            continue
        seen.add(doc.sha256)
        out.append(doc)
    return out


def collect_evidence(store: Store, case: Case) -> list[Evidence]:
    """Every evidence file with its verified bytes, covered ASINs and pre-flight result."""
    checker = _invoice_checker()
    out: list[Evidence] = []
    for index, doc in enumerate(evidence_documents(case), start=1):
        data = store.document_bytes(doc.sha256)  # checked against its hash by the store
        readable = doc.media_type in ("application/pdf", "text/plain")
        text = document_text(data) if readable and doc.role in _PRODUCT_ROLES else None
        if doc.role not in _PRODUCT_ROLES:
            asins, verified = [], True
        elif text is not None:
            asins, verified = find_asins(text, case.asins), True
        else:
            asins, verified = list(case.asins), False
        out.append(
            Evidence(
                path=safe_name(doc.filename, index),
                filename=doc.filename,
                role=doc.role,
                sha256=doc.sha256,
                size=len(data),
                media_type=doc.media_type,
                requested=any(doc.role in g for g in case.request_groups()),
                asins=asins,
                asins_verified=verified,
                preflight=_preflight(checker, case, doc.filename, doc.role, data),
                data=data,
            )
        )
    return out


def _invoice_checker() -> Any:
    """The invoice pre-flight when that capability is installed, else None."""
    try:
        from reinstate.invoices import check_invoice
    except ImportError:
        return None
    return check_invoice


def _preflight(checker: Any, case: Case, filename: str, role: str, data: bytes) -> dict[str, Any]:
    if role != "invoices":
        return {"status": "not_applicable", "codes": []}
    if checker is None:
        return {"status": "not_checked", "codes": []}
    profile = case.profile or {}
    units = profile.get("units_sold")
    try:
        report = checker(
            data,
            filename=filename,
            notice_date=case.notice_date,
            window_days=case.invoice_window_days,
            seller_name=profile.get("seller_name") or None,
            seller_address=profile.get("seller_address") or None,
            units_sold=units if isinstance(units, dict) else None,
        )
    except ReinstateError as error:
        return {"status": "error", "codes": [], "reason": dict(error.message)}
    verdict = report.verdict if report.verdict in ("ok", "warn", "reject") else "warn"
    return {"status": verdict, "codes": sorted({f.code for f in report.findings})}


@dataclass
class CheckItem:
    """One thing the notice asked for and where it is in the packet (empty: missing)."""

    key: str
    label: dict[str, str]
    status: str  # present, missing, unverified
    where: list[dict[str, str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "status": self.status,
            "status_label": both(f"packet.status.{self.status}"),
            "where": self.where,
        }


POA_FILES = ("poa.txt", "poa.pdf", "poa.docx")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _at_line(text: str, offset: int) -> dict[str, str]:
    return both("packet.check.line", file="poa.txt", line=_line_of(text, offset))


def _document_name(doc: str, lang: str) -> str:
    """A requested document's name; a value this version does not know is shown as stored."""
    from reinstate.i18n import catalog

    key = f"packet.document.{doc}"
    return tr(key, lang) if key in catalog() else doc


def checklist(case: Case, poa: str, evidence: list[Evidence]) -> list[CheckItem]:
    """Every document and answer the notice asked for, and where it is in the packet."""
    from reinstate.appeals import SECTIONS, find_sections
    from reinstate.cases.files import evidence_problem

    items: list[CheckItem] = []
    for group in case.request_groups():
        # One line per request; alternatives the notice offered share it ("invoices / letter").
        label = {
            lang: tr(
                "packet.check.document",
                lang,
                document=" / ".join(_document_name(doc, lang) for doc in group),
            )
            for lang in ("en", "zh")
        }
        if "plan_of_action" in group:
            where = [{"en": f, "zh": f} for f in POA_FILES]
        else:
            where = [
                {"en": e.path, "zh": e.path}
                for e in evidence
                if e.role in group and evidence_problem(e.data, e.role) is None
            ]
        key = "document:" + "|".join(group)
        items.append(CheckItem(key, label, "present" if where else "missing", where))
    found = {s.name: s for s in find_sections(poa)}
    for name in SECTIONS:
        section = found.get(name)
        items.append(
            CheckItem(
                f"section:{name}",
                both(f"packet.section.{name}"),
                "present" if section else "missing",
                [_at_line(poa, section.start)] if section else [],
            )
        )
    upper = poa.upper()
    for asin in case.asins:
        match = re.search(rf"(?<![A-Z0-9]){re.escape(asin.upper())}(?![A-Z0-9])", upper)
        items.append(
            CheckItem(
                f"asin_poa:{asin}",
                both("packet.check.asin_poa", asin=asin),
                "present" if match else "missing",
                [_at_line(poa, match.start())] if match else [],
            )
        )
    for asin in case.asins:
        verified = [e for e in evidence if e.asins_verified and asin in e.asins]
        unverified = [e for e in evidence if not e.asins_verified and asin in e.asins]
        if verified:
            status, where = "present", [{"en": e.path, "zh": e.path} for e in verified]
        elif unverified:
            status = "unverified"
            where = [both("packet.check.unverified", file=e.path) for e in unverified]
        else:
            status, where = "missing", []
        items.append(
            CheckItem(
                f"asin_evidence:{asin}",
                both("packet.check.asin_evidence", asin=asin),
                status,
                where,
            )
        )
    return items
