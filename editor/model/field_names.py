"""Fields as the window names them: "Demand 2, text", "Sign-up web address", "Fit to pages".

The file format's paths (``demands[2].text``) suit someone editing the YAML; in the window a
problem names the field as the form does. The words come from each dataclass's own metadata
(``editor.model.fields.about``), so they are written once, beside the field.
"""

from __future__ import annotations

import dataclasses
import functools
import typing

from editor.model.fields import about_of
from editor.model.problems import Path, Problem, format_path
from editor.model.statement import Statement


def field_name(path: Path) -> str:
    """The name of the field ``path`` points to, for a person; the path itself where the
    model does not know it (a key of a future format, say)."""
    words = ""
    classes: tuple[type, ...] = (Statement,)
    item = ""
    for part in path:
        if isinstance(part, int):
            words, item = f"{item} {part + 1}", ""
            continue
        found = next((_fields(cls)[part] for cls in classes if part in _fields(cls)), None)
        if found is None:
            return format_path(path)
        name, item = found
        if words.endswith(tuple("0123456789")):  # a field of a numbered entry: "Demand 2, text"
            words = f"{words}, {_lower_first(name)}"
        elif name:  # a field of a group of fields: "Sign-up web address"
            words = f"{words} {_lower_first(name) if words else name}".strip()
        classes = _item_classes(classes, part)
    if not words and path:  # a group of settings itself: "Layout"
        return str(path[-1]).replace("_", " ").capitalize()
    return words


def problem_said(problem: Problem) -> str:
    """A problem as the window lists it: "Demand 2, text: the text of this demand is blank"."""
    return f"{field_name(problem.path)}: {problem.message}" if problem.path else problem.message


def _lower_first(name: str) -> str:
    """'Personal capacity' inside a longer name; 'URL' or 'QR code' keep their capitals."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


@functools.cache
def _fields(cls: type) -> dict[str, tuple[str, str]]:
    """Each field's name, and the name of one of its entries when it is a list, by the field's
    key and by the key the file writes it under."""
    named = {}
    for field in dataclasses.fields(cls):
        described = about_of(field)
        named[field.name] = (described.name, described.item)
        if described.written_as:
            named[described.written_as] = (described.name, described.item)
    return named


@functools.cache
def _item_classes(classes: tuple[type, ...], key: str) -> tuple[type, ...]:
    """The dataclasses a field holds: itself, or those a list of it may hold (Block is three)."""
    for cls in classes:
        hint = typing.get_type_hints(cls).get(key)
        if hint is None:
            continue
        if typing.get_origin(hint) is list:
            hint = typing.get_args(hint)[0]
        return tuple(t for t in typing.get_args(hint) or (hint,) if _is_dataclass(t))
    return ()


def _is_dataclass(hint: object) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)
