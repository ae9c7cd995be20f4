"""The numbered demands: the number follows the order, so reordering renumbers them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editor.gui.document import StatementDocument
from editor.gui.forms.card_list import Card, CardListSection
from editor.gui.forms.fields import TextArea, TextLine
from editor.model import Demand


class DemandsForm(CardListSection):
    item_name = "demand"

    def __init__(self, document: StatementDocument) -> None:
        super().__init__(
            document,
            "Demands",
            "The numbered points, the heart of the leaflet. A short heading prints in bold before "
            "the text. Drag a demand by its handle, or press Alt+Up / Alt+Down, to reorder.",
            "demands",
            "No demands yet. Press “Add demand” and write the first thing you ask for.",
        )
        self.add_button("Add demand", self.append)
        self.rebuild()

    def new_item(self) -> Demand:
        return Demand("")

    def make_card(self, index: int, item: Demand) -> Card:
        card = Card(self, index)
        number = QLabel(str(index + 1))
        number.setObjectName("demandNumber")
        card.header.addWidget(number)
        card.finish_header(duplicate=True, stretch=True)
        heading = TextLine(self.document, ("demands", index, "heading"), f"heading of demand {index + 1}",
                           "Short heading, printed in bold (optional)")  # fmt: skip
        heading.setObjectName("demandHeading")
        card.body.addWidget(self.add_field(heading))
        card.body.addWidget(
            self.add_field(
                TextArea(self.document, ("demands", index, "text"), f"demand {index + 1}", "What you ask for")
            )
        )
        return card
