"""Typed access to what peewee's stubs leave loose: tuple rows and foreign-key ids."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast


def tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast(Iterable[tuple[Any, ...]], query.tuples())


def fk(record: Any, field: str) -> int | None:
    """The id a foreign key holds, without loading the row it points to."""
    value = getattr(record, f"{field}_id")
    return int(value) if value is not None else None


def fk_required(record: Any, field: str) -> int:
    value = fk(record, field)
    if value is None:
        raise ValueError(f"{type(record).__name__}.{field} is empty")
    return value
