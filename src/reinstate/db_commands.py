"""`reinstate db upgrade`: bring a ledger's schema up to date explicitly (opening one does too)."""

from __future__ import annotations

import typer

from reinstate.cases.commands import DbOption
from reinstate.shell import Format, LangOption, lang_of, run

app = typer.Typer(help="The case ledger's database / 案件数据库.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="db")


@app.command("upgrade")
def upgrade_command(db: DbOption = None, lang: LangOption = None) -> None:
    """Create or upgrade the ledger's tables / 创建或升级数据库表."""
    language = lang_of(lang)

    def body() -> int:
        from reinstate.cases import open_store

        with open_store(db) as store:
            typer.echo(f"ok: {store.engine.url.render_as_string(hide_password=True)}")
        return 0

    run(Format.text, language, body)
