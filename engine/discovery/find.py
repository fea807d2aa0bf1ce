"""``find_settings(address)``: Thunderbird's lookup order, first answer wins.

1. the offline table, by the address's domain (source "table");
2. ``https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=…``, then over http, as
   Thunderbird falls back (source "autoconfig");
3. ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``, then http ("well-known");
4. the domain's MX host: the table by that host ("*.mail.protection.outlook.com" is Microsoft
   365), then the table and the autoconfig of the host's base domain ("mx");
5. a probe of smtp./imap./pop3./mail.<domain> on the usual ports ("probe").

Offline (``offline=True``) only the table is asked. Nothing found is a result too, with a
``nothing_found`` note, never an exception: a slow or absent network only costs the timeouts.
"""

from __future__ import annotations

import contextlib
import ssl
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

from engine.config import organizational_domain
from engine.discovery import autoconfig, probe, table
from engine.discovery.result import Found, Source
from engine.network import make_resolver
from engine.notes import Note

DEFAULT_TIMEOUT = 4.0

AUTOCONFIG = (
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}",
    "http://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}",
)
WELL_KNOWN = (
    "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress={address}",
    "http://{domain}/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress={address}",
)


@dataclass(frozen=True)
class Places:
    """Where each network step asks: URL templates ({domain}, {address}), the DNS server
    ("host:port", "" = the system's), the probe's plan, the timeout of one step and the TLS
    context for the downloads (None: the system's trust store)."""

    autoconfig: tuple[str, ...] = AUTOCONFIG
    well_known: tuple[str, ...] = WELL_KNOWN
    resolver: str = ""
    plan: probe.Plan = field(default_factory=probe.Plan)
    timeout: float = DEFAULT_TIMEOUT
    tls: ssl.SSLContext | None = None


class _Dns:
    def __init__(self, address: str, timeout: float) -> None:
        self.resolver = make_resolver(address, timeout)
        self.custom = bool(address.strip())

    def mx(self, domain: str) -> list[str]:
        """The mail hosts, best preference first; [] when the domain has none. Raises
        dns.exception.DNSException when the DNS does not answer."""
        try:
            answer = self.resolver.resolve(domain, "MX", search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        records = sorted(answer, key=lambda r: r.preference)
        hosts = [str(r.exchange).rstrip(".").lower() for r in records]
        return [h for h in hosts if h]  # "." is a null MX: no mail at all

    def address(self, host: str) -> str | None:
        if not self.custom:
            return probe.system_resolve(host)
        with contextlib.suppress(dns.exception.DNSException):
            return str(self.resolver.resolve(host, "A", search=False)[0])
        return None


def split(address: str) -> tuple[str, str] | None:
    """(address, domain) cleaned up, None when it is not an address."""
    text = address.strip()
    local, at, domain = text.rpartition("@")
    domain = domain.strip().rstrip(".").lower()
    if not at or not local or "." not in domain or " " in text:
        return None
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return f"{local}@{domain}", domain


def _from_table(address: str, domain: str, provider: table.Provider, source: Source,
                notes: list[Note]) -> Found:
    hints = tuple(Note(f"hint_{h}", {"provider": provider.name}) for h in provider.hints)
    return Found(address, domain, source, provider.name, provider.settings_for(address),
                 hints, tuple(notes))


def find_settings(address: str, *, offline: bool = False,
                  places: Places | None = None) -> Found:
    places = places or Places()
    parts = split(address)
    if parts is None:
        return Found(address.strip(), "", notes=(Note("not_an_address", {"text": address}),))
    address, domain = parts
    notes: list[Note] = []

    provider = table.by_domain(domain)
    if provider is not None:
        return _from_table(address, domain, provider, "table", notes)
    if offline:
        return Found(address, domain, notes=(Note("nothing_found_offline", {"domain": domain}),))

    # autoconfig.<domain> first, then .well-known, all asked at once; the order decides
    config, index, broken = autoconfig.lookup(places.autoconfig + places.well_known, address,
                                              places.timeout, places.tls)
    notes += broken
    if config is not None:
        source: Source = "autoconfig" if index < len(places.autoconfig) else "well-known"
        return Found(address, domain, source, config.provider, config.servers,
                     notes=tuple(notes))

    resolver = _Dns(places.resolver, places.timeout)
    try:
        mx_hosts = resolver.mx(domain)
    except dns.exception.DNSException as exc:
        mx_hosts = []
        notes.append(Note("dns_unavailable", {"domain": domain, "detail": type(exc).__name__}))
    if mx_hosts:
        found = _by_mx(address, domain, mx_hosts[0], places, notes)
        if found is not None:
            return found

    attempts = probe.probe(domain, places.plan, resolver.address)
    servers = probe.best(attempts, address)
    if servers:
        notes += [Note("probe_answered", {"kind": a.kind, "host": a.host, "port": a.port,
                                          "security": a.offered or a.security})
                  for a in attempts if a.answered]
        return Found(address, domain, "probe", "", servers, notes=tuple(notes))
    notes.append(Note("nothing_found", {"domain": domain}))
    return Found(address, domain, notes=tuple(notes))


def _by_mx(address: str, domain: str, mx_host: str, places: Places,
           notes: list[Note]) -> Found | None:
    provider = table.by_mx(mx_host)
    base = organizational_domain(mx_host)
    if provider is None and base and base != domain:
        provider = table.by_domain(base)
    if provider is not None:
        return _from_table(address, domain, provider, "mx", notes)
    if not base or base == domain:
        return None
    config, _, broken = autoconfig.lookup(places.autoconfig, address, places.timeout,
                                          places.tls, domain=base)
    notes += broken
    if config is None:
        return None
    return Found(address, domain, "mx", config.provider, config.servers, notes=tuple(notes))
