"""Noticing that a statement is already open in another copy of the program.

Each open statement holds a small lock file in the user's data folder (named after the file's
full path), created atomically and holding the owner's process id. A lock left behind by a
crashed program is recognised because its process is gone, and is taken over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from editor.paths import user_data_dir
from editor.storage.errors import StorageError


class AlreadyOpen(StorageError):
    """Another running copy of the program has this statement open."""

    def __init__(self, path: str, pid: int) -> None:
        super().__init__(f"{path} is already open in another Statement Editor window (process {pid})")
        self.path = path
        self.pid = pid


def process_is_running(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    except OSError:
        return False
    return True


@dataclass(slots=True)
class OpenFileLock:
    path: Path
    lock_file: Path

    @classmethod
    def acquire(cls, statement: str | os.PathLike[str], folder: Path | None = None) -> OpenFileLock:
        """Raises ``AlreadyOpen`` when a live process on this machine holds the statement."""
        path = Path(statement).resolve()
        locks = folder or user_data_dir() / "locks"
        locks.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:16]
        lock_file = locks / f"{path.name}-{digest}.lock"
        content = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "path": str(path)})
        for _ in range(2):
            try:
                descriptor = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                holder = _holder(lock_file)
                if holder is not None and holder != os.getpid():
                    raise AlreadyOpen(str(path), holder) from None  # -1: another copy just opened it
                lock_file.unlink(missing_ok=True)  # left by a crash, or our own: take it over
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                stream.write(content)
            return cls(path, lock_file)
        raise AlreadyOpen(str(path), -1)  # taken again between our removal and our creation

    def release(self) -> None:
        with contextlib.suppress(OSError):
            if _holder(self.lock_file) in (os.getpid(), None):
                self.lock_file.unlink()


BEING_WRITTEN_SECONDS = 5.0
"""A lock this young with no readable owner is still being written by whoever just made it."""


def _holder(lock_file: Path) -> int | None:
    """The live process on this machine holding the lock, or None if nobody does."""
    try:
        owner = json.loads(lock_file.read_text(encoding="utf-8"))
        pid, host = int(owner["pid"]), str(owner["host"])
    except (OSError, ValueError, KeyError, TypeError):
        try:
            young = time.time() - lock_file.stat().st_mtime < BEING_WRITTEN_SECONDS
        except OSError:
            return None
        return -1 if young else None
    if host != socket.gethostname():
        return pid  # another machine sharing the folder: assume it is alive
    return pid if process_is_running(pid) else None
