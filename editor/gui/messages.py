"""Message boxes whose text is always plain text.

A QMessageBox or QLabel guesses whether its text is HTML; a statement titled "<b>Fair pay</b>"
or a file named "<i>.yaml" would then be shown as markup. Everything the window says about the
user's files and statements goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def ask(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    box = _box(parent, Icon.Question, title, text, buttons)
    box.setDefaultButton(default)
    return Button(box.exec())


def tell(parent: QWidget | None, title: str, text: str, icon: Icon = Icon.Warning) -> None:
    _box(parent, icon, title, text, Button.Ok).exec()


def _box(parent: QWidget | None, icon: Icon, title: str, text: str, buttons: Button) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _give_access_keys(box)
    return box


def _give_access_keys(box: QMessageBox) -> None:
    """Every button answers Alt and a letter of its own ("&Discard"), so no answer needs the
    mouse or a tour with Tab; Qt's standard buttons do not all have one."""
    taken = {text[text.index("&") + 1].lower() for b in box.buttons() if "&" in (text := b.text())}
    for button in box.buttons():
        text = button.text()
        if "&" in text:
            continue
        free = next(
            (i for i, letter in enumerate(text) if letter.isalpha() and letter.lower() not in taken), None
        )
        if free is not None:
            taken.add(text[free].lower())
            button.setText(f"{text[:free]}&{text[free:]}")
