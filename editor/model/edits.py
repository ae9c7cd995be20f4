"""Reversible edits: every change the editor makes to a statement, each able to undo itself.

Applying an edit changes the statement in place and returns the edit that puts it back, so an
undo stack only ever stores edits. An optional observer is told about each change just before
and just after it happens, in contiguous runs, which is what list views need to stay in step.

Edits replace the objects they change rather than mutate them, which makes ``snapshot`` cheap
and safe to hand to another thread.

Paths name what an edit touches the way problems do: ``("title",)``, ``("layout", "font")``,
``("demands", 2, "heading")``, ``("signatories",)`` for the list itself; list indexes count
from 0.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from editor.model.problems import Path
from editor.model.statement import Statement


class EditObserver(Protocol):
    """Hears about each change; every method may do nothing."""

    def before_insert(self, path: Path, first: int, count: int) -> None: ...
    def after_insert(self, path: Path, first: int, count: int) -> None: ...
    def before_remove(self, path: Path, first: int, count: int) -> None: ...
    def after_remove(self, path: Path, first: int, count: int) -> None: ...
    def before_move(self, path: Path, source: int, destination: int) -> None: ...
    def after_move(self, path: Path, source: int, destination: int) -> None: ...
    def value_set(self, path: Path) -> None: ...


class Edit(Protocol):
    description: str

    def apply(self, statement: Statement, observer: EditObserver | None = None) -> Edit: ...


def value_at(statement: Statement, path: Path) -> Any:
    """The value a path names; raises ``LookupError`` for a path the statement does not have."""
    value: Any = statement
    for part in path:
        if isinstance(part, int):
            value = value[part]
        else:
            try:
                value = getattr(value, part)
            except AttributeError:
                raise KeyError(part) from None
    return value


def _set_value(statement: Statement, path: Path, new: Any) -> None:
    """Replace, never mutate: each object on the path below the statement is rebuilt with the new
    value, so an item that a snapshot holds never changes under it."""
    *parents, last = path
    owner = value_at(statement, tuple(parents))
    if isinstance(last, int):
        owner[last] = new
    elif last not in {f.name for f in dataclasses.fields(owner)}:
        raise KeyError(last)
    elif owner is statement:
        setattr(statement, last, new)
    else:
        _set_value(statement, tuple(parents), dataclasses.replace(owner, **{last: new}))


def snapshot(statement: Statement) -> Statement:
    """A copy later edits cannot change, made in microseconds even for 10,000 signatories.

    Edits replace items instead of changing them, so copying the statement and its lists is
    enough: the items themselves are shared and stay as they are.
    """
    return dataclasses.replace(
        statement,
        preamble=list(statement.preamble),
        demands=list(statement.demands),
        closing=list(statement.closing),
        signatories=list(statement.signatories),
    )


def _list_at(statement: Statement, path: Path) -> list[Any]:
    items = value_at(statement, path)
    if not isinstance(items, list):
        raise TypeError(f"{path} is not a list")
    return items


@dataclass(slots=True)
class SetValue:
    """Replace one value: a field, or a whole list item (changing a block's kind).

    ``merge_key`` lets consecutive edits with equal keys become one undo step (typing).
    """

    path: Path
    value: Any
    description: str = "Edit"
    merge_key: object = None

    def apply(self, statement: Statement, observer: EditObserver | None = None) -> SetValue:
        old = value_at(statement, self.path)
        _set_value(statement, self.path, self.value)
        if observer is not None:
            observer.value_set(self.path)
        return SetValue(self.path, old, self.description, self.merge_key)


@dataclass(slots=True)
class InsertItems:
    """Put items into a list; ``placed`` pairs each item with the index it will have afterwards."""

    path: Path
    placed: list[tuple[int, Any]]
    description: str = "Insert"

    def apply(self, statement: Statement, observer: EditObserver | None = None) -> RemoveItems:
        items = _list_at(statement, self.path)
        placed = sorted(self.placed, key=lambda pair: pair[0])
        for first, run in _runs([index for index, _ in placed]):
            if observer is not None:
                observer.before_insert(self.path, first, run)
            items[first:first] = [item for index, item in placed if first <= index < first + run]
            if observer is not None:
                observer.after_insert(self.path, first, run)
        return RemoveItems(self.path, [index for index, _ in placed], self.description)


@dataclass(slots=True)
class RemoveItems:
    """Take items out of a list by index, in any order, contiguous or not."""

    path: Path
    indexes: list[int]
    description: str = "Remove"

    def apply(self, statement: Statement, observer: EditObserver | None = None) -> InsertItems:
        items = _list_at(statement, self.path)
        wanted = sorted(set(self.indexes))
        removed = [(index, items[index]) for index in wanted]
        for first, run in reversed(list(_runs(wanted))):
            if observer is not None:
                observer.before_remove(self.path, first, run)
            del items[first : first + run]
            if observer is not None:
                observer.after_remove(self.path, first, run)
        return InsertItems(self.path, removed, self.description)


@dataclass(slots=True)
class MoveItem:
    """Move one list item so that it ends up at ``destination``."""

    path: Path
    source: int
    destination: int
    description: str = "Move"

    def apply(self, statement: Statement, observer: EditObserver | None = None) -> MoveItem:
        items = _list_at(statement, self.path)
        if not (0 <= self.source < len(items) and 0 <= self.destination < len(items)):
            raise IndexError(f"cannot move item {self.source} to {self.destination} of {len(items)}")
        if observer is not None:
            observer.before_move(self.path, self.source, self.destination)
        items.insert(self.destination, items.pop(self.source))
        if observer is not None:
            observer.after_move(self.path, self.source, self.destination)
        return MoveItem(self.path, self.destination, self.source, self.description)


def _runs(sorted_indexes: list[int]) -> Iterator[tuple[int, int]]:
    """``[2, 3, 4, 9]`` -> ``(2, 3), (9, 1)``: the contiguous runs, as (first, count)."""
    for _, group in itertools.groupby(enumerate(sorted_indexes), key=lambda pair: pair[1] - pair[0]):
        run = [index for _, index in group]
        yield run[0], len(run)
