"""Counts over days as filled lines, one band per series, painted with QPainter.

Each band has its own scale (tens of unsubscribes stay visible beside hundreds of suppressed
addresses), and says its name and latest value on the left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAND_HEIGHT = 64
GAP = 10
LABEL_HEIGHT = 18
LEFT = 170


@dataclass(frozen=True)
class TrendSeries:
    name: str  # with its latest value, as the left of the band shows it
    values: tuple[int, ...]
    colour: str


class TrendChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[TrendSeries] = []
        self._first_words = ""
        self._last_words = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, series: list[TrendSeries], first_words: str, last_words: str,
                 description: str) -> None:
        """``first_words``/``last_words``: the labels under the first and the last day."""
        self._series = series
        self._first_words, self._last_words = first_words, last_words
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def series(self) -> list[TrendSeries]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._series)) * (BAND_HEIGHT + GAP) + LABEL_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + 160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        room = max(10.0, self.width() - LEFT - 8.0)
        for band, series in enumerate(self._series):
            top = band * (BAND_HEIGHT + GAP)
            painter.setPen(text)
            painter.drawText(QRectF(0, top, LEFT - 12, BAND_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, series.name)
            values = series.values
            if not values:
                continue
            low, high = min(values), max(values)
            span = (high - low) or 1
            step = room / max(1, len(values) - 1)

            def point(index: int, value: int, top: float = top, low: int = low,
                      span: int = span, step: float = step) -> QPointF:
                # the lowest value sits near the bottom: a change shows, not the zero line
                return QPointF(LEFT + index * step,
                               top + BAND_HEIGHT - 6 - (BAND_HEIGHT - 12) * (value - low) / span)

            line = QPainterPath(point(0, values[0]))
            for index, value in enumerate(values[1:], start=1):
                line.lineTo(point(index, value))
            area = QPainterPath(line)
            area.lineTo(QPointF(LEFT + (len(values) - 1) * step, top + BAND_HEIGHT))
            area.lineTo(QPointF(LEFT, top + BAND_HEIGHT))
            area.closeSubpath()
            colour = QColor(series.colour)
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(area)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(line)
        if self._series:
            painter.setPen(text)
            bottom = len(self._series) * (BAND_HEIGHT + GAP) - GAP + 2
            painter.drawText(QRectF(LEFT, bottom, room / 2, LABEL_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft, self._first_words)
            painter.drawText(QRectF(LEFT + room / 2, bottom, room / 2, LABEL_HEIGHT),
                             Qt.AlignmentFlag.AlignRight, self._last_words)
        painter.end()
