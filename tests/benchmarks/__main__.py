"""Run the benchmarks: ``python -m tests.benchmarks`` from the project folder.

Each case runs at each size in its own fresh interpreter (``worker``), one after another, so
one measurement's memory and warm caches never flatter the next. The table goes to the
terminal and the whole run to a JSON file. ``--profile CASE SIZE`` instead runs one case
in-process under cProfile and prints where the time goes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.corpus import SIZES
from tests.benchmarks.hostile_cases import WORST
from tests.benchmarks.machine import describe, load_average, source_state
from tests.benchmarks.measure import DEFAULT_BUDGET_SECONDS, DEFAULT_RUNS, Result
from tests.benchmarks.registry import CASES, case_named
from tests.benchmarks.report import index, render_text, seconds, verdicts

ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = Path(__file__).resolve().parent / "results"
WORKER_TIMEOUT_S = 30 * 60


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    if arguments.report:
        print(
            render_text(json.loads(arguments.report.read_text(encoding="utf-8")), markdown=arguments.markdown)
        )
        return 0
    if arguments.profile:
        from tests.benchmarks.profiling import profile_case

        case, size = arguments.profile
        profile_case(case_named(case), size, top=arguments.top)
        return 0
    chosen = [
        case
        for case in CASES
        if not arguments.only or any(case.name.startswith(prefix) for prefix in arguments.only)
    ]
    sizes = arguments.sizes or [*SIZES, "example", WORST]
    run = {
        "started": _now(),
        "machine": describe(),
        "source": source_state(ROOT),
        "load_average": {"before": load_average()},
        "settings": {"runs": arguments.runs, "budget_s": arguments.budget},
        "results": [],
    }
    with tempfile.TemporaryDirectory(prefix="statement-bench-data-") as data_dir:
        for case in chosen:
            for size in (s for s in case.sizes if s in sizes):
                result = _run_worker(case.name, size, arguments, data_dir)
                _progress(result)
                run["results"].append(result)
    run["load_average"]["after"] = load_average()
    run["finished"] = _now()
    run["targets"] = [v.to_json() for v in verdicts(index(run["results"]))]
    print(render_text(run, markdown=arguments.markdown))
    output = arguments.output or RESULTS_DIR / f"benchmarks-{run['started'].replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(run, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nResults written to {output}")
    return 0


def _run_worker(case: str, size: str, arguments: argparse.Namespace, data_dir: str) -> dict:
    environment = {**os.environ, "STATEMENT_EDITOR_DATA_DIR": data_dir, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="statement-bench-result-") as folder:
        result_file = Path(folder) / "result.json"
        command = [
            sys.executable,
            "-X",
            "faulthandler",  # a crash in Qt leaves a Python traceback to tell where
            "-m",
            "tests.benchmarks.worker",
            case,
            size,
            str(result_file),
            "--runs",
            str(arguments.runs),
            "--budget",
            str(arguments.budget),
        ]
        try:
            completed = subprocess.run(
                command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=WORKER_TIMEOUT_S
            )
        except subprocess.TimeoutExpired:
            return Result(
                case, size, not_measured=f"gave no result within {WORKER_TIMEOUT_S // 60} minutes"
            ).to_json()
        if not result_file.exists():
            return Result(
                case, size, not_measured=f"the measurement crashed: {_last_error(completed)}"
            ).to_json()
        result = json.loads(result_file.read_text(encoding="utf-8"))
        if completed.returncode != 0:
            result["details"] = {
                **(result.get("details") or {}),
                "exit": completed.returncode,
                "exit_message": _last_error(completed.stderr),
            }
        return result


def _last_error(completed: subprocess.CompletedProcess) -> str:
    """What ended the worker: the signal that killed it, or its last line that says something
    (Qt's offscreen platform chatters about size hints)."""
    lines = [
        line
        for line in completed.stderr.strip().splitlines()
        if line.strip() and "propagateSizeHints" not in line
    ]
    if completed.returncode < 0:
        try:
            name = signal.Signals(-completed.returncode).name
        except ValueError:
            name = f"signal {-completed.returncode}"
        return f"killed by {name}{_crashed_in(lines)}"
    return lines[-1] if lines else f"exit status {completed.returncode}, no message"


def _crashed_in(lines: list[str]) -> str:
    """The innermost Python frame of the crashed thread in faulthandler's dump, which lists
    that thread after its "Current thread" header and every other thread as well."""
    after = next((i for i, line in enumerate(lines) if line.startswith("Current thread")), None)
    if after is None:
        return ""
    for line in lines[after + 1 :]:
        if line.startswith("Thread "):
            break
        if line.lstrip().startswith('File "'):
            return f" in {line.strip()}"
    return ""


def _progress(result: dict) -> None:
    timing = result.get("timing")
    shown = seconds(timing["median_s"]) if timing else f"not measured: {result.get('not_measured')}"
    print(f"  {result['case']:<28} {result['size']:<8} {shown}", file=sys.stderr, flush=True)


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="timed runs per case after a warm-up")
    parser.add_argument(
        "--budget",
        type=float,
        default=DEFAULT_BUDGET_SECONDS,
        help="seconds of timed runs per case before fewer runs are taken (at least 3)",
    )
    parser.add_argument(
        "--sizes", nargs="+", choices=[*SIZES, "example", WORST], help="sizes to run (default: all)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="PREFIX",
        help="cases whose name starts with one of these: storage, render, typst, preview, ...",
    )
    parser.add_argument("--output", type=Path, help="JSON file to write (default: tests/benchmarks/results/)")
    parser.add_argument("--profile", nargs=2, metavar=("CASE", "SIZE"), help="profile one case instead")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--report", type=Path, metavar="JSON", help="print the report of a saved run instead")
    parser.add_argument("--top", type=int, default=25, help="functions to list when profiling")
    return parser


if __name__ == "__main__":
    sys.exit(main())
