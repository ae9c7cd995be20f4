"""Groups of signatories: counts, renaming everywhere at once, and the order they print in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.document import StatementDocument
from editor.gui.signatories.table_model import LIST
from editor.model.signatory_lists import group_counts, group_order, with_groups_arranged

ORIGINAL = Qt.ItemDataRole.UserRole


class GroupsDialog(QDialog):
    """Drag a group to change the printed order; double-click its name to rename it everywhere."""

    def __init__(self, document: StatementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Groups")
        self.document = document
        people = document.statement.signatories
        counts = group_counts(people)
        self.groups = QListWidget()
        self.groups.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for group in group_order(people):
            item = QListWidgetItem(group)
            item.setData(ORIGINAL, group)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"{counts[group]:,} signatories")
            self.groups.addItem(item)
        ungrouped = counts.get("", 0)
        note = f" {ungrouped:,} signatories have no group and print after the groups." if ungrouped else ""
        explanation = QLabel(
            "Groups print in this order. Drag to reorder; double-click a name to rename the group "
            f"for everyone in it (a name already in use merges the two).{note}"
        )
        explanation.setWordWrap(True)
        self.counts = QLabel("  ·  ".join(f"{group}: {counts[group]:,}" for group in group_order(people)))
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
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def accept(self) -> None:
        """Renames and the new order become one undo step; nothing happens when nothing changed."""
        arrangement = []
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            original = item.data(ORIGINAL)
            arrangement.append((original, item.text().strip() or original))
        arranged = with_groups_arranged(self.document.statement.signatories, arrangement)
        if arranged != self.document.statement.signatories:
            self.document.set_value(LIST, arranged, "Arrange groups")
        super().accept()
