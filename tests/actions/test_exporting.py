"""Exporting: the PDF appears complete with its problems, or nothing is written and the reason says why."""

from __future__ import annotations

from pypdf import PdfReader

from editor.actions.exporting import Cause, Exported, NotExported, export_pdf
from editor.model import Layout, Statement


def test_a_valid_statement_is_written_with_the_overrides_laid_over_its_layout(tmp_path):
    statement = Statement(title="Fair pay", layout=Layout(page_size="A4", bleed_mm=0))
    target = tmp_path / "leaflet.pdf"
    outcome = export_pdf(statement, target, source=None, overrides=Layout(page_size="A5", bleed_mm=3))
    assert isinstance(outcome, Exported)
    assert outcome.page_count == 1
    page = PdfReader(target).pages[0]
    width_mm = float(page.trimbox.width) / 72 * 25.4
    bleed_width_mm = float(page.bleedbox.width) / 72 * 25.4
    assert round(width_mm) == 148  # A5 from the override
    assert round(bleed_width_mm - width_mm) == 6  # 3 mm each side
    assert statement.layout == Layout(page_size="A4", bleed_mm=0)  # the statement is untouched


def test_a_statement_with_errors_writes_nothing_and_lists_them(tmp_path):
    target = tmp_path / "leaflet.pdf"
    outcome = export_pdf(Statement(title=""), target, source=None)
    assert isinstance(outcome, NotExported)
    assert [p.path for p in outcome.problems] == [("title",)]
    assert not target.exists()


def test_an_unusable_override_is_refused_by_the_same_rule_as_in_the_file(tmp_path):
    target = tmp_path / "leaflet.pdf"
    outcome = export_pdf(Statement(title="X"), target, source=None, overrides=Layout(bleed_mm=99))
    assert isinstance(outcome, NotExported)
    assert outcome.cause is Cause.PRINTING
    assert outcome.reason == "must be between 0 and 20 mm (print shops usually ask for 3)"
    assert [problem.path for problem in outcome.problems] == [("layout", "bleed_mm")]
    assert not target.exists()


def test_writing_over_the_statement_itself_is_refused_as_a_misuse(tmp_path):
    source = tmp_path / "plan.statement.yaml"
    source.write_text("format: 1\ntitle: X\n", encoding="utf-8")
    outcome = export_pdf(Statement(title="X"), source, source=source)
    assert isinstance(outcome, NotExported) and outcome.cause is Cause.TARGET
    assert source.read_text(encoding="utf-8") == "format: 1\ntitle: X\n"


def test_a_folder_that_cannot_be_written_is_a_misuse_that_writes_nothing(tmp_path):
    target = tmp_path / "no such folder" / "leaflet.pdf"
    outcome = export_pdf(Statement(title="X"), target, source=None)
    assert isinstance(outcome, NotExported) and outcome.cause is Cause.TARGET
    assert not target.parent.exists()


def test_an_override_stands_in_for_an_unusable_value_in_the_file(tmp_path):
    statement = Statement(title="X", layout=Layout(bleed_mm=99))
    refused = export_pdf(statement, tmp_path / "a.pdf", source=None)
    assert isinstance(refused, NotExported) and refused.cause is Cause.STATEMENT
    assert [p.path for p in refused.problems] == [("layout", "bleed_mm")]
    outcome = export_pdf(statement, tmp_path / "b.pdf", source=None, overrides=Layout(bleed_mm=3))
    assert isinstance(outcome, Exported)
    assert outcome.statement_problems == []


def test_a_theme_that_does_not_exist_is_a_printing_refusal_naming_the_setting(tmp_path):
    outcome = export_pdf(Statement(title="X", layout=Layout(theme="glossy")), tmp_path / "a.pdf", source=None)
    assert isinstance(outcome, NotExported) and outcome.cause is Cause.PRINTING
    assert [p.path for p in outcome.problems] == [("layout", "theme")]
    assert "there is no theme called 'glossy'" in outcome.reason
    assert not (tmp_path / "a.pdf").exists()


def test_warnings_go_with_the_written_pdf(tmp_path):
    statement = Statement(title="X", layout=Layout(accent_color="#FFFF00"))  # too light to read
    outcome = export_pdf(statement, tmp_path / "a.pdf", source=None)
    assert isinstance(outcome, Exported)
    assert [(p.path, p.is_warning) for p in outcome.statement_problems] == [
        (("layout", "accent_color"), True)
    ]
