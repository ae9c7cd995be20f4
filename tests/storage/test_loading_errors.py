"""Every way a statement file can be wrong gets its own message, at the right place."""

from __future__ import annotations

import pytest

from editor.storage import InvalidStatement, loads


def problems_of(text: str | bytes, name: str = "plan.statement.yaml") -> list[str]:
    with pytest.raises(InvalidStatement) as caught:
        loads(text, name)
    return [str(p) for p in caught.value.problems]


def only_problem(text: str | bytes) -> str:
    found = problems_of(text)
    assert len(found) == 1, found
    return found[0]


def test_missing_text_in_a_demand_names_file_line_column_and_field():
    text = "format: 1\ntitle: Fair pay\ndemands:\n  - Sick pay\n  - heading: Pay\n"
    assert only_problem(text) == "plan.statement.yaml:5:5: demands[2]: 'text' is missing"


def test_all_problems_are_reported_at_once_in_file_order():
    text = (
        "format: 1\n"
        "titel: Fair pay\n"
        "date: 2026-02-30\n"
        "signatories:\n"
        "  - name: Ana\n"
        "    personal_capacity: sometimes\n"
        "layout:\n"
        "  page_size: B5\n"
    )
    assert problems_of(text) == [
        "plan.statement.yaml:1:1: 'title' is missing",
        "plan.statement.yaml:2:1: unknown key 'titel'; did you mean 'title'?",
        "plan.statement.yaml:3:7: date: '2026-02-30' is not a real date",
        "plan.statement.yaml:6:24: signatories[1].personal_capacity: expected true or false, found 'sometimes'",
        "plan.statement.yaml:8:14: layout.page_size: 'B5' is not one of A3, A4, A5, A6, Letter, Legal",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "format: 1\ntitle: X\nlayout:\n  pagesize: A4\n",
            "4:3: layout: unknown key 'pagesize'; did you mean 'page_size'?",
        ),
        (
            "format: 1\ntitle: X\nsignatories:\n  - name: A\n    emial: a@b\n",
            "5:5: signatories[1]: unknown key 'emial'; did you mean 'email'?",
        ),
        ("format: 1\ntitle: X\nzzz: 1\n", "3:1: unknown key 'zzz'; known keys here: format, title"),
    ],
)
def test_unknown_keys_suggest_the_closest_known_one(text, expected):
    assert only_problem(text).startswith(f"plan.statement.yaml:{expected}")


def test_a_newer_format_says_so():
    message = only_problem("format: 2\ntitle: X\n")
    assert message.startswith("plan.statement.yaml:1:9: format: ")
    assert "written by a newer version of Statement Editor" in message


def test_missing_format_is_reported():
    assert "'format' is missing" in only_problem("title: X\n")


@pytest.mark.parametrize("written", ["2026-05-01", "'2026-05-01'", '"2026-05-01"'])
def test_dates_are_accepted_quoted_or_unquoted(written):
    statement = loads(f"format: 1\ntitle: X\ndate: {written}\n").statement
    assert statement.date is not None and statement.date.isoformat() == "2026-05-01"


@pytest.mark.parametrize("written", ["2026-05-01 10:00:00", "May 1st", "01/05/2026", "[2026]"])
def test_other_dates_are_refused_with_the_expected_form(written):
    assert "expected a date written as YYYY-MM-DD" in only_problem(f"format: 1\ntitle: X\ndate: {written}\n")


def test_a_byte_order_mark_is_accepted():
    assert loads(b"\xef\xbb\xbfformat: 1\ntitle: X\n").statement.title == "X"


def test_utf16_with_its_mark_is_accepted():
    assert loads("format: 1\ntitle: Київ\n".encode("utf-16")).statement.title == "Київ"


def test_tabs_for_indentation_get_their_own_message():
    message = only_problem("format: 1\ntitle: X\nlayout:\n\tpage_size: A4\n")
    assert message == (
        "plan.statement.yaml:4:1: a tab is used for indentation; YAML needs spaces "
        "(replace the tab with spaces)"
    )


def test_invalid_utf8_names_the_line_and_what_to_do():
    message = only_problem(b"format: 1\ntitle: Caf\xe9 society\n")
    assert message.startswith("plan.statement.yaml:2:11: the file is not UTF-8 text; save it as UTF-8")


