"""Screenshots of every page of the real window, for the documentation.

    xvfb-run -a -s '-screen 0 1280x800x24' python -m desktop.screenshots [--out docs/screens]

Opens the MainWindow on a temporary database filled with plausible demo settings (and a
session-only password store, so no keyring is touched), visits each page of PAGE_CLASSES and
saves ``<out>/<slug>.png`` (plus ``<slug>-<tab>.png`` for each further tab of a form in tabs,
and ``<slug>-end.png`` for a page that scrolls). Pages added by others appear automatically.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from desktop.app import create_application
from desktop.main_window import MainWindow
from desktop.services import Services
from engine.config import BounceMailbox, SmtpProfile
from engine.secrets import MemorySecretStore, SecretStoreStatus
from engine.storage import db, repo

WIDTH, HEIGHT = 1100, 760


class DemoSecretStore(MemorySecretStore):
    """Looks like a working keyring on screen, writes nothing anywhere."""

    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(True, "demo", "Passwords are stored in the system keyring.")


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def fill_demo_settings(services: Services) -> None:
    """What a small shop's settings might look like after a first afternoon."""
    main = repo.save_profile(SmtpProfile(
        name="Newsletter (Brevo)", host="smtp-relay.brevo.com", port=587, security="starttls",
        username="news@greenleaf-tea.example", from_name="Greenleaf Tea",
        from_address="news@greenleaf-tea.example", reply_to="hello@greenleaf-tea.example",
        bounce_address="bounces@greenleaf-tea.example", daily_limit=20000, hourly_limit=2000,
        batch_size=100, batch_pause_seconds=5, max_connections=2, is_default=True,
    ))
    services.secrets.set(main.key, "demo-password")
    repo.save_profile(SmtpProfile(
        name="Shop Gmail (small tests)", host="smtp.gmail.com", port=465, security="ssl",
        username="greenleaf.tea@gmail.example", from_name="Greenleaf Tea",
        from_address="greenleaf.tea@gmail.example", bounce_address="bounces@greenleaf-tea.example",
        daily_limit=2000,
    ))
    mailbox = BounceMailbox(
        protocol="imap", host="imap.greenleaf-tea.example", port=993, security="ssl",
        username="bounces@greenleaf-tea.example", folder="INBOX", bounce_threshold=3,
        processed_action="move", processed_folder="Processed bounces",
    )
    repo.save_mailbox(mailbox)
    services.secrets.set(mailbox.key, "demo-password")


def take(out: Path) -> list[Path]:
    app = create_application()
    QCoreApplication.setOrganizationName("Newsletter Desk screenshots")  # own QSettings
    with tempfile.TemporaryDirectory(prefix="nd-screens-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        url = f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
        db.init_db(url)
        services = Services(
            database_url=url,
            secrets=DemoSecretStore(),
        )
        fill_demo_settings(services)
        window = MainWindow(services)
        window.resize(WIDTH, HEIGHT)
        window.show()
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for title in window.page_titles():
            window.show_page(title)
            for _ in range(5):
                app.processEvents()
            path = out / f"{slug(title)}.png"
            window.grab().save(str(path))
            written.append(path)
            # A form in tabs gets a picture of each further tab.
            tabs = getattr(window.current_page, "form_tabs", None)
            if tabs is not None:
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    app.processEvents()
                    path = out / f"{slug(title)}-{slug(tabs.tabText(index).replace('&', ''))}.png"
                    window.grab().save(str(path))
                    written.append(path)
                tabs.setCurrentIndex(0)
            # A long form gets a second picture, scrolled to its end.
            bar = getattr(window.current_page, "scroll_area", None)
            if bar is not None and bar.verticalScrollBar().maximum() > 0:
                bar.verticalScrollBar().setValue(bar.verticalScrollBar().maximum())
                app.processEvents()
                path = out / f"{slug(title)}-end.png"
                window.grab().save(str(path))
                written.append(path)
        window.hide()
        window.deleteLater()
        app.processEvents()
        db.close_db()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
