"""Saving over a file that may have changed, or that has comments: the questions as data.

A save that needs the organiser's consent comes back as the question to put; the front asks
it in its own way (a dialog, a command-line option) and saves again with the answer.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

from editor.model import Statement
from editor.storage import ChangedOnDisk, CommentsWouldBeLost, Fingerprint, StorageError, save


class Consent(enum.Flag):
    NONE = 0
    OVERWRITE_CHANGES = enum.auto()
    """Replace what another program wrote to the file since it was read."""
    DROP_COMMENTS = enum.auto()
    """Write the file in its standard form, without the comments written in it by hand."""


@dataclass(frozen=True, slots=True)
class Saved:
    fingerprint: Fingerprint
    """The file as it is now on disk, to notice the next change by someone else."""


@dataclass(frozen=True, slots=True)
class NeedsConsent:
    """Nothing was written; saving again with ``consent`` would write."""

    consent: Consent
    message: str
    comment_lines: str = ""
    """For comments: which lines hold them ('lines 2 and 7')."""


@dataclass(frozen=True, slots=True)
class NotSaved:
    """Nothing was written (a full disk, a folder that cannot be written); the file is as it was."""

    message: str


SaveOutcome = Saved | NeedsConsent | NotSaved


def save_statement(
    statement: Statement,
    path: str | os.PathLike[str],
    *,
    expected: Fingerprint | None,
    consent: Consent = Consent.NONE,
) -> SaveOutcome:
    """``expected`` is the file as it was read; None for a file this statement does not come from."""
    try:
        written = save(
            statement,
            path,
            discard_comments=Consent.DROP_COMMENTS in consent,
            expected=None if Consent.OVERWRITE_CHANGES in consent else expected,
        )
    except ChangedOnDisk as error:
        return NeedsConsent(Consent.OVERWRITE_CHANGES, str(error))
    except CommentsWouldBeLost as error:
        return NeedsConsent(Consent.DROP_COMMENTS, str(error), error.lines_text)
    except StorageError as error:
        return NotSaved(str(error))
    return Saved(written)
