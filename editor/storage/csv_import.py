"""Signatories from CSV files as spreadsheets and online forms export them.

Organisers receive names as CSV from Excel (often UTF-16 "Unicode text" or Windows-1252),
LibreOffice, Google Forms and the like, with commas, semicolons or tabs between fields. This
module finds the encoding and the delimiter, guesses which column holds what from the headers,
and turns rows into signatories; nothing is added to a statement here.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from editor.model.fields import Kind
from editor.model.limits import signatory_too_long
from editor.model.problems import ProblemError
from editor.model.statement import MULTILINE_SIGNATORY_FIELDS, SIGNATORY_FIELDS, SIGNATORY_KEYS, Signatory
from editor.storage.csv_export import runs_as_formula
from editor.storage.regular_files import FileTooLarge, NotARegularFile, read_regular

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_CSV_ROWS = 250_000
"""More names than a statement file of 20 MB holds with their roles."""
MAX_CSV_COLUMNS = 500
"""A form export has a column per question; a few hundred is already a long survey."""
MAX_CSV_LINE_CHARACTERS = 100_000
NAME_PARTS = {
    "honorific": "Title before the name (Dr, Cllr)", "first_name": "First name",
    "middle_name": "Middle name", "last_name": "Last name", "suffix": "Letters after the name (MP, OBE)",
}  # fmt: skip
ROLE_PARTS = {"organisation": "Organisation (after the role)"}
"""Columns a spreadsheet splits that a signatory holds as one: the parts of a name are joined
("Dr" "Ann" "Lee" "OBE"), and so are role and organisation."""
FIELDS = (
    "name",
    *NAME_PARTS,
    "role",
    *ROLE_PARTS,
    *(key for key in SIGNATORY_KEYS if key not in ("name", "role")),
)
"""What a column can be mapped to: every field of a signatory, and the parts above."""
FIELD_DESCRIPTIONS = {info.key: info.choice for info in SIGNATORY_FIELDS} | NAME_PARTS | ROLE_PARTS
NAME_FIELDS = ("name", "first_name", "middle_name", "last_name")
"""Fields that give a name; an honorific or letters after a name alone do not."""

_HEADER_WORDS = {
    "name": ["name", "full name", "fullname", "signatory", "signatory name",
             "name as it should appear", "display name", "ім'я", "ім’я", "піб", "ім'я та прізвище",
             "имя", "фио", "όνομα", "ονοματεπώνυμο", "nom complet", "nombre completo",
             "vollständiger name", "imię i nazwisko"],
    "first_name": ["first name", "firstname", "given name", "given names", "forename", "first",
                   "prénom", "vorname", "imię", "όνομα μικρό", "nombre"],
    "honorific": ["honorific", "prefix", "name prefix", "salutation", "courtesy title"],
    "middle_name": ["middle name", "middle names", "middle"],
    "suffix": ["suffix", "name suffix", "post nominals", "post nominal letters"],
    "last_name": ["last name", "lastname", "surname", "family name", "last", "прізвище", "фамилия",
                  "επώνυμο", "nom", "nom de famille", "apellido", "apellidos", "nachname", "nazwisko"],
    "role": ["role", "position", "title", "job title", "job", "office", "post", "occupation", "ρόλος",
             "посада", "должность", "ιδιότητα", "θέση", "fonction", "poste", "cargo", "funktion"],
    "organisation": ["organisation", "organization", "org", "union", "branch", "affiliation",
                     "company", "employer", "institution", "організація", "профспілка", "организация",
                     "οργάνωση", "σωματείο", "syndicat", "organisation syndicale", "sindicato",
                     "organización", "gewerkschaft", "związek"],
    "group": ["group", "category", "sector", "list", "група", "группа", "ομάδα", "groupe", "grupo",
              "gruppe"],
    "personal_capacity": ["personal capacity", "in a personal capacity", "pc", "persönlich"],
    "sort_as": ["sort as", "sort key", "sort name"],
    "email": ["email", "e-mail", "email address", "e-mail address", "mail", "ел пошта",
              "електронна пошта", "courriel", "adresse e-mail", "adresse mail", "correo",
              "correo electrónico"],
    "phone": ["phone", "telephone", "mobile", "tel", "phone number", "mobile phone", "business phone",
              "home phone", "primary phone", "телефон", "τηλέφωνο", "téléphone", "teléfono", "telefon"],
    "note": ["note", "notes", "comment", "comments", "remarks"],
}  # fmt: skip
_CAPACITY_PHRASES = ("personal capacity", "titre personnel", "título personal", "προσωπική ιδιότητα",
                     "особиста якість", "особистій якості")  # fmt: skip
"""A form asks in a sentence ("Do you sign in a personal capacity?"): the phrase anywhere in it."""
_FILLER_WORDS = {"your", "optional", "required", "please", "enter", "here"}
"""Online forms ask "Your email (optional)": the heading is what is left without these."""
_YES = {"yes", "y", "true", "x", "1", "pc", "так", "да", "ναι", "oui", "sí", "si", "ja", "tak", "sim",
        "✓", "✔", "☑"}  # fmt: skip
_NO = {"no", "n", "false", "0", "ні", "нет", "όχι", "οχι", "non", "nein", "nie", "não", "nao", "✗", "✘", "-"}
_ANSWER_WORDS = re.compile(r"[^\W_]+|[✓✔☑✗✘-]")
_DELIMITERS = ",;\t"
_SPACES = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
"""Runs of white space and control characters: one space in a one-line field."""


_NOT_NAMES_PAST = "is it really a list of names? One may have at most"
A_STATEMENT_NOT_A_TABLE = "this is a statement file, not a spreadsheet; import names from a CSV file"
_FORMAT_LINE = re.compile(r"^format:[ \t]*\d+[ \t]*(?:#.*)?$", re.MULTILINE)
_TITLE_LINE = re.compile(r"^title:", re.MULTILINE)
_BINARY = "this is not a CSV file (it looks like a binary file)"
_TOO_LARGE = f"the file is over {MAX_CSV_BYTES // 1048576} MB; is it really a list of names?"


class CsvProblem(ProblemError):
    """The file cannot be read as a table at all; the message says why."""


@dataclass(slots=True)
class CsvTable:
    headers: list[str]
    rows: list[list[str]]
    lines: list[int]
    """The line in the file where each row starts (quoted fields may span lines)."""
    encoding: str
    delimiter: str
    has_header: bool
    first_line: int = 1
    """The line of the first row, headings or not."""
    heading_cells: list[str] = field(default_factory=list)
    """The first row as written, when it is read as headings (``headers`` names empty cells)."""
    cell_counts: list[int] = field(default_factory=list)
    """How many cells each row had as written, before rows were made as wide as the widest;
    empty when not known (rows pasted one cell at a time)."""

    def headed(self, first_row_is_headings: bool) -> CsvTable:
        """The same table with its first row read as column headings, or as names: for
        headings in a language the guess does not know, or names the guess took for headings."""
        if first_row_is_headings == self.has_header:
            return self
        if first_row_is_headings:
            if not self.rows:
                return self
            first = self.rows[0]
            headers = [cell or _numbered(i) for i, cell in enumerate(first)]
            return CsvTable(headers, self.rows[1:], self.lines[1:], self.encoding, self.delimiter, True,
                            self.first_line, first, self.cell_counts)  # fmt: skip
        headers = [_numbered(i) for i in range(len(self.headers))]
        rows = [self.heading_cells, *self.rows]
        return CsvTable(headers, rows, [self.first_line, *self.lines], self.encoding, self.delimiter,
                        False, self.first_line, [], self.cell_counts)  # fmt: skip

    def unmapped(self, mapping: Mapping[int, str]) -> list[str]:
        """The headings of the columns nothing comes from, to say what the import leaves out."""
        return [header for index, header in enumerate(self.headers) if index not in mapping]


@dataclass(slots=True)
class MappedRows:
    signatories: list[Signatory] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    """The line in the file each signatory came from."""
    skipped: list[tuple[int, str]] = field(default_factory=list)
    """(line in the file, reason) for rows that gave no signatory."""
    unclear: list[tuple[int, str]] = field(default_factory=list)
    """(line in the file, what) for answers read one way that the organiser should check."""


def read_csv_file(path: str | os.PathLike[str]) -> CsvTable:
    """A CSV file as a table; ``CsvProblem`` says why it cannot be read."""
    try:
        data = read_regular(path, MAX_CSV_BYTES)
    except FileTooLarge:
        raise CsvProblem(_TOO_LARGE) from None
    except NotARegularFile:
        raise CsvProblem("this is not a file of text but a device or a pipe") from None
    except FileNotFoundError:
        raise CsvProblem("no such file") from None
    except IsADirectoryError:
        raise CsvProblem("this is a folder, not a CSV file") from None
    except PermissionError:
        raise CsvProblem("you do not have permission to read this file") from None
    except OSError as error:
        raise CsvProblem(f"cannot be read ({error.strerror or error})") from None
    return read_table(data)


def read_table(data: bytes) -> CsvTable:
    """A CSV file's bytes as a table, whatever its encoding and delimiter."""
    if len(data) > MAX_CSV_BYTES:
        raise CsvProblem(_TOO_LARGE)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # one byte per ASCII character
        if b"\0" in data:  # before any guess at letters
            raise CsvProblem(_BINARY)
        _refuse_too_many_lines(data.count(b"\n") + 1)  # before a copy of it all is decoded
    text, encoding = decode(data)
    if "\0" in text:
        raise CsvProblem(_BINARY)
    if _FORMAT_LINE.search(text) and _TITLE_LINE.search(text):  # whatever its name says
        raise CsvProblem(A_STATEMENT_NOT_A_TABLE)
    return parse_table(text, encoding)


