"""Import signatories from a CSV file: see the first rows, say which column is which, then add.

Nothing is added until the organiser presses Import; the whole import is one undo step. Likely
duplicates of names already listed (or repeated in the file) are shown and skipped unless the
organiser asks to keep them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.actions.importing import ImportPlan, plan_import
from editor.gui.document import StatementDocument
from editor.gui.signatories.table_model import LIST
from editor.gui.widgets import take_widgets
from editor.model.edits import InsertItems
from editor.storage.csv_import import FIELD_DESCRIPTIONS, FIELDS, CsvTable, guess_columns
from editor.wording import counted

PREVIEW_ROWS = 8
IGNORE = "Leave out"


class ImportDialog(QDialog):
    def __init__(
        self,
        document: StatementDocument,
        source: str,
        table: CsvTable,
        parent: QWidget | None = None,
        *,
        pasted_at: int | None = None,
    ):
        """``source`` names where the rows come from: a file's name, or "the copied rows";
        ``pasted_at`` is the row pasted rows go in at, where an import adds them at the end."""
        super().__init__(parent)
        self.setWindowTitle(f"Import signatories from {source}")
        self.document = document
        self.source = source
        self.pasted_at = pasted_at
        self.read = table
        self.table = table
        self.plan: ImportPlan
        self.choosers: list[QComboBox] = []
        self.headings = QCheckBox("The first row holds column headings")
        self.headings.setChecked(table.has_header)
        self.headings.setToolTip("Untick it when the first row is a name, tick it when it names the columns")
        self.headings.toggled.connect(self._set_headings)
        self.table_area = QVBoxLayout()
        self.keep_duplicates = QCheckBox("Add likely duplicates too")
        self.keep_duplicates.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setMaximumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        layout.addWidget(self.headings)
        layout.addLayout(self.table_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.duplicate_list)
        layout.addWidget(self.keep_duplicates)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._show_table()

    def _set_headings(self, first_row_is_headings: bool) -> None:
        self.table = self.read.headed(first_row_is_headings)
        self._show_table()

    def _show_table(self) -> None:
        """The column choosers and the first rows, for the table as read now; guesses again."""
        for widget in take_widgets(self.table_area):
            widget.deleteLater()
        self.choosers = [self._chooser(field) for field in self._initial_fields()]
        rows = counted(len(self.table.rows), "row")
        read = f"{rows} copied" if self.pasted_at is not None else f"{self.table.encoding}, {rows}"
        self.caption.setText(f"{read[:1].upper()}{read[1:]}. Which column holds what?")
        columns = QWidget()
        columns.setLayout(self._columns())
        self.table_area.addWidget(columns)
        self.table_area.addWidget(self._preview(), 1)
        self.refresh()

    def _initial_fields(self) -> list[str | None]:
        guessed = guess_columns(self.table).mapping
        return [guessed.get(column) for column in range(len(self.table.headers))]

    def _chooser(self, field: str | None) -> QComboBox:
        chooser = QComboBox()
        chooser.addItem(IGNORE, None)
        for key in FIELDS:
            chooser.addItem(FIELD_DESCRIPTIONS[key], key)
        chooser.setCurrentIndex(max(0, chooser.findData(field)))
        chooser.currentIndexChanged.connect(lambda _index: self._chosen(chooser))
        return chooser

    def _chosen(self, chooser: QComboBox) -> None:
        """A field comes from one column: choosing it for another leaves the first one out,
        in sight, rather than one of the two silently losing."""
        field = chooser.currentData()
        for other in self.choosers:
            if other is not chooser and field is not None and other.currentData() == field:
                other.blockSignals(True)
                other.setCurrentIndex(0)
                other.blockSignals(False)
        self.refresh()

    def _columns(self) -> QGridLayout:
        grid = QGridLayout()
        for column, (header, chooser) in enumerate(zip(self.table.headers, self.choosers, strict=True)):
            label = QLabel(header)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a header is the user's text, never markup
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
            grid.addWidget(chooser, 1, column)
        return grid

    def _preview(self) -> QTableView:
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(self.table.headers)
        for row in self.table.rows[:PREVIEW_ROWS]:
            model.appendRow([QStandardItem(cell) for cell in row])
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        return view

    def mapping(self) -> dict[int, str]:
        return {
            column: chooser.currentData()
            for column, chooser in enumerate(self.choosers)
            if chooser.currentData()
        }

    def refresh(self) -> None:
        """Recount what Import would add, after every change of mapping."""
        self.plan = plan_import(
            self.document.statement.signatories,
            self.table,
            self.mapping(),
            keep_duplicates=self.keep_duplicates.isChecked(),
        )
        plan = self.plan
        self.duplicate_list.clear()
        for duplicate in plan.duplicates:
            self.duplicate_list.addItem(f"line {duplicate.line}: {duplicate.describe()}")
        self.duplicate_list.setVisible(bool(plan.duplicates))
        self.keep_duplicates.setVisible(bool(plan.duplicates))
        self.summary.setText(plan.summary())
        self.import_button.setEnabled(bool(plan.added))

    def accept(self) -> None:
        added = self.plan.added
        names = counted(len(added), "signatory", "signatories")
        if self.pasted_at is None:
            start, description = (
                len(self.document.statement.signatories),
                f"Import {names} from {self.source}",
            )
        else:
            start, description = self.pasted_at, f"Paste {names}"
        placed = [(start + offset, person) for offset, person in enumerate(added)]
        self.document.push(InsertItems(LIST, placed, description))
        super().accept()
