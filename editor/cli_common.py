"""The exit statuses every command of the command line shares."""

from __future__ import annotations

import os
from typing import TextIO

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

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
