"""A small pool for heavy work (invoice pre-flight, packets, related accounts), with a queue.

Ordinary pages and the lint run in Starlette's own thread pool; the slow checks run here, at most
`workers` at a time, with at most `queue` more waiting. Past that the answer is 503 `busy` with
Retry-After, so one hostile upload (or many) cannot take every thread the other users need.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from reinstate.errors import ReinstateError


class HeavyWork:
    def __init__(self, workers: int = 2, queue: int = 8) -> None:
        self.workers = workers
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(workers + queue)

    def _pool(self) -> ThreadPoolExecutor:
        # made on first use, and again after close(): an app's lifespan can run more than once
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=self.workers, thread_name_prefix="reinstate-heavy"
                )
            return self._executor

    async def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if not self._slots.acquire(blocking=False):
            raise ReinstateError("busy")
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._pool(), functools.partial(fn, *args, **kwargs))
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
