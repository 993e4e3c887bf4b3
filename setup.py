"""The one build step setuptools cannot declare: compile the translations.

Every wheel (and so every ``pip install .``, sdist install and bundle) carries the compiled
``dialdesk/translations/*.qm``; without this an install from source is English-only,
silently. The sources are ``resources/translations/*.ts`` (edited with Qt Linguist);
``lrelease`` comes from the PySide6-Essentials wheel, which ``[build-system] requires``
names, so the build needs no Qt installed on the machine. A missing or failing lrelease
fails the build: a wheel without Polish is never the quiet outcome.

Compiling at build time rather than committing the .qm: the .ts changes on several
branches at once, and a binary .qm beside it would conflict at every merge.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "resources" / "translations"


def lrelease_command() -> list[str]:
    # The PySide6 wrapper (what the pyside6-lrelease script runs), not the script itself:
    # in pip's isolated build environment the scripts folder need not be on PATH.
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        sources = sorted(TS_DIR.glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translations in {TS_DIR}: the sdist is incomplete")
        target = Path(self.build_lib) / "dialdesk" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            qm = target / f"{ts.stem}.qm"
            subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no {qm.name}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
