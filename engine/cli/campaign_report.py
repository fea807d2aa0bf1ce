"""A campaign's report in words and as CSV: the table by receiving domain, totals first.

Shared by ``newsletter-desk campaign report`` and the window's Report tab, so both say the
same and export the same file.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from engine.storage.reports import OUTCOMES, CampaignReport, Outcomes

HEADINGS = {
    "recipients": "Recipients", "delivered": "Delivered", "waiting": "Not sent yet",
    "deferred": "Deferred", "failed": "Failed", "uncertain": "Uncertain",
    "hard_bounces": "Hard bounces", "soft_bounces": "Soft bounces",
    "complaints": "Complaints", "unsubscribes": "Unsubscribes",
}
TOTAL = "All domains"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def table(report: CampaignReport) -> tuple[list[str], list[list[str]]]:
    """The headings and the rows (totals first, then each domain), as text."""
    headings = ["Domain", *(HEADINGS[name] for name in OUTCOMES)]
    rows = [[TOTAL, *map(str, report.totals.as_tuple())]]
    rows += [[row.domain, *map(str, row.outcomes.as_tuple())] for row in report.by_domain]
    return headings, rows


def write_csv(report: CampaignReport, path: Path) -> None:
    """UTF-8 with a BOM, so a spreadsheet opened by double-click reads accents right."""
    headings, rows = table(report)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headings)
        writer.writerows(rows)


def summary_lines(totals: Outcomes) -> list[str]:
    """The rates a sender watches, each of the messages it is measured against."""
    sent = totals.recipients - totals.waiting
    return [
        f"Recipients: {totals.recipients} ({totals.waiting} not sent yet)",
        f"Delivered: {totals.delivered} of {sent} tried so far "
        f"({percent(totals.delivered, sent)})",
        f"Bounces: {totals.hard_bounces} hard, {totals.soft_bounces} soft; "
        f"{totals.failed} refused while sending, {totals.deferred} deferred, "
        f"{totals.uncertain} uncertain",
        f"Complaints: {totals.complaints} ({percent(totals.complaints, totals.delivered)} "
        f"of delivered)",
        f"Unsubscribes: {totals.unsubscribes} "
        f"({percent(totals.unsubscribes, totals.delivered)} of delivered)",
    ]


def report_lines(report: CampaignReport) -> list[str]:
    headings, rows = table(report)
    widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
    lines = [f"“{report.name}”", *summary_lines(report.totals), ""]
    lines += ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(r, widths, strict=True)))
              for r in [headings, *rows]]
    return lines


# More columns than this and the chart shows days instead of hours.
MOST_COLUMNS = 72


@dataclass(frozen=True)
class Timeline:
    """The report's hours as evenly spaced columns (empty hours included), or days when the
    campaign ran longer than ``MOST_COLUMNS`` hours; times naive UTC, as stored."""

    starts: list[datetime]
    step: timedelta
    delivered: list[int]
    bounces: list[int]  # hard and soft
    complaints: list[int]


def timeline(report: CampaignReport) -> Timeline:
    if not report.by_hour:
        return Timeline([], timedelta(hours=1), [], [], [])
    first, last = report.by_hour[0].hour, report.by_hour[-1].hour
    step = timedelta(hours=1)
    if (last - first) / step + 1 > MOST_COLUMNS:
        step = timedelta(days=1)
        first = first.replace(hour=0)
    count = int((last - first) / step) + 1
    starts = [first + n * step for n in range(count)]
    delivered, bounces, complaints = [0] * count, [0] * count, [0] * count
    for hour in report.by_hour:
        at = int((hour.hour - first) / step)
        delivered[at] += hour.delivered
        bounces[at] += hour.hard_bounces + hour.soft_bounces
        complaints[at] += hour.complaints
    return Timeline(starts, step, delivered, bounces, complaints)
