"""The Linux bundle, built by ``scripts/package.sh`` as a release would be, installs and runs.

Built once per session into a temporary folder; the checks then run the installed, frozen
binary in a throwaway home with no display, so they exercise what a marketer downloads.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from engine import __version__
from tests.support import ROOT, corpus_dir, missing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

BUILD_TIMEOUT = 30 * 60


def _frozen_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "NEWSLETTER_DESK_DATABASE")
        and not key.startswith(("XDG_", "PYTHON", "QT_"))
    }
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def _run(command: Sequence[str | Path], env: dict[str, str], cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, (
        f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dist folder of one build: one-folder, one-file and the tarball."""
    if importlib.util.find_spec("PyInstaller") is None:
        missing("PyInstaller is not installed (pip install -e '.[dev]')")
    root = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "DIST": str(root / "dist"), "WORK": str(root / "work"),
           "PYTHON": sys.executable}
    result = subprocess.run(
        ["scripts/package.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=BUILD_TIMEOUT, check=False,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout}\n{result.stderr}"
    return root / "dist"


@pytest.fixture(scope="session")
def unpacked(build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball's top folder, unpacked as a marketer would."""
    tarballs = list(build.glob(f"newsletter-desk-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1, f"expected one tarball in {build}: {tarballs}"
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarballs[0]) as archive:
        archive.extractall(target, filter="tar")
    return target / "newsletter-desk"


@pytest.fixture(scope="session")
def home(unpacked: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway home folder with the bundle installed by its own install.sh."""
    home = tmp_path_factory.mktemp("home")
    _run(["sh", unpacked / "install.sh"], _frozen_env(home))
    return home


@pytest.fixture(scope="session")
def installed(home: Path) -> Path:
    return home / ".local" / "bin" / "newsletter-desk"


def test_the_tarball_carries_the_app_a_menu_entry_and_its_icons(unpacked: Path) -> None:
    assert (unpacked / "newsletter-desk").is_file()
    assert os.access(unpacked / "newsletter-desk", os.X_OK)
    entry = (unpacked / "newsletter-desk.desktop").read_text()
    assert "Name=Newsletter Desk" in entry
    assert "Icon=newsletter-desk" in entry
    assert {p.name for p in (unpacked / "icons").glob("*.png")} >= {
        f"newsletter-desk-{size}.png" for size in (16, 32, 48, 128, 256)
    }


def test_install_puts_the_app_in_the_menu_with_its_icon(home: Path, installed: Path) -> None:
    entry = (home / ".local/share/applications/newsletter-desk.desktop").read_text()
    assert f'Exec="{home}/.local/opt/newsletter-desk/newsletter-desk"' in entry
    assert (home / ".local/share/icons/hicolor/256x256/apps/newsletter-desk.png").is_file()
    assert installed.resolve() == home / ".local/opt/newsletter-desk/newsletter-desk"


def test_the_frozen_app_reports_its_version(installed: Path, home: Path) -> None:
    assert _run([installed, "--version"], _frozen_env(home)).strip() == (
        f"newsletter-desk {__version__}"
    )


def test_the_frozen_self_test_opens_the_window_and_every_page(
    installed: Path, home: Path
) -> None:
    output = _run([installed, "self-test"], _frozen_env(home))
    assert "self-test: passed" in output
    assert not (home / ".local/share/newsletter-desk").exists(), "self-test wrote to real data"


def test_the_one_file_build_starts(build: Path, home: Path) -> None:
    output = _run([build / "newsletter-desk-onefile", "self-test", "--quit-when-shown"],
                  _frozen_env(home))
    assert "window shown" in output


def test_the_frozen_app_classifies_a_bounce_as_the_source_does(
    installed: Path, home: Path
) -> None:
    if importlib.util.find_spec("engine.cli.classify") is None:
        pytest.skip("the classify command is not part of this build")
    corpus = corpus_dir()
    record = next(
        json.loads(line)
        for line in (corpus / "oracle.jsonl").read_text().splitlines()
        if json.loads(line).get("hardbounce") is True
    )
    message = corpus / "emails" / record["file"]
    command = ["classify", "--format", "jsonl", message]
    frozen = _run([installed, *command], _frozen_env(home))
    source = _run([sys.executable, "-m", "desktop", *command], dict(os.environ), cwd=ROOT)
    assert frozen == source
    assert json.loads(frozen.splitlines()[0])["kind"] == "hard"


def test_the_frozen_app_collects_a_large_mailbox_through_its_worker_pool(
    installed: Path, home: Path, tmp_path: Path, dovecot: Any, dovecot_user: Any
) -> None:
    # 600 messages is above reading.POOL_MIN_MESSAGES, so classification runs in spawned
    # worker processes: in a frozen build they only work if freeze_support() is in place.
    from engine.collecting.reading import POOL_MIN_MESSAGES
    from tests.engine.collecting import mail

    count = max(600, POOL_MIN_MESSAGES + 100)
    dovecot_user.put_many("INBOX", [mail.dsn(f"gone{n}@example.org") for n in range(count)])
    settings = tmp_path / "mailbox.toml"
    settings.write_text(
        "newsletter_desk_settings = 1\n[bounce_mailbox]\n"
        f'protocol = "imap"\nhost = "{dovecot.host}"\nport = {dovecot.imap_port}\n'
        f'security = "none"\nusername = "{dovecot_user.name}"\n'
        'bounce_address = "bounces@example.com"\nfolder = "INBOX"\n'
    )
    env = {**_frozen_env(home), "MAILBOX_PASSWORD": dovecot_user.password}
    database = ["--database", str(tmp_path / "desk.sqlite3")]
    _run([installed, *database, "settings", "import", settings], env)
    result = subprocess.run(
        [str(installed), *database, "collect", "--once", "--password-env", "MAILBOX_PASSWORD"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    output = result.stdout
    assert result.returncode == 0, result.stderr
    assert "worker pool broke" not in result.stderr
    assert f"Messages read: {count}" in output
    assert f"In the mailbox: {count} deleted, 0 moved" in output
    assert dovecot_user.count("INBOX") == 0
