"""Long signatory lists: every name, in order, grouped with counts, in balanced columns."""

from __future__ import annotations

import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.model import Signatory, Statement
from editor.pdf import ExportOptions, render_pdf
from editor.pdf.signatories import Group, SignatoryColumns, SignatoryItems
from tests.pdf.samples import GROUPS, flat_text, look_for_tests, many_signatories, reader


@pytest.fixture(scope="module")
def thousand():
    return render_pdf(many_signatories(1000))


def test_a_thousand_names_all_print_in_order_under_counted_groups(thousand):
    text = flat_text(thousand.pdf)
    positions = [text.find(f"Person {n:05d} Surname") for n in range(1000)]
    assert -1 not in positions and positions == sorted(positions)
    counts = {name: 0 for name in GROUPS}
    for person in many_signatories(1000).signatories:
        counts[person.group] += 1
    headings = [text.find(f"{name.upper()} · {count}") for name, count in counts.items()]
    assert -1 not in headings and headings == sorted(headings)
    assert text.count("(pc) signed in a personal capacity") == 1
    assert "p11@example.org" not in text
    assert thousand.page_count == len(reader(thousand.pdf).pages) > 3


def test_every_page_of_names_says_which_group_they_belong_to(thousand):
    pages = [page.extract_text() for page in reader(thousand.pdf).pages]
    groups = many_signatories(1000).signatories
    carried = 0
    for text in pages:
        first = re.search(r"Person (\d{5}) Surname", text)
        if first is None:
            continue
        heading = groups[int(first.group(1))].group.upper()
        before = text[: first.start()]
        assert f"{heading}  ·  " in before, text[:300]
        carried += f"{heading}  ·  CONTINUED" in before
    assert carried >= len(pages) - len(GROUPS) - 1


@pytest.mark.parametrize(("language", "word"), [("en", "CONTINUED"), ("uk", "ПРОДОВЖЕННЯ")])
def test_a_carried_heading_is_marked_as_continued_in_the_statements_language(language, word):
    people = [Signatory(f"P {i}", group="Unions") for i in range(400)]
    pdf = render_pdf(Statement(title="X", language=language, signatories=people)).pdf
    second_page = reader(pdf).pages[1].extract_text()
    assert f"\nUNIONS  ·  {word}\nP " in second_page


def test_each_page_shows_its_number_of_the_total(thousand):
    texts = [page.extract_text() for page in reader(thousand.pdf).pages]
    total = thousand.page_count
    for number, text in enumerate(texts, 1):
        assert f"{number} / {total}" in text


def columns_for(names: list[str], columns: int, height: float) -> SignatoryColumns:
    people = [(index, Signatory(name)) for index, name in enumerate(names)]
    flowable = SignatoryColumns(SignatoryItems([Group("Group", people)], look_for_tests()), columns, 10)
    flowable.canv = Canvas(None)
    return flowable


def test_the_last_page_is_balanced():
    flowable = columns_for([f"Name {n}" for n in range(31)], 3, 1000)
    flowable.wrap(300, 1000)
    sizes = [last - first for first, last in flowable.placed]
    assert sum(sizes) == 32 and max(sizes) - min(sizes) <= 1


def test_a_long_list_splits_into_full_columns_and_a_rest():
    flowable = columns_for([f"Name {n}" for n in range(200)], 2, 100)
    height = flowable.wrap(300, 100)[1]
    assert height > 100
    first, rest = flowable.split(300, 100)
    first.wrap(300, 100)
    assert first.height <= 100 and first.placed[0][0] == 0
    assert rest.start == first.placed[-1][1]


def test_a_group_heading_never_ends_a_column():
    people = [(n, Signatory(f"Name {n}", group="A" if n < 3 else "B")) for n in range(6)]
    flowable = SignatoryColumns(
        SignatoryItems([Group("A", people[:3]), Group("B", people[3:])], look_for_tests()), 2, 10
    )
    laid_out = flowable.items.for_width(145)
    flowable.wrap(300, sum(item.height for item in laid_out[:4]) + 3)
    for _, last in flowable.placed:
        assert not laid_out[last - 1].is_heading


def test_a_very_long_name_wraps_inside_its_column_without_losing_text():
    name = "Professor " + "Verylongname" * 8
    statement = many_signatories(3, signatory_columns=3)
    statement.signatories[0].name = name
    result = render_pdf(statement)
    assert re.sub(r"\s", "", name) in re.sub(r"\s", "", flat_text(result.pdf))


def test_imposition_is_applied_when_asked():
    plain = render_pdf(many_signatories(10))
    booklet = render_pdf(many_signatories(10), ExportOptions.from_layout(None, imposition="booklet"))
    assert booklet.page_count == plain.page_count
    assert booklet.pdf != plain.pdf
    assert (
        len(reader(booklet.pdf).pages) != plain.page_count
        or reader(booklet.pdf).pages[0].mediabox != reader(plain.pdf).pages[0].mediabox
    )


# A no-break space groups the Ukrainian digits; text extraction gives it back as a plain space.
@pytest.mark.parametrize(
    ("language", "label", "written"), [("en", "SIGNATORIES", "1,200"), ("uk", "ПІДПИСАЛИ", "1 200")]
)
def test_counts_are_grouped_as_the_language_writes_them(language, label, written):
    people = [Signatory(f"P {i}", group="G") for i in range(1200)]
    pdf = render_pdf(Statement(title="X", language=language, signatories=people)).pdf
    first_page = reader(pdf).pages[0].extract_text()
    assert f"{label}  ·  {written}\nG  ·  {written}" in first_page
