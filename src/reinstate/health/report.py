"""Read the GET_V2_SELLER_PERFORMANCE_REPORT document: validate it against Amazon's schema and
turn it into one Snapshot per marketplace. Nothing here touches the database or the network."""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from reinstate.cases.files import SIZE_LIMITS
from reinstate.errors import ReinstateError
from reinstate.health.marketplaces import country_of
from reinstate.health.model import ALIASES, RATE_METRICS, VIOLATIONS, Metric, Snapshot

SCHEMA_FILE = "accountHealthReport-2020-11-18.json"
REPORT_TYPE = "GET_V2_SELLER_PERFORMANCE_REPORT"
MAX_REPORT_BYTES = SIZE_LIMITS["report"]
NUMBERS_ALERTS_READ = frozenset(
    {"rate", "defectsCount", "targetValue", "count", "orderCount", "lateShipmentCount"}
)
# Spellings real reports use for an account status the schema names otherwise.
STATUS_ALIASES = {"SUSPENDED": "DEACTIVATED"}


@cache
def schema() -> dict[str, Any]:
    """Amazon's published JSON schema of the report (models/, Apache-2.0)."""
    text = resources.files(__package__).joinpath("models", SCHEMA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _validator() -> Any:
    from jsonschema import Draft7Validator

    return Draft7Validator(schema())


def decode(raw: bytes, origin: str | None = None) -> dict[str, Any]:
    """The report document as JSON (plain or gzip, as Amazon serves it), or an input error
    naming the file."""
    if raw[:2] == b"\x1f\x8b":
        raw = _gunzip(raw, origin)
    if len(raw) > MAX_REPORT_BYTES:
        raise ReinstateError(
            "health_report_too_large",
            path=origin,
            limit=MAX_REPORT_BYTES // (1024 * 1024),
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReinstateError("health_report_not_json", path=origin, reason=str(exc)[:200]) from None
    except RecursionError:
        raise ReinstateError(
            "health_report_not_json", path=origin, reason="nested too deeply"
        ) from None
    if not isinstance(data, dict):
        raise ReinstateError(
            "health_report_invalid",
            path=origin,
            where="$",
            reason="the document must be a JSON object",
        )
    return data


def _gunzip(raw: bytes, origin: str | None) -> bytes:
    """Unpack a gzip report, stopping at the size limit (a small bomb must not fill memory)."""
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = unpacker.decompress(raw, MAX_REPORT_BYTES + 1)
    except zlib.error as exc:
        raise ReinstateError("health_report_not_json", path=origin, reason=f"gzip: {exc}") from None
    if len(out) > MAX_REPORT_BYTES:
        raise ReinstateError(
            "health_report_too_large", path=origin, limit=MAX_REPORT_BYTES // (1024 * 1024)
        )
    return out


def _where(path: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def validate(data: dict[str, Any], origin: str | None = None) -> list[dict[str, str]]:
    """Check what the alerts need, and list every other way the report departs from Amazon's
    schema. Real reports (Amazon's own example among them) rename, add and omit fields; that is
    reported, not fatal. Only a report without usable statuses or metrics is refused."""
    statuses = data.get("accountStatuses")
    if not isinstance(statuses, list):
        raise ReinstateError(
            "health_report_invalid",
            path=origin,
            where="$.accountStatuses",
            reason="a list is needed",
        )
    for index, item in enumerate(statuses):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("marketplaceId"), str)
            and isinstance(item.get("status"), str)
        ):
            raise ReinstateError(
                "health_report_invalid",
                path=origin,
                where=f"$.accountStatuses[{index}]",
                reason="each entry needs a marketplaceId and a status",
            )
    if not isinstance(data.get("performanceMetrics"), list):
        raise ReinstateError(
            "health_report_invalid",
            path=origin,
            where="$.performanceMetrics",
            reason="a list is needed",
        )
    deviations = []
    for e in _validator().iter_errors(data):
        where = _where(e.path)
        # A number the alerts compute with that is not a number cannot be read around.
        if e.validator == "type" and e.path and e.path[-1] in NUMBERS_ALERTS_READ:
            raise ReinstateError(
                "health_report_invalid", path=origin, where=where, reason=e.message[:300]
            )
        deviations.append({"where": where, "problem": e.message[:300]})
    known = set(schema()["properties"]["performanceMetrics"]["items"]["properties"])
    for index, metrics in enumerate(data["performanceMetrics"]):
        for name in metrics if isinstance(metrics, dict) and known else ():
            if name in ALIASES:
                problem = f"{name!r} read as {ALIASES[name]!r}"
            elif name not in known:
                problem = f"unknown field {name!r} (ignored)"
            else:
                continue
            deviations.append({"where": f"$.performanceMetrics[{index}]", "problem": problem})
    for index, item in enumerate(statuses):
        if item["status"] in STATUS_ALIASES:
            deviations.append(
                {
                    "where": f"$.accountStatuses[{index}].status",
                    "problem": f"{item['status']!r} read as {STATUS_ALIASES[item['status']]!r}",
                }
            )
    return deviations


def _get(obj: dict[str, Any], dotted: str | None) -> Any:
    if dotted is None:
        return None
    for part in dotted.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)  # type: ignore[assignment]
    return obj


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# Counts beyond this are not a seller's orders but a broken report (and no database stores them).
_MOST = 2**31 - 1


