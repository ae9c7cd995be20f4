"""Title, subtitle, issuer, date and language: what a reader sees first."""

from __future__ import annotations

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import DateField, TextLine
from editor.gui.forms.section import FormSection


class DetailsForm(FormSection):
    def __init__(self, document: StatementDocument) -> None:
        super().__init__(
            document,
            "Details",
            "The headline and who says it. The title is the one thing every statement needs.",
        )
        form = self.form()
        form.addRow(
            "&Title", self.add_field(TextLine(document, ("title",), "title", "What the statement is about"))
        )
        form.addRow(
            "&Subtitle",
            self.add_field(
                TextLine(document, ("subtitle",), "subtitle", "A strapline under the title (optional)")
            ),
        )
        form.addRow(
            "&Issuer",
            self.add_field(
                TextLine(document, ("issuer",), "issuer", "The organisation or coalition issuing it")
            ),
        )
        form.addRow("&Date", self.add_field(DateField(document, ("date",), "date")))
        form.addRow(
            "&Language",
            self.add_field(
                TextLine(
                    document,
                    ("language",),
                    "language",
                    "en (a tag such as en, uk or en-GB; sets hyphenation and spelling)",
                    prose=False,
                )
            ),
        )
        self.page.addStretch(1)
