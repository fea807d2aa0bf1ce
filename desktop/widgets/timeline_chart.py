"""Columns per hour, painted with QPainter (Essentials has no QtCharts): one band per series,
each scaled to its own largest value, so tens of bounces stay visible beside thousands of
deliveries."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import format_number, translate

BAND_HEIGHT = 70
LABEL_HEIGHT = 18
LEFT = 150


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours: list[datetime] = []
        self._series: list[tuple[str, list[int], QColor]] = []
        self._hour_words: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, hour_words: list[str], series: list[tuple[str, list[int], str]]) -> None:
        """``hour_words``: each column's label; ``series``: (name, value per column, colour)."""
        self._hour_words = hour_words
        self._series = [(name, values, QColor(colour)) for name, values, colour in series]
        self.setAccessibleDescription("; ".join(
            translate("timeline_chart", "{name}: {total} in %n hour(s)", None, len(values))
            .format(name=name, total=format_number(sum(values)))
            for name, values, _ in series))
        self.updateGeometry()
        self.update()

    def series(self) -> list[tuple[str, list[int]]]:
        return [(name, values) for name, values, _ in self._series]

    def sizeHint(self) -> QSize:
        return QSize(560, max(1, len(self._series)) * (BAND_HEIGHT + 8) + LABEL_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + 120, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        columns = len(self._hour_words)
        room = max(10.0, self.width() - LEFT - 8.0)
        step = room / columns if columns else room
        for band, (name, values, colour) in enumerate(self._series):
            top = band * (BAND_HEIGHT + 8)
            biggest = max(values, default=0)
            painter.setPen(text)
            painter.drawText(QRectF(0, top, LEFT - 10, BAND_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             translate("timeline_chart", "{name}\n(highest {biggest} an hour)")
                             .format(name=name, biggest=format_number(biggest)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for index, value in enumerate(values):
                height = (BAND_HEIGHT - 4) * value / biggest if biggest else 0
                if value and height < 2:
                    height = 2  # one is not nothing
                painter.drawRect(QRectF(LEFT + index * step + 1, top + BAND_HEIGHT - height,
                                        max(step - 2, 1), height))
        if columns:
            painter.setPen(text)
            bottom = len(self._series) * (BAND_HEIGHT + 8)
            painter.drawText(QRectF(LEFT, bottom, room / 2, LABEL_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft, self._hour_words[0])
            if columns > 1:
                painter.drawText(QRectF(LEFT + room / 2, bottom, room / 2, LABEL_HEIGHT),
                                 Qt.AlignmentFlag.AlignRight, self._hour_words[-1])
        painter.end()
