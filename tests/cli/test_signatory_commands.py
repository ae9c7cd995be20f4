"""import-signatories and export-signatories from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from editor.cli import main
from editor.model import Signatory
from editor.paths import resources_dir
from editor.storage import load
from tests.cli.installed import run_cli

CSV = Path(__file__).resolve().parents[1] / "data" / "csv"
EXAMPLE = resources_dir() / "examples" / "plan.statement.yaml"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan.statement.yaml"
    shutil.copy(resources_dir() / "examples" / "plan.statement.yaml", target)
    return target


def test_import_adds_new_names_and_lists_each_likely_duplicate(plan, capsys):
    before = load(plan).statement.signatories
    assert main(["import-signatories", str(plan), str(CSV / "utf16-tab.txt")]) == 0
    out = capsys.readouterr().out
    source = CSV / "utf16-tab.txt"
    assert f"{source}:3: skipped 'Seán Ó Briain': same name as signatories[3] 'Seán Ó Briain'" in out
    assert f"{source}:4: skipped 'Γιώργος Παπαδόπουλος': same name as signatories[21]" in out
    assert f"{plan}: added 1 signatory (2 likely duplicates skipped)" in out
    after = load(plan).statement.signatories
    assert after[: len(before)] == before
    assert after[len(before) :] == [
        Signatory("Олена Петренко", role="Медична сестра, Профспілка «Будь як ми»", email="olena@example.org")
    ]


def test_keep_duplicates_adds_everyone(plan):
    count = len(load(plan).statement.signatories)
    assert main(["import-signatories", str(plan), str(CSV / "utf8-comma.csv"), "--keep-duplicates"]) == 0
    assert len(load(plan).statement.signatories) == count + 3


def test_a_mapping_option_chooses_the_column(plan):
    arguments = ["import-signatories", str(plan), str(CSV / "google-form.csv"), "--keep-duplicates"]
    assert (
        main(
            [
                *arguments,
                "--map",
                "Sign in a personal capacity?=personal_capacity",
                "--map",
                "Organisation=group",
            ]
        )
        == 0
    )
    added = load(plan).statement.signatories[-2:]
    assert added == [
        Signatory("Priya Raman", group="NEU", personal_capacity=True, email="priya@example.org"),
        Signatory("Tom Reilly", group="UNISON", email="tom@example.org"),
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "Phone=phone"], "there is no column 'Phone'"),
        (["--map", "nonsense"], "write it as COLUMN=FIELD"),
        (["--map", "Full name=name", "--map", "full name=role"], "names the column 'full name' twice"),
    ],
)
def test_a_bad_mapping_changes_nothing(plan, capsys, extra, message):
    original = plan.read_bytes()
    assert main(["import-signatories", str(plan), str(CSV / "utf8-comma.csv"), *extra]) == 2
    assert message in capsys.readouterr().err
    assert plan.read_bytes() == original


def test_unknown_headings_are_read_as_a_name_and_the_import_says_how_to_take_them(tmp_path, capsys):
    statement, table = tmp_path / "s.statement.yaml", tmp_path / "nimet.csv"
    table.write_text("Nimi,Rooli,Aikaleima\nAnna Virtanen,Puheenjohtaja,2026-11-02\n", encoding="utf-8")
    assert main(["new", str(statement)]) == 0
    assert main(["import-signatories", str(statement), str(table)]) == 0
    out = capsys.readouterr().out
    assert "line 1 has no headings the guess knows, so it is read as a name (Nimi | Rooli | Aikaleima)" in out
    assert [p.name for p in load(statement).statement.signatories][-2:] == ["Nimi", "Anna Virtanen"]


@pytest.mark.parametrize(
    "options",
    [
        ["--map", "Nimi=name", "--map", "Rooli=role"],
        ["--headings", "yes", "--map", "1=name", "--map", "2=role"],
    ],
)
def test_headings_the_guess_does_not_know_can_be_named(tmp_path, capsys, options):
    statement, table = tmp_path / "s.statement.yaml", tmp_path / "nimet.csv"
    table.write_text("Nimi,Rooli,Aikaleima\nAnna Virtanen,Puheenjohtaja,2026-11-02\n", encoding="utf-8")
    main(["new", str(statement)])
    before = load(statement).statement.signatories
    assert main(["import-signatories", str(statement), str(table), *options]) == 0
    assert load(statement).statement.signatories == [
        *before,
        Signatory("Anna Virtanen", role="Puheenjohtaja"),
    ]
    assert "left out: Aikaleima (use --map to take them)" in capsys.readouterr().out


def test_headings_no_is_kept_even_when_a_map_names_a_cell_of_the_first_row(tmp_path):
    statement, table = tmp_path / "s.statement.yaml", tmp_path / "names.csv"
    table.write_text("Olena Petrenko,,Union\nIhor Gudz,Teacher,Branch\n", encoding="utf-8")
    main(["new", str(statement)])
    before = load(statement).statement.signatories
    options = ["--headings", "no", "--map", "1=name", "--map", "2=role", "--map", "Union=ignore"]
    assert main(["import-signatories", str(statement), str(table), *options]) == 2  # no column 'Union'
    assert main(["import-signatories", str(statement), str(table), *options[:-2]]) == 0
    assert load(statement).statement.signatories == [
        *before,
        Signatory("Olena Petrenko", group="Union"),
        Signatory("Ihor Gudz", role="Teacher", group="Branch"),
    ], "the third column of text is taken for the group, as the window's import guesses"


def test_a_file_with_comments_is_not_rewritten_without_consent(tmp_path, capsys):
    statement = tmp_path / "s.yaml"
    statement.write_text("format: 1\n# keep me\ntitle: X\n", encoding="utf-8")
    arguments = ["import-signatories", str(statement), str(CSV / "google-form.csv")]
    assert main(arguments) == 1
    assert "has comments (line 2)" in capsys.readouterr().err
    assert "# keep me" in statement.read_text(encoding="utf-8")
    assert main([*arguments, "--drop-comments"]) == 0
    assert [p.name for p in load(statement).statement.signatories] == ["Priya Raman", "Tom Reilly"]


def test_a_file_that_is_not_csv_is_refused(plan, capsys):
    assert main(["import-signatories", str(plan), str(CSV / "not-csv.csv")]) == 2
    assert "this is not a CSV file" in capsys.readouterr().err


def test_a_quote_never_closed_is_refused_before_it_swallows_the_rest(plan, tmp_path, capsys):
    rows = [f"Person {n},Member" for n in range(100)]
    rows[2] = 'Person 2,"Steward (Unite'
    stray = tmp_path / "stray.csv"
    stray.write_text("Name,Role\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = plan.read_bytes()
    assert main(["import-signatories", str(plan), str(stray)]) == 2
    assert "line 4: a quotation mark opens a cell that is never closed" in capsys.readouterr().err
    assert plan.read_bytes() == before


def test_an_unclear_personal_capacity_answer_is_listed_at_its_line(plan, tmp_path, capsys):
    answers = tmp_path / "answers.csv"
    answers.write_text("Name,Personal capacity\nAna Nowak,Oui\nIhor Melnyk,if needed\n", encoding="utf-8")
    assert main(["import-signatories", str(plan), str(answers)]) == 0
    out = capsys.readouterr().out
    assert f"{answers}:3: 'if needed' under personal capacity is neither yes nor no; read as no" in out
    added = load(plan).statement.signatories[-2:]
    assert [(p.name, p.personal_capacity) for p in added] == [("Ana Nowak", True), ("Ihor Melnyk", False)]


def test_export_writes_public_fields_unless_asked(plan, tmp_path):
    public, private = tmp_path / "public.csv", tmp_path / "private.csv"
    assert main(["export-signatories", str(plan), "-o", str(public)]) == 0
    assert main(["export-signatories", str(plan), "-o", str(private), "--include-private"]) == 0
    public_text = public.read_bytes().decode("utf-8-sig")
    assert public_text.startswith("name,role,group,personal_capacity\r\nDr Mariam Okafor,")
    assert "m.okafor@example.org" not in public_text and "+44 7700 900123" not in public_text
    assert "m.okafor@example.org" in private.read_text(encoding="utf-8-sig")


def test_sorting_by_surname_rewrites_the_order(plan, capsys):
    assert main(["sort-signatories", str(plan)]) == 0
    names = [p.name for p in load(plan).statement.signatories]
    assert names[:4] == ["Michael Adeyemi", "Björn Åkesson", "Baroness Aldridge of Kew", "Kwame Asante"]
    out = capsys.readouterr().out
    assert "36 signatories sorted by surname" in out
    assert (
        f"{plan}: the groups print in the order their first name now comes: Trade unions, "
        "Community and faith, Elected representatives, (names without a group), Trade unions in Ukraine; "
        "--by group keeps their order"
    ) in out


def test_a_row_repeated_in_the_file_is_skipped_with_the_line_it_repeats(plan, tmp_path, capsys):
    source = tmp_path / "twice.csv"
    source.write_text("Name,Email\nAna Nowak,\nIhor Melnyk,\nana nowak,\n", encoding="utf-8")
    assert main(["import-signatories", str(plan), str(source)]) == 0
    assert f"{source}:4: skipped 'ana nowak': same name as line 2 'Ana Nowak'" in capsys.readouterr().out


def test_columns_of_a_file_without_headings_that_are_left_out_are_named(plan, tmp_path, capsys):
    source = tmp_path / "bare.csv"
    source.write_text("Ana Nowak,Chair,GMB,Leeds\nIhor Melnyk,Member,Unite,Hull\n", encoding="utf-8")
    assert main(["import-signatories", str(plan), str(source)]) == 0
    assert f"{source}: left out: Column 4 (use --map to take them)" in capsys.readouterr().out


def test_sorting_by_group_keeps_groups_in_their_printed_order(plan):
    assert main(["sort-signatories", str(plan), "--by", "group"]) == 0
    people = load(plan).statement.signatories
    assert [p.group for p in people[:2]] == ["Trade unions", "Trade unions"]
    assert [p.name for p in people[:3]] == ["Michael Adeyemi", "Kateryna Bondar", "Ana Kowalska"]
    assert [(p.group, p.name) for p in people[-2:]] == [("", "Aisha Rahman"), ("", "Марія Гнатюк")]


def test_find_duplicates_lists_pairs_and_exits_1(plan, capsys):
    assert main(["find-duplicates", str(plan)]) == 0
    assert main(["import-signatories", str(plan), str(CSV / "utf8-comma.csv"), "--keep-duplicates"]) == 0
    capsys.readouterr()
    assert main(["find-duplicates", str(plan)]) == 1
    out = capsys.readouterr().out
    lines = plan.read_text(encoding="utf-8").splitlines()
    line = max(n for n, text in enumerate(lines, 1) if "Seán Ó Briain" in text)  # the entry added last
    assert (
        f"{plan}:{line}:5: signatories[38]: 'Seán Ó Briain' and signatories[3] 'Seán Ó Briain': same name"
        in out
    )
    assert f"{plan}: 2 likely duplicates among 39 signatories" in out


@pytest.mark.parametrize("command", ["export", "export-signatories"])
def test_an_export_never_overwrites_a_statement(plan, tmp_path, capsys, command):
    original = plan.read_bytes()
    assert main([command, str(plan), "-o", str(plan)]) == 2
    assert "this is the statement itself" in capsys.readouterr().err
    assert main([command, str(plan), "-o", str(tmp_path / "other.statement.yaml")]) == 2
    assert "a .yaml name is for statements" in capsys.readouterr().err
    assert plan.read_bytes() == original and not (tmp_path / "other.statement.yaml").exists()


def test_a_statement_given_as_the_csv_is_refused_and_nothing_changes(tmp_path):
    statement = tmp_path / "plan.statement.yaml"
    statement.write_bytes(EXAMPLE.read_bytes())
    for csv in (str(statement), str(tmp_path / "other.yaml")):
        result = run_cli("import-signatories", str(statement), csv)
        assert result.returncode == 2
        assert (
            result.stderr
            == f"{csv}: this is a statement file, not a spreadsheet; import names from a CSV file\n"
        )
    assert statement.read_bytes() == EXAMPLE.read_bytes()


def test_the_list_is_written_only_to_a_csv_name(tmp_path):
    other = tmp_path / "leaflet.pdf"
    other.write_bytes(b"%PDF-1.7 the leaflet")
    result = run_cli("export-signatories", str(EXAMPLE), "-o", str(other))
    assert result.returncode == 2
    assert "must end in .csv" in result.stderr
    assert other.read_bytes() == b"%PDF-1.7 the leaflet"


def test_sorting_a_list_already_in_order_leaves_the_file_as_it_was(tmp_path):
    hand_written = "format: 1\ntitle: X\nsignatories: [Ana Adams, Bob Brown]\n"
    statement = tmp_path / "s.statement.yaml"
    statement.write_text(hand_written, encoding="utf-8")
    result = run_cli("sort-signatories", str(statement))
    assert (result.returncode, result.stdout) == (
        0,
        f"{statement}: already sorted by surname; the file was not changed\n",
    )
    assert statement.read_text(encoding="utf-8") == hand_written


def test_a_csv_without_headings_is_read_by_what_its_cells_hold(tmp_path):
    """As the window's import and paste read it: the yes column is the personal capacity."""
    statement = tmp_path / "s.statement.yaml"
    statement.write_text("format: 1\ntitle: Fair pay\n", encoding="utf-8")
    names = tmp_path / "names.csv"
    names.write_text(
        "Ana Kowalska,Branch Secretary,yes,ana@example.org\n"
        "Tom Reilly,Steward,,tom@example.org\n"
        "Priya Raman,Chair,no,priya@example.org\n",
        encoding="utf-8",
    )
    result = run_cli("import-signatories", str(statement), str(names))
    assert result.returncode == 0, result.stderr
    assert "Column 1 → name, Column 2 → role, Column 3 → personal_capacity, Column 4 → email" in result.stdout
    saved = yaml.safe_load(statement.read_text(encoding="utf-8"))
    assert saved["signatories"][0] == {
        "name": "Ana Kowalska", "role": "Branch Secretary", "personal_capacity": True, "email": "ana@example.org",
    }  # fmt: skip
    assert "group" not in saved["signatories"][1]


def test_a_third_text_column_without_a_heading_is_a_group_said_to_be_a_guess(tmp_path):
    statement = tmp_path / "s.statement.yaml"
    statement.write_text("format: 1\ntitle: Fair pay\n", encoding="utf-8")
    names = tmp_path / "names.csv"
    names.write_text("Ana Kowalska,Branch Secretary,UNISON\nTom Reilly,Steward,GMB\n", encoding="utf-8")
    result = run_cli("import-signatories", str(statement), str(names))
    assert result.returncode == 0, result.stderr
    assert "column 3 → group is only a guess from the cells" in result.stdout
    assert "--map 3=role or --map 3=ignore" in result.stdout
