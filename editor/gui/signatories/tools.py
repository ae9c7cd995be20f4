"""The signatory table's tools: import, sort, groups, move to a group or first, duplicates, export.

Each changes the list in one undo step; the work is done by the Qt-free actions and model
(``editor.actions``, ``editor.model.signatory_lists``), this only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QToolButton, QWidget

from editor.actions.importing import read_table
from editor.actions.sorting import SORTINGS, sort_list
from editor.gui import messages
from editor.gui.document import StatementDocument
from editor.gui.signatories.duplicates_dialog import DuplicatesDialog
from editor.gui.signatories.groups_dialog import GroupsDialog
from editor.gui.signatories.import_dialog import ImportDialog
from editor.gui.signatories.list_export_dialog import ListExportDialog
from editor.gui.signatories.table_model import LIST
from editor.gui.widgets import tool_button
from editor.model.signatory_lists import group_order, with_group_set, with_rows_first
from editor.storage.csv_import import CsvProblem
from editor.wording import counted

CSV_FILTER = "Spreadsheets saved as CSV or text (*.csv *.txt *.tsv);;All files (*)"


class SignatoryTools:
    def __init__(
        self,
        document: StatementDocument,
        owner: QWidget,
        selected_rows: Callable[[], list[int]],
        folder: Callable[[], str],
        show_rows: Callable[[int, int], None],
    ) -> None:
        self.document = document
        self.owner = owner
        self.selected_rows = selected_rows
        self.folder = folder  # where an untitled statement's export goes
        self.show_rows = show_rows  # selects rows (first, count) and scrolls to them

    def exchange_buttons(self) -> list[QToolButton]:
        """Bringing names in from a spreadsheet and sending the list on."""
        return tool_buttons(
            ("Import…", "Add names from a spreadsheet saved as CSV", self.import_file),
            ("Export…", "Save the list as CSV to send on; private columns only if you ask", self.export_list),
        )

    def arrangement_buttons(self) -> list[QToolButton]:
        """Putting the list in order: sort, groups, duplicates."""
        sort = tool_button("Sort", "Sort the list: this sets the printed order (one undo step)")
        sort.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(sort)
        for key, sorting in SORTINGS.items():
            menu.addAction(sorting.label, self._sorter(key))
        sort.setMenu(menu)
        return [
            sort,
            *tool_buttons(
                ("Groups…", "Rename groups and choose the order they print in", self.arrange_groups),
                ("Move to group…", "Put the selected signatories in a group", self.move_to_group),
                (
                    "Put first",
                    "Move the selected signatories to the top of the list: they print first, and so "
                    "does their group (names without a group print first without a heading)",
                    self.put_first,
                ),
                ("Duplicates…", "Find entries that look like the same person", self.find_duplicates),
            ),
        ]

    def _sorter(self, by: str) -> Callable[[], None]:
        """What a Sort menu entry runs: ``sort(by)``, with ``by`` fixed when the entry is made."""
        return lambda: self.sort(by)

    def sort(self, by: str) -> None:
        """Sort as ``SORTINGS[by]`` says, in one undo step; say so when the groups moved."""
        result = sort_list(self.document.statement.signatories, by)
        if not result.changed:
            return
        description = SORTINGS[by].description
        self.document.set_value(LIST, result.ordered, description)
        if result.groups_moved:
            messages.tell(
                self.owner,
                description,
                f"Sorted; {result.groups_moved}.\n\nUndo takes the sort back; “By group, then "
                "surname” keeps the groups in their order, and Groups… sets it.",
                messages.Icon.Information,
            )

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.owner, "Import signatories", "", CSV_FILTER)
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> ImportDialog | None:
        """The dialog for ``path``, shown; or a message saying why the file cannot be imported."""
        try:
            table = read_table(self.document.path, path)
        except CsvProblem as error:
            messages.tell(self.owner, "Cannot import", f"{path.name}: {error}")
            return None
        dialog = ImportDialog(self.document, path.name, table, self.owner)
        dialog.open()
        return dialog

    def export_list(self) -> ListExportDialog:
        dialog = ListExportDialog(self.document, self.folder(), self.selected_rows(), self.owner)
        dialog.open()
        return dialog

    def arrange_groups(self) -> None:
        GroupsDialog(self.document, self.owner).open()

    def find_duplicates(self) -> None:
        DuplicatesDialog(self.document, self.owner).open()

    def move_to_group(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        groups = group_order(self.document.statement.signatories)
        group, chosen = QInputDialog.getItem(
            self.owner, "Move to group", f"Group for {len(rows):,} selected:", ["", *groups], 0, True
        )
        if chosen:
            self.set_group(rows, group.strip())

    def put_first(self) -> None:
        people = self.document.statement.signatories
        rows = self.selected_rows()
        moved = with_rows_first(people, rows)
        if moved != people:
            names = counted(len(rows), "signatory", "signatories")
            self.document.set_value(LIST, moved, f"Put {names} first")
            self.show_rows(0, len(set(rows)))

    def set_group(self, rows: list[int], group: str) -> None:
        people = self.document.statement.signatories
        moved = with_group_set(people, rows, group)
        if moved != people:
            names = counted(len(rows), "signatory", "signatories")
            self.document.set_value(LIST, moved, f"Move {names} to {group or 'no group'}")


def tool_buttons(*entries: tuple[str, str, Callable[[], object]]) -> list[QToolButton]:
    """Buttons from (text, tooltip, action) entries."""
    return [tool_button(text, tip, action) for text, tip, action in entries]
