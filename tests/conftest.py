"""Shared test setup: every test runs with its own data folder and no display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Backups, settings and recovery copies go to a fresh folder, never the user's own."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("STATEMENT_EDITOR_DATA_DIR", str(folder))
    return folder
