"""`reinstate case ...`: open, list, show, log, add documents, export and import cases."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reinstate.cases.report import case_report
from reinstate.i18n import tr
from reinstate.i18n.help import help_text
from reinstate.shell import (
    Format,
    FormatOption,
    LangOption,
    LimitOption,
    ListFormat,
    ListFormatOption,
    OffsetOption,
    command,
    emit,
    lang_of,
    parse_units,
    print_json,
    shown,
)

if TYPE_CHECKING:
    pass

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=help_text("options.db"),
    ),
]
TodayOption = Annotated[
    str | None, typer.Option("--today", help=help_text("options.today"))
]

app = typer.Typer(
    help=help_text("case.help"), no_args_is_help=True
)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="case")


def today_of(value: str | None) -> date:
    # from bounds, not the package: the list and show paths must not import the store to read it
    from reinstate.cases.bounds import parse_day

    return parse_day(value, what="--today") if value else date.today()


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


@app.command("list", help=help_text("case.list.help"))
@command
def list_command(
    db: DbOption = None,
    today: TodayOption = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases.summary import plain_table, read_summaries

    day = today_of(today)
    page = read_summaries(db, limit=limit, offset=offset)
    if fmt is ListFormat.jsonl:
        sys.stdout.writelines(
            json.dumps(summary.to_json(day), ensure_ascii=False) + "\n"
            for summary in page.cases
        )
        return 0
    if fmt is ListFormat.json:
        from reinstate.contract import envelope

        rows = [summary.to_json(day) for summary in page.cases]
        print_json(
            envelope("case_list", cases=rows, total=page.total, offset=offset, limit=limit)
        )
        return 0
    heads = tuple(tr(f"case.text.column.{column}", language) for column in _COLUMNS)
    cells = []
    for s in page.cases:
        nd = s.next_deadline(day)
        due = _due(nd.due, nd.days_left(day), language) if nd else "-"
        cells.append(
            (
                str(s.id),
                _cell(shown(s.account, markup=False)),
                shown(s.marketplace, markup=False),
                s.category,
                s.status.value,
                due,
                str(s.events),
            )
        )
    out = [plain_table(heads, cells)]
    listed = offset + len(cells)
    if listed < page.total:
        out.append(tr("case.text.more", language, more=page.total - listed, listed=listed))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


_COLUMNS = ("id", "account", "marketplace", "category", "status", "next_deadline", "events")
_ACCOUNT_WIDTH = 40


def _cell(text: str) -> str:
    """One table cell: a single line, long account names cut."""
    text = text.replace("\n", " ").replace("\t", " ")
    return text if len(text) <= _ACCOUNT_WIDTH else text[: _ACCOUNT_WIDTH - 1] + "…"


def _due(due: date, left: int, lang: str) -> str:
    if left >= 0:
        return tr("case.text.due", lang, due=due, left=left)
    return tr("case.text.passed", lang, due=due, days=-left)


@app.command("show", help=help_text("case.show.help"))
@command
def show_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.show.case_id"))],
    show_all: Annotated[
        bool, typer.Option("--all", help=help_text("case.show.show_all"))
    ] = False,
    db: DbOption = None,
    today: TodayOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases.caseread import read_case

    day = today_of(today)
    data = case_report(read_case(db, case_id), day)
    emit(data, fmt, lambda: render_case(data, language, show_all=show_all))
    return 0


TIMELINE_TAIL = 30


def render_case(data: dict[str, Any], lang: str, *, show_all: bool = False) -> None:
    from reinstate.textout import Plain, Rich, Unsupported, rich_needed

    if not rich_needed():
        try:
            plain = Plain()
            _case_text(plain, data, lang, show_all=show_all)
        except Unsupported:
            pass
        else:
            plain.flush()
            return
    _case_text(Rich(), data, lang, show_all=show_all)


def _case_text(out: Any, data: dict[str, Any], lang: str, *, show_all: bool) -> None:
    """`case show` as text on `out` (reinstate.textout's Plain or Rich)."""
    from reinstate.cases.schedule import describe

    def t(key: str) -> str:
        return tr(f"case.text.show.{key}", lang)

    def safe(value: object) -> str:
        return shown(value, markup=False)

    case = data["case"]
    out.line(
        (f"#{case['id']} {safe(case['account'])}", "bold"),
        (" · ", ""),
        (safe(case["marketplace"]), ""),
        (
            f" · {case['category']} · {case['status']}"
            + (f" · {case['notice_date']}" if case["notice_date"] else ""),
            "",
        ),
    )
    if case["asins"]:
        out.line(("ASIN: ", ""), (safe(", ".join(case["asins"])), ""))
    if data["deadlines"]:
        rows = []
        for d in data["deadlines"]:
            source = t("notice") if d["source"] == "notice" else d["source"]
            left = d["days_left"]
            style = "red" if d["hard"] and left <= 2 else ""
            rows.append((d["label"][lang], d["due"], (str(left), style), safe(source)))
        out.table(t("deadlines"), ("", t("due"), t("left"), t("source")), rows)
    appeals = data["appeals"]
    limit = (
        f"{appeals['used']} {t('of')} {appeals['limit']}"
        if appeals["limit"] is not None
        else f"{appeals['used']} ({t('nolimit')})"
    )
    out.line((f"{t('appeals')}: {limit}", ""))
    contacts = data["contacts"]
    out.line(
        (
            f"{t('contacts')}: {contacts['last_7_days']} ({t('last7')}), "
            f"{contacts['last_30_days']} ({t('last30')})",
            "",
        )
    )
    if data["missing_documents"]:
        groups = data.get("missing_document_groups") or [[d] for d in data["missing_documents"]]
        out.line((f"{t('missing')}: ", ""), (safe(describe(groups)), ""))
    events = case["events"]
    if events:
        out.line((t("timeline"), "bold"))
        visible = events if show_all else events[-TIMELINE_TAIL:]
        if len(visible) < len(events):
            out.line((t("earlier").format(n=len(events) - len(visible)), ""))
        # Plain aligned lines: a table takes seconds on a long timeline.
        lines = []
        for e in visible:
            detail = safe(e["note"] or e["text"] or "").strip().replace("\n", " ")
            if len(detail) > 60:
                detail = detail[:60] + "…"
            lines.append(
                f"  #{e['id']:<6} {e['at'][:16].replace('T', ' ')}  {e['kind']:<17} "
                f"{e['channel'] or '':<24} {detail}".rstrip()
            )
        out.raw("\n".join(lines))
    if case["documents"]:
        out.table(
            t("documents"),
            (t("file"), t("role"), t("type"), "sha256"),
            [
                (safe(d["filename"]), d["role"], safe(d["media_type"]), d["sha256"][:16] + "…")
                for d in case["documents"]
            ],
        )
    out.line((f"{t('next')}:", "bold"), (" ", ""), (safe(data["next_step"][lang]), ""))


@app.command("log", help=help_text("case.log.help"))
@command
def log_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.log.case_id"))],
    event: Annotated[
        str,
        typer.Argument(
            help=help_text("case.log.event")
        ),
    ],
    at: Annotated[str | None, typer.Option(help=help_text("case.log.at"))] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            "--to",
            help=help_text("case.log.channel"),
        ),
    ] = None,
    text_file: Annotated[
        Path | None,
        typer.Option("--text", help=help_text("case.log.text_file")),
    ] = None,
    note: Annotated[str | None, typer.Option(help=help_text("case.log.note"))] = None,
    file: Annotated[
        list[Path] | None, typer.Option("--file", help=help_text("case.log.file"))
    ] = None,
    role: Annotated[str, typer.Option(help=help_text("case.log.role"))] = "other",
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import Channel, EventKind, open_store, parse_moment
    from reinstate.cases.files import read_file, read_text_file
    from reinstate.contract import envelope
    from reinstate.errors import one_of

    kind = EventKind(
        one_of(event.replace("-", "_"), EventKind, code="unknown_event", what="event")
    )
    chan = (
        Channel(one_of(channel, Channel, code="unknown_channel", what="channel"))
        if channel
        else None
    )
    when = parse_moment(at) if at else None
    text = read_text_file(text_file) if text_file else None
    files = [(p.name, read_file(p)) for p in (file or [])]
    with open_store(db) as store:
        logged = store.log_event(
            case_id, kind, at=when, channel=chan, text=text, note=note, files=files, role=role
        )
    emit(
        envelope("event", case_id=int(case_id.lstrip("#")), event=logged.to_json()),
        fmt,
        lambda: typer.echo(
            tr(
                "case.text.logged",
                language,
                id=logged.id,
                kind=logged.kind.value,
                at=f"{logged.at:%Y-%m-%d %H:%M}",
            )
        ),
    )
    return 0


