"""Every button of every section and every menu entry, clicked once as a user would: none fails.

Dialogs that open are answered by closing them; file choosers are answered with "cancel". An
exception in any slot fails the test (pytest-qt reports it), as would the unexpected-error
dialog a user would see.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from editor.gui.main_window import MainWindow

CLICKS_PER_SECTION = 60


@pytest.fixture
def dialogs_closed(monkeypatch):
    """Whatever a click opens is closed again: file choosers cancel, dialogs are dismissed."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("", False))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)  # the guides: no browser here
    opened: list[str] = []

    def dismiss() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                opened.append(widget.windowTitle())
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(dismiss)
    timer.start(20)
    yield opened
    timer.stop()


def buttons(section: QWidget) -> list[QAbstractButton]:
    return [b for b in section.findChildren(QAbstractButton) if b.isVisibleTo(section) and b.isEnabled()]


def click_every_button(qtbot, window: MainWindow) -> list[str]:
    """Each distinct button of each section once, in the order they appear; their texts."""
    clicked: list[str] = []
    for number, section in enumerate(window.sections):
        window.show_section(number)
        done: set[tuple[str, int]] = set()
        for _ in range(CLICKS_PER_SECTION):
            seen: dict[str, int] = {}
            pending = None
            for button in buttons(section):
                label = button.text() or button.toolTip() or button.objectName()
                seen[label] = seen.get(label, 0) + 1
                if (label, seen[label]) not in done:
                    pending = (label, seen[label]), button
                    break
            if pending is None:
                break
            key, button = pending
            done.add(key)
            menu = button.menu() if isinstance(button, QToolButton | QPushButton) else None
            if menu is not None:  # a menu button: each entry of its menu instead
                for action in menu.actions():
                    action.trigger()
                    clicked.append(f"{section.title}: {key[0]} → {action.text()}")
                continue
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            clicked.append(f"{section.title}: {key[0]}")
    return clicked


def trigger_every_menu_entry(window: MainWindow) -> list[str]:
    triggered = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                continue
            if action.text() in ("&Quit", "&Close", "&New", "&Open…"):
                continue  # they end or replace the statement: each has tests of its own
            action.trigger()
            triggered.append(action.text())
    return triggered


@pytest.mark.parametrize("example", [False, True], ids=["new statement", "example"])
def test_every_button_and_menu_entry_works_once(
    qtbot, open_window, answers, dialogs_closed, example, example_copy, monkeypatch
):
    from editor.gui import unexpected_errors

    reported: list[str] = []
    monkeypatch.setattr(unexpected_errors, "explain", reported.append)
    answers.replies = [QMessageBox.StandardButton.Cancel] * 50
    window = open_window(example_copy if example else None)
    clicked = click_every_button(qtbot, window)
    triggered = trigger_every_menu_entry(window)
    assert reported == []
    names = " | ".join(clicked)
    for expected in ("Add paragraph", "Add quotation", "Add sub-heading", "Add demand", "Import…", "Sort"):
        assert expected in names
    assert "Save &As…" in triggered and "&Export PDF…" in triggered
    assert window.document.statement.preamble  # the Add buttons really added


def test_every_button_has_a_name_a_screen_reader_can_say(open_window, example_copy):
    window = open_window(example_copy)
    nameless = [
        (getattr(section, "title", "Preview"), button.text())
        for section in [*window.sections, window.preview]
        for button in section.findChildren(QAbstractButton)
        if not (button.accessibleName() or any(c.isalpha() for c in button.text()))
    ]
    assert nameless == []
