"""Saving either replaces the file completely or leaves it exactly as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from editor.storage import SaveFailed, atomic_write
from editor.storage.atomic import BACKUPS_KEPT, backups_dir_for


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_the_new_content_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "plan.statement.yaml"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert leftovers(tmp_path) == []


def test_the_previous_version_goes_to_a_rotating_backup_outside_the_folder(tmp_path, data_dir):
    target = tmp_path / "plan.statement.yaml"
    for version in range(BACKUPS_KEPT + 3):
        atomic_write(target, f"version {version}".encode())
    backups = sorted(backups_dir_for(target).iterdir())
    assert backups_dir_for(target).is_relative_to(data_dir)
    assert [b.read_text() for b in backups] == [f"version {v}" for v in range(2, BACKUPS_KEPT + 2)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.statement.yaml"]


def test_two_files_with_the_same_name_in_different_folders_keep_separate_backups(tmp_path):
    first, second = tmp_path / "a" / "s.yaml", tmp_path / "b" / "s.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_bytes(b"old")
        atomic_write(path, b"new")
    assert backups_dir_for(first) != backups_dir_for(second)


def test_permissions_of_the_replaced_file_are_kept(tmp_path):
    target = tmp_path / "s.yaml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_reported_and_the_file_is_untouched(tmp_path):
    target = tmp_path / "s.yaml"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveFailed, match="permission"):
            atomic_write(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"


def cause_os_error(monkeypatch, name: str, code: int) -> None:
    """Make one step of the write fail as the operating system would."""

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, fail)


@pytest.mark.parametrize(
    ("step", "code", "reason"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "read-only"),
        ("replace", errno.EACCES, "permission"),
    ],
)
def test_a_failing_step_leaves_the_original_intact(tmp_path, monkeypatch, step, code, reason):
    target = tmp_path / "s.yaml"
    target.write_bytes(b"old")
    cause_os_error(monkeypatch, step, code)
    with pytest.raises(SaveFailed) as caught:
        atomic_write(target, b"new")
    assert reason in str(caught.value)
    assert "was not changed" in str(caught.value)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(SaveFailed, match="folder does not exist"):
        atomic_write(tmp_path / "gone" / "s.yaml", b"new")


def test_a_backup_that_cannot_be_made_does_not_stop_the_save(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    monkeypatch.setenv("STATEMENT_EDITOR_DATA_DIR", str(blocker))
    target = tmp_path / "s.yaml"
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert "could not keep a backup" in caplog.text


def test_a_link_is_written_through_to_its_file(tmp_path):
    real = tmp_path / "real" / "list.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "list.csv"
    link.symlink_to(real)
    atomic_write(link, b"new", backup=False)
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["list.csv"]


def test_a_device_is_written_to_not_replaced(tmp_path):
    atomic_write("/dev/null", b"leaflet", backup=False)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_backup_cut_short_by_a_full_disk_is_removed_and_not_counted(tmp_path, monkeypatch, caplog):
    import shutil

    target = tmp_path / "plan.statement.yaml"
    atomic_write(target, b"version 0")
    atomic_write(target, b"version 1")
    real_copy = shutil.copy2

    def disk_fills(source, destination, **_options):
        Path(destination).write_bytes(Path(source).read_bytes()[:3])  # part of it made it to disk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", disk_fills)
    atomic_write(target, b"version 2")
    monkeypatch.setattr(shutil, "copy2", real_copy)
    assert target.read_bytes() == b"version 2", "the save itself went ahead"
    assert [b.read_bytes() for b in sorted(backups_dir_for(target).iterdir())] == [b"version 0"]
    assert f"could not keep a backup of {target} (the disk is full); it is saved all the same" in caplog.text