def test_a_binary_file_is_named_as_such():
    assert "not a text file" in only_problem(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")


@pytest.mark.parametrize(
    "text",
    [
        "Dear friends,\nWe write to you: today is a day.\n",
        "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n",
    ],
)
def test_a_file_that_is_not_yaml_or_not_a_statement_says_so(text):
    assert "this is not a statement file" in only_problem(text)


@pytest.mark.parametrize("text", ["just a sentence", "- a\n- b\n"])
def test_yaml_that_is_not_a_mapping_is_not_a_statement(text):
    assert "does not look like a statement file" in only_problem(text)


@pytest.mark.parametrize("text", ["", "   \n\n", b""])
def test_an_empty_file_gets_its_own_message(text):
    assert (
        only_problem(text)
        == "plan.statement.yaml: the file is empty; a statement needs at least 'format' and 'title'"
    )


def test_a_file_of_comments_only_says_so():
    assert "only comments" in only_problem("# draft\n# to do\n")


def test_an_unclosed_quote_points_at_its_opening():
    assert only_problem('format: 1\ntitle: "Fair pay\nissuer: us\n') == (
        "plan.statement.yaml:2:8: the quotation mark here is never closed; add the closing quote"
    )


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("format: 1\ntitle Test\ndemands:\n  - x\n", "2:1", "this line has no ':' after its key"),
        (
            "format: 1\ntitle: T\nsignatories:\n  - Ana\n  -Tom Reilly\n",
            "5:3",
            "a list item needs a space after its dash",
        ),
        (
            "format: 1\ntitle: 'Workers' rights'\n",
            "2:18",
            "a value in single quotes is written twice ('Workers'' rights')",
        ),
        (
            'format: 1\ntitle: "Say "no" to cuts"\n',
            "2:14",
            'a value in double quotes is written \\" ("Say \\"no\\" to cuts")',
        ),
        ("format: 1\ntitle: T\ndemands:\n  - 'It's ours'\n", "4:9", "written twice"),
        ('format: 1\ntitle: "C:\\\\" drive\n', "2:15", "in double quotes is written"),  # an escaped backslash
    ],
)
def test_common_slips_are_named_at_the_line_to_fix(text, where, message):
    problem = only_problem(text)
    assert problem.startswith(f"plan.statement.yaml:{where}: ")
    assert message in problem


def test_a_colon_inside_a_value_explains_quoting():
    assert "put the whole value in quotes" in only_problem("format: 1\ntitle: Pay: now\n")


def test_control_characters_are_located():
    assert only_problem("format: 1\ntitle: X\x07\n").startswith(
        "plan.statement.yaml:2:9: the file contains a control character (U+0007)"
    )


def test_two_documents_in_one_file_are_refused():
    assert "a second document starts here" in only_problem("format: 1\ntitle: X\n---\nformat: 1\n")


def test_a_key_given_twice_points_at_both():
    assert only_problem("format: 1\ntitle: X\ntitle: Y\n") == (
        "plan.statement.yaml:3:1: title: 'title' is given twice (first on line 2)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format: 1\ntitle: [a, b]\n", "2:8: title: expected text, found a list"),
        (
            "format: 1\ntitle: X\ndemands: Sick pay\n",
            "3:10: demands: expected a list (lines starting with '- '), found text",
        ),
        (
            "format: 1\ntitle: X\nsign_up: https://x.org\n",
            "3:10: sign_up: expected 'text:' and 'url:', found text",
        ),
        (
            "format: 1\ntitle: X\nlayout:\n  fit_pages: two\n",
            "4:14: layout.fit_pages: expected a whole number, found 'two'",
        ),
        (
            "format: 1\ntitle: X\nlayout:\n  bleed_mm: 3mm\n",
            "4:13: layout.bleed_mm: expected a number, found '3mm'",
        ),
        (
            "format: 1\ntitle: X\npreamble:\n  - [a]\n",
            "4:5: preamble[1]: expected a paragraph, a quote or a heading, found a list",
        ),
        (
            "format: 1\ntitle: X\npreamble:\n  - qoute: a\n",
            "4:5: preamble[1]: a block is a paragraph (plain text), a quote",
        ),
        ("format: 1\ntitle: X\nsignatories:\n  - role: Nurse\n", "4:5: signatories[1]: 'name' is missing"),
        (
            "format: 1\ntitle: X\nlabels:\n  signatures: Names\n",
            "4:3: labels: unknown key 'signatures'; did you mean 'signatories'?",
        ),
    ],
)
def test_wrong_shapes_are_explained(text, expected):
    assert only_problem(text).startswith(f"plan.statement.yaml:{expected}")


