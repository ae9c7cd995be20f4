"""Shows why a file could not be opened: each problem with its line, field and message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model import Problem, format_path
from editor.wording import counted


class ProblemsDialog(QDialog):
    def __init__(self, file_name: str, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("The statement could not be opened")
        count = counted(len(problems), "problem")
        intro = QLabel(
            f"<b>{_escape(file_name)}</b> has {count} to fix in a text editor before it can be opened. "
            "Nothing in the window has changed."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Line", "Field", "Problem"])
        self.list.setRootIsDecorated(False)
        for problem in problems:
            line = "" if problem.line is None else str(problem.line)
            self.list.addTopLevelItem(QTreeWidgetItem([line, format_path(problem.path), problem.message]))
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
