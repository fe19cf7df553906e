"""The case ledger: cases, events, documents, deadlines, and the store that keeps them.

Names are loaded on first use so that commands which never touch the database start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "CATEGORIES": "model",
    "DOCUMENT_ROLES": "model",
    "Case": "model",
    "CaseDraft": "model",
    "Channel": "model",
    "DocumentRef": "model",
    "Event": "model",
    "EventKind": "model",
    "Status": "model",
    "Deadline": "schedule",
    "deadlines": "schedule",
    "missing_documents": "schedule",
    "next_step": "schedule",
    "contact_counts": "schedule",
    "case_report": "report",
    "Store": "store",
    "open_store": "store",
    "parse_day": "bounds",
    "parse_moment": "bounds",
}

__all__ = [
    "CATEGORIES",
    "DOCUMENT_ROLES",
    "Case",
    "CaseDraft",
    "Channel",
    "Deadline",
    "DocumentRef",
    "Event",
    "EventKind",
    "Status",
    "Store",
    "case_report",
    "contact_counts",
    "deadlines",
    "missing_documents",
    "next_step",
    "open_store",
    "parse_day",
    "parse_moment",
]

if TYPE_CHECKING:
    from reinstate.cases.bounds import parse_day, parse_moment
    from reinstate.cases.model import (
        CATEGORIES,
        DOCUMENT_ROLES,
        Case,
        CaseDraft,
        Channel,
        DocumentRef,
        Event,
        EventKind,
        Status,
    )
    from reinstate.cases.report import case_report
    from reinstate.cases.schedule import (
        Deadline,
        contact_counts,
        deadlines,
        missing_documents,
        next_step,
    )
    from reinstate.cases.store import Store, open_store


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reinstate.cases' has no attribute {name!r}")
    return getattr(importlib.import_module(f"reinstate.cases.{module}"), name)
