"""The Qt-free layers stay Qt-free, so the command line and most tests need no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ["editor.model", "editor.storage", "editor.cli", "editor.cli_signatories", "editor.paths",
           "editor.settings", "editor.pdf"]  # fmt: skip


@pytest.mark.parametrize("module", QT_FREE)
def test_importing_a_core_layer_loads_no_qt(module):
    probe = (
        f"import sys, {module}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "gui = sorted(m for m in sys.modules if m.startswith('editor.gui'))\n"
        "print(','.join(loaded + gui))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""
