"""Typed errors, so callers can tell a bad setting from a dead server from a missing keyring."""

from __future__ import annotations


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""


class ConfigError(EngineError):
    """A setting is wrong; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StorageError(EngineError):
    """The database cannot be opened or used."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer release; opening it here could corrupt it."""


class SmtpError(EngineError):
    """The SMTP server refused or could not be reached."""


class MailboxError(EngineError):
    """The bounce mailbox (IMAP/POP3) refused or could not be reached."""


class AuthError(EngineError):
    """A server rejected the user name or password."""


class SecretStoreUnavailable(EngineError):
    """No usable system keyring: passwords cannot be stored safely."""


class ClassifyError(EngineError):
    """A message could not be read as mail at all."""


class ImportFileError(EngineError):
    """A list file (CSV, TSV, XLSX) cannot be read as a table."""
