"""Per-document time budgets.

Components call ``Deadline.check()`` inside their loops (cooperative), and on the main
thread a SIGALRM timer also interrupts code that never reaches a check, such as a long
spaCy call, so one pathological text cannot hang a batch.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from dateline.errors import BudgetExceeded


class Deadline:
    """A point in time after which work on the current document must stop."""

    __slots__ = ("_end", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    @classmethod
    def unlimited(cls) -> Deadline:
        """A deadline that never expires (for tests and interactive use)."""
        return cls(float("inf"))

    def remaining(self) -> float:
        """Seconds left before the budget is used up."""
        return self._end - time.monotonic()

    def check(self) -> None:
        """Raise ``BudgetExceeded`` when the budget is used up."""
        if time.monotonic() > self._end:
            raise BudgetExceeded(self.seconds)


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(deadline: Deadline) -> Iterator[None]:
    """Interrupt the enclosed block with ``BudgetExceeded`` once ``deadline`` passes."""
    remaining = deadline.remaining()
    if remaining == float("inf") or not _can_use_alarm():
        yield
        return
    if remaining <= 0:
        raise BudgetExceeded(deadline.seconds)

    def _on_alarm(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(deadline.seconds)

    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
