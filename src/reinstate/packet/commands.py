"""`reinstate packet CASE_ID -o DIR_OR_ZIP`: the appeal packet, ready to submit."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption, TodayOption, today_of
from reinstate.i18n.help import help_text
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of


def register(app: typer.Typer) -> None:
    app.command("packet", help=help_text("packet.help"))(packet_command)


@command
def packet_command(
    case_id: Annotated[str, typer.Argument(help=help_text("packet.case_id"))],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help=help_text("packet.output"),
        ),
    ],
    poa: Annotated[
        Path | None,
        typer.Option(
            "--poa",
            help=help_text("packet.poa"),
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=help_text("packet.force"),
        ),
    ] = False,
    today: TodayOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.cases.files import read_text_file
    from reinstate.packet import build_packet

    day = today_of(today)
    text = read_text_file(poa) if poa is not None else None
    with open_store(db) as store:
        result = build_packet(
            store,
            case_id,
            text,
            output=output,
            force=force,
            today=day,
            lang=language,
            poa_name=poa.name if poa is not None else None,
        )
    data = result.to_json()
    emit(data, fmt, lambda: render_packet(data, language))
    return result.exit_code


def render_packet(data: dict[str, Any], lang: str) -> None:
    """The text form of a packet result: where it is, what is in it, what is missing."""
    from rich.markup import escape

    from reinstate.guard.commands import render_decision
    from reinstate.i18n import tr
    from reinstate.shell import console

    out = console()
    blocking = ", ".join(
        f["code"] for f in data["findings"] if f["severity"] in ("error", "critical")
    )
    if data["status"] == "refused":
        out.print(f"[bold red]{tr('packet.text.refused', lang)}[/bold red]\n")
        render_decision(
            {
                "verdict": data["verdict"],
                "action": "appeal",
                "case_id": data["case_id"],
                "findings": data["findings"],
                "contacts": _contacts(data),
                "next_step": data["next_step"],
            },
            lang,
        )
        return
    written = tr("packet.text.written", lang, path=data["output"])
    out.print(f"[bold green]{escape(written)}[/bold green]")
    if data["forced"]:
        out.print(f"[bold red]{tr('packet.text.forced', lang, codes=blocking)}[/bold red]")
    elif data["findings"]:
        codes = ", ".join(f["code"] for f in data["findings"])
        out.print(f"[yellow]{tr('packet.text.warnings', lang, codes=codes)}[/yellow]")
    poa = data["poa"]
    source = poa["source"]["label"][lang]
    out.print(escape(tr("packet.text.poa", lang, chars=poa["chars"], source=source)))
    out.print(tr("packet.text.evidence", lang, count=len(data["evidence"])))
    for entry in data["files"]:
        out.print(f"  {escape(entry['path'])}  [dim]{escape(entry['label'][lang])}[/dim]")
    gaps = [c for c in data["checklist"] if c["status"] != "present"]
    if gaps:
        items = "; ".join(
            tr("text.parenthetical", lang, text=c["label"][lang], note=c["status_label"][lang])
            for c in gaps
        )
        missing = tr("packet.text.missing", lang, items=items)
        out.print(f"[bold yellow]{escape(missing)}[/bold yellow]")
    else:
        out.print(tr("packet.text.nothing_missing", lang))


def _contacts(data: dict[str, Any]) -> dict[str, int]:
    return data.get("contacts") or {"last_7_days": 0, "last_30_days": 0}
