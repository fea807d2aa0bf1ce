"""Python's garbage collection, run only in the GUI thread.

The cycle collector runs in whichever thread happens to allocate when a threshold is crossed.
If that is a worker thread and the cycle holds a Qt object, the object is destroyed outside
its own thread and PySide crashes. So automatic collection is turned off and a timer in the
GUI thread collects instead, as often as the thresholds would have asked for.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadGarbageCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        gen0, gen1, gen2 = gc.get_count()
        if gen0 > self.threshold[0]:
            generation = 0
            if gen1 > self.threshold[1]:
                generation = 1
                if gen2 > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
