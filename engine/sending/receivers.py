"""Which mailbox provider receives a recipient's mail: Google, Microsoft, Yahoo/AOL, …, or other.

The big providers throttle each sender separately (Gmail asks senders to "limit sending based
on the MX record domain"), so the pace is kept per receiving provider. The provider is known
offline for the consumer domains in ``receivers.toml``; any other domain is asked for its MX
hosts once, and the answer is kept in the database (``engine.storage.receiving``), so a list
is looked up once and sends offline after that. A domain whose MX could not be read is
"other" until it is asked again a day later.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from engine.config import ProviderPace, SmtpProfile
from engine.storage import receiving

TABLE = Path(__file__).with_name("receivers.toml")
OTHER = "other"
# A failed MX lookup is not the domain's answer: ask again after this long.
RETRY_FAILED_AFTER = timedelta(days=1)
# Look-ups failing one after another: the DNS is down, not the domains; the rest of the list
# is "other" for now rather than a timeout each.
GIVE_UP_AFTER_FAILURES = 3

MxLookup = Callable[[str], list[str]]  # domain -> MX hosts; raises LookupError when unknown


@dataclass(frozen=True)
class ReceivingProvider:
    id: str
    name: str
    domains: tuple[str, ...]
    mx: tuple[str, ...]  # host patterns: "*.google.com" is any sub-domain of google.com
    pace: ProviderPace  # the preset

    def serves_mx(self, host: str) -> bool:
        name = host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in self.mx)


def _provider(raw: dict[str, Any]) -> ReceivingProvider:
    pace = raw["pace"]
    return ReceivingProvider(
        id=str(raw["id"]), name=str(raw["name"]),
        domains=tuple(str(d).lower() for d in raw.get("domains", [])),
        mx=tuple(str(m).lower() for m in raw.get("mx", [])),
        pace=ProviderPace(per_minute=int(pace["per_minute"]), per_hour=int(pace["per_hour"]),
                          connections=int(pace["connections"]),
                          per_connection=int(pace["per_connection"])),
    )


@cache
def providers() -> tuple[ReceivingProvider, ...]:
    with TABLE.open("rb") as handle:
        table = tuple(_provider(raw) for raw in tomllib.load(handle)["provider"])
    if not table or table[-1].id != OTHER:
        raise ValueError(f"{TABLE.name}: the last provider must be {OTHER!r}")
    return table


def provider(provider_id: str) -> ReceivingProvider:
    """The table's provider with this id; an id no longer in the table reads as other."""
    by_id = {p.id: p for p in providers()}
    return by_id.get(provider_id, by_id[OTHER])


def preset_paces() -> dict[str, ProviderPace]:
    return {p.id: p.pace for p in providers()}


def profile_paces(profile: SmtpProfile) -> dict[str, ProviderPace]:
    """Each provider's pace for this profile: the user's own where set, else the preset."""
    return {p.id: profile.own_pace(p.id) or p.pace for p in providers()}


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


# Names that never receive mail from the internet (RFC 2606, RFC 6761, mDNS): not looked up.
_RESERVED_SUFFIXES = (".example", ".invalid", ".localhost", ".local",
                      "example.com", "example.net", "example.org")


def is_reserved(domain: str) -> bool:
    name = domain.lower().rstrip(".")
    return any(name == suffix.lstrip(".") or name.endswith(
        suffix if suffix.startswith(".") else "." + suffix) for suffix in _RESERVED_SUFFIXES)


def by_domain(domain: str) -> str | None:
    """The provider of a domain known without a look-up: a consumer domain in the table, or
    other for a reserved name; else None."""
    name = domain.lower().rstrip(".")
    found = next((p.id for p in providers() if name in p.domains), None)
    return OTHER if found is None and is_reserved(name) else found


def by_mx(hosts: Iterable[str]) -> str:
    """The provider whose servers the MX hosts are (the first host that matches wins)."""
    for host in hosts:
        for candidate in providers():
            if candidate.serves_mx(host):
                return candidate.id
    return OTHER


def dns_mx_lookup(resolver_address: str = "", timeout: float = 5.0) -> MxLookup:
    """An MX look-up through the system's DNS servers (or ``resolver_address``)."""
    from engine.network import make_resolver

    resolver = make_resolver(resolver_address, timeout)

    def lookup(domain: str) -> list[str]:
        import dns.exception
        import dns.resolver

        try:
            answer = resolver.resolve(domain, "MX", search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []  # an answer: the domain receives no mail (or has no MX): other
        except dns.exception.DNSException as exc:
            raise LookupError(str(exc)) from exc
        records = sorted(answer, key=lambda r: r.preference)
        return [str(r.exchange).rstrip(".") for r in records]

    return lookup


OFFLINE_VARIABLE = "NEWSLETTER_DESK_OFFLINE"


def configured_mx_lookup() -> MxLookup | None:
    """The look-up through the DNS server the settings name (Check before sending), else the
    computer's own; None (the table only) where ``NEWSLETTER_DESK_OFFLINE`` is set: an
    air-gapped machine, and the test suite, which asks no DNS but its own."""
    import os

    from engine.config import CheckSettings
    from engine.storage import repo

    if os.environ.get(OFFLINE_VARIABLE):
        return None
    return dns_mx_lookup(repo.load_setting(CheckSettings).resolver)


class ProviderFinder:
    """The receiving provider of each address, from the table, the cache, or one look-up."""

    def __init__(self, lookup: MxLookup | None, now: Callable[[], datetime]) -> None:
        self._lookup = lookup  # None: offline, unknown domains are other for now
        self._now = now
        self._known: dict[str, str] = {}
        self._failures = 0  # look-ups failed in a row

    def provider_of(self, address: str) -> str:
        return self.providers_of([address])[address]

    def providers_of(self, addresses: Iterable[str]) -> dict[str, str]:
        wanted = {address: domain_of(address) for address in addresses}
        unknown = {d for d in wanted.values() if d not in self._known and by_domain(d) is None}
        if unknown:
            self._known.update(self._resolve(sorted(unknown)))
        return {address: by_domain(domain) or self._known[domain]
                for address, domain in wanted.items()}

    def _resolve(self, domains: list[str]) -> dict[str, str]:
        now = self._now()
        found: dict[str, str] = {}
        for domain, entry in receiving.cached(domains).items():
            if not entry.failed or now - entry.looked_up_at < RETRY_FAILED_AFTER \
                    or self._lookup is None:
                found[domain] = entry.provider
        for domain in domains:
            if domain in found:
                continue
            if self._lookup is None:
                found[domain] = OTHER  # not remembered: looked up once back online
                continue
            try:
                hosts = self._lookup(domain)
            except LookupError:
                found[domain] = OTHER
                receiving.remember(domain, OTHER, now, failed=True)
                self._failures += 1
                if self._failures >= GIVE_UP_AFTER_FAILURES:
                    self._lookup = None
                continue
            self._failures = 0
            found[domain] = by_mx(hosts)
            receiving.remember(domain, found[domain], now, failed=False)
        return found
