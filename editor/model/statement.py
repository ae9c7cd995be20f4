"""The statement as plain data: exactly what the file format describes, with no Qt and no I/O.

Optional text is the empty string when absent, optional settings are ``None`` when the file
leaves them to the theme; so a value that was not written is never invented on save.
"""

from __future__ import annotations

import dataclasses
import datetime
import typing
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
IMPOSITIONS = ("none", "2-up", "4-up", "booklet")
OUTPUTS = ("press", "screen", "office")
"""What the PDF is for: the print shop, screens and email, or a home or office printer."""
DEFAULT_OUTPUT = "press"
"""A layout that names no output is made for the print shop: "print-ready" means that."""
OUTPUT_KEYS = ("colour", "bleed_mm", "crop_marks")
"""The layout keys each output sets for itself; a file's own values belong to its own output."""
SHEETS = ("A4", "A3", "SRA3", "A2", "SRA2", "Tabloid", "12x18", "13x19", "19x25")
"""Press sheets an imposed job is printed on."""
BOOKLET_BLANKS = ("end", "before-back-cover")
"""Where a booklet's blank pages go when its pages are not a multiple of four."""
MAX_SIGNATORY_COLUMNS = 6

LAYOUT_CHOICES = {"output": OUTPUTS, "page_size": PAGE_SIZES, "orientation": ORIENTATIONS,
                  "colour": COLOUR_MODES, "imposition": IMPOSITIONS, "sheet": SHEETS,
                  "booklet_blanks": BOOKLET_BLANKS}  # fmt: skip


@dataclass(slots=True)
class Paragraph:
    text: str = field(metadata=about("text"))


@dataclass(slots=True)
class Quote:
    text: str = field(metadata=about("text", written_as="quote"))
    by: str = field(default="", metadata=about("attribution"))


@dataclass(slots=True)
class Heading:
    text: str = field(metadata=about("text", written_as="heading"))


Block = Paragraph | Quote | Heading


@dataclass(slots=True)
class Demand:
    text: str = field(metadata=about("text"))
    heading: str = field(default="", metadata=about("heading"))


@dataclass(slots=True)
class Signatory:
    """One person or organisation signing; every field is declared here, once (``fields``)."""

    name: str = field(metadata=about("Name"))
    role: str = field(default="", metadata=about("Role"))
    group: str = field(default="", metadata=about("Group", tip="A heading under which the name is printed"))
    personal_capacity: bool = field(
        default=False,
        metadata=about(
            "Personal capacity",
            column="pc",
            tip="Signed in a personal capacity: prints “(pc)” (in the leaflet's language) after the role",
        ),
    )
    sort_as: str = field(
        default="",
        metadata=about(
            "Sort as",
            tip="How the name sorts by surname when the name alone would sort wrongly (“Holota, Oksana”)",
            internal=True,
        ),
    )
    email: str = field(default="", metadata=about("Email", choice="Email (private)", private=True))
    phone: str = field(default="", metadata=about("Phone", choice="Phone (private)", private=True))
    note: str = field(
        default="", metadata=about("Note", choice="Note (private)", private=True, multiline=True)
    )

    def without_private_data(self) -> Signatory:
        """A copy with the private fields blank; a signatory with none filled in is its own copy,
        as most of a long list is: copying 100,000 of them costs a layout a third of a second."""
        if not any(getattr(self, name) for name in PRIVATE_SIGNATORY_FIELDS):
            return self
        blanks: dict[str, Any] = {name: "" for name in PRIVATE_SIGNATORY_FIELDS}
        return dataclasses.replace(self, **blanks)


SIGNATORY_FIELDS = fields_of(Signatory)
SIGNATORY_KEYS = keys_of(SIGNATORY_FIELDS)
PRIVATE_SIGNATORY_FIELDS = tuple(info.key for info in SIGNATORY_FIELDS if info.private)
PUBLIC_SIGNATORY_FIELDS = tuple(info.key for info in SIGNATORY_FIELDS if not info.private)
MULTILINE_SIGNATORY_FIELDS = frozenset(info.key for info in SIGNATORY_FIELDS if info.multiline)


@dataclass(slots=True)
class SignUp:
    text: str = field(default="", metadata=about("call to sign"))
    url: str = field(default="", metadata=about("web address"))

    def is_empty(self) -> bool:
        return not (self.text or self.url)


