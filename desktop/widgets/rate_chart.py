"""Rates as columns, one per campaign, with reference lines across (Gmail's complaint lines),
painted with QPainter (Essentials has no QtCharts).

A column is chosen with a click, or with the arrow keys and Enter, and ``activated`` says
which; its figures are in its tooltip and the chart's accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.i18n import format_percent

HEIGHT = 170
TOP = 20  # room for the figure over the highest column
BOTTOM = 22  # the columns' labels
LEFT = 56  # the scale's labels
SCALE_ROOM = 1.25  # the scale reaches past the highest line or column


@dataclass(frozen=True)
class RateColumn:
    label: str  # under the column (a campaign's name)
    fraction: float  # 0.003 is 0.3%
    colour: str
    words: str  # the tooltip: the figures in a sentence


@dataclass(frozen=True)
class RateLine:
    fraction: float
    words: str  # drawn beside the line


class RateChartWidget(QWidget):
    activated = Signal(int)  # the index of the column clicked or entered

    def __init__(self, minimum_scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum_scale = minimum_scale
        self._columns: list[RateColumn] = []
        self._lines: list[RateLine] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, columns: list[RateColumn], lines: list[RateLine]) -> None:
        self._columns = columns
        self._lines = lines
        self._current = min(self._current, len(columns) - 1)
        self.setAccessibleDescription("; ".join(c.words for c in columns))
        self.update()

    def columns(self) -> list[RateColumn]:
        return list(self._columns)

    def lines(self) -> list[RateLine]:
        return list(self._lines)

    @property
    def current(self) -> int:
        return self._current

    def scale(self) -> float:
        """The fraction at the top of the chart: every column and line fits below it."""
        highest = max([c.fraction for c in self._columns] + [ln.fraction for ln in self._lines],
                      default=0.0)
        return max(self._minimum_scale, highest * SCALE_ROOM)

    def sizeHint(self) -> QSize:
        return QSize(480, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + 160, HEIGHT)

    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, max(10.0, self.width() - LEFT - 8.0),
                      HEIGHT - TOP - BOTTOM)

    def column_rect(self, index: int) -> QRectF:
        """Where column ``index`` is drawn, its full height (what a click hits)."""
        plot = self._plot()
        step = plot.width() / max(1, len(self._columns))
        return QRectF(plot.left() + index * step, plot.top(), step, plot.height())

    def y_of(self, fraction: float) -> float:
        plot = self._plot()
        return plot.bottom() - plot.height() * min(fraction, self.scale()) / self.scale()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        plot = self._plot()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text)
        for fraction in (0.0, self.scale()):
            painter.drawText(QRectF(0, self.y_of(fraction) - 9, LEFT - 6, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_percent(fraction, 2))
        for index, column in enumerate(self._columns):
            area = self.column_rect(index)
            width = min(48.0, area.width() * 0.6)
            left = area.center().x() - width / 2
            top = self.y_of(column.fraction)
            height = max(plot.bottom() - top, 2.0 if column.fraction else 0.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(column.colour))
            painter.drawRect(QRectF(left, plot.bottom() - height, width, height))
            if index == self._current and self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(area.adjusted(1, 1, -1, BOTTOM - 1))
            painter.setPen(text)
            if column.fraction:  # the figure over its column: the scale's top is no value
                painter.drawText(QRectF(area.left(), plot.bottom() - height - 16, area.width(),
                                        15),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 format_percent(column.fraction, 2))
            label = painter.fontMetrics().elidedText(column.label, Qt.TextElideMode.ElideRight,
                                                     int(area.width()) - 4)
            painter.drawText(QRectF(area.left(), plot.bottom() + 2, area.width(), BOTTOM - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        for line in self._lines:
            y = self.y_of(line.fraction)
            painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(plot.left() + 4, y - 17, plot.width() - 8, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             line.words)
        painter.end()

    def index_at(self, point: QPointF) -> int:
        for index in range(len(self._columns)):
            if self.column_rect(index).adjusted(0, 0, 0, BOTTOM).contains(point):
                return index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._current = index
            self.update()
            self.activated.emit(index)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._columns and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._current = max(0, min(len(self._columns) - 1, self._current + step))
            self.setToolTip(self._columns[self._current].words)
            self.update()
        elif 0 <= self._current < len(self._columns) and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current < 0 and self._columns:
            self._current = len(self._columns) - 1  # the newest campaign
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self._columns[index].words, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
