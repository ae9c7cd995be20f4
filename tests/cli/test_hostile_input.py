"""Statements someone could send an organiser, built to break the reader: each is refused with
a located problem, never an internal error, and the file is left as it was.

The corpus is generated here rather than kept as files: some of it is megabytes of digits.
"""

from __future__ import annotations

import hashlib

import pytest

from tests.cli.installed import run_cli

HEAD = "format: 1\ntitle: Fair pay\n"
THOUSANDS_OF_DIGITS = "9" * 5000


def layout(line: str) -> str:
    return f"{HEAD}layout:\n  {line}\n"


HOSTILE = {
    # A number too large for the interpreter's own digit limit, or for a float.
    "font size of 5,000 digits": (layout(f"font_size: {THOUSANDS_OF_DIGITS}"), "4:14: layout.font_size"),
    "binary number of 5,000 digits": (layout("font_size: 0b" + "1" * 5000), "4:14: layout.font_size"),
    "fit_pages beyond the digit limit": (
        layout(f"fit_pages: {THOUSANDS_OF_DIGITS}"),
        "4:14: layout.fit_pages",
    ),
    "format beyond the digit limit": (f"format: {THOUSANDS_OF_DIGITS}\ntitle: X\n", "1:9: format"),
    "float that overflows": (layout("font_size: 1" + "0" * 400 + ".0"), "4:14: layout.font_size"),
    "infinite size": (layout("font_size: .inf"), "4:14: layout.font_size"),
    # YAML 1.1 base 60, slow to convert when long.
    "sexagesimal": (layout("fit_pages: " + ":".join(["1"] + ["00"] * 2000)), "4:14: layout.fit_pages"),
    # Explicit tags on values they cannot hold.
    "!!int ''": (layout("fit_pages: !!int ''"), "4:14: layout.fit_pages"),
    "!!int 0x": (layout("fit_pages: !!int 0x"), "4:14: layout.fit_pages"),
    "!!float abc": (layout("font_size: !!float abc"), "4:14: layout.font_size"),
    "!!bool maybe": (layout("crop_marks: !!bool maybe"), "4:15: layout.crop_marks"),
    "!!int [1]": (layout("fit_pages: !!int [1]"), "4:14: layout.fit_pages"),
    "!!bool {a: b}": (layout("crop_marks: !!bool {a: b}"), "4:15: layout.crop_marks"),
    # A name that is not a theme, long enough that no file system takes it as a file name.
    "theme name of 400 characters": (layout("theme: " + "t" * 400), "4:10: layout.theme"),
    "theme name with a NUL escape": (layout('theme: "de\\0fault"'), "4:10: layout.theme"),
    # Small files that stand for more text than any leaflet holds.
    "one long anchored name repeated": (
        f"{HEAD}subtitle: &a {'A' * 100_000}\nsignatories:\n" + "  - name: *a\n" * 5000,
        "5:3",
    ),
    "a name within its limit repeated 100,000 times": (
        f"{HEAD}subtitle: &a {'A' * 1900}\nsignatories:\n" + "  - name: *a\n" * 100_000,
        "5:3",
    ),
    "a paragraph repeated past the number of blocks": (
        f"{HEAD}preamble:\n  - &a Fair pay now.\n" + "  - *a\n" * 2000,
        "4:5: preamble[2001]",  # an alias is placed where its anchor is
    ),
    "a title of a million short words": (f"format: 1\ntitle: {'ab ' * 1_000_000}\n", "2:8: title"),
    "a title of one word of 5,000,000 letters": (f"format: 1\ntitle: {'a' * 5_000_000}\n", "2:8: title"),
    "a heading of 100,000 characters": (
        f"{HEAD}demands:\n  - heading: {'x' * 100_000}\n    text: Fair pay.\n",
        "4:14: demands[1].heading",
    ),
    "20,000 links in a paragraph": (
        HEAD
        + "preamble:\n  - '"
        + " ".join(f"[l{i}](https://example.org/{i})" for i in range(20_000))
        + "'\n",
        "4:5: preamble[1]",
    ),
    "100,000 short paragraphs": (
        HEAD
        + "preamble:\n"
        + "".join(f"  - Paragraph {i} says something about pay.\n" for i in range(100_000)),
        "2004:5: preamble[2001]",
    ),
    "a sign-up address of 5,000 characters": (
        f"{HEAD}sign_up:\n  url: https://example.org/{'a' * 5000}\n",
        "4:8: sign_up.url",
    ),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_statement_is_refused_with_a_located_problem(tmp_path, name):
    text, located = HOSTILE[name]
    target = tmp_path / "sent.statement.yaml"
    target.write_text(text, encoding="utf-8")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    result = run_cli("check", str(target))
    said = result.stdout + result.stderr
    assert result.returncode in (1, 2), said
    assert "internal error" not in said
    assert f"{target}:{located}:" in said, said[:500]
    assert all(len(line) < 400 for line in said.splitlines()), "the value is shortened, not echoed whole"
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sent.statement.yaml"], "no stray files"


def not_a_file(tmp_path, kind: str, name: str):
    """A FIFO nobody writes to, or a link to a device that never ends."""
    import os

    target = tmp_path / name
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(kind)
    return target


KINDS = ["fifo", "/dev/zero", "/dev/urandom"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_statement_that_is_a_pipe_or_a_device_is_refused_at_once(tmp_path, kind):
    target = not_a_file(tmp_path, kind, "sent.statement.yaml")
    result = run_cli("check", str(target))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"{target}: this is not a file of text but a device or a pipe" in result.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_a_csv_that_is_a_pipe_or_a_device_is_refused_at_once(tmp_path, kind):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = not_a_file(tmp_path, kind, "names.csv")
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "this is not a file of text but a device or a pipe" in result.stderr
    assert statement.read_text(encoding="utf-8") == HEAD


@pytest.mark.parametrize("kind", KINDS)
def test_a_logo_that_is_a_pipe_or_a_device_is_left_out_and_said(tmp_path, kind):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(layout("logo: logo.png"), encoding="utf-8")
    not_a_file(tmp_path, kind, "logo.png")
    result = run_cli("check", str(statement))
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    # A link to a device leads outside the statement's folder, which is refused before it is opened.
    why = (
        "is not an image file but a device or a pipe"
        if kind == "fifo"
        else "is outside the statement's folder"
    )
    assert f"4:9: layout.logo: the logo 'logo.png' {why}" in said


def test_escape_sequences_and_line_breaks_in_values_are_shown_not_acted_on(tmp_path):
    target = tmp_path / "sent.statement.yaml"
    target.write_text(
        HEAD + 'language: "\\e]0;pwned\\a\\e[2J"\nlayout:\n  fit_pages: "2\\nsent.statement.yaml: valid"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(target))
    said = result.stdout + result.stderr
    assert "\x1b" not in said and "\x07" not in said, "nothing a terminal would act on"
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in said
    assert not any(line.startswith("sent.statement.yaml: valid") for line in said.splitlines())
    assert "'2\\nsent.statement.yaml: valid'" in said, "the line break is shown inside the value"


def test_control_characters_in_a_csv_cell_are_not_imported(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_text("Name,Role\nAna\x1b[31m Kowalska,Chair\x07\n", encoding="utf-8")
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    saved = statement.read_text(encoding="utf-8")
    assert "\\e" not in saved and "\x1b" not in saved and "Kowalska" in saved


def test_a_read_only_statement_is_not_replaced_by_a_command(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD + "signatories:\n  - Ana Kowalska\n  - Zoë Adams\n", encoding="utf-8")
    statement.chmod(0o444)
    before = statement.read_bytes()
    result = run_cli("sort-signatories", str(statement))
    assert result.returncode == 2, result.stdout + result.stderr
    assert (
        f"could not save {statement}: the file is read-only; the file on disk was not changed"
        in result.stderr
    )
    assert statement.read_bytes() == before and oct(statement.stat().st_mode & 0o777) == "0o444"


def test_a_temporary_file_a_killed_save_left_is_removed_when_the_file_is_next_opened(tmp_path):
    import os
    import time

    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    old = tmp_path / ".s.statement.yaml.k2j4l1xq.tmp"
    fresh = tmp_path / ".s.statement.yaml.a8d7f6s5.tmp"  # perhaps another save, still writing
    for leftover in (old, fresh):
        leftover.write_text(HEAD + "signatories:\n  - name: A\n    email: private@example.org\n")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    assert run_cli("check", str(statement)).returncode == 0
    assert not old.exists() and fresh.exists()


def test_a_csv_row_with_a_separator_missing_is_held_back_not_shifted(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_text(
        "Name,Role,Group,Email,Phone\n"
        "Ana Kowalska,Chair,Unions,ana@example.org,0161 496 0000\n"
        "Tom Reilly,Steward tom@example.org,0161 496 0001\n"  # two commas lost
        "Priya Raman,Chair,Unions,priya@example.org,0161 496 0002,,\n",  # empty cells past the end
        encoding="utf-8",
    )
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 0, result.stderr
    assert f"{source}:3: skipped: it has 3 cells where the headings have 5" in result.stdout
    saved = statement.read_text(encoding="utf-8")
    assert "Ana Kowalska" in saved and "Priya Raman" in saved and "Tom Reilly" not in saved
    assert "group: tom@" not in saved and "group: 0161" not in saved


def test_export_help_says_that_exit_1_may_mean_written_with_problems():
    result = run_cli("export", "--help")
    said = " ".join(result.stdout.split())
    assert result.returncode == 0
    assert "the PDF was written to be checked before it goes to print" in said
    assert "nothing was written" in said


def test_two_imports_at_once_never_lose_either_ones_names(tmp_path):
    """Each round starts two imports into one file together: both land, or the second is refused
    and says so; a run that reports success always has its names in the file."""
    import subprocess

    from tests.cli.installed import INSTALLED

    statement = tmp_path / "s.statement.yaml"
    for round_ in range(8):
        statement.write_text(HEAD + "signatories:\n  - Ana Kowalska\n", encoding="utf-8")
        sources = []
        for side in "ab":
            source = tmp_path / f"{side}.csv"
            source.write_text("Name\n" + "".join(f"Person {side}{round_}-{n}\n" for n in range(3)))
            sources.append(source)
        runs = [
            subprocess.Popen(
                [str(INSTALLED), "import-signatories", str(statement), str(source)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for source in sources
        ]
        saved_before = [run.communicate(timeout=60) for run in runs]
        saved = statement.read_text(encoding="utf-8")
        for run, (out, err), side in zip(runs, saved_before, "ab", strict=True):
            names_in = [f"Person {side}{round_}-{n}" in saved for n in range(3)]
            if run.returncode == 0:
                assert all(names_in), f"round {round_}: {side} said it added its names\n{out}{err}"
            else:
                assert run.returncode == 2 and "was changed on disk by another program" in err, out + err
                assert not any(names_in)
                assert "run the command again" in err
        assert "Ana Kowalska" in saved


JAPANESE = "Name,Role\n山田太郎,委員長\n佐藤花子,書記\n鈴木一郎,組合員\n"
WRONGLY_ENCODED = {
    "Shift-JIS": JAPANESE.encode("shift_jis"),
    "EUC-JP": JAPANESE.encode("euc_jp"),
    "GB18030": JAPANESE.encode("gb18030"),
    "invalid UTF-8 after a BOM": b"\xef\xbb\xbfName,Role\nAna Kowalska,Chair\nTom Reilly,St\xe9ward\n",
}


@pytest.mark.parametrize("name", WRONGLY_ENCODED)
def test_a_csv_in_an_encoding_that_reads_as_garbage_is_refused_not_imported(tmp_path, name):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_bytes(WRONGLY_ENCODED[name])
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 2, result.stdout + result.stderr
    line = 3 if "BOM" in name else 2
    assert result.stderr.startswith(f"{source}: line {line}: "), result.stderr
    assert 'save it as "CSV UTF-8"' in result.stderr
    if "BOM" not in name:
        assert "tried UTF-8, Windows-1252, Windows-1251, Windows-1253, KOI8-U" in result.stderr
    assert statement.read_text(encoding="utf-8") == HEAD


def test_a_csv_in_koi8_is_read_as_the_ukrainian_it_is(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_bytes("Ім'я,Посада\nОльга Мельник,голова профспілки\nЇжак Ґудзь,член\n".encode("koi8_u"))
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{source}: KOI8-U, columns")
    saved = statement.read_text(encoding="utf-8")
    assert "Ольга Мельник" in saved and "Їжак Ґудзь" in saved


def rows_to_49_megabytes() -> bytes:
    row = b"Person of the long list,Member\n"
    return b"Name,Role\n" + row * (49 * 1024 * 1024 // len(row))


TOO_MUCH_TO_BE_NAMES = {
    "49 MB of 1.7 million rows": (rows_to_49_megabytes, "the file has 1,657,428 lines"),
    "one line of 5,000,000 cells": (
        lambda: b"Name\n" + b",".join([b"x"] * 5_000_000) + b"\n",
        "line 2 is 9,999,999 characters long",
    ),
    "600 columns": (
        lambda: ("Name," + ",".join(f"Q{i}" for i in range(600)) + "\nAna," + "x," * 600 + "\n").encode(),
        "line 2 has 602 cells",
    ),
}


@pytest.mark.parametrize("name", TOO_MUCH_TO_BE_NAMES)
def test_a_csv_far_larger_than_a_list_of_names_is_refused_before_it_is_read(tmp_path, name):
    made, said = TOO_MUCH_TO_BE_NAMES[name]
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_bytes(made())
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"{source}: {said}; is it really a list of names?"), result.stderr
    assert statement.read_text(encoding="utf-8") == HEAD
