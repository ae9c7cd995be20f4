"""Small pieces of widget code the window's parts share: a tool button, emptying a layout, a menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLayout, QMenu, QToolButton, QWidget


def tool_button(
    text: str, tip: str = "", action: Callable[[], object] | None = None, *, auto_raise: bool = False
) -> QToolButton:
    """A button showing ``text``, with ``tip`` as its tooltip, that runs ``action`` when clicked."""
    button = QToolButton()
    button.setText(text)
    if tip:
        button.setToolTip(tip)
    if not any(character.isalpha() for character in text):  # "↑", "+": a screen reader says the tip
        button.setAccessibleName(tip.split(" (")[0] or text)
    if auto_raise:
        button.setAutoRaise(True)
    if action is not None:
        button.clicked.connect(action)
    return button


def take_widgets(layout: QLayout) -> Iterator[QWidget]:
    """Empty ``layout`` from the top, giving each widget it held as it is taken out; the caller
    decides what becomes of them. Spacers and stretches are simply dropped."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:  # only past the end, which count() rules out
            return
        widget = item.widget()
        if widget is not None:
            yield widget


def open_menu(menu: QMenu, at: QPoint) -> None:
    """Show a context menu until it is answered, then let it go; tests answer it in its place."""
    menu.exec(at)
    menu.deleteLater()
