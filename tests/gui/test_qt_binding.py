"""The Qt binding itself must count references right: the window emits signals all day long.

PySide6 6.12.0 on Python 3.11 released a reference to True on every Signal.emit(), and the
program aborted after a few thousand signals; this guards the pinned version.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

class Emitter(QObject):
    changed = Signal(int)

app = QCoreApplication([])
emitter = Emitter()
emitter.changed.connect(lambda value: None)
timer = QTimer()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(20_000):
    emitter.changed.emit(1)
    timer.setInterval(5)
    app.processEvents()
print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def test_signals_and_qt_calls_keep_reference_counts_steady():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    true_drift, none_drift = (int(n) for n in result.stdout.split())
    assert abs(true_drift) < 100 and abs(none_drift) < 100
