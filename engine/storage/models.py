"""The database schema, for the whole domain.

Later features fill these tables in; they should not need to reshape them. Field names of the
settings tables match the settings dataclasses in ``engine.config`` so the repo maps them
one-to-one. Times are stored in UTC. Callers never see these classes: the storage modules
return dataclasses, because a model instance must not cross threads, and no engine or desktop
module outside ``engine.storage`` imports them (``lint-imports`` checks it; tests may, to look).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from engine.storage.db import database


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


# --- settings ---------------------------------------------------------------------------


class ProviderPacesField(pw.TextField):
    """A profile's own paces with receiving providers, as a JSON list of mappings (the
    settings dataclass turns them back into ``ProviderPaceSetting``)."""

    def db_value(self, value: Any) -> str:
        if isinstance(value, str):
            return value
        rows = [dict(v) if isinstance(v, dict) else dataclasses.asdict(v) for v in value or ()]
        return json.dumps(rows, sort_keys=True)

    def python_value(self, value: Any) -> list[dict[str, Any]]:
        return list(json.loads(value or "[]"))


class Setting(BaseModel):
    """Small singleton settings (bounce settings, exclusion policy, footers) as JSON."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class SmtpProfileRecord(BaseModel):
    id = pw.AutoField()
    key = pw.CharField(unique=True, max_length=64)
    name = pw.CharField(unique=True, max_length=200)
    host = pw.CharField(max_length=255, default="")
    port = pw.IntegerField(default=587)
    security = pw.CharField(max_length=16, default="starttls")
    verify_certificate = pw.BooleanField(default=True)
    requires_auth = pw.BooleanField(default=True)
    username = pw.CharField(max_length=255, default="")
    from_name = pw.CharField(max_length=255, default="")
    from_address = pw.CharField(max_length=320, default="")
    reply_to = pw.CharField(max_length=320, default="")
    bounce_address = pw.CharField(max_length=320, default="")
    daily_limit = pw.IntegerField(default=500)
    hourly_limit = pw.IntegerField(default=0)
    batch_size = pw.IntegerField(default=50)
    batch_pause_seconds = pw.IntegerField(default=10)
    max_connections = pw.IntegerField(default=2)
    use_verp = pw.BooleanField(default=True)
    disable_custom_headers = pw.BooleanField(default=False)
    is_default = pw.BooleanField(default=False)
    dkim_enabled = pw.BooleanField(default=False)
    dkim_domain = pw.CharField(max_length=255, default="")
    dkim_selector = pw.CharField(max_length=63, default="")
    dkim_algorithm = pw.CharField(max_length=16, default="rsa")
    auth_method = pw.CharField(max_length=16, default="password")
    oauth_client_id = pw.CharField(max_length=255, default="")
    oauth_tenant = pw.CharField(max_length=255, default="")
    provider_paces = ProviderPacesField(default="[]")
    warmup_plan = pw.CharField(max_length=32, default="")
    warmup_start = pw.CharField(max_length=10, default="")
    warmup_days = pw.IntegerField(default=30)
    warmup_first_day = pw.IntegerField(default=50)
    send_window = pw.BooleanField(default=False)
    window_from = pw.CharField(max_length=5, default="08:00")
    window_until = pw.CharField(max_length=5, default="20:00")
    window_zone = pw.CharField(max_length=64, default="UTC")


class BounceMailboxRecord(BaseModel):
    id = pw.AutoField()
    key = pw.CharField(unique=True, max_length=64)
    protocol = pw.CharField(max_length=8, default="imap")
    host = pw.CharField(max_length=255, default="")
    port = pw.IntegerField(default=993)
    security = pw.CharField(max_length=16, default="ssl")
    verify_certificate = pw.BooleanField(default=True)
    username = pw.CharField(max_length=255, default="")
    bounce_address = pw.CharField(max_length=320, default="")
    folder = pw.CharField(max_length=255, default="INBOX")
    bounce_threshold = pw.IntegerField(default=3)
    processed_action = pw.CharField(max_length=16, default="delete")
    processed_folder = pw.CharField(max_length=255, default="")
    non_bounce_action = pw.CharField(max_length=16, default="leave")
    non_bounce_folder = pw.CharField(max_length=255, default="")
    review_folder = pw.CharField(max_length=255, default="")
    enabled = pw.BooleanField(default=True)
    auth_method = pw.CharField(max_length=16, default="password")
    oauth_client_id = pw.CharField(max_length=255, default="")
    oauth_tenant = pw.CharField(max_length=255, default="")


