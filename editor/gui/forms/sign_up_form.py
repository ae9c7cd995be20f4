"""How readers join, who to contact, the legal imprint, and the printed headings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import TextArea, TextLine
from editor.gui.forms.section import FormSection


class SignUpForm(FormSection):
    def __init__(self, document: StatementDocument) -> None:
        super().__init__(
            document,
            "Sign-up and contact",
            "The call to sign is printed in a panel with a QR code of the address. "
            "The imprint is the small legal line at the foot of the last page.",
        )
        form = self.form()
        form.addRow(
            "Call to &sign",
            self.add_field(TextLine(document, ("sign_up", "text"), "call to sign", "Add your name")),
        )
        form.addRow(
            "Sign-up &address",
            self.add_field(
                TextLine(
                    document,
                    ("sign_up", "url"),
                    "sign-up address",
                    "https://… (printed and drawn as a QR code)",
                )
            ),
        )
        form.addRow(
            "&Contact",
            self.add_field(TextLine(document, ("contact",), "contact", "An email address or website")),
        )
        form.addRow(
            "&Imprint",
            self.add_field(
                TextArea(document, ("imprint",), "imprint", "Published by … on behalf of …, address")
            ),
        )
        headings = QLabel("Printed headings: leave empty for the usual words in the statement's language.")
        headings.setWordWrap(True)
        self.page.addWidget(headings)
        labels = self.form()
        for key, name, example in (
            ("demands", "Demands heading", "Our demands"),
            ("signatories", "Signatories heading", "Signed by"),
            ("sign_up", "Sign-up heading", "Add your name"),
        ):
            labels.addRow(
                name,
                self.add_field(
                    TextLine(document, ("labels", key), name.lower(), f"Default, e.g. “{example}”")
                ),
            )
        self.page.addStretch(1)
