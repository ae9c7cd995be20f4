"""Commands on whole statements: check them, start a new one, print one as a PDF."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from editor.actions.exporting import Cause, NotExported, about_a_choice, export_pdf
from editor.cli.outcomes import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, load_or_report
from editor.model import (
    BOOKLET_BLANKS,
    IMPOSITIONS,
    ORIENTATIONS,
    OUTPUTS,
    PAGE_SIZES,
    SHEETS,
    Demand,
    Layout,
    Paragraph,
    Problem,
    Signatory,
    SignUp,
    Statement,
)
from editor.model.problems import blocking
from editor.model.signatory_lists import group_order
from editor.model.validation import MAX_BLEED_MM, layout_problems
from editor.storage import InvalidStatement, StorageError, UnreadableFile, atomic_write, dumps, load
from editor.storage.statement_file import LoadedStatement
from editor.wording import counted

T = TypeVar("T")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checking = commands.add_parser(
        "check",
        help="check statement files and list every problem",
        description="Exit status: 0 all valid, 1 problems found, 2 a file could not be read.",
    )
    checking.add_argument("files", nargs="+", metavar="FILE")
    _add_output_option(checking, "check the print settings for this output (default: the layout's output)")
    starting = commands.add_parser("new", help="write a small starter statement to FILE")
    starting.add_argument("file", metavar="FILE")
    starting.add_argument("--title", default="Our statement", help="the title to start with")
    _add_export_parser(commands)


def _add_export_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Each option overrides the statement's own layout; left out, the layout decides."""
    exporting = commands.add_parser(
        "export",
        help="print FILE as a PDF leaflet",
        description=(
            "Exit status: 0 written; 1 problems, listed: either the statement's own, and nothing "
            "was written, or what printing noticed (a letter the font lacks), and the PDF was "
            "written to be checked before it goes to print (the last line says which); 2 a file "
            "could not be read or written, or an option was misused."
        ),
    )
    exporting.add_argument("file", metavar="FILE")
    exporting.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    _add_output_option(
        exporting,
        "what the PDF is for: press (the print shop: CMYK, 3 mm bleed, crop marks, PDF/X-4, links "
        "printed), screen (screen and email: RGB, live links) or office (a home or office printer); "
        "default: the layout's output, else press. The options below still change each setting",
    )
    exporting.add_argument("--page-size", choices=PAGE_SIZES)
    exporting.add_argument("--orientation", choices=ORIENTATIONS)
    exporting.add_argument("--theme", help="the look, by the theme's name (a name unknown lists the themes)")
    exporting.add_argument(
        "--bleed",
        type=_layout_choice(float, "a number of millimetres", lambda mm: Layout(bleed_mm=mm)),
        metavar="MM",
        help=f"bleed in millimetres, 0 to {MAX_BLEED_MM:g} (print shops: 3)",
    )
    exporting.add_argument("--crop-marks", action=argparse.BooleanOptionalAction, default=None)
    exporting.add_argument(
        "--black-overprint",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="small 100%% black text prints over the colour under it (CMYK only; default: off)",
    )
    exporting.add_argument(
        "--cmyk",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="CMYK colour for offset printing (--no-cmyk: RGB)",
    )
    exporting.add_argument("--imposition", choices=IMPOSITIONS)
    exporting.add_argument("--sheet", choices=SHEETS, help="the press sheet an imposed job is printed on")
    exporting.add_argument(
        "--booklet-blanks",
        choices=BOOKLET_BLANKS,
        help="where a booklet's blank pages go when its pages are not a multiple of four (default: end)",
    )
    exporting.add_argument(
        "--fit-pages",
        type=_layout_choice(_whole_number, "a number of pages", lambda pages: Layout(fit_pages=pages)),
        metavar="N",
        help="shrink the type to fit N pages",
    )
    exporting.add_argument(
        "--allow-outside-assets",
        action="store_true",
        help="let the logo come from outside the statement's folder (only for statements you trust)",
    )


def _add_output_option(parser: argparse.ArgumentParser, explained: str) -> None:
    parser.add_argument(
        "--for", dest="output_for", choices=OUTPUTS, metavar="|".join(OUTPUTS), help=explained
    )


def check(options: argparse.Namespace) -> int:
    """Print every problem of every file; exit with the worst outcome."""
    outcome = EXIT_OK
    for name in options.files:
        try:
            loaded = load(name)
        except UnreadableFile as error:
            print(error, file=sys.stderr)
            outcome = max(outcome, EXIT_UNREADABLE)
            continue
        except InvalidStatement as error:
            for problem in error.problems:
                print(problem)
            outcome = max(outcome, EXIT_PROBLEMS)
            continue
        problems = loaded.problems
        if not blocking(problems):
            problems = problems + _printing_problems(loaded, Path(name), options.output_for)
        for problem in problems:
            print(problem)
        if blocking(problems):
            outcome = max(outcome, EXIT_PROBLEMS)
        else:
            print(f"{name}: valid ({_summary(loaded.statement)})")
    return outcome


def _printing_problems(loaded: LoadedStatement, path: Path, output: str | None) -> list[Problem]:
    """What export would complain about: theme, font, logo, letters the font lacks, and what
    the output (the layout's, or the one asked for) needs."""
    from editor.pdf.preflight import preflight  # the printer is loaded only for valid files

    statement = loaded.statement
    if output:
        statement = dataclasses.replace(statement, layout=statement.layout.overlay(Layout(output=output)))
    found = loaded.locations.locate(preflight(statement, path.parent))
    return sorted(found, key=lambda p: (p.line or 0, p.column or 0))


