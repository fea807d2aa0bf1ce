"""``newsletter-desk campaign create|send|status|list|uncertain``.

A campaign file (TOML or JSON) names what the Campaigns page asks for::

    name = "Spring sale"
    subject = "Hello {{first_name|there}}"
    from_name = "The Shop"          # optional: the profile's by default
    from_address = "news@shop.example"
    profile = "Main server"
    lists = ["Customers"]
    text_body_file = "spring.txt"   # or text_body = "..."
    html_body_file = "spring.html"  # or html_body = "..."

Body files are read relative to the campaign file.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.cli import progress_words
from engine.cli.campaign_report import report_lines, write_csv
from engine.cli.common import open_database
from engine.cli.words import note_text
from engine.clock import SystemClock
from engine.errors import ConfigError
from engine.sending import progress
from engine.storage import campaigns, repo
from engine.storage.campaign_states import Action, allowed_actions
from engine.storage.campaigns import CampaignDraft, CampaignInfo
from engine.storage.reports import campaign_report


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("campaign", help="create, send and follow campaigns")
    actions = parser.add_subparsers(dest="campaign_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create (or update a draft) from a TOML/JSON file")
    create.add_argument("file", type=Path)
    create.set_defaults(func=run_create)
    send = actions.add_parser(
        "send", help="make the items and start sending (run-jobs does the sending)")
    send.add_argument("name")
    send.set_defaults(func=run_send)
    status = actions.add_parser("status", help="counts per item state, exclusions, forecast")
    status.add_argument("name")
    status.set_defaults(func=run_status)
    report = actions.add_parser(
        "report", help="how it went: delivered, bounces, complaints, unsubscribes, by domain")
    report.add_argument("name")
    report.add_argument("--csv", type=Path, metavar="FILE",
                        help="also write the table by receiving domain to this CSV file")
    report.set_defaults(func=run_report)
    show = actions.add_parser("list", help="all campaigns with their status")
    show.set_defaults(func=run_list)
    uncertain = actions.add_parser(
        "uncertain", help="list the messages that may or may not have gone out; --resend "
                          "sends them again")
    uncertain.add_argument("name")
    uncertain.add_argument("--resend", action="store_true",
                           help="queue them again (a recipient may get a second copy)")
    uncertain.set_defaults(func=run_uncertain)


def read_campaign_file(path: Path) -> CampaignDraft:
    try:
        text = path.read_text(encoding="utf-8")
        data: dict[str, Any] = (json.loads(text) if path.suffix.lower() == ".json"
                                else tomllib.loads(text))
    except (OSError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read the campaign file {path}: {exc}") from None
    bodies = {}
    for key in ("text_body", "html_body"):
        if f"{key}_file" in data:
            body_path = path.parent / str(data[f"{key}_file"])
            try:
                bodies[key] = body_path.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"Cannot read {body_path}: {exc}") from None
        else:
            bodies[key] = str(data.get(key, ""))
    lists = data.get("lists", data.get("list", []))
    if isinstance(lists, str):
        lists = [lists]
    from_value = data.get("from", {})
    return CampaignDraft(
        name=str(data.get("name", "")), subject=str(data.get("subject", "")),
        from_name=str(data.get("from_name", from_value.get("name", "") if isinstance(
            from_value, dict) else "")),
        from_address=str(data.get("from_address", from_value.get("address", "")
                                  if isinstance(from_value, dict) else from_value)),
        reply_to=str(data.get("reply_to", "")),
        profile_name=str(data.get("profile", "")) or _default_profile_name(),
        list_names=tuple(str(x) for x in lists), **bodies,
    )


def _default_profile_name() -> str:
    profile = repo.default_profile()
    return profile.name if profile else ""


def _find(name: str) -> CampaignInfo:
    info = campaigns.get_campaign(name)
    if info is None:
        raise ConfigError(f"There is no campaign named “{name}”.")
    return info


def run_create(args: argparse.Namespace) -> int:
    open_database(args)
    draft = read_campaign_file(args.file)
    existing = campaigns.get_campaign(draft.name)
    try:
        info = campaigns.save_campaign(draft, existing.id if existing else None)
    except ConfigError as exc:
        where = f" ({exc.field})" if exc.field else ""
        raise ConfigError(f"{args.file}{where}: {exc}", field=exc.field) from None
    print(f"Campaign “{info.name}” saved as a draft: {', '.join(info.draft.list_names)} "
          f"via {info.draft.profile_name}. Send it with "
          f"`newsletter-desk campaign send \"{info.name}\"`.")
    return 0


def run_send(args: argparse.Namespace) -> int:
    open_database(args)
    info = _find(args.name)
    if Action.START in allowed_actions(info.status):
        campaigns.start(info.id)
    else:
        campaigns.prepare(info.id, send_when_ready=True)
    print(f"“{info.name}” will be sent by the jobs: run `newsletter-desk run-jobs` "
          "(or leave the window open).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    open_database(args)
    for info in campaigns.list_campaigns():
        counts = campaigns.item_counts(info.id)
        print(f"{info.name}: {progress_words.status_words(info.status, counts).lower()}, "
              f"{counts.get('sent')} sent of {counts.total - counts.get('excluded')}")
    return 0


def status_lines(info: CampaignInfo, now: datetime) -> list[str]:
    """``campaign status``: the Campaigns page's words; ``now`` naive UTC, as stored."""
    counts = campaigns.item_counts(info.id)
    where = progress.campaign_progress(info.id, now)
    lines = [f"{info.name}: {progress_words.status_words(info.status, counts).lower()}"]
    if where is not None and where.pause_reason is not None:
        lines.append(f"  {note_text(where.pause_reason)}")
    for state in campaigns.ITEM_STATES:
        lines.append(f"  {state:<10} {counts.get(state)}")
    if counts.excluded_by_reason or counts.duplicates:
        reasons = [f"{n} {r}" for r, n in sorted(counts.excluded_by_reason.items())]
        reasons.append(f"{counts.duplicates} duplicates")
        lines.append(f"  left out: {', '.join(reasons)}")
    if warning := progress_words.uncertain_warning(counts):
        lines.append(f"  {warning}")
    if where is not None and (where.complaints.delivered or where.complaints.complaints):
        lines.append(f"  {progress_words.complaint_words(where.complaints)}")
    if where is not None and where.per_minute:
        lines.append(f"  rate: {where.per_minute:.1f} per minute")
    if where is not None and where.warmup is not None:
        lines.append(f"  {progress_words.warmup_words(where.warmup)}")
    if where is not None and where.window_closed_until is not None:
        lines.append(f"  {progress_words.window_words(where.window_closed_until)}")
    if where is not None and (f := where.forecast) is not None:
        lines.append(f"  finishes about {f.finish_at:%Y-%m-%d %H:%M} UTC, after the campaigns "
                     f"ahead of it on its profile, using {f.quota_days:.1f} days of the daily "
                     f"rate ({where.daily_limit}/day"
                     f"{' today, under the warm-up' if where.warmup else ''})")
    return lines


