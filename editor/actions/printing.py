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

BLANK = -1
"""In a pass, a sheet side left blank: the back of an odd last sheet, so the stack stays whole."""


@dataclass(frozen=True, slots=True)
class PrintPass:
    pages: list[int]
    """Pages of the PDF, counted from 0, in the order they go to the printer; ``BLANK`` for none."""
    turned: bool = False
    """Each page printed turned half round (the backs of landscape sheets)."""

    def copies(self, count: int) -> PrintPass:
        """The pass for ``count`` copies: each copy's sheets in turn, so that the stack the
        fronts make meets the backs sheet for sheet (a printer's own copies would not)."""
        return PrintPass(self.pages * count, self.turned)


@dataclass(frozen=True, slots=True)
class PrintJob:
    pdf: bytes
    passes: list[PrintPass]
    afterwards: str
    """What to do once everything is printed: fold a booklet; empty for a leaflet."""
    problems: list[Problem]
    landscape: bool
    """Sheets wider than tall (a booklet's), whose backs print turned when done by hand."""

    def by_hand(self) -> PrintJob:
        """The same pages as fronts, then backs: for a printer that prints one side only."""
        pages = [page for one_pass in self.passes for page in one_pass.pages]
        if len(pages) < 2:
            return self
        fronts, backs = pages[0::2], pages[1::2]
        backs += [BLANK] * (len(fronts) - len(backs))
        passes = [PrintPass(fronts), PrintPass(backs, turned=self.landscape)]
        return PrintJob(self.pdf, passes, self.afterwards, self.problems, self.landscape)

    def turning(self, copies: int = 1) -> str:
        """What to do with the fronts before the backs print; empty with one pass."""
        if len(self.passes) < 2:
            return ""
        sheets = len(self.passes[0].pages) * copies
        odd = BLANK in self.passes[1].pages
        return (
            f"The fronts are printed ({counted(sheets, 'sheet', 'sheets')}). Take the whole stack out "
            "of the printer without changing its order, turn it over along its long side, as you turn "
            "the page of a book, and put it back in the paper tray the way the blank paper went in, "
            "on its own, with no other paper under it."
            + (" The last sheet of each copy gets a blank back, so the stack comes out whole." if odd else "")
            + " Not sure which way your printer takes paper? Mark the top edge of one sheet, print a "
            "front on it and see where the page lands before printing them all."
        )


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
    overrides = Layout(output="office", imposition="booklet" if booklet else "none")
    printed = printed_pdf(statement, source=source, overrides=overrides, known_problems=known_problems)
    if isinstance(printed, NotExported):
        return printed
    from pypdf import PdfReader  # only once printing: it is not needed to start

    sides = PdfReader(io.BytesIO(printed.pdf)).pages
    landscape = bool(sides) and sides[0].mediabox.width > sides[0].mediabox.height
    folding = (
        "Fold the sheets together down the middle, the first sheet printed on the outside." if booklet else ""
    )
    job = PrintJob(printed.pdf, [PrintPass(list(range(len(sides))))], folding, printed.problems, landscape)
    return job.by_hand() if by_hand_both_sides else job
