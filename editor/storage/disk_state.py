"""What a file on disk looked like when we read it, to notice when someone else changed it.

A git pull, a text editor or a second copy of the program may rewrite a statement while it is
open; saving over that change would silently lose someone's work. The fingerprint taken at
load time is compared before saving; the content hash settles it when only the time changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Fingerprint:
    size: int
    modified_ns: int
    inode: int
    """A file renamed into place is a new one, even with the same size and time."""
    sha256: str

    @classmethod
    def of_bytes(cls, path: str | os.PathLike[str], data: bytes) -> Fingerprint:
        """The fingerprint of ``data`` just written to ``path``, while no other save can run."""
        return cls.of_read(data, os.stat(path))

    @classmethod
    def of_read(cls, data: bytes, status: os.stat_result) -> Fingerprint:
        """The fingerprint of ``data`` as read through a file whose status is ``status``."""
        return cls(status.st_size, status.st_mtime_ns, status.st_ino, hashlib.sha256(data).hexdigest())

    def still_matches(self, path: str | os.PathLike[str]) -> bool:
        """True when the file on disk has the content this fingerprint was taken of."""
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return False
        if (status.st_size, status.st_mtime_ns, status.st_ino) == (self.size, self.modified_ns, self.inode):
            return True
        if status.st_size != self.size:
            return False
        try:
            return hashlib.sha256(Path(path).read_bytes()).hexdigest() == self.sha256
        except OSError:
            return False
