"""Sorting the list: the order, whether anything changed, and whether the groups moved."""

from __future__ import annotations

from editor.actions.sorting import SORTINGS, sort_list
from editor.model import Signatory

PEOPLE = [
    Signatory("Zoe Adams", group="Unions"),
    Signatory("Ben Young", group="Faith"),
    Signatory("Amy Brown", group="Unions"),
]


def test_by_surname_that_keeps_the_first_group_first_says_nothing_moved():
    result = sort_list(PEOPLE, "surname")
    assert [p.name for p in result.ordered] == ["Zoe Adams", "Amy Brown", "Ben Young"]
    assert result.changed
    assert result.groups_moved is None  # Unions still comes first


def test_by_group_keeps_the_groups_in_their_order():
    result = sort_list(PEOPLE, "group")
    assert [p.name for p in result.ordered] == ["Zoe Adams", "Amy Brown", "Ben Young"]
    assert result.groups_moved is None


def test_a_sort_that_moves_the_groups_says_in_which_order_they_now_print():
    people = [Signatory("Ben Young", group="Faith"), Signatory("Amy Brown", group="Unions")]
    result = sort_list(people, "surname")
    assert result.groups_moved == "the groups print in the order their first name now comes: Unions, Faith"


def test_a_sorted_list_is_unchanged():
    ordered = sort_list(PEOPLE, "surname").ordered
    assert not sort_list(ordered, "surname").changed


def test_the_command_line_and_the_menu_offer_the_same_sortings():
    assert {key: sorting.label for key, sorting in SORTINGS.items()} == {
        "surname": "By surname",
        "group": "By group, then surname",
    }
