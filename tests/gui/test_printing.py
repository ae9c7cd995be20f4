"""File → Print on a desk printer: the leaflet's own pages, both sides by hand, a booklet."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageStat
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from editor.gui import messages
from editor.gui.print_dialog import PrintDialog
from tests.gui.test_menus import entry


def printer_writes_to(monkeypatch, target: Path, copies: int = 1) -> None:
    """The system's print dialog, answered: a printer that writes a PDF file."""

    def chosen(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        paper = printer.pageLayout()  # as the dialog offered it; a file printer starts on A4
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(paper)
        printer.setCopyCount(copies)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", chosen)


def fronts_kept_at(monkeypatch, target: Path, printed: Path) -> list[str]:
    """Between the passes: what the organiser is told, with the fronts kept aside."""
    said: list[str] = []

    def turn_the_stack(parent, title, text, buttons, default):
        said.append(text)
        shutil.copy(printed, target)
        return messages.Button.Ok

    monkeypatch.setattr(messages, "ask", turn_the_stack)
    return said


def print_from_menu(window, qtbot, *, booklet: bool, by_hand: bool) -> None:
    entry(window, "&File", "&Print…").trigger()
    (dialog,) = [d for d in window.findChildren(PrintDialog) if d.isVisible()]
    qtbot.mouseClick(dialog.booklet if booklet else dialog.leaflet, Qt.MouseButton.LeftButton)
    if by_hand:
        qtbot.mouseClick(dialog.by_hand, Qt.MouseButton.LeftButton)
    button = next(b for b in dialog.findChild(QDialogButtonBox).buttons() if b.text() == "&Print…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sheet_image(path: Path, page: int = 0) -> Image.Image:
    (image,) = PdfReader(path).pages[page].images
    return image.image.convert("L")


def test_a_leaflet_prints_page_by_page_at_its_own_size(
    open_window, qtbot, monkeypatch, tmp_path, example_copy
):
    window = open_window(example_copy)
    printer_writes_to(monkeypatch, tmp_path / "printed.pdf")
    print_from_menu(window, qtbot, booklet=False, by_hand=False)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == 2
    width_mm, height_mm = (float(side) / 72 * 25.4 for side in pages[0].mediabox[2:])
    assert (round(width_mm), round(height_mm)) == (148, 210), "A5, without bleed"
    title_band = sheet_image(tmp_path / "printed.pdf").crop((0, 0, 200, 60))
    assert ImageStat.Stat(title_band).mean[0] < 200, "the leaflet's dark title band is at the top"


def test_an_odd_count_both_sides_by_hand_prints_fronts_then_backs_copy_by_copy(
    open_window, qtbot, monkeypatch, tmp_path, example_copy
):
    example_copy.write_text(example_copy.read_text().replace("fit_pages: 2", "fit_pages: 3"))
    window = open_window(example_copy)
    printer_writes_to(monkeypatch, tmp_path / "printed.pdf", copies=2)
    said = fronts_kept_at(monkeypatch, tmp_path / "fronts.pdf", tmp_path / "printed.pdf")
    print_from_menu(window, qtbot, booklet=False, by_hand=True)
    fronts, backs = (PdfReader(tmp_path / name).pages for name in ("fronts.pdf", "printed.pdf"))
    assert len(fronts) == len(backs) == 4, "three pages on two sheets, two copies of each"
    assert [len(page.images) for page in backs] == [1, 0, 1, 0], "each copy's last sheet has a blank back"
    assert said and "turn it over along its long side" in said[0] and "(4 sheets)" in said[0]
    assert "The last sheet of each copy gets a blank back" in said[0]


def test_a_booklet_by_hand_prints_its_backs_turned_half_round(
    open_window, qtbot, monkeypatch, tmp_path, example_copy, told
):
    window = open_window(example_copy)
    printer_writes_to(monkeypatch, tmp_path / "printed.pdf")
    said = fronts_kept_at(monkeypatch, tmp_path / "fronts.pdf", tmp_path / "printed.pdf")
    print_from_menu(window, qtbot, booklet=True, by_hand=True)
    assert "blank back" not in said[0]
    assert told[-1].startswith("Fold the sheets together down the middle")
    front = sheet_image(tmp_path / "fronts.pdf")
    assert front.width > front.height, "two A5 pages side by side on a landscape sheet"
    assert image_placement(tmp_path / "fronts.pdf")[0] > 0, "the fronts print upright"
    a, _, _, d, _, _ = image_placement(tmp_path / "printed.pdf")
    assert a < 0 and d < 0, "the backs print turned half round, to meet the turned stack"
    printer_writes_to(monkeypatch, tmp_path / "duplex.pdf")
    print_from_menu(window, qtbot, booklet=True, by_hand=False)
    assert len(PdfReader(tmp_path / "duplex.pdf").pages) == 2, "a printer that turns the sheet itself"
    assert image_placement(tmp_path / "duplex.pdf", 1)[0] > 0


def image_placement(path: Path, page: int = 0) -> list[float]:
    """The matrix the page's one image is drawn with, read off its content stream."""
    reader = PdfReader(path)
    matrix, saved = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    for operands, operator in ContentStream(reader.pages[page].get_contents(), reader).operations:
        if operator == b"q":
            saved.append(matrix)
        elif operator == b"Q":
            matrix = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(x) for x in operands)
            m = matrix
            matrix = [
                a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5],
            ]  # fmt: skip
        elif operator == b"Do":
            return matrix
    raise AssertionError("no image on the page")
