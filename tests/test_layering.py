"""The engine runs without Qt: the CLI and servers depend on it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import engine
from tests.support import ROOT


def test_importing_every_engine_module_loads_no_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(engine.__path__, "engine.")]
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'desktop'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_commands_do_not_load_qt() -> None:
    code = (
        "import sys; from desktop.launcher import main\n"
        "main(['--database', 'sqlite:///:memory:', 'settings', 'show'])\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
