"""``newsletter-desk check-sending [PROFILE] [--campaign NAME]``: the profile's DNS records,
its relay's TLS and the campaign's message against Gmail's, Yahoo's and Outlook.com's bulk
sender rules. Exits 1 when a *must* rule fails, so a script can stop before sending.

``prepare_check`` is what the window's Check buttons run too (on a worker thread)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from engine.checking.cache import FILE_NAME, CheckCache, subject_key
from engine.checking.check import CheckResult, check_profile
from engine.checking.resolver import Dns
from engine.checking.rules import RULES
from engine.cli.check_words import STATUS_WORDS, age_words, finding_words, rule_title
from engine.cli.common import open_database
from engine.config import CheckSettings, Footers, SmtpProfile, UnsubscribeService
from engine.errors import ConfigError
from engine.mail import signed_links, tracking
from engine.secrets import SecretStore, open_secret_store
from engine.sending.render import MessageRenderer, MessageSpec, Recipient
from engine.storage import campaigns, db, repo, unsubscribes

SAMPLE_RECIPIENT = "sample.recipient@example.com"


def cache_for(database_url: str) -> CheckCache:
    """The results of checks made with this database: beside a SQLite file, so that each
    database (a test's, a second shop's) has its own; in the data folder for PostgreSQL."""
    path = db.sqlite_path(database_url)
    if path is not None:
        return CheckCache(path.with_name(f"{path.stem}.{FILE_NAME}"))
    return CheckCache(db.data_dir() / FILE_NAME)


def sample_message(profile: SmtpProfile, footers: Footers,
                   message: campaigns.CampaignMessage | None, now: datetime,
                   service: signed_links.ServiceLinks | None = None) -> bytes:
    """One rendered message: the campaign's (merge fields empty), else a short stand-in with
    the profile's sender and the footers, for the unsubscribe headers; with the unsubscribe
    service's links when one is set up, as the sender would."""
    if message is None:
        spec = MessageSpec("Sample", profile.from_name, profile.from_address, "",
                           "Sample text.", "<p>Sample text.</p>")
    else:
        spec = MessageSpec(message.subject, message.from_name, message.from_address,
                           message.reply_to, message.text_body, message.html_body)
    recipient = Recipient(SAMPLE_RECIPIENT, tracking.new_token())
    return MessageRenderer(spec, profile, footers, service=service).render(recipient, now).data


@dataclass(frozen=True)
class CheckJob:
    """Everything a check needs, read from the database and the keyring beforehand: the
    window runs ``run`` on a worker thread, which touches neither."""

    key: str  # the cache's subject_key
    profile: SmtpProfile
    resolver: str
    dkim_private_key: str | None
    sample: bytes
    from_address: str
    connect: bool
    lint: bool

    def run(self, now: datetime | None = None) -> CheckResult:
        return check_profile(
            self.profile, Dns.at(self.resolver), now=now or datetime.now(UTC),
            dkim_private_key=self.dkim_private_key, sample=self.sample,
            from_address=self.from_address, connect=self.connect, lint=self.lint)


def prepare_check(
    profile: SmtpProfile,
    campaign: campaigns.CampaignInfo | None,
    *,
    resolver: str | None,
    secrets: SecretStore,
    connect: bool = True,
    now: datetime | None = None,
) -> CheckJob:
    """The check of a profile, or of a campaign's message sent with it. The database must be
    open; ``resolver=None`` means the saved setting."""
    message = campaigns.message_of(campaign.id) if campaign is not None else None
    now = now or datetime.now(UTC)
    settings = repo.load_setting(UnsubscribeService)
    service = signed_links.service_links(
        settings.base_url if settings.enabled else "", secrets.get(UnsubscribeService.SECRET_KEY),
        unsubscribes.campaign_list_ids(campaign.id) if campaign is not None else (), now.date())
    sample = sample_message(profile, repo.load_setting(Footers), message, now, service)
    return CheckJob(
        key=subject_key(profile.key, campaign.name if campaign else ""),
        profile=profile,
        resolver=repo.load_setting(CheckSettings).resolver if resolver is None else resolver,
        dkim_private_key=secrets.get(profile.dkim_secret_key) if profile.dkim_enabled else None,
        sample=sample, from_address=message.from_address if message else "",
        connect=connect, lint=message is not None)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-sending",
        help="check DNS records, TLS and the message against Gmail/Yahoo/Outlook sender rules")
    parser.add_argument("profile", nargs="?", default="",
                        help="SMTP profile name (default: the campaign's, else the default)")
    parser.add_argument("--campaign", default="", metavar="NAME",
                        help="also check this campaign's message")
    parser.add_argument("--resolver", default=None, metavar="HOST:PORT",
                        help="DNS server to ask (default: the setting, else the system's)")
    parser.add_argument("--offline", action="store_true",
                        help="show the last results with their age; look nothing up")
    parser.add_argument("--no-connect", action="store_true",
                        help="do not connect to the SMTP server (skips the TLS check)")
    parser.set_defaults(func=run)


def _choose(args: argparse.Namespace) -> tuple[SmtpProfile, campaigns.CampaignInfo | None]:
    campaign = None
    if args.campaign:
        campaign = campaigns.get_campaign(args.campaign)
        if campaign is None:
            raise ConfigError(f"no campaign named {args.campaign!r}")
    if args.profile:
        profile = repo.get_profile(args.profile)
        if profile is None:
            raise ConfigError(f"no SMTP profile named {args.profile!r}")
    else:
        profile = (repo.get_profile_by_key(campaign.profile_key) if campaign else None) \
            or repo.default_profile()
        if profile is None:
            raise ConfigError("no SMTP profile: add one first")
    return profile, campaign


def write_result(out: TextIO, result: CheckResult, now: datetime) -> None:
    print(age_words(result.checked_at, now), file=out)
    for finding in result.findings:
        rule = RULES[finding.rule]
        found, fix = finding_words(finding)
        kind = f"{rule.severity}" + (f", {'/'.join(rule.providers)}" if rule.providers else "")
        print(f"[{STATUS_WORDS[finding.status]}] {rule_title(finding.rule)} ({kind})",
              file=out)
        print(f"    {found}", file=out)
        if fix:
            print(f"    {fix}", file=out)
        if finding.fix_record and finding.status != "pass":
            print(f"        {finding.fix_record}", file=out)
    failed = result.failed_musts
    if failed:
        rules = "1 required rule is" if len(failed) == 1 else \
            f"{len(failed)} required rules are"
        print(f"{rules} not met: Gmail, Yahoo or Outlook.com may refuse this mail or file it "
              "as spam.", file=out)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    if args.resolver and (errors := CheckSettings(args.resolver).validate()):
        raise ConfigError(f"--resolver: {errors['resolver']}")
    open_database(args)
    cache = cache_for(db.resolve_url(getattr(args, "database", None)))
    profile, campaign = _choose(args)
    now = datetime.now(UTC)
    if args.offline:
        result = cache.get(subject_key(profile.key, campaign.name if campaign else ""))
        if result is None:
            print("No earlier check to show: run check-sending without --offline first.",
                  file=sys.stderr)
            return 2
    else:
        job = prepare_check(profile, campaign, resolver=args.resolver,
                            secrets=open_secret_store(), connect=not args.no_connect, now=now)
        result = job.run(now)
        cache.put(job.key, result)
    write_result(stream, result, now)
    return 1 if result.failed_musts else 0
