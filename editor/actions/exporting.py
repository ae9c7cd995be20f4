"""A statement printed to a PDF file: the file appears complete or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.model import Layout, Problem, Statement, validate
from editor.model.problems import blocking
from editor.storage import StorageError, atomic_write
from editor.storage.statement_file import export_target_problem


@dataclass(frozen=True, slots=True)
class Exported:
    target: Path
    page_count: int
    problems: list[Problem]
    """What printing noticed (a letter the font lacks, a name too long for its column); blocking
    ones mean the PDF was written but should be checked before it goes to print."""


@dataclass(frozen=True, slots=True)
class NotExported:
    """Nothing was written."""

    reason: str
    problems: list[Problem] = field(default_factory=list)
    """The problems of the statement that stop the export, when those are the reason."""
    misused: bool = False
    """The target cannot be written to (the statement itself, a full disk), as opposed to the
    statement not being printable."""


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
        return NotExported(refusal, misused=True)
    stopping = blocking(validate(statement) if known_problems is None else known_problems)
    if stopping:
        return NotExported("fix these problems first (nothing was written)", stopping)
    from editor.pdf import ExportOptions, RenderError, render_pdf  # the printer only when printing

    layout = statement.layout.overlay(overrides) if overrides else statement.layout
    try:
        options = ExportOptions.from_layout(layout, allow_outside_assets=allow_outside_assets)
        result = render_pdf(statement, options, base_dir=source.parent if source else None)
    except RenderError as error:
        return NotExported(str(error))
    try:
        atomic_write(target, result.pdf, backup=False)
    except StorageError as error:
        return NotExported(str(error), misused=True)
    return Exported(target, result.page_count, result.problems)
