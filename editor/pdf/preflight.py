"""Everything export would say about a statement, for ``check``, without writing anything.

A theme or font that does not exist, a logo that cannot be used, letters the font lacks,
right-to-left text, a title too long for its page and a leaflet that will not fit its pages all
show up only at export otherwise; an organiser runs ``check`` to hear about them before the
print shop does. When the layout is usable, that means laying the leaflet out once.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from editor.model import Problem, Statement
from editor.pdf.errors import RenderError
from editor.pdf.fonts import font_family
from editor.pdf.logo import LogoProblem, open_logo
from editor.pdf.options import ExportOptions
from editor.pdf.render import layout_problems
from editor.pdf.text_checks import text_problems


def preflight(statement: Statement, base_dir: Path | None) -> list[Problem]:
    problems: list[Problem] = []
    try:
        options = ExportOptions.from_layout(statement.layout)
    except RenderError as error:  # go on with the default theme, to find the other problems too
        problems += error.problems
        try:
            options = ExportOptions.from_layout(dataclasses.replace(statement.layout, theme=None))
        except RenderError:
            return problems
    try:
        family = font_family(options.font)
    except RenderError as error:
        problems += error.problems
        family = None
    if not problems:
        try:
            return layout_problems(statement, options, base_dir=base_dir)
        except RenderError as error:
            return error.problems
    # The layout is not usable: say what else is wrong without laying the leaflet out.
    if family is not None:
        problems += text_problems(statement.without_private_data(), family)
    if options.logo:
        try:
            open_logo(options.logo, base_dir, allow_outside=False)
        except LogoProblem as problem:
            problems.append(problem.as_problem())
    return problems
