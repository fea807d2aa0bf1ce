"""Settings objects that mirror the *Newsletter Configuration* forms.

Each is a frozen dataclass with ``validate() -> dict[field, message]`` so a form can show the
message beside the field. Passwords are never fields here: a settings object holds only the
``key`` under which its password lives in the system keyring.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, time
from functools import lru_cache
from typing import Any, Literal, TypeVar

from email_validator import EmailNotValidError, validate_email

from engine import warmup_plans

SmtpSecurity = Literal["none", "starttls", "ssl"]
MailboxProtocol = Literal["imap", "pop3"]
MailboxSecurity = Literal["none", "starttls", "ssl"]
ProcessedAction = Literal["delete", "move"]
NonBounceAction = Literal["leave", "move"]
ExclusionScope = Literal["campaign", "global"]

FieldErrors = dict[str, str]

SMTP_DEFAULT_PORTS: dict[str, int] = {"none": 25, "starttls": 587, "ssl": 465}
MAILBOX_DEFAULT_PORTS: dict[tuple[str, str], int] = {
    ("imap", "ssl"): 993,
    ("imap", "starttls"): 143,
    ("imap", "none"): 143,
    ("pop3", "ssl"): 995,
    ("pop3", "starttls"): 110,
    ("pop3", "none"): 110,
}

_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9])?$"  # a DNS name
    r"|^\[?[0-9a-fA-F:.]+\]?$"  # or an IPv4/IPv6 literal
)


def new_key(prefix: str) -> str:
    """A stable identifier for a keyring entry, so renaming a profile keeps its password."""
    return f"{prefix}:{uuid.uuid4().hex[:12]}"


def address_error(value: str, *, required: bool = True) -> str | None:
    """Plain-language complaint about an e-mail address, or None when it is fine (offline)."""
    if not value.strip():
        return "Enter an e-mail address." if required else None
    if (why := address_problem(value)) is not None:
        return f"“{value}” is not a valid e-mail address: {why}"
    return None


def address_problem(value: str) -> str | None:
    """What is wrong with a non-empty address, in email_validator's own words (data a note
    carries), or None when it is fine (offline)."""
    try:
        validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


def _host_error(value: str) -> str | None:
    if not value.strip():
        return "Enter the server name, e.g. smtp.example.com."
    if not _HOST.match(value.strip()):
        return f"“{value}” is not a server name."
    return None


def _port_error(value: int) -> str | None:
    if not 1 <= value <= 65535:
        return "The port must be a number from 1 to 65535."
    return None


def _at_least(errors: FieldErrors, name: str, value: int, low: int, what: str) -> None:
    if value < low:
        errors[name] = f"{what} must be at least {low}."


DkimAlgorithm = Literal["rsa", "ed25519"]


_DKIM_SELECTOR = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")
_DKIM_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                          r"[A-Za-z]{2,63}$")


@lru_cache(maxsize=1)
def _private_suffix() -> Callable[[str], str | None]:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList().privatesuffix


def organizational_domain(domain: str) -> str:
    """The registered domain (shop.example.co.uk for news.shop.example.co.uk)."""
    domain = domain.strip().rstrip(".").lower()
    return _private_suffix()(domain) or domain


def dkim_alignment_error(dkim_domain: str, from_address: str) -> str | None:
    """d= must be the From domain or one of its parents within the same registered domain,
    or DMARC does not count the signature for the sender."""
    signing = dkim_domain.strip().rstrip(".").lower()
    sender = from_address.rpartition("@")[2].strip().rstrip(".").lower()
    if not sender:
        return None  # the From address has its own error
    if (sender == signing or sender.endswith("." + signing)) and \
            organizational_domain(signing) == organizational_domain(sender):
        return None
    parent = organizational_domain(sender)
    if parent == sender:
        return f"Sign as {sender}: the signing domain must be the From address's domain."
    return (f"Sign as {sender} or its parent domain {parent}: the signing domain must match "
            "the From address.")


def _dkim_errors(profile: SmtpProfile) -> FieldErrors:
    if not profile.dkim_enabled:
        return {}
    errors: FieldErrors = {}
    if not _DKIM_DOMAIN.match(profile.dkim_domain.strip()):
        errors["dkim_domain"] = "Enter the signing domain, e.g. shop.example."
    elif err := dkim_alignment_error(profile.dkim_domain, profile.from_address):
        errors["dkim_domain"] = err
    if not _DKIM_SELECTOR.match(profile.dkim_selector.strip()):
        errors["dkim_selector"] = "Enter a selector of letters, digits and hyphens, e.g. news1."
    if profile.dkim_algorithm not in ("rsa", "ed25519"):
        errors["dkim_algorithm"] = "Choose RSA 2048 or Ed25519."
    return errors


def _warmup_errors(profile: SmtpProfile) -> FieldErrors:
    if not profile.warmup_plan:
        return {}
    errors: FieldErrors = {}
    if profile.warmup_plan not in warmup_plans.PLAN_IDS:
        errors["warmup_plan"] = "Choose a warm-up plan, or none."
    if not _iso_date(profile.warmup_start):
        errors["warmup_start"] = "Enter the warm-up's first day as a date, e.g. 2026-03-02."
    if profile.warmup_plan == warmup_plans.CUSTOM:
        _at_least(errors, "warmup_days", profile.warmup_days, 2, "The warm-up")
        _at_least(errors, "warmup_first_day", profile.warmup_first_day, 1,
                  "The first day's messages")
    return errors


def _iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


_TIME_OF_DAY = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


def time_of_day(text: str) -> time | None:
    """HH:MM as a time, or None when it is not one."""
    found = _TIME_OF_DAY.match(text.strip())
    return time(int(found[1]), int(found[2])) if found else None


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _window_errors(profile: SmtpProfile) -> FieldErrors:
    if not profile.send_window:
        return {}
    errors: FieldErrors = {}
    start, end = time_of_day(profile.window_from), time_of_day(profile.window_until)
    if start is None:
        errors["window_from"] = "Enter a time of day as HH:MM, e.g. 08:00."
    if end is None:
        errors["window_until"] = "Enter a time of day as HH:MM, e.g. 08:00."
    elif start == end:
        errors["window_until"] = "The window must end at another time than it starts."
    if profile.window_zone.strip() not in time_zones():
        errors["window_zone"] = "Choose a time zone from the list, e.g. Europe/Rome."
    return errors


AuthMethod = Literal["password", "microsoft", "google"]


def _oauth_errors(settings: SmtpProfile | BounceMailbox) -> FieldErrors:
    if settings.auth_method == "password":
        return {}
    if settings.auth_method not in ("microsoft", "google"):
        return {"auth_method": "Choose Password, Sign in with Microsoft or Sign in with Google."}
    if not settings.oauth_client_id.strip():
        return {"oauth_client_id": "Enter the client ID of your app registration (see the guide)."}
    return {}


@dataclass(frozen=True)
class SmtpProfile:
    """A named way of sending: one SMTP server and the sender identity used with it."""

    name: str
    host: str = ""
    port: int = 587
    security: SmtpSecurity = "starttls"
    verify_certificate: bool = True
    requires_auth: bool = True
    username: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    bounce_address: str = ""
    daily_limit: int = 500
    hourly_limit: int = 0
    batch_size: int = 50
    batch_pause_seconds: int = 10
    max_connections: int = 2
    use_verp: bool = True
    disable_custom_headers: bool = False
    is_default: bool = False
    # DKIM (optional): the private key lives in the keyring under `dkim_secret_key`; here only
    # what is public (the domain, the selector, the key's kind).
    dkim_enabled: bool = False
    dkim_domain: str = ""
    dkim_selector: str = ""
    dkim_algorithm: DkimAlgorithm = "rsa"
    # How the app logs in: a password from the keyring, or an OAuth2 sign-in whose refresh
    # token sits in the keyring under the same key (engine/oauth.py). The client ID is the
    # user's own app registration: Google's mail scope needs a verified app, so we ship none.
    auth_method: AuthMethod = "password"
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    # The pace with a receiving provider where the user changed the preset (receivers.toml);
    # a provider not named here keeps its preset.
    provider_paces: tuple[ProviderPaceSetting, ...] = ()
    # Warm-up (engine.warmup_plans): the daily rate follows the plan's ramp from the first
    # day (an ISO date, UTC days as the counters); "" plan: no warm-up.
    warmup_plan: str = ""
    warmup_start: str = ""
    warmup_days: int = 30  # the custom plan's length and first day
    warmup_first_day: int = 50
    # Send window: messages go out only from `window_from` to `window_until` (HH:MM, wrapping
    # past midnight when from > until) in the zone `window_zone` (IANA name).
    send_window: bool = False
    window_from: str = "08:00"
    window_until: str = "20:00"
    window_zone: str = "UTC"
    key: str = field(default_factory=lambda: new_key("smtp"))

    def __post_init__(self) -> None:
        # Read back from the database or a settings file, the paces arrive as mappings.
        paces = tuple(p if isinstance(p, ProviderPaceSetting) else ProviderPaceSetting(**p)
                      for p in self.provider_paces)
        object.__setattr__(self, "provider_paces", paces)

    @property
    def secret_key(self) -> str:
        return self.key

    def own_pace(self, provider: str) -> ProviderPace | None:
        """The pace the user set for this receiving provider, or None for the preset."""
        for setting in self.provider_paces:
            if setting.provider == provider:
                return setting.pace
        return None

    @property
    def dkim_secret_key(self) -> str:
        return f"{self.key}:dkim"

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        if not self.name.strip():
            errors["name"] = "Give the profile a name."
        if err := _host_error(self.host):
            errors["host"] = err
        if err := _port_error(self.port):
            errors["port"] = err
        if self.security not in SMTP_DEFAULT_PORTS:
            errors["security"] = "Choose None, STARTTLS or SSL/TLS."
        if self.requires_auth and not self.username.strip():
            errors["username"] = "Enter the user name, or untick “Requires authentication”."
        if err := address_error(self.from_address):
            errors["from_address"] = err
        if err := address_error(self.reply_to, required=False):
            errors["reply_to"] = err
        if err := address_error(self.bounce_address):
            errors["bounce_address"] = err
        _at_least(errors, "daily_limit", self.daily_limit, 1, "The daily send rate")
        _at_least(errors, "hourly_limit", self.hourly_limit, 0, "The hourly cap")
        _at_least(errors, "batch_size", self.batch_size, 1, "The batch size")
        _at_least(errors, "batch_pause_seconds", self.batch_pause_seconds, 0, "The pause")
        _at_least(errors, "max_connections", self.max_connections, 1, "Connections")
        if self.max_connections > 16:
            errors["max_connections"] = "Use at most 16 connections at once."
        errors.update(_dkim_errors(self))
        errors.update(_oauth_errors(self))
        errors.update(_warmup_errors(self))
        errors.update(_window_errors(self))
        for setting in self.provider_paces:
            for name, message in setting.pace.validate().items():
                errors.setdefault(f"provider_paces.{setting.provider}.{name}", message)
        return errors


@dataclass(frozen=True)
class BounceMailbox:
    """The mailbox that receives bounces, read over IMAP or POP3."""

    protocol: MailboxProtocol = "imap"
    host: str = ""
    port: int = 993
    security: MailboxSecurity = "ssl"
    verify_certificate: bool = True
    username: str = ""
    bounce_address: str = ""
    folder: str = "INBOX"
    bounce_threshold: int = 3
    processed_action: ProcessedAction = "delete"
    processed_folder: str = ""
    non_bounce_action: NonBounceAction = "leave"
    non_bounce_folder: str = ""
    # where bounces naming no recipient of ours wait for the user; "": left where they are
    review_folder: str = ""
    enabled: bool = True
    # How the app logs in: a password from the keyring, or an OAuth2 sign-in whose refresh
    # token sits in the keyring under the same key (engine/oauth.py). The client ID is the
    # user's own app registration: Google's mail scope needs a verified app, so we ship none.
    auth_method: AuthMethod = "password"
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    key: str = "mailbox:default"

    @property
    def secret_key(self) -> str:
        return self.key

    @property
    def effective_bounce_address(self) -> str:
        """The bounce address defaults to the user name, as in the CRMs."""
        return self.bounce_address.strip() or self.username.strip()

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        if self.protocol not in ("imap", "pop3"):
            errors["protocol"] = "Choose IMAP or POP3."
        if err := _host_error(self.host):
            errors["host"] = err
        if err := _port_error(self.port):
            errors["port"] = err
        if not self.username.strip():
            errors["username"] = "Enter the mailbox user name."
        if err := address_error(self.effective_bounce_address):
            errors["bounce_address"] = err
        if self.protocol == "imap" and not self.folder.strip():
            errors["folder"] = "Choose the folder to monitor (usually INBOX)."
        _at_least(errors, "bounce_threshold", self.bounce_threshold, 1, "The bounce threshold")
        if self.processed_action == "move" and not self.processed_folder.strip():
            errors["processed_folder"] = "Name the folder that processed bounces move to."
        if self.processed_action == "move" and self.protocol == "pop3":
            errors["processed_action"] = (
                "POP3 has no folders: processed bounces can only be deleted."
            )
        if self.non_bounce_action == "move" and not self.non_bounce_folder.strip():
            errors["non_bounce_folder"] = "Name the folder that other messages move to."
        if self.non_bounce_action == "move" and self.protocol == "pop3":
            errors["non_bounce_action"] = "POP3 has no folders: other messages are left in place."
        if self.review_folder.strip() and self.protocol == "pop3":
            errors["review_folder"] = (
                "POP3 has no folders: bounces that need review are left in the inbox.")
        errors.update(_oauth_errors(self))
        return errors


@dataclass(frozen=True)
class BounceSettings:
    """How often bounces are collected, how soft bounces are retried, what the threshold counts.

    One hard bounce suppresses an address and the bounce threshold counts soft bounces whose
    re-sends ran out; ``count_hard_bounces`` makes hard bounces count toward the threshold
    instead (for a cautious sender whose server gives wrong hard bounces).
    """

    collect_every_minutes: int = 15
    collect_retry_count: int = 3
    soft_retry_interval_minutes: int = 240
    soft_retry_count: int = 3
    soft_bounce_stale_days: int = 7
    count_hard_bounces: bool = False

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        _at_least(errors, "collect_every_minutes", self.collect_every_minutes, 1,
                  "The collection interval")
        _at_least(errors, "collect_retry_count", self.collect_retry_count, 0, "The retry count")
        _at_least(errors, "soft_retry_interval_minutes", self.soft_retry_interval_minutes, 1,
                  "The retry interval")
        _at_least(errors, "soft_retry_count", self.soft_retry_count, 0, "The retry count")
        _at_least(errors, "soft_bounce_stale_days", self.soft_bounce_stale_days, 1,
                  "The number of days")
        if not isinstance(self.count_hard_bounces, bool):
            errors["count_hard_bounces"] = "Say true or false."
        return errors


_SENDER_ID = re.compile(r"[A-Za-z0-9._-]{1,64}\Z")
# Gmail's lines: below 0.1% is healthy; at 0.3% and above delivery suffers.
GMAIL_WARNING_PERCENT = 0.1
GMAIL_LIMIT_PERCENT = 0.3


@dataclass(frozen=True)
class ComplaintGuard:
    """When a campaign stops itself because recipients report it as spam.

    A campaign whose complaints / delivered passes ``limit_percent`` once it has delivered at
    least ``minimum_delivered`` messages pauses itself (a handful of complaints among the
    first hundred messages says little). ``feedback_sender_id`` is the last field of the
    ``Feedback-ID`` header Gmail's feedback loop groups complaints by; empty: the domain of
    the campaign's From address.
    """

    limit_percent: float = GMAIL_LIMIT_PERCENT
    minimum_delivered: int = 1000
    feedback_sender_id: str = ""

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        if not 0 < self.limit_percent <= 100:
            errors["limit_percent"] = "The complaint limit must be above 0% and at most 100%."
        _at_least(errors, "minimum_delivered", self.minimum_delivered, 1,
                  "The number of delivered messages")
        if self.feedback_sender_id and not _SENDER_ID.match(self.feedback_sender_id):
            errors["feedback_sender_id"] = (
                "Use up to 64 letters, digits, dots, hyphens or underscores (no colons or "
                "spaces), e.g. shop-example.")
        return errors

    def exceeded(self, complaints: int, delivered: int) -> bool:
        """Whether these figures pass the limit: never below the minimum delivered."""
        return delivered >= self.minimum_delivered and \
            complaints * 100 > self.limit_percent * delivered


@dataclass(frozen=True)
class ProviderPace:
    """How fast one sending profile sends to one receiving provider (Gmail, Outlook, …), on top
    of the profile's own limits: messages a minute and an hour (0: no limit of its own),
    connections open at once, and messages over one connection before it is opened anew."""

    per_minute: int
    per_hour: int
    connections: int
    per_connection: int

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        _at_least(errors, "per_minute", self.per_minute, 0, "Messages a minute")
        _at_least(errors, "per_hour", self.per_hour, 0, "Messages an hour")
        _at_least(errors, "connections", self.connections, 1, "Connections")
        if self.connections > 16:
            errors["connections"] = "Use at most 16 connections at once."
        _at_least(errors, "per_connection", self.per_connection, 1, "Messages a connection")
        return errors


@dataclass(frozen=True)
class ProviderPaceSetting:
    """A profile's own pace with one receiving provider (its id in receivers.toml)."""

    provider: str
    per_minute: int
    per_hour: int
    connections: int
    per_connection: int

    @property
    def pace(self) -> ProviderPace:
        return ProviderPace(self.per_minute, self.per_hour, self.connections,
                            self.per_connection)