def parse_table(text: str, encoding: str, delimiter: str | None = None) -> CsvTable:
    """Text as a table; rows copied from a spreadsheet arrive tab-separated."""
    if not text.strip():
        raise CsvProblem("the file is empty")
    _refuse_past_limits(text)
    delimiter = delimiter or detect_delimiter(text)
    read = _rows(text, delimiter, strict=True)
    if read is None:  # a quote inside a cell ('"Red" Ken'): read leniently, as spreadsheets do
        read = _rows(text, delimiter, strict=False)
        assert read is not None
        _check_quotes_close(*read, delimiter)
    rows, lines = read
    if not rows:
        raise CsvProblem("there are no rows with text")
    counts = [len(row) for row in rows]
    width = max(counts)
    if width > MAX_CSV_COLUMNS:
        line = lines[counts.index(width)]
        raise CsvProblem(f"line {line} has {width:,} cells; {_NOT_NAMES_PAST} {MAX_CSV_COLUMNS:,} columns")
    rows = [row + [""] * (width - len(row)) for row in rows]
    numbered = [_numbered(i) for i in range(width)]
    table = CsvTable(numbered, rows, lines, encoding, delimiter, False, lines[0], [], counts)
    return table.headed(any(_field_for_header(cell) for cell in rows[0]))


