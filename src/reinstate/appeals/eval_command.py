"""`reinstate eval appeals LABELLED.jsonl`, registered on the `eval` sub-app by `register`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reinstate.i18n.help import help_text
from reinstate.shell import LangOption, command, lang_of


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("appeals", help=help_text("eval.appeals.help"))
    @command
    def appeals(
        labelled: Annotated[Path, typer.Argument(help=help_text("eval.appeals.labelled"))],
        sentences: Annotated[
            Path | None,
            typer.Option(help=help_text("eval.appeals.sentences")),
        ] = None,
        lang: LangOption = None,
    ) -> int:
        from reinstate.appeals.evaluate import eval_appeals_command

        return eval_appeals_command(labelled, sentences, lang_of(lang))
