"""Lists of names at scale: importing a form's CSV, finding duplicates, sorting, filtering.

The import is timed as the command and the dialog do it: read and decode the file, guess the
columns, map every row, and look for likely duplicates against the statement's own list. The
CSV is what an online form exports (a timestamp, names, a role, an organisation, an email, a
personal-capacity answer), one row in twenty repeating someone already listed. The filter is
timed in the window, from a keystroke's new text to the table repainted.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import sys
import time
from pathlib import Path

from editor.model.signatory_lists import duplicates_of_existing, likely_duplicates, sorted_by_surname
from editor.storage.csv_import import guess_mapping, read_csv_file, signatories_from_rows
from tests.benchmarks.corpus import sized_statement
from tests.benchmarks.gui_cases import _gui, statement_file
from tests.benchmarks.harness import Case, Prepared
from tests.benchmarks.measure import stopwatch

REPEATED_EVERY = 20
NEWCOMERS_SEED = 7
FILTER_TEXTS = ("s", "se", "sea", "sean", "", "olena", "trade", "patel", "")
"""Typed one after another: growing words, a clear, other names; each a keystroke to time."""


def _form_csv(size: str, path: Path) -> int:
    """The statement's own people as a form would export them, a few of them twice."""
    existing = sized_statement(size).signatories
    incoming = sized_statement(size, seed=NEWCOMERS_SEED).signatories  # the same mix, other people
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["Timestamp", "Full name", "Your role (optional)", "Organisation", "Email address",
                     "Signing in a personal capacity?"])  # fmt: skip
    for index, person in enumerate(incoming):
        if index % REPEATED_EVERY == 0 and existing:
            person = existing[index % len(existing)]
        else:  # the generator's names repeat at 10k; real newcomers are new people
            person = dataclasses.replace(person, name=f"{person.name}-{_syllables(index)}")
        writer.writerow([f"2026/05/{index % 28 + 1:02d} 10:{index % 60:02d}:00", person.name, person.role,
                         person.group, person.email, "Yes" if person.personal_capacity else "No"])  # fmt: skip
    data = buffer.getvalue().encode("utf-8-sig")
    path.write_bytes(data)
    return len(data)


def _syllables(number: int) -> str:
    """A made-up surname part for each number: Ba, Be, ..., Baba, ..."""
    consonants, vowels = "bdklmnprstvz", "aeiou"
    text = ""
    while True:
        number, pick = divmod(number, len(consonants) * len(vowels))
        text += consonants[pick // len(vowels)] + vowels[pick % len(vowels)]
        if not number:
            return text.capitalize()


def _prepare_import(size: str, workdir: Path) -> Prepared:
    path = workdir / f"{size}-form.csv"
    size_bytes = _form_csv(size, path)
    existing = sized_statement(size).signatories

    def import_file() -> int:
        table = read_csv_file(path)
        rows = signatories_from_rows(table, guess_mapping(table.headers))
        return len(duplicates_of_existing(existing, rows.signatories))

    skipped = import_file()
    return Prepared(stopwatch(import_file), import_file, {"file_bytes": size_bytes, "duplicates": skipped})


def _prepare_duplicates(size: str, workdir: Path) -> Prepared:
    people = sized_statement(size).signatories
    return Prepared(stopwatch(lambda: likely_duplicates(people)), lambda: likely_duplicates(people))


def _prepare_sort(size: str, workdir: Path) -> Prepared:
    people = sized_statement(size).signatories
    return Prepared(stopwatch(lambda: sorted_by_surname(people)), lambda: sorted_by_surname(people))


def _prepare_filter(size: str, workdir: Path) -> Prepared:
    QApplication, app = _gui()
    from editor.gui.signatories.form import SignatoriesForm

    application = QApplication.instance() or QApplication(sys.argv[:1])
    window = app.create_window(str(statement_file(size, workdir)))
    window.show()
    form = next(section for section in window.sections if isinstance(section, SignatoriesForm))
    window.show_section(window.sections.index(form))
    application.processEvents()
    texts = itertools.cycle(FILTER_TEXTS)
    details: dict = {"rows": form.model.rowCount()}

    def keystroke() -> float:
        started = time.perf_counter()
        form.filter.setText(next(texts))  # the proxy filters at once, as on a real keystroke
        form.table.viewport().repaint()
        elapsed = time.perf_counter() - started
        application.processEvents()
        return elapsed

    def close() -> None:
        window.close()
        application.processEvents()

    # Not traced, as for the preview: the process peak measures the window's memory.
    return Prepared(keystroke, None, details, finish=close)


CASES = [
    Case("signatories.import_csv", "import a form's CSV: read, map, find duplicates", _prepare_import),
    Case("signatories.find_duplicates", "find likely duplicates in the list", _prepare_duplicates),
    Case("signatories.sort_by_surname", "sort the list by surname", _prepare_sort),
    Case("signatories.filter", "a keystroke in the table's filter, to the table repainted", _prepare_filter),
]
