"""Property tests: whatever a statement holds, saving and loading gives it back unchanged."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.storage import InvalidStatement, dumps, loads
from editor.storage.scalars import scalar_lines
from tests.storage.strategies import statements, text


def _reload(statement):
    """Loading may report rule problems (a blank title); the round trip is about the data."""
    try:
        return loads(dumps(statement)).statement
    except InvalidStatement as error:  # pragma: no cover - shown when the property fails
        raise AssertionError(f"saved file did not load:\n{dumps(statement)}\n{error}") from None


@settings(max_examples=300, deadline=None)
@given(statements)
def test_load_of_save_gives_the_same_statement(statement):
    assert _reload(statement) == statement


@settings(max_examples=150, deadline=None)
@given(statements)
def test_saving_is_deterministic_and_idempotent(statement):
    first = dumps(statement)
    assert dumps(_reload(statement)) == first == dumps(statement)


CONTEXTS = {
    2: ("k: ", lambda loaded: loaded["k"]),
    4: ("l:\n  - ", lambda loaded: loaded["l"][0]),
    6: ("l:\n  - k: ", lambda loaded: loaded["l"][0]["k"]),
}


@settings(max_examples=1000, deadline=None)
@given(value=text | st.text(max_size=80), indent=st.sampled_from(sorted(CONTEXTS)))
def test_every_string_survives_its_chosen_scalar_style(value, indent):
    """Each place the writer puts a scalar: a top-level key, a list item, a key in a list item."""
    prefix, pick = CONTEXTS[indent]
    document = prefix + "\n".join(scalar_lines(value, indent)) + "\n"
    assert pick(yaml.safe_load(document)) == value
