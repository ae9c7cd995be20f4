"""Recovery copies of unsaved work, kept in the user's data folder and never over the user's file.

While a statement has unsaved changes the window writes a copy here every few seconds of idle
time; a clean close removes it, so whatever is left at the next start is work a crash would
otherwise have lost. Each copy is a statement file (readable by hand in an emergency) beside a
small JSON note saying where it came from and when.
"""

from __future__ import annotations

import datetime
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from editor.model.statement import Statement
from editor.paths import user_data_dir
from editor.storage.atomic import atomic_write
from editor.storage.errors import InvalidStatement, StorageError
from editor.storage.open_files import process_is_running
from editor.storage.statement_file import load
from editor.storage.writer import dump_statement

_COPY_SUFFIX = ".statement.yaml"
_NOTE_SUFFIX = ".json"


@dataclass(frozen=True, slots=True)
class RecoveryCopy:
    key: str
    source: str | None
    """The file the work belongs to, or None for a statement never saved."""
    saved_at: datetime.datetime
    title: str
    copy_path: Path

    def describe(self, now: datetime.datetime | None = None) -> str:
        """'Fair Pay (plan.statement.yaml), unsaved changes from 12 minutes ago'."""
        where = Path(self.source).name if self.source else "never saved"
        age = _age((now or datetime.datetime.now(datetime.UTC)) - self.saved_at)
        return f"{self.title or 'Untitled'} ({where}), unsaved changes from {age}"


class RecoveryStore:
    """One folder of recovery copies; tests and portable setups pass their own."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_data_dir() / "recovery"

    @staticmethod
    def new_key() -> str:
        """A key for one open document, stable while it is open, even before it has a file."""
        return uuid.uuid4().hex

    def write(self, key: str, statement: Statement, source: str | os.PathLike[str] | None) -> None:
        """Raises ``SaveFailed`` like any write; the caller keeps the work in memory regardless."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(
            self.folder / f"{key}{_COPY_SUFFIX}", dump_statement(statement).encode("utf-8"), backup=False
        )
        note = {
            "source": os.fspath(Path(source).resolve()) if source else None,
            "saved_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "title": statement.title,
            "pid": os.getpid(),
        }
        atomic_write(self.folder / f"{key}{_NOTE_SUFFIX}", json.dumps(note).encode("utf-8"), backup=False)

    def discard(self, key: str) -> None:
        for suffix in (_NOTE_SUFFIX, _COPY_SUFFIX):
            (self.folder / f"{key}{suffix}").unlink(missing_ok=True)

    def copies(self) -> list[RecoveryCopy]:
        """Copies left by programs no longer running, newest first; broken leftovers are skipped.

        Copies that another running copy of the program is still writing are its work in progress.
        """
        found = []
        for note_path in self.folder.glob(f"*{_NOTE_SUFFIX}"):
            key = note_path.name.removesuffix(_NOTE_SUFFIX)
            copy_path = self.folder / f"{key}{_COPY_SUFFIX}"
            try:
                note = json.loads(note_path.read_text(encoding="utf-8"))
                saved_at = datetime.datetime.fromisoformat(note["saved_at"])
                source, title = note.get("source"), str(note.get("title", ""))
                writer = int(note.get("pid", 0))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if writer != os.getpid() and process_is_running(writer):
                continue
            if copy_path.is_file():
                found.append(RecoveryCopy(key, source, saved_at, title, copy_path))
        return sorted(found, key=lambda copy: copy.saved_at, reverse=True)

    def restore(self, copy: RecoveryCopy) -> Statement:
        """The statement as it was when the copy was written; raises ``StorageError`` if damaged."""
        try:
            return load(copy.copy_path).statement
        except InvalidStatement as error:
            raise StorageError(f"the recovery copy {copy.copy_path} is damaged: {error}") from None


def _age(delta: datetime.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "less than a minute ago"
