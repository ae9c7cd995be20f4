"""Where lines break, read back with poppler: no runts, no widows, a heading keeps its count."""

from __future__ import annotations

import dataclasses
import re

import pytest

from editor.model import Heading, Layout, Paragraph, Signatory
from editor.pdf import ExportOptions, render_pdf
from tests.pdf.printed_lines import Line, lines_of, printed_lines
from tests.pdf.samples import example, small, ukrainian
from tests.programs import needs

RUNT_LETTERS = 7
INLINE_MARKUP = re.compile(r"[*\[\]]")


def render(statement, **layout) -> bytes:
    return render_pdf(statement, ExportOptions.from_layout(statement.layout.overlay(Layout(**layout)))).pdf


def plain_texts(statement) -> list[str]:
    """The statement's paragraphs without inline markup, which prints other than typed."""
    texts = [b.text for b in statement.preamble + statement.closing if isinstance(b, Paragraph)]
    texts += [d.text for d in statement.demands]
    parts = [part for text in texts for part in re.split(r"\n\s*\n", text)]  # a blank line parts paragraphs
    return [part for part in parts if not INLINE_MARKUP.search(part)]


def letters(word: str) -> int:
    return len(re.sub(r"\W", "", word))


@needs("pdftotext")
@pytest.mark.parametrize("page_size", ["A6", "A5", "A4", "A3"])
@pytest.mark.parametrize("sample", [example, ukrainian])
def test_no_title_subtitle_or_paragraph_ends_on_a_runt(sample, page_size):
    statement = sample()
    lines = printed_lines(render(statement, page_size=page_size))
    for display in (statement.title, statement.subtitle):
        printed = lines_of(display, lines)
        assert printed, display
        assert len(printed) == 1 or len(printed[-1].words) >= 2, [line.words for line in printed]
    checked = 0
    for text in plain_texts(statement):
        printed = lines_of(text, lines)
        if len(printed) > 1:
            checked += 1
            last = printed[-1].words
            assert len(last) >= 2 or letters(last[0]) >= RUNT_LETTERS, (text, last)
    # The A3 poster sets its text in two columns, whose lines poppler reads across both.
    assert checked >= 1 or page_size == "A3"


@needs("pdftotext")
def test_a_short_last_word_never_ends_a_paragraph_alone():
    """Paragraphs of every length up to a few lines, each ending in a short word: wherever
    the break falls, the short word takes the word before it along."""
    base = "Aid must rebuild homes, schools and hospitals and never pay the debts of"
    texts = [f"{'x' * n} {base} in the UK." for n in range(1, 40)]  # one of them breaks before "UK."
    statement = dataclasses.replace(small(), preamble=[Paragraph(text) for text in texts])
    lines = printed_lines(render(statement, page_size="A6"))
    endings = [lines_of(text, lines)[-1].words for text in texts]
    assert all(len(words) >= 2 for words in endings), endings


def paragraphs_on_two_pages(lines: list[Line], texts: list[str]) -> list[tuple[int, int]]:
    """For each text printed across a page break: its lines before it and after it."""
    split = []
    for text in texts:
        printed = lines_of(text, lines)
        pages = [line.page for line in printed]
        if len(set(pages)) == 2:
            split.append((pages.count(pages[0]), pages.count(pages[-1])))
    return split


@needs("pdftotext")
def test_a_paragraph_broken_by_a_page_leaves_at_least_two_lines_on_each():
    words = "Reconstruction must be planned with the people who do the work, in every town and every trade"
    texts = [f"{n}. {words}, and paid for by those who profit from it, not by those who rebuild. " * 2
             for n in range(1, 30)]  # fmt: skip
    statement = dataclasses.replace(small(), preamble=[Paragraph(text) for text in texts])
    split = paragraphs_on_two_pages(printed_lines(render(statement, page_size="A6")), texts)
    assert len(split) >= 3
    assert all(before >= 2 and after >= 2 for before, after in split), split


@needs("pdftotext")
@pytest.mark.parametrize(("page_size", "columns"), [("A6", 2), ("A5", 3), ("A4", 4)])
def test_a_group_heading_keeps_its_count_on_its_last_line(page_size, columns):
    groups = ["Trade unions in Ukraine and their branches", "Elected representatives", "Faith"]
    people = [Signatory(f"Person {n}", group=groups[n % 3]) for n in range(30)]
    statement = dataclasses.replace(small(), signatories=people)
    lines = printed_lines(render(statement, page_size=page_size, signatory_columns=columns))
    counted = [line.words for line in lines if "·" in line.words and line.words[-1].isdigit()]
    assert len(counted) >= 4  # the three groups and the list's own heading
    assert all(words.index("·") >= 1 for words in counted), counted
    assert not any(line.words[0] == "·" for line in lines)


@needs("pdftotext")
def test_a_heading_is_never_a_lone_word_on_its_last_line():
    heading = "Why the unions must have a seat at every table that plans reconstruction"
    statement = dataclasses.replace(
        small(), preamble=[Heading(heading), Paragraph("Because it is their work.")]
    )
    printed = lines_of(heading, printed_lines(render(statement, page_size="A6")))
    assert len(printed) >= 2 and len(printed[-1].words) >= 2, [line.words for line in printed]


def soft_breaks(statement, lines: list[Line]) -> list[tuple[str, ...]]:
    """For each paragraph broken inside a word: its lines' words, each break a line ending in "-"."""
    found = []
    for text in plain_texts(statement):
        printed = [line.words for line in lines_of(text, lines)]
        if any(words[-1].endswith("-") and words[-1] not in text.split() for words in printed[:-1]):
            found.append(printed)
    return found


@needs("pdftotext")
@pytest.mark.parametrize("sample", [example, ukrainian])
def test_the_poster_s_narrow_columns_are_hyphenated_and_a_paragraph_never_ends_on_a_fragment(sample):
    """An A3 poster sets its text in two columns of about 50 characters: words break, with a
    hyphen, as the language's rules allow; the last word of a paragraph never does."""
    statement = sample()
    broken = soft_breaks(statement, printed_lines(render(statement, page_size="A3")))
    assert broken
    assert not any(paragraph[-2][-1].endswith("-") and len(paragraph[-1]) == 1 for paragraph in broken)


@needs("pdftotext")
def test_a_wide_single_column_is_not_hyphenated():
    statement = example()
    statement.layout.fit_pages = None  # at its own size: one column of about 70 characters on A5
    assert soft_breaks(statement, printed_lines(render(statement, page_size="A5"))) == []
