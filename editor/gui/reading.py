"""Reading a statement file off the GUI thread, with the window painting and saying so meanwhile.

A file of 100,000 names takes seconds to parse; done on the GUI thread, the window would stop
painting and look hung. A long file is read in a worker thread under a window-modal progress
dialog, so the window goes on painting, nothing can be typed into it meanwhile (and then be
replaced by the file), and the organiser can cancel. A short file is read at once: it is in
before a dialog could be seen.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.storage import LoadedStatement, load

READ_AT_ONCE_BYTES = 256 * 1024
"""About 4,000 names: read in a few tens of milliseconds, quicker than a dialog can be seen."""


class _Done(QObject):
    finished = Signal()


def read_statement(path: Path, window: QWidget) -> LoadedStatement | None:
    """``load(path)``, in a worker thread when the file is long; None when the organiser
    cancelled. Raises what ``load`` raises, in this thread."""
    try:
        short = os.stat(path).st_size <= READ_AT_ONCE_BYTES
    except OSError:
        short = True  # ``load`` says why it cannot be read
    if short:
        return load(path)
    outcome: list[LoadedStatement | BaseException] = []
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome.append(load(path))
        except BaseException as error:
            outcome.append(error)
        done.finished.emit()

    dialog = QProgressDialog(f"Opening “{path.name}”…", "Cancel", 0, 0, window)
    dialog.setWindowTitle("Opening")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.canceled.connect(loop.quit)
    try:
        dialog.show()
        threading.Thread(target=work, name=f"reading {path.name}", daemon=True).start()
        loop.exec()
    finally:
        dialog.canceled.disconnect(loop.quit)
        dialog.close()
        dialog.deleteLater()
    if not outcome:  # cancelled: the read finishes in its thread, and nobody takes it
        return None
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
