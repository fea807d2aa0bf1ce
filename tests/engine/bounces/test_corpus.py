"""The classifier against the shared bounce corpus and its oracle (Sisimai 5.1's output).

Scored with the rules of the corpus's own score.py (reimplemented in bench.corpus_score).
The few oracle records that are plainly wrong are listed below with the reason; the floors
are asserted on the corrected oracle, and the raw figures are printed by the bench.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_score import OracleError, corrected, load_jsonl, predict, score
from tests.support import corpus_dir

KNOWN_ORACLE_ERRORS = (
    OracleError("arf-11.eml", "undisclosed-recipient-in-headers@libsisimai.org.invalid", None,
                "Sisimai's placeholder: the report names no recipient (To: Undisclosed "
                "Recipients, no Original-Rcpt-To); we report the complaint with none"),
    OracleError("arf-15.eml", "undisclosed-recipient-in-headers@libsisimai.org.invalid", None,
                "Sisimai's placeholder: the quoted To: is just \"undisclosed\""),
    OracleError("arf-12.eml", "undisclosed-recipient-in-headers@libsisimai.org.invalid",
                "user@example.com",
                "Sisimai's placeholder: the opt-out report names Removal-Recipient: "
                "user@example.com"),
    OracleError("lhost-apachejames-01.eml", "00000000000@vtext.example.com",
                "000000000000@vtext.example.com",
                "the oracle drops a digit: RCPT TO names 000000000000@vtext.example.com"),
    OracleError("lhost-v5sendmail-01.eml", "kijitora@exampl", "kijitora@example.com",
                "the oracle truncates the address; the message names kijitora@example.com"),
    OracleError("lhost-x1-03.eml", None, "kijitora@example.org",
                "the oracle reports nothing, but the notice lists \"kijitora@example.org "
                "[User unknown]\" under \"The following addresses had delivery errors\""),
    OracleError("lhost-mimecast-01.eml", None, "sabineko@neko.ef.example.org",
                "the oracle reports nothing, but Mimecast's notice lists \"-- "
                "sabineko@neko.ef.example.org\" under \"An email that you attempted to send to "
                "the following address could not be delivered\""),
)


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    root = corpus_dir()
    oracle = load_jsonl(root / "oracle.jsonl")
    return oracle, predict(root / "emails")


def _fixed(oracle: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return corrected(oracle, KNOWN_ORACLE_ERRORS)


@pytest.mark.parametrize("only_bsd", [False, True], ids=["all", "bsd"])
def test_failed_recipient_recall_is_at_least_99_percent(corpus: Any, only_bsd: bool) -> None:
    oracle, predictions = corpus
    result = score(_fixed(oracle), predictions, only_bsd)
    assert result.recall >= 0.99, "\n".join(result.lines() + [str(m) for m in result.missed])


@pytest.mark.parametrize("only_bsd", [False, True], ids=["all", "bsd"])
def test_status_code_agreement_is_at_least_96_percent(corpus: Any, only_bsd: bool) -> None:
    oracle, predictions = corpus
    result = score(_fixed(oracle), predictions, only_bsd)
    assert result.status_agreement >= 0.96, "\n".join(
        result.lines() + [str(m) for m in result.wrong_status])


def test_every_feedback_report_is_a_complaint(corpus: Any) -> None:
    oracle, predictions = corpus
    result = score(_fixed(oracle), predictions)
    assert result.complaint_ok == result.complaint_n
    kinds = _kinds(predictions)
    feedback_files = {r["file"] for r in oracle if r["reason"] == "feedback"}
    assert feedback_files
    assert {f: kinds[f] for f in feedback_files} == {f: {"complaint"} for f in feedback_files}


def test_every_rfc3834_reply_is_an_auto_reply(corpus: Any) -> None:
    oracle, predictions = corpus
    kinds = _kinds(predictions)
    files = {r["file"] for r in oracle if "/rfc3834-" in r["file"]}
    assert files
    assert {f: kinds[f] for f in files} == {f: {"auto_reply"} for f in files}


def test_no_file_in_not_is_a_bounce(corpus: Any) -> None:
    root = corpus_dir()
    predictions = corpus[1]
    files = {p.relative_to(root / "emails").as_posix()
             for p in (root / "emails" / "maildir" / "not").glob("*.eml")}
    kinds = _kinds(predictions)
    # rb-issue-368 is a real bounce filed there by mistake (score.py skips it too)
    bounces = {f for f in files if kinds[f] & {"hard", "soft"} and "rb-issue-368" not in f}
    assert bounces == set()


def test_success_notifications_are_not_bounces(corpus: Any) -> None:
    kinds = _kinds(corpus[1])
    for name in ("maildir/bsd/lhost-amazonses-12.eml", "maildir/bsd/rfc3464-28.eml"):
        if name in kinds:
            assert kinds[name] == {"not_bounce"}


def test_recipients_the_oracle_lacks_are_few_and_each_explained(corpus: Any) -> None:
    oracle, predictions = corpus
    # against the corrected oracle: the listed errors are the oracle's, not extra recipients
    assert len(score(_fixed(oracle), predictions).false_recipients) <= 2
    explained = {(e.file, e.actual_recipient) for e in KNOWN_ORACLE_ERRORS}
    everywhere = score(oracle, predictions).false_recipients
    unexplained = [(f, a) for f, a in everywhere if (f.rsplit("/", 1)[-1], a) not in explained]
    assert unexplained == []


def _kinds(predictions: list[dict[str, Any]]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in predictions:
        name = row["file"][2:] if row["file"].startswith("./") else row["file"]
        kinds[name].add(row["kind"])
    return kinds


def test_known_oracle_errors_name_real_corpus_files() -> None:
    emails = corpus_dir() / "emails" / "maildir" / "bsd"
    assert [e.file for e in KNOWN_ORACLE_ERRORS if not (emails / e.file).is_file()] == []
    assert isinstance(emails, Path)
