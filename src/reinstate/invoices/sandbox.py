"""Read untrusted bytes in a child process with a time limit and a memory cap.

The child reads the file and works out the fields and signs (`digest`), so a decompression
bomb, a recursion that never ends or a crash in a native parser kills the child, never the
caller, and a batch's threads only wait and merge: the work runs on every core, outside the
caller's GIL. Falls back to running in-process where fork is unavailable.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
import types
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the reader is imported by the server and its children, not by the caller
    from reinstate.invoices.reader import Facts

DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY = 1536 * 1024 * 1024  # address space the reader may add, bytes
_START = threading.Lock()


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """Start a child without the caller's `__main__`.

    multiprocessing sends the main script's path to every child, which runs it again before
    the target (a benchmark, the `reinstate` entry point, a user's script: 46% of a reader
    child's time in issue 18, and an endless loop for a script without a main guard). The
    target lives in this module, so the child needs none of it; a bare module stands in for
    `__main__` while the child's start data is taken. Starts are serialised so batch threads
    never see each other's stand-in.
    """
    with _START:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def _address_space_in_use() -> int:
    """The forked child's virtual size: the parent's mappings it inherited (0 when unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Any, data: bytes, ocr: bool, memory: int, options: dict[str, Any]) -> None:
    try:
        import resource

        # The cap is on what the reader adds: a caller that has loaded large libraries (a web
        # server, a test run) already maps far more address space than a bare CLI does.
        limit = _address_space_in_use() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass
    import gc

    # The modules inherited from the server are never freed here: kept out of the collector's
    # sweeps, their pages are not copied into this child just to be traversed.
    gc.freeze()
    sys.setrecursionlimit(3000)
    from reinstate.invoices.digest import digest
    from reinstate.invoices.reader import read_facts

    try:
        facts = digest(read_facts(data, ocr=ocr), options)
    except MemoryError:
        facts = {"kind": "pdf", "size": len(data), "pages": [], "problems": ["bomb"]}
    except RecursionError:
        facts = {
            "kind": "pdf",
            "size": len(data),
            "pages": [],
            "problems": ["corrupt"],
            "error": "nesting too deep",
        }
    except Exception as exc:
        facts = {
            "kind": "pdf",
            "size": len(data),
            "pages": [],
            "problems": ["corrupt"],
            "error": f"{type(exc).__name__}: {str(exc)[:200]}",
        }
    try:
        import resource

        # Peak memory of this reader, for the benchmark (the child's own high-water mark).
        use = resource.getrusage(resource.RUSAGE_SELF)
        facts["peak_rss_mb"] = use.ru_maxrss // 1024
        # CPU the reader used (and its OCR subprocesses): the forkserver, not the caller, is
        # this child's parent, so the caller's own accounting never sees it.
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        facts["cpu_s"] = use.ru_utime + use.ru_stime + kids.ru_utime + kids.ru_stime
    except (ImportError, OSError):
        pass
    try:
        conn.send(facts)
    except Exception:
        conn.send({"kind": "pdf", "size": len(data), "pages": [], "problems": ["corrupt"]})
    finally:
        conn.close()


@cache
def _context() -> Any:
    """Children fork from a small server process that has loaded only the reader.

    Forking the caller itself copies whatever it holds (a web server's threads, DuckDB, a test
    run's objects); the child's garbage collector then finalises those copies and can crash.
    The server starts once per process and imports, once, every module a reader child may
    need, so no child pays for an import (the image stack included: a batch mixes scans in).
    Modules that are not installed are skipped by the server.
    """
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def warm(*, images_only: bool = False, pdfs_only: bool = False) -> None:
    """Start the server now: it imports its modules while the caller does its own start-up.

    `images_only`: the caller will read JPG/PNG/GIF files alone (`reinstate invoice photo.jpg`),
    so the server leaves out the PDF readers and their warm-up (0.15-0.2 s of CPU that a cold
    single-photo check waited for); a child that meets a PDF after all imports them itself.
    `pdfs_only`: PDFs alone, most of them text: the server does not load Tesseract's models
    (0.2-0.3 s of CPU and ~50 MB a cold text PDF would pay for nothing); a child that meets a
    scanned page loads them itself.
    """
    if sys.platform == "win32" or os.environ.get("REINSTATE_NO_FORK"):
        return
    from multiprocessing import forkserver

    context = _context()
    if images_only:
        context.set_forkserver_preload([m for m in _PRELOAD if m not in _PDF_ONLY])
    elif pdfs_only:
        context.set_forkserver_preload([m for m in _PRELOAD if m != _OCR_MODELS])
    # Without the caller's `__main__`: the server runs the main script before its preloads, and
    # the `reinstate` console script would have it import the whole CLI (typer) for nothing.
    with _main_hidden():
        forkserver.ensure_running()


_OCR_MODELS = "reinstate.invoices.ocr_warmup"
_PRELOAD = [
    "reinstate.invoices.reader_threads",  # first: before numpy and cv2 load
    "resource",
    "reinstate.invoices.sandbox",  # the child's target
    "reinstate.invoices.reader",
    "reinstate.invoices.digest",
    "reinstate.invoices.limits",
    "reinstate.invoices.imaging",
    "reinstate.invoices.image_edits",
    "reinstate.invoices.ocr",
    "pdfplumber",
    "pdfminer.layout",
    "pikepdf",
    "pypdf",
    "pypdfium2",
    "PIL.Image",
    "numpy",
    "cv2",
    _OCR_MODELS,
    "reinstate.invoices.server_warmup",  # last: reads a sample with all of the above loaded
]
_PDF_ONLY = {
    "pdfplumber",
    "pdfminer.layout",
    "pikepdf",
    "pypdf",
    "pypdfium2",
    "reinstate.invoices.server_warmup",
}


def _require(*names: str) -> None:
    """A missing library must be a setup error naming the install command (here, in the caller),
    not a child that dies and makes the file look corrupt. Only looked up: importing them here
    cost the single-file command 0.1-0.2 s of CPU for modules only the reader child uses."""
    from importlib.util import find_spec

    for name in names:
        if find_spec(name) is None:
            __import__(name)  # the ImportError the caller turns into the setup message


def read_isolated(
    data: bytes,
    *,
    ocr: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
    options: dict[str, Any] | None = None,
) -> Facts:
    """`digest(read_facts(data))` in a child process; a timeout or a crash becomes a problem.

    `options` are the PDF signs' rule options (the registry stays in the caller).
    """
    if sys.platform == "win32" or os.environ.get("REINSTATE_NO_FORK"):
        from reinstate.invoices.digest import digest
        from reinstate.invoices.reader import read_facts

        return digest(read_facts(data, ocr=ocr), options or {})
    _require("pdfplumber", "pikepdf")

    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, data, ocr, memory, options or {}), daemon=True)
    with _main_hidden():
        proc.start()
    child.close()
    facts: Facts | None = None
    try:
        if parent.poll(timeout):
            try:
                facts = parent.recv()
            except (EOFError, OSError):
                facts = None
    finally:
        if proc.is_alive():
            proc.kill()
        # A child that sent its facts is not waited for: its exit (unmapping what it inherited,
        # then the server's report) took 3-10 ms of the caller's time. multiprocessing reaps it
        # on the next start or at exit. One that sent nothing is: its exit code says why.
        if facts is None:
            proc.join(5)
        parent.close()
    if facts is None:
        exitcode = proc.exitcode
        problem = "timeout" if exitcode in (None, -9) else "crashed"
        return {
            "kind": "pdf",
            "size": len(data),
            "pages": [],
            "problems": [problem],
            "error": f"reader stopped ({problem}, exit {exitcode})",
        }
    return facts
