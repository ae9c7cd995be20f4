"""The statement model to canonical YAML text: one way to write each statement.

Keys follow the format page, lists are indented block sequences, multi-line text is a literal
block, Unicode is written as itself, and a value in its short form (a signatory with only a
name) stays a plain string; defaults are left out, so a small change gives a small diff.
"""

from __future__ import annotations

import datetime
import math

from editor.model.statement import (
    FORMAT_VERSION,
    LABEL_KEYS,
    LAYOUT_KEYS,
    SIGN_UP_KEYS,
    SIGNATORY_KEYS,
    Block,
    Demand,
    Heading,
    Labels,
    Layout,
    Paragraph,
    Quote,
    Signatory,
    SignUp,
    Statement,
)
from editor.storage.scalars import scalar_lines

Value = str | bool | int | float | datetime.date
Entries = list[tuple[str, Value]]


def dump_statement(statement: Statement) -> str:
    lines: list[str] = []
    s = statement
    _entries(lines, 0, [("format", FORMAT_VERSION), ("title", s.title)])
    _entries(lines, 0, _present([("subtitle", s.subtitle), ("issuer", s.issuer)]))
    if s.date is not None:
        _entries(lines, 0, [("date", s.date)])
    _entries(lines, 0, _present([("language", s.language)]))
    _sequence(lines, "preamble", [_block_form(b) for b in s.preamble])
    _sequence(lines, "demands", [_demand_form(d) for d in s.demands])
    _sequence(lines, "closing", [_block_form(b) for b in s.closing])
    _mapping(lines, "sign_up", _sign_up_entries(s.sign_up))
    _entries(lines, 0, _present([("contact", s.contact), ("imprint", s.imprint)]))
    _mapping(lines, "labels", _labels_entries(s.labels))
    _sequence(lines, "signatories", [_signatory_form(p) for p in s.signatories])
    _mapping(lines, "layout", _layout_entries(s.layout))
    return "\n".join(lines) + "\n"


def _present(entries: Entries) -> Entries:
    """Entries whose value is not the default (empty text, false, nothing)."""
    return [(key, value) for key, value in entries if value not in ("", False, None)]


def _block_form(block: Block) -> str | Entries:
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Heading):
        return [("heading", block.text)]
    assert isinstance(block, Quote)
    return [("quote", block.text), *_present([("by", block.by)])]


def _demand_form(demand: Demand) -> str | Entries:
    if not demand.heading:
        return demand.text
    return [("heading", demand.heading), ("text", demand.text)]


def _signatory_form(signatory: Signatory) -> str | Entries:
    entries: Entries = [("name", signatory.name)]
    entries += _present([(key, getattr(signatory, key)) for key in SIGNATORY_KEYS if key != "name"])
    return signatory.name if len(entries) == 1 else entries


def _sign_up_entries(sign_up: SignUp) -> Entries:
    return _present([(key, getattr(sign_up, key)) for key in SIGN_UP_KEYS])


def _labels_entries(labels: Labels) -> Entries:
    return _present([(key, getattr(labels, key)) for key in LABEL_KEYS])


def _layout_entries(layout: Layout) -> Entries:
    return [(key, value) for key in LAYOUT_KEYS if (value := getattr(layout, key)) is not None]


def _sequence(lines: list[str], key: str, items: list[str | Entries]) -> None:
    if not items:
        return
    lines.append(f"{key}:")
    for item in items:
        if isinstance(item, str):
            _item(lines, "  - ", item, 4)
        else:
            first_key, first_value = item[0]
            _item(lines, f"  - {first_key}: ", first_value, 6)
            _entries(lines, 4, item[1:])


def _mapping(lines: list[str], key: str, entries: Entries) -> None:
    if entries:
        lines.append(f"{key}:")
        _entries(lines, 2, entries)


def _entries(lines: list[str], indent: int, entries: Entries) -> None:
    pad = " " * indent
    for key, value in entries:
        _item(lines, f"{pad}{key}: ", value, indent + 2)


def _item(lines: list[str], prefix: str, value: Value, block_indent: int) -> None:
    first, *rest = scalar_lines(value, block_indent) if isinstance(value, str) else [_scalar(value)]
    lines.append(prefix + first)
    lines.extend(rest)


def _scalar(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__}")


def _float(value: float) -> str:
    """YAML 1.1 needs a dot in a float and spells infinity and NaN its own way."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "." not in text:
        text = text.replace("e", ".0e")
    return text
