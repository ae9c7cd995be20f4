"""Statements and PDF readers the PDF tests share: the example, a Ukrainian one, long lists."""

from __future__ import annotations

import datetime
import io
import re

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from editor.model import Demand, Layout, Paragraph, Quote, Signatory, SignUp, Statement
from editor.paths import resources_dir
from editor.pdf.blocks import Look
from editor.pdf.fonts import font_family
from editor.pdf.production import Palette
from editor.pdf.styles import make_styles
from editor.pdf.themes import load_theme
from editor.storage import load

EXAMPLE = resources_dir() / "examples" / "plan.statement.yaml"
GROUPS = ("Trade unions", "Community groups", "Elected representatives")


def example() -> Statement:
    return load(EXAMPLE).statement


def ukrainian() -> Statement:
    return Statement(
        title="Відбудова з правами для тих, хто працює",
        subtitle="Заява профспілок і громад",
        issuer="Мережа солідарності з Україною",
        date=datetime.date(2026, 9, 14),
        language="uk",
        preamble=[
            Paragraph(
                "Залізничники, шахтарі й медсестри тримали країну під обстрілами. "
                "Їхні профспілки євакуювали людей і ґрунтовно ремонтували мережі."
            )
        ],
        demands=[
            Demand("Жодного призупинення колективних договорів.", heading="Права — не витрати"),
            Demand("Місце профспілок у кожному органі відбудови."),
        ],
        sign_up=SignUp("Додайте своє ім'я", "https://example.org/pidpys"),
        signatories=[
            Signatory("Олена Петренко", role="Медсестра", group="Профспілки"),
            Signatory("Ігор Ґудзь", role="Шахтар", group="Профспілки", personal_capacity=True),
            Signatory("Юлія Їжакевич", role="Вчителька"),
        ],
        layout=Layout(page_size="A5"),
    )


def many_signatories(count: int, **layout) -> Statement:
    """The example's text with ``count`` generated names in three groups, each name unique."""
    statement = example()
    statement.signatories = [
        Signatory(
            f"Person {n:05d} Surname",
            role=f"Branch {n % 97} Secretary" if n % 3 else "",
            group=GROUPS[n * len(GROUPS) // count],
            personal_capacity=n % 11 == 0,
            email=f"p{n}@example.org",
        )
        for n in range(count)
    ]
    statement.layout = Layout(**layout)
    return statement


def small(**layout) -> Statement:
    return Statement(
        title="Short statement",
        issuer="Riverside",
        preamble=[Paragraph("One paragraph.")],
        demands=[Demand("One demand.")],
        closing=[Quote("A quote.", by="Someone")],
        signatories=[Signatory("Ann Example")],
        layout=Layout(**layout),
    )


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def flat_text(pdf: bytes) -> str:
    """All text with white space collapsed, for "appears in order" checks."""
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def as_typed(text: str) -> str:
    """Printed text with English typographic quotes and apostrophes as people type them, for
    checks of what is printed rather than how its quotes look."""
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def content_streams(pdf: bytes) -> list[bytes]:
    """Every page's drawing operators, and those of the forms the pages use."""
    streams = []
    for page in reader(pdf).pages:
        streams.append(page.get_contents().get_data())
        for xobject in _xobjects(page):
            streams.append(xobject.get_data())
    return streams


def fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    """Every font any page or form uses, by BaseFont name."""
    found: dict[str, DictionaryObject] = {}
    for page in reader(pdf).pages:
        for resources in [page.get("/Resources", {})] + [x.get("/Resources", {}) for x in _xobjects(page)]:
            resources = resources.get_object() if resources else {}
            for font in (resources.get("/Font") or {}).values():
                font = font.get_object()
                found[str(font["/BaseFont"])] = font
    return found


def _xobjects(page):
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources else None
    return [x.get_object() for x in (xobjects or {}).values() if x.get_object().get("/Subtype") == "/Form"]


def look_for_tests() -> Look:
    """The default theme's look at 10 pt, for testing blocks without a whole render."""
    theme = load_theme("default")
    palette = Palette(dict(theme["colours"]), "#C8102E", cmyk=False)
    family = font_family("FiraGO")
    return Look(theme, family, palette, make_styles(theme, family, palette, 10.0), 500.0)
