"""The one way the application writes a file: all of the new version or none of it.

The new content goes to a temporary file in the same folder, is flushed and fsynced, and then
replaces the target in one rename, so a crash or a full disk leaves the old file intact. The
version being replaced is first copied to a rotating backup in the user's data folder, where it
does not clutter the user's folder or git checkout.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from editor.paths import user_data_dir
from editor.storage.errors import SaveFailed

BACKUPS_KEPT = 5
log = logging.getLogger(__name__)

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "you do not have permission to write there",
    errno.EPERM: "you do not have permission to write there",
    errno.EROFS: "the disk or folder is read-only",
    errno.ENOENT: "the folder does not exist (was it moved or deleted?)",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name is too long",
}


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` completely or not at all; raises ``SaveFailed`` with a reason."""
    target = Path(path)
    temporary: str | None = None
    try:
        if _is_special(target):  # /dev/stdout, a pipe: nothing to replace, only to write to
            with open(target, "wb") as stream:
                stream.write(data)
            return
        # A link is written through to its file: replacing the link would leave the file old.
        target = Path(os.path.realpath(target))
        folder = target.parent
        mode = _mode_for(target)
        if target.is_file() and not mode & 0o222:  # marked read-only: root could replace it, too
            raise SaveFailed(
                f"could not save {target}: the file is read-only; the file on disk was not changed"
            )
        remove_leftovers(target)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if backup and target.is_file():
            _back_up(target)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(folder)
    except OSError as error:
        reason = _reason(error)
        outcome = "the file on disk was not changed" if target.exists() else "nothing was written"
        raise SaveFailed(f"could not save {target}: {reason}; {outcome}") from error
    finally:
        if temporary is not None:
            _remove_quietly(temporary)


def _reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


LEFTOVER_AGE_SECONDS = 60
"""Older than any save takes: a temporary file of ours this old was left by a killed save."""


def remove_leftovers(target: Path) -> None:
    """Temporary files a save that was killed left beside ``target``: full copies of a
    statement, private fields included, that nobody would otherwise delete."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.is_file() and now - leftover.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                    leftover.unlink()


def _is_special(target: Path) -> bool:
    """A device or a pipe, not a file or a folder."""
    try:
        kind = target.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(kind) or stat.S_ISDIR(kind))


def backups_dir_for(target: Path) -> Path:
    """One folder per saved file, named so that two 'statement.yaml' in different folders differ."""
    digest = hashlib.sha256(str(target.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return user_data_dir() / "backups" / f"{target.name}-{digest}"


def _mode_for(target: Path) -> int:
    """Keep the permissions of the file being replaced; a new file gets the usual 0o666 less umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _back_up(target: Path) -> None:
    """Best effort: a backup that cannot be made must not stop the user's save."""
    try:
        folder = backups_dir_for(target)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
        partial = folder / f".{stamp}.partial"  # a copy cut short by a full disk never counts
        try:
            shutil.copy2(target, partial)
            os.replace(partial, folder / f"{stamp}{target.suffix}")
        finally:
            _remove_quietly(partial)
        for old in sorted(p for p in folder.iterdir() if not p.name.startswith("."))[:-BACKUPS_KEPT]:
            old.unlink()
    except OSError as error:
        log.warning("could not keep a backup of %s (%s); it is saved all the same", target, _reason(error))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _remove_quietly(path: str | os.PathLike[str]) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
