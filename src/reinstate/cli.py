"""The `reinstate` command: a thin shell over the library.

Each capability registers its own commands (`register(app)` in its `commands.py`). A run imports
only the module of the command it runs: `COMMANDS` names each command's module and the key of
the one-line help `reinstate --help` lists (i18n/help_texts/reinstate.toml), so the list needs
no command module at all (tests/test_startup.py checks the table against what the modules
register). Help is click's plain formatter: rich's panels
cost more start-up time than the whole list is worth.
"""

# ruff: noqa: E402 -- the imports below come after the reader server has started

from __future__ import annotations

import sys


def _start_reader_server() -> None:
    """`reinstate invoice FILE`: the reader server starts before typer is imported.

    Every invoice is read in a child forked from that server, which first imports the readers
    (0.5 s of CPU). Started here it loads them on the second core while this process imports
    typer and builds the command; started by the command itself the child waited for both, one
    after the other (0.3 s more on a cold single-file check, issue 20).
    """
    if sys.argv[1:2] == ["invoice"] and not {"--help", "-h"} & set(sys.argv[2:]):
        from reinstate.invoices import sandbox

        kinds = _kinds(sys.argv[2:])
        sandbox.warm(
            images_only=bool(kinds) and kinds <= {"jpeg", "png", "gif"},
            pdfs_only=kinds == {"pdf"},
        )


def _kinds(args: list[str]) -> set[str]:
    """The kinds (by their first bytes) of the files named among `args`. Option values that
    name files (`--sales`) count too: anything else leaves the server whole."""
    from reinstate.invoices.filetype import sniff

    kinds = set()
    for arg in args:
        if arg.startswith("-"):
            continue
        try:
            with open(arg, "rb") as file:
                kinds.add(sniff(file.read(1024)))
        except OSError:
            continue
    return kinds


_start_reader_server()

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
from reinstate.i18n.help import help_text

# name -> (module(s) whose register(app) add it, the key of the help line `reinstate --help` shows)
COMMANDS: dict[str, tuple[str | tuple[str, ...], str]] = {
    "case": (
        ("reinstate.cases.commands", "reinstate.cases.ical_commands", "reinstate.case_new"),
        "reinstate.commands.case",
    ),
    "guard": (
        "reinstate.guard.commands",
        "reinstate.commands.guard",
    ),
    "notice": (
        "reinstate.notices.commands",
        "reinstate.commands.notice",
    ),
    "lint": (
        "reinstate.appeals.commands",
        "reinstate.commands.lint",
    ),
    "outline": (
        "reinstate.appeals.commands",
        "reinstate.commands.outline",
    ),
    "invoice": (
        "reinstate.invoices.commands",
        "reinstate.commands.invoice",
    ),
    "packet": (
        "reinstate.packet.commands",
        "reinstate.commands.packet",
    ),
    "health": (
        "reinstate.health.commands",
        "reinstate.commands.health",
    ),
    "related": (
        "reinstate.related.commands",
        "reinstate.commands.related",
    ),
    "serve": (
        "reinstate.web.commands",
        "reinstate.commands.serve",
    ),
    "team": (
        "reinstate.web.commands",
        "reinstate.commands.team",
    ),
    "rules": (
        "reinstate.rules.commands",
        "reinstate.commands.rules",
    ),
    "rule": (
        "reinstate.rules.commands",
        "reinstate.commands.rule",
    ),
    "demo": (
        "reinstate.demo.commands",
        "reinstate.commands.demo",
    ),
    "db": ("reinstate.db_commands", "reinstate.commands.db"),
    "eval": (
        "reinstate.eval_commands",
        "reinstate.commands.eval",
    ),
    "mcp": (
        "reinstate.mcp.commands",
        "reinstate.commands.mcp",
    ),
    "notify": (
        "reinstate.notify.commands",
        "reinstate.commands.notify",
    ),
    "remind": (
        "reinstate.notify.commands",
        "reinstate.commands.remind",
    ),
}


