"""Runs a related-accounts rule's examples for the catalogue meta-tests.

An example is a table: `accounts` (a list of account tables as JSON input would give them),
optionally `account` (the account to focus on) or `candidate` (a prospective new account).
"""

from __future__ import annotations

from reinstate.related.check import check
from reinstate.related.load import from_records
from reinstate.rules import Rule, default_registry


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on one example table of accounts."""
    assert isinstance(example, dict), f"{rule.code}: related examples are tables"
    accounts, problems = from_records(example["accounts"])
    assert not problems, f"{rule.code}: example has input problems: {problems}"
    report = check(
        accounts,
        account_id=example.get("account"),
        candidate=example.get("candidate"),
        registry=default_registry(),
    )
    return {f.code for f in report.findings}
