"""Commands for lists of names: import from CSV, sort, find duplicates, export to CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.model.signatory_lists import (
    duplicates_of_existing,
    likely_duplicates,
    sorted_by_group_then_surname,
    sorted_by_surname,
)
from editor.storage import (
    CommentsWouldBeLost,
    InvalidStatement,
    StorageError,
    UnreadableFile,
    atomic_write,
    load,
    save,
)
from editor.storage.csv_export import signatories_csv
from editor.storage.csv_import import CsvProblem, mapping_from_options, read_csv_file, signatories_from_rows
from editor.storage.statement_file import LoadedStatement, export_target_problem

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
SORTINGS = {"surname": sorted_by_surname, "group": sorted_by_group_then_surname}


def add_parsers(commands: argparse._SubParsersAction) -> None:
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
        help="which column holds what, by header or number from 1; FIELD is one of name, "
        "first_name, last_name, role, organisation, group, personal_capacity, email, phone, "
        "note, ignore",
    )
    importing.add_argument("--keep-duplicates", action="store_true", help="add likely duplicates too")
    importing.add_argument(
        "--drop-comments",
        action="store_true",
        help="save even though FILE has comments that saving cannot keep",
    )
    sorting = commands.add_parser(
        "sort-signatories",
        help="sort the signatories of a statement (this sets the printed order)",
        description="Surnames are found past titles and honours (Dr, Councillor, MP, ...); sort_as wins.",
    )
    sorting.add_argument("file", metavar="FILE")
    sorting.add_argument("--by", choices=sorted(SORTINGS), default="surname")
    sorting.add_argument("--drop-comments", action="store_true", help="save even though FILE has comments")
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
        description="Writes name, role, group and personal capacity; private fields only on request.",
    )
    exporting.add_argument("file", metavar="FILE")
    exporting.add_argument("-o", "--output", required=True, metavar="OUT.csv")
    exporting.add_argument("--include-private", action="store_true", help="also write email, phone and note")


def import_signatories(options: argparse.Namespace) -> int:
    loaded = _load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    try:
        table = read_csv_file(options.csv)
        mapping = mapping_from_options(table.headers, _parse_map(options.map))
    except CsvProblem as error:
        print(f"{options.csv}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    rows = signatories_from_rows(table, mapping)
    print(
        f"{options.csv}: {table.encoding}, columns "
        + ", ".join(f"{table.headers[i]} → {f}" for i, f in sorted(mapping.items()))
    )
    for line, reason in rows.skipped:
        print(f"{options.csv}:{line}: skipped: {reason}")
    statement = loaded.statement
    existing = statement.signatories
    skip: set[int] = set()
    if not options.keep_duplicates:
        for pair in duplicates_of_existing(existing, rows.signatories):
            skip.add(pair.second)
            other = (
                existing[pair.first]
                if pair.first < len(existing)
                else rows.signatories[pair.first - len(existing)]
            )
            where = f"signatories[{pair.first + 1}]" if pair.first < len(existing) else "an earlier row"
            print(
                f"{options.csv}:{rows.lines[pair.second]}: skipped '{rows.signatories[pair.second].name}': "
                f"{pair.reason} as {where} '{other.name}'"
            )
    added = [person for index, person in enumerate(rows.signatories) if index not in skip]
    if not added:
        print(f"{options.file}: no new names to add; the file was not changed")
        return EXIT_OK
    statement.signatories = [*existing, *added]
    outcome = _save_or_report(loaded, options)
    if outcome == EXIT_OK:
        people = "signatory" if len(added) == 1 else "signatories"
        print(f"{options.file}: added {len(added):,} {people} ({len(skip):,} skipped as likely duplicates)")
    return outcome


def sort_signatories(options: argparse.Namespace) -> int:
    loaded = _load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    loaded.statement.signatories = SORTINGS[options.by](loaded.statement.signatories)
    outcome = _save_or_report(loaded, options)
    if outcome == EXIT_OK:
        print(f"{options.file}: {len(loaded.statement.signatories):,} signatories sorted by {options.by}")
    return outcome


def find_duplicates(options: argparse.Namespace) -> int:
    loaded = _load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    people = loaded.statement.signatories
    pairs = likely_duplicates(people)
    for pair in pairs:
        print(
            f"{options.file}: signatories[{pair.second + 1}] '{people[pair.second].name}' and "
            f"signatories[{pair.first + 1}] '{people[pair.first].name}': {pair.reason}"
        )
    print(f"{options.file}: {len(pairs):,} likely duplicates among {len(people):,} signatories")
    return EXIT_PROBLEMS if pairs else EXIT_OK


def export_signatories(options: argparse.Namespace) -> int:
    refusal = export_target_problem(Path(options.file), Path(options.output))
    if refusal:
        print(refusal, file=sys.stderr)
        return EXIT_PROBLEMS
    loaded = _load_or_report(options.file)
    if isinstance(loaded, int):
        return loaded
    data = signatories_csv(loaded.statement.signatories, include_private=options.include_private)
    try:
        atomic_write(Path(options.output), data, backup=False)
    except StorageError as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    kind = "with private fields" if options.include_private else "public fields only"
    print(f"{options.output}: {len(loaded.statement.signatories):,} signatories ({kind})")
    return EXIT_OK


def _load_or_report(name: str) -> LoadedStatement | int:
    try:
        return load(name)
    except UnreadableFile as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    except InvalidStatement as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{name}: fix these problems first; nothing was changed", file=sys.stderr)
        return EXIT_PROBLEMS


def _save_or_report(loaded: LoadedStatement, options: argparse.Namespace) -> int:
    """Save back over FILE unless it has comments (without consent) or changed meanwhile."""
    try:
        save(
            loaded.statement,
            options.file,
            discard_comments=options.drop_comments,
            expected=loaded.fingerprint,
        )
    except CommentsWouldBeLost as error:
        print(f"{error}; nothing was changed. Add --drop-comments to save anyway.", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as error:
        print(f"{error}; nothing was changed", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def _parse_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, separator, target = pair.rpartition("=")
        if not separator or not column:
            raise CsvProblem(f"--map {pair}: write it as COLUMN=FIELD, for example 'Full name=name'")
        mapping[column.strip()] = target.strip()
    return mapping


COMMANDS = {
    "import-signatories": import_signatories,
    "sort-signatories": sort_signatories,
    "find-duplicates": find_duplicates,
    "export-signatories": export_signatories,
}
