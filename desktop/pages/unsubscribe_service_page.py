"""Unsubscribe service: the address of the one-click unsubscribe service, the sender name its
pages show, and the key the desktop shares with it (``docs/unsubscribe-service.md``).

The key lives in the keyring only. It is shown once, when made, for copying to the service.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from desktop.widgets.form import help_label
from engine.config import UnsubscribeService
from engine.errors import SecretStoreUnavailable
from engine.mail import signed_links
from engine.storage import repo


class UnsubscribeServicePage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Unsubscribe service")
    intro = QT_TRANSLATE_NOOP(
        "settings_page", "With a one-click unsubscribe service on your own web server, mail "
        "providers' Unsubscribe button works in one click, and the footer links open a page to "
        "leave or pick lists. Leave the address empty to keep the e-mail (mailto) links only.")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.form = self.new_form()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(
            "https://unsubscribe.example.com")  # untranslated: example address

        self.sender_edit = QLineEdit()
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(translate(
            "unsubscribe_service_page", "Empty: the system's certificate authorities"))
        self.form.add("base_url", translate("unsubscribe_service_page", "Service &address"),
                      self.url_edit)
        self.form.add("sender_name",
                      translate("unsubscribe_service_page", "Sender &name on its pages"),
                      self.sender_edit)
        self.form.add("ca_file", translate("unsubscribe_service_page", "&Certificate file"),
                      self.ca_edit, translate("unsubscribe_service_page",
                                              "Only for a certificate from your own authority."))
        self.key_status = QLabel()
        self.body_layout.addWidget(self.key_status)
        keys = QHBoxLayout()
        self.new_key_button = QPushButton(translate("unsubscribe_service_page", "Make a new &key"))
        self.new_key_button.setToolTip(translate(
            "unsubscribe_service_page", "Links in mail already sent stop working with a new key"))
        self.key_edit = QLineEdit()
        self.key_edit.setReadOnly(True)
        self.copy_button = QPushButton(translate("unsubscribe_service_page", "C&opy"))
        keys.addWidget(self.new_key_button)
        keys.addWidget(self.key_edit, 1)
        keys.addWidget(self.copy_button)
        keys.addStretch(0)  # the button keeps its size while no key is shown
        self.body_layout.addLayout(keys)
        self.key_help = help_label("")
        self.body_layout.addWidget(self.key_help)
        self.body_layout.addStretch(1)
        self.new_key_button.clicked.connect(self._on_new_key_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.set_tab_order(self.url_edit, self.sender_edit, self.ca_edit, self.new_key_button,
                           self.key_edit, self.copy_button)
        self.refresh()

    def stored(self) -> UnsubscribeService:
        return repo.load_setting(UnsubscribeService)

    def load(self, settings: UnsubscribeService) -> None:
        with QSignalBlocker(self.url_edit), QSignalBlocker(self.sender_edit), \
                QSignalBlocker(self.ca_edit):
            self.url_edit.setText(settings.base_url)
            self.sender_edit.setText(settings.sender_name)
            self.ca_edit.setText(settings.ca_file)
        self._show_key("")

    def values(self) -> UnsubscribeService:
        return UnsubscribeService(self.url_edit.text().strip(), self.sender_edit.text().strip(),
                                  self.ca_edit.text().strip())

    def persist(self, values: UnsubscribeService) -> None:
        repo.save_setting(values)

    def _has_key(self) -> bool:
        try:
            return bool(self.services.secrets.get(UnsubscribeService.SECRET_KEY))
        except SecretStoreUnavailable:
            return False

    def _show_key(self, key: str) -> None:
        self.key_edit.setText(key)
        self.key_edit.setVisible(bool(key))
        self.copy_button.setVisible(bool(key))
        self.key_help.setText(translate(
            "unsubscribe_service_page", "Copy this key to the service's data folder as the file "
            "<code>key</code> now: it is not shown again.") if key else "")
        self.key_status.setText(
            translate("unsubscribe_service_page", "A shared key is in the keyring.")
            if self._has_key() else translate(
                "unsubscribe_service_page",
                "No shared key yet: make one, then copy it to the service."))

    @Slot()
    def _on_new_key_button_clicked(self) -> None:
        key = signed_links.key_text(signed_links.new_key())
        try:
            self.services.secrets.set(UnsubscribeService.SECRET_KEY, key)
        except SecretStoreUnavailable as exc:
            self.page_error.show_message(translate(
                "unsubscribe_service_page", "The key could not be kept: {reason}").format(
                    reason=exc))

            return
        self._show_key(key)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.key_edit.text())
