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
    sha256: str

    @classmethod
    def of_bytes(cls, path: str | os.PathLike[str], data: bytes) -> Fingerprint:
        """The fingerprint of ``data`` just read from or written to ``path``."""
        status = os.stat(path)
        return cls(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def still_matches(self, path: str | os.PathLike[str]) -> bool:
        """True when the file on disk has the content this fingerprint was taken of."""
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return False
        if (status.st_size, status.st_mtime_ns) == (self.size, self.modified_ns):
            return True
        if status.st_size != self.size:
            return False
        try:
            return hashlib.sha256(Path(path).read_bytes()).hexdigest() == self.sha256
        except OSError:
            return False
