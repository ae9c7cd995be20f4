"""Printing on an office printer: the leaflet's own PDF, and the order its pages go through.

A print shop gets the exported file; a desk printer gets the same pages at their finished size
(no bleed, no crop marks, screen colours). A printer that cannot print both sides does it in
two passes: the fronts, then, once the stack is turned over along its long side and put back,
the backs. Turned that way a portrait page's top stays at the top, but a landscape sheet (a
booklet's) comes back upside down, so its backs print turned half round.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from editor.actions.exporting import NotExported, printed_pdf
from editor.model import Layout, Problem, Statement
from editor.wording import counted


@dataclass(frozen=True, slots=True)
class PrintPass:
    pages: list[int]
    """Pages of the PDF, counted from 0, in the order they go to the printer."""
    turned: bool = False
    """Each page printed turned half round (the backs of landscape sheets)."""


@dataclass(frozen=True, slots=True)
class PrintJob:
    pdf: bytes
    passes: list[PrintPass]
    between_passes: str
    """What to do with the printed stack before the next pass; empty with one pass."""
    afterwards: str
    """What to do once everything is printed: fold a booklet; empty for a leaflet."""
    problems: list[Problem]


def print_job(
    statement: Statement,
    *,
    source: Path | None,
    booklet: bool,
    by_hand_both_sides: bool,
    known_problems: list[Problem] | None = None,
) -> PrintJob | NotExported:
    """The pages to print and their passes. ``by_hand_both_sides``: the printer prints one side,
    and the organiser turns the stack; a booklet always has two sides, so it asks for that or
    for a printer that turns the sheet on its short side itself."""
    overrides = Layout(
        bleed_mm=0, crop_marks=False, colour="rgb", imposition="booklet" if booklet else "none"
    )
    printed = printed_pdf(statement, source=source, overrides=overrides, known_problems=known_problems)
    if isinstance(printed, NotExported):
        return printed
    from pypdf import PdfReader  # only once printing: it is not needed to start

    sides = PdfReader(io.BytesIO(printed.pdf)).pages
    count = len(sides)
    landscape = bool(count) and sides[0].mediabox.width > sides[0].mediabox.height
    folding = (
        "Fold the sheets together down the middle, the first sheet printed on the outside." if booklet else ""
    )
    if not by_hand_both_sides or count < 2:
        return PrintJob(printed.pdf, [PrintPass(list(range(count)))], "", folding, printed.problems)
    fronts, backs = list(range(0, count, 2)), list(range(1, count, 2))
    left_over = (
        " The last sheet has no back: it stays at the bottom of the tray." if len(fronts) > len(backs) else ""
    )
    turning = (
        f"The fronts are printed ({counted(len(fronts), 'sheet', 'sheets')}). Take the whole stack "
        "out of the printer without changing its order, turn it over along its long side, as you "
        f"turn the page of a book, and put it back in the paper tray.{left_over} Then print the backs."
    )
    return PrintJob(
        printed.pdf,
        [PrintPass(fronts), PrintPass(backs, turned=landscape)],
        turning,
        folding,
        printed.problems,
    )
