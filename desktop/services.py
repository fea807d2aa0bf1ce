"""What the window's pages need from the engine, built once at start-up and handed down."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.clock import Clock, SystemClock
from engine.secrets import SecretStore


@dataclass
class Services:
    database_url: str
    secrets: SecretStore
    clock: Clock = field(default_factory=SystemClock)
