"""Relaxed alignment (DMARC, RFC 7489 §3.1): two domains align when their organizational
domains match; the organizational domain comes from the public suffix list shipped with
publicsuffixlist (its offline copy: a check never downloads the list)."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from engine.checking.report import Finding


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


def organizational_domain(domain: str) -> str:
    name = domain.lower().rstrip(".")
    return _psl().privatesuffix(name) or name


def aligned(a: str, b: str) -> bool:
    return bool(a) and bool(b) and organizational_domain(a) == organizational_domain(b)


def check_alignment(from_domain: str, spf_domain: str, dkim_domain: str) -> Finding:
    params = {"from_domain": from_domain, "spf_domain": spf_domain, "dkim_domain": dkim_domain}
    if aligned(from_domain, spf_domain) or aligned(from_domain, dkim_domain):
        return Finding("alignment", "pass", "aligned", dict(params))
    return Finding("alignment", "fail", "misaligned", dict(params))
