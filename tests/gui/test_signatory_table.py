"""The signatory table: edit in place, add, delete several, filter, count, paste as one step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from editor.gui.signatories.form import SignatoriesForm, count_text
from editor.model import Signatory
from editor.model.edits import InsertItems
from tests.gui.conftest import EXAMPLE


def form_of(window) -> SignatoriesForm:
    form = next(s for s in window.sections if isinstance(s, SignatoriesForm))
    window.show_section(window.sections.index(form))
    return form


def spreadsheet(rows: int) -> str:
    return "".join(f"Person {n}\tRole {n}\tGroup {n % 3}\n" for n in range(rows))


def test_the_count_names_people_and_groups(open_window):
    form = form_of(open_window(EXAMPLE))
    assert form.count.text() == "36 signatories, 4 groups"
    assert count_text(1, 0) == "1 signatory"
    assert count_text(10_000, 3, 12) == "10,000 signatories, 3 groups (showing 12)"


def test_private_columns_are_marked_as_private(open_window):
    form = form_of(open_window(EXAMPLE))
    headers = [form.model.headerData(c, Qt.Orientation.Horizontal) for c in range(form.model.columnCount())]
    assert [h for h in headers if "(private)" in h] == [
        "Email (private)",
        "Phone (private)",
        "Note (private)",
    ]


def test_edit_a_cell_in_place_and_undo(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    cell = form.proxy.index(1, form.model.columns.index("role"))
    assert form.proxy.setData(cell, "  Secretary  ")
    assert window.document.statement.signatories[1].role == "Secretary"
    assert window.document.undo_stack.undoText() == "Edit role of Tom Reilly"
    pc = form.proxy.index(1, form.model.columns.index("personal_capacity"))
    form.proxy.setData(pc, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.document.statement.signatories[1].personal_capacity is True
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.statement.signatories[1] == Signatory(
        "Tom Reilly", role="Branch Secretary, Riverside UNISON", group="Trade unions"
    )
    assert form.proxy.index(1, 1).data() == "Branch Secretary, Riverside UNISON"


def test_pasting_200_rows_is_one_undo_step_after_saying_which_column_is_which(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = form_of(window)
    form.filter.setText("okafor")
    form.table.setCurrentIndex(form.proxy.index(0, 0))
    QGuiApplication.clipboard().setText(spreadsheet(200))
    form.paste()
    dialog = form.confirm_columns  # three columns of text: which is the third?
    assert dialog is not None and dialog.isVisible()
    assert [chooser.currentData() for chooser in dialog.choosers] == ["name", "role", "group"]  # to confirm
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    people = window.document.statement.signatories
    assert len(people) == 236
    assert people[1] == Signatory("Person 0", role="Role 0", group="Group 0")
    assert form.model.rowCount() == 236
    assert form.count.text() == "236 signatories, 7 groups"
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "Paste 200 signatories"
    assert form.selected_rows() == list(range(1, 201))
    window.document.undo_stack.undo()
    assert form.model.rowCount() == 36


def test_one_copied_cell_fills_the_current_cell_and_rows_are_added(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    role = form.model.columns.index("role")
    form.table.setCurrentIndex(form.proxy.index(1, role))
    QGuiApplication.clipboard().setText("Chair, Riverside UNISON\n")
    form.paste_here()
    people = window.document.statement.signatories
    assert len(people) == 36 and people[1].role == "Chair, Riverside UNISON"
    assert window.document.undo_stack.undoText() == "Edit role of Tom Reilly"
    form.paste()  # the button always adds: the same text becomes a new signatory below
    assert len(people) == 37 and people[2] == Signatory("Chair, Riverside UNISON")
    QGuiApplication.clipboard().setText("Ana Nowak\tChair\n")
    form.table.setCurrentIndex(form.proxy.index(0, role))
    form.paste_here()
    assert len(people) == 38 and people[1] == Signatory("Ana Nowak", role="Chair")


def test_one_copied_yes_or_no_sets_the_personal_capacity_tick_and_other_text_does_nothing(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    people = window.document.statement.signatories
    form.table.setCurrentIndex(form.proxy.index(1, form.model.columns.index("personal_capacity")))
    for text, ticked in (("yes\r\n", True), ("Maybe\n", True), ("no\n", False), ("ναι\n", True)):
        QGuiApplication.clipboard().setText(text)
        form.paste_here()
        assert people[1].personal_capacity is ticked, text
    assert len(people) == 36


def test_one_copied_cell_in_an_empty_table_becomes_a_signatory(open_window):
    window = open_window(None)
    form = form_of(window)
    QGuiApplication.clipboard().setText("Ana Nowak\n")
    form.paste_here()
    assert window.document.statement.signatories == [Signatory("Ana Nowak")]


def test_delete_several_filtered_rows_is_one_step(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    form.filter.setText("riverside")
    shown = form.proxy.rowCount()
    assert 0 < shown < 36
    assert form.count.text() == f"36 signatories, 4 groups (showing {shown})"
    selection = form.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2, 3):
        selection.select(form.proxy.index(row, 0), flags)
    doomed = [window.document.statement.signatories[r].name for r in form.selected_rows()]
    form.delete_selected()
    names = [s.name for s in window.document.statement.signatories]
    assert len(names) == 33 and not set(doomed) & set(names)
    assert window.document.undo_stack.undoText() == "Delete 3 signatories"
    window.document.undo_stack.undo()
    assert len(window.document.statement.signatories) == 36
    assert [window.document.statement.signatories[r].name for r in form.selected_rows()] == doomed


def test_add_opens_a_new_row_for_typing(open_window):
    window = open_window(None)
    form = form_of(window)
    assert not form.empty.isHidden()
    form.add()
    assert window.document.statement.signatories == [Signatory("")]
    assert form.table.state() == form.table.State.EditingState
    assert form.empty.isHidden()


def test_ten_thousand_rows_filter_count_and_delete(open_window):
    window = open_window(None)
    form = form_of(window)
    people = [(n, Signatory(f"Person {n}", group=f"Group {n % 20}")) for n in range(10_000)]
    window.document.push(InsertItems(("signatories",), people, "Import"))
    assert form.model.rowCount() == 10_000
    assert form.count.text() == "10,000 signatories, 20 groups"
    form.filter.setText("Person 999")
    assert form.proxy.rowCount() == 19  # every word anywhere: 999, 1999 ... 9999, 9990 ... 9998
    form.table.selectAll()
    form.delete_selected()
    assert len(window.document.statement.signatories) == 9_981
    assert form.proxy.rowCount() == 0


def test_copied_rows_paste_back_the_same(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    selection = form.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 25):
        selection.select(form.proxy.index(row, 0), flags)
    form.copy_selected()
    originals = [window.document.statement.signatories[r] for r in (0, 25)]
    form.table.setCurrentIndex(form.proxy.index(35, 0))
    form.paste()
    assert window.document.statement.signatories[36:] == originals


def test_a_copied_cell_that_a_spreadsheet_would_run_is_protected_and_pastes_back_as_written(open_window):
    from PySide6.QtGui import QGuiApplication

    window = open_window(None)
    form = form_of(window)
    form.paste_text('Name\tRole\n=HYPERLINK("http://x")\t+44 chair\n')
    form.table.selectionModel().select(
        form.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    form.copy_selected()
    copied = QGuiApplication.clipboard().text().splitlines()[1]
    assert "'=HYPERLINK(" in copied and "\t'+44 chair" in copied
    form.paste()
    first, second = window.document.statement.signatories
    assert second == first and first.name == '=HYPERLINK("http://x")' and first.role == "+44 chair"


def test_the_filter_ignores_case_and_accents_and_word_order(open_window):
    window = open_window(EXAMPLE)
    form = form_of(window)
    form.filter.setText("sean")
    assert [form.proxy.index(r, 0).data() for r in range(form.proxy.rowCount())] == ["Seán Ó Briain"]
    form.filter.setText("unison tom")
    assert [form.proxy.index(r, 0).data() for r in range(form.proxy.rowCount())] == ["Tom Reilly"]
    form.filter.setText("o’connell")  # typed on a phone, with a curly apostrophe
    assert [form.proxy.index(r, 0).data() for r in range(form.proxy.rowCount())] == ["Jamie O'Connell"]
    form.filter.setText("ЮЛІЯ")
    assert [form.proxy.index(r, 0).data() for r in range(form.proxy.rowCount())] == ["Юлія Їжакевич"]
    assert form.count.text() == "36 signatories, 4 groups (showing 1)"


def test_pasted_rows_with_a_quote_never_closed_are_refused_with_a_message(open_window, monkeypatch):
    from editor.gui import messages

    shown = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text: shown.append(text))
    window = open_window(EXAMPLE)
    form = form_of(window)
    assert form.paste_text('Ana Nowak\t"Steward (Unite\nTom Reilly\tChair\n') == 0
    assert shown == [
        "The copied text, line 1: a quotation mark opens a cell that is never closed, so every "
        "line after it would be read into that one cell; close the quote or take it out, then "
        "try again."
    ]
    assert len(window.document.statement.signatories) == 36


def test_pasting_names_already_listed_adds_them_and_says_so(open_window, told):
    window = open_window(EXAMPLE)
    form = form_of(window)
    assert form.paste_text("Tom Reilly\nAna Nowak\nsean o briain\nTom Reilly\n") == 4
    assert len(window.document.statement.signatories) == 40
    assert told == [
        "3 pasted names already listed or pasted twice (Tom Reilly, sean o briain, Tom Reilly). "
        "Duplicates… shows each beside the other, to merge or keep both; Undo takes the paste back."
    ]


def test_rows_pasted_without_headings_put_a_yes_column_in_personal_capacity(open_window, qtbot):
    window = open_window(None)
    form = form_of(window)
    window.show_section(window.sections.index(form))
    QGuiApplication.clipboard().setText("Ana Kowalska\tBranch Secretary\tyes\nTom Reilly\tChair\t\n")
    form.table.setFocus()
    qtbot.waitUntil(form.table.hasFocus)
    qtbot.keyClick(form.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    people = window.document.statement.signatories
    assert [(p.name, p.role, p.group, p.personal_capacity) for p in people] == [
        ("Ana Kowalska", "Branch Secretary", "", True),
        ("Tom Reilly", "Chair", "", False),
    ]


def test_tab_leaves_the_table_and_escape_clears_the_filter(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = form_of(window)
    window.show_section(window.sections.index(form))
    form.table.setFocus()
    qtbot.waitUntil(form.table.hasFocus)
    qtbot.keyClick(form.table, Qt.Key.Key_Tab)
    assert not form.table.hasFocus()
    form.filter.setFocus()
    qtbot.keyClicks(form.filter, "okafor")
    qtbot.keyClick(form.filter, Qt.Key.Key_Escape)
    assert form.filter.text() == ""


def test_on_a_small_screen_the_name_and_role_share_the_table_width_until_set_by_hand(open_window, qtbot):
    window = open_window(EXAMPLE)
    window.resize(1024, 768)
    window.splitter.setSizes([600, 424])  # as the first start splits a 1024-pixel screen
    form = form_of(window)
    window.show_section(window.sections.index(form))
    table = form.table
    qtbot.waitUntil(lambda: table.viewport().width() < 420)
    qtbot.waitUntil(lambda: abs(table.columnWidth(0) + table.columnWidth(1) - table.viewport().width()) <= 2)
    table.horizontalHeader().resizeSection(1, 300)  # as a drag on the header's edge sets it
    window.splitter.setSizes([580, 444])
    qtbot.wait(50)
    assert table.columnWidth(1) == 300
