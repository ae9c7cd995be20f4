"""A fast reader for files in the canonical layout the writer produces.

Composing YAML nodes costs about 20 ms per 1,000 signatories even with libyaml, which puts a
10,000-name statement over its load budget. Files the application wrote follow one strict
layout, so this reader handles exactly that subset line by line and gives up (returns None)
at the first thing outside it: the full reader then decides, with positions and messages.
Whole-line comments and blank lines between entries are accepted too, because people add
them by hand to files the program wrote. Its results are tested against the full reader on
generated and hand-edited statements.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from editor.model.fields import Kind
from editor.model.statement import (
    LABEL_KEYS,
    LAYOUT_FIELDS,
    SIGN_UP_KEYS,
    SIGNATORY_FIELDS,
    STATEMENT_TEXT_KEYS,
    Block,
    Demand,
    Heading,
    Labels,
    Layout,
    Paragraph,
    Quote,
    Signatory,
    SignUp,
    Statement,
)
from editor.storage.reader import MAX_NUMBER_CHARACTERS
from editor.storage.scalars import PLAIN, SINGLE_QUOTABLE, reads_as_text

_KEY = re.compile(r"([a-z_]+):(?: (.*))?")
_COMMENT_OR_EMPTY = re.compile(r"(?: *#.*)?")  # a line of spaces may belong to a literal: not here
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?[0-9]+\.[0-9]*(?:e[-+][0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_UNUSUAL = re.compile(
    r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_BLOCK_LISTS = {"preamble", "closing"}
_TEXT_KEYS = set(STATEMENT_TEXT_KEYS)
_SCALAR_KEYS = _TEXT_KEYS | {"format", "date"}
_SIGNATORY_KINDS = {info.key: info.kind for info in SIGNATORY_FIELDS}
_LAYOUT_FIELDS = {info.key: info for info in LAYOUT_FIELDS}


class _NotCanonical(Exception):
    """The file steps outside the canonical layout; the full reader takes over."""


Scalar = tuple[str, bool]
"""A value as written, and whether it was plain (unquoted), which decides how types resolve."""


@dataclass
class CanonicalRead:
    statement: Statement
    comment_lines: list[int] = field(default_factory=list)  # numbered from 1, as an editor shows them


def read_canonical(text: str) -> CanonicalRead | None:
    if not text.endswith("\n") or _UNUSUAL.search(text):
        return None
    reader = _Reader(text.split("\n")[:-1])
    try:
        return CanonicalRead(reader.statement(), reader.comment_lines)
    except _NotCanonical:
        return None


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0
        self.comment_lines: list[int] = []

    def statement(self) -> Statement:
        values: dict[str, object] = {}
        while self._skip_comments():
            key, rest = self._key_line(self.lines[self.position], values)
            self.position += 1
            if rest is not None:
                if key not in _SCALAR_KEYS:
                    raise _NotCanonical
                values[key] = self._scalar(rest, 2)
            elif key in _BLOCK_LISTS:
                values[key] = [self._block(item) for item in self._sequence()]
            elif key == "demands":
                values[key] = [self._demand(item) for item in self._sequence()]
            elif key == "signatories":
                values[key] = [self._signatory(item) for item in self._sequence()]
            elif key in ("sign_up", "labels", "layout"):
                values[key] = self._mapping("  ", 4)
            else:
                raise _NotCanonical
        return self._build(values)

    # -- structure ---------------------------------------------------------------------

    def _key_line(self, line: str, seen: Mapping[str, object]) -> tuple[str, str | None]:
        match = _KEY.fullmatch(line)
        if match is None or match[1] in seen:
            raise _NotCanonical
        return match[1], match[2]

    def _mapping(
        self, pad: str, content_indent: int, entries: dict[str, Scalar] | None = None
    ) -> dict[str, Scalar]:
        entries = {} if entries is None else entries
        while self._next_starts_with(pad):
            key, rest = self._key_line(self.lines[self.position][len(pad) :], entries)
            if rest is None:
                raise _NotCanonical
            self.position += 1
            entries[key] = self._scalar(rest, content_indent)
        if not entries:
            raise _NotCanonical
        return entries

    def _sequence(self) -> list[Scalar | dict[str, Scalar]]:
        items: list[Scalar | dict[str, Scalar]] = []
        while self._next_starts_with("  - "):
            rest = self.lines[self.position][4:]
            self.position += 1
            match = _KEY.fullmatch(rest)
            if match is None:
                items.append(self._scalar(rest, 4))
                continue
            if match[2] is None:
                raise _NotCanonical
            entries = {match[1]: self._scalar(match[2], 6)}
            if self._next_starts_with("    "):
                self._mapping("    ", 6, entries)
            items.append(entries)
        if not items:
            raise _NotCanonical
        return items

    def _next_starts_with(self, pad: str) -> bool:
        """Whether the next entry starts with ``pad``, after any comment or empty lines."""
        return self._skip_comments() and self.lines[self.position].startswith(pad)

    def _skip_comments(self) -> bool:
        """Pass over comment and empty lines between entries (never inside a literal block,
        where they are text), noting where the comments are; whether any line is left."""
        lines = self.lines
        while self.position < len(lines) and _COMMENT_OR_EMPTY.fullmatch(lines[self.position]):
            if lines[self.position]:
                self.comment_lines.append(self.position + 1)
            self.position += 1
        return self.position < len(lines)

    def _scalar(self, written: str, content_indent: int) -> Scalar:
        if written in ("|", "|-", "|+"):
            return self._literal(written[1:], " " * content_indent), False
        if written.startswith("'"):
            match = _SINGLE_QUOTED.fullmatch(written)
            if match is None or not SINGLE_QUOTABLE.fullmatch(match[1]):
                raise _NotCanonical
            return match[1].replace("''", "'"), False
        if not PLAIN.fullmatch(written):
            raise _NotCanonical
        return written, True

    def _literal(self, chomping: str, pad: str) -> str:
        body: list[str] = []
        while self.position < len(self.lines):
            line = self.lines[self.position]
            if line and not line.startswith(pad):
                break
            if line and (not line.strip() or (not body and line[len(pad)] in " \t")):
                raise _NotCanonical  # indentation the writer never produces
            body.append(line[len(pad) :])
            self.position += 1
        trailing = 0
        while body and not body[-1]:
            body.pop()
            trailing += 1
        if not body or not body[0]:
            raise _NotCanonical
        text = "\n".join(body)
        if chomping == "-":
            return text
        return text + "\n" * (1 + (trailing if chomping == "+" else 0))

    # -- values ------------------------------------------------------------------------

    def _build(self, values: dict[str, object]) -> Statement:
        if values.get("format") != ("1", True) or "title" not in values:
            raise _NotCanonical
        statement = Statement(title="")
        for key, value in values.items():
            if key in _TEXT_KEYS:
                setattr(statement, key, _text(value))  # type: ignore[arg-type]
            elif key == "date":
                statement.date = _date(value)  # type: ignore[arg-type]
            elif key in ("preamble", "closing", "demands", "signatories"):
                setattr(statement, key, value)
        statement.sign_up = SignUp(**_texts(values.get("sign_up", {}), SIGN_UP_KEYS))  # type: ignore[arg-type]
        statement.labels = Labels(**_texts(values.get("labels", {}), LABEL_KEYS))  # type: ignore[arg-type]
        statement.layout = _layout(values.get("layout", {}))  # type: ignore[arg-type]
        return statement

    def _block(self, item: Scalar | dict[str, Scalar]) -> Block:
        if isinstance(item, tuple):
            return Paragraph(_text(item))
        if item.keys() == {"heading"}:
            return Heading(_text(item["heading"]))
        if item.keys() in ({"quote"}, {"quote", "by"}):
            return Quote(_text(item["quote"]), _text(item["by"]) if "by" in item else "")
        raise _NotCanonical

    def _demand(self, item: Scalar | dict[str, Scalar]) -> Demand:
        if isinstance(item, tuple):
            return Demand(_text(item))
        if item.keys() != {"heading", "text"}:
            raise _NotCanonical
        return Demand(text=_text(item["text"]), heading=_text(item["heading"]))

    def _signatory(self, item: Scalar | dict[str, Scalar]) -> Signatory:
        if isinstance(item, tuple):
            return Signatory(_text(item))
        if "name" not in item or not item.keys() <= _SIGNATORY_KINDS.keys():
            raise _NotCanonical
        values: dict[str, Any] = {
            key: _boolean(value) if _SIGNATORY_KINDS[key] is Kind.FLAG else _text(value)
            for key, value in item.items()
        }
        return Signatory(**values)


def _text(scalar: Scalar) -> str:
    value, plain = scalar
    if plain and not reads_as_text(value):
        raise _NotCanonical  # a number or null where text is expected: the full reader decides
    return value


def _texts(entries: dict[str, Scalar], keys: tuple[str, ...]) -> dict[str, str]:
    if not entries.keys() <= set(keys):
        raise _NotCanonical
    return {key: _text(entries[key]) for key in keys if key in entries}


def _typed(scalar: Scalar, pattern: re.Pattern[str], convert: Callable[[str], object]) -> object:
    value, plain = scalar
    if not plain or len(value) > MAX_NUMBER_CHARACTERS or not pattern.fullmatch(value):
        raise _NotCanonical
    return convert(value)


def _date(scalar: Scalar) -> datetime.date:
    try:
        return _typed(scalar, _DATE, datetime.date.fromisoformat)  # type: ignore[return-value]
    except ValueError:
        raise _NotCanonical from None


def _boolean(scalar: Scalar) -> bool:
    if scalar not in (("true", True), ("false", True)):
        raise _NotCanonical
    return scalar[0] == "true"


def _number(scalar: Scalar) -> float:
    if _INTEGER.fullmatch(scalar[0]):
        return _typed(scalar, _INTEGER, int)  # type: ignore[return-value]
    return _typed(scalar, _FLOAT, float)  # type: ignore[return-value]


def _layout(entries: dict[str, Scalar]) -> Layout:
    values: dict[str, Any] = {}
    for key, scalar in entries.items():
        info = _LAYOUT_FIELDS.get(key)
        if info is None:
            raise _NotCanonical
        values[key] = _LAYOUT_READERS[info.kind](scalar)
        if info.kind is Kind.CHOICE and values[key] not in info.choices:
            raise _NotCanonical
    return Layout(**values)


_LAYOUT_READERS: dict[Kind, Callable[[Scalar], object]] = {
    Kind.TEXT: _text,
    Kind.CHOICE: _text,
    Kind.NUMBER: _number,
    Kind.WHOLE_NUMBER: lambda scalar: _typed(scalar, _INTEGER, int),
    Kind.FLAG: _boolean,
}