SCOPE_WORDS = {
    "campaign": "The person leaves the lists that campaign was sent to: later campaigns to "
                "those lists leave them out. Campaigns to their other lists still reach them.",
    "global": "The person leaves every list: no later campaign is sent to them, whatever "
              "list it goes to, even one they join afterwards. The safest choice under strict "
              "privacy rules.",
}


@dataclass(frozen=True)
class ExclusionPolicy:
    """Which lists someone leaves when they unsubscribe: the campaign's lists, or every list.

    A campaign is one mailing, so the scope is never "that campaign only" (that would stop
    nothing: the next newsletter is another campaign). ``SCOPE_WORDS`` says it to the user.
    """

    scope: ExclusionScope = "campaign"

    def validate(self) -> FieldErrors:
        if self.scope not in ("campaign", "global"):
            return {"scope": "Choose Campaign or Global."}
        return {}


DEFAULT_TEXT_FOOTER = (
    "--\n"
    "You receive this because you subscribed to our newsletter.\n"
    "Unsubscribe: {{unsubscribe_url}}\n"
    "Manage your subscriptions: {{manage_url}}\n"
)
DEFAULT_HTML_FOOTER = (
    '<hr><p style="font-size:12px;color:#666">'
    "You receive this because you subscribed to our newsletter.<br>"
    '<a href="{{unsubscribe_url}}">Unsubscribe</a> · '
    '<a href="{{manage_url}}">Manage your subscriptions</a></p>'
)


