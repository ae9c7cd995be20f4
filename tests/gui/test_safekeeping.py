"""No lost work: recovery copies, a crash, another program's change, a second copy of the program."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.gui import safekeeping, unexpected_errors
from editor.model import Statement
from editor.storage import load
from editor.storage.recovery import RecoveryStore

Button = QMessageBox.StandardButton
ROOT = Path(__file__).resolve().parents[2]


def type_title(window, qtbot, text: str) -> None:
    field = window.sections[0].fields[("title",)]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def titles_offered() -> list[str]:
    return [copy.title for copy in RecoveryStore().copies()]


@pytest.fixture
def quick_keeper(open_window):
    """A window whose recovery copy is written 50 ms after typing stops."""

    def make(path: Path | None = None):
        window = open_window(path)
        window.keeper.timer.setInterval(50)
        return window

    return make


def test_unsaved_work_gets_a_recovery_copy_once_typing_stops(quick_keeper, qtbot, example_copy):
    window = quick_keeper(example_copy)
    type_title(window, qtbot, "Our plan, revised")
    qtbot.waitUntil(lambda: titles_offered() == ["Our plan, revised"])
    assert load(example_copy).statement.title != "Our plan, revised", "the user's file is untouched"


def test_typing_without_a_pause_still_gets_a_copy(open_window, example_copy, monkeypatch):
    monkeypatch.setattr(safekeeping, "AUTOSAVE_LONGEST_MS", 0)
    window = open_window(example_copy)
    window.document.set_value(("title",), "Typed without a pause", "Edit title")
    assert titles_offered() == ["Typed without a pause"], "written at once, not after the idle pause"


def test_saving_or_undoing_to_the_saved_state_removes_the_copy(quick_keeper, qtbot, example_copy):
    window = quick_keeper(example_copy)
    type_title(window, qtbot, "Revised")
    qtbot.waitUntil(lambda: titles_offered() == ["Revised"])
    assert window.files.save()
    assert titles_offered() == []
    type_title(window, qtbot, "Again")
    qtbot.waitUntil(lambda: titles_offered() == ["Again"])
    while window.document.modified:
        window.document.undo_stack.undo()
    assert titles_offered() == []


def test_a_clean_close_leaves_nothing_to_recover(quick_keeper, qtbot, example_copy, answers):
    window = quick_keeper(example_copy)
    type_title(window, qtbot, "Thrown away")
    qtbot.waitUntil(lambda: titles_offered() == ["Thrown away"])
    answers.replies = [Button.Discard]
    assert window.close()
    assert titles_offered() == []


def test_work_left_by_a_crash_is_offered_back_and_marked_unsaved(started, example_copy, answers):
    store = RecoveryStore()
    store.write(store.new_key(), Statement(title="Typed before the crash"), example_copy)
    answers.replies = [Button.Yes]
    window = started()
    assert "Typed before the crash (plan.statement.yaml)" in answers.questions[0]
    assert window.document.statement.title == "Typed before the crash"
    assert window.document.path == example_copy.resolve()
    assert window.document.modified
    assert window.files.save()
    assert load(example_copy).statement.title == "Typed before the crash"
    assert titles_offered() == []


def test_discarding_an_offered_copy_removes_it(started, answers):
    store = RecoveryStore()
    store.write(store.new_key(), Statement(title="Not wanted"), None)
    answers.replies = [Button.Discard]
    window = started()
    assert window.document.statement.title != "Not wanted"
    assert titles_offered() == []


@pytest.fixture(autouse=True)
def answered_dialogs(monkeypatch, answers):
    """Questions asked while a window is being created go to the test's answers too."""
    from editor.gui.file_controller import FileController

    monkeypatch.setattr(FileController, "ask", lambda self, *question: answers.ask(*question))
    monkeypatch.setattr(FileController, "tell", lambda self, *message: answers.tell(*message))


CRASHING_EDITOR = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.gui.app import create_window
from editor.storage.recovery import RecoveryStore
app = QApplication([])
window = create_window(sys.argv[1])
window.show()
window.document.set_value(("title",), "Typed just before the crash", "Edit title")

