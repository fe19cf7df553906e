"""The seven guardrails: pure decisions over a case and a proposed action.

`decide` reads nothing from disk or the database: the shells pass the case, the text and the
file bytes in. That keeps a decision fast enough to run before every step.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from reinstate.cases.facts import fact
from reinstate.cases.files import AMAZON_ACCEPTED, sniff_media_type
from reinstate.cases.model import CONTACT_KINDS, Case, Channel, EventKind, Status, sha256_hex
from reinstate.cases.schedule import (
    contact_counts,
    deadlines,
    describe,
    hard_deadline,
    missing_groups,
    next_step,
)
from reinstate.contract import envelope
from reinstate.rules import Finding, Registry, Severity, default_registry
from reinstate.rules.binding import implements


class Action(StrEnum):
    appeal = "appeal"
    message = "message"
    new_account = "new-account"
    invoice = "invoice"
    call = "call"


class Verdict(StrEnum):
    allow = "allow"
    warn = "warn"
    block = "block"


# Amazon answering in one of these ways ends the cooling-off period: a new message is then due.
_ANSWERS = frozenset({EventKind.info_requested, EventKind.appeal_rejected})
DUPLICATE_SIMILARITY = 90.0
MANY_CONTACTS_IN_WEEK = 3

# The rules of the seven guardrails (docs/guardrails.md): a config that disables or softens
# one of them is reported with every guard decision.
GUARDRAIL_CODES = frozenset(
    {
        "P001", "P002", "P003", "P101", "P102",
        "G101", "G102", "G103", "G104", "G105", "G106", "G107", "G108",
        "G201", "G202", "G301", "G302", "G303", "G304",
        "G501", "G502", "G503", "G601", "G602", "G603",
    }
)  # fmt: skip

# Checks other capabilities plug in for documents (module:function, imported when first needed),
# each called as fn(case=..., filename=..., data=..., registry=...) -> list[Finding].
DOCUMENT_CHECKS: list[str] = ["reinstate.invoices.guard:document_findings"]


@dataclass
class Decision:
    action: Action
    case: Case
    today: date
    findings: list[Finding] = field(default_factory=list)
    # Checks that could not run here (an optional part not installed): about the tool, not the
    # user's documents, so they are reported apart from the findings.
    skipped: list[dict[str, Any]] = field(default_factory=list)
    # Guardrail rules the user's config switched off or made milder: always said, since a
    # silent ALLOW from a disabled G201 reads like a real all-clear.
    config_changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        worst = max((f.severity for f in self.findings), default=None)
        if worst is not None and worst >= Severity.error:
            return Verdict.block
        if worst is Severity.warning:
            return Verdict.warn
        return Verdict.allow

    def contacts(self) -> dict[str, int]:
        return contact_counts(self.case, self.today)

    def to_json(self) -> dict[str, Any]:
        limit, limit_source = self.case.effective_appeal_limit()
        return envelope(
            "guard",
            verdict=self.verdict.value,
            action=self.action.value,
            case_id=self.case.id,
            today=self.today.isoformat(),
            findings=[f.to_json() for f in self.findings],
            contacts=self.contacts(),
            appeals={"used": self.case.appeals_used(), "limit": limit, "source": limit_source},
            deadlines=[d.to_json(self.today) for d in deadlines(self.case)],
            next_step=next_step(self.case, self.today),
            skipped_checks=self.skipped,
            config_changes=self.config_changes,
        )


@implements("G201", "G202", "G304")
def decide(
    action: Action | str,
    case: Case,
    *,
    today: date,
    text: str | None = None,
    document: tuple[str, bytes] | None = None,
    channel: Channel | None = None,
    declared_need: bool = False,
    account_links: Sequence[Finding] = (),
    registry: Registry | None = None,
) -> Decision:
    """May the seller take `action` on `case` now? Findings say why, and what to do instead.

    `account_links` are the related-accounts findings for a prospective new account
    (`reinstate.related.check(accounts, candidate=...)`), shown with the new-account guardrail.
    """
    action = Action(action)
    registry = registry or default_registry()
    found: list[Finding | None] = []
    skipped: list[dict[str, Any]] = []
    add = found.append
    if action is Action.appeal:
        channel = channel or Channel.account_health_appeal
        found.extend(_appeal_readiness(case, today, text, registry))
        found.extend(_channel(channel, registry))
        found.extend(_follow_up(case, today, text, registry))
        if text is not None:
            found.extend(_tone(text, registry, sections=True, case=case))
    elif action is Action.message:
        channel = channel or Channel.account_health_appeal
        found.extend(_channel(channel, registry))
        found.extend(_follow_up(case, today, text, registry))
        if text is not None:
            found.extend(_tone(text, registry, sections=False))
    elif action is Action.new_account:
        if declared_need and case.status is Status.reinstated:
            add(registry.finding("G202"))
        else:
            add(registry.finding("G201", account=case.account))
        # What the related-accounts check found for the prospective account (the shells run it,
        # since it reads the user's accounts file): exactly which records would tie it.
        found.extend(account_links)
    elif action is Action.invoice:
        if document is None:
            add(registry.finding("G304"))
        else:
            found.extend(_document(case, document, registry, skipped))
    elif action is Action.call:
        # A call is fine with Account Health Support; --to still names who is being called.
        if channel in (Channel.seller_support, Channel.seller_performance_email):
            found.extend(_channel(channel, registry))
        else:
            add(registry.finding("G503"))
    findings = [f for f in found if f is not None]
    findings.sort(key=lambda f: (-f.severity, f.code))
    return Decision(
        action=action,
        case=case,
        today=today,
        findings=findings,
        skipped=skipped,
        config_changes=registry.weakened(GUARDRAIL_CODES),
    )


@implements("G101", "G102", "G103", "G104", "G105", "G106", "G107", "G108")
def _appeal_readiness(
    case: Case, today: date, text: str | None, registry: Registry
) -> Iterable[Finding | None]:
    if text is None or not text.strip():
        yield registry.finding("G101")
    deadline = hard_deadline(case)
    close = fact("deadline_close_days").value
    days_left = deadline.days_left(today) if deadline else None
    deadline_close = days_left is not None and 0 <= days_left <= close
    missing = missing_groups(case)
    if missing:
        code = "G107" if deadline_close else "G102"
        yield registry.finding(code, documents=describe(missing))
    if deadline is not None and days_left is not None:
        if deadline_close:
            yield registry.finding("G104", days=days_left, date=deadline.due.isoformat())
        elif days_left < 0:
            yield registry.finding("G106", days=-days_left, date=deadline.due.isoformat())
    if case.final_decision:
        yield registry.finding("G105")
    limit, _ = case.effective_appeal_limit()
    if limit is not None:
        used = case.appeals_used()
        if used >= limit:
            yield registry.finding("G108", used=used, limit=limit)
        elif used == limit - 1:
            yield registry.finding("G103", used=used, limit=limit)


@implements("G501", "G502", "G503")
def _channel(channel: Channel, registry: Registry) -> Iterable[Finding | None]:
    if channel is Channel.seller_support:
        yield registry.finding("G501")
    elif channel is Channel.seller_performance_email:
        yield registry.finding("G502")
    elif channel is Channel.ahs_call:
        yield registry.finding("G503")


@implements("G601", "G602", "G603")
def _follow_up(
    case: Case, today: date, text: str | None, registry: Registry
) -> Iterable[Finding | None]:
    first_appeal = next((e for e in case.events if e.kind is EventKind.appeal_submitted), None)
    if first_appeal is not None:
        later = [e for e in case.events if e.at >= first_appeal.at]
        last_contact = max((e for e in later if e.kind in CONTACT_KINDS), key=lambda e: e.at)
        answered = any(e.kind in _ANSWERS and e.at >= last_contact.at for e in later)
        wait = fact("cooling_off_days").value
        allowed_from = last_contact.at.date() + timedelta(days=wait)
        if not answered and today < allowed_from:
            yield registry.finding(
                "G601",
                days=(today - last_contact.at.date()).days,
                wait=wait,
                date=allowed_from.isoformat(),
            )
    if text and text.strip():
        duplicate = _near_duplicate(text, (e.text for e in case.contacts() if e.text))
        if duplicate is not None:
            yield registry.finding("G602", similarity=round(duplicate))
    counts = contact_counts(case, today)
    if counts["last_7_days"] >= MANY_CONTACTS_IN_WEEK:
        yield registry.finding("G603", week=counts["last_7_days"], month=counts["last_30_days"])


def _near_duplicate(text: str, earlier: Iterable[str]) -> float | None:
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    best = None
    for previous in earlier:
        score = fuzz.token_sort_ratio(text, previous, processor=default_process)
        if score >= DUPLICATE_SIMILARITY and (best is None or score > best):
            best = score
    return best


def _tone(
    text: str, registry: Registry, *, sections: bool, case: Case | None = None
) -> list[Finding]:
    """The linter's findings. For an appeal it also checks every ASIN of the case is addressed;
    the channel, the appeal count and duplicates are the guard's own rules, so not asked twice."""
    from reinstate.appeals import lint_text

    context: dict[str, Any] = {}
    if case is not None:
        context = {"asins": list(case.asins), "category": case.category}
    return lint_text(text, registry=registry, require_sections=sections, **context).findings


