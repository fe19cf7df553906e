"""The fixed vocabularies of a parsed notice (the JSON contract's enums)."""

from __future__ import annotations

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
