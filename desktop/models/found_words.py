"""Settings found from an address, in the reader's language: the CLI's English lines
(``engine.cli.found_words``, ``engine.cli.words``) through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.cli.found_words import headline, server_words
from engine.cli.words import note_text
from engine.discovery.result import Found, ServerSettings
from engine.notes import Note

CONTEXT = "found"
LOOKING = "Looking up the settings for {domain}…"
TYPE_ADDRESS = "Type the e-mail address first: its settings are looked up from it."
NOT_IN_TABLE = ("{domain} is not one of the common providers: Find settings looks it up on "
                "the internet.")


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english


def _note(note: Note) -> str:
    return note_text(note, lambda english: QCoreApplication.translate("notes", english)
                     or english)


def offer(found: Found, server: ServerSettings) -> str:
    """``Found settings for Gmail / Google Workspace: smtp.gmail.com:465 SSL/TLS``."""
    return f"{headline(found, _translate)}: {server_words(server, _translate)}"


def hints(found: Found) -> list[str]:
    return [_note(h) for h in found.hints]


def nothing(found: Found) -> str:
    """Why nothing was offered: the last note (nothing found, not an address)."""
    return _note(found.notes[-1]) if found.notes else ""


def looking(domain: str) -> str:
    return _translate(LOOKING).format(domain=domain)


def not_in_table(domain: str) -> str:
    return _translate(NOT_IN_TABLE).format(domain=domain)


def type_address() -> str:
    return _translate(TYPE_ADDRESS)
