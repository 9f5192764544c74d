"""Request pacing for E-utilities: at most N requests in any one-second window, process-wide.

NCBI counts every request of an IP (or of an API key) against one budget, whatever utility it
goes to, so every request of the process should take its turn from the same ``Pacer``.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

# NCBI counts arrivals; our send times and its arrival times differ by network jitter, so the
# window we keep is a little wider than the one NCBI enforces.
DEFAULT_SAFETY_MARGIN = 0.1


class Pacer:
    """Hands out request slots: consecutive slots are at least ``1/rate`` apart and no window of
    ``1 + margin`` seconds holds more than ``floor(rate)`` slots. Thread-safe.
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
        self._lock = threading.Lock()
        self._slots: deque[float] = deque(maxlen=self.per_window)
        self._not_before = float("-inf")

    def acquire(self, max_wait: float | None = None) -> bool:
        """Block until this caller may send one request.

        Returns False at once, without taking a slot, when the wait would exceed ``max_wait``.
        """
        with self._lock:
            now = self._clock()
            slot = max(now, self._not_before)
            if self._slots:
                slot = max(slot, self._slots[-1] + self.interval)
            if len(self._slots) == self.per_window:
                slot = max(slot, self._slots[0] + self.window)
            if max_wait is not None and slot - now > max_wait:
                return False
            self._slots.append(slot)  # reserved now, so concurrent callers queue behind it
        if slot > now:
            self._sleep(slot - now)
        return True

    def defer(self, seconds: float) -> None:
        """Hold every caller back for ``seconds`` from now (the server asked us to slow down)."""
        with self._lock:
            self._not_before = max(self._not_before, self._clock() + seconds)


_default_pacers: dict[float, Pacer] = {}
_default_lock = threading.Lock()


def get_default_pacer(rate: float) -> Pacer:
    """The process-wide pacer for ``rate`` requests per second (created on first use)."""
    with _default_lock:
        pacer = _default_pacers.get(rate)
        if pacer is None:
            pacer = _default_pacers[rate] = Pacer(rate)
        return pacer
