"""Which step `related check` is at, on stderr: a large file takes minutes, in seven steps.

The steps are announced by the code that runs them (`step`); nothing is shown unless the command
opened a display (`shown`). The bar has no refresh thread: the normalising workers are forked,
and a fork copies only the thread that forks.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

STEPS = ("read", "normalise", "exact", "fuzzy", "clusters", "findings", "json")

_current: Callable[[str], None] | None = None


def step(name: str) -> None:
    """The run has reached step `name` (one of STEPS)."""
    if _current is not None:
        _current(name)


@contextmanager
def shown(lang: str, visible: bool, out: Any = None) -> Iterator[None]:
    """Show the steps while the block runs: a bar on a terminal, else one line per step."""
    global _current
    from reinstate.i18n import tr

    out = out or sys.stderr
    if not visible:
        yield
        return
    start = time.perf_counter()

    def text(name: str) -> str:
        return tr(f"related.progress.{name}", lang)

    bar: Any = None
    if out.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(file=out),
            transient=True,
            auto_refresh=False,
            # the JSON goes to stdout as it is: Rich would otherwise write it through its console
            redirect_stdout=False,
            redirect_stderr=False,
        )
        bar.start()
        task = bar.add_task("", total=len(STEPS))

        def announce(name: str) -> None:
            bar.update(task, completed=STEPS.index(name), description=text(name))
            bar.refresh()
    else:

        def announce(name: str) -> None:
            at = STEPS.index(name) + 1
            seconds = f"{time.perf_counter() - start:.1f}"
            line = tr(
                "related.progress.line",
                lang,
                at=at,
                of=len(STEPS),
                step=text(name),
                seconds=seconds,
            )
            out.write(line + "\n")
            out.flush()

    _current = announce
    try:
        yield
    finally:
        _current = None
        if bar is not None:
            bar.stop()
