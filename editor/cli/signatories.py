"""Commands for lists of names: import from CSV, sort, find duplicates, export to CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.actions.exporting import NotExported
from editor.actions.importing import plan_import, read_table
from editor.actions.list_export import PRIVATE_COLUMNS_SAID, columns_said, export_list
from editor.actions.sorting import SORTINGS, sort_list
from editor.cli.outcomes import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, load_or_report, save_or_report
from editor.model import Problem, format_path
from editor.model.signatory_lists import likely_duplicates
from editor.storage.csv_import import (
    FIELDS,
    CsvProblem,
    CsvTable,
    guess_columns,
    mapping_from_options,
    table_for_options,
)
from editor.wording import counted


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = commands.add_parser(
        "import-signatories",
        help="add the names in a CSV file to a statement",
        description="Adds the names in CSV to FILE, skipping likely duplicates of names already "
        "there (same email, or same name with case, accents and titles aside) and listing each.",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("csv", metavar="CSV")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="which column holds what, by heading or number from 1; FIELD is one of "
        f"{', '.join(FIELDS)}, ignore. Naming a column by a heading the guess did not know "
        "also says the first row holds headings",
    )
    importing.add_argument(
        "--headings",
        choices=("auto", "yes", "no"),
        default="auto",
        help="whether the first row holds column headings (auto: when it has headings the "
        "guess knows, such as Name or Email)",
    )
    importing.add_argument("--keep-duplicates", action="store_true", help="add likely duplicates too")
    _add_drop_comments(importing)
    sorting = commands.add_parser(
        "sort-signatories",
        help="sort the signatories of a statement (this sets the printed order)",
        description="Surnames are found past titles and honours (Dr, Councillor, MP, ...); sort_as wins.",
    )
    sorting.add_argument("file", metavar="FILE")
    sorting.add_argument("--by", choices=sorted(SORTINGS), default="surname")
    _add_drop_comments(sorting)
    duplicates = commands.add_parser(
        "find-duplicates",
        help="list likely duplicates among the signatories of a statement",
        description="Same email, or same name with case, accents, titles and word order aside. "
        "Exit status 0 none found, 1 some found.",
    )
    duplicates.add_argument("file", metavar="FILE")
    exporting = commands.add_parser(
        "export-signatories",
        help="write the signatories of a statement to a CSV file",
        description=f"Writes {columns_said(False)}; {PRIVATE_COLUMNS_SAID} only on request.",
    )
    exporting.add_argument("file", metavar="FILE")
    exporting.add_argument("-o", "--output", required=True, metavar="OUT.csv")
    exporting.add_argument(
        "--include-private", action="store_true", help=f"also write {PRIVATE_COLUMNS_SAID}"
    )


def _add_drop_comments(command: argparse.ArgumentParser) -> None:
    """The consent a command cannot ask for: saving over FILE writes it in its standard form."""
    command.add_argument(
        "--drop-comments",
        action="store_true",
        help="save even though FILE has comments that saving cannot keep",
    )


def import_signatories(options: argparse.Namespace) -> int:
    try:
        table = read_table(Path(options.file), Path(options.csv))
    except CsvProblem as error:  # not a CSV file, or the statement itself
        print(f"{options.csv}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    loaded = load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    try:
        columns = _parse_map(options.map)
        if options.headings == "auto":
            table = table_for_options(table, columns)
        else:
            table = table.headed(options.headings == "yes")
        mapping = mapping_from_options(table, columns)
    except CsvProblem as error:  # the CSV file cannot be read, or --map was misused
        print(f"{options.csv}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    plan = plan_import(loaded.statement.signatories, table, mapping, keep_duplicates=options.keep_duplicates)
    print(
        f"{options.csv}: {table.encoding}, columns "
        + ", ".join(f"{table.headers[i]} → {f}" for i, f in sorted(mapping.items()))
    )
    for remark in _about_the_columns(table, mapping, options.headings):
        print(f"{options.csv}: {remark}")
    for line, message in plan.remarks():
        print(f"{options.csv}:{line}: {message}")
    if not plan.added:
        print(f"{options.file}: no new names to add; the file was not changed")
        return EXIT_OK
    loaded.statement.signatories = [*loaded.statement.signatories, *plan.added]
    outcome = save_or_report(loaded, options.file, drop_comments=options.drop_comments)
    if outcome == EXIT_OK:
        duplicates = counted(len(plan.duplicates), "likely duplicate")
        print(
            f"{options.file}: added {counted(len(plan.added), 'signatory', 'signatories')} "
            f"({duplicates} {'added anyway' if plan.duplicates_kept else 'skipped'})"
        )
    return outcome


def _about_the_columns(table: CsvTable, mapping: dict[int, str], headings: str) -> list[str]:
    """What an organiser should know before trusting the import: columns left out, and a first
    row read as a name because its headings were not recognised."""
    notes = []
    if table.unmapped(mapping):
        notes.append(f"left out: {', '.join(table.unmapped(mapping))} (use --map to take them)")
    if not table.has_header and headings == "auto" and table.rows:
        first = " | ".join(cell for cell in table.rows[0] if cell)
        notes.append(
            f"line {table.first_line} has no headings the guess knows, so it is read as a name "
            f"({first}); if it holds headings, add --headings yes and --map HEADING=FIELD"
        )
    if not table.has_header and not guess_columns(table).sure:
        for index in (i + 1 for i, f in sorted(mapping.items()) if f == "group"):
            notes.append(
                f"column {index} → group is only a guess from the cells (it could as well be an "
                f"organisation): check it, and use --map {index}=role or --map {index}=ignore to change it"
            )
    return notes


def sort_signatories(options: argparse.Namespace) -> int:
    loaded = load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    result = sort_list(loaded.statement.signatories, options.by)
    if not result.changed:
        print(f"{options.file}: already sorted by {options.by}; the file was not changed")
        return EXIT_OK
    loaded.statement.signatories = result.ordered
    outcome = save_or_report(loaded, options.file, drop_comments=options.drop_comments)
    if outcome == EXIT_OK:
        people = counted(len(result.ordered), "signatory", "signatories")
        print(f"{options.file}: {people} sorted by {options.by}")
        if result.groups_moved:
            print(f"{options.file}: {result.groups_moved}; --by group keeps their order")
    return outcome


def find_duplicates(options: argparse.Namespace) -> int:
    loaded = load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    people = loaded.statement.signatories
    pairs = likely_duplicates(people)
    found = [
        Problem(
            f"'{people[pair.second].name}' and {format_path(('signatories', pair.first))} "
            f"'{people[pair.first].name}': {pair.reason}",
            ("signatories", pair.second),
        )
        for pair in pairs
    ]
    for duplicate in loaded.locations.locate(found):  # at the later entry's line, to remove it there
        print(duplicate)
    print(
        f"{options.file}: {counted(len(pairs), 'likely duplicate')} among "
        f"{counted(len(people), 'signatory', 'signatories')}"
    )
    return EXIT_PROBLEMS if pairs else EXIT_OK


def export_signatories(options: argparse.Namespace) -> int:
    loaded = load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    people = loaded.statement.signatories
    outcome = export_list(
        people, Path(options.output), source=Path(options.file), include_private=options.include_private
    )
    if isinstance(outcome, NotExported):
        print(outcome.reason, file=sys.stderr)
        return EXIT_UNREADABLE  # -o names the statement, a file of another kind, or cannot be written
    kind = "with private fields" if options.include_private else "public fields only"
    print(f"{options.output}: {counted(outcome.count, 'signatory', 'signatories')} ({kind})")
    return EXIT_OK


def _parse_map(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, separator, target = pair.rpartition("=")
        column = column.strip()
        if not separator or not column:
            raise CsvProblem(f"--map {pair}: write it as COLUMN=FIELD, for example 'Full name=name'")
        if column.casefold() in (known.casefold() for known in mapping):
            raise CsvProblem(f"--map names the column '{column}' twice; say once what it holds")
        mapping[column] = target.strip()
    return mapping


COMMANDS = {
    "import-signatories": import_signatories,
    "sort-signatories": sort_signatories,
    "find-duplicates": find_duplicates,
    "export-signatories": export_signatories,
}
