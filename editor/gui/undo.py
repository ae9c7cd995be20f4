"""The one bridge between reversible model edits and Qt's undo stack."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from editor.model.edits import Edit, SetValue


class EditTarget(Protocol):
    """What an edit is applied to (the document); applying returns the edit that undoes it."""

    def apply(self, edit: Edit) -> Edit: ...


TYPING_COMMAND_ID = 1
"""All typing shares one id; ``mergeWith`` then checks the field and the typing session."""


class EditCommand(QUndoCommand):
    """Applies an edit on redo and its inverse on undo; keystrokes in one field become one step."""

    def __init__(self, document: EditTarget, edit: Edit) -> None:
        super().__init__(edit.description)
        self._document = document
        self._edit = edit
        self._inverse: Edit | None = None

    def redo(self) -> None:
        self._inverse = self._document.apply(self._edit)

    def undo(self) -> None:
        assert self._inverse is not None, "undo before redo"
        self._edit = self._document.apply(self._inverse)

    def id(self) -> int:
        if isinstance(self._edit, SetValue) and self._edit.merge_key is not None:
            return TYPING_COMMAND_ID
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Keep this command's inverse (the value before the first keystroke), take the newest value."""
        if not isinstance(other, EditCommand):
            return False
        mine, theirs = self._edit, other._edit
        if not (isinstance(mine, SetValue) and isinstance(theirs, SetValue)):
            return False
        if mine.path != theirs.path or mine.merge_key != theirs.merge_key:
            return False
        self._edit = theirs
        return True
