"""Text set in capitals, as each alphabet writes capitals.

Headings such as "OUR DEMANDS" and group names print in capitals. ``str.upper`` keeps Greek
accents ("ΣΩΜΑΤΕΊΑ"), but Greek written in capitals drops them ("ΣΩΜΑΤΕΙΑ"); where the dropped
accent kept two vowels apart ("τσάι"), the second takes a diaeresis instead ("ΤΣΑΪ"); and the
word ή keeps its accent.
"""

from __future__ import annotations

import re
import unicodedata

_GREEK_MARKS_DROPPED = {"\u0300", "\u0301", "\u0342", "\u0313", "\u0314", "\u0345"}
"""Grave, acute (tonos), circumflex, breathings and iota subscript: gone in Greek capitals."""
_OR = re.compile(r"(?<!\w)ή(?!\w)")
"""The word ή ('or') keeps its accent in capitals, Ή, so it is not read as the article η."""
_DIAERESIS = "\u0308"
_WOULD_JOIN = {"ι", "υ", "Ι", "Υ"}
"""After a vowel these would read as one sound once the accent is gone."""


def in_capitals(text: str) -> str:
    return "Ή".join(_without_greek_accents(part) for part in _OR.split(text))


def _without_greek_accents(text: str) -> str:
    characters = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    separate_next = False
    for index, character in enumerate(characters):
        if character in _GREEK_MARKS_DROPPED and _is_greek(_last_letter(kept)):
            following = characters[index + 1 : index + 2]
            separate_next = following in _WOULD_JOIN and characters[index + 2 : index + 3] != _DIAERESIS
            continue
        kept.append(character)
        if separate_next and character in _WOULD_JOIN:
            kept.append(_DIAERESIS)
        separate_next = False
    return unicodedata.normalize("NFC", "".join(kept).upper())


def _last_letter(characters: list[str]) -> str:
    """The letter the marks at the end of ``characters`` sit on."""
    for character in reversed(characters):
        if not unicodedata.combining(character):
            return character
    return ""


def _is_greek(character: str) -> bool:
    return bool(character) and (0x0370 <= ord(character) <= 0x03FF or 0x1F00 <= ord(character) <= 0x1FFF)
