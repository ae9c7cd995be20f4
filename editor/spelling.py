"""Spelling in the statement's language, with the system's Hunspell dictionaries.

Enchant (through pyenchant) finds the dictionaries the system has: on Debian and Ubuntu the
hunspell-en-gb, hunspell-en-us and hunspell-uk packages, and the same files on other systems.
Nothing is shipped with the program. Where the library or a language's dictionary is missing,
``speller_for`` says why, and the window carries on without underlines.

What is not a word to check: addresses (web and email), words with digits, capitals only (UK,
NHS, GMB), single letters, words in another alphabet than the language's, and the link
targets of ``[text](address)``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.paths import user_data_dir

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SKIPPED = re.compile(r"\S*(?:://|www\.|@)\S*|\]\([^)]*\)|\S*\d\S*")
"""Stretches never checked: addresses, a link's target, and anything holding a digit."""
PERSONAL_WORDS = "spelling-words.txt"
"""Words the organiser added, one a line, in the data folder; every language shares them."""

REGIONS = {"en": ("en_GB", "en_US"), "uk": ("uk_UA",), "el": ("el_GR",), "de": ("de_DE",)}
"""Where a statement's language names no region, the dictionaries tried, first found used."""
PACKAGES = {"en": "hunspell-en-gb", "uk": "hunspell-uk", "el": "hunspell-el", "de": "hunspell-de-de"}
"""The Debian and Ubuntu packages to name when a language's dictionary is missing."""


@dataclass(frozen=True, slots=True)
class Misspelt:
    start: int
    length: int
    word: str


SCRIPTS = {"uk": "CYRILLIC", "ru": "CYRILLIC", "be": "CYRILLIC", "bg": "CYRILLIC", "sr": "CYRILLIC",
           "el": "GREEK"}  # fmt: skip
"""A dictionary's alphabet where it is not Latin. A word in another alphabet is a quotation or a
name from another language (a Ukrainian slogan in an English leaflet), not a misspelling."""


class Speller:
    """One language's dictionary with the organiser's own words beside it."""

    def __init__(self, dictionary: Any, tag: str) -> None:
        self.dictionary = dictionary
        self.tag = tag
        self.script = SCRIPTS.get(tag.split("_")[0], "LATIN")

    def misspelt(self, text: str) -> list[Misspelt]:
        return [found for found in _words(text) if not self._known(found.word)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        return list(self.dictionary.suggest(word))[:limit]

    def add(self, word: str) -> None:
        """Remembered for every statement from now on, in every language."""
        self.dictionary.add(word)

    def _known(self, word: str) -> bool:
        if len(word) < 2 or word.isupper() or not unicodedata.name(word[0], "").startswith(self.script):
            return True
        return bool(self.dictionary.check(word) or self.dictionary.check(word.replace("’", "'")))


SPELLING_UNAVAILABLE = "Spelling is not checked"
"""How each reason for not checking begins."""


@dataclass(frozen=True, slots=True)
class NoSpeller:
    """Why a language is not checked, in a sentence to show once."""

    reason: str


def speller_for(language: str) -> Speller | NoSpeller:
    """The dictionary for a language tag ("en", "uk-UA", "en-GB"), or why there is none."""
    return _speller_for(language.replace("-", "_"), user_data_dir() / PERSONAL_WORDS)


@functools.cache
def _speller_for(tag: str, words: Path) -> Speller | NoSpeller:
    try:
        import enchant  # ctypes loads the system's libenchant: absent on some machines
    except ImportError:
        return NoSpeller(
            f"{SPELLING_UNAVAILABLE}: the Enchant library is not installed "
            "(Debian and Ubuntu: sudo apt-get install libenchant-2-2)."
        )
    primary = tag.split("_")[0].lower()
    wanted = (tag,) if "_" in tag else REGIONS.get(primary, (primary,))
    for name in (*wanted, primary):
        if enchant.dict_exists(name):
            words.parent.mkdir(parents=True, exist_ok=True)
            return Speller(enchant.DictWithPWL(name, str(words)), name)
    package = PACKAGES.get(primary, f"hunspell-{primary}")
    return NoSpeller(
        f"{SPELLING_UNAVAILABLE}: no dictionary for the statement's language ({tag.replace('_', '-')}) "
        f"is installed (Debian and Ubuntu: sudo apt-get install {package})."
    )


def _words(text: str) -> Iterator[Misspelt]:
    skipped = [match.span() for match in SKIPPED.finditer(text)]
    for match in WORD.finditer(text):
        start, end = match.span()
        if not any(low <= start < high for low, high in skipped):
            yield Misspelt(start, end - start, match.group())