@implements("G301", "G302", "G303")
def _document(
    case: Case, document: tuple[str, bytes], registry: Registry, skipped: list[dict[str, Any]]
) -> Iterable[Finding | None]:
    filename, data = document
    media_type = sniff_media_type(data)
    if media_type not in AMAZON_ACCEPTED:
        yield registry.finding("G301", filename=filename, media_type=media_type)
        return
    sha = sha256_hex(data)
    stored = [d for d in case.documents if d.filename == filename.rsplit("/", 1)[-1]]
    if stored and all(d.sha256 != sha for d in stored):
        yield registry.finding(
            "G302", filename=filename, stored=stored[0].sha256[:12], now=sha[:12]
        )
    elif not any(d.sha256 == sha for d in case.documents):
        yield registry.finding("G303", filename=filename)
    for name, check in _document_checks():
        try:
            results = check(case=case, filename=filename, data=data, registry=registry)
        except ModuleNotFoundError as exc:
            from reinstate.errors import missing_dependency

            problem = missing_dependency(exc)
            if problem is None:
                raise
            skipped.append({"check": name, "message": problem.message})
            continue
        yield from results


def _document_checks() -> list[tuple[str, Callable[..., list[Finding]]]]:
    checks = []
    for target in DOCUMENT_CHECKS:
        module_name, func = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # that capability is not installed or not built yet
            raise
        checks.append((target, getattr(module, func)))
    return checks
