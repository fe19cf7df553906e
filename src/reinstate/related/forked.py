"""Work spread over forked workers that read Arrow buffers, never the parent's Python objects
(a worker touching an object writes its reference count and so copies the page it is on)."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PARALLEL_FROM = 50_000
# Values per worker task: a task's keys (and an address's parts) are held twice while they are
# pickled back, so a task of a million values cost hundreds of MB more at 1M accounts.
TASK = 25_000


def task_size(total: int, workers: int | None = None) -> int | None:
    """Values per task when `total` values are worth spreading over forked workers, else None."""
    workers = workers or os.cpu_count() or 1
    if total < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return None
    return min(-(-total // (workers * 4)), TASK)


def fork_map(fn: Callable[[Any], Any], parts: list[Any], workers: int | None = None) -> list[Any]:
    """`fn` of each part, in order, on forked workers that inherit what the caller set up."""
    with ProcessPoolExecutor(workers or os.cpu_count(), mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(fn, parts))
