"""Rows copied from a spreadsheet, as signatories: tab-separated cells, one person a line.

A first row that names the columns ("Name", "Role", "Email", ...) says which cell is which, so
a sheet with its own column order pastes correctly; without one, cells follow the table's order.
"""

from __future__ import annotations

import csv
import io

from editor.model import Signatory

COLUMN_KEYS = ("name", "role", "group", "personal_capacity", "sort_as", "email", "phone", "note")
HEADER_WORDS = {
    "name": "name", "full name": "name", "signatory": "name",
    "role": "role", "position": "role", "organisation": "role", "organization": "role",
    "group": "group", "section": "group",
    "personal capacity": "personal_capacity", "personal_capacity": "personal_capacity",
    "pc": "personal_capacity",
    "sort as": "sort_as", "sort_as": "sort_as",
    "email": "email", "e-mail": "email", "email address": "email",
    "phone": "phone", "telephone": "phone", "mobile": "phone",
    "note": "note", "notes": "note",
}  # fmt: skip
YES = {"yes", "y", "true", "x", "1", "pc", "✓", "✔"}


def signatories_from_text(text: str, columns: tuple[str, ...] = COLUMN_KEYS) -> list[Signatory]:
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter="\t")]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    header = [HEADER_WORDS.get(cell.lower()) for cell in rows[0]]
    if "name" in header:
        keys: list[str | None] = header
        rows = rows[1:]
    else:
        keys = list(columns)
    return [_signatory(keys, row) for row in rows]


def _signatory(keys: list[str | None], row: list[str]) -> Signatory:
    values: dict[str, str | bool] = {}
    for key, cell in zip(keys, row, strict=False):
        if key is None or not cell:
            continue
        values[key] = cell.lower() in YES if key == "personal_capacity" else cell
    return Signatory(**{"name": "", **values})  # type: ignore[arg-type]