def _layout_choice(parse: Callable[[str], T], what: str, chosen: Callable[[T], Layout]) -> Callable[[str], T]:
    """An option read as the layout key it stands for, under the same rules as in the file;
    checked as the command line is read, so a mistyped value is a usage error (exit 2)."""

    def read(text: str) -> T:
        try:
            value = parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what}") from None
        for problem in layout_problems(chosen(value)):
            raise argparse.ArgumentTypeError(f"{text}: {problem.message}")
        return value

    return read


def _whole_number(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ValueError(text)
    return int(text)


LAYOUT_OPTIONS = {
    "output": "--for", "page_size": "--page-size", "orientation": "--orientation", "theme": "--theme",
    "bleed_mm": "--bleed", "crop_marks": "--crop-marks", "black_overprint": "--black-overprint",
    "colour": "--cmyk",
    "imposition": "--imposition", "sheet": "--sheet", "booklet_blanks": "--booklet-blanks",
    "fit_pages": "--fit-pages",
}  # fmt: skip
"""The layout key each export option stands in for."""


def _layout_overrides(options: argparse.Namespace) -> Layout:
    """The export options that stand in for the file's ``layout`` keys (None: not given)."""
    given = {key: getattr(options, _destination(flag)) for key, flag in LAYOUT_OPTIONS.items()}
    if given["colour"] is not None:
        given["colour"] = "cmyk" if given["colour"] else "rgb"
    return Layout(**given)


def _destination(flag: str) -> str:
    return "output_for" if flag == "--for" else flag[2:].replace("-", "_")


def _said(problems: list[Problem], loaded: LoadedStatement, overrides: Layout) -> list[str]:
    """Each problem where the organiser can fix it: at its line in the file, or as the option
    given on the command line that it is about."""
    said: list[str] = []
    for problem in problems:
        key = about_a_choice(problem, overrides)
        if key is None:
            said.extend(str(located) for located in loaded.locations.locate([problem]))
        else:
            kind = "warning: " if problem.is_warning else ""
            said.append(f"statement-editor export: {LAYOUT_OPTIONS[key]}: {kind}{problem.message}")
    return said


def new(options: argparse.Namespace) -> int:
    """Write a small starter statement; never overwrites an existing file."""
    target = Path(options.file)
    if target.exists():
        print(f"{target}: already exists; choose another name (nothing was written)", file=sys.stderr)
        return EXIT_UNREADABLE
    data = dumps(starter_statement(options.title)).encode("utf-8")
    try:
        atomic_write(target, data, backup=False)
    except StorageError as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"{target}: written; edit it with 'statement-editor {target}'")
    return EXIT_OK


def starter_statement(title: str) -> Statement:
    return Statement(
        title=title,
        issuer="Our campaign",
        date=datetime.date.today(),
        preamble=[Paragraph("Say in a few sentences why this statement matters now.")],
        demands=[
            Demand("The first thing we ask for.", heading="A short heading"),
            Demand("The second thing we ask for."),
        ],
        closing=[Paragraph("We invite everyone who agrees to add their name.")],
        sign_up=SignUp(text="Add your name", url="https://example.org/sign"),
        signatories=[Signatory("Your Name", role="Organiser")],
    )


def _summary(statement: Statement) -> str:
    demands = len(statement.demands)
    people = len(statement.signatories)
    groups = len(group_order(statement.signatories))
    parts = [counted(demands, "demand"), counted(people, "signatory", "signatories")]
    if groups:
        parts.append(counted(groups, "group"))
    return ", ".join(parts)


def export(options: argparse.Namespace) -> int:
    """Render FILE to a print-ready PDF; the file appears complete or not at all."""
    source, target = Path(options.file), Path(options.output)
    refusal = "not exported; fix the problems above (nothing was written)"
    loaded = load_or_report(options.file, refusal)
    if isinstance(loaded, int):
        return loaded
    overrides = _layout_overrides(options)
    outcome = export_pdf(
        loaded.statement,
        target,
        source=source,
        overrides=overrides,
        known_problems=loaded.problems,
        allow_outside_assets=options.allow_outside_assets,
    )
    if outcome.statement_problems:  # located as the file was read
        print(*outcome.statement_problems, sep="\n", file=sys.stderr)
    if isinstance(outcome, NotExported):
        if outcome.cause is Cause.TARGET:
            print(f"{source}: not exported: {outcome.reason}", file=sys.stderr)
            return EXIT_UNREADABLE  # -o names the statement itself, or cannot be written
        if outcome.cause is Cause.PRINTING:
            print(*_said(outcome.problems, loaded, overrides), sep="\n", file=sys.stderr)
        print(f"{source}: {refusal}", file=sys.stderr)
        from_options = any(about_a_choice(p, overrides) for p in outcome.problems)
        return EXIT_UNREADABLE if from_options else EXIT_PROBLEMS
    for line in _said(outcome.problems, loaded, overrides):
        print(line, file=sys.stderr)
    pages = f"{counted(outcome.page_count, 'page')}, {outcome.made_as}"
    if blocking(outcome.problems):
        print(
            f"{target}: written ({pages}) with the problems above; check them before printing",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(f"{target}: written ({pages})")
    return EXIT_OK


COMMANDS = {"check": check, "new": new, "export": export}
