"""Commands for lists of names: import from CSV into a statement, export them to CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.model.signatory_lists import duplicates_of_existing
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
from editor.storage.csv_import import CsvProblem, mapping_from_options, read_table, signatories_from_rows
from editor.storage.statement_file import LoadedStatement, read_bytes

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


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
        table = read_table(read_bytes(options.csv))
        mapping = mapping_from_options(table.headers, _parse_map(options.map))
    except UnreadableFile as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
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
    try:
        save(statement, options.file, discard_comments=options.drop_comments)
    except CommentsWouldBeLost as error:
        print(f"{error}; nothing was changed. Add --drop-comments to import anyway.", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    people = "signatory" if len(added) == 1 else "signatories"
    print(f"{options.file}: added {len(added):,} {people} ({len(skip):,} skipped as likely duplicates)")
    return EXIT_OK


def export_signatories(options: argparse.Namespace) -> int:
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


def _parse_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, separator, target = pair.rpartition("=")
        if not separator or not column:
            raise CsvProblem(f"--map {pair}: write it as COLUMN=FIELD, for example 'Full name=name'")
        mapping[column.strip()] = target.strip()
    return mapping


COMMANDS = {"import-signatories": import_signatories, "export-signatories": export_signatories}
