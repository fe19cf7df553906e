"""@command: the one shape of a CLI command (exit codes, errors in the asked language/format)."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from reinstate.errors import ReinstateError
from reinstate.shell import Format, FormatOption, LangOption, ListFormat, ListFormatOption, command


def _app(*commands: object) -> typer.Typer:
    app = typer.Typer()
    for fn in commands:
        app.command()(fn)  # type: ignore[arg-type]

    @app.callback()
    def _group() -> None:
        pass

    return app


@command
def fails(fmt: FormatOption = Format.text, lang: LangOption = None) -> int:
    """Always bad input."""
    raise ReinstateError("stdin_twice")


@command
def streams(fmt: ListFormatOption = ListFormat.text, lang: LangOption = None) -> int:
    """Bad input on a listing."""
    raise ReinstateError("stdin_twice")


@command(errors_as=Format.json)
def exports(lang: LangOption = None) -> int:
    """Output always JSON."""
    raise ReinstateError("stdin_twice")


@command
def finds(lang: LangOption = None) -> int:
    """Findings: exit 1."""
    return 1


@command
def crashes(lang: LangOption = None) -> None:
    """A bug."""
    raise RuntimeError("boom")


RUN = CliRunner()
APP = _app(fails, streams, exports, finds, crashes)


def test_an_input_error_exits_2_with_the_catalogue_text_in_the_language() -> None:
    en = RUN.invoke(APP, ["fails"])
    zh = RUN.invoke(APP, ["fails", "--lang", "zh"])
    assert en.exit_code == zh.exit_code == 2
    assert en.stderr.startswith("reinstate: error: ")
    assert zh.stderr.startswith("reinstate: 错误: ") and en.stderr != zh.stderr


def test_json_and_jsonl_report_the_error_as_an_envelope_on_stdout() -> None:
    for args in (["fails", "--format", "json"], ["streams", "--format", "jsonl"], ["exports"]):
        result = RUN.invoke(APP, args)
        assert result.exit_code == 2, args
        data = json.loads(result.stdout)
        assert (data["kind"], data["error"]["code"]) == ("error", "stdin_twice")


def test_the_returned_code_is_the_exit_code_and_a_bug_exits_3() -> None:
    assert RUN.invoke(APP, ["finds"]).exit_code == 1
    crashed = RUN.invoke(APP, ["crashes", "--lang", "zh"])
    assert crashed.exit_code == 3 and "内部错误（RuntimeError）" in crashed.stderr


def test_typer_sees_the_options_and_help_of_the_decorated_function() -> None:
    result = RUN.invoke(APP, ["fails", "--help"])
    assert "Always bad input." in result.output and "--format" in result.output