def _bounded(value: Any, where: str) -> Any:
    if isinstance(value, int | float) and not (-_MOST <= value <= _MOST):
        raise ReinstateError(
            "health_report_invalid", path=None, where=where, reason=f"{value!r} is out of range"
        )
    return value


def _metric(name: str, kind: str, body: dict[str, Any]) -> Metric:
    body = {k: _bounded(v, f"{name}.{k}") for k, v in body.items()}
    rng = body.get("reportingDateRange") or {}
    if kind == "rate":
        count_path, total_path = RATE_METRICS[name]
        value = body.get("rate")
        count = _bounded(_get(body, count_path), f"{name}.{count_path}")
        total = _bounded(_get(body, total_path), f"{name}.{total_path}")
    else:
        value, count, total = body.get("defectsCount"), body.get("defectsCount"), None
    return Metric(
        name=name,
        kind=kind,
        value=float(value or 0),
        target=float(body["targetValue"]) if body.get("targetValue") is not None else None,
        condition=body.get("targetCondition"),
        status=body.get("status"),
        count=int(count) if isinstance(count, int | float) else None,
        total=int(total) if isinstance(total, int | float) else None,
        date_from=rng.get("reportingDateFrom"),
        date_to=rng.get("reportingDateTo"),
    )


def _metrics(item: dict[str, Any]) -> tuple[dict[str, Metric], dict[str, str], str | None]:
    item = {ALIASES.get(k, k): v for k, v in item.items()}
    metrics: dict[str, Metric] = {}
    for name in RATE_METRICS:
        top, _, sub = name.partition(".")
        body = item.get(top)
        if sub and isinstance(body, dict):
            body = body.get(sub)
        if isinstance(body, dict) and body.get("rate") is not None:
            metrics[name] = _metric(name, "rate", body)
    for name in VIOLATIONS:
        body = item.get(name)
        if isinstance(body, dict) and body.get("defectsCount") is not None:
            metrics[name] = _metric(name, "violation", body)
    warnings: dict[str, str] = {}
    states = item.get("warningStates") or []
    for state in states if isinstance(states, list) else [states]:
        if isinstance(state, dict) and state.get("warningType"):
            warnings[str(state["warningType"])] = str(state.get("status") or "NONE")
    ahr = item.get("accountHealthRating") or {}
    ahr_status = ahr.get("ahrStatus", ahr.get("accountHealthRatingStatus"))
    return metrics, warnings, str(ahr_status) if ahr_status is not None else None


def _report_date(metrics: dict[str, Metric], item: dict[str, Any]) -> date | None:
    ahr = (item.get("accountHealthRating") or {}).get("reportingDateRange") or {}
    days = [d for d in [_day(ahr.get("reportingDateTo"))] if d]
    days += [d for m in metrics.values() if (d := _day(m.date_to))]
    return max(days) if days else None


def parse(
    data: dict[str, Any],
    *,
    account: str,
    origin: str | None = None,
    taken_at: datetime | None = None,
    report_date: date | None = None,
    source: str = "",
    report_id: str | None = None,
) -> list[Snapshot]:
    """Validate the report and build one snapshot per marketplace it covers.

    The report date is the given one (the report's processing time when pulled), else the end
    of the latest reporting range in the report.
    """
    validate(data, origin)
    statuses = {
        s["marketplaceId"]: STATUS_ALIASES.get(s["status"], s["status"])
        for s in data["accountStatuses"]
    }
    items: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(data["performanceMetrics"]):
        if not isinstance(item, dict):
            raise ReinstateError(
                "health_report_invalid",
                path=origin,
                where=f"$.performanceMetrics[{index}]",
                reason="not an object",
            )
        mid = item.get("marketplaceId")
        if mid is None and len(statuses) == 1:
            mid = next(iter(statuses))
        if not isinstance(mid, str):
            raise ReinstateError(
                "health_report_invalid",
                path=origin,
                where=f"$.performanceMetrics[{index}].marketplaceId",
                reason="the marketplace is missing",
            )
        items[mid] = item
    for mid in [*statuses, *items]:
        country_of(mid, origin=origin)
    snapshots = []
    for mid in dict.fromkeys([*statuses, *items]):
        item = items.get(mid, {})
        metrics, warnings, ahr = _metrics(item)
        snapshots.append(
            Snapshot(
                account=account,
                marketplace_id=mid,
                marketplace=country_of(mid),
                account_status=statuses.get(mid, "UNKNOWN"),
                ahr_status=ahr,
                metrics=metrics,
                warnings=warnings,
                report_date=report_date or _report_date(metrics, item),
                taken_at=taken_at,
                source=source,
                report_id=report_id,
            )
        )
    if not snapshots:
        raise ReinstateError("health_report_empty", path=origin)
    return snapshots
