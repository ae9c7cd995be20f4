"""Planning an import: what is added, what is skipped as a duplicate of which entry, and why."""

from __future__ import annotations

from editor.actions.importing import plan_import
from editor.model import Signatory
from editor.storage.csv_import import guess_mapping, parse_table

LISTED = [Signatory("Ana Kowalska"), Signatory("Tom Reilly", email="tom@example.org")]


def table(text: str):
    read = parse_table(text, "names.csv", delimiter=",")
    return read, guess_mapping(read.headers)


def test_new_names_are_added_and_duplicates_name_the_entry_they_match():
    read, mapping = table("Name,Email\nDr Ana Kowalska,\nT. Reilly,tom@example.org\nLi Wei,\nLI WEI,\n")
    plan = plan_import(LISTED, read, mapping)
    assert [person.name for person in plan.added] == ["Li Wei"]
    assert [(d.line, d.earlier, d.earlier_name) for d in plan.duplicates] == [
        (2, ("signatories", 0), "Ana Kowalska"),
        (3, ("signatories", 1), "Tom Reilly"),
        (5, 4, "Li Wei"),
    ]
    assert plan.remarks()[0] == (2, "skipped 'Dr Ana Kowalska': same name as signatories[1] 'Ana Kowalska'")
    assert plan.remarks()[-1] == (5, "skipped 'LI WEI': same name as line 4 'Li Wei'")


def test_keeping_duplicates_adds_every_row_and_says_nothing_was_skipped():
    read, mapping = table("Name\nAna Kowalska\nLi Wei\n")
    plan = plan_import(LISTED, read, mapping, keep_duplicates=True)
    assert [person.name for person in plan.added] == ["Ana Kowalska", "Li Wei"]
    assert len(plan.duplicates) == 1
    assert plan.remarks() == []


def test_rows_without_a_name_and_unclear_answers_are_listed_by_line():
    read, mapping = table("Name,Personal capacity\n,yes\nLi Wei,perhaps\n")
    plan = plan_import([], read, mapping)
    assert [line for line, _ in plan.remarks()] == [2, 3]
    assert plan.without_name[0][0] == 2
    assert plan.unclear[0][0] == 3


def test_without_a_name_column_nothing_can_be_added():
    read, _ = table("Name,Email\nLi Wei,li@example.org\n")
    plan = plan_import([], read, {1: "email"})
    assert not plan.names_chosen
    assert plan.added == []
