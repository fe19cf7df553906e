"""`reinstate serve` (the web workbench) and `reinstate team ...` (team-mode accounts)."""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer

from reinstate.cases.commands import DbOption
from reinstate.shell import Format, FormatOption, LangOption, emit, lang_of, run

team_app = typer.Typer(
    help="Team mode: organisations and their owners / 团队模式：组织与所有者.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
    app.add_typer(team_app, name="team")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_command(
    host: Annotated[str, typer.Option(help="Address to bind / 监听地址.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port / 端口.")] = 8000,
    team: Annotated[
        bool, typer.Option("--team", help="Users, organisations and sign-in / 团队模式.")
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Mark cookies Secure (behind HTTPS).")
    ] = False,
    db: DbOption = None,
    lang: LangOption = None,
) -> None:
    """Open the workbench in the browser: local mode on 127.0.0.1, or --team / 启动网页工作台."""
    language = lang_of(lang)

    def body() -> int:
        from reinstate.errors import ReinstateError

        if not team and not is_loopback(host):
            raise ReinstateError("team_mode_required", host=host)
        import uvicorn

        from reinstate.web.app import Settings, create_app

        app = create_app(Settings(db=db, team=team, secure_cookies=secure_cookies))
        mode = "team" if team else "local"
        typer.echo(
            f"reinstate workbench ({mode} mode): http://{host}:{port}/"
            if language == "en"
            else f"reinstate 工作台（{'团队' if team else '本地'}模式）：http://{host}:{port}/"
        )
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
        return 0

    run(Format.text, language, body)


@team_app.command("init")
def team_init_command(
    org: Annotated[str, typer.Option(help="Organisation name / 组织名称.")],
    email: Annotated[str, typer.Option(help="The owner's e-mail / 所有者邮箱.")],
    name: Annotated[str, typer.Option(help="The owner's name / 所有者姓名.")] = "",
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> None:
    """Create an organisation and its first owner (password from REINSTATE_PASSWORD or a prompt)."""
    language = lang_of(lang)

    def body() -> int:
        from reinstate.cases import open_store
        from reinstate.contract import envelope
        from reinstate.errors import ReinstateError
        from reinstate.web.auth import AuthError, create_org_with_owner

        password = os.environ.get("REINSTATE_PASSWORD") or ""
        if not password:
            password = str(
                typer.prompt("Password / 密码", hide_input=True, confirmation_prompt=True)
            )
        try:
            with open_store(db) as store:
                org_id = create_org_with_owner(store, org, email, name, password)
        except AuthError as error:
            raise error from None
        except ReinstateError:
            raise
        data = envelope("team", org_id=org_id, org=org, owner=email.strip().lower())
        emit(
            data,
            fmt,
            lambda: typer.echo(
                f"Organisation {org_id} ({org}) created; {email} is its owner."
                if language == "en"
                else f"已创建组织 {org_id}（{org}），所有者为 {email}。"
            ),
        )
        return 0

    run(fmt, language, body)
