"""`reinstate mcp`: serve the guardrails to AI assistants (stdio, or streamable HTTP)."""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate.cases.commands import DbOption, TodayOption
from reinstate.i18n.help import help_text
from reinstate.shell import LangOption, command


def register(app: typer.Typer) -> None:
    app.command("mcp", help=help_text("mcp.help"))(mcp_command)


@command
def mcp_command(
    http: Annotated[
        bool, typer.Option("--http", help=help_text("mcp.http"))
    ] = False,
    host: Annotated[str, typer.Option(help=help_text("mcp.host"))] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help=help_text("mcp.port"))] = 8765,
    team: Annotated[
        bool,
        typer.Option("--team", help=help_text("mcp.team")),
    ] = False,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help=help_text("mcp.allow_writes"),
        ),
    ] = False,
    db: DbOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> int:
    from reinstate.cases.commands import today_of
    from reinstate.errors import ReinstateError
    from reinstate.mcp.server import Settings
    from reinstate.web.commands import is_loopback

    settings = Settings(
        db=db,
        allow_writes=allow_writes,
        team=team and http,
        today=today_of(today) if today else None,
    )
    if not http:
        from reinstate.mcp.server import build_server

        build_server(settings).run("stdio")
        return 0
    if not team and not is_loopback(host):
        raise ReinstateError("team_mode_required", host=host)
    import uvicorn

    from reinstate.mcp.http import http_app

    typer.echo(f"reinstate mcp: http://{host}:{port}/mcp", err=True)
    uvicorn.run(http_app(settings, host), host=host, port=port, log_level="warning")
    return 0
