"""Statements someone could send an organiser, built to break the reader: each is refused with
a located problem, never an internal error, and the file is left as it was.

The corpus is generated, in ``tests.hostile_corpus``, rather than kept as files.
"""

from __future__ import annotations

import hashlib

import pytest

from tests.cli.installed import run_cli
from tests.hostile_corpus import HEAD, HOSTILE, TOO_MUCH_TO_BE_NAMES, WRONGLY_ENCODED, layout


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


@pytest.mark.parametrize("name", WRONGLY_ENCODED)
def test_a_csv_in_an_encoding_that_reads_as_garbage_is_refused_not_imported(tmp_path, name):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_bytes(WRONGLY_ENCODED[name])
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 2, result.stdout + result.stderr
    line = 3 if "BOM" in name or "joined" in name else 2
    assert result.stderr.startswith(f"{source}: line {line}: "), result.stderr
    assert 'save it as "CSV UTF-8"' in result.stderr
    if name in ("Shift-JIS", "EUC-JP", "GB18030"):
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


@pytest.mark.parametrize("size", [(1200, 100), (3999, 1)])
def test_a_banner_shaped_logo_is_printed_lower_beside_the_title(tmp_path, size):
    from PIL import Image
    from pypdf import PdfReader

    Image.new("RGB", size, (0, 90, 160)).save(tmp_path / "logo.png")
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(layout("logo: logo.png\n  page_size: A6"), encoding="utf-8")
    result = run_cli("export", str(statement), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 0, result.stdout + result.stderr
    page = PdfReader(tmp_path / "out.pdf").pages[0]
    assert len(page.images) == 1
    assert "Fair pay" in page.extract_text()


def test_a_line_break_in_a_key_or_a_file_name_never_starts_a_line_of_its_own(tmp_path):
    key = tmp_path / "s.statement.yaml"
    key.write_text(HEAD + '"\\e[2J\\nsent.statement.yaml: valid": 1\n', encoding="utf-8")
    result = run_cli("check", str(key))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{key}:3:1: unknown key '\\x1b[2J\\nsent.statement.yaml: valid'; known keys here: format, title, "
        "subtitle, issuer, date, language, preamble, demands, closing, sign_up, contact, imprint, labels, "
        "signatories, layout"
    ]
    named = tmp_path / "evil\nfake.statement.yaml: valid"
    named.write_text(HEAD, encoding="utf-8")
    result = run_cli("check", str(named))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "has a line break in it" in result.stderr


def test_a_command_ended_by_a_signal_leaves_no_temporary_copy(tmp_path):
    """Ended at moments spread over the command's run: the file is then the old one or the new
    one, whole, and nothing else is beside it."""
    import signal
    import subprocess
    import time

    from tests.cli.installed import INSTALLED

    source = tmp_path / "names.csv"
    source.write_text("Name,Role\n" + "".join(f"Person {n},Member of the branch\n" for n in range(60_000)))
    statement = tmp_path / "s.statement.yaml"
    for moment in (0.5, 1.0, 1.5, 2.0, 2.5):
        statement.write_text(HEAD, encoding="utf-8")
        run = subprocess.Popen([str(INSTALLED), "import-signatories", str(statement), str(source)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
        time.sleep(moment)
        run.send_signal(signal.SIGTERM)
        run.communicate(timeout=60)
        assert run.returncode in (0, 130)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["names.csv", "s.statement.yaml"]
        saved = statement.read_text(encoding="utf-8")
        assert saved == HEAD or saved.rstrip().endswith(
            "Person 59999\n    role: Member of the branch".rstrip()
        )


BEYOND_ANY_STATEMENT = {
    "200,000 unknown keys": (
        HEAD + "".join(f"key{n}: 1\n" for n in range(200_000)),
        "200 problems so far; the rest of the file is read when these are put right",
    ),
    "300,000 signatories without a name": (
        HEAD + "signatories:\n" + "  - {}\n" * 300_000,
        "200 problems so far; the rest of the file is read when these are put right",
    ),
    "2,500,000 names in one flow list": (
        HEAD + "signatories: [" + ",".join(["a"] * 2_500_000) + "]\n",
        "the file has 2,500,002 lines and commas; a statement may have at most 2,000,000",
    ),
    "4,900 aliases to a name of 1,999 letters": (
        f"{HEAD}subtitle: &a {'A' * 1999}\nsignatories:\n" + "  - name: *a\n" * 4900,
        "aliases (*name) here stand for over 1,000,000 characters more than the file holds",
    ),
}


@pytest.mark.parametrize("name", BEYOND_ANY_STATEMENT)
def test_a_file_beyond_any_statement_is_refused_without_reading_it_all(tmp_path, name):
    text, said = BEYOND_ANY_STATEMENT[name]
    target = tmp_path / "sent.statement.yaml"
    target.write_text(text, encoding="utf-8")
    result = run_cli("check", str(target))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert said in lines[-1] and len(lines) <= 201, lines[-1]


def test_an_import_leaves_out_a_person_whose_field_is_past_its_limit(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    source = tmp_path / "names.csv"
    source.write_text(f"Name,Role\nAna Kowalska,Chair\n{'A' * 50_000},Member\n", encoding="utf-8")
    result = run_cli("import-signatories", str(statement), str(source))
    assert result.returncode == 0, result.stderr
    assert (
        f"{source}:3: skipped: its name is 50,000 characters long, more than the 2,000 allowed"
        in result.stdout
    )
    assert run_cli("check", str(statement)).returncode == 0, "what was imported is read back"


def test_a_statement_sent_under_a_csv_name_is_refused_not_imported(tmp_path):
    from editor.paths import resources_dir

    statement = tmp_path / "s.statement.yaml"
    statement.write_text(HEAD, encoding="utf-8")
    disguised = tmp_path / "names.csv"
    disguised.write_bytes((resources_dir() / "examples" / "plan.statement.yaml").read_bytes())
    result = run_cli("import-signatories", str(statement), str(disguised))
    assert result.returncode == 2
    assert (
        result.stderr
        == f"{disguised}: this is a statement file, not a spreadsheet; import names from a CSV file\n"
    )
    assert statement.read_text(encoding="utf-8") == HEAD
