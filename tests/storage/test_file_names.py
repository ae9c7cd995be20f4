"""Names suggested for a statement's files: from its own name, or from its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.storage.file_names import STATEMENT_ENDING, stem_for_title, suggested_path


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("A Workers' Plan for Ukraine", "a-workers-plan-for-ukraine"),
        ("Солідарність з Україною!", "солідарність-з-україною"),
        ("  Fair pay / now: 2026  ", "fair-pay-now-2026"),
        ("???", "statement"),
        ("word " * 40, "-".join(["word"] * 12)),
        ("x" * 200, "x" * 60),
    ],
)
def test_a_title_gives_a_short_readable_file_name(title, stem):
    assert stem_for_title(title) == stem


def test_a_saved_statement_exports_beside_itself_under_its_own_name(tmp_path):
    source = tmp_path / "plan.statement.yaml"
    assert suggested_path(source, "Anything", "/elsewhere", ".pdf") == tmp_path / "plan.pdf"


def test_a_new_statement_is_suggested_a_name_from_its_title_in_the_folder_given(tmp_path):
    assert (
        suggested_path(None, "Fair Pay", tmp_path, STATEMENT_ENDING) == tmp_path / "fair-pay.statement.yaml"
    )
    assert suggested_path(None, "Untitled statement", tmp_path, ".pdf") == Path(tmp_path) / "statement.pdf"
