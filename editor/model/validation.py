"""Rules a statement must follow beyond its shape: the checks the GUI and ``check`` share."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import PurePath
from urllib.parse import urlsplit

from editor.model.problems import Path, Problem
from editor.model.statement import (
    LAYOUT_CHOICES,
    MAX_SIGNATORY_COLUMNS,
    Block,
    Heading,
    Layout,
    Quote,
    Statement,
)
from editor.wording import shortened

LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
FONT_SIZE_RANGE = (5.0, 72.0)
MIN_ACCENT_CONTRAST = 3.0
"""WCAG's ratio for large text: the accent carries the title band, numbers and headings."""
MAX_BLEED_MM = 20.0
MAX_FIT_PAGES = 9999  # far beyond any leaflet, and still a number the window can show


_INVISIBLE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]+")
"""White space, and what prints as nothing: soft hyphens, zero-width spaces and joiners, marks."""


def is_blank(text: str) -> bool:
    """Nothing that prints: a title of zero-width spaces is as blank as an empty one."""
    return not _INVISIBLE.sub("", text)


def validate(statement: Statement) -> list[Problem]:
    return list(_statement_problems(statement))


def _statement_problems(s: Statement) -> Iterator[Problem]:
    if is_blank(s.title):
        yield Problem("the title must not be blank", ("title",))
    if s.language and not LANGUAGE_TAG.fullmatch(s.language):
        yield Problem(
            f"'{shortened(s.language)}' is not a language tag; use one such as en, uk or en-GB", ("language",)
        )
    yield from _blocks_problems(s.preamble, "preamble")
    for index, demand in enumerate(s.demands):
        if is_blank(demand.text):
            yield Problem("the text of this demand is blank", ("demands", index, "text"))
    yield from _blocks_problems(s.closing, "closing")
    if s.sign_up.url:
        yield from _url_problems(s.sign_up.url, ("sign_up", "url"))
    for index, signatory in enumerate(s.signatories):
        if is_blank(signatory.name):
            yield Problem("the name is blank", ("signatories", index, "name"))
    yield from _layout_problems(s.layout)


def _blocks_problems(blocks: list[Block], key: str) -> Iterator[Problem]:
    for index, block in enumerate(blocks):
        if is_blank(block.text):
            field = "quote" if isinstance(block, Quote) else "heading" if isinstance(block, Heading) else None
            path: Path = (key, index, field) if field else (key, index)
            yield Problem("this block is blank", path)


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of ``#RRGGBB`` against white, from 1 (white) to 21 (black)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    return 1.05 / (luminance + 0.05)


def is_web_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # such as an unclosed '[' in the host
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def _url_problems(url: str, path: Path) -> Iterator[Problem]:
    if not is_web_address(url):
        yield Problem(
            f"'{shortened(url, 80)}' is not a web address; it must start with https:// or http://", path
        )


def _choice_problem(value: str | None, choices: tuple[str, ...], key: str) -> Iterator[Problem]:
    if value is not None and value not in choices:
        listed = ", ".join(choices)
        yield Problem(f"'{shortened(value)}' is not one of {listed}", ("layout", key))


def layout_problems(layout: Layout) -> list[Problem]:
    """The rules of every layout choice, wherever it comes from: the file, the command line,
    the export dialog's remembered choices. Each problem's path is ``layout.KEY``."""
    return list(_layout_problems(layout))


def _layout_problems(layout: Layout) -> Iterator[Problem]:
    for key, choices in LAYOUT_CHOICES.items():
        yield from _choice_problem(getattr(layout, key), choices, key)
    if layout.accent_color is not None and not HEX_COLOUR.fullmatch(layout.accent_color):
        yield Problem(
            f"'{shortened(layout.accent_color)}' is not a colour; write it as #RRGGBB, for example #C8102E",
            ("layout", "accent_color"),
        )
    elif layout.accent_color is not None and contrast_with_white(layout.accent_color) < MIN_ACCENT_CONTRAST:
        ratio = contrast_with_white(layout.accent_color)
        yield Problem(
            f"{layout.accent_color} is too light to read on white paper or under white text "
            f"(contrast {ratio:.1f}:1; choose a darker colour, at least {MIN_ACCENT_CONTRAST:g}:1)",
            ("layout", "accent_color"),
            is_warning=True,
        )
    if layout.theme is not None and not layout.theme.strip():
        yield Problem("the theme name is blank", ("layout", "theme"))
    if layout.font is not None and not layout.font.strip():
        yield Problem("the font name is blank", ("layout", "font"))
    if layout.font_size is not None:
        low, high = FONT_SIZE_RANGE
        if not (math.isfinite(layout.font_size) and low <= layout.font_size <= high):
            yield Problem(
                f"{layout.font_size} pt is not a usable size; choose between {low:g} and {high:g}",
                ("layout", "font_size"),
            )
    if layout.fit_pages is not None and not 1 <= layout.fit_pages <= MAX_FIT_PAGES:
        yield Problem(f"must be between 1 and {MAX_FIT_PAGES:,} pages", ("layout", "fit_pages"))
    columns = layout.signatory_columns
    if columns is not None and not 1 <= columns <= MAX_SIGNATORY_COLUMNS:
        yield Problem(
            f"must be between 1 and {MAX_SIGNATORY_COLUMNS} columns",
            ("layout", "signatory_columns"),
        )
    bleed = layout.bleed_mm
    if bleed is not None and not (math.isfinite(bleed) and 0 <= bleed <= MAX_BLEED_MM):
        yield Problem(
            f"must be between 0 and {MAX_BLEED_MM:g} mm (print shops usually ask for 3)",
            ("layout", "bleed_mm"),
        )
    if layout.logo is not None:
        if not layout.logo.strip():
            yield Problem("the logo path is blank", ("layout", "logo"))
        elif PurePath(layout.logo).suffix.lower() not in LOGO_SUFFIXES:
            yield Problem("the logo must be a PNG or JPEG image", ("layout", "logo"))
