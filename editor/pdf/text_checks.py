"""Checks on the text before it is laid out, because ReportLab is silent about both problems.

A character the font lacks prints as an empty box; right-to-left scripts print with their
letters in reverse order, since no PyPI-installable ReportLab setup applies the bidi algorithm.
Each problem names the field, e.g. ``signatories[12].name: 'ქ' is not in FiraGO``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from editor.model import Heading, Path, Problem, Quote, Statement
from editor.model.statement import Block
from editor.pdf.fonts import FontFamily

RIGHT_TO_LEFT = frozenset({"R", "AL"})
# Characters that never need a glyph: layout controls the renderer handles itself.
INVISIBLE = frozenset("\n\r\t\xad\u200b\u200c\u200d\u2060\ufeff")


def statement_texts(statement: Statement) -> Iterator[tuple[Path, str]]:
    """Every printed piece of user text with the path of the field it came from."""
    for key in ("title", "subtitle", "issuer", "contact", "imprint"):
        yield (key,), getattr(statement, key)
    yield from _block_texts(statement.preamble, "preamble")
    for index, demand in enumerate(statement.demands):
        yield ("demands", index, "heading"), demand.heading
        yield ("demands", index, "text"), demand.text
    yield from _block_texts(statement.closing, "closing")
    yield ("sign_up", "text"), statement.sign_up.text
    yield ("sign_up", "url"), statement.sign_up.url
    for key in ("demands", "signatories", "sign_up"):
        yield ("labels", key), getattr(statement.labels, key)
    for index, signatory in enumerate(statement.signatories):
        yield ("signatories", index, "name"), signatory.name
        yield ("signatories", index, "role"), signatory.role
        yield ("signatories", index, "group"), signatory.group


def _block_texts(blocks: list[Block], key: str) -> Iterator[tuple[Path, str]]:
    for index, block in enumerate(blocks):
        if isinstance(block, Quote):
            yield (key, index, "quote"), block.text
            yield (key, index, "by"), block.by
        elif isinstance(block, Heading):
            yield (key, index, "heading"), block.text
        else:
            yield (key, index), block.text


def text_problems(statement: Statement, family: FontFamily) -> list[Problem]:
    """Missing glyphs (one problem per character and field) and right-to-left text."""
    texts = [(path, text) for path, text in statement_texts(statement) if text]
    used = set().union(*(text for _, text in texts)) if texts else set()
    missing = {c for c in used if c not in INVISIBLE and not family.has(c)}
    backwards = {c for c in used if unicodedata.bidirectional(c) in RIGHT_TO_LEFT}
    if not missing and not backwards:
        return []
    problems: list[Problem] = []
    for path, text in texts:
        for character in dict.fromkeys(c for c in text if c in missing):
            problems.append(Problem(f"{_shown(character)} is not in {family.name}", path))
        if not backwards.isdisjoint(text):
            problems.append(
                Problem(
                    "right-to-left text (such as Arabic or Hebrew) cannot be laid out correctly "
                    "yet and would print with its letters reversed; give it in Latin letters or "
                    "print that part separately",
                    path,
                )
            )
    return problems


def _shown(character: str) -> str:
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    if not character.isprintable() or unicodedata.category(character).startswith("Z"):
        return f"{code} {name}".strip()
    return f"'{character}' ({code}{' ' + name if name else ''})"
