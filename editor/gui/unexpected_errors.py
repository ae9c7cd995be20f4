"""A bug in the window must not vanish into a terminal nobody reads, nor close the window.

The traceback goes to a log file in the user's data folder for a bug report; the user is told
in a dialog what happened and that the work is still open, so it can be saved.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication

from editor import crash_log
from editor.gui import messages

log = logging.getLogger(__name__)


def install(before_report: Callable[[], None] | None = None) -> None:
    """``before_report`` runs first, to write a recovery copy while the program still can."""

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if before_report is not None:
            try:
                before_report()
            except Exception:  # a second failure must not hide the first
                log.exception("could not keep the work safe before reporting an error")
        report(kind, error, trace)

    sys.excepthook = handle


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    where = crash_log.save_details(details)
    if where is None:
        print(details, file=sys.stderr)
    log.error("unexpected error in the editor window (%s: %s); details in %s", kind.__name__, error, where)
    explain(
        f"The editor hit an unexpected error ({kind.__name__}: {error}).\n\n"
        "Your statement is still open, and a recovery copy of unsaved work has been kept: save it "
        "(perhaps under a new name) before doing more.\n\n"
        f"Details for a bug report: {where or 'the terminal the editor was started from'}"
    )


def explain(text: str) -> None:
    messages.tell(QApplication.activeWindow(), "Something went wrong", text, messages.Icon.Critical)
