"""The installed ``statement-editor`` command, run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

INSTALLED = Path(sys.executable).with_name("statement-editor")
"""The command the install put beside the interpreter."""


def run_cli(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed program in a process of its own."""
    return subprocess.run([str(INSTALLED), *arguments], capture_output=True, text=True, cwd=cwd, timeout=60)
