"""Spelling with the system's Hunspell dictionaries: which words are checked, and in which language."""

from __future__ import annotations

import pytest

from editor.spelling import NoSpeller, Speller, speller_for

pytest.importorskip("enchant", reason="the Enchant library is not installed (scripts/install adds it)")


def english() -> Speller:
    found = speller_for("en")
    assert isinstance(found, Speller), found
    return found


def test_english_finds_a_misspelt_word_and_passes_over_what_is_not_prose():
    text = "A Workers’ Plan for Rebuliding Ukraine: UNISON, Dr Okafor's union, www.exmple.org, 12th, a@b.cd"
    assert [word.word for word in english().misspelt(text)] == ["Rebuliding", "Okafor's"]
    linked = "See [the plan](https://example.org/workers-plan) and aggreed."
    (word,) = english().misspelt(linked)
    assert (word.word, word.start, word.length) == ("aggreed", linked.index("aggreed"), 7)
    assert "agreed" in english().suggestions("aggreed")


def test_ukrainian_words_are_checked_in_a_ukrainian_statement():
    found = speller_for("uk-UA")
    assert isinstance(found, Speller) and found.tag == "uk_UA"
    assert [w.word for w in found.misspelt("Відбудова України руками робітнікив")] == ["робітнікив"]
    assert "робітників" in found.suggestions("робітнікив")


def test_a_language_without_a_dictionary_says_which_package_gives_one():
    found = speller_for("fi")
    assert isinstance(found, NoSpeller)
    assert "(fi)" in found.reason and "hunspell-fi" in found.reason


def test_an_added_word_is_known_from_then_on():
    speller = english()
    assert speller.misspelt("Okafor")
    speller.add("Okafor")
    assert not speller.misspelt("Okafor")


def test_words_in_another_alphabet_are_a_quotation_not_a_misspelling():
    assert [w.word for w in english().misspelt("Солідарність — це не слова, а дії. Solidarnosc.")] == [
        "Solidarnosc"
    ]
    found = speller_for("uk")
    assert isinstance(found, Speller)
    assert [w.word for w in found.misspelt("Workrs of the world, єднайтеся, робітнікив")] == ["робітнікив"]
