"""A generator of Account Health report documents (GET_V2_SELLER_PERFORMANCE_REPORT) for tests.

Every value is made up here; the structure follows Amazon's published schema.
"""

from __future__ import annotations

import copy
import json
from typing import Any

RANGE = {"reportingDateFrom": "2026-09-01T00:00Z", "reportingDateTo": "2026-10-30T23:59Z"}
VIOLATION_NAMES = (
    "listingPolicyViolations",
    "productAuthenticityCustomerComplaints",
    "productConditionCustomerComplaints",
    "productSafetyCustomerComplaints",
    "receivedIntellectualPropertyComplaints",
    "restrictedProductPolicyViolations",
    "suspectedIntellectualPropertyViolations",
    "foodAndProductSafetyIssues",
    "otherPolicyViolations",
    "documentRequests",
)


def _rate(rate: float, target: float, condition: str, **counts: int) -> dict[str, Any]:
    good = rate < target if condition == "LESS_THAN" else rate > target
    return {
        "reportingDateRange": dict(RANGE),
        **counts,
        "status": "GOOD" if good else "BAD",
        "rate": rate,
        "targetValue": target,
        "targetCondition": condition,
    }


def _odr(rate: float, orders: int) -> dict[str, Any]:
    defects = round(rate * orders)
    body = _rate(rate, 0.01, "LESS_THAN")
    body.update(
        orderCount=orders,
        orderWithDefects={"count": defects, "status": "GOOD"},
        claims={"count": 0, "status": "NONE"},
        chargebacks={"count": 0, "status": "NONE"},
        negativeFeedback={"count": defects, "status": "NONE"},
        fulfillmentType="mfn",
    )
    return body


def marketplace_metrics(
    marketplace_id: str = "ATVPDKIKX0DER",
    *,
    late: float = 0.012,
    cancel: float = 0.004,
    tracking: float = 0.991,
    odr: float = 0.002,
    on_time: float = 0.97,
    ahr: str = "GREAT",
    violations: dict[str, int] | None = None,
    warnings: dict[str, str] | None = None,
    report_to: str = "2026-10-30T23:59Z",
) -> dict[str, Any]:
    orders = 4200
    item: dict[str, Any] = {
        "marketplaceId": marketplace_id,
        "lateShipmentRate": _rate(
            late, 0.04, "LESS_THAN", orderCount=orders, lateShipmentCount=round(late * orders)
        ),
        "preFulfillmentCancellationRate": _rate(
            cancel, 0.025, "LESS_THAN", orderCount=orders, cancellationCount=round(cancel * orders)
        ),
        "validTrackingRate": _rate(
            tracking,
            0.95,
            "GREATER_THAN",
            shipmentCount=orders,
            validTrackingCount=round(tracking * orders),
        ),
        "orderDefectRate": {"mfn": _odr(odr, orders), "afn": _odr(odr / 2, orders)},
        "onTimeDeliveryRate": _rate(
            on_time,
            0.9,
            "GREATER_THAN",
            shipmentCountWithValidTracking=orders,
            onTimeDeliveryCount=round(on_time * orders),
        ),
        "unitOnTimeDeliveryRate": _rate(
            on_time,
            0.9,
            "GREATER_THAN",
            totalUnitCount=orders,
            unitOnTimeDeliveryCount=round(on_time * orders),
        ),
        "invoiceDefectRate": {
            **_rate(0.0, 0.05, "LESS_THAN", orderCount=orders),
            "invoiceDefect": {"count": 0, "status": "NONE"},
            "missingInvoice": {"count": 0, "status": "NONE"},
            "lateInvoice": {"count": 0, "status": "NONE"},
        },
        "accountHealthRating": {
            "ahrStatus": ahr,
            "reportingDateRange": {
                "reportingDateFrom": "2026-05-03T00:00Z",
                "reportingDateTo": report_to,
            },
        },
        "warningStates": [{"warningType": k, "status": v} for k, v in (warnings or {}).items()],
    }
    for name in VIOLATION_NAMES:
        count = (violations or {}).get(name, 0)
        item[name] = {
            "reportingDateRange": dict(RANGE),
            "defectsCount": count,
            "status": "BAD" if count else "GOOD",
            "targetValue": 0,
            "targetCondition": "EQUALS",
        }
    return item


def report(
    status: str = "NORMAL", marketplace_id: str = "ATVPDKIKX0DER", **metrics: Any
) -> dict[str, Any]:
    """A one-marketplace report; keyword arguments go to marketplace_metrics."""
    return {
        "accountStatuses": [{"marketplaceId": marketplace_id, "status": status}],
        "performanceMetrics": [marketplace_metrics(marketplace_id, **metrics)],
    }


def multi(*parts: dict[str, Any]) -> dict[str, Any]:
    """Several one-marketplace reports merged into one document."""
    out: dict[str, Any] = {"accountStatuses": [], "performanceMetrics": []}
    for p in parts:
        out["accountStatuses"].extend(copy.deepcopy(p["accountStatuses"]))
        out["performanceMetrics"].extend(copy.deepcopy(p["performanceMetrics"]))
    return out


def dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data).encode()
