"""Settings found from an address (``engine.discovery``) in plain English: the CLI prints
these lines, and the window passes the same texts through Qt's translation."""

from __future__ import annotations

from collections.abc import Callable

from engine.cli.words import note_text
from engine.discovery.result import Found, ServerSettings

SECURITY_WORDS = {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": "no encryption"}
KIND_WORDS = {"smtp": "SMTP", "imap": "IMAP", "pop3": "POP3"}
AUTH_WORDS = {"password": "password", "google": "Google sign-in",
              "microsoft": "Microsoft sign-in"}
SOURCE_WORDS = {
    "table": "from the app's table of common providers",
    "autoconfig": "from the domain's autoconfig file",
    "well-known": "from the domain's .well-known autoconfig file",
    "mx": "from the provider its mail goes to (MX)",
    "probe": "by asking the domain's mail servers",
}
FOUND_FOR = "Found settings for {provider}"
FOUND_FOR_DOMAIN = "Found settings for {domain}"
USERNAME = "user name {username}"


def server_words(server: ServerSettings, translate: Callable[[str], str] = str) -> str:
    """``smtp.gmail.com:465 SSL/TLS``."""
    return f"{server.host}:{server.port} {translate(SECURITY_WORDS[server.security])}"


def headline(found: Found, translate: Callable[[str], str] = str) -> str:
    """``Found settings for Gmail / Google Workspace`` (the domain when no provider is named);
    "" when nothing was found."""
    if found.source is None:
        return ""
    if found.provider:
        return translate(FOUND_FOR).format(provider=found.provider)
    return translate(FOUND_FOR_DOMAIN).format(domain=found.domain)


def found_lines(found: Found, translate: Callable[[str], str] = str) -> list[str]:
    """Every line of the CLI's answer: headline and source, one line per server, hints,
    then the notes of the way (a skipped file, a DNS that did not answer)."""
    lines: list[str] = []
    if found.source is not None:
        lines.append(f"{headline(found, translate)} ({translate(SOURCE_WORDS[found.source])}):")
    for server in found.servers:
        parts = [f"  {KIND_WORDS[server.kind]:<5} {server_words(server, translate)}",
                 translate(AUTH_WORDS[server.auth_method])]
        if server.username:
            parts.append(translate(USERNAME).format(username=server.username))
        lines.append(", ".join(parts))
    lines += [note_text(n, translate) for n in (*found.hints, *found.notes)]
    return lines
