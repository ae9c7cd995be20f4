"""The model itself: private data is marked where it is defined, groups keep their order."""

from __future__ import annotations

from editor.model import PRIVATE_SIGNATORY_FIELDS, PUBLIC_SIGNATORY_FIELDS, Signatory, Statement
from editor.model.signatory_lists import group_order
from editor.model.statement import SIGNATORY_FIELDS


def test_private_fields_are_marked_in_the_model():
    private = {info.key for info in SIGNATORY_FIELDS if info.private}
    assert private == {"email", "phone", "note"} == set(PRIVATE_SIGNATORY_FIELDS)
    assert set(PUBLIC_SIGNATORY_FIELDS).isdisjoint(private)
    assert "name" in PUBLIC_SIGNATORY_FIELDS


def test_a_statement_without_private_data_keeps_everything_else():
    person = Signatory("Ana", role="Nurse", group="Unions", personal_capacity=True, sort_as="Ana",
                       email="ana@example.org", phone="+44 1", note="call after 6")  # fmt: skip
    statement = Statement(title="X", signatories=[person])
    public = statement.without_private_data()
    assert public.signatories == [
        Signatory("Ana", role="Nurse", group="Unions", personal_capacity=True, sort_as="Ana")
    ]
    assert statement.signatories[0].email == "ana@example.org", "the original is not changed"


def test_groups_come_in_order_of_first_appearance():
    people = [
        Signatory("a", group="Unions"),
        Signatory("b"),
        Signatory("c", group="MPs"),
        Signatory("d", group="Unions"),
    ]
    assert group_order(Statement(title="X", signatories=people).signatories) == ["Unions", "MPs"]


def test_language_defaults_to_english():
    assert Statement(title="X").effective_language == "en"
    assert Statement(title="X", language="uk").effective_language == "uk"
