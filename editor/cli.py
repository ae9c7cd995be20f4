"""The ``statement-editor`` command: open the window, check files, start a new statement.

A thin front over the model and storage layers. Every user error becomes one clear message
and an exit code; the GUI is imported only when a window is asked for.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import logging
import math
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from editor import __version__, cli_signatories, crash_log
from editor.cli_common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT_CLOSED,
    EXIT_PROBLEMS,
    EXIT_UNREADABLE,
    OutputThatMayBeCutShort,
)
from editor.model import (
    IMPOSITIONS,
    ORIENTATIONS,
    PAGE_SIZES,
    Demand,
    Paragraph,
    Problem,
    Signatory,
    SignUp,
    Statement,
)
from editor.model.problems import blocking
from editor.model.validation import MAX_BLEED_MM, MAX_FIT_PAGES
from editor.storage import InvalidStatement, StorageError, UnreadableFile, atomic_write, dumps, load
from editor.storage.statement_file import export_target_problem, locate
from editor.wording import counted

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
    try:
        if arguments and arguments[0] in COMMANDS:
            options = _parser().parse_args(arguments)
            return _run(COMMANDS[options.command], options)
        mistyped = _mistyped_command(arguments)
        if mistyped:
            print(mistyped, file=sys.stderr)
            return EXIT_UNREADABLE
        options = _window_parser().parse_args(arguments)
        return open_window(options.file)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Nobody is reading any more; without this, Python complains again as it exits.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OUTPUT_CLOSED
    except Exception:  # the last line of defence: a bug, never a user error
        return _report_internal_error()


def _run(command: Command, options: argparse.Namespace) -> int:
    standard_output = sys.stdout
    sys.stdout = OutputThatMayBeCutShort(standard_output)  # type: ignore[assignment]
    try:
        return command(options)
    finally:
        sys.stdout.flush()
        sys.stdout = standard_output


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
            problems = problems + _printing_problems(loaded.statement, Path(name))
        for problem in problems:
            print(problem)
        if blocking(problems):
            outcome = max(outcome, EXIT_PROBLEMS)
        else:
            print(f"{name}: valid ({_summary(loaded.statement)})")
    return outcome


def _printing_problems(statement: Statement, path: Path) -> list[Problem]:
    """What export would complain about: theme, font, logo, letters the font lacks."""
    from editor.pdf.preflight import preflight  # the printer is loaded only for valid files

    return sorted(locate(preflight(statement, path.parent), path), key=lambda p: (p.line or 0, p.column or 0))


def _bleed(text: str) -> float:
    """Checked as the command line is read, so a mistyped value is a usage error (exit 2)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of millimetres") from None
    if not (math.isfinite(value) and 0 <= value <= MAX_BLEED_MM):
        raise argparse.ArgumentTypeError(f"{text} mm is not usable; choose between 0 and {MAX_BLEED_MM:g}")
    return value


def _pages(text: str) -> int:
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_FIT_PAGES):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of pages (1 to {MAX_FIT_PAGES:,})")
    return int(text)


def _layout_options(options: argparse.Namespace) -> dict[str, object]:
    """The export options that stand in for the file's ``layout`` keys (None: not given)."""
    return {
        "page_size": options.page_size,
        "orientation": options.orientation,
        "theme": options.theme,
        "bleed_mm": options.bleed,
        "crop_marks": options.crop_marks,
        "colour": None if options.cmyk is None else ("cmyk" if options.cmyk else "rgb"),
        "imposition": options.imposition,
        "fit_pages": options.fit_pages,
    }


def _about_an_option(problem: Problem, given: set[str]) -> bool:
    """A problem with a layout key set on the command line has no line in the file to point at."""
    return problem.path[:1] == ("layout",) and len(problem.path) > 1 and problem.path[1] in given


def new(options: argparse.Namespace) -> int:
    """Write a small starter statement; never overwrites an existing file."""
    target = Path(options.file)
    if target.exists():
        print(f"{target}: already exists; choose another name (nothing was written)", file=sys.stderr)
        return EXIT_PROBLEMS
    data = dumps(starter_statement(options.title)).encode("utf-8")
    try:
        atomic_write(target, data, backup=False)
    except StorageError as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"{target}: written; edit it with 'statement-editor {target}'")
    return EXIT_OK


