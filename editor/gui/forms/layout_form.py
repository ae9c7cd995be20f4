"""How the leaflet is printed: page, theme, type, and what the print shop asks for."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QWidget

from editor.gui.document import StatementDocument
from editor.gui.forms.fields import (
    CheckField,
    ChoiceBox,
    ColourField,
    FieldWidget,
    NumberBox,
    TextLine,
    WholeNumberBox,
)
from editor.gui.forms.section import FormSection
from editor.gui.widgets import tool_button
from editor.model import (
    BOOKLET_BLANKS,
    COLOUR_MODES,
    IMPOSITIONS,
    MAX_SIGNATORY_COLUMNS,
    ORIENTATIONS,
    OUTPUTS,
    PAGE_SIZES,
    SHEETS,
)
from editor.model.problems import Path as FieldPath
from editor.model.statement import DEFAULT_OUTPUT
from editor.model.validation import FONT_SIZE_RANGE, MAX_BLEED_MM, MAX_FIT_PAGES
from editor.pdf.options import DEFAULT_CHOICES
from editor.pdf.themes import available_themes

IMPOSITION_NAMES = {
    "none": "None: one page per sheet",
    "2-up": "2-up: two copies per sheet, for cutting",
    "4-up": "4-up: four copies per sheet, for cutting (A6 flyers)",
    "booklet": "Booklet: pages imposed for folding",
}
Choices = list[tuple[str, str | None]]
COLOUR_NAMES = {"rgb": "RGB (screens, office printers)", "cmyk": "CMYK (print shops)"}
OUTPUT_NAMES = {
    "press": "The print shop (CMYK, 3 mm bleed, crop marks, PDF/X-4)",
    "screen": "Screen and email (RGB, links to click)",
    "office": "A home or office printer (RGB, links printed)",
}
SHEET_NAMES = {
    "A4": "A4 (210 × 297 mm)",
    "A3": "A3 (297 × 420 mm)",
    "SRA3": "SRA3 (320 × 450 mm)",
    "A2": "A2 (420 × 594 mm)",
    "SRA2": "SRA2 (450 × 640 mm)",
    "Tabloid": "Tabloid (11 × 17 in)",
    "12x18": "12 × 18 in",
    "13x19": "13 × 19 in",
    "19x25": "19 × 25 in",
}
BLANK_NAMES = {"end": "At the end", "before-back-cover": "Before the back cover"}


def at(key: str) -> FieldPath:
    return ("layout", key)


def with_default(
    default_text: str, values: Sequence[str], name: Callable[[str], str | None] = str
) -> Choices:
    """``None`` (leave it to the theme) first, then every value by its name."""
    return [(default_text, None), *((name(v) or v, v) for v in values)]


def _default(key: str, shown: Callable[[str], str] = str) -> str:
    """The entry that leaves a choice open names what the export then does: "Default (A5)"."""
    return f"Default ({shown(DEFAULT_CHOICES[key])})"


class LayoutForm(FormSection):
    def __init__(self, document: StatementDocument) -> None:
        super().__init__(
            document,
            "Layout",
            "Anything left at “Theme default” follows the theme. Print-shop settings can also be "
            "chosen when exporting.",
        )
        d = document
        low, high = FONT_SIZE_RANGE
        page = self.form()
        self._row(
            page,
            "Page &size",
            ChoiceBox(
                d,
                at("page_size"),
                "page size",
                with_default(f"Default ({DEFAULT_CHOICES['page_size']})", PAGE_SIZES),
            ),
        )
        orientations = with_default(
            f"Default ({DEFAULT_CHOICES['orientation']})", ORIENTATIONS, str.capitalize
        )
        self._row(page, "&Orientation", ChoiceBox(d, at("orientation"), "orientation", orientations))
        self._row(
            page,
            "&Theme",
            ChoiceBox(d, at("theme"), "theme", with_default("Default theme", available_themes())),
        )
        self._row(page, "&Accent colour", ColourField(d, at("accent_color"), "accent colour", "Theme colour"))
        font_hint = "Theme font (any family shipped or installed)"
        self._row(page, "&Font", TextLine(d, at("font"), "font", font_hint, empty_is_none=True, prose=False))
        size = NumberBox(
            d, at("font_size"), "font size", none_text="Theme default", low=low, high=high, suffix=" pt"
        )
        self._row(page, "Font si&ze", size)
        no_fit = "No: as many pages as it takes"
        self._row(
            page,
            "Fit to &pages",
            WholeNumberBox(d, at("fit_pages"), "fit to pages", none_text=no_fit, low=1, high=MAX_FIT_PAGES),
        )
        columns = WholeNumberBox(
            d, at("signatory_columns"), "signatory columns", none_text="Chosen by page width",
            low=1, high=MAX_SIGNATORY_COLUMNS,
        )  # fmt: skip
        self._row(page, "Signatory &columns", columns)
        page.addRow("&Logo", self._logo_row())
        press = QLabel("Printing")
        press.setObjectName("subHeading")
        page.addRow(press)
        shop = page
        usual = OUTPUT_NAMES[DEFAULT_OUTPUT]
        outputs = with_default(f"Default: {usual[0].lower()}{usual[1:]}", OUTPUTS, OUTPUT_NAMES.get)
        self._row(shop, "Made &for", ChoiceBox(d, at("output"), "output", outputs))
        bleed = NumberBox(
            d, at("bleed_mm"), "bleed", none_text="None", low=0.0, high=MAX_BLEED_MM, suffix=" mm"
        )
        self._row(shop, "&Bleed", bleed)
        self._row(shop, "", CheckField(d, at("crop_marks"), "crop marks", "Crop &marks", off_is_none=True))
        overprint = CheckField(
            d, at("black_overprint"), "black overprint", "Small black text o&verprints", off_is_none=True
        )
        self._row(shop, "", overprint)
        colours = with_default("Default (as the output needs)", COLOUR_MODES, COLOUR_NAMES.get)
        self._row(shop, "Colou&r", ChoiceBox(d, at("colour"), "colour mode", colours))
        impositions = with_default(
            f"Default ({DEFAULT_CHOICES['imposition']})", IMPOSITIONS, IMPOSITION_NAMES.get
        )
        self._row(shop, "&Imposition", ChoiceBox(d, at("imposition"), "imposition", impositions))
        sheets = with_default("Default (the smallest that holds the job)", SHEETS, SHEET_NAMES.get)
        self._row(shop, "S&heet", ChoiceBox(d, at("sheet"), "sheet", sheets))
        blank_default = BLANK_NAMES[DEFAULT_CHOICES["booklet_blanks"]].lower()
        blanks = with_default(f"Default ({blank_default})", BOOKLET_BLANKS, BLANK_NAMES.get)
        self._row(shop, "Booklet blan&ks", ChoiceBox(d, at("booklet_blanks"), "booklet blanks", blanks))
        self.page.addStretch(1)

    def _row(self, form: QFormLayout, label: str, field: FieldWidget) -> None:
        form.addRow(label, self.add_field(field))

    def _logo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = "No logo (a PNG or JPEG beside the statement)"
        self.logo = self.add_field(
            TextLine(self.document, at("logo"), "logo", hint, empty_is_none=True, prose=False)
        )
        browse = tool_button("Choose…", action=self._choose_logo)
        layout.addWidget(self.logo, 1)
        layout.addWidget(browse)
        return row

    def _choose_logo(self) -> None:
        folder = self.document.path.parent if self.document.path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a logo", str(folder), "Images (*.png *.jpg *.jpeg)"
        )
        if name:
            self.document.set_value(
                ("layout", "logo"), relative_to_statement(Path(name), self.document.path), "Edit logo"
            )


def relative_to_statement(image: Path, statement: Path | None) -> str:
    """The format stores the logo relative to the statement file, so the two can move together."""
    if statement is None:
        return str(image)
    try:
        return Path(os.path.relpath(image, statement.parent)).as_posix()
    except ValueError:  # another drive on Windows
        return str(image)