def _modules(entry: str | tuple[str, ...]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


def command_modules() -> list[str]:
    """Every module that registers commands, in the order of `COMMANDS`."""
    return list(dict.fromkeys(m for modules, _help in COMMANDS.values() for m in _modules(modules)))


def load_group(modules: list[str], subcommand: str | None = None) -> TyperGroup:
    """The click group of the commands the given modules register. With `subcommand`, a group
    of commands (`case`) holds only that one when it has it: typer reads the signature of every
    command it builds, and `case show` needs none of the other eight."""
    holder = typer.Typer(rich_markup_mode=None, add_completion=False)
    for module in modules:
        import_module(module).register(holder)

    @holder.callback()
    def _holder() -> None:  # a callback makes typer build a group even for one command
        pass

    groups = [info.typer_instance for info in holder.registered_groups if info.typer_instance]
    every = [group.registered_commands for group in groups]
    try:
        for group in groups:
            wanted = [c for c in group.registered_commands if _name(c) == subcommand]
            if wanted:
                group.registered_commands = wanted
        return typer.main.get_group(holder)
    finally:
        for group, commands in zip(groups, every, strict=True):
            group.registered_commands = commands


def _name(info: Any) -> str | None:
    if info.name:
        return str(info.name)
    return typer.main.get_command_name(info.callback.__name__) if info.callback else None


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
        if annotation == list[str]:  # click hands over a tuple of strings
            return [v if isinstance(v, str) else str(v) for v in value]
        if annotation is bool:
            return _flag(value, ctx, param)
        if annotation is int:
            return _integer(value, info, ctx, param)
        if annotation == list[Path]:  # `invoice FILE...`: each checked as one path would be
            return [self._path(v, info, param, ctx) for v in value]
        return self._path(value, info, param, ctx)

    @staticmethod
    def _path(value: Any, info: Any, param: Any, ctx: Context) -> Any:
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
    if annotation is Path or annotation == list[Path]:
        return info.path_type in (None, Path)
    return annotation in (str, bool) or annotation == list[str]


def _runtime_param(descriptor: Any) -> RuntimeParam:
    if _direct(descriptor):
        return _DirectParam(
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
        )
    assert _typer_runtime_param is not None  # installed only when typer has the hook
    return _typer_runtime_param(descriptor)


# typer builds a pydantic TypeAdapter for every parameter of the command that runs: importing
# pydantic and building them cost more than linting a page. reinstate's options are strings,
# lists of strings (`notice FILE...`), flags, integers, paths, lists of paths (`invoice FILE...`)
# and enum choices, which `_DirectParam` coerces as typer would (typer's own path and choice
# checks, the same messages); anything else still goes through typer.
# tests/test_startup.py checks the messages and that no command path imports pydantic.
# Only when this typer still has the hook: a release without it must cost speed, not the CLI.
_typer_runtime_param = getattr(typer_core, "build_runtime_param", None)
if _typer_runtime_param is not None:
    typer_core.build_runtime_param = _runtime_param


class LazyGroup(TyperGroup):
    """Loads a command's module when that command runs, not before."""

    _subcommand: str | None = None

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        # `reinstate case show ...`: the word after the command, unless it is an option
        following = args[1] if len(args) > 1 else None
        self._subcommand = following if following and not following.startswith("-") else None
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        # A name missing from the table still works (slowly): a module may have gained a
        # command that COMMANDS has not caught up with yet.
        modules = _modules(entry[0]) if entry else command_modules()
        return load_group(modules, self._subcommand).commands.get(cmd_name)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        # Whole lines, wrapped: cutting at the width would drop the Chinese half.
        rows = [(name, help_text(key)) for name, (_module, key) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="reinstate",
    cls=LazyGroup,
    help=help_text("reinstate.help"),
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
            help=help_text("reinstate.config"),
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
