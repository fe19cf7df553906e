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


# (what each task runs, the values) of `map_slices`, set before forking
_MAP: tuple[Callable[[list[Any]], Any], Any] | None = None


def _map_range(part: tuple[int, int]) -> Any:
    assert _MAP is not None
    fn, values = _MAP
    start, end = part
    return fn(values.slice(start, end - start).to_pylist())


def map_slices(
    fn: Callable[[list[Any]], Any], values: Any, workers: int | None = None
) -> list[Any]:
    """`fn` of consecutive slices of an Arrow array's values, in order: on forked workers for a
    long array (they read the Arrow buffers, never the parent's Python objects), else here on
    the whole array at once."""
    global _MAP
    workers = workers or os.cpu_count() or 1
    if len(values) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return [fn(values.to_pylist())]
    size = min(-(-len(values) // (workers * 4)), TASK)
    parts = [(start, min(start + size, len(values))) for start in range(0, len(values), size)]
    _MAP = (fn, values)
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            return list(pool.map(_map_range, parts))
    finally:
        _MAP = None
