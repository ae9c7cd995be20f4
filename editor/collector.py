"""Python's garbage collector held off while a thread makes a million objects.

A collection walks every object it tracks while holding the interpreter, so one during a long
read or render stops the window for a quarter of a second, and reading or rendering makes them
often. The pause is shared by every thread: collection resumes when the last pause ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_pauses = 0
_was_enabled = True
_lock = threading.Lock()


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """Nothing is frozen here: freezing is for the whole heap, and would keep the cycles another
    thread left for good. The window freezes once a statement is in place (``gui.app``)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
