"""Preferences: saved atomically in the data folder, loaded tolerantly, never fatal."""

from __future__ import annotations

import json

from editor.model import Layout
from editor.settings import (
    RECENT_FILES_KEPT,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_settings_live_in_the_redirected_data_folder(data_dir):
    assert settings_path() == data_dir / "settings.json"


def test_no_file_gives_the_defaults():
    assert load_settings() == Settings()


def test_saved_settings_come_back_equal(tmp_path):
    settings = Settings(preview_delay_ms=700, export=Layout(bleed_mm=3.0, crop_marks=True, colour="cmyk"))
    settings.remember_file(tmp_path / "a.statement.yaml")
    save_settings(settings)
    assert load_settings() == settings


def test_a_damaged_file_gives_the_defaults_without_raising():
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    settings_path().write_bytes(b"\xff\xfe\x00")
    assert load_settings() == Settings()
    settings_path().write_text("[1, 2]", encoding="utf-8")
    assert load_settings() == Settings()


def test_each_bad_value_falls_back_alone_and_unknown_keys_are_ignored():
    settings_path().write_text(
        json.dumps(
            {
                "recent_files": ["/a.yaml", 3, "", "/b.yaml"],
                "preview_delay_ms": "fast",
                "export": {"bleed_mm": -1, "crop_marks": "yes", "colour": "cmyk", "imposition": "8-up"},
                "from_the_future": True,
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.recent_files == ["/a.yaml", "/b.yaml"]
    assert settings.preview_delay_ms == Settings().preview_delay_ms
    assert settings.export == Layout(colour="cmyk")


def test_preview_delay_is_kept_within_sensible_bounds():
    settings_path().write_text('{"preview_delay_ms": 1}', encoding="utf-8")
    assert load_settings().preview_delay_ms == 100


def test_recent_files_put_the_latest_first_once_and_keep_a_few(tmp_path):
    settings = Settings()
    for n in range(RECENT_FILES_KEPT + 3):
        settings.remember_file(tmp_path / f"{n}.yaml")
    settings.remember_file(tmp_path / "5.yaml")
    assert settings.recent_files[0] == str(tmp_path / "5.yaml")
    assert len(settings.recent_files) == RECENT_FILES_KEPT
    assert settings.recent_files.count(str(tmp_path / "5.yaml")) == 1
    settings.forget_file(tmp_path / "5.yaml")
    assert str(tmp_path / "5.yaml") not in settings.recent_files
