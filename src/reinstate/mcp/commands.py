"""`reinstate mcp`: serve the guardrails to AI assistants (stdio, or streamable HTTP)."""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate.cases.commands import DbOption, TodayOption
from reinstate.shell import LangOption, command


def register(app: typer.Typer) -> None:
    app.command("mcp")(mcp_command)


@command
def mcp_command(
    http: Annotated[
        bool, typer.Option("--http", help="Streamable HTTP instead of stdio / 使用 HTTP.")
    ] = False,
    host: Annotated[str, typer.Option(help="HTTP address to bind / 监听地址.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="HTTP port / 端口.")] = 8765,
    team: Annotated[
        bool,
        typer.Option("--team", help="HTTP: require a workbench session token / 团队模式."),
    ] = False,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="Let the assistant log events and add documents / 允许助手写入案件库.",
        ),
    ] = False,
    db: DbOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> int:
    """Model Context Protocol server for AI assistants: lint, guard, cases / AI 助手的 MCP 服务."""
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
