"""Starts the application the way ``statement-editor FILE`` does and notes when it is ready.

    python -m tests.benchmarks.startup_probe FILE REPORT.json

The application object is created first, as the command line would create it a moment later,
so an event filter can see the main window's first paint; then the real command line runs.
REPORT.json gets two ``time.monotonic()`` readings, comparable with the parent's on the same
machine: ``shown`` (the window's first paint has been handled) and ``preview`` (the first
rendered page is in the preview). The application then quits.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ReadyWatch(QObject):
    def __init__(self, application: QApplication, report: Path) -> None:
        super().__init__()
        self.application = application
        self.report = report
        self.moments: dict[str, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "shown" not in self.moments and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if type(window).__name__ == "MainWindow":
                self.moments["shown"] = 0.0  # claimed: the paint pass finishes before the timer fires
                QTimer.singleShot(0, lambda: self._shown(window))
        return False

    def _shown(self, window) -> None:
        self.moments["shown"] = time.monotonic()
        window.preview.refreshed.connect(self._preview_ready)
        if window.preview.pdf.pageCount() > 0:
            self._preview_ready()

    def _preview_ready(self) -> None:
        if "preview" in self.moments:
            return
        self.moments["preview"] = time.monotonic()
        self.report.write_text(json.dumps(self.moments), encoding="utf-8")
        self.application.quit()


def main() -> int:
    file, report = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QApplication(sys.argv[:1])
    watch = ReadyWatch(application, report)
    application.installEventFilter(watch)
    from editor.cli import main as command_line

    return command_line([file])


if __name__ == "__main__":
    sys.exit(main())