@dataclass(slots=True)
class Labels:
    """Printed headings the statement overrides; empty means the language's default."""

    demands: str = field(default="", metadata=about("Demands heading"))
    signatories: str = field(default="", metadata=about("Signatories heading"))
    sign_up: str = field(default="", metadata=about("Sign-up heading"))

    def is_empty(self) -> bool:
        return not (self.demands or self.signatories or self.sign_up)


@dataclass(slots=True)
class Layout:
    """How the leaflet is printed; ``None`` leaves the choice to the theme and the defaults."""

    output: str | None = field(default=None, metadata=about("Made for"))
    page_size: str | None = field(default=None, metadata=about("Page size"))
    orientation: str | None = field(default=None, metadata=about("Orientation"))
    theme: str | None = field(default=None, metadata=about("Theme"))
    accent_color: str | None = field(default=None, metadata=about("Accent colour"))
    font: str | None = field(default=None, metadata=about("Font"))
    font_size: float | None = field(default=None, metadata=about("Font size"))
    fit_pages: int | None = field(default=None, metadata=about("Fit to pages"))
    signatory_columns: int | None = field(default=None, metadata=about("Signatory columns"))
    bleed_mm: float | None = field(default=None, metadata=about("Bleed"))
    crop_marks: bool | None = field(default=None, metadata=about("Crop marks"))
    black_overprint: bool | None = field(default=None, metadata=about("Black overprint"))
    colour: str | None = field(default=None, metadata=about("Colour"))
    imposition: str | None = field(default=None, metadata=about("Imposition"))
    sheet: str | None = field(default=None, metadata=about("Sheet"))
    booklet_blanks: str | None = field(default=None, metadata=about("Booklet blanks"))
    logo: str | None = field(default=None, metadata=about("Logo"))

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in dataclasses.fields(self))

    def overlay(self, over: Layout) -> Layout:
        """This layout with the choices ``over`` makes in place of ours: how an export's options
        stand in for the file's own, leaving the rest as the file says. Asked for another output
        than the file's, the file's colour, bleed and crop marks are left behind: they were
        chosen for its own output (a bleed for the print shop means nothing on a screen)."""
        base = self
        if over.output is not None and over.output != (self.output or DEFAULT_OUTPUT):
            base = dataclasses.replace(self, **dict.fromkeys(OUTPUT_KEYS))
        chosen = {f.name: getattr(over, f.name) for f in dataclasses.fields(over)}
        return dataclasses.replace(base, **{key: value for key, value in chosen.items() if value is not None})


LAYOUT_FIELDS = fields_of(Layout, LAYOUT_CHOICES)
LAYOUT_KEYS = keys_of(LAYOUT_FIELDS)


@dataclass(slots=True)
class Statement:
    title: str = field(metadata=about("Title"))
    subtitle: str = field(default="", metadata=about("Subtitle"))
    issuer: str = field(default="", metadata=about("Issuer"))
    date: datetime.date | None = field(default=None, metadata=about("Date"))
    language: str = field(default="", metadata=about("Language"))
    preamble: list[Block] = field(default_factory=list, metadata=about("Preamble", item="Preamble block"))
    demands: list[Demand] = field(default_factory=list, metadata=about("Demands", item="Demand"))
    closing: list[Block] = field(default_factory=list, metadata=about("Closing", item="Closing block"))
    sign_up: SignUp = field(default_factory=SignUp, metadata=about("Sign-up"))
    contact: str = field(default="", metadata=about("Contact"))
    imprint: str = field(default="", metadata=about("Imprint"))
    labels: Labels = field(default_factory=Labels, metadata=about(""))
    signatories: list[Signatory] = field(
        default_factory=list, metadata=about("Signatories", item="Signatory")
    )
    layout: Layout = field(default_factory=Layout, metadata=about(""))

    @property
    def effective_language(self) -> str:
        return self.language or DEFAULT_LANGUAGE

    def without_private_data(self) -> Statement:
        """A copy safe to publish: every exporter starts from this, never from the original."""
        return dataclasses.replace(self, signatories=[s.without_private_data() for s in self.signatories])


SIGN_UP_KEYS = keys_of(fields_of(SignUp))
LABEL_KEYS = keys_of(fields_of(Labels))
STATEMENT_KEYS = tuple(f.name for f in dataclasses.fields(Statement))
STATEMENT_TEXT_KEYS = tuple(key for key, kind in typing.get_type_hints(Statement).items() if kind is str)
"""The statement's own lines of text (title, subtitle, ...), as the readers and the writer know them."""
