"""PTR of the relay's address and its forward confirmation (FCrDNS): the name the address
points to must point back to the address (Gmail 4.7.23 / 5.7.25)."""

from __future__ import annotations

import dns.reversename

from engine.checking.report import Finding
from engine.checking.resolver import Dns


def check_ptr(dns_: Dns, relay_ip: str, relay_host: str) -> Finding:
    names = dns_.ptr(relay_ip)
    reverse = dns.reversename.from_address(relay_ip).to_text()
    if not names:
        return Finding("ptr", "fail", "ptr_missing", {"relay": relay_ip},
                       f"{reverse} PTR {relay_host}.")
    for name in names:
        if relay_ip in dns_.addresses(name):
            return Finding("ptr", "pass", "ptr_pass", {"relay": relay_ip, "name": name})
    kind = "AAAA" if ":" in relay_ip else "A"
    return Finding("ptr", "fail", "ptr_not_confirmed", {"relay": relay_ip, "name": names[0]},
                   f"{names[0]}. {kind} {relay_ip}")
