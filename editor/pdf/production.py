"""Print production: the sheet around the finished page, its boxes, crop marks and the palette.

The finished (trim) page sits inside the bleed, which sits inside room for crop marks; the
MediaBox is the whole sheet. ReportLab's own ``cropMarks`` writes no TrimBox or BleedBox and
its bleed scales the artwork, so the geometry, boxes and marks are done here instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import CMYKColor, CMYKColorSep, Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from editor.pdf.options import ExportOptions
from editor.pdf.press_colour import CMYK, PressProfile, press_profile, rgb_to_cmyk

MARK_GAP_MM = 2.0  # crop marks start this far outside the bleed, so they never touch artwork
MARK_LENGTH_MM = 5.0
MARK_WIDTH_PT = 0.25
SMALL_TYPE_PT = 12.0
"""Type below this size prints in one ink on the press."""
THIN_LINE_PT = 1.0
"""A rule thinner than this prints in one ink on the press."""
REVERSED_TYPE_PT = 8.0
"""Type knocked out of a printed area is at least this size, and bold below SMALL_TYPE_PT."""
SMALLEST_DOT = 0.05
"""A tint's ink below this fraction is left out on the press."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """Where the trim page sits on the PDF page, in points from the sheet's lower left."""

    trim_width: float
    trim_height: float
    bleed: float
    marks_room: float

    @classmethod
    def for_options(cls, options: ExportOptions) -> Sheet:
        width, height = options.trim_size
        room = (MARK_GAP_MM + MARK_LENGTH_MM + 1.0) * mm if options.crop_marks else 0.0
        return cls(width, height, options.bleed_mm * mm, room)

    @property
    def offset(self) -> float:
        """Distance from the sheet edge to the trim edge."""
        return self.bleed + self.marks_room

    @property
    def media_size(self) -> tuple[float, float]:
        return self.trim_width + 2 * self.offset, self.trim_height + 2 * self.offset

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        o = self.offset
        return o, o, o + self.trim_width, o + self.trim_height

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.trim_box
        b = self.bleed
        return x0 - b, y0 - b, x1 + b, y1 + b

    def page_boxes(self) -> dict[str, list[float]]:
        """TrimBox and BleedBox for every page, as ReportLab's document takes them."""
        return {"trimBox": _rounded(self.trim_box), "bleedBox": _rounded(self.bleed_box)}

    def draw_crop_marks(self, canvas: Canvas, colour: Color) -> None:
        """Eight short lines on the trim lines' extensions, outside the bleed."""
        if not self.marks_room:
            return
        x0, y0, x1, y1 = self.trim_box
        start = self.bleed + MARK_GAP_MM * mm
        end = start + MARK_LENGTH_MM * mm
        canvas.saveState()
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(MARK_WIDTH_PT)
        lines = []
        for x, direction in ((x0, -1), (x1, 1)):
            for y in (y0, y1):
                lines.append((x + direction * start, y, x + direction * end, y))
        for y, direction in ((y0, -1), (y1, 1)):
            for x in (x0, x1):
                lines.append((x, y + direction * start, x, y + direction * end))
        canvas.lines(lines)
        canvas.restoreState()


def _rounded(box: tuple[float, float, float, float]) -> list[float]:
    return [round(value, 3) for value in box]


class Palette:
    """The theme's colours in the export's colour mode: RGB, or the inks of the press.

    On the press a colour the theme gives in inks prints as given; any other goes through the
    printing condition's ICC profile, and a grey prints in black alone. Small type and hairlines
    print in one ink (``for_small``), and a tint never leaves a dot too small to hold on the plate.
    """

    def __init__(
        self,
        colours: dict[str, str],
        accent: str,
        *,
        cmyk: bool,
        press_colours: Sequence[Mapping[str, Any]] = (),
        profile: PressProfile | None = None,
    ) -> None:
        self.cmyk = cmyk
        self.profile = profile or press_profile(us_press=False)
        self._inks = {str(entry["rgb"]).upper(): tuple(entry["cmyk"]) for entry in press_colours}
        self.accent = self.colour(accent)
        self.text = self.colour(colours["text"])
        self.muted = self.colour(colours["muted"])
        self.on_accent = self.colour(colours["on_accent"])
        self.paper = self.colour("#FFFFFF")
        # Crop marks print on every plate, so each separation can be trimmed: the colour /All.
        self.registration = CMYKColorSep(1, 1, 1, 1, spotName="All") if cmyk else Color(0, 0, 0)

    def named(self, name: str) -> Color:
        return {"accent": self.accent, "text": self.text, "muted": self.muted}[name]

    def colour(self, hex_colour: str) -> Color:
        if not self.cmyk:
            red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
            return Color(red, green, blue)
        given = self._inks.get(hex_colour.upper())
        inks = tuple(value / 100 for value in given) if given else rgb_to_cmyk(hex_colour, self.profile)
        return CMYKColor(*inks)

    def inks_of(self, colour: Color) -> CMYK:
        """The ink fractions of a press colour (cyan, magenta, yellow, black)."""
        assert isinstance(colour, CMYKColor)
        return colour.cyan, colour.magenta, colour.yellow, colour.black

    def for_type(self, colour: Color, size: float) -> Color:
        """``colour`` for type of ``size`` points: on the press, type under SMALL_TYPE_PT in a
        colour of several inks prints in the text black instead, as thin strokes in several
        inks blur when the plates meet a hair apart."""
        return self.for_line(colour, size / SMALL_TYPE_PT * THIN_LINE_PT)

    def for_line(self, colour: Color, width: float) -> Color:
        """``colour`` for a rule ``width`` points wide: under THIN_LINE_PT, one ink on the press."""
        if not self.cmyk or width >= THIN_LINE_PT or sum(1 for ink in self.inks_of(colour) if ink > 0) <= 1:
            return colour
        return self.text

    def tint(self, colour: Color, amount: float) -> Color:
        """``colour`` at ``amount`` strength on white paper (0.1 is a 10% tint); on the press an
        ink that would be under SMALLEST_DOT is left out, as such dots do not hold on the plate."""
        if isinstance(colour, CMYKColor):
            inks = (round(ink * amount, 4) for ink in self.inks_of(colour))
            return CMYKColor(*(ink if ink >= SMALLEST_DOT else 0.0 for ink in inks))
        return Color(*(1 - (1 - v) * amount for v in (colour.red, colour.green, colour.blue)))
