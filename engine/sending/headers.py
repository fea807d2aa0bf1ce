"""Header values: encoded when not ASCII, refused when they carry a line break.

A CR or LF inside a header value would let a subject or a name write headers of its own
(header injection), so every value passes ``check_value`` before it is written.
"""

from __future__ import annotations

import email.utils
from datetime import datetime
from email.header import Header

from engine.errors import ConfigError


class HeaderInjection(ConfigError):
    """A header value contains a line break."""


def check_value(name: str, value: str, field: str | None = None) -> str:
    if "\r" in value or "\n" in value:
        raise HeaderInjection(f"The {name} must be on one line (it contains a line break).",
                              field=field)
    return value


def encode_text(name: str, value: str) -> str:
    """An unstructured header value (Subject): RFC 2047 when not ASCII, folded when long."""
    check_value(name, value)
    if value.isascii() and len(value) + len(name) + 2 <= 78:
        return value
    charset = "us-ascii" if value.isascii() else "utf-8"
    return Header(value, charset, header_name=name).encode(linesep="\r\n")


def format_address(name: str, address: str, header: str = "address") -> str:
    """``Name <address>``, the name encoded when not ASCII and quoted when needed."""
    check_value(header, name)
    check_value(header, address)
    if not name:
        return address
    return email.utils.formataddr((name, address), charset="utf-8")


def format_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment)


def header_lines(pairs: list[tuple[str, str]]) -> bytes:
    """``Name: value`` lines, CRLF-ended; values are already checked and encoded."""
    return "".join(f"{name}: {value}\r\n" for name, value in pairs).encode("utf-8")
