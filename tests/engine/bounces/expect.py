"""Comparing a classification with a golden message's expected result (the ``expected.json``
format of ``golden/families`` and ``golden/prose``: the kind, and per recipient the fields
the file names)."""

from __future__ import annotations

from typing import Any

from engine.bounces.classify import classify


def assert_classified_as(raw: bytes, want: dict[str, Any]) -> None:
    result = classify(raw)
    assert result.kind == want["kind"]
    got = [{key: getattr(r, key) for key in expected} for r, expected
           in zip(result.recipients, want["recipients"], strict=False)]
    assert len(result.recipients) == len(want["recipients"])
    assert got == want["recipients"]
