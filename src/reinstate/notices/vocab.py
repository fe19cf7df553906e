"""The fixed vocabularies of a parsed notice (the JSON contract's enums)."""

from __future__ import annotations

from reinstate.cases.model import CATEGORIES as LEDGER_CATEGORIES

# The ledger's categories: a parsed notice fills a case, so both speak the same vocabulary.
CATEGORIES = LEDGER_CATEGORIES
STAGES = (
    "warning",
    "initial_action",
    "info_request",
    "appeal_rejected",
    "final_decision",
    "reinstated",
    "other",
)
STATUSES = (
    "warning",
    "under_review",
    "listing_removed",
    "suspended",
    "deactivated",
    "reinstated",
    "other",
)
DOCUMENTS = (
    "invoices",
    "letter_of_authorization",
    "utility_bill",
    "identity_document",
    "plan_of_action",
    "bank_statement",
    "business_license",
    "other",
)
CHANNELS = (
    "account_health_appeal",
    "seller_performance_email",
    "seller_support",
    "ahs_call",
    "notice_email",
    "other",
)
FUNDS = ("permanently_withheld", "withheld", "held", "reserve", "disbursement")
LANGUAGES = ("en", "de", "fr", "it", "es", "ja", "zh")
