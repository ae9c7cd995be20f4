"""Import, sort, groups and duplicates in the window: each one undo step, nothing silent."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from editor.gui.signatories.duplicates_dialog import DuplicatesDialog
from editor.gui.signatories.form import SignatoriesForm
from editor.gui.signatories.groups_dialog import GroupsDialog
from editor.model import Signatory
from editor.model.edits import InsertItems
from editor.model.signatory_lists import group_order
from editor.pdf.render import render_pdf
from tests.gui.conftest import EXAMPLE

CSV = Path(__file__).resolve().parents[1] / "data" / "csv"


def form_of(window) -> SignatoriesForm:
    (form,) = [s for s in window.sections if isinstance(s, SignatoriesForm)]
    return form


def names(window) -> list[str]:
    return [p.name for p in window.document.statement.signatories]


def test_import_previews_maps_skips_duplicates_and_is_one_undo_step(open_window):
    window = open_window(EXAMPLE)
    before = names(window)
    dialog = form_of(window).tools.import_path(CSV / "utf16-tab.txt")
    assert dialog is not None
    assert len(window.document.statement.signatories) == 36, "nothing is added before Import"
    assert dialog.summary.text() == "1 name to add; 2 likely duplicates skipped."
    assert dialog.duplicate_list.count() == 2
    dialog.keep_duplicates.setChecked(True)
    assert dialog.summary.text() == "3 names to add; 2 likely duplicates added anyway."
    dialog.keep_duplicates.setChecked(False)
    dialog.accept()
    assert names(window) == [*before, "Олена Петренко"]
    window.document.undo_stack.undo()
    assert names(window) == before


def test_changing_a_column_mapping_changes_what_is_imported(open_window):
    window = open_window(None)
    dialog = form_of(window).tools.import_path(CSV / "google-form.csv")
    organisation = dialog.choosers[2]
    organisation.setCurrentIndex(organisation.findData("group"))
    dialog.choosers[4].setCurrentIndex(dialog.choosers[4].findData("personal_capacity"))
    dialog.accept()
    assert window.document.statement.signatories == [
        Signatory("Priya Raman", group="NEU", personal_capacity=True, email="priya@example.org"),
        Signatory("Tom Reilly", group="UNISON", email="tom@example.org"),
    ]


def test_a_first_row_of_unknown_headings_can_be_taken_as_headings(open_window, tmp_path):
    source = tmp_path / "nimet.csv"
    source.write_text("Nimi,Rooli\nAnna Virtanen,Puheenjohtaja\n", encoding="utf-8")
    window = open_window(None)
    dialog = form_of(window).tools.import_path(source)
    assert not dialog.headings.isChecked()
    assert dialog.summary.text() == "2 names to add."
    dialog.headings.setChecked(True)
    assert [dialog.choosers[0].currentData(), dialog.choosers[1].currentData()] == ["name", None]
    dialog.choosers[1].setCurrentIndex(dialog.choosers[1].findData("role"))
    assert dialog.summary.text() == "1 name to add."
    dialog.accept()
    assert window.document.statement.signatories == [Signatory("Anna Virtanen", role="Puheenjohtaja")]


def test_unclear_personal_capacity_answers_are_counted_before_import(open_window, tmp_path):
    source = tmp_path / "form.csv"
    source.write_text("Name,Personal capacity\nAna,oui\nTom,maybe\nIhor,if needed\n", encoding="utf-8")
    dialog = form_of(open_window(None)).tools.import_path(source)
    assert dialog.summary.text() == (
        "3 names to add; 2 personal capacity answers neither yes nor no, read as no (lines 3, 4)."
    )


def test_a_field_chosen_for_a_second_column_leaves_the_first_out_in_sight(open_window, tmp_path):
    source = tmp_path / "two-roles.csv"
    source.write_text("Name,Position,Union\nAna,Chair,GMB\n", encoding="utf-8")
    dialog = form_of(open_window(None)).tools.import_path(source)
    assert [c.currentData() for c in dialog.choosers] == ["name", "role", "organisation"]
    dialog.choosers[2].setCurrentIndex(dialog.choosers[2].findData("role"))
    assert [c.currentData() for c in dialog.choosers] == ["name", None, "role"]
    dialog.accept()
    assert dialog.document.statement.signatories == [Signatory("Ana", role="GMB")]


def test_a_file_that_is_not_csv_is_refused_with_a_message(open_window, monkeypatch):
    from editor.gui import messages

    shown = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text: shown.append(text))
    window = open_window(None)
    assert form_of(window).tools.import_path(CSV / "not-csv.csv") is None
    assert shown == ["not-csv.csv: this is not a CSV file (it looks like a binary file)"]


def test_sorting_is_one_undo_step_and_says_when_the_groups_moved(open_window, monkeypatch):
    from editor.gui import messages

    shown = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text, icon=None: shown.append(text))
    window = open_window(EXAMPLE)
    before = names(window)
    sort = next(b for b in form_of(window).findChildren(QToolButton) if b.text() == "Sort")
    entries = {action.text(): action for action in sort.menu().actions()}
    entries["By group, then surname"].trigger()
    assert shown == []  # the groups kept their order
    window.document.undo_stack.undo()
    entries["By surname"].trigger()
    assert names(window)[:3] == ["Michael Adeyemi", "Björn Åkesson", "Baroness Aldridge of Kew"]
    assert shown[0].startswith(
        "Sorted; the groups print in the order their first name now comes: Trade unions, Community and faith,"
    )
    assert window.document.undo_stack.undoText() == "Sort by surname"
    window.document.undo_stack.undo()
    assert names(window) == before


def test_groups_are_renamed_everywhere_and_reordered_in_one_step(open_window, qtbot):
    window = open_window(EXAMPLE)
    dialog = GroupsDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert [dialog.groups.item(r).text() for r in range(dialog.groups.count())] == [
        "Trade unions", "Trade unions in Ukraine", "Elected representatives", "Community and faith",
        "(names without a group)",
    ]  # fmt: skip
    dialog.groups.item(2).setText("Councillors and MPs")
    moved = dialog.groups.takeItem(2)
    dialog.groups.insertItem(0, moved)
    dialog.accept()
    people = window.document.statement.signatories
    assert group_order(window.document.statement.signatories) == [
        "Councillors and MPs", "Trade unions", "Trade unions in Ukraine", "Community and faith",
    ]  # fmt: skip
    assert sum(p.group == "Councillors and MPs" for p in people) == 5
    assert people[0].name == "Councillor Helen Price"
    window.document.undo_stack.undo()
    assert group_order(window.document.statement.signatories)[0] == "Trade unions"


def test_moving_selected_signatories_to_a_group(open_window):
    window = open_window(EXAMPLE)
    form_of(window).tools.set_group([29, 30], "Friends")
    people = window.document.statement.signatories
    assert [(p.name, p.group) for p in people[29:31]] == [
        ("Dariusz Nowak", "Friends"),
        ("Chloé Martin", "Friends"),
    ]
    assert window.document.undo_stack.undoText() == "Move 2 signatories to Friends"


def test_duplicates_are_shown_side_by_side_and_merged_only_when_asked(open_window, qtbot):
    window = open_window(EXAMPLE)
    people = window.document.statement.signatories
    added = [(36, Signatory("sean o briain", email="sean@example.org", note="via the form")),
             (37, Signatory("Dr Mariam Okafor"))]  # fmt: skip
    window.document.push(InsertItems(("signatories",), added, "Add"))
    dialog = DuplicatesDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Seán Ó Briain" in dialog.sides[0].text() and "via the form" in dialog.sides[1].text()
    dialog.keep_current()
    assert dialog.list.count() == 1
    assert len(window.document.statement.signatories) == 38, "keeping both changes nothing"
    dialog.merge_current()
    assert dialog.list.count() == 0
    assert len(window.document.statement.signatories) == 37
    assert window.document.undo_stack.undoText() == "Merge Dr Mariam Okafor into Dr Mariam Okafor"
    assert people[0].email == "m.okafor@example.org"


def test_swapping_two_group_names_in_the_dialog_swaps_them_rather_than_merging(open_window, qtbot):
    window = open_window(EXAMPLE)
    before = window.document.statement.signatories
    dialog = GroupsDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.groups.item(0).setText("Trade unions in Ukraine")
    dialog.groups.item(1).setText("Trade unions")
    dialog.accept()
    swap = {"Trade unions": "Trade unions in Ukraine", "Trade unions in Ukraine": "Trade unions"}
    after = window.document.statement.signatories
    assert [p.group for p in after] == [swap.get(p.group, p.group) for p in before]
    assert window.document.undo_stack.undoText() == "Arrange groups"


def click_tool(qtbot, window, text: str) -> None:
    button = next(b for b in form_of(window).findChildren(QToolButton) if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def printed_text(window) -> str:
    result = render_pdf(window.document.statement, base_dir=EXAMPLE.parent)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)


def test_names_put_first_print_first_without_a_heading(open_window, qtbot):
    window = open_window(EXAMPLE)
    assert "ALSO SIGNED BY" in printed_text(window), "the example's loose names follow the groups"
    form = form_of(window)
    table = form.table
    for count, name in enumerate(["Kwame Asante", "Dariusz Nowak"]):
        row = names(window).index(name)
        cell = table.visualRect(form.proxy.mapFromSource(form.model.index(row, 0)))
        if cell.isEmpty():
            table.scrollTo(form.proxy.mapFromSource(form.model.index(row, 0)))
            cell = table.visualRect(form.proxy.mapFromSource(form.model.index(row, 0)))
        modifier = Qt.KeyboardModifier.ControlModifier if count else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, cell.center())
    click_tool(qtbot, window, "Put first")
    assert names(window)[:2] == ["Dariusz Nowak", "Kwame Asante"], "in the list's order"
    assert form.selected_rows() == [0, 1], "the moved names stay selected, shown at the top"
    assert window.document.undo_stack.undoText() == "Put 2 signatories first"
    text = printed_text(window)
    assert "ALSO SIGNED BY" not in text
    heading = text.index("SIGNATORIES")
    assert text.index("Dariusz Nowak") > heading
    assert text.index("Kwame Asante") < text.index("TRADE UNIONS"), "before the first group"
    window.document.undo_stack.undo()
    assert names(window)[0] == "Dr Mariam Okafor"


def test_the_names_without_a_group_move_in_the_groups_dialog_by_keys(open_window, qtbot):
    window = open_window(EXAMPLE)
    click_tool(qtbot, window, "Groups…")
    (dialog,) = [d for d in window.findChildren(GroupsDialog) if d.isVisible()]
    last = dialog.groups.count() - 1
    assert dialog.groups.item(last).text() == "(names without a group)"
    dialog.activateWindow()
    dialog.groups.setFocus()
    qtbot.waitUntil(dialog.groups.hasFocus)
    dialog.groups.setCurrentRow(last)
    for _ in range(last):
        qtbot.keyClick(dialog.groups, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.groups.item(0).text() == "(names without a group)"
    assert dialog.counts.text().startswith("(names without a group): 7  ·  Trade unions: 9")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    people = window.document.statement.signatories
    assert [p.group for p in people[:7]] == [""] * 7
    assert group_order(people)[0] == "Trade unions"
    assert "ALSO SIGNED BY" not in printed_text(window)
    assert window.document.undo_stack.undoText() == "Arrange groups"
