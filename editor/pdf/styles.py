"""Type sizes and paragraph styles for one render, from the theme, the options and a scale.

Every size in a theme is a multiple of the body size, so fitting to N pages only has to change
one number. Every style names the export's font family and colour, so no ReportLab default
(Helvetica, RGB black) can slip into the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from editor.pdf.fonts import FontFamily
from editor.pdf.production import REVERSED_TYPE_PT, SMALL_TYPE_PT, Palette
from editor.pdf.themes import Theme

DISPLAY_SHAPING = 1
"""Display type (title, subtitle, headings) is shaped by HarfBuzz, through ReportLab: kerned
from the font's own tables, with its ligatures. Its gaps show at 20 to 35 pt ("Wo", "A W");
shaping every paragraph made a page of body text ten times slower to set."""


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    demand: ParagraphStyle
    demand_heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    call_to_action: ParagraphStyle
    url: ParagraphStyle
    note: ParagraphStyle
    contact: ParagraphStyle
    imprint: ParagraphStyle
    body_size: float
    section_size: float
    number_size: float
    signatory_size: float
    group_size: float
    page_number_size: float


def make_styles(
    theme: Theme, family: FontFamily, palette: Palette, body_size: float, names_size: float | None = None
) -> Styles:
    """Every style at ``body_size``; the list of names at ``names_size`` when fitting to pages
    shrinks it first, so the statement's own text keeps its size as long as it can."""
    names = body_size if names_size is None else names_size
    leading = float(theme["leading"])
    title = theme.section("title")
    sign_up = theme.section("sign_up")
    foot = theme.section("foot")
    demands = theme.section("demands")
    banded = title["style"] == "band"
    smallest = float(theme["min_small_size"])  # imprints and names stay legible when fitting shrinks

    def style(
        name: str,
        size: float,
        *,
        font: str = family.regular,
        colour: Color = palette.text,
        line: float = leading,
        **extra: float,  # alignment, embeddedHyphenation, spaceBefore, spaceAfter
    ) -> ParagraphStyle:
        size = max(size, smallest)
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * line,
            textColor=colour,
            alignment=extra.pop("alignment", TA_LEFT),
            # Left unset, a link's underline takes the width of whatever line was drawn last
            # (a thick rule in the photocopy theme) and covers the letters.
            underlineWidth="0.06*F",
            underlineOffset="-0.14*F",
            # No paragraph leaves its last line alone at the top of a page or column, nor its
            # first alone at the foot of one.
            allowWidows=0,
            allowOrphans=0,
            # A web address too long for the line breaks after a "/" rather than mid-word.
            uriWasteReduce=0.3,
            **extra,
        )

    # Running text breaks at the soft hyphens the story puts in where its measure wants them.
    running = {"alignment": TA_JUSTIFY if theme["justify"] else TA_LEFT, "embeddedHyphenation": 1}
    quote_size = body_size * float(theme.section("quote")["size"])
    title_colour = palette.on_accent if banded else palette.text

    def title_text(name: str, size: float, font: str, **extra: float) -> ParagraphStyle:
        """Type on the title band is knocked out of the ink: small sizes would fill in."""
        if banded and size < SMALL_TYPE_PT:
            size, font = max(size, REVERSED_TYPE_PT), family.bold
        return style(name, size, font=font, colour=title_colour, **extra)

    section_size = max(smallest, body_size * float(theme.section("section_heading")["size"]))
    return Styles(
        body=style("body", body_size, spaceAfter=body_size * 0.7, **running),
        heading=style(
            "heading",
            body_size * float(theme.section("heading")["size"]),
            font=family.bold,
            line=1.2,
            shaping=DISPLAY_SHAPING,
        ),
        quote=style("quote", quote_size, font=family.italic, line=1.32),
        attribution=style("attribution", body_size * 0.88, colour=palette.muted, spaceBefore=2),
        demand=style("demand", body_size * float(demands["text_size"]), **running),
        demand_heading=style(
            "demand_heading",
            body_size * float(demands["heading_size"]),
            font=family.bold,
            line=1.24,
            shaping=DISPLAY_SHAPING,
        ),
        title=style(
            "title",
            body_size * float(title["size"]),
            font=family.bold,
            line=float(title["leading"]),
            colour=title_colour,
            shaping=DISPLAY_SHAPING,
        ),
        subtitle=title_text(
            "subtitle",
            body_size * float(title["subtitle_size"]),
            family.regular,
            line=1.22,
            spaceBefore=body_size * float(title["subtitle_space"]),
            shaping=DISPLAY_SHAPING,
        ),
        meta=title_text("meta", body_size * float(title["meta_size"]), family.bold, line=1.25),
        label=style(
            "label",
            section_size,
            font=family.bold,
            colour=palette.for_type(palette.named(theme.section("section_heading")["colour"]), section_size),
            line=1.3,
        ),
        call_to_action=style(
            "call_to_action", body_size * float(sign_up["text_size"]), font=family.bold, line=1.2
        ),
        url=style(
            "url",
            body_size,
            font=family.bold,
            colour=palette.for_type(palette.accent, body_size),
            line=1.3,
            spaceBefore=body_size * 0.4,
        ),
        note=style(
            "note",
            names * float(theme.section("signatories")["size"]) * 0.92,
            colour=palette.muted,
            line=1.3,
        ),
        contact=style("contact", body_size * float(foot["contact_size"]), colour=palette.text, line=1.3),
        imprint=style(
            "imprint",
            body_size * float(foot["imprint_size"]),
            colour=palette.muted,
            line=1.3,
            spaceBefore=1 * mm,
        ),
        body_size=body_size,
        section_size=section_size,
        number_size=body_size * float(demands["number_size"]),
        signatory_size=max(smallest, names * float(theme.section("signatories")["size"])),
        group_size=max(smallest, names * float(theme.section("signatories")["group_size"])),
        page_number_size=max(smallest, body_size * float(foot["page_number_size"])),
    )
