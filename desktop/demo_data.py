"""A small tea shop's data after a week of use, made through the engine's own functions.

The screenshot tool (``desktop.screenshots``) fills a temporary database with it, so every page
is pictured with something on it. Nothing here contacts a server: bounces are collected from
saved messages written here (as ``collect --from-dir`` does), and the campaign that is "being
sent" had its first messages' SMTP answers replayed through the sender's own state functions
(claim, mark sending, the outcome rules, the daily quota) instead of a connection. Times are
real: the week before now.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from engine.bounces.rules import CountingRules
from engine.clock import SystemClock
from engine.collecting.job import process_bounce_email
from engine.config import BounceMailbox, BounceSettings, SmtpProfile
from engine.errors import MailboxError
from engine.jobs import JobContext, Progress, run_to_end
from engine.mail.dkim import generate_key
from engine.scheduler.jobs import job
from engine.scheduler.runner import Runner
from engine.secrets import SecretStore
from engine.sending import limits, outcomes, refusal
from engine.sending.provider_pace import ProviderPacer
from engine.sending.receivers import profile_paces
from engine.sending.sender import SendReport
from engine.storage import audience, autoresponders, campaigns, items, repo
from engine.storage.autoresponders import AutoresponderDraft
from engine.storage.campaigns import CampaignDraft
from engine.storage.transactions import transaction

SHOP = "greenleaf-tea.example"
TEA_CLUB = "Tea club members"
WHOLESALE = "Wholesale buyers"
DRAFT = "Winter blends"
SENDING = "Spring first flush"
SCHEDULED = "Wholesale price list"

# (first, last, address, city, favourite tea); the order is the order they subscribed, and
# so the order the campaign's messages go out.
TEA_CLUB_MEMBERS = (
    ("Anna", "Kowalska", "anna.k@example.net", "Kraków", "Darjeeling"),
    ("Li", "Wei", "li.wei@example.org", "Leeds", "Oolong"),
    ("Maya", "Fischer", "maya.fischer@example.de", "Hamburg", "Sencha"),
    ("Oskar", "Lind", "oskar.lind@example.se", "Uppsala", "Lapsang souchong"),
    ("Hannah", "Moreau", "hannah.moreau@example.fr", "Lyon", "Earl Grey"),
    ("Jonas", "Becker", "jonas.becker@example.de", "Bremen", "Assam"),
    ("Priya", "Nair", "priya.nair@example.co.uk", "Bristol", "Masala chai"),
    ("Tom", "Baker", "tom@oldcompany.example", "Leeds", "Assam"),
    ("Sofia", "Costa", "sofia.costa@example.pt", "Porto", "Jasmine"),
    ("Sam", "Turner", "sam@example.co.uk", "York", "Rooibos"),
    ("Eva", "Novak", "eva.novak@example.cz", "Brno", "Gunpowder"),
    ("Lucas", "Martin", "lucas.martin@example.fr", "Nantes", "Genmaicha"),
    ("Petra", "Huber", "petra@example.at", "Graz", "Darjeeling"),
    ("Noah", "Smith", "noah.smith@example.com", "Dublin", ""),
    ("Ines", "García", "ines.garcia@example.es", "Valencia", "Matcha"),
    ("Ole", "Hansen", "ole.hansen@example.dk", "Aarhus", "Keemun"),
    ("Clara", "Rossi", "clara.rossi@example.it", "Turin", "Sencha"),
)
LEFT_THE_CLUB = "noah.smith@example.com"
WHOLESALE_BUYERS = (
    ("Marta", "Lopez", "orders@teahouse-lyon.example", "Lyon", "Teahouse Lyon"),
    ("Ben", "Carter", "ben@corner-cafe.example", "Bristol", "Corner Café"),
    ("Aiko", "Tanaka", "aiko@leafandcup.example", "London", "Leaf & Cup"),
    ("Hannah", "Moreau", "hannah.moreau@example.fr", "Lyon", "Salon Moreau"),
    ("Raj", "Patel", "raj@spicetrail.example", "Leicester", "Spice Trail Deli"),
)

SENDING_TEXT = """Hello {{first_name|tea friend}},

