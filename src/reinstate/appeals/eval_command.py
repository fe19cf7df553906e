"""`reinstate eval appeals LABELLED.jsonl`, registered on the `eval` sub-app by `register`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reinstate.shell import Format, LangOption, lang_of, run


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("appeals")
    def appeals(
        labelled: Annotated[Path, typer.Argument(help="Labelled appeals, one JSON object a line.")],
        sentences: Annotated[
            Path | None,
            typer.Option(help="Labelled sentences (file or folder); default: the corpus."),
        ] = None,
        lang: LangOption = None,
    ) -> None:
        """Precision and recall per tag: rules, rules + model in-sample, and unseen-author."""
        from reinstate.appeals.evaluate import eval_appeals_command

        run(Format.text, lang_of(lang), lambda: eval_appeals_command(labelled, sentences))
