"""The bundle's entry point (PyInstaller needs a script, not a console_scripts entry)."""

import sys

from dialdesk.__main__ import main

sys.exit(main())
