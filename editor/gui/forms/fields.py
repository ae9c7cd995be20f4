"""Form fields bound to one place in the statement: they show its value and push edits for it.

Each field knows its path and a label for the undo menu ("Undo Edit title"). Typing in a text
field is one undo step per visit: leaving the field and coming back starts a new step.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from editor.gui import widgets
from editor.gui.document import StatementDocument
from editor.gui.spelling import AreaSpelling, LineSpelling, offer_corrections, spelling_of
from editor.gui.widgets import tool_button
from editor.model.problems import Path

_visits = itertools.count(1)


class BoundField:
    """What every field shares: its path, its undo label, and showing the document's value."""

    def bind(self, document: StatementDocument, path: Path, label: str) -> None:
        self.source = document
        self.path = path
        self.label = label
        self._visit = next(_visits)
        self.refresh()

    def refresh(self) -> None:
        self.show_value(self.source.value(self.path))

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def push(self, value: Any, *, typing: bool = False) -> None:
        key = (self.path, self._visit) if typing else None
        self.source.set_value(self.path, value, f"Edit {self.label}", key)

    def start_visit(self) -> None:
        self._visit = next(_visits)


class WindowUndo:
    """Leave Undo and Redo to the window's undo stack instead of the text widget's private one,
    so Ctrl+Z in a field undoes the same steps as the Edit menu."""

    def event(self, event: QEvent) -> bool:
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):  # noqa: SIM102
            if any(event.matches(key) for key in keys):
                event.ignore()
                return False
        return super().event(event)  # type: ignore[misc]  # a mixin: the widget class after it has event()


