"""Start-up: logging, the database, the secret store, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gc_guard import GuiThreadGarbageCollector
from desktop.i18n import (
    chosen_language,
    install_translation,
    resolve_language,
    system_languages,
    translate,
)
from desktop.main_window import MainWindow
from desktop.services import Services
from engine import __version__
from engine.errors import StorageError
from engine.secrets import open_secret_store
from engine.storage import db

log = logging.getLogger(__name__)

# resources/ sits beside desktop/ in a checkout and at the root of the PyInstaller bundle.
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(ICONS.glob("newsletter-desk-*.png")):
        icon.addFile(str(path))
    return icon


def build_services(database: str | None) -> Services:
    url = db.resolve_url(database)
    db.init_db(url)
    return Services(database_url=url, secrets=open_secret_store())


_gc_guard: GuiThreadGarbageCollector | None = None


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Newsletter Desk")
    app.setOrganizationName("Newsletter Desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland matches windows to newsletter-desk.desktop (and its icon) by this name.
    app.setDesktopFileName("newsletter-desk")
    global _gc_guard
    if _gc_guard is None:
        _gc_guard = GuiThreadGarbageCollector(app)
    return app


def run_app(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    app = create_application()
    install_translation(resolve_language(chosen_language(), system_languages()))
    try:
        services = build_services(args.database)
    except StorageError as exc:
        QMessageBox.critical(None, "Newsletter Desk",  # untranslated: the product's name
                             translate("app", "Newsletter Desk could not start. {problem}")
                             .format(problem=exc))
        return 2
    window = MainWindow(services)
    window.show()
    return app.exec()
