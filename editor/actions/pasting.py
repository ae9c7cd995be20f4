"""Rows copied from a spreadsheet, as signatories: the same mapping as importing a CSV file.

A first row that names the columns ("Name", "Position", "Email", ...) says which cell is which,
so a sheet with its own column order pastes correctly; without one, cells follow the table's
order.
"""

from __future__ import annotations

from editor.actions.importing import ImportPlan, plan_import
from editor.model import Signatory
from editor.model.statement import SIGNATORY_KEYS
from editor.storage.csv_import import guess_mapping, parse_table, unprotected_cell


def signatories_from_text(text: str, columns: tuple[str, ...] = SIGNATORY_KEYS) -> list[Signatory]:
    """``CsvProblem`` says why rows cannot be read, as for a file (a quote never closed)."""
    return plan_paste([], text, columns).added


def plan_paste(existing: list[Signatory], text: str, columns: tuple[str, ...] = SIGNATORY_KEYS) -> ImportPlan:
    """What pasting ``text`` adds: every row, likely duplicates too (they are pointed out, and
    Undo takes the paste back), as importing a file would read it."""
    if not text.strip():
        return ImportPlan(
            added=[], duplicates=[], duplicates_kept=True, without_name=[], unclear=[], names_chosen=True
        )
    table = parse_table(text, "clipboard", delimiter="\t")
    mapping = guess_mapping(table.headers) if table.has_header else dict(enumerate(columns))
    return plan_import(existing, table, mapping, keep_duplicates=True)


def single_cell(text: str) -> str | None:
    """The text of one copied cell, or None when ``text`` holds rows or several cells.

    Spreadsheets end a copied cell with a line break; a cell on its own is meant for the cell
    under the cursor, as in a spreadsheet, not for a new row.
    """
    cell = text.removesuffix("\n").removesuffix("\r")
    if not cell.strip() or "\t" in cell or "\n" in cell or "\r" in cell:
        return None
    return unprotected_cell(cell.strip())
