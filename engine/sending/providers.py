"""Free mailbox providers, whose accounts are not meant for newsletters.

Gmail, Outlook and the like cap an ordinary account at a few hundred messages a day and lock
it when a newsletter trips their abuse checks; the settings window warns before that happens.
"""

from __future__ import annotations

from dataclasses import dataclass

# About what such accounts allow per day (Gmail: 500; Outlook.com: 300; others lower).
FREE_MAIL_DAILY_LIMIT = 500


@dataclass(frozen=True)
class FreeMailProvider:
    name: str
    hosts: tuple[str, ...]  # SMTP server names, or domains whose sub-domains they are


PROVIDERS: tuple[FreeMailProvider, ...] = (
    FreeMailProvider("Gmail", ("smtp.gmail.com", "smtp.googlemail.com")),
    FreeMailProvider(
        "Outlook / Office 365",
        ("smtp-mail.outlook.com", "smtp.office365.com", "smtp.live.com", "smtp.hotmail.com"),
    ),
    FreeMailProvider("Yahoo Mail", ("smtp.mail.yahoo.com", "smtp.mail.yahoo.co.uk")),
    FreeMailProvider("iCloud Mail", ("smtp.mail.me.com", "smtp.icloud.com")),
    FreeMailProvider("AOL Mail", ("smtp.aol.com",)),
    FreeMailProvider("Zoho Mail", ("smtp.zoho.com", "smtp.zoho.eu")),
    FreeMailProvider("GMX", ("mail.gmx.com", "mail.gmx.net")),
    FreeMailProvider("Yandex Mail", ("smtp.yandex.com", "smtp.yandex.ru")),
)


def free_mail_provider(host: str) -> FreeMailProvider | None:
    """The provider whose SMTP server this is, or None for anything else."""
    name = host.strip().lower().rstrip(".")
    for provider in PROVIDERS:
        if any(name == h or name.endswith("." + h) for h in provider.hosts):
            return provider
    return None


def send_rate_warning(host: str, daily_limit: int) -> str | None:
    """A warning for a daily send rate a free mailbox account will not allow; else None."""
    provider = free_mail_provider(host)
    if provider is None or daily_limit <= FREE_MAIL_DAILY_LIMIT:
        return None
    return (
        f"{provider.name} accounts allow about {FREE_MAIL_DAILY_LIMIT} messages a day. Sending "
        f"{daily_limit} a day can get the account blocked, and mail from free mailboxes often "
        "lands in spam. For newsletters, use a dedicated sending service (for example your "
        "hosting provider's SMTP, Amazon SES, Mailgun, Postmark or Brevo): it is built for bulk "
        "mail, authenticates your domain and reports bounces."
    )