@dataclass(frozen=True)
class Footers:
    """Footers appended to every campaign message, with their links as merge fields.

    The link templates may be left empty: links then become ``mailto:`` the bounce address
    with the recipient's token in the subject, which works with no web server.
    """

    text: str = DEFAULT_TEXT_FOOTER
    html: str = DEFAULT_HTML_FOOTER
    unsubscribe_url_template: str = ""
    manage_url_template: str = ""

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        if "{{unsubscribe_url}}" not in self.text:
            errors["text"] = "The plain-text footer must contain {{unsubscribe_url}}."
        if "{{unsubscribe_url}}" not in self.html:
            errors["html"] = "The HTML footer must contain {{unsubscribe_url}}."
        for name in ("unsubscribe_url_template", "manage_url_template"):
            value: str = getattr(self, name)
            if value and not value.startswith(("https://", "http://")):
                errors[name] = "A link must start with https:// (or http://)."
            elif value and "{{token}}" not in value:
                errors[name] = "The link must contain {{token}} to know who clicked."
        return errors


@dataclass(frozen=True)
class CheckSettings:
    """Check before sending: which DNS server answers the checks' lookups."""

    # "address" or "address:port" ("[v6]:port"); empty: the computer's own resolver
    resolver: str = ""

    def validate(self) -> FieldErrors:
        errors: FieldErrors = {}
        if self.resolver.strip():
            try:
                resolver_address(self.resolver)
            except ValueError:
                errors["resolver"] = ("Write the DNS server as an IP address, or address:port "
                                      "(e.g. 192.168.1.1 or 127.0.0.1:5353).")
        return errors


