"""`reinstate notice FILE... | -`: read Amazon's notices and say what they mean."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from reinstate.i18n import tr
from reinstate.i18n.help import help_text
from reinstate.shell import LangOption, command, lang_of


class NoticeFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _read(name: str, limit: int) -> bytes:
    from reinstate.errors import ReinstateError

    if name == "-":
        return sys.stdin.buffer.read(limit + 1)
    try:
        with open(name, "rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ReinstateError("notice_missing", path=name) from None
    except IsADirectoryError:
        raise ReinstateError("notice_directory", path=name) from None
    except OSError as exc:
        raise ReinstateError("notice_unreadable", strerror=exc.strerror, path=name) from None


def register(app: typer.Typer) -> None:
    """Add the `notice` command to the main app."""

    @app.command("notice", help=help_text("notice.help"))
    @command
    def notice(
        files: Annotated[
            list[str],
            typer.Argument(help=help_text("notice.files")),
        ],
        fmt: Annotated[
            NoticeFormat,
            typer.Option("--format", "-f", help=help_text("notice.fmt")),
        ] = NoticeFormat.text,
        lang: LangOption = None,
        received: Annotated[
            str | None,
            typer.Option(
                "--date",
                help=help_text("notice.received"),
            ),
        ] = None,
    ) -> int:
        return _notice(files, fmt, lang_of(lang), received)


# From this many files, the rules read them in worker processes, one per core (up to four):
# a thousand notices are a second of rules on one core. Fewer files are not worth the forks.
POOL_FROM = 64
_MOST_WORKERS = 4


def _notice(files: list[str], fmt: NoticeFormat, lang: str, received: str | None) -> int:
    from contextlib import nullcontext
    from datetime import date

    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.notices.learned import second_opinions
    from reinstate.shell import print_json

    when = None
    if received:
        try:
            when = date.fromisoformat(received)
        except ValueError:
            raise ReinstateError("bad_date.received", received=received) from None
    if files.count("-") > 1:
        raise ReinstateError("stdin_twice")
    # Started before the progress bar's thread: a fork copies only the thread that forks.
    pool = _pool(files)
    show_bar = len(files) > 1 and sys.stderr.isatty()
    progress: Any = nullcontext()
    if show_bar:
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
    # Two passes: the rules read every file, then the model weighs in on all of them at once, so
    # their excerpts are embedded in batches (see notices.vectors). Without a model nothing
    # changes a notice after the rules: the workers also put it in the output format.
    modelled = _model_on()
    shape = None if pool is None or modelled else (fmt, lang)
    # the model's files load while the workers read
    loading = _ModelLoad() if pool is not None and modelled else None
    try:
        with progress as bar:
            task = (
                bar.add_task(tr("notices.text.progress", lang), total=2 * len(files))
                if show_bar
                else None
            )

            def tick(n: int) -> None:
                if task is not None:
                    bar.advance(task, n)

            parsed = _parse_all(files, when, pool, tick, shape, loading)
            notices = [n for n in parsed if not isinstance(n, ReinstateError | _Shown)]
            tick(len(parsed) - len(notices))
            if loading is not None:
                loading.join()
            second_opinions(notices, tick)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    results: list[Any] = []
    failed = 0
    for item in parsed:
        if isinstance(item, ReinstateError):
            failed += 1
            if fmt is NoticeFormat.text:
                sys.stderr.write(tr("cli.error", lang, message=item.text(lang)) + "\n")
            out: Any = envelope("error", error=item.to_json())
            if fmt is NoticeFormat.jsonl:
                sys.stdout.write(_json_line(out))
        else:
            out = item.shown if isinstance(item, _Shown) else _show(item, fmt, lang)
            if fmt is NoticeFormat.text:
                if results:
                    sys.stdout.write("\n" + "─" * 60 + "\n\n")
                sys.stdout.write(out + "\n")
            elif fmt is NoticeFormat.jsonl:
                sys.stdout.write(out)
        results.append(out)
    if fmt is NoticeFormat.json:
        if len(results) == 1:
            print_json(results[0])
        else:
            print_json(envelope("notices", notices=results, errors=failed))
    if failed and len(files) == 1 and fmt is NoticeFormat.text:
        return 2
    return 2 if failed else 0


def _model_on() -> bool:
    """Whether the learned model may weigh in: the semantic layer is installed and on (without
    its trained files `learned.second_opinions` still answers with the rules alone)."""
    from reinstate import semantic

    return semantic.available()


class _ModelLoad:
    """A thread of the parent, busy while the parent only waits for the workers: it loads what
    `learned.second_opinions` needs (the model, the static word table: ~0.2 s of CPU), then
    embeds the static vectors of the notices the workers have sent (kept by `semantic.static`:
    each text's vector is the same whether embedded alone or in the whole batch)."""

    def __init__(self) -> None:
        import queue
        import threading

        self.queue: queue.SimpleQueue[list[Any] | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def add(self, results: list[Any]) -> None:
        from reinstate.notices.model import Notice

        self.queue.put([r for r in results if isinstance(r, Notice)])

    def join(self) -> None:
        self.queue.put(None)
        self.thread.join()

    def _run(self) -> None:
        from reinstate.notices.learned import current_model, static_vectors

        try:
            if current_model() is None:
                return
            while (notices := self.queue.get()) is not None:
                static_vectors(notices)
        except Exception:  # the model's pass, later, meets the same error and reports it
            pass


def _json_line(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, default=str) + "\n"


def _show(notice: Any, fmt: NoticeFormat, lang: str) -> Any:
    """A notice in the output format: its text form, its JSON line, or its JSON."""
    if fmt is NoticeFormat.text:
        from reinstate.notices.render import render_text

        return render_text(notice, lang)
    if fmt is NoticeFormat.jsonl:
        return _json_line(notice.to_json())
    return notice.to_json()


class _Shown:
    """A notice a worker has put in the output format already (what `_show` gives)."""

    def __init__(self, shown: Any) -> None:
        self.shown = shown


def _parse_one(name: str, when: Any) -> Any:
    """The rules' reading of one file, or the input error it gives."""
    from reinstate.errors import ReinstateError
    from reinstate.notices import parse_notice
    from reinstate.notices.readers import MAX_BYTES

    source = "<stdin>" if name == "-" else name
    try:
        return parse_notice(_read(name, MAX_BYTES), filename=source, received=when, model=False)
    except ReinstateError as error:
        return error


def _parse_all(
    files: list[str],
    when: Any,
    pool: Any,
    tick: Any,
    shape: tuple[NoticeFormat, str] | None,
    loading: _ModelLoad | None = None,
) -> list[Any]:
    """Every file's notice or error, in the order given (from the workers when there are).
    With `shape` (format, language), the workers send each notice already shown (`_Shown`);
    `loading` is handed each chunk as it comes."""
    if pool is None:
        parsed = []
        for name in files:
            parsed.append(_parse_one(name, when))
            tick(1)
        return parsed
    # chunks small enough for the workers to finish together and the bar to move
    size = max(8, min(64, len(files) // 32))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    out: list[Any] = []
    try:
        for chunk, results in zip(
            chunks, pool.imap(_parse_chunk, [(c, when, shape) for c in chunks]), strict=True
        ):
            done = [_unwrapped(r) for r in results]
            out += done
            if loading is not None:
                loading.add(done)
            tick(len(chunk))
    finally:
        pool.terminate()  # the model's pass, next, runs here
        pool.join()
    return out


class _Failed:
    """A ReinstateError on its way back from a worker (it cannot be pickled as itself: it is
    built from a catalogue key it does not keep)."""

    def __init__(self, error: Exception) -> None:
        self.state = dict(error.__dict__)
        self.args = error.args


def _parse_chunk(job: tuple[list[str], Any, tuple[NoticeFormat, str] | None]) -> list[Any]:
    from reinstate.errors import ReinstateError

    names, when, shape = job
    results = [_parse_one(name, when) for name in names]
    if shape is not None:
        from reinstate.notices.learned import second_opinions

        notices = [r for r in results if not isinstance(r, ReinstateError)]
        second_opinions(notices)  # no model: says the rules answered alone
        results = [
            r if isinstance(r, ReinstateError) else _Shown(_show(r, *shape)) for r in results
        ]
    return [_Failed(r) if isinstance(r, ReinstateError) else r for r in results]


def _unwrapped(result: Any) -> Any:
    if not isinstance(result, _Failed):
        return result
    from reinstate.errors import ReinstateError

    error = ReinstateError.__new__(ReinstateError)
    error.__dict__.update(result.state)
    error.args = result.args
    return error


def _pool(files: list[str]) -> Any:
    """Worker processes for a large batch, forked with the phrase data loaded; None for a small
    one, stdin among the files (the parent reads it), or where fork is not the safe default."""
    import os

    if len(files) < POOL_FROM or "-" in files or not sys.platform.startswith("linux"):
        return None
    if os.environ.get("REINSTATE_NO_FORK"):
        return None
    cores = len(os.sched_getaffinity(0))
    workers = min(_MOST_WORKERS, cores, len(files) // 8)
    if workers < 2:
        return None
    import multiprocessing

    from reinstate.notices import lexicon

    for language in lexicon.all_languages():
        lexicon.load(language)  # once, here: every worker inherits it
    import gc

    # What the workers inherit stays out of their collector's sweeps, which would otherwise
    # write to (and so copy) every page of it.
    gc.freeze()
    return multiprocessing.get_context("fork").Pool(workers)
