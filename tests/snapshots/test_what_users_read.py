"""What a user reads, pinned: each rule as `reinstate rule CODE` shows it and the first finding
of each text rule, in English and Chinese; and `--format text` of the commands on the example
case, including an account name that tries to drive the terminal. A change to any of these is a
change users see: review the snapshot diff, then `pytest --snapshot-update`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate.cli import app
from reinstate.rules import builtin_rules

RULES = builtin_rules()
TEXT_RULES = [r for r in RULES if r.target == "text" and r.fire]
HOSTILE_ACCOUNT = "Evil\x1b]0;pwned\x07\x1b[2J[bold red]Corp[/]\x9b31m"
DAY = "2026-11-26"


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return f"exit {result.exit_code}\n{result.output}"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_each_rule_as_users_read_it(rule, lang, snapshot) -> None:  # type: ignore[no-untyped-def]
    assert _cli("rule", rule.code, "--lang", lang) == snapshot


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.code)
def test_first_finding_of_each_text_rule(rule, lang, snapshot) -> None:  # type: ignore[no-untyped-def]
    from reinstate.appeals.examples import example_call
    from reinstate.appeals.lint import lint_text
    from reinstate.rules import default_registry

    text, kwargs = example_call(rule.fire[0])
    kwargs.setdefault("require_sections", True)
    report = lint_text(text, registry=default_registry(), **kwargs)
    found = next(f for f in report.findings if f.code == rule.code)
    where = f"line {found.span.line}, col {found.span.column}" if found.span else "whole text"
    assert f"{where}\n{found.message(lang)}\n{found.fix(lang)}" == snapshot


@pytest.fixture
def example_case(tmp_path: Path) -> tuple[str, Path]:
    """The built-in example case in a throw-away ledger, plus a case with a hostile name."""
    from reinstate.cases import CaseDraft, open_store
    from reinstate.demo import add_demo_invoice, demo_invoice_pdf, demo_text, open_demo_case

    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    with open_store(db) as store:
        case = open_demo_case(store)
        add_demo_invoice(store, case.id)
        store.create_case(CaseDraft(account=HOSTILE_ACCOUNT, marketplace="US"))
    (tmp_path / "poa.txt").write_text(demo_text("poa.txt"), encoding="utf-8")
    (tmp_path / "angry.txt").write_text(demo_text("draft-angry.txt"), encoding="utf-8")
    (tmp_path / "notice.txt").write_text(demo_text("notice.txt"), encoding="utf-8")
    (tmp_path / "invoice.pdf").write_bytes(demo_invoice_pdf())
    return db, tmp_path


COMMANDS = {
    "case-list": ["case", "list", "--today", DAY],
    "case-show": ["case", "show", "1", "--today", DAY],
    "case-show-hostile": ["case", "show", "2", "--today", DAY],
    "guard-appeal": ["guard", "appeal", "--case", "1", "--file", "{dir}/poa.txt", "--today", DAY],
    "guard-message": [
        "guard", "message", "--case", "1", "--file", "{dir}/angry.txt", "--today", DAY,
    ],
    "guard-new-account": ["guard", "new-account", "--case", "1", "--today", DAY],
    "lint-angry": ["lint", "{dir}/angry.txt"],
    "outline": ["outline", "--case", "1"],
    "notice": ["notice", "{dir}/notice.txt", "--date", "2026-11-20"],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_text_output_of_each_command(example_case, name, lang, snapshot) -> None:  # type: ignore[no-untyped-def]
    db, folder = example_case
    args = [a.replace("{dir}", str(folder)) for a in COMMANDS[name]]
    needs_db = args[0] in ("case", "guard", "outline")
    output = _cli(*args, "--lang", lang, *(("--db", db) if needs_db else ()))
    output = output.replace(str(folder), "<tmp>")
    output = re.sub(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[.+]\S*)?", "<time>", output)
    assert output == snapshot


def test_no_terminal_control_reaches_the_output(example_case) -> None:  # type: ignore[no-untyped-def]
    db, _ = example_case
    for args in (["case", "list"], ["case", "show", "2", "--today", DAY]):
        output = _cli(*args, "--db", db)
        assert "\x1b" not in output and "\x07" not in output and "\x9b" not in output
        assert "Evil" in output
