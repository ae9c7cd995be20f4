"""Printed labels ("Our demands", "Signatories", dates) in the statement's language.

The words are data in resources/labels/<language>.yaml; a language we have no file for falls
back to English, and the statement's own ``labels`` override the three headings.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import Any

import yaml

from editor.model import Problem, Statement
from editor.paths import resources_dir
from editor.pdf.errors import RenderError
from editor.wording import shortened

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class PrintedLabels:
    demands: str
    signatories: str
    sign_up: str
    personal_capacity: str  # the line that explains the mark
    capacity_mark: str  # after a name signed in a personal capacity: "(pc)"
    continued: str  # after a group heading carried on to the next page
    unheaded_group: str
    page: str
    months: tuple[str, ...]
    date_pattern: str
    thousands: str

    def count(self, number: int) -> str:
        """1,000 in English, 1 000 (with a no-break space) in Ukrainian."""
        return f"{number:,}".replace(",", self.thousands)

    def date(self, value: datetime.date) -> str:
        return self.date_pattern.format(day=value.day, month=self.months[value.month - 1], year=value.year)


def labels_for(statement: Statement) -> PrintedLabels:
    words = _words(_language_file(statement.effective_language))
    own = statement.labels
    return PrintedLabels(
        demands=own.demands or words["demands"],
        signatories=own.signatories or words["signatories"],
        sign_up=own.sign_up or words["sign_up"],
        personal_capacity=words["personal_capacity"].format(mark=words["personal_capacity_mark"]),
        capacity_mark=words["personal_capacity_mark"],
        continued=words["continued"],
        unheaded_group=words["unheaded_group"],
        page=words["page"],
        months=tuple(words["months"]),
        date_pattern=words["date"],
        thousands=words["thousands"],
    )


def language_problem(statement: Statement) -> Problem | None:
    """Said when the statement's language has no printed labels: its headings and date would
    otherwise come out in English without a word."""
    tag = statement.effective_language
    if _language_file(tag) != FALLBACK_LANGUAGE or tag.split("-")[0].lower() == FALLBACK_LANGUAGE:
        return None
    shipped = ", ".join(sorted(path.stem for path in (resources_dir() / "labels").glob("*.yaml")))
    return Problem(
        f"there are no printed labels in '{shortened(tag)}' yet ({shipped} are shipped), so the date, the "
        "'(pc)' line and any heading not set under 'labels:' print in English",
        ("language",),
        is_warning=True,
    )


def _language_file(tag: str) -> str:
    """'uk-UA' uses uk.yaml; a language without a file uses English."""
    primary = tag.split("-")[0].lower()
    return primary if (resources_dir() / "labels" / f"{primary}.yaml").is_file() else FALLBACK_LANGUAGE


@functools.cache
def _words(language: str) -> dict[str, Any]:  # parsed YAML: strings, and a list for "months"
    path = resources_dir() / "labels" / f"{language}.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RenderError(f"the printed labels in {path} cannot be read: {error}", ("language",)) from error