class BounceCodeRecord(BaseModel):
    id = pw.AutoField()
    code = pw.CharField(unique=True, max_length=16)
    type = pw.CharField(max_length=8)
    meaning = pw.CharField(max_length=255, default="")
    position = pw.IntegerField(default=0)


# --- audience -----------------------------------------------------------------------------


class Contact(BaseModel):
    id = pw.AutoField()
    email = pw.CharField(unique=True, max_length=320)  # normalised: trimmed, lower-case domain
    first_name = pw.CharField(max_length=255, default="")
    last_name = pw.CharField(max_length=255, default="")
    fields = pw.TextField(default="{}")  # extra columns as merge fields, JSON
    created_at = pw.DateTimeField(default=utcnow)
    last_delivered_at = pw.DateTimeField(null=True)


class MailingList(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, max_length=200)
    description = pw.TextField(default="")
    # the extra columns its contacts carry (merge fields), JSON list, kept by the importer
    field_names = pw.TextField(default="[]")
    created_at = pw.DateTimeField(default=utcnow)


class Subscription(BaseModel):
    id = pw.AutoField()
    contact = pw.ForeignKeyField(Contact, backref="subscriptions", on_delete="CASCADE")
    mailing_list = pw.ForeignKeyField(MailingList, backref="subscriptions", on_delete="CASCADE")
    status = pw.CharField(max_length=16, default="subscribed")  # subscribed | unsubscribed
    subscribed_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("contact", "mailing_list"), True),)


# --- campaigns and sending ----------------------------------------------------------------


class Campaign(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, max_length=200)
    subject = pw.CharField(max_length=998, default="")
    from_name = pw.CharField(max_length=255, default="")
    from_address = pw.CharField(max_length=320, default="")
    reply_to = pw.CharField(max_length=320, default="")
    profile = pw.ForeignKeyField(SmtpProfileRecord, null=True, on_delete="SET NULL")
    text_body = pw.TextField(default="")
    html_body = pw.TextField(default="")
    # draft | generating | ready | sending | paused | completed | cancelled
    status = pw.CharField(max_length=16, default="draft")
    created_at = pw.DateTimeField(default=utcnow)
    scheduled_at = pw.DateTimeField(null=True)
    started_at = pw.DateTimeField(null=True)
    completed_at = pw.DateTimeField(null=True)
    # start sending as soon as the items are generated (CLI "campaign send"), not on a click
    send_when_ready = pw.BooleanField(default=False)
    duplicates = pw.IntegerField(default=0)  # addresses on more than one chosen list
    generate_cursor = pw.IntegerField(default=0)  # last subscription id turned into an item
    # why the engine paused it (a note; empty when the user did, or it is not paused)
    # (a default in the schema too: an older release's INSERT does not name these columns)
    pause_note = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
    # the complaints the user accepted by resuming it: the guard waits for more than these
    complaints_accepted = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])


class CampaignList(BaseModel):
    id = pw.AutoField()
    campaign = pw.ForeignKeyField(Campaign, backref="lists", on_delete="CASCADE")
    mailing_list = pw.ForeignKeyField(MailingList, on_delete="CASCADE")

    class Meta:
        indexes = ((("campaign", "mailing_list"), True),)


