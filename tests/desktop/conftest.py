from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.main_window import MainWindow
from desktop.services import Services
from engine.secrets import KeyringSecretStore


@pytest.fixture
def services(database_url: str, qt_settings_sandbox: None) -> Services:
    return Services(database_url=database_url, secrets=KeyringSecretStore())


@pytest.fixture
def main_window(qtbot, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    yield window
