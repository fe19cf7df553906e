"""`related check` tells which step it is at, on stderr, when asked or on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from support.related_cli import related_app
from typer.testing import CliRunner

from reinstate.related import progress


def _run(tmp_path: Path, family: list[dict[str, Any]], *extra: str) -> Any:
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
    args = ["related", "check", "--accounts", str(path), "--format", "json", *extra]
    return CliRunner().invoke(related_app(), args)


def test_progress_lines_on_stderr_leave_the_json_alone(
    tmp_path: Path, family: list[dict[str, Any]]
) -> None:
    quiet = _run(tmp_path, family)
    shown = _run(tmp_path, family, "--progress")
    assert quiet.stderr == ""  # stderr is no terminal here: nothing unless asked
    assert shown.stdout == quiet.stdout
    lines = shown.stderr.splitlines()
    assert [line.split("]")[0] for line in lines] == [f"[{n}/7" for n in range(1, 8)]
    assert lines[0].startswith("[1/7] Reading the accounts file (")
    assert lines[-1].startswith("[7/7] Writing the output (")


def test_progress_in_chinese(tmp_path: Path, family: list[dict[str, Any]]) -> None:
    shown = _run(tmp_path, family, "--progress", "--lang", "zh")
    assert shown.stderr.splitlines()[1].startswith("[2/7] 正在规范化信息（已用 ")


def test_steps_outside_a_display_show_nothing() -> None:
    out = io.StringIO()
    progress.step("read")
    with progress.shown("en", False, out):
        progress.step("read")
    assert out.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_on_a_terminal_leaves_stdout_to_the_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _Terminal()
    with progress.shown("en", True, out):
        progress.step("exact")
        print('{"kind": "related"}')
    assert capsys.readouterr().out == '{"kind": "related"}\n'
    assert "Finding shared values" in out.getvalue()
