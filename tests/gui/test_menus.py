"""The menus do what they say, through their real entries: edit, find, revert, check, help."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from editor.gui.forms.details_form import DetailsForm
from editor.gui.signatories.form import SignatoriesForm
from tests.gui.test_files import type_title


def entry(window, menu: str, text: str):
    (found,) = [a for a in window.menuBar().actions() if a.text() == menu]
    (action,) = [a for a in found.menu().actions() if a.text() == text]
    return action


def title_field(window) -> QLineEdit:
    (form,) = [s for s in window.sections if isinstance(s, DetailsForm)]
    return form.findChildren(QLineEdit)[0]


def test_cut_and_paste_from_the_edit_menu_act_on_the_field_being_typed_in(open_window, qtbot, example_copy):
    window = open_window(example_copy)
    field = title_field(window)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    entry(window, "&Edit", "Select &All").trigger()
    entry(window, "&Edit", "Cu&t").trigger()
    assert QGuiApplication.clipboard().text() == "A Workers' Plan for Rebuilding Ukraine"
    assert window.document.statement.title == ""
    entry(window, "&Edit", "&Paste").trigger()
    assert window.document.statement.title == "A Workers' Plan for Rebuilding Ukraine"


def test_find_shows_the_names_and_puts_the_cursor_in_the_filter(open_window, qtbot, example_copy):
    window = open_window(example_copy)
    entry(window, "&Edit", "&Find a Signatory").trigger()
    (form,) = [s for s in window.sections if isinstance(s, SignatoriesForm)]
    assert window.pages.currentIndex() == window.sections.index(form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.filter)


def test_revert_asks_then_shows_the_file_as_saved(open_window, qtbot, answers, example_copy):
    window = open_window(example_copy)
    type_title(window, qtbot, "Changed")
    answers.replies = [QMessageBox.StandardButton.Discard]
    entry(window, "&File", "Re&vert to Saved").trigger()
    assert "Drop every change" in answers.questions[0]
    assert window.document.statement.title == "A Workers' Plan for Rebuilding Ukraine"
    assert not window.isWindowModified()


def test_check_lists_the_problems_in_the_words_of_the_forms(open_window, qtbot, answers):
    window = open_window(None)
    type_title(window, qtbot, " ")
    entry(window, "&File", "Chec&k for Problems").trigger()
    assert "• Title: the title must not be blank" in answers.messages[-1]


def test_the_guides_open_from_the_help_menu(open_window, monkeypatch, told):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.fileName()))
    window = open_window(None)
    entry(window, "&Help", "The Statement &File").trigger()
    entry(window, "&Help", "&Printing Leaflets").trigger()
    entry(window, "&Help", "&About Statement Editor").trigger()
    assert opened == ["format.md", "printing.md"]
    assert told[-1].startswith("Statement Editor 0.")


def test_a_demand_and_a_signatory_are_added_from_the_keyboard_ready_to_type(open_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_window(None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(window.document.statement.demands) == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClicks(QApplication.focusWidget(), "Fair pay")
    assert window.document.statement.demands[0].heading == "Fair pay"
    QTest.keyClick(
        window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(window.document.statement.signatories) == 1
    (names,) = [s for s in window.sections if isinstance(s, SignatoriesForm)]
    qtbot.waitUntil(lambda: names.table.isAncestorOf(QApplication.focusWidget()))  # the name's cell, editing
    qtbot.keyClicks(QApplication.focusWidget(), "Ana Kowalska")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the table commits it queued
    qtbot.waitUntil(lambda: window.document.statement.signatories[0].name == "Ana Kowalska")
