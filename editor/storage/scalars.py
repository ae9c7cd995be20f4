"""How one string is written in YAML: plain when safe, a literal block when multi-line, quoted otherwise.

Written by hand rather than with PyYAML's emitter because the emitter's per-character analysis
dominates saving 10,000 signatories; the round trip through PyYAML's loader is tested with
generated strings.
"""

from __future__ import annotations

import re

from yaml.resolver import Resolver

_PRINTABLE = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
"""YAML's printable characters less line breaks (U+0085, U+2028, U+2029) and the BOM."""

PLAIN = re.compile(
    rf"(?![-?:,\[\]{{}}#&*!|>'\"%@`\s]|\.\.\.)"  # cannot start with an indicator or space
    rf"(?!.*(?:: |:$| #))"  # no ': ', trailing ':' or ' #' anywhere
    rf"[{_PRINTABLE}]+(?<! )"  # printable, not ending in a space
)
SINGLE_QUOTABLE = re.compile(rf"[{_PRINTABLE}]*")
_LITERAL_LINE = re.compile(rf"(?:(?=.*\S)[{_PRINTABLE}\t]+)?")  # empty, or more than spaces
_RESOLVERS = Resolver.yaml_implicit_resolvers
_STR_TAG = "tag:yaml.org,2002:str"
_ESCAPES = {
    "\0": "\\0", "\x07": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\x0b": "\\v",
    "\x0c": "\\f", "\r": "\\r", "\x1b": "\\e", '"': '\\"', "\\": "\\\\", "\x85": "\\N",
    "\u2028": "\\L", "\u2029": "\\P",
}  # fmt: skip
_NEEDS_ESCAPE = re.compile(rf'[^{_PRINTABLE}]|["\\]')


def reads_as_text(value: str) -> bool:
    """False when a plain scalar would load as a number, a date, a boolean or null."""
    return not any(tag != _STR_TAG and regexp.match(value) for tag, regexp in _RESOLVERS.get(value[0], []))


def scalar_lines(value: str, indent: int) -> list[str]:
    """The scalar as it follows ``key: `` or ``- ``; block content is indented by ``indent``."""
    if PLAIN.fullmatch(value) and reads_as_text(value):
        return [value]
    if "\n" in value:
        literal = _literal(value, indent)
        if literal:
            return literal
    elif SINGLE_QUOTABLE.fullmatch(value):
        return ["'" + value.replace("'", "''") + "'"]
    return ['"' + _NEEDS_ESCAPE.sub(_escape, value) + '"']


def _literal(value: str, indent: int) -> list[str] | None:
    body = value.rstrip("\n")
    trailing = len(value) - len(body)
    lines = body.split("\n")
    if not lines[0] or lines[0][0] in " \t" or not all(_LITERAL_LINE.fullmatch(line) for line in lines):
        return None
    chomping = "-" if trailing == 0 else "" if trailing == 1 else "+"
    pad = " " * indent
    content = [pad + line if line else "" for line in lines]
    return ["|" + chomping, *content, *([""] * (trailing - 1))]


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
