"""The sending job: campaign items out through each profile's SMTP server, within its limits.

One coordinator (the job's own thread) does all database work; up to ``max_connections``
connection threads only talk SMTP. For each message the coordinator commits, in one
transaction, the previous outcome on that connection, the quota it takes and the next item's
``sending`` mark, and only then hands the bytes to the connection. So at most one item per
connection is ever in ``sending``: after a crash those, and only those, become ``uncertain``.

Batches: ``batch_size`` messages over fresh connections, then ``batch_pause_seconds`` of
rest. Pause, Resume and Cancel of a campaign are read before each message.

On top of the profile's limits, each receiving provider (Gmail, Microsoft, …) has its own
pace (``engine.sending.provider_pace``): messages a minute and an hour, and messages in flight
at once. A provider at its limit is passed over until its minute is up — its items are given
back unsent and the next claims leave them out — while the other providers' mail keeps going;
a throttling reply slows that provider's pace, and only that provider's.

The profile's daily rate is the day's under its warm-up plan; outside its send window nothing
is claimed, and a batch running when the window closes stops claiming (what it holds goes
back unsent). Either way the report's ``resume_at`` says when sending may go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import queue
import threading
from collections import Counter, deque
from collections.abc import Callable, Generator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.bounces.codes import BounceCodeTable
from engine.bounces.rules import CountingRules
from engine.config import (
    BounceSettings,
    ComplaintGuard,
    ExclusionPolicy,
    Footers,
    ProviderPace,
    SmtpProfile,
    UnsubscribeService,
)
from engine.errors import (
    AuthError,
    ConfigError,
    EngineError,
    SmtpError,
    error_note,
    profile_failed,
)
from engine.jobs import JobContext, Progress
from engine.mail import feedback, signed_links
from engine.mail.dkim import SigningPool, signer_for
from engine.network import network_note, network_words
from engine.notes import Param, note
from engine.sending import limits, refusal, send_window
from engine.sending.outcomes import SendOutcome
from engine.sending.pacing import effective, is_throttling
from engine.sending.provider_pace import ProviderPacer
from engine.sending.receivers import ProviderFinder, profile_paces
from engine.sending.render import MessageRenderer, MessageSpec, Recipient, RenderedMessage
from engine.sending.transport import Opener, SmtpChannel
from engine.storage import campaigns, complaints, repo, unsubscribes
from engine.storage import items as item_store
from engine.storage.items import ClaimedItem
from engine.storage.transactions import transaction

OpenerFactory = Callable[[SmtpProfile, "str | None"], Opener]
TIMEOUT = 30.0  # seconds a campaign's SMTP connection waits for the server


def default_opener(profile: SmtpProfile, password: str | None) -> Opener:
    from engine.sending.connect import open_smtp

    return lambda: open_smtp(profile, password, timeout=TIMEOUT)


@dataclass
class SendReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    excluded: int = 0
    uncertain: int = 0
    resume_at: datetime | None = None
    errors: list[dict[str, Param]] = field(default_factory=list)  # notes (as_dict)
    # provider id -> throttling replies it gave this run (each slowed its pace)
    throttled: Counter[str] = field(default_factory=Counter)
    # provider id -> times it was passed over at its limit this run
    passed_over: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "deferred": self.deferred, "failed": self.failed,
            "excluded": self.excluded, "uncertain": self.uncertain,
            "resume_at": self.resume_at.isoformat() if self.resume_at else None,
            "errors": self.errors, "throttled": dict(self.throttled),
            "passed_over": dict(self.passed_over),
        }

    def summary(self) -> str:
        text = (f"{self.sent} sent, {self.deferred} deferred, {self.failed} failed, "
                f"{self.excluded} excluded")
        return text + (f", {self.uncertain} uncertain" if self.uncertain else "")


@dataclass
class _Job:
    item: ClaimedItem
    message: RenderedMessage
    signed: Future[bytes] | None = None  # the message with its DKIM signature, when it signs
    reserved_at: datetime | None = None  # when it took its place in the provider's minute
    # the provider's limit it was counted under: a throttling reply in between changes the
    # limit, and a place must be given back where it was taken
    reserved_under: ProviderPace | None = None

    def data(self) -> bytes:
        return self.message.data if self.signed is None else self.signed.result()


@dataclass
class _Result:
    worker: _ChannelWorker
    job: _Job
    outcome: SendOutcome | None
    error: BaseException | None


class _ChannelWorker(threading.Thread):
    """Owns one SMTP connection; sends what it is handed, reports every outcome."""

    def __init__(self, number: int, channel: SmtpChannel, outbox: queue.Queue[_Result]) -> None:
        super().__init__(name=f"smtp-connection-{number}", daemon=True)
        self.channel = channel
        self.inbox: queue.Queue[_Job | None] = queue.Queue()
        self._outbox = outbox
        self.usable = True

    def run(self) -> None:
        while (job := self.inbox.get()) is not None:
            try:
                outcome = self.channel.send(job.message.envelope_from, job.message.to,
                                            job.data())
            except BaseException as exc:  # noqa: BLE001 - reported to the coordinator
                self._outbox.put(_Result(self, job, None, exc))
            else:
                self._outbox.put(_Result(self, job, outcome, None))
        self.channel.close()


def service_links(ctx: JobContext, list_ids: list[int]) -> signed_links.ServiceLinks | None:
    """Signed links to the unsubscribe service for mail to ``list_ids``, when one is set up."""
    settings = repo.load_setting(UnsubscribeService)
    return signed_links.service_links(
        settings.base_url if settings.enabled else "",
        ctx.password(UnsubscribeService.SECRET_KEY), list_ids, ctx.now().date())


class ProfileSender:
    """Sends the due items of every active campaign of one profile."""

    def __init__(self, ctx: JobContext, profile: SmtpProfile, profile_id: int, *,
                 table: BounceCodeTable, bounce_settings: BounceSettings,
                 counting: CountingRules, footers: Footers, policy: ExclusionPolicy,
                 opener: Opener, report: SendReport,
                 guard: ComplaintGuard | None = None,
                 signing: SigningPool | None = None,
                 paces: Mapping[str, ProviderPace] | None = None) -> None:
        self.ctx = ctx
        self.signing = signing
        self.profile = profile
        self.profile_id = profile_id
        self.table = table
        self.bounce_settings = bounce_settings
        self.counting = counting
        self.footers = footers
        self.policy = policy
        self.opener = opener
        self.report = report
        self.guard = guard or ComplaintGuard()
        self.reserver = limits.QuotaReserver(profile_id, profile)
        self.pacer = ProviderPacer(profile_id,
                                   paces if paces is not None else profile_paces(profile))
        self.finder = ProviderFinder(ctx.mx_lookup, ctx.db_now)
        self._limits: dict[str, ProviderPace] = {}  # read before each batch's transactions
        self._waiting: dict[str, datetime] = {}  # provider at its limit -> passed over until
        self._in_flight: Counter[str] = Counter()
        self.writer = item_store.ItemWriter()
        self._delivered: list[int] = []
        self._skipped: list[int] = []
        self._renderers: dict[int, MessageRenderer | ConfigError] = {}
        self._quota_left = True  # False once the counters or the send window stop the batch
        self._window = send_window.window_of(profile)
        self._closes_at: datetime | None = None  # the open window's closing, naive UTC
        self._fatal: EngineError | None = None

    # -- the loop of batches -----------------------------------------------------------------

    def run(self) -> Generator[Progress, None, None]:
        pause_first = False
        while True:
            self.ctx.check()
            now = self.ctx.db_now()
            used = limits.usage(self.profile_id, now)
            allowance = limits.allowance(self.profile, used, now)
            if allowance <= 0:
                self._note_resume(limits.when_free(self.profile, used, now))
                return
            if not item_store.has_sendable(self.profile_id, now):
                return
            if pause_first:
                pause_first = False
                yield from self._pause()
                continue  # limits and campaigns may have changed during the pause
            # Complaints recorded since the last batch may have passed the limit.
            complaints.guard_profile(self.profile_id, self.guard)
            self._waiting = {p: until for p, until in self._waiting.items() if until > now}
            if self._window is not None:
                self._closes_at = self._window.closing(now).replace(tzinfo=None)
            batch = item_store.claim(self.ctx.runner_id, self.profile_id, now,
                                     min(self.profile.batch_size, allowance),
                                     passing_over=self._waiting)
            if not batch:
                if self._waiting:  # what is left is for providers at their limit
                    self._note_resume(min(self._waiting.values()).replace(tzinfo=UTC))
                return
            batch = self._with_providers(batch)
            self._limits = {p: self.pacer.limit(p, now) for p in {i.provider for i in batch}}
            yield from self._send_batch(self._recheck(batch))
            if self._fatal is not None:
                self.report.errors.append(profile_failed(self.profile.name, self._fatal))
                raise self._fatal
            if not self._quota_left:
                now = self.ctx.db_now()
                self._note_resume(limits.when_free(self.profile,
                                                   limits.usage(self.profile_id, now), now))
                return
            pause_first = self.profile.batch_pause_seconds > 0

    def _with_providers(self, batch: list[ClaimedItem]) -> list[ClaimedItem]:
        """Items made before items named their provider get it now, kept for the next claims."""
        unnamed = [item for item in batch if not item.provider]
        if not unnamed:
            return batch
        found = self.finder.providers_of([item.email for item in unnamed])
        named = {item.id: found[item.email] for item in unnamed}
        item_store.name_providers(named)
        return [dataclasses.replace(item, provider=named[item.id]) if item.id in named else item
                for item in batch]

    def _note_resume(self, at: datetime) -> None:
        if self.report.resume_at is None or at < self.report.resume_at:
            self.report.resume_at = at

    def _pause(self) -> Generator[Progress, None, None]:
        yield Progress(self.report.sent, None,
                       f"{self.profile.name}: pausing {self.profile.batch_pause_seconds} s "
                       "between batches")
        remaining = float(self.profile.batch_pause_seconds)
        while remaining > 0:
            self.ctx.check()
            step = min(0.5, remaining)
            self.ctx.clock.sleep(step)
            remaining -= step
            yield Progress(self.report.sent, None, f"{self.profile.name}: next batch in "
                           f"{remaining:.0f} s")

    def _recheck(self, batch: list[ClaimedItem]) -> list[ClaimedItem]:
        """Suppressed or unsubscribed since the items were made: excluded, not sent."""
        emails = [i.email for i in batch]
        suppressed = item_store.suppressed_among(emails)
        keep: list[ClaimedItem] = []
        now = self.ctx.db_now()
        with transaction():
            by_campaign: dict[int, set[str]] = {}
            for item in batch:
                if item.campaign_id not in by_campaign:
                    by_campaign[item.campaign_id] = item_store.unsubscribed_among(
                        [i.email for i in batch if i.campaign_id == item.campaign_id],
                        item.campaign_id, self.policy.scope)
                reason = ("suppressed" if item.email.lower() in suppressed else
                          "unsubscribed" if item.email.lower() in by_campaign[item.campaign_id]
                          else "")
                if reason:
                    item_store.exclude(item.id, reason, now)
                    self.report.excluded += 1
                else:
                    keep.append(item)
        return keep

    # -- one batch over several connections --------------------------------------------------

    def _send_batch(self, batch: list[ClaimedItem]) -> Generator[Progress, None, None]:
        pending = deque(batch)
        ready: deque[_Job] = deque()  # rendered ahead, not yet marked sending
        outbox: queue.Queue[_Result] = queue.Queue()
        count = max(1, min(self.profile.max_connections, len(batch)))
        workers = [
            _ChannelWorker(n, SmtpChannel(self.opener, self.table), outbox)
            for n in range(count)
        ]
        for worker in workers:
            worker.start()
        in_flight = 0
        stopping = False
        try:
            self._render_ahead(pending, ready, 2 * count)
            with transaction():
                starts = [(w, self._start_next(ready)) for w in workers]
            # A connection with nothing to send now (the providers in line have all their
            # connections busy) takes the next message that may go once one is free.
            idle = [w for w, job in starts if job is None]
            for worker, job in starts:
                if job is not None:
                    worker.inbox.put(job)
                    in_flight += 1
            while in_flight:
                # Render the next messages while the connections are busy with theirs. When
                # they are signed, several at a time: one task to the signing process each.
                if self.signing is None:
                    self._render_ahead(pending, ready, count)
                elif len(ready) < count:
                    self._render_ahead(pending, ready, 3 * count)
                results = [outbox.get()]
                while True:
                    try:
                        results.append(outbox.get_nowait())
                    except queue.Empty:
                        break
                stopping = stopping or self.ctx.token.cancelled
                handouts: list[tuple[_ChannelWorker, _Job]] = []
                with transaction():
                    for result in results:
                        in_flight -= 1
                        self._record(result)
                        if (pending or ready) and not any(w.usable for w in workers) and \
                                self._fatal is None and isinstance(result.error, EngineError):
                            self._fatal = result.error
                        if stopping or not result.worker.usable or self._fatal is not None:
                            continue
                        self._render_ahead(pending, ready, 1)
                        job = self._start_next(ready)
                        if job is not None:
                            handouts.append((result.worker, job))
                        else:
                            idle.append(result.worker)
                    while idle and not stopping and self._fatal is None:
                        worker = idle.pop()
                        job = self._start_next(ready) if worker.usable else None
                        if job is None:
                            if worker.usable:
                                idle.append(worker)
                            break
                        handouts.append((worker, job))
                for worker, job in handouts:
                    worker.inbox.put(job)
                    in_flight += 1
                yield Progress(self.report.sent, None, f"{self.profile.name}: "
                               f"{self.report.summary()}")
        finally:
            for worker in workers:
                worker.inbox.put(None)
            for worker in workers:
                worker.join(timeout=60)
            unsent = [i.id for i in pending] + [j.item.id for j in ready] + self._skipped
            item_store.release(self.ctx.runner_id, unsent)
            self._skipped.clear()
            with transaction():
                self.writer.note_delivered(self._delivered, self.ctx.db_now())
            self._delivered.clear()
        self.ctx.check()

    def _renderer(self, campaign_id: int) -> MessageRenderer | ConfigError:
        if campaign_id not in self._renderers:
            m = campaigns.message_of(campaign_id)
            sender = feedback.sender_id(self.guard.feedback_sender_id,
                                        m.from_address or self.profile.from_address)
            spec = MessageSpec(m.subject, m.from_name, m.from_address, m.reply_to, m.text_body,
                               m.html_body, feedback.campaign_feedback_id(
                                   campaign_id, self.profile_id, sender))
            try:
                self._renderers[campaign_id] = MessageRenderer(
                    spec, self.profile, self.footers,
                    service=service_links(self.ctx, unsubscribes.campaign_list_ids(campaign_id)))
            except ConfigError as exc:
                self._renderers[campaign_id] = exc
        return self._renderers[campaign_id]

    def _render_ahead(self, pending: deque[ClaimedItem], ready: deque[_Job], want: int) -> None:
        """Render until ``want`` messages wait that may go on a free connection of their
        provider's; one that cannot be built fails at once. Those for a provider with all its
        connections busy do not count: the other providers' mail behind them is rendered and
        goes meanwhile, instead of the connections idling until the line moves."""
        rendered: list[_Job] = []
        lined_up = Counter(job.item.provider for job in ready)

        def may_go() -> int:
            return sum(min(n, self._free_connections(p)) for p, n in lined_up.items())

        while pending and may_go() < want:
            item = pending.popleft()
            renderer = self._renderer(item.campaign_id)
            try:
                if isinstance(renderer, ConfigError):
                    raise renderer
                message = renderer.render(
                    Recipient(item.email, item.token, item.merge_values(), item.display_name,
                              item.attempts + 1),
                    self.ctx.now(),
                )
            except ConfigError as exc:
                now = self.ctx.db_now()
                with transaction():
                    if item_store.mark_sending(item.id, self.ctx.runner_id, "", now):
                        item_store.mark_outcome(item.id, self.ctx.runner_id, "failed", now,
                                                error=error_note(exc, "cannot_build"))
                        self.report.failed += 1
                continue
            rendered.append(_Job(item, message))
            lined_up[item.provider] += 1
        if self.signing is not None:
            # Signed meanwhile on another core; the connection that sends one waits for it.
            for job, signed in zip(rendered, self.signing.submit(
                    [j.message.data for j in rendered]), strict=True):
                job.signed = signed
        ready.extend(rendered)

    def _start_next(self, ready: deque[_Job]) -> _Job | None:
        """Within the caller's transaction: the next message that may go, marked ``sending``:
        the first in line whose provider has a place free now (one with all its connections
        busy waits in line; one at its limit for the minute gives its items back)."""
        index = 0
        while index < len(ready) and self._quota_left:
            job = ready[index]
            provider = job.item.provider
            if provider in self._waiting:
                del ready[index]
                self._skipped.append(job.item.id)
                continue
            limit = self._limit(provider)
            if self._in_flight[provider] >= limit.connections:
                index += 1
                continue
            now = self.ctx.db_now()
            if self._closes_at is not None and now >= self._closes_at:
                self._quota_left = False  # the window closed during the batch
                return None
            if not self.pacer.reserve(provider, now, limit):
                # Its minute (or hour) is full: passed over until the next minute, when the
                # next claim may take its items again; the other providers' go on.
                self._waiting[provider] = now.replace(second=0, microsecond=0) + \
                    timedelta(minutes=1)
                self.report.passed_over[provider] += 1
                continue
            if not self.reserver.reserve(now):
                self.pacer.give_back(provider, now, limit)
                self._quota_left = False
                return None
            del ready[index]
            if not self.writer.mark_sending(job.item.id, self.ctx.runner_id,
                                            job.message.message_id, now):
                # Paused or cancelled (released when the batch ends), or another runner took
                # it over after our lease ran out.
                self.reserver.give_back(now)
                self.pacer.give_back(provider, now, limit)
                self._skipped.append(job.item.id)
                continue
            job.reserved_at, job.reserved_under = now, limit
            self._in_flight[provider] += 1
            return job
        return None

    def _free_connections(self, provider: str) -> int:
        if provider in self._waiting:
            return 0
        return max(0, self._limit(provider).connections - self._in_flight[provider])

    def _limit(self, provider: str) -> ProviderPace:
        if provider not in self._limits:  # read outside a transaction where it can be
            self._limits[provider] = self.pacer.preset(provider)
        return self._limits[provider]

    def _record(self, result: _Result) -> None:
        """Within the caller's transaction: what happened to one message."""
        item = result.job.item
        now = self.ctx.db_now()
        runner = self.ctx.runner_id
        self._in_flight[item.provider] -= 1
        if result.error is not None:
            result.worker.usable = False
            if isinstance(result.error, (SmtpError, AuthError, OSError)):
                # The connection could not be opened: nothing was sent, nothing counted.
                item_store.unmark_sending(item.id, runner, now)
                self.reserver.give_back(now)
                self.pacer.give_back(item.provider, result.job.reserved_at or now,
                                     result.job.reserved_under or self._limit(item.provider))
                if isinstance(result.error, AuthError):
                    self._fatal = result.error
                elif isinstance(result.error, OSError):
                    # stored as the job's error: the failure's code, with host and port
                    found = network_note(result.error, self.profile.host, self.profile.port,
                                         TIMEOUT)
                    result.error = SmtpError(str(result.error)) if found is None else \
                        SmtpError(network_words(found), code=found.code, params=found.params)
                return
            item_store.mark_outcome(item.id, runner, "uncertain", now, error=note(
                "unexpected_error", type=type(result.error).__name__,
                detail=str(result.error)))
            self.report.uncertain += 1
            return
        outcome = result.outcome
        assert outcome is not None
        decision = refusal.decide(item.refused(), outcome, item.attempts + 1, now,
                                  settings=self.bounce_settings, rules=self.counting)
        error = None if outcome.state == "sent" else outcome.note(decision.note)
        self.writer.mark_outcome(item.id, runner, decision.state, now, code=outcome.code,
                                 error=error, next_attempt_at=decision.next_attempt_at)
        if is_throttling(outcome):
            # "Too fast" from this provider: its pace slows (kept for every runner), and the
            # limit this batch applies to it with it; the other providers are not touched.
            pace = self.pacer.throttled(item.provider, now)
            self._limits[item.provider] = effective(self.pacer.preset(item.provider), pace)
            self.report.throttled[item.provider] += 1
        if decision.state == "sent":
            self.report.sent += 1
            if item.contact_id:
                self._delivered.append(item.contact_id)
        elif decision.state == "deferred":
            self.report.deferred += 1
        elif decision.state == "uncertain":
            self.report.uncertain += 1
        else:
            self.report.failed += 1


