"""Test-wide setup: no display, no person's keyring, no person's data folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: the suite runs on machines (and CI) with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the real data folder or Qt settings of whoever runs the tests.
_SANDBOX = Path(tempfile.mkdtemp(prefix="nd-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("NEWSLETTER_DESK_DATABASE", None)
# Only 127.0.0.1: recipients' providers are found from the table, never from the computer's
# DNS (a test that looks up MX records asks its own nsd, passing the look-up in).
os.environ["NEWSLETTER_DESK_OFFLINE"] = "1"

import gc  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402

from engine.storage import db  # noqa: E402
from tests.support import missing  # noqa: E402

pytest_plugins = ["tests.servers.fixtures"]


# Captured before InMemoryKeyring exists: keyring auto-registers every backend subclass and
# would otherwise pick it as the "system" keyring.
_SYSTEM_KEYRING = keyring.get_keyring()


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in a dict: unit tests never write to a person's keychain."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise keyring.errors.PasswordDeleteError(username)
        del self.values[(service, username)]



@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[InMemoryKeyring | None]:
    """Every test gets an in-memory keyring unless marked ``real_keyring``."""
    if request.node.get_closest_marker("real_keyring"):
        keyring.set_keyring(_SYSTEM_KEYRING)
        yield None
        return
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(_SYSTEM_KEYRING)


@pytest.fixture
def system_keyring() -> keyring.backend.KeyringBackend:
    """The machine's real Secret Service keyring (the test command starts gnome-keyring)."""
    from engine.secrets import keyring_status

    status = keyring_status()
    if not status.available:
        missing(f"no Secret Service keyring ({status.backend}); run the tests via scripts/test.sh")
    return keyring.get_keyring()


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated SQLite database in a temporary folder."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db.init_db(url)
    yield url
    db.close_db()


def _reset_postgres(url: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.servers)])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded SQLite default and on a team's PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
        _reset_postgres(url)
    db.init_db(url)
    yield url
    db.close_db()


@pytest.fixture(autouse=True)
def no_forgotten_dialogs(request: pytest.FixtureRequest) -> Iterator[None]:
    """A modal dialog nobody answers would hang the run: close it and fail the test instead.

    Tests that expect a dialog answer it themselves (a QTimer or a patched static method)
    well within the grace period.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    forgotten: list[str] = []
    seen: dict[int, int] = {}

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        ticks = seen.get(id(modal), 0) + 1
        seen[id(modal)] = ticks
        if ticks * 250 >= 10_000:
            forgotten.append(f"{type(modal).__name__}: {modal.windowTitle()!r}")
            modal.close()

    timer = QTimer()
    timer.timeout.connect(sweep)
    timer.start(250)
    yield
    # Teardown of widgets (closeEvent) happens after this fixture's yield for qtbot widgets,
    # so keep the timer running until the very end of the test's teardown.
    request.addfinalizer(timer.stop)
    if forgotten:
        pytest.fail(f"a dialog was left open and nobody answered it: {forgotten}")


@pytest.fixture
def qt_settings_sandbox(tmp_path: Path) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_keyring: uses the machine's Secret Service keyring")


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    # As in the app (desktop/gc_guard.py): the cycle collector runs only here, in the main
    # thread, after the test's widgets are closed; never in a worker thread holding Qt objects.
    gc.collect()


def pytest_sessionstart(session: pytest.Session) -> None:
    gc.disable()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Anything touching Qt is a `gui` test, so `-m "not gui"` is a fast headless lane.
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "/tests/desktop/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)
