"""What a lookup found: typed values and notes (codes), never sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from engine.notes import Note

ServerKind = Literal["smtp", "imap", "pop3"]
Security = Literal["none", "starttls", "ssl"]
# The sign-in the provider expects; the settings objects' ``auth_method`` takes these values.
AuthMethod = Literal["password", "google", "microsoft"]
Source = Literal["table", "autoconfig", "well-known", "mx", "probe"]

SOURCES: tuple[Source, ...] = ("table", "autoconfig", "well-known", "mx", "probe")


@dataclass(frozen=True)
class ServerSettings:
    kind: ServerKind
    host: str
    port: int
    security: Security
    auth_method: AuthMethod = "password"
    # the user name with the address filled in ("" when the provider's is not derived from it:
    # a relay's SMTP credentials, see the result's hints)
    username: str = ""


@dataclass(frozen=True)
class Found:
    """The settings found for one address; ``source`` None when nothing was found."""

    address: str
    domain: str
    source: Source | None = None
    # the provider's name from the table, or the autoconfig file's display name; "" unknown
    provider: str = ""
    servers: tuple[ServerSettings, ...] = ()
    # what the user must know besides host and port (the table's hints, as notes)
    hints: tuple[Note, ...] = ()
    # what happened on the way: a step that failed, a malformed file, "nothing found"
    notes: tuple[Note, ...] = field(default_factory=tuple)

    def server(self, kind: ServerKind) -> ServerSettings | None:
        """The preferred server of that kind (the first found), None when none was."""
        return next((s for s in self.servers if s.kind == kind), None)

    @property
    def mailbox(self) -> ServerSettings | None:
        """Where bounces are read: IMAP when there is one, else POP3."""
        return self.server("imap") or self.server("pop3")


def fill(template: str, address: str) -> str:
    """Thunderbird's placeholders, filled from the address."""
    local, _, domain = address.rpartition("@")
    return (template.replace("%EMAILADDRESS%", address)
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain))
