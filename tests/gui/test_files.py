"""Opening, saving and closing: nothing typed is ever lost, and a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from editor.gui.app import create_window
from editor.gui.forms.details_form import DetailsForm
from editor.gui.problems_dialog import ProblemsDialog
from editor.storage import load

Button = QMessageBox.StandardButton


def type_title(window, qtbot, text: str) -> None:
    title = window.sections[0].fields[("title",)]
    assert isinstance(window.sections[0], DetailsForm)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)


def test_edit_save_and_reopen_gives_the_same_statement(open_window, qtbot, example_copy):
    window = open_window(example_copy)
    assert window.windowTitle() == "plan.statement.yaml[*] — Statement Editor"
    type_title(window, qtbot, "Rebuild with rights")
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert load(example_copy).statement == window.document.statement
    assert load(example_copy).statement.title == "Rebuild with rights"
    again = open_window(example_copy)
    assert again.document.statement == window.document.statement


def test_closing_with_changes_asks_and_cancel_keeps_the_window(open_window, qtbot, answers, example_copy):
    window = open_window(example_copy)
    type_title(window, qtbot, "Changed")
    answers.replies = [Button.Cancel]
    assert not window.close()
    assert window.isVisible()
    assert answers.questions == ["Save the changes to “plan.statement.yaml” before closing it?"]
    answers.replies = [Button.Discard]
    assert window.close()
    assert load(example_copy).statement.title == "A Workers' Plan for Rebuilding Ukraine"


def test_closing_with_save_writes_the_file(open_window, qtbot, answers, example_copy):
    window = open_window(example_copy)
    type_title(window, qtbot, "Saved on the way out")
    answers.replies = [Button.Save]
    assert window.close()
    assert load(example_copy).statement.title == "Saved on the way out"


def test_a_bad_file_shows_its_problems_and_changes_nothing(
    open_window, qtbot, answers, example_copy, tmp_path
):
    window = open_window(example_copy)
    type_title(window, qtbot, "Work in progress")
    answers.replies = [Button.Discard]
    bad = tmp_path / "bad.statement.yaml"
    bad.write_text("format: 1\ntitel: X\n", encoding="utf-8")
    assert not window.open_file(bad)
    ((name, problems),) = answers.problems
    assert name == str(bad)
    assert [(p.line, p.message) for p in problems] == [
        (1, "'title' is missing"),
        (2, "unknown key 'titel'; did you mean 'title'?"),
    ]
    assert window.document.statement.title == "Work in progress"
    assert window.document.path == example_copy.resolve()
    assert window.document.undo_stack.count() == 1


def test_two_names_run_together_in_the_file_are_mentioned_at_opening(open_window, answers, tmp_path):
    path = tmp_path / "s.statement.yaml"
    path.write_text(
        "format: 1\ntitle: ' '\nsignatories:\n  - Olena Petrenko\n    Ihor Gudz\n", encoding="utf-8"
    )
    window = open_window(None)
    assert window.open_file(path)
    (message,) = answers.messages
    assert message.startswith("s.statement.yaml opened; check these lines of the file:")
    assert "line 4: signatories[1]: 'Olena Petrenko Ihor Gudz' is written over 2 lines" in message
    assert "title" not in message  # the blank title is listed beside the preview instead


def test_a_missing_file_says_so_and_leaves_the_recent_list(open_window, answers, tmp_path):
    window = open_window(None)
    gone = tmp_path / "gone.statement.yaml"
    window.settings.remember_file(gone)
    assert not window.open_file(gone)
    assert "no such file" in answers.messages[0]
    assert str(gone.resolve()) not in window.settings.recent_files


def test_comments_are_dropped_only_after_asking_once(open_window, qtbot, answers, tmp_path, example_copy):
    commented = tmp_path / "commented.statement.yaml"
    commented.write_text("# drafted at the branch meeting\n" + example_copy.read_text(encoding="utf-8"))
    window = open_window(commented)
    type_title(window, qtbot, "First")
    answers.replies = [Button.Cancel]
    assert not window.files.save()
    assert commented.read_text(encoding="utf-8").startswith("# drafted")
    assert window.isWindowModified()
    answers.replies = [Button.Save]
    assert window.files.save()
    assert "line 1" in answers.questions[-1]
    type_title(window, qtbot, "Second")
    assert window.files.save()  # no further question: no reply is prepared
    assert load(commented).statement.title == "Second"


def test_a_failed_save_says_why_and_keeps_everything_typed(open_window, qtbot, answers, tmp_path):
    window = open_window(None)
    type_title(window, qtbot, "Not lost")
    window.files.choose_save_path = lambda: str(tmp_path / "no such folder" / "x.statement.yaml")
    assert not window.files.save()
    assert "could not save" in answers.messages[0]
    assert "still here" in answers.messages[0]
    assert window.document.statement.title == "Not lost"
    assert window.isWindowModified()
    assert window.document.path is None
    window.document.undo_stack.undo()
    assert window.document.statement.title == "Untitled statement"


def test_save_as_then_open_recent(open_window, qtbot, answers, tmp_path):
    window = open_window(None)
    type_title(window, qtbot, "Fresh")
    target = tmp_path / "fresh.statement.yaml"
    window.files.choose_save_path = lambda: str(target)
    assert window.files.save()
    assert window.windowTitle() == "fresh.statement.yaml[*] — Statement Editor"
    assert window.settings.recent_files[0] == str(target.resolve())
    window.files.new()
    assert window.document.path is None
    recent = window.recent_menu.actions()
    assert recent[0].text() == "fresh.statement.yaml"
    recent[0].trigger()
    assert window.document.statement.title == "Fresh"


def test_new_with_unsaved_changes_asks_first(open_window, qtbot, answers, example_copy):
    window = open_window(example_copy)
    type_title(window, qtbot, "Keep me")
    answers.replies = [Button.Cancel]
    window.files.new()
    assert window.document.statement.title == "Keep me"


def test_dropping_a_statement_file_opens_it(open_window, example_copy):
    window = open_window(None)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(example_copy))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == Path(example_copy).resolve()
    assert len(window.document.statement.demands) == 6


def test_a_file_changed_by_another_program_is_not_overwritten_without_asking(
    open_window, qtbot, answers, example_copy
):
    window = open_window(example_copy)
    type_title(window, qtbot, "Mine")
    theirs = example_copy.read_text(encoding="utf-8").replace("Riverside Print Co-operative", "Their Press")
    example_copy.write_text(theirs, encoding="utf-8")
    answers.replies = [Button.Cancel]
    assert not window.files.save()
    assert "changed by another program" in answers.questions[-1]
    assert "Their Press" in load(example_copy).statement.imprint
    answers.replies = [Button.Save]
    assert window.files.save()
    assert load(example_copy).statement.title == "Mine"
    type_title(window, qtbot, "Mine again")
    assert window.files.save()  # what this window wrote itself is no reason to ask


def test_a_bad_file_from_the_command_line_shows_its_problems_over_the_window(qtbot, tmp_path):
    bad = tmp_path / "bad.statement.yaml"
    bad.write_text("format: 1\ntitel: X\n", encoding="utf-8")
    window = create_window(str(bad))
    window.show()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ProblemsDialog)))
    (dialog,) = window.findChildren(ProblemsDialog)
    rows = [dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())]
    assert rows == ["'title' is missing", "unknown key 'titel'; did you mean 'title'?"]
    assert window.document.path is None
    dialog.close()
    window.close()


def test_save_for_a_new_statement_suggests_its_title_in_the_folder_last_used(
    open_window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    offered = []

    def choose(parent, title, suggested, kinds):
        offered.append(suggested)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window = open_window(None)
    window.window_state.setValue("last_folder", str(tmp_path))
    type_title(window, qtbot, "A Workers' Plan")
    save_as = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Save &As…")
    save_as.trigger()
    assert offered == [str(tmp_path / "a-workers-plan.statement.yaml")]
