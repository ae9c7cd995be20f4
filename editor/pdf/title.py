"""The title block at the head of the first page: issuer and date, title, subtitle, logo.

In the default theme it is a band of the accent colour with the text knocked out in white,
running off the top and sides of the page into the bleed; the photocopy theme sets it in black
over a heavy rule instead. It is drawn by the page, not the text flow, so it can reach the bleed.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as TextParagraph

from editor.pdf.blocks import Look
from editor.pdf.production import Sheet

RULE_PT = 2.5


WIDEST_LOGO_SHARE = 0.4
"""Of the width between the margins: a banner-shaped logo at the theme's height would leave the
title no room at all."""


BALANCE_STEPS = 5
"""Halvings of the search for a title's narrowest measure, from its lines' average length up
to the full width: to within a 32nd of that span, a few millimetres."""


def _balanced(paragraph: TextParagraph, width: float, height: float) -> float:
    """Wrap ``paragraph`` at the narrowest width that keeps its number of lines, so a title of
    two lines has two of about one length, not a full line over a lone word; its height.

    The search wraps an unshaped copy, eight times cheaper than shaping each trial; kerning
    only tightens a line, so the shaped title keeps the lines the copy found."""
    paragraph.wrap(width, height)
    lines = len(paragraph.blPara.lines)
    if lines < 2:
        return paragraph.height
    probe = TextParagraph(paragraph.text, ParagraphStyle("balancing", parent=paragraph.style, shaping=0))
    probe.wrap(lines * width, height)  # on one line: its natural length
    narrow, wide = max(width / 2, sum(probe.getActualLineWidths0()) / lines), width
    for _ in range(BALANCE_STEPS):
        middle = (narrow + wide) / 2
        probe.wrap(middle, height)
        if len(probe.blPara.lines) == lines:
            wide = middle
        else:
            narrow = middle
    return paragraph.wrap(wide, height)[1]


class TitleBlock:
    def __init__(
        self,
        meta: str,
        title: str,
        subtitle: str,
        look: Look,
        sheet: Sheet,
        margin: float,
        logo: ImageReader | None = None,
    ) -> None:
        styles = look.styles
        self.look = look
        self.sheet = sheet
        self.margin = margin
        settings = look.theme.section("title")
        self.banded = settings["style"] == "band"
        self.padding = float(settings["padding_mm"]) * mm
        self.space_after = float(settings["space_after_mm"]) * mm
        self.logo = logo
        self.logo_height = float(settings["logo_height_mm"]) * mm if logo else 0.0
        self.paragraphs = [
            TextParagraph(text, style)
            for text, style in ((meta, styles.meta), (title, styles.title), (subtitle, styles.subtitle))
            if text
        ]
        self.logo_width = 0.0
        across = sheet.trim_width - 2 * margin
        if logo:
            width, height = logo.getSize()
            self.logo_width = min(self.logo_height * width / height, across * WIDEST_LOGO_SHARE)
            self.logo_height = self.logo_width * height / width  # a banner is lowered, the title kept
        text_width = across - (self.logo_width + 4 * mm if logo else 0)
        self.heights = [
            _balanced(p, text_width, sheet.trim_height)
            if p.style is not styles.meta
            else p.wrap(text_width, 1e6)[1]
            for p in self.paragraphs
        ]
        gaps = sum(p.style.spaceBefore for p in self.paragraphs[1:])
        self.text_height = sum(self.heights) + gaps + (styles.meta.fontSize * 0.5 if meta else 0)
        top = self.padding + (0 if self.banded else margin - self.padding)
        self.height = top + max(self.text_height, self.logo_height) + self.padding
        self.has_meta = bool(meta)

    def space_below_top(self) -> float:
        """How far down from the trim top the text flow of the first page starts."""
        extra = RULE_PT if not self.banded else 0
        return self.height + extra + self.space_after

    def draw(self, canvas: Canvas) -> None:
        sheet, palette = self.sheet, self.look.palette
        x0, _, x1, y_top = sheet.trim_box
        band_bottom = y_top - self.height
        if self.banded:
            canvas.setFillColor(palette.accent)
            canvas.rect(
                x0 - sheet.bleed,
                band_bottom,
                (x1 - x0) + 2 * sheet.bleed,
                self.height + sheet.bleed,
                stroke=0,
                fill=1,
            )
        else:
            canvas.setStrokeColor(palette.text)
            canvas.setLineWidth(RULE_PT)
            canvas.line(x0 + self.margin, band_bottom, x1 - self.margin, band_bottom)
        y = (
            y_top
            - (self.height - self.padding - max(self.text_height, self.logo_height))
            - max(0.0, (self.logo_height - self.text_height) / 2)
        )
        for index, (paragraph, height) in enumerate(zip(self.paragraphs, self.heights, strict=True)):
            if index:
                y -= paragraph.style.spaceBefore
            y -= height
            paragraph.drawOn(canvas, x0 + self.margin, y)
            if index == 0 and self.has_meta:
                y -= self.look.styles.meta.fontSize * 0.5
        if self.logo:
            canvas.drawImage(
                self.logo,
                x1 - self.margin - self.logo_width,
                y_top - self.height + self.padding,
                self.logo_width,
                self.logo_height,
                mask="auto",
            )
