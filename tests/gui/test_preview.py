"""The live preview shows the real PDF, follows edits, keeps the reader's place, lists problems."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QToolButton

from editor.model import Demand, Signatory
from editor.model.edits import InsertItems
from tests.gui.conftest import EXAMPLE

RENDER_WAIT_MS = 30_000


def settled(qtbot, window):
    qtbot.waitUntil(window.preview.is_idle, timeout=RENDER_WAIT_MS)
    return window.preview


def page_text(preview, page: int) -> str:
    return preview.pdf.getAllText(page).text()


def test_the_preview_shows_the_statement_and_its_page_count(open_window, qtbot):
    preview = settled(qtbot, open_window(EXAMPLE))
    assert preview.pdf.pageCount() == 2
    assert preview.page_label.text().startswith("2 pages")
    assert "A Workers’ Plan for Rebuilding Ukraine" in page_text(preview, 0)  # as typeset
    assert preview.problems.isHidden()


def test_an_edit_refreshes_the_preview_and_keeps_page_and_zoom(open_window, qtbot):
    window = open_window(EXAMPLE)
    preview = settled(qtbot, window)
    preview.view.setZoomMode(QPdfView.ZoomMode.Custom)
    preview.view.setZoomFactor(1.5)
    preview.view.pageNavigator().jump(1, preview.view.pageNavigator().currentLocation(), 1.5)
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        window.document.set_value(("title",), "Rebuild with rights", "Edit title")
    settled(qtbot, window)
    assert "Rebuild with rights" in page_text(preview, 0)
    assert preview.view.pageNavigator().currentPage() == 1
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == 1.5


def test_problems_are_listed_beside_the_preview_not_in_a_dialog(open_window, qtbot):
    window = open_window(EXAMPLE)
    preview = settled(qtbot, window)
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        window.document.push(InsertItems(("demands",), [(6, Demand("   "))], "Add demand"))
    texts = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert "Demand 7, text: the text of this demand is blank" in texts
    assert not preview.problems.isHidden()


def test_a_render_error_keeps_the_last_good_preview_and_says_why(open_window, qtbot):
    window = open_window(EXAMPLE)
    preview = settled(qtbot, window)
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        window.document.set_value(("layout", "theme"), "no-such-theme", "Edit theme")
    assert preview.problems.item(0).text().startswith("Preview not updated:")
    assert "no-such-theme" in preview.problems.item(0).text()
    assert preview.pdf.pageCount() == 2


def test_clicking_a_problem_goes_to_its_field(open_window, qtbot):
    window = open_window(EXAMPLE)
    preview = settled(qtbot, window)
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        window.document.set_value(("preamble", 1, "text"), " ", "Edit quotation")
    (item,) = [preview.problems.item(i) for i in range(preview.problems.count())]
    assert item.text() == "Preamble block 2, text: this block is blank"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    where = preview.problems.visualItemRect(item).center()
    qtbot.mouseClick(preview.problems.viewport(), Qt.MouseButton.LeftButton, pos=where)
    preamble = window.sections[window.navigation.currentRow()]
    assert preamble.title == "Preamble"
    assert preamble.fields[("preamble", 1, "text")].hasFocus()


def test_a_problem_with_a_signatory_selects_the_row(open_window, qtbot):
    window = open_window(EXAMPLE)
    window.document.set_value(("signatories", 30, "name"), "", "Edit name")
    window.go_to(("signatories", 30, "name"))
    form = window.sections[window.navigation.currentRow()]
    assert form.title == "Signatories"
    assert form.proxy.mapToSource(form.table.currentIndex()).row() == 30


def test_a_render_taking_long_says_the_preview_is_updating(open_window, qtbot):
    window = open_window(None)
    preview = window.preview
    qtbot.waitUntil(lambda: not preview._busy, timeout=10_000)
    preview.slow.setInterval(0)  # as if every render took longer than a second
    people = [(n, Signatory(f"Person {n}", role="Nurse")) for n in range(2_000)]
    window.document.push(InsertItems(("signatories",), people, "Import"))
    preview.render_now()
    qtbot.waitUntil(lambda: preview.page_label.text() == "Updating the preview…", timeout=10_000)
    qtbot.waitUntil(lambda: "page" in preview.page_label.text() and not preview._busy, timeout=30_000)


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives: a settled window receives none."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_one_page_preview_with_a_problem_settles_instead_of_relaying_out_forever(
    open_window, qtbot, tmp_path
):
    # At this window size the fitted page, with the problem list below it, is just the height
    # at which a scroll bar that comes and goes changes whether the page fits.
    path = tmp_path / "fist.statement.yaml"
    path.write_text("format: 1\ntitle: Solidarity \u270a\n", encoding="utf-8")
    window = open_window(None)
    window.resize(1000, 700)
    window.open_file(path)
    preview = settled(qtbot, window)
    assert not preview.problems.isHidden()
    qtbot.wait(300)
    requests = LayoutRequests()
    preview.view.installEventFilter(requests)
    qtbot.wait(300)
    preview.view.removeEventFilter(requests)
    assert requests.count <= 2


def test_an_edit_keeps_the_place_on_the_page_the_reader_scrolled_to(open_window, qtbot):
    window = open_window(EXAMPLE)
    window.resize(1360, 860)
    preview = settled(qtbot, window)
    bar = preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=RENDER_WAIT_MS)
    bar.setValue(bar.maximum() // 3)
    place = bar.value()
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        window.document.set_value(("title",), "Rebuild with rights", "Edit title")
    settled(qtbot, window)
    qtbot.wait(100)
    assert bar.value() == place


def test_zooming_deep_in_a_long_leaflet_stays_on_the_page_being_read(open_window, qtbot):
    window = open_window(None)
    people = [(n, Signatory(f"Person {n:04d}", role="Branch Secretary")) for n in range(1500)]
    window.document.push(InsertItems(("signatories",), people, "Import"))
    window.resize(1360, 860)
    preview = settled(qtbot, window)
    qtbot.waitUntil(lambda: preview.pdf.pageCount() > 15, timeout=RENDER_WAIT_MS)
    bar = preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=RENDER_WAIT_MS)
    bar.setValue(bar.maximum() * 7 // 10)
    qtbot.wait(50)
    reading = preview.view.pageNavigator().currentPage()
    assert reading > 8
    buttons = {button.text(): button for button in preview.findChildren(QToolButton)}
    for text in ("+", "+", "−", "Fit width", "Whole page", "Fit width"):
        buttons[text].click()
        qtbot.wait(50)
        assert abs(preview.view.pageNavigator().currentPage() - reading) <= 1, text
    fitted = bar.maximum()
    buttons["−"].click()  # from the fitted width, smaller: the document gets shorter
    assert bar.maximum() < fitted


def test_a_file_opened_after_another_starts_at_its_first_page(open_window, qtbot, example_copy, tmp_path):
    window = open_window(EXAMPLE)
    window.resize(1360, 860)
    preview = settled(qtbot, window)
    bar = preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=RENDER_WAIT_MS)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == 1, timeout=RENDER_WAIT_MS)
    other = tmp_path / "other.statement.yaml"
    other.write_bytes(example_copy.read_bytes().replace(b"A Workers' Plan", b"Another Plan"))
    with qtbot.waitSignal(preview.refreshed, timeout=RENDER_WAIT_MS):
        assert window.open_file(other)
    settled(qtbot, window)
    qtbot.wait(100)
    assert "Another Plan" in page_text(preview, 0)
    assert preview.view.pageNavigator().currentPage() == 0
    assert bar.value() == 0
