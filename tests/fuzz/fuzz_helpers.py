"""The fuzz suite's shared pieces: the hostile corpus, a template ledger, and a runner that
checks the promises every file-reading command makes (docs/development.md, "Fuzzing")."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from hostile import write_corpus

# Every command that reads a file the user names: (name, argv builder). `case 1` exists.
Command = Callable[[str, str, str], list[str]]
COMMANDS: dict[str, Command] = {
    "case new --notice": lambda f, db, out: [
        "case", "new", "--notice", f, "--account", "A", "--marketplace", "US",
        "--category", "other", "--db", db,
    ],
    "case add-doc": lambda f, db, out: [
        "case", "add-doc", "1", f, "--role", "invoices", "--db", db,
    ],
    "case import": lambda f, db, out: ["case", "import", f, "--db", db],
    "lint": lambda f, db, out: ["lint", f],
    "notice": lambda f, db, out: ["notice", f],
    "invoice": lambda f, db, out: ["invoice", f],
    "packet --poa": lambda f, db, out: ["packet", "1", "--poa", f, "-o", out, "--db", db],
    "health import": lambda f, db, out: ["health", "import", f, "--db", db],
    "related check": lambda f, db, out: ["related", "check", "--accounts", f],
}  # fmt: skip


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_corpus(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def template_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ledger.db"
    from reinstate.cases import CaseDraft, open_store

    with open_store(f"sqlite:///{path}") as store:
        store.create_case(CaseDraft(account="Fuzz", marketplace="US"))
    return path


def state(db: Path, out: Path) -> tuple[Any, ...]:
    """What a command could have written: every table's rows, and the output folder."""
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        rows = tuple(
            (t, tuple(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')).all()))) for t in tables
        )
    engine.dispose()
    files = tuple(sorted(p.name for p in out.parent.iterdir())) if out.parent.exists() else ()
    return rows, files


_BEFORE: dict[Path, Any] = {}


def _template_state(template: Path, out: Path) -> Any:
    """The state of a fresh copy of the template with an empty output folder (computed once)."""
    if template not in _BEFORE:
        _BEFORE[template] = state(template, out)[0]
    return _BEFORE[template], ()


def run_checked(command: str, path: Path, template: Path, work: Path) -> int:
    """Run `command` on `path` and assert the promises; returns the exit code."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / "ledger.db"
    shutil.copy(template, db)
    out = work / "out" / "packet"
    out.parent.mkdir(exist_ok=True)
    before = _template_state(template, out)
    from reinstate.cli import app

    args = COMMANDS[command](str(path), str(db), str(out))
    result = CliRunner().invoke(app, args)
    shown = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code in (0, 1, 2), (command, path.name, result.exit_code, shown[-2000:])
    assert "Traceback" not in shown, (command, path.name, shown[-2000:])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError((command, path.name, repr(result.exception)))
    if result.exit_code == 2:
        assert state(db, out) == before, (command, path.name, "wrote on exit 2")
    return result.exit_code
