"""The fast reader for canonical files agrees with the full reader, or steps aside."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Signatory, Statement
from editor.paths import resources_dir
from editor.storage import InvalidStatement, dumps
from editor.storage.canonical import read_canonical
from editor.storage.reader import YamlProblem, parse
from editor.storage.statement_file import _decode
from tests.storage.strategies import statements


def full_reader(text: str) -> tuple[Statement, list[int]] | None:
    """What the full reader makes of the text and where it finds comments, or None when it
    refuses the file."""
    try:
        loaded = _decode(parse(text), text, "f.yaml")
    except (YamlProblem, InvalidStatement):
        return None
    return loaded.statement, loaded.comment_lines


def fast_reader(text: str) -> tuple[Statement, list[int]] | None:
    fast = read_canonical(text)
    return None if fast is None else (fast.statement, fast.comment_lines)


@settings(max_examples=300, deadline=None)
@given(statements)
def test_on_written_files_the_fast_reader_agrees_with_the_full_reader(statement):
    text = dumps(statement)
    fast = fast_reader(text)
    assert fast is None or fast == full_reader(text) == (statement, [])


MUTATIONS = {
    "delete a line": lambda lines, i: lines[:i] + lines[i + 1 :],
    "repeat a line": lambda lines, i: lines[: i + 1] + lines[i:],
    "indent a line": lambda lines, i: [*lines[:i], "  " + lines[i], *lines[i + 1 :]],
    "dedent a line": lambda lines, i: [*lines[:i], lines[i][2:], *lines[i + 1 :]],
    "comment a line": lambda lines, i: [*lines[:i], lines[i] + " # note", *lines[i + 1 :]],
    "insert a comment": lambda lines, i: [*lines[:i], "# note", *lines[i:]],
    "insert an indented comment": lambda lines, i: [*lines[:i], "    # note: 'x' #2", *lines[i:]],
    "insert a blank line and a comment": lambda lines, i: [*lines[:i], "", "# note", *lines[i:]],
    "drop a colon": lambda lines, i: [*lines[:i], lines[i].replace(": ", " ", 1), *lines[i + 1 :]],
    "blank a value": lambda lines, i: [*lines[:i], lines[i].split(": ")[0] + ":", *lines[i + 1 :]],
    "insert an empty line": lambda lines, i: [*lines[:i], "", *lines[i:]],
    "insert a line of spaces": lambda lines, i: [*lines[:i], "  ", *lines[i:]],
}


@settings(max_examples=400, deadline=None)
@given(statements, st.sampled_from(sorted(MUTATIONS)), st.integers(min_value=0))
def test_on_edited_files_the_fast_reader_never_accepts_what_the_full_reader_reads_otherwise(
    statement, mutation, where
):
    lines = dumps(statement).split("\n")[:-1]
    edited = "\n".join(MUTATIONS[mutation](lines, where % len(lines))) + "\n"
    fast = fast_reader(edited)
    if fast is not None:
        assert fast == full_reader(edited)


def test_the_example_and_large_lists_take_the_fast_path():
    example = (resources_dir() / "examples" / "plan.statement.yaml").read_text(encoding="utf-8")
    assert fast_reader(example) is not None
    assert fast_reader(example) == full_reader(example)
    people = [
        Signatory(f"Name {i}", role="Nurse", group=f"G{i % 3}", personal_capacity=bool(i % 2))
        for i in range(500)
    ]
    large = dumps(Statement(title="Big", signatories=people))
    assert fast_reader(large) == (Statement(title="Big", signatories=people), [])


def test_comments_and_blank_lines_between_entries_keep_the_fast_path_and_are_counted():
    text = dumps(Statement(title="T", signatories=[Signatory("A"), Signatory("B", role="R")]))
    lines = text.split("\n")
    at = lines.index("signatories:")
    lines[at:at] = ["", "# who has signed so far"]
    lines.insert(at + 4, "  # the next one came by email")
    edited = "\n".join(lines)
    fast = read_canonical(edited)
    assert fast is not None
    assert fast.comment_lines == [at + 2, at + 5]
    assert (fast.statement, fast.comment_lines) == full_reader(edited)


@pytest.mark.parametrize(
    ("text", "fast_path"),
    [
        ("format: 1\ntitle: |+\n  Hello\n \nsubtitle: x\n", False),  # spaces: the full reader decides
        ("format: 1\ntitle: |+\n  Hello\n\n# note\nsubtitle: x\n", True),
        ("format: 1\ntitle: |+\n  Hello\n\n  # note\nsubtitle: x\n", True),  # text, not a comment
        ("format: 1\ntitle: |\n  Hello\n\n# note\n\nsubtitle: x\n", True),
        ("format: 1\ntitle: T\npreamble:\n  - |+\n    Hello\n\n  # note\n  - Next\n", True),
    ],
)
def test_kept_trailing_lines_before_a_comment_read_as_the_full_reader_reads_them(text, fast_path):
    fast = fast_reader(text)
    assert (fast is not None) == fast_path
    assert fast is None or fast == full_reader(text)
