"""MX of the bounce domain: bounces and complaints come back to the envelope address."""

from __future__ import annotations

from engine.checking.report import Finding
from engine.checking.resolver import Dns


def check_mx(dns_: Dns, bounce_domain: str, mail_host: str) -> Finding:
    domain = bounce_domain.lower()
    hosts = dns_.query(domain, "MX")
    if hosts and hosts != [""]:
        return Finding("mx", "pass", "mx_pass", {"domain": domain, "hosts": ", ".join(hosts)})
    return Finding("mx", "fail", "mx_missing", {"domain": domain},
                   f"{domain}. MX 10 {mail_host}.")
