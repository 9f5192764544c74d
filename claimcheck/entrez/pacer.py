"""Request pacing for E-utilities: at most N requests in any one-second window, process-wide.

NCBI counts every request of an IP (or of an API key) against one budget, whatever utility it
goes to, so every request of the process takes its turn from the same ``Pacer``.

NCBI counts *arrivals*, which we cannot see. A request arrives after we start sending it and
before its reply comes back, so the pacer counts each request from the moment its turn starts
until the caller ``release``s it (when the reply's headers are in). A new request may start
only when fewer than N requests overlap the window that ends with it. Arrival times may then
jitter as much as they like (a TLS handshake on the first request, a thread paused under load)
and NCBI still never sees more than N arrivals in a second.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Callable

# A little wider than NCBI's one-second window, for clock granularity.
DEFAULT_SAFETY_MARGIN = 0.1


class Pacer:
    """Hands out request turns. Turns start at least ``1/rate`` apart, and no window of
    ``1 + margin`` seconds overlaps more than ``floor(rate)`` requests. Thread-safe.

    Usage: ``turn = pacer.acquire()``, send, ``pacer.release(turn)`` once the reply started
    (or the request failed). Releasing twice is harmless.
    """

    def __init__(self, rate: float, *, margin: float = DEFAULT_SAFETY_MARGIN,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.interval = 1.0 / rate
        self.per_window = max(1, int(rate))
        self.window = 1.0 + margin
        self._clock = clock
        self._sleep = sleep
        self._changed = threading.Condition()
        self._turns = itertools.count(1)
        self._in_flight: dict[int, float] = {}  # turn -> start
        self._recent_ends: list[float] = []     # ends of the latest finished requests, newest last
        self._last_start = -math.inf
        self._not_before = -math.inf

    def acquire(self, max_wait: float | None = None) -> int | None:
        """Block until this caller may send one request; returns its turn for ``release``.

        Returns None at once, without taking a turn, when the wait would exceed ``max_wait``.
        """
        with self._changed:
            give_up_at = math.inf if max_wait is None else self._clock() + max_wait
            while True:
                now = self._clock()
                start = self._earliest_start(now)
                if start is not None:
                    break
                if now >= give_up_at:  # N requests are in flight: wait for one to finish
                    return None
                self._changed.wait(None if math.isinf(give_up_at) else give_up_at - now)
            if start > give_up_at:
                return None
            turn = next(self._turns)
            self._in_flight[turn] = start
            self._last_start = start
        if start > now:
            self._sleep(start - now)
        return turn

    def release(self, turn: int | None) -> None:
        """The request of ``turn`` has been answered (or has failed): it arrived by now."""
        with self._changed:
            start = self._in_flight.pop(turn, None) if turn is not None else None
            if start is None:
                return
            self._recent_ends.append(max(self._clock(), start))
            self._recent_ends.sort()
            del self._recent_ends[:-self.per_window]
            self._changed.notify_all()

    def defer(self, seconds: float) -> None:
        """Hold every caller back for ``seconds`` from now (the server asked us to slow down)."""
        with self._changed:
            self._not_before = max(self._not_before, self._clock() + seconds)

    def _earliest_start(self, now: float) -> float | None:
        """When the next request may start, or None while N requests are in flight."""
        room = self.per_window - len(self._in_flight)  # in-flight requests overlap any window
        if room <= 0:
            return None
        start = max(now, self._not_before, self._last_start + self.interval)
        if len(self._recent_ends) >= room:
            # the room-th most recent finished request must be out of the window
            start = max(start, self._recent_ends[-room] + self.window)
        return start


_default_pacers: dict[float, Pacer] = {}
_default_lock = threading.Lock()


def get_default_pacer(rate: float) -> Pacer:
    """The process-wide pacer for ``rate`` requests per second (created on first use)."""
    with _default_lock:
        pacer = _default_pacers.get(rate)
        if pacer is None:
            pacer = _default_pacers[rate] = Pacer(rate)
        return pacer
