"""`reinstate case calendar ID -o deadlines.ics`: a case's deadlines for any calendar app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reinstate.cases.commands import DbOption, TodayOption, today_of
from reinstate.cases.commands import app as case_app
from reinstate.i18n.help import help_text
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of


def register(_root: typer.Typer) -> None:
    case_app.command("calendar", help=help_text("case.calendar.help"))(calendar_command)


@command
def calendar_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.calendar.case_id"))],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=help_text("case.calendar.output"))
    ] = None,
    base_url: Annotated[
        str,
        typer.Option(help=help_text("case.calendar.base_url")),
    ] = "http://127.0.0.1:8000",
    db: DbOption = None,
    today: TodayOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import deadlines, open_store
    from reinstate.cases.ical import calendar_bytes
    from reinstate.contract import envelope
    from reinstate.i18n import tr

    day = today_of(today)
    with open_store(db) as store:
        case = store.get_case(case_id)
    data = calendar_bytes([case], lang=language, today=day, base_url=base_url)
    if output is None:
        sys.stdout.buffer.write(data)
        return 0
    tmp = output.with_name(output.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(output)
    found = deadlines(case)
    emit(
        envelope(
            "calendar",
            case_id=case.id,
            path=str(output),
            deadlines=[d.to_json(day) for d in found],
        ),
        fmt,
        lambda: typer.echo(
            tr("calendar.written", language, count=len(found), case_id=case.id, path=output)
        ),
    )
    return 0
