"""The runtime folder (instance socket and lock), as a plain string.

The link hand-off runs on every click of a tel: link, so this module imports nothing but
``os`` and ``sys``: not even pathlib or typing, which cost milliseconds each.
"""

from __future__ import annotations

import os
import sys

APP = "dialdesk"


def runtime_dir() -> str:
    home = os.environ.get("DIALDESK_HOME")
    if home:
        return os.path.join(os.path.abspath(os.path.expanduser(home)), "run")
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform.startswith("linux") and runtime:
        return os.path.join(runtime, APP)  # what platformdirs answers, without importing it
    import platformdirs

    return str(platformdirs.user_runtime_path(APP, appauthor=False))


def private_dir(path: str) -> str:
    """Create ``path`` (and parents) readable by the user only."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
