"""A plain horizontal bar chart painted with QPainter (Essentials has no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import format_number

ROW_HEIGHT = 24
LABEL_WIDTH = 170
VALUE_WIDTH = 80


class BarChartWidget(QWidget):
    """One labelled bar per entry, scaled to the largest value, the count beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        """``(label, value, colour)`` per bar, top to bottom."""
        self._bars = [(label, value, QColor(colour)) for label, value, colour in bars]
        self.setAccessibleDescription(
            "; ".join(f"{label}: {format_number(value)}" for label, value, _ in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return [(label, value) for label, value, _ in self._bars]

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._bars)) * ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + VALUE_WIDTH + 60, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        biggest = max((value for _, value, _ in self._bars), default=0) or 1
        room = max(10, self.width() - LABEL_WIDTH - VALUE_WIDTH - 16)
        for index, (label, value, colour) in enumerate(self._bars):
            top = 4 + index * ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = room * value / biggest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(LABEL_WIDTH, top + 4, max(width, 2), ROW_HEIGHT - 8),
                                    3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(LABEL_WIDTH + width + 6, top, VALUE_WIDTH, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             format_number(value))
        painter.end()
