"""Screenshots of every page of the real window, for the documentation.

    xvfb-run -a -s '-screen 0 1280x800x24' python -m desktop.screenshots [--out docs/screens]

Opens the MainWindow on a temporary database filled with a small shop's demo data
(``desktop.demo_data``: settings, lists, campaigns, a week of bounces; no server is contacted)
and a session-only password store, so no keyring is touched. It visits each page of
PAGE_CLASSES and saves ``<out>/<slug>.png`` (plus ``<slug>-<tab>.png`` for each further tab of
a form in tabs, and ``<slug>-end.png`` for a page that scrolls). Pages added by others appear
automatically; a page that needs more than opening (a row selected, a run finished) gets its
own ``SCENES`` entry.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QTime
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from desktop import demo_data
from desktop.app import create_application
from desktop.demo_data import DemoFiles
from desktop.i18n import LANGUAGES, install_translation
from desktop.main_window import MainWindow
from desktop.services import Services
from engine.checking.check import CheckResult
from engine.checking.report import Finding
from engine.oauth import SignedIn
from engine.secrets import MemorySecretStore, SecretStoreStatus
from engine.storage import db

WIDTH, HEIGHT = 1100, 760
RUN_TIMEOUT_S = 60


class DemoSecretStore(MemorySecretStore):
    """Looks like a working keyring on screen, writes nothing anywhere."""

    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(True, "demo", "Passwords are stored in the system keyring.")


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


class Camera:
    """Saves pictures of the window (or of one widget) and remembers what it wrote."""

    def __init__(self, app: QApplication, window: MainWindow, out: Path) -> None:
        self.app = app
        self.window = window
        self.out = out
        self.written: list[Path] = []

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def shoot(self, name: str, widget: QWidget | None = None) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        (widget or self.window).grab().save(str(path))
        self.written.append(path)


# --- pages that need more than opening --------------------------------------------------------


def select_row(view: QTableView, column: int, text: str) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            view.selectRow(row)
            return


def bounces_scene(camera: Camera, page: Any, _files: DemoFiles) -> None:
    """The log with one decision explained, the suppressed list with one history, and a
    bounce waiting for review, read."""
    select_row(page.log_view, 1, "tom@oldcompany.example")
    camera.shoot("bounces")
    page.tabs.setCurrentIndex(1)
    select_row(page.suppressed_view, 0, "tom@oldcompany.example")
    camera.shoot("bounces-suppressed")
    page.tabs.setCurrentIndex(page.review_index)
    page.review_tab.view.selectRow(0)
    camera.shoot("bounces-review")
    page.tabs.setCurrentIndex(0)


def campaigns_scene(camera: Camera, page: Any, _files: DemoFiles) -> None:
    """Where the campaign being sent stands, then what it says."""
    page.tabs.setCurrentIndex(page.send_index)
    camera.shoot("campaigns")
    check_scene(camera, page)
    page.tabs.setCurrentIndex(0)
    camera.shoot("campaigns-message")
    page.tabs.setCurrentIndex(2)
    camera.shoot("campaigns-html")
    page.tabs.setCurrentIndex(3)
    page.phone_width.setChecked(True)  # shows the preview, as a phone would
    camera.shoot("campaigns-preview-phone")
    page.phone_width.setChecked(False)
    page.tabs.setCurrentIndex(page.report_index)
    camera.app.processEvents()
    while page.report_tab.reading:  # read in its worker thread
        camera.app.processEvents()
    camera.shoot("campaigns-report")
    page.tabs.setCurrentIndex(0)


def demo_check() -> CheckResult:
    """What a check of the demo shop might find: no server is asked for the pictures."""
    relay = "203.0.113.25"
    return CheckResult(datetime.now(UTC) - timedelta(hours=3, minutes=12), (
        Finding("spf", "pass", "spf_pass", {"domain": "greenleaf.example", "relay": relay}),
        Finding("dkim", "pass", "dkim_pass", {"name": "news._domainkey.greenleaf.example"}),
        Finding("dmarc", "warn", "dmarc_none", {"domain": "greenleaf.example"}),
        Finding("alignment", "pass", "aligned", {"from_domain": "greenleaf.example",
                                                 "spf_domain": "greenleaf.example",
                                                 "dkim_domain": "greenleaf.example"}),
        Finding("mx", "pass", "mx_pass", {"domain": "greenleaf.example",
                                          "hosts": "mx.greenleaf.example"}),
        Finding("ptr", "fail", "ptr_not_confirmed",
                {"relay": relay, "name": "vps-25.hoster.example"},
                f"vps-25.hoster.example. A {relay}"),
        Finding("tls", "pass", "tls_starttls", {"host": "smtp.greenleaf.example",
                                                "port": 587}),
        Finding("unsubscribe", "pass", "unsubscribe_https",
                {"url": "https://greenleaf.example/u/7f3kq2..."}),
        Finding("lint", "warn", "too_big_for_gmail", {"kilobytes": 118}),
    ))


def check_scene(camera: Camera, page: Any) -> None:
    """The Send tab after a check (results kept from 3 hours ago)."""
    key = page._check_key(page.current())
    if key is None:
        return
    page.sending_check.cache.put(key, demo_check())
    page.sending_check.show_cached(key)
    camera.shoot("check-before-sending")


def cleanup_scene(camera: Camera, page: Any, files: DemoFiles) -> None:
    """A sign-up sheet and saved bounces chosen; after the run, its summary."""
    page.choose_list(files.sign_up_sheet)
    page.add_bounce_paths([files.saved_bounces])
    camera.shoot("clean-a-list")
    page.start()
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while page.runner.running or page.report is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"The clean-up did not finish: {page.status.text()}")
        camera.app.processEvents()
        time.sleep(0.02)
    bar = page.scroll_area.verticalScrollBar()
    camera.settle()
    bar.setValue(bar.maximum())
    camera.shoot("clean-a-list-end")
    # The whole page at its natural height, for the documentation of the summary.
    body = page.scroll_area.widget()
    body.resize(body.width(), body.sizeHint().height())
    camera.shoot("clean-a-list-done", body)
    bar.setValue(0)


def lists_scene(camera: Camera, page: Any, files: DemoFiles) -> None:
    """The lists as they open; then a till's sign-ups imported into the first, with the
    report of where every row went and why some were not imported."""
    default_scene(camera, page, "Lists and contacts")
    page.import_file(files.till_sign_ups)
    wait_for(camera, lambda: page.importing or page.runner.running > 0, "The import")
    camera.settle()
    camera.shoot("lists-and-contacts-imported")


def smtp_profiles_scene(camera: Camera, page: Any, _files: DemoFiles) -> None:
    """The tabs as they open; the Server tab signed in with Microsoft (then reverted); a new
    profile offered the settings found from its address (the offline table), left unsaved."""
    default_scene(camera, page, "SMTP profiles")
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("microsoft"))
    page.oauth.client_edit.setText("0f3c9a1e-5b7d-4e2a-9c61-2d8f4b7a1e30")
    # What a finished sign-in shows; no provider is contacted for the picture.
    page.oauth._on_action_succeeded(SignedIn("demo", "demo", 0.0, page.username_edit.text()))
    camera.shoot("smtp-profiles-sign-in")
    page.revert()
    page.add_button.click()
    page.name_edit.setText("Gmail account")  # untranslated: demo data
    page.username_edit.setText("greenleaf.tea@gmail.com")  # untranslated: demo data
    page.username_edit.editingFinished.emit()
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while page.finder.busy or page.finder.runner.running:
        if time.monotonic() > deadline:
            raise RuntimeError("The settings lookup did not finish")
        camera.app.processEvents()
        time.sleep(0.02)
    camera.shoot("smtp-profiles-found-settings")
    page.revert()
    pacing_shots(camera, page)


def pacing_shots(camera: Camera, page: Any) -> None:
    """A profile on a new domain: a warm-up begun five days ago, a send window in the
    readers' zone and a gentler pace with Yahoo; shown unsaved, then reverted (the demo's
    sending must not depend on the hour the pictures are taken)."""
    tabs = page.form_tabs
    schedule = page.schedule
    schedule.plan_combo.setCurrentIndex(schedule.plan_combo.findData("new_domain"))
    schedule.start_edit.setDate(QDate.currentDate().addDays(-5))
    schedule.window_check.setChecked(True)
    schedule.from_edit.setTime(QTime(8, 0))
    schedule.until_edit.setTime(QTime(21, 0))
    schedule.zone_combo.setCurrentText("Europe/London")
    tabs.setCurrentIndex(page.schedule_index)
    camera.shoot("smtp-profiles-warm-up-and-window")
    page.paces.set_figures("yahoo", per_minute=30, connections=1)
    tabs.setCurrentIndex(page.rate_index)
    camera.shoot("smtp-profiles-provider-paces")
    tabs.setCurrentIndex(0)
    page.revert()


# Campaigns the shop sent before the demo's database began, for the Overview's health charts
# (the demo's own campaign has only started): name, days ago, delivered, bounced, complained.
EARLIER_CAMPAIGNS = (("November news", 95, 1790, 41, 1), ("Christmas gift guide", 70, 1834, 29, 4),
                     ("January sale", 40, 1851, 24, 9), ("Our February news", 9, 1862, 19, 2))


def wait_for(camera: Camera, busy: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while busy():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not finish")
        camera.app.processEvents()
        time.sleep(0.02)


def overview_scene(camera: Camera, page: Any, _files: DemoFiles) -> None:
    """The first page mid-send, at the smallest window and on a large screen; the health
    charts show the shop's earlier campaigns too (``EARLIER_CAMPAIGNS``)."""
    from desktop.pages.overview_page import read_figures
    from engine.storage.overview import CampaignHealth

    page.timer.stop()  # the picture shows one reading
    wait_for(camera, lambda: page.reading, "The overview's reading")
    reading = read_figures(camera.window.services.clock)
    now = datetime.now(UTC).replace(tzinfo=None)
    earlier = [CampaignHealth(-n - 1, name, "completed", now - timedelta(days=days), delivered,
                              bounced, complained)
               for n, (name, days, delivered, bounced, complained)
               in enumerate(EARLIER_CAMPAIGNS)]
    overview = dataclasses.replace(reading.overview,
                                   health=earlier + reading.overview.health)
    size = camera.window.size()
    for width, height in ((1024, 700), (1920, 1080)):
        camera.window.resize(width, height)
        camera.settle()
        page.show_figures(dataclasses.replace(reading, overview=overview))
        camera.shoot(f"overview-{width}x{height}")
        area = page.scroll_area.verticalScrollBar()
        if area.maximum() > 0:
            area.setValue(area.maximum())
            camera.shoot(f"overview-{width}x{height}-end")
            area.setValue(0)
    camera.window.resize(size)
    camera.settle()
    page.timer.start()


