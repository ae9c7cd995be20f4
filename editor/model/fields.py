"""What the readers, the writer and the fronts need to know of a field besides its value.

A field's kind (text, a yes/no flag, a number, a choice) comes from its type in the dataclass,
and its headings and privacy from its metadata there (``about``), so a new field is declared
once, in ``editor.model.statement``, and every reader, the writer, the table and the import
know it from this table.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class Kind(enum.Enum):
    TEXT = "text"
    FLAG = "flag"
    NUMBER = "number"
    WHOLE_NUMBER = "whole number"
    CHOICE = "choice"


_KIND_OF_TYPE = {str: Kind.TEXT, bool: Kind.FLAG, float: Kind.NUMBER, int: Kind.WHOLE_NUMBER}


@dataclass(frozen=True, slots=True)
class FieldInfo:
    key: str
    kind: Kind
    name: str = ""
    """As people call it: in problems the window lists, in undo steps ("Edit personal capacity")."""
    column: str = ""
    """As a table column heads it, where room is short ("pc")."""
    choice: str = ""
    """As a list of choices offers it (which column of a spreadsheet holds what)."""
    tip: str = ""
    private: bool = False
    """Kept for the organisers themselves: never printed, never exported unless they ask."""
    internal: bool = False
    """How the list is kept (how a name sorts), not something said about the person: not shown
    beside them, and sent on only with the private columns."""
    multiline: bool = False
    """Text whose line breaks and spacing are the organiser's, kept as typed or imported."""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class About:
    """What a field's metadata says of it (``about`` writes it, ``about_of`` reads it)."""

    name: str = ""
    column: str = ""
    choice: str = ""
    tip: str = ""
    private: bool = False
    internal: bool = False
    multiline: bool = False
    item: str = ""
    written_as: str = ""


def about(
    name: str,
    *,
    column: str = "",
    choice: str = "",
    tip: str = "",
    private: bool = False,
    internal: bool = False,
    multiline: bool = False,
    item: str = "",
    written_as: str = "",
) -> dict[str, About]:
    """Field metadata: how the fronts name the field, and whether it is private. The column
    heading and the choice default to the name; ``item`` names one entry of a list ("Demand");
    ``written_as`` is the key in the file where it differs from the field's (a quotation's
    text is written ``quote:``), and problems found in the file say that key."""
    described = About(
        name, column or name, choice or name, tip, private, internal, multiline, item, written_as
    )
    return {"about": described}


def about_of(field: dataclasses.Field[Any]) -> About:
    described = field.metadata.get("about")
    return described if isinstance(described, About) else About()


def fields_of(cls: type, choices: Mapping[str, tuple[str, ...]] | None = None) -> tuple[FieldInfo, ...]:
    """The table of ``cls``'s fields in their order; ``choices`` names the text fields that take
    one of a few values."""
    hints = typing.get_type_hints(cls)
    table = []
    for field in dataclasses.fields(cls):
        named = [t for t in typing.get_args(hints[field.name]) or (hints[field.name],) if t is not type(None)]
        kind = Kind.CHOICE if choices and field.name in choices else _KIND_OF_TYPE[named[0]]
        described = about_of(field)
        allowed = choices.get(field.name, ()) if choices else ()
        table.append(
            FieldInfo(
                field.name,
                kind,
                described.name,
                described.column,
                described.choice,
                described.tip,
                described.private,
                described.internal,
                described.multiline,
                allowed,
            )
        )
    return tuple(table)


def keys_of(table: tuple[FieldInfo, ...], *kinds: Kind) -> tuple[str, ...]:
    """The keys of the fields of ``kinds`` (every field when none is named), in order."""
    return tuple(info.key for info in table if not kinds or info.kind in kinds)
