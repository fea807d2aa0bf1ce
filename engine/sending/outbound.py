"""Single messages: test sends of a campaign, autoresponders, and the job that sends them.

``process_outbound_email`` sends queued single messages one connection per profile, with the
same limits, outcomes and commit-before-send rule as campaigns. A 5xx to an autoresponder's
message is a bounce like a campaign message's (``engine.sending.refusal``: counted, maybe
suppressed, a soft one re-sent); a test send's is not: it went to the marketer's own address,
so it only fails, with the server's answer on it. ``process_autoresponder_messages``
turns "this contact joined the list N minutes ago" into a queued single message, once per
contact (a unique row guards it even with two runners).
"""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from engine.bounces.rules import CountingRules
from engine.config import BounceSettings, ComplaintGuard, ExclusionPolicy, Footers, SmtpProfile
from engine.errors import AuthError, ConfigError, SmtpError, error_note, profile_failed
from engine.jobs import JobContext, Progress
from engine.mail import feedback, tracking
from engine.mail.dkim import Signer, signer_for
from engine.notes import Note, note
from engine.sending import limits, outcomes, refusal
from engine.sending.render import MessageRenderer, MessageSpec, Recipient
from engine.sending.sender import OpenerFactory, default_opener
from engine.sending.transport import SmtpChannel
from engine.storage import audience, autoresponders, campaigns, repo, unsubscribes
from engine.storage import items as item_store
from engine.storage import outbound as store
from engine.storage.bounces import RefusedRecipient
from engine.storage.transactions import transaction

TEST_PREFIX = "[Test] "
TEST_KIND = "test"  # an OutboundEmail's kind for a test send


def campaign_renderer(campaign_id: int, *, subject_prefix: str = "") -> MessageRenderer:
    info = campaigns.get_campaign_by_id(campaign_id)
    if info is None:
        raise ConfigError("The campaign no longer exists.", code="no_campaign", params={})
    profile = repo.get_profile(info.draft.profile_name)
    if profile is None:
        raise ConfigError("The campaign's SMTP profile no longer exists.", field="profile_name",
                          code="no_profile", params={})
    d = info.draft
    spec = MessageSpec(subject_prefix + d.subject, d.from_name, d.from_address, d.reply_to,
                       d.text_body, d.html_body)
    return MessageRenderer(spec, profile, repo.load_setting(Footers))


def sample_values(contact_email: str | None) -> tuple[dict[str, str], str]:
    """Merge values (and display name) of the chosen contact; empty values use fallbacks."""
    if not contact_email:
        return {}, ""
    contact = audience.get_contact(contact_email)
    if contact is None:
        raise ConfigError(f"There is no contact {contact_email}.", field="contact")
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return contact.merge_values(), name


@dataclass(frozen=True)
class Preview:
    subject: str
    headers: list[tuple[str, str]]
    text: str
    html: str


def preview(campaign_id: int, contact_email: str | None, ctx_now: Any) -> Preview:
    """The message as the chosen contact would get it (links carry a sample token)."""
    renderer = campaign_renderer(campaign_id)
    values, name = sample_values(contact_email)
    to = contact_email or "someone@example.com"
    message = renderer.render(Recipient(to, "previewtoken2345", values, name), ctx_now)
    parsed = email.message_from_bytes(message.data.replace(b"\r\n", b"\n"),
                                      policy=email.policy.default)
    text_part = parsed.get_body(("plain",))
    html_part = parsed.get_body(("html",))
    return Preview(
        subject=str(parsed["Subject"]),
        headers=[(k, str(v)) for k, v in parsed.items()],
        text=text_part.get_content() if text_part else "",
        html=html_part.get_content() if html_part else "",
    )


def queue_test_send(campaign_id: int, addresses: list[str], *, contact_email: str | None,
                    ctx: JobContext) -> list[int]:
    """Queue the campaign, rendered for ``contact_email``, to each typed address."""
    from engine.config import address_error

    for address in addresses:
        if err := address_error(address):
            raise ConfigError(err, field="test_addresses")
    renderer = campaign_renderer(campaign_id, subject_prefix=TEST_PREFIX)
    values, name = sample_values(contact_email)
    info = campaigns.get_campaign_by_id(campaign_id)
    assert info is not None
    ids = []
    for address in addresses:
        token = tracking.new_token()
        message = renderer.render(Recipient(address.strip(), token, values, name), ctx.now())
        ids.append(store.enqueue(info.profile_key, TEST_KIND, address.strip(),
                                 subject=TEST_PREFIX + info.draft.subject,
                                 raw_message=message.data, envelope_from=message.envelope_from,
                                 token=token, now=ctx.db_now()))
    return ids


