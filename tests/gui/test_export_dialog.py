"""Export PDF writes the leaflet atomically with the chosen print options and remembers them."""

from __future__ import annotations

import pikepdf
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from editor.gui.export_dialog import ExportDialog
from editor.model import Layout
from editor.settings import load_settings


def press_export(qtbot, dialog) -> None:
    """The Export button, clicked; the dialog stays open to say what happened."""
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Export"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_writes_a_pdf_without_private_data_and_remembers_choices(
    qtbot, open_window, example_copy, tmp_path
):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    assert dialog.target.text() == str(tmp_path / "plan.pdf")
    dialog.crop_marks.setCurrentIndex(dialog.crop_marks.findData(False))
    dialog.colour.setCurrentIndex(dialog.colour.findData("cmyk"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("A4"))
    press_export(qtbot, dialog)
    assert dialog.outcome.text().startswith(f"Exported 2 pages to {tmp_path / 'plan.pdf'}")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages)
    assert "Rebuilding Ukraine" in text
    assert "m.okafor@example.org" not in text and "Asked to be listed" not in text
    trim = PdfReader(tmp_path / "plan.pdf").pages[0].trimbox
    assert (round(float(trim.width)), round(float(trim.height))) == (595, 842)  # A4
    assert window.settings.export == Layout(page_size="A4", crop_marks=False, colour="cmyk")
    window.close()
    assert load_settings().export == Layout(page_size="A4", crop_marks=False, colour="cmyk")
    again = ExportDialog(window.document, load_settings(), str(tmp_path), None)
    assert again.colour.currentData() == "cmyk" and again.crop_marks.currentData() is False


def test_a_failed_export_says_why_in_the_dialog(qtbot, open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.target.setText(str(tmp_path / "missing" / "out.pdf"))
    press_export(qtbot, dialog)
    assert dialog.outcome.text().startswith("Not exported: could not save")


def test_an_empty_save_to_asks_for_a_place(qtbot, open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.target.setText("  ")
    press_export(qtbot, dialog)
    assert dialog.outcome.text() == "Not exported: choose where to save the PDF (Save to)"


def test_a_statement_with_problems_is_not_exported(qtbot, open_window, tmp_path):
    from editor.gui.export_dialog import ExportDialog

    window = open_window(None)
    window.document.set_value(("title",), "  ", "Edit title")
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.target.setText(str(tmp_path / "out.pdf"))
    press_export(qtbot, dialog)
    assert "Title: the title must not be blank" in dialog.outcome.text()
    assert not (tmp_path / "out.pdf").exists()


def test_a_logo_outside_the_statements_folder_needs_the_organisers_tick(qtbot, open_window, tmp_path):
    Image.new("RGB", (40, 20), "red").save(tmp_path / "logo.png")
    folder = tmp_path / "statement"
    folder.mkdir()
    source = folder / "s.statement.yaml"
    source.write_text("format: 1\ntitle: Fair pay\nlayout:\n  logo: ../logo.png\n", encoding="utf-8")
    window = open_window(source)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.show()
    assert dialog.outside_logo.isVisible() and not dialog.outside_logo.isChecked()
    press_export(qtbot, dialog)
    assert "outside the statement's folder" in dialog.outcome.text()
    assert not PdfReader(folder / "s.pdf").pages[0].images  # printed without it, and said why
    qtbot.mouseClick(dialog.outside_logo, Qt.MouseButton.LeftButton)
    press_export(qtbot, dialog)
    assert dialog.outcome.text().startswith("Exported 1 page")
    assert PdfReader(folder / "s.pdf").pages[0].images  # the logo is in


def test_keeping_the_statements_own_choice_says_what_that_choice_is(open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    assert dialog.page_size.itemText(0) == "As in the statement (A5)"
    assert dialog.orientation.itemText(0) == "As in the statement (portrait)"
    assert dialog.bleed.specialValueText() == "As in the statement (3 mm)"
    assert dialog.crop_marks.itemText(0) == "As in the statement (with crop marks)"
    assert dialog.colour.itemText(0) == "As in the statement (CMYK)"
    assert dialog.output.itemText(0).startswith("As in the statement (The print shop (CMYK")


def test_the_output_chosen_in_the_dialog_makes_its_kind_of_pdf(qtbot, open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.show()
    dialog.output.setFocus()
    qtbot.keyClick(dialog.output, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.output, Qt.Key.Key_Down)  # past the print shop, to the screen
    assert dialog.output.currentData() == "screen"
    target = tmp_path / "for-screen.pdf"
    dialog.target.setText(str(target))
    press_export(qtbot, dialog)
    assert dialog.outcome.text().startswith(f"Exported 2 pages to {target}, for screen and email: RGB.")
    with pikepdf.open(target) as document:
        assert "/OutputIntents" not in document.Root
        assert any("/Annots" in page for page in document.pages)  # links to click


def test_a_name_of_another_kind_of_file_gets_the_pdf_ending_and_the_file_stays(
    qtbot, open_window, example_copy, tmp_path
):
    (tmp_path / "names.csv").write_text("Name\nAna\n", encoding="utf-8")
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.target.setText(str(tmp_path / "names.csv"))
    press_export(qtbot, dialog)
    assert dialog.outcome.text().startswith(f"Exported 2 pages to {tmp_path / 'names.csv.pdf'}")
    assert (tmp_path / "names.csv").read_text(encoding="utf-8") == "Name\nAna\n"


def test_black_overprint_is_chosen_with_the_keyboard_and_reaches_the_pdf(
    qtbot, open_window, example_copy, tmp_path
):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.show()
    dialog.black_overprint.setFocus()
    qtbot.keyClick(dialog.black_overprint, Qt.Key.Key_Down)  # past "As in the statement"
    assert dialog.black_overprint.currentText() == "Small black text overprints"
    press_export(qtbot, dialog)
    assert "black overprint" in dialog.outcome.text()
    with pikepdf.open(tmp_path / "plan.pdf") as document:
        states = [dict(s) for page in document.pages for s in page.Resources.get("/ExtGState", {}).values()]
    assert any(state.get("/OP") is True and state.get("/OPM") == 1 for state in states)
