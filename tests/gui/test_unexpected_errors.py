"""A bug in a slot is logged for a bug report and explained, and the window stays open."""

from __future__ import annotations

from editor.gui import unexpected_errors


def test_a_bug_is_saved_to_a_log_and_explained(monkeypatch, data_dir):
    shown: list[str] = []
    monkeypatch.setattr(unexpected_errors, "explain", shown.append)
    try:
        raise ValueError("a bug")
    except ValueError as error:
        unexpected_errors.report(ValueError, error, error.__traceback__)
    (log_file,) = (data_dir / "logs").iterdir()
    assert "ValueError: a bug" in log_file.read_text(encoding="utf-8")
    assert "Your statement is still open" in shown[0]
    assert str(log_file) in shown[0]
