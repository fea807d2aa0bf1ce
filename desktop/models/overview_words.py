"""The Overview page's facts (``engine.storage.overview``) in the reader's language."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from desktop.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    translate,
)
from engine.scheduler.status import JobFacts, NextRun
from engine.storage.overview import Attention, CampaignHealth, SendingNow

# The jobs by the names the engine stores (engine.scheduler.jobs.JOBS), as the user reads them.
JOB_TITLES = {
    "generate_campaign_items": QT_TRANSLATE_NOOP("overview_words", "Generate campaign items"),
    "process_campaign_messages": QT_TRANSLATE_NOOP("overview_words", "Send campaign messages"),
    "process_outbound_email": QT_TRANSLATE_NOOP(
        "overview_words", "Send single messages (tests, autoresponders)"),
    "mark_campaigns_completed": QT_TRANSLATE_NOOP("overview_words",
                                                  "Mark campaigns completed"),
    "process_autoresponder_messages": QT_TRANSLATE_NOOP("overview_words",
                                                        "Queue autoresponder messages"),
    "process_bounce_email": QT_TRANSLATE_NOOP("overview_words", "Collect bounces"),
}


def job_title(name: str) -> str:
    if name not in JOB_TITLES:
        return name
    english = str(JOB_TITLES[name])
    return QCoreApplication.translate("overview_words", english)  # untranslated: in JOB_TITLES


def local_time(moment: datetime) -> str:
    """A stored (naive UTC) time in the viewer's zone and locale."""
    return format_datetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def attention_words(item: Attention) -> str:
    params = item.params
    if item.code == "campaign_paused":
        return translate("overview_words",
                         "“{campaign}” paused itself: too many recipients reported it as "
                         "spam. Open it to decide whether to resume.").format(
            campaign=params["campaign"])
    if item.code == "job_failed":
        return translate("overview_words",
                         "The last run of “{job}” failed. See the Jobs page for the "
                         "error.").format(job=job_title(str(params["job"])))
    if item.code == "reviews_waiting":
        # a count after a colon reads right in every language without plural forms
        return translate("overview_words",
                         "Bounces waiting for your review: {count}. They could not be "
                         "matched to a recipient.").format(
            count=format_number(int(params["count"] or 0)))
    if item.code == "password_missing":
        return _missing_words(str(params["kind"]), str(params["name"]),
                              str(params["auth_method"]))
    return item.code


def _missing_words(kind: str, name: str, auth_method: str) -> str:
    signs_in = auth_method in ("microsoft", "google")
    if kind == "smtp" and signs_in:
        text = translate("overview_words",
                         "SMTP profile “{name}” is not signed in: sending through it will "
                         "fail until you sign in again.")
    elif kind == "smtp":
        text = translate("overview_words",
                         "The password of SMTP profile “{name}” is not in the keyring: "
                         "sending through it will fail.")
    elif signs_in:
        text = translate("overview_words",
                         "The bounce mailbox ({name}) is not signed in: bounces are not "
                         "collected until you sign in again.")
    else:
        text = translate("overview_words",
                         "The password of the bounce mailbox ({name}) is not in the keyring: "
                         "bounces are not collected.")
    return text.format(name=name)


def sending_words(row: SendingNow) -> str:
    return translate("overview_words", "Sent {sent} of {total}").format(
        sent=format_number(row.sent), total=format_number(row.total))


def scheduled_words(name: str, at: datetime) -> str:
    return translate("overview_words", "{campaign} — starts {when}").format(
        campaign=name, when=local_time(at))


def bounce_words(health: CampaignHealth) -> str:
    return translate("overview_words",
                     "{campaign}: {rate} bounced ({bounced} of {sent} recipients sent "
                     "to)").format(
        campaign=health.name, rate=format_percent(health.bounce_rate, 2),
        bounced=format_number(health.bounced),
        sent=format_number(max(health.tried, health.delivered)))


def complaint_words(health: CampaignHealth) -> str:
    return translate("overview_words",
                     "{campaign}: {rate} reported as spam ({complained} of {delivered} "
                     "delivered)").format(
        campaign=health.name, rate=format_percent(health.complaint_rate, 2),
        complained=format_number(health.complained), delivered=format_number(health.delivered))


def next_run_text(next_run: NextRun, jobs_running: bool) -> str:
    """When a job runs next, in the viewer's zone."""
    if next_run.kind == "paused":
        return translate("overview_words", "paused")
    if next_run.kind == "running":
        return translate("overview_words", "running now")
    if next_run.kind == "at" and next_run.at is not None:
        return translate("overview_words", "next at {when}").format(when=local_time(next_run.at))
    if next_run.kind == "when_work":
        return translate("overview_words", "when there is work")
    if jobs_running:
        return translate("overview_words", "due now")
    return translate("overview_words", "due when jobs run")


def job_run_words(fact: JobFacts) -> str:
    return translate("overview_words", "{job}: {next_run}").format(
        job=job_title(fact.job.name), next_run=next_run_text(fact.next_run, fact.jobs_running))


def trend_name(kind: str, latest: int) -> str:
    if kind == "suppressed":
        return translate("overview_words", "Suppressed\n{count} now").format(
            count=format_number(latest))
    return translate("overview_words", "Unsubscribed\n{count} now").format(
        count=format_number(latest))


def trend_description(days: int, suppressed: tuple[int, ...],
                      unsubscribed: tuple[int, ...]) -> str:
    return translate("overview_words",
                     "Over the last {days} days: suppressed addresses from {s_first} to "
                     "{s_last}, unsubscribed addresses from {u_first} to {u_last}.").format(
        days=days, s_first=format_number(suppressed[0] if suppressed else 0),
        s_last=format_number(suppressed[-1] if suppressed else 0),
        u_first=format_number(unsubscribed[0] if unsubscribed else 0),
        u_last=format_number(unsubscribed[-1] if unsubscribed else 0))


def day_words(day: date) -> str:
    return format_date(day)
