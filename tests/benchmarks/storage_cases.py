"""Loading and saving statement files, in memory and through the disk.

``load`` and ``save`` are what the user waits for: reading a file, and writing one atomically
with fsync and a backup. ``loads``/``dumps`` isolate the YAML work from the disk. The
commented case adds a comment line of its own, which the fast reader still takes; the
hand-edited case adds a comment after a value, which it does not, so loading goes through the
full reader that files reworked in a text editor take.
"""

from __future__ import annotations

from pathlib import Path

from editor.storage import dumps, load, loads, save
from tests.benchmarks.corpus import sized_statement
from tests.benchmarks.harness import Case, Prepared
from tests.benchmarks.measure import stopwatch

COMMENT_LINE = "# Names collected at the rally on Saturday\n"
COMMENT_AFTER_VALUE = ("format: 1\n", "format: 1  # the version of the file format\n")


def _canonical_text(size: str) -> str:
    return dumps(sized_statement(size))


def _prepare_loads(size: str, workdir: Path) -> Prepared:
    text = _canonical_text(size)
    return _prepared(lambda: loads(text), text)


def _prepare_loads_commented(size: str, workdir: Path) -> Prepared:
    text = COMMENT_LINE + _canonical_text(size)
    return _prepared(lambda: loads(text), text)


def _prepare_loads_hand_edited(size: str, workdir: Path) -> Prepared:
    text = _canonical_text(size).replace(*COMMENT_AFTER_VALUE, 1)
    return _prepared(lambda: loads(text), text)


def _prepare_dumps(size: str, workdir: Path) -> Prepared:
    statement = sized_statement(size)
    return _prepared(lambda: dumps(statement), dumps(statement))


def _prepare_load(size: str, workdir: Path) -> Prepared:
    path = workdir / f"{size}.statement.yaml"
    text = _canonical_text(size)
    path.write_text(text, encoding="utf-8")
    return _prepared(lambda: load(path), text)


def _prepare_save(size: str, workdir: Path) -> Prepared:
    statement = sized_statement(size)
    path = workdir / f"{size}.statement.yaml"
    return _prepared(lambda: save(statement, path), dumps(statement))


def _prepared(action, text: str) -> Prepared:
    return Prepared(stopwatch(action), action, {"file_bytes": len(text.encode("utf-8"))})


CASES = [
    Case("storage.load", "load a file the editor saved (read + parse + validate)", _prepare_load),
    Case("storage.save", "save atomically (write temp, fsync, backup, rename)", _prepare_save),
    Case("storage.loads", "parse canonical YAML from memory", _prepare_loads),
    Case(
        "storage.loads_commented",
        "parse a file with a comment line added (fast reader)",
        _prepare_loads_commented,
    ),
    Case(
        "storage.loads_hand_edited",
        "parse a hand-edited file (comment after a value: full reader)",
        _prepare_loads_hand_edited,
    ),
    Case("storage.dumps", "write canonical YAML to memory", _prepare_dumps),
]
