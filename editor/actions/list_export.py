"""The list of names written to a CSV file to send on: public columns unless asked otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.actions.exporting import Cause, NotExported
from editor.actions.targets import export_target_problem
from editor.model import Signatory
from editor.model.statement import SIGNATORY_FIELDS
from editor.storage import StorageError, atomic_write
from editor.storage.csv_export import exported_columns, signatories_csv
from editor.wording import listed


def columns_said(include_private: bool) -> str:
    """The columns an export writes, in words: 'name, role, group and personal capacity'."""
    names = {info.key: info.name.lower() for info in SIGNATORY_FIELDS}
    return listed([names[key] for key in exported_columns(include_private)])


PRIVATE_COLUMNS_SAID = listed([info.name.lower() for info in SIGNATORY_FIELDS if info.private])
"""'email, phone and note': what is never printed, and exported only on request."""


@dataclass(frozen=True, slots=True)
class ListExported:
    target: Path
    count: int
    columns: tuple[str, ...]
    """The fields written, in their order: the private ones only when asked for."""


def export_list(
    people: list[Signatory], target: Path, *, source: Path | None, include_private: bool
) -> ListExported | NotExported:
    refusal = export_target_problem(source, target, ".csv")
    if refusal:
        return NotExported(refusal, Cause.TARGET)
    try:
        atomic_write(target, signatories_csv(people, include_private=include_private), backup=False)
    except StorageError as error:
        return NotExported(str(error), Cause.TARGET)
    return ListExported(target, len(people), exported_columns(include_private))
