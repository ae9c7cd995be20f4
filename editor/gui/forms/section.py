"""A page of the form: a heading, a line saying what belongs there, and the fields it keeps current."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import BoundField
from editor.model.problems import Path

F = TypeVar("F", bound=BoundField)


class FormSection(QWidget):
    def __init__(self, document: StatementDocument, title: str, hint: str) -> None:
        super().__init__()
        self.document = document
        self.title = title
        self.fields: dict[Path, BoundField] = {}
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        explanation = QLabel(hint)
        explanation.setWordWrap(True)
        explanation.setObjectName("sectionHint")
        self.page = QVBoxLayout(self)
        self.page.addWidget(heading)
        self.page.addWidget(explanation)
        document.value_changed.connect(self.value_changed)
        document.replaced.connect(self.rebuild)

    def add_field(self, field: F) -> F:
        self.fields[field.path] = field
        return field

    def form(self) -> QFormLayout:
        """A two-column label and field layout added to the page."""
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.page.addLayout(layout)
        return layout

    def value_changed(self, path: Path) -> None:
        field = self.fields.get(path)
        if field is not None:
            field.refresh()

    def reveal(self, path: Path) -> QWidget | None:
        """The field that best matches a problem's path: the one sharing the longest start with it.

        Problems name fields as the file does (a quotation's ``quote``), fields as the model does
        (its ``text``), so an exact match is not required.
        """
        best, shared = None, 0
        for field_path, field in self.fields.items():
            common = shared_start(field_path, path)
            if common > shared:
                best, shared = field, common
        return best if isinstance(best, QWidget) else None

    def rebuild(self) -> None:
        for field in self.fields.values():
            field.refresh()


def shared_start(one: Path, other: Path) -> int:
    """How many leading parts two paths have in common."""
    count = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        count += 1
    return count
