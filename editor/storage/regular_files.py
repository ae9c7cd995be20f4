"""Reading a file someone may have sent: a regular file only, and never more than a limit.

A FIFO, ``/dev/zero`` or ``/dev/urandom`` (directly or through a link) reports a size of 0 and
then reads forever or blocks; a file can also grow while it is read. So the file is opened
without waiting on a FIFO's writer, refused unless it is a regular file, and read in pieces
that stop one byte past the limit. Each reader (statement, CSV, logo) says the refusal in its
own words.
"""

from __future__ import annotations

import os
import stat

CHUNK_BYTES = 1024 * 1024


class NotARegularFile(OSError):
    """A device, a FIFO, a socket: something that is not a file of bytes with an end."""


class FileTooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size
        """The size found: the whole size when known beforehand, else how far reading got."""


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The file's bytes; ``NotARegularFile``, ``FileTooLarge`` or the ``OSError`` of opening it."""
    return read_regular_with_status(path, limit)[0]


def read_regular_with_status(path: str | os.PathLike[str], limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes and the status of the very file they were read from: a status taken by name
    afterwards may already be of a file another program renamed into its place."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        facts = os.fstat(descriptor)
        if stat.S_ISDIR(facts.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(facts.st_mode):
            raise NotARegularFile(path)
        if facts.st_size > limit:
            raise FileTooLarge(facts.st_size)
        os.set_blocking(descriptor, True)
        pieces, total = [], 0
        while piece := os.read(descriptor, CHUNK_BYTES):
            pieces.append(piece)
            total += len(piece)
            if total > limit:
                raise FileTooLarge(total)
        return b"".join(pieces), facts
    finally:
        os.close(descriptor)