# --- the jobs -----------------------------------------------------------------------------


def send_outbound(ctx: JobContext, *, opener_factory: OpenerFactory = default_opener,
                  ) -> Generator[Progress, None, dict[str, Any]]:
    """The ``process_outbound_email`` job body."""
    table = repo.load_bounce_codes()
    settings = repo.load_setting(BounceSettings)
    counting = CountingRules.from_settings(repo.load_mailbox(), settings)
    footers = repo.load_setting(Footers)
    report: dict[str, Any] = {"sent": 0, "deferred": 0, "failed": 0, "uncertain": 0,
                              "excluded": 0, "errors": []}
    rows = store.claim(ctx.runner_id, ctx.db_now())
    unsignable: list[ConfigError] = []
    try:
        by_profile: dict[str, list[store.OutboundRow]] = {}
        for row in rows:
            by_profile.setdefault(row.profile_key, []).append(row)
        for key, group in by_profile.items():
            profile = repo.get_profile_by_key(key)
            if profile is None:
                for row in group:
                    _fail_unsendable(row, ctx, note("no_profile"))
                    report["failed"] += 1
                continue
            try:
                signer = signer_for(profile, ctx.password(profile.dkim_secret_key))
            except ConfigError as exc:
                # Nothing goes unsigned when the user chose signing: the rows wait for the key
                # (released below); the other profiles still send.
                unsignable.append(exc)
                report["errors"].append(profile_failed(profile.name, exc))
                continue
            yield from _send_group(ctx, profile, group, table, settings, counting, footers,
                                   report, opener_factory, signer)
    finally:
        store.release(ctx.runner_id)
    if unsignable:
        raise unsignable[0]
    return report


def _fail_unsendable(row: store.OutboundRow, ctx: JobContext, why: Note) -> None:
    with transaction():
        if store.mark_sending(row.id, ctx.runner_id, "", ctx.db_now()):
            store.mark_outcome(row.id, ctx.runner_id, "failed", ctx.db_now(), error=why)


def _send_group(ctx: JobContext, profile: SmtpProfile, group: list[store.OutboundRow],
                table: Any, settings: BounceSettings, counting: CountingRules,
                footers: Footers, report: dict[str, Any], opener_factory: OpenerFactory,
                signer: Signer | None) -> Generator[Progress, None, None]:
    profile_id = repo.profile_id(profile.key)
    assert profile_id is not None
    reserver = limits.QuotaReserver(profile_id, profile)
    scope = repo.load_setting(ExclusionPolicy).scope
    channel = SmtpChannel(opener_factory(profile, ctx.password(profile.secret_key)), table)
    try:
        for row in group:
            ctx.check()
            now = ctx.db_now()
            if row.kind != TEST_KIND and (
                    why := _left_out(row.to_address, scope, store.list_of(row.id))):
                # Checked again when it goes, as campaign items are: a soft refusal's re-send
                # may come due after the address was suppressed or the person unsubscribed.
                _fail_unsendable(row, ctx, note(why))
                report["excluded"] += 1
                continue
            if row.raw_message is not None:
                data, envelope_from = row.raw_message, row.envelope_from
                message_id = ""
            else:
                spec = MessageSpec(row.subject, profile.from_name, profile.from_address,
                                   profile.reply_to, row.text_body, row.html_body)
                try:
                    rendered = MessageRenderer(spec, profile, None).render(
                        Recipient(row.to_address, row.token or tracking.new_token(),
                                  attempt=row.attempts + 1), ctx.now())
                except ConfigError as exc:
                    _fail_unsendable(row, ctx, error_note(exc, "cannot_build"))
                    report["failed"] += 1
                    continue
                data, envelope_from = rendered.data, rendered.envelope_from
                message_id = rendered.message_id
            if signer is not None:
                data = signer.sign(data)
            with transaction():
                if not reserver.reserve(now):
                    report["resume_at"] = limits.quota_free_at(
                        profile, limits.usage(profile_id, now), now).isoformat()
                    return
                if not store.mark_sending(row.id, ctx.runner_id, message_id, now):
                    reserver.give_back(now)
                    continue
            try:
                outcome = channel.send(envelope_from, row.to_address, data)
            except (SmtpError, AuthError) as exc:
                with transaction():
                    store.unmark_sending(row.id, ctx.runner_id, now)
                    reserver.give_back(now)
                report["errors"].append(profile_failed(profile.name, exc))
                raise
            with transaction():
                if row.kind == TEST_KIND:
                    # a test goes to the marketer's own address: a refusal is not a bounce
                    decision = outcomes.decide_next(outcome, row.attempts + 1, now)
                else:
                    decision = refusal.decide(_refused(row), outcome, row.attempts + 1, now,
                                              settings=settings, rules=counting)
                error = None if outcome.state == "sent" else outcome.note(decision.note)
                store.mark_outcome(row.id, ctx.runner_id, decision.state, ctx.db_now(),
                                   code=outcome.code, error=error,
                                   next_attempt_at=decision.next_attempt_at)
            report[decision.state] += 1
            yield Progress(report["sent"], len(group), f"{profile.name}: {report['sent']} sent")
    finally:
        channel.close()


