"""The leaflet's building blocks as ReportLab flowables: section labels, demands, quotations,
the sign-up panel and the foot.

Demands and quotations are kept whole: when one does not fit, it moves to the next page, and
only a block taller than a whole page is split (its text continues, never cut or hidden).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as TextParagraph

from editor.pdf.capitals import in_capitals
from editor.pdf.fonts import FontFamily
from editor.pdf.markup import escape, escape_attribute
from editor.pdf.production import Palette
from editor.pdf.styles import Styles
from editor.pdf.themes import Theme

QR_QUIET_MODULES = 4
QR_MODULE_MM = 0.5
"""The smallest module a phone camera reads at arm's length from a printed page."""
ADDRESS_PIECE = re.compile(r"[^/.]*[/.]+|[^/.]+")
NUMBER_GAP = 0.75  # x body: between a demand's number and its text


@dataclass(frozen=True)
class Look:
    """Everything a block needs to draw itself for one render."""

    theme: Theme
    family: FontFamily
    palette: Palette
    styles: Styles
    full_frame_height: float
    page_size: str = "A5"
    links_printed: bool = False
    """On paper a link is printed as its address, and there are no link annotations."""

    def cap_height(self, font_name: str, size: float) -> float:
        return getFont(font_name).face.capHeight / 1000 * size


def drawing_is_kept(canvas: Canvas) -> bool:
    """False on the canvas of a trial layout, which fit to pages makes only to count pages
    (the renderer's canvas says so with ``keeps_drawing``): costly drawing can be skipped."""
    return getattr(canvas, "keeps_drawing", True)


