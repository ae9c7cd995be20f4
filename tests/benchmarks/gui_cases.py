"""The window as an organiser meets it: start-up, and the preview catching up with an edit.

Both run on Qt's offscreen platform. The preview is timed from a change pushed to the document
(what a keystroke in a form does) to the new PDF loaded in the preview and the view repainted.
Two variants: as the user feels it, with the preview's pause after typing (which adapts to how
long rendering takes, and is reported beside the time), and the work alone, rendering as soon
as the edit lands. While waiting, a 5 ms timer on the GUI thread records the longest gap
between its ticks: the longest the window could not respond.

Start-up is timed from just before the process is started to the first paint of the main
window with the statement loaded, by ``startup_probe`` in a child process; the moment the
first preview appears is reported beside it.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from editor.paths import resources_dir
from editor.storage import save
from tests.benchmarks.corpus import sized_statement
from tests.benchmarks.harness import Case, NotMeasurable, Prepared

EXAMPLE = "example"
WAIT_LIMIT_MS = 120_000
STALL_TICK_MS = 5
ROOT = Path(__file__).resolve().parents[2]


def _gui():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from editor.gui import app
    except ImportError as error:
        raise NotMeasurable(f"the editor window cannot be imported yet ({error})") from None
    return QApplication, app


def statement_file(size: str, workdir: Path) -> Path:
    """The shipped example, or a generated statement saved where the window can open it."""
    if size == EXAMPLE:
        return resources_dir() / "examples" / "plan.statement.yaml"
    path = workdir / f"{size}.statement.yaml"
    save(sized_statement(size), path)
    return path


class _StallWatch:
    """Ticks on the GUI thread; the largest gap between ticks, less the tick, is the worst freeze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(interval=STALL_TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last - STALL_TICK_MS / 1000)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _wait_for(signal) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    limit = QTimer(singleShot=True, interval=WAIT_LIMIT_MS)
    limit.timeout.connect(loop.quit)
    limit.start()
    loop.exec()
    signal.disconnect(loop.quit)
    if not limit.isActive():
        raise TimeoutError(f"the preview did not refresh within {WAIT_LIMIT_MS / 1000:g} s")
    limit.stop()


def _prepare_preview(size: str, workdir: Path, *, with_delay: bool) -> Prepared:
    QApplication, app = _gui()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    window = app.create_window(str(statement_file(size, workdir)))
    window.show()
    preview = window.preview
    _wait_for(preview.refreshed)
    watch = _StallWatch()
    titles = itertools.count()
    details: dict = {"pause_ms": 0, "longest_stall_s": 0.0}
    pauses: list[int] = []

    def edit_and_wait() -> float:
        title = f"{window.document.statement.title.split(' #')[0]} #{next(titles)}"
        if with_delay:
            pauses.append(preview.timer.interval())
            details["pause_ms"] = statistics.median(pauses)
        watch.start()
        started = time.perf_counter()
        window.document.set_value(("title",), title, "Edit the title", merge_key="benchmark")
        if not with_delay:
            preview.render_now()
        _wait_for(preview.refreshed)
        preview.view.viewport().repaint()
        elapsed = time.perf_counter() - started
        watch.stop()
        details["longest_stall_s"] = max(details["longest_stall_s"], watch.longest)
        application.processEvents()
        return elapsed

    def close() -> None:
        window.document.undo_stack.setClean()  # the benchmark's edits are not worth a save prompt
        window.close()
        application.processEvents()

    # No run under tracemalloc: on Python 3.11 it crashes the process now and then when a Qt
    # pool thread makes a Python thread state while allocations are traced (seen under gdb in
    # tracemalloc's traceback_new), and it freezes the GUI thread for as long as the render.
    # The process peak still measures the window's memory.
    return Prepared(edit_and_wait, None, details, finish=close)


def _prepare_preview_typing(size: str, workdir: Path) -> Prepared:
    return _prepare_preview(size, workdir, with_delay=True)


def _prepare_preview_work(size: str, workdir: Path) -> Prepared:
    return _prepare_preview(size, workdir, with_delay=False)


def _prepare_startup(size: str, workdir: Path) -> Prepared:
    _gui()
    path = statement_file(size, workdir)
    report = workdir / "startup.json"
    details: dict[str, float] = {"first_preview_s": 0.0}
    preview_times: list[float] = []

    def start_once() -> float:
        report.unlink(missing_ok=True)
        started = time.monotonic()
        completed = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.startup_probe", str(path), str(report)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WAIT_LIMIT_MS / 1000,
        )
        if completed.returncode != 0 or not report.exists():
            raise RuntimeError(f"the window did not start: {completed.stderr.strip()[-500:]}")
        moments = json.loads(report.read_text(encoding="utf-8"))
        preview_times.append(moments["preview"] - started)
        details["first_preview_s"] = sorted(preview_times)[len(preview_times) // 2]
        return moments["shown"] - started

    return Prepared(start_once, None, details, in_child_process=True)


CASES = [
    Case(
        "preview.after_typing",
        "edit -> new preview shown, with the pause-after-typing delay",
        _prepare_preview_typing,
    ),
    Case(
        "preview.work", "edit -> new preview shown, rendering at once (the work alone)", _prepare_preview_work
    ),
    Case(
        "startup.window",
        "process start -> main window painted with the statement open",
        _prepare_startup,
        sizes=(EXAMPLE, "10k"),
    ),
]