def send_campaigns(ctx: JobContext, *, opener_factory: OpenerFactory = default_opener,
                   paces: Mapping[str, ProviderPace] | None = None,
                   ) -> Generator[Progress, None, dict[str, Any]]:
    """The ``process_campaign_messages`` job body; ``paces``: each receiving provider's pace
    (the presets of ``receivers.toml`` by default)."""
    report = SendReport()
    table = repo.load_bounce_codes()
    bounce_settings = repo.load_setting(BounceSettings)
    counting = CountingRules.from_settings(repo.load_mailbox(), bounce_settings)
    footers = repo.load_setting(Footers)
    policy = repo.load_setting(ExclusionPolicy)
    guard = repo.load_setting(ComplaintGuard)
    unsignable: list[ConfigError] = []
    for profile in repo.list_profiles():
        profile_id = repo.profile_id(profile.key)
        if profile_id is None or not item_store.has_sendable(profile_id, ctx.db_now()):
            continue
        try:
            signer = signer_for(profile, ctx.password(profile.dkim_secret_key))
        except ConfigError as exc:
            # Its items wait, unsent: the user chose signing. The other profiles still send.
            unsignable.append(exc)
            report.errors.append(profile_failed(profile.name, exc))
            continue
        opener = opener_factory(profile, ctx.password(profile.secret_key))
        with contextlib.ExitStack() as stack:
            signing = None if signer is None else stack.enter_context(SigningPool(signer))
            sender = ProfileSender(ctx, profile, profile_id, table=table,
                                   bounce_settings=bounce_settings, counting=counting,
                                   footers=footers, policy=policy,
                                   opener=opener, report=report, guard=guard,
                                   signing=signing, paces=paces)
            yield from sender.run()
        due = item_store.next_due(profile_id, ctx.db_now())
        if due is not None and due.tzinfo is None:
            due = due.replace(tzinfo=UTC)  # stored naive UTC; the quota's resume time is aware
        if due is not None and (report.resume_at is None or due < report.resume_at):
            report.resume_at = due
    if unsignable:
        raise unsignable[0]
    return report.as_dict()
