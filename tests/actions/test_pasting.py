"""Spreadsheet rows become signatories: by the sheet's own headings, or by what the cells hold."""

from __future__ import annotations

from editor.actions.pasting import plan_paste, read_pasted, single_cell
from editor.model import Signatory


def pasted(text: str) -> list[Signatory]:
    return plan_paste([], read_pasted(text)).added


def test_rows_without_headings_are_read_by_what_their_cells_hold():
    text = "Ana Kowalska\tBranch Secretary\tyes\r\nTom Reilly\tChair\t\n\n"
    rows = read_pasted(text)
    assert rows.guess.sure
    assert plan_paste([], rows).added == [
        Signatory("Ana Kowalska", role="Branch Secretary", personal_capacity=True),  # not a group "yes"
        Signatory("Tom Reilly", role="Chair"),
    ]


def test_addresses_and_numbers_are_recognised_wherever_they_stand():
    assert pasted("ana@example.org\tAna Kowalska\t+44 20 7946 0000\n") == [
        Signatory("Ana Kowalska", email="ana@example.org", phone="+44 20 7946 0000")
    ]


def test_a_third_column_of_text_is_only_a_guess_to_confirm():
    rows = read_pasted("Ana Kowalska\tBranch Secretary\tTrade unions\tyes\n")
    assert not rows.guess.sure  # a group? an organisation? the organiser says
    assert rows.guess.mapping == {0: "name", 1: "role", 2: "group", 3: "personal_capacity"}


def test_a_header_row_says_which_cell_is_which():
    text = "Email\tName\tNotes\tOrganisation\nana@example.org\tAna\tcall first\tRiverside UNISON\n"
    assert pasted(text) == [
        Signatory("Ana", role="Riverside UNISON", email="ana@example.org", note="call first")
    ]


def test_quoted_cells_keep_tabs_and_line_breaks_and_text_stays_text():
    text = 'Name\tNote\n"O\'Brien, <b>Seán</b>"\t"line one\nline two"\n'
    assert pasted(text) == [Signatory("O'Brien, <b>Seán</b>", note="line one\nline two")]


def test_nothing_pasteable_gives_nothing():
    assert pasted("") == []
    assert pasted("\n\t\n") == []


def test_pasted_duplicates_are_added_and_pointed_out():
    plan = plan_paste([Signatory("Ana Kowalska")], read_pasted("Dr Ana Kowalska\nTom Reilly\n"))
    assert [p.name for p in plan.added] == ["Dr Ana Kowalska", "Tom Reilly"]
    assert [d.name for d in plan.duplicates] == ["Dr Ana Kowalska"]


def test_one_copied_cell_is_told_apart_from_rows():
    assert single_cell("Branch Secretary\n") == "Branch Secretary"
    assert single_cell("  Chair  \r\n") == "Chair"
    assert single_cell("'=SUM(A1)\n") == "=SUM(A1)"  # protected by our own copy
    for rows in ("Ana\tChair\n", "Ana\nTom\n", "Ana\r\nTom", "", "\n", "   \n"):
        assert single_cell(rows) is None, rows
