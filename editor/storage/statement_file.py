"""Reading and saving statement files: the entry points every front end uses."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import Node

from editor.collector import collections_paused
from editor.model.limits import limit_problems
from editor.model.problems import Problem, format_path
from editor.model.statement import Statement
from editor.model.validation import validate
from editor.storage.atomic import atomic_write, remove_leftovers
from editor.storage.canonical import read_canonical
from editor.storage.disk_state import Fingerprint
from editor.storage.errors import (
    ChangedOnDisk,
    CommentsWouldBeLost,
    InvalidStatement,
    SaveFailed,
    UnreadableFile,
)
from editor.storage.reader import (
    MAX_FILE_BYTES,
    ParsedDocument,
    YamlProblem,
    decode_text,
    parse,
    refuse_too_many_values,
    too_large_message,
)
from editor.storage.regular_files import FileTooLarge, NotARegularFile, read_regular_with_status
from editor.storage.schema import StatementDecoder, TooManyProblems, node_at
from editor.storage.write_lock import one_writer
from editor.storage.writer import dump_statement


class Locations:
    """Where each field is in the text a statement was read from, to point at a problem found
    later (by the printer's checks). The text read is kept; the fast reader, which records no
    positions, leaves it to be parsed the first time a problem needs a place, and only then."""

    def __init__(self, name: str, text: str, root: Node | None = None) -> None:
        self.name = name
        self._text = text
        self._root = root

    def locate(self, problems: list[Problem]) -> list[Problem]:
        """The problems with this file's name, and the line and column of their field."""
        root = self._parsed() if any(problem.path for problem in problems) else None
        located = []
        for problem in problems:
            mark = node_at(root, problem.path).start_mark if root is not None and problem.path else None
            line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
            located.append(problem.located(self.name, line, column))
        return located

    def _parsed(self) -> Node | None:
        if self._root is None:
            with contextlib.suppress(YamlProblem):
                self._root = parse(self._text).root
        return self._root


@dataclass(slots=True)
class LoadedStatement:
    """A statement as read: ``problems`` are rule problems that do not prevent editing."""

    statement: Statement
    locations: Locations
    problems: list[Problem] = field(default_factory=list)
    comment_lines: list[int] = field(default_factory=list)
    fingerprint: Fingerprint | None = None
    """The file as it was read, to pass to ``save`` so a change by another program is noticed."""


def loads(data: bytes | str, name: str = "<statement>") -> LoadedStatement:
    """Decode a whole file's content; raises ``InvalidStatement`` with every problem found."""
    with collections_paused():
        return _loads(data, name)


def _loads(data: bytes | str, name: str) -> LoadedStatement:
    try:
        text = decode_text(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
        refuse_too_many_values(text)
        fast = read_canonical(text)
        if fast is not None:
            if over_limits := list(limit_problems(fast.statement)):  # the one thing to say: said at once
                raise InvalidStatement(_in_file_order(Locations(name, text).locate(over_limits)))
            if not validate(fast.statement):
                locations = Locations(name, text)
                return LoadedStatement(fast.statement, locations, comment_lines=fast.comment_lines)
        document = parse(text)
    except YamlProblem as stop:
        raise InvalidStatement([dataclasses.replace(stop.problem, file=name)]) from None
    return _decode(document, text, name)


def _decode(document: ParsedDocument, text: str, name: str) -> LoadedStatement:
    """The full reader: every problem, with its position, whatever shape the file has."""
    decoder = StatementDecoder(text)
    try:
        statement = decoder.statement(document.root)
    except TooManyProblems:
        raise InvalidStatement([p.located(name, p.line, p.column) for p in decoder.problems]) from None
    already_reported = decoder.missing | {p.path for p in decoder.problems if not p.is_warning}
    locations = Locations(name, text, document.root)
    decoded = [p.located(name, p.line, p.column) for p in decoder.problems]
    if over_limits := locations.locate(list(limit_problems(statement))):  # too much to check further
        raise InvalidStatement(_in_file_order(decoded + over_limits))
    rule_problems = locations.locate([p for p in validate(statement) if p.path not in already_reported])
    everything = _in_file_order(decoded + rule_problems)
    if any(not p.is_warning for p in decoded):
        raise InvalidStatement(everything)
    return LoadedStatement(statement, locations, everything, document.comment_lines)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def load(path: str | os.PathLike[str]) -> LoadedStatement:
    """Read a statement file; problems name the file as the caller wrote it."""
    name = os.fspath(path)
    data, status = _read_with_status(path)
    remove_leftovers(Path(path))
    loaded = loads(data, name)
    loaded.fingerprint = Fingerprint.of_read(data, status)
    return loaded


def _read_with_status(path: str | os.PathLike[str]) -> tuple[bytes, os.stat_result]:
    name = os.fspath(path)
    try:
        return read_regular_with_status(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise InvalidStatement([Problem(too_large_message(error.size), file=name)]) from None
    except NotARegularFile:
        raise UnreadableFile(f"{name}: this is not a file of text but a device or a pipe") from None
    except FileNotFoundError:
        raise UnreadableFile(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{name}: this is a folder, not a statement file") from None
    except PermissionError:
        raise UnreadableFile(f"{name}: you do not have permission to read this file") from None
    except OSError as error:
        raise UnreadableFile(f"{name}: cannot be read ({error.strerror or error})") from None


def dumps(statement: Statement) -> str:
    return dump_statement(statement)


def save(
    statement: Statement,
    path: str | os.PathLike[str],
    *,
    discard_comments: bool = False,
    expected: Fingerprint | None = None,
) -> Fingerprint:
    """Write canonically and atomically; returns the fingerprint of what is now on disk.

    Raises ``ChangedOnDisk`` when ``expected`` is given and the file was changed since then,
    ``CommentsWouldBeLost`` when the file on disk has comments and ``discard_comments`` is
    false, and ``SaveFailed`` when writing fails. In each case the file on disk is unchanged.
    """
    if over := next(limit_problems(statement), None):  # it would be refused when next read
        raise SaveFailed(
            f"could not save {os.fspath(path)}: {format_path(over.path)}: {over.message}; "
            "the file on disk was not changed"
        )
    data = dump_statement(statement).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        size = len(data) / 1048576
        raise SaveFailed(
            f"could not save {os.fspath(path)}: the statement would be {size:.0f} MB, over the "
            f"{MAX_FILE_BYTES // 1048576} MB a statement file may be; the file on disk was not changed"
        )
    with one_writer(path):  # no other save can come between the checks and the rename
        if expected is not None and Path(path).exists() and not expected.still_matches(path):
            raise ChangedOnDisk(os.fspath(path))
        if not discard_comments:
            lines = existing_comment_lines(Path(path))
            if lines:
                raise CommentsWouldBeLost(os.fspath(path), lines)
        atomic_write(path, data)
        return Fingerprint.of_bytes(path, data)


def existing_comment_lines(path: Path) -> list[int]:
    """Comment lines in the file on disk now; an unreadable or broken file has none to lose."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if b"#" not in data:
        return []
    try:
        text = decode_text(data)
        fast = read_canonical(text)
        return fast.comment_lines if fast is not None else parse(text).comment_lines
    except YamlProblem:
        return []
