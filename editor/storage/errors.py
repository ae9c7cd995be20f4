"""Every error the storage layer raises, each carrying a message written for the user."""

from __future__ import annotations

from editor.model.problems import Problem, ProblemError


class StorageError(ProblemError):
    """Base for everything reading or writing a file can raise."""


class UnreadableFile(StorageError):
    """The file could not be read at all: missing, a folder, no permission."""


class InvalidStatement(StorageError):
    """The file was read but is not a usable statement; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems=problems)


class SaveFailed(StorageError):
    """Writing did not happen; the file on disk is as it was before."""


class CommentsWouldBeLost(StorageError):
    """The file on disk has comments that saving would drop; the caller must agree first."""

    def __init__(self, path: str, lines: list[int]) -> None:
        self.path = path
        self.lines = lines
        super().__init__(f"{path} has comments ({self.lines_text}) that saving will not keep")

    @property
    def lines_text(self) -> str:
        """'line 3', 'lines 2 and 7', 'lines 2, 7, 9, ...'."""
        if len(self.lines) == 1:
            return f"line {self.lines[0]}"
        if len(self.lines) == 2:
            return f"lines {self.lines[0]} and {self.lines[1]}"
        shown = ", ".join(str(n) for n in self.lines[:8])
        return f"lines {shown}{', ...' if len(self.lines) > 8 else ''}"


class ChangedOnDisk(StorageError):
    """The file was changed by something else since it was read; saving would overwrite that."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} was changed on disk by another program since it was opened; "
            "saving now would overwrite those changes"
        )
        self.path = path
