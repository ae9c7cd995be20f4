"""Groups of signatories: counts, renaming everywhere at once, and the order they print in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.document import StatementDocument
from editor.gui.signatories.table_model import LIST
from editor.gui.widgets import tool_button
from editor.model.signatory_lists import (
    UNGROUPED,
    group_counts,
    group_title,
    printed_order,
    with_groups_arranged,
)

ORIGINAL = Qt.ItemDataRole.UserRole


class GroupsDialog(QDialog):
    """Drag a group to change the printed order; double-click its name to rename it everywhere.

    The names without a group are an entry too, which moves but has no name to change: placed
    first, they print first without a heading (the place for the best-known names)."""

    def __init__(self, document: StatementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Groups")
        self.document = document
        people = document.statement.signatories
        counts = group_counts(people)
        self.groups = QListWidget()
        self.groups.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for group in printed_order(people):
            item = QListWidgetItem(group_title(group))
            item.setData(ORIGINAL, group)
            if group != UNGROUPED:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"{counts[group]:,} signatories")
            self.groups.addItem(item)
        note = (
            " The names without a group print without a heading when they come first, and under "
            "“Also signed by” anywhere else."
            if counts.get(UNGROUPED)
            else ""
        )
        explanation = QLabel(
            "Groups print in this order. Drag to reorder, or move the selected one with Alt+Up "
            "and Alt+Down; double-click a name to rename the group for everyone in it (a name "
            f"already in use merges the two).{note}"
        )
        explanation.setWordWrap(True)
        moves = QHBoxLayout()
        for text, keys, step in (("Move &up", "Alt+Up", -1), ("Move &down", "Alt+Down", 1)):
            button = tool_button(
                text, f"Print the selected group {'earlier' if step < 0 else 'later'} ({keys})"
            )
            button.clicked.connect(lambda _checked=False, step=step: self.move_selected(step))
            QShortcut(QKeySequence(keys), self.groups).activated.connect(
                lambda step=step: self.move_selected(step)
            )
            moves.addWidget(button)
        moves.addStretch(1)
        self.groups.setCurrentRow(0)
        self.counts = QLabel()
        self.group_counts = counts
        self._show_counts()
        self.groups.model().rowsMoved.connect(self._show_counts)
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)  # group names are the user's text
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.groups, 1)
        layout.addLayout(moves)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def _show_counts(self) -> None:
        """The groups' sizes in the order they now stand in the list."""
        order = [self.groups.item(row).data(ORIGINAL) for row in range(self.groups.count())]
        self.counts.setText("  ·  ".join(f"{group_title(g)}: {self.group_counts[g]:,}" for g in order))

    def move_selected(self, step: int) -> None:
        row = self.groups.currentRow()
        if row < 0 or not 0 <= row + step < self.groups.count():
            return
        self.groups.insertItem(row + step, self.groups.takeItem(row))
        self.groups.setCurrentRow(row + step)
        self._show_counts()

    def accept(self) -> None:
        """Renames and the new order become one undo step; nothing happens when nothing changed."""
        arrangement = []
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            original = item.data(ORIGINAL)
            renamed = item.text().strip() if original != UNGROUPED else ""
            arrangement.append((original, renamed or original))
        arranged = with_groups_arranged(self.document.statement.signatories, arrangement)
        if arranged != self.document.statement.signatories:
            self.document.set_value(LIST, arranged, "Arrange groups")
        super().accept()
