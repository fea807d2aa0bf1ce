"""``newsletter-desk check-sending [PROFILE] [--campaign NAME]``: the profile's DNS records,
its relay's TLS and the campaign's message against Gmail's, Yahoo's and Outlook.com's bulk
sender rules. Exits 1 when a *must* rule fails, so a script can stop before sending.

``check_sending`` is what the window's Check buttons run too (on a worker thread)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from engine.checking.cache import FILE_NAME, CheckCache, subject_key
from engine.checking.check import CheckResult, check_profile
from engine.checking.resolver import Dns
from engine.checking.rules import RULES
from engine.cli.check_words import STATUS_WORDS, age_words, finding_words, rule_title
from engine.cli.common import open_database
from engine.config import CheckSettings, Footers, SmtpProfile
from engine.errors import ConfigError
from engine.mail import tracking
from engine.secrets import SecretStore, open_secret_store
from engine.sending.render import MessageRenderer, MessageSpec, Recipient
from engine.storage import campaigns, db, repo

SAMPLE_RECIPIENT = "sample.recipient@example.com"


def default_cache() -> CheckCache:
    return CheckCache(db.data_dir() / FILE_NAME)


def sample_message(profile: SmtpProfile, footers: Footers,
                   message: campaigns.CampaignMessage | None, now: datetime) -> bytes:
    """One rendered message: the campaign's (merge fields empty), else a short stand-in with
    the profile's sender and the footers, for the unsubscribe headers."""
    if message is None:
        spec = MessageSpec("Sample", profile.from_name, profile.from_address, "",
                           "Sample text.", "<p>Sample text.</p>")
    else:
        spec = MessageSpec(message.subject, message.from_name, message.from_address,
                           message.reply_to, message.text_body, message.html_body)
    recipient = Recipient(SAMPLE_RECIPIENT, tracking.new_token())
    return MessageRenderer(spec, profile, footers).render(recipient, now).data


def check_sending(
    profile: SmtpProfile,
    campaign: campaigns.CampaignInfo | None,
    *,
    resolver: str,
    secrets: SecretStore,
    cache: CheckCache,
    connect: bool = True,
    now: datetime | None = None,
) -> CheckResult:
    """Check now, and keep the result for offline re-checks. The database must be open."""
    when = now or datetime.now(UTC)
    message = campaigns.message_of(campaign.id) if campaign is not None else None
    sample = sample_message(profile, repo.load_setting(Footers), message, when)
    result = check_profile(
        profile, Dns.at(resolver), now=when,
        dkim_private_key=secrets.get(profile.dkim_secret_key) if profile.dkim_enabled else None,
        sample=sample, from_address=message.from_address if message else "",
        connect=connect, lint=message is not None)
    cache.put(subject_key(profile.key, campaign.name if campaign else ""), result)
    return result


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
        print(f"{len(failed)} required rule(s) not met: Gmail, Yahoo or Outlook.com may refuse "
              "or file this mail as spam.", file=out)


def run(args: argparse.Namespace, out: TextIO | None = None,
        cache_file: Path | None = None) -> int:
    stream = out or sys.stdout
    cache = CheckCache(cache_file) if cache_file else default_cache()
    open_database(args)
    profile, campaign = _choose(args)
    now = datetime.now(UTC)
    if args.offline:
        result = cache.get(subject_key(profile.key, campaign.name if campaign else ""))
        if result is None:
            print("No earlier check to show: run check-sending without --offline first.",
                  file=sys.stderr)
            return 2
    else:
        resolver = args.resolver if args.resolver is not None else \
            repo.load_setting(CheckSettings).resolver
        result = check_sending(profile, campaign, resolver=resolver,
                               secrets=open_secret_store(), cache=cache,
                               connect=not args.no_connect, now=now)
    write_result(stream, result, now)
    return 1 if result.failed_musts else 0
