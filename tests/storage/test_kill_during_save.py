"""A save killed at any moment leaves the old file or the new one, never a mixture."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.model import Signatory, Statement
from editor.storage import dumps

ROUNDS = 25
SAVER = """
import sys
from editor.storage import load, save
path = sys.argv[1]
statement = load(path).statement
for round in range(10_000):
    statement.subtitle = f"version {round}"
    save(statement, path)
    print(round, flush=True)
"""


def statement_with(count: int) -> Statement:
    people = [
        Signatory(f"Signatory {i}", role="Branch secretary", group=f"Group {i % 7}") for i in range(count)
    ]
    return Statement(title="Kill test", subtitle="version start", signatories=people)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_never_leaves_a_broken_file(tmp_path: Path, data_dir: Path):
    target = tmp_path / "kill.statement.yaml"
    target.write_text(dumps(statement_with(2_000)), encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    rng = random.Random(20261123)
    saved_rounds = 0
    for _ in range(ROUNDS):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(target)], env=environment, stdout=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.15, 0.6))
        saver.send_signal(signal.SIGKILL)
        saver.communicate()
        text = target.read_text(encoding="utf-8")
        subtitle = text.split("\n")[2]
        assert subtitle.startswith("subtitle: version "), subtitle
        expected = statement_with(2_000)
        expected.subtitle = subtitle.removeprefix("subtitle: ")
        assert text == dumps(expected)
        saved_rounds += subtitle != "subtitle: version start"
    assert saved_rounds > ROUNDS // 2, "the kills came too early to interrupt any save"
    stray = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert all(name.endswith(".tmp") for name in stray)  # a killed save may leave its temporary file
