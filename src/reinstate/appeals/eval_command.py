"""`reinstate eval appeals LABELLED.jsonl`, registered on the `eval` sub-app by `register`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reinstate.shell import LangOption, command


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("appeals")
    @command
    def appeals(
        labelled: Annotated[Path, typer.Argument(help="Labelled appeals, one JSON object a line.")],
        sentences: Annotated[
            Path | None,
            typer.Option(help="Labelled sentences (file or folder); default: the corpus."),
        ] = None,
        lang: LangOption = None,
    ) -> int:
        """Precision and recall per tag: rules, rules + model in-sample, and unseen-author."""
        from reinstate.appeals.evaluate import eval_appeals_command

        return eval_appeals_command(labelled, sentences)
