"""The `reinstate` command: a thin shell over the library.

Each capability registers its own commands (`register(app)` in its `commands.py`). A run imports
only the module of the command it runs: `COMMANDS` names each command's module and the one-line
help `reinstate --help` lists, so the list needs no imports at all (tests/test_startup.py checks
the table against what the modules register). Help is click's plain formatter: rich's panels
cost more start-up time than the whole list is worth.
"""

from __future__ import annotations

from importlib import import_module
from typing import Annotated, Any

import typer
import typer.main
from typer._click import Context, HelpFormatter
from typer.core import TyperGroup

from reinstate import __version__

# name -> (module whose register(app) adds it, the help line `reinstate --help` shows)
COMMANDS: dict[str, tuple[str, str]] = {
    "case": (
        "reinstate.cases.commands",
        "Keep a case: the notice, deadlines, events, documents / 管理案件.",
    ),
    "guard": (
        "reinstate.guard.commands",
        "Ask before every step: allow, warn or block, with reasons / "
        "每一步之前先问：允许、警告或阻止.",
    ),
    "notice": (
        "reinstate.notices.commands",
        "Read Amazon's notices: what happened, why, what is asked, by when, how, what not to do.",
    ),
    "lint": (
        "reinstate.appeals.commands",
        "Review a Plan of Action or message before it is sent / 发送前审阅行动计划或消息.",
    ),
    "outline": (
        "reinstate.appeals.commands",
        "Print a Plan-of-Action skeleton to fill in / 输出待填写的行动计划骨架.",
    ),
    "invoice": (
        "reinstate.invoices.commands",
        "Check invoices: Amazon's requirements, arithmetic, signs of editing.",
    ),
    "packet": (
        "reinstate.packet.commands",
        "Export the appeal packet: POA, original evidence, index, checklist / 导出申诉材料包.",
    ),
    "health": (
        "reinstate.health.commands",
        "Watch account health through the Selling Partner API / 通过 SP-API 监控账户健康.",
    ),
    "related": (
        "reinstate.related.commands",
        "Related accounts: which accounts can be linked, through what / 关联账户检查。",
    ),
    "serve": (
        "reinstate.web.commands",
        "Open the workbench in the browser: local mode on 127.0.0.1, or --team / 启动网页工作台.",
    ),
    "team": (
        "reinstate.web.commands",
        "Team mode: organisations and their owners / 团队模式：组织与所有者.",
    ),
    "rules": ("reinstate.rules.commands", "List every rule / 列出所有规则."),
    "rule": (
        "reinstate.rules.commands",
        "Show one rule: what it checks, why, how to fix, and its source / 查看单条规则.",
    ),
    "demo": (
        "reinstate.demo.commands",
        "Run the built-in example case end to end (your own ledger is not touched) / 运行内置示例.",
    ),
    "db": ("reinstate.db_commands", "The case ledger's database / 案件数据库."),
}


def command_modules() -> list[str]:
    """Every module that registers commands, in the order of `COMMANDS`."""
    return list(dict.fromkeys(module for module, _help in COMMANDS.values()))


def load_group(modules: list[str]) -> TyperGroup:
    """The click group of the commands the given modules register."""
    holder = typer.Typer(rich_markup_mode=None, add_completion=False)
    for module in modules:
        import_module(module).register(holder)

    @holder.callback()
    def _holder() -> None:  # a callback makes typer build a group even for one command
        pass

    return typer.main.get_group(holder)


class LazyGroup(TyperGroup):
    """Loads a command's module when that command runs, not before."""

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        # A name missing from the table still works (slowly): a module may have gained a
        # command that COMMANDS has not caught up with yet.
        modules = [entry[0]] if entry else command_modules()
        return load_group(modules).commands.get(cmd_name)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        # Whole lines, wrapped: cutting at the width would drop the Chinese half.
        rows = [(name, text) for name, (_module, text) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="reinstate",
    cls=LazyGroup,
    help="From an Amazon suspension notice to an appeal that is ready to send, "
    "stopping the classic mistakes on the way. / 从亚马逊停用通知到可提交的申诉，"
    "沿途拦下常见的致命错误。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reinstate {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            envvar="REINSTATE_CONFIG",
            help="Rule settings file (switch rules off, change severities).",
        ),
    ] = None,
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True)
    ] = None,
) -> None:
    if config:
        from reinstate.errors import ReinstateError
        from reinstate.rules import load_registry, set_default_registry

        try:
            set_default_registry(load_registry(config))
        except ReinstateError as error:
            typer.echo(f"reinstate: error: {error.text('en')}", err=True)
            raise typer.Exit(2) from None


def main() -> None:
    app()
