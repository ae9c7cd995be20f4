"""Export PDF: the print-shop choices, remembered for next time, and where to write the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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
from editor.gui.forms.layout_form import (
    BLANK_NAMES,
    COLOUR_NAMES,
    IMPOSITION_NAMES,
    OUTPUT_NAMES,
    SHEET_NAMES,
)
from editor.gui.save_to_field import SaveToField, export_buttons, outcome_label
from editor.model import (
    BOOKLET_BLANKS,
    COLOUR_MODES,
    IMPOSITIONS,
    ORIENTATIONS,
    OUTPUTS,
    PAGE_SIZES,
    SHEETS,
    Layout,
)
from editor.model.edits import snapshot
from editor.model.field_names import problem_said
from editor.model.validation import MAX_BLEED_MM
from editor.pdf import ExportOptions, RenderError
from editor.settings import Settings
from editor.storage.file_names import suggested_path
from editor.wording import counted

AS_STATEMENT = "As in the statement"


class ExportDialog(QDialog):
    def __init__(
        self, document: StatementDocument, settings: Settings, folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.document = document
        self.settings = settings
        choices = settings.export
        said = _as_statement(document.statement.layout)
        outputs = [(said("output", OUTPUT_NAMES.__getitem__), None), *((OUTPUT_NAMES[o], o) for o in OUTPUTS)]
        self.output = _choice(outputs, choices.output)
        self.bleed = QDoubleSpinBox(suffix=" mm", decimals=1, singleStep=0.5)
        self.bleed.setRange(-0.5, MAX_BLEED_MM)
        self.bleed.setSpecialValueText(said("bleed_mm", lambda mm: f"{mm:g} mm"))
        self.bleed.setValue(-0.5 if choices.bleed_mm is None else choices.bleed_mm)
        self.page_size = _choice(
            [(said("page_size", str), None), *((size, size) for size in PAGE_SIZES)], choices.page_size
        )
        orientations = [(said("orientation", str), None), *((o.capitalize(), o) for o in ORIENTATIONS)]
        self.orientation = _choice(orientations, choices.orientation)
        marks = [(said("crop_marks", lambda on: "with crop marks" if on else "without crop marks"), None),
                 ("With crop marks", True), ("Without crop marks", False)]  # fmt: skip
        self.crop_marks = _choice(marks, choices.crop_marks)
        overprint = [(said("black_overprint", lambda on: "overprints" if on else "knocks out"), None),
                     ("Small black text overprints", True), ("Black knocks out", False)]  # fmt: skip
        self.black_overprint = _choice(overprint, choices.black_overprint)
        self.colour = _choice(
            [(said("colour", str.upper), None), *((COLOUR_NAMES[c], c) for c in COLOUR_MODES)], choices.colour
        )
        impositions = [(said("imposition", str), None), *((IMPOSITION_NAMES[i], i) for i in IMPOSITIONS)]
        self.imposition = _choice(impositions, choices.imposition)
        sheets = [(said("sheet", lambda sheet: sheet or "the smallest that holds the job"), None),
                  *((SHEET_NAMES[sheet], sheet) for sheet in SHEETS)]  # fmt: skip
        self.sheet = _choice(sheets, choices.sheet)
        blanks = [(said("booklet_blanks", lambda where: BLANK_NAMES[where].lower()), None),
                  *((BLANK_NAMES[where], where) for where in BOOKLET_BLANKS)]  # fmt: skip
        self.booklet_blanks = _choice(blanks, choices.booklet_blanks)
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
        form.addRow("Made &for", self.output)
        form.addRow("Page &size", self.page_size)
        form.addRow("&Orientation", self.orientation)
        form.addRow("&Bleed", self.bleed)
        form.addRow("Crop &marks", self.crop_marks)
        form.addRow("Black o&verprint", self.black_overprint)
        form.addRow("&Colour", self.colour)
        form.addRow("&Imposition", self.imposition)
        form.addRow("S&heet", self.sheet)
        form.addRow("Booklet blan&ks", self.booklet_blanks)
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
            output=self.output.currentData(),
            page_size=self.page_size.currentData(),
            orientation=self.orientation.currentData(),
            bleed_mm=None if bleed == self.bleed.minimum() else bleed,
            crop_marks=self.crop_marks.currentData(),
            black_overprint=self.black_overprint.currentData(),
            colour=self.colour.currentData(),
            imposition=self.imposition.currentData(),
            sheet=self.sheet.currentData(),
            booklet_blanks=self.booklet_blanks.currentData(),
        )

    def export(self) -> bool:
        """Render and write atomically; say what happened in the dialog, keep it open on failure."""
        choices = self.choices()
        self.settings.export = choices
        target = self.target.chosen_target("the PDF")
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
        lines = [f"Exported {counted(outcome.page_count, 'page')} to {target}, {outcome.made_as}."]
        lines += [f"• {problem_said(p)}" for p in outcome.problems]
        self.outcome.setText("\n".join(lines))
        return True


def _as_statement(layout: Layout) -> Callable[[str, Callable[[Any], str]], str]:
    """The entry that keeps the statement's own choice says what that choice is: "As in the
    statement (A5)", the theme's or the program's default where the statement leaves it open."""
    try:
        resolved: ExportOptions | None = ExportOptions.from_layout(layout)
    except RenderError:  # the layout cannot print as it is; the export will say why
        resolved = None

    def said(key: str, shown: Callable[[Any], str]) -> str:
        return f"{AS_STATEMENT} ({shown(getattr(resolved, key))})" if resolved else AS_STATEMENT

    return said


def _choice(entries: Sequence[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    for text, value in entries:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box
