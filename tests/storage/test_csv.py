"""CSV files as organisers receive them: every encoding, delimiter and oddity we know of."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Signatory
from editor.storage.csv_export import signatories_csv
from editor.storage.csv_import import (
    CsvProblem,
    capacity_answer,
    guess_mapping,
    mapping_from_options,
    parse_table,
    read_csv_file,
    read_table,
    signatories_from_rows,
    table_for_options,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"


def imported(name: str, **options: str) -> list[Signatory]:
    table = read_table((DATA / name).read_bytes())
    mapping = mapping_from_options(table, options) if options else guess_mapping(table.headers)
    return signatories_from_rows(table, mapping).signatories


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("utf8-comma.csv", "UTF-8", ","),
        ("utf8-bom-semicolon.csv", "UTF-8", ";"),
        ("utf16-tab.txt", "UTF-16", "\t"),
    ],
)
def test_names_in_cyrillic_greek_and_accents_survive_every_encoding(name, encoding, delimiter):
    table = read_table((DATA / name).read_bytes())
    assert (table.encoding, table.delimiter, table.has_header) == (encoding, delimiter, True)
    assert imported(name) == [
        Signatory(
            "Олена Петренко", role="Медична сестра, Профспілка «Будь як ми»", email="olena@example.org"
        ),
        Signatory("Seán Ó Briain", role="Organiser, GMB"),
        Signatory("Γιώργος Παπαδόπουλος", role="Σύμβουλος, Riverside", email="g@example.org"),
    ]


def test_windows_1252_with_first_and_last_name_columns():
    table = read_table((DATA / "cp1252-semicolon.csv").read_bytes())
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert guess_mapping(table.headers) == {
        0: "first_name",
        1: "last_name",
        2: "role",
        3: "personal_capacity",
    }
    assert imported("cp1252-semicolon.csv") == [
        Signatory("Zoë Lefèvre", role="Tenants' rep", personal_capacity=True),
        Signatory("François Dupont, Jr", role="Nurse; ward 3"),
        Signatory("Björn Åkesson"),
    ]


def test_quoted_fields_with_commas_newlines_and_quotes_and_rows_without_a_name():
    table = read_table((DATA / "quoted-multiline.csv").read_bytes())
    result = signatories_from_rows(table, guess_mapping(table.headers))
    assert result.signatories == [
        Signatory(
            "Kowalska, Ana",
            role="Branch Secretary, Riverside UNISON",
            note="Met at the rally,\nwants updates",
        ),
        Signatory('Tom "Tommy" Reilly', role="RMT"),
    ]
    assert result.skipped == [(5, "no name in the name column")]


def test_an_online_form_export_maps_its_own_headers():
    table = read_table((DATA / "google-form.csv").read_bytes())
    assert guess_mapping(table.headers) == {1: "name", 2: "organisation", 3: "email", 4: "personal_capacity"}
    people = imported("google-form.csv", **{"Sign in a personal capacity?": "personal_capacity"})
    assert people == [
        Signatory("Priya Raman", role="NEU", personal_capacity=True, email="priya@example.org"),
        Signatory("Tom Reilly", role="UNISON", email="tom@example.org"),
    ]


def test_columns_can_be_mapped_by_number_and_ignored():
    people = imported("utf8-comma.csv", **{"2": "ignore", "Organisation": "group"})
    assert people[0] == Signatory(
        "Олена Петренко", group="Профспілка «Будь як ми»", email="olena@example.org"
    )


def test_bad_mappings_name_the_columns_and_fields():
    table = read_table((DATA / "utf8-comma.csv").read_bytes())
    with pytest.raises(
        CsvProblem,
        match="there is no column 'Phone'; the columns, counted from 1, are 1 Full name, 2 Position",
    ):
        mapping_from_options(table, {"Phone": "phone"})
    with pytest.raises(CsvProblem, match="there is no column '0'; the columns, counted from 1"):
        mapping_from_options(table, {"0": "role"})
    with pytest.raises(CsvProblem, match="'surname' is not a field"):
        mapping_from_options(table, {"Position": "surname"})
    with pytest.raises(CsvProblem, match="no column is left for the names"):
        mapping_from_options(table, {"1": "ignore"})


def test_a_contact_list_with_title_and_job_title_joins_the_parts_of_names():
    text = (
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title,E-mail Address,Business Phone\n"
        "Dr,Ann,Mary,Lee,OBE,Riverside Trades Council,President,ann@example.org,01632 960001\n"
        "Cllr,Rashid,,Hussain,,Riverside Council,Cabinet Member,,\n"
        ",Tom,,Reilly,,,,,\n"
        ",,,,,Riverside Food Bank,,food@example.org,\n"
    )
    table = parse_table(text, "UTF-8")
    mapping = guess_mapping(table.headers)
    assert [mapping.get(i) for i in range(9)] == [
        "honorific", "first_name", "middle_name", "last_name", "suffix", "organisation", "role", "email", "phone",
    ]  # fmt: skip
    assert signatories_from_rows(table, mapping).signatories == [
        Signatory("Dr Ann Mary Lee OBE", role="President, Riverside Trades Council", email="ann@example.org",
                  phone="01632 960001"),
        Signatory("Cllr Rashid Hussain", role="Cabinet Member, Riverside Council"),
        Signatory("Tom Reilly"),
        Signatory("Riverside Food Bank", email="food@example.org"),  # an organisation signing
    ]  # fmt: skip


def test_a_title_column_alone_is_the_role():
    assert guess_mapping(["Name", "Title"]) == {0: "name", 1: "role"}


def test_a_file_without_headers_takes_the_first_column_as_names():
    table = read_table(b"Ana Kowalska,Nurse\nTom Reilly,Driver\n")
    assert not table.has_header
    assert signatories_from_rows(table, guess_mapping(table.headers)).signatories == [
        Signatory("Ana Kowalska"),
        Signatory("Tom Reilly"),
    ]


@pytest.mark.parametrize(
    ("first_row", "expected"),
    [
        ("Όνομα,Ιδιότητα", {0: "name", 1: "role"}),
        ("Nom,Prénom,Syndicat", {0: "last_name", 1: "first_name", 2: "organisation"}),
        ("Nombre completo,Correo electrónico", {0: "name", 1: "email"}),
        (
            "Timestamp,Your name,Your email (optional),Organisation (optional)",
            {1: "name", 2: "email", 3: "organisation"},
        ),
        (
            "Your name,Your role / position (optional),Union or branch",
            {0: "name", 1: "role", 2: "organisation"},
        ),
        ("Name,Surname,Email", {0: "first_name", 1: "last_name", 2: "email"}),
        ("Όνομα,Επώνυμο", {0: "first_name", 1: "last_name"}),
        ("Ім'я,Прізвище", {0: "first_name", 1: "last_name"}),
        ("Nombre,Apellidos", {0: "first_name", 1: "last_name"}),
        ("Name,Sign in a personal capacity?", {0: "name", 1: "personal_capacity"}),
        (
            "Nom,Prénom,Signez-vous à titre personnel ?",
            {0: "last_name", 1: "first_name", 2: "personal_capacity"},
        ),
    ],
)
def test_headings_in_other_languages_and_form_wording_are_recognised(first_row, expected):
    table = read_table(f"{first_row}\nA,B,C,D\n".encode())
    assert table.has_header
    assert guess_mapping(table.headers) == expected


def test_a_first_row_read_as_headings_goes_back_to_names_as_written():
    table = read_table(b"Olena Petrenko,,Union\nIhor Gudz,Teacher,Branch\n")
    assert table.has_header and table.headers == ["Olena Petrenko", "Column 2", "Union"]
    assert table.headed(False).rows == [["Olena Petrenko", "", "Union"], ["Ihor Gudz", "Teacher", "Branch"]]


def test_a_first_row_can_be_read_as_headings_or_as_a_name():
    table = read_table(b"Nimi,Rooli\nAnna Virtanen,Puheenjohtaja\n")
    assert not table.has_header and table.headers == ["Column 1", "Column 2"]
    headed = table.headed(True)
    assert headed.headers == ["Nimi", "Rooli"] and headed.rows == [["Anna Virtanen", "Puheenjohtaja"]]
    assert headed.lines == [2] and headed.headed(False) == table
    assert table_for_options(table, {"Nimi": "name"}) == headed
    assert table_for_options(table, {"1": "name"}) == table
    assert headed.unmapped({0: "name"}) == ["Rooli"]


@pytest.mark.parametrize(
    ("text", "code_page", "name"),
    [
        ("Name;Role\nОлена Петренко;Медсестра\nІгор Ґудзь;Шахтар\n", "cp1251", "Windows-1251"),
        ("Имя;Должность\nАнна Иванова;Председатель\n", "cp1251", "Windows-1251"),
        ("NAME;ROLE\nОЛЕНА ПЕТРЕНКО;МЕДСЕСТРА\n", "cp1251", "Windows-1251"),
        ("Name;Role\nΕλένη Αντωνίου;Πρόεδρος\nΓιώργος Παπαδόπουλος;Γραμματέας\n", "cp1253", "Windows-1253"),
        ("NAME;ROLE\nΝΙΚΟΣ ΠΑΠΑΣ;ΜΕΛΟΣ\nΜΑΡΙΑ ΚΩΣΤΑ;ΠΡΟΕΔΡΟΣ\n", "cp1253", "Windows-1253"),
        ("Nom;Prénom\nLefèvre;Hélène\nÓ Briain;Seán\n", "cp1252", "Windows-1252"),
        ("Nom\nÉléonore Béranger\nAndré Hébert\n", "cp1252", "Windows-1252"),
        ("Nafn\nÞórdís Ævarsdóttir\nÁsgeir Þór\n", "cp1252", "Windows-1252"),
        ("Íñigo\n", "cp1252", "Windows-1252"),
        ("Ђорђе Николић\nЃорѓи Ќостов\n", "cp1251", "Windows-1251"),  # bytes Windows-1252 lacks
        # one Cyrillic or Greek name among English ones: only the words that differ are compared
        (
            "Name;Role\nTom Reilly;Chair\nAna Kowalska;Secretary\nОлена Петренко;Care worker\n",
            "cp1251",
            "Windows-1251",
        ),
        (
            "Name;Role\nTom Reilly;Chair\nAna Kowalska;Secretary\nΜαρία Οικονόμου;Member\n",
            "cp1253",
            "Windows-1253",
        ),
        (
            "Name;Role\nTom Müller;Chair\nZoë Núñez;Café owner\nJürgen Groß;€5 – thanks\n",
            "cp1252",
            "Windows-1252",
        ),
        ("Name;Role\nTom Reilly;Chair\nÓ Briain;Member\n", "cp1252", "Windows-1252"),  # too little to go on
        ("Name\nАнна Ясна\n", "cp1251", "Windows-1251"),  # as Greek, А and а would be ΐ and ΰ
        ("Name\nЯн Мах\n", "cp1251", "Windows-1251"),
        ("Name\nΜαρία Ζωή\n", "cp1253", "Windows-1253"),
    ],
)
def test_older_excel_code_pages_for_cyrillic_and_greek_are_told_apart_from_western(text, code_page, name):
    table = read_table(text.encode(code_page))
    assert table.encoding == name
    headings = [table.headers] if table.has_header else []
    assert [*headings, *table.rows] == [line.split(";") for line in text.splitlines()]


def test_a_stray_quote_that_a_later_one_closes_is_found_at_its_line():
    rows = [f"Person {n};Member;p{n}@example.org" for n in range(10)]
    rows[3] = 'Person 3;"Steward (Unite;p3@example.org'
    rows[8] = 'Person 8;Chair "Red" Ken;p8@example.org'
    with pytest.raises(
        CsvProblem, match=r"^line 5: a quotation mark opens a cell that runs on over the rows"
    ):
        parse_table("Name;Role;Email\n" + "\n".join(rows) + "\n", "UTF-8")


def test_a_note_over_several_lines_is_not_taken_for_a_stray_quote():
    text = (
        'Name,Note\nAna,"Met at the rally, keen\nCall after six, not Sundays\nHas a car, can drive"\nTom,\n'
    )
    table = parse_table(text, "UTF-8")
    assert table.rows[0][1].count("\n") == 2 and table.rows[1] == ["Tom", ""]


def test_a_quote_inside_a_cell_is_read_leniently_as_spreadsheets_do():
    assert parse_table('Name,Role\n"Red" Ken,Mayor\n', "UTF-8").rows == [["Red Ken", "Mayor"]]


@pytest.mark.parametrize(
    ("answer", "capacity"),
    [("yes", True), ("Oui", True), ("ναι", True), ("Sí", True), ("ja", True), ("Так", True),
     ("Yes, personal capacity", True), ("✓ Yes", True), ("I sign in a personal capacity", True),
     ("", False), ("No", False), ("No, on behalf of my branch", False), ("Όχι", False),
     ("Not in a personal capacity", False), ("maybe", None), ("ask me", None)],
)  # fmt: skip
def test_personal_capacity_answers_in_forms_languages_and_sentences(answer, capacity):
    assert capacity_answer(answer) is capacity


def test_an_unclear_personal_capacity_answer_is_read_as_no_and_listed():
    table = parse_table("Name,Personal capacity\nAna,oui\nTom,maybe\nIhor,\n", "UTF-8")
    rows = signatories_from_rows(table, guess_mapping(table.headers))
    assert [p.personal_capacity for p in rows.signatories] == [True, False, False]
    assert rows.unclear == [(3, "'maybe' under personal capacity is neither yes nor no; read as no")]


def test_a_header_only_file_gives_no_names():
    table = read_table((DATA / "header-only.csv").read_bytes())
    assert table.rows == [] and signatories_from_rows(table, guess_mapping(table.headers)).signatories == []


@pytest.mark.parametrize(
    ("content", "message"),
    [(DATA / "not-csv.csv", "not a CSV file"), (b"", "the file is empty"), (b"\n \n", "the file is empty")],
)
def test_files_that_are_not_lists_of_names_say_so(content, message):
    data = content.read_bytes() if isinstance(content, Path) else content
    with pytest.raises(CsvProblem, match=message):
        read_table(data)


def test_export_has_public_fields_unless_private_ones_are_asked_for():
    people = [
        Signatory(
            "Олена Петренко",
            role="Nurse",
            group="Unions",
            personal_capacity=True,
            email="o@example.org",
            phone="+380",
            note="call",
        )
    ]
    public = signatories_csv(people).decode("utf-8-sig")
    assert public == "name,role,group,personal_capacity\r\nОлена Петренко,Nurse,Unions,yes\r\n"
    assert "o@example.org" not in public and "+380" not in public and "call" not in public
    private = signatories_csv(people, include_private=True).decode("utf-8-sig")
    assert private.splitlines() == [
        "name,role,group,personal_capacity,sort_as,email,phone,note",
        "Олена Петренко,Nurse,Unions,yes,,o@example.org,'+380,call",
    ]


names = (
    st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.builds(Signatory, name=names, role=names | st.just("")), min_size=1, max_size=8))
def test_exported_names_import_back_unchanged(people):
    people = [Signatory(" ".join(p.name.split()), role=" ".join(p.role.split())) for p in people]
    table = read_table(signatories_csv(people))
    assert signatories_from_rows(table, guess_mapping(table.headers)).signatories == people


def test_an_export_for_the_organisers_own_records_imports_back_whole():
    people = [
        Signatory("Oksana Holota", role="Teacher", group="Community", personal_capacity=True,
                  sort_as="Holota, Oksana", email="o@example.org", phone="+380 44", note="line one\nline two"),
        Signatory("Tom Reilly"),
    ]  # fmt: skip
    table = read_table(signatories_csv(people, include_private=True))
    assert signatories_from_rows(table, guess_mapping(table.headers)).signatories == people


def test_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_and_read_back():
    people = [
        Signatory('=HYPERLINK("https://evil.example","click")'),
        Signatory("+44 name"),
        Signatory("-dash"),
    ]
    exported = signatories_csv(people).decode("utf-8-sig")
    assert exported.splitlines()[1] == '"\'=HYPERLINK(""https://evil.example"",""click"")",,,'
    table = read_table(signatories_csv(people))
    assert signatories_from_rows(table, guess_mapping(table.headers)).signatories == people


def test_csv_files_are_read_with_their_own_limit_and_messages(tmp_path):
    with pytest.raises(CsvProblem, match="no such file"):
        read_csv_file(tmp_path / "missing.csv")
    with pytest.raises(CsvProblem, match="this is a folder, not a CSV file"):
        read_csv_file(tmp_path)
    big = tmp_path / "big.csv"
    row = b"A Person with a long name," + b"and a role that runs on and on, " * 2 + b"\n"
    big.write_bytes(b"Name,Role\n" + row * 240_000)  # 21 MB: over a statement's limit, under a CSV's
    assert len(read_csv_file(big).rows) == 240_000


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfeN\x00a\x00m\x00e\x00\n", "starts like UTF-16 text but is not valid UTF-16"),
        (b'Name\n"' + (b"x" * 50_000 + b"\n") * 4 + b'"\n', "a cell is longer than 131,072 characters"),
        (
            b"Name\n" + b"x" * 200_000 + b"\n",
            "line 2 is 200,000 characters long; is it really a list of names",
        ),
    ],
)
def test_broken_csv_files_are_problems_not_crashes(data, message):
    with pytest.raises(CsvProblem, match=message):
        read_table(data)


def test_a_column_number_must_be_a_plain_number():
    table = read_table((DATA / "utf8-comma.csv").read_bytes())
    with pytest.raises(CsvProblem, match="there is no column '²'"):
        mapping_from_options(table, {"²": "name"})


def test_greek_headings_for_name_and_role_are_recognised():
    table = read_table("Όνομα,Ρόλος\nΜαρία Οικονόμου,Πρόεδρος\n".encode())
    assert table.has_header
    assert guess_mapping(table.headers) == {0: "name", 1: "role"}
