"""`reinstate eval ...`: measure a reader on the user's own labelled files.

`eval notices` lives here; the appeal review adds `eval appeals` to the same group.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate.i18n.help import help_text
from reinstate.shell import Format, LangOption, command, lang_of

eval_app = typer.Typer(
    help=help_text("eval.help"),
    no_args_is_help=True,
)


@eval_app.command("notices", help=help_text("eval.notices.help"))
@command
def notices(
    files: Annotated[list[str], typer.Argument(help=help_text("eval.notices.files"))],
    cv: Annotated[
        bool,
        typer.Option("--cv", help=help_text("eval.notices.cv")),
    ] = False,
    embeddings: Annotated[
        str | None,
        typer.Option(
            "--embeddings",
            help=help_text("eval.notices.embeddings"),
        ),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help=help_text("eval.notices.fmt"))
    ] = Format.text,
    lang: LangOption = None,
) -> int:
    from reinstate.notices.eval_run import eval_notices

    return eval_notices(files, cv, embeddings, fmt, lang_of(lang))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _register_appeals() -> None:
    from reinstate.appeals.eval_command import register as register_appeals

    register_appeals(eval_app)


_register_appeals()
