"""What a parsed notice means for the seller, in English and Chinese: summary, don'ts, checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reinstate.i18n import LANGS, both, tr
from reinstate.rules.model import Finding

if TYPE_CHECKING:
    from reinstate.notices.model import Notice


def summary_lines(notice: Notice, lang: str) -> list[str]:
    """The summary as lines: what happened, why, what Amazon asks for, by when, how."""
    if notice.category == "other" and notice.stage == "other":
        return [tr("notices.summary.unknown", lang)]
    sep = tr("notices.summary.separator", lang)
    out = [
        tr(
            "notices.summary.what",
            lang,
            stage=tr(f"notices.stage.{notice.stage}", lang),
            category=sep.join(tr(f"notices.category.{c}", lang) for c in notice.categories)
            or tr("notices.category.other", lang),
        ),
        tr("notices.summary.status", lang, status=tr(f"notices.status.{notice.status}", lang)),
    ]
    if notice.deadline_days is not None and notice.deadline_date is not None:
        out.append(
            tr(
                "notices.summary.deadline_date",
                lang,
                days=notice.deadline_days,
                date=notice.deadline_date.isoformat(),
            )
        )
    elif notice.deadline_days is not None:
        out.append(tr("notices.summary.deadline", lang, days=notice.deadline_days))
    elif notice.deadline_weekday is not None:
        day = tr(f"notices.weekday.{notice.deadline_weekday}", lang)
        out.append(tr("notices.summary.deadline_weekday", lang, weekday=day))
    else:
        out.append(tr("notices.summary.no_deadline", lang))
    if notice.requested_documents:
        docs = sep.join(tr(f"notices.document.{d}", lang) for d in notice.requested_documents)
        out.append(tr("notices.summary.asks", lang, documents=docs))
    else:
        out.append(tr("notices.summary.asks_nothing", lang))
    if notice.invoice_window_days:
        out.append(tr("notices.summary.window", lang, days=notice.invoice_window_days))
    if notice.asins:
        shown = ", ".join(notice.asins[:10]) + (" …" if len(notice.asins) > 10 else "")
        out.append(tr("notices.summary.asins", lang, asins=shown))
    if notice.appeal_limit:
        out.append(tr("notices.summary.appeals", lang, count=notice.appeal_limit))
    if notice.funds:
        out.append(
            tr("notices.summary.funds", lang, funds=tr(f"notices.funds.{notice.funds}", lang))
        )
    if notice.final_decision:
        out.append(tr("notices.summary.final", lang))
    out.append(
        tr("notices.summary.channel", lang, channel=tr(f"notices.channel.{notice.channel}", lang))
    )
    return out


def explanation(notice: Notice) -> dict[str, Any]:
    """What the notice's JSON carries besides the facts: summary, don'ts, findings, warnings."""
    return {
        "summary": summary(notice),
        "do_not": do_not(notice),
        "findings": [f.to_json() for f in findings(notice)],
        "warnings": warning_texts(notice),
    }


def summary(notice: Notice) -> dict[str, str]:
    """The summary in every language, one line per fact."""
    return {lang: "\n".join(summary_lines(notice, lang)) for lang in LANGS}


def do_not_ids(notice: Notice) -> list[str]:
    """Which of the classic mistakes this notice makes likely, most urgent first."""
    ids: list[str] = []
    enforced = notice.status in ("suspended", "deactivated", "under_review", "listing_removed")
    if notice.stage == "reinstated":
        return ["duplicate", "new_account"]
    if notice.wrong_channel and notice.category == "other" and notice.stage == "other":
        return ["seller_support", "duplicate"]
    if notice.category == "other" and notice.stage == "other":
        return []  # not recognised as a notice about the account: no advice is better than noise
    if notice.final_decision:
        ids.append("resend_same")
    if notice.deadline_days is not None or notice.deadline_weekday is not None:
        ids.append("ignore_deadline")
    if notice.appeal_limit or (enforced and not notice.final_decision):
        ids.append("appeal_before_ready")
    if enforced or notice.stage != "warning":
        ids.append("new_account")
    if "related_accounts" in notice.categories:
        ids.append("other_account")
    if set(notice.requested_documents) - {"plan_of_action"} or notice.category in (
        "forged_documents",
        "supply_chain_invoice",
        "inauthentic",
    ):
        ids.append("alter_documents")
    ids.append("seller_support")
    if notice.funds:
        ids.append("change_bank")
    ids.extend(["legal_threat", "emotional", "duplicate"])
    return list(dict.fromkeys(ids))


def do_not(notice: Notice) -> list[dict[str, str]]:
    """The don'ts for this notice with their texts."""
    return [{"id": i, **both(f"notices.dont.{i}")} for i in do_not_ids(notice)]


def findings(notice: Notice) -> list[Finding]:
    """Findings of the notice rules (family N) for this notice."""
    from reinstate.notices.checks import check

    return check(notice)


def warning_texts(notice: Notice) -> list[dict[str, Any]]:
    """Warnings about the input (cut, broken MIME, unknown language) with their texts."""
    ids = list(dict.fromkeys(notice.warnings))
    if notice.language is None and "unknown_language" not in ids:
        ids.append("unknown_language")
    return [{"code": i, **both(f"notices.warning.{i}")} for i in ids]
