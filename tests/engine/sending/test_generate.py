"""Making a campaign's items: one per recipient, the left-out counted with their reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from engine.config import ExclusionPolicy
from engine.jobs import JobContext, run_to_end
from engine.sending.generate import generate_items
from engine.storage import audience, campaigns, repo
from engine.storage.models import CampaignItem, Suppression, Unsubscribe
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for


class _Server:
    host, port, tls, auth = "127.0.0.1", 2525, "none", None


pytestmark = pytest.mark.usefixtures("database_url")


def prepared(ctx: JobContext, lists: tuple[str, ...] = ("Newsletter",),
             name: str = "Spring sale") -> int:
    campaign = make_campaign(profile_for(_Server()), lists, name=name)
    campaigns.prepare(campaign.id)
    run_to_end(generate_items(ctx, page=3))
    return campaign.id


def test_each_subscriber_gets_one_item_with_a_tracking_token(
    context: Callable[..., JobContext],
) -> None:
    add_contacts("Newsletter", 7)
    campaign_id = prepared(context())
    items = list(CampaignItem.select())
    assert len(items) == 7
    assert all(len(i.token) == 16 and set(i.token) <= set("abcdefghijklmnopqrstuvwxyz234567")
               for i in items)
    assert len({i.token for i in items}) == 7
    assert campaigns.get_campaign_by_id(campaign_id).status == "ready"  # type: ignore[union-attr]


def test_someone_on_two_chosen_lists_is_sent_once_and_counted_as_duplicate(
    context: Callable[..., JobContext],
) -> None:
    add_contacts("Newsletter", 3)
    add_contacts("Customers", 2, start=2)
    campaign_id = prepared(context(), ("Newsletter", "Customers"))
    counts = campaigns.item_counts(campaign_id)
    assert counts.get("queued") == 4
    assert counts.duplicates == 1


def test_suppressed_invalid_and_unsubscribed_are_left_out_with_their_reason(
    context: Callable[..., JobContext],
) -> None:
    add_contacts("Newsletter", 4)
    Suppression.create(email="person0@example.org", reason="hard_bounce")
    Unsubscribe.create(email="person1@example.org", campaign=None, source="mail")
    mailing = audience.get_list("Newsletter")
    assert mailing is not None
    # an address that slipped in before validation existed
    from engine.storage.models import Contact, Subscription
    bad = Contact.create(email="not an address", first_name="X")
    Subscription.create(contact=bad.id, mailing_list=mailing.id)
    campaign_id = prepared(context())
    counts = campaigns.item_counts(campaign_id)
    assert counts.excluded_by_reason == {"suppressed": 1, "unsubscribed": 1, "invalid": 1}
    assert counts.get("queued") == 2


def test_an_unsubscribe_from_another_campaign_counts_only_under_a_global_policy(
    context: Callable[..., JobContext],
) -> None:
    add_contacts("Newsletter", 2)
    first = prepared(context(), name="First")
    Unsubscribe.create(email="person0@example.org", campaign=first, source="mail")
    second = prepared(context(), name="Second")
    assert campaigns.item_counts(second).excluded_by_reason == {}
    repo.save_setting(ExclusionPolicy(scope="global"))
    third = prepared(context(), name="Third")
    assert campaigns.item_counts(third).excluded_by_reason == {"unsubscribed": 1}


def test_a_generation_stopped_midway_resumes_without_duplicates(
    context: Callable[..., JobContext],
) -> None:
    add_contacts("Newsletter", 7)
    campaign = make_campaign(profile_for(_Server()))
    campaigns.prepare(campaign.id)
    job = generate_items(context(), page=3)
    next(job)  # one page made and committed
    job.close()
    assert CampaignItem.select().count() == 3
    run_to_end(generate_items(context(), page=3))
    assert CampaignItem.select().count() == 7
    assert campaigns.item_counts(campaign.id).duplicates == 0
