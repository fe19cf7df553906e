"""What every CLI command shares: --format/--lang, output, findings as text, and errors turned
into exit codes. Every command is a function decorated with `@command`; every command that prints
findings prints them with `render_findings`.

Exit codes (docs/cli.md): 0 allow / clean, 1 warn or block / findings, 2 usage or input error,
3 internal error.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any, ParamSpec, overload

import typer

from reinstate.errors import ReinstateError
from reinstate.i18n import Lang, default_lang

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class Format(StrEnum):
    text = "text"
    json = "json"


class LangChoice(StrEnum):
    en = "en"
    zh = "zh"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format / 输出格式: text or json.")
]


class ListFormat(StrEnum):
    """Listings also stream: one JSON object per line for scripts and `jq`."""

    text = "text"
    json = "json"
    jsonl = "jsonl"


ListFormatOption = Annotated[
    ListFormat,
    typer.Option(
        "--format", "-f", help="Output format / 输出格式: text, json, or jsonl (one case a line)."
    ),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", min=0, help="Show at most N / 最多显示 N 条.")
]
OffsetOption = Annotated[
    int, typer.Option("--offset", min=0, help="Skip the first N / 跳过前 N 条.")
]
LangOption = Annotated[
    LangChoice | None,
    typer.Option("--lang", help="Language / 语言: en or zh (default: from the locale)."),
]


def lang_of(choice: LangChoice | None) -> Lang:
    if choice is None:
        return default_lang()
    return "zh" if choice is LangChoice.zh else "en"


def console() -> Any:
    """A rich console that uses colour only on a terminal."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


# What a terminal would act on rather than print: escape sequences (CSI, OSC such as a window
# title, DCS...), other C0/C1 control characters, and bidi overrides that reorder a line.
_TERMINAL_CONTROL = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
    re.S,
)


def shown(value: object, *, markup: bool = True) -> str:
    """Text that came from the user (or a file, or Amazon) made safe to print: terminal control
    sequences removed and, for rich output, markup escaped so `[bold]` prints as written.

    Every text renderer passes user data through here; `markup=False` is for plain echo.
    """
    text = _TERMINAL_CONTROL.sub("", str(value))
    if not markup:
        return text
    from rich.markup import escape

    return escape(text)


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


_LONE_PLACEHOLDER = re.compile(r"\s*\{(\w+)\}\s*")


def render_findings(
    findings: Iterable[Any],
    lang: str,
    *,
    layout: str,
    markup: bool = True,
    extra: Mapping[str, str] | Callable[[Mapping[str, Any]], Mapping[str, str]] | None = None,
) -> list[str]:
    """Findings as the lines of a command's text output, in the catalogue's `findings.<layout>`.

    Each layout is one template per finding (`findings.<layout>.lines`, in both languages) with
    the placeholders code, name, severity, severity_label, message, why, fix, source and where
    (`findings.<layout>.where` / `.nowhere`), plus the values `extra` gives (for every finding,
    or a function of the finding's JSON; already translated). A template line that is only a
    placeholder left empty is dropped. Values are made safe to print (`shown`), with `markup`
    for rich output. Findings are `Finding`s or their JSON.
    """
    from reinstate.i18n import catalog, tr

    template = tr(f"findings.{layout}.lines", lang)
    lines: list[str] = []
    for found in findings:
        data = found if isinstance(found, Mapping) else found.to_json()
        values: dict[str, str] = {
            "code": data["code"],
            "name": data["name"],
            "severity": data["severity"],
            "severity_label": tr(f"findings.severity.{data['severity']}", lang),
            "message": data["message"][lang],
            "why": data["why"][lang],
            "fix": data["fix"][lang],
            "source": data["source"],
        }
        if "{where}" in template:
            span = data["span"]
            where = f"findings.{layout}.where" if span else f"findings.{layout}.nowhere"
            values["where"] = tr(where, lang, **(span or {})) if where in catalog() else ""
        if extra is not None:
            values.update(extra if isinstance(extra, Mapping) else extra(data))
        safe = {key: shown(value, markup=markup) for key, value in values.items()}
        for line in template.split("\n"):
            alone = _LONE_PLACEHOLDER.fullmatch(line)
            if alone and not values.get(alone[1]):
                continue
            lines.append(line.format_map(safe))
    return lines


def parse_units(pairs: list[str]) -> dict[str, int]:
    """`--units-sold ITEM=QTY` options as a mapping; an item given twice adds up."""
    out: dict[str, int] = {}
    for pair in pairs:
        item, sep, qty = pair.rpartition("=")
        if not sep or not item.strip() or not qty.strip().isdigit():
            raise ReinstateError("bad_units", pair=pair)
        out[item.strip()] = out.get(item.strip(), 0) + int(qty)
    return out
