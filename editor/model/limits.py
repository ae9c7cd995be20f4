"""How much text a statement may hold: far beyond any leaflet, well short of what takes minutes.

A file of a few megabytes can hold a title of a million words or a paragraph of twenty
thousand links; laying either out takes the printer minutes. No leaflet needs them, so a file
past these limits is refused when it is read, with the field and the limit named, before
anything is laid out. Signatories are limited only by the file's size: a long petition is real.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from editor.model.fields import Kind, keys_of
from editor.model.problems import Path, Problem
from editor.model.statement import (
    LABEL_KEYS,
    LAYOUT_FIELDS,
    SIGN_UP_KEYS,
    SIGNATORY_FIELDS,
    STATEMENT_TEXT_KEYS,
    Block,
    Heading,
    Quote,
    Signatory,
    Statement,
)

MAX_LINE_CHARACTERS = 2_000
"""A title, a name, a heading, a label: a long one fills a few lines at most."""
MAX_BLOCK_CHARACTERS = 20_000
"""A paragraph, a quotation or a demand: some 3,000 words, pages of a leaflet on its own."""
MAX_TEXT_CHARACTERS = 250_000
"""All paragraphs, quotations and demands together: some 40,000 words, a booklet of 60 A4 pages."""
MAX_BLOCKS = 2_000
"""Paragraphs, quotations, headings and demands together."""
MAX_LINKS_IN_BLOCK = 100

_LAYOUT_TEXT_KEYS = keys_of(LAYOUT_FIELDS, Kind.TEXT, Kind.CHOICE)
_SIGNATORY_TEXT_LIMITS = tuple(
    (info.key, MAX_BLOCK_CHARACTERS if info.multiline else MAX_LINE_CHARACTERS)
    for info in SIGNATORY_FIELDS
    if info.kind is Kind.TEXT
)


def limit_problems(statement: Statement) -> Iterator[Problem]:
    """One problem for each field past its limit, and for the first block past a whole's limit."""
    for path, value, limit in _fields(statement):
        if len(value) > limit:
            yield Problem(f"this is {len(value):,} characters long; it may have at most {limit:,}", path)
    total = 0
    for blocks, (path, text) in enumerate(_block_texts(statement), start=1):
        total += len(text)
        if blocks == MAX_BLOCKS + 1:
            yield Problem(
                f"the statement has more than {MAX_BLOCKS:,} paragraphs, quotations, headings and "
                "demands; no leaflet holds so many (is this the right file?)",
                path,
            )
        if total > MAX_TEXT_CHARACTERS >= total - len(text):
            yield Problem(
                f"the statement's text passes {MAX_TEXT_CHARACTERS:,} characters here; a leaflet or "
                "booklet holds far less (is this the right file?)",
                path,
            )
        if (links := text.count("](")) > MAX_LINKS_IN_BLOCK:
            yield Problem(
                f"this has {links:,} links; a paragraph may have at most {MAX_LINKS_IN_BLOCK:,}", path
            )


def signatory_too_long(signatory: Signatory) -> str | None:
    """What an import says of a person with a field past its limit, who is then left out: a
    file with them in it would be refused the next time it is read."""
    for key, limit in _SIGNATORY_TEXT_LIMITS:
        if len(value := getattr(signatory, key)) > limit:
            field = key.replace("_", " ")
            return f"its {field} is {len(value):,} characters long, more than the {limit:,} allowed"
    return None


def _fields(s: Statement) -> Iterator[tuple[Path, str, int]]:
    """Every text of the statement with its path and its limit."""
    for key in STATEMENT_TEXT_KEYS:
        yield (key,), getattr(s, key), MAX_LINE_CHARACTERS
    for group, keys in (("sign_up", SIGN_UP_KEYS), ("labels", LABEL_KEYS), ("layout", _LAYOUT_TEXT_KEYS)):
        for key in keys:
            yield (group, key), getattr(getattr(s, group), key) or "", MAX_LINE_CHARACTERS
    for path, text in _block_texts(s):
        yield path, text, MAX_LINE_CHARACTERS if path[-1] == "heading" else MAX_BLOCK_CHARACTERS
    for part in ("preamble", "closing"):
        for index, block in enumerate(getattr(s, part)):
            if isinstance(block, Quote):
                yield (part, index, "by"), block.by, MAX_LINE_CHARACTERS
    for index, demand in enumerate(s.demands):
        yield ("demands", index, "heading"), demand.heading, MAX_LINE_CHARACTERS
    for key, limit in _SIGNATORY_TEXT_LIMITS:  # a whole column at a time: lists run to 100,000
        lengths = list(map(len, map(attrgetter(key), s.signatories)))
        if max(lengths, default=0) > limit:
            for index in (i for i, length in enumerate(lengths) if length > limit):
                yield ("signatories", index, key), getattr(s.signatories[index], key), limit


def _block_texts(s: Statement) -> Iterator[tuple[Path, str]]:
    for part in ("preamble", "closing"):
        for index, block in enumerate(getattr(s, part)):
            yield _block_path(part, index, block), block.text
    for index, demand in enumerate(s.demands):
        yield ("demands", index, "text"), demand.text


def _block_path(part: str, index: int, block: Block) -> Path:
    if isinstance(block, Quote):
        return (part, index, "quote")
    return (part, index, "heading") if isinstance(block, Heading) else (part, index)
