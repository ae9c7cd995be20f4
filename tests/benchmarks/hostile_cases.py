"""How fast, and in how little memory, the command line refuses what someone could send.

One case per kind of hostile input, each the worst of its kind in ``tests.hostile_corpus``
(or made here when it is not a file's content: a pipe, a read-only file, two writers at once).
Each run is the installed command in a process of its own, as a user waits for it, so the time
includes starting Python and the peak is the whole process's. The peak is read by a small
launcher: a process forked from this one would count this one's memory as its own. A run that is not refused, or
that changes the file it was given, stops the benchmark: it would be measuring the wrong thing.
The targets are every refusal under 1 s and 200 MB, and ``check`` of 100,000 names under 5 s.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PIL import Image

from tests.benchmarks.harness import Case, Prepared

WORST = "worst"
COMMAND = Path(sys.executable).with_name("statement-editor")
Run = Callable[[Path], list[str]]
"""The arguments of one run, given the folder its files are in."""


def _corpus() -> ModuleType:
    """Imported when a case is prepared, not when the cases are listed: its statements are tens
    of megabytes, which every other benchmark's worker would otherwise carry in its peak."""
    import tests.hostile_corpus

    return tests.hostile_corpus


def _statement(folder: Path, text: str, name: str = "sent.statement.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _refused(arguments: Callable[[Path], list[str]], *, expect: tuple[int, ...] = (1, 2)) -> Callable:
    """A case whose run is the command on the files ``arguments`` makes in the work folder."""

    def prepare(size: str, workdir: Path) -> Prepared:
        command = [str(COMMAND), *arguments(workdir)]
        watched = [Path(a) for a in command[1:] if Path(a).is_file()]
        before = {path: _digest(path) for path in watched}
        details: dict = {}

        def run_once() -> float:
            launched = subprocess.run(
                [sys.executable, "-c", _LAUNCHER, *command], capture_output=True, text=True, timeout=120
            )
            took, peak, code = launched.stdout.split()
            said = launched.stderr
            if int(code) not in expect or "internal error" in said:
                raise RuntimeError(f"not refused as expected (exit {code}): {said[:300]}")
            if {path: _digest(path) for path in watched} != before:
                raise RuntimeError("a refused command changed its input")
            details.update(exit=int(code), command_peak_mb=round(int(peak) / 1024, 1))
            details["said"] = said.strip().splitlines()[0][-100:] if said.strip() else ""
            return float(took)

        return Prepared(run_once, None, details)

    return prepare


_LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
said = child.stdout.read()
_, status, usage = os.wait4(child.pid, 0)
sys.stderr.buffer.write(said)
print(time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
"""Runs the command, and prints its time, its own peak (kB) and its exit status."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check(text: str | Callable[[], str]) -> Run:
    """``text`` may be made only when the case is prepared: some are megabytes."""
    return lambda folder: ["check", str(_statement(folder, text if isinstance(text, str) else text()))]


def _import(data: Callable[[], bytes]) -> Run:
    def arguments(folder: Path) -> list[str]:
        source = folder / "names.csv"
        source.write_bytes(data())
        return ["import-signatories", str(_statement(folder, _corpus().HEAD)), str(source)]

    return arguments


def _fifo_statement(folder: Path) -> list[str]:
    path = folder / "fifo.statement.yaml"
    if not path.exists():
        os.mkfifo(path)
    return ["check", str(path)]


def _read_only(folder: Path) -> list[str]:
    path = _statement(folder, _corpus().HEAD + "signatories:\n  - Ana Kowalska\n  - Zoë Adams\n")
    path.chmod(0o444)
    return ["sort-signatories", str(path)]


def _large_logo(folder: Path) -> list[str]:
    """Not a refusal: the largest logo allowed, whose decoding is the memory to watch."""
    picture = Image.new("RGBA", (4000, 4000), (200, 16, 46, 255))
    picture.save(folder / "logo.png")
    statement = _statement(folder, _corpus().HEAD + "layout:\n  logo: logo.png\n")
    return ["export", str(statement), "-o", str(folder / "out.pdf")]


def _names(count: int) -> str:
    people = "".join(
        f"  - name: Person {n}\n    role: Member, Branch {n % 50}\n    group: G{n % 7}\n"
        for n in range(count)
    )
    return _corpus().HEAD + "signatories:\n" + people


CASES = [
    Case(
        f"hostile.statement.{key}",
        f"check refuses: {key}",
        _refused(_check(lambda k=key: _corpus().HOSTILE[k][0])),
        (WORST,),
    )
    for key in (
        "font size of 5,000 digits",
        "sexagesimal",
        "!!bool maybe",
        "theme name of 400 characters",
        "a name within its limit repeated 100,000 times",
        "a title of a million short words",
        "20,000 links in a paragraph",
        "100,000 short paragraphs",
    )
] + [
    Case(
        "hostile.escapes",
        "check shows a value's escape sequences and line breaks, not acts on them",
        _refused(_check(lambda: _corpus().HEAD + 'language: "\\e]0;pwned\\a\\e[2J\\nvalid"\n')),
        (WORST,),
    ),
    Case("hostile.fifo", "check refuses a statement that is a FIFO", _refused(_fifo_statement), (WORST,)),
    Case("hostile.read_only", "sort refuses a read-only statement", _refused(_read_only), (WORST,)),
    *(
        Case(
            f"hostile.csv.{key}",
            f"import refuses a CSV: {key}",
            _refused(_import(lambda k=key: _corpus().WRONGLY_ENCODED[k])),
            (WORST,),
        )
        for key in ("Shift-JIS", "invalid UTF-8 after a BOM")
    ),
    *(
        Case(
            f"hostile.csv.{key}",
            f"import refuses a CSV: {key}",
            _refused(_import(lambda k=key: _corpus().TOO_MUCH_TO_BE_NAMES[k][0]())),
            (WORST,),
        )
        for key in ("49 MB of 1.7 million rows", "one line of 5,000,000 cells")
    ),
    Case(
        "hostile.logo_at_the_limit",
        "export with a 4,000 x 4,000 logo",
        _refused(_large_logo, expect=(0,)),
        (WORST,),
    ),
    Case(
        "hostile.check_100k_names",
        "check a legal file of 100,000 signatories",
        _refused(_check(lambda: _names(100_000)), expect=(0,)),
        (WORST,),
    ),
]