def test_rule_problems_of_a_file_that_cannot_load_are_listed_too():
    text = "format: 1\ntitle: '  '\nsign_up:\n  url: example.org\n  txt: Sign\n"
    found = problems_of(text)
    assert found == [
        "plan.statement.yaml:2:8: title: the title must not be blank",
        "plan.statement.yaml:4:8: sign_up.url: 'example.org' is not a web address; it must start with https:// or http://",
        "plan.statement.yaml:5:3: sign_up: unknown key 'txt'; did you mean 'text'?",
    ]


def test_rule_problems_alone_do_not_stop_loading():
    loaded = loads("format: 1\ntitle: X\nlayout:\n  accent_color: red\n", "f.yaml")
    assert [str(p) for p in loaded.problems] == [
        "f.yaml:4:17: layout.accent_color: 'red' is not a colour; write it as #RRGGBB, for example #C8102E"
    ]


def test_scalars_in_text_fields_read_as_written():
    statement = loads("format: 1\ntitle: 2026\nsubtitle: yes\nissuer: 1.10\ncontact: null\n").statement
    assert (statement.title, statement.subtitle, statement.issuer, statement.contact) == (
        "2026",
        "yes",
        "1.10",
        "",
    )


def test_layout_choices_are_read_case_insensitively():
    layout = loads(
        "format: 1\ntitle: X\nlayout:\n  page_size: a4\n  orientation: Landscape\n"
    ).statement.layout
    assert (layout.page_size, layout.orientation) == ("A4", "landscape")


def test_an_unquoted_colour_is_explained_rather_than_lost_as_a_comment():
    message = only_problem("format: 1\ntitle: X\nlayout:\n  accent_color: #C8102E\n")
    assert message == (
        "plan.statement.yaml:4:16: layout.accent_color: put the colour in quotes: '#C8102E' "
        "(without quotes, # starts a comment)"
    )


def test_a_list_item_that_lost_its_dash_is_said_to_run_into_the_one_before():
    loaded = loads(
        "format: 1\ntitle: T\ndemands:\n  - one\n   - two\n"
        "  - Withdraw every proposal that suspends collective agreements,\n"
        "    the right to strike or labour inspection.\n"
        "signatories:\n  - Olena Petrenko\n    Ihor Gudz\n  - 'Quoted\n    over lines'\n",
        "plan.statement.yaml",
    )
    assert [str(p) for p in loaded.problems] == [
        "plan.statement.yaml:4:5: demands[1]: warning: 'one - two' is written over 2 lines, so it reads "
        "as one demand; if it is more than one, start each on its own line with '- '",
        "plan.statement.yaml:9:5: signatories[1]: warning: 'Olena Petrenko Ihor Gudz' is written over 2 "
        "lines, so it reads as one name; if it is more than one, start each on its own line with '- '",
    ]
    assert len(loaded.statement.demands) == 2  # a demand wrapped by hand is fine


def test_an_item_of_the_wrong_shape_is_said_once():
    with pytest.raises(InvalidStatement) as error:
        loads("format: 1\ntitle: T\ndemands:\n  - [a, b]\nsignatories:\n  - [x]\n", "plan.statement.yaml")
    assert [str(p) for p in error.value.problems] == [
        "plan.statement.yaml:4:5: demands[1]: expected the text of a demand, or 'heading:' and 'text:', found a list",
        "plan.statement.yaml:6:5: signatories[1]: expected a name, or 'name:' with other details, found a list",
    ]


@pytest.mark.parametrize("text", ["title: 'ok'#c\n", 'title: "ok"#c\n', "demands: [a]#c\n", "layout: {}#c\n"])
def test_a_comment_right_after_a_quote_or_bracket_is_found(text):
    start = "format: 1\n" + ("" if text.startswith("title") else "title: T\n")
    lines = loads(start + text, "plan.statement.yaml").comment_lines
    assert lines == [start.count("\n") + 1]


def test_a_problem_found_after_loading_is_located_in_the_text_that_was_read(tmp_path):
    from editor.model import Demand, Problem, Statement
    from editor.storage import dumps, load

    path = tmp_path / "plan.statement.yaml"
    path.write_text(
        dumps(Statement(title="Fair pay", demands=[Demand("One."), Demand("Two.")])), encoding="utf-8"
    )
    loaded = load(path)
    path.unlink()  # located from what was read, not by reading the file again
    (problem,) = loaded.locations.locate([Problem("too long", ("demands", 1))])
    assert str(problem) == f"{path}:5:5: demands[2]: too long"
