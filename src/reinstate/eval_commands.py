"""`reinstate eval ...`: measure a reader on the user's own labelled files.

`eval notices` lives here; the appeal review adds `eval appeals` to the same group.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reinstate.shell import Format, LangOption, command, lang_of

eval_app = typer.Typer(
    help="Measure reinstate on your own labelled files / 用您自己的标注文件评估 reinstate.",
    no_args_is_help=True,
)


@eval_app.command("notices")
@command
def notices(
    files: Annotated[
        list[str], typer.Argument(help="Labelled notices, one JSON object per line (.jsonl).")
    ],
    cv: Annotated[
        bool,
        typer.Option(
            "--cv", help="Also retrain leaving each author out: the unseen-author figure."
        ),
    ] = False,
    embeddings: Annotated[
        str | None,
        typer.Option(
            "--embeddings",
            help="Embeddings cache (.npz) to read and extend, e.g. corpus/notices/embeddings.npz.",
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    lang: LangOption = None,
) -> int:
    """Accuracy and confusion matrices (category, stage, status, deadline, ASINs).

    准确率和混淆矩阵（类别、阶段、状态、期限、ASIN）。
    """
    from reinstate.notices.eval_run import eval_notices

    return eval_notices(files, cv, embeddings, fmt, lang_of(lang))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _register_appeals() -> None:
    from reinstate.appeals.eval_command import register as register_appeals

    register_appeals(eval_app)


_register_appeals()