@app.command("add-doc", help=help_text("case.add-doc.help"))
@command
def add_doc_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.add-doc.case_id"))],
    file: Annotated[Path, typer.Argument(help=help_text("case.add-doc.file"))],
    role: Annotated[
        str,
        typer.Option(
            help=help_text("case.add-doc.role")
        ),
    ] = "other",
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    from reinstate.cases import open_store
    from reinstate.cases.files import read_file
    from reinstate.contract import envelope

    data = read_file(file)
    with open_store(db) as store:
        doc = store.add_document(case_id, file.name, data, role=role)
    emit(
        envelope("document", case_id=int(case_id.lstrip("#")), document=doc.to_json()),
        fmt,
        lambda: typer.echo(
            shown(f"{doc.filename} ({doc.media_type}) sha256 {doc.sha256}", markup=False)
        ),
    )
    return 0


@app.command("export", help=help_text("case.export.help"))
@command(errors_as=Format.json)
def export_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.export.case_id"))],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=help_text("case.export.output"))
    ] = None,
    db: DbOption = None,
    lang: LangOption = None,
) -> int:
    from reinstate.cases import open_store
    from reinstate.cases.transfer import write_export
    from reinstate.errors import ReinstateError

    with open_store(db) as store:
        case = store.get_case(case_id)
        if output is None:
            sys.stdout.flush()
            write_export(store, case, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return 0
        tmp = output.with_name(output.name + ".part")
        try:
            with tmp.open("wb") as handle:
                write_export(store, case, handle)
            tmp.replace(output)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ReinstateError(
                "file_unwritable", strerror=exc.strerror, path=str(output)
            ) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return 0


@app.command("import", help=help_text("case.import.help"))
@command
def import_command(
    file: Annotated[Path, typer.Argument(help=help_text("case.import.file"))],
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases.importfile import import_file
    from reinstate.contract import envelope

    case = import_file(db, file)
    emit(
        envelope("case", case=case.to_json()),
        fmt,
        lambda: typer.echo(tr("case.text.imported", language, id=case.id)),
    )
    return 0


@app.command("set", help=help_text("case.set.help"))
@command
def set_command(
    case_id: Annotated[str, typer.Argument(help=help_text("case.set.case_id"))],
    status: Annotated[str | None, typer.Option(help=help_text("case.set.status"))] = None,
    category: Annotated[str | None, typer.Option(help=help_text("case.set.category"))] = None,
    final_decision: Annotated[
        bool | None,
        typer.Option(
            "--final-decision/--not-final",
            help=help_text("case.set.final_decision"),
        ),
    ] = None,
    appeal_limit: Annotated[
        int | None, typer.Option(help=help_text("case.set.appeal_limit"))
    ] = None,
    deadline_days: Annotated[
        int | None, typer.Option(help=help_text("case.set.deadline_days"))
    ] = None,
    asin: Annotated[list[str] | None, typer.Option(help=help_text("case.set.asin"))] = None,
    requests: Annotated[
        list[str] | None, typer.Option("--requests", help=help_text("case.set.requests"))
    ] = None,
    invoice_window_days: Annotated[
        int | None, typer.Option(help=help_text("case.set.invoice_window_days"))
    ] = None,
    seller_name: Annotated[str | None, typer.Option(help=help_text("case.set.seller_name"))] = None,
    seller_address: Annotated[
        str | None, typer.Option(help=help_text("case.set.seller_address"))
    ] = None,
    units_sold: Annotated[
        list[str] | None,
        typer.Option("--units-sold", help=help_text("case.set.units_sold")),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import CATEGORIES, Status, open_store
    from reinstate.errors import one_of

    changes: dict[str, Any] = {}
    if status is not None:
        changes["status"] = Status(one_of(status, Status, code="case_invalid", what="status"))
    if category is not None:
        changes["category"] = one_of(category, CATEGORIES, code="case_invalid", what="category")
    for key, value in (
        ("final_decision", final_decision),
        ("appeal_limit", appeal_limit),
        ("deadline_days", deadline_days),
    ):
        if value is not None:
            changes[key] = value
    if asin is not None:
        changes["asins"] = [a.strip().upper() for a in asin]
    if requests is not None:
        from reinstate.cases.bounds import validate_requests

        validate_requests(list(requests))
        changes["requested_documents"] = list(requests)
    if invoice_window_days is not None:
        changes["invoice_window_days"] = invoice_window_days
    with open_store(db) as store:
        profile = dict(store.get_case(case_id).profile)
        if seller_name is not None:
            profile["seller_name"] = seller_name
        if seller_address is not None:
            profile["seller_address"] = seller_address
        if units_sold:
            profile["units_sold"] = {**profile.get("units_sold", {}), **parse_units(units_sold)}
        case = store.update_case(case_id, profile=profile, **changes)
    emit(
        case_report(case, today_of(None)),
        fmt,
        lambda: typer.echo(tr("case.text.updated", language, id=case.id)),
    )
    return 0
