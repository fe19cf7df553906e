"""Runs an invoice rule's examples for the catalogue meta-tests.

An example is a table naming a file the test corpus generator builds, plus the check's options:
    {make = "reportlab", edit = "overlay", notice_date = "2026-06-01", units_sold = {X = 10}}
The files are built once by `tests/support/invoice_fixtures.py` and shipped, compressed, in
`rules/data/invoice/examples.json`: the generator needs reportlab and weasyprint, which an
installed reinstate does not have, and a rule's examples must run wherever the rules do.
"""

from __future__ import annotations

import base64
import json
import zlib
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from reinstate.rules import Rule, default_registry

OPTIONS = ("notice_date", "window_days", "seller_name", "seller_address", "units_sold")
NOT_MAKING = (*OPTIONS, "ocr")


def making_key(example: dict[str, Any]) -> str:
    """The part of an example that names the file, as a stable key."""
    making = {k: v for k, v in example.items() if k not in NOT_MAKING}
    return json.dumps(making, sort_keys=True, default=str)


@cache
def _bundle() -> dict[str, dict[str, str]]:
    entry = resources.files("reinstate.rules").joinpath("data/invoice/examples.json")
    loaded: dict[str, dict[str, str]] = json.loads(entry.read_text(encoding="utf-8"))
    return loaded


def example_file(example: dict[str, Any]) -> tuple[bytes, str]:
    """The bytes and file name an example names, from the shipped bundle."""
    key = making_key(example)
    found = _bundle().get(key)
    if found is None:
        raise KeyError(
            f"no example file for {key}: rebuild the bundle with "
            "`python tests/support/invoice_fixtures.py`"
        )
    return zlib.decompress(base64.b64decode(found["data"])), found["name"]


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on the file one example describes."""
    assert isinstance(example, dict), f"{rule.code}: invoice examples are tables"
    report = run_example(example)
    return set(report.codes)


def run_example(example: dict[str, Any], data: bytes | None = None, name: str = "") -> Any:
    from reinstate.invoices.check import check_invoice

    if data is None:
        data, name = example_file(example)
    notice = example.get("notice_date")
    return check_invoice(
        data,
        filename=name,
        notice_date=date.fromisoformat(str(notice)) if notice else None,
        window_days=example.get("window_days"),
        seller_name=example.get("seller_name"),
        seller_address=example.get("seller_address"),
        units_sold=example.get("units_sold"),
        registry=default_registry(),
        ocr=bool(example.get("ocr", False)),
    )
