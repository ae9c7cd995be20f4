"""Themes are data with inheritance; options resolve against them; labels follow the language."""

from __future__ import annotations

import pytest

from editor.model import Labels, Layout, Statement
from editor.pdf import ExportOptions, RenderError
from editor.pdf import themes as themes_module
from editor.pdf.labels import labels_for
from editor.pdf.themes import available_themes, load_theme
from tests.pdf.samples import small, ukrainian


def test_the_three_shipped_themes_inherit_from_the_default():
    assert {"default", "photocopy", "poster"} <= set(available_themes())
    default, photocopy, poster = (load_theme(name) for name in ("default", "photocopy", "poster"))
    assert photocopy["title"]["style"] == "rule" and default["title"]["style"] == "band"
    assert photocopy["leading"] == default["leading"]  # inherited, not repeated
    assert photocopy["sign_up"]["qr_mm"] == default["sign_up"]["qr_mm"]
    assert poster["title"]["size"] > default["title"]["size"]


@pytest.fixture
def theme_folder(tmp_path, monkeypatch):
    (tmp_path / "default.yaml").write_text(
        (themes_module.themes_dir() / "default.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(themes_module, "themes_dir", lambda: tmp_path)
    themes_module._load_cached.cache_clear()
    yield tmp_path
    themes_module._load_cached.cache_clear()


def test_a_misspelt_theme_setting_is_an_error(theme_folder):
    (theme_folder / "mine.yaml").write_text("parent: default\ntitle:\n  sise: 3\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"theme 'mine': unknown setting 'title\.sise'"):
        load_theme("mine")


def test_a_theme_overlay_changes_only_what_it_names(theme_folder):
    (theme_folder / "green.yaml").write_text("colours:\n  accent: '#007A33'\n", encoding="utf-8")
    green, default = load_theme("green"), load_theme("default")
    assert green["colours"]["accent"] == "#007A33"
    assert green["colours"]["muted"] == default["colours"]["muted"]
    assert ExportOptions.from_layout(Layout(theme="green")).accent_color == "#007A33"


def test_a_parent_loop_is_an_error(theme_folder):
    (theme_folder / "a.yaml").write_text("parent: b\n", encoding="utf-8")
    (theme_folder / "b.yaml").write_text("parent: a\n", encoding="utf-8")
    with pytest.raises(RenderError, match="loop"):
        load_theme("a")


def test_options_take_the_layout_then_overrides_then_the_theme():
    layout = Layout(page_size="A4", accent_color="#123456", bleed_mm=3)
    options = ExportOptions.from_layout(layout.overlay(Layout(bleed_mm=None, page_size="A3", colour="cmyk")))
    assert (options.page_size, options.accent_color, options.bleed_mm, options.colour) == (
        "A3",
        "#123456",
        3.0,
        "cmyk",
    )
    assert options.font == "FiraGO" and options.font_size == load_theme("default").body_size("A3")
    assert ExportOptions.from_layout(Layout(page_size="A5")).signatory_columns == 2
    assert ExportOptions.from_layout(Layout(page_size="A4")).signatory_columns == 3


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"page_size": "B5"}, "'B5' is not one of A3, A4"),
        ({"bleed_mm": -1.0}, "must be between 0 and 20 mm"),
        ({"fit_pages": 0}, "must be between 1 and 9,999 pages"),
        ({"accent_color": "red"}, "'red' is not a colour"),
    ],
)
def test_unusable_choices_are_render_errors_that_name_their_setting(override, message):
    with pytest.raises(RenderError, match=message) as refused:
        ExportOptions.from_layout(Layout(**override))
    assert [problem.path for problem in refused.value.problems] == [("layout", *override)]


def test_labels_follow_the_language_and_the_statement_overrides_them():
    assert labels_for(small()).signatories == "Signatories"
    statement = ukrainian()
    assert labels_for(statement).demands == "Наші вимоги"
    statement.language = "uk-UA"
    statement.labels = Labels(signatories="Нас підтримали")
    labels = labels_for(statement)
    assert (labels.demands, labels.signatories) == ("Наші вимоги", "Нас підтримали")
    statement.language = "de"
    assert labels_for(statement).demands == "Our demands"


def test_a_justified_theme_hyphenates_ukrainian_with_soft_hyphens(theme_folder):
    from editor.pdf import render_pdf
    from tests.pdf.samples import page_texts

    (theme_folder / "justified.yaml").write_text("justify: true\n", encoding="utf-8")
    statement = ukrainian()
    statement.preamble[0].text = " ".join([statement.preamble[0].text] * 6)
    text = page_texts(
        render_pdf(statement, ExportOptions.from_layout(Layout(theme="justified", page_size="A6"))).pdf
    )
    broken = [line for line in text[0].splitlines() if line.endswith("-") and line[-2].isalpha()]
    assert broken, "some words break at a hyphenation point"


@pytest.mark.parametrize(
    ("layout", "path"),
    [(Layout(theme="glossy"), ("layout", "theme")), (Layout(font="No Such Sans"), ("layout", "font"))],
)
def test_what_cannot_be_printed_names_the_setting_by_its_path(layout, path):
    from editor.pdf.preflight import preflight

    (problem,) = preflight(Statement(title="X", layout=layout), None)
    assert problem.path == path
