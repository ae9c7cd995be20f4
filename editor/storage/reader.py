"""Bytes to a YAML node tree, safely: size, depth and alias limits, friendly syntax errors.

Nodes (not Python objects) are the output, so every value keeps its line and column and no
YAML constructor ever runs on untrusted input: tags are checked here, values are read by
``editor.storage.schema``.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from editor.model.problems import Problem

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_CHARACTERS = 24
"""Longer than any size, count or page number a statement holds; past it, no number is read
(only the interpreter's own digit limit would stop a number of thousands of digits)."""
MAX_EXPANDED_NODES = 2_000_000
"""A statement with 100,000 signatories is under a million nodes; aliases may not exceed this."""
MAX_ALIASED_CHARACTERS = 1_000_000
"""Nor the text they stand for: one long anchored string repeated could otherwise make a file
of kilobytes a gigabyte of names. Aliases may add this much text to what the file holds."""
MAX_LINES_AND_COMMAS = 2_000_000
"""An upper bound on the values a file holds, counted before it is parsed: 400,000 names with
roles and groups (about the 20 MB a file may be) stay under it; past it, parsing alone takes
seconds and gigabytes."""

STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_STATEMENT_KEY = re.compile(r"^(?:format|title)\s*:", re.MULTILINE)
_COMMENT_CANDIDATE = re.compile(r"(?:^|(?<=[ \t'\"\]}]))#", re.MULTILINE)
"""A '#' that may start a comment: after a space or tab, or right after a closing quote or
bracket; one inside a value is ruled out by the value's span."""
_ANCHOR_CANDIDATE = re.compile(r"&[^\s\[\]{},]")
"""An '&' with a name after it, wherever it stands (libyaml takes '"k":&a' as an anchor too):
"Pay & rights" cannot be an anchor; "R&D" is looked at, to be safe."""
_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


class YamlProblem(Exception):
    """A problem that stops reading before any field can be checked."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.problem = Problem(message, (), line, column)


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    root: MappingNode
    comment_lines: list[int]


def decode_text(data: bytes) -> str:
    """UTF-8 with or without a BOM; UTF-16 only when its BOM says so (Windows Notepad)."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem(too_large_message(len(data)))
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            try:
                return data[2:].decode(encoding)
            except UnicodeDecodeError:
                raise YamlProblem("the file starts like UTF-16 text but is not valid UTF-16") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        if b"\0" in data[:8192]:
            message = "this is not a text file (it looks like a binary file, not a statement)"
            raise YamlProblem(message) from None
        message = (
            "the file is not UTF-8 text; save it as UTF-8 in your editor "
            f"(byte 0x{data[error.start]:02X} is not valid here)"
        )
        raise YamlProblem(message, line, column) from None
    return text.removeprefix("\ufeff")


def refuse_too_many_values(text: str) -> None:
    """Asked before either reader starts, so that both refuse the same files."""
    if (pieces := text.count("\n") + text.count(",")) > MAX_LINES_AND_COMMAS:
        raise YamlProblem(
            f"the file has {pieces:,} lines and commas; a statement may have at most "
            f"{MAX_LINES_AND_COMMAS:,} (some 400,000 signatories): is this the right file?"
        )


def too_large_message(size: int) -> str:
    return (
        f"the file is {size / 1048576:.1f} MB; a statement file may be at most {MAX_FILE_BYTES // 1048576} MB"
    )


def parse(text: str) -> ParsedDocument:
    if not text.strip():
        raise YamlProblem("the file is empty; a statement needs at least 'format' and 'title'")
    _refuse_deep_flow_nesting(text)
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        raise _friendly_syntax_error(error, text) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        message = (
            f"the file contains a control character (U+{error.character:04X}) that a text "
            "file should not have; it may be damaged or not a statement"
        )
        raise YamlProblem(message, line, column) from None
    except RecursionError:
        raise YamlProblem(f"the file is nested more than {MAX_DEPTH} levels deep") from None
    if root is None:
        raise YamlProblem("the file has only comments; a statement needs 'format' and 'title'")
    if not isinstance(root, MappingNode):
        raise _node_problem(
            root,
            "this does not look like a statement file: expected keys such as "
            "'format:' and 'title:' at the start of lines",
        )
    may_share = _ANCHOR_CANDIDATE.search(text) is not None  # no anchor, no node reached twice
    _check_shape(root, may_share, len(text) + MAX_ALIASED_CHARACTERS)
    comments = _comment_lines(text, root, may_share) if "#" in text else []
    return ParsedDocument(root, comments)


def _refuse_deep_flow_nesting(text: str) -> None:
    """Deep ``[[[[`` would exhaust the stack of the C composer, so count events first.

    Block nesting needs ever wider indentation and cannot get deep within the size limit;
    flow nesting can, but only in files with many brackets, so ordinary files skip this.
    libyaml 0.2.5 and later refuse 1,000 levels themselves, in words of their own, and may do
    so before the events reach us: then the pure-Python parser, which has no limit of its own,
    recounts the text up to that point, so the refusal is ours whichever parser is installed.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    try:
        _refuse_too_deep_events(yaml.parse(text, Loader=SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if mark is not None and yaml.__with_libyaml__:
            # where the text cut at the error does not parse either, the first error stands
            with contextlib.suppress(yaml.YAMLError):
                _refuse_too_deep_events(yaml.parse(text[: mark.index + 1], Loader=yaml.SafeLoader))
        raise _friendly_syntax_error(error, text) from None


def _refuse_too_deep_events(events: Iterator[yaml.Event]) -> None:
    depth = 0
    for event in events:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                message = f"the file is nested more than {MAX_DEPTH} levels deep"
                if mark is None:
                    raise YamlProblem(message)
                raise YamlProblem(message, mark.line + 1, mark.column + 1)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def _check_shape(root: Node, may_share: bool, most_characters: int) -> None:
    """Refuse foreign tags, too deep a tree and alias bombs before anything reads values.
    A plain loop rather than ``_walk``: it visits every node of a long list on each load."""
    if may_share:
        _refuse_alias_bombs(root, most_characters)
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node.tag not in STANDARD_TAGS:
            if node.tag == "tag:yaml.org,2002:merge":
                raise _node_problem(
                    node, "'<<' (a YAML merge key) is not supported in a statement file; write the keys out"
                )
            raise _node_problem(node, f"the tag '{_short_tag(node.tag)}' is not allowed in a statement file")
        if depth > MAX_DEPTH:
            raise _node_problem(node, f"the file is nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, ScalarNode):
            continue
        if may_share:
            if id(node) in seen:
                continue
            seen.add(id(node))
        stack.extend([(child, depth + 1) for child in _children(node)])


def _walk(root: Node, may_share: bool) -> Iterator[tuple[Node, int]]:
    """Every distinct node once, with its depth; sharing is only possible through anchors."""
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if may_share:
            if id(node) in seen:
                continue
            seen.add(id(node))
        yield node, depth
        stack.extend((child, depth + 1) for child in _children(node))


def _refuse_alias_bombs(root: Node, most_characters: int) -> None:
    """The expanded size, in nodes and in characters, is computed once per distinct node, so a
    billion laughs costs milliseconds. Scalars are summed where they stand, never stacked: they
    are most of a long list's nodes."""
    sizes: dict[int, tuple[int, int]] = {}
    in_progress: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            in_progress.discard(key)
            nodes, characters = 1, 0
            for child in _children(node):
                if type(child) is ScalarNode:
                    nodes += 1
                    characters += len(child.value)
                else:
                    below_nodes, below_characters = sizes[id(child)]
                    nodes += below_nodes
                    characters += below_characters
            sizes[key] = (nodes, characters)
            if characters > most_characters:
                raise _node_problem(
                    node,
                    f"aliases (*name) here stand for over {MAX_ALIASED_CHARACTERS:,} characters more "
                    "than the file holds; write the values out",
                )
            if nodes > MAX_EXPANDED_NODES:
                raise _node_problem(
                    node,
                    "the file expands to too many values through aliases (*name); "
                    "this looks like a 'billion laughs' attack and is refused",
                )
        elif key in in_progress:
            raise _node_problem(node, "an alias (*name) refers to a value that contains it")
        elif key not in sizes:
            in_progress.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if type(child) is not ScalarNode)


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return node.value
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _node_problem(node: Node, message: str) -> YamlProblem:
    return YamlProblem(message, node.start_mark.line + 1, node.start_mark.column + 1)