class TextLine(WindowUndo, QLineEdit, BoundField):
    """One line of text; with ``empty_is_none`` an empty line removes the setting."""

    def __init__(
        self,
        document: StatementDocument,
        path: Path,
        label: str,
        placeholder: str = "",
        *,
        empty_is_none: bool = False,
        prose: bool = True,
    ) -> None:
        """``prose``: words to check the spelling of; not for an address or a file name."""
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.empty_is_none = empty_is_none
        self.textEdited.connect(self._typed)
        self.bind(document, path, label)
        self.spelling = spelling_of(document) if prose else None
        if self.spelling is not None:
            LineSpelling(self, self.spelling)

    def _typed(self, text: str) -> None:
        self.push(text or (None if self.empty_is_none else ""), typing=True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        at = self.cursorPosition() if keyboard else self.cursorPositionAt(event.pos())
        offer_corrections(menu, self.spelling, self.text(), at, self._correct)
        widgets.open_menu(menu, event.globalPos())

    def _correct(self, start: int, length: int, word: str) -> None:
        """A correction is an undo step of its own, not part of the typing around it."""
        text = self.text()
        self.setText(text[:start] + word + text[start + length :])
        self.setCursorPosition(start + len(word))
        self.start_visit()
        self._typed(self.text())
        self.start_visit()

    def show_value(self, value: str | None) -> None:
        if self.text() != (value or ""):
            self.setText(value or "")
            if not self.hasFocus():
                self.setCursorPosition(0)  # show the start of a long line, not its end

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.start_visit()
        super().focusInEvent(event)


class TextArea(WindowUndo, QTextEdit, BoundField):
    """Plain multi-line text that grows with what is written in it, so nothing scrolls inside."""

    MIN_LINES = 2

    def __init__(self, document: StatementDocument, path: Path, label: str, placeholder: str = "") -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._showing = False
        self._pushed = ""
        self.textChanged.connect(self._typed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())
        self.bind(document, path, label)
        self.spelling = spelling_of(document)
        if self.spelling is not None:
            AreaSpelling(self.document(), self.spelling)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        cursor = self.textCursor() if keyboard else self.cursorForPosition(event.pos())
        menu = self.createStandardContextMenu(event.pos())
        block = cursor.block()

        def correct(start: int, length: int, word: str) -> None:
            change = QTextCursor(block)
            change.setPosition(block.position() + start)
            change.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
            self.start_visit()  # a step of its own, as in the one-line fields
            change.insertText(word)
            self.start_visit()

        offer_corrections(menu, self.spelling, block.text(), cursor.positionInBlock(), correct)
        widgets.open_menu(menu, event.globalPos())

    def show_value(self, value: str) -> None:
        self._pushed = value
        if self.toPlainText() != value:
            self._showing = True
            try:
                self.setPlainText(value)
            finally:
                self._showing = False
        self._fit_height()

    def _typed(self) -> None:
        """Pushes what was typed; underlining a word changes formats only, which Qt reports as
        a change of text too, and is not an edit."""
        text = self.toPlainText()
        if not self._showing and text != self._pushed:
            self._pushed = text
            self.push(text, typing=True)

    def _fit_height(self) -> None:
        lines = max(self.MIN_LINES, 1)
        minimum = self.fontMetrics().lineSpacing() * lines
        content = int(self.document().size().height())
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(max(content, minimum) + margins + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.start_visit()
        super().focusInEvent(event)


class ChoiceBox(QComboBox, BoundField):
    """One of a fixed set of values; the first entry, ``None``, leaves the choice to the theme."""

    def __init__(
        self,
        document: StatementDocument,
        path: Path,
        label: str,
        choices: Sequence[tuple[str, str | None]],
    ) -> None:
        super().__init__()
        for text, value in choices:
            self.addItem(text, value)
        self.activated.connect(lambda index: self.push(self.itemData(index)))
        self.bind(document, path, label)

    def show_value(self, value: str | None) -> None:
        index = self.findData(value)
        if index < 0:  # a value this list does not offer, such as a theme that is not installed
            self.addItem(f"{value} (unknown)", value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class OptionalNumber(BoundField):
    """A spin box whose lowest value reads as ``none_text`` and means ``None``: the theme decides."""

    def _box(self) -> QSpinBox | QDoubleSpinBox:
        """This field as the spin box each subclass also is."""
        assert isinstance(self, (QSpinBox, QDoubleSpinBox)), "a number field is a spin box"
        return self

    def setup(self, none_text: str) -> None:
        box = self._box()
        box.setSpecialValueText(none_text)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(lambda n: self.push(None if n == box.minimum() else n))

    def show_value(self, value: float | None) -> None:
        box = self._box()
        shown = box.minimum() if value is None else value
        box.blockSignals(True)
        if isinstance(box, QSpinBox):
            box.setValue(int(shown))  # a whole-number setting holds an int; Qt would truncate alike
        else:
            box.setValue(shown)
        box.blockSignals(False)


class NumberBox(QDoubleSpinBox, OptionalNumber):
    def __init__(
        self,
        document: StatementDocument,
        path: Path,
        label: str,
        *,
        none_text: str,
        low: float,
        high: float,
        suffix: str = "",
        step: float = 0.5,
    ) -> None:
        super().__init__()
        self.setRange(low - step, high)
        self.setSingleStep(step)
        self.setDecimals(1)
        self.setSuffix(suffix)
        self.setup(none_text)
        self.bind(document, path, label)


class WholeNumberBox(QSpinBox, OptionalNumber):
    def __init__(
        self, document: StatementDocument, path: Path, label: str, *, none_text: str, low: int, high: int
    ) -> None:
        super().__init__()
        self.setRange(low - 1, high)
        self.setup(none_text)
        self.bind(document, path, label)


class CheckField(QCheckBox, BoundField):
    """On or off; with ``off_is_none`` unticking removes the setting (its default is off)."""

    def __init__(
        self, document: StatementDocument, path: Path, label: str, text: str, *, off_is_none: bool = False
    ) -> None:
        super().__init__(text)
        self._off_is_none = off_is_none
        self.clicked.connect(lambda on: self.push(True if on else (None if self._off_is_none else False)))
        self.bind(document, path, label)

    def show_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class DateField(QWidget, BoundField):
    """A date picked from a calendar, or, unticked, no date printed at all."""

    def __init__(self, document: StatementDocument, path: Path, label: str) -> None:
        super().__init__()
        self.printed = QCheckBox("Print a date:")
        self.printed.clicked.connect(lambda on: self.push(self._picked() if on else None))
        self.editor = QDateEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("d MMMM yyyy")
        self.editor.setKeyboardTracking(False)
        self.editor.dateChanged.connect(lambda _date: self.push(self._picked()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.printed)
        layout.addWidget(self.editor, 1)
        self.bind(document, path, label)

    def _picked(self) -> datetime.date:
        date = self.editor.date()
        return datetime.date(date.year(), date.month(), date.day())

    def show_value(self, value: datetime.date | None) -> None:
        shown = QDate.currentDate() if value is None else QDate(value.year, value.month, value.day)
        self.editor.blockSignals(True)
        self.editor.setDate(shown)
        self.editor.blockSignals(False)
        self.editor.setEnabled(value is not None)
        self.printed.setChecked(value is not None)


class ColourField(QWidget, BoundField):
    """A swatch that opens the colour picker, and a way back to the theme's colour."""

    picked = Signal(str)

    def __init__(self, document: StatementDocument, path: Path, label: str, none_text: str) -> None:
        super().__init__()
        self.swatch = QPushButton()
        self.swatch.setIconSize(QSize(36, 16))
        self.swatch.clicked.connect(self._choose)
        self._none_text = none_text
        reset = tool_button("Use theme colour", action=lambda: self.push(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch, 1)
        layout.addWidget(reset)
        self.picked.connect(self.push)
        self.bind(document, path, label)

    def _choose(self) -> None:
        current = self.source.value(self.path)
        colour = QColorDialog.getColor(QColor(current or "#C8102E"), self, "Accent colour")
        if colour.isValid():
            self.picked.emit(colour.name().upper())

    def show_value(self, value: str | None) -> None:
        self.swatch.setText(value or self._none_text)
        swatch = QPixmap(self.swatch.iconSize())
        swatch.fill(QColor(value) if value else QColor(Qt.GlobalColor.transparent))
        self.swatch.setIcon(QIcon(swatch))


FieldWidget = (
    TextLine | TextArea | ChoiceBox | NumberBox | WholeNumberBox | CheckField | DateField | ColourField
)
"""Any of the fields above: each is a widget as well as a BoundField, which a form row needs."""
