"""What a domain or local part tells about an address: disposable, a typo, a role mailbox.

The disposable list is the ``disposable-email-domains`` package, a Python mirror of the
community-maintained list at https://github.com/disposable-email-domains/disposable-email-domains
(MIT licence); ``DISPOSABLE_LIST`` names it for the window and the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from disposable_email_domains import blocklist

DISPOSABLE_URL = "https://github.com/disposable-email-domains/disposable-email-domains"


@dataclass(frozen=True)
class DisposableList:
    """Where the disposable domains come from: facts, worded by the presentation."""

    name: str
    release: str  # "" in a frozen build without package metadata
    domains: int
    url: str


def _disposable_list() -> DisposableList:
    try:
        release = version("disposable-email-domains")
    except PackageNotFoundError:
        release = ""
    return DisposableList("disposable-email-domains", release, len(blocklist), DISPOSABLE_URL)


DISPOSABLE_LIST = _disposable_list()

# Mailboxes that belong to a function rather than a person: they rarely opt in themselves,
# are often read by many people, and complain more.
ROLE_LOCAL_PARTS = frozenset({
    "abuse", "accounting", "accounts", "admin", "administrator", "all", "billing", "booking",
    "bookings", "careers", "contact", "customerservice", "enquiries", "enquiry", "everyone",
    "feedback", "finance", "help", "helpdesk", "hello", "hostmaster", "hr", "info", "inquiries",
    "jobs", "mail", "mailer-daemon", "marketing", "media", "news", "newsletter", "no-reply",
    "noc", "noreply", "office", "orders", "postmaster", "press", "privacy", "reception",
    "root", "sales", "security", "service", "staff", "support", "team", "webmaster",
})

# The big mailbox providers; a domain one or two keystrokes away from one is likely a typo.
COMMON_DOMAINS = (
    "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
    "msn.com", "aol.com", "icloud.com", "protonmail.com", "proton.me", "gmx.de", "gmx.net",
    "gmx.com", "web.de", "t-online.de", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com",
    "yahoo.fr", "hotmail.fr", "orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "libero.it",
    "yandex.ru", "mail.ru", "comcast.net", "verizon.net", "sbcglobal.net", "qq.com",
)
# Real providers that sit close to a common one and must never be "corrected".
_REAL_NEIGHBOURS = frozenset({
    "mail.com", "ymail.com", "email.com", "me.com", "mac.com", "aim.com", "att.net", "gmx.at",
    "gmx.ch", "gmx.fr", "live.fr", "live.de", "live.it", "live.nl", "live.co.uk", "hotmail.de",
    "hotmail.es", "hotmail.it", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca", "yahoo.in",
    "outlook.de", "outlook.fr", "outlook.es", "outlook.it", "inbox.com", "rocketmail.com",
    "gmail.fr", "yahoo.co.jp", "163.com", "126.com",
})
_COMMON = frozenset(COMMON_DOMAINS)
_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class DomainFacts:
    disposable: bool
    suggestion: str | None  # the common domain this one probably meant


def is_role(local_part: str) -> bool:
    base = local_part.lower().split("+", 1)[0]
    return base in ROLE_LOCAL_PARTS


def is_disposable(domain: str) -> bool:
    """The domain or a parent of it is on the disposable list."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in blocklist for i in range(len(labels) - 1))


def typo_suggestion(domain: str) -> str | None:
    if domain in _COMMON or domain in _REAL_NEIGHBOURS:
        return None
    best: tuple[int, str] | None = None
    for common in COMMON_DOMAINS:
        if abs(len(common) - len(domain)) > 2:
            continue
        limit = 1 if len(common) <= 8 else 2
        distance = edit_distance(domain, common, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, common)
    return best[1] if best else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (swaps count once), or ``limit + 1`` once above it."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class DomainBook:
    """Facts per domain, remembered: a list has far fewer domains than rows."""

    def __init__(self) -> None:
        self._facts: dict[str, DomainFacts] = {}

    def facts(self, domain: str) -> DomainFacts:
        found = self._facts.get(domain)
        if found is None:
            if len(self._facts) >= _CACHE_LIMIT:
                self._facts.clear()
            found = DomainFacts(is_disposable(domain), typo_suggestion(domain))
            self._facts[domain] = found
        return found
