"""One statement as the source another typesetter reads: the same leaflet, spelt in its language.

The comparison is only fair if Typst and WeasyPrint set the same content in a comparable
layout: title band, paragraphs, quotes, numbered demands, the sign-up panel, signatories in
groups and columns, contact and imprint, with private fields left out. The walk through the
statement lives here once; a ``Dialect`` spells each piece and escapes user text its own way,
and our inline markup (*emphasis*, **strong**, [text](url)) is read with the renderer's own
pattern so every tool sees the same emphasis and links.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from editor.model import Heading, Quote, Statement
from editor.model.signatory_lists import group_order
from editor.model.statement import Block
from editor.pdf.labels import labels_for
from editor.pdf.markup import INLINE, paragraphs
from editor.pdf.options import ExportOptions
from editor.pdf.themes import load_theme


@dataclass(frozen=True)
class Look:
    """The few print settings both rivals copy from our resolved options."""

    page_size: str
    margin_mm: float
    font: str
    font_size: float
    accent: str
    columns: int


class Dialect(Protocol):
    """How one typesetting language writes each part; every ``str`` argument not named
    ``inline``/``parts``/``entries`` is raw user text the dialect must escape."""

    def text(self, raw: str) -> str: ...
    def strong(self, inline: str) -> str: ...
    def emph(self, inline: str) -> str: ...
    def link(self, url: str, inline: str) -> str: ...
    def title_band(self, title: str, subtitle: str, meta: str) -> str: ...
    def paragraph(self, inline: str) -> str: ...
    def quote(self, inline: str, by: str) -> str: ...
    def heading(self, raw: str) -> str: ...
    def section(self, label: str) -> str: ...
    def demands(self, entries: list[str]) -> str: ...
    def sign_up(self, label: str, raw: str, url: str) -> str: ...
    def signatory(self, name: str, role: str) -> str: ...
    def signatory_group(self, heading: str, entries: list[str]) -> str: ...
    def signatory_columns(self, parts: list[str]) -> str: ...
    def small(self, raw: str) -> str: ...
    def document(self, look: Look, parts: list[str]) -> str: ...


def look_of(statement: Statement) -> Look:
    options = ExportOptions.from_layout(statement.layout)
    margin = load_theme(options.theme).margin_mm(options.page_size)
    return Look(
        options.page_size,
        margin,
        options.font,
        options.font_size,
        options.accent_color,
        options.signatory_columns,
    )


def leaflet_source(statement: Statement, dialect: Dialect) -> str:
    """The whole document for ``dialect``, from the public part of ``statement`` only."""
    public = statement.without_private_data()
    labels = labels_for(public)
    meta = " · ".join(
        part for part in (public.issuer, labels.date(public.date) if public.date else "") if part
    )
    parts = [dialect.title_band(public.title, public.subtitle, meta)]
    parts += _blocks(public.preamble, dialect)
    if public.demands:
        parts.append(dialect.section(labels.demands))
        parts.append(
            dialect.demands(
                [
                    (dialect.strong(dialect.text(d.heading)) + dialect.text(" ") if d.heading else "")
                    + inline(d.text, dialect)
                    for d in public.demands
                ]
            )
        )
    parts += _blocks(public.closing, dialect)
    if not public.sign_up.is_empty():
        parts.append(dialect.sign_up(labels.sign_up, public.sign_up.text, public.sign_up.url))
    if public.signatories:
        parts.append(dialect.section(labels.signatories))
        parts.append(dialect.signatory_columns(_signatory_groups(public, dialect, labels.unheaded_group)))
    parts += [dialect.small(line) for line in (public.contact, public.imprint) if line]
    return dialect.document(look_of(statement), parts)


def inline(text: str, dialect: Dialect) -> str:
    """User text with our inline markup turned into the dialect's, everything else escaped."""
    pieces: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        pieces.append(dialect.text(text[position : match.start()]))
        if match["strong"] is not None:
            pieces.append(dialect.strong(inline(match["strong"], dialect)))
        elif match["em"] is not None:
            pieces.append(dialect.emph(inline(match["em"], dialect)))
        else:
            pieces.append(dialect.link(match["url"], inline(match["label"], dialect)))
        position = match.end()
    pieces.append(dialect.text(text[position:]))
    return "".join(piece for piece in pieces if piece)


def _blocks(blocks: list[Block], dialect: Dialect) -> list[str]:
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(dialect.heading(block.text))
        elif isinstance(block, Quote):
            parts.append(dialect.quote(inline(block.text, dialect), block.by))
        else:
            parts += [dialect.paragraph(inline(part, dialect)) for part in paragraphs(block.text)]
    return parts


def _signatory_groups(statement: Statement, dialect: Dialect, unheaded: str) -> list[str]:
    """Grouped names in order of first appearance, then the names without a group."""
    by_group: dict[str, list[str]] = {group: [] for group in group_order(statement.signatories)}
    loose: list[str] = []
    for person in statement.signatories:
        role = f"{person.role} (pc)" if person.personal_capacity and person.role else person.role
        entry = dialect.signatory(person.name, role)
        (by_group[person.group] if person.group else loose).append(entry)
    parts = [dialect.signatory_group(group, entries) for group, entries in by_group.items()]
    if loose:
        parts.append(dialect.signatory_group(unheaded if by_group else "", loose))
    return parts