class SectionLabel(Flowable):
    """A rule and a small bold capitals label ("OUR DEMANDS", "TRADE UNIONS · 9").

    Kept with what follows by a conditional page break before it, not by ``keepWithNext``:
    ReportLab's KeepTogether would push a block taller than a page to the next one.
    """

    def __init__(
        self,
        text: str,
        look: Look,
        *,
        size: float | None = None,
        rule: bool = True,
        space_before: float | None = None,
    ) -> None:
        super().__init__()
        section = look.theme.section("section_heading")
        self.text = in_capitals(text)
        self.look = look
        self.size = size or look.styles.section_size
        self.tracking = float(section["tracking"]) * self.size / 10
        self.rule = float(section["rule_pt"]) if rule else 0.0
        named = look.palette.named(section["colour"])
        self.colour = look.palette.for_type(named, self.size)
        self.rule_colour = look.palette.for_line(named, self.rule)
        self.spaceBefore = look.styles.body_size * 1.1 if space_before is None else space_before
        self.spaceAfter = self.size * 0.7

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size * 1.2 + (self.rule + self.size * 0.55 if self.rule else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.rule:
            canvas.setStrokeColor(self.rule_colour)
            canvas.setLineWidth(self.rule)
            canvas.line(0, self.height - self.rule / 2, self.width, self.height - self.rule / 2)
        canvas.setFillColor(self.colour)
        canvas.setFont(self.look.family.bold, self.size)
        canvas.drawString(0, self.size * 0.25, self.text, charSpace=self.tracking)


class KeptBlock(Flowable):
    """Paragraphs set with a left indent and a decoration, moved whole to the next page.

    Subclasses draw the decoration (a number, a rule) in ``decorate``.
    """

    def __init__(
        self,
        paragraphs: list[TextParagraph],
        indent: float,
        look: Look,
        *,
        gap: float = 0.0,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.indent = indent
        self.look = look
        self.gap = gap
        self.continued = continued

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = available_width - self.indent
        self.heights = [p.wrap(inner, available_height)[1] for p in self.paragraphs]
        self.height = sum(self.heights) + self.gap * (len(self.paragraphs) - 1)
        return self.width, self.height

    def draw(self) -> None:
        self.decorate()  # first, so text extraction and screen readers meet the number first
        y = self.height
        for paragraph, height in zip(self.paragraphs, self.heights, strict=True):
            y -= height
            paragraph.drawOn(self.canv, self.indent, y)
            y -= self.gap

    def decorate(self) -> None:
        raise NotImplementedError

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= self.look.full_frame_height:
            return []  # keep whole: the frame moves it to the next page
        return self._split_text(available_width, available_height)

    def _split_text(self, available_width: float, available_height: float) -> list[Flowable]:
        """Only for a block taller than a page: break inside the paragraph that crosses the foot."""
        room = available_height
        for index, (paragraph, height) in enumerate(zip(self.paragraphs, self.heights, strict=True)):
            if height <= room:
                room -= height + self.gap
                continue
            pieces = paragraph.split(available_width - self.indent, room)
            head = self.paragraphs[:index] + pieces[:1]
            tail = pieces[1:] + self.paragraphs[index + 1 :] if pieces else self.paragraphs[index:]
            if not head or not tail:
                return []
            return [self.copy_with(head, continued=self.continued), self.copy_with(tail, continued=True)]
        return [self]

    def copy_with(self, paragraphs: list[TextParagraph], *, continued: bool) -> KeptBlock:
        raise NotImplementedError


class DemandBlock(KeptBlock):
    """A numbered demand: the number large, in the accent colour, in a hanging column."""

    def __init__(
        self,
        number: int,
        paragraphs: list[TextParagraph],
        indent: float,
        look: Look,
        *,
        continued: bool = False,
    ) -> None:
        super().__init__(paragraphs, indent, look, gap=look.styles.body_size * 0.15, continued=continued)
        self.number = number

    @staticmethod
    def indent_for(count: int, look: Look) -> float:
        """Wide enough for the widest number, so every demand's text aligns."""
        styles = look.styles
        widest = stringWidth(str(max(count, 1)), look.family.bold, styles.number_size)
        column = float(look.theme.section("demands")["number_column"]) * styles.body_size
        return max(column, widest + styles.body_size * NUMBER_GAP)

    def decorate(self) -> None:
        if self.continued:
            return
        look = self.look
        size = look.styles.number_size
        first = self.paragraphs[0].style
        # The number's cap height lines up with the first line's.
        top = self.height - first.fontSize + look.cap_height(first.fontName, first.fontSize)
        baseline = top - look.cap_height(look.family.bold, size)
        self.canv.setFillColor(look.palette.accent)
        self.canv.setFont(look.family.bold, size)
        self.canv.drawRightString(
            self.indent - look.styles.body_size * NUMBER_GAP, baseline, str(self.number)
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """At least as tall as the number, so short demands do not crowd the next one."""
        width, height = super().wrap(available_width, available_height)
        self.height = max(height, self.look.styles.number_size * 0.92)
        return width, self.height

    def copy_with(self, paragraphs: list[TextParagraph], *, continued: bool) -> DemandBlock:
        return DemandBlock(self.number, paragraphs, self.indent, self.look, continued=continued)


class QuoteBlock(KeptBlock):
    """A quotation set apart by a thin accent rule on its left, its attribution below."""

    def decorate(self) -> None:
        quote = self.look.theme.section("quote")
        width = float(quote["rule_pt"])
        self.canv.setStrokeColor(self.look.palette.accent)
        self.canv.setLineWidth(width)
        self.canv.line(width / 2, 1, width / 2, self.height - 1)

    def copy_with(self, paragraphs: list[TextParagraph], *, continued: bool) -> QuoteBlock:
        return QuoteBlock(paragraphs, self.indent, self.look, gap=self.gap, continued=continued)


class SignUpPanel(Flowable):
    """The call to action, the web address in print and a QR code of it, in a tinted or ruled box.

    The address is set once the panel knows its width, broken only after a slash or a dot, so
    that what a reader types from paper is whole words of the address.
    """

    def __init__(self, paragraphs: list[TextParagraph], url: str, look: Look, *, scannable: bool) -> None:
        super().__init__()
        settings = look.theme.section("sign_up")
        self.text_paragraphs = paragraphs
        self.url = url
        self.qr_url = url if scannable else ""
        self.look = look
        self.padding = float(settings["padding_mm"]) * mm
        self.qr_size = qr_size(self.qr_url, float(settings["qr_mm"][look.page_size])) if self.qr_url else 0.0
        self.tinted = settings["style"] == "panel"
        self.tint = float(settings["tint"])
        self.spaceBefore = look.styles.body_size * 1.4
        self.spaceAfter = look.styles.body_size * 0.8

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        text_width = available_width - 2 * self.padding - (self.qr_size + self.padding if self.qr_url else 0)
        self.paragraphs = self.text_paragraphs + ([self._address(text_width)] if self.url else [])
        self.heights = [p.wrap(text_width, available_height)[1] for p in self.paragraphs]
        text_height = sum(self.heights) + sum(p.getSpaceBefore() for p in self.paragraphs[1:])
        self.height = max(text_height, self.qr_size) + 2 * self.padding
        return self.width, self.height

    def _address(self, width: float) -> TextParagraph:
        style = self.look.styles.url
        lines = address_lines(self.url, style.fontName, style.fontSize, width)
        text = "<br/>".join(escape(line) for line in lines)
        if self.qr_url and not self.look.links_printed:  # a link on screen; paper has none
            text = f'<a href="{escape_attribute(self.url)}">{text}</a>'
        return TextParagraph(text, style)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas, palette = self.canv, self.look.palette
        if self.tinted:
            canvas.setFillColor(palette.tint(palette.accent, self.tint))
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(palette.text)
            canvas.setLineWidth(1.2)
            canvas.rect(0.6, 0.6, self.width - 1.2, self.height - 1.2, stroke=1, fill=0)
        text_height = sum(self.heights) + sum(p.getSpaceBefore() for p in self.paragraphs[1:])
        y = self.height - self.padding - max(0.0, (self.qr_size - text_height) / 2)
        for index, (paragraph, height) in enumerate(zip(self.paragraphs, self.heights, strict=True)):
            y -= height + (paragraph.getSpaceBefore() if index else 0)
            paragraph.drawOn(canvas, self.padding, y)
        if self.qr_url:
            self._draw_qr(self.width - self.padding - self.qr_size, self.padding)

    def _draw_qr(self, x: float, y: float) -> None:
        """The code fills qr_size including its quiet zone, on paper white, in text black.

        Drawn straight onto the canvas as one path: ReportLab's QR widget goes through its
        graphics renderer, which brings the built-in Helvetica into the PDF.
        """
        canvas, palette = self.canv, self.look.palette
        modules = qr_modules(self.qr_url)
        module = self.qr_size / (len(modules) + 2 * QR_QUIET_MODULES)
        canvas.setFillColor(palette.paper)
        canvas.rect(x, y, self.qr_size, self.qr_size, stroke=0, fill=1)
        path = canvas.beginPath()
        top = y + self.qr_size - QR_QUIET_MODULES * module
        for row_index, row in enumerate(modules):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(
                        x + (QR_QUIET_MODULES + column) * module,
                        top - (row_index + 1) * module,
                        length * module,
                        module,
                    )
                column += length
        canvas.setFillColor(palette.text)
        canvas.drawPath(path, stroke=0, fill=1)


def qr_size(url: str, wanted_mm: float) -> float:
    """The side in points of the code with its quiet zone round it. The code itself is the
    theme's size for the page, or larger when a long address needs so many modules that each
    would be under QR_MODULE_MM; the quiet zone is white paper beyond that."""
    modules = len(qr_modules(url))
    code_mm = max(wanted_mm, modules * QR_MODULE_MM)
    return code_mm * (modules + 2 * QR_QUIET_MODULES) / modules * mm


def address_lines(url: str, font: str, size: float, width: float) -> list[str]:
    """``url`` in lines no wider than ``width``, each ending after a slash or a dot where it can."""
    lines: list[str] = []
    line = ""
    for piece in ADDRESS_PIECE.findall(url):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        line += piece
    return [*lines, line]


@functools.lru_cache(maxsize=8)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark modules, row by row; computing them is the slow part, and the URL rarely changes."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


class FootBlock(Flowable):
    """Contact line and imprint, pushed to the foot of the last page by taking its remaining space."""

    def __init__(self, paragraphs: list[TextParagraph], look: Look) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.look = look
        self.rule_gap = look.styles.body_size * 0.6

    def natural_height(self, available_width: float) -> float:
        self.heights = [p.wrap(available_width, 10_000)[1] for p in self.paragraphs]
        return sum(self.heights) + sum(p.getSpaceBefore() for p in self.paragraphs[1:]) + self.rule_gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.needed = self.natural_height(available_width)
        self.height = max(self.needed, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        top = self.needed
        canvas.setStrokeColor(self.look.palette.muted)
        canvas.setLineWidth(0.4)
        canvas.line(0, top, self.width, top)
        y = top - self.rule_gap
        for index, (paragraph, height) in enumerate(zip(self.paragraphs, self.heights, strict=True)):
            y -= height + (paragraph.getSpaceBefore() if index else 0)
            paragraph.drawOn(canvas, 0, y)
