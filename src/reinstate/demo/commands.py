"""`reinstate demo`: the built-in example case, end to end, in English or Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.i18n.help import help_text
from reinstate.shell import Format, FormatOption, LangOption, command, emit, lang_of


def register(app: typer.Typer) -> None:
    app.command("demo", help=help_text("demo.help"))(demo_command)


@command
def demo_command(
    packet: Annotated[
        Path | None,
        typer.Option(
            "--packet",
            help=help_text("demo.packet"),
        ),
    ] = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.demo import run_demo

    if packet is not None:
        from reinstate.demo.packet import demo_packet
        from reinstate.packet.commands import render_packet

        written = demo_packet(packet, lang=language)
        emit(written.to_json(), fmt, lambda: render_packet(written.to_json(), language))
        return written.exit_code

    result = run_demo()
    emit(result.to_json(), fmt, lambda: _render(result.to_json(), language))
    return 0


def _render(data: dict[str, Any], lang: str) -> None:
    from reinstate.guard.commands import render_decision
    from reinstate.i18n import tr
    from reinstate.shell import console

    out = console()
    out.print(tr("demo.text.head", lang, today=data["today"]))
    for step in data["steps"]:
        out.rule(tr(f"demo.step.{step['step']}", lang), align="left")
        if "fields" in step:
            f = step["fields"]
            out.print(
                tr(
                    "demo.text.fields",
                    lang,
                    category=f["category"],
                    status=f["status"],
                    notice_date=f["notice_date"],
                )
            )
            out.print("ASIN: " + ", ".join(f["asins"]))
            out.print(tr("demo.text.asked", lang, documents=", ".join(f["requested_documents"])))
        else:
            render_decision(step["decision"], lang)
    case = data["case"]
    out.rule(tr("demo.text.next", lang), align="left")
    for d in case["deadlines"]:
        out.print(f"{d['due']} ({d['days_left']}d) · {d['label'][lang]} · {d['source']}")
    out.print(case["next_step"][lang])
