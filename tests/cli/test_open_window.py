"""Starting the window where there is no display says so in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def without_display() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    return {**environment, "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display variables are Linux's")
def test_no_display_prints_one_line_naming_the_export_command_and_exits_2():
    result = subprocess.run(
        [sys.executable, "-m", "editor", "resources/examples/plan.statement.yaml"],
        capture_output=True, text=True, cwd=ROOT, env=without_display(), timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]
    assert "statement-editor export FILE -o OUT.pdf" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display variables are Linux's")
def test_no_display_check_comes_before_qt_is_loaded():
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        "code = main([])\n"
        "print(code, any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=without_display(),
        timeout=60,
    )
    assert result.stdout.split() == ["2", "False"]
