"""A snapshot of one account's health in one marketplace: plain data, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

ACCOUNT_STATUSES = ("NORMAL", "AT_RISK", "DEACTIVATED")
# Account Health Rating statuses that need no attention; anything else (WARNED and worse) does.
AHR_HEALTHY = frozenset({"GREAT", "GOOD", "NONE", ""})

# Performance metrics with a rate, a target and a status, and the counts that explain them:
# report field -> (defect-count path, total path). Paths are dotted inside the metric object.
RATE_METRICS: dict[str, tuple[str | None, str | None]] = {
    "orderDefectRate.mfn": ("orderWithDefects.count", "orderCount"),
    "orderDefectRate.afn": ("orderWithDefects.count", "orderCount"),
    "lateShipmentRate": ("lateShipmentCount", "orderCount"),
    "preFulfillmentCancellationRate": ("cancellationCount", "orderCount"),
    "validTrackingRate": ("validTrackingCount", "shipmentCount"),
    "onTimeDeliveryRate": ("onTimeDeliveryCount", "shipmentCountWithValidTracking"),
    "unitOnTimeDeliveryRate": ("unitOnTimeDeliveryCount", "totalUnitCount"),
    "invoiceDefectRate": ("invoiceDefect.count", "orderCount"),
}
# Other spellings seen in Amazon's own example documents.
ALIASES = {
    "prefulfillmentCancelRate": "preFulfillmentCancellationRate",
    "documentRequest": "documentRequests",
    "warningState": "warningStates",
}

# Policy-violation counts (ListingLevelViolation) and the case category each one points to.
VIOLATIONS: dict[str, str] = {
    "productAuthenticityCustomerComplaints": "inauthentic",
    "receivedIntellectualPropertyComplaints": "ip_complaint",
    "suspectedIntellectualPropertyViolations": "ip_complaint",
    "restrictedProductPolicyViolations": "restricted_product",
    "productSafetyCustomerComplaints": "product_safety",
    "foodAndProductSafetyIssues": "product_safety",
    "productConditionCustomerComplaints": "condition_complaint",
    "listingPolicyViolations": "listing_policy",
    "documentRequests": "supply_chain_invoice",
    "otherPolicyViolations": "other",
}


@dataclass(frozen=True)
class Metric:
    """One metric of the report: a rate with its target, or a policy-violation count."""

    name: str
    kind: str  # "rate" or "violation"
    value: float
    target: float | None
    condition: str | None  # LESS_THAN, GREATER_THAN, EQUALS
    status: str | None  # GOOD, BAD, NONE
    count: int | None = None
    total: int | None = None
    date_from: str | None = None
    date_to: str | None = None

    def meets_target(self) -> bool:
        """Whether the value satisfies the target condition (True when there is no target)."""
        if self.target is None or self.condition is None:
            return True
        if self.condition == "LESS_THAN":
            return self.value < self.target
        if self.condition == "GREATER_THAN":
            return self.value > self.target
        return self.value == self.target

    def headroom_used(self) -> float | None:
        """How much of what the target allows is used up (1.0 = at the target), or None.

        For an upper limit (LESS_THAN) that is value / target; for a lower limit on a rate
        (GREATER_THAN, target below 1) it is the shortfall from 100% over what the target allows.
        """
        if self.target is None or self.kind != "rate":
            return None
        if self.condition == "LESS_THAN" and self.target > 0:
            return self.value / self.target
        if self.condition == "GREATER_THAN" and 0 < self.target < 1:
            return (1 - self.value) / (1 - self.target)
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "value": self.value,
            "target": self.target,
            "condition": self.condition,
            "status": self.status,
            "count": self.count,
            "total": self.total,
            "date_from": self.date_from,
            "date_to": self.date_to,
        }


@dataclass(frozen=True)
class Snapshot:
    """What one Account Health report said about one account in one marketplace."""

    account: str
    marketplace_id: str
    marketplace: str
    account_status: str
    ahr_status: str | None
    metrics: dict[str, Metric] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    report_date: date | None = None
    taken_at: datetime | None = None
    source: str = ""
    report_id: str | None = None
    id: int | None = None

    @property
    def violations(self) -> dict[str, int]:
        return {m.name: int(m.value) for m in self.metrics.values() if m.kind == "violation"}

    def rates(self) -> list[Metric]:
        return [m for m in self.metrics.values() if m.kind == "rate"]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "account": self.account,
            "marketplace_id": self.marketplace_id,
            "marketplace": self.marketplace,
            "account_status": self.account_status,
            "ahr_status": self.ahr_status,
            "report_date": self.report_date.isoformat() if self.report_date else None,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "source": self.source,
            "report_id": self.report_id,
            "metrics": [m.to_json() for m in self.metrics.values()],
            "violations": self.violations,
            "warnings": dict(self.warnings),
        }
