"""Saving: each question the save needs answered comes back as data, and nothing is written until then."""

from __future__ import annotations

from editor.actions.saving import Consent, NeedsConsent, NotSaved, Saved, save_statement
from editor.model import Statement
from editor.storage import load

HAND_WRITTEN = "format: 1\n# our working title\ntitle: Fair pay\n"


def test_a_file_with_comments_asks_before_they_are_dropped(tmp_path):
    path = tmp_path / "s.statement.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    loaded = load(path)
    loaded.statement.title = "Fair pay now"
    outcome = save_statement(loaded.statement, path, expected=loaded.fingerprint)
    assert isinstance(outcome, NeedsConsent)
    assert (outcome.consent, outcome.comment_lines) == (Consent.DROP_COMMENTS, "line 2")
    assert outcome.message == f"{path} has comments (line 2) that saving will not keep"
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    saved = save_statement(loaded.statement, path, expected=loaded.fingerprint, consent=Consent.DROP_COMMENTS)
    assert isinstance(saved, Saved)
    assert load(path).statement.title == "Fair pay now"


def test_a_file_changed_by_someone_else_asks_before_it_is_overwritten(tmp_path):
    path = tmp_path / "s.statement.yaml"
    path.write_text("format: 1\ntitle: Fair pay\n", encoding="utf-8")
    loaded = load(path)
    path.write_text("format: 1\ntitle: Changed elsewhere\n", encoding="utf-8")
    outcome = save_statement(Statement(title="Mine"), path, expected=loaded.fingerprint)
    assert isinstance(outcome, NeedsConsent) and outcome.consent is Consent.OVERWRITE_CHANGES
    assert load(path).statement.title == "Changed elsewhere"
    both = Consent.OVERWRITE_CHANGES | Consent.DROP_COMMENTS
    assert isinstance(
        save_statement(Statement(title="Mine"), path, expected=loaded.fingerprint, consent=both), Saved
    )
    assert load(path).statement.title == "Mine"


def test_a_folder_that_cannot_be_written_is_not_saved_with_the_reason(tmp_path):
    outcome = save_statement(Statement(title="X"), tmp_path / "missing" / "s.statement.yaml", expected=None)
    assert isinstance(outcome, NotSaved)
    assert "missing" in outcome.message


def test_each_question_comes_in_turn_until_every_consent_is_given(tmp_path):
    path = tmp_path / "s.statement.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    loaded = load(path)
    path.write_text(HAND_WRITTEN + "subtitle: changed elsewhere\n", encoding="utf-8")
    consent = Consent.NONE
    asked = []
    for _ in range(3):
        outcome = save_statement(Statement(title="Mine"), path, expected=loaded.fingerprint, consent=consent)
        if not isinstance(outcome, NeedsConsent):
            break
        asked.append(outcome.consent)
        consent |= outcome.consent
    assert asked == [Consent.OVERWRITE_CHANGES, Consent.DROP_COMMENTS]
    assert isinstance(outcome, Saved)
    assert load(path).statement.title == "Mine"
