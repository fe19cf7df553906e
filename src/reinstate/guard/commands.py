"""`reinstate guard ACTION --case ID`: may I do this now?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption, TodayOption, today_of
from reinstate.shell import (
    EXIT_FINDINGS,
    EXIT_OK,
    Format,
    FormatOption,
    LangOption,
    emit,
    lang_of,
    run,
)


def register(app: typer.Typer) -> None:
    app.command("guard")(guard_command)


def guard_command(
    action: Annotated[str, typer.Argument(help="appeal, message, new-account, invoice, call")],
    case: Annotated[str, typer.Option("--case", help="Case id / 案件编号.")],
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", help="The text about to be sent, or the document about to be uploaded."
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Channel: account_health_appeal (default), seller_performance_email, "
            "seller_support, ahs_call, other",
        ),
    ] = None,
    declare_need: Annotated[
        bool,
        typer.Option(
            "--declare-need",
            help="new-account: I have a legitimate business need and every "
            "account is in good standing / 声明有正当业务需要且所有账户状态良好.",
        ),
    ] = False,
    accounts: Annotated[
        Path | None,
        typer.Option(
            "--accounts",
            help="new-account: your accounts file, to show which records would link "
            "the new account / 账户文件，显示新账户会通过哪些记录被关联.",
        ),
    ] = None,
    candidate: Annotated[
        Path | None,
        typer.Option(
            "--candidate",
            help="new-account: the prospective account's details (JSON) / 拟开设账户的信息.",
        ),
    ] = None,
    today: TodayOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> None:
    """Ask before every step: allow, warn or block, with reasons / 每一步之前先问：允许、警告或阻止.

    Exit codes: 0 allow, 1 warn or block, 2 usage or input error, 3 internal error.
    """
    language = lang_of(lang)

    def body() -> int:
        from reinstate.cases import Channel, open_store
        from reinstate.cases.files import read_file, read_text_file
        from reinstate.errors import one_of
        from reinstate.guard import Action, decide

        chosen = Action(one_of(action, Action, code="unknown_action", what=("action", "操作")))
        channel = (
            Channel(one_of(to, Channel, code="unknown_channel", what=("channel", "渠道")))
            if to
            else None
        )
        day = today_of(today)
        if file is None and chosen is Action.message:
            from reinstate.errors import ReinstateError

            raise ReinstateError("missing_option.message_file")
        text = document = None
        if file is not None:
            if chosen is Action.invoice:
                document = (file.name, read_file(file))
            else:
                text = read_text_file(file)
        with open_store(db) as store:
            the_case = store.get_case(case)
        links = _account_links(accounts, candidate) if chosen is Action.new_account else []
        decision = decide(
            chosen,
            the_case,
            today=day,
            text=text,
            document=document,
            channel=channel,
            declared_need=declare_need,
            account_links=links,
        )
        data = decision.to_json()
        emit(data, fmt, lambda: render_decision(data, language))
        return EXIT_OK if data["verdict"] == "allow" else EXIT_FINDINGS

    run(fmt, language, body)


def _account_links(accounts: Path | None, candidate: Path | None) -> list[Any]:
    if accounts is None and candidate is None:
        return []
    from reinstate.errors import ReinstateError

    if accounts is None or candidate is None:
        raise ReinstateError("missing_option.accounts_candidate")
    from reinstate.related.check import check
    from reinstate.related.load import load_accounts, load_candidate

    existing, _problems = load_accounts(accounts)
    return check(existing, candidate=load_candidate(candidate)).findings


_VERDICT = {
    "en": {"allow": "ALLOW", "warn": "WARN", "block": "BLOCK"},
    "zh": {"allow": "允许", "warn": "警告", "block": "阻止"},
}
_ACTIONS = {
    "en": {},
    "zh": {
        "appeal": "申诉",
        "message": "消息",
        "new-account": "开新账户",
        "invoice": "发票",
        "call": "电话",
    },
}
_SEVERITY = {
    "en": {},
    "zh": {"info": "提示", "warning": "警告", "error": "错误", "critical": "严重"},
}
_STYLE = {"allow": "bold green", "warn": "bold yellow", "block": "bold red"}


def render_decision(data: dict[str, Any], lang: str) -> None:
    from reinstate.shell import console, shown

    escape = shown
    out = console()
    verdict = data["verdict"]
    case_word = "case" if lang == "en" else "案件"
    out.print(
        f"[{_STYLE[verdict]}]{_VERDICT[lang][verdict]}[/{_STYLE[verdict]}] "
        f"{_ACTIONS[lang].get(data['action'], data['action'])} · {case_word} #{data['case_id']}"
    )
    for change in data.get("config_changes", []):
        out.print("[bold yellow]![/bold yellow] " + escape(change["message"][lang]))
    for f in data["findings"]:
        where = ""
        if f["span"]:
            where = (
                f" (line {f['span']['line']}:{f['span']['column']})"
                if lang == "en"
                else f"（第 {f['span']['line']} 行第 {f['span']['column']} 列）"
            )
        severity = _SEVERITY[lang].get(f["severity"], f["severity"])
        out.print(f"\n[bold]{f['code']}[/bold] {severity} · {escape(f['name'])}{where}")
        out.print(f"  {escape(f['message'][lang])}")
        out.print(("  why: " if lang == "en" else "  原因：") + escape(f["why"][lang]))
        out.print(("  fix: " if lang == "en" else "  建议：") + escape(f["fix"][lang]))
        out.print(f"  [dim]{escape(f['source'])}[/dim]")
    for skipped in data.get("skipped_checks", []):
        out.print(
            ("[yellow]not checked:[/yellow] " if lang == "en" else "[yellow]未检查：[/yellow]")
            + escape(skipped["message"][lang])
        )
    c = data["contacts"]
    out.print(
        (
            "\nContacts with Amazon: {a} in the last 7 days, {b} in 30 days."
            if lang == "en"
            else "\n与亚马逊的联系：近 7 天 {a} 次，近 30 天 {b} 次。"
        ).format(a=c["last_7_days"], b=c["last_30_days"])
    )
    out.print(("Next step: " if lang == "en" else "下一步：") + escape(data["next_step"][lang]))
