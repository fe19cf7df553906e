"""Names shown for the ledger's codes (statuses, categories, events...), marked for gettext."""

from __future__ import annotations

from reinstate.web.i18n import N_

LABELS: dict[str, str] = {
    # statuses
    "warning": N_("warning"),
    "at_risk": N_("at risk"),
    "under_review": N_("under review"),
    "listing_removed": N_("listing removed"),
    "suspended": N_("suspended"),
    "deactivated": N_("deactivated"),
    "reinstated": N_("reinstated"),
    "other": N_("other"),
    # categories
    "inauthentic": N_("inauthentic items"),
    "supply_chain_invoice": N_("supply chain / invoices"),
    "forged_documents": N_("forged documents"),
    "related_accounts": N_("related accounts"),
    "performance_metrics": N_("performance metrics"),
    "ip_complaint": N_("intellectual property complaint"),
    "restricted_product": N_("restricted product"),
    "review_manipulation": N_("review manipulation"),
    "identity_verification": N_("identity verification"),
    "product_safety": N_("product safety"),
    "condition_complaint": N_("condition complaint"),
    "pricing": N_("pricing"),
    "listing_policy": N_("listing policy"),
    "code_of_conduct": N_("code of conduct"),
    "funds_reserve": N_("funds reserve"),
    # events
    "notice_received": N_("notice received"),
    "info_requested": N_("Amazon asked for information"),
    "appeal_submitted": N_("appeal submitted"),
    "message_sent": N_("message sent"),
    "amazon_replied": N_("Amazon replied"),
    "appeal_rejected": N_("appeal rejected"),
    "note": N_("note"),
    "packet_forced": N_("packet exported despite a block"),
    # channels
    "account_health_appeal": N_("Account Health appeal"),
    "seller_performance_email": N_("e-mail to Seller Performance"),
    "seller_support": N_("Seller Support"),
    "ahs_call": N_("call with Account Health Support"),
    # document roles
    "invoices": N_("invoices"),
    "letter_of_authorization": N_("letter of authorization"),
    "utility_bill": N_("utility bill"),
    "identity_document": N_("identity document"),
    "plan_of_action": N_("plan of action"),
    "bank_statement": N_("bank statement"),
    "business_license": N_("business licence"),
    "notice": N_("notice"),
    # guard actions and verdicts
    "appeal": N_("send an appeal"),
    "message": N_("send a message"),
    "new-account": N_("open a new account"),
    "invoice": N_("submit an invoice"),
    "call": N_("call Account Health"),
    "allow": N_("allowed"),
    "warn": N_("careful"),
    "block": N_("stop"),
    "ok": N_("fine"),
    "reject": N_("will be rejected"),
    "pending": N_("not checked yet"),
    # lint verdicts
    "ready": N_("ready to send"),
    "needs_work": N_("needs work"),
    "do_not_send": N_("do not send"),
    # severities
    "info": N_("info"),
    "error": N_("error"),
    "critical": N_("critical"),
    # team roles
    "owner": N_("owner"),
    "member": N_("member"),
    "viewer": N_("viewer"),
    # the seven guardrails
    "poa_ready": N_("1. The Plan of Action and the evidence are ready before appealing"),
    "new_account": N_("2. No new seller account"),
    "documents": N_("3. Only authentic, unaltered documents"),
    "legal_threats": N_("4. No threat of legal action"),
    "channel": N_("5. Account Health, not Seller Support"),
    "tone": N_("6. Calm, factual language"),
    "follow_ups": N_("7. No repeated or duplicate follow-ups"),
    # the three parts of a Plan of Action (the linter's sections)
    "root_cause": N_("root cause"),
    "corrective_actions": N_("corrective actions"),
    "preventive_measures": N_("preventive measures"),
    # related accounts: link strength and the attributes that link accounts
    "strong": N_("strong"),
    "medium": N_("medium"),
    "weak": N_("weak"),
    "legal_name": N_("legal name"),
    "store_name": N_("store name"),
    "email": N_("e-mail"),
    "phone": N_("phone"),
    "business_address": N_("business address"),
    "return_address": N_("return address"),
    "bank_account": N_("bank account"),
    "card": N_("card"),
    "tax_id": N_("tax ID"),
    "ip": N_("IP address"),
    "device_id": N_("device"),
    "browser_fingerprint": N_("browser fingerprint"),
    "login": N_("login"),
    "permission": N_("user permission"),
    "brand": N_("brand"),
    "person_name": N_("person's name"),
    # made by the loader from other values: neighbours and look-alike companies (weak links)
    "building": N_("same building"),
    "street": N_("same street"),
    "trade_name": N_("trade name"),
    # invoice fields named in findings
    "name": N_("name"),
    "address": N_("address"),
}

# What each group of rules checks (the rules page filter).
TARGETS: dict[str, str] = {
    "guard": N_("the seven guardrails"),
    "text": N_("appeal and message text"),
    "invoice": N_("invoices"),
    "notice": N_("notices"),
    "related": N_("related accounts"),
    "health": N_("account health"),
}
