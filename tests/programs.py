"""The outside programs some tests read the exported PDFs back with (poppler, Ghostscript, zbar).

The test command installs them. Elsewhere a test that needs a missing one is skipped; in CI it
runs and fails, so CI cannot pass by skipping what it was meant to check.
"""

import os
import shutil

import pytest


def needs(*programs: str) -> pytest.MarkDecorator:
    missing = [program for program in programs if shutil.which(program) is None]
    return pytest.mark.skipif(
        bool(missing) and os.environ.get("CI") != "true", reason=f"needs {', '.join(missing)}"
    )
