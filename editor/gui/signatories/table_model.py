"""The signatories as a Qt table: a thin view over the statement's list, edited through the document.

Rows are never copied: ``data`` reads the list as it is, and structural changes arrive from the
document as before/after signals, so ten thousand rows cost no more than ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.gui.document import StatementDocument
from editor.model import PRIVATE_SIGNATORY_FIELDS, Signatory
from editor.model.fields import Kind
from editor.model.problems import Path
from editor.model.statement import MULTILINE_SIGNATORY_FIELDS, SIGNATORY_FIELDS, SIGNATORY_KEYS

HEADERS = {info.key: info.column for info in SIGNATORY_FIELDS}
TIPS = {info.key: info.tip for info in SIGNATORY_FIELDS if info.tip}
FLAGS = {info.key for info in SIGNATORY_FIELDS if info.kind is Kind.FLAG}
NAMES = {info.key: info.name for info in SIGNATORY_FIELDS}
"""How an undo step names the field ("Edit personal capacity of …", "Edit email of …")."""
PRIVATE_TIP = "Private to the organisers: never printed, never exported"
LIST: Path = ("signatories",)
Index = QModelIndex | QPersistentModelIndex


class SignatoryTableModel(QAbstractTableModel):
    columns = SIGNATORY_KEYS

    def __init__(self, document: StatementDocument) -> None:
        super().__init__(document)
        self.document = document
        document.about_to_insert.connect(self._about_to_insert)
        document.inserted.connect(self._inserted)
        document.about_to_remove.connect(self._about_to_remove)
        document.removed.connect(self._removed)
        document.about_to_move.connect(self._about_to_move)
        document.moved.connect(self._moved)
        document.value_changed.connect(self._value_changed)
        document.replaced.connect(self._replaced)

    @property
    def signatories(self) -> list[Signatory]:
        return self.document.statement.signatories

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.signatories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def key(self, column: int) -> str:
        return self.columns[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()]
        value = getattr(self.signatories[index.row()], key)
        if key in FLAGS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.BackgroundRole and key in PRIVATE_SIGNATORY_FIELDS:
            return private_tint()
        if role == Qt.ItemDataRole.ToolTipRole and key in PRIVATE_SIGNATORY_FIELDS:
            return PRIVATE_TIP
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        key = self.columns[section]
        private = key in PRIVATE_SIGNATORY_FIELDS
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{HEADERS[key]} (private)" if private else HEADERS[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return PRIVATE_TIP if private else TIPS.get(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] in FLAGS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self.columns[index.column()]
        row = index.row()
        if key in FLAGS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            value = str(value) if key in MULTILINE_SIGNATORY_FIELDS else str(value).strip()
        who = self.signatories[row].name or f"row {row + 1}"
        what = NAMES[key].lower()
        self.document.set_value((*LIST, row, key), value, f"Edit {what} of {who}")
        return True

    def _about_to_insert(self, path: Path, first: int, count: int) -> None:
        if path == LIST:
            self.beginInsertRows(QModelIndex(), first, first + count - 1)

    def _inserted(self, path: Path, *_: int) -> None:
        if path == LIST:
            self.endInsertRows()

    def _about_to_remove(self, path: Path, first: int, count: int) -> None:
        if path == LIST:
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)

    def _removed(self, path: Path, *_: int) -> None:
        if path == LIST:
            self.endRemoveRows()

    def _about_to_move(self, path: Path, source: int, destination: int) -> None:
        if path == LIST:
            # Qt counts the destination as the gap before which the row lands.
            gap = destination + 1 if destination > source else destination
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), gap)

    def _moved(self, path: Path, *_: int) -> None:
        if path == LIST:
            self.endMoveRows()

    def _value_changed(self, path: Path) -> None:
        if path == LIST:  # the whole list at once: sorted, imported, groups reordered
            self._replaced()
            return
        if path[:1] != LIST:
            return
        match path[1:]:
            case (int(row), str(key)):  # one cell
                cell = self.index(row, self.columns.index(key))
                self.dataChanged.emit(cell, cell)
            case (int(row),):  # a whole row
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _replaced(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def private_tint() -> QColor:
    """A faint wash over private cells, derived from the palette so it works in dark mode too."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor.fromHsv(45, 60, base.value()) if base.value() > 128 else QColor.fromHsv(45, 90, 70)
