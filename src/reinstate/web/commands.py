"""`reinstate serve` (the web workbench) and `reinstate team ...` (team-mode accounts)."""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption
from reinstate.i18n import bilingual, tr
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of

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


def serve_plan(
    host: str,
    team: bool,
    *,
    db: str | None = None,
    secure_cookies: bool = False,
    plain_http: bool = False,
    ssl_certfile: str | None = None,
    ssl_keyfile: str | None = None,
    forwarded_allow_ips: str | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The app settings and uvicorn options for `serve`, or the ReinstateError that refuses it.

    - Local mode listens on loopback only.
    - Team mode on another address needs HTTPS: a certificate here, or `--plain-http` to say an
      HTTPS proxy in front terminates TLS. Its cookies are then always Secure.
    - Team mode needs an organisation (`reinstate team init`), else nobody could sign in.
    - Proxy headers (X-Forwarded-For) are trusted only from `--forwarded-allow-ips`; otherwise
      the client address is the socket's, so the sign-in limit cannot be dodged with a header.
    """
    from reinstate.errors import ReinstateError
    from reinstate.web.deps import Settings

    exposed = not is_loopback(host)
    if not team and exposed:
        raise ReinstateError("team_mode_required", host=host)
    if bool(ssl_certfile) != bool(ssl_keyfile):
        raise ReinstateError("tls_pair_incomplete")
    tls = bool(ssl_certfile and ssl_keyfile)
    if team and exposed and not tls and not plain_http:
        raise ReinstateError("plain_http_refused", host=host)
    if team:
        from reinstate.cases import open_store
        from reinstate.web.auth import organisation_count

        with open_store(db) as store:
            if organisation_count(store) == 0:
                raise ReinstateError("team_without_organisation")
    settings = Settings(
        db=db, team=team, secure_cookies=secure_cookies or tls or (team and exposed)
    )
    options: dict[str, Any] = {
        "proxy_headers": bool(forwarded_allow_ips),
        "forwarded_allow_ips": forwarded_allow_ips or None,
    }
    if tls:
        options.update(ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
    return settings, options


@command
def serve_command(
    host: Annotated[str, typer.Option(help="Address to bind / 监听地址.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port / 端口.")] = 8000,
    team: Annotated[
        bool, typer.Option("--team", help="Users, organisations and sign-in / 团队模式.")
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Mark cookies Secure (behind HTTPS).")
    ] = False,
    plain_http: Annotated[
        bool,
        typer.Option(
            "--plain-http",
            help="Team mode on a non-loopback address without a certificate: an HTTPS proxy in "
            "front terminates TLS (cookies stay Secure) / 由前置 HTTPS 代理终止 TLS.",
        ),
    ] = False,
    ssl_certfile: Annotated[
        str | None, typer.Option(help="TLS certificate (PEM) / TLS 证书.")
    ] = None,
    ssl_keyfile: Annotated[
        str | None, typer.Option(help="TLS private key (PEM) / TLS 私钥.")
    ] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            envvar="REINSTATE_FORWARDED_ALLOW_IPS",
            help="Proxies whose X-Forwarded-For is trusted (comma-separated); none by default "
            "/ 信任其 X-Forwarded-For 的代理地址.",
        ),
    ] = None,
    db: DbOption = None,
    lang: LangOption = None,
) -> int:
    """Open the workbench in the browser: local mode on 127.0.0.1, or --team / 启动网页工作台."""
    language = lang_of(lang)

    settings, options = serve_plan(
        host,
        team,
        db=db,
        secure_cookies=secure_cookies,
        plain_http=plain_http,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
        forwarded_allow_ips=forwarded_allow_ips,
    )
    import uvicorn

    from reinstate.web.app import create_app

    app = create_app(settings)
    scheme = "https" if "ssl_certfile" in options else "http"
    mode = tr("serve.text.team" if team else "serve.text.local", language)
    typer.echo(tr("serve.text.listening", language, mode=mode, url=f"{scheme}://{host}:{port}/"))
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, **options)
    return 0


@team_app.command("init")
@command
def team_init_command(
    org: Annotated[str, typer.Option(help="Organisation name / 组织名称.")],
    email: Annotated[str, typer.Option(help="The owner's e-mail / 所有者邮箱.")],
    name: Annotated[str, typer.Option(help="The owner's name / 所有者姓名.")] = "",
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    """Create an organisation and its first owner (password from REINSTATE_PASSWORD or a prompt)."""
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.web.auth import AuthError, create_org_with_owner

    password = os.environ.get("REINSTATE_PASSWORD") or ""
    if not password:
        label = bilingual("serve.text.password")
        password = str(typer.prompt(label, hide_input=True, confirmation_prompt=True))
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
            tr("serve.text.org_created", language, org_id=org_id, org=org, email=email)
        ),
    )
    return 0
