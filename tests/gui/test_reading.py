"""Opening a file in the window: read off the GUI thread, refused with the command line's words."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from editor.gui import reading
from editor.gui.problems_dialog import ProblemsDialog
from editor.model.statement import UNTITLED
from tests.cli.installed import run_cli

TITLE = ("title",)


def type_as_the_keyboard_does(window, text: str) -> None:
    """Keys sent to the window as the window system sends them, so that a modal dialog holds
    them back as it would a person's (keys sent to a widget itself would pass it by)."""
    for character in text:
        QTest.keyClick(window.windowHandle(), character)


def test_a_file_the_command_line_refuses_opens_nothing_and_shows_the_same_problems(started, qtbot, tmp_path):
    sent = tmp_path / "sent.statement.yaml"
    sent.write_text(
        "format: 1\ntitle: " + "ab " * 1_000_000 + "\nsubtitle: &a " + "A" * 1900 + "\nsignatories:\n"
        + "  - name: *a\n" * 100_000,
        encoding="utf-8",
    )  # fmt: skip
    said = run_cli("check", str(sent)).stdout.splitlines()
    window = started(str(sent))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ProblemsDialog)))
    (dialog,) = window.findChildren(ProblemsDialog)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    shown = [f"{sent}:{row.text(0)}:3: {row.text(2)}" for row in rows]  # the dialog shows the line
    assert (
        shown
        == said
        == [
            f"{sent}:5:3: aliases (*name) here stand for over 1,000,000 characters more than the file "
            "holds; write the values out"
        ]
    )
    assert window.document.path is None and window.document.statement.title == UNTITLED
    dialog.close()


def test_while_a_long_file_is_read_the_window_paints_takes_no_typing_and_can_cancel(
    open_window, qtbot, tmp_path, monkeypatch
):
    long_list = tmp_path / "long.statement.yaml"
    people = "".join(f"  - name: Person {n}\n    role: Member, Riverside branch\n" for n in range(8000))
    long_list.write_text(f"format: 1\ntitle: Fair pay\nsignatories:\n{people}", encoding="utf-8")
    assert long_list.stat().st_size > reading.READ_AT_ONCE_BYTES
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.files.choose_open_path = lambda: str(long_list)
    release = threading.Event()
    real_load = reading.load

    def slow_load(path):
        release.wait(30)
        return real_load(path)

    monkeypatch.setattr(reading, "load", slow_load)
    ticks: list[int] = []
    ticking = QTimer(interval=20)
    ticking.timeout.connect(lambda: ticks.append(1))
    ticking.start()
    seen: dict[str, object] = {}

    def while_reading() -> None:
        (dialog,) = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        seen["said"] = dialog.labelText()
        seen["ticks"] = len(ticks)
        title = window.sections[0].fields[TITLE]
        title.setFocus()
        type_as_the_keyboard_does(window, "Typed")
        seen["title"] = title.text()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, while_reading)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"said": "Opening “long.statement.yaml”…", "ticks": seen["ticks"], "title": UNTITLED}
    assert isinstance(seen["ticks"], int) and seen["ticks"] >= 5, "the window went on with its events"
    assert window.document.path is None and window.document.statement.title == UNTITLED
    release.set()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document.path == long_list.resolve()
    assert window.document.statement.title == "Fair pay"
    assert len(window.document.statement.signatories) == 8000
    title = window.sections[0].fields[TITLE]
    title.setFocus()
    title.end(False)
    type_as_the_keyboard_does(window, "!")  # the same keys reach the window once it is read
    assert title.text() == "Fair pay!"
    ticking.stop()
