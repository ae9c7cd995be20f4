"""Names from a table (a CSV file or pasted rows) added to a list, likely duplicates aside."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.model import Signatory, format_path
from editor.model.problems import Path as FieldPath
from editor.model.signatory_lists import duplicates_of_existing
from editor.storage.csv_import import (
    A_STATEMENT_NOT_A_TABLE,
    NAME_FIELDS,
    CsvProblem,
    CsvTable,
    read_csv_file,
    signatories_from_rows,
)
from editor.wording import counted


@dataclass(frozen=True, slots=True)
class SkippedDuplicate:
    """A row that looks like a person already listed, or like an earlier row of the same table."""

    line: int
    name: str
    reason: str
    earlier: FieldPath | int
    """Where the match is: its path in the statement (``("signatories", 2)``), or its line in
    the table."""
    earlier_name: str

    def describe(self) -> str:
        where = f"line {self.earlier}" if isinstance(self.earlier, int) else format_path(self.earlier)
        return f"'{self.name}': {self.reason} as {where} '{self.earlier_name}'"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing would do; nothing is changed until a front adds ``added``."""

    added: list[Signatory]
    duplicates: list[SkippedDuplicate]
    duplicates_kept: bool
    without_name: list[tuple[int, str]]
    """Rows left out, by line, with the reason."""
    unclear: list[tuple[int, str]]
    """Rows read with a guess (a personal capacity answer neither yes nor no), by line."""
    names_chosen: bool
    """Whether any column is read as (part of) the name: without one nothing can be added."""

    def summary(self) -> str:
        """What importing would do, in a sentence: what a dialog says before Import is pressed."""
        if not self.names_chosen:
            return "Choose the column that holds the names."
        parts = [f"{counted(len(self.added), 'name')} to add"]
        if self.duplicates:
            verb = "added anyway" if self.duplicates_kept else "skipped"
            parts.append(f"{counted(len(self.duplicates), 'likely duplicate')} {verb}")
        if self.without_name:
            parts.append(f"{counted(len(self.without_name), 'row')} without a name left out")
        if self.unclear:
            lines = ", ".join(str(line) for line, _ in self.unclear[:5])
            lines += ", …" if len(self.unclear) > 5 else ""
            parts.append(
                f"{counted(len(self.unclear), 'personal capacity answer')} neither yes nor no, "
                f"read as no ({'line' if len(self.unclear) == 1 else 'lines'} {lines})"
            )
        return "; ".join(parts) + "."

    def remarks(self) -> list[tuple[int, str]]:
        """Every row worth a word, in the order of the table."""
        said = [(line, f"skipped: {reason}") for line, reason in self.without_name]
        said += self.unclear
        if not self.duplicates_kept:
            said += [(duplicate.line, f"skipped {duplicate.describe()}") for duplicate in self.duplicates]
        return sorted(said, key=lambda item: item[0])


def read_table(statement: Path | None, source: Path) -> CsvTable:
    """The table in ``source``, to import into the statement saved at ``statement``; CsvProblem
    says why not, such as a statement file given by mistake, which would read as a table too."""
    same = statement is not None and source.exists() and statement.exists() and source.samefile(statement)
    if same or source.suffix.lower() in (".yaml", ".yml"):
        raise CsvProblem(A_STATEMENT_NOT_A_TABLE)
    return read_csv_file(source)


def plan_import(
    existing: list[Signatory], table: CsvTable, mapping: dict[int, str], *, keep_duplicates: bool = False
) -> ImportPlan:
    rows = signatories_from_rows(table, mapping)
    incoming = rows.signatories
    pairs = duplicates_of_existing(existing, incoming)
    duplicates = []
    for pair in pairs:
        earlier: FieldPath | int
        if pair.first < len(existing):
            earlier, earlier_name = ("signatories", pair.first), existing[pair.first].name
        else:
            row = pair.first - len(existing)
            earlier, earlier_name = rows.lines[row], incoming[row].name
        line, name = rows.lines[pair.second], incoming[pair.second].name
        duplicates.append(SkippedDuplicate(line, name, pair.reason, earlier, earlier_name))
    skipped = set() if keep_duplicates else {pair.second for pair in pairs}
    return ImportPlan(
        added=[person for index, person in enumerate(incoming) if index not in skipped],
        duplicates=duplicates,
        duplicates_kept=keep_duplicates,
        without_name=rows.skipped,
        unclear=rows.unclear,
        names_chosen=any(field in mapping.values() for field in NAME_FIELDS),
    )