The first flush Darjeelings have arrived: bright, flowery and only picked for a few weeks a
year. As a club member you get 10% off until Sunday.

We have also set aside a sample of {{tea|our new teas}} for your next order.

Warm regards,
The Greenleaf Tea team
"""
SENDING_HTML = """<h2>The first flush is here</h2>
<p>Hello {{first_name|tea friend}},</p>
<p>The first flush Darjeelings have arrived: bright, flowery and only picked for a few weeks a
year. As a club member you get <b>10% off until Sunday</b>.</p>
<p>We have also set aside a sample of {{tea|our new teas}} for your next order.</p>
<p>Warm regards,<br>The Greenleaf Tea team</p>
"""
SCHEDULED_TEXT = """Hello {{first_name|there}},

our new season prices are attached: the first flush teas by the kilo.
"""

DRAFT_TEXT = """Hello {{first_name|tea friend}},

Our winter blends are back: spiced chai, smoky lapsang and a new orange rooibos.

The Greenleaf Tea team
"""

# What the receiving servers answered to the first messages of the campaign (others: 250).
SMTP_ANSWERS = {
    "li.wei@example.org": (550, "5.1.1 <li.wei@example.org>: Recipient address rejected: "
                                "User unknown in virtual mailbox table"),
    "oskar.lind@example.se": (451, "4.7.1 <oskar.lind@example.se>: Recipient address "
                                   "rejected: Greylisted, please try again in 300 seconds"),
}
FIRST_BATCH = 8  # messages of the campaign sent so far; the rest wait in the queue

# The list a shop assistant typed up from the paper sign-up sheet, for "Clean a list".
SIGN_UP_SHEET = (
    ("Name", "Email", "City", "Signed up"),
    ("Zoë Müller", "zoe.mueller@example.de", "Berlin", "2026-02-14"),
    ("Björn Larsen", "bjorn.larsen@example.no", "Oslo", "2026-02-14"),
    ("Zoe Mueller", "Zoe.Mueller@example.de", "Berlin", "2026-02-21"),
    ("Maria Rossi", "maria.rossi.example.com", "Milan", "2026-02-21"),
    ("Teahouse Lyon", "info@teahouse-lyon.example", "Lyon", "2026-02-22"),
    ("Anna Kowalska", "anna.k@gmial.com", "Kraków", "2026-02-28"),
    ("Tom Baker", "tom@oldcompany.example", "Leeds", "2026-03-01"),
    ("Petra Huber", "petra@example.at", "Graz", "2026-03-01"),
    ("Felix Wagner", "felix.wagner@example.at", "Vienna", "2026-03-02"),
    ("Grace Kim", "grace.kim@example.com", "Cardiff", "2026-03-05"),
    ("Mateo Ruiz", "mateo.ruiz@example.es", "Seville", "2026-03-07"),
)

# Sign-ups typed in at the shop's till, to import into the club: two new, one already in,
# and the mistakes such a file has (a name with an unquoted comma, no address, a typo).
TILL_SIGN_UPS = (
    "email,first_name,last_name,city\r\n"
    "lena.fischer@example.de,Lena,Fischer,Hamburg\r\n"
    "oliver.smith@example.co.uk,Oliver,Smith,York\r\n"
    "maya.fischer@example.de,Maya,Fischer,Hamburg\r\n"
    "lena.fischer@example.de,Lena,Fischer,Hamburg\r\n"
    "noah.b@example.com,Noah,Brown, Jr.,Bath\r\n"
    ",Ines,Costa,Porto\r\n"
    "maria.rossi.example.com,Maria,Rossi,Milan\r\n"
)


@dataclass(frozen=True)
class DemoFiles:
    """Files the pictures use besides the database, all under one temporary folder."""

    saved_bounces: Path  # bounced mail saved from the mailbox, one sub-folder per run
    sign_up_sheet: Path  # a CSV to clean
    till_sign_ups: Path  # a CSV to import into a list, a few rows of it wrong


class EarlierClock:
    """The real clock, ``ago`` in the past: runs of earlier days get their own times."""

    def __init__(self, ago: timedelta) -> None:
        self.ago = ago
        self._real = SystemClock()

    def now(self) -> datetime:
        return self._real.now() - self.ago

    def sleep(self, seconds: float) -> None:
        self._real.sleep(seconds)


# --- the whole story ----------------------------------------------------------------------


def fill(secrets: SecretStore, folder: Path) -> DemoFiles:
    """Settings, lists, two campaigns, a week of bounces; returns the files made in ``folder``."""
    fill_settings(secrets)
    fill_lists()
    saved = folder / "Saved bounces"
    files = DemoFiles(saved_bounces=saved, sign_up_sheet=folder / "sign-up sheet.csv",
                      till_sign_ups=folder / "till sign-ups.csv")
    # Bounces of last month's newsletter (sent before the shop used this app) came in
    # over the week: Tom's address is gone, Sam complained, Petra's server blocks us.
    old_news = "Our February news"
    days = (timedelta(days=6, hours=3), timedelta(days=4, hours=5), timedelta(days=2, hours=1))
    collect_saved(saved / "1", days[0], [
        dsn("tom@oldcompany.example", "5.1.1", "550", subject=old_news, ago=days[0]),
        dsn("anna.k@example.net", "5.2.2", "552", subject=old_news, ago=days[0],
            text="<anna.k@example.net>: Mailbox full: user is over quota"),
    ])
    collect_saved(saved / "2", days[1], [
        dsn("tom@oldcompany.example", "5.1.1", "550", subject=old_news, ago=days[1]),
        complaint("sam@example.co.uk", subject=old_news, ago=days[1]),
    ])
    collect_saved(saved / "3", days[2], [
        dsn("tom@oldcompany.example", "5.1.1", "550", subject=old_news, ago=days[2]),
        dsn("petra@example.at", "5.7.1", "554", subject=old_news, ago=days[2],
            text="Service unavailable; client host [203.0.113.25] blocked using "
                 "bl.example.net"),
    ])
    fill_campaigns()
    fill_autoresponders()
    # The campaign's first messages went out a few minutes ago; two came back already.
    sent = send_first_batch(timedelta(minutes=12))
    minutes = timedelta(minutes=2)
    collect_saved(saved / "4", minutes, [
        dsn("anna.k@example.net", "4.2.2", "452", subject="Anna, the first flush is here",
            ago=minutes, text="<anna.k@example.net>: Mailbox full, try again later",
            tracking=sent["anna.k@example.net"]),
        dsn("jonas.becker@example.de", "5.1.1", "550", ago=minutes,
            subject="Jonas, the first flush is here", tracking=sent["jonas.becker@example.de"]),
        # an old relay's notice that names nobody: kept for review, not guessed at
        notice_naming_nobody(ago=minutes),
    ])
    slow_down("yahoo", timedelta(minutes=6), times=2)
    run_scheduled("mark_campaigns_completed", timedelta(minutes=1))
    fail_collection(timedelta(seconds=30))
    write_sign_up_sheet(files.sign_up_sheet)
    files.till_sign_ups.write_text(TILL_SIGN_UPS, encoding="utf-8", newline="")
    return files


# --- settings -----------------------------------------------------------------------------


def fill_settings(secrets: SecretStore) -> None:
    """What a small shop's settings might look like after a first afternoon."""
    main = repo.save_profile(SmtpProfile(
        name="Newsletter (Brevo)", host="smtp-relay.brevo.com", port=587, security="starttls",
        username=f"news@{SHOP}", from_name="Greenleaf Tea", from_address=f"news@{SHOP}",
        reply_to=f"hello@{SHOP}", bounce_address=f"bounces@{SHOP}", daily_limit=20000,
        hourly_limit=2000, batch_size=100, batch_pause_seconds=5, max_connections=2,
        is_default=True, dkim_enabled=True, dkim_domain=SHOP, dkim_selector="news1",
    ))
    secrets.set(main.key, "demo-password")
    secrets.set(main.dkim_secret_key, generate_key("rsa")[0])
    repo.save_profile(SmtpProfile(
        name="Shop Gmail (small tests)", host="smtp.gmail.com", port=465, security="ssl",
        username="greenleaf.tea@gmail.example", from_name="Greenleaf Tea",
        from_address="greenleaf.tea@gmail.example", bounce_address=f"bounces@{SHOP}",
        daily_limit=2000,
    ))
    mailbox = BounceMailbox(
        protocol="imap", host=f"imap.{SHOP}", port=993, security="ssl",
        username=f"bounces@{SHOP}", folder="INBOX", bounce_threshold=3,
        processed_action="move", processed_folder="Processed bounces",
    )
    repo.save_mailbox(mailbox)
    secrets.set(mailbox.key, "demo-password")


