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
def collections_paused(*, freeze_what_was_made: bool = False) -> Iterator[None]:
    """``freeze_what_was_made`` moves everything alive at the end out of the collector's sight,
    for work that leaves many long-lived objects and no cycles (a statement just read): the
    objects are still freed by reference counting, and no later collection walks them."""
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
            if freeze_what_was_made:
                gc.freeze()
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
