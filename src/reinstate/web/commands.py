"""`reinstate serve` (the web workbench) and `reinstate team ...` (team-mode accounts)."""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption
from reinstate.i18n import bilingual, tr
from reinstate.i18n.help import help_text
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of

team_app = typer.Typer(
    help=help_text("team.help"), no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("serve", help=help_text("serve.help"))(serve_command)
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
    host: Annotated[str, typer.Option(help=help_text("serve.host"))] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help=help_text("serve.port"))] = 8000,
    team: Annotated[
        bool, typer.Option("--team", help=help_text("serve.team"))
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help=help_text("serve.secure_cookies"))
    ] = False,
    plain_http: Annotated[
        bool,
        typer.Option(
            "--plain-http",
            help=help_text("serve.plain_http"),
        ),
    ] = False,
    ssl_certfile: Annotated[
        str | None, typer.Option(help=help_text("serve.ssl_certfile"))
    ] = None,
    ssl_keyfile: Annotated[
        str | None, typer.Option(help=help_text("serve.ssl_keyfile"))
    ] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            envvar="REINSTATE_FORWARDED_ALLOW_IPS",
            help=help_text("serve.forwarded_allow_ips"),
        ),
    ] = None,
    db: DbOption = None,
    lang: LangOption = None,
) -> int:
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


@team_app.command("init", help=help_text("team.init.help"))
@command
def team_init_command(
    org: Annotated[str, typer.Option(help=help_text("team.init.org"))],
    email: Annotated[str, typer.Option(help=help_text("team.init.email"))],
    name: Annotated[str, typer.Option(help=help_text("team.init.name"))] = "",
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
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
