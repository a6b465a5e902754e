"""Render the application icon from its SVG master: PNGs, a Windows .ico and a macOS .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes into ``resources/icons/``: ``fielddoc-<size>.png`` for 16,
24, 32, 48, 64, 128, 256 and 512 px, ``fielddoc.ico`` (16–256) and
``fielddoc.icns`` (16–512, PNG elements), with Qt's SVG renderer and a few
lines of Python for the two container formats (no other tool, no network).
Run it again after changing ``fielddoc.svg``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(p, QRectF(0, 0, size, size))
    p.end()
    return img


def _png(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico(png: dict[int, bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        data = png[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


#: icns element types holding PNG data, by pixel size (macOS 10.7 and later).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def icns(png: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG elements (1x and 2x, up to 512 px)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png[size])) + png[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "fielddoc.svg"))
    if not renderer.isValid():
        print("fielddoc.svg could not be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, img in images.items():
        img.save(str(ICONS / f"fielddoc-{size}.png"), "PNG")
    png = {size: _png(img) for size, img in images.items()}
    (ICONS / "fielddoc.ico").write_bytes(ico(png, (16, 24, 32, 48, 64, 128, 256)))
    (ICONS / "fielddoc.icns").write_bytes(icns(png))
    del app
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
