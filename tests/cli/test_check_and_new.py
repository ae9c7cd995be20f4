"""The command line: exit codes, messages, and never a traceback for a user error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.paths import resources_dir
from editor.storage import load
from tests.cli.installed import run_cli

EXAMPLE = resources_dir() / "examples" / "plan.statement.yaml"
ROOT = Path(__file__).resolve().parents[2]


def test_check_a_valid_file_exits_0_with_a_summary(capsys):
    assert main(["check", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == f"{EXAMPLE}: valid (6 demands, 36 signatories, 4 groups)\n"


def test_check_lists_every_problem_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.statement.yaml"
    bad.write_text("format: 1\ntitel: X\ndemands:\n  - heading: H\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{bad}:1:1: 'title' is missing",
        f"{bad}:2:1: unknown key 'titel'; did you mean 'title'?",
        f"{bad}:4:5: demands[1]: 'text' is missing",
    ]


def test_check_reports_rule_problems_of_a_readable_file(tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text("format: 1\ntitle: X\nlayout:\n  signatory_columns: 9\n", encoding="utf-8")
    assert main(["check", str(rules)]) == 1
    assert "4:22: layout.signatory_columns: must be between 1 and 6 columns" in capsys.readouterr().out


def test_check_of_an_unreadable_file_exits_2_and_checks_the_rest(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "missing.yaml"), str(bad), str(EXAMPLE)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"{tmp_path / 'missing.yaml'}: no such file\n"
    assert f"{bad}:1:1: 'title' is missing" in captured.out
    assert f"{EXAMPLE}: valid" in captured.out


def test_check_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 2
    assert "this is a folder, not a statement file" in capsys.readouterr().err


def test_new_writes_a_valid_starter_statement(tmp_path, capsys):
    target = tmp_path / "ours.statement.yaml"
    assert main(["new", str(target), "--title", "Солідарність"]) == 0
    loaded = load(target)
    assert loaded.problems == []
    assert loaded.statement.title == "Солідарність"
    assert loaded.statement.demands and loaded.statement.signatories
    assert "written" in capsys.readouterr().out


def test_new_never_overwrites_and_says_the_file_cannot_be_written(tmp_path):
    target = tmp_path / "ours.yaml"
    target.write_text("mine", encoding="utf-8")
    result = run_cli("new", str(target))
    assert result.returncode == 2  # 1 is for problems in a statement
    assert target.read_text(encoding="utf-8") == "mine"
    assert result.stderr == f"{target}: already exists; choose another name (nothing was written)\n"


def test_python_dash_m_runs_the_same_command():
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "editor", "check", str(EXAMPLE)]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    assert (result.returncode, result.stderr) == (0, "")
    assert "valid (6 demands" in result.stdout


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01binary",
        b"format: 1\ntitle: !!python/object/apply:os.system ['echo x']\n",
        b"a: &a [*a]\n",
        b"",
    ],
)
def test_no_traceback_reaches_the_terminal(tmp_path, content):
    target = tmp_path / "hostile.yaml"
    target.write_bytes(content)
    result = run_cli("check", str(target))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert str(target) in result.stdout


def test_an_internal_error_is_one_line_with_the_details_kept(monkeypatch, capsys, data_dir):
    def broken(_options):
        raise RuntimeError("boom")

    monkeypatch.setitem(sys.modules["editor.cli"].COMMANDS, "check", broken)
    assert main(["check", "x.yaml"]) == 2
    error = capsys.readouterr().err
    assert "Traceback" not in error
    assert "an internal error stopped this command" in error
    logs = list((data_dir / "logs").iterdir())
    assert len(logs) == 1 and "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")


def test_output_read_by_a_program_that_stops_early_does_not_change_what_is_done(tmp_path):
    """As with '| head': the command goes on to the end and saves, quietly."""
    target = tmp_path / "plan.statement.yaml"
    target.write_bytes(EXAMPLE.read_bytes())
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "editor", "sort-signatories", str(target)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    ) as process:
        process.stdout.close()  # the reader goes away before the first line is written
        error = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    assert error == ""
    assert target.read_bytes() != EXAMPLE.read_bytes()


def test_usage_errors_exit_2_with_argparse_usage():
    result = run_cli("check")
    assert result.returncode == 2
    assert "usage: statement-editor check" in result.stderr


def test_check_reports_what_would_not_print_with_its_line(tmp_path, capsys):
    statement = tmp_path / "s.yaml"
    statement.write_text(
        "format: 1\ntitle: Fair pay 😀\nsignatories:\n  - שלום\nlayout:\n  theme: fancy\n  logo: ../secret.png\n",
        encoding="utf-8",
    )
    assert main(["check", str(statement)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{statement}:2:8: title: '😀' (U+1F600 GRINNING FACE) is not in FiraGO"
    assert out[1].startswith(f"{statement}:4:5: signatories[1].name: right-to-left text")
    assert out[2].startswith(f"{statement}:6:10: layout.theme: there is no theme called 'fancy'")
    assert out[3].startswith(
        f"{statement}:7:9: layout.logo: the logo '../secret.png' is outside the statement's folder"
    )


def test_a_misspelt_command_is_named_as_such(capsys):
    assert main(["chek", "plan.statement.yaml"]) == 2
    assert capsys.readouterr().err == "statement-editor: 'chek' is not a command; did you mean 'check'?\n"
    assert main(["frobnicate", "x", "y"]) == 2
    assert "the commands are check, new, export" in capsys.readouterr().err


def test_check_says_what_only_laying_the_leaflet_out_finds(tmp_path, capsys):
    statement = tmp_path / "s.yaml"
    title = " ".join(["Solidarity"] * 60)
    statement.write_text(f"format: 1\ntitle: {title}\ndemands:\n  - Decent pay\n", encoding="utf-8")
    assert main(["check", str(statement)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{statement}:2:8: title: the title block fills most of the first page; shorten the title or "
        "subtitle so the text has room"
    ]


def test_a_line_break_in_a_title_given_to_new_is_not_taken_for_a_file_name(tmp_path):
    target = tmp_path / "s.statement.yaml"
    result = run_cli("new", str(target), "--title", "Fair pay\nnow")
    assert result.returncode == 0, result.stderr
    assert load(target).statement.title == "Fair pay\nnow"
