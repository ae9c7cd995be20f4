"""New, Open, Save, Save As and the questions around them: unsaved changes, comments, failures.

Every question is asked through ``ask`` and every message shown through ``tell``, so that the
rules of when to ask live here once and tests can answer the questions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.actions.saving import Consent, NeedsConsent, NotSaved, Saved, save_statement
from editor.gui import messages
from editor.gui.document import StatementDocument
from editor.gui.problems_dialog import ProblemsDialog
from editor.gui.reading import read_statement
from editor.model import Problem, Statement, format_path, validate
from editor.model.statement import UNTITLED
from editor.settings import Settings
from editor.storage import Fingerprint, InvalidStatement, UnreadableFile
from editor.storage.file_names import STATEMENT_ENDING, suggested_path
from editor.storage.open_files import AlreadyOpen, OpenFileLock

STATEMENT_FILTER = "Statements (*.statement.yaml *.yaml *.yml);;All files (*)"
Button = QMessageBox.StandardButton


def new_statement() -> Statement:
    return Statement(title=UNTITLED)


class FileController(QObject):
    recent_changed = Signal()
    folder_used = Signal(str)

    def __init__(
        self, window: QWidget, document: StatementDocument, settings: Settings, folder: Callable[[], str]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.settings = settings
        self._folder = folder
        self.on_disk: Fingerprint | None = None
        """The file as this window last read or wrote it; a difference is another program's change."""
        self._lock: OpenFileLock | None = None

    # Questions and messages, replaceable in tests.
    def ask(self, title: str, text: str, buttons: Button, default: Button) -> Button:
        return messages.ask(self.window, title, text, buttons, default)

    def tell(self, title: str, text: str) -> None:
        messages.tell(self.window, title, text)

    def show_problems(self, name: str, problems: list[Problem]) -> None:
        """Over the window, without waiting for it to close: the window stays as it was."""
        ProblemsDialog(name, problems, self.window).open()

    def choose_open_path(self) -> str:
        name, _ = QFileDialog.getOpenFileName(self.window, "Open statement", self._folder(), STATEMENT_FILTER)
        return name

    def choose_save_path(self) -> str:
        suggested = self.document.path or suggested_path(
            None, self.document.statement.title, self._folder(), STATEMENT_ENDING
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window, "Save statement as", str(suggested), STATEMENT_FILTER
        )
        return name

    # Actions.
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current statement: saved, discarded, or unchanged."""
        if not self.document.modified:
            return True
        answer = self.ask(
            "Unsaved changes",
            f"Save the changes to “{self.display_name()}” before closing it?",
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def new(self) -> None:
        if self.maybe_save():
            self.release()
            self.document.replace(new_statement())
            self.on_disk = None

    def open(self) -> None:
        if not self.maybe_save():
            return
        name = self.choose_open_path()
        if name:
            self.open_path(Path(name), asked=True)

    def open_path(self, path: Path, *, asked: bool = False) -> bool:
        """Open ``path``; on any failure say why and leave the window exactly as it was."""
        if not asked and not self.maybe_save():
            return False
        try:
            loaded = read_statement(path, self.window)
        except InvalidStatement as error:
            self.show_problems(str(path), error.problems)
            return False
        except UnreadableFile as error:
            if not path.exists():
                self.settings.forget_file(path)
                self.recent_changed.emit()
            self.tell("The statement could not be opened", str(error))
            return False
        if loaded is None:  # cancelled while it was read
            return False
        go_on, lock = self._claim(path)
        if not go_on:
            return False
        self._keep(lock)
        self.document.replace(loaded.statement, path.resolve(), loaded.comment_lines)
        self.on_disk = loaded.fingerprint
        self.settings.remember_file(path)
        self.recent_changed.emit()
        self.folder_used.emit(str(path.resolve().parent))
        self._mention_how_it_was_written(path, loaded.problems, loaded.statement)
        return True

    def _mention_how_it_was_written(self, path: Path, problems: list[Problem], statement: Statement) -> None:
        """Warnings about the file's lines (two names run together) cannot be seen in the forms,
        where the two are already one: say them once, at opening. What the statement itself
        says is listed beside the preview, as always."""
        listed = {(p.path, p.message) for p in validate(statement)}
        about_lines = [p for p in problems if p.is_warning and (p.path, p.message) not in listed]
        if about_lines:
            self.tell(
                "Worth a look",
                f"{path.name} opened; check these lines of the file:\n\n"
                + "\n".join(f"line {p.line}: {format_path(p.path)}: {p.message}" for p in about_lines),
            )

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name = self.choose_save_path()
        if not name:
            return False
        target = Path(name)
        if self.document.path is None or target.resolve() != self.document.path:
            self.document.discard_comments = False
        return self._save_to(target.resolve())

    def _save_to(self, path: Path) -> bool:
        """Write the statement; the statement and its undo history survive any failure.

        Each question the save raises is asked (with the file let go meanwhile, for another
        window may want it), and the save is tried again with the answer."""
        consent = Consent.DROP_COMMENTS if self.document.discard_comments else Consent.NONE
        while True:
            go_on, lock = self._claim(path)
            if not go_on:
                return False
            expected = self.on_disk if path == self.document.path else None
            outcome = save_statement(self.document.statement, path, expected=expected, consent=consent)
            if isinstance(outcome, Saved):
                break
            if isinstance(outcome, NotSaved):
                self.tell(
                    "The statement was not saved", f"{outcome.message}\n\nEverything you typed is still here."
                )
                self._keep_only_if_held(lock)
                return False
            self._keep_only_if_held(lock)
            if not self._agree(outcome, path):
                return False
            consent |= outcome.consent
            if outcome.consent is Consent.DROP_COMMENTS:
                self.document.discard_comments = True
        self._keep(lock)
        self.document.mark_saved(path)
        self.on_disk = outcome.fingerprint
        self.settings.remember_file(path)
        self.recent_changed.emit()
        self.folder_used.emit(str(path.parent))
        return True

    def _agree(self, question: NeedsConsent, path: Path) -> bool:
        if question.consent is Consent.OVERWRITE_CHANGES:
            return self._agree_to_overwrite(path)
        return self._agree_to_lose_comments(path, question.comment_lines)

    def _agree_to_overwrite(self, path: Path) -> bool:
        return self._save_anyway(
            "Changed on disk",
            f"“{path.name}” was changed by another program after it was opened here. Saving replaces "
            "those changes with what is in this window (the other version is kept in the backups).",
        )

    def _claim(self, path: Path) -> tuple[bool, OpenFileLock | None]:
        """Whether to go on with ``path``, and its lock to keep once the file is this window's.

        When another running copy of the program has it open, the user decides.
        """
        if self._lock is not None and self._lock.path == path.resolve():
            return True, self._lock
        try:
            return True, OpenFileLock.acquire(path)
        except AlreadyOpen:
            answer = self.ask(
                "Already open",
                f"“{path.name}” is already open in another Statement Editor window. Editing it in both "
                "means one will overwrite the other's work.\n\nGo on anyway?",
                Button.Yes | Button.Cancel,
                Button.Cancel,
            )
            return answer == Button.Yes, None
        except OSError:  # no data folder to keep locks in: editing matters more than the warning
            return True, None

    def _keep(self, lock: OpenFileLock | None) -> None:
        if lock is not self._lock:
            self.release()
            self._lock = lock

    def _keep_only_if_held(self, lock: OpenFileLock | None) -> None:
        """A claim made for a save that now waits for a question is given back; it is made again."""
        if lock is not None and lock is not self._lock:
            lock.release()

    def release(self) -> None:
        """Let other windows open the current file without a warning: on close, New or Open."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _agree_to_lose_comments(self, path: Path, lines: str) -> bool:
        return self._save_anyway(
            "Comments will not be kept",
            f"“{path.name}” has comments written by hand ({lines}). "
            "Saving from the editor "
            "rewrites the file in its standard form and leaves them out. A copy of the current file is "
            "kept in the backups.",
        )

    def _save_anyway(self, title: str, why: str) -> bool:
        """Cancel is the default: the safe answer when someone presses Enter without reading."""
        answer = self.ask(title, f"{why}\n\nSave anyway?", Button.Save | Button.Cancel, Button.Cancel)
        return answer == Button.Save

    def display_name(self) -> str:
        return self.document.path.name if self.document.path else "Untitled"
