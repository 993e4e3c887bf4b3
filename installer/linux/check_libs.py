"""Check the bundle against installer/linux/system-libraries.txt: every library a file in
the bundle needs (ELF NEEDED) that the bundle does not carry must be listed, and no file
may need a newer glibc than the list states. A listed library nothing needs is reported
(the Python a bundle is built with decides a few, e.g. Debian's libpython needs libexpat).

Usage: check_libs.py [BUNDLE]   (default dist/dialdesk; needs readelf and objdump)
Prints the apt-get line for the target machines; exit status 1 on any disagreement.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LIST = ROOT / "installer" / "linux" / "system-libraries.txt"


def documented() -> tuple[dict[str, str], tuple[int, ...]]:
    libraries, glibc = {}, (0,)
    for line in LIST.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) != 2:
            continue
        if fields[0] == "glibc":
            glibc = tuple(int(p) for p in fields[1].split("."))
        else:
            libraries[fields[0]] = fields[1]
    return libraries, glibc


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def needed(path: Path) -> set[str]:
    out = subprocess.run(
        ["readelf", "-dW", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def glibc_needed(path: Path) -> tuple[int, ...]:
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    versions = [tuple(int(p) for p in v.split(".")) for v in re.findall(r"GLIBC_([\d.]+)", out)]
    return max(versions, default=(0,))


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "dialdesk")
    files = elf_files(bundle)
    if not files:
        print(f"check_libs: no bundle at {bundle}", file=sys.stderr)
        return 1
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, set[str]] = {}
    newest, newest_file = (0,), ""
    for path in files:
        for soname in needed(path) - carried:
            wanted.setdefault(soname, set()).add(str(path.relative_to(bundle)))
        version = glibc_needed(path)
        if version > newest:
            newest, newest_file = version, str(path.relative_to(bundle))
    libraries, glibc = documented()
    ok = True
    for soname in sorted(set(wanted) - set(libraries)):
        example = sorted(wanted[soname])[0]
        print(f"NOT DOCUMENTED: {soname} (needed by {example}): add it to {LIST.name}")
        ok = False
    for soname in sorted(set(libraries) - set(wanted)):
        print(f"not needed by this build: {soname}")
    shown = ".".join(map(str, newest))
    if newest > glibc:
        print(f"NEWER GLIBC: {newest_file} needs GLIBC_{shown}; {LIST.name} says {glibc}")
        ok = False
    print(f"{len(files)} ELF files; {len(wanted)} system libraries; newest glibc symbol {shown}")
    print("target machines need: apt install " + " ".join(sorted(set(libraries.values()))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
