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
