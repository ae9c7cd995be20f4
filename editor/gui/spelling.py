"""Red wavy underlines under misspelt words, and corrections offered on the context menu.

One ``Spelling`` per window follows the statement's language; each prose field underlines as
it is typed in. A text area gets a ``QSyntaxHighlighter``. A one-line field has no formats of
its own, so it is given them as an input method would give a word being composed: the text
is not touched, only how it is drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu

from editor.gui.document import StatementDocument
from editor.model.validation import LANGUAGE_TAG
from editor.spelling import Misspelt, NoSpeller, Speller, speller_for

DICTIONARY_DELAY_MS = 200
"""Loading a dictionary takes 0.1 to 0.25 s: a file opened (or the window started) shows first."""


class Spelling(QObject):
    """The speller for the statement's language now; ``unavailable`` says once per reason why
    there is none."""

    changed = Signal()
    unavailable = Signal(str)
    available = Signal()
    """A dictionary is in use again: whatever ``unavailable`` said no longer holds."""

    def __init__(self, document: StatementDocument) -> None:
        super().__init__(document)
        self.document = document
        self.speller: Speller | None = None
        self.language: str | None = None
        self._said: set[str] = set()
        self._soon = QTimer(self, singleShot=True, interval=DICTIONARY_DELAY_MS)
        self._soon.timeout.connect(self.follow)
        document.changed.connect(self._language_may_have_changed)

    def follow_soon(self) -> None:
        self._soon.start()

    def _language_may_have_changed(self) -> None:
        """The first dictionary once the window is up; a language typed later, at once."""
        if self.language is None:
            self.follow_soon()
        else:
            self.follow()

    def follow(self) -> None:
        """Takes up the statement's language once it is a whole tag: typing "uk" passes "u"."""
        language = self.document.statement.effective_language
        if language == self.language or not LANGUAGE_TAG.fullmatch(language):
            return
        self.language = language
        found = speller_for(language)
        self.speller = found if isinstance(found, Speller) else None
        if isinstance(found, NoSpeller) and found.reason not in self._said:
            self._said.add(found.reason)
            self.unavailable.emit(found.reason)
        elif isinstance(found, Speller):
            self.available.emit()
        self.changed.emit()

    def misspelt(self, text: str) -> list[Misspelt]:
        return self.speller.misspelt(text) if self.speller else []

    def remember(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add(word)
            self.changed.emit()


def spelling_of(document: StatementDocument) -> Spelling | None:
    """The window's spelling, which the window makes before its forms."""
    return document.findChild(Spelling)


def misspelt_format() -> QTextCharFormat:
    underline = QTextCharFormat()
    underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)  # on every style
    underline.setUnderlineColor(QColor("#d0021b"))
    return underline


class AreaSpelling(QSyntaxHighlighter):
    def __init__(self, text: QTextDocument, spelling: Spelling) -> None:
        super().__init__(text)
        self.spelling = spelling
        self.underline = misspelt_format()
        spelling.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        for word in self.spelling.misspelt(text):
            self.setFormat(word.start, word.length, self.underline)


class LineSpelling(QObject):
    def __init__(self, line: QLineEdit, spelling: Spelling) -> None:
        super().__init__(line)
        self.line = line
        self.spelling = spelling
        self.underline = misspelt_format()
        # After the edit is done: a format given while the line is still changing is dropped.
        line.textChanged.connect(lambda _text: QTimer.singleShot(0, self, self.underline_words))
        spelling.changed.connect(self.underline_words)
        QTimer.singleShot(0, self, self.underline_words)  # what the field shows from the start

    def underline_words(self) -> None:
        at = self.line.cursorPosition()  # the attributes count from the cursor, as for composing
        kind = QInputMethodEvent.AttributeType.TextFormat
        marks = [
            QInputMethodEvent.Attribute(kind, word.start - at, word.length, self.underline)
            for word in self.spelling.misspelt(self.line.text())
        ]
        QCoreApplication.sendEvent(self.line, QInputMethodEvent("", marks))


def offer_corrections(
    menu: QMenu, spelling: Spelling | None, text: str, position: int, replace: Callable[[int, int, str], None]
) -> None:
    """At the top of ``menu``: the dictionary's suggestions for the misspelt word at
    ``position`` in ``text`` (each replaces it through ``replace(start, length, word)``), and
    adding the word to the organiser's own list."""
    if spelling is None or spelling.speller is None:
        return
    speller = spelling.speller
    word = next((w for w in spelling.misspelt(text) if w.start <= position <= w.start + w.length), None)
    if word is None:
        return
    offered = []
    for suggestion in speller.suggestions(word.word):
        action = QAction(suggestion, menu)
        action.triggered.connect(lambda _checked=False, s=suggestion: replace(word.start, word.length, s))
        offered.append(action)
    if not offered:
        offered = [QAction("(no suggestions)", menu, enabled=False)]
    remember = QAction(f"Add “{word.word}” to the Dictionary", menu)
    remember.triggered.connect(lambda: spelling.remember(word.word))
    line = QAction(menu)
    line.setSeparator(True)
    ours = [*offered, remember, line]
    if menu.actions():
        menu.insertActions(menu.actions()[0], ours)
    else:
        menu.addActions(ours)
