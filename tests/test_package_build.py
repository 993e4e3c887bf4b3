"""Every package build carries the Polish translation: a wheel built from the tracked
sources alone (no .qm in the tree) has dialdesk/translations/dialdesk_pl.qm, and Qt loads
it. pip builds it as a user's ``pip install .`` would (isolated build environment); and a
wheel built from the sdist has it too (the sdist carries the .ts and setup.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tracked_sources(into: Path) -> None:
    """A copy of what git tracks (plus this branch's uncommitted edits), without any
    compiled .qm: what an sdist or a fresh clone holds."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / name.decode()
        if source.suffix == ".qm" or not source.is_file():
            continue
        target = into / name.decode()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


@pytest.mark.timeout(600)
def test_a_wheel_built_from_source_carries_the_compiled_polish(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know the tracked sources")
    source = tmp_path / "src"
    tracked_sources(source)
    assert not list(source.rglob("*.qm"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "wheels"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = (tmp_path / "wheels").glob("dialdesk-*.whl")
    assert_polish_inside(wheel, tmp_path)


def assert_polish_inside(wheel: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        qm = archive.read("dialdesk/translations/dialdesk_pl.qm")
    compiled = tmp_path / "dialdesk_pl.qm"
    compiled.write_bytes(qm)

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.language().startswith("pl")
    assert translator.translate("DialBox", "Call") == "Zadzwoń"


@pytest.mark.timeout(600)
def test_a_wheel_built_from_the_sdist_carries_the_compiled_polish(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="the build package (in the dev extras)")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know the tracked sources")
    source = tmp_path / "src"
    tracked_sources(source)
    for step, target in (("--sdist", str(source)), ("--wheel", None)):
        if target is None:
            (target,) = (str(p) for p in (tmp_path / "out").glob("dialdesk-*.tar.gz"))
        done = subprocess.run(
            [sys.executable, "-m", "build", step, "-o", str(tmp_path / "out"), target],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = (tmp_path / "out").glob("dialdesk-*.whl")
    assert_polish_inside(wheel, tmp_path)
