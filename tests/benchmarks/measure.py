"""Timing and memory of one action: a warm-up, then repeated runs summarised as median and spread.

A single run lies (a cold cache, another process waking up), so every figure is the median of
several, reported with its range and interquartile range so a noisy result shows itself. Slow
actions get fewer runs, never fewer than ``MIN_RUNS``, so a 20-second tool does not hold the
whole benchmark hostage. Python's allocation peak is measured in a separate run under
tracemalloc, because tracing slows the code it watches and would spoil the timings.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass

MIN_RUNS = 3
DEFAULT_RUNS = 7
DEFAULT_BUDGET_SECONDS = 20.0
"""Timed runs stop being added once they would take longer than this, but never below MIN_RUNS."""


@dataclass(frozen=True)
class Timing:
    """Seconds per run, and the summary the report prints."""

    runs: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def minimum(self) -> float:
        return min(self.runs)

    @property
    def maximum(self) -> float:
        return max(self.runs)

    @property
    def iqr(self) -> float:
        """Interquartile range; zero spread is reported for fewer than two runs."""
        if len(self.runs) < 2:
            return 0.0
        lower, _, upper = statistics.quantiles(self.runs, n=4, method="inclusive")
        return upper - lower

    def summary(self) -> dict[str, float | int | list[float]]:
        return {
            "runs": len(self.runs),
            "median_s": self.median,
            "min_s": self.minimum,
            "max_s": self.maximum,
            "iqr_s": self.iqr,
            "all_s": self.runs,
        }


def stopwatch(action: Callable[[], object]) -> Callable[[], float]:
    """One run of ``action`` that reports its own duration, with garbage from earlier runs cleared."""

    def run_once() -> float:
        gc.collect()
        started = time.perf_counter()
        action()
        return time.perf_counter() - started

    return run_once


def time_repeatedly(
    run_once: Callable[[], float],
    *,
    runs: int = DEFAULT_RUNS,
    budget_seconds: float = DEFAULT_BUDGET_SECONDS,
) -> Timing:
    """One discarded warm-up run, then up to ``runs`` timed runs within the budget.

    ``run_once`` returns the seconds one run took, so a measurement that happens in another
    process (start-up) reports the interval it observed rather than the time spent waiting.
    """
    started = time.perf_counter()
    run_once()
    warm_up = time.perf_counter() - started
    affordable = int(budget_seconds // warm_up) if warm_up > 0 else runs
    count = max(MIN_RUNS, min(runs, affordable))
    return Timing([run_once() for _ in range(count)])


def python_peak_bytes(action: Callable[[], object]) -> int:
    """The most memory Python objects took at once during one run, above what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        action()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return max(0, peak - baseline)


def process_peak_bytes(*, of_children: bool = False) -> int:
    """Peak resident size (native libraries included) of this process, or of its largest child."""
    who = resource.RUSAGE_CHILDREN if of_children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@dataclass(frozen=True)
class Result:
    """What one measurement reports; ``not_measured`` says why when there is no figure."""

    case: str
    size: str
    timing: dict | None = None
    python_peak_bytes: int | None = None
    process_peak_bytes: int | None = None
    details: dict | None = None
    not_measured: str | None = None

    def to_json(self) -> dict:
        return asdict(self)
