"""Quitting while the preview is still rendering a long list ends quietly, every time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import Signatory, Statement
from editor.storage import dumps

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.gui.app import create_window

app = QApplication(sys.argv[:1])
window = create_window(sys.argv[1])
window.show()
preview = window.preview

def quit_when_rendering():
    if preview._busy:
        {how}
    else:
        QTimer.singleShot(5, quit_when_rendering)

QTimer.singleShot(0, quit_when_rendering)
sys.exit(app.exec())
"""
ENDING_AT_ONCE = """
import sys
from PySide6.QtWidgets import QApplication
from editor.gui.app import create_window

app = QApplication(sys.argv[:1])
window = create_window(sys.argv[1])
window.show()
while not window.preview._busy:
    app.processEvents()
"""  # the script simply ends: the interpreter shuts down with the render still running
WAYS = {
    "the window is closed": "window.close(); app.quit()",
    "the application quits": "app.quit()",
    "the window is deleted": "window.document.undo_stack.setClean(); window.deleteLater(); QTimer.singleShot(0, app.quit)",
}


@pytest.mark.parametrize("how", [*sorted(WAYS), "the program ends"])
def test_quitting_during_a_render_of_10000_names_is_quiet(tmp_path, data_dir, how):
    statement = tmp_path / "long.statement.yaml"
    people = [Signatory(f"Person {n:05d}", role="Member", group=f"Branch {n % 40}") for n in range(10_000)]
    statement.write_text(dumps(Statement(title="Long list", signatories=people)), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    probe = ENDING_AT_ONCE if how == "the program ends" else PROBE.replace("{how}", WAYS[how])
    result = subprocess.run(
        [sys.executable, "-c", probe, str(statement)],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    noise = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert (result.returncode, noise) == (0, [])
    assert not list((data_dir / "logs").glob("error-*"))
