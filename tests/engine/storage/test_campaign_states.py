"""Which of the marketer's actions a campaign's status leaves open: the page's buttons."""

from __future__ import annotations

import pytest

from engine.storage.campaign_states import STATUSES, Action, allowed_actions

P, S, PA, R, C, U = (Action.PREPARE, Action.START, Action.PAUSE, Action.RESUME, Action.CANCEL,
                     Action.SEND_UNCERTAIN)

# status → the actions open with no uncertain item
OPEN = {
    "draft": {P},
    "generating": {PA, C},
    "ready": {P, S, C},
    "sending": {PA, C},
    "paused": {R, C},
    "completed": set(),
    "cancelled": set(),
    "": set(),  # no campaign chosen
}


def test_every_status_is_in_the_table() -> None:
    assert set(STATUSES) | {""} == set(OPEN)


@pytest.mark.parametrize(("status", "expected"), OPEN.items())
def test_each_status_opens_its_actions(status: str, expected: set[Action]) -> None:
    assert allowed_actions(status) == expected


@pytest.mark.parametrize("status", OPEN)
def test_uncertain_items_may_be_sent_again_in_any_status(status: str) -> None:
    assert allowed_actions(status, uncertain=3) == OPEN[status] | {U}
