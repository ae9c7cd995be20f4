"""YAML nodes to the statement model, collecting every problem with its line and field.

Decoding never stops at the first problem: a wrong value is noted and replaced by its default
so the rest of the file is still checked, and the organiser sees all problems at once.
"""

from __future__ import annotations

import datetime
import difflib
import math
import re
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from editor.model.fields import Kind
from editor.model.problems import Path, Problem
from editor.model.statement import (
    FORMAT_VERSION,
    LABEL_KEYS,
    LAYOUT_FIELDS,
    LAYOUT_KEYS,
    SIGN_UP_KEYS,
    SIGNATORY_FIELDS,
    SIGNATORY_KEYS,
    STATEMENT_KEYS,
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
from editor.wording import shortened

T = TypeVar("T")

TOP_LEVEL_KEYS = ("format", *STATEMENT_KEYS)
DEMAND_KEYS = ("heading", "text")
QUOTE_KEYS = ("quote", "by")

_TAG = "tag:yaml.org,2002:"
_NULL, _STR, _BOOL, _INT, _FLOAT = (_TAG + t for t in ("null", "str", "bool", "int", "float"))
_TIMESTAMP, _SEQ, _MAP = (_TAG + t for t in ("timestamp", "seq", "map"))
_UNQUOTED_COLOUR = re.compile(r"accent_color:\s+(#[0-9A-Fa-f]{3,8})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
"""A whole number as people write it: YAML 1.1 reads '010' as 8, '0x10' as 16 and '0b11' as 3."""
_values = SafeConstructor()
_BOOL_WORDS = frozenset(SafeConstructor.bool_values)
_KIND_NAMES = {
    _NULL: "nothing", _STR: "text", _BOOL: "true/false", _INT: "a number",
    _FLOAT: "a number", _TIMESTAMP: "a date", _SEQ: "a list", _MAP: "a set of keys",
}  # fmt: skip


def _found(node: Node) -> str:
    return _KIND_NAMES.get(node.tag, "something else")


MAX_PROBLEMS = 200
"""Past this many problems that stop a file from opening, the rest of it is not decoded: nobody
reads further, and a file of 200,000 wrong keys would otherwise take a quarter of a minute."""


class TooManyProblems(Exception):
    """Raised by the decoder once ``MAX_PROBLEMS`` are found; its ``problems`` holds them."""


class StatementDecoder:
    """One decoding run over one document; ``problems`` fills as it goes."""

    def __init__(self, text: str = "") -> None:
        self.lines = text.split("\n")
        self.problems: list[Problem] = []
        self.blocking_count = 0
        """Problems that stop the file from opening; warnings (a name over two lines) do not count."""
        self.missing: set[Path] = set()
        """Fields reported missing, so the rule 'must not be blank' is not said twice."""

    # -- reporting ---------------------------------------------------------------------

    def _report(self, node: Node, path: Path, message: str, *, is_warning: bool = False) -> None:
        mark = node.start_mark
        self.problems.append(Problem(message, path, mark.line + 1, mark.column + 1, is_warning=is_warning))
        if is_warning:
            return
        self.blocking_count += 1
        if self.blocking_count >= MAX_PROBLEMS:
            self.problems.append(
                Problem(
                    f"{MAX_PROBLEMS} problems so far; the rest of the file is read when these are put right"
                )
            )
            raise TooManyProblems

    def _one_item_over_lines(self, node: ScalarNode, path: Path, what: str, *, wrapped_text: bool) -> None:
        """An unquoted list item whose next line lost its dash reads as one item with the next:
        YAML accepts it without a word. A name is never wrapped over lines on purpose; the text
        of a demand may be, so there only a next line that starts with '-' is suspicious."""
        first, last = node.start_mark.line, node.end_mark.line - (0 if node.end_mark.column else 1)
        if node.style or last <= first:  # quoted or a block: written over lines on purpose
            return
        continued = [row.lstrip() for row in self.lines[first + 1 : last + 1]]
        if wrapped_text and not any(row.startswith("-") for row in continued):
            return
        self._report(
            node,
            path,
            f"'{node.value}' is written over {last - first + 1} lines, so it reads as one {what}; "
            "if it is more than one, start each on its own line with '- '",
            is_warning=True,
        )

    def _mapping(self, node: Node, path: Path, known: tuple[str, ...], what: str) -> dict[str, Node]:
        """Keys of a mapping node, with unknown and repeated keys reported."""
        if not isinstance(node, MappingNode):
            self._report(node, path, f"expected {what}, found {_found(node)}")
            return {}
        result: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in (_STR, _INT, _BOOL, _NULL, _FLOAT):
                self._report(key_node, path, "a key must be a plain word such as 'title'")
                continue
            key = key_node.value
            if key not in known:
                self._report(key_node, path, _unknown_key_message(key, known))
            elif key in result:
                self._report(
                    key_node, (*path, key), f"'{key}' is given twice (first on line {first_line[key]})"
                )
            else:
                result[key] = value_node
                first_line[key] = key_node.start_mark.line + 1
        return result

    def _required(self, fields: dict[str, Node], key: str, parent: Node, path: Path) -> Node | None:
        node = fields.get(key)
        if node is None or node.tag == _NULL:
            self._report(node or parent, path, f"'{key}' is missing")
            self.missing.add((*path, key))
            return None
        return node

    # -- values ------------------------------------------------------------------------

    def text(self, node: Node | None, path: Path) -> str:
        """Any scalar reads as the text written, so ``title: 2026`` is the text '2026'."""
        if node is None or node.tag == _NULL:
            return ""
        if isinstance(node, ScalarNode):
            return node.value
        self._report(node, path, f"expected text, found {_found(node)}")
        return ""

    def optional(self, node: Node | None, path: Path, read: Callable[[Node, Path], T | None]) -> T | None:
        if node is None or node.tag == _NULL:
            return None
        return read(node, path)

    def boolean(self, node: Node, path: Path) -> bool | None:
        if node.tag == _BOOL and isinstance(node, ScalarNode) and node.value.lower() in _BOOL_WORDS:
            return bool(_values.construct_yaml_bool(node))
        self._report(node, path, f"expected true or false, found '{_scalar_text(node)}'")
        return None

    def integer(self, node: Node, path: Path) -> int | None:
        value = self._numeral(node, path, (_INT,))
        if value is None or isinstance(value, int):
            return value
        self._report(node, path, f"expected a whole number, found '{_scalar_text(node)}'")
        return None

    def number(self, node: Node, path: Path) -> float | None:
        return self._numeral(node, path, (_INT, _FLOAT))

    def _numeral(self, node: Node, path: Path, tags: tuple[str, ...]) -> float | None:
        """A number as written, read only when it is a plain one of a sensible length: YAML 1.1
        also reads base 60 ('1:00:00', slow to convert when long) and numbers of any length,
        which only the interpreter's own guards would stop."""
        kind = "a whole number" if tags == (_INT,) else "a number"
        if not (node.tag in tags and isinstance(node, ScalarNode)):
            self._report(node, path, f"expected {kind}, found '{_scalar_text(node)}'")
            return None
        written = node.value.replace("_", "")
        if ":" in written or (node.tag == _INT and not _DECIMAL.fullmatch(written)):  # base 60, 0x, 0b, 010
            self._report(
                node,
                path,
                f"expected {kind} written plainly in decimal, such as 12, found '{_scalar_text(node)}'",
            )
            return None
        if len(written) > MAX_NUMBER_CHARACTERS:
            self._report(
                node,
                path,
                f"expected {kind}, found one {len(written):,} characters long ('{_scalar_text(node)}')",
            )
            return None
        try:
            value = (
                _values.construct_yaml_int(node) if node.tag == _INT else _values.construct_yaml_float(node)
            )
        except (ValueError, TypeError, IndexError, OverflowError):  # a tag on what it cannot hold
            value = None
        if not isinstance(value, int | float) or not math.isfinite(value):
            self._report(node, path, f"expected {kind}, found '{_scalar_text(node)}'")
            return None
        return value

    def date(self, node: Node, path: Path) -> datetime.date | None:
        """Unquoted dates arrive as timestamps, quoted ones as text; both are accepted."""
        written = _scalar_text(node)
        if node.tag in (_TIMESTAMP, _STR) and _ISO_DATE.fullmatch(written):
            try:
                return datetime.date.fromisoformat(written)
            except ValueError:
                self._report(node, path, f"'{written}' is not a real date")
                return None
        self._report(
            node, path, f"expected a date written as YYYY-MM-DD, such as 2026-05-01, found '{written}'"
        )
        return None

    def items(self, node: Node | None, path: Path, read: Callable[[Node, Path], T]) -> list[T]:
        if node is None or node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            self._report(node, path, f"expected a list (lines starting with '- '), found {_found(node)}")
            return []
        return [read(item, (*path, index)) for index, item in enumerate(node.value)]

    # -- the statement -----------------------------------------------------------------

    def statement(self, root: MappingNode) -> Statement:
        fields = self._mapping(root, (), TOP_LEVEL_KEYS, "keys")
        self._format(fields.get("format"), root)
        title_node = self._required(fields, "title", root, ())
        return Statement(
            title=self.text(title_node, ("title",)),
            subtitle=self.text(fields.get("subtitle"), ("subtitle",)),
            issuer=self.text(fields.get("issuer"), ("issuer",)),
            date=self.optional(fields.get("date"), ("date",), self.date),
            language=self.text(fields.get("language"), ("language",)),
            preamble=self.items(fields.get("preamble"), ("preamble",), self.block),
            demands=self.items(fields.get("demands"), ("demands",), self.demand),
            closing=self.items(fields.get("closing"), ("closing",), self.block),
            sign_up=self.sign_up(fields.get("sign_up"), ("sign_up",)),
            contact=self.text(fields.get("contact"), ("contact",)),
            imprint=self.text(fields.get("imprint"), ("imprint",)),
            labels=self.labels(fields.get("labels"), ("labels",)),
            signatories=self.items(fields.get("signatories"), ("signatories",), self.signatory),
            layout=self.layout(fields.get("layout"), ("layout",)),
        )

    def _format(self, node: Node | None, root: Node) -> None:
        if node is None:
            self._report(
                root, ("format",), f"'format' is missing; add 'format: {FORMAT_VERSION}' as the first line"
            )
            return
        version = self.integer(node, ("format",))
        if version is None:
            return
        if version > FORMAT_VERSION:
            self._report(
                node,
                ("format",),
                f"this file was written by a newer version of Statement Editor (format {version}); "
                "update Statement Editor to open it",
            )
        elif version < FORMAT_VERSION:
            self._report(
                node, ("format",), f"format {version} does not exist; the format is {FORMAT_VERSION}"
            )

    def block(self, node: Node, path: Path) -> Block:
        if isinstance(node, ScalarNode):
            return Paragraph(self.text(node, path))
        if not isinstance(node, MappingNode):
            self._report(node, path, f"expected a paragraph, a quote or a heading, found {_found(node)}")
            return Paragraph("")
        keys = {key.value for key, _ in node.value if isinstance(key, ScalarNode)}
        if "heading" in keys:
            fields = self._mapping(node, path, ("heading",), "a heading")
            return Heading(self.text(fields.get("heading"), (*path, "heading")))
        if "quote" in keys:
            fields = self._mapping(node, path, QUOTE_KEYS, "a quote")
            return Quote(
                self.text(fields.get("quote"), (*path, "quote")),
                self.text(fields.get("by"), (*path, "by")),
            )
        self._report(
            node,
            path,
            "a block is a paragraph (plain text), a quote ('quote:' with an optional 'by:') "
            "or a sub-heading ('heading:')" + _closest_hint(keys, ("quote", "by", "heading")),
        )
        return Paragraph("")

    def demand(self, node: Node, path: Path) -> Demand:
        if isinstance(node, ScalarNode):
            self._one_item_over_lines(node, path, "demand", wrapped_text=True)
            return Demand(self.text(node, path))
        fields = self._mapping(node, path, DEMAND_KEYS, "the text of a demand, or 'heading:' and 'text:'")
        if not fields and not isinstance(node, MappingNode):
            self.missing.add((*path, "text"))  # said already: the demand has the wrong shape
            return Demand("")
        text_node = self._required(fields, "text", node, path)
        return Demand(
            text=self.text(text_node, (*path, "text")),
            heading=self.text(fields.get("heading"), (*path, "heading")),
        )

    def signatory(self, node: Node, path: Path) -> Signatory:
        if isinstance(node, ScalarNode):
            self._one_item_over_lines(node, path, "name", wrapped_text=False)
            return Signatory(self.text(node, path))
        fields = self._mapping(node, path, SIGNATORY_KEYS, "a name, or 'name:' with other details")
        if not isinstance(node, MappingNode):
            self.missing.add((*path, "name"))  # said already: the signatory has the wrong shape
            return Signatory("")
        name_node = self._required(fields, "name", node, path)
        values: dict[str, Any] = {"name": self.text(name_node, (*path, "name"))}
        for info in SIGNATORY_FIELDS:
            if info.key == "name":
                continue
            if info.kind is Kind.FLAG:
                values[info.key] = bool(self.optional(fields.get(info.key), (*path, info.key), self.boolean))
            else:
                values[info.key] = self.text(fields.get(info.key), (*path, info.key))
        return Signatory(**values)

    def sign_up(self, node: Node | None, path: Path) -> SignUp:
        if node is None or node.tag == _NULL:
            return SignUp()
        fields = self._mapping(node, path, SIGN_UP_KEYS, "'text:' and 'url:'")
        return SignUp(**{key: self.text(fields.get(key), (*path, key)) for key in SIGN_UP_KEYS})

    def labels(self, node: Node | None, path: Path) -> Labels:
        if node is None or node.tag == _NULL:
            return Labels()
        fields = self._mapping(node, path, LABEL_KEYS, "headings to override")
        return Labels(**{key: self.text(fields.get(key), (*path, key)) for key in LABEL_KEYS})

    def layout(self, node: Node | None, path: Path) -> Layout:
        if node is None or node.tag == _NULL:
            return Layout()
        fields = self._mapping(node, path, LAYOUT_KEYS, "layout settings")
        self._unquoted_colour(fields.get("accent_color"), (*path, "accent_color"))

        readers: dict[Kind, Callable[[Node, Path], object]] = {
            Kind.TEXT: self.text,
            Kind.FLAG: self.boolean,
            Kind.NUMBER: self.number,
            Kind.WHOLE_NUMBER: self.integer,
        }
        values: dict[str, Any] = {}
        for info in LAYOUT_FIELDS:
            read = partial(self._choice, info.choices) if info.kind is Kind.CHOICE else readers[info.kind]
            values[info.key] = self.optional(fields.get(info.key), (*path, info.key), read)
        return Layout(**values)

    def _unquoted_colour(self, node: Node | None, path: Path) -> None:
        """``accent_color: #C8102E`` reads as a comment, leaving no value: say why."""
        if node is None or node.tag != _NULL:
            return
        line = self.lines[node.start_mark.line] if node.start_mark.line < len(self.lines) else ""
        colour = _UNQUOTED_COLOUR.search(line)
        if colour:
            self._report(
                node,
                path,
                f"put the colour in quotes: '{colour.group(1)}' (without quotes, # starts a comment)",
            )

    def _choice(self, choices: tuple[str, ...], node: Node, path: Path) -> str:
        """Choices are read case-insensitively (``a4``, ``Landscape``); an unknown one is kept as
        written, for validation to report."""
        written = self.text(node, path)
        return next((choice for choice in choices if choice.lower() == written.lower()), written)


def _scalar_text(node: Node) -> str:
    if isinstance(node, ScalarNode):
        return shortened(node.value)
    return "a list" if isinstance(node, SequenceNode) else "a set of keys"


def _unknown_key_message(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f"; known keys here: {', '.join(known)}"
    return f"unknown key '{key}'{hint}"


def _closest_hint(keys: set[str], known: tuple[str, ...]) -> str:
    for key in sorted(keys):
        close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
        if close:
            return f"; did you mean '{close[0]}' instead of '{key}'?"
    return ""


def node_at(root: Node, path: Path) -> Node:
    """The node a field path points to, or its nearest existing ancestor."""
    node = root
    for part in path:
        if isinstance(part, int) and isinstance(node, SequenceNode) and part < len(node.value):
            node = node.value[part]
        elif isinstance(part, str) and isinstance(node, MappingNode):
            match = next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == part), None)
            if match is None:
                return node
            node = match
        else:
            return node
    return node
