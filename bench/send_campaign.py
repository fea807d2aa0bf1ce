"""Sending speed: the campaign engine against a bare EmailMessage + smtplib loop.

    python -m bench.send_campaign [--messages 10000] [--distant-messages 400]

Scenario 1 (near server): N personalised ~8 KB text + HTML messages to a local aiosmtpd sink
in its own process. Side by side in the same run: a bare loop that builds each message with
``email.message.EmailMessage`` and sends it with smtplib over one reused connection, and the
engine's sending job with all its bookkeeping (an item claimed, marked sending, marked sent,
counted against the daily rate - every change committed to SQLite). Target: 3x the bare loop.
The same engine run again with DKIM signing on (RSA 2048, then Ed25519), 4 connections.
Target: 2.5x the bare (unsigned) loop.

Scenario 2 (distant server): the sink waits 50 ms before every reply. The engine with one
connection, then with eight. Target: 6x.

Scenario 3 (providers): 10,000 recipients over five receiving providers (Gmail, Microsoft,
Yahoo, Apple, other), 2,000 each, 4 connections, every provider's pace 3,000 messages a
minute. Once without throttling; then with the sink answering 421 (Yahoo's TSS04) to every
10th Yahoo recipient once 500 were accepted. Targets: the four other providers finish within
10% of the unthrottled run's time; Yahoo's pace drops and recovers; every recipient gets
exactly one message. The engine's clock runs ten times real time (``FastClock``), so the
minute windows and two-minute recovery intervals are seconds: the figures are in engine
minutes where the pace is concerned, in real seconds where speed is.

Each measurement runs in a fresh process so its CPU time and peak memory are its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAGRAPH = (
    "Our spring collection is here, {{first_name|friend}}: light jackets, linen shirts and "
    "the walking shoes you asked about in {{city|your town}}. Members get early access and "
    "free returns for thirty days. "
)
TEXT_BODY = "Dear {{first_name|friend}},\n\n" + "\n\n".join([PARAGRAPH] * 12) + "\n"
HTML_BODY = (
    "<html><body>\n<h1>Spring is here, {{first_name|friend}}</h1>\n"
    + "\n".join(f'<p style="font-family:Arial;color:#333">{PARAGRAPH}</p>' for _ in range(14))
    + "\n<p>See you soon in {{city|our shops}}.</p>\n</body></html>\n"
)


def _usage() -> tuple[float, float]:
    """CPU seconds and peak RSS (MiB) of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _contacts(n: int) -> list[tuple[str, str, str]]:
    return [(f"person{i}@example.org", f"First{i}", f"City{i}") for i in range(n)]


# --- the two contenders, each run in its own process --------------------------------------


def run_bare(port: int, messages: int) -> dict[str, Any]:
    import smtplib
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    contacts = _contacts(messages)
    cpu0, _ = _usage()
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="localhost") as smtp:
        for email, first, city in contacts:
            text = TEXT_BODY.replace("{{first_name|friend}}", first).replace(
                "{{city|your town}}", city)
            page = HTML_BODY.replace("{{first_name|friend}}", first).replace(
                "{{city|your town}}", city).replace("{{city|our shops}}", city)
            message = EmailMessage()
            message["From"] = "The Shop <news@shop.example>"
            message["To"] = email
            message["Subject"] = f"Spring is here, {first}"
            message["Date"] = formatdate(localtime=True)
            message["Message-ID"] = make_msgid(domain="shop.example")
            message.set_content(text)
            message.add_alternative(page, subtype="html")
            smtp.send_message(message, "bounces@shop.example", [email])
    elapsed = time.perf_counter() - start
    cpu1, peak = _usage()
    return {"messages": messages, "seconds": elapsed, "cpu": cpu1 - cpu0, "peak_mib": peak}


