"""A parsed notice: what Amazon said, each field with the text that supports it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reinstate.rules.model import Span


@dataclass(frozen=True)
class Evidence:
    """Why a field has its value: spans of the notice text and how sure we are."""

    confidence: float
    spans: tuple[tuple[int, int], ...] = ()
    source: str = "text"  # text | header | inferred | absent

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "confidence": round(self.confidence, 2),
            "source": self.source,
            "spans": [
                {**Span.of(text, s, e).to_json(), "text": text[s:e][:200]} for s, e in self.spans
            ],
        }


@dataclass
class Notice:
    """One notice from Amazon, parsed. `text` is the extracted text every span points into."""

    text: str
    source: str | None = None
    input_kind: str = "text"
    subject: str | None = None
    language: str | None = None
    script: str | None = None
    marketplace: str | None = None
    category: str = "other"
    categories: list[str] = field(default_factory=list)
    stage: str = "other"
    status: str = "other"
    deadline_days: int | None = None
    deadline_date: date | None = None
    # a deadline written as a weekday in a notice whose own date is unknown ("friday")
    deadline_weekday: str | None = None
    notice_date: date | None = None
    asins: list[str] = field(default_factory=list)
    order_ids: list[str] = field(default_factory=list)
    requested_documents: list[str] = field(default_factory=list)
    invoice_window_days: int | None = None
    appeal_limit: int | None = None
    funds: str | None = None
    funds_days: int | None = None
    policy_refs: list[str] = field(default_factory=list)
    final_decision: bool = False
    wrong_channel: bool = False
    channel: str = "other"
    confidence: float = 0.0
    evidence: dict[str, Evidence] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # The phrase scores behind stage and status (features of the learned model; not in the JSON).
    rule_scores: dict[str, dict[str, float]] = field(default_factory=dict)
    # When the learned model was asked: its answer and the rules' for each field it decides,
    # and the nearest labelled examples (ids). `method` says whether it ran at all.
    method: str = "rules"
    candidates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nearest: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self, *, include_text: bool = False) -> dict[str, Any]:
        """The notice as the versioned JSON contract (`kind: "notice"`)."""
        from reinstate.contract import envelope

        fields: dict[str, Any] = {
            "source": self.source,
            "input_kind": self.input_kind,
            "subject": self.subject,
            "language": self.language,
            "script": self.script,
            "marketplace": self.marketplace,
            "category": self.category,
            "categories": list(self.categories),
            "stage": self.stage,
            "status": self.status,
            "deadline_days": self.deadline_days,
            "deadline_date": self.deadline_date.isoformat() if self.deadline_date else None,
            "deadline_weekday": self.deadline_weekday,
            "notice_date": self.notice_date.isoformat() if self.notice_date else None,
            "asins": list(self.asins),
            "order_ids": list(self.order_ids),
            "requested_documents": list(self.requested_documents),
            "invoice_window_days": self.invoice_window_days,
            "appeal_limit": self.appeal_limit,
            "funds": self.funds,
            "funds_days": self.funds_days,
            "policy_refs": list(self.policy_refs),
            "final_decision": self.final_decision,
            "wrong_channel": self.wrong_channel,
            "channel": self.channel,
            "confidence": round(self.confidence, 2),
            "evidence": {k: v.to_json(self.text) for k, v in self.evidence.items()},
            "scores": {k: round(v, 2) for k, v in self.scores.items()},
            **_explainer[0](self),
            "text_length": len(self.text),
            "method": self.method,
            "candidates": self.candidates,
            "nearest": self.nearest,
        }
        if include_text:
            fields["text"] = self.text
        return envelope("notice", **fields)


# What the facts mean for the seller (summary, don'ts, findings, warnings) is presentation: the
# package plugs it in (reinstate.notices.__init__), so this model imports none of it.
_explainer: list[Callable[[Notice], Mapping[str, Any]]] = []


def explain_with(explainer: Callable[[Notice], Mapping[str, Any]]) -> None:
    """Set what `Notice.to_json` adds after the scores: the explanation of the facts."""
    _explainer[:] = [explainer]
