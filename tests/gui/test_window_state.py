"""Window state is kept on closing; the last folder and the recent files come back next time."""

from __future__ import annotations

from editor.settings import load_settings


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
