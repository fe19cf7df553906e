"""`reinstate notice FILE... | -`: read Amazon's notices and say what they mean."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from reinstate.i18n import tr
from reinstate.i18n.help import help_text
from reinstate.shell import LangOption, command, lang_of


class NoticeFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _read(name: str, limit: int) -> bytes:
    from reinstate.errors import ReinstateError

    if name == "-":
        return sys.stdin.buffer.read(limit + 1)
    try:
        with open(name, "rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ReinstateError("notice_missing", path=name) from None
    except IsADirectoryError:
        raise ReinstateError("notice_directory", path=name) from None
    except OSError as exc:
        raise ReinstateError("notice_unreadable", strerror=exc.strerror, path=name) from None


def register(app: typer.Typer) -> None:
    """Add the `notice` command to the main app."""

    @app.command("notice", help=help_text("notice.help"))
    @command
    def notice(
        files: Annotated[
            list[str],
            typer.Argument(help=help_text("notice.files")),
        ],
        fmt: Annotated[
            NoticeFormat,
            typer.Option("--format", "-f", help=help_text("notice.fmt")),
        ] = NoticeFormat.text,
        lang: LangOption = None,
        received: Annotated[
            str | None,
            typer.Option(
                "--date",
                help=help_text("notice.received"),
            ),
        ] = None,
    ) -> int:
        return _notice(files, fmt, lang_of(lang), received)


def _notice(files: list[str], fmt: NoticeFormat, lang: str, received: str | None) -> int:
    import json
    from contextlib import nullcontext
    from datetime import date

    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.notices import Notice, parse_notice
    from reinstate.notices.learned import second_opinions
    from reinstate.notices.readers import MAX_BYTES
    from reinstate.notices.render import render_text
    from reinstate.shell import print_json

    when = None
    if received:
        try:
            when = date.fromisoformat(received)
        except ValueError:
            raise ReinstateError("bad_date.received", received=received) from None
    if files.count("-") > 1:
        raise ReinstateError("stdin_twice")
    show_bar = len(files) > 1 and sys.stderr.isatty()
    progress: Any = nullcontext()
    if show_bar:
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
    # Two passes: the rules read every file, then the model weighs in on all of them at once, so
    # their excerpts are embedded in batches (see notices.vectors).
    parsed: list[Notice | ReinstateError] = []
    with progress as bar:
        task = (
            bar.add_task(tr("notices.text.progress", lang), total=2 * len(files))
            if show_bar
            else None
        )
        for name in files:
            source = "<stdin>" if name == "-" else name
            try:
                raw = _read(name, MAX_BYTES)
                parsed.append(parse_notice(raw, filename=source, received=when, model=False))
            except ReinstateError as error:
                parsed.append(error)
            if task is not None:
                bar.advance(task)
        notices = [n for n in parsed if not isinstance(n, ReinstateError)]

        def tick(n: int) -> None:
            if task is not None:
                bar.advance(task, n)

        second_opinions(notices, tick)
    results: list[dict[str, Any]] = []
    failed = 0
    for item in parsed:
        if isinstance(item, ReinstateError):
            failed += 1
            if fmt is NoticeFormat.text:
                sys.stderr.write(tr("cli.error", lang, message=item.text(lang)) + "\n")
            out = envelope("error", error=item.to_json())
        else:
            if fmt is NoticeFormat.text:
                if results:
                    sys.stdout.write("\n" + "─" * 60 + "\n\n")
                sys.stdout.write(render_text(item, lang) + "\n")
            out = item.to_json()
        if fmt is NoticeFormat.jsonl:
            sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
        results.append(out)
    if fmt is NoticeFormat.json:
        if len(results) == 1:
            print_json(results[0])
        else:
            print_json(envelope("notices", notices=results, errors=failed))
    if failed and len(files) == 1 and fmt is NoticeFormat.text:
        return 2
    return 2 if failed else 0
