"""The exit statuses every command of the command line shares."""

from __future__ import annotations

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
"""Done; problems found in a statement (each listed); a file could not be read or written, or
the command was misused."""
EXIT_INTERRUPTED = 130
EXIT_OUTPUT_CLOSED = 141
"""As the shell reports a command stopped by SIGPIPE: what read its output went away (| head)."""
