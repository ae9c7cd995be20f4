"""The fast reader for canonical files agrees with the full reader, or steps aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Signatory, Statement
from editor.paths import resources_dir
from editor.storage import InvalidStatement, dumps
from editor.storage.canonical import read_canonical
from editor.storage.reader import YamlProblem, parse
from editor.storage.statement_file import _decode
from tests.storage.strategies import statements


def full_reader(text: str) -> Statement | None:
    """What the full reader makes of the text, or None when it refuses the file."""
    try:
        return _decode(parse(text), text, "f.yaml").statement
    except (YamlProblem, InvalidStatement):
        return None


@settings(max_examples=300, deadline=None)
@given(statements)
def test_on_written_files_the_fast_reader_agrees_with_the_full_reader(statement):
    text = dumps(statement)
    fast = read_canonical(text)
    assert fast is None or fast == full_reader(text) == statement


MUTATIONS = {
    "delete a line": lambda lines, i: lines[:i] + lines[i + 1 :],
    "repeat a line": lambda lines, i: lines[: i + 1] + lines[i:],
    "indent a line": lambda lines, i: [*lines[:i], "  " + lines[i], *lines[i + 1 :]],
    "dedent a line": lambda lines, i: [*lines[:i], lines[i][2:], *lines[i + 1 :]],
    "comment a line": lambda lines, i: [*lines[:i], lines[i] + " # note", *lines[i + 1 :]],
    "insert a comment": lambda lines, i: [*lines[:i], "# note", *lines[i:]],
    "drop a colon": lambda lines, i: [*lines[:i], lines[i].replace(": ", " ", 1), *lines[i + 1 :]],
    "blank a value": lambda lines, i: [*lines[:i], lines[i].split(": ")[0] + ":", *lines[i + 1 :]],
    "insert an empty line": lambda lines, i: [*lines[:i], "", *lines[i:]],
}


@settings(max_examples=400, deadline=None)
@given(statements, st.sampled_from(sorted(MUTATIONS)), st.integers(min_value=0))
def test_on_edited_files_the_fast_reader_never_accepts_what_the_full_reader_reads_otherwise(
    statement, mutation, where
):
    lines = dumps(statement).split("\n")[:-1]
    edited = "\n".join(MUTATIONS[mutation](lines, where % len(lines))) + "\n"
    fast = read_canonical(edited)
    if fast is not None:
        assert fast == full_reader(edited)


def test_the_example_and_large_lists_take_the_fast_path():
    example = (resources_dir() / "examples" / "plan.statement.yaml").read_text(encoding="utf-8")
    assert read_canonical(example) == full_reader(example)
    assert read_canonical(example) is not None
    people = [
        Signatory(f"Name {i}", role="Nurse", group=f"G{i % 3}", personal_capacity=bool(i % 2))
        for i in range(500)
    ]
    large = dumps(Statement(title="Big", signatories=people))
    assert read_canonical(large) == Statement(title="Big", signatories=people)
