"""Whatever the forms hold mid-edit, the renderer draws it or says why; it never crashes."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader

from editor.model import Demand, Heading, Layout, Paragraph, Quote, Signatory, SignUp, Statement
from editor.pdf import ExportOptions, RenderError, render_pdf
from tests.storage.strategies import statements


def test_blank_items_just_added_in_the_window_still_render():
    statement = Statement(
        title="",
        preamble=[Paragraph(""), Quote(""), Heading("")],
        demands=[Demand("First."), Demand(""), Demand("", heading="")],
        closing=[Paragraph("")],
        sign_up=SignUp(text="", url=""),
        signatories=[Signatory(""), Signatory("", group="")],
    )
    result = render_pdf(statement)
    assert result.pdf.startswith(b"%PDF") and result.page_count == 1


def test_a_sign_up_address_being_typed_prints_as_text_not_as_a_broken_link():
    for typed in ("#", "example.org/sign", "https://"):
        result = render_pdf(Statement(title="X", sign_up=SignUp(text="Sign", url=typed)))
        page = PdfReader(io.BytesIO(result.pdf)).pages[0]
        assert typed in page.extract_text()
        assert not [a for a in page.get("/Annots") or [] if a.get_object().get("/A")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements)
def test_any_statement_renders_or_raises_a_render_error(statement):
    statement.layout = Layout(**_usable(statement.layout))
    try:
        options = ExportOptions.from_layout(statement.layout)
    except RenderError:
        return
    try:
        result = render_pdf(statement, options)
    except RenderError:
        return
    assert result.pdf.startswith(b"%PDF") and result.page_count >= 1


def _usable(layout: Layout) -> dict:
    """Generated theme, font and logo names are random text; keep the settings that are choices."""
    keep = ("page_size", "orientation", "accent_color", "font_size", "fit_pages", "signatory_columns",
            "bleed_mm", "crop_marks", "colour", "imposition")  # fmt: skip
    return {key: getattr(layout, key) for key in keep}
