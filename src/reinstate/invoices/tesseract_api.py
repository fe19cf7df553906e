"""Tesseract through its C API (libtesseract.so.5 by ctypes), its models loaded once.

The CLI loads a language's model on every call (jpn 0.09 s, eng 0.08 s, chi_sim+eng ~0.2 s of
CPU) and starts a process: 0.11-0.30 s of CPU a call that reads nothing. Here each language is
initialised once per process (the reader server loads the ones every photo and scan uses before
it forks its children, `warm`), and a call costs only its recognition. The TSV is the CLI's, byte
for byte (session 12 measured it on 9 pages; tests/invoices/test_tesseract_api.py on a page of
our own): the same `Init2` with the LSTM engine, the page read by leptonica's `pixRead` from
the same file, the page segmentation mode set per call, `GetTsvText` behind the CLI's header.

The file's CPU budget stops a call as the CLI's kill does. A watchdog thread reads the calling
thread's CPU clock and, once the call has used its limit, moves Tesseract's deadline to now: the
recognition stops at the next word and `Recognize` fails, i.e. nothing is read, as when the CLI
is killed. A call that finishes above its limit (the layout analysis cannot be stopped) counts
as cut too. Each call is charged the model load the CLI would have paid on top of its own CPU
(`charge`), so the budget runs out at the same place and the pages at its edge read as before.

Where the library or a model cannot be loaded, `engine` says why once (logged) and returns
None: the caller runs the CLI as before.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

LIBRARY = "libtesseract.so.5"
LEPTONICA = "liblept.so.5"
LEPT_SEVERITY_NONE = 6  # leptonica's L_SEVERITY_NONE: no message is printed
OEM_LSTM_ONLY = 1
# The CLI's TSV starts with this line; `GetTsvText` has only the rows.
HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num"
    "\tleft\ttop\twidth\theight\tconf\ttext\n"
)
# CPU seconds the CLI spends on a call beside the recognition: starting its process, linking
# libtesseract, loading the model, reading the image, writing the TSV. Each call is charged this
# on top of its own CPU (`Engine.charge`), so the budget runs out where it did with the CLI. A
# fixed figure, not the load measured in this process: that varies from run to run and would
# move the budget's edge with it. The figures are the CLI's on a machine doing nothing else
# (session 12's measurement: eng 0.13, jpn 0.17, a pair 0.3), a seller's machine: charged the
# higher figures measured at load 22 (eng 0.19, jpn 0.24), the held-out invoices8 lost a title
# and two totals of phone photos against the CLI (108 -> 107 of 108 called an invoice, totals
# 101 -> 99); on a loaded machine this path now reads a little more than the CLI did (invoices5
# doc_062's second page).
CLI_OVERHEAD = {"eng": 0.13, "jpn": 0.17, "chi_sim": 0.17, "chi_sim+eng": 0.30, "jpn+eng": 0.30}
# A language string not above: a process start and a model a language.
START, PER_MODEL = 0.03, 0.12
# The models every photo and scan needs: the script probe reads with jpn, a Latin page with
# eng (together ~52 MB and 0.17 s of CPU, loaded by the reader server before it forks its
# children). The CJK passes (chi_sim+eng 60 MB, jpn+eng 42 MB, chi_sim alone for dates) are
# loaded by the child that first needs them: all of them in the server would put ~150 MB
# more on every command's process tree.
PRELOAD = ("jpn", "eng")
# The watchdog looks again at least this often (wall seconds) while a call runs.
POLL = 0.01

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


class Engine:
    """The loaded library and one initialised API handle per language string."""

    def __init__(self, tess: Any, lept: Any) -> None:
        self.tess = tess
        self.lept = lept
        self.handles: dict[str, Any] = {}
        self.lock = threading.Lock()

    def handle(self, lang: str) -> Any:
        """The API handle for `lang`, initialised on first use (None when it cannot be)."""
        if lang in self.handles:
            return self.handles[lang]
        api = self.tess.TessBaseAPICreate()
        # Tesseract's notes ("Estimating resolution as 195") go to stderr, the user's terminal:
        # the CLI's stderr was thrown away.
        self.tess.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())
        failed = self.tess.TessBaseAPIInit2(api, None, lang.encode(), OEM_LSTM_ONLY)
        if failed:
            self.tess.TessBaseAPIDelete(api)
            api = None
        self.handles[lang] = api
        return api

    @staticmethod
    def charge(lang: str) -> float:
        """CPU seconds the CLI would have spent on `lang` beyond the recognition itself."""
        if lang in CLI_OVERHEAD:
            return CLI_OVERHEAD[lang]
        return START + PER_MODEL * len(lang.split("+"))

    def recognize(
        self, path: str, lang: str, psm: str, cpu_limit: float, timeout: float
    ) -> tuple[str, float, bool] | None:
        """The CLI's (TSV, CPU seconds, finished) for one image, or None when `lang` cannot
        be loaded (the caller runs the CLI)."""
        with self.lock:
            api = self.handle(lang)
            if api is None:
                return None
            charged = self.charge(lang)
            if charged >= cpu_limit:  # the CLI would have been stopped loading its model
                return "", cpu_limit, False
            pix = self.lept.pixRead(path.encode())
            if not pix:
                return "", charged, False
            monitor = self.tess.TessMonitorCreate()
            watch = _Watchdog(self.tess, monitor, cpu_limit - charged, timeout)
            started = time.thread_time()
            try:
                self.tess.TessBaseAPISetPageSegMode(api, int(psm))
                self.tess.TessBaseAPISetImage2(api, pix)
                watch.start()
                failed = self.tess.TessBaseAPIRecognize(api, monitor) != 0
                watch.stop()
                used = time.thread_time() - started + charged
                text = ""
                if not failed and not watch.fired and used <= cpu_limit:
                    raw = self.tess.TessBaseAPIGetTsvText(api, 0)
                    if raw:
                        text = HEADER + ctypes.string_at(raw).decode("utf-8", "replace")
                        self.tess.TessDeleteText(raw)
                    used = time.thread_time() - started + charged
            finally:
                watch.stop()
                self.tess.TessBaseAPIClear(api)
                self.tess.TessMonitorDelete(monitor)
                box = ctypes.c_void_p(pix)
                self.lept.pixDestroy(ctypes.byref(box))
            if failed or watch.fired or used > cpu_limit:
                return "", max(used, cpu_limit), False
            return text, used, True


class _Watchdog:
    """Stops a running `Recognize` once its thread has used `limit` CPU seconds or `timeout`
    wall seconds have passed: Tesseract's deadline, checked before each word, is set to now."""

    def __init__(self, tess: Any, monitor: Any, limit: float, timeout: float) -> None:
        self.tess = tess
        self.monitor = monitor
        self.limit = limit
        self.timeout = timeout
        self.clock = time.pthread_getcpuclockid(threading.get_ident())
        self.done = threading.Event()
        self.fired = False
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.begun = time.clock_gettime(self.clock)
        self.started = time.monotonic()
        if self.limit <= 0:
            self._fire()
            return
        self.thread = threading.Thread(target=self._run, daemon=True, name="tesseract-watchdog")
        self.thread.start()

    def _run(self) -> None:
        while True:
            used = time.clock_gettime(self.clock) - self.begun
            waited = time.monotonic() - self.started
            if used > self.limit or waited > self.timeout:
                self._fire()
                return
            # One thread uses at most a CPU second per second: it cannot reach the limit
            # sooner than `limit - used` from now, so it is looked at again then.
            if self.done.wait(max(POLL, min(self.limit - used, self.timeout - waited))):
                return

    def _fire(self) -> None:
        self.fired = True
        self.tess.TessMonitorSetDeadlineMSecs(self.monitor, 1)

    def stop(self) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()
            self.thread = None


