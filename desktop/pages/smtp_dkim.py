"""The DKIM tab of an SMTP profile: signing on or off, the domain and selector, the key.

The key pair is made by the engine; its private half goes straight to the keyring and is never
shown. What the user needs is the TXT record to publish, so that is what the tab shows, ready to
copy. Everything else maps to the profile's `dkim_*` fields and is saved with the profile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.widgets.form import FormFields, help_label
from engine.config import DkimAlgorithm, SmtpProfile
from engine.errors import ConfigError, SecretStoreUnavailable
from engine.mail.dkim import generate_key, public_txt_value, txt_record
from engine.secrets import SecretStore

ALGORITHM_CHOICES: tuple[tuple[DkimAlgorithm, str], ...] = (
    ("rsa", QT_TRANSLATE_NOOP("smtp_dkim", "RSA 2048 (read by every mail provider)")),
    ("ed25519", QT_TRANSLATE_NOOP(
        "smtp_dkim", "Ed25519 (short; add an RSA key too for older receivers)")),
)


class DkimFields(QObject):
    """The tab's widgets, their rows in ``form``, and the key buttons."""

    def __init__(self, secrets: SecretStore, form: FormFields, tab: QVBoxLayout,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._window = parent
        self._profile: SmtpProfile | None = None
        self.enabled_check = QCheckBox(translate("smtp_dkim", "Sign messages &with DKIM"))
        self.domain_edit = QLineEdit()
        self.domain_edit.setPlaceholderText("shop.example")  # untranslated: example address
        self.selector_edit = QLineEdit()
        self.selector_edit.setPlaceholderText("news1")  # untranslated: example selector
        self.algorithm_combo = QComboBox()
        for value, label in ALGORITHM_CHOICES:
            self.algorithm_combo.addItem(
                QCoreApplication.translate("smtp_dkim", label),  # untranslated: marked above
                value)
        form.add("dkim_enabled", "", self.enabled_check, translate(
            "smtp_dkim", "Receivers check it against your DNS: signed mail is trusted more."))
        form.add("dkim_domain", translate("smtp_dkim", "S&igning domain"), self.domain_edit,
                 translate("smtp_dkim", "The domain of the From address, or its parent domain."))
        form.add("dkim_selector", translate("smtp_dkim", "Select&or"), self.selector_edit,
                 translate("smtp_dkim",
                           "Any short name; it tells receivers which of your keys to look up."))
        form.add("dkim_algorithm", translate("smtp_dkim", "Key t&ype"), self.algorithm_combo)
        self.generate_button = QPushButton(translate("smtp_dkim", "Generate &key"))
        self.copy_button = QPushButton(translate("smtp_dkim", "Co&py record"))
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>{heading}</b>".format(heading=translate(
            "smtp_dkim", "Publish this record in your domain's DNS"))), 1)
        heading.addWidget(self.generate_button)
        heading.addWidget(self.copy_button)
        tab.addLayout(heading)
        self.record_box = QPlainTextEdit()
        self.record_box.setObjectName("dkimRecord")
        self.record_box.setReadOnly(True)
        self.record_box.setMaximumHeight(84)
        tab.addWidget(self.record_box)
        tab.addWidget(help_label(translate(
            "smtp_dkim",
            "The private key stays in this computer's keyring: never in exports or backups.")))
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.selector_edit.textChanged.connect(self._on_name_edited)
        self.domain_edit.textChanged.connect(self._on_name_edited)
        self.algorithm_combo.currentIndexChanged.connect(self._on_name_edited)

    @property
    def widgets(self) -> list[QWidget]:
        return [self.enabled_check, self.domain_edit, self.selector_edit, self.algorithm_combo,
                self.generate_button, self.copy_button, self.record_box]

    def load(self, profile: SmtpProfile) -> None:
        self._profile = profile
        blockers = [QSignalBlocker(w) for w in self.widgets]
        self.enabled_check.setChecked(profile.dkim_enabled)
        self.domain_edit.setText(profile.dkim_domain)
        self.selector_edit.setText(profile.dkim_selector)
        self.algorithm_combo.setCurrentIndex(
            max(0, self.algorithm_combo.findData(profile.dkim_algorithm)))
        del blockers
        self._show_record()

    def values(self) -> dict[str, object]:
        """The form's DKIM fields, as changes to the profile."""
        return {
            "dkim_enabled": self.enabled_check.isChecked(),
            "dkim_domain": self.domain_edit.text().strip().rstrip(".").lower(),
            "dkim_selector": self.selector_edit.text().strip(),
            "dkim_algorithm": self.algorithm_combo.currentData(),
        }

    def stored_key(self) -> str | None:
        if self._profile is None:
            return None
        try:
            return self._secrets.get(self._profile.dkim_secret_key)
        except SecretStoreUnavailable:
            return None

    def _show_record(self) -> None:
        private = self.stored_key()
        algorithm: DkimAlgorithm = self.algorithm_combo.currentData()
        text = translate("smtp_dkim", "No key yet: press Generate key.")
        if private:
            try:
                value = public_txt_value(algorithm, private)
            except ConfigError:
                text = translate("smtp_dkim",
                                 "The stored key is not of this type: generate a new key.")
            else:
                text = txt_record(self.selector_edit.text() or "SELECTOR",
                                  self.domain_edit.text() or "DOMAIN", value)
        self.record_box.setPlainText(text)
        self.copy_button.setEnabled(" IN TXT " in text)

    @Slot()
    def _on_name_edited(self) -> None:
        self._show_record()

    @Slot()
    def _on_generate_button_clicked(self) -> None:
        if self._profile is None:
            return
        if self.stored_key():
            answer = QMessageBox.question(
                self._window, translate("smtp_dkim", "Replace the DKIM key?"),
                translate("smtp_dkim", "This profile already has a key. A new one makes every "
                          "receiver reject the signatures until you publish the new record. "
                          "Replace it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        private, _ = generate_key(self.algorithm_combo.currentData())
        try:
            self._secrets.set(self._profile.dkim_secret_key, private)
        except SecretStoreUnavailable as exc:
            QMessageBox.warning(self._window, translate("smtp_dkim", "No keyring"), str(exc))

            return
        self._show_record()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.record_box.toPlainText())