def _refuse_too_many_lines(lines: int) -> None:
    if lines > MAX_CSV_ROWS:
        raise CsvProblem(f"the file has {lines:,} lines; {_NOT_NAMES_PAST} {MAX_CSV_ROWS:,} rows")


def _refuse_past_limits(text: str) -> None:
    """Past these, reading and guessing would take minutes; counted before any cell is read."""
    _refuse_too_many_lines(text.count("\n") + 1)
    lengths = list(map(len, text.split("\n")))
    if (longest := max(lengths)) > MAX_CSV_LINE_CHARACTERS:
        raise CsvProblem(
            f"line {lengths.index(longest) + 1} is {longest:,} characters long; "
            f"{_NOT_NAMES_PAST} {MAX_CSV_LINE_CHARACTERS:,} characters on a line"
        )


def _rows(text: str, delimiter: str, *, strict: bool) -> tuple[list[list[str]], list[int]] | None:
    """The rows with text, and the line where each starts; None when ``strict`` and a quotation
    mark stands inside a cell."""
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    previous_end = 0
    try:
        for row in reader:
            cells = [cell.strip() for cell in row]
            if any(cells):
                rows.append(cells)
                lines.append(previous_end + 1)
            previous_end = reader.line_num
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise CsvProblem(_UNCLOSED.format(line=previous_end + 1)) from None
        if strict:
            return None
        raise CsvProblem(f"line {reader.line_num}: {_csv_error(error)}") from None
    return rows, lines


