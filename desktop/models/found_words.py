"""Settings found from an address, in the reader's language: the CLI's English lines
(``engine.cli.found_words``, ``engine.cli.words``) through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import translate
from engine.cli import found_words as cli
from engine.cli.words import note_text
from engine.discovery.result import Found, ServerSettings
from engine.notes import Note

CONTEXT = "found"
# The engine's words this module shows; desktop.models.catalogue hands them to lupdate.
SOURCE_TEXTS = (cli.FOUND_FOR, cli.FOUND_FOR_DOMAIN, *cli.SECURITY_WORDS.values())


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english  # untranslated: SOURCE_TEXTS


def _note(note: Note) -> str:
    return note_text(note, lambda english: QCoreApplication.translate(  # untranslated: notes
        "notes", english) or english)


def offer(found: Found, server: ServerSettings) -> str:
    """``Found settings for Gmail / Google Workspace: smtp.gmail.com:465 SSL/TLS``."""
    return translate("found", "{found}: {server}").format(
        found=cli.headline(found, _translate), server=cli.server_words(server, _translate))


def hints(found: Found) -> list[str]:
    return [_note(h) for h in found.hints]


def nothing(found: Found) -> str:
    """Why nothing was offered: the last note (nothing found, not an address)."""
    return _note(found.notes[-1]) if found.notes else ""


def looking(domain: str) -> str:
    return translate("found", "Looking up the settings for {domain}…").format(domain=domain)


def not_in_table(domain: str) -> str:
    return translate("found", "{domain} is not one of the common providers: Find settings "
                     "looks it up on the internet.").format(domain=domain)


def type_address() -> str:
    return translate("found", "Type the e-mail address first: its settings are looked up "
                     "from it.")
