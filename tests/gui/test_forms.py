"""Every form edits the statement through undoable steps; typing in one field is one step."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QByteArray, QDate, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QToolButton

from editor.gui.forms.blocks_form import BlocksForm
from editor.gui.forms.card_list import ITEM_MIME
from editor.gui.forms.demands_form import DemandsForm
from editor.gui.forms.details_form import DetailsForm
from editor.gui.forms.fields import DateField
from editor.gui.forms.layout_form import LayoutForm
from editor.gui.forms.sign_up_form import SignUpForm
from editor.model import Heading, Quote
from tests.gui.conftest import EXAMPLE


def section(window, kind):
    return next(s for s in window.sections if isinstance(s, kind))


def undo_text(window) -> str:
    return window.document.undo_stack.undoText()


def test_typing_in_the_title_is_one_undo_step(open_window, qtbot):
    window = open_window(EXAMPLE)
    title = section(window, DetailsForm).fields[("title",)]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Rebuild with rights")
    assert window.document.statement.title == "Rebuild with rights"
    assert window.document.undo_stack.count() == 1
    assert undo_text(window) == "Edit title"
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.document.statement.title == "A Workers' Plan for Rebuilding Ukraine"
    assert title.text() == "A Workers' Plan for Rebuilding Ukraine"
    assert not window.isWindowModified()
    window.document.undo_stack.redo()
    assert title.text() == "Rebuild with rights"


def test_ctrl_z_in_a_field_undoes_the_window_s_steps(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DemandsForm)
    window.show_section(window.sections.index(form))
    form.insert(len(form.items))
    text = form.fields[("demands", 6, "text")]
    heading = form.fields[("demands", 6, "heading")]
    for field, words in ((heading, "Education"), (text, "Free courses")):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, words)
    assert window.document.undo_stack.count() == 3
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_stack.index() == 2
    assert window.document.statement.demands[6].text == ""
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.statement.demands[6].heading == ""
    assert heading.text() == ""
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0][0]
    qtbot.keyClick(text, redo.key(), redo.keyboardModifiers())
    assert heading.text() == "Education"


def test_coming_back_to_a_field_starts_a_new_step(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DetailsForm)
    issuer, subtitle = form.fields[("issuer",)], form.fields[("subtitle",)]
    for field, text in ((issuer, " A"), (subtitle, " B"), (issuer, " C")):
        field.setFocus()
        field.end(False)
        qtbot.keyClicks(field, text)
    assert window.document.undo_stack.count() == 3
    window.document.undo_stack.undo()
    assert window.document.statement.issuer.endswith(" A")


def test_multi_line_text_grows_with_its_text(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DemandsForm)
    window.show_section(window.sections.index(form))
    text = form.fields[("demands", 0, "text")]
    before = text.height()
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    for line in ("more", "and more", "and more still"):
        qtbot.keyClick(text, Qt.Key.Key_Return)
        qtbot.keyClicks(text, line)
    assert text.height() > before
    assert window.document.statement.demands[0].text.endswith("and more still")
    assert window.document.undo_stack.count() == 1


def test_date_picker_sets_and_clears_the_date(open_window):
    window = open_window(EXAMPLE)
    date = section(window, DetailsForm).fields[("date",)]
    assert isinstance(date, DateField)
    date.editor.setDate(QDate(2027, 1, 2))
    assert window.document.statement.date == datetime.date(2027, 1, 2)
    date.printed.click()
    assert window.document.statement.date is None
    assert not date.editor.isEnabled()
    date.printed.click()
    assert window.document.statement.date == datetime.date.today()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert date.editor.date() == QDate(2027, 1, 2) and date.printed.isChecked()


def test_add_reorder_and_remove_demands_with_numbers_following_the_order(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DemandsForm)
    first_texts = [d.text for d in window.document.statement.demands]
    form.insert(len(form.items))
    assert len(window.document.statement.demands) == 7
    new_text = form.fields[("demands", 6, "text")]
    qtbot.keyClicks(new_text, "Free trade union education")
    form.move_item(6, 0)
    assert window.document.statement.demands[0].text == "Free trade union education"
    numbers = [card.findChild(type(card.header.itemAt(1).widget()), "demandNumber").text()
               for card in form.column._card_widgets()]  # fmt: skip
    assert numbers == [str(n) for n in range(1, 8)]
    form.duplicate(0)
    form.remove(0)
    assert window.document.undo_stack.count() == 5
    for _ in range(5):
        window.document.undo_stack.undo()
    assert [d.text for d in window.document.statement.demands] == first_texts
    assert len(form.column._card_widgets()) == 6


def test_alt_down_moves_the_demand_that_has_focus(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DemandsForm)
    window.show_section(window.sections.index(form))
    second = window.document.statement.demands[1].text
    heading = form.fields[("demands", 1, "heading")]
    heading.setFocus()
    qtbot.waitUntil(heading.hasFocus)
    qtbot.keyClick(heading, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.statement.demands[2].text == second
    assert undo_text(window) == "Move demand"


def test_dropping_a_card_moves_it_between_the_cards(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, DemandsForm)
    window.show_section(window.sections.index(form))
    cards = form.column._card_widgets()
    qtbot.waitUntil(lambda: cards[0].height() > 20)
    last = window.document.statement.demands[-1].text
    data = QMimeData()
    data.setData(ITEM_MIME, QByteArray(b"demands\n5"))
    just_above_the_second = QPointF(20, cards[1].geometry().top() + 2)
    drop = QDropEvent(
        just_above_the_second,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.column.dropEvent(drop)
    assert window.document.statement.demands[1].text == last
    assert window.document.undo_stack.undoText() == "Move demand"


def test_change_block_kind_keeps_the_words_and_undoes_in_one_step(open_window):
    window = open_window(EXAMPLE)
    preamble = next(s for s in window.sections if isinstance(s, BlocksForm) and s.list_key == "preamble")
    quote = window.document.statement.preamble[1]
    assert isinstance(quote, Quote)
    preamble.change_kind(1, Heading)
    assert window.document.statement.preamble[1] == Heading(quote.text)
    assert undo_text(window) == "Change block to sub-heading"
    window.document.undo_stack.undo()
    assert window.document.statement.preamble[1] == quote
    kinds = preamble.column._card_widgets()[1].findChildren(QComboBox)
    assert kinds[0].currentText() == "Quotation"


def test_an_empty_list_says_what_to_do(open_window):
    window = open_window(None)
    closing = next(s for s in window.sections if isinstance(s, BlocksForm) and s.list_key == "closing")
    assert not closing.empty.isHidden()
    closing.insert(0)
    assert closing.empty.isHidden()


def test_layout_choices_set_and_unset_values(open_window, qtbot):
    window = open_window(EXAMPLE)
    form = section(window, LayoutForm)
    page_size = form.fields[("layout", "page_size")]
    page_size.activated.emit(page_size.findData("A4"))
    assert window.document.statement.layout.page_size == "A4"
    page_size.activated.emit(0)
    assert window.document.statement.layout.page_size is None
    font_size = form.fields[("layout", "font_size")]
    font_size.setValue(11.5)
    assert window.document.statement.layout.font_size == 11.5
    font_size.setValue(font_size.minimum())
    assert window.document.statement.layout.font_size is None
    fit = form.fields[("layout", "fit_pages")]
    assert fit.value() == 2
    fit.setValue(130)  # ten thousand names on A5
    assert window.document.statement.layout.fit_pages == 130 and fit.value() == 130
    fit.setValue(fit.minimum())
    assert window.document.statement.layout.fit_pages is None
    assert fit.text() == "No: as many pages as it takes"
    crop = form.fields[("layout", "crop_marks")]
    crop.click()
    assert window.document.statement.layout.crop_marks is None
    window.document.undo_stack.undo()
    assert crop.isChecked() and window.document.statement.layout.crop_marks is True
    overprint = form.fields[("layout", "black_overprint")]
    qtbot.mouseClick(overprint, Qt.MouseButton.LeftButton, pos=QPoint(8, overprint.height() // 2))
    assert window.document.statement.layout.black_overprint is True
    window.document.undo_stack.undo()
    assert not overprint.isChecked() and window.document.statement.layout.black_overprint is None


def test_the_output_a_statement_is_made_for_is_chosen_with_the_keyboard(open_window, qtbot):
    window = open_window(EXAMPLE)
    window.show_section(window.sections.index(section(window, LayoutForm)))
    made_for = section(window, LayoutForm).fields[("layout", "output")]
    made_for.setFocus()
    qtbot.keyClick(made_for, Qt.Key.Key_Down)
    qtbot.keyClick(made_for, Qt.Key.Key_Down)  # past the print shop, to screen and email
    assert window.document.statement.layout.output == "screen"
    assert made_for.currentText().startswith("Screen and email")
    window.document.undo_stack.undo()
    assert window.document.statement.layout.output == "press"
    window.document.undo_stack.undo()
    assert window.document.statement.layout.output is None


def test_heading_placeholders_follow_the_statement_language(open_window):
    window = open_window(EXAMPLE)
    form = section(window, SignUpForm)
    assert form.label_fields["demands"].placeholderText() == "Usual: Our demands"
    window.document.set_value(("language",), "uk", "Edit language")
    assert form.label_fields["demands"].placeholderText() != "Usual: Our demands"
    assert form.label_fields["sign_up"].text() == "Sign the plan"


def test_a_sign_up_address_without_https_gets_an_offer_to_add_it(open_window, qtbot):
    window = open_window(None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (form,) = [s for s in window.sections if isinstance(s, SignUpForm)]
    window.show_section(window.sections.index(form))
    address = form.fields[("sign_up", "url")]
    assert not form.add_scheme.isVisible()
    qtbot.keyClicks(address, "example.org/sign")
    qtbot.waitUntil(form.add_scheme.isVisible)
    qtbot.mouseClick(form.add_scheme, Qt.MouseButton.LeftButton)
    assert window.document.statement.sign_up.url == "https://example.org/sign"
    assert QApplication.focusWidget() is address  # not the next field, whose text a key would replace
    assert window.document.undo_stack.undoText() == "Add https:// to the sign-up address"
    assert not form.add_scheme.isVisible()


def test_tab_goes_through_the_demands_in_order_and_to_add_demand_last(open_window, example_copy):
    from editor.gui.forms.fields import TextArea

    window = open_window(example_copy)
    (form,) = [s for s in window.sections if isinstance(s, DemandsForm)]
    texts = [w for w in form.findChildren(TextArea) if w.isVisibleTo(form)]
    last_text = texts[-1]
    add = next(b for b in form.findChildren(QToolButton) if b.text() == "Add demand")
    following = last_text.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or not following.isVisibleTo(form):
        following = following.nextInFocusChain()
    assert following is add
