"""A rule that could never fire is refused at load, with the file named; a user's folder is
tested with the catalogue's own runner (`reinstate rules test DIR`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate.cli import app
from reinstate.errors import ReinstateError
from reinstate.rules.binding import bound_codes
from reinstate.rules.registry import builtin_rules, folder_rules
from reinstate.rules.targets import targets

RULE = """
code = "{code}"
name = "{name}"
kind = "{kind}"
target = "{target}"
severity = "warning"
source = "https://sellercentral.amazon.com/help/hub/reference/external/G200370560"
tags = [{tags}]
message = {{ en = "Do not promise a refund guarantee.", zh = "不要承诺退款保证。" }}
why = {{ en = "Amazon reads it as an unverifiable claim.", zh = "亚马逊会视其为无法核实的说法。" }}
fix = {{ en = "Say what you did instead.", zh = "改为说明你已经做了什么。" }}

[phrases]
en = ["{phrase}"]

[examples]
fire = ["We guarantee a full refund to every customer."]
silent = ["We refunded order 113-1234567-1234567 on 3 March."]
"""


def _write(folder: Path, code: str = "U901", **fields: str) -> Path:
    values = {
        "code": code,
        "name": "refund-guarantee",
        "kind": "phrases",
        "target": "text",
        "tags": '"unverifiable_claim"',
        "phrase": "guarantee a full refund",
    }
    values.update(fields)
    folder.mkdir(exist_ok=True)
    path = folder / f"{code}.toml"
    path.write_text(RULE.format(**values), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fields", "variant"),
    [
        ({"kind": "function"}, "rule_invalid.kind"),
        ({"target": "guard"}, "rule_invalid.kind"),
        ({"target": "textx"}, "rule_invalid.target"),
        ({"tags": '"made_up_tag"'}, "rule_invalid.tags"),
    ],
)
def test_a_user_rule_that_can_never_fire_is_refused(
    tmp_path: Path, fields: dict[str, str], variant: str
) -> None:
    path = _write(tmp_path / "rules", **fields)
    with pytest.raises(ReinstateError) as caught:
        folder_rules(tmp_path / "rules")
    assert caught.value.code == "rule_invalid"
    assert caught.value.path == str(path)
    assert caught.value.message["en"] != caught.value.message["zh"]


def test_a_function_rule_refusal_says_what_to_write_instead(tmp_path: Path) -> None:
    _write(tmp_path / "rules", kind="function")
    result = CliRunner().invoke(app, ["rules", "test", str(tmp_path / "rules"), "--lang", "en"])
    assert result.exit_code == 2
    assert "can never run for target text" in result.output
    assert "hint: Rules of kind 'function' need code" in result.output


def test_rules_test_runs_a_folders_examples(tmp_path: Path) -> None:
    _write(tmp_path / "rules")
    result = CliRunner().invoke(app, ["rules", "test", str(tmp_path / "rules"), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "rules_test" and data["failed"] == 0
    assert [(e["code"], e["side"], e["passed"]) for e in data["examples"]] == [
        ("U901", "fire", True),
        ("U901", "silent", True),
    ]


def test_rules_test_reports_an_example_that_misbehaves(tmp_path: Path) -> None:
    _write(tmp_path / "rules", phrase="money-back promise")
    result = CliRunner().invoke(app, ["rules", "test", str(tmp_path / "rules"), "--lang", "en"])
    assert result.exit_code == 1
    assert "FAIL U901 fire #0" in result.output
    assert "1 of 2 examples behave as written." in result.output


def test_the_rules_list_still_answers_without_a_subcommand() -> None:
    result = CliRunner().invoke(app, ["rules", "--target", "guard", "-f", "json"])
    assert result.exit_code == 0
    assert {r["target"] for r in json.loads(result.output)["rules"]} == {"guard"}


def test_every_builtin_rule_is_runnable_by_its_target() -> None:
    for rule in builtin_rules():
        target = targets()[rule.target]
        assert rule.kind in (*target.data_kinds, "function"), rule.code


BOUND_TARGETS = sorted(targets())


@pytest.mark.parametrize("target", BOUND_TARGETS)
def test_every_builtin_function_rule_has_one_implementation(target: str) -> None:
    bound = bound_codes(targets()[target].implementations)
    wanted = {r.code for r in builtin_rules() if r.target == target and r.kind == "function"}
    assert wanted - bound == set(), "function rules nothing implements"
    assert bound - wanted == set(), "implementations of rules that do not exist"
