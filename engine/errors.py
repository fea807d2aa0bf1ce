"""Typed errors, so callers can tell a bad setting from a dead server from a missing keyring.

``str(error)`` is an English sentence for a message shown at once (a form, the CLI's output)
and never stored; what is stored is ``error.note()``: the error's code (its class's, or a more
precise one given where it is raised) and its parameters (the host, the server's reply). A
raise site that gives no parameters leaves its sentence as ``detail``.
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.notes import Note, Param


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""

    code = "engine_error"

    def __init__(self, message: str = "", *, code: str | None = None,
                 params: Mapping[str, Param] | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, Param] = (
            dict(params) if params is not None else {"detail": message})

    def note(self) -> Note:
        return Note(self.code, self.params)


def error_note(exc: BaseException, because_of: str = "") -> Note:
    """What a job or a message's record keeps of an error; ``because_of`` (a note code)
    says what it stopped, the error then being its ``because`` parameter."""
    inner = exc.note() if isinstance(exc, EngineError) else Note(
        "crashed", {"type": type(exc).__name__, "detail": str(exc)})
    if not because_of:
        return inner
    return Note(because_of, {"because": inner.code, **inner.params})


def profile_failed(profile: str, exc: BaseException) -> dict[str, Param]:
    """A send job's summary line for a profile its error stopped, as a note's JSON object."""
    because = error_note(exc, "profile_failed")
    return Note(because.code, {"profile": profile, **because.params}).as_dict()


class ConfigError(EngineError):
    """A setting is wrong; ``field`` names the form field when there is one."""

    code = "config_error"

    def __init__(self, message: str, field: str | None = None, *, code: str | None = None,
                 params: Mapping[str, Param] | None = None) -> None:
        super().__init__(message, code=code, params=params)
        self.field = field


class StorageError(EngineError):
    """The database cannot be opened or used."""

    code = "storage_error"


class SchemaTooNewError(StorageError):
    """The database was written by a newer release; opening it here could corrupt it."""


class SmtpError(EngineError):
    """The SMTP server refused or could not be reached."""

    code = "smtp_error"


class MailboxError(EngineError):
    """The bounce mailbox (IMAP/POP3) refused or could not be reached."""

    code = "mailbox_error"


class AuthError(EngineError):
    """A server rejected the user name or password."""

    code = "auth_error"


class SecretStoreUnavailable(EngineError):
    """No usable system keyring: passwords cannot be stored safely."""

    code = "secret_store_unavailable"


class ClassifyError(EngineError):
    """A message could not be read as mail at all."""

    code = "classify_error"


class ImportFileError(EngineError):
    """A list file (CSV, TSV, XLSX) cannot be read as a table."""

    code = "import_file_error"
