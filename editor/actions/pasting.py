"""Rows copied from a spreadsheet, as signatories: the same reading as importing a CSV file.

A first row that names the columns ("Name", "Position", "Email", ...) says which cell is which,
so a sheet with its own column order pastes correctly; without one, the cells say it (a column
of yes and no is the personal capacity), and where they cannot, the organiser is asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.actions.importing import ImportPlan, plan_import
from editor.model import Signatory
from editor.storage.csv_import import ColumnGuess, CsvTable, guess_columns, parse_table, unprotected_cell


@dataclass(frozen=True, slots=True)
class PastedRows:
    table: CsvTable | None
    """None when nothing pasteable was copied."""
    guess: ColumnGuess


def read_pasted(text: str) -> PastedRows:
    """Copied rows as a table, with the import's guess of which column is which: from a first
    row of headings when there is one, else from what the cells hold. ``CsvProblem`` says why
    rows cannot be read, as for a file (a quote never closed)."""
    if not text.strip():
        return PastedRows(None, ColumnGuess({}, sure=True))
    table = parse_table(text, "the copied rows", delimiter="\t")
    return PastedRows(table, guess_columns(table))


def plan_paste(
    existing: list[Signatory], pasted: PastedRows, mapping: dict[int, str] | None = None
) -> ImportPlan:
    """What pasting adds, read with ``mapping`` (the guess unless given): every row, likely
    duplicates too (they are pointed out, and Undo takes the paste back)."""
    if pasted.table is None:
        return ImportPlan(
            added=[], duplicates=[], duplicates_kept=True, without_name=[], unclear=[], names_chosen=True
        )
    chosen = pasted.guess.mapping if mapping is None else mapping
    return plan_import(existing, pasted.table, chosen, keep_duplicates=True)


def single_cell(text: str) -> str | None:
    """The text of one copied cell, or None when ``text`` holds rows or several cells.

    Spreadsheets end a copied cell with a line break; a cell on its own is meant for the cell
    under the cursor, as in a spreadsheet, not for a new row.
    """
    cell = text.removesuffix("\n").removesuffix("\r")
    if not cell.strip() or "\t" in cell or "\n" in cell or "\r" in cell:
        return None
    return unprotected_cell(cell.strip())
