"""The statement being edited, its file, and its undo history: what every view listens to.

Views never change the statement themselves; they ask the document to push an edit, and the
document tells every view what changed through signals, before and after, in the order Qt's item
models need.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.gui.undo import EditCommand
from editor.model import Statement
from editor.model.edits import Edit, SetValue, value_at
from editor.model.problems import Path as FieldPath


class StatementDocument(QObject):
    about_to_insert = Signal(object, int, int)
    inserted = Signal(object, int, int)
    about_to_remove = Signal(object, int, int)
    removed = Signal(object, int, int)
    about_to_move = Signal(object, int, int)
    moved = Signal(object, int, int)
    value_changed = Signal(object)
    changed = Signal()
    """Anything changed, including a whole new statement: for the preview and the title."""
    replaced = Signal()
    """A different statement (new or opened): views rebuild everything."""
    saved = Signal()
    """Written to ``path``, which may be a new name."""

    def __init__(self, statement: Statement, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statement = statement
        self.path: Path | None = None
        self.comment_lines: list[int] = []
        self.discard_comments = False
        self.undo_stack = QUndoStack(self)

    def replace(
        self, statement: Statement, path: Path | None = None, comment_lines: list[int] | None = None
    ) -> None:
        self.statement = statement
        self.path = path
        self.comment_lines = list(comment_lines or [])
        self.discard_comments = False
        self.undo_stack.clear()
        self.changed.emit()
        self.replaced.emit()  # last: what it starts (the preview's render) makes a change's wait needless

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def value(self, path: FieldPath) -> Any:
        return value_at(self.statement, path)

    def push(self, edit: Edit) -> None:
        self.undo_stack.push(EditCommand(self, edit))

    def set_value(self, path: FieldPath, value: Any, description: str, merge_key: object = None) -> None:
        """One undoable change of one value; nothing happens when the value is already that."""
        if self.value(path) == value:
            return
        self.push(SetValue(path, value, description, merge_key))

    @contextmanager
    def one_step(self, description: str) -> Iterator[None]:
        """Every edit pushed inside becomes a single undo step."""
        self.undo_stack.beginMacro(description)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def apply(self, edit: Edit) -> Edit:
        """Called by the undo stack only: change the statement and tell the views."""
        inverse = edit.apply(self.statement, self)
        self.changed.emit()
        return inverse

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.comment_lines = []
        self.undo_stack.setClean()
        self.saved.emit()

    # The edit observer: each hook becomes a signal.
    def before_insert(self, path: FieldPath, first: int, count: int) -> None:
        self.about_to_insert.emit(path, first, count)

    def after_insert(self, path: FieldPath, first: int, count: int) -> None:
        self.inserted.emit(path, first, count)

    def before_remove(self, path: FieldPath, first: int, count: int) -> None:
        self.about_to_remove.emit(path, first, count)

    def after_remove(self, path: FieldPath, first: int, count: int) -> None:
        self.removed.emit(path, first, count)

    def before_move(self, path: FieldPath, source: int, destination: int) -> None:
        self.about_to_move.emit(path, source, destination)

    def after_move(self, path: FieldPath, source: int, destination: int) -> None:
        self.moved.emit(path, source, destination)

    def value_set(self, path: FieldPath) -> None:
        self.value_changed.emit(path)