class CampaignItem(BaseModel):
    """One recipient of one campaign. Every state change is committed on its own."""

    id = pw.AutoField()
    campaign = pw.ForeignKeyField(Campaign, backref="items", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    email = pw.CharField(max_length=320)
    token = pw.CharField(unique=True, max_length=64)  # per-recipient, for VERP and links
    # queued | sending | sent | deferred | failed | uncertain | excluded
    state = pw.CharField(max_length=16, default="queued", index=True)
    exclude_reason = pw.CharField(max_length=32, default="")
    # The receiving mailbox provider (engine.sending.receivers: google, microsoft, …, other),
    # found when the item is made, so the sender can pass over a provider at its limit; a
    # database default too, so a row written without it (by an older version sharing the
    # database) is an item whose provider the sender finds when it claims it
    provider = pw.CharField(max_length=32, default="", constraints=[pw.SQL("DEFAULT ''")])
    attempts = pw.IntegerField(default=0)
    next_attempt_at = pw.DateTimeField(null=True)
    claimed_by = pw.CharField(max_length=64, default="")  # runner id while sending
    claimed_at = pw.DateTimeField(null=True)
    last_code = pw.CharField(max_length=16, default="")
    last_error = pw.TextField(default="")
    message_id = pw.CharField(max_length=255, default="", index=True)
    sent_at = pw.DateTimeField(null=True)
    updated_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("campaign", "email"), True), (("campaign", "state"), False))


class OutboundEmail(BaseModel):
    """A single message outside a campaign: a test send or an autoresponder."""

    id = pw.AutoField()
    profile = pw.ForeignKeyField(SmtpProfileRecord, null=True, on_delete="SET NULL")
    kind = pw.CharField(max_length=16, default="single")  # test | autoresponder | single
    to_address = pw.CharField(max_length=320)
    subject = pw.CharField(max_length=998, default="")
    text_body = pw.TextField(default="")
    html_body = pw.TextField(default="")
    state = pw.CharField(max_length=16, default="queued", index=True)
    attempts = pw.IntegerField(default=0)
    next_attempt_at = pw.DateTimeField(null=True)
    claimed_by = pw.CharField(max_length=64, default="")
    last_code = pw.CharField(max_length=16, default="")
    last_error = pw.TextField(default="")
    message_id = pw.CharField(max_length=255, default="", index=True)
    # a fully rendered message (test sends of a campaign); sent as is when present
    raw_message = pw.BlobField(null=True)
    envelope_from = pw.CharField(max_length=320, default="")
    token = pw.CharField(max_length=64, default="", index=True)  # as CampaignItem.token
    created_at = pw.DateTimeField(default=utcnow)
    sent_at = pw.DateTimeField(null=True)


class Autoresponder(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, max_length=200)
    mailing_list = pw.ForeignKeyField(MailingList, on_delete="CASCADE")
    profile = pw.ForeignKeyField(SmtpProfileRecord, null=True, on_delete="SET NULL")
    delay_minutes = pw.IntegerField(default=0)
    subject = pw.CharField(max_length=998, default="")
    text_body = pw.TextField(default="")
    html_body = pw.TextField(default="")
    enabled = pw.BooleanField(default=True)
    # only contacts who join after this get it: enabling it must not mail a whole old list
    created_at = pw.DateTimeField(default=utcnow)


class AutoresponderSend(BaseModel):
    """One contact's due autoresponder message; unique so a contact never gets it twice."""

    id = pw.AutoField()
    autoresponder = pw.ForeignKeyField(Autoresponder, on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE")
    due_at = pw.DateTimeField()
    outbound = pw.ForeignKeyField(OutboundEmail, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("autoresponder", "contact"), True),)


class SendCounter(BaseModel):
    """Messages sent per profile per period (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH``), in UTC."""

    id = pw.AutoField()
    profile = pw.ForeignKeyField(SmtpProfileRecord, on_delete="CASCADE")
    period = pw.CharField(max_length=16)
    count = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("profile", "period"), True),)


