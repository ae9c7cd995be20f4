"""How readers join, who to contact, the legal imprint, and the printed headings."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import TextArea, TextLine
from editor.gui.forms.section import FormSection
from editor.model import Labels
from editor.model.field_names import field_name
from editor.model.problems import Path
from editor.model.statement import LABEL_KEYS
from editor.model.validation import is_web_address
from editor.pdf.errors import RenderError
from editor.pdf.labels import labels_for

URL: Path = ("sign_up", "url")


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
            d, URL, "sign-up address", "https://… (printed and drawn as a QR code)", prose=False
        )
        self.add_scheme = QPushButton("Add https://")
        self.add_scheme.setToolTip("A web address starts with https://; this one is missing it")
        self.add_scheme.clicked.connect(self._add_scheme)
        self.address = self.add_field(address)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.add_scheme)
        label = QLabel("Sign-up web &address")
        label.setBuddy(self.address)
        form.addRow(label, row)
        form.addRow(
            "&Contact",
            self.add_field(TextLine(d, ("contact",), "contact", "An email address or website", prose=False)),
        )
        imprint = TextArea(d, ("imprint",), "imprint", "Published by … on behalf of …, address")
        form.addRow("&Imprint", self.add_field(imprint))
        headings = QLabel("Printed headings: leave empty for the usual words in the statement's language.")
        headings.setObjectName("subHeading")
        headings.setWordWrap(True)
        form.addRow(headings)
        self.label_fields = {
            key: TextLine(d, ("labels", key), field_name(("labels", key)).lower()) for key in LABEL_KEYS
        }
        for key, field in self.label_fields.items():
            form.addRow(field_name(("labels", key)), self.add_field(field))
        self.page.addStretch(1)
        self.show_usual_headings()
        self._offer_scheme()

    def value_changed(self, path: Path) -> None:
        super().value_changed(path)
        if path == ("language",):
            self.show_usual_headings()
        if path in (URL, ("sign_up",)):
            self._offer_scheme()

    def rebuild(self) -> None:
        super().rebuild()
        self.show_usual_headings()
        self._offer_scheme()

    def _offer_scheme(self) -> None:
        """'example.org/sign' is a web address but for its https://: offer to add it."""
        url = self.document.statement.sign_up.url.strip()
        self.add_scheme.setVisible(bool(url) and not is_web_address(url) and is_web_address(f"https://{url}"))

    def _add_scheme(self) -> None:
        url = self.document.statement.sign_up.url.strip()
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)  # before the button goes away with the focus
        self.document.set_value(URL, f"https://{url}", "Add https:// to the sign-up address")

    def show_usual_headings(self) -> None:
        """The words printed when a heading is left empty, as each field's placeholder."""
        try:
            usual = labels_for(dataclasses.replace(self.document.statement, labels=Labels()))
        except RenderError:
            return
        for key, field in self.label_fields.items():
            field.setPlaceholderText(f"Usual: {getattr(usual, key)}")
