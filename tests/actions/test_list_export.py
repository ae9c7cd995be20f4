"""Exporting the list: public columns unless asked, never over the statement or another kind of file."""

from __future__ import annotations

import csv

from editor.actions.exporting import Cause, NotExported
from editor.actions.list_export import PRIVATE_COLUMNS_SAID, ListExported, columns_said, export_list
from editor.model import Signatory

PEOPLE = [Signatory("Ana", role="Nurse", sort_as="Ana", email="ana@example.org", note="call\nafter 6")]


def rows(path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_the_public_list_leaves_out_private_and_internal_fields(tmp_path):
    target = tmp_path / "names.csv"
    outcome = export_list(PEOPLE, target, source=None, include_private=False)
    assert outcome == ListExported(target, 1, ("name", "role", "group", "personal_capacity"))
    assert rows(target) == [["name", "role", "group", "personal_capacity"], ["Ana", "Nurse", "", ""]]


def test_the_organisers_own_list_has_every_field(tmp_path):
    target = tmp_path / "names.csv"
    outcome = export_list(PEOPLE, target, source=None, include_private=True)
    assert isinstance(outcome, ListExported)
    assert rows(target)[0] == [
        "name",
        "role",
        "group",
        "personal_capacity",
        "sort_as",
        "email",
        "phone",
        "note",
    ]


def test_a_file_of_another_kind_is_not_overwritten(tmp_path):
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(b"%PDF")
    outcome = export_list(PEOPLE, leaflet, source=None, include_private=False)
    assert isinstance(outcome, NotExported) and outcome.cause is Cause.TARGET
    assert leaflet.read_bytes() == b"%PDF"


def test_the_columns_are_said_in_words_from_the_field_table():
    assert columns_said(False) == "name, role, group and personal capacity"
    assert PRIVATE_COLUMNS_SAID == "email, phone and note"
