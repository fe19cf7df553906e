"""The `related` commands on a Typer app of their own, for CliRunner tests."""

from __future__ import annotations

import typer

from reinstate.related.commands import register


def related_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        pass

    return app