# --- lists and campaigns ------------------------------------------------------------------


def fill_lists() -> None:
    club = audience.create_list(TEA_CLUB, "Signed up in the shop or on the website")
    for first, last, email, city, tea in TEA_CLUB_MEMBERS:
        fields = {"city": city, "tea": tea} if tea else {"city": city}
        audience.save_contact(email, first, last, fields, list_ids=[club.id])
    left = audience.get_contact(LEFT_THE_CLUB)
    assert left is not None
    audience.unsubscribe(left.id, club.id)
    trade = audience.create_list(WHOLESALE, "Cafés and shops that order by the kilo")
    for first, last, email, city, company in WHOLESALE_BUYERS:
        audience.save_contact(email, first, last, {"city": city, "company": company},
                              list_ids=[trade.id])


def fill_campaigns() -> tuple[campaigns.CampaignInfo, campaigns.CampaignInfo]:
    """A draft for later, and one prepared (its recipients counted) and started."""
    profile = repo.default_profile()
    assert profile is not None
    draft = campaigns.save_campaign(CampaignDraft(
        name=DRAFT, subject="{{first_name|Hello}}, the winter blends are back",
        profile_name=profile.name, list_names=(TEA_CLUB, WHOLESALE), text_body=DRAFT_TEXT,
    ))
    # Next week's wholesale letter (made before the campaign sending now, which the list
    # shows first, newest first), prepared to start by itself in four days at 08:00 UTC.
    later = campaigns.save_campaign(CampaignDraft(
        name=SCHEDULED, subject="New season prices for {{company|your shop}}",
        profile_name=profile.name, list_names=(WHOLESALE,), text_body=SCHEDULED_TEXT,
    ))
    start_at = (datetime.now(UTC) + timedelta(days=4)).replace(hour=8, minute=0, second=0,
                                                              microsecond=0, tzinfo=None)
    campaigns.prepare(later.id, send_when_ready=True, scheduled_at=start_at)
    sending = campaigns.save_campaign(CampaignDraft(
        name=SENDING, subject="{{first_name|Dear friend}}, the first flush is here",
        profile_name=profile.name, list_names=(TEA_CLUB,), text_body=SENDING_TEXT,
        html_body=SENDING_HTML,
    ))
    campaigns.prepare(sending.id)
    # The real job makes the items: suppressed addresses are left out here.
    run_scheduled("generate_campaign_items", timedelta(minutes=15))
    campaigns.start(sending.id, now=EarlierClock(timedelta(minutes=13)).now()
                    .replace(tzinfo=None))
    started = campaigns.get_campaign_by_id(sending.id)
    assert started is not None
    return draft, started


