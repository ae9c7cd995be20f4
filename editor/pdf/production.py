"""Print production: the sheet around the finished page, its boxes, crop marks and colour modes.

The finished (trim) page sits inside the bleed, which sits inside room for crop marks; the
MediaBox is the whole sheet. ReportLab's own ``cropMarks`` writes no TrimBox or BleedBox and
its bleed scales the artwork, so the geometry, boxes and marks are done here instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageMath
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from editor.pdf.options import ExportOptions

MARK_GAP_MM = 2.0  # crop marks start this far outside the bleed, so they never touch artwork
MARK_LENGTH_MM = 5.0
MARK_WIDTH_PT = 0.25


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
    """The theme's colours in the export's colour mode: RGB, or CMYK with black as 100% K."""

    def __init__(self, colours: dict[str, str], accent: str, *, cmyk: bool) -> None:
        self.cmyk = cmyk
        self.accent = self.colour(accent)
        self.text = self.colour(colours["text"])
        self.muted = self.colour(colours["muted"])
        self.on_accent = self.colour(colours["on_accent"])
        self.paper = self.colour("#FFFFFF")
        # Crop marks print on every separation in CMYK so each plate can be trimmed.
        self.registration = CMYKColor(1, 1, 1, 1) if cmyk else Color(0, 0, 0)

    def named(self, name: str) -> Color:
        return {"accent": self.accent, "text": self.text, "muted": self.muted}[name]

    def colour(self, hex_colour: str) -> Color:
        red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        if not self.cmyk:
            return Color(red, green, blue)
        black = 1 - max(red, green, blue)
        if black >= 1:
            return CMYKColor(0, 0, 0, 1)
        cyan, magenta, yellow = ((1 - c - black) / (1 - black) for c in (red, green, blue))
        return CMYKColor(*(round(v, 4) for v in (cyan, magenta, yellow, black)))

    def tint(self, colour: Color, amount: float) -> Color:
        """``colour`` at ``amount`` strength on white paper (0.1 is a 10% tint)."""
        if isinstance(colour, CMYKColor):
            return CMYKColor(
                *(round(v * amount, 4) for v in (colour.cyan, colour.magenta, colour.yellow, colour.black))
            )
        return Color(*(1 - (1 - v) * amount for v in (colour.red, colour.green, colour.blue)))


def cmyk_image(image: Image.Image) -> Image.Image:
    """An RGB image in CMYK by the same sum as ``Palette.colour``, so a logo laid on the accent
    band has no visible box around it (Pillow's own conversion leaves black out entirely)."""
    red, green, blue = image.convert("RGB").split()
    black = ImageChops.invert(ImageChops.lighter(ImageChops.lighter(red, green), blue))

    def ink(channel: Image.Image) -> Image.Image:
        return ImageMath.lambda_eval(
            lambda a: a["convert"]((255 - a["c"] - a["k"]) * 255 / a["max"](255 - a["k"], 1) + 0.5, "L"),
            c=channel,
            k=black,
        )

    return Image.merge("CMYK", [ink(red), ink(green), ink(blue), black])
