"""The DMARC record of the From domain (or of its organizational domain) and its policy."""

from __future__ import annotations

from engine.checking.alignment import organizational_domain
from engine.checking.report import Finding
from engine.checking.resolver import Dns


def dmarc_tags(record: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for part in record.split(";"):
        key, eq, value = part.partition("=")
        if eq:
            tags[key.strip().lower()] = value.strip()
    return tags


def _records(dns_: Dns, domain: str) -> list[str]:
    return [t for t in dns_.txt(f"_dmarc.{domain}") if t.replace(" ", "").lower()
            .startswith("v=dmarc1")]


def check_dmarc(dns_: Dns, from_domain: str, report_address: str) -> Finding:
    domain = from_domain.lower()
    records = _records(dns_, domain)
    org = organizational_domain(domain)
    if not records and org != domain:
        records = _records(dns_, org)
    fix = f'_dmarc.{org}. TXT "v=DMARC1; p=none; rua=mailto:{report_address}"'
    if not records:
        return Finding("dmarc", "fail", "dmarc_missing", {"domain": domain}, fix)
    if len(records) > 1:
        return Finding("dmarc", "fail", "dmarc_broken",
                       {"domain": domain, "detail": "more than one DMARC record"}, fix)
    policy = dmarc_tags(records[0]).get("p", "").lower()
    if policy not in ("none", "quarantine", "reject"):
        return Finding("dmarc", "fail", "dmarc_broken",
                       {"domain": domain, "detail": f"p={policy}"}, fix)
    if policy == "none":
        # meets Gmail's and Yahoo's rule; only a stricter policy protects the domain
        return Finding("dmarc", "warn", "dmarc_none", {"domain": domain})
    return Finding("dmarc", "pass", "dmarc_pass", {"domain": domain, "policy": policy})
