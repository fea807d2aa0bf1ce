"""Where the data and the passwords live: the first thing support asks about."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services import Services
from desktop.widgets.password_field import keyring_words
from engine import __version__
from engine.storage import db, migrations


def database_words(url: str) -> str:
    """Where the data lives (``db.describe``, the CLI's English), in the reader's language."""
    if (path := db.sqlite_path(url)) is not None:
        return str(path)
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        return translate("storage_page", "in memory")
    host = parsed.hostname or "localhost"
    return translate("storage_page", "PostgreSQL database {name} on {host}").format(
        name=parsed.path.lstrip("/"), host=f"{host}:{parsed.port}" if parsed.port else host)


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
        self.database_label.setText(database_words(self.services.database_url))

        status = self.services.secrets.status()
        self.secrets_label.setText(keyring_words(status))

        self.secrets_label.setStyleSheet("" if status.available else "color: #a40000;")
        self.version_label.setText(
            translate("storage_page", "Newsletter Desk {version} (database schema {schema})")
            .format(version=__version__, schema=migrations.LATEST)
        )

