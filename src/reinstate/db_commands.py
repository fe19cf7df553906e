"""`reinstate db upgrade`: bring a ledger's schema up to date explicitly (opening one does too)."""

from __future__ import annotations

import typer

from reinstate.cases.commands import DbOption
from reinstate.i18n.help import help_text
from reinstate.shell import LangOption, command

app = typer.Typer(help=help_text("db.help"), no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="db")


@app.command("upgrade", help=help_text("db.upgrade.help"))
@command
def upgrade_command(db: DbOption = None, lang: LangOption = None) -> int:
    from reinstate.cases import open_store

    with open_store(db) as store:
        typer.echo(f"ok: {store.engine.url.render_as_string(hide_password=True)}")
    return 0