_UNCLOSED = (
    "line {line}: a quotation mark opens a cell that is never closed, so every line after it "
    "would be read into that one cell; close the quote or take it out, then try again"
)
_RUNS_ON = (
    "line {line}: a quotation mark opens a cell that runs on over the rows below it, up to the "
    "next quotation mark; one is probably missing its partner. Close the quote or take it out, "
    "then try again"
)


def _check_quotes_close(rows: list[list[str]], lines: list[int], delimiter: str) -> None:
    """A stray quotation mark that a later one happens to close swallows the rows between
    them into one cell. Asked only of a file whose quotes are not as spreadsheets write them:
    there, a cell over lines shaped like rows is rows swallowed, not a note over lines."""
    if not rows or len(rows[0]) < 2:
        return
    columns = len(rows[0])
    for row, line in zip(rows, lines, strict=True):
        for cell in row:
            if cell.count("\n") < 2:
                continue
            row_shaped = sum(part.count(delimiter) == columns - 1 for part in cell.split("\n")[1:])
            if row_shaped >= 2:
                raise CsvProblem(_RUNS_ON.format(line=line))


def _numbered(index: int) -> str:
    return f"Column {index + 1}"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was in. A reading with control characters, or
    one that does not look like written words, is a wrong guess; when every guess is wrong the
    file is refused rather than imported as garbage."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise CsvProblem("the file starts like UTF-16 text but is not valid UTF-16") from None
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        if data.startswith(b"\xef\xbb\xbf") or _has_utf8_letters(data):
            raise CsvProblem(
                f"line {line}: the file is UTF-8 elsewhere (it starts with the mark UTF-8 files may "
                "start with, or has letters written in UTF-8), but this line is not; it is damaged, or "
                f"was joined from files in different encodings. {_SAVE_AS_UTF8}"
            ) from None
        return _single_byte(data, line)
    if (shift := text.find("\x1b")) != -1 and text[shift + 1 : shift + 2] in ("$", "(", ")"):
        line = text.count("\n", 0, shift) + 1
        raise CsvProblem(
            f"line {line}: the file is in ISO-2022 (a 7-bit Japanese, Chinese or Korean "
            f"encoding). {_SAVE_AS_UTF8}"
        )
    return text, "UTF-8"


def _has_utf8_letters(data: bytes) -> bool:
    """Whether a line in UTF-8 with letters beyond ASCII stands beside lines that are not UTF-8:
    a file joined from a UTF-8 one and a Windows one, which no one encoding reads right. Whole
    lines are asked, as a code page's letters may pair into UTF-8 by chance, but not a line's."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


_CODE_PAGES = (("cp1252", "Windows-1252"), ("cp1251", "Windows-1251"), ("cp1253", "Windows-1253"),
               ("koi8_u", "KOI8-U"))  # fmt: skip
"""Older Excel saves CSV in the code page of the computer: Western, Cyrillic or Greek; older
Ukrainian and Russian systems in KOI8. On an even score the earlier one is chosen."""
_WORD = re.compile(r"[^\W\d_]+")
_LEAST_EVIDENCE = 3
"""Letters above ASCII needed before another code page than Windows-1252 is considered."""
_GARBLED = 0.9
"""Implausibility past which a reading is not words at all: names in their own code page score
0.1 to 0.5, Japanese or Chinese read as a European code page 1 or more."""
_NOT_TEXT = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd"  # control and replacement characters
    r"\u2219\u221a\u2248\u2264\u2265\u2320\u2321\u2500-\u25ff]"  # KOI8's signs and box drawing
)
"""What no list of names holds, and what a wrong code page makes of bytes it has no letter for:
control characters, and the box-drawing and maths signs of KOI8's upper half."""
_SAVE_AS_UTF8 = 'In the spreadsheet, save it as "CSV UTF-8" and import that'


