"""`reinstate rules` and `reinstate rule CODE`."""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate.i18n import tr
from reinstate.i18n.help import help_text
from reinstate.shell import FormatOption, LangOption, command, emit, lang_of


def register(app: typer.Typer) -> None:
    rules_app = typer.Typer(
        invoke_without_command=True,
        help=help_text("rules.help"),
    )
    rules_app.callback()(rules_command)
    rules_app.command("test", help=help_text("rules.test.help"))(rules_test_command)
    app.add_typer(rules_app, name="rules")
    app.command("rule", help=help_text("rule.help"))(rule_command)


def rules_command(
    ctx: typer.Context,
    target: Annotated[
        str | None, typer.Option(help=help_text("rules.target"))
    ] = None,
    fmt: FormatOption = "text",  # type: ignore[assignment]
    lang: LangOption = None,
) -> None:
    # The group's callback also runs before `rules test`: only list when no subcommand follows.
    if ctx.invoked_subcommand is None:
        list_rules(target=target, fmt=fmt, lang=lang)


@command
def list_rules(*, target: str | None, fmt: FormatOption, lang: LangOption) -> int:
    """`reinstate rules`: every rule, or those of one target."""
    language = lang_of(lang)

    from reinstate.contract import envelope
    from reinstate.rules import default_registry

    registry = default_registry()
    rules = [r for r in registry if target is None or r.target == target]
    data = envelope(
        "rules",
        rules=[
            {
                "code": r.code,
                "name": r.name,
                "target": r.target,
                "severity": r.severity.name,
                "enabled": registry.enabled(r.code),
                "tags": list(r.tags),
                "message": r.message,
                "source": r.source,
            }
            for r in rules
        ],
    )

    def render() -> None:
        from rich.markup import escape
        from rich.table import Table

        from reinstate.shell import console

        table = Table(box=None, header_style="bold")
        for column in ("code", "name", "target", "severity", "message"):
            table.add_column(tr(f"rules.column.{column}", language))
        for r in rules:
            off = "" if registry.enabled(r.code) else tr("rules.text.off", language)
            # Messages hold brackets of their own ("[placeholder]"): text, not markup.
            table.add_row(
                r.code, r.name, r.target, r.severity.name + off, escape(r.message[language])
            )
        console().print(table)

    emit(data, fmt, render)
    return 0


@command
def rule_command(
    code: Annotated[str, typer.Argument(help=help_text("rule.code"))],
    fmt: FormatOption = "text",  # type: ignore[assignment]
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.contract import envelope
    from reinstate.rules import default_registry
    from reinstate.rules.docs import rule_json, rule_markdown

    rule = default_registry().get(code)
    emit(
        envelope("rule", rule=rule_json(rule)),
        fmt,
        lambda: _print_markdown(rule_markdown(rule, language)),
    )
    return 0


@command
def rules_test_command(
    folder: Annotated[str, typer.Argument(help=help_text("rules.test.folder"))],
    fmt: FormatOption = "text",  # type: ignore[assignment]
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from pathlib import Path

    from reinstate.contract import envelope
    from reinstate.rules.examples import run_folder_examples

    results = run_folder_examples(Path(folder))
    failed = [r for r in results if not r.passed]
    data = envelope(
        "rules_test",
        folder=folder,
        examples=[r.to_json() for r in results],
        failed=len(failed),
    )

    def render() -> None:
        for r in results:
            mark = "ok  " if r.passed else "FAIL"
            typer.echo(f"{mark} {r.code} {r.side} #{r.index}: {r.example_text}")
        passed = len(results) - len(failed)
        typer.echo(tr("rules.text.behave", language, passed=passed, total=len(results)))

    emit(data, fmt, render)
    return 1 if failed or not results else 0


def _print_markdown(text: str) -> None:
    """The rule page rendered for the terminal (headings, bold, lists), not its Markdown source;
    a rule from a user's folder is user text, so it goes through the terminal sanitiser."""
    from rich.markdown import Markdown

    from reinstate.shell import console, shown

    console().print(Markdown(shown(text, markup=False)))
