"""The statement as plain data: exactly what the file format describes, with no Qt and no I/O.

Optional text is the empty string when absent, optional settings are ``None`` when the file
leaves them to the theme; so a value that was not written is never invented on save.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
DEFAULT_LANGUAGE = "en"

PAGE_SIZES = ("A3", "A4", "A5", "A6", "Letter", "Legal")
ORIENTATIONS = ("portrait", "landscape")
COLOUR_MODES = ("rgb", "cmyk")
IMPOSITIONS = ("none", "2-up", "booklet")
MAX_SIGNATORY_COLUMNS = 6

PRIVATE = {"private": True}
"""Field metadata for data that organisers keep for themselves and no export may print."""


@dataclass(slots=True)
class Paragraph:
    text: str


@dataclass(slots=True)
class Quote:
    text: str
    by: str = ""


@dataclass(slots=True)
class Heading:
    text: str


Block = Paragraph | Quote | Heading


@dataclass(slots=True)
class Demand:
    text: str
    heading: str = ""


@dataclass(slots=True)
class Signatory:
    name: str
    role: str = ""
    group: str = ""
    personal_capacity: bool = False
    sort_as: str = ""
    email: str = field(default="", metadata=PRIVATE)
    phone: str = field(default="", metadata=PRIVATE)
    note: str = field(default="", metadata=PRIVATE)

    def without_private_data(self) -> Signatory:
        blanks: dict[str, Any] = {name: "" for name in PRIVATE_SIGNATORY_FIELDS}
        return dataclasses.replace(self, **blanks)


def _field_names(cls: type, *, private: bool) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if bool(f.metadata.get("private")) == private)


PRIVATE_SIGNATORY_FIELDS = _field_names(Signatory, private=True)
PUBLIC_SIGNATORY_FIELDS = _field_names(Signatory, private=False)


@dataclass(slots=True)
class SignUp:
    text: str = ""
    url: str = ""

    def is_empty(self) -> bool:
        return not (self.text or self.url)


@dataclass(slots=True)
class Labels:
    """Printed headings the statement overrides; empty means the language's default."""

    demands: str = ""
    signatories: str = ""
    sign_up: str = ""

    def is_empty(self) -> bool:
        return not (self.demands or self.signatories or self.sign_up)


@dataclass(slots=True)
class Layout:
    """How the leaflet is printed; ``None`` leaves the choice to the theme and the defaults."""

    page_size: str | None = None
    orientation: str | None = None
    theme: str | None = None
    accent_color: str | None = None
    font: str | None = None
    font_size: float | None = None
    fit_pages: int | None = None
    signatory_columns: int | None = None
    bleed_mm: float | None = None
    crop_marks: bool | None = None
    colour: str | None = None
    imposition: str | None = None
    logo: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in dataclasses.fields(self))

    def overlay(self, over: Layout) -> Layout:
        """This layout with the choices ``over`` makes in place of ours: how an export's options
        stand in for the file's own, leaving the rest as the file says."""
        chosen = {f.name: getattr(over, f.name) for f in dataclasses.fields(over)}
        return dataclasses.replace(self, **{key: value for key, value in chosen.items() if value is not None})


@dataclass(slots=True)
class Statement:
    title: str
    subtitle: str = ""
    issuer: str = ""
    date: datetime.date | None = None
    language: str = ""
    preamble: list[Block] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    sign_up: SignUp = field(default_factory=SignUp)
    contact: str = ""
    imprint: str = ""
    labels: Labels = field(default_factory=Labels)
    signatories: list[Signatory] = field(default_factory=list)
    layout: Layout = field(default_factory=Layout)

    @property
    def effective_language(self) -> str:
        return self.language or DEFAULT_LANGUAGE

    def without_private_data(self) -> Statement:
        """A copy safe to publish: every exporter starts from this, never from the original."""
        return dataclasses.replace(self, signatories=[s.without_private_data() for s in self.signatories])

    def groups(self) -> list[str]:
        """Group names in order of first appearance, which is the printed order."""
        return list(dict.fromkeys(s.group for s in self.signatories if s.group))
