"""Importing a list file into a list: one contact per row, columns mapped by their headers.

The first row names the columns. ``email``, ``first_name`` and ``last_name`` are recognised
under their usual spellings; every other column becomes a merge field named after its header
(``Company Name`` → ``{{company_name}}``) unless the mapping says otherwise ("" skips it).

The file is read by the list-cleanup reader (``engine.tables``), the project's one
reader of CSV/TSV (any common encoding and delimiter, standard ``""`` quoting) and ``.xlsx``.
Every data row after the header lands in exactly one bucket of the report: added, updated,
invalid, repeated or unreadable, so the buckets add up to the rows read. A row is a record: one
whose quoted field holds line breaks spans several lines and counts once, under the number of
its first line; blank lines are not rows. Values are cleaned as they are read (control
characters and line breaks become spaces, ``audience.clean_value``), so no stored merge value
can break a message. Rows are written a page at a time, each page one transaction; progress is
yielded between pages (``import_rows``) so the window can run it in a worker.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine import tables
from engine.config import address_problem
from engine.errors import ImportFileError
from engine.jobs import CancelToken, Progress, run_to_end
from engine.notes import Note, note
from engine.storage import audience
from engine.storage.db import database
from engine.storage.models import Contact, MailingList, Subscription, utcnow
from engine.storage.rows import fk

_ALIASES = {
    "email": "email", "e_mail": "email", "email_address": "email", "mail": "email",
    "first_name": "first_name", "firstname": "first_name", "first": "first_name",
    "given_name": "first_name", "last_name": "last_name", "lastname": "last_name",
    "last": "last_name", "surname": "last_name", "family_name": "last_name",
}
PAGE = 500
_CHUNK = 100  # rows per INSERT: 5 columns each, well under SQLite's 999 variables


@dataclass
class ImportReport:
    """Where each data row of the file went: every row in exactly one bucket."""

    rows: int = 0  # data rows read after the header (a multi-line record is one row)
    added: int = 0  # new contacts
    updated: int = 0  # contacts already known, their details refreshed
    subscribed: int = 0  # of added + updated, those newly on the list (not a bucket)
    invalid: list[tuple[int, Note]] = field(default_factory=list)  # (line, why)
    repeated: int = 0  # the same address again in the file
    unreadable: list[tuple[int, Note]] = field(default_factory=list)  # (line, why)
    lines: int = 0  # physical lines in the file, header and blank lines included
    # Cancelled: the line where the last row read begins; the rows after it were never read
    stopped_after: int | None = None

    @property
    def accounted(self) -> int:
        return (self.added + self.updated + len(self.invalid) + self.repeated
                + len(self.unreadable))

    @property
    def complete(self) -> bool:
        """The whole file was read and every row is in a bucket: the only import that may say
        it succeeded. A cancelled one accounts for the rows it read, but not for the rest."""
        return self.stopped_after is None and self.accounted == self.rows

    @property
    def all_imported(self) -> bool:
        return self.complete and not self.invalid and not self.unreadable

    @property
    def not_imported(self) -> list[tuple[int, Note]]:
        """The invalid and unreadable rows, in file order."""
        return sorted([*self.invalid, *self.unreadable], key=lambda found: found[0])


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Header → target (email, first_name, last_name, or a merge field name)."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = audience.field_name(header)
        mapping[header] = _ALIASES.get(name, name)
    return mapping


def _text(value: Any) -> str:
    """A cell as text: an Excel number 38.0 is "38", an empty cell ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_headers(path: Path) -> list[str]:
    """The column names (the first row), for the mapping step."""
    fmt = tables.detect_format(path)
    with closing(tables.read_rows(path, fmt)) as items:
        first = next(items, None)
    if first is None:
        return []
    if isinstance(first, tables.RowProblem):
        raise ImportFileError(
            f"The first row of {path.name} (line {first.line}) {first.reason}: it must name "
            "the columns.")
    return [audience.clean_value(_text(v)) for v in first[1]]


def import_csv(
    list_name: str, path: Path, mapping: Mapping[str, str] | None = None, *,
    create_list: bool = True,
) -> ImportReport:
    """Add or update the file's contacts and subscribe them to ``list_name``."""
    return run_to_end(import_rows(list_name, path, mapping, create_list=create_list))