def _single_byte(data: bytes, line: int) -> tuple[str, str]:
    """Text that is not UTF: Windows-1252 unless it reads better as Cyrillic (Windows-1251,
    KOI8-U) or Greek.

    Only words with a byte above ASCII are compared, because the code pages differ only there:
    one Ukrainian name in a sheet of English ones must still come out in Cyrillic.
    ``line`` is the first line that is not UTF-8, to point at when no code page fits.
    """
    readings = []
    for order, (codec, name) in enumerate(_CODE_PAGES):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # bytes this code page leaves undefined (Serbian Ђ in 1252)
            continue
        if _NOT_TEXT.search(text):
            continue
        words = " ".join(word for word in _WORD.findall(text) if not word.isascii())
        if codec == "cp1252" and sum(not c.isascii() for c in words) < _LEAST_EVIDENCE:
            return text, name  # "Ó" alone says nothing of the alphabet: the Western default
        if (score := _implausibility(words)) <= _GARBLED:
            readings.append((score, order, text, name))
    if not readings:
        tried = ", ".join(["UTF-8", *(name for _, name in _CODE_PAGES)])
        raise CsvProblem(
            f"line {line}: the file's encoding could not be recognised (tried {tried}; none reads "
            f"as names). {_SAVE_AS_UTF8}"
        )
    _, _, text, name = min(readings)
    return text, name


def _implausibility(text: str) -> float:
    """How unlike written words the text is: letters that break how words are written (a
    capital after a small letter, a change of alphabet inside a word, a final sigma that is
    not final), and few of the alphabet's common letters. Text decoded with the wrong code
    page scores high on both; names and words in the right one score low."""
    odd = letters = 0
    previous = ""
    for character in text:
        if character.isalpha():
            letters += 1
            odd += 3 * (character in _ALMOST_NEVER_WRITTEN)
            if previous.isalpha():
                if _alphabet(character) != _alphabet(previous):
                    odd += 3  # no language mixes alphabets inside a word
                elif (character.isupper() and previous.islower()) or previous == "ς":
                    odd += 1
        previous = character
    return odd / max(letters, 1) * 2 + 1 - _common_share(text)


_ALMOST_NEVER_WRITTEN = frozenset("ΐΰ")
"""Greek letters with both diaeresis and accent, in few words of the language: where Windows-1253
reads a Cyrillic file, they stand for А and а, the commonest of its letters."""
_COMMON_LETTERS = {"latin": set("etaoinsrhldcu"), "cyrillic": set("оаеинтірвслкд"),
                   "greek": set("αοιετσνηυρκμπ")}  # fmt: skip
"""The most used letters of each alphabet's main languages: a wrong code page scatters text
over rare ones (Greek read as Cyrillic is full of б, п and ф)."""


def _common_share(text: str) -> float:
    """Greek accents are set aside (ά counts as α); Latin ones are not, because Cyrillic read as
    Windows-1252 comes out as accented Latin letters."""
    letters = [c for c in text.casefold() if c.isalpha()]
    common = 0
    for letter in letters:
        alphabet = _alphabet(letter)
        base = unicodedata.normalize("NFD", letter)[0] if alphabet == "greek" else letter
        common += base in _COMMON_LETTERS[alphabet]
    return common / max(len(letters), 1)


