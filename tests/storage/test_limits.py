"""Hostile files are refused with a clear message, in bounded time, and nothing runs."""

from __future__ import annotations

import pytest

from editor.storage import InvalidStatement, load, loads
from editor.storage.reader import MAX_DEPTH, MAX_FILE_BYTES


def refusal(text: str | bytes) -> str:
    with pytest.raises(InvalidStatement) as caught:
        loads(text, "hostile.yaml")
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def billion_laughs(levels: int = 9, laugh: str = "lol") -> str:
    lines = ["format: 1", "a: &a [" + ", ".join([laugh] * 9) + "]"]
    for level in range(1, levels + 1):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    lines.append(f"title: *{chr(ord('a') + levels)}")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_file_is_refused():
    message = refusal(billion_laughs())
    assert "aliases (*name) here stand for over 1,000,000 characters more than the file holds" in message


def test_a_billion_laughs_of_empty_values_is_refused_by_their_number():
    message = refusal(billion_laughs(laugh="''"))
    assert "too many values through aliases" in message
    assert "billion laughs" in message


def test_a_few_harmless_aliases_are_read():
    text = "format: 1\ntitle: &t Fair pay\nsubtitle: *t\n"
    assert loads(text).statement.subtitle == "Fair pay"


def test_an_alias_that_contains_itself_is_refused():
    assert "refers to a value that contains it" in refusal("format: 1\ntitle: X\ndemands: &a [*a]\n")


def test_deep_flow_nesting_is_refused_before_the_composer_recurses():
    text = "format: 1\ntitle: " + "[" * 200_000 + "]" * 200_000 + "\n"
    assert f"nested more than {MAX_DEPTH} levels deep" in refusal(text)


def test_deep_block_nesting_is_refused():
    text = "format: 1\ntitle:\n" + "".join(" " * (i + 1) + "a:\n" for i in range(200))
    assert f"nested more than {MAX_DEPTH} levels deep" in refusal(text)


def test_brackets_in_ordinary_text_do_not_trip_the_depth_check():
    text = "format: 1\ntitle: X\npreamble:\n" + "".join(
        f"  - see note [{i}] and {{{i}}}\n" for i in range(100)
    )
    assert len(loads(text).statement.preamble) == 100


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch pwned']",
        "!!python/name:os.system",
        "!!binary aGVsbG8=",
        "!custom x",
    ],
)
def test_tags_are_refused_and_never_executed(tag, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "is not allowed in a statement file" in refusal(f"format: 1\ntitle: {tag}\n")
    assert not (tmp_path / "pwned").exists()


def test_merge_keys_are_refused():
    assert "'<<' (a YAML merge key) is not supported" in refusal(
        "format: 1\nbase: &b {text: a}\ndemands:\n  - <<: *b\n"
    )


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.statement.yaml"
    with big.open("wb") as stream:
        stream.write(b"format: 1\ntitle: X\nimprint: ")
        stream.truncate(MAX_FILE_BYTES + 1024)
    with pytest.raises(InvalidStatement) as caught:
        load(big)
    assert "the file is 20.0 MB; a statement file may be at most 20 MB" in str(caught.value)


def test_a_statement_past_a_limit_is_not_saved_as_a_file_that_would_be_refused(tmp_path):
    from editor.model import Statement
    from editor.storage import SaveFailed, save

    target = tmp_path / "s.statement.yaml"
    with pytest.raises(SaveFailed) as refused:
        save(Statement(title="A" * 2001), target)
    assert str(refused.value) == (
        f"could not save {target}: title: this is 2,001 characters long; it may have at most 2,000; "
        "the file on disk was not changed"
    )
    assert not target.exists()


def test_warnings_alone_never_refuse_a_file_however_many():
    people = "".join(f"  - Person {n}\n    Member\n" for n in range(250))  # each name over two lines
    loaded = loads("format: 1\ntitle: Fair pay\nsignatories:\n" + people)
    assert len(loaded.statement.signatories) == 250
    assert len(loaded.problems) == 250 and all(p.is_warning for p in loaded.problems)


def test_both_readers_refuse_a_file_of_too_many_values():
    names = "".join(f"  - name: P{n}\n" for n in range(2_000_001))
    for text in (
        f"format: 1\ntitle: X\nsignatories:\n{names}",
        f"format: 1\ntitle:   X\nsignatories:\n{names}",
    ):
        assert "lines and commas; a statement may have at most 2,000,000" in refusal(text)
