"""How messages count things and quote values, the same in the window and on the command line."""

from __future__ import annotations

import re


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '1,200 signatories'."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"


def listed(words: list[str]) -> str:
    """'email', 'email and phone', 'email, phone and note'."""
    return " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 2 else words)


def shortened(text: str, limit: int = 40) -> str:
    """A value as a message quotes it: on one line, whole when short, else its start and '...'."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_UNSEEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
"""Characters a terminal acts on or that reorder or break a line: C0 and C1 controls other
than tab and line feed, DEL, line and paragraph separators, and bidirectional overrides; and
the stand-ins for bytes of a file name that are not UTF-8, which would reach it raw."""


def shown_safely(text: str) -> str:
    """Text for a terminal, with what a file could use to rewrite the screen ("\x1b[2J") or
    forge a line shown as escapes instead; tabs and the message's own line feeds stay."""
    return _UNSEEN.sub(_escape, text)


def one_line(text: str) -> str:
    """A value quoted in a message: its line breaks and tabs shown as escapes too, so that a
    value cannot start a line of its own that looks like another message."""
    return shown_safely(text).replace("\n", "\\n").replace("\t", "\\t")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte a file name held, as Python keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
