"""A real editor window per test, driven as a user would; dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.gui.app import create_window
from editor.gui.main_window import MainWindow
from editor.paths import resources_dir

EXAMPLE = resources_dir() / "examples" / "plan.statement.yaml"


class Answers:
    """Stands in for the message boxes: records each question and gives the next prepared answer."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.messages: list[str] = []
        self.problems: list[tuple[str, list]] = []
        self.replies: list[QMessageBox.StandardButton] = []

    def ask(self, title: str, text: str, buttons, default) -> QMessageBox.StandardButton:
        self.questions.append(text)
        assert self.replies, f"unexpected question: {text}"
        return self.replies.pop(0)

    def tell(self, title: str, text: str) -> None:
        self.messages.append(text)

    def show_problems(self, name: str, problems: list) -> None:
        self.problems.append((name, problems))


@pytest.fixture(autouse=True)
def told(monkeypatch) -> list[str]:
    """What the forms told the user in a message box, which would otherwise wait for a click."""
    from editor.gui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text, icon=None: shown.append(text))
    return shown


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    target = tmp_path / "plan.statement.yaml"
    target.write_bytes(EXAMPLE.read_bytes())
    return target


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def open_window(qtbot, answers: Answers) -> Iterator:
    """``open_window(path_or_None)`` -> a shown window whose dialogs go to ``answers``."""
    windows: list[MainWindow] = []

    def make(path: Path | None = None) -> MainWindow:
        window = create_window(None)
        for name in ("ask", "tell", "show_problems"):
            setattr(window.files, name, getattr(answers, name))
        if path is not None:
            assert window.open_file(path)
        window.show()
        windows.append(window)
        return window

    yield make
    close_without_questions(windows)


@pytest.fixture
def started(qtbot) -> Iterator:
    """``started(file)`` -> a window as the program starts it, its questions going to the test."""
    windows: list[MainWindow] = []

    def start(file: str | None = None) -> MainWindow:
        window = create_window(file)
        windows.append(window)
        return window

    yield start
    close_without_questions(windows)


def close_without_questions(windows: list[MainWindow]) -> None:
    for window in windows:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
