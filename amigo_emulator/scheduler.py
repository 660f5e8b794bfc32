"""A background timer thread that runs callables at a later time on a small worker pool.

Contract: :meth:`Scheduler.call_later` runs ``fn()`` no earlier than ``delay`` seconds from now on
one of the pool's threads (so a slow job never delays the timer); exceptions are logged, never
raised. :meth:`Scheduler.clear` drops every job not started yet; :meth:`Scheduler.stop` also ends
the thread. Jobs that touch shared state take :attr:`Store.lock` themselves.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, Tuple

__all__ = ["Scheduler"]

log = logging.getLogger("amigo_emulator")


class Scheduler:
    """Runs jobs after a delay from a daemon timer thread plus a thread pool."""

    def __init__(self, workers: int = 4) -> None:
        self._heap: List[Tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._cond = threading.Condition()
        self._stopped = False
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="amigo-emulator-job")
        self._thread = threading.Thread(target=self._run, name="amigo-emulator-timer", daemon=True)
        self._thread.start()

    def call_later(self, delay: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` after ``delay`` seconds."""
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + max(0.0, delay), next(self._order), fn))
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._heap)

    def clear(self) -> None:
        """Forget every job that has not started."""
        with self._cond:
            self._heap.clear()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._heap.clear()
            self._cond.notify()
        self._pool.shutdown(wait=False)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and (not self._heap or self._heap[0][0] > time.monotonic()):
                    timeout = None if not self._heap else max(0.0, self._heap[0][0] - time.monotonic())
                    self._cond.wait(timeout)
                if self._stopped:
                    return
                _, _, fn = heapq.heappop(self._heap)
            try:
                self._pool.submit(self._guard, fn)
            except RuntimeError:  # pool shut down
                return

    @staticmethod
    def _guard(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a background job must never kill the worker
            log.exception("background job failed")
