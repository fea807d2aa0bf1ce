"""Running ``newsletter-desk`` as a script would, against a database in a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import tomli_w

from tests.support import ROOT


def command(*args: str, db_path: Path) -> list[str]:
    return [sys.executable, "-m", "desktop", "--database", str(db_path), *args]


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def cli(*args: str, db_path: Path, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args, db_path=db_path), cwd=ROOT,
                          env=env or environment(), capture_output=True, text=True,
                          timeout=timeout)


def write_settings(path: Path, server: Any, **profile: Any) -> Path:
    values: dict[str, Any] = {
        "name": "Main", "host": server.host, "port": server.port, "security": "none",
        "requires_auth": server.auth is not None,
        "username": server.auth[0] if server.auth else "",
        "from_name": "The Shop", "from_address": "news@shop.example",
        "bounce_address": "bounces@shop.example", "daily_limit": 10_000,
        "batch_size": 50, "batch_pause_seconds": 0, "max_connections": 2,
    }
    values.update(profile)
    path.write_text(tomli_w.dumps({"newsletter_desk_settings": 1, "smtp_profiles": [values]}))
    return path


def write_contacts(path: Path, count: int) -> Path:
    lines = ["Email,First Name,Last Name,Company"]
    lines += [f"person{n}@example.org,First{n},Last{n},Company {n}" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_campaign(folder: Path, name: str = "Spring sale") -> Path:
    (folder / "body.txt").write_text("Hello {{first_name|there}} at {{company}}\n")
    (folder / "body.html").write_text("<p>Hello {{first_name|there}} at {{company}}</p>")
    path = folder / "campaign.toml"
    path.write_text(tomli_w.dumps({
        "name": name, "subject": "News for {{first_name|you}}", "profile": "Main",
        "from_address": "news@shop.example", "lists": ["Customers"],
        "text_body_file": "body.txt", "html_body_file": "body.html",
    }))
    return path
