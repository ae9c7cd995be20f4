"""One case at one size in a fresh interpreter, so its peak memory is its own.

    python -m tests.benchmarks.worker CASE SIZE RESULT.json [--runs N] [--budget SECONDS]

The result goes to a file rather than stdout, which the libraries under test may write to.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import traceback
from pathlib import Path

from tests.benchmarks.harness import run_case
from tests.benchmarks.measure import DEFAULT_BUDGET_SECONDS, DEFAULT_RUNS, Result
from tests.benchmarks.registry import case_named


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("case")
    parser.add_argument("size")
    parser.add_argument("result", type=Path)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_SECONDS)
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="statement-bench-") as workdir:
        try:
            result = run_case(
                case_named(arguments.case),
                arguments.size,
                Path(workdir),
                runs=arguments.runs,
                budget_seconds=arguments.budget,
            )
        except Exception as error:  # reported in the table; the traceback goes to stderr
            traceback.print_exc()
            result = Result(
                arguments.case,
                arguments.size,
                not_measured=f"the measurement failed: {type(error).__name__}: {error}",
            )
    arguments.result.write_text(json.dumps(result.to_json()), encoding="utf-8")


if __name__ == "__main__":
    main()
