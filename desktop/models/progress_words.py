"""A campaign's progress figures (``engine.sending.progress``) in the reader's language.

The window's counterpart of the CLI's ``engine.cli.progress_words``: the same lines, each
one translatable sentence with its figures as placeholders, numbers and times in the
locale's format. Which level a complaint rate is at stays the CLI module's rule.
"""

from __future__ import annotations

from datetime import datetime

from desktop.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    translate,
    translate_marked,
)
from desktop.models.notes_words import note_words
from engine.cli.progress_words import complaint_level
from engine.sending.progress import CampaignProgress, SlowedProvider
from engine.sending.receivers import provider
from engine.sending.warmup import WarmupStanding
from engine.storage.campaigns import ItemCounts
from engine.storage.complaints import ComplaintRate

STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("progress_words", "Draft"),
    "generating": QT_TRANSLATE_NOOP("progress_words", "Preparing recipients…"),
    "ready": QT_TRANSLATE_NOOP("progress_words", "Ready to send"),
    "sending": QT_TRANSLATE_NOOP("progress_words", "Sending"),
    "paused": QT_TRANSLATE_NOOP("progress_words", "Paused"),
    "completed": QT_TRANSLATE_NOOP("progress_words", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("progress_words", "Cancelled"),
}


def _left_out(reason: str, count: int) -> str:
    if reason == "suppressed":
        return translate("progress_words", "%n suppressed", None, count)
    if reason == "unsubscribed":
        return translate("progress_words", "%n unsubscribed", None, count)
    if reason == "invalid":
        return translate("progress_words", "%n invalid address(es)", None, count)
    return f"{format_number(count)} {reason}"


def status_words(status: str, counts: ItemCounts | None) -> str:
    """The status as the user reads it: a completed campaign says what it still holds."""
    words = translate_marked("progress_words", STATUS_WORDS[status]) \
        if status in STATUS_WORDS else status
    if counts is None or status != "completed":
        return words
    extra = []
    if counts.get("uncertain"):
        extra.append(translate("progress_words", "%n uncertain", None, counts.get("uncertain")))
    if counts.remaining:
        # soft bounces collected after the end are re-sent: the campaign is done otherwise
        extra.append(translate("progress_words", "%n re-send(s) due", None, counts.remaining))
    return translate("progress_words", ", ").join([words, *extra])


def statuses_in_words(holdings: dict[int, ItemCounts],
                      campaigns_: list[tuple[int, str]]) -> dict[int, str]:
    return {cid: status_words(status, holdings.get(cid)) for cid, status in campaigns_}


def progress_lines(progress: CampaignProgress) -> list[str]:
    """The "where it stands" text, line by line (the first line is the status)."""
    c = progress.counts
    lines = [status_words(progress.status, progress.counts)]
    if progress.pause_reason is not None:
        lines.append(note_words(progress.pause_reason))
    if c.total:
        lines.append(translate(
            "progress_words", "Sent {sent} · deferred {deferred} · failed {failed} · "
            "remaining {remaining}").format(
                sent=format_number(c.get("sent")), deferred=format_number(c.get("deferred")),
                failed=format_number(c.get("failed")), remaining=format_number(c.remaining)))
        left_out = [_left_out(r, n) for r, n in sorted(c.excluded_by_reason.items())]
        if c.duplicates:
            left_out.append(translate("progress_words", "%n on more than one list (sent once)",
                                      None, c.duplicates))
        if left_out:
            lines.append(translate("progress_words", "Left out: {reasons}").format(
                reasons=translate("progress_words", ", ").join(left_out)))
    if progress.per_minute:
        rate = progress.per_minute
        # a small list's rate is below 1 a minute: "0 per minute" would read as stuck
        lines.append(translate("progress_words", "Rate: {rate} per minute").format(
            rate=format_number(rate, 0 if rate >= 10 else 1)))
    lines.extend(slowed_words(slowed) for slowed in progress.slowed)
    if progress.daily_limit:
        lines.append(translate(
            "progress_words", "Today: {used} of {limit} messages the profile may send per day"
        ).format(used=format_number(progress.used_today),
                 limit=format_number(progress.daily_limit)))
    if progress.warmup is not None:
        lines.append(warmup_words(progress.warmup))
    if progress.window_closed_until is not None:
        lines.append(window_words(progress.window_closed_until))
    if (f := progress.forecast) is not None:
        if f.quota_days < 1:
            days = translate("progress_words", "less than a day of the daily rate")
        else:
            days = translate("progress_words", "{days} days of the daily rate").format(
                days=format_number(f.quota_days, 1))
        lines.append(translate(
            "progress_words", "Expected to finish {time}, using {days} (%n sending day(s))",
            None, f.sending_days).format(time=format_datetime(f.finish_at), days=days))
    if progress.complaints.delivered or progress.complaints.complaints:
        lines.append(complaint_words(progress.complaints))
    return lines


def slowed_words(slowed: SlowedProvider) -> str:
    """``Gmail / Google: slowed down at 14:02 to 25% of its pace (throttling replies: 3)``,
    the time in local time; the provider's name is its brand, the same in every language."""
    return translate("progress_words", "{provider}: slowed down at {time} to {percent} of its "
                     "pace (throttling replies: {count})").format(
        provider=provider(slowed.provider).name, time=format_datetime(slowed.slowed_at),
        percent=format_percent(slowed.factor, 0), count=format_number(slowed.deferrals))


def warmup_words(warmup: WarmupStanding) -> str:
    """Where the warm-up stands; before it starts, its first day's figure (after a colon, so
    no plural form is needed)."""
    if warmup.day == 0:
        return translate("progress_words", "Warm-up starts {first}; until then messages a day "
                         "at most: {rate}").format(first=format_date(warmup.first_day),
                                                   rate=format_number(warmup.rate))
    return translate("progress_words", "Warm-up: day {day} of {days}, the last {last}").format(
        day=format_number(warmup.day), days=format_number(warmup.days),
        last=format_date(warmup.last_day))


def window_words(opens_at: datetime) -> str:
    return translate("progress_words", "Send window closed: sending resumes {time}").format(
        time=format_datetime(opens_at))


def complaint_words(figures: ComplaintRate) -> str:
    """``Complaints: 3 of 1,200 delivered (0.25%), past Gmail's 0.1% line: watch it``: one
    sentence for each level, so a translation need not join pieces."""
    if not figures.delivered:
        return translate("progress_words", "Complaints: none yet, nothing delivered")
    values = {"complaints": format_number(figures.complaints),
              "delivered": format_number(figures.delivered),
              "percent": format_percent(figures.percent / 100, 2)}
    level = complaint_level(figures)
    if level == "harmful":
        sentence = translate("progress_words", "Complaints: {complaints} of {delivered} "
                             "delivered ({percent}), at or past Gmail's 0.3% line: mail "
                             "providers start refusing it")
    elif level == "watch":
        sentence = translate("progress_words", "Complaints: {complaints} of {delivered} "
                             "delivered ({percent}), past Gmail's 0.1% line: watch it")
    else:
        sentence = translate("progress_words", "Complaints: {complaints} of {delivered} "
                             "delivered ({percent}), below Gmail's 0.1% line")
    return sentence.format(**values)


def uncertain_warning(counts: ItemCounts) -> str:
    n = counts.get("uncertain")
    if not n:
        return ""
    return translate("progress_words", "%n message(s) may or may not have gone out. They are "
                     "not re-sent unless you choose to (“Send uncertain”).", None, n)
