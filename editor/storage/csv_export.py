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

from editor.model.statement import SIGNATORY_FIELDS, Signatory


def exported_columns(include_private: bool) -> tuple[str, ...]:
    """What a reader of the list is told about each person; for the organisers' own records,
    everything, so that all of it comes back on import."""
    return tuple(f.key for f in SIGNATORY_FIELDS if include_private or not (f.private or f.internal))


def signatories_csv(signatories: Sequence[Signatory], *, include_private: bool = False) -> bytes:
    columns = exported_columns(include_private)
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
    return "'" + value if runs_as_formula(value) else value


def runs_as_formula(value: str) -> bool:
    """Whether a spreadsheet would run ``value``, or would once the import took an apostrophe
    off ("'=1" is guarded too, so that it comes back as typed)."""
    return value.lstrip("'").startswith(FORMULA_STARTS)
