"""Helpers every test module may use."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
FLUFL_CORPUS = SHARED / "corpus-flufl"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str) -> NoReturn:
    """Skip on a developer's machine, fail in CI: CI must never pass by skipping."""
    if in_ci():
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def flufl_corpus_dir() -> Path:
    if not (FLUFL_CORPUS / "expected.jsonl").is_file():
        missing(f"flufl.bounce's test messages are not beside the checkout ({FLUFL_CORPUS})")
    return FLUFL_CORPUS


def corpus_dir() -> Path:
    if not (CORPUS / "oracle.jsonl").is_file():
        missing(f"the bounce corpus is not beside the checkout ({CORPUS})")
    return CORPUS


def assert_classified_as(raw: bytes, want: dict[str, Any]) -> None:
    """``raw`` classifies as a golden set's expected entry says: its kind, and its recipients
    in order, each compared on the keys the entry names."""
    from engine.bounces.classify import classify

    result = classify(raw)
    assert result.kind == want["kind"]
    got = [{key: getattr(r, key) for key in expected} for r, expected
           in zip(result.recipients, want["recipients"], strict=False)]
    assert len(result.recipients) == len(want["recipients"])
    assert got == want["recipients"]


T = TypeVar("T")


def run_as_runners(count: int, work: Callable[[], T]) -> list[T]:
    """``work`` in ``count`` threads started together, each with its own database connection,
    as several runners sharing one database; their results, after any error is raised."""
    import threading

    from engine.storage import db

    start = threading.Barrier(count)
    results: list[T] = []
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            start.wait(10)
            results.append(work())
        except BaseException as exc:  # noqa: BLE001 - raised below, in the test's thread
            errors.append(exc)
        finally:
            db.database.close()

    threads = [threading.Thread(target=runner) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    if errors:
        raise errors[0]
    return results
