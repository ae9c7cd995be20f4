"""Spelling in the window: underlined as typed, corrected from the context menu, in the
statement's language, and a missing dictionary said once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from editor.gui import widgets
from editor.gui.forms.blocks_form import BlocksForm
from editor.gui.forms.demands_form import DemandsForm
from editor.gui.forms.fields import TextArea, TextLine
from tests.gui.test_menus import title_field

pytest.importorskip("enchant", reason="the Enchant library is not installed (scripts/install adds it)")


def underlined(area: TextArea) -> list[str]:
    """The words the field draws with a spelling underline, read off its text layout."""
    words = []
    block = area.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                words.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return words


def type_in(widget, text: str) -> None:
    """Keys as a Ukrainian keyboard layout sends them (QTest types Latin letters only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            )


def first_paragraph(window) -> TextArea:
    (form,) = [s for s in window.sections if isinstance(s, BlocksForm) and s.list_key == "preamble"]
    window.show_section(window.sections.index(form))
    return form.findChildren(TextArea)[0]


def choose_from_context_menu(monkeypatch, wanted: str) -> list[str]:
    """Stands in for the user picking ``wanted`` from the menu that opens; its entries."""
    shown: list[str] = []

    def pick(menu: QMenu, _at) -> None:
        shown.extend(action.text() for action in menu.actions())
        next(action for action in menu.actions() if action.text() == wanted).trigger()

    monkeypatch.setattr(widgets, "open_menu", pick)
    return shown


def test_a_misspelt_word_typed_in_a_paragraph_is_underlined_and_corrected(
    open_window, qtbot, example_copy, monkeypatch
):
    window = open_window(example_copy)
    assert window.spelling.language is None, "no dictionary is loaded before the window is up"
    qtbot.waitUntil(lambda: window.spelling.language is not None)  # loaded once the window is up
    area = first_paragraph(window)
    assert underlined(area) == [], "the example is spelt right"
    area.setFocus()
    qtbot.waitUntil(area.hasFocus)
    qtbot.keyClick(area, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(area, " We aggreed.")
    assert underlined(area) == ["aggreed"]
    assert window.document.statement.preamble[0].text.endswith("We aggreed.")
    qtbot.keyClick(area, Qt.Key.Key_Left)
    qtbot.keyClick(area, Qt.Key.Key_Left)
    choose_from_context_menu(monkeypatch, "agreed")
    QApplication.sendEvent(
        area,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), area.mapToGlobal(QPoint(5, 5))),
    )
    assert window.document.statement.preamble[0].text.endswith("We agreed.")
    assert underlined(area) == []


def test_a_suggestion_from_the_context_menu_replaces_the_word_in_one_step(
    open_window, qtbot, example_copy, monkeypatch
):
    window = open_window(example_copy)
    qtbot.waitUntil(lambda: window.spelling.language is not None)  # loaded once the window is up
    title = title_field(window)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.selectAll()
    qtbot.keyClicks(title, "A Plan for Rebuliding Ukraine")
    qtbot.waitUntil(lambda: red_pixels(title) > 10)  # the line draws the underline
    title.setCursorPosition(title.text().index("Rebuliding") + 3)
    shown = choose_from_context_menu(monkeypatch, "Rebuilding")
    QApplication.sendEvent(
        title,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), title.mapToGlobal(QPoint(5, 5))),
    )
    assert shown[0] == "Rebuilding" and "Add “Rebuliding” to the Dictionary" in shown
    assert window.document.statement.title == "A Plan for Rebuilding Ukraine"
    qtbot.waitUntil(lambda: red_pixels(title) == 0)
    window.document.undo_stack.undo()
    assert window.document.statement.title == "A Plan for Rebuliding Ukraine", "one undo step"


def red_pixels(widget) -> int:
    """Pixels of the underline's red in the widget as it draws itself."""
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if (c := image.pixelColor(x, y)).red() > c.green() + 60 and c.red() > c.blue() + 60
    )


def test_an_added_word_is_no_longer_underlined(open_window, qtbot, example_copy, monkeypatch):
    window = open_window(example_copy)
    qtbot.waitUntil(lambda: window.spelling.language is not None)  # loaded once the window is up
    area = first_paragraph(window)
    area.setFocus()
    qtbot.waitUntil(area.hasFocus)
    qtbot.keyClick(area, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(area, " Solidarnosc")
    assert underlined(area) == ["Solidarnosc"]
    choose_from_context_menu(monkeypatch, "Add “Solidarnosc” to the Dictionary")
    QApplication.sendEvent(
        area,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), area.mapToGlobal(QPoint(5, 5))),
    )
    assert underlined(area) == []
    assert window.document.statement.preamble[0].text.endswith("Solidarnosc"), "the text is as typed"


def test_the_statement_language_chooses_the_dictionary_and_a_missing_one_is_said_once(
    open_window, qtbot, example_copy
):
    window = open_window(example_copy)
    qtbot.waitUntil(lambda: window.spelling.language is not None)  # loaded once the window is up
    area = first_paragraph(window)
    language = next(f for f in window.findChildren(TextLine) if f.path == ("language",))
    said: list[str] = []
    window.spelling.unavailable.connect(said.append)
    for number, tag in enumerate(("uk", "fi", "en", "fi", "uk")):
        language.setFocus()
        language.selectAll()
        qtbot.keyClicks(language, tag)
        if number == 0:
            area.setFocus()
            qtbot.keyClick(area, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            type_in(area, " Відбудова руками робітнікив")
            assert underlined(area) == ["робітнікив"], "a Ukrainian dictionary (it lets Latin words be)"
        if tag == "fi":
            assert underlined(area) == [], "no dictionary: nothing underlined"
        if number == 1:
            assert "sudo apt-get install hunspell-fi" in window.statusBar().currentMessage()
    assert len(said) == 1 and "no dictionary for the statement's language (fi)" in said[0], "said once"
    assert window.statusBar().currentMessage() == "", "checked again: the message goes"


def test_a_misspelt_demand_heading_is_underlined_when_its_card_appears(open_window, qtbot, example_copy):
    example_copy.write_text(example_copy.read_text().replace("A seat at the table", "A seet at the tabel"))
    window = open_window(example_copy)
    qtbot.waitUntil(lambda: window.spelling.language is not None)  # loaded once the window is up
    (form,) = [s for s in window.sections if isinstance(s, DemandsForm)]
    window.show_section(window.sections.index(form))
    heading = next(f for f in form.findChildren(TextLine) if f.path == ("demands", 1, "heading"))
    qtbot.waitUntil(lambda: red_pixels(heading) > 10)
