"""The engine runs without Qt: the CLI and servers depend on it."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

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


def _dynamic_imports(path: Path) -> list[str]:
    """The modules a file imports by a computed name (importlib, __import__): import-linter
    reads import statements, so these are the imports it cannot see."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("import_module", "__import__"):
            arg = node.args[0] if node.args else None
            target = arg.value if isinstance(arg, ast.Constant) else ast.unparse(arg or node)
            found.append(f"{path.relative_to(ROOT)}: {target}")
    return found


def test_no_module_of_ours_is_imported_where_the_layer_check_cannot_see_it() -> None:
    """Every import of an engine or desktop module is a statement (function-level ones
    included), so lint-imports checks it; only outside modules are imported by name."""
    dynamic = [found for package in ("engine", "desktop")
               for path in sorted((ROOT / package).rglob("*.py"))
               for found in _dynamic_imports(path)]
    outside = {
        # The regex parser's internals, to read the phrase tables' patterns.
        "engine/bounces/reasons.py: re._parser",
        "engine/bounces/reasons.py: re._constants",
        # The self-test imports each keyring backend module by name (_KEYRING_MODULES).
        "desktop/self_test.py: name",
    }
    assert set(dynamic) - outside == set()
