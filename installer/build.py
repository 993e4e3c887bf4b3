"""Build the dialdesk bundle on the OS it runs on: one recipe for Linux, Windows and macOS.

    python installer/build.py               # dist/dialdesk (and dist/dialdesk.app on macOS)
    python installer/build.py --installer   # Windows: also the Inno Setup installer

Used by ``make bundle`` and by the GitHub workflows (.github/workflows/windows.yml,
macos.yml), and by a developer on any of the three with nothing but Python ≥ 3.11 (and, for
``--installer``, Inno Setup 6). Steps:

1. a venv of its own in build/venv-bundle with the exact versions of
   installer/requirements-bundle.txt (rebuilt when that file changes), so what agents get
   does not depend on what a dev venv happened to resolve;
2. the Polish translation compiled with that venv's lrelease;
3. PyInstaller with installer/dialdesk.spec (what is left out, and why, is said there);
4. Windows with ``--installer``: ISCC on installer/windows/dialdesk.iss.

Set DIALDESK_CODESIGN_IDENTITY on macOS to sign with a stable identity (README, macOS).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "venv-bundle"
REQUIREMENTS = ROOT / "installer" / "requirements-bundle.txt"
TS = ROOT / "resources" / "translations"
QM = ROOT / "desktop" / "dialdesk" / "translations"
ISS = ROOT / "installer" / "windows" / "dialdesk.iss"


def venv_python(venv: Path = VENV, platform: str = sys.platform) -> Path:
    if platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def requirements_stamp() -> str:
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def run(command: list[str | Path], **kwargs: object) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv() -> Path:
    python = venv_python()
    stamp = VENV / ".requirements.sha256"
    if python.is_file() and stamp.is_file() and stamp.read_text() == requirements_stamp():
        return python
    shutil.rmtree(VENV, ignore_errors=True)
    run([sys.executable, "-m", "venv", VENV])
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([python, "-m", "pip", "install", "--quiet", "-r", REQUIREMENTS])
    stamp.write_text(requirements_stamp())
    return python


def compile_translations(python: Path) -> None:
    QM.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS.glob("*.ts")):
        lrelease = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
        run([python, "-c", lrelease, "-silent", ts, "-qm", QM / f"{ts.stem}.qm"])


def pyinstaller(python: Path) -> Path:
    dist = ROOT / "dist"
    shutil.rmtree(BUILD / "pyinstaller", ignore_errors=True)
    shutil.rmtree(dist / "dialdesk", ignore_errors=True)
    shutil.rmtree(dist / "dialdesk.app", ignore_errors=True)
    run(
        [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", dist,
         "--workpath", BUILD / "pyinstaller", ROOT / "installer" / "dialdesk.spec"]
    )  # fmt: skip
    folder = dist / "dialdesk"
    # what `du -sb` counts: each file once, symbolic links not followed
    real = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size, files = sum(p.stat().st_size for p in real), len(real)
    print(f"bundle: {size / 1e6:.1f} MB ({size / 1048576:.1f} MiB), {files} files")
    return folder


def iscc() -> Path:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it, or build without --installer")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also compile the Inno Setup installer"
    )
    args = parser.parse_args(argv)
    if args.installer and sys.platform != "win32":
        parser.error("--installer builds the Windows installer: run it on Windows")
    python = ensure_venv()
    compile_translations(python)
    pyinstaller(python)
    if args.installer:
        run([iscc(), "/Qp", ISS])
        print(f"installer: {sorted((ISS.parent / 'Output').glob('*.exe'))[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
