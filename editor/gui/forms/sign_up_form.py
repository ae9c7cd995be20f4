"""How readers join, who to contact, the legal imprint, and the printed headings."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import TextArea, TextLine
from editor.gui.forms.section import FormSection
from editor.model import Labels
from editor.model.problems import Path
from editor.pdf.errors import RenderError
from editor.pdf.labels import labels_for

LABELS = (
    ("demands", "Demands heading"),
    ("signatories", "Signatories heading"),
    ("sign_up", "Sign-up heading"),
)


class SignUpForm(FormSection):
    def __init__(self, document: StatementDocument) -> None:
        super().__init__(
            document,
            "Sign-up and contact",
            "The call to sign is printed in a panel with a QR code of the address. "
            "The imprint is the small legal line at the foot of the last page.",
        )
        d = document
        form = self.form()
        form.addRow(
            "Call to &sign", self.add_field(TextLine(d, ("sign_up", "text"), "call to sign", "Add your name"))
        )
        address = TextLine(
            d, ("sign_up", "url"), "sign-up address", "https://… (printed and drawn as a QR code)"
        )
        form.addRow("Sign-up &address", self.add_field(address))
        form.addRow(
            "&Contact", self.add_field(TextLine(d, ("contact",), "contact", "An email address or website"))
        )
        imprint = TextArea(d, ("imprint",), "imprint", "Published by … on behalf of …, address")
        form.addRow("&Imprint", self.add_field(imprint))
        headings = QLabel("Printed headings: leave empty for the usual words in the statement's language.")
        headings.setObjectName("subHeading")
        headings.setWordWrap(True)
        form.addRow(headings)
        self.label_fields = {key: TextLine(d, ("labels", key), name.lower()) for key, name in LABELS}
        for key, name in LABELS:
            form.addRow(name, self.add_field(self.label_fields[key]))
        self.page.addStretch(1)
        self.show_usual_headings()

    def value_changed(self, path: Path) -> None:
        super().value_changed(path)
        if path == ("language",):
            self.show_usual_headings()

    def rebuild(self) -> None:
        super().rebuild()
        self.show_usual_headings()

    def show_usual_headings(self) -> None:
        """The words printed when a heading is left empty, as each field's placeholder."""
        try:
            usual = labels_for(dataclasses.replace(self.document.statement, labels=Labels()))
        except RenderError:
            return
        for key, field in self.label_fields.items():
            field.setPlaceholderText(f"Usual: {getattr(usual, key)}")