def open_window(file: str | None) -> int:
    """Open the editor window; where no window can be shown, say so instead of letting Qt abort."""
    display_variables = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in display_variables):
        print(
            "statement-editor: there is no display to open the editor window on; "
            "to print a statement without one use 'statement-editor export FILE -o OUT.pdf'",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    from editor.gui.app import run  # Qt is loaded only when a window is wanted

    return run(file)


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
    groups = len(statement.groups())
    parts = [counted(demands, "demand"), counted(people, "signatory", "signatories")]
    if groups:
        parts.append(counted(groups, "group"))
    return ", ".join(parts)


def export(options: argparse.Namespace) -> int:
    """Render FILE to a print-ready PDF; the file appears complete or not at all."""
    from editor.pdf import ExportOptions, RenderError, render_pdf

    source, target = Path(options.file), Path(options.output)
    refusal = export_target_problem(source, target)
    if refusal:
        print(refusal, file=sys.stderr)
        return EXIT_UNREADABLE  # a misused command: -o names the statement itself
    try:
        loaded = load(source)
    except UnreadableFile as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    except InvalidStatement as error:
        print(*error.problems, sep="\n", file=sys.stderr)
        print(f"{source}: not exported; fix the problems above (nothing was written)", file=sys.stderr)
        return EXIT_PROBLEMS
    if loaded.problems:
        print(*loaded.problems, sep="\n", file=sys.stderr)
    if blocking(loaded.problems):
        print(f"{source}: not exported; fix the problems above (nothing was written)", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        print_options = ExportOptions.from_layout(
            loaded.statement.layout,
            **_layout_options(options),
            allow_outside_assets=options.allow_outside_assets,
        )
        result = render_pdf(loaded.statement, print_options, base_dir=source.parent)
        atomic_write(target, result.pdf, backup=False)
    except RenderError as error:
        print(f"{source}: not exported: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as error:  # the PDF could not be written
        print(f"{source}: not exported: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    given = {key for key, value in _layout_options(options).items() if value is not None}
    in_file = [p for p in result.problems if not _about_an_option(p, given)]
    from_options = [p.located(str(source), None, None) for p in result.problems if _about_an_option(p, given)]
    for problem in [*locate(in_file, source), *from_options]:
        print(problem, file=sys.stderr)
    pages = counted(result.page_count, "page")
    if blocking(result.problems):
        print(
            f"{target}: written ({pages}) with the problems above; check them before printing",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(f"{target}: written ({pages})")
    return EXIT_OK


COMMANDS: dict[str, Command] = {"check": check, "new": new, "export": export, **cli_signatories.COMMANDS}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statement-editor",
        description="Draft public statements and print them as leaflets.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser(
        "check",
        help="check statement files and list every problem",
        description="Exit status: 0 all valid, 1 problems found, 2 a file could not be read.",
    )
    checking.add_argument("files", nargs="+", metavar="FILE")
    starting = commands.add_parser("new", help="write a small starter statement to FILE")
    starting.add_argument("file", metavar="FILE")
    starting.add_argument("--title", default="Our statement", help="the title to start with")
    _add_export_parser(commands)
    cli_signatories.add_parsers(commands)
    return parser


def _add_export_parser(commands: argparse._SubParsersAction) -> None:
    """Each option overrides the statement's own layout; left out, the layout decides."""
    exporting = commands.add_parser(
        "export",
        help="print FILE as a PDF leaflet",
        description="Exit status: 0 written, 1 problems (listed), 2 the statement could not be read.",
    )
    exporting.add_argument("file", metavar="FILE")
    exporting.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    exporting.add_argument("--page-size", choices=PAGE_SIZES)
    exporting.add_argument("--orientation", choices=ORIENTATIONS)
    exporting.add_argument("--theme", help="default, photocopy, poster")
    exporting.add_argument(
        "--bleed",
        type=_bleed,
        metavar="MM",
        help=f"bleed in millimetres, 0 to {MAX_BLEED_MM:g} (print shops: 3)",
    )
    exporting.add_argument("--crop-marks", action=argparse.BooleanOptionalAction, default=None)
    exporting.add_argument(
        "--cmyk",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="CMYK colour for offset printing (--no-cmyk: RGB)",
    )
    exporting.add_argument("--imposition", choices=IMPOSITIONS)
    exporting.add_argument("--fit-pages", type=_pages, metavar="N", help="shrink the type to fit N pages")
    exporting.add_argument(
        "--allow-outside-assets",
        action="store_true",
        help="let the logo come from outside the statement's folder (only for statements you trust)",
    )


def _mistyped_command(arguments: list[str]) -> str | None:
    """'chek plan.yaml' is a command misspelt, not a window to open on a file called 'chek'."""
    if not arguments or arguments[0].startswith("-") or Path(arguments[0]).exists():
        return None
    close = difflib.get_close_matches(arguments[0], COMMANDS, n=1, cutoff=0.6)
    if not close and len(arguments) == 1:
        return None  # a file name: opening it will say whether it exists
    hint = f"did you mean '{close[0]}'?" if close else f"the commands are {', '.join(COMMANDS)}"
    return f"statement-editor: '{arguments[0]}' is not a command; {hint}"


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statement-editor",
        description="Open a statement in the editor window. Other commands: "
        + ", ".join(COMMANDS)
        + " (see 'statement-editor COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the statement to open")
    return parser


def _report_internal_error() -> int:
    """Keep the traceback for a bug report, show the user one line about it."""
    details = traceback.format_exc()
    where = crash_log.save_details(details)
    if where is None:
        print(details, file=sys.stderr)
    print(
        f"statement-editor: an internal error stopped this command ({sys.exc_info()[1]!r}). "
        "Files are written whole or not at all, so none is half-written. "
        f"Details for a bug report: {where or 'the terminal above'}",
        file=sys.stderr,
    )
    return EXIT_UNREADABLE