def run_ceiling(port: int, messages: int, connections: int) -> dict[str, Any]:
    """No work at all: one pre-built message sent over and over, pipelined. The sink's limit."""
    import smtplib
    import threading

    from engine.bounces.codes import BounceCodeTable
    from engine.sending.transport import SmtpChannel

    data = (TEXT_BODY + HTML_BODY).replace("\n", "\r\n").encode()
    table = BounceCodeTable.default()
    per = messages // connections

    def connect() -> smtplib.SMTP:
        client = smtplib.SMTP("127.0.0.1", port, local_hostname="localhost")
        client.ehlo()
        return client

    def worker() -> None:
        channel = SmtpChannel(connect, table)
        for _ in range(per):
            outcome = channel.send("bounces@shop.example", "someone@example.org", data)
            assert outcome.state == "sent", outcome
        channel.close()

    cpu0, _ = _usage()
    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    cpu1, peak = _usage()
    return {"messages": per * connections, "seconds": elapsed, "cpu": cpu1 - cpu0,
            "peak_mib": peak}


def _engine_database(folder: Path, port: int, messages: int, connections: int,
                     sign: str = "") -> None:
    from engine.config import SmtpProfile
    from engine.storage import audience, campaigns, db, repo
    from engine.storage.campaigns import CampaignDraft
    from engine.storage.models import Contact, MailingList, Subscription

    db.init_db(f"sqlite:///{folder / 'bench.sqlite3'}")
    profile = repo.save_profile(SmtpProfile(
        name="Sink", host="127.0.0.1", port=port, security="none", requires_auth=False,
        from_name="The Shop", from_address="news@shop.example",
        bounce_address="bounces@shop.example", daily_limit=1_000_000, batch_size=1000,
        batch_pause_seconds=0, max_connections=connections,
        dkim_enabled=bool(sign), dkim_domain="shop.example", dkim_selector="bench",
        dkim_algorithm="ed25519" if sign == "ed25519" else "rsa",
    ))
    mailing = audience.create_list("Customers")
    with db.database.atomic():
        rows = [{"email": e, "first_name": f, "fields": json.dumps({"city": c})}
                for e, f, c in _contacts(messages)]
        for i in range(0, len(rows), 500):
            Contact.insert_many(rows[i:i + 500]).execute()
        ids = [c.id for c in Contact.select(Contact.id)]
        subs = [{"contact": i, "mailing_list": mailing.id} for i in ids]
        for i in range(0, len(subs), 500):
            Subscription.insert_many(subs[i:i + 500]).execute()
        MailingList.update(field_names='["city"]').where(MailingList.id == mailing.id).execute()
    campaign = campaigns.save_campaign(CampaignDraft(
        name="Spring", subject="Spring is here, {{first_name|friend}}", profile_name=profile.name,
        list_names=("Customers",), text_body=TEXT_BODY, html_body=HTML_BODY,
    ))
    campaigns.prepare(campaign.id, send_when_ready=True)


def run_engine(port: int, messages: int, connections: int, sign: str = "") -> dict[str, Any]:
    from engine.clock import SystemClock
    from engine.config import DkimAlgorithm
    from engine.jobs import JobContext, run_to_end
    from engine.mail.dkim import generate_key
    from engine.sending.generate import generate_items
    from engine.sending.sender import send_campaigns
    from engine.storage import repo

    with tempfile.TemporaryDirectory(prefix="nd-bench-") as folder:
        _engine_database(Path(folder), port, messages, connections, sign)
        passwords: dict[str, str | None] = {}
        if sign:
            algorithm: DkimAlgorithm = "ed25519" if sign == "ed25519" else "rsa"
            [profile] = repo.list_profiles()
            passwords[profile.dkim_secret_key] = generate_key(algorithm)[0]
        ctx = JobContext(clock=SystemClock(), runner_id="bench:1:a", passwords=passwords)
        start = time.perf_counter()
        run_to_end(generate_items(ctx))
        generated = time.perf_counter() - start
        cpu0, _ = _usage()
        start = time.perf_counter()
        report = run_to_end(send_campaigns(ctx))
        elapsed = time.perf_counter() - start
        cpu1, peak = _usage()
    assert report["sent"] == messages, report
    return {"messages": messages, "seconds": elapsed, "cpu": cpu1 - cpu0, "peak_mib": peak,
            "generate_seconds": generated}


# --- scenario 3: five providers, one of them throttling --------------------------------------

PROVIDER_DOMAINS = {"google": "gmail.com", "microsoft": "outlook.com", "yahoo": "yahoo.com",
                    "apple": "icloud.com", "other": "example.org"}
