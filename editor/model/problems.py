"""Problems found in a statement, located by field path and, when known, by file position.

Paths count list items from 1, as organisers count demands and names:
``("demands", 1, "text")`` is the second demand and prints as ``demands[2].text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.wording import one_line

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    path: Path = ()
    line: int | None = None
    column: int | None = None
    file: str | None = None
    is_warning: bool = False

    def located(self, file: str | None, line: int | None, column: int | None) -> Problem:
        return Problem(self.message, self.path, line, column, file, self.is_warning)

    def __str__(self) -> str:
        """One line, always: a file name or a key from the file with a line break in it is shown
        with the break escaped, so it cannot start a line that reads as another problem."""
        where = [str(part) for part in (self.file, self.line, self.column) if part is not None]
        prefix = ":".join(where)
        field = format_path(self.path)
        kind = "warning: " if self.is_warning else ""
        return one_line(": ".join(part for part in (prefix, field, kind + self.message) if part))


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop an export, from the window or the command line alike: a print run
    is not the place to find out. Warnings are said, and printing goes ahead."""
    return [problem for problem in problems if not problem.is_warning]


class ProblemError(Exception):
    """Base of every error raised for the user to read, from storage and from the printer alike:
    ``problems`` say what stopped the operation and, by path, which field it is about."""

    def __init__(self, message: str = "", problems: list[Problem] | None = None, *, path: Path = ()) -> None:
        found = problems if problems is not None else [Problem(message, path)]
        super().__init__(message or "\n".join(str(problem) for problem in found))
        self.problems = found
