"""Rules beyond the file's shape, shared by the command line and the window."""

from __future__ import annotations

import pytest

from editor.model import Demand, Heading, Layout, Paragraph, Signatory, SignUp, Statement, validate


def messages(statement: Statement) -> list[str]:
    return [str(p) for p in validate(statement)]


def test_a_complete_statement_is_valid():
    statement = Statement(
        title="Fair pay",
        language="en-GB",
        preamble=[Paragraph("Why.")],
        demands=[Demand("Pay.")],
        sign_up=SignUp("Sign", "https://example.org/sign"),
        signatories=[Signatory("Ana")],
        layout=Layout(
            page_size="A4",
            accent_color="#c8102e",
            font_size=10.5,
            fit_pages=2,
            signatory_columns=3,
            bleed_mm=3,
            logo="logo.PNG",
        ),
    )
    assert messages(statement) == []


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (Statement(title=" "), "title: the title must not be blank"),
        (Statement(title="X", language="English"), "language: 'English' is not a language tag"),
        (
            Statement(title="X", demands=[Demand("ok"), Demand("  ")]),
            "demands[2].text: the text of this demand is blank",
        ),
        (Statement(title="X", closing=[Heading("")]), "closing[1].heading: this block is blank"),
        (
            Statement(title="X", sign_up=SignUp(url="ftp://x.org")),
            "sign_up.url: 'ftp://x.org' is not a web address",
        ),
        (
            Statement(title="X", sign_up=SignUp(url="https://")),
            "sign_up.url: 'https://' is not a web address",
        ),
        (Statement(title="X", signatories=[Signatory("")]), "signatories[1].name: the name is blank"),
        (Statement(title="X", layout=Layout(page_size="B5")), "layout.page_size: 'B5' is not one of"),
        (
            Statement(title="X", layout=Layout(orientation="sideways")),
            "layout.orientation: 'sideways' is not one of",
        ),
        (Statement(title="X", layout=Layout(colour="spot")), "layout.colour: 'spot' is not one of rgb, cmyk"),
        (Statement(title="X", layout=Layout(imposition="8-up")), "layout.imposition: '8-up' is not one of"),
        (
            Statement(title="X", layout=Layout(accent_color="#C81")),
            "layout.accent_color: '#C81' is not a colour",
        ),
        (Statement(title="X", layout=Layout(font_size=2)), "layout.font_size: 2 pt is not a usable size"),
        (
            Statement(title="X", layout=Layout(fit_pages=0)),
            "layout.fit_pages: must be between 1 and 9,999 pages",
        ),
        (
            Statement(title="X", layout=Layout(fit_pages=10**12)),
            "layout.fit_pages: must be between 1 and 9,999 pages",
        ),
        (
            Statement(title="X", layout=Layout(signatory_columns=7)),
            "layout.signatory_columns: must be between 1 and 6 columns",
        ),
        (
            Statement(title="X", layout=Layout(bleed_mm=-1)),
            "layout.bleed_mm: must be between 0 and 20 mm",
        ),
        (
            Statement(title="X", layout=Layout(bleed_mm=float("nan"))),
            "layout.bleed_mm: must be between 0 and 20 mm",
        ),
        (
            Statement(title="X", layout=Layout(logo="logo.svg")),
            "layout.logo: the logo must be a PNG or JPEG image",
        ),
        (Statement(title="X", layout=Layout(theme="")), "layout.theme: the theme name is blank"),
    ],
)
def test_each_rule_names_its_field(statement, expected):
    found = messages(statement)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_an_accent_too_light_to_read_is_a_warning():
    (problem,) = validate(Statement(title="X", layout=Layout(accent_color="#FFFF00")))
    assert problem.is_warning
    assert str(problem).startswith(
        "layout.accent_color: warning: #FFFF00 is too light to read on white paper"
    )
    assert validate(Statement(title="X", layout=Layout(accent_color="#C8102E"))) == []


def test_a_title_of_nothing_that_prints_is_blank():
    from editor.model import Statement, validate

    problems = validate(Statement(title="\u200b\u200b\u00ad "))
    assert [(p.path, p.message) for p in problems] == [(("title",), "the title must not be blank")]