Scene = Callable[[Camera, Any, DemoFiles], None]
SCENES: dict[str, Scene] = {
    "Bounces": bounces_scene,
    "Campaigns": campaigns_scene,
    "Clean a list": cleanup_scene,
    "Lists and contacts": lists_scene,
    "Overview": overview_scene,
    "SMTP profiles": smtp_profiles_scene,
}


def default_scene(camera: Camera, page: Any, title: str) -> None:
    """The page as it opens, each further tab of a form in tabs, the end of a long page."""
    camera.shoot(slug(title))
    tabs = getattr(page, "form_tabs", None)
    if tabs is not None:
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            camera.shoot(f"{slug(title)}-{slug(tabs.tabText(index).replace('&', ''))}")
        tabs.setCurrentIndex(0)
    area = getattr(page, "scroll_area", None)
    if area is not None and area.verticalScrollBar().maximum() > 0:
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        camera.shoot(f"{slug(title)}-end")
        area.verticalScrollBar().setValue(0)


def take(out: Path, size: tuple[int, int] = (WIDTH, HEIGHT), language: str = "en") -> list[Path]:
    app = create_application()
    install_translation(language)
    QCoreApplication.setOrganizationName("Newsletter Desk screenshots")  # own QSettings
    # A fixed folder, not a random one: its path is in the pictures (data file, clean-up).
    folder = Path(tempfile.gettempdir()) / "newsletter-desk-demo"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        db.init_db(url)
        services = Services(database_url=url, secrets=DemoSecretStore())
        files = demo_data.fill(services.secrets, folder)
        window = MainWindow(services)
        window.resize(*size)
        window.show()
        out.mkdir(parents=True, exist_ok=True)
        camera = Camera(app, window, out)
        for title in window.page_titles():
            window.show_page(title)
            scene = SCENES.get(title)
            if scene is None:
                default_scene(camera, window.current_page, title)
            else:
                scene(camera, window.current_page, files)
        window.shutdown()  # stops every page's workers and the scheduler
        window.hide()
        window.deleteLater()
        app.processEvents()
        db.close_db()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return camera.written


def window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x700") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument("--size", type=window_size, default=(WIDTH, HEIGHT),
                        help="the window's size, e.g. 1024x700 (the screen must be as large)")
    parser.add_argument("--language", default="en", choices=sorted(LANGUAGES),
                        help="the window's language")
    args = parser.parse_args(argv)
    for path in take(args.out, args.size, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