def _alphabet(character: str) -> str:
    code = ord(character)
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    return "latin"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        try:
            widths = [
                len(row) for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if row
            ]
        except csv.Error:  # this delimiter does not make a table of the sample
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, from header words; each field is used once, first column first."""
    found = [_field_for_header(header) for header in headers]
    titled = [index for index, header in enumerate(headers) if _header_words(header) == "title"]
    if titled and any(f == "role" for i, f in enumerate(found) if i not in titled):
        for index in titled:  # beside a "Job title", "Title" is Dr or Cllr, as contact lists have it
            found[index] = "honorific"
    if "last_name" in found and "first_name" not in found and "name" in found:
        found[found.index("name")] = "first_name"  # "Name" beside "Surname" is the given name
    mapping: dict[int, str] = {}
    for index, field_found in enumerate(found):
        if field_found and field_found not in mapping.values():
            mapping[index] = field_found
    if not any(f in mapping.values() for f in NAME_FIELDS) and headers:
        mapping.setdefault(0, "name")
    return mapping


@dataclass(frozen=True, slots=True)
class ColumnGuess:
    mapping: dict[int, str]
    sure: bool
    """False when some column could be several things: the organiser should look first."""


def guess_columns(table: CsvTable) -> ColumnGuess:
    """Which column holds what: from the headings when the table has them, else from what the
    cells hold. A column of yes and no answers is the personal capacity, one of addresses with
    '@' the email, one of numbers the phone; the first column of text is the name and the
    second the role. A third is taken for the group, but only as a guess to confirm: it could
    as well be an organisation."""
    if table.has_header:
        return ColumnGuess(guess_mapping(table.headers), sure=True)
    mapping: dict[int, str] = {}
    texts = []
    for index in range(len(table.headers)):
        cells = [row[index].strip() for row in table.rows if index < len(row) and row[index].strip()]
        kind = _kind_of_cells(cells)
        if kind is None:
            texts.append(index)
        elif kind not in mapping.values():
            mapping[index] = kind
    for index, field_name in zip(texts, ("name", "role", "group"), strict=False):
        mapping[index] = field_name
    return ColumnGuess(mapping, sure=len(texts) <= 2 and bool(texts))


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[\d\s().-]{7,}")


def _kind_of_cells(cells: list[str]) -> str | None:
    """The field a column's cells plainly are, or None when they are just text (or empty)."""
    if not cells:
        return None
    if all(_EMAIL.fullmatch(cell) for cell in cells):
        return "email"
    if all(_PHONE.fullmatch(cell) and sum(c.isdigit() for c in cell) >= 7 for cell in cells):
        return "phone"
    words = [_ANSWER_WORDS.findall(cell.casefold()) for cell in cells]
    if all(len(found) == 1 and (found[0] in _YES or found[0] in _NO) for found in words):
        return "personal_capacity"
    return None


def table_for_options(table: CsvTable, options: Mapping[str, str]) -> CsvTable:
    """A column named after a cell of an unrecognised first row says that row is headings."""
    if table.has_header or not table.rows:
        return table
    first_row = {cell.casefold() for cell in table.rows[0] if cell}
    named = any(column.casefold() in first_row for column in options if not column.isdigit())
    return table.headed(True) if named else table


def mapping_from_options(table: CsvTable, options: Mapping[str, str]) -> dict[int, str]:
    """``{"Full name": "name", "3": "role"}``: columns by header or by number counted from 1,
    laid over the guess (from the headings, or from the cells of a table without them)."""
    headers = table.headers
    mapping = guess_columns(table).mapping
    folded = [h.casefold() for h in headers]
    for column, target in options.items():
        if target not in FIELDS and target != "ignore":
            raise CsvProblem(f"'{target}' is not a field; use one of {', '.join(FIELDS)} or ignore")
        if column.isascii() and column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column.casefold() in folded:
            index = folded.index(column.casefold())
        else:
            numbered = ", ".join(f"{n} {header}" for n, header in enumerate(headers, 1))
            raise CsvProblem(f"there is no column '{column}'; the columns, counted from 1, are {numbered}")
        mapping = {i: f for i, f in mapping.items() if f != target or target == "ignore"}
        mapping[index] = target
    mapping = {i: f for i, f in mapping.items() if f != "ignore"}
    if not any(f in NAME_FIELDS for f in mapping.values()):
        raise CsvProblem("no column is left for the names; say which holds them with --map COLUMN=name")
    return mapping


_FLAG_FIELDS = [info for info in SIGNATORY_FIELDS if info.kind is Kind.FLAG]
_OTHER_TEXT_FIELDS = [
    info.key for info in SIGNATORY_FIELDS if info.kind is Kind.TEXT and info.key not in ("name", "role")
]
"""Text fields taken as they are: the name and the role are put together from their parts."""


