"""How messages count things, the same in the window and on the command line."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '1,200 signatories'."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"
