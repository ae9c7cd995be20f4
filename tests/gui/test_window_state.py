"""Window state is kept on closing; the last folder and the recent files come back next time."""

from __future__ import annotations

from editor.settings import load_settings
from tests.gui.conftest import EXAMPLE


def test_state_folder_and_recent_files_survive_a_restart(open_window, example_copy):
    window = open_window(example_copy)
    window.close()
    state = window.window_state
    assert not state.value("geometry").isEmpty()
    assert not state.value("splitter").isEmpty()
    assert load_settings().recent_files == [str(example_copy.resolve())]
    again = open_window(None)
    assert again.last_folder() == str(example_copy.resolve().parent)
    assert [a.text() for a in again.recent_menu.actions()] == ["plan.statement.yaml"]


def test_the_window_fits_a_1024_pixel_wide_screen(open_window):
    window = open_window(EXAMPLE)
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    assert window.width() == 1024


def test_on_a_1024_by_768_screen_a_demands_buttons_and_the_layout_page_fit(open_window, qtbot, example_copy):
    from PySide6.QtWidgets import QToolButton

    from editor.gui.forms.demands_form import DemandsForm
    from editor.gui.main_window import first_split

    window = open_window(example_copy)
    window.resize(972, 729)  # what the window takes of a 1024 × 768 screen
    window.splitter.setSizes(first_split(972))
    number, form = next((n, s) for n, s in enumerate(window.sections) if isinstance(s, DemandsForm))
    window.show_section(number)
    qtbot.wait(50)
    viewport = window.pages.currentWidget().viewport()
    remove = next(b for b in form.findChildren(QToolButton) if b.text() == "Remove")
    right_edge = remove.mapTo(viewport, remove.rect().topRight()).x()
    assert right_edge < viewport.width()
    assert window.preview.width() >= 340
