"""`reinstate notify test URL` and `reinstate remind` (cron and systemd-timer friendly)."""

from __future__ import annotations

from typing import Annotated

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

notify_app = typer.Typer(
    help=help_text("notify.help"),
    no_args_is_help=True,
)

UrlOption = Annotated[
    list[str] | None,
    typer.Option(
        "--url",
        help=help_text("options.url"),
    ),
]


def register(app: typer.Typer) -> None:
    app.add_typer(notify_app, name="notify")
    app.command("remind", help=help_text("remind.help"))(remind_command)


@notify_app.command("test", help=help_text("notify.test.help"))
@command
def test_command(
    url: Annotated[str, typer.Argument(help=help_text("notify.test.url"))],
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.i18n import tr
    from reinstate.notify import settings
    from reinstate.notify.message import sample_message
    from reinstate.notify.send import send

    config = settings.load()
    outcome = send(url, sample_message(config.base_url), config.lang or language)
    if not outcome.ok:
        raise ReinstateError(
            "notify_failed", channel=outcome.channel, detail=outcome.detail or "-"
        )
    emit(
        envelope("notify_test", delivery=outcome.to_json()),
        fmt,
        lambda: typer.echo(tr("notify.text.sent", language, channel=outcome.channel)),
    )
    return EXIT_OK


@command
def remind_command(
    url: UrlOption = None,
    db: DbOption = None,
    today: TodayOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.health.settings import load as health_settings
    from reinstate.notify import settings
    from reinstate.notify.health import health_reminders
    from reinstate.notify.remind import due_reminders, remind

    config = settings.load()
    margin = health_settings().margin
    urls = list(dict.fromkeys([*config.urls, *(url or [])]))
    day = today_of(today)
    message_lang = config.lang or language
    with open_store(db) as store:
        alerts = health_reminders(store, day, config.base_url, margin)
        if urls:
            result = remind(store, urls, message_lang, day, config.base_url, alerts)
        else:
            from reinstate.notify.remind import RemindRun

            result = RemindRun(day, due_reminders(store, day, config.base_url) + alerts, [])
    emit(result.to_json(), fmt, lambda: _render(result, language, bool(urls)))
    return EXIT_FINDINGS if result.failed else EXIT_OK


def _render(result: object, lang: str, configured: bool) -> None:
    from rich.markup import escape

    from reinstate.i18n import tr
    from reinstate.notify.remind import RemindRun
    from reinstate.shell import console

    assert isinstance(result, RemindRun)
    out = console()
    if not result.reminders:
        out.print(tr("notify.text.none_due", lang, day=result.today.isoformat()))
        return
    if not configured:
        out.print(escape(tr("notify.text.no_channel", lang)))
    already = 0
    for reminder in result.reminders:
        out.print(f"[bold]{escape(reminder.message.title[lang])}[/bold]")
        for line in reminder.message.lines:
            out.print(f"  {escape(line[lang])}")
        for d in (d for d in result.deliveries if d.key == reminder.key):
            if d.state == "already":
                already += 1
            elif d.state == "sent":
                out.print("  " + tr("notify.text.sent", lang, channel=d.channel))
            else:
                out.print(
                    "  "
                    + escape(
                        tr("notify.text.failed", lang, channel=d.channel, detail=d.detail or "-")
                    )
                )
    if already:
        out.print(tr("notify.text.already", lang, count=already))
