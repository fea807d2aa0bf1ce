"""Draw the app icon with Qt and write it in the sizes and formats each platform wants.

    python packaging/make_icons.py        # rewrites resources/icons/

Writes newsletter-desk-{16..512}.png (Linux desktops, the window icon), newsletter-desk.ico
(Windows: 16-256 px) and newsletter-desk.icns (macOS: 16-1024 px). Both container formats
hold plain PNG images, which every supported Windows and macOS version reads, so no image
library beyond Qt is needed. The output is committed; run this again only to change the design.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (type code, pixel size) pairs of Apple's icns format, PNG-encoded entries only.
ICNS_ENTRIES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)


def draw(size: int) -> QImage:
    """A white envelope on a blue tile, with a green tick: mail sent, list kept clean."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100.0, size / 100.0)  # design on a 100 x 100 grid

    # Small sizes get a tighter margin so the tile stays legible.
    margin = 2.0 if size <= 32 else 6.0
    tile = QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor("#3b82f6"))
    gradient.setColorAt(1.0, QColor("#1d4ed8"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 20, 20)

    envelope = QRectF(18, 28, 64, 44)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(envelope, 5, 5)
    flap = QPainterPath()
    flap.moveTo(envelope.left() + 3, envelope.top() + 3)
    flap.lineTo(envelope.center().x(), envelope.top() + 26)
    flap.lineTo(envelope.right() - 3, envelope.top() + 3)
    flap_pen = QPen(QColor("#1d4ed8"), 4.5 if size > 24 else 7.0)
    flap_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    flap_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(flap_pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(flap)

    if size > 24:  # below that the badge is a smudge
        centre = QPointF(74, 70)
        p.setPen(QPen(QColor("#ffffff"), 4))
        p.setBrush(QColor("#16a34a"))
        p.drawEllipse(centre, 16, 16)
        tick = QPainterPath()
        tick.moveTo(centre + QPointF(-7.5, 0.5))
        tick.lineTo(centre + QPointF(-2, 6))
        tick.lineTo(centre + QPointF(8, -5))
        tick_pen = QPen(QColor("#ffffff"), 4.5)
        tick_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(tick_pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size, each pointing at a whole PNG file."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images.items():
        byte_size = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        code + struct.pack(">I", 8 + len(images[size])) + images[size]
        for code, size in ICNS_ENTRIES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_ENTRIES})
    images = {size: png_bytes(draw(size)) for size in sizes}
    for size in PNG_SIZES:
        (OUT / f"newsletter-desk-{size}.png").write_bytes(images[size])
    (OUT / "newsletter-desk.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (OUT / "newsletter-desk.icns").write_bytes(icns(images))
    print(f"wrote {len(PNG_SIZES)} PNG files, newsletter-desk.ico and .icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
