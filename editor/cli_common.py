"""What every command of the command line shares: its exit statuses and how it counts things."""

from __future__ import annotations

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
"""Done; problems found in a statement (each listed); a file could not be read or written, or
the command was misused."""
EXIT_INTERRUPTED = 130


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '1,200 signatories'."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"
