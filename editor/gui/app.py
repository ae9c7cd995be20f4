"""Start the application: one window, opened on a file when one is given."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.gui import unexpected_errors
from editor.gui.main_window import MainWindow
from editor.gui.safekeeping import offer_recovery
from editor.gui.style import STYLE_SHEET
from editor.paths import user_data_dir
from editor.settings import load_settings


def window_state() -> QSettings:
    """Geometry and folders live beside the settings, so tests and portable setups redirect both."""
    return QSettings(str(user_data_dir() / "window.ini"), QSettings.Format.IniFormat)


def keep_collections_short() -> None:
    """Exempt what is alive now (the opened statement, Qt's wrappers) from future collections.

    A full collection otherwise walks every one of 10,000 signatories while holding the GIL,
    freezing the window mid-render. The statement has no reference cycles, so a replaced
    statement is still freed by reference counting.
    """
    gc.collect()
    gc.freeze()


def create_window(file: str | None = None) -> MainWindow:
    """The window, shown, with work a crash left behind offered back first; then ``file``, if
    any, read while the window paints (a long list takes seconds)."""
    window = MainWindow(load_settings(), window_state())
    window.document.replaced.connect(keep_collections_short)
    window.show()
    opening = Path(file) if file else None
    if offer_recovery(window.files, window.keeper, opening) or not (opening and window.open_file(opening)):
        window.preview.render_now()
    return window


WORKER_SWITCH_SECONDS = 0.0005
"""How long the window waits for the interpreter while a worker (the preview, a file being read)
holds it. Every Qt event that Python code handles waits once; at the interpreter's usual 5 ms,
one repaint of the forms waits half a second."""


def run(file: str | None) -> int:
    sys.setswitchinterval(WORKER_SWITCH_SECONDS)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Statement Editor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("statement-editor")
    app.setStyleSheet(STYLE_SHEET)
    window = create_window(file)
    unexpected_errors.install(before_report=window.keeper.write_now)
    return app.exec()
