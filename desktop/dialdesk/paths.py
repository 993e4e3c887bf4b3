"""Where dialdesk keeps its files.

``DIALDESK_HOME=DIR`` puts config, data, logs and runtime files under DIR (tests, portable
installs). Otherwise the platform's own folders are used.

The admin defaults file is system-wide, at a place fixed per OS that no environment
variable moves: its locks always apply. ``DIALDESK_DEFAULTS=FILE`` adds a second defaults
file on top of it (tests, staging a rollout); it can neither remove the system file nor
change what that file locks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from dialdesk import runtime

APP = "dialdesk"


class Paths(NamedTuple):
    # A NamedTuple, not a dataclass: the link hand-off imports this module, and
    # dataclasses (with inspect) would add milliseconds to every click.
    config_file: Path
    defaults_file: Path
    data_dir: Path
    log_dir: Path
    runtime_dir: Path
    system_defaults_file: Path
    """Always read; ``defaults_file`` is the same file unless DIALDESK_DEFAULTS adds one."""

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "dialdesk.log"


def system_defaults_file() -> Path:
    """The admin's file. Not taken from the environment, which the agent controls."""
    if sys.platform == "win32":
        return Path(_windows_program_data()) / APP / "defaults.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP / "defaults.toml"
    return Path("/etc") / APP / "defaults.toml"


def _windows_program_data() -> str:
    """%PROGRAMDATA% as Windows knows it (CSIDL_COMMON_APPDATA), not as the variable says."""
    import ctypes

    buffer = ctypes.create_unicode_buffer(260)
    csidl_common_appdata = 0x23
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined,unused-ignore]
    if shell32.SHGetFolderPathW(None, csidl_common_appdata, None, 0, buffer) == 0:
        return str(buffer.value)
    return r"C:\ProgramData"


def runtime_dir() -> Path:
    """Where the instance's socket and lock live (see ``runtime.py``)."""
    return Path(runtime.runtime_dir())


def current() -> Paths:
    """The paths in force now (read from the environment on every call)."""
    system = system_defaults_file()
    defaults = os.environ.get("DIALDESK_DEFAULTS")
    defaults_file = Path(defaults) if defaults else system
    home = os.environ.get("DIALDESK_HOME")
    if home:
        root = Path(home).expanduser().absolute()
        return Paths(
            config_file=root / "config.toml",
            defaults_file=defaults_file,
            data_dir=root / "data",
            log_dir=root / "logs",
            runtime_dir=root / "run",
            system_defaults_file=system,
        )
    import platformdirs

    return Paths(
        config_file=platformdirs.user_config_path(APP, appauthor=False) / "config.toml",
        defaults_file=defaults_file,
        data_dir=platformdirs.user_data_path(APP, appauthor=False),
        log_dir=platformdirs.user_log_path(APP, appauthor=False),
        runtime_dir=runtime_dir(),
        system_defaults_file=system,
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user only."""
    runtime.private_dir(str(path))
    return path


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never half.

    The temporary file lives beside the target (same file system) and is fsynced before the
    rename; a crash leaves at most a stray ``.tmp`` file, never a truncated config.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:  # noqa: SIM105 - contextlib would cost each link click
            os.unlink(tmp)
        except OSError:
            pass
        raise
