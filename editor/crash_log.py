"""Where the details of an unexpected error go: a file for a bug report, never the user's face.

The command line and the window both keep the traceback here and tell the user one line.
"""

from __future__ import annotations

import datetime
import os

from editor.paths import user_data_dir
from editor.storage import StorageError, atomic_write


def save_details(details: str) -> str | None:
    """The log file written, named to the microsecond and the process; None if it could not be."""
    folder = user_data_dir() / "logs"
    name = f"error-{datetime.datetime.now():%Y%m%d-%H%M%S-%f}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / name, details.encode("utf-8"), backup=False)
    except (OSError, StorageError):
        return None
    return str(folder / name)
