"""What the window says about the user's files shows their text as text, never as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.gui import messages
from editor.gui.signatories.groups_dialog import GroupsDialog
from editor.model import Signatory


def test_message_boxes_show_plain_text(qtbot):
    box = messages._box(
        None, messages.Icon.Warning, "t", "<b>Fair pay</b>.yaml could not be saved", messages.Button.Ok
    )
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "<b>Fair pay</b>.yaml could not be saved"


def test_group_names_are_shown_as_written(open_window, qtbot):
    window = open_window(None)
    window.document.statement.signatories = [Signatory("Ana", group="<i>Unions</i>")]
    dialog = GroupsDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.counts.textFormat() == Qt.TextFormat.PlainText
    assert dialog.counts.text() == "<i>Unions</i>: 1"


def test_every_answer_of_a_question_has_an_access_key_of_its_own():
    from PySide6.QtWidgets import QMessageBox

    from editor.gui.messages import _box

    buttons = QMessageBox.StandardButton
    box = _box(
        None,
        QMessageBox.Icon.Question,
        "Revert",
        "Drop every change?",
        buttons.Save | buttons.Discard | buttons.Cancel,
    )
    texts = [button.text() for button in box.buttons()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert all("&" in text for text in texts)
    assert len(set(keys)) == len(keys)