SPEED_UP = 10.0


class FastClock:
    """The engine's clock at ``SPEED_UP`` times real time, from now."""

    def __init__(self) -> None:
        from datetime import UTC, datetime

        self._start = datetime.now(UTC)
        self._real0 = time.monotonic()

    def now(self) -> Any:
        from datetime import timedelta

        return self._start + timedelta(seconds=(time.monotonic() - self._real0) * SPEED_UP)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds / SPEED_UP)


def _providers_database(folder: Path, port: int, per_provider: int, connections: int) -> None:
    from engine.config import SmtpProfile
    from engine.storage import audience, campaigns, db, repo
    from engine.storage.campaigns import CampaignDraft
    from engine.storage.models import Contact, MailingList, Subscription

    db.init_db(f"sqlite:///{folder / 'bench.sqlite3'}")
    profile = repo.save_profile(SmtpProfile(
        name="Sink", host="127.0.0.1", port=port, security="none", requires_auth=False,
        from_name="The Shop", from_address="news@shop.example",
        bounce_address="bounces@shop.example", daily_limit=1_000_000, batch_size=1000,
        batch_pause_seconds=0, max_connections=connections))
    mailing = audience.create_list("Customers")
    with db.database.atomic():
        rows = [{"email": f"person{i}@{domain}", "first_name": f"First{i}",
                 "fields": json.dumps({"city": f"City{i}"})}
                for i in range(per_provider) for domain in PROVIDER_DOMAINS.values()]
        for i in range(0, len(rows), 500):
            Contact.insert_many(rows[i:i + 500]).execute()
        subs = [{"contact": c.id, "mailing_list": mailing.id}
                for c in Contact.select(Contact.id)]
        for i in range(0, len(subs), 500):
            Subscription.insert_many(subs[i:i + 500]).execute()
        MailingList.update(field_names='["city"]').where(MailingList.id == mailing.id).execute()
    campaign = campaigns.save_campaign(CampaignDraft(
        name="Spring", subject="Spring is here, {{first_name|friend}}", profile_name=profile.name,
        list_names=("Customers",), text_body=TEXT_BODY, html_body=HTML_BODY))
    campaigns.prepare(campaign.id, send_when_ready=True)


