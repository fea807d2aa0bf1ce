"""The bounce rules as a marketer would state them, collected from saved messages."""

from __future__ import annotations

from datetime import timedelta

from engine.cli.words import note_text as words
from engine.clock import FakeClock
from engine.notes import from_value, load, note
from engine.storage import bounces as store
from engine.storage import suppressions
from engine.storage.models import Bounce, BounceMessage, CampaignItem, Contact, JobRun, Unsubscribe
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Collect, Sent, send_campaign


def test_hard_bounce_is_matched_by_tracking_header_and_counts_one(
    sent: Sent, collect_files: Collect
) -> None:
    report = collect_files([mail.dsn("ann@example.org", tracking=sent.tokens["ann@example.org"])],
                           count_hard_bounces=True)
    [bounce] = store.list_bounces()
    assert (bounce.email, bounce.kind, bounce.status, bounce.counted) == (
        "ann@example.org", "hard", "5.1.1", True)
    assert bounce.matched_by == "tracking"
    assert bounce.campaign_id == sent.campaign_id
    assert "5.1.1" in bounce.rule
    assert load(bounce.outcome) == note("counted", count=1, limit=3)
    assert words(bounce.outcome) == "counted 1 of 3"
    assert store.raw_message(bounce.message_id) is not None
    assert report.hard_bounces == 1 and report.messages_read == 1


