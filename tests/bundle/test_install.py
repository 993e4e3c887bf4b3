"""The built Linux bundle, installed as a user would: install.sh → link handler → a click
through the registered command line → uninstall, in a scratch HOME. Nothing may be left
behind but the settings and history (and with --purge, not even those).

Runs on dist/dialdesk (or DIALDESK_BUNDLE); skips without a bundle, unless
DIALDESK_REQUIRE_BUNDLE=1 (.ci/run, after `make bundle`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = Path(os.environ.get("DIALDESK_BUNDLE") or ROOT / "dist" / "dialdesk")
INSTALL = ROOT / "installer" / "linux" / "install.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "dialdesk").is_file():
        if os.environ.get("DIALDESK_REQUIRE_BUNDLE"):
            pytest.fail(f"no bundle at {BUNDLE}")
        pytest.skip(f"no bundle at {BUNDLE}: run make bundle")
    for tool in ("xdg-mime", "update-desktop-database"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: apt install xdg-utils desktop-file-utils")
    return BUNDLE


class User:
    """A fresh user: its own HOME, XDG folders and runtime folder; no desktop session."""

    def __init__(self, home: Path) -> None:
        self.home = home
        run = home / "run"
        run.mkdir(mode=0o700)
        drop = ("DIALDESK_HOME", "DIALDESK_DEFAULTS", "DIALDESK_SANDBOX_URL", "XDG_CURRENT_DESKTOP")
        self.env = {
            k: v for k, v in os.environ.items() if k not in drop and not k.startswith("XDG_")
        }
        self.env.update(
            {
                "HOME": str(home),
                "XDG_RUNTIME_DIR": str(run),
                "XDG_DATA_DIRS": str(home / "no-system-data"),  # only this user's handlers
                "DIALDESK_BUNDLE": str(BUNDLE),
                "DIALDESK_DEFAULTS": str(home / "no-admin-defaults.toml"),
                "QT_QPA_PLATFORM": "offscreen",
                "DE": "generic",
            }
        )

    def run(self, *command: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(c) for c in command],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if check:
            assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
        return done

    def files(self) -> set[str]:
        skip = {"run"}
        return {
            str(p.relative_to(self.home))
            for p in self.home.rglob("*")
            if (p.is_file() or p.is_symlink()) and p.relative_to(self.home).parts[0] not in skip
        }

    def handler(self, scheme: str = "tel") -> str:
        return self.run("xdg-mime", "query", "default", f"x-scheme-handler/{scheme}").stdout.strip()

    @property
    def app(self) -> Path:
        return self.home / ".local" / "opt" / "dialdesk" / "dialdesk"


@pytest.fixture
def user(tmp_path: Path, bundle: Path) -> Iterator[User]:
    yield User(tmp_path / "agent")


@pytest.fixture(autouse=True)
def _home_exists(tmp_path: Path) -> None:
    (tmp_path / "agent").mkdir()


def test_a_typo_or_no_scope_installs_nothing(user: User) -> None:
    for args in (["--unistall"], [], ["--user", "--system"], ["--user", "--purge"]):
        done = user.run("sh", INSTALL, *args, check=False)
        assert done.returncode == 2, args
        assert "install.sh:" in done.stderr
    assert user.files() == set()


def click(user: User, url: str) -> subprocess.CompletedProcess[str]:
    """What a browser's click does: the registered handler's Exec line, %u filled in."""
    entry = user.home / ".local/share/applications/dialdesk.desktop"
    (exec_line,) = [
        line[len("Exec=") :] for line in entry.read_text().splitlines() if line.startswith("Exec=")
    ]
    command = [url if part == "%u" else part for part in shlex.split(exec_line)]
    return user.run(*command, check=False)


def start_app(user: User) -> subprocess.Popen[str]:
    app = subprocess.Popen(
        [str(user.app)],
        env={**user.env, "DIALDESK_REPORT_READY": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "ready"
    return app


def test_install_register_click_uninstall_leaves_nothing_behind(user: User) -> None:
    before = user.files()
    user.run("sh", INSTALL, "--user")
    link = user.home / ".local/opt/dialdesk/dialdesk-link"
    assert (user.home / ".local/bin/dialdesk").resolve() == user.app
    assert (
        user.handler("tel") == user.handler("callto") == user.handler("sip") == "dialdesk.desktop"
    )
    entry = (user.home / ".local/share/applications/dialdesk.desktop").read_text()
    assert f"Exec={link} --untrusted-url %u" in entry.splitlines()  # the Qt-free launcher
    assert (
        "dialdesk.desktop" in (user.home / ".local/share/applications/mimeinfo.cache").read_text()
    )

    # The agent's own use: settings, autostart, and a click that dials (sandbox PBX).
    user.run(user.app, "config", "set", "dialing.confirm_links", "false")
    user.run(user.app, "autostart", "on")
    assert (user.home / ".config/autostart/dialdesk.desktop").is_file()
    app = start_app(user)
    try:
        clicked = click(user, "tel:+48221234567")
        assert clicked.returncode == 0, clicked.stderr
        deadline = time.monotonic() + 20
        while True:
            history = json.loads(user.run(user.app, "history", "--json").stdout)
            if "221234567" in json.dumps(history):
                break
            assert time.monotonic() < deadline, history
            time.sleep(0.2)
        refused = click(user, "javascript:alert(1)")  # delivered: the running app says no
        assert refused.returncode == 0
    finally:
        app.terminate()
        app.wait(20)
        if app.stdout is not None:
            app.stdout.close()
    # With no instance, a link no one can dial starts nothing and says why.
    refused = click(user, "javascript:alert(1)")
    assert refused.returncode == 2 and "cannot be dialed" in refused.stderr
    kept = {
        f for f in user.files() if f.startswith((".config/dialdesk/", ".local/share/dialdesk/"))
    }
    assert kept  # settings and history exist now

    done = user.run("sh", INSTALL, "--user", "--uninstall")
    assert "kept" in done.stdout
    left = user.files() - before
    # What the app itself keeps (settings, history, logs) stays; everything else is gone
    # (a mimeapps.list without dialdesk in it may stay: other handlers live there too).
    ours = {f for f in left if "dialdesk" in f}
    assert ours - kept - {f for f in ours if f.startswith(".local/state/dialdesk/")} == set()
    assert left - ours <= {".config/mimeapps.list", ".local/share/applications/mimeinfo.cache"}
    for name in left - ours:
        assert "dialdesk" not in (user.home / name).read_text()
    for scheme in ("tel", "callto", "sip"):
        assert user.handler(scheme) != "dialdesk.desktop"


def test_uninstall_purge_deletes_settings_and_history_too(user: User) -> None:
    user.run("sh", INSTALL, "--user")
    user.run(user.app, "config", "set", "dialing.region", "DE")
    user.run(user.app, "history")
    assert any(f.startswith(".config/dialdesk/") for f in user.files())
    user.run("sh", INSTALL, "--user", "--uninstall", "--purge")
    assert not [f for f in user.files() if "dialdesk" in f]
