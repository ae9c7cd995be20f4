"""Reversible edits: each returns its inverse, and observers hear every change in runs."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.model import Demand, Heading, Paragraph, Quote, Signatory, Statement
from editor.model.edits import InsertItems, MoveItem, RemoveItems, SetValue, snapshot, value_at


def sample() -> Statement:
    return Statement(
        title="Old title",
        preamble=[Paragraph("Why"), Quote("Words", by="Someone")],
        demands=[Demand("one"), Demand("two", heading="Second"), Demand("three")],
        signatories=[Signatory(f"Person {n}") for n in range(6)],
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __getattr__(self, name: str):
        return lambda *arguments: self.calls.append((name, *arguments))


def test_set_value_changes_a_field_and_its_inverse_restores_it():
    statement = sample()
    inverse = SetValue(("title",), "New title").apply(statement)
    assert statement.title == "New title"
    inverse.apply(statement)
    assert statement.title == "Old title"


def test_set_value_reaches_nested_fields_and_list_items():
    statement = sample()
    SetValue(("demands", 1, "heading"), "Renamed").apply(statement)
    SetValue(("layout", "page_size"), "A4").apply(statement)
    SetValue(("preamble", 0), Heading("Why")).apply(statement)
    assert statement.demands[1].heading == "Renamed"
    assert statement.layout.page_size == "A4"
    assert statement.preamble[0] == Heading("Why")


def test_set_value_keeps_description_and_merge_key_in_the_inverse():
    inverse = SetValue(("title",), "T", "Edit title", merge_key=("title", 7)).apply(sample())
    assert (inverse.description, inverse.merge_key) == ("Edit title", ("title", 7))


def test_a_path_the_statement_does_not_have_is_refused_and_changes_nothing():
    statement = sample()
    with pytest.raises(LookupError):
        SetValue(("titel",), "x").apply(statement)
    with pytest.raises(LookupError):
        SetValue(("demands", 9, "text"), "x").apply(statement)
    assert statement == sample()


def test_remove_several_scattered_items_and_put_them_back_in_place():
    statement = sample()
    inverse = RemoveItems(("signatories",), [4, 0, 1]).apply(statement)
    assert [s.name for s in statement.signatories] == ["Person 2", "Person 3", "Person 5"]
    inverse.apply(statement)
    assert statement == sample()


def test_insert_items_at_their_final_positions_and_undo():
    statement = sample()
    inverse = InsertItems(("demands",), [(4, Demand("four")), (0, Demand("zero"))]).apply(statement)
    assert [d.text for d in statement.demands] == ["zero", "one", "two", "three", "four"]
    inverse.apply(statement)
    assert statement == sample()


def test_move_item_both_ways():
    statement = sample()
    inverse = MoveItem(("demands",), 0, 2).apply(statement)
    assert [d.text for d in statement.demands] == ["two", "three", "one"]
    inverse.apply(statement)
    assert statement == sample()


def test_move_outside_the_list_is_refused():
    with pytest.raises(IndexError):
        MoveItem(("demands",), 0, 3).apply(sample())


def test_observer_hears_contiguous_runs_before_and_after_each_change():
    statement = sample()
    recorder = Recorder()
    inverse = RemoveItems(("signatories",), [1, 2, 4]).apply(statement, recorder)
    assert recorder.calls == [
        ("before_remove", ("signatories",), 4, 1),
        ("after_remove", ("signatories",), 4, 1),
        ("before_remove", ("signatories",), 1, 2),
        ("after_remove", ("signatories",), 1, 2),
    ]
    recorder.calls.clear()
    inverse.apply(statement, recorder)
    assert recorder.calls == [
        ("before_insert", ("signatories",), 1, 2),
        ("after_insert", ("signatories",), 1, 2),
        ("before_insert", ("signatories",), 4, 1),
        ("after_insert", ("signatories",), 4, 1),
    ]


def test_observer_hears_values_and_moves():
    recorder = Recorder()
    statement = sample()
    SetValue(("demands", 0, "text"), "x").apply(statement, recorder)
    MoveItem(("demands",), 2, 0).apply(statement, recorder)
    assert recorder.calls == [
        ("value_set", ("demands", 0, "text")),
        ("before_move", ("demands",), 2, 0),
        ("after_move", ("demands",), 2, 0),
    ]


def test_value_at_reads_what_paths_name():
    statement = sample()
    assert value_at(statement, ("preamble", 1, "by")) == "Someone"
    assert value_at(statement, ("signatories",)) is statement.signatories


@given(st.lists(st.integers(min_value=0, max_value=5), unique=True))
def test_removing_any_selection_then_undoing_restores_the_list(indexes):
    statement = sample()
    original = copy.deepcopy(statement)
    inverse = RemoveItems(("signatories",), indexes).apply(statement)
    assert len(statement.signatories) == 6 - len(indexes)
    inverse.apply(statement)
    assert statement == original


def test_edits_after_a_snapshot_leave_the_snapshot_as_it_was():
    statement = sample()
    taken = snapshot(statement)
    before = copy.deepcopy(taken)
    SetValue(("demands", 1, "heading"), "Changed").apply(statement)
    SetValue(("signatories", 0, "email"), "new@example.org").apply(statement)
    SetValue(("layout", "page_size"), "A4").apply(statement)
    SetValue(("sign_up", "url"), "https://example.org").apply(statement)
    SetValue(("title",), "Changed").apply(statement)
    RemoveItems(("signatories",), [1, 2]).apply(statement)
    MoveItem(("demands",), 0, 2).apply(statement)
    assert taken == before
    assert statement.demands[0].heading == "Changed" and statement.layout.page_size == "A4"
