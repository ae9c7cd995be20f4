"""User text to ReportLab Paragraph markup: only *emphasis*, **strong** and [text](url) are markup.

ReportLab's Paragraph parses its input as XML-like markup, so every other character is escaped
and prints as written: ``A & B <together>`` stays exactly that. Justified text gets soft
hyphens from pyphen in the statement's language, because ReportLab's own hyphenation skips
Ukrainian words containing і ї є ґ.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import pyphen

INLINE = re.compile(
    r"\*\*(?P<strong>.+?)\*\*"
    r"|\*(?P<em>[^*\s](?:[^*]*?[^*\s])?)\*"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<url>https?://[^)\s]+)\)"
)
WORD = re.compile(r"\w{6,}")
SOFT_HYPHEN = "\xad"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

Hyphenate = Callable[[str], str]


RUNT_LETTERS = 7
"""A paragraph's last word shorter than this would make a runt alone on its last line."""
KEPT_PAIR_LETTERS = 22
"""Two words bound together longer than this would leave a gap at the end of the line before."""
NO_BREAK = "\u00a0"
_LAST_SPACE = re.compile(r"(\S+) (\S+)\s*$")
_LAST_WORD = re.compile(r"\S+\s*$")
_DASH_AFTER_SPACE = re.compile(r" (?=[\u2013\u2014] )")


def without_runts(text: str, *, display: bool = False) -> str:
    """``text`` with a no-break space where a line break would strand one short word on the last
    line (in a title, subtitle or heading, ``display``, any one word) or a dash at a line's
    start: a dash between words stays with the word before it."""
    text = _DASH_AFTER_SPACE.sub(NO_BREAK, text)
    match = _LAST_SPACE.search(text)
    if match is None or "://" in match[0]:
        return text
    last_letters = len(re.sub(r"\W", "", match[2]))
    if (display or last_letters < RUNT_LETTERS) and len(match[1]) + len(match[2]) < KEPT_PAIR_LETTERS:
        return f"{text[: match.start()]}{match[1]}{NO_BREAK}{match[2]}{text[match.end(2) :]}"
    return text


def without_last_hyphens(markup: str) -> str:
    """``markup`` with no soft hyphen in its last word: broken there, a paragraph would end on
    the runt of a word ("itors.")."""
    return _LAST_WORD.sub(lambda match: match[0].replace(SOFT_HYPHEN, ""), markup)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def paragraphs(text: str) -> list[str]:
    """A blank line inside a string separates paragraphs, as the file format says."""
    return [part for part in PARAGRAPH_BREAK.split(text.strip()) if part]


def to_markup(text: str, hyphenate: Hyphenate | None = None, *, printed_links: bool = False) -> str:
    """Paragraph markup for one paragraph of user text. On paper (``printed_links``) a link is
    its words with the address after them in brackets, as a reader cannot click it."""
    pieces: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        pieces.append(_plain(text[position : match.start()], hyphenate))
        if match["strong"] is not None:
            pieces.append(f"<b>{to_markup(match['strong'], hyphenate, printed_links=printed_links)}</b>")
        elif match["em"] is not None:
            pieces.append(f"<i>{to_markup(match['em'], hyphenate, printed_links=printed_links)}</i>")
        elif printed_links:
            words = to_markup(match["label"], hyphenate, printed_links=True)
            pieces.append(f"{words} ({escape(match['url'])})")
        else:
            url = escape_attribute(match["url"])
            pieces.append(f'<a href="{url}"><u>{to_markup(match["label"], hyphenate)}</u></a>')
        position = match.end()
    pieces.append(_plain(text[position:], hyphenate))
    return "".join(pieces)


def _plain(text: str, hyphenate: Hyphenate | None) -> str:
    return escape(hyphenate(text) if hyphenate else text)


def hyphenator(language: str) -> Hyphenate | None:
    """Soft hyphens for the language (``uk``, ``en-GB``), or None when pyphen has no dictionary."""
    return _hyphenator(language.replace("-", "_"))


@functools.cache
def _hyphenator(language: str) -> Hyphenate | None:
    found = pyphen.language_fallback(language)
    if found is None and "_" not in language:
        found = next((name for name in sorted(pyphen.LANGUAGES) if name.startswith(language + "_")), None)
    if found is None:
        return None
    dictionary = pyphen.Pyphen(lang=found)

    def insert_soft_hyphens(text: str) -> str:
        return WORD.sub(lambda m: dictionary.inserted(m[0], hyphen=SOFT_HYPHEN), text)

    return insert_soft_hyphens