def _load() -> Engine:
    # Tesseract's LSTM runs OpenMP loops; one thread costs less CPU for the same text (as the
    # CLI is run), and its CPU is then all on the calling thread's clock, which the budget
    # reads. libgomp reads this when it is loaded, i.e. with libtesseract, below.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    tess = ctypes.CDLL(LIBRARY)
    lept = ctypes.CDLL(LEPTONICA)
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "TessBaseAPICreate": (p, []),
        "TessBaseAPIDelete": (None, [p]),
        "TessBaseAPIInit2": (i, [p, s, s, i]),
        "TessBaseAPISetVariable": (i, [p, s, s]),
        "TessBaseAPISetPageSegMode": (None, [p, i]),
        "TessBaseAPISetImage2": (None, [p, p]),
        "TessBaseAPIRecognize": (i, [p, p]),
        "TessBaseAPIGetTsvText": (p, [p, i]),
        "TessBaseAPIClear": (None, [p]),
        "TessDeleteText": (None, [p]),
        "TessMonitorCreate": (p, []),
        "TessMonitorDelete": (None, [p]),
        "TessMonitorSetDeadlineMSecs": (None, [p, i]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(tess, name)
        function.restype, function.argtypes = restype, argtypes
    lept.pixRead.restype, lept.pixRead.argtypes = p, [s]
    lept.pixDestroy.restype, lept.pixDestroy.argtypes = None, [ctypes.POINTER(p)]
    # Leptonica writes its own complaints ("Error in boxClipToRectangle: box outside
    # rectangle", from the layout analysis of a photo's edge) to stderr, the user's terminal;
    # the CLI's stderr was thrown away. L_SEVERITY_NONE silences them.
    lept.setMsgSeverity.restype, lept.setMsgSeverity.argtypes = i, [i]
    lept.setMsgSeverity(LEPT_SEVERITY_NONE)
    return Engine(tess, lept)


def engine() -> Engine | None:
    """The process's engine, loaded on first use; None (and why, logged once) when the library
    cannot be loaded or `REINSTATE_OCR_CLI` asks for the CLI."""
    with _LOCK:
        if "engine" not in _STATE:
            _STATE["engine"] = None
            if os.environ.get("REINSTATE_OCR_CLI"):
                log.info("Tesseract runs as its command line program (REINSTATE_OCR_CLI is set)")
            else:
                try:
                    _STATE["engine"] = _load()
                except (OSError, AttributeError) as exc:
                    log.warning(
                        "Tesseract runs as its command line program: %s cannot be used (%s)",
                        LIBRARY,
                        exc,
                    )
        return _STATE["engine"]


def reset() -> None:
    """Forget the engine (tests: the next `engine()` loads it again or falls back)."""
    with _LOCK:
        _STATE.clear()


def warm(langs: frozenset[str] | set[str]) -> None:
    """Load the models every photo and scan needs (`PRELOAD`, those installed): the reader
    server calls this before it forks its children, which then share them. No recognition is
    run here: libgomp's threads would not survive the fork."""
    found = engine()
    if found is None:
        return
    with found.lock:
        for lang in PRELOAD:
            if lang in langs:
                found.handle(lang)
