"""The live preview: the real PDF, re-rendered off the GUI thread after a pause in typing.

Each render works on a snapshot of the statement, so typing can go on while it runs; a result
that is older than one already shown is dropped. The page and zoom the user chose survive each
refresh. Problems appear in a list under the page, never in a dialog.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.collector import collections_paused
from editor.gui.document import StatementDocument
from editor.gui.widgets import tool_button
from editor.model import Problem, Statement, validate
from editor.model.edits import snapshot
from editor.model.field_names import problem_said
from editor.pdf import RenderError, RenderResult, render_pdf
from editor.wording import counted

log = logging.getLogger(__name__)
ZOOM_STEP = 1.25
SHORTEST_PAUSE_MS = 40
SLOW_RENDER_MS = 1000
"""Past this, the preview says it is updating rather than look stuck."""


class RenderSignals(QObject):
    finished = Signal(int, object, float)
    failed = Signal(int, str)


class RenderJob(QRunnable):
    def __init__(
        self, generation: int, statement: Statement, base_dir: Path | None, signals: RenderSignals
    ) -> None:
        super().__init__()
        self.generation = generation
        self.statement = statement
        self.base_dir = base_dir
        self.signals = signals

    def run(self) -> None:
        started = time.perf_counter()
        try:
            with collections_paused():
                result = render_pdf(self.statement, base_dir=self.base_dir)
        except RenderError as error:
            self._report(self.signals.failed, str(error))
        except Exception as error:  # a renderer bug must not take the window down with it
            log.warning("preview rendering failed: %r", error)
            log.debug("details", exc_info=True)
            self._report(self.signals.failed, f"the preview could not be drawn ({error!r})")
        else:
            self._report(self.signals.finished, result, time.perf_counter() - started)

    def _report(self, signal: SignalInstance, *values: object) -> None:
        """Tell the preview, unless the program is ending and the preview is gone already."""
        try:
            signal.emit(self.generation, *values)
        except RuntimeError:  # the signals' object was deleted as the interpreter shut down
            log.debug("a render finished after the preview was gone")


class PreviewPane(QWidget):
    refreshed = Signal()
    """A new rendering is on screen (or a render failed and said why)."""
    problem_chosen = Signal(object)
    """The user activated a problem in the list: the path of the field it is about."""

    def __init__(self, document: StatementDocument, longest_pause_ms: int) -> None:
        super().__init__()
        self.document = document
        self.view = QPdfView(self)  # made first, so it is destroyed first, before the document it shows
        self.pdf = QPdfDocument(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to its width, the view can loop forever at some heights: the scroll bar comes,
        # the page narrows and fits, the bar goes, the page widens and no longer fits. A bar that
        # is always there keeps the width still.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_label = QLabel("Preparing the preview…")
        self.page_label.setObjectName("pageCount")
        # The count may be cut short rather than hold the splitter back from a narrower preview.
        self.page_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page_label.setMinimumWidth(60)
        self.problems = QListWidget()
        self.problems.setObjectName("previewProblems")
        self.problems.setMaximumHeight(110)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.problems.itemActivated.connect(self._problem_activated)  # Enter, or a double-click
        self.problems.itemClicked.connect(self._problem_activated)  # one click, as on a link
        self._buffer: QBuffer | None = None
        self._return_to: tuple[int, QPointF, float] = (0, QPointF(), 0.0)
        self._scrolled_to = (0, 0)
        self.pdf.statusChanged.connect(self._status_changed)
        self._generation = 0
        self._shown = 0
        self._replaced_at = 0
        """The last render started before another statement was opened: none up to it is shown."""
        self._busy = False
        self._pending = False
        # Not a child of the pane: a render still running when the pane is destroyed reports to
        # an object that outlives it (the job holds it), whose connections went with the pane.
        self.signals = RenderSignals()
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.longest_pause_ms = longest_pause_ms
        self.timer = QTimer(self, singleShot=True, interval=longest_pause_ms)
        self.slow = QTimer(self, singleShot=True, interval=SLOW_RENDER_MS)
        self.slow.timeout.connect(self._show_working)
        self.timer.timeout.connect(self.render_now)
        document.changed.connect(self.timer.start)
        document.replaced.connect(self._replaced)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        self._render_problems: list[Problem] = []
        self._render_error = ""

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.page_label, 1)
        for text, tip, action in (
            ("−", "Zoom out", lambda: self._zoom(1 / ZOOM_STEP)),
            ("+", "Zoom in", lambda: self._zoom(ZOOM_STEP)),
            (
                "Fit width",
                "Fit the page width to the preview",
                lambda: self._fit(QPdfView.ZoomMode.FitToWidth),
            ),
            ("Whole page", "Show a whole page", lambda: self._fit(QPdfView.ZoomMode.FitInView)),
        ):
            bar.addWidget(tool_button(text, tip, action, auto_raise=True))
        return bar

    def _zoom(self, factor: float) -> None:
        zoom = self._shown_zoom()

        def change() -> None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(min(max(zoom * factor, 0.2), 6.0))

        self._keeping_place(change)

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self._keeping_place(lambda: self.view.setZoomMode(mode))

    def _keeping_place(self, change: Callable[[], object]) -> None:
        """Zoom about the middle of what is shown: the scroll bars keep the same place in the
        document, not the same distance from its top, which at page 40 of 70 is another page."""
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        middles = [_middle(bar) for bar in bars]
        change()
        for bar, middle in zip(bars, middles, strict=True):
            bar.setValue(round(middle * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))

    def _shown_zoom(self) -> float:
        """The zoom on screen: fitted to the width or the page, the view still reports the last
        custom factor, and "+" from there would go the wrong way."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.pdf.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.pdf.pagePointSize(self.view.pageNavigator().currentPage())
        pixels_per_point = self.view.logicalDpiX() / 72
        margins, viewport = self.view.documentMargins(), self.view.viewport().size()
        across = (viewport.width() - margins.left() - margins.right()) / (page.width() * pixels_per_point)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return across
        down = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * pixels_per_point)
        return min(across, down)

    def _replaced(self) -> None:
        """Another statement (opened, or New): it starts at its first page, and a render of the
        one before that is still running is never shown."""
        self._replaced_at = self._generation
        self._return_to = (0, QPointF(), self.view.pageNavigator().currentZoom())
        self._scrolled_to = (0, 0)
        self.render_now()

    def render_now(self) -> None:
        """Start a render of the statement as it is now, or queue one behind the running render."""
        self.timer.stop()
        if self._busy:
            self._pending = True
            return
        self._busy = True
        self._generation += 1
        self.slow.start()
        base_dir = self.document.path.parent if self.document.path else None
        self.pool.start(
            RenderJob(self._generation, snapshot(self.document.statement), base_dir, self.signals)
        )

    def _show_working(self) -> None:
        """A long list takes more than a second to lay out: say the preview is on its way."""
        if self._busy:
            self.page_label.setText("Updating the preview…")

    def _next(self) -> None:
        self.slow.stop()
        self._busy = False
        if self._pending:
            self._pending = False
            self.render_now()

    def _finished(self, generation: int, result: RenderResult, seconds: float) -> None:
        self._pause_like(seconds)
        self._next()
        if generation <= max(self._shown, self._replaced_at):
            return
        first_of_statement = self._shown <= self._replaced_at
        self._shown = generation
        self._render_problems = result.problems
        self._render_error = "" if result.page_count else "the leaflet has no pages yet"
        self._show_pdf(result.pdf, first_of_statement=first_of_statement)

    def _pause_like(self, seconds: float) -> None:
        """Wait after typing about as long as a render takes: a small statement follows the typing
        closely, a large one is not rendered for every keystroke."""
        self.timer.setInterval(min(max(round(seconds * 1000), SHORTEST_PAUSE_MS), self.longest_pause_ms))

    def _failed(self, generation: int, message: str) -> None:
        self._next()
        self._update_page_label()
        if generation <= max(self._shown, self._replaced_at):
            return
        self._shown = generation
        self._render_error = message
        self._update_problems()
        self.refreshed.emit()

    def _show_pdf(self, data: bytes, *, first_of_statement: bool) -> None:
        if not first_of_statement:  # the reader's place, to come back to after the refresh
            navigator = self.view.pageNavigator()
            self._return_to = (navigator.currentPage(), navigator.currentLocation(), navigator.currentZoom())
            self._scrolled_to = (
                self.view.horizontalScrollBar().value(),
                self.view.verticalScrollBar().value(),
            )
        buffer = QBuffer(self)  # the document reads it until the next load: parented, released below
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            page, location, zoom = self._return_to
            if self.pdf.pageCount() > 0:
                self.view.pageNavigator().jump(min(page, self.pdf.pageCount() - 1), location, zoom)
                # The navigator knows the page, not where on it the reader had scrolled to.
                across, down = self._scrolled_to
                self.view.horizontalScrollBar().setValue(across)
                self.view.verticalScrollBar().setValue(down)
            self._update_page_label()
            self._update_problems()
            self.refreshed.emit()
        elif status == QPdfDocument.Status.Error:
            self._render_error = self._render_error or "the rendered PDF could not be displayed"
            self._update_problems()
            self.refreshed.emit()

    def _page_changed(self, _page: int) -> None:
        self._update_page_label()

    def _update_page_label(self) -> None:
        pages = self.pdf.pageCount()
        if pages == 0:
            return
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(counted(pages, "page") + (f" · page {current}" if pages > 1 else ""))

    def _update_problems(self) -> None:
        self.problems.clear()
        if self._render_error:
            self.problems.addItem(f"Preview not updated: {self._render_error}")
        for problem in [*validate(self.document.statement), *self._render_problems]:
            item = QListWidgetItem(problem_said(problem))
            if problem.path:
                item.setData(Qt.ItemDataRole.UserRole, problem.path)
                item.setToolTip("Click (or press Enter) to go to this field")
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)

    def _problem_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.problem_chosen.emit(tuple(path))

    def render_problems(self) -> list[Problem]:
        """What the last render noticed (a letter the font lacks, a list too long for a page)."""
        return list(self._render_problems)

    def is_idle(self) -> bool:
        """Nothing waiting, nothing rendering, and the last result on screen."""
        return not (self._busy or self._pending or self.timer.isActive()) and self.pdf.status() in (
            QPdfDocument.Status.Ready,
            QPdfDocument.Status.Error,
        )

    def shutdown(self) -> None:
        """Wait for a running render so it never reports to a window that is gone."""
        self.timer.stop()
        self.pool.clear()
        self.pool.waitForDone()


def _middle(bar: QScrollBar) -> float:
    """Where the middle of the view is, as a share of everything the scroll bar spans."""
    return (bar.value() + bar.pageStep() / 2) / max(bar.maximum() + bar.pageStep(), 1)
