"""A one-line progress bar for people watching a terminal; silent everywhere else.

Logs and CI output must not fill up with carriage returns, so the bar draws only when its
stream is a terminal. It never writes to stdout, which carries reports.
"""

from __future__ import annotations

import sys
from typing import TextIO

_BAR_WIDTH = 30


class ProgressBar:
    """Draws ``stage [#####.....] done/total`` in place; ``update`` suits ``on_progress``."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self._stream) if enabled is None else enabled
        self._drawn = False
        self._last: tuple[str, int, int] | None = None

    def update(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        done = max(0, min(done, total))
        state = (stage, done, total)
        if state == self._last:
            return
        self._last = state
        filled = _BAR_WIDTH * done // total
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        self._stream.write(f"\r{stage:<8} [{bar}] {done}/{total}")
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        """End the bar's line so that what follows starts on a clean one."""
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
            self._last = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # detached or closed streams
        return False
