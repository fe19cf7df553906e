"""The invoice pre-flight as seen by the guard: `reinstate guard invoice` runs it on the file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reinstate.rules import Finding, Registry

if TYPE_CHECKING:
    from reinstate.cases import Case

# The guard already judges the file type itself (G301); these pre-flight findings would repeat it.
_GUARD_COVERS = {"not_pdf", "empty"}


def case_context(case: Case) -> dict[str, Any]:
    """What the invoice check needs from a case: the notice date and window, the seller, sales."""
    profile = case.profile or {}
    units = profile.get("units_sold") or {}
    return {
        "notice_date": case.notice_date,
        "window_days": case.invoice_window_days,
        "seller_name": profile.get("seller_name") or case.account,
        "seller_address": profile.get("seller_address"),
        "units_sold": {str(k): int(v) for k, v in units.items()} or None,
    }


def document_findings(
    *, case: Case, filename: str, data: bytes, registry: Registry
) -> list[Finding]:
    """The pre-flight's findings for one document about to be uploaded for this case."""
    from reinstate.invoices.check import check_invoice

    report = check_invoice(data, filename=filename, registry=registry, **case_context(case))
    return [f for f in report.findings if not set(f.rule.tags) & _GUARD_COVERS]
