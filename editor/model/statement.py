"""The statement as plain data: exactly what the file format describes, with no Qt and no I/O.

Optional text is the empty string when absent, optional settings are ``None`` when the file
leaves them to the theme; so a value that was not written is never invented on save.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import Any

from editor.model.fields import about, fields_of, keys_of

FORMAT_VERSION = 1
DEFAULT_LANGUAGE = "en"
UNTITLED = "Untitled statement"
"""The title of a statement started in the window, until the organiser gives it one."""

PAGE_SIZES = ("A3", "A4", "A5", "A6", "Letter", "Legal")
ORIENTATIONS = ("portrait", "landscape")
COLOUR_MODES = ("rgb", "cmyk")
IMPOSITIONS = ("none", "2-up", "booklet")
MAX_SIGNATORY_COLUMNS = 6

LAYOUT_CHOICES = {"page_size": PAGE_SIZES, "orientation": ORIENTATIONS, "colour": COLOUR_MODES,
                  "imposition": IMPOSITIONS}  # fmt: skip


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
    """One person or organisation signing; every field is declared here, once (``fields``)."""

    name: str = field(metadata=about("Name"))
    role: str = field(default="", metadata=about("Role"))
    group: str = field(default="", metadata=about("Group", tip="A heading under which the name is printed"))
    personal_capacity: bool = field(
        default=False,
        metadata=about(
            "pc", "Personal capacity", tip="Signed in a personal capacity: prints “(pc)” after the role"
        ),
    )
    sort_as: str = field(
        default="",
        metadata=about(
            "Sort as",
            tip="How the name sorts by surname when the name alone would sort wrongly (“Holota, Oksana”)",
        ),
    )
    email: str = field(default="", metadata=about("Email", "Email (private)", private=True))
    phone: str = field(default="", metadata=about("Phone", "Phone (private)", private=True))
    note: str = field(default="", metadata=about("Note", "Note (private)", private=True))

    def without_private_data(self) -> Signatory:
        blanks: dict[str, Any] = {name: "" for name in PRIVATE_SIGNATORY_FIELDS}
        return dataclasses.replace(self, **blanks)


SIGNATORY_FIELDS = fields_of(Signatory)
SIGNATORY_KEYS = keys_of(SIGNATORY_FIELDS)
PRIVATE_SIGNATORY_FIELDS = tuple(info.key for info in SIGNATORY_FIELDS if info.private)
PUBLIC_SIGNATORY_FIELDS = tuple(info.key for info in SIGNATORY_FIELDS if not info.private)


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


LAYOUT_FIELDS = fields_of(Layout, LAYOUT_CHOICES)
LAYOUT_KEYS = keys_of(LAYOUT_FIELDS)


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
