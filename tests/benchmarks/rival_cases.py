"""The same statements typeset by the tools an organiser could use instead: Typst and WeasyPrint.

Each timed run goes from the statement to PDF bytes, building the source included, exactly as
our own render does. All three tools use the same FiraGO files, saved from the package our
renderer loads them from, so font loading and subsetting cost the same kind of work.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.corpus import sized_statement
from tests.benchmarks.harness import Case, NotMeasurable, Prepared
from tests.benchmarks.html_dialect import STYLE_FILES, HtmlDialect
from tests.benchmarks.leaflet_source import leaflet_source
from tests.benchmarks.measure import stopwatch
from tests.benchmarks.typst_dialect import TypstDialect

_FIRAGO_MODULES = {
    "regular": "FiraGO_Regular",
    "bold": "FiraGO_Bold",
    "italic": "FiraGO_Italic",
    "bold_italic": "FiraGO_BoldItalic",
}


def save_fonts(folder: Path) -> Path:
    """The four FiraGO styles as .ttf files, named as ``html_dialect.STYLE_FILES`` expects."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, module in _FIRAGO_MODULES.items():
        data = importlib.import_module(f"pymupdf_fonts.{module}").fontbuffer
        (folder / f"{stem}.ttf").write_bytes(bytes(data))
    assert set(STYLE_FILES.values()) == set(_FIRAGO_MODULES)
    return folder


def _optional(module: str, install: str):
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise NotMeasurable(f"{module} is not installed ({install}): {error}") from None
    except OSError as error:
        raise NotMeasurable(f"{module} cannot load its system libraries ({install}): {error}") from None


def _prepare_typst(size: str, workdir: Path) -> Prepared:
    typst = _optional("typst", "pip install typst")
    statement = sized_statement(size)
    fonts = save_fonts(workdir / "fonts")

    def render() -> bytes:
        source = leaflet_source(statement, TypstDialect())
        return typst.compile(source.encode("utf-8"), font_paths=[str(fonts)], ignore_system_fonts=True)

    return _described(render)


def _prepare_weasyprint(size: str, workdir: Path) -> Prepared:
    weasyprint = _optional("weasyprint", "pip install weasyprint; it needs the Pango library")
    statement = sized_statement(size)
    dialect = HtmlDialect(save_fonts(workdir / "fonts"))

    def render() -> bytes:
        return weasyprint.HTML(string=leaflet_source(statement, dialect), base_url=str(workdir)).write_pdf()

    return _described(render)


def _described(render: Callable[[], bytes]) -> Prepared:
    """The first run (the untimed warm-up) also notes the PDF's size and pages for the report."""
    details: dict = {}

    def render_and_describe() -> bytes:
        pdf = render()
        if not details:
            details.update(pdf_bytes=len(pdf), pages=page_count(pdf))
        return pdf

    return Prepared(stopwatch(render_and_describe), render, details)


def page_count(pdf: bytes) -> int | None:
    """Pages in a PDF, for the report; None when pypdf is not installed to read it."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(io.BytesIO(pdf)).pages)


CASES = [
    Case("typst.render", "Typst (typst.compile) from generated Typst source", _prepare_typst),
    Case("weasyprint.render", "WeasyPrint from generated HTML and CSS", _prepare_weasyprint),
]