def run_status(args: argparse.Namespace) -> int:
    open_database(args)
    info = _find(args.name)
    for line in status_lines(info, SystemClock().now().replace(tzinfo=None)):
        print(line)
    return 0


def run_report(args: argparse.Namespace) -> int:
    open_database(args)
    info = _find(args.name)
    report = campaign_report(info.id)
    if report is None:  # deleted between the two reads
        raise SystemExit(f"No campaign named “{args.name}”.")
    for line in report_lines(report):
        print(line)
    if args.csv is not None:
        write_csv(report, args.csv)
        print(f"Written to {args.csv}")
    return 0


def run_uncertain(args: argparse.Namespace) -> int:
    open_database(args)
    info = _find(args.name)
    rows = campaigns.items_in_state(info.id, "uncertain", limit=1_000_000)
    if not rows:
        print(f"“{info.name}” has no uncertain messages.")
        return 0
    for row in rows:
        print(f"{row.email}\t{row.updated_at:%Y-%m-%d %H:%M} UTC\t{note_text(row.last_error)}")
    if not args.resend:
        print(f"{len(rows)} message(s) may or may not have gone out. To send them again (a "
              f"recipient may get a second copy): newsletter-desk campaign uncertain "
              f"\"{info.name}\" --resend")
        return 0
    queued = campaigns.send_uncertain(info.id, [r.id for r in rows])
    print(f"{queued} message(s) queued again; run `newsletter-desk run-jobs` to send them.")
    return 0
