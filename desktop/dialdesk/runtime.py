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
    if sys.platform.startswith("linux"):
        if runtime:
            return os.path.join(runtime, APP)  # what platformdirs answers, without importing it
        # No session runtime folder (su, some minimal desktops): platformdirs would answer
        # /run/user/UID, which a user often cannot create. A private folder of ours instead.
        import tempfile

        return os.path.join(tempfile.gettempdir(), f"{APP}-runtime-{os.getuid()}")
    import platformdirs

    return str(platformdirs.user_runtime_path(APP, appauthor=False))


def private_dir(path: str) -> str:
    """Create ``path`` (and parents) readable by the user only; refuse one that another
    user owns (a shared temp folder could hold one planted for us)."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    if os.name == "posix":
        info = os.lstat(path)
        if os.path.islink(path) or info.st_uid != os.getuid():
            raise OSError(f"{path} is not a private folder of this user")
        os.chmod(path, 0o700)
    return path
