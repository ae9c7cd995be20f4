"""Export signatories from the window: public columns unless asked, the selection if asked."""

from __future__ import annotations

import csv

from PySide6.QtCore import QItemSelectionModel

from editor.gui.export_dialog import ExportDialog
from editor.gui.signatories.list_export_dialog import ListExportDialog
from tests.gui.test_signatory_table import form_of


def rows_of(path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel shows accents and Cyrillic only with it
    return list(csv.reader(data[3:].decode("utf-8").splitlines()))


def test_the_list_is_exported_with_public_columns_only_by_default(open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = form_of(window).tools.export_list()
    assert dialog.target.text() == str(tmp_path / "plan-signatories.csv")
    assert not dialog.private.isChecked() and dialog.only_selected.isHidden()
    assert dialog.export()
    target = tmp_path / "plan-signatories.csv"
    assert dialog.outcome.text() == f"Exported 36 signatories (public columns only) to {target}."
    rows = rows_of(target)
    assert rows[0] == ["name", "role", "group", "personal_capacity"]
    assert len(rows) == 37 and rows[1][0] == window.document.statement.signatories[0].name
    assert "m.okafor@example.org" not in target.read_text(encoding="utf-8-sig")


def test_private_columns_and_a_selection_are_exported_only_when_chosen(open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    form = form_of(window)
    people = window.document.statement.signatories
    okafor = next(n for n, p in enumerate(people) if p.email == "m.okafor@example.org")
    chosen = sorted({okafor, 5})
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in chosen:
        form.table.selectionModel().select(form.proxy.index(row, 0), flags)
    dialog = form.tools.export_list()
    assert dialog.only_selected.text() == "Only the 2 selected signatories"
    dialog.only_selected.setChecked(True)
    dialog.private.setChecked(True)
    dialog.target.setText("for-us")  # a bare name goes beside the statement, as CSV
    assert dialog.export()
    rows = rows_of(tmp_path / "for-us.csv")
    assert rows[0][-3:] == ["email", "phone", "note"]
    assert [r[0] for r in rows[1:]] == [people[row].name for row in chosen]
    assert "m.okafor@example.org" in rows[1 + chosen.index(okafor)]
    again = form.tools.export_list()
    assert not again.private.isChecked()  # sending private details on is chosen every time


def test_an_export_that_would_harm_the_statement_or_has_no_place_is_refused(open_window, example_copy):
    window = open_window(example_copy)
    dialog = form_of(window).tools.export_list()
    dialog.target.setText(" ")
    assert not dialog.export()
    assert dialog.outcome.text() == "Not exported: choose where to save the list (Save to)"
    dialog.target.setText(str(example_copy.with_suffix(".csv")))
    assert dialog.export()  # plan.statement.csv is not the statement
    before = example_copy.read_bytes()
    dialog.target.setText(str(example_copy.parent / "missing" / "list.csv"))
    assert not dialog.export()
    assert dialog.outcome.text().startswith("Not exported: could not save")
    assert example_copy.read_bytes() == before


def test_a_pdf_named_without_its_ending_gets_it(open_window, example_copy, tmp_path):
    window = open_window(example_copy)
    dialog = ExportDialog(window.document, window.settings, str(tmp_path), window)
    dialog.target.setText("leaflet")
    assert dialog.export()
    assert (tmp_path / "leaflet.pdf").read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "leaflet").exists()


def test_the_file_menu_offers_the_list_export(open_window, example_copy):
    window = open_window(example_copy)
    entries = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export Signa&tories…" in entries
    window.export_signatories()
    assert [d.isVisible() for d in window.findChildren(ListExportDialog)] == [True]
