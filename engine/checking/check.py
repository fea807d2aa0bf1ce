"""One check of a profile (and optionally a campaign's rendered sample): every rule's finding.

The relay is the profile's SMTP host; its address (for SPF and PTR) comes from the configured
resolver unless the host is an address already. The envelope domain is the bounce address's
(the VERP return path); the From domain is the campaign's or the profile's."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime

from engine.checking.alignment import check_alignment
from engine.checking.dkim_dns import check_dkim
from engine.checking.dmarc import check_dmarc
from engine.checking.lint import check_lint, check_unsubscribe
from engine.checking.mx import check_mx
from engine.checking.ptr import check_ptr
from engine.checking.report import Finding
from engine.checking.resolver import Dns, DnsUnavailable
from engine.checking.rules import RULES, is_must
from engine.checking.spf import check_spf
from engine.checking.tls import check_tls
from engine.config import SmtpProfile


@dataclass(frozen=True)
class CheckResult:
    checked_at: datetime
    findings: tuple[Finding, ...]

    @property
    def failed_musts(self) -> list[Finding]:
        return [f for f in self.findings if f.status == "fail" and is_must(f.rule)]


def _domain(address: str) -> str:
    return address.strip().strip("<>").rpartition("@")[2].lower()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _guarded(rule: str, dns_: Dns, fn: object, *args: object) -> Finding:
    try:
        return fn(dns_, *args)  # type: ignore[operator, no-any-return]
    except DnsUnavailable as exc:
        return Finding(rule, "unknown", "dns_unavailable", {"name": exc.name,
                                                            "detail": exc.detail})


def check_profile(
    profile: SmtpProfile,
    dns_: Dns,
    *,
    now: datetime,
    dkim_private_key: str | None = None,
    sample: bytes | None = None,
    from_address: str = "",
    connect: bool = True,
    lint: bool = True,
) -> CheckResult:
    """Every rule's finding, in the order of ``RULES``. ``sample`` is a rendered message
    (the campaign's, or the profile's test message) for the unsubscribe and lint rules;
    ``connect=False`` leaves out the TLS rule (nothing is sent to the relay); ``lint=False``
    the message's own lint (a profile's sample is not the user's message)."""
    host = profile.host.strip()
    envelope = profile.bounce_address.strip()
    envelope_domain = _domain(envelope)
    from_domain = _domain(from_address or profile.from_address)
    dkim_domain = profile.dkim_domain.strip().lower() if profile.dkim_enabled else ""
    findings: list[Finding] = []

    relay_ip = host if _is_address(host) else ""
    unresolved: Finding | None = None
    if not relay_ip:
        try:
            addresses = dns_.addresses(host)
        except DnsUnavailable as exc:
            addresses = []
            unresolved = Finding("spf", "unknown", "dns_unavailable",
                                 {"name": exc.name, "detail": exc.detail})
        relay_ip = addresses[0] if addresses else ""
        if not relay_ip and unresolved is None:
            unresolved = Finding("spf", "unknown", "relay_unresolved", {"host": host})
    if relay_ip:
        findings.append(_guarded("spf", dns_, check_spf, envelope, relay_ip, host))
    else:
        assert unresolved is not None
        findings.append(unresolved)

    if profile.dkim_enabled:
        findings.append(_guarded("dkim", dns_, check_dkim, dkim_domain, profile.dkim_selector,
                                 profile.dkim_algorithm, dkim_private_key))
    else:
        findings.append(Finding("dkim", "fail", "dkim_not_set_up"))
    # reports to the sender's own address: in the bounce mailbox they would wait for review
    findings.append(_guarded("dmarc", dns_, check_dmarc, from_domain,
                             (from_address or profile.from_address).strip()))
    findings.append(check_alignment(from_domain, envelope_domain, dkim_domain))
    findings.append(_guarded("mx", dns_, check_mx, envelope_domain, host))
    if relay_ip:
        findings.append(_guarded("ptr", dns_, check_ptr, relay_ip, host))
    else:
        findings.append(Finding("ptr", "unknown", "relay_unresolved", {"host": host}))
    if connect:
        findings.append(check_tls(host, profile.port, profile.security,
                                  profile.verify_certificate))
    if sample is not None:
        findings.append(check_unsubscribe(sample))
        if lint:
            findings.extend(check_lint(sample))
    order = list(RULES)
    findings.sort(key=lambda f: order.index(f.rule))
    return CheckResult(now, tuple(findings))
