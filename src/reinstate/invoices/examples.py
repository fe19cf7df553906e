"""Runs an invoice rule's examples for the catalogue meta-tests.

An example is a table naming a fixture the corpus generator builds, plus the check's options:
    {make = "reportlab", edit = "overlay", notice_date = "2026-06-01", units_sold = {X = 10}}
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.rules import Rule, default_registry


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on the file one example describes."""
    assert isinstance(example, dict), f"{rule.code}: invoice examples are tables"
    report = run_example(example)
    return report.codes


def run_example(example: dict[str, Any]) -> Any:
    from reinstate.invoices.check import check_invoice
    from reinstate.invoices.corpus import fixture

    options = {
        k: example[k]
        for k in ("notice_date", "window_days", "seller_name", "seller_address", "units_sold")
        if k in example
    }
    making = {k: v for k, v in example.items() if k not in options and k != "ocr"}
    data, name = fixture(making)
    notice = options.get("notice_date")
    return check_invoice(
        data,
        filename=name,
        notice_date=date.fromisoformat(str(notice)) if notice else None,
        window_days=options.get("window_days"),
        seller_name=options.get("seller_name"),
        seller_address=options.get("seller_address"),
        units_sold=options.get("units_sold"),
        registry=default_registry(),
        ocr=bool(example.get("ocr", False)),
    )
