"""The case ledger's domain objects: plain data, no database, so decisions stay pure and fast."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    notice_received = "notice_received"
    info_requested = "info_requested"
    appeal_submitted = "appeal_submitted"
    message_sent = "message_sent"
    amazon_replied = "amazon_replied"
    appeal_rejected = "appeal_rejected"
    reinstated = "reinstated"
    note = "note"
    packet_forced = "packet_forced"


# Events that put text in front of Amazon: the follow-up and duplicate rules count these.
CONTACT_KINDS = frozenset({EventKind.appeal_submitted, EventKind.message_sent})


class Channel(StrEnum):
    account_health_appeal = "account_health_appeal"
    seller_performance_email = "seller_performance_email"
    seller_support = "seller_support"
    ahs_call = "ahs_call"
    other = "other"


class Status(StrEnum):
    warning = "warning"
    at_risk = "at_risk"
    under_review = "under_review"
    listing_removed = "listing_removed"
    suspended = "suspended"
    deactivated = "deactivated"
    reinstated = "reinstated"
    other = "other"


CATEGORIES = (
    "inauthentic",
    "supply_chain_invoice",
    "forged_documents",
    "related_accounts",
    "performance_metrics",
    "ip_complaint",
    "restricted_product",
    "review_manipulation",
    "identity_verification",
    "product_safety",
    "condition_complaint",
    "pricing",
    "listing_policy",
    "code_of_conduct",
    "funds_reserve",
    "other",
)

DOCUMENT_ROLES = (
    "invoices",
    "letter_of_authorization",
    "utility_bill",
    "identity_document",
    "plan_of_action",
    "bank_statement",
    "business_license",
    "notice",
    "related_accounts",
    "other",
)

MARKETPLACES = (
    "US",
    "CA",
    "MX",
    "BR",
    "UK",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "SE",
    "PL",
    "BE",
    "TR",
    "AE",
    "SA",
    "EG",
    "IN",
    "JP",
    "AU",
    "SG",
    "CN",
    "IE",
    "ZA",
)


def sha256_hex(data: bytes) -> str:
    import hashlib  # here: reading a case (`case show`) hashes nothing, and OpenSSL loads slowly

    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class DocumentRef:
    """A file attached to a case; its bytes live once in the store under their sha256."""

    sha256: str
    filename: str
    role: str
    media_type: str
    size: int
    added_at: datetime
    event_id: int | None = None

    def counts(self) -> bool:
        """Whether the file can answer a request: not empty, and for evidence a type Amazon
        takes (the check `case add-doc` runs, applied to files stored before it existed)."""
        from reinstate.cases.files import AMAZON_ACCEPTED, EVIDENCE_ROLES

        if self.size <= 0:
            return False
        return self.role not in EVIDENCE_ROLES or self.media_type in AMAZON_ACCEPTED

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "filename": self.filename,
            "role": self.role,
            "media_type": self.media_type,
            "size": self.size,
            "added_at": self.added_at.isoformat(),
            "event_id": self.event_id,
        }


@dataclass(frozen=True)
class Event:
    id: int
    kind: EventKind
    at: datetime
    channel: Channel | None = None
    text: str | None = None
    note: str | None = None
    documents: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "at": self.at.isoformat(),
            "channel": self.channel.value if self.channel else None,
            "text": self.text,
            "note": self.note,
            "documents": list(self.documents),
        }


@dataclass
class CaseDraft:
    """What the user (or a parsed notice, or a health report) knows when opening a case."""

    account: str
    marketplace: str
    category: str = "other"
    status: Status = Status.suspended
    notice_date: date | None = None
    deadline_days: int | None = None
    appeal_limit: int | None = None
    asins: list[str] = field(default_factory=list)
    requested_documents: list[str] = field(default_factory=list)
    # Alternatives the notice offers, e.g. [["invoices", "letter_of_authorization"]] = either;
    # None: each requested document is needed on its own.
    requested_groups: list[list[str]] | None = None
    final_decision: bool = False
    invoice_window_days: int | None = None
    notice_text: str | None = None
    notice: dict[str, Any] | None = None
    profile: dict[str, Any] = field(default_factory=dict)

    def request_groups(self) -> list[list[str]]:
        """What the notice asked for, each group satisfied by any one of its documents."""
        if self.requested_groups is not None:
            return [list(g) for g in self.requested_groups if g]
        return [[d] for d in dict.fromkeys(self.requested_documents)]


@dataclass
class Case(CaseDraft):
    id: int = 0
    created_at: datetime | None = None
    events: list[Event] = field(default_factory=list)
    documents: list[DocumentRef] = field(default_factory=list)

    def contacts(self) -> list[Event]:
        return [e for e in self.events if e.kind in CONTACT_KINDS]

    def appeals_used(self) -> int:
        return sum(1 for e in self.events if e.kind is EventKind.appeal_submitted)

    def effective_appeal_limit(self) -> tuple[int | None, str | None]:
        """The appeal limit and where it comes from: the notice, else a sourced fact."""
        if self.appeal_limit is not None:
            return self.appeal_limit, "notice"
        from reinstate.cases.facts import fact

        limit = fact("appeal_limit")
        if self.category in limit.applies_to:
            return limit.value, limit.source
        return None, None

    def document_roles(self) -> set[str]:
        """Roles for which the case holds a file that counts (see `DocumentRef.counts`)."""
        return {d.role for d in self.documents if d.counts()}

    def summary_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "account": self.account,
            "marketplace": self.marketplace,
            "category": self.category,
            "status": self.status.value,
            "notice_date": self.notice_date.isoformat() if self.notice_date else None,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.summary_json(),
            "deadline_days": self.deadline_days,
            "appeal_limit": self.appeal_limit,
            "asins": list(self.asins),
            "requested_documents": [d for g in self.request_groups() for d in g],
            "requested_document_groups": self.request_groups(),
            "final_decision": self.final_decision,
            "invoice_window_days": self.invoice_window_days,
            "notice_text": self.notice_text,
            "notice": self.notice,
            "profile": self.profile,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "events": [e.to_json() for e in self.events],
            "documents": [d.to_json() for d in self.documents],
        }
