"""Preamble and closing: paragraphs, quotations with their attribution, and sub-headings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from editor.gui.document import StatementDocument
from editor.gui.forms.card_list import Card, CardListSection
from editor.gui.forms.fields import TextArea, TextLine
from editor.model import Block, Heading, Paragraph, Quote

KINDS: list[tuple[str, type[Block]]] = [
    ("Paragraph", Paragraph),
    ("Quotation", Quote),
    ("Sub-heading", Heading),
]


def with_kind(block: Block, kind: type[Block]) -> Block:
    """The same words as another kind of block; an attribution survives only as a quotation."""
    if kind is Quote:
        return Quote(block.text, block.by if isinstance(block, Quote) else "")
    return kind(block.text)


class BlocksForm(CardListSection):
    item_name = "block"

    def __init__(self, document: StatementDocument, list_key: str, title: str, hint: str) -> None:
        super().__init__(
            document,
            title,
            hint,
            list_key,
            "Nothing here yet. Add a paragraph, a quotation or a sub-heading with the buttons below.",
        )
        for name, kind in KINDS:
            self.add_button(f"Add {name.lower()}", self._adder(kind))
        self.rebuild()

    def _adder(self, kind: type[Block]) -> Callable[[], None]:
        """What an Add button runs: a new empty block of ``kind`` at the end."""
        return lambda: self.insert(len(self.items), kind(""))

    def new_item(self) -> Block:
        return Paragraph("")

    def make_card(self, index: int, item: Block) -> Card:
        card = Card(self, index)
        kind = QComboBox()
        for name, _ in KINDS:
            kind.addItem(name)
        kind.setCurrentIndex([k for _, k in KINDS].index(type(item)))
        kind.activated.connect(lambda choice, index=index: self.change_kind(index, KINDS[choice][1]))
        card.header.addWidget(kind)
        card.finish_header(duplicate=False, stretch=True)
        path = (self.list_key, index, "text")
        name = f"{self.title.lower()} block {index + 1}"
        if isinstance(item, Heading):
            card.body.addWidget(self.add_field(TextLine(self.document, path, name, "Sub-heading")))
        else:
            placeholder = (
                "The quotation"
                if isinstance(item, Quote)
                else "A paragraph (*emphasis*, **strong**, [link](https://…))"
            )
            card.body.addWidget(self.add_field(TextArea(self.document, path, name, placeholder)))
        if isinstance(item, Quote):
            by = TextLine(self.document, (self.list_key, index, "by"), f"attribution in {name}", "(optional)")
            attribution = QHBoxLayout()
            attribution.addWidget(QLabel("— said by"))
            attribution.addWidget(self.add_field(by), 1)
            card.body.addLayout(attribution)
        return card

    def change_kind(self, index: int, kind: type[Block]) -> None:
        block = self.items[index]
        if type(block) is not kind:
            self._focus_after_rebuild = index
            name = next(name for name, k in KINDS if k is kind).lower()
            self.document.set_value((self.list_key, index), with_kind(block, kind), f"Change block to {name}")