def test_one_hard_bounce_suppresses_the_address_by_default(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    report = collect_files([mail.dsn("ann@example.org", tracking=sent.tokens["ann@example.org"])])
    assert report.newly_suppressed == ["ann@example.org"]
    [bounce] = store.list_bounces()
    assert bounce.counted
    assert words(bounce.outcome) == "hard bounce: suppressed at once"
    record = suppressions.get("ann@example.org")
    assert record is not None
    assert (record.reason, record.code, record.campaign_id) == (
        "hard_bounce", "5.1.1", sent.campaign_id)
    assert record.first_bounce_at == clock.now().replace(tzinfo=None)
    [event] = suppressions.events("ann@example.org")
    assert words(event.reason).startswith("one hard bounce stops sending to an address")


def test_the_threshold_counts_soft_bounces_whose_resends_ran_out(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    rules = {"soft_retry_count": 0, "threshold": 2}
    collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    clock.advance(hours=1)
    report = collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    assert report.newly_suppressed == ["ann@example.org"]
    outcomes = [words(b.outcome) for b in sorted(store.list_bounces(), key=lambda b: b.id)]
    assert outcomes == ["re-sends used up; counted 1 of 2",
                        "re-sends used up; counted 2 of 2; suppressed"]
    assert suppressions.get("ann@example.org").reason == "soft_bounce"  # type: ignore[union-attr]


def test_with_the_cautious_setting_hard_bounces_count_toward_the_threshold(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    rules = {"threshold": 2, "count_hard_bounces": True}
    assert collect_files([mail.dsn("ann@example.org")], **rules).newly_suppressed == []
    clock.advance(days=1)
    assert collect_files([mail.dsn("ann@example.org")], **rules).newly_suppressed == [
        "ann@example.org"]


def test_verp_token_matches_like_the_tracking_header(sent: Sent, collect_files: Collect) -> None:
    token = sent.tokens["bob@example.org"]
    raw = mail.dsn("bob@example.org").replace(
        b"To: bounces@news.example.com", f"To: bounces+{token}@news.example.com".encode(), 1)
    collect_files([raw])
    assert [b.matched_by for b in store.list_bounces()] == ["tracking"]


def test_bounce_is_matched_by_the_quoted_message_id(sent: Sent, collect_files: Collect) -> None:
    item = sent.item("bob@example.org")
    collect_files([mail.dsn("someone-else@forward.example", original_id=item.message_id)])
    [bounce] = store.list_bounces()
    assert (bounce.matched_by, bounce.email) == ("message_id", "bob@example.org")


def test_bounce_is_matched_by_recipient_address_last(sent: Sent, collect_files: Collect) -> None:
    collect_files([mail.dsn("CY@example.org")])
    [bounce] = store.list_bounces()
    assert (bounce.matched_by, bounce.email, bounce.campaign_id) == (
        "address", "cy@example.org", sent.campaign_id)


def test_address_reaching_the_threshold_is_suppressed_with_reasons(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    first = clock.now()
    collect_files([mail.dsn("ann@example.org")], threshold=2, count_hard_bounces=True)
    clock.advance(days=1)
    report = collect_files([mail.dsn("ann@example.org", "5.1.2")], threshold=2,
                           count_hard_bounces=True)
    assert report.newly_suppressed == ["ann@example.org"]
    record = suppressions.get("ann@example.org")
    assert record is not None
    assert (record.reason, record.code, record.campaign_id) == (
        "hard_bounce", "5.1.2", sent.campaign_id)
    assert record.first_bounce_at == first.replace(tzinfo=None)
    assert record.last_bounce_at == clock.now().replace(tzinfo=None)
    [event] = suppressions.events("ann@example.org")
    run_id = JobRun.select().order_by(JobRun.id.desc()).first().id
    assert (event.action, event.actor) == ("suppress", f"run:{run_id}")
    assert "threshold of 2" in words(event.reason)
    assert not Unsubscribe.select().exists()


def test_the_audit_trail_says_why_in_words_not_codes(
    sent: Sent, collect_files: Collect
) -> None:
    collect_files([mail.dsn("ann@example.org")], threshold=1)
    [event] = suppressions.events("ann@example.org")
    assert words(event.reason).endswith("5.1.1 (address does not exist)")


def test_soft_bounce_defers_the_item_for_a_resend_without_counting(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    report = collect_files([mail.dsn("ann@example.org", "4.2.2",
                                     tracking=sent.tokens["ann@example.org"])])
    item = sent.item("ann@example.org")
    assert item.state == "deferred"
    assert item.next_attempt_at == (clock.now() + timedelta(hours=4)).replace(tzinfo=None)
    [bounce] = store.list_bounces()
    assert (bounce.kind, bounce.counted) == ("soft", False)
    assert words(bounce.outcome).startswith("re-send 1 of 3")
    assert report.resends_scheduled == 1


def test_soft_bounce_counts_once_the_resends_are_used_up(
    sent: Sent, collect_files: Collect
) -> None:
    token = sent.tokens["ann@example.org"]
    for _ in range(2):
        collect_files([mail.dsn("ann@example.org", "4.2.2", tracking=token)], soft_retry_count=1)
    first, second = sorted(store.list_bounces(), key=lambda b: b.id)
    assert (first.counted, second.counted) == (False, True)
    assert words(second.outcome) == "re-sends used up; counted 1 of 3"


def test_soft_bounces_older_than_the_stale_days_stop_counting(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    rules = {"soft_retry_count": 0, "threshold": 2, "stale_days": 7}
    collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    clock.advance(days=8)
    report = collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    assert report.newly_suppressed == []
    clock.advance(days=1)
    report = collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    assert report.newly_suppressed == ["ann@example.org"]


def test_a_later_successful_delivery_resets_soft_bounce_counts(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    rules = {"soft_retry_count": 0, "threshold": 2}
    collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    clock.advance(hours=1)
    store.mark_delivered("ann@example.org", clock.now())
    clock.advance(hours=1)
    report = collect_files([mail.dsn("ann@example.org", "4.2.2")], **rules)
    assert report.newly_suppressed == []


def test_complaint_suppresses_at_once(sent: Sent, collect_files: Collect) -> None:
    report = collect_files([mail.complaint("bob@example.org")])
    record = suppressions.get("bob@example.org")
    assert record is not None and record.reason == "complaint"
    assert report.complaints == 1 and report.newly_suppressed == ["bob@example.org"]


def test_unsubscribe_mail_unsubscribes_from_that_campaign(
    sent: Sent, collect_files: Collect
) -> None:
    report = collect_files([mail.unsubscribe(sent.tokens["cy@example.org"])])
    [row] = Unsubscribe.select()
    assert (row.email, row.campaign_id, row.source) == ("cy@example.org", sent.campaign_id, "mail")
    assert report.unsubscribes == 1 and report.non_bounces_left == 0
    assert not suppressions.is_suppressed("cy@example.org")


def test_unsubscribe_mail_unsubscribes_from_everything_under_a_global_policy(
    sent: Sent, collect_files: Collect
) -> None:
    collect_files([mail.unsubscribe(sent.tokens["cy@example.org"])], exclusion_scope="global")
    assert suppressions.is_unsubscribed("cy@example.org", campaign_id=None)


def test_unsubscribe_with_an_unknown_token_is_left_for_a_person(
    sent: Sent, collect_files: Collect
) -> None:
    report = collect_files([mail.unsubscribe("aaaaaaaaaaaaaaaa")])
    assert report.unsubscribes == 0 and report.non_bounces_left == 1
    assert not Unsubscribe.select().exists()


def test_a_persons_reply_is_counted_and_its_text_not_kept(
    sent: Sent, collect_files: Collect
) -> None:
    report = collect_files([mail.reply()])
    assert report.non_bounces_left == 1
    [message] = BounceMessage.select()
    assert (message.kind, message.raw_message) == ("not_bounce", None)


def test_collecting_the_same_messages_again_records_nothing_twice(
    sent: Sent, collect_files: Collect
) -> None:
    batch = [mail.dsn("ann@example.org"), mail.complaint("bob@example.org"), mail.reply()]
    collect_files(batch)
    again = collect_files(batch)
    assert (again.messages_read, again.already_recorded) == (3, 3)
    assert (again.hard_bounces, again.complaints) == (0, 0)
    assert Bounce.select().count() == 2


def test_a_copy_within_one_batch_is_recorded_once(sent: Sent, collect_files: Collect) -> None:
    raw = mail.dsn("ann@example.org")
    report = collect_files([raw, raw.replace(b"\r\n", b"\n")])
    assert Bounce.select().count() == 1
    assert (report.messages_read, report.recorded, report.copies) == (2, 1, 1)


def test_unsuppressed_address_needs_new_bounces_to_return(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    collect_files([mail.dsn("ann@example.org")], threshold=1, count_hard_bounces=True)
    clock.advance(minutes=5)
    assert suppressions.unsuppress("ann@example.org", actor="user",
                                   why=note("by_user", text="fixed mailbox"),
                                   at=clock.now())
    clock.advance(minutes=5)
    collect_files([mail.dsn("ann@example.org")], threshold=2, count_hard_bounces=True)
    assert not suppressions.is_suppressed("ann@example.org")
    actions = [(e.action, e.actor) for e in suppressions.events("ann@example.org")]
    assert actions[:2] == [("suppress", actions[0][1]), ("unsuppress", "user")]


def test_an_unreadable_message_is_left_and_reported(sent: Sent, collect_files: Collect) -> None:
    report = collect_files([b"   \r\n"])
    [error] = report.errors
    assert from_value(error).code == "message_unreadable"
    assert "left in place" in words(from_value(error))
    assert not BounceMessage.select().exists()


def test_bounce_for_an_unknown_address_is_still_counted(
    sent: Sent, collect_files: Collect
) -> None:
    collect_files([mail.dsn("stranger@example.com")], threshold=1)
    [bounce] = store.list_bounces()
    assert (bounce.matched_by, bounce.campaign_id) == ("", None)
    assert suppressions.is_suppressed("stranger@example.com")


def test_bounce_of_a_later_campaign_is_matched_to_its_latest_item(
    sent: Sent, collect_files: Collect
) -> None:
    later = send_campaign("February", ["ann@example.org"], start=100)
    collect_files([mail.dsn("ann@example.org")])
    [bounce] = store.list_bounces()
    assert bounce.campaign_id == later.campaign_id
    assert Contact.select().count() == 3
    assert CampaignItem.select().count() == 4
