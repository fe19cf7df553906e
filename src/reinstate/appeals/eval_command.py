"""`reinstate eval appeals LABELLED.jsonl`, registered on the `eval` sub-app by `register`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("appeals")
    def appeals(
        labelled: Annotated[Path, typer.Argument(help="Labelled appeals, one JSON object a line.")],
        sentences: Annotated[
            Path | None,
            typer.Option(help="Labelled sentences (file or folder); default: the corpus."),
        ] = None,
    ) -> None:
        """Precision and recall per tag: rules, rules + model in-sample, and unseen-author."""
        from reinstate.appeals.evaluate import eval_appeals_command
        from reinstate.errors import ReinstateError

        try:
            code = eval_appeals_command(labelled, sentences)
        except ReinstateError as exc:
            typer.echo(exc.text("en"), err=True)
            raise typer.Exit(2) from exc
        raise typer.Exit(code)
