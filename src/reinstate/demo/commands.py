"""`reinstate demo`: the built-in example case, end to end, in English or Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.shell import Format, FormatOption, LangOption, emit, lang_of, run


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)


_TITLES = {
    "notice": (
        "1. The notice Amazon sent, read into a new case",
        "1. 读取亚马逊的通知，建立新案件",
    ),
    "angry_message": (
        "2. A panicked message to Seller Support: reinstate stops it",
        "2. 情急之下写给卖家支持的消息：reinstate 阻止发送",
    ),
    "new_account": ('3. "Let\'s just open a new account": blocked', "3. “干脆开个新账户吧”：阻止"),
    "appeal_too_early": (
        "4. Appealing before the evidence is in the case: blocked",
        "4. 证据还没备齐就申诉：阻止",
    ),
    "invoice": (
        "5. The supplier's original invoice, stored byte for byte and checked",
        "5. 供应商的原始发票：逐字节保存并检查",
    ),
    "appeal_ready": (
        "6. The Plan of Action with its evidence: the appeal may go",
        "6. 行动计划和证据齐全：可以提交申诉",
    ),
    "follow_up_next_day": (
        "7. Chasing Amazon the day after the appeal: blocked",
        "7. 申诉第二天就去催：阻止",
    ),
}


def demo_command(
    packet: Annotated[
        Path | None,
        typer.Option(
            "--packet",
            help="Also write the example case's appeal packet to this new folder or .zip / "
            "同时输出示例案件的申诉材料包.",
        ),
    ] = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> None:
    """Run the built-in example case end to end (your own ledger is not touched) / 运行内置示例."""
    language = lang_of(lang)

    def body() -> int:
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

    run(fmt, language, body)


def _render(data: dict[str, Any], lang: str) -> None:
    from reinstate.guard.commands import render_decision
    from reinstate.shell import console

    out = console()
    zh = lang == "zh"
    out.print(
        "[bold]reinstate demo[/bold] — "
        + (
            "示例案件（临时数据库，不会改动你自己的案件库），今天是 "
            if zh
            else "the example case (a temporary ledger; yours is not touched), today is "
        )
        + data["today"]
    )
    for step in data["steps"]:
        out.rule(_TITLES[step["step"]][1 if zh else 0], align="left")
        if "fields" in step:
            f = step["fields"]
            out.print(
                ("类别" if zh else "category")
                + f": {f['category']} · "
                + ("状态" if zh else "status")
                + f": {f['status']} · "
                + ("通知日期" if zh else "notice date")
                + f": {f['notice_date']}"
            )
            out.print("ASIN: " + ", ".join(f["asins"]))
            out.print(
                ("要求提供" if zh else "asked for") + ": " + ", ".join(f["requested_documents"])
            )
        else:
            render_decision(step["decision"], lang)
    case = data["case"]
    out.rule("8. 下一步" if zh else "8. What to do next", align="left")
    for d in case["deadlines"]:
        out.print(f"{d['due']} ({d['days_left']}d) · {d['label'][lang]} · {d['source']}")
    out.print(case["next_step"][lang])
