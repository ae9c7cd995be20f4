"""Our PDF export in-process: plain, fitted to fewer pages, imposed as a booklet, and made for
the screen and for the print shop (whose PDF/X finishing is the difference between the two).

Fitting renders the leaflet several times at different type sizes, and imposition places the
finished pages onto sheets, so both are measured apart from the plain render they build on.
"""

from __future__ import annotations

import importlib
import math
from pathlib import Path

from editor.model import Layout
from tests.benchmarks.corpus import sized_statement
from tests.benchmarks.harness import Case, NotMeasurable, Prepared
from tests.benchmarks.measure import stopwatch

FIT_SHARE = 0.75
"""Fitting asks for three quarters of the pages the plain leaflet takes, so the type must shrink."""


def _renderer():
    try:
        return importlib.import_module("editor.pdf")
    except ImportError as error:
        raise NotMeasurable(f"editor.pdf cannot be imported yet ({error})") from None


def _prepare(size: str, workdir: Path, **overrides) -> Prepared:
    pdf = _renderer()
    statement = sized_statement(size)
    if overrides.get("fit_pages") == "fewer":
        plain_pages = pdf.render_pdf(statement).page_count
        overrides["fit_pages"] = max(1, math.floor(plain_pages * FIT_SHARE))
    try:
        options = pdf.ExportOptions.from_layout(statement.layout.overlay(Layout(**overrides)))
        first = pdf.render_pdf(statement, options)
    except (ImportError, pdf.RenderError) as error:
        raise NotMeasurable(f"render with {overrides} failed: {error}") from None

    def render() -> bytes:
        return pdf.render_pdf(statement, options).pdf

    details = {
        "pages": first.page_count,
        "pdf_bytes": len(first.pdf),
        "problems": len(first.problems),
        **{key: value for key, value in overrides.items()},
    }
    return Prepared(stopwatch(render), render, details)


def _prepare_plain(size: str, workdir: Path) -> Prepared:
    return _prepare(size, workdir)


def _prepare_fit_pages(size: str, workdir: Path) -> Prepared:
    return _prepare(size, workdir, fit_pages="fewer")


def _prepare_booklet(size: str, workdir: Path) -> Prepared:
    return _prepare(size, workdir, imposition="booklet")


def _prepare_screen(size: str, workdir: Path) -> Prepared:
    return _prepare(size, workdir, output="screen")


def _prepare_press(size: str, workdir: Path) -> Prepared:
    return _prepare(size, workdir, output="press")


CASES = [
    Case("render.plain", "our PDF export (ReportLab), layout as the statement sets it", _prepare_plain),
    Case("render.fit_pages", f"fit to {FIT_SHARE:.0%} of the plain page count", _prepare_fit_pages),
    Case("render.booklet", "imposed as a booklet for folding", _prepare_booklet),
    Case("render.screen", "for screen and email: RGB, no bleed, live links", _prepare_screen),
    Case(
        "render.press", "for the print shop: CMYK through the profile, bleed, marks, PDF/X-4", _prepare_press
    ),
]