def signatories_from_rows(table: CsvTable, mapping: Mapping[int, str]) -> MappedRows:
    result = MappedRows()
    counts = table.cell_counts[-len(table.rows) :] if table.cell_counts and table.rows else []
    for number, (line, row) in enumerate(zip(table.lines, table.rows, strict=True)):
        misfit = _misfit(table, row, counts[number] if counts else len(row))
        if misfit:
            result.skipped.append((line, misfit))
            continue
        values = {
            target: unprotected_cell(
                row[index] if target in MULTILINE_SIGNATORY_FIELDS else _SPACES.sub(" ", row[index])
            )
            for index, target in mapping.items()
            if index < len(row)
        }
        flags = {}
        for info in _FLAG_FIELDS:
            answer = values.pop(info.key, "")
            flags[info.key] = capacity_answer(answer)
            if flags[info.key] is None:
                result.unclear.append(
                    (line, f"'{answer}' under {info.name.lower()} is neither yes nor no; read as no")
                )
        name = values.get("name") or _joined(values, ("first_name", "middle_name", "last_name"), " ")
        if name:
            name = _joined({**values, "name": name}, ("honorific", "name", "suffix"), " ")
            role = _joined(values, ("role", "organisation"), ", ")
        else:  # an organisation signing in its own name, as contact lists hold them
            name, role = values.get("organisation", ""), values.get("role", "")
        if not name:
            result.skipped.append((line, "no name in the name column"))
            continue
        given: dict[str, Any] = {key: values.get(key, "") for key in _OTHER_TEXT_FIELDS}
        given |= {key: bool(answer) for key, answer in flags.items()}
        signatory = Signatory(name=name, role=role, **given)
        if too_long := signatory_too_long(signatory):
            result.skipped.append((line, too_long))
            continue
        result.lines.append(line)
        result.signatories.append(signatory)
    return result


def _misfit(table: CsvTable, row: Sequence[str], written: int) -> str | None:
    """Why a row of a table with headings cannot be trusted: with a separator missing or one
    too many, every cell after it sits under the wrong heading (an email under a public group),
    so such a row is held back rather than read shifted. Empty cells past the end are fine.
    ``written`` is how many cells the row had in the file."""
    if not table.has_header or not table.cell_counts:
        return None
    named = max((i + 1 for i, cell in enumerate(table.heading_cells) if cell.strip()), default=0)
    beyond = table.cell_counts[0]  # the heading row's own cells, named or not
    if written >= named and not any(cell.strip() for cell in row[beyond:]):
        return None
    return (
        f"it has {written} cells where the headings have {named}, so its cells may "
        "have moved (a separator missing or one too many); correct the line and import again"
    )


def _joined(values: Mapping[str, str], fields: Sequence[str], separator: str) -> str:
    return separator.join(values[f] for f in fields if values.get(f))


def capacity_answer(cell: str) -> bool | None:
    """Whether a form's answer to "in a personal capacity?" is yes; None when it is neither.

    Forms answer in the signer's language and in sentences ("Yes, personal capacity", "I sign
    in a personal capacity", "No, on behalf of my branch"); the first word decides, else a
    mention of personal capacity without a "not".
    """
    words = _ANSWER_WORDS.findall(cell.casefold())
    if not words:
        return False
    if words[0] in _YES or words[0] in _NO:
        return words[0] in _YES
    if "personal" in words:
        return not {"not", "no"} & set(words)
    return None


def unprotected_cell(cell: str) -> str:
    """'=x as our export writes a cell a spreadsheet would run as a formula: the text is =x."""
    return cell[1:] if cell[:1] == "'" and runs_as_formula(cell[1:]) else cell


def _csv_error(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return f"a cell is longer than {csv.field_size_limit():,} characters; is this really a list of names?"
    return str(error)


def _header_words(header: str) -> str:
    """'E-mail address:' and 'email_address' both become 'e mail address' / 'email address'."""
    return _SPACES.sub(" ", re.sub(r"[^\w'’]+|_", " ", header.casefold())).strip()


_FIELD_BY_HEADER = {
    _header_words(synonym): target for target, synonyms in _HEADER_WORDS.items() for synonym in synonyms
}


def _field_for_header(header: str) -> str | None:
    """The field a heading names; "Your role / position (optional)" offers two names for one
    field, and any of them that is known will do."""
    for alternative in (header, *re.split(r"/| or ", header)):
        words = _header_words(alternative)
        found = _FIELD_BY_HEADER.get(words)
        if found is None:
            found = _FIELD_BY_HEADER.get(" ".join(w for w in words.split() if w not in _FILLER_WORDS))
        if found is not None:
            return found
    words = _header_words(header)
    if any(phrase in words for phrase in _CAPACITY_PHRASES):
        return "personal_capacity"
    return None
