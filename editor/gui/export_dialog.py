"""Export PDF: the print-shop choices, remembered for next time, and where to write the file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from editor.actions.exporting import Cause, NotExported, export_pdf
from editor.actions.list_export import PRIVATE_COLUMNS_SAID
from editor.gui.document import StatementDocument
from editor.gui.forms.layout_form import COLOUR_NAMES, IMPOSITION_NAMES
from editor.gui.save_to_field import SaveToField, export_buttons, outcome_label
from editor.model import COLOUR_MODES, IMPOSITIONS, ORIENTATIONS, PAGE_SIZES, Layout
from editor.model.edits import snapshot
from editor.model.field_names import problem_said
from editor.model.validation import MAX_BLEED_MM
from editor.settings import Settings
from editor.storage.file_names import suggested_path
from editor.wording import counted

AS_STATEMENT = "As in the statement's layout"


class ExportDialog(QDialog):
    def __init__(
        self, document: StatementDocument, settings: Settings, folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.document = document
        self.settings = settings
        choices = settings.export
        self.bleed = QDoubleSpinBox(suffix=" mm", decimals=1, singleStep=0.5)
        self.bleed.setRange(-0.5, MAX_BLEED_MM)
        self.bleed.setSpecialValueText(AS_STATEMENT)
        self.bleed.setValue(-0.5 if choices.bleed_mm is None else choices.bleed_mm)
        self.page_size = _choice(
            [(AS_STATEMENT, None), *((size, size) for size in PAGE_SIZES)], choices.page_size
        )
        orientations = [(AS_STATEMENT, None), *((o.capitalize(), o) for o in ORIENTATIONS)]
        self.orientation = _choice(orientations, choices.orientation)
        marks = [(AS_STATEMENT, None), ("With crop marks", True), ("Without crop marks", False)]
        self.crop_marks = _choice(marks, choices.crop_marks)
        self.colour = _choice(
            [(AS_STATEMENT, None), *((COLOUR_NAMES[c], c) for c in COLOUR_MODES)], choices.colour
        )
        self.imposition = _choice([(AS_STATEMENT, None), *((IMPOSITION_NAMES[i], i) for i in IMPOSITIONS)],
                                  choices.imposition)  # fmt: skip
        self.target = SaveToField(
            suggested_path(document.path, document.statement.title, folder, ".pdf"),
            "Export PDF to",
            "PDF (*.pdf)",
            ".pdf",
        )
        # Never remembered: a statement from someone else must not reach files outside its folder.
        self.outside_logo = QCheckBox("Let the &logo come from outside the statement's folder")
        self.outside_logo.setToolTip(
            "Only for statements you trust: the logo is put into the PDF you send on"
        )
        self.outside_logo.setVisible(bool(document.statement.layout.logo))
        form = QFormLayout()
        form.addRow("Page &size", self.page_size)
        form.addRow("&Orientation", self.orientation)
        form.addRow("&Bleed", self.bleed)
        form.addRow("Crop &marks", self.crop_marks)
        form.addRow("&Colour", self.colour)
        form.addRow("&Imposition", self.imposition)
        form.addRow("Save to", self.target)
        form.addRow("", self.outside_logo)
        self.outcome = outcome_label(f"Private fields ({PRIVATE_COLUMNS_SAID}) are never printed.")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(export_buttons(self, self.export))
        self.resize(560, self.sizeHint().height())

    def choices(self) -> Layout:
        """What the dialog asks for, to lay over the statement's layout; None: as the layout says."""
        bleed = self.bleed.value()
        return Layout(
            page_size=self.page_size.currentData(),
            orientation=self.orientation.currentData(),
            bleed_mm=None if bleed == self.bleed.minimum() else bleed,
            crop_marks=self.crop_marks.currentData(),
            colour=self.colour.currentData(),
            imposition=self.imposition.currentData(),
        )

    def export(self) -> bool:
        """Render and write atomically; say what happened in the dialog, keep it open on failure."""
        choices = self.choices()
        self.settings.export = choices
        target = self.target.checked_target(self.document.path, "the PDF")
        if isinstance(target, str):
            self.outcome.setText(target)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = export_pdf(
                snapshot(self.document.statement),
                target,
                source=self.document.path,
                overrides=choices,
                allow_outside_assets=self.outside_logo.isChecked(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(outcome, NotExported):
            if outcome.cause is Cause.STATEMENT:
                listed = "\n".join(f"• {problem_said(p)}" for p in outcome.problems)
                self.outcome.setText(
                    f"Not exported; fix these first (they are listed beside the preview too):\n{listed}"
                )
            elif outcome.cause is Cause.PRINTING:
                said = "; ".join(problem_said(p) for p in outcome.problems)
                self.outcome.setText(f"Not exported: {said or outcome.reason}")
            else:
                self.outcome.setText(f"Not exported: {outcome.reason}")
            return False
        lines = [f"Exported {counted(outcome.page_count, 'page')} to {target}."]
        lines += [f"• {problem_said(p)}" for p in outcome.problems]
        self.outcome.setText("\n".join(lines))
        return True


def _choice(entries: Sequence[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    for text, value in entries:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box
