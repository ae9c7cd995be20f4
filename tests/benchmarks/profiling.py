"""Where the time goes in one case: cProfile over a few runs after the usual warm-up."""

from __future__ import annotations

import cProfile
import io
import pstats
import tempfile
from pathlib import Path

from tests.benchmarks.harness import Case

PROFILED_RUNS = 3


def profile_case(case: Case, size: str, *, top: int = 25) -> None:
    """Print the functions with the most time of their own, then the most time including callees."""
    with tempfile.TemporaryDirectory(prefix="statement-bench-profile-") as workdir:
        prepared = case.prepare(size, Path(workdir))
        try:
            prepared.run_once()
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(PROFILED_RUNS):
                prepared.run_once()
            profiler.disable()
        finally:
            if prepared.finish is not None:
                prepared.finish()
    for order in ("tottime", "cumulative"):
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).strip_dirs().sort_stats(order).print_stats(top)
        print(f"== {case.name} at {size}, {PROFILED_RUNS} runs, by {order}")
        print(text.getvalue())
