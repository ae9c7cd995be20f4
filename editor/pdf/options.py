"""Print options, resolved: every choice the statement's layout left open is filled in here.

``ExportOptions`` is what the command line, the GUI's print dialog and the preview hand to the
renderer. A ``None`` in the statement's ``Layout`` means "the theme's or the format's default";
overrides (command-line flags, dialog fields) win over the layout, and ``None`` overrides are
ignored so a caller can pass every flag whether the user gave it or not.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A3, A4, A5, A6, LEGAL, LETTER
from reportlab.lib.units import mm

from editor.model import (
    COLOUR_MODES,
    IMPOSITIONS,
    MAX_SIGNATORY_COLUMNS,
    ORIENTATIONS,
    PAGE_SIZES,
    Layout,
)
from editor.model.validation import FONT_SIZE_RANGE, HEX_COLOUR, MAX_BLEED_MM, MAX_FIT_PAGES
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
DEFAULT_PAGE_SIZE = "A5"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    page_size: str = DEFAULT_PAGE_SIZE
    orientation: str = "portrait"
    theme: str = DEFAULT_THEME
    accent_color: str = "#C8102E"
    font: str = "FiraGO"
    font_size: float = 10.0
    fit_pages: int | None = None
    signatory_columns: int = 2
    bleed_mm: float = 0.0
    crop_marks: bool = False
    colour: str = "rgb"
    imposition: str = "none"
    logo: str | None = None
    allow_outside_assets: bool = False
    """The organiser's explicit choice to let the logo come from outside the statement's folder."""

    @classmethod
    def from_layout(cls, layout: Layout | None = None, **overrides: Any) -> ExportOptions:
        """Resolve ``layout`` plus ``overrides`` against the chosen theme; RenderError if unusable."""
        unknown = sorted(set(overrides) - {f.name for f in dataclasses.fields(cls)})
        if unknown:
            raise TypeError(f"unknown export option(s): {', '.join(unknown)}")
        given = {f.name: getattr(layout, f.name) for f in dataclasses.fields(Layout)} if layout else {}
        given.update({key: value for key, value in overrides.items() if value is not None})
        chosen = {key: value for key, value in given.items() if value is not None}
        _check_choices(chosen)
        theme = load_theme(chosen.get("theme", DEFAULT_THEME))
        page_size = chosen.get("page_size", DEFAULT_PAGE_SIZE)
        orientation = chosen.get("orientation", "portrait")
        resolved = {
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
            "bleed_mm": float(chosen.get("bleed_mm", 0.0)),
            "crop_marks": bool(chosen.get("crop_marks", False)),
            "colour": chosen.get("colour", "rgb"),
            "imposition": chosen.get("imposition", "none"),
            "logo": chosen.get("logo"),
            "allow_outside_assets": bool(chosen.get("allow_outside_assets", False)),
        }
        return cls(**resolved)

    @property
    def trim_size(self) -> tuple[float, float]:
        """Width and height of the finished page in points."""
        return trim_size(self.page_size, self.orientation)

    @property
    def is_cmyk(self) -> bool:
        return self.colour == "cmyk"


def trim_size(page_size: str, orientation: str) -> tuple[float, float]:
    width, height = PORTRAIT_SIZES_PT[page_size]
    return (height, width) if orientation == "landscape" else (width, height)


def _columns_for_width(page_size: str, orientation: str, margin_mm: float, column_mm: float) -> int:
    text_width_mm = trim_size(page_size, orientation)[0] / mm - 2 * margin_mm
    return max(1, min(MAX_SIGNATORY_COLUMNS, round(text_width_mm / column_mm)))


def _check_choices(chosen: dict[str, Any]) -> None:
    """The same rules the statement file follows, for values that came from elsewhere."""
    for key, choices in (
        ("page_size", PAGE_SIZES),
        ("orientation", ORIENTATIONS),
        ("colour", COLOUR_MODES),
        ("imposition", IMPOSITIONS),
    ):
        if key in chosen and chosen[key] not in choices:
            raise RenderError(f"{key}: '{chosen[key]}' is not one of {', '.join(choices)}")
    colour = chosen.get("accent_color")
    if colour is not None and not HEX_COLOUR.fullmatch(str(colour)):
        raise RenderError(f"accent_color: '{colour}' is not a colour; write it as #RRGGBB")
    size = chosen.get("font_size")
    low, high = FONT_SIZE_RANGE
    if size is not None and not (math.isfinite(size) and low <= size <= high):
        raise RenderError(f"font_size: {size} pt is not usable; choose between {low:g} and {high:g}")
    pages = chosen.get("fit_pages")
    if pages is not None and not (isinstance(pages, int) and 1 <= pages <= MAX_FIT_PAGES):
        raise RenderError(f"fit_pages: {pages} is not a number of pages (1 to {MAX_FIT_PAGES:,})")
    columns = chosen.get("signatory_columns")
    if columns is not None and not (isinstance(columns, int) and 1 <= columns <= MAX_SIGNATORY_COLUMNS):
        raise RenderError(f"signatory_columns: choose between 1 and {MAX_SIGNATORY_COLUMNS}")
    bleed = chosen.get("bleed_mm")
    if bleed is not None and not (math.isfinite(bleed) and 0 <= bleed <= MAX_BLEED_MM):
        raise RenderError(f"bleed: {bleed} mm is not usable; choose between 0 and {MAX_BLEED_MM:g}")
