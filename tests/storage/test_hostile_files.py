"""Broken and hostile files from tests/data/hostile: each refused with a clear message, nothing run."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.paths import resources_dir
from editor.storage import InvalidStatement, load, loads

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "billion-laughs.yaml": "stand for over 1,000,000 characters more than the file holds",
    "billion-laughs-in-flow.yaml": "stand for over 1,000,000 characters more than the file holds",
    "binary.yaml": "this is not a text file",
    "control-characters.yaml": "control character (U+001B)",
    "custom-tag.yaml": "the tag '!include' is not allowed",
    "deep-block-nesting.yaml": "nested more than 32 levels deep",
    "deep-flow-nesting.yaml": "nested more than 32 levels deep",
    "invalid-utf8.yaml": "the file is not UTF-8 text",
    "merge-key.yaml": "merge key) is not supported",
    "not-a-mapping.yaml": "does not look like a statement file",
    "python-module-key.yaml": "the tag '!!python/object:__main__.Evil' is not allowed",
    "python-name.yaml": "the tag '!!python/name:os.system' is not allowed",
    "python-object-apply.yaml": "the tag '!!python/object/apply:os.system' is not allowed",
    "recursive-alias.yaml": "refers to a value that contains it",
    "two-documents.yaml": "a second document starts here",
    "wrong-types.yaml": "expected a whole number, found 'one'",
}


def test_every_hostile_file_has_an_expectation():
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_refused_with_its_message(name):
    with pytest.raises(InvalidStatement) as caught:
        load(HOSTILE / name)
    first = str(caught.value.problems[0])
    assert first.startswith(str(HOSTILE / name))
    assert EXPECTED[name] in first


def test_wrong_types_at_every_key_are_all_reported():
    with pytest.raises(InvalidStatement) as caught:
        load(HOSTILE / "wrong-types.yaml")
    fields = [p.path for p in caught.value.problems]
    assert len(fields) == 27  # every key but layout itself, which holds the rest
    assert ("layout", "crop_marks") in fields and ("signatories",) in fields and ("sign_up",) in fields


def test_the_check_command_survives_every_hostile_file_without_running_anything(tmp_path):
    marker = Path("/tmp/statement-editor-pwned")
    marker.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "editor", "check", *sorted(str(p) for p in HOSTILE.iterdir())],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert len([line for line in result.stdout.splitlines() if line.startswith(str(HOSTILE))]) >= len(
        EXPECTED
    )
    assert not marker.exists()


def test_a_title_of_millions_of_characters_is_refused_with_its_limit():
    text = "format: 1\ntitle: " + "Солідарність " * 1_000_000 + "\n"
    with pytest.raises(InvalidStatement) as refused:
        loads(text, "big.statement.yaml")
    assert [str(p) for p in refused.value.problems] == [
        "big.statement.yaml:2:8: title: this is 12,999,999 characters long; it may have at most 2,000"
    ]


def test_a_fifty_megabyte_file_is_refused_in_bounded_memory(tmp_path):
    big = tmp_path / "fifty.statement.yaml"
    with big.open("wb") as stream:
        stream.write(b"format: 1\ntitle: X\n")
        stream.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(
        InvalidStatement, match=r"the file is 50\.0 MB; a statement file may be at most 20 MB"
    ):
        load(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 25 * 1024 * 1024


EXAMPLE = (resources_dir() / "examples" / "plan.statement.yaml").read_bytes()
YAML_PIECES = st.sampled_from(
    [b"- ", b": ", b"\n", b"  ", b"\t", b"&a ", b"*a", b"!!python/object ", b"[", b"]", b"{", b"}", b"'", b'"',
     b"|", b">", b"#", b"---", b"~", b"\xff", b"\x00", b"\xef\xbb\xbf", b"2026-13-45", b"title: ", b"format: 7"]
)  # fmt: skip


@st.composite
def mutated_statements(draw):
    data = bytearray(EXAMPLE)
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            data[position:position] = draw(YAML_PIECES | st.binary(min_size=1, max_size=4))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 40))]
        else:
            data[position : position + 1] = draw(st.binary(min_size=1, max_size=1))
    return bytes(data)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_statements())
def test_fuzzed_files_load_or_report_problems_and_never_raise_anything_else(data):
    try:
        loads(data, "fuzzed.yaml")
    except InvalidStatement as error:
        assert error.problems and all(str(p).startswith("fuzzed.yaml") for p in error.problems)
