"""Every benchmark case, in the order the report lists them."""

from __future__ import annotations

from tests.benchmarks import (
    gui_cases,
    hostile_cases,
    render_cases,
    rival_cases,
    signatory_cases,
    storage_cases,
)
from tests.benchmarks.harness import Case

CASES: list[Case] = [
    *storage_cases.CASES,
    *render_cases.CASES,
    *rival_cases.CASES,
    *gui_cases.CASES,
    *signatory_cases.CASES,
    *hostile_cases.CASES,
]


def case_named(name: str) -> Case:
    for case in CASES:
        if case.name == name:
            return case
    raise KeyError(f"no benchmark case '{name}'; choose from {', '.join(c.name for c in CASES)}")
