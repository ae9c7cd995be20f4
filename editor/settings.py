"""The application's preferences as one typed object, kept as JSON in the user's data folder.

Loading is tolerant: a missing, damaged or older settings file, or one value of the wrong type,
gives the default for what could not be read and never stops the application from starting.
Window geometry stays with Qt; everything else lives here and is saved with ``atomic_write``.
"""

from __future__ import annotations

import json
import logging
import typing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from editor.model import Layout
from editor.model.validation import layout_problems
from editor.paths import user_data_dir
from editor.storage import atomic_write

SETTINGS_FILE = "settings.json"
RECENT_FILES_KEPT = 10
PREVIEW_DELAY_RANGE_MS = (100, 5000)
log = logging.getLogger(__name__)


PRINT_SHOP_CHOICES = (
    "output", "page_size", "orientation", "bleed_mm", "crop_marks", "black_overprint", "colour",
    "imposition", "sheet", "booklet_blanks",
)  # fmt: skip
"""The layout keys the export dialog offers and remembers for the next export."""


@dataclass(slots=True)
class Settings:
    recent_files: list[str] = field(default_factory=list)
    preview_delay_ms: int = 400
    """The longest pause after typing before the preview refreshes; quick renders wait less."""
    export: Layout = field(default_factory=Layout)
    """Print-shop choices made in the last export, laid over the statement's layout; ``None``
    keeps what the layout says."""

    def remember_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files, once, and forget the oldest beyond the limit."""
        name = str(Path(path).resolve())
        self.recent_files = [name, *(f for f in self.recent_files if f != name)][:RECENT_FILES_KEPT]

    def forget_file(self, path: str | Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [f for f in self.recent_files if f != name]


def settings_path() -> Path:
    return user_data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, ValueError) as error:
        log.warning("settings in %s could not be read (%s); using the defaults", path, error)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings in %s are not a JSON object; using the defaults", path)
        return Settings()
    return _settings_from(data)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Raises ``SaveFailed`` when the folder cannot be written."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["export"] = {key: data["export"][key] for key in PRINT_SHOP_CHOICES}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    atomic_write(path, text.encode("utf-8"), backup=False)


def _settings_from(data: dict[str, Any]) -> Settings:
    defaults = Settings()
    recent = data.get("recent_files")
    if isinstance(recent, list):
        defaults.recent_files = [f for f in recent if isinstance(f, str) and f][:RECENT_FILES_KEPT]
    delay = data.get("preview_delay_ms")
    low, high = PREVIEW_DELAY_RANGE_MS
    if isinstance(delay, int) and not isinstance(delay, bool):
        defaults.preview_delay_ms = min(max(delay, low), high)
    export = data.get("export")
    if isinstance(export, dict):
        defaults.export = _export_from(export)
    return defaults


def _export_from(data: dict[str, Any]) -> Layout:
    """The remembered choices of the right type that follow the layout's rules; the rest is
    dropped, as the statement's own layout then decides."""
    kinds = typing.get_type_hints(Layout)
    given: dict[str, Any] = {}
    for key in PRINT_SHOP_CHOICES:
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if value is not None and value.__class__ in typing.get_args(kinds[key]):
            given[key] = value
    refused = {problem.path[-1] for problem in layout_problems(Layout(**given))}
    return Layout(**{key: value for key, value in given.items() if key not in refused})
