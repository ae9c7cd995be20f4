"""The editor window: sections of the form on the left, the live preview on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from editor import __version__
from editor.gui import messages
from editor.gui.document import StatementDocument
from editor.gui.export_dialog import ExportDialog
from editor.gui.file_controller import FileController, new_statement
from editor.gui.forms.blocks_form import BlocksForm
from editor.gui.forms.demands_form import DemandsForm
from editor.gui.forms.details_form import DetailsForm
from editor.gui.forms.layout_form import LayoutForm
from editor.gui.forms.section import FormSection
from editor.gui.forms.sign_up_form import SignUpForm
from editor.gui.preview import PreviewPane
from editor.gui.safekeeping import DiskWatcher, WorkKeeper
from editor.gui.signatories.form import SignatoriesForm
from editor.gui.spelling import Spelling
from editor.model import validate
from editor.model.field_names import problem_said
from editor.model.problems import Path as FieldPath
from editor.paths import docs_dir
from editor.settings import Settings, save_settings
from editor.spelling import SPELLING_UNAVAILABLE
from editor.storage import StorageError
from editor.storage.recovery import RecoveryStore
from editor.wording import counted

APP_TITLE = "Statement Editor"
STATEMENT_SUFFIXES = (".yaml", ".yml")
log = logging.getLogger(__name__)
MenuEntry = tuple[str, QKeySequence.StandardKey | str | None, Callable[[], object] | QMenu | None]
"""A File menu entry: its text, its shortcut, and what it runs, the submenu it is, or None for a line."""


PREVIEW_SHARE = 3 / 7
NARROWEST_PREVIEW = 340
"""Enough to read a page's layout; below that a small laptop screen goes to the forms."""