def crash_once_the_copy_is_written():
    if RecoveryStore().copies():
        os.kill(os.getpid(), signal.SIGKILL)

poll = QTimer()
poll.timeout.connect(crash_once_the_copy_is_written)
poll.start(20)
app.exec()
"""


def test_a_killed_editor_offers_its_edits_at_the_next_start(started, example_copy, answers):
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_EDITOR, str(example_copy)], env=environment, timeout=120, check=False
    )
    assert crashed.returncode == -signal.SIGKILL
    answers.replies = [Button.Yes]
    window = started(str(example_copy))
    assert window.document.statement.title == "Typed just before the crash"
    assert window.document.modified


def test_an_unexpected_error_keeps_a_recovery_copy_before_explaining(open_window, qtbot, monkeypatch):
    window = open_window(None)
    window.document.set_value(("title",), "Unsaved when the bug hit", "Edit title")
    shown: list[str] = []
    monkeypatch.setattr(unexpected_errors, "explain", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    unexpected_errors.install(before_report=window.keeper.write_now)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        sys.excepthook(RuntimeError, error, error.__traceback__)
    assert titles_offered() == ["Unsaved when the bug hit"]
    assert "a recovery copy of unsaved work has been kept" in shown[0]


def test_a_change_by_another_program_is_noticed_and_can_be_reloaded(
    open_window, qtbot, example_copy, answers
):
    window = open_window(example_copy)
    answers.replies = [Button.Yes]
    text = example_copy.read_text(encoding="utf-8").replace("A Workers' Plan", "Their Plan")
    example_copy.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: window.document.statement.title.startswith("Their Plan"), timeout=5000)
    assert "was changed by another program" in answers.questions[0]


def test_keeping_mine_after_an_outside_change_still_asks_before_saving(
    open_window, qtbot, example_copy, answers
):
    window = open_window(example_copy)
    window.document.set_value(("title",), "Mine", "Edit title")
    answers.replies = [Button.No]
    example_copy.write_text(
        example_copy.read_text(encoding="utf-8").replace("Plan", "Pulled"), encoding="utf-8"
    )
    qtbot.waitUntil(lambda: len(answers.questions) == 1, timeout=5000)
    assert "Your unsaved changes here would be lost" in answers.questions[0]
    assert window.document.statement.title == "Mine"
    answers.replies = [Button.Cancel]
    assert not window.files.save()
    assert "changed by another program after it was opened here" in answers.questions[1]


HOLDER = """
import sys, time
from editor.storage.open_files import OpenFileLock
OpenFileLock.acquire(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def test_a_statement_open_in_another_copy_of_the_program_asks_first(open_window, example_copy, answers):
    window = open_window(None)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(example_copy)], env=environment, stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdout.readline() == "held\n"
        answers.replies = [Button.Cancel]
        assert not window.open_file(example_copy)
        assert "already open in another Statement Editor window" in answers.questions[0]
        answers.replies = [Button.Yes]
        assert window.open_file(example_copy)
        other.kill()


def test_started_on_a_file_only_work_on_that_file_is_offered(started, example_copy, tmp_path, answers):
    store = RecoveryStore()
    store.write(store.new_key(), Statement(title="Other work"), tmp_path / "other.statement.yaml")
    window = started(str(example_copy))
    assert answers.questions == []
    assert window.document.path == example_copy.resolve()
    assert titles_offered() == ["Other work"], "kept for a start without a file"


def test_a_closed_window_writes_nothing_as_it_is_torn_down(open_window, monkeypatch, example_copy):
    window = open_window(example_copy)
    monkeypatch.setattr(safekeeping, "AUTOSAVE_LONGEST_MS", 0)  # as if the last copy were long ago
    window.document.set_value(("title",), "Edited", "Edit title")
    assert window.files.save()
    window.close()
    writes = []
    monkeypatch.setattr(window.keeper, "write_now", lambda: writes.append("written"))
    window.document.undo_stack.clear()  # what destroying the stack does as the program exits
    assert writes == []
