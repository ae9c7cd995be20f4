"""Sorting, groups, duplicates and merging return new lists and never merge on their own."""

from __future__ import annotations

import pytest

from editor.model import Signatory
from editor.model.signatory_lists import (
    UNGROUPED,
    LikelyDuplicate,
    duplicates_of_existing,
    group_counts,
    group_order,
    likely_duplicates,
    merged,
    printed_order,
    sorted_by_group_then_surname,
    sorted_by_surname,
    with_group_set,
    with_groups_arranged,
    with_groups_renamed,
    with_groups_reordered,
    with_rows_first,
)

PEOPLE = [
    Signatory("Rt Hon Daniel Mensah MP", group="MPs"),
    Signatory("Ana Kowalska", group="Unions"),
    Signatory("Professor Ruth Feldman"),
    Signatory("Baroness Aldridge of Kew", group="MPs"),
    Signatory("Oksana Holota", sort_as="Holota, Oksana", group="Unions"),
    Signatory("Dr Zoë Adams"),
]


def names(people):
    return [p.name for p in people]


def test_sorting_by_surname_passes_over_honorifics():
    assert names(sorted_by_surname(PEOPLE)) == [
        "Dr Zoë Adams", "Baroness Aldridge of Kew", "Professor Ruth Feldman", "Oksana Holota",
        "Ana Kowalska", "Rt Hon Daniel Mensah MP",
    ]  # fmt: skip


def test_sorting_by_group_keeps_the_group_order_and_puts_ungrouped_last():
    assert names(sorted_by_group_then_surname(PEOPLE)) == [
        "Baroness Aldridge of Kew", "Rt Hon Daniel Mensah MP", "Oksana Holota", "Ana Kowalska",
        "Dr Zoë Adams", "Professor Ruth Feldman",
    ]  # fmt: skip


def test_sorting_leaves_the_input_alone():
    before = list(PEOPLE)
    sorted_by_surname(PEOPLE)
    assert before == PEOPLE


def test_groups_counts_rename_and_move():
    assert group_order(PEOPLE) == ["MPs", "Unions"]
    assert group_counts(PEOPLE) == {"MPs": 2, "Unions": 2, "": 2}
    renamed = with_groups_renamed(PEOPLE, {"MPs": "Parliament"})
    assert group_order(renamed) == ["Parliament", "Unions"]
    assert PEOPLE[0].group == "MPs"
    moved = with_group_set(PEOPLE, [2, 5], "Academics")
    assert [p.group for p in moved] == ["MPs", "Unions", "Academics", "MPs", "Unions", "Academics"]


def test_renames_happen_at_once_so_swapped_names_swap_the_groups():
    swapped = with_groups_renamed(PEOPLE, {"MPs": "Unions", "Unions": "MPs"})
    assert [p.group for p in swapped] == ["Unions", "MPs", "", "Unions", "MPs", ""]
    chained = with_groups_renamed(PEOPLE, {"MPs": "Unions", "Unions": "Academics"})
    assert [p.group for p in chained] == ["Unions", "Academics", "", "Unions", "Academics", ""]
    merged_in = with_groups_renamed(PEOPLE, {"MPs": "Unions"})
    assert group_counts(merged_in)["Unions"] == 4


def test_arranging_groups_renames_and_reorders_in_one_go():
    arranged = with_groups_arranged(PEOPLE, [("Unions", "MPs"), ("MPs", "Unions")])
    assert group_order(arranged) == ["MPs", "Unions"]
    assert [(p.name, p.group) for p in arranged][:2] == [("Ana Kowalska", "MPs"), ("Oksana Holota", "MPs")]
    assert with_groups_arranged(PEOPLE, [("MPs", "MPs"), ("Unions", "Unions")]) == PEOPLE


