"""`reinstate lint` and `reinstate outline`: review a draft appeal, or start one from a skeleton."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption
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

MAX_FILE_BYTES = 16 * 1024 * 1024


def register(app: typer.Typer) -> None:
    app.command("lint", help=help_text("lint.help"))(lint_command)
    app.command("outline", help=help_text("outline.help"))(outline_command)


@command
def lint_command(
    file: Annotated[str, typer.Argument(help=help_text("lint.file"))],
    case: Annotated[
        str | None,
        typer.Option(
            "--case",
            help=help_text("lint.case"),
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help=help_text("lint.to")),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help=help_text("lint.semantic"),
        ),
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    text = read_input(file)
    context: dict[str, Any] = {"channel": to} if to else {}
    if case is not None:
        from reinstate.appeals.context import case_context
        from reinstate.cases import open_store

        with open_store(db) as store:
            context = case_context(store.get_case(case), channel=to)
    if semantic:
        context["semantic"] = True
    return lint_command_body(text, language, fmt, context)


def lint_command_body(
    text: str, lang: str, fmt: Format, context: dict[str, Any] | None = None
) -> int:
    """Lint `text` with the case context (keyword arguments of `lint_text`), print, exit code.

    The `--case` wiring passes e.g. {"asins": [...], "earlier_texts": [...], "channel": ...,
    "appeals_used": 1, "appeal_limit": 2, "category": "inauthentic"}.
    """
    from reinstate.appeals.lint import lint_text
    from reinstate.errors import ReinstateError

    if not text.strip():
        raise ReinstateError("text_empty.lint")
    report = lint_text(text, **(context or {}))
    data = report.to_json()
    emit(data, fmt, lambda: render_report(data, lang))
    return EXIT_OK if report.verdict == "ready" else EXIT_FINDINGS


def read_input(file: str) -> str:
    """The text of FILE (or standard input for -): UTF-8, UTF-16 with BOM, or GB18030."""
    from reinstate.errors import ReinstateError

    path = None if file == "-" else file
    try:
        if path is None:
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ReinstateError("file_missing.lint", path=path) from None
    except IsADirectoryError:
        raise ReinstateError("file_is_directory", path=path) from None
    except (OSError, ValueError) as exc:
        # The reason in words ("Permission denied"), not Python's "[Errno 13] ...: 'path'".
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ReinstateError("file_unreadable.lint", error=reason, path=path) from None
    if len(data) > MAX_FILE_BYTES:
        raise ReinstateError(
            "file_too_large.lint",
            size=f">{MAX_FILE_BYTES:,}",
            limit=f"{MAX_FILE_BYTES:,}",
            path=path or "-",
        )
    from reinstate.cases.files import DOCUMENT_KINDS, sniff_kind

    # A PDF or image handed in as the appeal would be linted as its raw bytes.
    kind = sniff_kind(data)
    if kind in DOCUMENT_KINDS:
        raise ReinstateError("file_binary.document", kind=kind.upper(), path=path or "-")
    return decode(data, path or "-")


def decode(data: bytes, name: str) -> str:
    from reinstate.cases.files import looks_binary, try_decode
    from reinstate.errors import ReinstateError

    text = try_decode(data)
    if text is not None:
        return text
    if looks_binary(data):
        raise ReinstateError("file_binary.lint", path=name)
    raise ReinstateError("file_encoding.lint", path=name)


_STYLE = {"critical": "bold red", "error": "red", "warning": "yellow", "info": "cyan"}
_VERDICT_STYLE = {"ready": "bold green", "needs_work": "bold yellow", "do_not_send": "bold red"}


def render_report(data: dict[str, Any], lang: str) -> None:
    """The text form: verdict, score, sections, then each finding with line:column and fix."""
    from reinstate.i18n import tr
    from reinstate.shell import console, render_findings

    out = console()
    verdict = data["verdict"]
    out.print(
        f"[{_VERDICT_STYLE[verdict]}]{tr(f'appeals.lint.verdict.{verdict}', lang)}[/]  "
        f"{tr('appeals.lint.score', lang, score=data['score'])}  "
        f"{tr('appeals.lint.words', lang, words=data['words'])}"
    )
    found = [tr(f"appeals.lint.section_name.{n}", lang) for n, ok in data["sections"].items() if ok]
    sep = tr("text.list_separator", lang)
    listed = sep.join(found) if found else tr("appeals.lint.sections_none", lang)
    out.print(tr("appeals.lint.sections", lang, found=listed))
    if data.get("semantic") == "unavailable":
        out.print(tr("appeals.lint.semantic_unavailable", lang))
    if not data["findings"]:
        out.print(tr("appeals.lint.no_findings", lang))
        return

    def notes(finding: Mapping[str, Any]) -> dict[str, str]:
        params = finding["params"]
        lines = []
        missing = params.get(f"missing_{lang}") or params.get("missing_en")
        if missing:
            lines.append("  " + tr("appeals.lint.missing", lang, missing=missing))
        seen = {"model": "model", "rules+model": "both"}.get(params.get("seen_by", ""))
        if seen:
            confidence = params.get("confidence")
            lines.append("  " + tr(f"appeals.lint.seen_by.{seen}", lang, confidence=confidence))
        return {"style": _STYLE.get(finding["severity"], ""), "extra": "\n".join(lines)}

    for line in render_findings(data["findings"], lang, layout="lint", extra=notes):
        out.print(line)


@command
def outline_command(
    category: Annotated[
        str | None,
        typer.Option("--category", help=help_text("outline.category")),
    ] = None,
    asin: Annotated[
        list[str] | None, typer.Option("--asin", help=help_text("outline.asin"))
    ] = None,
    case: Annotated[
        str | None,
        typer.Option("--case", help=help_text("outline.case")),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    chosen, asins = category, list(asin or [])
    if case is not None:
        from reinstate.cases import open_store

        with open_store(db) as store:
            the_case = store.get_case(case)
        chosen = chosen or the_case.category
        asins = asins or list(the_case.asins)
    if chosen is None:
        from reinstate.errors import ReinstateError

        raise ReinstateError("missing_option")
    return outline_command_body(chosen, language, fmt, asins)


def outline_command_body(category: str, lang: str, fmt: Format, asins: list[str]) -> int:
    """Print the skeleton for `category` (the `--case` wiring passes the case's category, ASINs)."""
    from reinstate.appeals.skeleton import categories, outline
    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError

    known = {*categories(), *_LEDGER_CATEGORIES, "generic"}
    if category not in known:
        raise ReinstateError(
            "category_unknown",
            category=category,
            choices=", ".join(
                sorted(known),
            ),
        )
    text = outline(category, lang=lang, asins=asins)
    data = envelope(
        "outline",
        category=category,
        specific=category in categories(),
        lang=lang,
        text=text,
    )

    def render() -> None:
        sys.stdout.write(text)

    emit(data, fmt, render)
    return EXIT_OK


# The case ledger's categories (reinstate.cases.model.CATEGORIES) that get the generic skeleton.
_LEDGER_CATEGORIES = (
    "identity_verification",
    "product_safety",
    "pricing",
    "listing_policy",
    "funds_reserve",
    "other",
)
