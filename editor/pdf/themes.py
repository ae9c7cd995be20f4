"""Themes are data: YAML files in resources/themes/, each naming a `parent` it refines.

The default theme defines every key; a child may only change keys that exist there, so a
misspelt key in a theme file is an error instead of a setting that silently does nothing.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from editor.paths import resources_dir
from editor.pdf.errors import THEME, RenderError
from editor.wording import shortened

DEFAULT_THEME = "default"
_lock = threading.Lock()


@dataclass(frozen=True)
class Theme:
    """A theme with its inheritance resolved; ``section`` reads one of its groups of settings."""

    name: str
    # Parsed YAML, merged and frozen: a setting is a number, a string, a list or a nested
    # mapping like this one, as the theme file says; its users read what they expect.
    settings: MappingProxyType[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.settings[key]

    def section(self, key: str) -> MappingProxyType[str, Any]:
        return self.settings[key]

    def body_size(self, page_size: str) -> float:
        return float(self.settings["body_size"][page_size])

    def margin_mm(self, page_size: str) -> float:
        return float(self.settings["margins_mm"][page_size])


def themes_dir() -> Path:
    return resources_dir() / "themes"


def available_themes() -> list[str]:
    return sorted(path.stem for path in themes_dir().glob("*.yaml"))


def load_theme(name: str) -> Theme:
    """The named theme, read once per process; raises RenderError naming the themes there are."""
    with _lock:
        return _load_cached(name)


@functools.cache
def _load_cached(name: str) -> Theme:
    chain = _parent_chain(name)
    merged: dict[str, Any] = {}
    schema: dict[str, Any] | None = None
    for theme_name, data in chain:
        if schema is not None:
            _check_keys(theme_name, data, schema, "")
        merged = _merged(merged, data)
        schema = schema or merged
    merged.pop("parent", None)
    return Theme(name, _frozen(merged))


def _parent_chain(name: str) -> list[tuple[str, dict[str, Any]]]:
    """The theme and its ancestors, root (the default theme) first."""
    chain: list[tuple[str, dict[str, Any]]] = []
    current: str | None = name
    while current is not None:
        if any(seen == current for seen, _ in chain):
            raise RenderError(f"theme '{name}': its parents form a loop through '{current}'", THEME)
        data = _read_theme_file(current, wanted_by=name)
        chain.append((current, data))
        current = data.get("parent") or (DEFAULT_THEME if current != DEFAULT_THEME else None)
    return list(reversed(chain))


def _read_theme_file(name: str, *, wanted_by: str) -> dict[str, Any]:
    path = themes_dir() / f"{name}.yaml"
    if name not in available_themes():  # before any path is made of it: it may be any text
        choices = ", ".join(available_themes())
        raise RenderError(
            f"there is no theme called '{shortened(name or wanted_by)}'; choose one of {choices}", THEME
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RenderError(f"the theme file {path} cannot be read: {error}", THEME) from error
    if not isinstance(data, dict):
        raise RenderError(f"the theme file {path} must hold a mapping of settings", THEME)
    return data


def _check_keys(theme: str, data: dict[str, Any], schema: dict[str, Any], prefix: str) -> None:
    for key, value in data.items():
        if key in ("parent", "description") and not prefix:
            continue
        if key not in schema:
            raise RenderError(f"theme '{theme}': unknown setting '{prefix}{key}'", THEME)
        if isinstance(schema[key], dict):
            if not isinstance(value, dict):
                raise RenderError(f"theme '{theme}': '{prefix}{key}' must be a mapping", THEME)
            _check_keys(theme, value, schema[key], f"{prefix}{key}.")


def _merged(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merged(result[key], value)
        else:
            result[key] = value
    return result


def _frozen(data: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType({k: _frozen(v) if isinstance(v, dict) else v for k, v in data.items()})
