"""The classifier against flufl.bounce's test messages (``shared/corpus-flufl``) and what
flufl.bounce's own tests expect of them, scored like that corpus's score.py
(reimplemented in bench.flufl_score). Short notices of many eras, addresses in prose."""

from __future__ import annotations

import pytest

from bench.flufl_score import FluflScore, score_corpus
from tests.support import flufl_corpus_dir


@pytest.fixture(scope="module")
def flufl() -> FluflScore:
    return score_corpus(flufl_corpus_dir())


def _why(result: FluflScore) -> str:
    return "\n".join(result.lines() + [f"{n}: {p}" for n, p in result.problems])


def test_failed_recipient_recall_is_at_least_97_percent(flufl: FluflScore) -> None:
    assert flufl.recall >= 0.97, _why(flufl)


def test_at_most_one_recipient_flufl_does_not_expect(flufl: FluflScore) -> None:
    assert len(flufl.extra) <= 1, _why(flufl)


def test_hard_or_soft_agrees_where_flufl_really_decides_at_least_95_percent(
        flufl: FluflScore) -> None:
    assert flufl.strong_agreement >= 0.95, _why(flufl)


def test_every_bounce_is_recognised_and_every_non_bounce_kept_out(flufl: FluflScore) -> None:
    assert (flufl.bounce_ok, flufl.not_bounce_ok) == (flufl.bounce_n, flufl.not_bounce_n), \
        _why(flufl)
