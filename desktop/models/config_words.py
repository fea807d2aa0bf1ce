"""The settings' own English (``engine.config``) in the reader's language, context "config":
the engine's sentences are the source texts, so the CLI and the window say the same.

A form's refusals come from the settings' ``validate()`` as English sentences (the CLI prints
them as they are); ``field_message`` turns each into the reader's language: a fixed sentence
through its translation, one carrying a value (a server name, an address) through a sentence
of its own with the value put back. One it does not know stays English, never fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from desktop.i18n import translate
from engine.config import SCOPE_WORDS

CONTEXT = "config"
# The sentences validate() gives as they are (tests/desktop/models/test_config_words.py keeps
# this list whole: a new one shows there).
FIXED_MESSAGES = (
    "Enter an e-mail address.",
    "Enter the server name, e.g. smtp.example.com.",
    "The port must be a number from 1 to 65535.",
    "Enter the signing domain, e.g. shop.example.",
    "Enter a selector of letters, digits and hyphens, e.g. news1.",
    "Choose RSA 2048 or Ed25519.",
    "Choose Password, Sign in with Microsoft or Sign in with Google.",
    "Enter the client ID of your app registration (see the guide).",
    "Give the profile a name.",
    "Choose a warm-up plan, or none.",
    "Enter the warm-up's first day as a date, e.g. 2026-03-02.",
    "Enter a time of day as HH:MM, e.g. 08:00.",
    "The window must end at another time than it starts.",
    "Choose a time zone from the list, e.g. Europe/Rome.",
    "Choose None, STARTTLS or SSL/TLS.",
    "Enter the user name, or untick “Requires authentication”.",
    "Use at most 16 connections at once.",
    "Choose IMAP or POP3.",
    "Enter the mailbox user name.",
    "Choose the folder to monitor (usually INBOX).",
    "Name the folder that processed bounces move to.",
    "POP3 has no folders: processed bounces can only be deleted.",
    "Name the folder that other messages move to.",
    "POP3 has no folders: other messages are left in place.",
    "POP3 has no folders: bounces that need review are left in the inbox.",
    "Say true or false.",
    "The complaint limit must be above 0% and at most 100%.",
    "Use up to 64 letters, digits, dots, hyphens or underscores (no colons or spaces), "
    "e.g. shop-example.",
    "Choose Campaign or Global.",
    "The plain-text footer must contain {{unsubscribe_url}}.",
    "The HTML footer must contain {{unsubscribe_url}}.",
    "A link must start with https:// (or http://).",
    "The link must contain {{token}} to know who clicked.",
    "Write the DNS server as an IP address, or address:port (e.g. 192.168.1.1 or "
    "127.0.0.1:5353).",
    "The service address must start with https://.",
)
# desktop.models.catalogue hands these to lupdate (they are not literals in the window's code).
SOURCE_TEXTS = (*SCOPE_WORDS.values(), *FIXED_MESSAGES)


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english  # untranslated: SOURCE_TEXTS


def scope_words(scope: str) -> str:
    """What an exclusion scope ("campaign", "global") does to someone who unsubscribes."""
    return _translate(SCOPE_WORDS[scope])


def _not_a_server(match: re.Match[str]) -> str:
    return translate("config_words", "“{value}” is not a server name.").format(
        value=match["value"])


def _not_an_address(match: re.Match[str]) -> str:
    # the reason is the e-mail validator's own English
    return translate("config_words", "“{value}” is not a valid e-mail address: {reason}").format(
        value=match["value"], reason=match["reason"])


def _at_least(match: re.Match[str]) -> str:
    # the field's label says which value: the sentence needs only the bound
    return translate("config_words", "This must be at least {low}.").format(low=match["low"])


def _sign_as(match: re.Match[str]) -> str:
    return translate("config_words", "Sign as {sender}: the signing domain must be the From "
                     "address's domain.").format(sender=match["sender"])


def _sign_as_or_parent(match: re.Match[str]) -> str:
    return translate("config_words", "Sign as {sender} or its parent domain {parent}: the "
                     "signing domain must match the From address.").format(
                         sender=match["sender"], parent=match["parent"])


# The engine's sentences that carry a value, and how each is said in the reader's language.
_WITH_VALUES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"“(?P<value>.*)” is not a server name\."), _not_a_server),
    (re.compile(r"“(?P<value>.*)” is not a valid e-mail address: (?P<reason>.*)", re.S),
     _not_an_address),
    (re.compile(r".+ must be at least (?P<low>-?\d+)\."), _at_least),
    (re.compile(r"Sign as (?P<sender>\S+): the signing domain must be the From address's "
                r"domain\."), _sign_as),
    (re.compile(r"Sign as (?P<sender>\S+) or its parent domain (?P<parent>\S+): the signing "
                r"domain must match the From address\."), _sign_as_or_parent),
)


def is_known(message: str) -> bool:
    """Whether ``field_message`` has words of the reader's language for ``message``."""
    return message in FIXED_MESSAGES or any(p.fullmatch(message) for p, _ in _WITH_VALUES)


def field_message(message: str) -> str:
    """One of validate()'s English refusals in the reader's language."""
    if message in FIXED_MESSAGES:
        return _translate(message)
    for pattern, words in _WITH_VALUES:
        if match := pattern.fullmatch(message):
            return words(match)
    return message


def field_messages(errors: Mapping[str, str]) -> dict[str, str]:
    return {name: field_message(message) for name, message in errors.items()}
