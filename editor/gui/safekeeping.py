"""Keeping the organiser's work safe while the window is open: recovery copies and outside changes.

``WorkKeeper`` writes a recovery copy a few seconds after typing stops, while there are unsaved
changes, and removes it once the work is saved, undone back to the saved state, or the window
closes cleanly; whatever is left at the next start is offered back. ``DiskWatcher`` notices when
another program (a git pull, a text editor) changes the open file and asks what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from editor.gui.document import StatementDocument
from editor.gui.file_controller import FileController
from editor.storage import StorageError
from editor.storage.recovery import RecoveryCopy, RecoveryStore

AUTOSAVE_IDLE_MS = 2000
"""A copy is written once typing pauses this long..."""
AUTOSAVE_LONGEST_MS = 15_000
"""...or, for someone typing without pause, this long after the last copy: the most work a crash
can cost."""
Button = QMessageBox.StandardButton
log = logging.getLogger(__name__)


class WorkKeeper(QObject):
    def __init__(
        self, document: StatementDocument, store: RecoveryStore, idle_ms: int = AUTOSAVE_IDLE_MS
    ) -> None:
        super().__init__(document)
        self.document = document
        self.store = store
        self.key = store.new_key()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.write_now)
        self.since_written = QElapsedTimer()
        self.since_written.start()
        document.undo_stack.indexChanged.connect(self._changed)  # after the edit, so modified is known
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def _changed(self, _index: int) -> None:
        if self.since_written.elapsed() >= AUTOSAVE_LONGEST_MS:
            self.write_now()
        else:
            self.timer.start()

    def write_now(self) -> None:
        """Also called first thing when the program hits an unexpected error."""
        self.timer.stop()
        self.since_written.restart()
        if not self.document.modified:
            return
        try:
            self.store.write(self.key, self.document.statement, self.document.path)
        except StorageError as error:  # the work is still in the window; say so in the log only
            log.warning("could not write a recovery copy: %s", error)

    def discard(self) -> None:
        """The work is safe elsewhere (saved, or deliberately thrown away): no copy to offer."""
        self.timer.stop()
        self.store.discard(self.key)

    def finish(self) -> None:
        """The window is closing with its work safe: no copy to offer, and no more writing. The
        undo stack clears itself as it is destroyed, and that must not look like an edit."""
        self.document.undo_stack.indexChanged.disconnect(self._changed)
        self.document.undo_stack.cleanChanged.disconnect(self._clean_changed)
        self.discard()

    def adopt(self, copy: RecoveryCopy) -> None:
        """Carry on writing to a restored copy, so it disappears once the work is saved."""
        self.store.discard(self.key)
        self.key = copy.key

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()


def offer_recovery(files: FileController, keeper: WorkKeeper, opening: Path | None = None) -> bool:
    """At start: offer back work a crash left behind; True when some was restored.

    When the program is started on a file, only work on that file is offered; the rest waits
    for a start without one, so the file asked for is what the window shows.
    """
    wanted = str(opening.resolve()) if opening else None
    for copy in keeper.store.copies():
        if wanted is not None and copy.source != wanted:
            continue
        answer = files.ask(
            "Recover unsaved work",
            f"Statement Editor closed without saving this work:\n\n{copy.describe()}\n\n"
            "Restore it? Discard throws it away; Ignore keeps it for next time.",
            Button.Yes | Button.Discard | Button.Ignore,
            Button.Yes,
        )
        if answer == Button.Discard:
            keeper.store.discard(copy.key)
        elif answer == Button.Yes:
            try:
                statement = keeper.store.restore(copy)
            except StorageError as error:
                files.tell("The work could not be restored", str(error))
                continue
            source = Path(copy.source) if copy.source else None
            files.document.replace(statement, source)
            files.document.undo_stack.resetClean()  # restored work is unsaved work
            files.on_disk = None
            keeper.adopt(copy)
            return True
    return False


class DiskWatcher(QObject):
    """Asks once per outside change of the open file whether to reload it or keep this version."""

    def __init__(self, files: FileController) -> None:
        super().__init__(files)
        self.files = files
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)  # a git checkout may write the file in several steps
        self.settle.setSingleShot(True)
        self.settle.setInterval(300)
        self.watcher.fileChanged.connect(lambda _name: self.settle.start())
        self.settle.timeout.connect(self.check)
        files.document.replaced.connect(self.follow)
        files.document.saved.connect(self.follow)

    def follow(self) -> None:
        """Watch whatever file the document is now; editors that save by renaming need re-adding."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        path = self.files.document.path
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def check(self) -> None:
        path = self.files.document.path
        known = self.files.on_disk
        self.follow()
        if path is None or known is None or known.still_matches(path) or not path.exists():
            return
        unsaved = " Your unsaved changes here would be lost." if self.files.document.modified else ""
        answer = self.files.ask(
            "Changed on disk",
            f"“{path.name}” was changed by another program.\n\nReload it from disk?{unsaved} "
            "No keeps the version in this window; saving it later asks before replacing theirs.",
            Button.Yes | Button.No,
            Button.No if unsaved else Button.Yes,
        )
        if answer == Button.Yes:
            self.files.document.undo_stack.setClean()  # the user chose to drop this version
            self.files.open_path(path, asked=True)
