"""Fonts: the shipped FiraGO covers the statement's scripts; installed families are found by
name; CFF fonts are refused with a message instead of failing inside ReportLab."""

from __future__ import annotations

import pytest
from pymupdf_fonts import FiraGO_Bold, FiraGO_Regular

from editor.model import Layout
from editor.pdf import ExportOptions, RenderError, render_pdf
from editor.pdf import fonts as fonts_module
from editor.pdf.fonts import font_family
from tests.pdf.samples import fonts, small


def test_firago_covers_latin_cyrillic_with_ukrainian_letters_and_greek():
    family = font_family("firago")
    assert family.name == "FiraGO"
    assert all(family.has(c) for c in "AaŽžßøÆ їЇєЄґҐіІʼ ΓιώργοςΠαπαδόπουλος «»—·€")


@pytest.fixture
def font_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts_module, "_font_folders", lambda: [tmp_path])
    return tmp_path


def test_an_installed_truetype_family_is_found_by_name_and_embedded(font_folder):
    (font_folder / "TestSans-Regular.ttf").write_bytes(bytes(FiraGO_Regular.fontbuffer))
    (font_folder / "TestSans-Bold.ttf").write_bytes(bytes(FiraGO_Bold.fontbuffer))
    family = font_family("Test Sans")
    assert (family.regular, family.bold, family.italic) == ("Test Sans", "Test Sans Bold", "Test Sans Italic")
    result = render_pdf(small(), ExportOptions.from_layout(Layout(font="Test Sans")))
    assert {name.split("+")[-1] for name in fonts(result.pdf)} >= {"FiraGO-Regular", "FiraGO-Bold"}


def test_a_cff_font_is_refused_with_a_message(font_folder):
    (font_folder / "Outline-Regular.ttf").write_bytes(b"OTTO" + bytes(100))
    with pytest.raises(RenderError, match=r"'Outline' \(regular\) is a CFF .* needs TrueType outlines"):
        font_family("Outline")
