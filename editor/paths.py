"""Where the application's data files are, installed or run from a checkout."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "statement-editor"
DATA_DIR_VARIABLE = "STATEMENT_EDITOR_DATA_DIR"


def resources_dir() -> Path:
    """The wheel carries ``resources`` inside the package; a checkout keeps it at the top."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The organisers' guides, shipped inside the wheel as ``resources`` is, or in a checkout."""
    packaged = Path(__file__).resolve().parent / "docs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "docs"


def user_data_dir() -> Path:
    """Backups, recovery copies and settings; tests and portable setups redirect it."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
