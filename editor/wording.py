"""How messages count things, the same in the window and on the command line."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '1,200 signatories'."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"


def listed(words: list[str]) -> str:
    """'email', 'email and phone', 'email, phone and note'."""
    return " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 2 else words)


def shortened(text: str, limit: int = 40) -> str:
    """A value as a message quotes it: whole when short, else its start and '...'."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
