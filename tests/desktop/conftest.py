from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.i18n import install_translation
from desktop.main_window import MainWindow
from desktop.services import Services
from engine.secrets import KeyringSecretStore


@pytest.fixture(autouse=True)
def english_window() -> Iterator[None]:
    """Every window test reads English with US numbers, whatever the machine's locale is; a
    test of another language installs it and is put back here."""
    install_translation("en_US")
    yield
    install_translation("en_US")


@pytest.fixture
def services(database_url: str, qt_settings_sandbox: None) -> Services:
    return Services(database_url=database_url, secrets=KeyringSecretStore())


@pytest.fixture
def main_window(qtbot, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    yield window