def first_split(width: int) -> list[int]:
    """Forms and preview at first start: 4 to 3 on a wide screen; on a small laptop the forms
    get what the preview can spare, so a demand's buttons and two columns of names fit."""
    preview = min(round(width * PREVIEW_SHARE), max(NARROWEST_PREVIEW, round(width * 0.36)))
    return [width - preview, preview]


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, window_state: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.window_state = window_state
        self.document = StatementDocument(new_statement(), self)
        self.files = FileController(self, self.document, settings, self.last_folder)
        self.keeper = WorkKeeper(self.document, RecoveryStore())
        self.disk_watcher = DiskWatcher(self.files)
        self.files.folder_used.connect(lambda folder: self.window_state.setValue("last_folder", folder))
        self.spelling = Spelling(self.document)  # before the forms, whose fields look for it
        self.spelling.unavailable.connect(lambda reason: self.statusBar().showMessage(reason, 20_000))
        self.spelling.available.connect(self._spelling_available)
        self.sections = self._sections()
        self.preview = PreviewPane(self.document, settings.preview_delay_ms)
        self.preview.problem_chosen.connect(self.go_to)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._forms())
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._menus()
        self.setAcceptDrops(True)
        self.document.undo_stack.cleanChanged.connect(self._clean_changed)
        self.document.replaced.connect(self._update_title)
        self.document.saved.connect(self._update_title)
        self.files.recent_changed.connect(self._fill_recent)
        self._update_title()
        self.spelling.follow_soon()
        self._splitter_restored = False
        self._restore_state()

    # Building the window.
    def _sections(self) -> list[FormSection]:
        d = self.document
        return [
            DetailsForm(d),
            BlocksForm(
                d,
                "preamble",
                "Preamble",
                "The opening text, before the demands: why this statement, why now.",
            ),
            DemandsForm(d),
            BlocksForm(
                d, "closing", "Closing", "Text after the demands: a call to solidarity, a closing quotation."
            ),
            SignUpForm(d),
            SignatoriesForm(d, self.last_folder),
            LayoutForm(d),
        ]

    def _forms(self) -> QWidget:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            self.navigation.addItem(section.title)
            self.navigation.item(number - 1).setToolTip(f"Ctrl+{number}")
            if isinstance(section, SignatoriesForm):
                self.pages.addWidget(section)  # the table scrolls by itself
            else:
                scroll = QScrollArea()
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(section)
                self.pages.addWidget(scroll)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 32)
        forms = QWidget()
        layout = QHBoxLayout(forms)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        return forms

    def show_section(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def go_to(self, path: FieldPath) -> None:
        """Show the field a problem names, scrolled into view and focused, ready to fix."""
        for number, section in enumerate(self.sections):
            widget = section.reveal(path)
            if widget is None:
                continue
            self.show_section(number)
            page = self.pages.widget(number)
            if isinstance(page, QScrollArea):
                page.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    def _menus(self) -> None:
        files = self.menuBar().addMenu("&File")
        self.recent_menu = QMenu("Open &Recent", self)
        entries: list[MenuEntry] = [
            ("&New", QKeySequence.StandardKey.New, self.files.new),
            ("&Open…", QKeySequence.StandardKey.Open, self.files.open),
            ("", None, self.recent_menu),
            ("&Save", QKeySequence.StandardKey.Save, self.files.save),
            ("Save &As…", QKeySequence.StandardKey.SaveAs, self.files.save_as),
            ("", None, None),
            ("Re&vert to Saved", None, self.revert),
            ("", None, None),
            ("&Export PDF…", "Ctrl+E", self.export_pdf),
            ("Export Signa&tories…", "", self.export_signatories),
            ("&Print…", QKeySequence.StandardKey.Print, self.print_leaflet),
            ("Chec&k for Problems", "Ctrl+Shift+K", self.check),
            ("", None, None),
            ("&Close", QKeySequence.StandardKey.Close, self.files.new),
            ("&Quit", QKeySequence.StandardKey.Quit, self.close),
        ]
        for text, keys, action in entries:
            if isinstance(action, QMenu):
                files.addMenu(action)
            elif action is None:
                files.addSeparator()
            else:
                item = files.addAction(text)
                if isinstance(keys, QKeySequence.StandardKey):
                    item.setShortcuts(keys)  # every binding the platform has, not only the first
                elif keys:
                    item.setShortcut(QKeySequence(keys))
                item.triggered.connect(action)
        self._fill_recent()
        edit = self.menuBar().addMenu("&Edit")
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        # The text fields and the table answer these keys themselves; the entries are for the mouse.
        for text, method in (
            ("Cu&t", "cut"),
            ("&Copy", "copy"),
            ("&Paste", "paste"),
            ("Select &All", "selectAll"),
        ):
            edit.addAction(text, self._on_focused(method))
        edit.addSeparator()
        for text, keys, form_kind, adding in (
            ("Add a &Demand", "Ctrl+Shift+D", DemandsForm, "append"),
            ("Add a Si&gnatory", "Ctrl+Shift+G", SignatoriesForm, "add"),
        ):
            item = edit.addAction(text, self._adder(form_kind, adding))
            item.setShortcut(QKeySequence(keys))
        find = edit.addAction("&Find a Signatory", self.find_signatory)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        go = self.menuBar().addMenu("&Go")
        for number, section in enumerate(self.sections):
            item = QAction(section.title, self)
            item.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            item.triggered.connect(lambda _checked=False, n=number: self.show_section(n))
            go.addAction(item)
        self._help_menu()

    def _help_menu(self) -> None:
        help_menu = self.menuBar().addMenu("&Help")
        for text, guide in (
            ("The Statement &File", "format.md"),
            ("&Printing Leaflets", "printing.md"),
            ("&Names and Signatories", "signatories.md"),
        ):
            item = help_menu.addAction(text, self._guide_opener(guide))
            item.setEnabled((docs_dir() / guide).is_file())
        help_menu.addSeparator()
        help_menu.addAction(f"&About {APP_TITLE}", self.about)

    def _guide_opener(self, name: str) -> Callable[[], None]:
        """Opens a guide in the program the desktop reads such files with."""
        return lambda: self.open_guide(name)

    def open_guide(self, name: str) -> None:
        guide = docs_dir() / name
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide))):
            self.files.tell(
                "The guide could not be opened", f"No program here opens it; the guide is the file\n{guide}"
            )

    def about(self) -> None:
        messages.tell(
            self,
            f"About {APP_TITLE}",
            f"{APP_TITLE} {__version__}\n\nDraft public statements and open letters, keep the list of "
            "who signed, and print them as leaflets.\n\nFree software under the GNU General Public "
            "License, version 3 or later.",
            messages.Icon.Information,
        )

    def _adder(self, kind: type[FormSection], method: str) -> Callable[[], None]:
        """Shows the section of ``kind`` and adds an item there, ready to type in."""

        def add() -> None:
            number, section = next((n, s) for n, s in enumerate(self.sections) if isinstance(s, kind))
            self.show_section(number)
            getattr(section, method)()

        return add

    def _on_focused(self, method: str) -> Callable[[], None]:
        """What an Edit menu entry runs: ``method`` of the field with the keyboard focus."""
        return lambda: self._to_focused(method)

    def _to_focused(self, method: str) -> None:
        """Edit menu entries act on the field with the keyboard focus, as its keys would."""
        widget = QApplication.focusWidget()
        form = next(s for s in self.sections if isinstance(s, SignatoriesForm))
        if widget is form.table:  # the table's own copy and paste: rows, as a spreadsheet takes them
            {"copy": form.copy_selected, "paste": form.paste_here, "selectAll": form.table.selectAll}.get(
                method, lambda: None
            )()
        elif widget is not None and callable(getattr(widget, method, None)):
            getattr(widget, method)()

    def find_signatory(self) -> None:
        """The filter over the list of names, ready to type in."""
        number, form = next((n, s) for n, s in enumerate(self.sections) if isinstance(s, SignatoriesForm))
        self.show_section(number)
        form.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        form.filter.selectAll()

    def revert(self) -> None:
        """Back to the file as saved, after asking: every change since is dropped."""
        path = self.document.path
        if path is None or not self.document.modified:
            return
        answer = self.files.ask(
            "Revert to saved",
            f"Drop every change since “{path.name}” was last saved, and show it as it is on disk?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.files.open_path(path, asked=True)

    def check(self) -> None:
        """Every problem the statement has now, in the words of the forms: what export would say."""
        problems = [*validate(self.document.statement), *self.preview.render_problems()]
        if not problems:
            self.files.tell("No problems", "Nothing stops this statement from printing.")
            return
        said = "\n".join(f"• {problem_said(problem)}" for problem in problems)
        self.files.tell(
            counted(len(problems), "problem"), f"{said}\n\nThey are listed beside the preview too."
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files:
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, name=name: self.files.open_path(Path(name)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — {APP_TITLE}")
        self.setWindowModified(self.document.modified)

    # Files and state.
    def open_file(self, path: Path) -> bool:
        return self.files.open_path(path)

    def export_pdf(self) -> None:
        ExportDialog(self.document, self.settings, self.last_folder(), self).exec()

    def _spelling_available(self) -> None:
        if self.statusBar().currentMessage().startswith(SPELLING_UNAVAILABLE):
            self.statusBar().clearMessage()

    def print_leaflet(self) -> None:
        from editor.gui.print_dialog import PrintDialog  # Qt's printing only once asked for

        PrintDialog(self.document, self).open()

    def export_signatories(self) -> None:
        form = next(s for s in self.sections if isinstance(s, SignatoriesForm))
        form.tools.export_list()

    def last_folder(self) -> str:
        return str(self.window_state.value("last_folder", str(Path.home())))

    def _restore_state(self) -> None:
        geometry = self.window_state.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()  # a small laptop screen must show every control
            self.resize(min(1360, screen.width() * 19 // 20), min(860, screen.height() * 19 // 20))

    def showEvent(self, event: QShowEvent) -> None:
        """The splitter is restored once the window has its size, so the sizes come back exactly."""
        super().showEvent(event)
        if self._splitter_restored:
            return
        self._splitter_restored = True
        splitter = self.window_state.value("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(first_split(self.width()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.keeper.finish()  # saved, or thrown away on purpose: nothing to recover next time
        self.files.release()
        self.window_state.setValue("geometry", self.saveGeometry())
        self.window_state.setValue("splitter", self.splitter.saveState())
        self.window_state.sync()
        try:
            save_settings(self.settings)
        except StorageError as error:  # preferences are not worth keeping a window open for
            log.warning("%s", error)
        self.preview.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().lower().endswith(STATEMENT_SUFFIXES) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(STATEMENT_SUFFIXES):
                event.acceptProposedAction()
                self.open_file(Path(url.toLocalFile()))
                return
