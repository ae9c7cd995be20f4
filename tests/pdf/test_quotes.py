"""Typographic quotes and apostrophes, per the statement's language, read back from the PDF."""

from __future__ import annotations

import dataclasses
import re

import pytest

from editor.model import Demand, Paragraph, Signatory
from editor.pdf import render_pdf
from editor.pdf.quotes import typographic, with_typographic_quotes
from tests.pdf.samples import example, flat_text, small, ukrainian


def printed(language: str, text: str) -> str:
    statement = dataclasses.replace(small(), language=language, preamble=[Paragraph(text)])
    return flat_text(render_pdf(statement).pdf)


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        (
            "en",
            'A Workers\' Plan: "to attract investment".',
            "A Workers\u2019 Plan: \u201cto attract investment\u201d.",
        ),
        ("en-GB", "They called it 'reform'.", "They called it \u2018reform\u2019."),
        ("uk", 'Гасло: "Солідарність — це м\'ята".', "Гасло: \u00abСолідарність — це м\u02bcята\u00bb."),
        ("de", 'Er sagt "nein".', "Er sagt \u201enein\u201c."),
        ("fr", 'Il dit "non".', "Il dit \u00ab non \u00bb."),  # no-break spaces, read back as spaces
    ],
)
def test_straight_quotes_print_as_the_language_sets_them(language, typed, expected):
    assert expected in printed(language, typed)


def test_the_example_prints_its_apostrophes_and_quotes_typeset():
    text = re.sub(
        r"(\w)- (\w)", r"\1\2", flat_text(render_pdf(example()).pdf)
    )  # words hyphenated at a line end
    assert "A Workers\u2019 Plan for Rebuilding Ukraine" in text
    assert "\u201cto attract investment\u201d" in text
    assert "Jamie O\u2019Connell" in text  # a name's apostrophe too
    assert "'" not in text and '"' not in text


def test_the_statement_keeps_what_was_typed():
    statement = example()
    before = dataclasses.asdict(statement)
    render_pdf(statement)
    assert dataclasses.asdict(statement) == before
    assert statement.title == "A Workers' Plan for Rebuilding Ukraine"


def test_a_link_s_address_prints_as_typed_and_its_words_typeset():
    text = printed("en", "Read [the 'plan'](https://example.org/it's-ours) today.")
    assert "the \u2018plan\u2019 (https://example.org/it's-ours)" in text


def test_a_ukrainian_statement_gets_guillemets_and_the_letter_apostrophe():
    statement = ukrainian()
    statement.demands.append(Demand('Зберегти п\'ятирічний план "Відбудова".'))
    text = flat_text(render_pdf(statement).pdf)
    assert "п\u02bcятирічний план \u00abВідбудова\u00bb" in text


def test_signatories_names_and_roles_get_apostrophes():
    statement = dataclasses.replace(small(), signatories=[Signatory("Seán O'Brien", role="Chair, St Anne's")])
    assert "Seán O\u2019Brien, Chair, St Anne\u2019s" in flat_text(render_pdf(statement).pdf)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the '90s", "the \u201990s"),  # an elision before a digit is an apostrophe
        ('"He said "no" to it," she said.', "\u201cHe said \u2018no\u2019 to it,\u201d she said."),
        ("the members' vote", "the members\u2019 vote"),
        ('("quoted")', "(\u201cquoted\u201d)"),
        ("no quotes at all", "no quotes at all"),
    ],
)
def test_quotes_pair_as_a_typesetter_would(typed, expected):
    assert typographic("en")(typed) == expected


def test_a_font_without_the_language_s_marks_gets_english_ones_or_none():
    statement = dataclasses.replace(ukrainian(), title='План "Відбудова"')
    without_guillemets = with_typographic_quotes(statement, lambda character: character not in "\u00ab\u00bb")
    with_nothing = with_typographic_quotes(statement, lambda character: character.isascii())
    assert without_guillemets.title == "План \u201cВідбудова\u201d"
    assert with_nothing.title == 'План "Відбудова"'
