"""An ordered list of items edited as cards: add, insert below, duplicate, remove, and reorder
by drag and drop or with Alt+Up / Alt+Down. Shared by the demands and the text blocks.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from editor.gui.document import StatementDocument
from editor.gui.forms.section import FormSection
from editor.gui.widgets import take_widgets, tool_button
from editor.model.edits import InsertItems, MoveItem, RemoveItems
from editor.model.problems import Path

ITEM_MIME = "application/x-statement-editor-item"


class Grip(QLabel):
    """The handle a card is dragged by."""

    def __init__(self, list_key: str, index: int) -> None:
        super().__init__("⠿")
        self.setToolTip("Drag to reorder (or Alt+Up / Alt+Down)")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setObjectName("grip")
        self._payload = f"{list_key}\n{index}".encode()
        self._pressed_at: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is None or (event.position().toPoint() - self._pressed_at).manhattanLength() < 6:
            return
        self._pressed_at = None
        data = QMimeData()
        data.setData(ITEM_MIME, QByteArray(self._payload))
        drag = QDrag(self)
        drag.setMimeData(data)
        card = self.parentWidget()
        if card is not None:
            drag.setPixmap(card.grab().scaledToWidth(320, Qt.TransformationMode.SmoothTransformation))
        drag.exec(Qt.DropAction.MoveAction)


class Card(QFrame):
    """One item: a header with its grip, a title widget and buttons, and a body of fields."""

    def __init__(self, section: CardListSection, index: int) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.index = index
        self.header = QHBoxLayout()
        self.header.addWidget(Grip(section.list_key, index))
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.header)
        outer.addLayout(self.body)
        self._section = section

    def finish_header(self, *, duplicate: bool, stretch: bool) -> None:
        """Buttons go after whatever the card put in its header."""
        s, i = self._section, self.index
        if stretch:
            self.header.addStretch(1)
        buttons = [
            ("↑", "Move up (Alt+Up)", lambda: s.move_item(i, i - 1)),
            ("↓", "Move down (Alt+Down)", lambda: s.move_item(i, i + 1)),
            ("Insert", f"Insert a new {s.item_name} below this one", lambda: s.insert(i + 1)),
        ]
        if duplicate:
            buttons.append(
                ("Duplicate", f"Insert a copy of this {s.item_name} below it", lambda: s.duplicate(i))
            )
        buttons.append(("Remove", f"Remove this {s.item_name}", lambda: s.remove(i)))
        for text, tip, action in buttons:
            self.header.addWidget(tool_button(text, tip, action, auto_raise=True))
        for keys, step in ((QKeySequence("Alt+Up"), -1), (QKeySequence("Alt+Down"), 1)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: s.move_item(i, i + step))


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class CardColumn(QWidget):
    """Holds the cards and takes drops, working out where between the cards an item lands."""

    dropped = Signal(int, int)

    def __init__(self, list_key: str) -> None:
        super().__init__()
        self.list_key = list_key
        self.setAcceptDrops(True)
        self.cards = QVBoxLayout(self)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.marker = QFrame(self)
        self.marker.setObjectName("dropMarker")
        self.marker.setFixedHeight(3)
        self.marker.hide()

    def _source(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        if not event.mimeData().hasFormat(ITEM_MIME):
            return None
        key, _, index = bytes(event.mimeData().data(ITEM_MIME).data()).decode().partition("\n")
        return int(index) if key == self.list_key else None

    def _gap(self, y: float) -> int:
        """The gap between cards nearest ``y``: 0 is above the first card."""
        cards = self._card_widgets()
        return sum(1 for card in cards if card.geometry().center().y() < y)

    def _card_widgets(self) -> list[Card]:
        items = (self.cards.itemAt(i) for i in range(self.cards.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), Card)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._source(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._source(event) is None:
            return
        event.acceptProposedAction()
        cards = self._card_widgets()
        gap = self._gap(event.position().y())
        y = cards[gap].geometry().top() - 3 if gap < len(cards) else cards[-1].geometry().bottom() + 1
        self.marker.setGeometry(0, max(y, 0), self.width(), 3)
        self.marker.raise_()
        self.marker.show()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.marker.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.marker.hide()
        source = self._source(event)
        if source is None:
            return
        gap = self._gap(event.position().y())
        destination = gap - 1 if gap > source else gap
        event.acceptProposedAction()
        self.dropped.emit(source, destination)


class CardListSection(FormSection):
    """A form page for one list of the statement; subclasses say how to make cards and items."""

    item_name = "item"

    def __init__(
        self, document: StatementDocument, title: str, hint: str, list_key: str, empty_text: str
    ) -> None:
        super().__init__(document, title, hint)
        self.list_key = list_key
        self.column = CardColumn(list_key)
        self.column.dropped.connect(self.move_item)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.page.addWidget(self.empty)
        self.page.addWidget(self.column)
        self.add_buttons = QHBoxLayout()
        self.add_buttons.addStretch(1)
        self._adders: list[QToolButton] = []
        self.page.addLayout(self.add_buttons)
        self.page.addStretch(1)
        for signal in (document.inserted, document.removed, document.moved):
            signal.connect(self._list_changed)
        self._focus_after_rebuild: int | None = None

    @property
    def items(self) -> list[Any]:
        return self.document.value((self.list_key,))

    def make_card(self, index: int, item: Any) -> Card:
        raise NotImplementedError

    def new_item(self) -> Any:
        raise NotImplementedError

    def add_button(self, text: str, action: Callable[[], object]) -> QToolButton:
        button = tool_button(text, action=action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_buttons.insertWidget(self.add_buttons.count() - 1, button)
        self._adders.append(button)
        return button

    def rebuild(self) -> None:
        self.fields.clear()
        for widget in take_widgets(self.column.cards):
            widget.hide()
            widget.deleteLater()
        cards = [self.make_card(index, item) for index, item in enumerate(self.items)]
        for card in cards:
            self.column.cards.addWidget(card)
        self.empty.setVisible(not self.items)
        self._order_tabs(cards)
        if self._focus_after_rebuild is not None:
            self.focus_card(self._focus_after_rebuild)
            self._focus_after_rebuild = None

    def _order_tabs(self, cards: list[Card]) -> None:
        """Tab goes through the cards in the order they are shown, each card's buttons and
        fields in turn, and to the Add buttons last: new cards would otherwise come after them."""
        tab = Qt.FocusPolicy.TabFocus
        stops = [w for card in cards for w in card.findChildren(QWidget) if w.focusPolicy() & tab]
        stops += self._adders
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)

    def focus_card(self, index: int) -> None:
        item = self.column.cards.itemAt(index)
        card = item.widget() if item is not None else None
        if card is not None:
            fields = (f for p, f in self.fields.items() if p[1] == index and isinstance(f, QWidget))
            target = next(fields, None) or card
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll = _scroll_area_of(card)
            if scroll is not None:  # a card added at the end of a long list is brought into view
                QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(target))

    def _list_changed(self, path: Path, *_: int) -> None:
        if path == (self.list_key,):
            self.rebuild()

    def value_changed(self, path: Path) -> None:
        if path[:1] != (self.list_key,):
            return
        if len(path) == 2:  # a whole item was replaced: its kind changed
            self.rebuild()
        else:
            super().value_changed(path)

    def insert(self, index: int, item: Any = None) -> None:
        self._focus_after_rebuild = index
        new = self.new_item() if item is None else item
        self.document.push(InsertItems((self.list_key,), [(index, new)], f"Add {self.item_name}"))

    def append(self) -> None:
        """A new item at the end, its first field focused: what Add does."""
        self.insert(len(self.items))

    def duplicate(self, index: int) -> None:
        self.insert(index + 1, copy.deepcopy(self.items[index]))

    def remove(self, index: int) -> None:
        self._focus_after_rebuild = min(index, len(self.items) - 2) if len(self.items) > 1 else None
        self.document.push(RemoveItems((self.list_key,), [index], f"Remove {self.item_name}"))

    def move_item(self, source: int, destination: int) -> None:
        if source == destination or not 0 <= destination < len(self.items):
            return
        self._focus_after_rebuild = destination
        self.document.push(MoveItem((self.list_key,), source, destination, f"Move {self.item_name}"))
