"""Putting the list of names in an order, which is the order it prints in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.model import Signatory
from editor.model.signatory_lists import (
    groups_moved,
    printed_order,
    sorted_by_group_then_surname,
    sorted_by_surname,
)


@dataclass(frozen=True, slots=True)
class Sorting:
    label: str
    """As a menu entry names it."""
    description: str
    """As an undo step names it."""
    order: Callable[[list[Signatory]], list[Signatory]]


SORTINGS = {
    "surname": Sorting("By surname", "Sort by surname", sorted_by_surname),
    "group": Sorting("By group, then surname", "Sort by group, then surname", sorted_by_group_then_surname),
}
"""By the name the command line gives each (``--by surname``)."""


@dataclass(frozen=True, slots=True)
class SortResult:
    ordered: list[Signatory]
    changed: bool
    groups_moved: str | None
    """Said when sorting changed the order the groups (and the names without one) first appear
    in, which prints too."""


def sort_list(people: list[Signatory], by: str) -> SortResult:
    ordered = SORTINGS[by].order(people)
    after = printed_order(ordered)
    moved = groups_moved(after) if after != printed_order(people) and len(after) > 1 else None
    return SortResult(ordered, ordered != people, moved)
