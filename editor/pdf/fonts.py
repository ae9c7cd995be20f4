"""Font families: FiraGO from the pymupdf-fonts package by default, or an installed TrueType family.

Fonts come from a Python package rather than the machine so a leaflet looks the same on every
laptop. ReportLab's built-in fonts are never used: Helvetica turns Cyrillic into black boxes
without an error. Each family is registered with ReportLab once per process, in four styles,
so Paragraph's <b> and <i> pick the right face.
"""

from __future__ import annotations

import importlib
import io
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from editor.pdf.errors import FONT, RenderError

STYLES = ("regular", "bold", "italic", "bold_italic")
SHIPPED_FAMILIES = {
    "firago": ("FiraGO", "FiraGO_Regular", "FiraGO_Bold", "FiraGO_Italic", "FiraGO_BoldItalic"),
    "noto sans": ("Noto Sans", "NotoSans_Regular", "NotoSans_Bold", "NotoSans_Italic", "NotoSans_BoldItalic"),
    "ubuntu": ("Ubuntu", "Ubuntu_Regular", "Ubuntu_Bold", "Ubuntu_Italic", "Ubuntu_BoldItalic"),
}
_STYLE_SUFFIXES = {
    "regular": ("", "regular", "book", "roman"),
    "bold": ("bold",),
    "italic": ("italic", "oblique"),
    "bold_italic": ("bolditalic", "boldoblique"),
}
_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")
_lock = threading.Lock()
_families: dict[str, FontFamily] = {}


@dataclass(frozen=True)
class FontFamily:
    """Registered ReportLab font names for one family and the characters all four styles have."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    coverage: frozenset[int]

    def has(self, character: str) -> bool:
        return ord(character) in self.coverage


def font_family(name: str) -> FontFamily:
    """The family called ``name`` (any case), registered with ReportLab; RenderError if unusable."""
    key = name.strip().lower()
    with _lock:
        if key not in _families:
            _families[key] = _register(*_family_bytes(name.strip()))
        return _families[key]


def shipped_family_names() -> list[str]:
    return [entry[0] for entry in SHIPPED_FAMILIES.values()]


def _family_bytes(name: str) -> tuple[str, dict[str, bytes]]:
    shipped = SHIPPED_FAMILIES.get(name.lower())
    if shipped:
        display, *modules = shipped
        return display, {style: _package_font(module) for style, module in zip(STYLES, modules, strict=True)}
    files = _installed_family_files(name)
    if "regular" not in files:
        choices = ", ".join(shipped_family_names())
        raise RenderError(
            f"the font '{name}' is not shipped with Statement Editor and no installed TrueType "
            f"font of that name was found; choose {choices} or install the font's .ttf files",
            FONT,
        )
    data = {}
    for style in STYLES:
        path = files.get(style, files["regular"])
        try:
            data[style] = path.read_bytes()
        except OSError as error:
            raise RenderError(f"the font file {path} cannot be read: {error.strerror}", FONT) from error
    return name, data


def _package_font(module_name: str) -> bytes:
    try:
        module = importlib.import_module(f"pymupdf_fonts.{module_name}")
    except ImportError as error:
        raise RenderError(
            "the default fonts are missing: install the 'pymupdf-fonts' package", FONT
        ) from error
    return bytes(module.fontbuffer)


def _register(display: str, data: dict[str, bytes]) -> FontFamily:
    names = {
        style: display if style == "regular" else f"{display} {style.replace('_', ' ').title()}"
        for style in STYLES
    }
    coverage: frozenset[int] | None = None
    for style in STYLES:
        font_bytes = data[style]
        if font_bytes[:4] not in _TRUETYPE_TAGS:
            kind = "a CFF (PostScript-outline) font" if font_bytes[:4] == b"OTTO" else "not a TrueType font"
            raise RenderError(
                f"the font '{display}' ({style}) is {kind}; PDF export needs TrueType outlines", FONT
            )
        try:
            font = TTFont(names[style], io.BytesIO(font_bytes))
        except TTFError as error:
            raise RenderError(f"the font '{display}' ({style}) cannot be used: {error}", FONT) from error
        pdfmetrics.registerFont(font)
        characters = frozenset(font.face.charToGlyph)
        coverage = characters if coverage is None else coverage & characters
    for bold, italic, style in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bold_italic")):
        addMapping(display, bold, italic, names[style])
    return FontFamily(
        display,
        names["regular"],
        names["bold"],
        names["italic"],
        names["bold_italic"],
        coverage or frozenset(),
    )


def _font_folders() -> list[Path]:
    home = Path.home()
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local/share/fonts",
        Path("/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        folders.append(Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft/Windows/Fonts")
    return [folder for folder in folders if folder.is_dir()]


def _installed_family_files(name: str) -> dict[str, Path]:
    """TrueType files whose name is the family's name plus a style: DejaVuSans-Bold.ttf."""
    wanted = _squashed(name)
    found: dict[str, Path] = {}
    for folder in _font_folders():
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() != ".ttf" or not _squashed(path.stem).startswith(wanted):
                continue
            rest = _squashed(path.stem)[len(wanted) :]
            for style, suffixes in _STYLE_SUFFIXES.items():
                if rest in suffixes:
                    found.setdefault(style, path)
    return found


def _squashed(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text.lower())