def import_rows(
    list_name: str, path: Path, mapping: Mapping[str, str] | None = None, *,
    create_list: bool = True, token: CancelToken | None = None,
) -> Generator[Progress, None, ImportReport]:
    """``import_csv`` as a job: yields progress (lines read of the file's lines) per page.

    ``token`` cancelled: the import stops after the page it is writing and returns the report
    of what it read (``stopped_after``), rather than raising: the pages written stay imported,
    and whoever stopped it must be able to say exactly which rows those were."""
    fmt = tables.detect_format(path)
    record = MailingList.get_or_none(MailingList.name == list_name)
    if record is None:
        if not create_list:
            raise ImportFileError(f"There is no list named “{list_name}”.")
        record = MailingList.get_by_id(audience.create_list(list_name).id)
    report = ImportReport(lines=fmt.lines)
    with closing(tables.read_rows(path, fmt)) as items:
        first = next(items, None)
        if first is None:
            raise ImportFileError(f"{path.name} is empty: the first row must name the columns.")
        if isinstance(first, tables.RowProblem):
            raise ImportFileError(
                f"The first row of {path.name} (line {first.line}) {first.reason}: it must "
                "name the columns.")
        headers = [audience.clean_value(_text(v)) for v in first[1]]
        columns = {**guess_mapping(headers), **(mapping or {})}
        targets = [columns.get(h, "") for h in headers]
        if "email" not in targets:
            raise ImportFileError(
                f"No column of {path.name} holds the e-mail address; name it “email” or map it."
            )
        extra_names = {t for t in targets if t and t not in audience.BUILTIN_FIELDS}
        seen: set[str] = set()
        page: list[dict[str, object]] = []
        for item in items:
            report.rows += 1
            if isinstance(item, tables.RowProblem):
                report.unreadable.append((item.line, item.note))
                continue
            line, row = item
            cells = [audience.clean_value(_text(v)) for v in row]
            if len(cells) > len(targets) and any(cells[len(targets):]):
                # More filled cells than columns: most often an unquoted delimiter inside a
                # value, which shifts every later column; importing it would store wrong data.
                report.invalid.append((line, note("too_many_values", values=len(cells),
                                                  columns=len(targets))))
                continue
            values = {t: cell for t, cell in zip(targets, cells, strict=False) if t}
            address = audience.normal_email(values.get("email", ""))
            if not address:
                report.invalid.append((line, note("no_address")))
                continue
            if (why := address_problem(address)) is not None:
                report.invalid.append((line, note("bad_address", address=address, detail=why)))
                continue
            too_long = [n for n in ("first_name", "last_name") if len(values.get(n, "")) > 255]
            if too_long:  # the column holds 255 (PostgreSQL refuses more, SQLite would keep it)
                report.invalid.append((line, note("name_too_long", field=too_long[0],
                                                  limit=255)))
                continue
            if address.lower() in seen:
                report.repeated += 1
                continue
            seen.add(address.lower())
            page.append({
                "email": address,
                "first_name": values.pop("first_name", ""),
                "last_name": values.pop("last_name", ""),
                "fields": {k: v for k, v in values.items() if k in extra_names},
            })
            if len(page) >= PAGE:
                _write_page(record.id, page, report)
                page = []
                yield Progress(line, fmt.lines or None, note=note("rows_reading", rows=report.rows))
                if token is not None and token.cancelled:
                    report.stopped_after = line
                    break
        if page:
            _write_page(record.id, page, report)
    with database.atomic():
        audience._note_field_names(record.id, extra_names)
    if report.stopped_after is not None:
        yield Progress(report.stopped_after, fmt.lines or None,
                       note=note("rows_stopped", rows=report.rows))
    else:
        yield Progress(fmt.lines, fmt.lines or None, note=note("rows_read", rows=report.rows))
    return report


def _write_page(list_id: int, page: list[dict[str, object]], report: ImportReport) -> None:
    """One page in one transaction. New contacts and subscriptions go in a statement per
    ``_CHUNK`` rows: a row at a time, peewee spent ~1.5 ms a row building SQL (20,000 rows
    took half a minute)."""
    with database.atomic():
        emails = [str(p["email"]) for p in page]
        existing = {c.email: c for c in Contact.select().where(Contact.email.in_(emails))}
        on_list = {
            fk(s, "contact") for s in Subscription.select(Subscription.contact).where(
                (Subscription.mailing_list == list_id)
                & Subscription.contact.in_([c.id for c in existing.values()])
            )
        }
        now = utcnow()
        new_rows: list[dict[str, object]] = []
        for entry in page:
            fields: dict[str, str] = entry["fields"]  # type: ignore[assignment]
            first_name, last_name = str(entry["first_name"]), str(entry["last_name"])
            contact = existing.get(str(entry["email"]))
            if contact is None:
                new_rows.append({
                    "email": entry["email"], "first_name": first_name, "last_name": last_name,
                    "fields": json.dumps(fields, ensure_ascii=False), "created_at": now,
                })
                continue
            contact.first_name = first_name or contact.first_name
            contact.last_name = last_name or contact.last_name
            contact.fields = json.dumps(
                {**json.loads(contact.fields or "{}"), **fields}, ensure_ascii=False
            )
            contact.save()
            report.updated += 1
        for start in range(0, len(new_rows), _CHUNK):
            Contact.insert_many(new_rows[start:start + _CHUNK]).execute()
        report.added += len(new_rows)
        ids = [c.id for c in existing.values()]
        if new_rows:
            ids += [c.id for c in Contact.select(Contact.id).where(
                Contact.email.in_([str(r["email"]) for r in new_rows]))]
        # A file never re-subscribes someone who left: that was the person's choice.
        joining = [{"contact": cid, "mailing_list": list_id, "subscribed_at": now,
                    "status": "subscribed"} for cid in dict.fromkeys(ids) if cid not in on_list]
        for start in range(0, len(joining), _CHUNK):
            Subscription.insert_many(joining[start:start + _CHUNK]).execute()
        report.subscribed += len(joining)
