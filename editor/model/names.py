"""How names compare: for sorting by surname and for spotting the same person twice.

Titles and honours are passed over ("Rt Hon Daniel Mensah MP" sorts under Mensah), accents and
case are ignored when matching ("Seán" is "Sean"), and Ukrainian letters sort in their own
alphabet's order, which Unicode code points do not give (і, ї, є and ґ would sort after я).
"""

from __future__ import annotations

import re
import unicodedata

HONORIFICS = frozenset(
    (
        "dr", "doctor", "prof", "professor", "cllr", "councillor", "baroness", "baron", "lord",
        "lady", "sir", "dame", "rt", "right", "hon", "honourable", "honorable", "rev", "revd",
        "reverend", "fr", "father", "sister", "brother", "imam", "rabbi", "mr", "mrs", "ms", "miss",
        "mx", "comrade", "cde", "president", "senator", "the",
    )
)  # fmt: skip
"""Words before a name that say what someone is, not who: skipped when sorting and matching
("The Rt Hon" included)."""

POST_NOMINALS = frozenset(
    (
        "mp", "msp", "ms", "mla", "mep", "kc", "qc", "jp", "dl", "jr", "jnr", "sr", "snr", "esq",
        "mbe", "obe", "cbe", "kbe", "dbe", "gbe", "cb", "kcb", "dcb", "gcb", "cmg", "kcmg", "dcmg",
        "gcmg", "cvo", "kcvo", "dcvo", "gcvo", "lvo", "mvo", "bem", "qpm", "kpm",
        "phd", "dphil", "mphil", "msc", "bsc", "llb", "llm", "frs", "frse", "frsa", "frsl", "fba",
        "freng", "fmedsci", "frcp", "frcs", "frcgp", "frcpsych", "mrcp", "mrcgp", "rn",
    )
)  # fmt: skip
"""Letters after a name; only those no surname is spelt like ('Ma', 'Sen' and 'Am' are names)."""
_ASIDES = re.compile(r"\([^()]*\)")
"""A name's asides in brackets, such as pronouns: "Jane Smith (she/her)" is a Smith."""
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
"""A phone types O’Connell where a laptop types O'Connell: the same name."""

_UKRAINIAN_AND_RUSSIAN_ORDER = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"
_CYRILLIC_SORT = {
    ord(letter): chr(0xE000 + index) for index, letter in enumerate(_UKRAINIAN_AND_RUSSIAN_ORDER)
}
_DECOMPOSING_CYRILLIC = [chr(c) for c in range(0x400, 0x500) if unicodedata.decomposition(chr(c))]
_KEEP_CYRILLIC = {ord(c): chr(0xF0000 + i) for i, c in enumerate(_DECOMPOSING_CYRILLIC)}
_RESTORE_CYRILLIC = {0xF0000 + i: c for i, c in enumerate(_DECOMPOSING_CYRILLIC)}
_LATIN_BASE = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
"""Letters Unicode does not decompose into a base letter and an accent, though readers see one."""
_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*")
SURNAME_PARTICLES = frozenset(("o", "ni", "nic", "mac", "mag", "ui", "mhic", "ua"))  # folded: Ó is o
"""Irish surnames begin with a word of their own: Seán Ó Briain is filed under Ó Briain."""
_FILING_IGNORES = str.maketrans("", "", "'’ʼ")
"""Apostrophes do not count in filing order: O'Brien comes after Obama, as OBrien would."""


def fold(text: str) -> str:
    """Case and accents removed, for matching: 'Seán Ó Briain' -> 'sean o briain'.

    Cyrillic letters keep their identity (й is not и, ї is not і): there they are letters of the
    alphabet, not accented variants. Whole strings are normalised at once, not letter by letter:
    the filter folds every name of a long list.
    """
    text = unicodedata.normalize("NFC", text.casefold())
    if text.isascii():
        return text
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text.translate(_KEEP_CYRILLIC))
    return _COMBINING_MARKS.sub("", decomposed).translate(_RESTORE_CYRILLIC).translate(_LATIN_BASE)


def name_words(name: str) -> list[str]:
    """The words a name files under: without titles, honours, asides in brackets, or a peer's
    territorial designation ("Baroness Aldridge of Kew" is an Aldridge)."""
    words = _person_words(name)
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words


def _person_words(name: str) -> list[str]:
    """The words that tell who someone is: the designation stays, for Lord Smith of Finsbury
    and Baroness Smith of Basildon are two people."""
    words = _WORD.findall(_ASIDES.sub(" ", name) if "(" in name else name)
    # Titles and honours are plain Latin letters: casefold finds them, no need to fold accents.
    while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
        words.pop(0)
    while len(words) > 1 and words[-1].casefold() in POST_NOMINALS:
        words.pop()
    return words


def surname_sort_key(name: str, sort_as: str = "") -> tuple[str, str]:
    """(surname, given names) in collation form; ``sort_as`` ("Holota, Oksana") wins when given."""
    written_surname_first = "," in name and len(name.partition(",")[0].split()) == 1  # "Kowalska, Ana"
    if sort_as or written_surname_first:
        surname, _, given = (sort_as or name).partition(",")
        return _collation(surname.strip()), _collation(given.strip())
    words = name_words(name)
    if not words:
        return "", ""
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]) in SURNAME_PARTICLES:
        start -= 1
    return _collation(" ".join(words[start:])), _collation(" ".join(words[:start]))


def identity_key(name: str) -> str:
    """Equal for spellings of one name: case, accents, titles, spacing and word order aside."""
    return " ".join(sorted(fold(" ".join(_person_words(name))).split()))


def _collation(text: str) -> str:
    return fold(text).translate(_FILING_IGNORES).translate(_CYRILLIC_SORT)
