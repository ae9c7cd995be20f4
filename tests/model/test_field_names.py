"""Fields as the window names them, from the names declared beside each field of the model."""

from __future__ import annotations

import pytest

from editor.model.field_names import field_name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        (("title",), "Title"),
        (("sign_up", "url"), "Sign-up web address"),
        (("demands", 1, "text"), "Demand 2, text"),
        (("demands",), "Demands"),
        (("layout", "fit_pages"), "Fit to pages"),
        (("layout",), "Layout"),
        (("labels", "sign_up"), "Sign-up heading"),
        (("signatories", 11, "personal_capacity"), "Signatory 12, personal capacity"),
        (("preamble", 2, "by"), "Preamble block 3, attribution"),
        (("closing", 0, "quote"), "Closing block 1, text"),  # the file's key for a quotation's text
        (("from_a_later_format", 2, "x"), "from_a_later_format[3].x"),
    ],
)
def test_a_field_is_named_as_the_form_names_it(path, name):
    assert field_name(path) == name
