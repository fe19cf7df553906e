"""Session 20: a reader child does its pixel work on its own thread (`reader_threads`).

OpenCV's and OpenBLAS's worker threads spun for work beside Tesseract's thread and the pixel
checks' thread, and cost the image checks of slow scans about a quarter more CPU than one
thread each, for the same maps.
"""

from __future__ import annotations

import os
import sys

import pytest

from reinstate.invoices import sandbox

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no reader server on Windows")


def test_every_server_sets_its_threads_before_numpy_and_opencv_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from multiprocessing import forkserver

    monkeypatch.delenv("REINSTATE_NO_FORK", raising=False)
    monkeypatch.setattr(forkserver, "ensure_running", lambda: None)
    sandbox._context()  # sets the server's modules once a process: restored as it left them
    preload = forkserver._forkserver._preload_modules
    try:
        for kind in ({}, {"images_only": True}, {"pdfs_only": True}):
            forkserver._forkserver._preload_modules = list(sandbox._PRELOAD)
            sandbox.warm(**kind)
            loaded = list(forkserver._forkserver._preload_modules)
            assert loaded[0] == "reinstate.invoices.reader_threads", kind
    finally:
        forkserver._forkserver._preload_modules = preload


def test_a_reader_child_runs_opencv_and_blas_on_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cv2 = pytest.importorskip("cv2")
    monkeypatch.delenv("REINSTATE_NO_FORK", raising=False)
    before = os.environ.get("OPENBLAS_NUM_THREADS")
    context = sandbox._context()
    context.set_forkserver_preload(sandbox._PRELOAD)  # as an earlier test may have left it
    with context.Pool(1) as pool:
        assert pool.apply(cv2.getNumThreads) == 1
        assert pool.apply(os.getenv, ("OPENBLAS_NUM_THREADS",)) == "1"
        assert pool.apply(os.getenv, ("OPENCV_FOR_THREADS_NUM",)) == "1"
    # the caller's own process is left as it was
    assert os.environ.get("OPENBLAS_NUM_THREADS") == before
