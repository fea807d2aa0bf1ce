"""Bounce handling (advanced): how often to collect, how soft bounces are retried, and
whether hard bounces suppress at once or count toward the bounce threshold."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from desktop.widgets.number_field import WholeNumberField
from engine.config import BounceSettings
from engine.storage import repo


def spin(low: int, high: int, suffix: str = "") -> WholeNumberField:
    return WholeNumberField(low, high, suffix=suffix)


class BounceHandlingPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Bounce handling")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "Advanced: the defaults suit most senders. Bounces are collected from the bounce "
        "mailbox on a schedule; a soft bounce (a full mailbox, a busy server) is sent again "
        "later before the address is given up on."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.form = self.new_form()
        self.collect_every = spin(1, 24 * 60, translate("bounce_handling_page", "minutes"))
        self.collect_retries = spin(0, 20, translate("bounce_handling_page", "times"))
        self.retry_interval = spin(1, 7 * 24 * 60, translate("bounce_handling_page", "minutes"))
        self.retry_count = spin(0, 20, translate("bounce_handling_page", "times"))
        self.stale_days = spin(1, 365, translate("bounce_handling_page", "days"))
        self.form.add("collect_every_minutes",
                      translate("bounce_handling_page", "&Collect every"), self.collect_every,
                      translate("bounce_handling_page",
                                "How often the bounce mailbox is read for new bounces."))
        self.form.add("collect_retry_count",
                      translate("bounce_handling_page", "Collect re&tries"), self.collect_retries,
                      translate("bounce_handling_page",
                                "If the mailbox cannot be reached, how many times to try again "
                                "before waiting for the next round."))
        self.form.add("soft_retry_interval_minutes",
                      translate("bounce_handling_page", "Soft-bounce retry &interval"),
                      self.retry_interval,
                      translate("bounce_handling_page",
                                "How long to wait before sending again to an address that "
                                "soft-bounced."))
        self.form.add("soft_retry_count",
                      translate("bounce_handling_page", "Soft-bounce retr&y count"),
                      self.retry_count,
                      translate("bounce_handling_page",
                                "How many times to send again after soft bounces; after that "
                                "the address counts as bounced."))
        self.form.add("soft_bounce_stale_days",
                      translate("bounce_handling_page", "F&orget soft bounces after"),
                      self.stale_days,
                      translate("bounce_handling_page",
                                "Soft bounces older than this no longer count towards the "
                                "threshold."))
        self.count_hard = QCheckBox(translate(
            "bounce_handling_page", "Count hard &bounces towards the bounce threshold"))
        self.form.add("count_hard_bounces", "", self.count_hard, translate(
            "bounce_handling_page",
            "Unticked (the default), one hard bounce suppresses an address at once and the "
            "threshold counts soft bounces whose re-sends ran out. Tick it if your server gives "
            "hard bounces you do not trust: they then count like those soft bounces, and an "
            "address is suppressed only at the threshold."))
        self.body_layout.addStretch(1)
        self.set_tab_order(*self.form.widgets.values())
        self.refresh()

    def _boxes(self) -> dict[str, WholeNumberField]:
        return {
            "collect_every_minutes": self.collect_every,
            "collect_retry_count": self.collect_retries,
            "soft_retry_interval_minutes": self.retry_interval,
            "soft_retry_count": self.retry_count,
            "soft_bounce_stale_days": self.stale_days,
        }

    def stored(self) -> BounceSettings:
        return repo.load_setting(BounceSettings)

    def load(self, settings: BounceSettings) -> None:
        for name, box in self._boxes().items():
            with QSignalBlocker(box):
                box.setValue(getattr(settings, name))
        with QSignalBlocker(self.count_hard):
            self.count_hard.setChecked(settings.count_hard_bounces)

    def values(self) -> BounceSettings:
        return BounceSettings(
            collect_every_minutes=self.collect_every.value(),
            collect_retry_count=self.collect_retries.value(),
            soft_retry_interval_minutes=self.retry_interval.value(),
            soft_retry_count=self.retry_count.value(),
            soft_bounce_stale_days=self.stale_days.value(),
            count_hard_bounces=self.count_hard.isChecked(),
        )

    def persist(self, values: BounceSettings) -> None:
        repo.save_setting(values)
