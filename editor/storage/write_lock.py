"""One writer at a time in a folder: held from "is the file still as we read it?" to the rename.

Without it two commands saving the same file can both find it unchanged, both write, and the
second replaces the first's work without a word. The lock is the operating system's advisory
lock on the folder itself, so it leaves no file behind and dies with a killed process. It
guards statement saves, the one write two programs make to the same file.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from editor.storage.errors import SaveFailed

try:
    import fcntl
except ImportError:  # Windows: no lock, so two saves at once can still race there
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0
"""Far longer than any save takes; past it the other writer is stuck, not busy."""
_POLL_SECONDS = 0.02


@contextlib.contextmanager
def one_writer(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the lock of the folder ``path`` is written in (links resolved, as the write does)."""
    folder = Path(os.path.realpath(path)).parent
    try:
        descriptor: int | None = os.open(folder, os.O_RDONLY)
    except OSError:  # no such folder, or one we may not list: the write itself will say why
        descriptor = None
    try:
        if descriptor is not None:
            _acquire(descriptor, path)
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)  # closing releases the lock


def _acquire(descriptor: int, path: str | os.PathLike[str]) -> None:
    if fcntl is None:
        return
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise SaveFailed(
                    f"could not save {os.fspath(path)}: another program has been saving in its "
                    f"folder for over {WAIT_SECONDS:g} seconds; the file on disk was not changed"
                ) from None
            time.sleep(_POLL_SECONDS)
        except OSError:  # a file system without locks (some network shares): save as before
            return