class ReceivingDomain(BaseModel):
    """A recipient domain's receiving provider as its MX named it (engine.sending.receivers),
    kept so a list is looked up once; ``failed``: the look-up did not answer, ask again."""

    domain = pw.CharField(primary_key=True, max_length=255)
    provider = pw.CharField(max_length=32)
    looked_up_at = pw.DateTimeField()
    failed = pw.BooleanField(default=False)


class ProviderCounter(BaseModel):
    """Messages one profile sent to one receiving provider in a UTC minute or hour
    (``YYYY-MM-DDTHH:MM`` or ``YYYY-MM-DDTHH``): the per-provider pace's counts."""

    id = pw.AutoField()
    profile = pw.ForeignKeyField(SmtpProfileRecord, on_delete="CASCADE")
    provider = pw.CharField(max_length=32)
    period = pw.CharField(max_length=16)
    count = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("profile", "provider", "period"), True),)


class ProviderPaceState(BaseModel):
    """How far one profile has slowed down for one provider after its throttling replies
    (engine.sending.pacing.Pace); no row: the full pace."""

    id = pw.AutoField()
    profile = pw.ForeignKeyField(SmtpProfileRecord, on_delete="CASCADE")
    provider = pw.CharField(max_length=32)
    factor = pw.FloatField(default=1.0)
    deferrals = pw.IntegerField(default=0)
    slowed_at = pw.DateTimeField(null=True)
    changed_at = pw.DateTimeField(null=True)
    base_per_minute = pw.IntegerField(default=0)  # a provider's pace seen when it throttled

    class Meta:
        indexes = ((("profile", "provider"), True),)


# --- jobs ---------------------------------------------------------------------------------


class JobState(BaseModel):
    name = pw.CharField(primary_key=True, max_length=64)
    paused = pw.BooleanField(default=False)
    last_run_at = pw.DateTimeField(null=True)
    next_run_at = pw.DateTimeField(null=True)
    last_error = pw.TextField(default="")
    running_by = pw.CharField(max_length=64, default="")
    heartbeat_at = pw.DateTimeField(null=True)


class Runner(BaseModel):
    """A scheduler process (window or run-jobs), so a crashed one's work can be recovered."""

    id = pw.CharField(primary_key=True, max_length=64)
    host = pw.CharField(max_length=255, default="")
    pid = pw.IntegerField(default=0)
    started_at = pw.DateTimeField(default=utcnow)
    heartbeat_at = pw.DateTimeField(default=utcnow)


class JobRun(BaseModel):
    id = pw.AutoField()
    job = pw.CharField(max_length=64, index=True)
    runner = pw.CharField(max_length=64, default="")
    started_at = pw.DateTimeField(default=utcnow)
    finished_at = pw.DateTimeField(null=True)
    state = pw.CharField(max_length=16, default="running")  # running | ok | failed | cancelled
    summary = pw.TextField(default="{}")  # the job's report, JSON
    error = pw.TextField(default="")


# --- bounces, suppressions, unsubscribes ----------------------------------------------------


class BounceMessage(BaseModel):
    """One message read from the bounce mailbox or a file, recorded once."""

    id = pw.AutoField()
    content_hash = pw.CharField(unique=True, max_length=64)
    message_id = pw.CharField(max_length=255, default="", index=True)
    # hard | soft | complaint | auto_reply | not_bounce | unsubscribe, or while a bounce naming
    # no recipient of ours waits for the user: review, and once they dismissed it: dismissed
    kind = pw.CharField(max_length=16)
    subject = pw.CharField(max_length=998, default="")
    source = pw.CharField(max_length=255, default="")  # mailbox name or file path
    run = pw.ForeignKeyField(JobRun, null=True, on_delete="SET NULL")
    received_at = pw.DateTimeField(default=utcnow)
    raw_message = pw.BlobField(null=True)


