"""Likely duplicates side by side: the organiser merges each pair or keeps both. Never silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui.document import StatementDocument
from editor.gui.signatories.table_model import HEADERS, LIST
from editor.model import Signatory
from editor.model.edits import RemoveItems, SetValue
from editor.model.signatory_lists import LikelyDuplicate, likely_duplicates, merged
from editor.model.statement import SIGNATORY_FIELDS
from editor.wording import counted

SHOWN = tuple(info.key for info in SIGNATORY_FIELDS if not info.internal)
"""What tells two entries apart at a glance; how a name sorts does not."""


class DuplicatesDialog(QDialog):
    def __init__(self, document: StatementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Likely duplicates")
        self.document = document
        self.kept: set[tuple[int, int]] = set()
        """Pairs the organiser chose to keep, by the identity of the two entries (edits replace them)."""
        self.pairs: list[LikelyDuplicate] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.sides = [QLabel(), QLabel()]
        for side in self.sides:
            side.setWordWrap(True)
            side.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>Listed first</b>"), 0, 0)
        grid.addWidget(QLabel("<b>Listed later</b>"), 0, 1)
        grid.addWidget(self.sides[0], 1, 0)
        grid.addWidget(self.sides[1], 1, 1)
        self.merge_button = QPushButton("Merge into the first")
        self.merge_button.setToolTip(
            "Keep the first entry, fill its blanks from the second, delete the second; what the "
            "second says differently goes into the first's private note"
        )
        self.merge_button.clicked.connect(self.merge_current)
        self.keep_button = QPushButton("Keep both")
        self.keep_button.clicked.connect(self.keep_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        people = self.document.statement.signatories
        self.pairs = [
            pair
            for pair in likely_duplicates(people)
            if (id(people[pair.first]), id(people[pair.second])) not in self.kept
        ]
        self.list.clear()
        for pair in self.pairs:
            self.list.addItem(f"{people[pair.second].name} / {people[pair.first].name}: {pair.reason}")
        count = len(self.pairs)
        self.summary.setText(
            f"{counted(count, 'likely duplicate')} among {counted(len(people), 'signatory', 'signatories')}."
            if count
            else "No likely duplicates: no two entries share an email or a name."
        )
        self.merge_button.setEnabled(bool(count))
        self.keep_button.setEnabled(bool(count))
        if count:
            self.list.setCurrentRow(0)
        else:
            for side in self.sides:
                side.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        people = self.document.statement.signatories
        pair = self.pairs[row]
        for side, index in zip(self.sides, (pair.first, pair.second), strict=True):
            side.setText(_describe(people[index], index))

    def merge_current(self) -> None:
        """One undo step: the first entry takes the second's details, the second goes."""
        pair = self.pairs[self.list.currentRow()]
        people = self.document.statement.signatories
        combined = merged(people[pair.first], people[pair.second])
        with self.document.one_step(f"Merge {people[pair.second].name} into {people[pair.first].name}"):
            self.document.push(SetValue((*LIST, pair.first), combined, "Merge"))
            self.document.push(RemoveItems(LIST, [pair.second], "Merge"))
        self.refresh()

    def keep_current(self) -> None:
        pair = self.pairs[self.list.currentRow()]
        people = self.document.statement.signatories
        self.kept.add((id(people[pair.first]), id(people[pair.second])))
        self.refresh()


def _describe(person: Signatory, index: int) -> str:
    """Plain lines, one per filled field, so the two sides can be compared at a glance."""
    lines = [f"row {index + 1}"]
    for key in SHOWN:
        value = getattr(person, key)
        if value:
            lines.append(f"{HEADERS[key]}: {'yes' if value is True else value}")
    return "\n".join(lines)
