"""The offline table of common providers (``providers.toml`` beside this module: it ships in
the package data and in the PyInstaller bundle with the rest of ``engine``'s data files)."""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

from engine.discovery.result import AuthMethod, Security, ServerKind, ServerSettings, fill

TABLE = Path(__file__).with_name("providers.toml")

KINDS = ("smtp", "imap", "pop3")
SECURITIES = ("none", "starttls", "ssl")
AUTH_METHODS = ("password", "google", "microsoft")
HINTS = ("app_password", "smtp_credentials", "api_key_username", "region_host", "relay_only")


@dataclass(frozen=True)
class ServerRow:
    kind: ServerKind
    host: str
    port: int
    security: Security
    username: str


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    source: str
    domains: tuple[str, ...]
    mx: tuple[str, ...]  # host patterns: "*.google.com", "inbound-smtp.*.amazonaws.com"
    auth: AuthMethod
    hints: tuple[str, ...]
    servers: tuple[ServerRow, ...]

    def settings_for(self, address: str) -> tuple[ServerSettings, ...]:
        return tuple(ServerSettings(row.kind, row.host, row.port, row.security, self.auth,
                                    fill(row.username, address)) for row in self.servers)

    def serves_mx(self, host: str) -> bool:
        name = host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in self.mx)


def _choice(value: object, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise ValueError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _provider(raw: dict[str, Any]) -> Provider:
    where = f"{TABLE.name} provider {raw.get('id')!r}"
    servers = tuple(
        ServerRow(cast(ServerKind, _choice(s["kind"], KINDS, where)), str(s["host"]),
                  int(s["port"]), cast(Security, _choice(s["security"], SECURITIES, where)),
                  str(s.get("username", "")))
        for s in raw["server"])
    for hint in raw.get("hints", []):
        _choice(hint, HINTS, where)
    if not raw.get("source", "").startswith("https://"):
        raise ValueError(f"{where}: every provider names the page its settings come from")
    return Provider(
        id=str(raw["id"]), name=str(raw["name"]), source=str(raw["source"]),
        domains=tuple(d.lower() for d in raw.get("domains", [])),
        mx=tuple(m.lower() for m in raw.get("mx", [])),
        auth=cast(AuthMethod, _choice(raw.get("auth", "password"), AUTH_METHODS, where)),
        hints=tuple(raw.get("hints", [])), servers=servers)


@cache
def providers() -> tuple[Provider, ...]:
    """The table, checked as it loads (a wrong kind, security or hint fails at once)."""
    with TABLE.open("rb") as file:
        data = tomllib.load(file)
    return tuple(_provider(raw) for raw in data["provider"])


def by_domain(domain: str) -> Provider | None:
    name = domain.lower().rstrip(".")
    return next((p for p in providers() if name in p.domains), None)


def by_mx(host: str) -> Provider | None:
    return next((p for p in providers() if p.serves_mx(host)), None)
