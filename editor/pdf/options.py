"""Print options, resolved: every choice the statement's layout left open is filled in here.

``ExportOptions`` is what the command line, the GUI's print dialog and the preview hand to the
renderer. A ``None`` in the statement's ``Layout`` means "the theme's or the format's default";
choices made elsewhere (command-line flags, dialog fields) arrive as a ``Layout`` laid over the
statement's (``Layout.overlay``), and follow the same rules.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, A5, A6, LEGAL, LETTER
from reportlab.lib.units import mm

from editor.model import MAX_SIGNATORY_COLUMNS, Layout
from editor.model.problems import blocking
from editor.model.statement import DEFAULT_OUTPUT
from editor.model.validation import layout_problems
from editor.pdf.errors import RenderError
from editor.pdf.themes import DEFAULT_THEME, load_theme

PORTRAIT_SIZES_PT: dict[str, tuple[float, float]] = {
    "A3": A3,
    "A4": A4,
    "A5": A5,
    "A6": A6,
    "Letter": LETTER,
    "Legal": LEGAL,
}
DEFAULT_CHOICES = {
    "page_size": "A5",
    "orientation": "portrait",
    "imposition": "none",
    "booklet_blanks": "end",
}
"""What a layout that leaves a choice open gets, whatever the theme and the output."""
DEFAULT_PAGE_SIZE = DEFAULT_CHOICES["page_size"]
US_PAGE_SIZES = frozenset({"Letter", "Legal"})
"""Printed on US presses: their colour is characterised by GRACoL rather than FOGRA."""


@dataclass(frozen=True, slots=True)
class Output:
    """What a PDF is made for, as the settings that purpose needs; a layout's own bleed, crop
    marks or colour still stand in for these, as a command-line flag does."""

    name: str
    purpose: str
    colour: str
    bleed_mm: float
    crop_marks: bool
    links_printed: bool
    """Paper has no links: a link prints its address beside its words and is no annotation."""


OUTPUTS = {
    "press": Output("press", "for the print shop", "cmyk", 3.0, True, True),
    "screen": Output("screen", "for screen and email", "rgb", 0.0, False, False),
    "office": Output("office", "for a home or office printer", "rgb", 0.0, False, True),
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    output: str = "screen"
    page_size: str = DEFAULT_PAGE_SIZE
    orientation: str = DEFAULT_CHOICES["orientation"]
    theme: str = DEFAULT_THEME
    accent_color: str = "#C8102E"
    font: str = "FiraGO"
    font_size: float = 10.0
    fit_pages: int | None = None
    signatory_columns: int = 2
    bleed_mm: float = 0.0
    crop_marks: bool = False
    black_overprint: bool = False
    """Small 100% black text prints over what lies under it instead of knocking it out."""
    colour: str = "rgb"
    imposition: str = DEFAULT_CHOICES["imposition"]
    sheet: str | None = None
    booklet_blanks: str = DEFAULT_CHOICES["booklet_blanks"]
    logo: str | None = None
    allow_outside_assets: bool = False
    """The organiser's explicit choice to let the logo come from outside the statement's folder."""

    @classmethod
    def from_layout(
        cls, layout: Layout | None = None, *, allow_outside_assets: bool = False
    ) -> ExportOptions:
        """Resolve ``layout`` against the chosen theme; RenderError if unusable. Options from
        elsewhere (the command line, the export dialog) arrive laid over it (``Layout.overlay``)."""
        given = dataclasses.asdict(layout) if layout else {}
        chosen = {key: value for key, value in given.items() if value is not None}
        if layout:
            _refuse_unusable(layout)
        theme = load_theme(chosen.get("theme", DEFAULT_THEME))
        output = OUTPUTS[chosen.get("output", DEFAULT_OUTPUT)]
        page_size = chosen.get("page_size", DEFAULT_PAGE_SIZE)
        orientation = chosen.get("orientation", DEFAULT_CHOICES["orientation"])
        resolved = {
            "output": output.name,
            "page_size": page_size,
            "orientation": orientation,
            "theme": theme.name,
            "accent_color": chosen.get("accent_color", theme["colours"]["accent"]).upper(),
            "font": chosen.get("font", theme["font"]),
            "font_size": float(chosen.get("font_size", theme.body_size(page_size))),
            "fit_pages": chosen.get("fit_pages"),
            "signatory_columns": chosen.get("signatory_columns")
            or _columns_for_width(
                page_size, orientation, theme.margin_mm(page_size), float(theme["signatory_column_mm"])
            ),
            "bleed_mm": float(chosen.get("bleed_mm", output.bleed_mm)),
            "crop_marks": bool(chosen.get("crop_marks", output.crop_marks)),
            "black_overprint": bool(chosen.get("black_overprint", False)),
            "colour": chosen.get("colour", output.colour),
            "imposition": chosen.get("imposition", DEFAULT_CHOICES["imposition"]),
            "sheet": chosen.get("sheet"),
            "booklet_blanks": chosen.get("booklet_blanks", DEFAULT_CHOICES["booklet_blanks"]),
            "logo": chosen.get("logo"),
            "allow_outside_assets": allow_outside_assets,
        }
        return cls(**resolved)

    @property
    def trim_size(self) -> tuple[float, float]:
        """Width and height of the finished page in points."""
        return trim_size(self.page_size, self.orientation)

    @property
    def is_cmyk(self) -> bool:
        return self.colour == "cmyk"

    @property
    def purpose(self) -> Output:
        return OUTPUTS[self.output]

    @property
    def is_pdfx(self) -> bool:
        """PDF/X is the print shop's CMYK file; RGB asked for the press cannot be one."""
        return self.output == "press" and self.is_cmyk

    @property
    def us_press(self) -> bool:
        return self.page_size in US_PAGE_SIZES

    def described(self) -> str:
        """What the file is, in a few words: "for the print shop: PDF/X-4, CMYK, 3 mm bleed"."""
        parts = ["PDF/X-4"] if self.is_pdfx else []
        parts.append("CMYK" if self.is_cmyk else "RGB")
        if self.bleed_mm:
            parts.append(f"{self.bleed_mm:g} mm bleed")
        if self.crop_marks:
            parts.append("crop marks")
        if self.black_overprint and self.is_cmyk:
            parts.append("black overprint")
        if self.imposition != "none":
            parts.append(self.imposition)
        return f"{self.purpose.purpose}: {', '.join(parts)}"


def trim_size(page_size: str, orientation: str) -> tuple[float, float]:
    width, height = PORTRAIT_SIZES_PT[page_size]
    return (height, width) if orientation == "landscape" else (width, height)


def _columns_for_width(page_size: str, orientation: str, margin_mm: float, column_mm: float) -> int:
    text_width_mm = trim_size(page_size, orientation)[0] / mm - 2 * margin_mm
    return max(1, min(MAX_SIGNATORY_COLUMNS, round(text_width_mm / column_mm)))


def _refuse_unusable(layout: Layout) -> None:
    """The rules the statement file follows, for choices that came from elsewhere too."""
    for problem in blocking(layout_problems(layout)):
        raise RenderError(problem.message, problem.path)