def fill_autoresponders() -> None:
    """A welcome at once and brewing tips three days later, for new Tea Club members."""
    profile = repo.default_profile()
    assert profile is not None
    for name, delay, subject, text in (
        ("Welcome to the Tea Club", 0, "Welcome to the Tea Club, {{first_name|friend}}",
         "Hello {{first_name|there}},\n\nthank you for joining the Greenleaf Tea Club. "
         "Each month we write about one tea: where it grows and how to brew it.\n"),
        ("Brewing tips (day 3)", 3 * 24 * 60, "Three tips for a better cup",
         "Hello {{first_name|there}},\n\nfresh water, the right temperature, and a timer: "
         "that is most of it.\n"),
    ):
        autoresponders.save_autoresponder(AutoresponderDraft(
            name, TEA_CLUB, profile.name, delay_minutes=delay, subject=subject, text_body=text))


def run_scheduled(name: str, ago: timedelta, body: Any = None) -> dict[str, Any]:
    """One run of a scheduled job as the scheduler does it, so the Jobs page shows it."""
    runner = Runner(JobContext(clock=EarlierClock(ago)))
    runner.start()
    chosen = job(name) if body is None else dataclasses.replace(job(name), body=body)
    try:
        outcome = run_to_end(runner.run_job(chosen))
    finally:
        runner.stop()
    if outcome.state != "ok":
        raise RuntimeError(f"demo job {name} {outcome.state}: {outcome.error}")
    return outcome.summary


