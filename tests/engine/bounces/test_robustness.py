"""Hostile and broken input: a result or a ClassifyError, never another exception.

Time is bounded by size caps in the reader (``engine.mail.mime``) and by patterns that
cannot backtrack quadratically; hypothesis's per-example deadline catches a regression
without a timing assertion of our own.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.bounces.classify import classify
from engine.bounces.result import Classification
from engine.errors import ClassifyError
from engine.mail.mime import MAX_PARTS, parse_message

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.eml"))
SAMPLES = [p.read_bytes() for p in GOLDEN]
FRAGMENTS = [
    b"\n", b"\r\n", b"\r", b"--", b"Content-Type: multipart/report; boundary=x\n",
    b"--x\n", b"--x--\n", b"Content-Type: message/delivery-status\n\n",
    b"Final-Recipient: rfc822; a@b.example\n", b"Status: 5.1.1\n", b"Action: failed\n",
    b"Content-Transfer-Encoding: base64\n", b"=?utf-8?b?w6k=?=", b"<x@y.example>:",
    b"RCPT TO:<", b"\xff\xfe\x00", b"Content-Type: message/rfc822\n\n", b"550 5.7.1 ",
    b"Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n", b" " * 300,
]
SETTINGS = settings(max_examples=300, deadline=timedelta(seconds=2),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _classify_or_typed_error(raw: bytes) -> None:
    try:
        result = classify(raw)
    except ClassifyError:
        return
    assert isinstance(result, Classification)
    assert all(r.address for r in result.recipients)


@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise_an_untyped_error(raw: bytes) -> None:
    _classify_or_typed_error(raw)


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["cut", "insert", "duplicate", "truncate", "endings"]))
        at = draw(st.integers(0, len(data)))
        if action == "cut":
            del data[at:at + draw(st.integers(1, 200))]
        elif action == "insert":
            piece = draw(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=50)))
            data[at:at] = piece
        elif action == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 400))] * draw(st.integers(1, 20))
        elif action == "truncate":
            del data[at:]
        else:
            data = bytearray(bytes(data).replace(b"\n", draw(st.sampled_from([b"\r", b"\r\n"]))))
    return bytes(data)


@SETTINGS
@given(mangled())
def test_mangled_bounces_never_raise_an_untyped_error(raw: bytes) -> None:
    _classify_or_typed_error(raw)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_random_mime_structure_never_raises_an_untyped_error(pieces: list[bytes]) -> None:
    _classify_or_typed_error(b"From: MAILER-DAEMON@x.example\n" + b"".join(pieces))


HEAD = b"From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n\n"
PATHOLOGICAL = {
    "a run of address characters": HEAD + b"a" * 3_000_000,
    "spaces after an address": HEAD + b"a@b.example" + b" " * 2_000_000 + b"x",
    "nested multiparts": b"Content-Type: multipart/mixed; boundary=b\n\n"
    + b"--b\nContent-Type: multipart/mixed; boundary=b\n\n" * 100_000,
    "a million folded lines": b"Subject: a\n" + b" b\n" * 1_000_000,
    "a huge encoded subject": b"Subject: " + b"=?utf-8?q?a?= " * 100_000 + b"\n\nx",
    "a million parts": b"Content-Type: multipart/mixed; boundary=b\n\n" + b"--b\n\nx\n" * 10**6,
    "thousands of DSN records": b"Content-Type: multipart/report; boundary=b\n\n--b\n"
    b"Content-Type: message/delivery-status\n\n"
    + b"Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n\n" * 50_000,
}


@pytest.mark.parametrize("raw", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_is_read_within_the_caps(raw: bytes) -> None:
    _classify_or_typed_error(raw)


def test_the_part_tree_is_capped() -> None:
    root = parse_message(PATHOLOGICAL["a million parts"])
    assert sum(1 for _ in root.walk()) <= MAX_PARTS + 1
