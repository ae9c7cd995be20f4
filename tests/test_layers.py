"""The Qt-free layers stay Qt-free, so the command line and most tests need no display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import editor

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_PACKAGES = ("editor.model", "editor.storage", "editor.pdf", "editor.actions", "editor.cli")
QT_FREE_MODULES = (
    "editor.crash_log",
    "editor.paths",
    "editor.settings",
)


def qt_free_modules() -> list[str]:
    """Every module of the core packages, so a lazily imported one cannot slip Qt in."""
    found = list(QT_FREE_MODULES)
    for info in pkgutil.walk_packages(editor.__path__, "editor."):
        if info.name.startswith(QT_FREE_PACKAGES):
            found.append(info.name)
    return sorted(found)


def test_the_core_is_walked_whole():
    modules = qt_free_modules()
    assert {"editor.pdf.imposition", "editor.storage.recovery", "editor.model.names"} <= set(modules)
    assert not any(name.startswith("editor.gui") for name in modules)


def test_importing_every_core_module_loads_no_qt():
    probe = (
        "import importlib, sys\n"
        f"for name in {qt_free_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "gui = sorted(m for m in sys.modules if m.startswith('editor.gui'))\n"
        "print(','.join(loaded + gui))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


def test_the_actions_neither_print_nor_ask():
    """They return what happened; saying it and asking are the fronts' work."""
    import ast

    for source in sorted((ROOT / "editor" / "actions").glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        called = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        imported = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        assert not called & {"print", "input"}, source.name
        assert not imported & {"sys", "argparse"}, source.name
