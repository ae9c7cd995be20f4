"""Names to suggest for the files a statement is saved and exported to."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from editor.model.statement import UNTITLED

STATEMENT_ENDING = ".statement.yaml"
MAX_STEM = 60
_NOT_A_WORD = re.compile(r"[^\w]+")


def stem_for_title(title: str) -> str:
    """``A Workers' Plan for Ukraine`` → ``a-workers-plan-for-ukraine``: letters of any script
    and digits, joined by hyphens, short enough for every file system; ``statement`` when the
    title gives nothing to go on."""
    text = unicodedata.normalize("NFC", title).replace("'", "").replace("’", "").casefold()
    words = [word for word in _NOT_A_WORD.split(text.replace("_", " ")) if word]
    stem = ""
    for word in words:
        longer = f"{stem}-{word}" if stem else word
        if len(longer) > MAX_STEM:
            break
        stem = longer
    return stem or (words[0][:MAX_STEM] if words else "") or "statement"


def suggested_path(statement_path: Path | None, title: str, folder: str | Path, ending: str) -> Path:
    """Beside the statement, under its own name (``plan.statement.yaml`` → ``plan.pdf``); for a
    statement never saved, in ``folder`` under a name made from its title."""
    if statement_path is not None:
        stem = statement_path.name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".statement")
        return statement_path.parent / f"{stem}{ending}"
    named = title.strip() and title.strip() != UNTITLED
    return Path(folder) / f"{stem_for_title(title) if named else 'statement'}{ending}"