def resolver_address(text: str) -> tuple[str, int]:
    """``"127.0.0.1:5353"`` → ("127.0.0.1", 5353); ``"::1"`` or ``"[::1]:53"`` for IPv6.
    ValueError unless an IP address (a DNS server cannot be found by name) and a port."""
    value = text.strip()
    host, port = value, "53"
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ("53" if not rest else "x")
    elif value.count(":") == 1:
        host, _, port = value.partition(":")
    ipaddress.ip_address(host)
    if not (port.isdigit() and 0 < int(port) < 65536):
        raise ValueError(f"not a port: {port}")
    return host, int(port)


@dataclass(frozen=True)
class UnsubscribeService:
    """The one-click unsubscribe service (``docs/unsubscribe-service.md``), when the sender runs
    one: its HTTPS address, the sender name its pages show, and optionally a certificate file to
    trust instead of the system's authorities (a private CA). The shared key lives in the
    keyring under ``SECRET_KEY``, never here."""

    SECRET_KEY = "unsubscribe-service"

    base_url: str = ""
    sender_name: str = ""
    ca_file: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)

    def validate(self) -> FieldErrors:
        if self.base_url and not self.base_url.startswith("https://"):
            return {"base_url": "The service address must start with https://."}
        return {}


T = TypeVar("T")


def from_mapping(cls: type[T], data: dict[str, Any]) -> T:
    """Build a settings object from a mapping, ignoring unknown keys (newer exports)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})
