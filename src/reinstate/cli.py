"""The `reinstate` command: a thin shell over the library.

Each capability registers its own commands; heavy modules are imported inside command bodies so
`reinstate --help` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate import __version__

app = typer.Typer(
    name="reinstate",
    help="From an Amazon suspension notice to an appeal that is ready to send, "
    "stopping the classic mistakes on the way. / 从亚马逊停用通知到可提交的申诉，"
    "沿途拦下常见的致命错误。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reinstate {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            envvar="REINSTATE_CONFIG",
            help="Rule settings file (switch rules off, change severities).",
        ),
    ] = None,
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True)
    ] = None,
) -> None:
    if config:
        from reinstate.errors import ReinstateError
        from reinstate.rules import load_registry, set_default_registry

        try:
            set_default_registry(load_registry(config))
        except ReinstateError as error:
            typer.echo(f"reinstate: error: {error.text('en')}", err=True)
            raise typer.Exit(2) from None


def _register_all() -> None:
    from reinstate import db_commands, eval_commands
    from reinstate.appeals import commands as appeals
    from reinstate.cases import commands as cases
    from reinstate.demo import commands as demo
    from reinstate.guard import commands as guard
    from reinstate.health import commands as health
    from reinstate.invoices import commands as invoices
    from reinstate.notices import commands as notices
    from reinstate.packet import commands as packet
    from reinstate.related import commands as related
    from reinstate.rules import commands as rules
    from reinstate.web import commands as web

    for module in (
        cases,
        guard,
        notices,
        appeals,
        invoices,
        packet,
        health,
        related,
        web,
        rules,
        demo,
        db_commands,
        eval_commands,
    ):
        module.register(app)


_register_all()


def main() -> None:
    app()
