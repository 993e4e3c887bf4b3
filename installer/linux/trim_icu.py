"""A smaller ICU data library for the Linux bundle: 32 MB → about 6 MB.

QtCore links ICU, whose data library (libicudata.so.NN: one symbol, ``icudtNN_dat``, the
whole data package) is the largest file in the bundle. Of ICU, Qt calls only collation
(QCollator), case mapping, codec converters (QStringConverter for non-built-in codecs) and
time zone display names (``nm -D libQt6Core.so.6 | grep -E 'ucol_|ucnv_|ucal_|u_str'``).
So the bundle keeps the core data (properties, case mapping, normalization, time zone
rules, calendars and every locale's main data) and Polish/English collation and zone
names, and drops what Qt never asks for, or dialdesk does not use:

- break iteration rules and dictionaries (brkitr/: Qt has its own text boundaries),
- display names of languages, regions, currencies and units in 700 locales (lang/,
  region/, curr/, unit/: Qt's QLocale carries its own CLDR data), transliteration,
  spelled-out numbers (rbnf/), Unicode character names, spoof detection,
- legacy codec tables (*.cnv: dialdesk reads and writes UTF-8 only; Qt's UTF-8/16/32 and
  Latin-1 codecs are built in, so e.g. ``QStringDecoder("windows-1250")`` is invalid),
- collation and zone names of other locales (a German time zone name reads in English).

Needs ``icupkg`` (Debian/Ubuntu: icu-devtools) and a C compiler's assembler (gcc).
Usage: ``trim_icu.py LIBICUDATA OUTDIR`` → prints the path of the trimmed library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

DROP_TREES = ("brkitr", "lang", "region", "curr", "unit", "translit", "rbnf")
LOCALE_TREES = ("coll", "zone")  # keep these for root, English and Polish only
KEEP_IN_LOCALE_TREES = re.compile(r"(root|pool|res_index|en|en_\w+|pl|pl_\w+)\.res$")
DROP_ITEMS = ("unames.icu", "cfu.cfu")


def wanted(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    if tree in DROP_TREES:
        return False
    if tree in LOCALE_TREES and name.endswith(".res"):
        return bool(KEEP_IN_LOCALE_TREES.match(name))
    return not (tree == "" and (name.endswith(".cnv") or name in DROP_ITEMS))


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"trim_icu: {name} is missing (Debian/Ubuntu: apt install {package})")
    return path


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes (readelf: its address, size, section)."""
    symbols = subprocess.run(
        ["readelf", "-sW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\b",
        symbols,
    )
    if match is None:
        raise SystemExit(f"trim_icu: no icudtNN_dat symbol in {library}")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, offset = int(fields[3], 16), int(fields[4], 16)
            start = address - section_address + offset
            return name, library.read_bytes()[start : start + size]
    raise SystemExit(f"trim_icu: no .rodata section in {library}")


def trim(library: Path, out_dir: Path) -> Path:
    icupkg = _tool("icupkg", "icu-devtools")
    gcc = _tool("gcc", "gcc")
    symbol, data = _data_symbol(library)
    base = symbol.removesuffix("_dat") + "l"  # icudt73 → icudt73l (little-endian)
    work = out_dir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    (work / f"{base}.dat").write_bytes(data)
    listing = subprocess.run(
        [icupkg, "-l", f"{base}.dat"], cwd=work, capture_output=True, text=True, check=True
    ).stdout.split()
    dropped = [item for item in listing if not wanted(item)]
    (work / "drop.txt").write_text("\n".join(dropped) + "\n")
    # icupkg refuses a removal that leaves an item without what it depends on.
    subprocess.run(
        [icupkg, "-r", "drop.txt", f"{base}.dat", f"out/{base}.dat"], cwd=work, check=True
    )
    (work / "data.S").write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "out/{base}.dat"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    target = work / library.name
    subprocess.run(
        [gcc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", target.name, "data.S"],
        cwd=work,
        check=True,
    )
    print(
        f"trim_icu: {library.name} {library.stat().st_size / 1e6:.1f} MB → "
        f"{target.stat().st_size / 1e6:.1f} MB ({len(dropped)} of {len(listing)} items dropped)",
        file=sys.stderr,
    )
    return target


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
