"""DNS lookups for the checks: a dnspython resolver asking the configured server (host:port,
empty = the system's), answers as plain values, and "no such record" told apart from "the DNS
did not answer" (the first is a finding, the second makes a finding unknown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import dns.exception
import dns.name
import dns.resolver
import dns.reversename

from engine.errors import EngineError
from engine.network import make_resolver

DEFAULT_TIMEOUT = 5.0


class DnsUnavailable(EngineError):
    """The DNS server did not answer (timeout, refused, SERVFAIL): the record is unknown."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"no DNS answer for {name}: {detail}")
        self.name = name
        self.detail = detail


@dataclass
class Dns:
    """Lookups through one resolver, each answer kept for the length of one check."""

    resolver: dns.resolver.Resolver = field(default_factory=make_resolver)
    _answers: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # once the server has not answered, the next questions are not asked: offline, each
    # would wait its whole timeout for the same silence
    _down: DnsUnavailable | None = None

    @classmethod
    def at(cls, address: str = "", timeout: float = DEFAULT_TIMEOUT) -> Dns:
        return cls(make_resolver(address, timeout))

    def query(self, name: str, rdtype: str) -> list[str]:
        """The records' texts ([] when the name or the type has none)."""
        key = (name.lower().rstrip("."), rdtype)
        if key in self._answers:
            return self._answers[key]
        if self._down is not None:
            raise DnsUnavailable(name, self._down.detail)
        try:
            answer = self.resolver.resolve(name, rdtype, search=False)
            values = [_text(r, rdtype) for r in answer]
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            values = []
        except (dns.exception.Timeout, dns.resolver.NoNameservers,
                dns.resolver.LifetimeTimeout) as exc:
            self._down = DnsUnavailable(name, type(exc).__name__)
            raise self._down from exc
        except dns.exception.DNSException as exc:
            raise DnsUnavailable(name, str(exc)) from exc
        self._answers[key] = values
        return values

    def txt(self, name: str) -> list[str]:
        return self.query(name, "TXT")

    def addresses(self, host: str) -> list[str]:
        return self.query(host, "A") + self.query(host, "AAAA")

    def ptr(self, address: str) -> list[str]:
        return self.query(dns.reversename.from_address(address).to_text(), "PTR")


def _text(rdata: Any, rdtype: str) -> str:
    if rdtype == "TXT":
        strings = rdata.strings
        return b"".join(strings).decode("utf-8", "replace")
    if rdtype == "MX":
        return str(rdata.exchange).rstrip(".").lower()
    if rdtype in ("PTR", "CNAME"):
        return str(rdata.target).rstrip(".").lower()
    return str(rdata)
