"""Typographic quotation marks and apostrophes, per language, for printing.

People type straight quotes: "A Workers' Plan". A leaflet prints what a typesetter would: in
English “…” and ‘…’, in Ukrainian «…» with „…“ inside, in German „…“, in French « … »; an
apostrophe inside or at the end of a word is an apostrophe (’, and ʼ in Ukrainian, where it is
a letter), never an opening quote. The file keeps what was typed; this is applied only to the
printed text, and never inside a link's address.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from editor.model import Statement


@dataclass(frozen=True, slots=True)
class QuoteStyle:
    """The marks of one language: outer quotes, inner quotes, the apostrophe, and the space
    set inside the outer quotes (French)."""

    outer: tuple[str, str]
    inner: tuple[str, str]
    apostrophe: str = "\u2019"
    inside: str = ""


ENGLISH = QuoteStyle(("\u201c", "\u201d"), ("\u2018", "\u2019"))
_GUILLEMETS_LOW_INNER = QuoteStyle(("\u00ab", "\u00bb"), ("\u201e", "\u201c"))
_GUILLEMETS_CURLY_INNER = QuoteStyle(("\u00ab", "\u00bb"), ("\u201c", "\u201d"))
_LOW_HIGH = QuoteStyle(("\u201e", "\u201c"), ("\u201a", "\u2018"))
STYLES = {
    "en": ENGLISH,
    "uk": QuoteStyle(("\u00ab", "\u00bb"), ("\u201e", "\u201c"), apostrophe="\u02bc"),
    "ru": _GUILLEMETS_LOW_INNER,
    "be": _GUILLEMETS_LOW_INNER,
    "el": _GUILLEMETS_CURLY_INNER,
    "es": _GUILLEMETS_CURLY_INNER,
    "it": _GUILLEMETS_CURLY_INNER,
    "pt": _GUILLEMETS_CURLY_INNER,
    "ca": _GUILLEMETS_CURLY_INNER,
    # A no-break space inside: ReportLab breaks lines at the narrow one French prefers.
    "fr": QuoteStyle(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), inside="\u00a0"),
    "de": _LOW_HIGH,
    "cs": _LOW_HIGH,
    "sk": _LOW_HIGH,
    "pl": QuoteStyle(("\u201e", "\u201d"), ("\u00ab", "\u00bb")),
    "ro": QuoteStyle(("\u201e", "\u201d"), ("\u00ab", "\u00bb")),
    "hu": QuoteStyle(("\u201e", "\u201d"), ("\u00bb", "\u00ab")),
    "nl": ENGLISH,
    "ga": ENGLISH,
    "cy": ENGLISH,
}
"""By the language's primary tag; a language not here gets English marks."""
_STRAIGHT = re.compile("['\"]")
_ADDRESS = re.compile(r"https?://[^\s)\]]+")
"""A web address, bare or in a link, prints as typed: a quote in it is part of it."""
_AS_TYPED = frozenset({"url", "language", "sort_as"})
"""Text fields that are addresses or codes, not words: never given typographic marks."""
_Record = TypeVar("_Record")
_OPENS_AFTER = frozenset(" \t\n\u00a0([{\u2014\u2013/-\u00ab\u201c\u201e\u2018")


def quote_style(language: str) -> QuoteStyle:
    return STYLES.get(language.split("-")[0].split("_")[0].lower(), ENGLISH)


class Typographic:
    """Turns the straight quotes of one text into its language's marks, pairing them in order.

    ``"`` is an outer quote and ``'`` an inner one, each opening where a word starts and closing
    where one ends; a ``'`` with a letter on both sides, or at the end of a word with no inner
    quote open (Workers'), or before a digit ('90s) is an apostrophe.
    """

    def __init__(self, style: QuoteStyle) -> None:
        self.style = style

    def __call__(self, text: str) -> str:
        """``text`` with typographic marks; web addresses in it as typed."""
        if "'" not in text and '"' not in text:
            return text
        style = self.style
        out: list[str] = []
        position = 0
        open_outer = open_inner = nested = False
        kept = [match.span() for match in _ADDRESS.finditer(text)]
        for match in _STRAIGHT.finditer(text):
            at = match.start()
            if any(start <= at < end for start, end in kept):
                continue
            before = text[at - 1] if at else " "
            after = text[at + 1] if at + 1 < len(text) else " "
            out.append(text[position:at])
            position = at + 1
            opening = (before in _OPENS_AFTER or not before.strip()) and bool(after.strip())
            if match.group() == '"':
                if opening and open_outer and not nested and not before.strip():
                    out.append(style.inner[0])  # a quotation inside a quotation, typed the same way
                    nested = True
                elif nested:
                    out.append(style.inner[1])
                    nested = False
                elif opening and not open_outer:
                    out.append(style.outer[0] + style.inside)
                    open_outer = True
                elif open_outer:
                    out.append(style.inside + style.outer[1])
                    open_outer = False
                else:
                    out.append(style.outer[1])
            elif _is_letter(before) and _is_letter(after):
                out.append(style.apostrophe)
            elif opening and not after.isdigit():
                out.append(style.inner[0])
                open_inner = True
            elif open_inner:
                out.append(style.inner[1])
                open_inner = False
            else:
                out.append(style.apostrophe)
        out.append(text[position:])
        return "".join(out)


@functools.lru_cache(maxsize=16)
def typographic(language: str) -> Typographic:
    return Typographic(quote_style(language))


def with_typographic_quotes(statement: Statement, has: Callable[[str], bool]) -> Statement:
    """A copy of ``statement`` for printing, its quotes and apostrophes in its language's marks,
    or in English ones where the font (``has``) lacks the language's; as typed if it lacks both."""
    language = statement.effective_language
    style = next(
        (s for s in (quote_style(language), ENGLISH) if all(map(has, s.outer + s.inner + (s.apostrophe,)))),
        None,
    )
    if style is None:
        return statement
    marks = Typographic(style)
    return dataclasses.replace(
        _marked(statement, marks, skip=("signatories", "layout")),
        preamble=[_marked(block, marks) for block in statement.preamble],
        demands=[_marked(demand, marks) for demand in statement.demands],
        closing=[_marked(block, marks) for block in statement.closing],
        sign_up=_marked(statement.sign_up, marks),
        labels=_marked(statement.labels, marks),
        signatories=[_marked(person, marks) for person in statement.signatories],
    )


def _marked(record: _Record, marks: Typographic, skip: tuple[str, ...] = ()) -> _Record:
    """``record`` with marks in each of its own text fields; itself when none has a quote, as
    most of ten thousand names have not."""
    changed: dict[str, Any] = {}
    kind: type = type(record)
    for name in _text_fields(kind):
        if name not in skip:
            value = getattr(record, name)
            marked = marks(value)
            if marked is not value:
                changed[name] = marked
    return dataclasses.replace(record, **changed) if changed else record  # type: ignore[type-var]


@functools.cache
def _text_fields(kind: type) -> tuple[str, ...]:
    hints = typing.get_type_hints(kind)
    return tuple(f.name for f in dataclasses.fields(kind) if hints[f.name] is str and f.name not in _AS_TYPED)


def _is_letter(character: str) -> bool:
    return unicodedata.category(character).startswith(("L", "M"))
