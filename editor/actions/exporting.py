"""A statement printed to a PDF file: the file appears complete or not at all."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from editor.actions.targets import export_target_problem
from editor.model import Layout, Problem, Statement, validate
from editor.model.problems import blocking
from editor.storage import StorageError, atomic_write


@dataclass(frozen=True, slots=True)
class Exported:
    target: Path
    page_count: int
    problems: list[Problem]
    """What printing noticed (a letter the font lacks, a name too long for its column); blocking
    ones mean the PDF was written but should be checked before it goes to print."""
    statement_problems: list[Problem] = field(default_factory=list)
    """What was known to be wrong with the statement and still holds with the export's own
    choices laid over its layout: warnings, since anything worse stops the export."""
    made_as: str = ""
    """What the file is for and how it is made ("for the print shop: PDF/X-4, CMYK, ...")."""


class Cause(enum.Enum):
    STATEMENT = "the statement has problems that stop printing"
    PRINTING = "a print setting cannot be honoured (no such theme or font, a leaflet too large)"
    TARGET = "the file cannot be written there (the statement itself, another kind of file, a full disk)"


@dataclass(frozen=True, slots=True)
class NotExported:
    """Nothing was written."""

    reason: str
    cause: Cause
    problems: list[Problem] = field(default_factory=list)
    """What stops the export, each with the path of its field: the statement's own problems,
    or the print setting that cannot be honoured."""
    statement_problems: list[Problem] = field(default_factory=list)
    """As for ``Exported``: the statement's problems that hold, stopping or not."""


def export_pdf(
    statement: Statement,
    target: Path,
    *,
    source: Path | None,
    overrides: Layout | None = None,
    known_problems: list[Problem] | None = None,
    allow_outside_assets: bool = False,
) -> Exported | NotExported:
    """Print ``statement`` (read from ``source``, if from a file) with ``overrides`` laid over its
    layout. ``known_problems`` are what reading it found; without them it is validated here."""
    refusal = export_target_problem(source, target, ".pdf")
    if refusal:
        return NotExported(refusal, Cause.TARGET)
    printed = printed_pdf(
        statement,
        source=source,
        overrides=overrides,
        known_problems=known_problems,
        allow_outside_assets=allow_outside_assets,
    )
    if isinstance(printed, NotExported):
        return printed
    try:
        atomic_write(target, printed.pdf, backup=False)
    except StorageError as error:
        return NotExported(str(error), Cause.TARGET, statement_problems=printed.statement_problems)
    return Exported(target, printed.page_count, printed.problems, printed.statement_problems, printed.made_as)


@dataclass(frozen=True, slots=True)
class Printed:
    """A leaflet printed in memory, for a file or for a printer."""

    pdf: bytes
    page_count: int
    problems: list[Problem]
    statement_problems: list[Problem]
    made_as: str


def printed_pdf(
    statement: Statement,
    *,
    source: Path | None,
    overrides: Layout | None = None,
    known_problems: list[Problem] | None = None,
    allow_outside_assets: bool = False,
) -> Printed | NotExported:
    """The PDF of ``statement`` with ``overrides`` laid over its layout, or why there is none."""
    holding = _standing(validate(statement) if known_problems is None else known_problems, overrides)
    stopping = blocking(holding)
    if stopping:
        return NotExported(
            "fix these problems first (nothing was written)", Cause.STATEMENT, stopping, holding
        )
    from editor.pdf import ExportOptions, RenderError, render_pdf  # the printer only when printing

    layout = statement.layout.overlay(overrides) if overrides else statement.layout
    try:
        options = ExportOptions.from_layout(layout, allow_outside_assets=allow_outside_assets)
        result = render_pdf(statement, options, base_dir=source.parent if source else None)
    except RenderError as error:
        return NotExported(str(error), Cause.PRINTING, error.problems, holding)
    return Printed(result.pdf, result.page_count, result.problems, holding, result.made_as)


def _standing(problems: list[Problem], overrides: Layout | None) -> list[Problem]:
    """The problems that still hold once ``overrides`` stand in for the file's layout choices:
    a bleed of 99 mm in the file does not matter to an export asked for with a bleed of 3."""
    if overrides is None:
        return problems
    return [problem for problem in problems if about_a_choice(problem, overrides) is None]


def about_a_choice(problem: Problem, overrides: Layout) -> str | None:
    """The layout key of ``overrides`` that ``problem`` is about, if it is about one."""
    path = problem.path
    if len(path) > 1 and path[0] == "layout" and isinstance(path[1], str):
        return path[1] if getattr(overrides, path[1], None) is not None else None
    return None