def fail_collection(ago: timedelta) -> None:
    """The latest collection found the mail server down: the Jobs page and the Overview say
    so (a failed run is recorded by the runner, as any job's)."""

    def body(_ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
        yield from ()
        raise MailboxError("demo", code="connection_refused",
                           params={"host": f"imap.{SHOP}", "port": 993})

    runner = Runner(JobContext(clock=EarlierClock(ago)))
    runner.start()
    try:
        run_to_end(runner.run_job(dataclasses.replace(job("process_bounce_email"), body=body)))
    finally:
        runner.stop()


def slow_down(provider: str, ago: timedelta, *, times: int) -> None:
    """The provider answered "too fast" ``times`` (the wholesale list's mail, sent with the
    same profile), as the sender records it: the campaign page says so while it lasts."""
    profile = repo.default_profile()
    profile_id = repo.profile_id(profile.key) if profile else None
    assert profile is not None and profile_id is not None
    pacer = ProviderPacer(profile_id, profile_paces(profile))
    at = datetime.now(UTC).replace(tzinfo=None) - ago
    for _ in range(times):
        with transaction():
            pacer.throttled(provider, at)


def send_first_batch(ago: timedelta) -> dict[str, str]:
    """The first messages' answers replayed through the sender's state functions.

    Returns each sent address's tracking token (bounces quote it).
    """
    def body(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
        return replay_answers(ctx, ago)

    run_scheduled("process_campaign_messages", ago - timedelta(minutes=9), body)
    return items.tried_tokens()


def replay_answers(ctx: JobContext, ago: timedelta,
                   ) -> Generator[Progress, None, dict[str, Any]]:
    """What ``ProfileSender`` records per message, with the server's answer taken from
    ``SMTP_ANSWERS`` instead of a connection: quota, ``sending``, then the outcome rules."""
    profile = repo.default_profile()
    assert profile is not None
    profile_id = repo.profile_id(profile.key)
    assert profile_id is not None
    table = repo.load_bounce_codes()
    settings = repo.load_setting(BounceSettings)
    counting = CountingRules.from_settings(repo.load_mailbox(), settings)
    reserver = limits.QuotaReserver(profile_id, profile)
    writer = items.ItemWriter()
    report = SendReport()
    first = datetime.now(UTC).replace(tzinfo=None) - ago
    claimed = items.claim(ctx.runner_id, profile_id, first, FIRST_BATCH)
    for n, item in enumerate(claimed):
        now = first + timedelta(seconds=40 * n)
        with transaction():
            reserver.reserve(now)
            writer.mark_sending(item.id, ctx.runner_id, f"{item.token}@{SHOP}", now)
        code, text = SMTP_ANSWERS.get(item.email, (250, "2.0.0 Ok: queued as 4Jx7"))
        outcome = outcomes.from_reply(code, text, table)
        with transaction():
            decision = refusal.decide(item.refused(), outcome, item.attempts + 1, now,
                                      settings=settings, rules=counting)
            writer.mark_outcome(item.id, ctx.runner_id, decision.state, now, code=outcome.code,
                                error=None if decision.state == "sent"
                                else outcome.note(decision.note),
                                next_attempt_at=decision.next_attempt_at)
        setattr(report, decision.state, getattr(report, decision.state) + 1)
        yield Progress(n + 1, len(claimed), f"{n + 1} of {len(claimed)} messages")
    items.release(ctx.runner_id)
    return report.as_dict()


# --- bounces ------------------------------------------------------------------------------


def collect_saved(folder: Path, ago: timedelta, messages: list[bytes]) -> dict[str, Any]:
    """Save the messages as .eml files and collect them as the "Collect bounces" job would."""
    folder.mkdir(parents=True)
    for n, raw in enumerate(messages, start=1):
        (folder / f"{n:03}.eml").write_bytes(raw)

    def body(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
        return process_bounce_email(ctx, paths=[str(folder)])

    return run_scheduled("process_bounce_email", ago, body)


_serial: Iterator[int] = iter(range(1, 1_000_000))


def dsn(recipient: str, status: str, reply: str, *, subject: str, ago: timedelta,
        text: str = "", tracking: str | None = None) -> bytes:
    """A Postfix-style delivery status notification for one recipient."""
    n = next(_serial)
    text = text or f"<{recipient}>: Recipient address rejected: User unknown"
    action = "delayed" if status.startswith("4") else "failed"
    original = [f"X-Newsletter-Desk-Tracking: {tracking}"] if tracking else []
    domain = recipient.rpartition("@")[2]
    return _crlf([
        "Return-Path: <>",
        f"From: MAILER-DAEMON@mx.{domain} (Mail Delivery System)",
        f"To: bounces@{SHOP}",
        "Subject: Undelivered Mail Returned to Sender",
        f"Message-ID: <bounce-{n}@mx.{domain}>",
        f"Date: {format_datetime(datetime.now(UTC) - ago)}",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
        "",
        "--B",
        "Content-Type: text/plain",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "--B",
        "Content-Type: message/delivery-status",
        "",
        f"Reporting-MTA: dns; mx.{domain}",
        "",
        f"Final-Recipient: rfc822; {recipient}",
        f"Action: {action}",
        f"Status: {status}",
        f"Remote-MTA: dns; mx.{domain}",
        f"Diagnostic-Code: smtp; {reply} {status} {text}",
        "",
        "--B",
        "Content-Type: text/rfc822-headers",
        "",
        f"From: Greenleaf Tea <news@{SHOP}>",
        f"To: {recipient}",
        f"Subject: {subject}",
        *original,
        "",
        "--B--",
    ])


def notice_naming_nobody(*, ago: timedelta) -> bytes:
    """A relay's prose notice that says a message failed but not to whom."""
    n = next(_serial)
    return _crlf([
        "Return-Path: <>",
        "From: Mail Delivery Subsystem <postmaster@relay.example.com>",
        f"To: bounces@{SHOP}",
        "Subject: Delivery failure",
        f"Message-ID: <notice-{n}@relay.example.com>",
        f"Date: {format_datetime(datetime.now(UTC) - ago)}",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Your message could not be delivered to one of its recipients.",
        "The remote server answered: 550 5.1.1 mailbox unavailable.",
        "",
        "This message was created automatically by the mail system.",
    ])


def complaint(recipient: str, *, subject: str, ago: timedelta) -> bytes:
    """A feedback-loop (ARF) report: the reader pressed "This is spam"."""
    n = next(_serial)
    return _crlf([
        "From: feedback@fbl.example.net",
        f"To: bounces@{SHOP}",
        "Subject: Abuse report",
        f"Message-ID: <arf-{n}@fbl.example.net>",
        f"Date: {format_datetime(datetime.now(UTC) - ago)}",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=feedback-report; boundary="A"',
        "",
        "--A",
        "Content-Type: text/plain",
        "",
        "This is an email abuse report.",
        "",
        "--A",
        "Content-Type: message/feedback-report",
        "",
        "Feedback-Type: abuse",
        "User-Agent: FBL/1.0",
        "Version: 1",
        f"Original-Rcpt-To: {recipient}",
        "",
        "--A",
        "Content-Type: message/rfc822",
        "",
        f"From: news@{SHOP}",
        f"To: {recipient}",
        f"Subject: {subject}",
        "",
        "Hello",
        "--A--",
    ])


def _crlf(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


# --- clean a list -------------------------------------------------------------------------


def write_sign_up_sheet(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(SIGN_UP_SHEET)
