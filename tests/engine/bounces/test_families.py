"""One small notice of our own per MTA and provider family (Sisimai's Lhost and Rhost modules,
flufl.bounce's older detectors, Exchange and Office 365 in their layouts): the classifier
reads the format, not a file. ``golden/families/expected.json`` holds each result and names
what marks the family."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.bounces.classify import classify
from tests.support import assert_classified_as

FAMILIES = Path(__file__).parent / "golden" / "families"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FAMILIES / "expected.json").read_text())


def test_every_family_message_has_an_expected_result_and_a_description() -> None:
    assert {p.stem for p in FAMILIES.glob("*.eml")} == set(EXPECTED)
    assert [name for name, want in EXPECTED.items() if not want.get("family")] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_notice_of_each_family_names_its_failed_recipients_with_code_and_reason(
        name: str) -> None:
    assert_classified_as((FAMILIES / f"{name}.eml").read_bytes(), EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_family_notice_never_names_the_sender_as_a_failed_recipient(name: str) -> None:
    result = classify((FAMILIES / f"{name}.eml").read_bytes())
    assert "news@news.example.com" not in {r.address for r in result.recipients}
