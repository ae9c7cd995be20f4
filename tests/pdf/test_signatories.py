"""Long signatory lists: every name, in order, grouped with counts, in balanced columns."""

from __future__ import annotations

import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.model import Layout, Signatory, Statement
from editor.pdf import ExportOptions, RenderError, render_pdf
from editor.pdf.labels import labels_for
from editor.pdf.signatories import Group, SignatoryColumns, SignatoryItems, _column_height
from tests.pdf.samples import GROUPS, as_typed, example, flat_text, look_for_tests, many_signatories, reader

ENGLISH = labels_for(Statement(title="Labels"))


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
    assert text.count("(pc) signed in a personal capacity") == 2  # where the first mark is, and at the end
    assert "p11@example.org" not in text
    assert thousand.page_count == len(reader(thousand.pdf).pages) > 3


def readable_pages(pdf: bytes) -> list[str]:
    """Each page's text with every run of white space as one space, as a reader sees it."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader(pdf).pages]


@pytest.mark.parametrize("columns", [1, 2, 4])
def test_a_page_carries_the_heading_exactly_when_a_group_runs_on_to_it(columns):
    statement = many_signatories(400, signatory_columns=columns)
    group_of = [person.group.upper() for person in statement.signatories]
    previous_last = None
    carried = 0
    for text in readable_pages(render_pdf(statement).pdf):
        numbers = [int(n) for n in re.findall(r"Person (\d{5}) Surname", text)]
        if not numbers:
            continue
        first = numbers[0]
        runs_on = previous_last is not None and group_of[previous_last] == group_of[first]
        continued = [name.strip() for name in re.findall(r"([A-Z ]+?) · CONTINUED", text)]
        assert continued == ([group_of[first]] if runs_on else []), text[:200]
        if runs_on:
            assert text.index("CONTINUED") < text.index(f"Person {first:05d}")
        else:
            assert f"{group_of[first]} · " in text[: text.index(f"Person {first:05d}")]
        carried += runs_on
        previous_last = numbers[-1]
    assert carried >= 2


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
    flowable = SignatoryColumns(
        SignatoryItems([Group("Group", people)], look_for_tests(), ENGLISH), columns, 10
    )
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
        SignatoryItems([Group("A", people[:3]), Group("B", people[3:])], look_for_tests(), ENGLISH), 2, 10
    )
    laid_out = flowable.items.for_width(145)
    flowable.wrap(300, sum(item.height for item in laid_out[:4]) + 3)
    for _, last in flowable.placed:
        assert not laid_out[last - 1].is_heading


def test_a_group_heading_never_stands_alone_at_the_foot_of_a_page():
    people = [(n, Signatory(f"Name {n}", group="A" if n < 3 else "B")) for n in range(6)]
    items = SignatoryItems([Group("A", people[:3]), Group("B", people[3:])], look_for_tests(), ENGLISH)
    heading_b = 4
    rest = SignatoryColumns(items, 1, 10, start=heading_b)
    rest.canv = Canvas(None)
    room = items.for_width(300)[heading_b].height + 2  # the heading fits, its names do not
    assert rest.wrap(300, room)[1] > room
    assert rest.split(300, room) == []  # the whole group waits for the next page


@pytest.mark.parametrize(
    ("count", "layout"),
    [(7, {}), (88, {}), (96, {"page_size": "A4"}), (25, {"font_size": 9}), (12, {"page_size": "A6"})],
)
def test_the_note_and_foot_never_stand_alone_on_the_last_page(count, layout):
    """Each of these once ended with a page holding only "(pc) signed in a personal capacity",
    the contact line and the imprint: now the last names go over with them."""
    statement = many_signatories(count, **layout)
    texts = readable_pages(render_pdf(statement).pdf)
    last = texts[-1]
    assert "signed in a personal capacity" in last and statement.imprint.split(",")[0] in last
    assert "Surname" in last
    numbers = [int(n) for text in texts for n in re.findall(r"Person (\d{5}) Surname", text)]
    assert numbers == list(range(count))


@pytest.mark.parametrize(
    ("count", "layout"),
    [
        (28, {"page_size": "A6", "signatory_columns": 5, "font_size": 14}),
        (30, {"page_size": "A6", "signatory_columns": 6, "font_size": 11}),
    ],
)
def test_every_name_prints_even_where_a_group_heading_stands_alone_in_a_column(count, layout):
    """Once, the part of the list a page took was poured again at its own, lower height, where a
    heading may not stand alone: it and the names after it were in no column, and not printed."""
    statement = many_signatories(count, **layout)
    try:
        pdf = render_pdf(statement).pdf
    except RenderError:
        return  # too large to print is said, never printed short
    squeezed = re.sub(r"\s", "", as_typed("".join(readable_pages(pdf))))  # narrow columns break the words
    assert [int(n) for n in re.findall(r"Person(\d{5})Surname", squeezed)] == list(range(count))


@pytest.mark.parametrize(("count", "columns", "size"), [(3, 2, 10.1), (2, 1, 10.4), (5, 1, 9.5), (4, 3, 9.2)])
def test_a_short_list_keeps_its_label_above_it_and_the_foot_below_it(count, columns, size):
    """Each of these once left the SIGNATORIES label or the imprint alone on a page."""
    statement = many_signatories(count, signatory_columns=columns, font_size=size)
    squeezed = [re.sub(r"\s", "", text) for text in readable_pages(render_pdf(statement).pdf)]

    def page_with(text: str) -> int:
        return next(n for n, page in enumerate(squeezed) if text in page)

    assert page_with("SIGNATORIES·") == page_with("Person00000")
    assert page_with("PublishedbyRiverside") == page_with(f"Person{count - 1:05d}") == len(squeezed) - 1


def test_names_go_over_with_the_foot_once_and_only_where_they_fit_beside_it():
    """A6 landscape in four columns at 14 pt, where the imprint takes most of a page: sending
    two names per column on with it, again and again, once gave three pages of one name each."""
    statement = many_signatories(
        71, page_size="A6", orientation="landscape", signatory_columns=4, font_size=14
    )
    squeezed = [re.sub(r"\s", "", text) for text in readable_pages(render_pdf(statement).pdf)]
    names_per_page = [len(re.findall(r"Person\d{5}", page)) for page in squeezed]
    listed = [count for count in names_per_page if count]
    assert sum(listed) == 71 and min(listed[:-1]) > 1


def test_every_name_of_the_example_prints_in_large_type_on_a_landscape_page():
    statement = example()
    pdf = render_pdf(statement, ExportOptions.from_layout(Layout(orientation="landscape", font_size=25))).pdf
    squeezed = re.sub(r"\s", "", as_typed("".join(readable_pages(pdf))))
    missing = [p.name for p in statement.signatories if re.sub(r"\s", "", p.name) not in squeezed]
    assert missing == []


def test_a_page_of_names_is_never_taller_than_its_frame():
    """Pouring forgives a hundredth of a point; the part it makes must still fit the frame."""
    flowable = columns_for([f"Name {n}" for n in range(200)], 1, 100)
    laid_out = flowable.items.for_width(300)
    room = _column_height(laid_out, 0, 21) - 0.005  # heading and twenty names, short by a little
    first, _ = flowable.split(300, room)
    assert first.wrap(300, room)[1] <= room


def test_a_very_long_name_wraps_inside_its_column_without_losing_text():
    name = "Professor " + "Verylongname" * 8
    statement = many_signatories(3, signatory_columns=3)
    statement.signatories[0].name = name
    result = render_pdf(statement)
    assert re.sub(r"\s", "", name) in re.sub(r"\s", "", flat_text(result.pdf))


def test_imposition_is_applied_when_asked():
    plain = render_pdf(many_signatories(10))
    booklet = render_pdf(many_signatories(10), ExportOptions.from_layout(Layout(imposition="booklet")))
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


def test_columns_too_narrow_for_the_type_are_said_to_be():
    narrow = render_pdf(many_signatories(30, page_size="A6", signatory_columns=5, font_size=14))
    assert [(p.path, p.message) for p in narrow.problems] == [
        (
            ("layout", "signatory_columns"),
            "5 signatory columns are too narrow for this page and type: names and roles are broken "
            "mid-word; choose fewer columns",
        )
    ]
    assert render_pdf(many_signatories(30, page_size="A6")).problems == []


def test_the_personal_capacity_note_is_on_the_page_of_the_first_mark_and_at_the_end():
    pages = [page.extract_text() for page in reader(render_pdf(many_signatories(500)).pdf).pages]
    explained = [number for number, text in enumerate(pages, 1) if "signed in a personal capacity" in text]
    first_mark = next(
        number for number, text in enumerate(pages, 1) if "(pc)" in text.replace("(pc) signed", "")
    )
    assert len(pages) > first_mark + 1  # the list goes on for pages after it
    assert explained == [first_mark, len(pages)]
