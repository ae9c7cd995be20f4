"""Where an export goes, and what both export dialogs share around it: a path typed or chosen,
given the file type's ending when it lacks one and never the statement itself; the line that
says what happened; the Export and Close buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from editor.gui.widgets import tool_button


class SaveToField(QWidget):
    def __init__(self, default: Path, title: str, file_filter: str, ending: str) -> None:
        super().__init__()
        self.title = title
        self.file_filter = file_filter
        self.ending = ending
        self.folder = default.parent
        self.edit = QLineEdit(str(default))
        browse = tool_button("Choose…", action=self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def target(self) -> Path | None:
        """The path to write, or None when nothing is typed. A bare name goes in the default's
        folder, not wherever the program was started; a name without the ending gets it, so
        "leaflet" is written as "leaflet.pdf" and opens in the right program."""
        text = self.edit.text().strip()
        if not text:
            return None
        path = self.folder / Path(text).expanduser()
        if not path.name.lower().endswith(self.ending):
            path = path.with_name(path.name + self.ending)
        return path

    def chosen_target(self, what: str) -> Path | str:
        """The path to write, or what the dialog says when none is given ("Not exported: ...").
        Whether the export may write there is the export's own rule (actions.targets)."""
        target = self.target()
        return target if target is not None else f"Not exported: choose where to save {what} (Save to)"

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.title, self.edit.text(), self.file_filter)
        if name:
            self.edit.setText(name if name.lower().endswith(self.ending) else name + self.ending)


def outcome_label(text: str = "") -> QLabel:
    """Where a dialog says what its export did; plain text, for it quotes the user's paths."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def export_buttons(dialog: QDialog, export: Callable[[], object]) -> QDialogButtonBox:
    """Close, and Export as the default button: the dialog stays open to say what happened."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.ActionRole)
    button.setDefault(True)
    button.clicked.connect(export)
    buttons.rejected.connect(dialog.reject)
    return buttons
