"""The body of `reinstate eval notices`: read the files, measure, print."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from reinstate.i18n import bilingual
from reinstate.shell import Format


def eval_notices(files: list[str], cv: bool, embeddings: str | None, fmt: Format, lang: str) -> int:
    from reinstate.contract import envelope
    from reinstate.notices.evaluate import measure, render
    from reinstate.notices.labelled import load_jsonl
    from reinstate.shell import print_json

    rows = load_jsonl([Path(f) for f in files])
    show_bar = sys.stderr.isatty()
    progress: Any = nullcontext()
    if show_bar:
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
    with progress as bar:
        label = bilingual("notices.eval.progress")
        task = bar.add_task(label, total=len(rows)) if show_bar else None

        def tick(n: int) -> None:
            if task is not None:
                bar.advance(task, n)

        result = measure(rows, cv=cv, cache=Path(embeddings) if embeddings else None, progress=tick)
    if fmt is Format.json:
        print_json(envelope("notice_eval", **result))
    else:
        sys.stdout.write(render(result, lang) + "\n")
    return 0
