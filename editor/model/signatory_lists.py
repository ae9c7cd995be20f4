"""Operations on a list of signatories: sorting, groups, likely duplicates and merging.

Each returns a new list and leaves its input alone, so the window can offer it as one undoable
step and the command line can apply it before saving.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from editor.model.names import fold, identity_key, surname_sort_key
from editor.model.statement import Signatory


def sorted_by_surname(signatories: Sequence[Signatory]) -> list[Signatory]:
    return sorted(signatories, key=lambda s: surname_sort_key(s.name, s.sort_as))


UNGROUPED = ""
"""The group of names without one: in a printed order, where that unheaded list goes."""


def sorted_by_group_then_surname(signatories: Sequence[Signatory]) -> list[Signatory]:
    """Groups, and the list of names without a group, keep their printed order; surnames
    order the names within each."""
    order = {group: index for index, group in enumerate(printed_order(signatories))}
    return sorted(signatories, key=lambda s: (order[s.group], surname_sort_key(s.name, s.sort_as)))


def group_order(signatories: Iterable[Signatory]) -> list[str]:
    """The groups in the order they print, which is the order of their first names."""
    return [group for group in printed_order(signatories) if group != UNGROUPED]


def printed_order(signatories: Iterable[Signatory]) -> list[str]:
    """The groups and ``UNGROUPED`` in order of first appearance: names without a group take
    their place like a group, so names typed first (the prominent ones) print first."""
    return list(dict.fromkeys(s.group for s in signatories))


def group_title(group: str) -> str:
    """A group as the window names it; the names without one have no name of their own."""
    return group or "(names without a group)"


def groups_moved(order: Sequence[str]) -> str:
    """What to tell after a sort moved the groups: they print in order of first appearance."""
    return "the groups print in the order their first name now comes: " + ", ".join(map(group_title, order))


def group_counts(signatories: Iterable[Signatory]) -> Counter[str]:
    """Signatories per group; the empty string counts those without a group."""
    return Counter(s.group for s in signatories)


def with_groups_renamed(signatories: Sequence[Signatory], renames: Mapping[str, str]) -> list[Signatory]:
    """All renames at once, from the names as they were: swapping two names swaps the groups,
    where renaming one after the other would merge them. Renaming to a name another group
    keeps merges the two."""
    return [
        dataclasses.replace(s, group=renames[s.group]) if renames.get(s.group, s.group) != s.group else s
        for s in signatories
    ]


def with_groups_arranged(
    signatories: Sequence[Signatory], arrangement: Sequence[tuple[str, str]]
) -> list[Signatory]:
    """Every group as (its name now, its new name), in the new printed order, ``UNGROUPED``
    among them where the names without a group go: the groups dialog's whole result as one
    list. An arrangement that changes nothing leaves the list as it is, rather than gathering
    each group's members together."""
    unchanged = [old for old, _ in arrangement]
    if all(old == new for old, new in arrangement) and unchanged in (
        printed_order(signatories),
        group_order(signatories),
    ):
        return list(signatories)
    renamed = with_groups_renamed(signatories, dict(arrangement))
    return with_groups_reordered(renamed, list(dict.fromkeys(new for _, new in arrangement)))


def with_groups_reordered(signatories: Sequence[Signatory], order: Sequence[str]) -> list[Signatory]:
    """Groups print in order of first appearance, so reordering groups moves their members.

    Members keep their order within a group. ``order`` may place ``UNGROUPED`` too; where it
    does not, the names without a group follow the groups, in their order.
    """
    known = set(order)
    missing = [g for g in group_order(signatories) if g not in known]
    if missing:
        raise ValueError(f"the new order leaves out {', '.join(missing)}")
    rank = {group: index for index, group in enumerate(order)}
    return sorted(signatories, key=lambda s: rank.get(s.group, len(rank)))


def with_rows_first(signatories: Sequence[Signatory], rows: Iterable[int]) -> list[Signatory]:
    """The chosen rows moved to the top in their order, the rest following: names featured
    first, and the group (or the unheaded list) they are in printing first with them."""
    chosen = sorted(set(rows))
    rest = set(range(len(signatories))).difference(chosen)
    return [signatories[i] for i in chosen] + [signatories[i] for i in sorted(rest)]


def with_group_set(signatories: Sequence[Signatory], rows: Iterable[int], group: str) -> list[Signatory]:
    chosen = set(rows)
    return [dataclasses.replace(s, group=group) if i in chosen else s for i, s in enumerate(signatories)]


@dataclass(frozen=True, slots=True)
class LikelyDuplicate:
    """Two entries that look like one person, and why; the organiser decides what to do."""

    first: int
    second: int
    reason: str


def likely_duplicates(signatories: Sequence[Signatory]) -> list[LikelyDuplicate]:
    """Pairs within one list with the same email or the same name (case, accents, titles aside)."""
    found: list[LikelyDuplicate] = []
    seen = _Seen()
    for index, person in enumerate(signatories):
        keys = _keys(person)
        match = seen.match(person, keys)
        if match is not None:
            found.append(LikelyDuplicate(match[0], index, match[1]))
        seen.remember(keys, index)
    return found


def duplicates_of_existing(
    existing: Sequence[Signatory], incoming: Sequence[Signatory]
) -> list[LikelyDuplicate]:
    """For each incoming entry that looks like someone already listed: (existing, incoming) pairs.

    An incoming entry repeated within the incoming list itself is reported against its first
    appearance there, with ``first`` counted from ``len(existing)``.
    """
    seen = _Seen()
    for index, person in enumerate(existing):
        seen.remember(_keys(person), index)
    found: list[LikelyDuplicate] = []
    for offset, person in enumerate(incoming):
        keys = _keys(person)
        match = seen.match(person, keys)
        if match is not None:
            found.append(LikelyDuplicate(match[0], offset, match[1]))
        seen.remember(keys, len(existing) + offset)  # a second copy matches the first, too
    return found


def merged(keep: Signatory, other: Signatory) -> Signatory:
    """``keep`` with its blanks filled from ``other``. Where both say different things, ``keep``
    wins and what ``other`` said goes into the private note, so merging loses nothing."""
    values: dict[str, Any] = {}
    differing: list[str] = []
    for field in dataclasses.fields(Signatory):
        mine, theirs = getattr(keep, field.name), getattr(other, field.name)
        values[field.name] = mine or theirs
        if field.name == "note" or not (mine and theirs and isinstance(theirs, str)):
            continue
        if fold(mine) != fold(theirs):
            differing.append(f"{field.name.replace('_', ' ')} '{theirs}'")
    notes = [keep.note, other.note if other.note != keep.note else ""]
    if differing:
        notes.append("Merged with an entry that also gave: " + "; ".join(differing))
    values["note"] = "\n".join(note for note in notes if note)
    return Signatory(**values)


def _keys(person: Signatory) -> tuple[str, str]:
    """(email, name) as compared: worked out once per person, for ten thousand of them."""
    return fold(person.email.strip()), identity_key(person.name)


class _Seen:
    """The first entry seen with each email and each name."""

    def __init__(self) -> None:
        self.emails: dict[str, int] = {}
        self.names: dict[str, int] = {}

    def match(self, person: Signatory, keys: tuple[str, str]) -> tuple[int, str] | None:
        email, name = keys
        if email and email in self.emails:
            return self.emails[email], f"same email ({person.email.strip()})"
        if name and name in self.names:
            return self.names[name], "same name"
        return None

    def remember(self, keys: tuple[str, str], index: int) -> None:
        email, name = keys
        if email:
            self.emails.setdefault(email, index)
        if name:
            self.names.setdefault(name, index)
