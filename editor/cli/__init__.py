"""The ``statement-editor`` command: open the window, or run one of the commands.

A thin front over the actions, the model and storage. Every user error becomes one clear message
and an exit code; the GUI is imported only when a window is asked for.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from editor import __version__, crash_log
from editor.cli import signatories, statements
from editor.cli.outcomes import (
    EXIT_INTERRUPTED,
    EXIT_OUTPUT_CLOSED,
    EXIT_UNREADABLE,
    OutputThatMayBeCutShort,
    ShownSafely,
)
from editor.wording import one_line

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
    try:
        if arguments and arguments[0] in COMMANDS:
            options = _parser().parse_args(arguments)
            if broken := _name_with_a_line_break(options):
                print(
                    f"statement-editor: the file name '{one_line(broken)}' has a line break in it, which "
                    "would make this command's messages misleading; rename the file and try again",
                    file=sys.stderr,
                )
                return EXIT_UNREADABLE
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


_FILE_NAME_OPTIONS = ("file", "files", "csv", "output")


def _name_with_a_line_break(options: argparse.Namespace) -> str | None:
    """Every message starts with a file name: one with a line break could forge a line."""
    for key in _FILE_NAME_OPTIONS:
        value = getattr(options, key, None)
        for name in value if isinstance(value, list) else [value]:
            if isinstance(name, str) and ("\n" in name or "\r" in name):
                return name
    return None


def _stop_as_interrupted(signal_number: int, _frame: object) -> None:
    """A terminal closed or a ``kill``: end as Ctrl+C does, so that a save under way removes its
    temporary copy (a full copy of the statement, private fields included) before it goes."""
    raise KeyboardInterrupt(signal.Signals(signal_number).name)


def _run(command: Command, options: argparse.Namespace) -> int:
    endings = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    before = {ending: signal.signal(ending, _stop_as_interrupted) for ending in endings}
    standard_output, standard_error = sys.stdout, sys.stderr
    sys.stdout = OutputThatMayBeCutShort(ShownSafely(standard_output))  # type: ignore[arg-type]
    sys.stderr = ShownSafely(standard_error)
    try:
        return command(options)
    finally:
        sys.stdout.flush()
        sys.stdout, sys.stderr = standard_output, standard_error
        for ending, handler in before.items():
            signal.signal(ending, handler)


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


COMMANDS: dict[str, Command] = {**statements.COMMANDS, **signatories.COMMANDS}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statement-editor",
        description="Draft public statements and print them as leaflets.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    statements.add_parsers(commands)
    signatories.add_parsers(commands)
    return parser


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
