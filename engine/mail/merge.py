"""Merge fields: ``{{first_name}}`` in a subject or body, with a fallback ``{{first_name|there}}``.

A text is compiled once per campaign into literal pieces and field slots, so filling it in for
each recipient is a join, not a parse. Unknown fields are found at save time, not at send time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

_FIELD = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}]*))?\}\}")
_ANY_BRACES = re.compile(r"\{\{.*?\}\}", re.S)

# Filled in by the sender for every recipient, whatever the list carries.
LINK_FIELDS = ("unsubscribe_url", "manage_url")


@dataclass(frozen=True)
class Slot:
    name: str
    fallback: str


@dataclass(frozen=True)
class Template:
    parts: tuple[str | Slot, ...]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Slot))

    @property
    def is_constant(self) -> bool:
        return not any(isinstance(p, Slot) for p in self.parts)

    def fill(self, values: Mapping[str, str],
             escape: Callable[[str], str] | None = None) -> str:
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = values.get(part.name) or ""
            if value:
                out.append(escape(value) if escape else value)
            else:
                out.append(part.fallback)
        return "".join(out)


def compile_template(text: str) -> Template:
    parts: list[str | Slot] = []
    position = 0
    for match in _FIELD.finditer(text):
        if match.start() > position:
            parts.append(text[position:match.start()])
        parts.append(Slot(match.group(1).lower(), (match.group(2) or "").strip()))
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return Template(tuple(parts))


def malformed_fields(text: str) -> list[str]:
    """``{{ ... }}`` that are not merge fields, e.g. ``{{first name}}``."""
    return [m.group(0) for m in _ANY_BRACES.finditer(text) if not _FIELD.fullmatch(m.group(0))]


def unknown_fields(texts: Iterable[str], known: Iterable[str]) -> list[str]:
    """Names used in ``texts`` that no recipient can fill, plus malformed ``{{…}}``, sorted."""
    allowed = {k.lower() for k in known} | set(LINK_FIELDS)
    bad: set[str] = set()
    for text in texts:
        bad.update(compile_template(text).fields - allowed)
        bad.update(malformed_fields(text))
    return sorted(bad)


def unknown_field_errors(texts: Mapping[str, str], known: Iterable[str],
                         whose: str) -> dict[str, str]:
    """``{field: message}`` for each of ``texts`` (by form field) using a merge field that is
    not ``known``; ``whose`` names what lacks it ("the chosen lists have")."""
    names = sorted(set(known))
    errors: dict[str, str] = {}
    for field, text in texts.items():
        unknown = unknown_fields([text], names)
        if unknown:
            shown = ", ".join(u if u.startswith("{{") else f"{{{{{u}}}}}" for u in unknown)
            errors[field] = (f"Unknown merge field {shown}: {whose} no such column. "
                             f"Known: {', '.join(names)}.")
    return errors
