"""The `reinstate` command: a thin shell over the library.

Each capability registers its own commands (`register(app)` in its `commands.py`). A run imports
only the module of the command it runs: `COMMANDS` names each command's module and the one-line
help `reinstate --help` lists, so the list needs no imports at all (tests/test_startup.py checks
the table against what the modules register). Help is click's plain formatter: rich's panels
cost more start-up time than the whole list is worth.
"""

from __future__ import annotations

from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core as typer_core
import typer.main
from typer._click import Context, HelpFormatter
from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam
from typer._param_types import coerce_cli_choice, coerce_cli_path
from typer.core import TyperGroup

from reinstate import __version__

# name -> (module(s) whose register(app) add it, the help line `reinstate --help` shows)
COMMANDS: dict[str, tuple[str | tuple[str, ...], str]] = {
    "case": (
        ("reinstate.cases.commands", "reinstate.cases.ical_commands", "reinstate.case_new"),
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
    "rules": (
        "reinstate.rules.commands",
        "Every rule, or test a folder of your own rules / 规则列表，或测试自定义规则目录.",
    ),
    "rule": (
        "reinstate.rules.commands",
        "Show one rule: what it checks, why, how to fix, and its source / 查看单条规则.",
    ),
    "demo": (
        "reinstate.demo.commands",
        "Run the built-in example case end to end (your own ledger is not touched) / 运行内置示例.",
    ),
    "db": ("reinstate.db_commands", "The case ledger's database / 案件数据库."),
    "eval": (
        "reinstate.eval_commands",
        "Measure reinstate on your own labelled files / 用您自己的标注文件评估 reinstate.",
    ),
    "mcp": (
        "reinstate.mcp.commands",
        "Model Context Protocol server for AI assistants: lint, guard, cases / AI 助手的 MCP 服务.",
    ),
    "notify": (
        "reinstate.notify.commands",
        "Chat-group and e-mail alerts: WeCom, DingTalk, Feishu/Lark, Slack, e-mail / "
        "群聊与邮件提醒.",
    ),
    "remind": (
        "reinstate.notify.commands",
        "Send the deadline reminders due today, each once (run it from cron) / 发送今天到期的提醒.",
    ),
}


def _modules(entry: str | tuple[str, ...]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


def command_modules() -> list[str]:
    """Every module that registers commands, in the order of `COMMANDS`."""
    return list(dict.fromkeys(m for modules, _help in COMMANDS.values() for m in _modules(modules)))


def load_group(modules: list[str]) -> TyperGroup:
    """The click group of the commands the given modules register."""
    holder = typer.Typer(rich_markup_mode=None, add_completion=False)
    for module in modules:
        import_module(module).register(holder)

    @holder.callback()
    def _holder() -> None:  # a callback makes typer build a group even for one command
        pass

    return typer.main.get_group(holder)


class _DirectParam(RuntimeParam):
    """A parameter coerced without pydantic, with the messages typer's adapters give."""

    def _coerce_value(self, value: Any, param: Any, ctx: Context) -> Any:
        annotation, info = self.annotation, self.parameter_info
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            try:
                return coerce_cli_choice(
                    value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx
                )
            except ValueError as exc:
                raise BadParameter(f"Value error, {exc}", ctx=ctx, param=param) from None
        if annotation is str:
            return value if isinstance(value, str) else str(value)
        if annotation is bool:
            return _flag(value, ctx, param)
        if annotation is int:
            return _integer(value, info, ctx, param)
        path = value if isinstance(value, Path) else Path(value)
        return coerce_cli_path(path, info, path_type=info.path_type or Path, param=param, ctx=ctx)


_TRUE = {"1", "true", "t", "yes", "y", "on"}
_FALSE = {"0", "false", "f", "no", "n", "off", ""}


def _flag(value: Any, ctx: Context, param: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise BadParameter("Input should be a valid boolean, unable to interpret input", ctx, param)


def _integer(value: Any, info: Any, ctx: Context, param: Any) -> int:
    try:
        number = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        raise BadParameter(
            "Input should be a valid integer, unable to parse string as an integer", ctx, param
        ) from None
    if info.min is not None and number < info.min:
        raise BadParameter(f"Input should be greater than or equal to {info.min}", ctx, param)
    if info.max is not None and number > info.max:
        raise BadParameter(f"Input should be less than or equal to {info.max}", ctx, param)
    return int(number)


def _direct(descriptor: Any) -> bool:
    """Whether a parameter is one of the simple kinds coerced without pydantic."""
    annotation, info = descriptor.annotation, descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return False
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return True
    if annotation is int:
        return not info.clamp
    if annotation is Path:
        return info.path_type in (None, Path)
    return annotation in (str, bool)


def _runtime_param(descriptor: Any) -> RuntimeParam:
    if _direct(descriptor):
        return _DirectParam(
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
        )
    assert _typer_runtime_param is not None  # installed only when typer has the hook
    return _typer_runtime_param(descriptor)


# typer builds a pydantic TypeAdapter for every parameter of the command that runs: importing
# pydantic and building them cost more than linting a page. reinstate's options are strings,
# flags, integers, paths and enum choices, which `_DirectParam` coerces as typer would (typer's
# own path and choice checks, the same messages); anything else still goes through typer.
# tests/test_startup.py checks the messages and that no command path imports pydantic.
# Only when this typer still has the hook: a release without it must cost speed, not the CLI.
_typer_runtime_param = getattr(typer_core, "build_runtime_param", None)
if _typer_runtime_param is not None:
    typer_core.build_runtime_param = _runtime_param


class LazyGroup(TyperGroup):
    """Loads a command's module when that command runs, not before."""

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        # A name missing from the table still works (slowly): a module may have gained a
        # command that COMMANDS has not caught up with yet.
        modules = _modules(entry[0]) if entry else command_modules()
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
            from reinstate.i18n import default_lang, tr

            lang = default_lang()
            typer.echo(tr("cli.error", lang, message=error.text(lang)), err=True)
            raise typer.Exit(2) from None


def main() -> None:
    app()
