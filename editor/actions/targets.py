"""Which files an export may write to: never the statement itself, nor a file of another kind."""

from __future__ import annotations

from pathlib import Path


def export_target_problem(source: Path | None, target: Path, ending: str) -> str | None:
    """Why writing an export to ``target`` would destroy a file, if it would: the statement,
    one typo away, or another kind of file (a spreadsheet given to a PDF export)."""
    advice = "choose another name for the output (nothing was written)"
    if source is not None and target.exists() and source.exists() and target.resolve() == source.resolve():
        return f"{target}: this is the statement itself; {advice}"
    if target.suffix.lower() in (".yaml", ".yml"):
        return f"{target}: a .yaml name is for statements; {advice}"
    if target.suffix.lower() != ending:
        return f"{target}: the name of the file to write must end in {ending}; {advice}"
    return None
