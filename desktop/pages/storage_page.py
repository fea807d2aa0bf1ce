"""Where the data and the passwords live: the first thing support asks about."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services import Services
from engine import __version__
from engine.storage import db, migrations


class StoragePage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Data and passwords")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        heading = QLabel("<h2>{title}</h2>".format(title=translate("pages", "Data and passwords")))
        layout.addWidget(heading)
        form = QFormLayout()
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(
            self.database_label.textInteractionFlags().TextSelectableByMouse
        )
        self.database_label.setWordWrap(True)
        self.secrets_label = QLabel()
        self.secrets_label.setWordWrap(True)
        self.secrets_label.setObjectName("secretStoreStatus")
        self.version_label = QLabel()
        form.addRow(translate("storage_page", "Your data is in:"), self.database_label)
        form.addRow(translate("storage_page", "Passwords:"), self.secrets_label)
        form.addRow(translate("storage_page", "Version:"), self.version_label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.database_label.setText(db.describe(self.services.database_url))
        status = self.services.secrets.status()
        self.secrets_label.setText(status.message)
        self.secrets_label.setStyleSheet("" if status.available else "color: #a40000;")
        self.version_label.setText(
            translate("storage_page", "Newsletter Desk {version} (database schema {schema})")
            .format(version=__version__, schema=migrations.LATEST)
        )