def _left_out(email: str, scope: str, list_id: int | None = None) -> str:
    """Why an autoresponder's message must not go to ``email``, a note's code ("" when it may):
    suppressed, or unsubscribed by the exclusion policy's rules (from everything, under
    *Global* from anything, or no longer on the autoresponder's list ``list_id``)."""
    if item_store.suppressed_among([email]):
        return "suppressed"
    if unsubscribes.excluded_from([email], [list_id] if list_id is not None else [], scope):
        return "unsubscribed"
    return ""


def _refused(row: store.OutboundRow) -> RefusedRecipient:
    """Whom the server refused: a single message has no campaign and no campaign item.

    Its token names the refusal's record; a row queued without one (none are today) is named
    by its own id instead, so its refusals still count their re-sends.
    """
    return RefusedRecipient(row.to_address, store.contact_of(row.id), None, None,
                            row.token or f"outbound{row.id}", row.attempts + 1)


def queue_autoresponders(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    """The ``process_autoresponder_messages`` job body."""
    footers = repo.load_setting(Footers)
    scope = repo.load_setting(ExclusionPolicy).scope
    sender_id = repo.load_setting(ComplaintGuard).feedback_sender_id
    now = ctx.db_now()
    queued = skipped = 0
    renderers: dict[int, tuple[MessageRenderer, str]] = {}
    for welcome in store.due_autoresponder_sends(now):
        ctx.check()
        if welcome.autoresponder_id not in renderers:
            ar = autoresponders.get_autoresponder(welcome.autoresponder_id)
            profile = repo.get_profile_by_key(ar.profile_key)
            if profile is None:
                continue
            profile_id = repo.profile_id(profile.key) or 0
            spec = MessageSpec(ar.draft.subject, profile.from_name, profile.from_address,
                               profile.reply_to, ar.draft.text_body, ar.draft.html_body,
                               feedback.autoresponder_feedback_id(
                                   welcome.autoresponder_id, profile_id,
                                   feedback.sender_id(sender_id, profile.from_address)))
            renderers[welcome.autoresponder_id] = (MessageRenderer(spec, profile, footers),
                                                   profile.key)
        renderer, profile_key = renderers[welcome.autoresponder_id]
        excluded = bool(_left_out(welcome.email, scope))
        with transaction():
            send_id = store.claim_autoresponder_send(welcome)
            if send_id is None:
                continue  # another runner queued it first
            if excluded:
                skipped += 1
                continue
            token = tracking.new_token()
            values = {**json.loads(welcome.fields or "{}"), "email": welcome.email,
                      "first_name": welcome.first_name, "last_name": welcome.last_name}
            name = " ".join(p for p in (welcome.first_name, welcome.last_name) if p)
            message = renderer.render(Recipient(welcome.email, token, values, name), ctx.now())
            outbound_id = store.enqueue(profile_key, "autoresponder", welcome.email,
                                        raw_message=message.data,
                                        envelope_from=message.envelope_from, token=token,
                                        now=now)
            store.link_autoresponder_send(send_id, outbound_id)
            queued += 1
        yield Progress(queued, None, f"{queued} welcome messages queued")
    return {"queued": queued, "skipped": skipped}