def test_reordering_groups_moves_their_members_in_their_order():
    reordered = with_groups_reordered(PEOPLE, ["Unions", "MPs"])
    assert names(reordered) == [
        "Ana Kowalska", "Oksana Holota", "Rt Hon Daniel Mensah MP", "Baroness Aldridge of Kew",
        "Professor Ruth Feldman", "Dr Zoë Adams",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="leaves out MPs"):
        with_groups_reordered(PEOPLE, ["Unions"])


def test_likely_duplicates_within_a_list():
    people = [
        Signatory("Seán Ó Briain", email="sean@example.org"),
        Signatory("Ana Kowalska"),
        Signatory("Sean O Briain"),
        Signatory("A. Kowalska", email="SEAN@example.org "),
        Signatory("Dr Ana Kowalska"),
    ]
    assert likely_duplicates(people) == [
        LikelyDuplicate(0, 2, "same name"),
        LikelyDuplicate(0, 3, "same email (SEAN@example.org)"),
        LikelyDuplicate(1, 4, "same name"),
    ]


def test_duplicates_of_existing_names_and_within_the_import():
    existing = [Signatory("Ana Kowalska"), Signatory("Tom Reilly", email="tom@example.org")]
    incoming = [
        Signatory("ana kowalska"),
        Signatory("T. Reilly", email="Tom@Example.org"),
        Signatory("New Person"),
        Signatory("New  Person"),
    ]
    assert duplicates_of_existing(existing, incoming) == [
        LikelyDuplicate(0, 0, "same name"),
        LikelyDuplicate(1, 1, "same email (Tom@Example.org)"),
        LikelyDuplicate(4, 3, "same name"),
    ]


def test_merging_fills_blanks_and_keeps_both_notes():
    keep = Signatory("Ana Kowalska", role="Nurse", note="signed at the rally")
    other = Signatory(
        "ana kowalska",
        role="Branch secretary",
        group="Unions",
        email="ana@example.org",
        personal_capacity=True,
        note="via the form",
    )
    assert merged(keep, other) == Signatory(
        "Ana Kowalska", role="Nurse", group="Unions", personal_capacity=True, email="ana@example.org",
        note="signed at the rally\nvia the form\nMerged with an entry that also gave: role 'Branch secretary'",
    )  # fmt: skip


def test_merging_keeps_what_the_other_entry_said_differently_in_the_note():
    keep = Signatory("Seán Ó Briain", role="Regional Organiser, GMB", email="sean@example.org")
    other = Signatory("Sean O Briain", role="Branch chair, Unite", email="sean2@example.org")
    assert merged(keep, other) == Signatory(
        "Seán Ó Briain", role="Regional Organiser, GMB", email="sean@example.org",
        note="Merged with an entry that also gave: role 'Branch chair, Unite'; email 'sean2@example.org'",
    )  # fmt: skip
    assert merged(keep, keep) == keep


def test_names_without_a_group_keep_their_place_like_a_group():
    loose_first = [PEOPLE[2], *PEOPLE[:2], *PEOPLE[3:]]
    assert printed_order(loose_first) == [UNGROUPED, "MPs", "Unions"]
    assert names(sorted_by_group_then_surname(loose_first))[:2] == ["Dr Zoë Adams", "Professor Ruth Feldman"]
    placed = with_groups_reordered(PEOPLE, ["Unions", UNGROUPED, "MPs"])
    assert [p.group for p in placed] == ["Unions", "Unions", "", "", "MPs", "MPs"]
    assert with_groups_arranged(PEOPLE, [("MPs", "MPs"), ("Unions", "Unions"), ("", "")]) == PEOPLE


def test_rows_put_first_keep_their_order_and_the_rest_follow():
    assert names(with_rows_first(PEOPLE, [5, 2])) == [
        "Professor Ruth Feldman", "Dr Zoë Adams", "Rt Hon Daniel Mensah MP", "Ana Kowalska",
        "Baroness Aldridge of Kew", "Oksana Holota",
    ]  # fmt: skip