def run_providers(port: int, per_provider: int, connections: int) -> dict[str, Any]:
    """Send until every item is sent, sleeping (engine time) until the report's resume time;
    then read from the items when each provider finished and how fast Yahoo went."""
    from datetime import datetime, timedelta

    from engine.config import ProviderPace
    from engine.jobs import JobContext, run_to_end
    from engine.sending.generate import generate_items
    from engine.sending.pacing import RECOVER_EVERY, Pace
    from engine.sending.sender import send_campaigns
    from engine.storage import pacing
    from engine.storage.models import CampaignItem

    pace = ProviderPace(per_minute=3000, per_hour=0, connections=connections, per_connection=100)
    paces = {provider: pace for provider in PROVIDER_DOMAINS}
    with tempfile.TemporaryDirectory(prefix="nd-bench-") as folder:
        _providers_database(Path(folder), port, per_provider, connections)
        clock = FastClock()
        ctx = JobContext(clock=clock, runner_id="bench:1:a")
        run_to_end(generate_items(ctx))
        start_engine = ctx.db_now()
        cpu0, _ = _usage()
        start = time.perf_counter()
        runs = throttled = passed_over = 0
        while CampaignItem.select().where(CampaignItem.state != "sent").exists():
            report = run_to_end(send_campaigns(ctx, paces=paces))
            runs += 1
            throttled += sum(report["throttled"].values())
            passed_over += sum(report["passed_over"].values())
            if report["failed"] or report["uncertain"]:
                raise SystemExit(f"messages failed or uncertain: {report}")
            if report["resume_at"]:
                wait = (datetime.fromisoformat(report["resume_at"]) - clock.now()).total_seconds()
                clock.sleep(max(0.0, wait))
        elapsed = time.perf_counter() - start
        cpu1, peak = _usage()

        def real_seconds(moment: Any) -> float:
            return (moment - start_engine).total_seconds() / SPEED_UP

        finished = {}
        yahoo_minutes: dict[str, int] = {}  # engine minute (JSON keys are text) -> messages
        attempts = 0
        for item in CampaignItem.select(CampaignItem.provider, CampaignItem.sent_at,
                                        CampaignItem.attempts):
            seconds = real_seconds(item.sent_at)
            finished[item.provider] = max(finished.get(item.provider, 0.0), seconds)
            attempts += item.attempts
            if item.provider == "yahoo":
                minute = str(int((item.sent_at - start_engine).total_seconds() // 60))
                yahoo_minutes[minute] = yahoo_minutes.get(minute, 0) + 1
        stored = pacing.paces(1).get("yahoo")
        slowest = None
        recovered_after = None
        if stored is not None:
            left = Pace(stored.factor, stored.deferrals, stored.slowed_at, stored.changed_at)
            end = ctx.db_now()
            # as the sender reads it at the end, recovery since the last change applied
            slowest = left.recovered(end).factor if left.recovered(end).slowed else None
            for step in range(1, 200):
                if not left.recovered(end + step * RECOVER_EVERY).slowed:
                    recovered_after = step * RECOVER_EVERY / timedelta(minutes=1)
                    break
    return {"messages": per_provider * len(PROVIDER_DOMAINS), "seconds": elapsed,
            "finished": finished, "yahoo_minutes": yahoo_minutes, "runs": runs,
            "throttled": throttled, "passed_over": passed_over, "attempts": attempts,
            "yahoo_factor_at_end": slowest, "recovered_after_minutes": recovered_after,
            "cpu": cpu1 - cpu0, "peak_mib": peak}


def _providers_child(port: int, per_provider: int, connections: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.send_campaign", "--child", "providers", "--port",
               str(port), "--messages", str(per_provider), "--connections", str(connections)]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"providers failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def scenario_providers(total: int) -> None:
    from tests.servers.smtp_sink import SinkProcess

    per = total // len(PROVIDER_DOMAINS)
    print(f"\nScenario 3: {per * len(PROVIDER_DOMAINS)} recipients over "
          f"{len(PROVIDER_DOMAINS)} providers, 4 connections, 3,000 a minute each; engine "
          f"clock {SPEED_UP:g}x real time")
    with SinkProcess(pipelining=True) as sink:
        calm = _providers_child(sink.port, per, 4)
    calm_count = sink.final
    with SinkProcess(pipelining=True, throttle="yahoo.com:500:10") as sink:
        rough = _providers_child(sink.port, per, 4)
    rough_count = sink.final
    others = [p for p in PROVIDER_DOMAINS if p != "yahoo"]
    for label, r, count in (("no throttling", calm, calm_count),
                            ("Yahoo throttling", rough, rough_count)):
        ends = ", ".join(f"{p} {r['finished'][p]:.1f} s" for p in PROVIDER_DOMAINS)
        print(f"  {label:<17} all sent in {r['seconds']:.1f} s over {r['runs']} runs; last "
              f"message per provider: {ends}")
        print(f"  {'':<17} sink: {count.messages} messages, {count.repeated} repeated, "
              f"{count.throttled} answered 421; engine: {r['throttled']} throttling replies, "
              f"{r['passed_over']} times a provider was passed over at its limit, "
              f"{r['attempts']} attempts")
    calm_end = max(calm["finished"][p] for p in others)
    rough_end = max(rough["finished"][p] for p in others)
    print(f"  the other four providers finished in {rough_end:.1f} s against {calm_end:.1f} s "
          f"unthrottled: {rough_end / calm_end * 100 - 100:+.1f}% (target within +10%)")
    minutes = rough["yahoo_minutes"]
    timeline = " ".join(str(minutes.get(str(m), 0)) for m in range(max(map(int, minutes)) + 1))
    print(f"  Yahoo messages per engine minute: {timeline}")
    factor = rough["yahoo_factor_at_end"]
    print(f"  Yahoo's pace at the end: {'full' if factor is None else f'{factor:g} of full'}; "
          + ("" if rough["recovered_after_minutes"] is None else
             f"back to full {rough['recovered_after_minutes']:g} engine minutes after the "
             "run's end"))
    lost = rough["messages"] - rough_count.messages
    print(f"  lost: {lost}, sent twice: {rough_count.repeated} (target 0 and 0)")


# --- the driver ----------------------------------------------------------------------------


def _child(kind: str, port: int, messages: int, connections: int, sign: str = "",
           ) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.send_campaign", "--child", kind, "--port",
               str(port), "--messages", str(messages), "--connections", str(connections),
               "--sign", sign]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _line(label: str, r: dict[str, Any]) -> str:
    rate = r["messages"] / r["seconds"]
    return (f"  {label:<34} {r['messages']:>6} msgs {r['seconds']:>7.2f} s {rate:>8.1f} msg/s"
            f"   CPU {r['cpu']:>6.2f} s   peak {r['peak_mib']:>6.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--distant-messages", type=int, default=400)
    parser.add_argument("--child", choices=("bare", "engine", "ceiling", "providers"))
    parser.add_argument("--only-providers", action="store_true",
                        help="run scenario 3 only")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--sign", choices=("", "rsa", "ed25519"), default="",
                        help="with --child engine: sign with DKIM (a fresh key of this kind)")
    args = parser.parse_args(argv)
    if args.child == "bare":
        print(json.dumps(run_bare(args.port, args.messages)))
        return 0
    if args.child == "ceiling":
        print(json.dumps(run_ceiling(args.port, args.messages, args.connections)))
        return 0
    if args.child == "engine":
        print(json.dumps(run_engine(args.port, args.messages, args.connections, args.sign)))
        return 0
    if args.child == "providers":
        print(json.dumps(run_providers(args.port, args.messages, args.connections)))
        return 0
    if args.only_providers:
        scenario_providers(args.messages)
        return 0

    from tests.servers.smtp_sink import SinkProcess

    n = args.messages
    print(f"Scenario 1: {n} personalised messages (~8 KB, text + HTML), sink on 127.0.0.1")
    with SinkProcess(pipelining=True) as sink:
        bare = _child("bare", sink.port, n, 1)
        print(_line("bare EmailMessage + smtplib loop", bare))
        engine1 = _child("engine", sink.port, n, 1)
        print(_line("engine, 1 connection", engine1))
        engine2 = _child("engine", sink.port, n, 2)
        print(_line("engine, 2 connections", engine2))
        engine4 = _child("engine", sink.port, n, 4)
        print(_line("engine, 4 connections", engine4))
        signed_rsa = _child("engine", sink.port, n, 4, "rsa")
        print(_line("signed RSA 2048, 4 connections", signed_rsa))
        signed_ed = _child("engine", sink.port, n, 4, "ed25519")
        print(_line("signed Ed25519, 4 connections", signed_ed))
        ceiling = _child("ceiling", sink.port, n, 2)
        print(_line("sink ceiling (same bytes, no work)", ceiling))
        print(f"  engine items generated in {engine1['generate_seconds']:.2f} s (not timed above)")
    base = n / bare["seconds"]
    best = max(n / r["seconds"] for r in (engine1, engine2, engine4))
    print(f"  engine / bare: {best / base:.1f}x messages/s (target 3x); CPU per message "
          f"{bare['cpu'] / engine1['cpu']:.1f}x less; the sink itself tops out at "
          f"{ceiling['messages'] / ceiling['seconds']:.0f} msg/s")
    print(f"  signed / bare (unsigned), 4 connections: "
          f"RSA {n / signed_rsa['seconds'] / base:.1f}x, "
          f"Ed25519 {n / signed_ed['seconds'] / base:.1f}x (target 2.5x); unsigned "
          f"{n / engine4['seconds'] / base:.1f}x")

    d = args.distant_messages
    print("\nScenario 2: distant server (the sink waits 50 ms before every reply)")
    with SinkProcess(delay=0.05, pipelining=True) as sink:
        one = _child("engine", sink.port, max(20, d // 8), 1)
        print(_line("engine, 1 connection", one))
        eight = _child("engine", sink.port, d, 8)
        print(_line("engine, 8 connections", eight))
    factor = (eight["messages"] / eight["seconds"]) / (one["messages"] / one["seconds"])
    print(f"  8 connections / 1 connection: {factor:.1f}x (target 6x)")
    scenario_providers(args.messages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
