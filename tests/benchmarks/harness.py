"""What a benchmark case is, and how one is measured inside the worker process.

A case names something worth timing ("storage.save", "typst.render") and knows how to prepare
it for a size: build the input outside the timed region, and return one measured run. A case
whose subject does not exist yet or whose tool is not installed raises ``NotMeasurable`` with
the reason, which the report prints instead of a number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.measure import (
    DEFAULT_BUDGET_SECONDS,
    DEFAULT_RUNS,
    Result,
    process_peak_bytes,
    python_peak_bytes,
    time_repeatedly,
)


class NotMeasurable(Exception):
    """The case cannot run here; the message says why in words for the report."""


@dataclass
class Prepared:
    """A case ready to run at one size.

    ``run_once`` performs one run and returns its duration. ``traced`` repeats the work for the
    tracemalloc peak, or is None when it cannot be traced: the work happens in another process,
    or, for the window, tracing would crash or distort it (see ``gui_cases``). ``details`` carries
    facts worth reporting beside the timing (page count, bytes written). ``finish`` tidies up
    what must not be left to interpreter exit, such as an open window.
    """

    run_once: Callable[[], float]
    traced: Callable[[], object] | None
    details: dict = field(default_factory=dict)
    in_child_process: bool = False
    finish: Callable[[], object] | None = None


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    prepare: Callable[[str, Path], Prepared]
    sizes: tuple[str, ...] = ("seed", "1k", "10k")


def run_case(
    case: Case,
    size: str,
    workdir: Path,
    *,
    runs: int = DEFAULT_RUNS,
    budget_seconds: float = DEFAULT_BUDGET_SECONDS,
) -> Result:
    """Prepare, time, and then measure memory; timings come before tracing so tracing cannot slow them."""
    try:
        prepared = case.prepare(size, workdir)
    except NotMeasurable as reason:
        return Result(case.name, size, not_measured=str(reason))
    try:
        timing = time_repeatedly(prepared.run_once, runs=runs, budget_seconds=budget_seconds)
        python_peak = python_peak_bytes(prepared.traced) if prepared.traced is not None else None
    finally:
        if prepared.finish is not None:
            prepared.finish()
    return Result(
        case.name,
        size,
        timing=timing.summary(),
        python_peak_bytes=python_peak,
        process_peak_bytes=process_peak_bytes(of_children=prepared.in_child_process),
        details=prepared.details,
    )
