"""The exclusion policy end to end: a real SMTP server sends, a real Dovecot brings the
reader's unsubscribe (the footer's mailto link), and later campaigns go where the policy says.

*Campaign* scope: the reader leaves the lists the campaign was sent to, so a later campaign to
those lists leaves them out and one to their other lists still reaches them. *Global*: they
leave every list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from engine.bounces.codes import BounceCodeTable
from engine.clock import FakeClock
from engine.collecting.collect import collect
from engine.collecting.job import mailbox_source
from engine.collecting.record import Rules
from engine.config import BounceMailbox, ExclusionPolicy
from engine.jobs import CancelToken, JobContext, run_to_end
from engine.storage import audience, repo
from engine.storage.models import CampaignItem
from tests.engine.collecting import mail
from tests.engine.sending.conftest import (
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)
from tests.servers.dovecot import DovecotServer, MailUser

pytestmark = pytest.mark.usefixtures("database_url")

READER = "person0@example.org"


def collect_unsubscribe(dovecot: DovecotServer, user: MailUser, token: str, scope: str,
                        clock: FakeClock) -> None:
    user.put("INBOX", mail.unsubscribe(token, sender=READER))
    mailbox = BounceMailbox(protocol="imap", host=dovecot.host, port=dovecot.imap_port,
                            security="none", username=user.name,
                            bounce_address="bounces@shop.example")
    report = run_to_end(collect(
        mailbox_source(mailbox, user.password, timeout=5),
        rules=Rules(soft_retry_interval=timedelta(hours=4), exclusion_scope=scope),
        table=BounceCodeTable.default(), clock=clock, token=CancelToken(), retry_count=0,
    ))
    assert report.unsubscribes == 1


class Recorded:
    """What the server received since the last look."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.seen = len(server.messages)

    def new(self) -> list[str]:
        messages = self.server.messages
        fresh, self.seen = messages[self.seen:], len(messages)
        return sorted(m.rcpt_tos[0] for m in fresh)


def setup(smtp_server: Callable[..., Any], context: Callable[..., JobContext],
          dovecot: DovecotServer, dovecot_user: MailUser, clock: FakeClock,
          scope: str) -> tuple[Any, Any, JobContext]:
    """Lists L1 and L2 both hold the reader; campaign A went to L1 and they unsubscribed."""
    repo.save_setting(ExclusionPolicy(scope))  # type: ignore[arg-type]
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("L1", 3)  # person0..2
    add_contacts("L2", 1)  # person0 too
    add_contacts("L2", 1, start=10)
    ctx = context(profile)
    a = make_campaign(profile, ("L1",), name="A")
    start_campaign(a, ctx)
    send(ctx)
    token = CampaignItem.get((CampaignItem.campaign == a.id)
                             & (CampaignItem.email == READER)).token
    collect_unsubscribe(dovecot, dovecot_user, token, scope, clock)
    return Recorded(server), profile, ctx


def membership(list_name: str) -> str:
    mailing = audience.get_list(list_name)
    assert mailing is not None
    [row] = [m for m in audience.list_members(mailing.id) if m.contact.email == READER]
    return row.status


def test_campaign_scope_leaves_that_campaigns_lists_and_only_those(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
    dovecot: DovecotServer, dovecot_user: MailUser, clock: FakeClock,
) -> None:
    server, profile, ctx = setup(smtp_server, context, dovecot, dovecot_user, clock,
                                 "campaign")
    assert membership("L1") == "unsubscribed"  # the Lists page shows it
    assert membership("L2") == "subscribed"
    start_campaign(make_campaign(profile, ("L1",), name="B"), ctx)
    send(ctx)
    assert server.new() == ["person1@example.org", "person2@example.org"]
    start_campaign(make_campaign(profile, ("L2",), name="C"), ctx)
    send(ctx)
    assert server.new() == [READER, "person10@example.org"]


def test_global_scope_leaves_every_list(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
    dovecot: DovecotServer, dovecot_user: MailUser, clock: FakeClock,
) -> None:
    server, profile, ctx = setup(smtp_server, context, dovecot, dovecot_user, clock, "global")
    assert membership("L1") == "unsubscribed"
    assert membership("L2") == "unsubscribed"
    start_campaign(make_campaign(profile, ("L1",), name="B"), ctx)
    start_campaign(make_campaign(profile, ("L2",), name="C"), ctx)
    send(ctx)
    assert server.new() == sorted(["person1@example.org", "person2@example.org",
                                   "person10@example.org"])


def test_an_unsubscribe_while_a_later_campaign_to_its_lists_is_queued_stops_that_message(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
    dovecot: DovecotServer, dovecot_user: MailUser, clock: FakeClock,
) -> None:
    repo.save_setting(ExclusionPolicy("campaign"))
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("L1", 2)
    ctx = context(profile)
    a = make_campaign(profile, ("L1",), name="A")
    start_campaign(a, ctx)
    send(ctx)
    b = make_campaign(profile, ("L1",), name="B")
    start_campaign(b, ctx)  # B's items are made before the unsubscribe arrives
    token = CampaignItem.get((CampaignItem.campaign == a.id)
                             & (CampaignItem.email == READER)).token
    collect_unsubscribe(dovecot, dovecot_user, token, "campaign", clock)
    recorded = Recorded(server)
    send(ctx)
    assert recorded.new() == ["person1@example.org"]
    item = CampaignItem.get((CampaignItem.campaign == b.id) & (CampaignItem.email == READER))
    assert (item.state, item.exclude_reason) == ("excluded", "unsubscribed")


def test_the_users_unsubscribe_under_global_scope_also_covers_a_list_joined_later(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext], clock: FakeClock,
) -> None:
    from engine.storage import unsubscribes

    repo.save_setting(ExclusionPolicy("global"))
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("L1", 2)
    add_contacts("L2", 1)
    l1 = audience.get_list("L1")
    assert l1 is not None
    unsubscribes.unsubscribe_from_list(READER, l1.id, source="user", at=clock.now())
    assert (membership("L1"), membership("L2")) == ("unsubscribed", "unsubscribed")
    add_contacts("L3", 1)  # the reader joins a new list afterwards
    ctx = context(profile)
    recorded = Recorded(server)
    start_campaign(make_campaign(profile, ("L1", "L2", "L3"), name="Everyone"), ctx)
    send(ctx)
    assert recorded.new() == ["person1@example.org"]


def test_the_users_unsubscribe_under_campaign_scope_leaves_that_list_only(
    clock: FakeClock,
) -> None:
    from engine.storage import unsubscribes

    add_contacts("L1", 1)
    add_contacts("L2", 1)
    l1 = audience.get_list("L1")
    assert l1 is not None
    unsubscribes.unsubscribe_from_list(READER, l1.id, source="user", at=clock.now())
    assert (membership("L1"), membership("L2")) == ("unsubscribed", "subscribed")
