"""Complaint guard: when a campaign reported as spam pauses itself, the Feedback-ID sender id,
and each profile's complaint rate of the last 30 days against Gmail's lines."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.progress_words import complaint_words
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from desktop.widgets.complaint_bar import ComplaintRateBar
from desktop.widgets.number_field import DecimalField, WholeNumberField
from engine.cli.progress_words import complaint_level
from engine.clock import stored_now
from engine.config import ComplaintGuard
from engine.storage import complaints, repo


class ComplaintGuardPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Complaint guard")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "When recipients press “Report spam”, mail providers send a complaint to the bounce "
        "mailbox. Gmail wants complaints below 0.1% of the messages delivered and starts to "
        "refuse or spam-folder a sender's mail from 0.3%. A campaign whose complaint rate "
        "passes the limit below pauses itself and says why on the Campaigns page; resuming "
        "it is your choice, and it pauses again only if more complaints arrive."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.form = self.new_form()
        self.limit = DecimalField(0.0, 100.0, suffix="%", decimals=2)
        self.minimum = WholeNumberField(0, 10_000_000, suffix=translate("complaint_guard_page",
                                                                        "delivered"))
        self.sender_id = QLineEdit()
        self.sender_id.setPlaceholderText(translate("complaint_guard_page",
                                                    "the domain of the From address"))
        self.form.add("limit_percent", translate("complaint_guard_page", "Pause a campaign a&bove"),
                      self.limit,
                      translate("complaint_guard_page",
                                "The share of delivered messages reported as spam at which a "
                                "sending campaign stops. 0.3% is Gmail's line."))
        self.form.add("minimum_delivered", translate("complaint_guard_page", "Only &after"),
                      self.minimum,
                      translate("complaint_guard_page",
                                "A few complaints among the first messages say little: the "
                                "guard waits until the campaign has delivered this many."))
        self.form.add("feedback_sender_id",
                      translate("complaint_guard_page", "Feedback-&ID sender"), self.sender_id,

                      translate("complaint_guard_page",
                                "The last part of the Feedback-ID header on every campaign "
                                "message, which Gmail's Postmaster Tools group complaints by. "
                                "Leave it empty to use the domain you send from."))
        self.body_layout.addWidget(QLabel("<b>{heading}</b>".format(heading=translate(
            "complaint_guard_page", "Complaints per SMTP profile, last 30 days"))))
        self.profile_grid = QGridLayout()
        self.body_layout.addLayout(self.profile_grid)
        self.profile_rows: list[tuple[QLabel, ComplaintRateBar, QLabel]] = []
        self.body_layout.addStretch(1)
        self.set_tab_order(self.limit, self.minimum, self.sender_id)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self.show_profiles()

    def show_profiles(self) -> None:
        """Each profile's rate: its bar against the lines, and the figures in words."""
        for row in self.profile_rows:
            for widget in row:
                widget.deleteLater()
        self.profile_rows = []
        rates = complaints.complaints_by_profile(stored_now(self.services.clock))
        if not rates:
            empty = QLabel(translate("complaint_guard_page", "No SMTP profile yet."))

            self.profile_grid.addWidget(empty, 0, 0)
            self.profile_rows.append((empty, ComplaintRateBar(), QLabel()))
            return
        for n, rate in enumerate(rates):
            words = complaint_words(rate.figures)

            bar = ComplaintRateBar()
            bar.set_rate(rate.figures.percent, complaint_level(rate.figures), words)
            name, figures = QLabel(rate.name), QLabel(words)
            figures.setWordWrap(True)
            self.profile_grid.addWidget(name, 2 * n, 0)
            self.profile_grid.addWidget(bar, 2 * n, 1)
            self.profile_grid.addWidget(figures, 2 * n + 1, 1)
            self.profile_rows.append((name, bar, figures))

    def stored(self) -> ComplaintGuard:
        return repo.load_setting(ComplaintGuard)

    def load(self, settings: ComplaintGuard) -> None:
        with QSignalBlocker(self.limit), QSignalBlocker(self.minimum), \
                QSignalBlocker(self.sender_id):
            self.limit.setValue(settings.limit_percent)
            self.minimum.setValue(settings.minimum_delivered)
            self.sender_id.setText(settings.feedback_sender_id)

    def values(self) -> ComplaintGuard:
        return ComplaintGuard(limit_percent=round(self.limit.value(), 2),
                              minimum_delivered=self.minimum.value(),
                              feedback_sender_id=self.sender_id.text().strip())

    def persist(self, values: ComplaintGuard) -> None:
        repo.save_setting(values)
