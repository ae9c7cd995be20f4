"""Resources are found both from an installed wheel and from an editable install."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

hatchling_build = pytest.importorskip("hatchling.build")
ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import site, sys
site.addsitedir(sys.argv[1])
sys.path.append(sys.argv[2])
import editor
from editor.paths import resources_dir
print(editor.__file__)
print(resources_dir())
print((resources_dir() / "examples" / "plan.statement.yaml").is_file())
"""


def build(kind: str, into: Path) -> Path:
    """Build with hatchling's own hooks, as pip would, without a network or a new venv."""
    builder = {"wheel": hatchling_build.build_wheel, "editable": hatchling_build.build_editable}[kind]
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        name = builder(str(into))
    finally:
        os.chdir(previous)
    return into / name


def install_and_probe(wheel: Path, site_dir: Path, cwd: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site_dir)
    # -S: no site-packages of this environment, so the checkout cannot be found by accident;
    # its libraries (PyYAML, platformdirs) are appended after the installed package.
    purelib = sysconfig.get_paths()["purelib"]
    result = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, str(site_dir), purelib],
        capture_output=True, text=True, cwd=cwd, check=True, env={"PATH": os.environ.get("PATH", "")},
    )  # fmt: skip
    return result.stdout.splitlines()


def test_a_wheel_carries_the_resources_inside_the_package(tmp_path):
    wheel = build("wheel", tmp_path)
    package_file, resources, example_found = install_and_probe(wheel, tmp_path / "site", tmp_path)
    assert Path(package_file).is_relative_to(tmp_path / "site")
    assert Path(resources) == tmp_path / "site" / "editor" / "resources"
    assert example_found == "True"


def test_an_editable_install_finds_the_resources_in_the_checkout(tmp_path):
    wheel = build("editable", tmp_path)
    package_file, resources, example_found = install_and_probe(wheel, tmp_path / "site", tmp_path)
    assert Path(package_file).is_relative_to(ROOT)
    assert Path(resources) == ROOT / "resources"
    assert example_found == "True"
