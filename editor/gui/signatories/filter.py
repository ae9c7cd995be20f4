"""The filter over the signatory table: case and accents ignored, so "sean" finds "Seán".

Each person's searchable text is folded once and kept until that person changes (edits replace
the Signatory object rather than changing it), so typing in the filter box at 10,000 names only
compares strings.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from editor.gui.signatories.table_model import SignatoryTableModel
from editor.model import Signatory
from editor.model.fields import Kind, keys_of
from editor.model.names import fold
from editor.model.statement import SIGNATORY_FIELDS

SEARCHED = keys_of(SIGNATORY_FIELDS, Kind.TEXT)
"""Every text the organiser may remember a person by."""


class SignatoryFilter(QSortFilterProxyModel):
    def __init__(self, model: SignatoryTableModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.table = model
        self.words: list[str] = []
        self._folded: dict[int, tuple[Signatory, str]] = {}

    def set_text(self, text: str) -> None:
        """Every word must appear somewhere in the row, in any order: "unison ana" finds Ana."""
        self.beginFilterChange()
        self.words = fold(text).split()
        if len(self._folded) > 2 * len(self.table.signatories) + 1000:
            self._folded.clear()  # people deleted or edited since: let their entries go
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        text = self._text(self.table.signatories[row])
        return all(word in text for word in self.words)

    def _text(self, person: Signatory) -> str:
        cached = self._folded.get(id(person))
        if cached is not None and cached[0] is person:
            return cached[1]
        text = fold(" ".join(str(getattr(person, key)) for key in SEARCHED))
        self._folded[id(person)] = (person, text)
        return text
