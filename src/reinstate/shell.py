"""What every CLI command shares: --format/--lang, output, findings as text, and errors turned
into exit codes. Every command is a function decorated with `@command`; every command that prints
findings prints them with `render_findings` (reinstate.render).

Exit codes (docs/cli.md): 0 allow / clean, 1 warn or block / findings, 2 usage or input error,
3 internal error.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, ParamSpec, overload

import typer

from reinstate.errors import ReinstateError
from reinstate.i18n import Lang, default_lang
from reinstate.i18n.help import help_text

# The commands take these from here with the rest of what they share.
from reinstate.render import render_findings as render_findings
from reinstate.render import shown as shown

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class Format(StrEnum):
    text = "text"
    json = "json"


class LangChoice(StrEnum):
    en = "en"
    zh = "zh"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help=help_text("options.format"))
]


class ListFormat(StrEnum):
    """Listings also stream: one JSON object per line for scripts and `jq`."""

    text = "text"
    json = "json"
    jsonl = "jsonl"


ListFormatOption = Annotated[
    ListFormat,
    typer.Option(
        "--format", "-f", help=help_text("options.list_format")
    ),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", min=0, help=help_text("options.limit"))
]
OffsetOption = Annotated[
    int, typer.Option("--offset", min=0, help=help_text("options.offset"))
]
LangOption = Annotated[
    LangChoice | None,
    typer.Option("--lang", help=help_text("options.lang")),
]


def lang_of(choice: LangChoice | None) -> Lang:
    if choice is None:
        return default_lang()
    return "zh" if choice is LangChoice.zh else "en"


def console() -> Any:
    """A rich console that uses colour only on a terminal."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit(
    data: dict[str, Any],
    fmt: Format,
    render: Callable[[], None],
) -> None:
    """Print `data` as JSON, or call `render` to print the text form."""
    if fmt is Format.json:
        print_json(data)
    else:
        render()


def fail(error: ReinstateError, fmt: Format, lang: Lang) -> typer.Exit:
    """Report an input error the way the user asked for output, and give the exit to raise."""
    from reinstate.contract import envelope
    from reinstate.i18n import tr

    if fmt is Format.json:
        print_json(envelope("error", error=error.to_json()))
    else:
        sys.stderr.write(tr("cli.error", lang, message=error.text(lang)) + "\n")
        hint = error.hint_text(lang)
        if hint:
            sys.stderr.write(tr("cli.hint", lang, hint=hint) + "\n")
    return typer.Exit(error.exit_code)


def run(fmt: Format, lang: Lang, body: Callable[[], int | None]) -> None:
    """Run a command body; input errors become exit 2 with a clear message, bugs exit 3."""
    try:
        code = body() or EXIT_OK
    except ReinstateError as error:
        raise fail(error, fmt, lang) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except ModuleNotFoundError as exc:
        from reinstate.errors import missing_dependency

        setup_problem = missing_dependency(exc)
        if setup_problem is None:
            raise
        raise fail(setup_problem, fmt, lang) from None
    except Exception as exc:  # a bug: say so plainly, keep the traceback for reports
        import traceback

        from reinstate.i18n import tr

        traceback.print_exc()
        sys.stderr.write(tr("cli.internal_error", lang, kind=type(exc).__name__) + "\n")
        raise typer.Exit(EXIT_INTERNAL) from None
    raise typer.Exit(code)


P = ParamSpec("P")


@overload
def command(func: Callable[P, int | None], /) -> Callable[P, None]: ...
@overload
def command(
    *, errors_as: Format
) -> Callable[[Callable[P, int | None]], Callable[P, None]]: ...
def command(
    func: Callable[P, int | None] | None = None, /, *, errors_as: Format | None = None
) -> Any:
    """The one shape of a CLI command: the decorated function returns its exit code (None is 0).

    Its `--lang` picks the language of errors, its `--format` how they are reported (json and
    jsonl as a JSON error envelope on stdout, text on stderr); `errors_as` fixes the latter for a
    command whose output is always JSON. An input error (ReinstateError, a missing optional
    dependency) exits 2 with the catalogue's message, a bug exits 3 (see `run`). Typer reads the
    options from the decorated function's signature, which the wrapper keeps.
    """

    def decorate(body: Callable[P, int | None]) -> Callable[P, None]:
        @functools.wraps(body)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
            lang = lang_of(kwargs.get("lang"))  # type: ignore[arg-type]
            chosen = kwargs.get("fmt")
            fmt = errors_as or (Format.text if chosen in (None, "text") else Format.json)
            run(fmt, lang, lambda: body(*args, **kwargs))

        return wrapper

    return decorate if func is None else decorate(func)


def parse_units(pairs: list[str]) -> dict[str, int]:
    """`--units-sold ITEM=QTY` options as a mapping; an item given twice adds up."""
    out: dict[str, int] = {}
    for pair in pairs:
        item, sep, qty = pair.rpartition("=")
        if not sep or not item.strip() or not qty.strip().isdigit():
            raise ReinstateError("bad_units", pair=pair)
        out[item.strip()] = out.get(item.strip(), 0) + int(qty)
    return out
