"""What every command shares: exit statuses, and how loading and saving are reported."""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from editor.actions.saving import Consent, NeedsConsent, NotSaved, Saved, save_statement
from editor.storage import InvalidStatement, UnreadableFile, load
from editor.storage.statement_file import LoadedStatement
from editor.wording import shown_safely

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
"""Done; problems found in a statement (each listed); a file could not be read or written, or
the command was misused."""
EXIT_INTERRUPTED = 130
EXIT_OUTPUT_CLOSED = 141
"""As the shell reports a command stopped by SIGPIPE: what read its output went away (| head)."""


class OutputThatMayBeCutShort:
    """Standard output for the commands. When what reads it stops early (``| head``), the rest
    is dropped and the command goes on to the end: whether a file is saved must not depend on
    how much of the report someone chose to read."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._reader_left()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._reader_left()

    def _reader_left(self) -> None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class ShownSafely:
    """A stream that shows the control characters a file's values may hold as escapes: every
    message echoes something from a file (a value, a cell, a file name), and a terminal would
    act on an escape sequence in it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown_safely(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def load_or_report(
    name: str, refusal: str = "fix these problems first; nothing was changed"
) -> LoadedStatement | int:
    """The statement in ``name``, or the exit status after saying why it cannot be used."""
    try:
        return load(name)
    except UnreadableFile as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    except InvalidStatement as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{name}: {refusal}", file=sys.stderr)
        return EXIT_PROBLEMS


def save_or_report(loaded: LoadedStatement, name: str, *, drop_comments: bool) -> int:
    """Save back over the file it came from, unless it has comments (without consent) or changed
    meanwhile: a command cannot ask, so either is a refusal that changes nothing."""
    consent = Consent.DROP_COMMENTS if drop_comments else Consent.NONE
    outcome = save_statement(loaded.statement, name, expected=loaded.fingerprint, consent=consent)
    match outcome:
        case Saved():
            return EXIT_OK
        case NeedsConsent(consent=Consent.DROP_COMMENTS):
            print(
                f"{outcome.message}; nothing was changed. Add --drop-comments to save anyway.",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        case NeedsConsent():
            print(
                f"{outcome.message}; nothing was changed (run the command again to apply it to the "
                "file as it is now)",
                file=sys.stderr,
            )
            return EXIT_UNREADABLE
        case NotSaved():  # says itself that the file on disk is as it was
            print(outcome.message, file=sys.stderr)
            return EXIT_UNREADABLE
