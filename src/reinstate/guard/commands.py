"""`reinstate guard ACTION --case ID`: may I do this now?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption, TodayOption, today_of
from reinstate.i18n.help import help_text
from reinstate.shell import (
    EXIT_FINDINGS,
    EXIT_OK,
    Format,
    FormatOption,
    LangOption,
    command,
    emit,
    lang_of,
)


def register(app: typer.Typer) -> None:
    app.command("guard", help=help_text("guard.help"))(guard_command)


@command
def guard_command(
    action: Annotated[str, typer.Argument(help=help_text("guard.action"))],
    case: Annotated[str, typer.Option("--case", help=help_text("guard.case"))],
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", help=help_text("guard.file")
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help=help_text("guard.to"),
        ),
    ] = None,
    declare_need: Annotated[
        bool,
        typer.Option(
            "--declare-need",
            help=help_text("guard.declare_need"),
        ),
    ] = False,
    accounts: Annotated[
        Path | None,
        typer.Option(
            "--accounts",
            help=help_text("guard.accounts"),
        ),
    ] = None,
    candidate: Annotated[
        Path | None,
        typer.Option(
            "--candidate",
            help=help_text("guard.candidate"),
        ),
    ] = None,
    today: TodayOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import Channel, open_store
    from reinstate.cases.files import read_file, read_text_file
    from reinstate.errors import one_of
    from reinstate.guard import Action, decide

    chosen = Action(one_of(action, Action, code="unknown_action", what="action"))
    channel = (
        Channel(one_of(to, Channel, code="unknown_channel", what="channel"))
        if to
        else None
    )
    day = today_of(today)
    if file is None and chosen is Action.message:
        from reinstate.errors import ReinstateError

        raise ReinstateError("missing_option.message_file")
    text = document = None
    if file is not None:
        if chosen is Action.invoice:
            document = (file.name, read_file(file))
        else:
            text = read_text_file(file)
    with open_store(db) as store:
        the_case = store.get_case(case)
    links = _account_links(accounts, candidate) if chosen is Action.new_account else []
    decision = decide(
        chosen,
        the_case,
        today=day,
        text=text,
        document=document,
        channel=channel,
        declared_need=declare_need,
        account_links=links,
    )
    data = decision.to_json()
    emit(data, fmt, lambda: render_decision(data, language))
    return EXIT_OK if data["verdict"] == "allow" else EXIT_FINDINGS


def _account_links(accounts: Path | None, candidate: Path | None) -> list[Any]:
    if accounts is None and candidate is None:
        return []
    from reinstate.errors import ReinstateError

    if accounts is None or candidate is None:
        raise ReinstateError("missing_option.accounts_candidate")
    from reinstate.related.check import check
    from reinstate.related.load import load_accounts, load_candidate

    existing, _problems = load_accounts(accounts)
    return check(existing, candidate=load_candidate(candidate)).findings


_STYLE = {"allow": "bold green", "warn": "bold yellow", "block": "bold red"}


def render_decision(data: dict[str, Any], lang: str) -> None:
    from reinstate.i18n import tr
    from reinstate.shell import console, render_findings, shown

    out = console()
    verdict = data["verdict"]
    out.print(
        tr(
            "guard.text.head",
            lang,
            style=_STYLE[verdict],
            verdict=tr(f"guard.text.verdict.{verdict}", lang),
            action=tr(f"guard.text.action.{data['action']}", lang),
            case_id=data["case_id"],
        )
    )
    for change in data.get("config_changes", []):
        out.print("[bold yellow]![/bold yellow] " + shown(change["message"][lang]))
    for line in render_findings(data["findings"], lang, layout="guard"):
        out.print(line)
    for skipped in data.get("skipped_checks", []):
        out.print(tr("guard.text.not_checked", lang, message=shown(skipped["message"][lang])))
    c = data["contacts"]
    out.print(
        tr("guard.text.contacts", lang, week=c["last_7_days"], month=c["last_30_days"])
    )
    out.print(tr("guard.text.next", lang, step=shown(data["next_step"][lang])))
