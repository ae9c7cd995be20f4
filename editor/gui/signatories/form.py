"""Who has signed: a table that stays quick at thousands of names, with filter, count and paste."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from editor.actions.pasting import plan_paste, read_pasted, single_cell
from editor.gui import messages
from editor.gui.document import StatementDocument
from editor.gui.forms.section import FormSection
from editor.gui.signatories.filter import SignatoryFilter
from editor.gui.signatories.import_dialog import ImportDialog
from editor.gui.signatories.table_model import HEADERS, LIST, SignatoryTableModel
from editor.gui.signatories.tools import SignatoryTools, tool_buttons
from editor.model import Signatory
from editor.model.edits import InsertItems, RemoveItems
from editor.model.problems import Path
from editor.model.signatory_lists import group_order
from editor.storage.csv_export import spreadsheet_cell
from editor.storage.csv_import import CsvProblem, capacity_answer
from editor.wording import counted


def count_text(people: int, groups: int, shown: int | None = None) -> str:
    text = counted(people, "signatory", "signatories")
    if groups:
        text += f", {counted(groups, 'group')}"
    if shown is not None and shown != people:
        text += f" (showing {shown:,})"
    return text


COLUMN_WIDTHS = {"name": 180, "role": 240, "group": 150, "personal_capacity": 36, "sort_as": 120,
                 "email": 170, "phone": 120, "note": 200}  # fmt: skip
"""Starting widths in pixels; a field not listed starts at 150."""


class FirstColumnsFitted(QObject):
    """On a small screen the name and the role share the table's width, so both read whole
    without scrolling sideways; once the organiser sets a width by hand, it stays."""

    def __init__(self, table: QTableView, header: QHeaderView) -> None:
        super().__init__(table)
        self.table = table
        self.fitting = False
        self.chosen = False
        header.sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.chosen:
            wanted = COLUMN_WIDTHS["name"] + COLUMN_WIDTHS["role"]
            room = self.table.viewport().width()
            scale = min(1.0, room / wanted)
            self.fitting = True
            try:
                self.table.setColumnWidth(0, max(110, round(COLUMN_WIDTHS["name"] * scale)))
                self.table.setColumnWidth(1, max(110, round(COLUMN_WIDTHS["role"] * scale)))
            finally:
                self.fitting = False
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self.fitting and column in (0, 1):
            self.chosen = True


class SignatoriesForm(FormSection):
    def __init__(self, document: StatementDocument, folder: Callable[[], str]) -> None:
        super().__init__(
            document,
            "Signatories",
            "Names print in this order under their group. Import a CSV file or paste rows copied "
            "from a spreadsheet. Columns marked private are for organisers and are never printed.",
        )
        self.model = SignatoryTableModel(document)
        self.confirm_columns: ImportDialog | None = None
        """Open while the organiser says which pasted column is which."""
        self.proxy = SignatoryFilter(self.model)
        self.table = self._table()
        self.filter = QLineEdit(
            placeholderText="Filter by name, role, group, email…", clearButtonEnabled=True
        )
        self.filter.textChanged.connect(self._filter)
        self.filter.setAccessibleName("Filter the signatories")
        clear = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.filter, context=Qt.ShortcutContext.WidgetShortcut
        )
        clear.activated.connect(self.filter.clear)
        for button in self.filter.findChildren(QAbstractButton):  # Qt's own clear button
            button.setAccessibleName("Clear the filter")
        for button in self.table.findChildren(QAbstractButton):  # Qt's corner button
            button.setAccessibleName("Select every signatory")
        self.count = QLabel()
        self.count.setObjectName("count")
        # Two rows of tools: in one row the buttons made the window wider than a 1024-pixel
        # screen. The first works on rows and brings names in and out, the second orders the list.
        self.tools = SignatoryTools(document, self, self.selected_rows, folder, self.show_rows)
        rows_bar = QHBoxLayout()
        paste_tip = "Add rows copied from a spreadsheet (Ctrl+V in the table; a single cell fills the cell)"
        row_buttons = tool_buttons(
            ("Add", "Add a signatory below the current one", self.add),
            ("Delete", "Delete the selected signatories (Delete)", self.delete_selected),
            ("Paste rows", paste_tip, self.paste),
        )
        for button in (*row_buttons, *self.tools.exchange_buttons()):
            rows_bar.addWidget(button)
        rows_bar.addStretch(1)
        list_bar = QHBoxLayout()
        for button in self.tools.arrangement_buttons():
            list_bar.addWidget(button)
        list_bar.addStretch(1)
        search = QHBoxLayout()  # its own row: the filter is used most and needs the width
        search.addWidget(self.filter, 1)
        search.addWidget(self.count)
        self.page.addLayout(rows_bar)
        self.page.addLayout(list_bar)
        self.page.addLayout(search)
        self.page.addWidget(self.table, 1)
        self.empty = QLabel(
            "No signatories yet. Press “Add”, or copy rows from a spreadsheet and paste them here."
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.page.addWidget(self.empty)
        document.changed.connect(self._update_count)
        document.inserted.connect(self._select_inserted)
        self._selection_is_fresh = False
        self._update_count()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, key in enumerate(self.model.columns):
            table.setColumnWidth(column, COLUMN_WIDTHS.get(key, 150))
        table.viewport().installEventFilter(FirstColumnsFitted(table, header))
        for keys, action in (
            (QKeySequence.StandardKey.Paste, self.paste_here),
            (QKeySequence.StandardKey.Copy, self.copy_selected),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            shortcut = QAction(table)
            shortcut.setShortcut(keys)
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(action)
            table.addAction(shortcut)
        return table

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        statement = self.document.statement
        filtered = self.proxy.rowCount() if self.filter.text() else None
        self.count.setText(
            count_text(len(statement.signatories), len(group_order(statement.signatories)), filtered)
        )
        self.empty.setVisible(not statement.signatories)

    def reveal(self, path: Path) -> QWidget | None:
        """Select the signatory a problem is about, clearing a filter that would hide it."""
        if path[:1] != LIST:
            return None
        if len(path) < 2 or not isinstance(path[1], int):
            return self.table
        self.filter.clear()
        column = self.model.columns.index(path[2]) if len(path) > 2 and path[2] in self.model.columns else 0
        index = self.proxy.mapFromSource(self.model.index(path[1], column))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return self.table

    def selected_rows(self) -> list[int]:
        """Rows of the statement's list (not of the filtered view) that are selected."""
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def _insertion_row(self) -> int:
        current = self.proxy.mapToSource(self.table.currentIndex())
        return current.row() + 1 if current.isValid() else len(self.document.statement.signatories)

    def add(self) -> None:
        row = self._insertion_row()
        self.filter.clear()
        self.document.push(InsertItems(LIST, [(row, Signatory(""))], "Add signatory"))
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = counted(len(rows), "signatory", "signatories")
        self.document.push(RemoveItems(LIST, rows, f"Delete {names}"))

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_here(self) -> None:
        """Ctrl+V in the table: one copied cell fills the current cell, as in a spreadsheet;
        rows are added below it."""
        text = QGuiApplication.clipboard().text()
        cell = single_cell(text)
        current = self.table.currentIndex()
        if cell is None or not current.isValid():
            self.paste_text(text)
        elif current.flags() & Qt.ItemFlag.ItemIsEditable:
            self.proxy.setData(current, cell)
        else:  # the personal capacity tick: a yes or a no sets it, other text is no answer
            answer = capacity_answer(cell)
            if answer is None:
                QApplication.beep()
                return
            state = Qt.CheckState.Checked if answer else Qt.CheckState.Unchecked
            self.proxy.setData(current, state.value, Qt.ItemDataRole.CheckStateRole)

    def paste_text(self, text: str) -> int:
        """Add the rows in ``text`` below the current row as one undo step; returns how many."""
        try:
            pasted = read_pasted(text)
        except CsvProblem as error:
            messages.tell(self, "Cannot paste these rows", f"The copied text, {error}.")
            return 0
        row = self._insertion_row()
        if pasted.table is not None and not pasted.guess.sure:  # the organiser says which is which
            self.confirm_columns = ImportDialog(
                self.document, "the copied rows", pasted.table, self, pasted_at=row
            )
            self.filter.clear()
            self.confirm_columns.open()
            return 0
        plan = plan_paste(self.document.statement.signatories, pasted)
        people = plan.added
        if not people:
            return 0
        self.filter.clear()  # the new rows are shown and selected, whatever the filter was
        names = counted(len(people), "signatory", "signatories")
        self.document.push(InsertItems(LIST, [(row + n, p) for n, p in enumerate(people)], f"Paste {names}"))
        if plan.duplicates:
            listed = ", ".join(duplicate.name for duplicate in plan.duplicates[:5])
            listed += ", …" if len(plan.duplicates) > 5 else ""
            messages.tell(
                self,
                "Likely duplicates pasted",
                f"{counted(len(plan.duplicates), 'pasted name')} already listed or pasted twice ({listed}). "
                "Duplicates… shows each beside the other, to merge or keep both; Undo takes the paste back.",
                messages.Icon.Information,
            )
        return len(people)

    def _select_inserted(self, path: Path, first: int, count: int) -> None:
        """Rows that arrive are selected and shown: pasted, imported, or back after Undo of a
        delete, which puts them back in several runs that together are one selection."""
        if path != LIST:
            return
        selection = self.table.selectionModel()
        if not self._selection_is_fresh:
            selection.clearSelection()
            self._selection_is_fresh = True
            QTimer.singleShot(0, lambda: setattr(self, "_selection_is_fresh", False))
        self.show_rows(first, count)

    def show_rows(self, first: int, count: int) -> None:
        """Adds rows of the list to the selection and scrolls to the first of them."""
        selection = self.table.selectionModel()
        top = self.proxy.mapFromSource(self.model.index(first, 0))
        bottom = self.proxy.mapFromSource(self.model.index(first + count - 1, 0))
        if top.isValid() and bottom.isValid():
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(QItemSelection(top, bottom), flags)
            self.table.scrollTo(top)

    def copy_selected(self) -> None:
        """Selected rows as tab-separated text with a header, ready for a spreadsheet or a paste
        back; cells a spreadsheet would run as formulas are protected, as in the CSV export."""
        rows = self.selected_rows()
        if not rows:
            return
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        writer.writerow([HEADERS[key] for key in self.model.columns])
        for row in rows:
            person = self.document.statement.signatories[row]
            writer.writerow([spreadsheet_cell(getattr(person, key)) for key in self.model.columns])
        QGuiApplication.clipboard().setText(buffer.getvalue())
