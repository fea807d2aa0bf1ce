"""A complaint rate as a painted bar against Gmail's 0.1% and 0.3% lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, format_percent
from engine.config import GMAIL_LIMIT_PERCENT, GMAIL_WARNING_PERCENT

# the colours of the levels engine.cli.progress_words.complaint_level names
LEVEL_COLOURS = {"fine": "#4e9a06", "watch": "#c4a000", "harmful": "#cc0000"}
HEIGHT = 40
# the scale reaches past the 0.3% line, so the line and a bar just above it both show
SCALE_PERCENT = 0.5
LINE_WORDS = {GMAIL_WARNING_PERCENT: QT_TRANSLATE_NOOP("complaint_bar",
                                                           "{percent} (Gmail: watch)"),
              GMAIL_LIMIT_PERCENT: QT_TRANSLATE_NOOP("complaint_bar",
                                                         "{percent} (Gmail: limit)")}


def line_words(line: float) -> str:
    """The caption under one of Gmail's lines: "0.3% (Gmail: limit)"."""
    return QCoreApplication.translate(  # untranslated: marked in LINE_WORDS
        "complaint_bar", LINE_WORDS[line]).format(percent=format_percent(line / 100))


class ComplaintRateBar(QWidget):
    """The rate's bar, coloured by its level, with the two lines drawn across the scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._percent = 0.0
        self._colour = QColor(LEVEL_COLOURS["fine"])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rate(self, percent: float, level: str, words: str) -> None:
        self._percent = percent
        self._colour = QColor(LEVEL_COLOURS.get(level, LEVEL_COLOURS["fine"]))
        self.setToolTip(words)
        self.setAccessibleDescription(words)
        self.update()

    def percent(self) -> float:
        return self._percent

    def sizeHint(self) -> QSize:
        return QSize(360, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        scale = max(SCALE_PERCENT, self._percent * 1.1)
        width = max(10.0, self.width() - 2.0)
        track = QRectF(1, 4, width, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(track, 3, 3)
        painter.setBrush(self._colour)
        filled = width * min(self._percent, scale) / scale
        painter.drawRoundedRect(QRectF(1, 4, max(filled, 2.0), 14), 3, 3)
        for line in (GMAIL_WARNING_PERCENT, GMAIL_LIMIT_PERCENT):
            x = 1 + width * line / scale
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 1), QPointF(x, 21))
            painter.setPen(text)
            # centred under its line, but kept inside the bar: a longer translation is wider
            words = line_words(line)
            half = painter.fontMetrics().horizontalAdvance(words) / 2 + 2
            centre = min(max(x, half), self.width() - half)
            painter.drawText(QRectF(centre - half, 22, 2 * half, HEIGHT - 22),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, words)


        painter.end()
