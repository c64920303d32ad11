"""Per-document limits: a wall-clock budget and a size cap, so one pathological document becomes that
document's error instead of stalling a whole run.

The time limit uses `signal.setitimer(ITIMER_REAL)`: the interrupt lands between Python bytecodes,
so it stops pure-Python loops (regex backtracking inside one C call is the exception: it is
interrupted only when that call returns). Signals can only be handled on the main thread of a
process, which is where `analyze` runs documents both in-process and in pool workers. Elsewhere (a
web handler thread, a platform without `setitimer`) the limit is skipped with one warning rather
than silently pretending to hold.
"""

from __future__ import annotations

import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager


class DocumentTimeout(Exception):
    """A document took longer than its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than the per-document limit of {seconds:g} s (--timeout)")
        self.seconds = seconds


def time_limit_supported() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` inside the block once `seconds` of wall time have passed.

    `None` or a non-positive value means no limit. Nested use is not supported (the inner limit
    would replace the outer one), and an outer SIGALRM handler is restored afterwards.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if not time_limit_supported():
        warnings.warn(
            "per-document time limit needs the main thread and signal.setitimer; running without it",
            RuntimeWarning,
            stacklevel=3,
        )
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def size_problem(text: str, max_chars: int | None) -> str | None:
    """Why a document's text is too large to analyse, or None when it is within `max_chars`."""
    if max_chars and len(text) > max_chars:
        return f"text is {len(text):,} characters, over --max-chars {max_chars:,}"
    return None