def _friendly_syntax_error(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    line = min(mark.line + 1, text.count("\n") + 1) if mark else None
    column = mark.column + 1 if mark else None
    problem = error.problem or ""
    if not _STATEMENT_KEY.search(text):
        message = "this is not a statement file: it has no 'format:' or 'title:' line"
    elif "tab" in problem or (line is not None and "\t" in _indentation(text, line)):
        message = "a tab is used for indentation; YAML needs spaces (replace the tab with spaces)"
    elif "quoted scalar" in (error.context or "") and error.context_mark is not None:
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        message = "the quotation mark here is never closed; add the closing quote"
    elif "mapping values are not allowed" in problem:
        message = (
            "a ':' followed by a space inside a value; put the whole value in quotes "
            '("...") or check the indentation of this line'
        )
    elif "could not find expected ':'" in problem and error.context_mark is not None:
        # PyYAML notices at the next line; the line to fix is where the key began
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        if _line(text, line).lstrip().startswith("-"):
            message = "a list item needs a space after its dash ('- Tom Reilly', not '-Tom Reilly')"
        else:
            message = (
                "this line has no ':' after its key (write 'title: ...'), or it continues the "
                "line above and needs to be indented as far as that line's text"
            )
    elif quote := _early_closing_quote(text, line, column):
        inside = (
            "in single quotes is written twice ('Workers'' rights'), or put the value in double quotes"
            if quote == "'"
            else 'in double quotes is written \\" ("Say \\"no\\" to cuts"), or put the value in single quotes'
        )
        message = f"the value's closing quotation mark comes early: a quote inside a value {inside}"
    elif "could not find expected ':'" in problem or "expected <block end>" in problem:
        message = "the indentation is inconsistent here; line up keys of the same level"
    elif "another document" in problem:
        message = "a second document starts here ('---'); a statement file holds one statement"
    elif "found undefined alias" in problem:
        message = "an alias (*name) refers to an anchor (&name) that is not defined"
    elif "found duplicate anchor" in problem:
        message = "an anchor (&name) is defined twice"
    else:
        message = f"this is not valid YAML: {problem or error}"
    return YamlProblem(message, line, column)


def _line(text: str, line: int) -> str:
    lines = text.split("\n", line)
    return lines[line - 1] if len(lines) >= line else ""


def _indentation(text: str, line: int) -> str:
    row = _line(text, line)
    return row[: len(row) - len(row.lstrip(" \t"))]


def _early_closing_quote(text: str, line: int | None, column: int | None) -> str | None:
    """The quotation mark of a value that closed before its line ended and before the error,
    as in ``title: 'Workers' rights'``; None for any other error."""
    if line is None or column is None:
        return None
    row = _line(text, line)
    value = re.match(r"\s*(?:-\s+)?[\w-]+:\s+(['\"])", row) or re.match(r"\s*-\s+(['\"])", row)
    if value is None:
        return None
    quote = value.group(1)
    closed = row.find(quote, value.end())
    while closed != -1 and (
        (quote == "'" and row[closed + 1 : closed + 2] == "'") or (quote == '"' and _escaped(row, closed))
    ):
        closed = row.find(quote, closed + (2 if quote == "'" else 1))  # a quote inside the value
    early = closed != -1 and closed < column and row[closed + 1 :].strip() != ""
    return quote if early else None


def _escaped(row: str, index: int) -> bool:
    """Whether the character at ``index`` follows an odd run of backslashes (``\\"`` is a quote,
    ``\\\\"`` a backslash and then the closing quote)."""
    backslashes = len(row[:index]) - len(row[:index].rstrip("\\"))
    return backslashes % 2 == 1


def _comment_lines(text: str, root: Node, may_share: bool) -> list[int]:
    """Lines holding a YAML comment: a '#' after whitespace that no scalar contains. Only the
    scalars on lines with such a '#' are looked at: a long list has tens of thousands."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    candidates = [match.start() for match in _COMMENT_CANDIDATE.finditer(text)]
    candidate_lines = {bisect.bisect_right(line_starts, start) - 1 for start in candidates}
    spans = sorted(
        ((n.start_mark.line, n.start_mark.column), (n.end_mark.line, n.end_mark.column))
        for n, _ in _walk(root, may_share)
        if isinstance(n, ScalarNode)
        and not candidate_lines.isdisjoint(range(n.start_mark.line, n.end_mark.line + 1))
    )
    starts = [start for start, _ in spans]
    lines: list[int] = []
    for start in candidates:
        line = bisect.bisect_right(line_starts, start) - 1
        position = (line, start - line_starts[line])
        index = bisect.bisect_right(starts, position) - 1
        inside = index >= 0 and spans[index][0] <= position < spans[index][1]
        if not inside and (not lines or lines[-1] != line + 1):
            lines.append(line + 1)
    return lines
