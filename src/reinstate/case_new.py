"""`reinstate case new`: open a case by hand or from the notice Amazon sent.

Reading the notice needs the notices capability, which sits above the ledger, so this command is
a shell module of its own rather than part of cases/commands.py (which holds the `case` group
and registers everything else in it); cli.COMMANDS loads both for `reinstate case`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reinstate.cases import commands as case_commands
from reinstate.cases.commands import DbOption, app, today_of
from reinstate.cases.report import case_report
from reinstate.i18n import bilingual, tr
from reinstate.i18n.help import help_text
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of, shown

if TYPE_CHECKING:
    from reinstate.cases import Case


def _ask(label: str, default: str | None = None) -> str:
    return str(typer.prompt(label, default=default) if default is not None else typer.prompt(label))


def register(_root: typer.Typer) -> None:
    """`case new` joins the `case` group that reinstate.cases.commands adds to the root."""
    if "new" not in {c.name for c in app.registered_commands}:
        app.command("new", help=help_text("case.new.help"))(new_command)
        # Listed first in `reinstate case --help`, as it always was: a case starts here.
        app.registered_commands.insert(0, app.registered_commands.pop())


@command
def new_command(
    account: Annotated[str | None, typer.Option(help=help_text("case.new.account"))] = None,
    marketplace: Annotated[str | None, typer.Option(help=help_text("case.new.marketplace"))] = None,
    category: Annotated[str | None, typer.Option(help=help_text("case.new.category"))] = None,
    status: Annotated[str | None, typer.Option(help=help_text("case.new.status"))] = None,
    notice_date: Annotated[str | None, typer.Option(help=help_text("case.new.notice_date"))] = None,
    deadline_days: Annotated[
        int | None, typer.Option(help=help_text("case.new.deadline_days"))
    ] = None,
    appeal_limit: Annotated[
        int | None, typer.Option(help=help_text("case.new.appeal_limit"))
    ] = None,
    asin: Annotated[list[str] | None, typer.Option(help=help_text("case.new.asin"))] = None,
    requests: Annotated[
        list[str] | None,
        typer.Option(
            "--requests",
            help=help_text("case.new.requests"),
        ),
    ] = None,
    notice: Annotated[Path | None, typer.Option(help=help_text("case.new.notice"))] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import CaseDraft, open_store, parse_day
    from reinstate.notices.notice_link import draft_from_notice

    draft = CaseDraft(account="", marketplace="")
    given_date = parse_day(notice_date, what="--notice-date") if notice_date else None
    if notice is not None:
        draft = draft_from_notice(notice, received=given_date or date.today())
    interactive = case_commands.stdin_is_terminal() and fmt is Format.text
    values: dict[str, Any] = {
        "account": account or draft.account,
        "marketplace": marketplace or draft.marketplace,
        "category": category or draft.category,
    }
    for key in ("account", "marketplace", "category"):
        if not values[key] or (
            key == "category" and values[key] == "other" and interactive and notice is None
        ):
            if not interactive:
                from reinstate.errors import ReinstateError

                raise ReinstateError("missing_option.not_interactive", key=key)
            label = bilingual(f"case.text.ask.{key}")
            if key == "marketplace":
                label += " (US, DE, JP...)"
            values[key] = _ask(label, "other" if key == "category" else None)
    draft.account = values["account"]
    draft.marketplace = values["marketplace"]
    draft.category = values["category"]
    if status is not None:
        draft.status = status  # type: ignore[assignment]  # checked by the store
    if given_date:
        draft.notice_date = given_date
    if deadline_days is not None:
        draft.deadline_days = deadline_days
    if appeal_limit is not None:
        draft.appeal_limit = appeal_limit
    if asin:
        draft.asins = [a.strip().upper() for a in asin]
    if requests:
        from reinstate.cases.bounds import validate_requests

        validate_requests(list(requests))
        draft.requested_documents = list(requests)
    with open_store(db) as store:
        case = store.create_case(draft)
    emit(case_report(case, today_of(None)), fmt, lambda: _render_created(case, language))
    return 0


def _render_created(case: Case, lang: str) -> None:
    msg = tr(
        "case.text.created",
        lang,
        id=case.id,
        account=case.account,
        marketplace=case.marketplace,
        category=case.category,
    )
    typer.echo(shown(msg, markup=False))
    typer.echo(f"reinstate case show {case.id}")
