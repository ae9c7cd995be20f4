"""Work is never lost to another program's change, a crash, or a second copy of the program."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys

import pytest

from editor.model import Signatory, Statement
from editor.storage import ChangedOnDisk, load, save
from editor.storage.open_files import AlreadyOpen, OpenFileLock
from editor.storage.recovery import RecoveryStore


def test_saving_over_a_file_changed_by_another_program_asks_first(tmp_path):
    path = tmp_path / "s.yaml"
    save(Statement(title="Mine"), path)
    loaded = load(path)
    path.write_text("format: 1\ntitle: Pulled from git\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk, match="changed on disk by another program"):
        save(Statement(title="Mine, edited"), path, expected=loaded.fingerprint)
    assert load(path).statement.title == "Pulled from git"
    save(Statement(title="Mine, edited"), path)  # the user chose to overwrite
    assert load(path).statement.title == "Mine, edited"


def test_a_save_returns_the_fingerprint_for_the_next_save(tmp_path):
    path = tmp_path / "s.yaml"
    first = save(Statement(title="One"), path)
    second = save(Statement(title="Two"), path, expected=first)
    assert second != first
    save(Statement(title="Three"), path, expected=second)
    assert load(path).statement.title == "Three"


def test_touching_a_file_without_changing_it_is_not_a_change(tmp_path):
    path = tmp_path / "s.yaml"
    fingerprint = save(Statement(title="One"), path)
    os.utime(path, ns=(1, 1))
    save(Statement(title="Two"), path, expected=fingerprint)
    assert load(path).statement.title == "Two"


def test_a_deleted_file_is_written_again(tmp_path):
    path = tmp_path / "s.yaml"
    fingerprint = save(Statement(title="One"), path)
    path.unlink()
    save(Statement(title="Two"), path, expected=fingerprint)
    assert load(path).statement.title == "Two"


def test_recovery_copies_round_trip_and_describe_themselves(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    statement = Statement(title="Fair pay", signatories=[Signatory("Олена", email="private@example.org")])
    saved_key, untitled_key = store.new_key(), store.new_key()
    store.write(saved_key, statement, tmp_path / "plan.statement.yaml")
    store.write(untitled_key, Statement(title=""), None)
    copies = {copy.key: copy for copy in store.copies()}
    assert set(copies) == {saved_key, untitled_key}
    assert store.restore(copies[saved_key]) == statement
    later = copies[saved_key].saved_at + datetime.timedelta(minutes=12, seconds=5)
    assert (
        copies[saved_key].describe(later)
        == "Fair pay (plan.statement.yaml), unsaved changes from 12 minutes ago"
    )
    assert copies[untitled_key].describe(later).startswith("Untitled (never saved)")
    store.discard(saved_key)
    assert [copy.key for copy in store.copies()] == [untitled_key]


def test_copies_of_a_program_still_running_are_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, Statement(title="X"), None)
    note = tmp_path / f"{key}.json"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        note.write_text(json.dumps({**json.loads(note.read_text()), "pid": other.pid}))
        assert store.copies() == []
        other.kill()
    assert [copy.key for copy in store.copies()] == [key]


def test_broken_leftovers_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "orphan.json").write_text(
        json.dumps({"saved_at": "2026-01-01T00:00:00+00:00"}), encoding="utf-8"
    )
    assert store.copies() == []


def test_a_statement_open_in_another_running_program_is_noticed(tmp_path):
    statement = tmp_path / "plan.statement.yaml"
    locks = tmp_path / "locks"
    holder = (
        "import sys, time\n"
        "from editor.storage.open_files import OpenFileLock\n"
        "from pathlib import Path\n"
        "OpenFileLock.acquire(sys.argv[1], Path(sys.argv[2]))\n"
        "print('held', flush=True)\n"
        "time.sleep(30)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder, str(statement), str(locks)], stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdout.readline() == "held\n"
        with pytest.raises(AlreadyOpen) as caught:
            OpenFileLock.acquire(statement, locks)
        assert caught.value.pid == other.pid
        other.kill()
    lock = OpenFileLock.acquire(statement, locks)  # the crashed program's lock is taken over
    lock.release()
    assert list(locks.iterdir()) == []


def test_the_same_program_may_reopen_its_own_statement(tmp_path):
    first = OpenFileLock.acquire(tmp_path / "s.yaml", tmp_path / "locks")
    second = OpenFileLock.acquire(tmp_path / "s.yaml", tmp_path / "locks")
    second.release()
    first.release()
    assert list((tmp_path / "locks").iterdir()) == []


def test_a_lock_still_being_written_is_not_taken_over(tmp_path):
    locks = tmp_path / "locks"
    locks.mkdir()
    first = OpenFileLock.acquire(tmp_path / "s.yaml", locks)
    first.lock_file.write_text("", encoding="utf-8")  # created by another copy, not yet written
    with pytest.raises(AlreadyOpen):
        OpenFileLock.acquire(tmp_path / "s.yaml", locks)
    os.utime(first.lock_file, (0, 0))  # long ago: a crash left it empty
    OpenFileLock.acquire(tmp_path / "s.yaml", locks).release()
