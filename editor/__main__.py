"""``python -m editor`` runs the same command line as ``statement-editor``."""

import sys

from editor.cli import main

sys.exit(main())