class Bounce(BaseModel):
    """One failed recipient of one bounce message, with why it counted hard or soft."""

    id = pw.AutoField()
    message = pw.ForeignKeyField(BounceMessage, backref="bounces", on_delete="CASCADE")
    email = pw.CharField(max_length=320, index=True)
    kind = pw.CharField(max_length=16)  # hard | soft | complaint
    status = pw.CharField(max_length=16, default="")
    status_inferred = pw.BooleanField(default=False)
    reply_code = pw.CharField(max_length=8, default="")
    reason = pw.CharField(max_length=64, default="")
    rule = pw.CharField(max_length=255, default="")
    diagnostic = pw.TextField(default="")
    remote_host = pw.CharField(max_length=255, default="")
    campaign = pw.ForeignKeyField(Campaign, null=True, on_delete="SET NULL")
    item = pw.ForeignKeyField(CampaignItem, null=True, on_delete="SET NULL")
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    counted = pw.BooleanField(default=False)  # counted toward the bounce threshold
    # how the campaign item was found: tracking | message_id | address | "" (not found)
    matched_by = pw.CharField(max_length=16, default="")
    # what the collector did with it, in words: counted 2 of 3, re-send 1 of 3, suppressed
    outcome = pw.CharField(max_length=255, default="")
    created_at = pw.DateTimeField(default=utcnow, index=True)


class BounceReview(BaseModel):
    """A bounce (or complaint) whose failed recipient could not be found, kept for the user.

    The message stays in the mailbox while ``open``; the user assigns the address it is about
    (then it is counted like any bounce and removed on the next run) or dismisses it.
    """

    id = pw.AutoField()
    message = pw.ForeignKeyField(BounceMessage, unique=True, backref="reviews",
                                 on_delete="CASCADE")
    kind = pw.CharField(max_length=16)  # as classified: hard | soft | complaint
    why = pw.CharField(max_length=255, default="")
    state = pw.CharField(max_length=16, default="open", index=True)  # open|assigned|dismissed
    address = pw.CharField(max_length=320, default="")  # the address the user assigned
    created_at = pw.DateTimeField(default=utcnow)
    decided_at = pw.DateTimeField(null=True)
    decided_by = pw.CharField(max_length=64, default="")


class Suppression(BaseModel):
    id = pw.AutoField()
    email = pw.CharField(unique=True, max_length=320)
    reason = pw.CharField(max_length=64)  # hard_bounce | soft_bounce | complaint | manual | import
    source = pw.CharField(max_length=255, default="")
    code = pw.CharField(max_length=16, default="")
    campaign = pw.ForeignKeyField(Campaign, null=True, on_delete="SET NULL")
    first_bounce_at = pw.DateTimeField(null=True)
    last_bounce_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=utcnow)


class SuppressionEvent(BaseModel):
    """The audit trail: every suppression and un-suppression, by whom and why."""

    id = pw.AutoField()
    email = pw.CharField(max_length=320, index=True)
    action = pw.CharField(max_length=16)  # suppress | unsuppress
    reason = pw.TextField(default="")
    actor = pw.CharField(max_length=64, default="")  # "user", "run:42", "import"
    at = pw.DateTimeField(default=utcnow)


class Unsubscribe(BaseModel):
    """An unsubscribe; ``campaign`` NULL means from everything."""

    id = pw.AutoField()
    email = pw.CharField(max_length=320, index=True)
    campaign = pw.ForeignKeyField(Campaign, null=True, on_delete="CASCADE")
    source = pw.CharField(max_length=64, default="")  # mail | link | import | user
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("email", "campaign"), True),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    SmtpProfileRecord,
    BounceMailboxRecord,
    BounceCodeRecord,
    Contact,
    MailingList,
    Subscription,
    Campaign,
    CampaignList,
    CampaignItem,
    OutboundEmail,
    Autoresponder,
    AutoresponderSend,
    SendCounter,
    ReceivingDomain,
    ProviderCounter,
    ProviderPaceState,
    JobState,
    Runner,
    JobRun,
    BounceMessage,
    Bounce,
    BounceReview,
    Suppression,
    SuppressionEvent,
    Unsubscribe,
)
