"""Spreadsheet rows become signatories: by the sheet's own headers, or in the table's order."""

from __future__ import annotations

from editor.actions.pasting import signatories_from_text, single_cell
from editor.model import Signatory


def test_rows_without_a_header_follow_the_table_columns():
    text = "Ana Kowalska\tBranch Secretary\tTrade unions\tyes\r\nTom Reilly\tChair\n\n"
    assert signatories_from_text(text) == [
        Signatory("Ana Kowalska", role="Branch Secretary", group="Trade unions", personal_capacity=True),
        Signatory("Tom Reilly", role="Chair"),
    ]


def test_a_header_row_says_which_cell_is_which():
    text = "Email\tName\tNotes\tOrganisation\nana@example.org\tAna\tcall first\tRiverside UNISON\n"
    assert signatories_from_text(text) == [
        Signatory("Ana", role="Riverside UNISON", email="ana@example.org", note="call first")
    ]


def test_quoted_cells_keep_tabs_and_line_breaks_and_text_stays_text():
    text = 'Name\tNote\n"O\'Brien, <b>Seán</b>"\t"line one\nline two"\n'
    assert signatories_from_text(text) == [Signatory("O'Brien, <b>Seán</b>", note="line one\nline two")]


def test_nothing_pasteable_gives_nothing():
    assert signatories_from_text("") == []
    assert signatories_from_text("\n\t\n") == []


def test_one_copied_cell_is_told_apart_from_rows():
    assert single_cell("Branch Secretary\n") == "Branch Secretary"
    assert single_cell("  Chair  \r\n") == "Chair"
    assert single_cell("'=SUM(A1)\n") == "=SUM(A1)"  # protected by our own copy
    for rows in ("Ana\tChair\n", "Ana\nTom\n", "Ana\r\nTom", "", "\n", "   \n"):
        assert single_cell(rows) is None, rows
