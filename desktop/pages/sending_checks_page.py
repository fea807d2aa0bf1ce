"""Sending checks: which DNS server answers *Check before sending*."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from engine.config import CheckSettings
from engine.storage import repo


class SendingChecksPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Sending checks")
    intro = QT_TRANSLATE_NOOP(
        "settings_page", "Check before sending looks up your domain's DNS records (SPF, DKIM, "
        "DMARC, MX, reverse DNS). It asks your computer's usual DNS server unless you name "
        "another.")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.resolver_edit = QLineEdit()
        self.resolver_edit.setPlaceholderText(translate("sending_checks_page",
                                                        "the computer's own"))
        form = self.new_form()
        form.add("resolver", translate("sending_checks_page", "&DNS server:"), self.resolver_edit,
                 translate("sending_checks_page",
                           "An address, with :port if not 53, e.g. 1.1.1.1 or 192.168.1.1:5353. "
                           "Leave empty to use the computer's."))

        self.body_layout.addStretch(1)
        self.set_tab_order(self.resolver_edit)
        self.refresh()

    def stored(self) -> CheckSettings:
        return repo.load_setting(CheckSettings)

    def load(self, settings: CheckSettings) -> None:
        with QSignalBlocker(self.resolver_edit):
            self.resolver_edit.setText(settings.resolver)

    def values(self) -> CheckSettings:
        return CheckSettings(self.resolver_edit.text().strip())

    def persist(self, values: CheckSettings) -> None:
        repo.save_setting(values)
