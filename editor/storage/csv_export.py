"""Signatories to CSV for delivery: public fields only, unless the organiser asks for more.

Written as UTF-8 with a byte order mark, which Excel needs to show Cyrillic and accents
correctly and every other program ignores. Names come from public sign-up forms, so a cell that
a spreadsheet would run as a formula ("=HYPERLINK(...)") is written with a leading apostrophe,
which spreadsheets show as text and the import takes off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from editor.model.statement import PRIVATE_SIGNATORY_FIELDS, PUBLIC_SIGNATORY_FIELDS, Signatory

_PUBLIC_COLUMNS = tuple(f for f in PUBLIC_SIGNATORY_FIELDS if f != "sort_as")


def signatories_csv(signatories: Sequence[Signatory], *, include_private: bool = False) -> bytes:
    # For the organisers' own records, everything comes back on import, sort_as included.
    columns = _PUBLIC_COLUMNS + (("sort_as", *PRIVATE_SIGNATORY_FIELDS) if include_private else ())
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for person in signatories:
        writer.writerow(spreadsheet_cell(getattr(person, column)) for column in columns)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str | bool) -> str:
    """A value as a spreadsheet should show it: text that would run as a formula gets a
    leading apostrophe (import takes it off again), and true is 'yes'."""
    if isinstance(value, bool):
        return "yes" if value else ""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
