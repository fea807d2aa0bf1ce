"""SPF of the envelope (VERP) domain: does it let the relay's address send? Evaluated by pyspf
(includes, redirect, macros, the 10-lookup limit of RFC 7208 §4.6.4), its lookups asked of
our resolver: pyspf calls a module-level ``spf.DNSLookup``, so it is replaced once by a
function that uses the resolver of the check running in this thread (a context variable)."""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dns.exception
import dns.resolver
import spf as pyspf  # type: ignore[import-untyped]

from engine.checking.report import Finding
from engine.checking.resolver import Dns

_current: contextvars.ContextVar[dns.resolver.Resolver | None] = contextvars.ContextVar(
    "spf_resolver", default=None)
_system_lookup = pyspf.DNSLookup


def _lookup(name: str, qtype: str, strict: bool = True, timeout: float = 20) -> list[Any]:
    resolver = _current.get()
    if resolver is None:
        return _system_lookup(name, qtype, strict, timeout)  # type: ignore[no-any-return]
    found: list[Any] = []
    try:
        for rdata in resolver.resolve(name, qtype, lifetime=timeout, search=False):
            if qtype in ("A", "AAAA"):
                found.append(((name, qtype), rdata.address))
            elif qtype == "MX":
                found.append(((name, qtype), (rdata.preference, rdata.exchange)))
            elif qtype == "PTR":
                found.append(((name, qtype), rdata.target.to_text(True)))
            elif qtype in ("TXT", "SPF"):
                found.append(((name, qtype), rdata.strings))
    except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
        pass
    except dns.exception.DNSException as exc:
        raise pyspf.TempError(f"DNS {exc}") from exc
    return found


pyspf.DNSLookup = _lookup


@contextmanager
def _asking(resolver: dns.resolver.Resolver) -> Iterator[None]:
    token = _current.set(resolver)
    try:
        yield
    finally:
        _current.reset(token)


def spf_records(txts: list[str]) -> list[str]:
    return [t for t in txts if t.lower().startswith("v=spf1") and
            (len(t) == 6 or t[6] == " ")]


def check_spf(dns_: Dns, envelope: str, relay_ip: str, helo: str) -> Finding:
    domain = envelope.rpartition("@")[2].lower()
    fix = f'{domain}. TXT "v=spf1 ip4:{relay_ip} ~all"' if ":" not in relay_ip else \
        f'{domain}. TXT "v=spf1 ip6:{relay_ip} ~all"'
    if not spf_records(dns_.txt(domain)):
        return Finding("spf", "fail", "spf_missing", {"domain": domain}, fix)
    with _asking(dns_.resolver):
        query = pyspf.query(i=relay_ip, s=envelope, h=helo or domain, querytime=20)
        result, _code, explanation = query.check()
    if result == "pass":
        return Finding("spf", "pass", "spf_pass", {"domain": domain, "relay": relay_ip})
    if result == "temperror":
        return Finding("spf", "unknown", "dns_unavailable",
                       {"name": domain, "detail": str(explanation)})
    if result == "permerror":
        detail = str(explanation)
        if "lookups" in detail.lower():
            return Finding("spf", "fail", "spf_too_many_lookups",
                           {"domain": domain, "detail": detail})
        return Finding("spf", "fail", "spf_broken", {"domain": domain, "detail": detail})
    record = spf_records(dns_.txt(domain))[0]
    mechanism = f"ip6:{relay_ip}" if ":" in relay_ip else f"ip4:{relay_ip}"
    head, _, _tail = record.partition(" ")
    fixed = f'{domain}. TXT "{head} {mechanism} {record[len(head):].strip()}"'.replace("  ", " ")
    return Finding("spf", "fail", "spf_not_included",
                   {"domain": domain, "relay": relay_ip, "result": str(result)}, fixed)
