"""The executables' icons from resources/icons/dialdesk.svg: dialdesk.ico (Windows: the
.exe files, Explorer, Task Manager, Default apps) and dialdesk.icns (the macOS .app).

``python installer/icons.py OUTDIR`` renders the SVG with Qt (offscreen) at each size and
writes both files; installer/dialdesk.spec runs it in a child process, so the build itself
never starts a Qt application. Both containers hold PNG images, which Windows (since
Vista) and macOS (since 10.7) read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "dialdesk.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# Apple's PNG-carrying ICNS types, by edge length in pixels.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # fmt: skip


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per image, then the PNGs)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        png = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' header, then one (type, length, PNG) element per size."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render(sizes: set[int]) -> dict[int, bytes]:  # pragma: no cover - needs Qt
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data.data())
    del app
    return out


def main(folder: str) -> None:  # pragma: no cover - the build runs it
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    pngs = render(set(ICO_SIZES) | set(ICNS_TYPES))
    (target / "dialdesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (target / "dialdesk.icns").write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    print(f"icons: {target / 'dialdesk.ico'}, {target / 'dialdesk.icns'}")


if __name__ == "__main__":
    main(sys.argv[1])
