"""Export signatories: the list as CSV for sending on, private columns only when asked for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor.actions.exporting import NotExported
from editor.actions.list_export import PRIVATE_COLUMNS_SAID, columns_said, export_list
from editor.gui.document import StatementDocument
from editor.gui.save_to_field import SaveToField, export_buttons, outcome_label
from editor.storage.file_names import suggested_path
from editor.wording import counted

CSV_FILTER = "CSV (*.csv)"


class ListExportDialog(QDialog):
    def __init__(
        self,
        document: StatementDocument,
        folder: str,
        selected_rows: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export signatories")
        self.document = document
        self.selected_rows = selected_rows
        about = QLabel(
            f"The {columns_said(False)} of each signatory, as a CSV file that opens "
            "in any spreadsheet: for a newspaper, an MP's office or a partner organisation."
        )
        about.setWordWrap(True)
        # Never remembered between exports: sending private details on must be chosen each time.
        self.private = QCheckBox(
            f"Include the private columns: {PRIVATE_COLUMNS_SAID} (for your own records)"
        )
        self.only_selected = QCheckBox(
            f"Only the {counted(len(selected_rows), 'selected signatory', 'selected signatories')}"
        )
        self.only_selected.setVisible(bool(selected_rows))
        self.target = SaveToField(
            suggested_path(document.path, document.statement.title, folder, "-signatories.csv"),
            "Export signatories to",
            CSV_FILTER,
            ".csv",
        )
        form = QFormLayout()
        form.addRow("Save to", self.target)
        self.outcome = outcome_label()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.private)
        layout.addWidget(self.only_selected)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(export_buttons(self, self.export))
        self.resize(560, self.sizeHint().height())

    def export(self) -> bool:
        """Write the CSV atomically and say what was written; keep the dialog open on failure."""
        target = self.target.chosen_target("the list")
        if isinstance(target, str):
            self.outcome.setText(target)
            return False
        people = self.document.statement.signatories
        if self.only_selected.isChecked():
            people = [people[row] for row in self.selected_rows]
        include_private = self.private.isChecked()
        outcome = export_list(people, target, source=self.document.path, include_private=include_private)
        if isinstance(outcome, NotExported):
            self.outcome.setText(f"Not exported: {outcome.reason}")
            return False
        kind = "with the private columns" if include_private else "public columns only"
        self.outcome.setText(
            f"Exported {counted(outcome.count, 'signatory', 'signatories')} ({kind}) to {target}."
        )
        return True
