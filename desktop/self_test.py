"""``newsletter-desk self-test``: does this installation work? Open the window, visit every page.

Made for the installers' smoke test and for support ("run the self-test and send me what it
prints"). It never touches the person's data: a throwaway database, settings folder and
in-memory password store, all deleted on exit. With no display it draws offscreen.

Qt is imported only when the command runs, so registering it keeps the CLI start-up fast.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

DEFAULT_TIMEOUT = 120.0

# The keyring backend modules this OS's installer must carry (the frozen bundle only has what
# the spec lists; a missing one would silently fall back to "no keyring").
_KEYRING_MODULES = {
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}
_KEYRING_MODULES_LINUX = ("keyring.backends.SecretService", "secretstorage", "jeepney")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="check this installation: open the window, visit every page, quit",
        description="Open the main window (offscreen when there is no display) on a "
        "throwaway database and settings folder, visit every page, and exit with status 0 "
        "when all went well. Your own data and passwords are never touched; --database is "
        "ignored.",
    )
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="only measure start-up: quit as soon as the window is on screen",
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help="draw offscreen even when a display is available",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up (status 3) after this long (default {DEFAULT_TIMEOUT:.0f})",
    )
    parser.set_defaults(func=run)


def _say(message: str, stream: TextIO | None = None) -> None:
    # A windowed Windows build has no console: sys.stdout is None there.
    target = stream if stream is not None else sys.stdout
    if target is not None:
        print(message, file=target, flush=True)


def _fail(message: str) -> None:
    _say(f"self-test: FAILED: {message}", sys.stderr)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _isolate(folder: Path) -> None:
    """Point every per-user location this process could write to into ``folder``."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(folder / var.lower())
    os.environ.pop("NEWSLETTER_DESK_DATABASE", None)


def _give_up(seconds: float) -> None:
    # Runs on a timer thread while the GUI thread may be stuck in a modal dialog: only a hard
    # exit gets out, and a hang must never look like a pass.
    _fail(f"did not finish within {seconds:.0f} s (a dialog waiting for an answer?)")
    os._exit(3)


class _ErrorCollector:
    """Exceptions raised inside Qt slots reach sys.excepthook instead of the caller."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self._previous = sys.excepthook

    def __enter__(self) -> _ErrorCollector:
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc: object) -> None:
        sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)).rstrip())

    def take(self) -> list[str]:
        taken, self.errors = self.errors, []
        return taken


def check_keyring_backends() -> list[str]:
    """Problems with the bundled keyring backends (empty when this OS's backend is there)."""
    problems: list[str] = []
    if not list(importlib.metadata.entry_points(group="keyring.backends")):
        problems.append("keyring's backend list (its package metadata) is missing")
    for name in _KEYRING_MODULES.get(sys.platform, _KEYRING_MODULES_LINUX):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            problems.append(f"keyring backend module {name} is missing ({exc})")
    return problems


def check_translations() -> list[str]:
    """Problems with the window's languages: our catalogue and Qt's own for each one shipped."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from desktop.i18n import CATALOGUE, LANGUAGES, TRANSLATIONS

    problems: list[str] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        if not QTranslator().load(f"{CATALOGUE}_{language}", str(TRANSLATIONS)):
            problems.append(f"the {language} catalogue is missing from {TRANSLATIONS}")
        if language != "en" and not QTranslator().load(f"qtbase_{language}", qt_folder):
            problems.append(f"Qt's own {language} catalogue is missing from {qt_folder}")
    return problems


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.offscreen or not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    watchdog = threading.Timer(args.timeout, _give_up, args=(args.timeout,))
    watchdog.daemon = True
    watchdog.start()
    try:
        with tempfile.TemporaryDirectory(prefix="newsletter-desk-self-test-") as tmp:
            _isolate(Path(tmp))
            return _run_isolated(Path(tmp), args, started)
    finally:
        watchdog.cancel()


def _run_isolated(folder: Path, args: argparse.Namespace, started: float) -> int:
    from PySide6.QtCore import QSettings

    from desktop.app import create_application
    from desktop.main_window import MainWindow
    from desktop.services import Services
    from engine.secrets import MemorySecretStore
    from engine.storage import db

    app = create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    url = f"sqlite:///{folder / 'self-test.sqlite3'}"
    try:
        db.init_db(url)
        services = Services(
            database_url=url, secrets=MemorySecretStore("Self-test: passwords are not kept.")
        )
        with _ErrorCollector() as collector:
            try:
                window = MainWindow(services)
            except Exception:
                _fail("the main window could not open:\n" + traceback.format_exc().rstrip())
                return 1
            window.show()
            shown = _wait_until_exposed(window, app)
            if args.quit_when_shown:
                _say(f"self-test: window shown after {time.perf_counter() - started:.3f} s")
                window.close()
                return 0 if shown else 1
            failures = [*collector.take(), *_visit_pages(window, app, collector)]
            failures += check_keyring_backends()
            failures += check_translations()
            if getattr(sys, "frozen", False) and window.windowIcon().isNull():
                failures.append("the app icon is missing from the bundle")
            if any("keeps unsaved changes" in failure for failure in failures):
                window.hide()  # closing would wait for an answer to "Save changes?"
            else:
                window.close()
            app.processEvents()
            failures += collector.take()
    finally:
        db.close_db()
    if not shown:
        failures.insert(0, "the window never appeared on screen")
    for failure in failures:
        _fail(failure)
    if failures:
        return 1
    _say(f"self-test: passed ({len(window.pages)} pages, Qt platform {app.platformName()})")
    return 0


def _wait_until_exposed(window: Any, app: Any, limit: float = 10.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            return True
        time.sleep(0.005)
    return False


def _visit_pages(window: Any, app: Any, collector: _ErrorCollector) -> list[str]:
    """Show each page through the navigation, as a person clicking down the list would."""
    failures: list[str] = []
    count = len(window.pages)
    # The window opens on page 0; visiting it last makes the navigation show (and refresh) it too.
    order = [*range(1, count), 0] if count else []
    for row in order:
        # Checked before leaving: a page with edits would stop the navigation at a question.
        failures += _unsaved(window.stack.currentWidget())
        page = window.pages[row]
        title = _title(page)
        try:
            window.show_page(title)  # through the navigation list, with its unsaved check
            app.processEvents()
        except Exception:
            failures.append(f"page “{title}” raised:\n{traceback.format_exc().rstrip()}")
        failures += [f"page “{title}” raised:\n{error}" for error in collector.take()]
        if window.stack.currentWidget() is not page:
            failures.append(f"page “{title}” could not be shown")
        _say(f"self-test: visited “{title}”")
    failures += _unsaved(window.stack.currentWidget())
    return failures


def _title(page: Any) -> str:
    return str(getattr(page, "title", type(page).__name__))


def _unsaved(page: Any) -> list[str]:
    has_changes = getattr(page, "has_unsaved_changes", None)
    if has_changes is None or not has_changes():
        return []
    page.revert()
    if has_changes():
        return [f"page “{_title(page)}” keeps unsaved changes after revert()"]
    return [f"page “{_title(page)}” reports unsaved changes right after opening"]
